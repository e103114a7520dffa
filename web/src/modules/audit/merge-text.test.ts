import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/types';
import { auditEntry } from './audit-entry.fixture';
import { foldMerges, historyTitle, recordNoun } from './merge-text';

const KEPT = 'p-kept';
const GONE = 'p-gone';
const names = { [KEPT]: 'Jonathan Smithers', [GONE]: 'Jon Smithers' };

const entry = (over: Partial<AuditEntry>) =>
  auditEntry({ recordId: KEPT, recordLabel: 'Jonathan Smithers', ...over });
const merge = (undo = false) => ({ id: 'm1', undo, survivorId: KEPT, mergedId: GONE });

describe('a merge in a record’s history', () => {
  it('reads from the side of the record whose page it is', () => {
    const kept = entry({ merge: merge(), names });
    expect(historyTitle(kept, KEPT, 'person')).toBe('Ada Admin merged Jon Smithers into this person');
    const away = entry({ recordId: GONE, merge: merge(), names });
    expect(historyTitle(away, GONE, 'person')).toBe('Ada Admin merged this person into Jonathan Smithers');
    const undone = entry({
      objectType: 'merge',
      recordId: 'm1',
      action: 'updated',
      merge: merge(true),
      names,
    });
    expect(historyTitle(undone, KEPT, 'person')).toBe(
      'Ada Admin undid the merge of Jon Smithers into this person',
    );
    const company = entry({ objectType: 'company', merge: merge(), names: {} });
    expect(historyTitle(company, KEPT, 'company')).toBe(
      'Ada Admin merged a company no longer here into this company',
    );
  });

  it('leaves every other entry as it was', () => {
    expect(historyTitle(entry({}), KEPT, 'person')).toBe('Ada Admin updated the person');
    expect(historyTitle(entry({ objectType: 'apiToken', action: 'created' }), KEPT, 'person')).toBe(
      'Ada Admin created the API token',
    );
  });

  it('is told once: by the record’s own entry when the merge changed its fields, else by the merge’s', () => {
    const own = entry({ id: '5', merge: merge() });
    const mergeRow = entry({
      id: '6',
      objectType: 'merge',
      recordId: 'm1',
      action: 'created',
      merge: merge(),
    });
    const created = entry({ id: '2', action: 'created' });
    expect(foldMerges([mergeRow, own, created]).map((e) => e.id)).toEqual(['5', '2']);
    expect(foldMerges([mergeRow, created]).map((e) => e.id)).toEqual(['6', '2']);
    // An undo is another event: the merge's undo shows though the merge itself was told by the record.
    const undone = entry({ id: '9', objectType: 'merge', recordId: 'm1', merge: merge(true) });
    expect(foldMerges([undone, mergeRow, own]).map((e) => e.id)).toEqual(['9', '5']);
  });

  it('tells a possible duplicate from the side of the record whose page it is', () => {
    const pair = { objectType: 'people' as const, firstId: GONE, secondId: KEPT };
    const flagged = entry({
      objectType: 'duplicateCandidate',
      recordId: 'd1',
      action: 'created',
      actor: { type: 'system', id: null, name: null },
      pair,
      names,
    });
    expect(historyTitle(flagged, KEPT, 'person')).toBe(
      'System flagged this person and Jon Smithers as possible duplicates',
    );
    expect(historyTitle(flagged, GONE, 'person')).toBe(
      'System flagged this person and Jonathan Smithers as possible duplicates',
    );
    const dismissed = entry({
      objectType: 'duplicateCandidate',
      recordId: 'd1',
      changes: { status: { before: 'open', after: 'dismissed' } },
      pair,
      names: {},
    });
    expect(historyTitle(dismissed, KEPT, 'person')).toBe(
      'Ada Admin marked this person and a person no longer here as not duplicates',
    );
  });

  it('leaves out the possible duplicate a merge closed or its undo opened, as the merge tells it', () => {
    const pair = { objectType: 'people' as const, firstId: GONE, secondId: KEPT };
    const candidate = (id: string, before: string, after: string) =>
      entry({
        id,
        objectType: 'duplicateCandidate',
        recordId: 'd1',
        changes: { status: { before, after } },
        pair,
      });
    const shown = foldMerges([
      candidate('4', 'merged', 'open'),
      candidate('3', 'open', 'merged'),
      candidate('2', 'open', 'dismissed'),
      entry({ id: '1', objectType: 'duplicateCandidate', recordId: 'd1', action: 'created', pair }),
    ]);
    expect(shown.map((e) => e.id)).toEqual(['2', '1']);
  });

  it('calls the record by its own entries', () => {
    const mergeRow = entry({ objectType: 'merge', recordId: 'm1' });
    expect(recordNoun([mergeRow, entry({ objectType: 'company' })], KEPT)).toBe('company');
    expect(recordNoun([mergeRow], KEPT)).toBe('record');
    const pair = { objectType: 'companies' as const, firstId: KEPT, secondId: GONE };
    const flagged = entry({ objectType: 'duplicateCandidate', recordId: 'd1', pair });
    expect(recordNoun([flagged, mergeRow], KEPT)).toBe('company');
  });
});

describe('a deletion in a record’s history', () => {
  it('reads as deleted and restored, not as an update of its mark', () => {
    const at = '2026-12-06T03:19:00.714+00:00';
    const deleted = entry({ changes: { deletedAt: { before: null, after: at } } });
    expect(historyTitle(deleted, KEPT, 'person')).toBe('Ada Admin deleted the person');
    const restored = entry({ changes: { deletedAt: { before: at, after: null } } });
    expect(historyTitle(restored, KEPT, 'person')).toBe('Ada Admin restored the person');
    expect(
      historyTitle(entry({ changes: { firstName: { before: 'Jon', after: 'Jonathan' } } }), KEPT, 'person'),
    ).toBe('Ada Admin updated the person');
  });
});
