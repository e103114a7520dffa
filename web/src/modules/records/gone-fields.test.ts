import { describe, expect, it } from 'vitest';
import { emptyGroup, fromApiFilter, toApiFilter, withoutFields } from './filter-model';
import { customFieldOf, goneCustomFields, namedBy } from './gone-fields';
import type { RecordField } from './record-fields';

const fields: RecordField[] = [
  { key: 'lastName', label: 'Last name', type: 'text', group: 'Fields' },
  { key: 'customFields.tier', label: 'Tier', type: 'text', group: 'Custom fields' },
  { key: 'company.customFields.segment', label: 'Company Segment', type: 'text', group: 'Company' },
];

describe('custom fields a list names that are gone', () => {
  it('finds them in the filter, at any depth, and in the sort', () => {
    const filter = {
      and: [
        { field: 'customFields.tier', op: 'eq', value: 'gold' },
        {
          or: [
            { field: 'customFields.shoeSize', op: 'gt', value: 44 },
            { not: { field: 'company.customFields.old', op: 'isEmpty' } },
          ],
        },
      ],
    };
    expect(goneCustomFields(filter, '-customFields.height', fields, 'success')).toEqual({
      inFilter: ['customFields.shoeSize', 'company.customFields.old'],
      sort: 'customFields.height',
    });
  });

  it('leaves alone the fields offered, and built-in fields the builder does not offer', () => {
    const filter = {
      and: [
        { field: 'companyId', op: 'eq', value: 'c1' },
        { field: 'customFields.tier', op: 'isEmpty' },
      ],
    };
    const none = { inFilter: [], sort: null };
    expect(goneCustomFields(filter, 'lastName', fields, 'success')).toEqual(none);
    expect(goneCustomFields(null, '-company.customFields.segment', fields, 'success')).toEqual(none);
  });

  it('waits for the definitions when a custom field is named, and leaves it to the API when they fail', () => {
    const filter = { field: 'customFields.shoeSize', op: 'gt', value: 44 };
    const none = { inFilter: [], sort: null };
    expect(goneCustomFields(filter, 'lastName', [], 'pending')).toBeNull();
    expect(goneCustomFields(null, '-customFields.shoeSize', [], 'pending')).toBeNull();
    expect(goneCustomFields(filter, 'lastName', [], 'error')).toEqual(none);
    expect(goneCustomFields({ field: 'lastName', op: 'isEmpty' }, 'lastName', [], 'pending')).toEqual(none);
  });

  it('names a field by the object it belongs to', () => {
    expect(customFieldOf('customFields.tier')).toEqual({ ofCompany: false, key: 'tier' });
    expect(customFieldOf('company.customFields.segment')).toEqual({ ofCompany: true, key: 'segment' });
  });

  it('leaves the conditions on them out of the builder’s tree, and the groups they leave empty', () => {
    const tree = fromApiFilter({
      and: [
        { field: 'lastName', op: 'eq', value: 'Stone' },
        {
          or: [
            { field: 'customFields.shoeSize', op: 'gt', value: 44 },
            { field: 'customFields.old', op: 'isEmpty' },
          ],
        },
        {
          or: [
            { field: 'customFields.shoeSize', op: 'lt', value: 30 },
            { field: 'customFields.tier', op: 'isEmpty' },
          ],
        },
      ],
    });
    const kept = withoutFields(tree ?? emptyGroup(), new Set(['customFields.shoeSize', 'customFields.old']));
    // A group left with one condition stays a group: the builder shows it as it was, less the one.
    expect(toApiFilter(kept, fields)).toEqual({
      and: [
        { field: 'lastName', op: 'eq', value: 'Stone' },
        { or: [{ field: 'customFields.tier', op: 'isEmpty' }] },
      ],
    });
  });
});

describe('namedBy', () => {
  const describeKey = (key: string) => `“${key.replace('customFields.', '')}” (archived)`;
  it('says whether the filter, the sort or both name the fields gone', () => {
    const named = (inFilter: string[], sort: string | null) => namedBy({ inFilter, sort }, describeKey);
    expect(named(['customFields.tier'], null)).toBe('Its filter names “tier” (archived).');
    expect(named(['customFields.tier'], 'customFields.tier')).toBe(
      'Its filter and sort name “tier” (archived).',
    );
    expect(named(['customFields.tier', 'customFields.plan'], 'customFields.size')).toBe(
      'Its filter names “tier” (archived) and “plan” (archived), and its sort “size” (archived).',
    );
  });
});
