import { describe, expect, it } from 'vitest';
import type { SavedView } from '../records/record-types';
import { viewNames, viewsNaming } from './views-naming';

const view = (name: string, objectType: SavedView['objectType'], parts: Partial<SavedView>): SavedView => ({
  id: name,
  objectType,
  name,
  ownerId: 'me',
  shared: true,
  columns: ['name'],
  filter: null,
  sort: null,
  createdAt: '2026-12-07T00:00:00Z',
  updatedAt: '2026-12-07T00:00:00Z',
  version: 1,
  ...parts,
});

describe('viewsNaming', () => {
  const bigFeet = view('Big feet', 'people', {
    filter: {
      or: [
        { field: 'lastName', op: 'eq', value: 'X' },
        { field: 'customFields.shoeSize', op: 'gt', value: 44 },
      ],
    },
  });
  const bySize = view('By size', 'people', { sort: '-customFields.shoeSize' });
  const shown = view('Shown', 'people', { columns: ['name', 'customFields.shoeSize'] });
  const other = view('Other', 'people', { filter: { field: 'customFields.shoeSizeEu', op: 'gt', value: 1 } });
  const ofTier = view('Gold companies', 'companies', {
    filter: { field: 'customFields.tier', op: 'eq', value: 'gold' },
  });
  const peopleOfTier = view('Gold people', 'people', { sort: 'company.customFields.tier' });
  const personTier = view('Tiered people', 'people', { sort: 'customFields.tier' });
  const views = { people: [bigFeet, bySize, shown, other, peopleOfTier, personTier], companies: [ofTier] };

  it('finds a field named in a nested filter or a sort either way; not in the columns only, nor a key it begins', () => {
    expect(viewsNaming({ objectType: 'people', key: 'shoeSize' }, views).map((v) => v.name)).toEqual([
      'Big feet',
      'By size',
    ]);
  });

  it("finds a company's field in views of companies and in views of people by their company", () => {
    expect(viewsNaming({ objectType: 'companies', key: 'tier' }, views).map((v) => v.name)).toEqual([
      'Gold companies',
      'Gold people',
    ]);
    expect(viewsNaming({ objectType: 'people', key: 'tier' }, views).map((v) => v.name)).toEqual([
      'Tiered people',
    ]);
  });
});

describe('viewNames', () => {
  it('quotes each and joins the last with “and”', () => {
    expect(viewNames([])).toBe('');
    expect(viewNames([{ name: 'A' }])).toBe('“A”');
    expect(viewNames([{ name: 'A' }, { name: 'B' }, { name: 'C' }])).toBe('“A”, “B” and “C”');
  });
});
