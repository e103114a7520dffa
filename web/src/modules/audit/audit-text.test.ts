import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/types';
import { auditEntry } from './audit-entry.fixture';
import { AUDITED_OBJECT_TYPES, describeEntry, objectTitle } from './audit-text';

const BOB = 'p-bob';

const entry = (over: Partial<AuditEntry>) =>
  auditEntry({ recordId: BOB, action: 'created', via: 'import', ...over });
const nobody = () => undefined;

describe('an audit entry as the audit log says it', () => {
  it('calls a timeline entry so, and names it by its subject', () => {
    const note = entry({
      objectType: 'activity',
      recordId: 'a1',
      changes: { type: { before: null, after: 'note' }, subject: { before: null, after: 'Renewal' } },
    });
    expect(describeEntry(note, nobody)).toBe('Ada Admin created timeline entry “Renewal”');
    expect(objectTitle('activity')).toBe('Timeline entry');
    expect(objectTitle('apiToken')).toBe('API token');
  });

  it('offers every kind the trail records under a name of its own', () => {
    // The server's list (schema.gen.ts), the consents and possible duplicates among them.
    expect(AUDITED_OBJECT_TYPES).toEqual(expect.arrayContaining(['consentEvent', 'duplicateCandidate']));
    const titles = AUDITED_OBJECT_TYPES.map(objectTitle);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(
      expect.arrayContaining(['Consent change', 'Possible duplicate', 'Contact of a deal']),
    );
  });

  it('tells a timeline entry’s tie to a person as a link to them by name, not as a record of its own', () => {
    const personId = { before: null, after: BOB };
    const names = { [BOB]: 'Bob Stone' };
    const linked = entry({ objectType: 'activityPerson', recordId: 'a1', changes: { personId }, names });
    expect(describeEntry(linked, nobody)).toBe('Ada Admin linked a timeline entry to Bob Stone');
    const unlinked = entry({
      objectType: 'dealPerson',
      recordId: 'd1',
      action: 'deleted',
      changes: { personId: { before: BOB, after: null } },
      names,
    });
    expect(describeEntry(unlinked, nobody)).toBe('Ada Admin unlinked a deal from Bob Stone');
    // A person since erased has no name left to give.
    const gone = entry({ objectType: 'activityPerson', recordId: 'a1', changes: { personId } });
    expect(describeEntry(gone, nobody)).toBe('Ada Admin linked a timeline entry to a person');
  });

  it('tells a possible duplicate by the two records it pairs, and what became of it', () => {
    const pair = { objectType: 'people' as const, firstId: BOB, secondId: 'p-bobby' };
    const names = { [BOB]: 'Bob Stone', 'p-bobby': 'Bobby Stone' };
    const found = entry({
      objectType: 'duplicateCandidate',
      recordId: 'd1',
      actor: { type: 'system', id: null, name: null },
      pair,
      names,
    });
    expect(describeEntry(found, nobody)).toBe(
      'System flagged Bob Stone and Bobby Stone as possible duplicates',
    );
    const status = (before: string, after: string) => ({ status: { before, after } });
    const told = (changes: AuditEntry['changes']) =>
      describeEntry(
        entry({ objectType: 'duplicateCandidate', recordId: 'd1', action: 'updated', changes, pair, names }),
        nobody,
      );
    expect(told(status('open', 'dismissed'))).toBe(
      'Ada Admin marked Bob Stone and Bobby Stone as not duplicates',
    );
    expect(told(status('dismissed', 'open'))).toBe(
      'Ada Admin suggested Bob Stone and Bobby Stone as possible duplicates again',
    );
    expect(told(status('open', 'merged'))).toBe('Ada Admin merged Bob Stone and Bobby Stone');
    expect(told({ score: { before: 0.75, after: 0.9 } })).toBe(
      'Ada Admin updated why Bob Stone and Bobby Stone may be duplicates',
    );
    // A company since erased has no name left to give.
    const companies = { objectType: 'companies' as const, firstId: 'c1', secondId: 'c2' };
    const gone = entry({
      objectType: 'duplicateCandidate',
      recordId: 'd2',
      pair: companies,
      names: { c1: 'Globex' },
    });
    expect(describeEntry(gone, nobody)).toBe(
      'Ada Admin flagged Globex and a company no longer here as possible duplicates',
    );
  });

  it('says whose a record without a name of its own is; a person’s job links them to the company', () => {
    const names = { [BOB]: 'Bob Stone', c1: 'Globex' };
    const order = entry({
      objectType: 'order',
      recordId: 'o1',
      changes: { personId: { before: null, after: BOB } },
      names,
    });
    expect(describeEntry(order, nobody)).toBe('Ada Admin created order for Bob Stone');
    const job = entry({
      objectType: 'employment',
      recordId: 'e1',
      changes: { personId: { before: null, after: BOB }, companyId: { before: null, after: 'c1' } },
      names,
    });
    expect(describeEntry(job, nobody)).toBe('Ada Admin linked Bob Stone to Globex');
    const deletedAt = { before: null, after: '2026-12-01T10:00:00Z' };
    // An update holds only what changed: the entry's tie names the ends, or else they are said by
    // what they are (an entry the trail kept no tie for).
    const ended = { ...job, action: 'updated' as const, changes: { deletedAt } };
    expect(describeEntry({ ...ended, tie: { personId: BOB, companyId: 'c1' } }, nobody)).toBe(
      'Ada Admin unlinked Bob Stone from Globex',
    );
    const promoted = { ...ended, changes: { role: { before: 'CTO', after: 'CEO' } } };
    expect(describeEntry({ ...promoted, tie: { personId: BOB, companyId: 'c1' } }, nobody)).toBe(
      'Ada Admin updated the link of Bob Stone to Globex',
    );
    expect(describeEntry(ended, nobody)).toBe('Ada Admin unlinked a person from a company');
    const line = entry({
      objectType: 'orderLine',
      recordId: 'l1',
      changes: { description: { before: null, after: 'Team licence' } },
    });
    expect(describeEntry(line, nobody)).toBe('Ada Admin created order line “Team licence”');
  });

  it('calls an import by its number', () => {
    const done = entry({
      objectType: 'import',
      recordId: 'i2',
      action: 'updated',
      import: { id: 'i2', number: 2 },
    });
    expect(describeEntry(done, nobody)).toBe('Ada Admin updated import 2');
  });

  it('leaves other records as they were told', () => {
    const token = entry({ objectType: 'apiToken', recordId: 't1', recordLabel: 'Nightly export' });
    expect(describeEntry(token, nobody)).toBe('Ada Admin created API token “Nightly export”');
  });
});
