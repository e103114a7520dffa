import { describe, expect, it } from 'vitest';
import { filterChips, filterWords, type IdNames, referredIds, withoutChip } from './filter-chips';
import { type ApiFilter, fromApiFilter, toApiFilter } from './filter-model';
import type { FieldType, RecordField } from './record-fields';

/** The chips a list shows under its toolbar: its filter in words, one removable chip per condition. */
const field = (
  key: string,
  label: string,
  type: FieldType,
  extra: Partial<RecordField> = {},
): RecordField => ({
  key,
  label,
  type,
  group: 'Fields',
  ...extra,
});
const FIELDS = [
  field('importNumber', 'Import', 'number'),
  field('country', 'Country', 'enum', {
    choices: [
      { value: 'FR', label: 'France' },
      { value: 'DE', label: 'Germany' },
    ],
  }),
  field('tags', 'Tags', 'array'),
  field('email', 'E-mail', 'text'),
  field('createdAt', 'Created', 'datetime'),
  field('doNotContact', 'Do not contact', 'boolean'),
];

const words = (filter: ApiFilter | unknown) => {
  const tree = fromApiFilter(filter);
  return tree ? filterChips(tree, FIELDS).map((chip) => chip.words) : [];
};

describe('filterChips', () => {
  it.each([
    [{ field: 'importNumber', op: 'eq', value: 1 }, 'Import is 1'],
    [{ field: 'country', op: 'eq', value: 'FR' }, 'Country is France'],
    [{ field: 'country', op: 'in', value: ['FR', 'DE'] }, 'Country is any of France, Germany'],
    [{ field: 'tags', op: 'hasAny', value: ['vip', 'eu'] }, 'Tags has any of vip, eu'],
    [{ field: 'email', op: 'isEmpty' }, 'E-mail is empty'],
    [{ field: 'importNumber', op: 'between', value: [1, 3] }, 'Import is between 1 and 3'],
    [{ field: 'doNotContact', op: 'eq', value: true }, 'Do not contact is Yes'],
    [{ field: 'createdAt', op: 'gt', value: '2026-05-03T23:59:59.999Z' }, 'Created is after 2026-05-03'],
    [
      { field: 'createdAt', op: 'gte', value: '2026-05-03T00:00:00.000Z' },
      'Created is on or after 2026-05-03',
    ],
    [{ field: 'createdAt', op: 'lt', value: '2026-05-03T00:00:00.000Z' }, 'Created is before 2026-05-03'],
    [
      { field: 'createdAt', op: 'lte', value: '2026-05-03T23:59:59.999Z' },
      'Created is on or before 2026-05-03',
    ],
    [{ field: 'importNumber', op: 'gt', value: 8 }, 'Import is greater than 8'],
    [{ field: 'importNumber', op: 'gte', value: 8 }, 'Import is at least 8'],
    [{ field: 'importNumber', op: 'lt', value: 8 }, 'Import is less than 8'],
    [{ field: 'importNumber', op: 'lte', value: 8 }, 'Import is at most 8'],
  ])('says %j as “%s”', (filter, expected) => {
    expect(words(filter)).toEqual([expected]);
  });

  it('gives each top-level condition of an “all of” its own chip', () => {
    const filter = {
      and: [
        { field: 'importNumber', op: 'eq', value: 1 },
        { field: 'country', op: 'eq', value: 'FR' },
      ],
    };
    expect(words(filter)).toEqual(['Import is 1', 'Country is France']);
  });

  it('says a nested group as “any of: … / …”, a negated one prefixed', () => {
    const anyOf = {
      or: [
        { field: 'country', op: 'eq', value: 'FR' },
        { field: 'tags', op: 'hasAny', value: ['vip'] },
      ],
    };
    expect(words({ and: [{ field: 'importNumber', op: 'eq', value: 1 }, anyOf] })).toEqual([
      'Import is 1',
      'Any of: Country is France / Tags has any of vip',
    ]);
    expect(words({ and: [{ not: anyOf }] })).toEqual(['Not any of: Country is France / Tags has any of vip']);
    expect(words({ and: [{ not: { field: 'country', op: 'eq', value: 'DE' } }] })).toEqual([
      'Not: Country is Germany',
    ]);
  });

  it('makes a top level that matches any, or excludes, one chip', () => {
    const anyOf = {
      or: [
        { field: 'country', op: 'eq', value: 'FR' },
        { field: 'importNumber', op: 'eq', value: 2 },
      ],
    };
    expect(words(anyOf)).toEqual(['Any of: Country is France / Import is 2']);
    expect(words({ not: anyOf })).toEqual(['Not any of: Country is France / Import is 2']);
  });

  it('shows what the builder shows read-only: an unknown field by its name, an unreadable part as written', () => {
    expect(words({ and: [{ field: 'customFields.gone', op: 'eq', value: 'x' }] })).toEqual([
      'customFields.gone is x',
    ]);
    expect(words({ and: [{ field: 'createdAt', op: 'gt', value: '2026-05-03T10:00:00.000Z' }] })).toEqual([
      'Created is after 2026-05-03T10:00:00.000Z',
    ]);
    // An unknown field's comparison reads by its value: a day is a date, anything else a number.
    expect(words({ and: [{ field: 'customFields.gone', op: 'gte', value: '2026-05-03' }] })).toEqual([
      'customFields.gone is on or after 2026-05-03',
    ]);
    expect(words({ and: [{ field: 'customFields.gone', op: 'lt', value: 5 }] })).toEqual([
      'customFields.gone is less than 5',
    ]);
    expect(words({ and: [{ field: 'email', op: 'near', value: 'a' }] })).toEqual([
      '{"field":"email","op":"near","value":"a"}',
    ]);
  });

  it('leaves out conditions that filter nothing yet', () => {
    const tree = fromApiFilter({ and: [{ field: 'importNumber', op: 'eq', value: 1 }] });
    if (!tree) throw new Error('no tree');
    const typing = {
      kind: 'condition' as const,
      id: 'typing',
      field: 'email',
      op: 'contains' as const,
      value: '',
    };
    expect(
      filterChips({ ...tree, children: [...tree.children, typing] }, FIELDS).map((c) => c.words),
    ).toEqual(['Import is 1']);
    expect(words(null)).toEqual([]);
  });
});

describe('withoutChip', () => {
  it('removes one condition and keeps the rest', () => {
    const tree = fromApiFilter({
      and: [
        { field: 'importNumber', op: 'eq', value: 1 },
        { field: 'country', op: 'eq', value: 'FR' },
      ],
    });
    if (!tree) throw new Error('no tree');
    const [first] = filterChips(tree, FIELDS);
    if (!first) throw new Error('no chip');
    expect(toApiFilter(withoutChip(tree, first.id), FIELDS)).toEqual({
      and: [{ field: 'country', op: 'eq', value: 'FR' }],
    });
  });

  it('clears the filter when the chip stood for the whole of it', () => {
    const tree = fromApiFilter({ not: { field: 'country', op: 'eq', value: 'FR' } });
    if (!tree) throw new Error('no tree');
    const [only] = filterChips(tree, FIELDS);
    if (!only) throw new Error('no chip');
    expect(toApiFilter(withoutChip(tree, only.id), FIELDS)).toBeNull();
  });
});

describe('id fields by name', () => {
  const ADA = '0190a1b2-0000-7000-8000-000000000001';
  const ACME = '0190a1b2-0000-7000-8000-000000000002';
  const GONE = '0190a1b2-0000-7000-8000-000000000003';
  const LOOKING = '0190a1b2-0000-7000-8000-000000000004';
  const ID_FIELDS = [
    ...FIELDS,
    field('ownerId', 'Owner', 'id', { refersTo: 'user' }),
    field('companyId', 'Company', 'id', { refersTo: 'companies' }),
    field('cf.mentor', 'Mentor', 'id', { refersTo: 'people', group: 'Custom fields' }),
    field('lastContactedBy', 'Last contacted by', 'id', {
      refersTo: 'user',
      emptyWords: { isEmpty: 'is nobody on the team', isNotEmpty: 'is a member' },
    }),
  ];
  const known: Record<string, string> = { [ADA]: 'Ada Lovelace', [ACME]: 'Acme' };
  const names: IdNames = (_refersTo, id) => (id === LOOKING ? null : known[id]);

  it.each([
    [{ field: 'ownerId', op: 'eq', value: ADA }, 'Owner is Ada Lovelace'],
    [{ field: 'companyId', op: 'neq', value: ACME }, 'Company is not Acme'],
    [{ field: 'ownerId', op: 'eq', value: GONE }, 'Owner is a former member'],
    [{ field: 'companyId', op: 'eq', value: GONE }, 'Company is a company'],
    [{ field: 'cf.mentor', op: 'eq', value: GONE }, 'Mentor is a person'],
    [{ field: 'cf.mentor', op: 'in', value: [ADA, GONE] }, 'Mentor is any of Ada Lovelace, a person'],
    [{ field: 'ownerId', op: 'eq', value: LOOKING }, 'Owner is …'],
    [{ field: 'ownerId', op: 'isEmpty' }, 'Owner is empty'],
    // Where empty means something, the field says what.
    [{ field: 'lastContactedBy', op: 'isEmpty' }, 'Last contacted by is nobody on the team'],
    [{ field: 'lastContactedBy', op: 'isNotEmpty' }, 'Last contacted by is a member'],
    [{ field: 'lastContactedBy', op: 'eq', value: ADA }, 'Last contacted by is Ada Lovelace'],
  ])('%j reads "%s", never the raw id', (filter, expected) => {
    expect(filterWords(filter, ID_FIELDS, names)).toBe(expected);
  });

  it('names ids on chips, groups included, and shows no id when no names are given', () => {
    const tree = fromApiFilter({
      or: [
        { field: 'ownerId', op: 'eq', value: ADA },
        { field: 'companyId', op: 'eq', value: ACME },
      ],
    });
    if (!tree) throw new Error('no tree');
    expect(filterChips(tree, ID_FIELDS, names).map((c) => c.words)).toEqual([
      'Any of: Owner is Ada Lovelace / Company is Acme',
    ]);
    expect(filterChips(tree, ID_FIELDS).map((c) => c.words)).toEqual([
      'Any of: Owner is a former member / Company is a company',
    ]);
  });

  it('lists the ids a filter needs names for, by what they refer to, once each', () => {
    const filter = {
      and: [
        { field: 'ownerId', op: 'eq', value: ADA },
        {
          not: {
            or: [
              { field: 'companyId', op: 'eq', value: ACME },
              { field: 'ownerId', op: 'neq', value: ADA },
            ],
          },
        },
        { field: 'cf.mentor', op: 'in', value: [GONE] },
        { field: 'email', op: 'eq', value: 'not-an-id' },
      ],
    };
    expect(referredIds(filter, ID_FIELDS)).toEqual({ user: [ADA], people: [GONE], companies: [ACME] });
    expect(referredIds(null, ID_FIELDS)).toEqual({ user: [], people: [], companies: [] });
  });
});
