import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/types';
import { formatDate, formatDateTime } from '../../ui/format';
import type { CustomField } from '../custom-fields/custom-field-types';
import { auditEntry } from './audit-entry.fixture';
import { apiTokenOption, sourceParts } from './audit-text';
import { type ChangeContext, changeParts, describeChanges, partsText } from './change-text';

const ACME = '0193a000-0000-7000-8000-00000000ac01';
const GRACE = '0193a000-0000-7000-8000-000000000001';
const GONE = '0193a000-0000-7000-8000-000000000002';

const entry = (changes: AuditEntry['changes'], over: Partial<AuditEntry> = {}) =>
  auditEntry({
    recordLabel: 'Ada Lovelace',
    changes,
    actor: { type: 'user', id: GRACE, name: 'Grace Hopper' },
    ...over,
  });

const field = (over: Partial<CustomField>): CustomField => ({ choices: null, ...over }) as CustomField;
const context: ChangeContext = {
  memberName: (id) => (id === GRACE ? 'Grace Hopper' : undefined),
  currency: 'EUR',
  customFields: [
    field({ key: 'tier', label: 'Tier', type: 'select', choices: [{ value: 'gold', label: 'Gold' }] }),
    field({ key: 'renewal', label: 'Renewal', type: 'date' }),
    field({ key: 'budget', label: 'Budget', type: 'currency', currency: 'EUR' }),
    field({ key: 'vip', label: 'VIP', type: 'boolean' }),
    field({ key: 'partner', label: 'Partner', type: 'relation', target: 'companies' }),
  ],
};

/** Each line as "Label: words", as the History tab reads. */
const read = (e: AuditEntry) =>
  describeChanges(e, context).map((line) => `${line.label}: ${partsText(changeParts(line, e.action))}`);

describe('changes in words', () => {
  it('names the owner by the member, and a member who left as a former one', () => {
    expect(read(entry({ ownerId: { before: null, after: GRACE } }))).toEqual(['Owner: empty → Grace Hopper']);
    expect(read(entry({ ownerId: { before: GONE, after: null } }))).toEqual([
      'Owner: a former member → empty',
    ]);
  });

  it('names the company from the entry, linked to it', () => {
    const e = entry({ companyId: { before: null, after: ACME } }, { names: { [ACME]: 'Acme' } });
    const [line] = describeChanges(e, context);
    expect(line).toMatchObject({ label: 'Company', after: { text: 'Acme', href: `/companies/${ACME}` } });
    expect(read(entry({ companyId: { before: ACME, after: null } }))).toEqual([
      'Company: a company no longer here → empty',
    ]);
  });

  it('says which e-mails, phones and tags were added and removed', () => {
    const emails = (...addresses: string[]) => addresses.map((address) => ({ address, type: 'work' }));
    expect(
      read(
        entry({
          tags: { before: ['vip', 'lead'], after: ['lead'] },
          phones: { before: [], after: [{ number: '+442079460000', type: 'work' }] },
          emails: { before: emails('ada@x.com', 'old@x.com'), after: emails('ada@x.com', 'new@x.com') },
        }),
      ),
    ).toEqual([
      'E-mails: added new@x.com, removed old@x.com',
      'Phones: added +44 20 7946 0000',
      'Tags: removed vip',
    ]);
    // A new record's list is simply its entries.
    expect(
      read(entry({ emails: { before: null, after: emails('ada@x.com') } }, { action: 'created' })),
    ).toEqual(['E-mails: ada@x.com']);
  });

  it('writes internationalised e-mails and domains as people do, not as stored', () => {
    expect(
      read(
        entry({
          email: { before: null, after: 'jörg@xn--mller-kva.de' },
          emails: { before: [], after: [{ address: 'jörg@xn--mller-kva.de', type: 'work' }] },
        }),
      ),
    ).toEqual(['E-mails: added jörg@müller.de', 'Email: empty → jörg@müller.de']);
    expect(
      read(entry({ domains: { before: [], after: ['xn--mnchen-3ya.de'] } }, { objectType: 'company' })),
    ).toEqual(['Domains: added münchen.de']);
  });

  it('writes an address on one line', () => {
    const address = {
      type: 'work',
      street: '12 Rue de Rivoli',
      city: 'Paris',
      postalCode: '75001',
      country: 'FR',
    };
    expect(read(entry({ addresses: { before: [], after: [address] } }))).toEqual([
      'Addresses: added 12 Rue de Rivoli, 75001 Paris, France',
    ]);
  });

  it('gives each custom field its label and its kind of value', () => {
    const lines = read(
      entry({
        customFields: {
          before: { tier: 'gold', vip: false, same: 1 },
          after: { tier: null, renewal: '2027-01-31', budget: 1200, vip: true, same: 1 },
        },
      }),
    );
    const euros = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(1200);
    expect(lines).toEqual([
      'Tier: Gold → empty',
      'VIP: No → Yes',
      `Renewal: empty → ${formatDate('2027-01-31T00:00:00')}`,
      `Budget: empty → ${euros}`,
    ]);
  });

  it('gives a company’s annual revenue in the workspace’s currency, in whole units', () => {
    const revenue = { annualRevenue: { before: 20_110_000, after: 21_000_000.5 } };
    const euros = (n: number) =>
      new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }).format(n);
    expect(read(entry(revenue, { objectType: 'company' }))).toEqual([
      `Annual revenue: ${euros(20_110_000)} → ${euros(21_000_000.5)}`,
    ]);
  });

  it('names the record a relation field points at, linked, from the entry', () => {
    const e = entry(
      { customFields: { before: { partner: GONE }, after: { partner: ACME } } },
      { names: { [ACME]: 'Acme' } },
    );
    const [line] = describeChanges(e, context);
    expect(line).toMatchObject({ label: 'Partner', after: { text: 'Acme', href: `/companies/${ACME}` } });
    expect(read(e)).toEqual(['Partner: a company no longer here → Acme']);
  });

  it('formats timestamps and lifecycle stages, and leaves out the id and what did not change', () => {
    expect(
      read(
        entry({
          id: { before: null, after: 'p1' },
          lifecycleStage: { before: 'lead', after: 'customer' },
          jobTitle: { before: 'Clerk', after: 'Clerk' },
          deletedAt: { before: null, after: '2026-12-01T10:00:00.123456+00:00' },
          password: { before: '[redacted]', after: '[redacted]' },
          secret: { before: null, after: '[redacted]' },
        }),
      ),
    ).toEqual([
      'Lifecycle stage: Lead → Customer',
      `Deleted at: empty → ${formatDateTime('2026-12-01T10:00:00.123456+00:00')}`,
      'Secret: empty → hidden',
    ]);
  });
});

describe('what a change came through', () => {
  it('is the path, an import by its number, or a merge, each linked', () => {
    expect(partsText(sourceParts(entry({})))).toBe('via web app');
    const imported = entry({}, { via: 'import', import: { id: 'i1', number: 12 } });
    expect(sourceParts(imported)).toEqual(['via ', { text: 'import 12', href: '/imports/i1' }]);
    const merged = entry(
      {},
      { via: 'api', merge: { id: 'm1', undo: false, survivorId: 'p1', mergedId: 'p2' } },
    );
    expect(partsText(sourceParts(merged))).toBe('via API, in a merge');
    expect(sourceParts(merged)[2]).toEqual({ text: 'a merge', href: '/duplicates/merges/m1' });
    const undone = entry({}, { merge: { id: 'm1', undo: true, survivorId: 'p1', mergedId: 'p2' } });
    expect(partsText(sourceParts(undone))).toBe('via web app, undoing a merge');
  });

  it('names the API token a change was made with, and says when it no longer works', () => {
    const token = { id: 't1', name: 'Zapier sync', revoked: false };
    expect(partsText(sourceParts(entry({}, { via: 'api', apiToken: token })))).toBe(
      'via API token “Zapier sync”',
    );
    const revoked = entry({}, { via: 'api', apiToken: { ...token, revoked: true } });
    expect(partsText(sourceParts(revoked))).toBe('via API token “Zapier sync” (revoked)');
    const gone = entry({}, { via: 'api', apiToken: { id: 't1', name: null, revoked: true } });
    expect(partsText(sourceParts(gone))).toBe('via a removed API token');
    const merged = entry(
      {},
      { via: 'api', apiToken: token, merge: { id: 'm1', undo: false, survivorId: 'p1', mergedId: 'p2' } },
    );
    expect(partsText(sourceParts(merged))).toBe('via API token “Zapier sync”, in a merge');
    // Changes made otherwise never name one.
    expect(partsText(sourceParts(entry({}, { via: 'api' })))).toBe('via API');
  });

  it('names both what a token started and the token: an import, a background job', () => {
    const token = { id: 't1', name: 'Zapier sync', revoked: false };
    const imported = entry({}, { via: 'import', apiToken: token, import: { id: 'i1', number: 12 } });
    expect(sourceParts(imported)).toEqual([
      'via ',
      { text: 'import 12', href: '/imports/i1' },
      ', with API token “Zapier sync”',
    ]);
    // An import no longer known still says it was one.
    const forgotten = entry({}, { via: 'import', apiToken: { ...token, revoked: true } });
    expect(partsText(sourceParts(forgotten))).toBe('via import, with API token “Zapier sync” (revoked)');
    // A bulk action (as the member) or a custom field's deletion (as the system), run as a job.
    const bulk = entry({}, { via: 'job', apiToken: token });
    expect(partsText(sourceParts(bulk))).toBe('via background job, with API token “Zapier sync”');
    const purged = entry(
      {},
      { via: 'job', actor: { type: 'system', id: null, name: null }, apiToken: token },
    );
    expect(partsText(sourceParts(purged))).toBe('via background job, with API token “Zapier sync”');
    const gone = entry({}, { via: 'job', apiToken: { id: 't1', name: null, revoked: true } });
    expect(partsText(sourceParts(gone))).toBe('via background job, with a removed API token');
    // Started otherwise, they read as they always have.
    expect(partsText(sourceParts(entry({}, { via: 'job' })))).toBe('via background job');
    const plain = entry({}, { via: 'import', import: { id: 'i1', number: 12 } });
    expect(sourceParts(plain)).toEqual(['via ', { text: 'import 12', href: '/imports/i1' }]);
  });

  it('offers tokens in the filter told apart by their last four', () => {
    expect(apiTokenOption({ name: 'Zapier sync', lastFour: 'a1b2', status: 'active' })).toBe(
      'Zapier sync (…a1b2)',
    );
    expect(apiTokenOption({ name: 'Old key', lastFour: 'zz99', status: 'revoked' })).toBe(
      'Old key (…zz99, revoked)',
    );
  });
});
