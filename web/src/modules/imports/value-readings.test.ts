import { describe, expect, it } from 'vitest';
import {
  type ColumnValues,
  cleanReadings,
  pickListColumns,
  readingOf,
  readingsToSend,
  rejectedRows,
} from './value-readings';

const listed: ColumnValues = {
  column: 'Stage',
  field: 'lifecycleStage',
  choices: [
    { value: 'lead', label: 'Lead' },
    { value: 'qualified', label: 'Qualified' },
  ],
  rows: 6,
  values: [
    { text: 'MQL', rows: 3, proposed: 'qualified' },
    { text: 'In Progress', rows: 2, proposed: null },
    { text: 'Junk', rows: 1, proposed: null },
  ],
  unlisted: 0,
};

describe('value readings at the mapping step', () => {
  it('are asked for columns filling the stage, select and multi-select fields and the owner only', () => {
    const fields = [
      { key: 'lifecycleStage', label: 'Lifecycle stage', type: 'select' },
      { key: 'customFields.tags', label: 'Interests', type: 'multiSelect' },
      { key: 'jobTitle', label: 'Job title', type: 'text' },
      { key: 'owner', label: 'Owner', type: 'member' },
    ];
    const mapping = {
      Stage: 'lifecycleStage',
      Title: 'jobTitle',
      Interests: 'customFields.tags',
      Gone: null,
      Rep: 'owner',
    };
    const header = ['Title', 'Interests', 'Gone', 'Stage', 'Rep'];
    expect(pickListColumns(header, fields, mapping)).toEqual([
      { column: 'Interests', field: 'customFields.tags', label: 'Interests', unmatched: 'reject' },
      { column: 'Stage', field: 'lifecycleStage', label: 'Lifecycle stage', unmatched: 'reject' },
      { column: 'Rep', field: 'owner', label: 'Owner', unmatched: 'reject' },
    ]);
    // Owners who are not members let in without them: their texts reject nothing.
    const unmatched = pickListColumns(header, fields, mapping, 'ignore').map((c) => c.unmatched);
    expect(unmatched).toEqual(['reject', 'reject', 'empty']);
  });

  it('read a text as chosen, else as proposed; nothing proposed or chosen rejects its rows', () => {
    const chosen = { MQL: 'lead', 'In Progress': null };
    expect(readingOf(listed.values[0] as ColumnValues['values'][number], chosen)).toBe('lead');
    expect(readingOf(listed.values[1] as ColumnValues['values'][number], chosen)).toBeNull();
    expect(readingOf(listed.values[2] as ColumnValues['values'][number], chosen)).toBeUndefined();
    expect(rejectedRows(listed, chosen)).toBe(1);
    expect(rejectedRows(listed, undefined)).toBe(3);
    expect(rejectedRows(listed, undefined, 'empty')).toBe(0);
  });

  it('send every text as shown, proposals included, leaving out only those to be rejected', () => {
    expect(readingsToSend(listed, { 'In Progress': null })).toEqual({
      MQL: 'qualified',
      'In Progress': null,
    });
    expect(readingsToSend(listed, { Junk: 'lead', Stale: 'lead' })).toEqual({
      MQL: 'qualified',
      Junk: 'lead',
    });
  });

  it('come back from a draft only as far as they are readings', () => {
    expect(cleanReadings({ Stage: { MQL: 'lead', x: null, y: 3 }, Bad: 'no', List: [] })).toEqual({
      Stage: { MQL: 'lead', x: null },
    });
    expect(cleanReadings('nonsense')).toBeUndefined();
    expect(cleanReadings(null)).toBeUndefined();
  });
});
