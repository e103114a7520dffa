import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApiCondition,
  type ApiFilter,
  type ConditionNode,
  countConditions,
  depthOf,
  emptyGroup,
  type FilterNode,
  fromApiFilter,
  type GroupNode,
  isEditable,
  MAX_FILTER_DEPTH,
  nextNodeId,
  OPS_BY_TYPE,
  type Op,
  toApiFilter,
  valueShapeOf,
} from './filter-model';
import type { FieldType, RecordField } from './record-fields';

/**
 * Properties of the builder's model against the API's filter language (src/platform/query/filter.ts):
 * every filter the API accepts opens in the builder and is written back with the same meaning, and
 * what the builder writes opens again as editable as it was built.
 */
const field = (key: string, type: FieldType, extra: Partial<RecordField> = {}): RecordField => ({
  key,
  label: key,
  type,
  group: 'Fields',
  ...extra,
});
const STAGES = ['lead', 'customer'];
const FIELDS: RecordField[] = [
  field('lastName', 'text'),
  field('score', 'number'),
  field('born', 'date'),
  field('seen', 'datetime'),
  field('active', 'boolean'),
  field('stage', 'enum', { choices: STAGES.map((value) => ({ value, label: value })) }),
  field('tags', 'array'),
  field('ownerId', 'id'),
];
/** A custom field archived since the view was saved, or not loaded yet: unknown to the builder. */
const UNKNOWN = field('customFields.gone', 'text');

/** The server's OPS_BY_TYPE: the API accepts more than the builder offers (`in` on numbers and ids). */
const API_OPS: Record<FieldType, readonly Op[]> = {
  ...OPS_BY_TYPE,
  number: ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  id: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
};

const day = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ minLength: 1, maxLength: 6 });

function scalar(type: FieldType, fromBuilder: boolean): fc.Arbitrary<unknown> {
  switch (type) {
    case 'text':
    case 'array':
      return fromBuilder ? text : fc.string({ maxLength: 6 });
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'date':
      return day;
    case 'datetime':
      return fromBuilder
        ? day
        : fc.oneof(
            day.map((d) => `${d}T00:00:00.000Z`),
            day.map((d) => `${d}T23:59:59.999Z`),
            day.map((d) => `${d}T08:30:00Z`),
          );
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...STAGES);
    case 'id':
      return fc.uuid();
  }
}

/** A value of the shape the operator takes, as the API accepts it or as the builder's inputs give it. */
function valueFor(op: Op, type: FieldType, fromBuilder: boolean): fc.Arbitrary<unknown> {
  const one = scalar(type, fromBuilder);
  switch (valueShapeOf(op)) {
    case 'none':
      return fc.constant(undefined);
    case 'list':
      return fc.array(one, { minLength: 1, maxLength: 3 });
    case 'range':
      return fc.tuple(one, one);
    case 'single':
      return op === 'contains' || op === 'notContains' || op === 'startsWith' ? text : one;
  }
}

const apiCondition: fc.Arbitrary<ApiCondition> = fc
  .constantFrom(...FIELDS, UNKNOWN)
  .chain((f) => fc.constantFrom(...API_OPS[f.type]).map((op) => ({ f, op })))
  .chain(({ f, op }) =>
    valueFor(op, f.type, false).map((value) =>
      value === undefined ? { field: f.key, op } : { field: f.key, op, value },
    ),
  );

const apiFilter: fc.Arbitrary<ApiFilter> = fc
  .letrec<{ filter: ApiFilter }>((tie) => ({
    filter: fc.oneof(
      { maxDepth: 5, depthIdentifier: 'filter' },
      apiCondition,
      fc.record({ and: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ or: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('filter') }),
    ),
  }))
  .filter.filter((f) => measure(f) <= MAX_FILTER_DEPTH);

/** The server's measure: levels of nesting, a condition counting one. */
function measure(filter: ApiFilter): number {
  if ('field' in filter) return 1;
  const children = 'and' in filter ? filter.and : 'or' in filter ? filter.or : [filter.not];
  return 1 + Math.max(...children.map(measure));
}

/** Meaning, with each condition an opaque test: two filters agree under every outcome of their tests. */
function holds(filter: ApiFilter | null, test: (key: string) => boolean): boolean {
  if (filter === null) return true;
  if ('field' in filter) return test(JSON.stringify(filter));
  if ('not' in filter) return !holds(filter.not, test);
  if ('and' in filter) return filter.and.every((f) => holds(f, test));
  return filter.or.some((f) => holds(f, test));
}

const conditionsOf = (filter: ApiFilter): string[] =>
  'field' in filter
    ? [JSON.stringify(filter)]
    : ('and' in filter ? filter.and : 'or' in filter ? filter.or : [filter.not]).flatMap(conditionsOf);

/** Keys as jsonb may return them: in another order. */
const reorderKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reorderKeys)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reorderKeys(v)]),
        )
      : value;

const conditionNodes = (node: FilterNode): ConditionNode[] =>
  node.kind === 'condition' ? [node] : node.kind === 'group' ? node.children.flatMap(conditionNodes) : [];

const open = (filter: unknown): GroupNode => {
  const tree = fromApiFilter(filter);
  if (!tree) throw new Error('the filter did not open');
  return tree;
};

describe('filter builder model: what the API accepts', () => {
  it('opens and is written back with the same meaning, conditions unchanged, no deeper', () => {
    fc.assert(
      fc.property(apiFilter, fc.func(fc.boolean()), (filter, test) => {
        const written = toApiFilter(open(reorderKeys(filter)), FIELDS);
        expect(written).not.toBeNull();
        if (!written) return;
        expect(holds(written, test)).toBe(holds(filter, test));
        expect(conditionsOf(written).sort()).toEqual(conditionsOf(filter).sort());
        expect(countConditions(written)).toBe(countConditions(filter));
        expect(measure(written)).toBeLessThanOrEqual(Math.max(measure(filter), 2));
      }),
      { numRuns: 500 },
    );
  });

  it('reads as unchanged once written back (a saved view does not show as changed)', () => {
    fc.assert(
      fc.property(apiFilter, (filter) => {
        const written = toApiFilter(open(filter), FIELDS);
        expect(toApiFilter(open(reorderKeys(written)), FIELDS)).toEqual(written);
      }),
    );
  });

  it('excludes exactly what it matched when the outer group is negated', () => {
    fc.assert(
      fc.property(apiFilter, fc.func(fc.boolean()), (filter, test) => {
        const tree = open(filter);
        const negated = toApiFilter({ ...tree, negate: !tree.negate }, FIELDS);
        expect(holds(negated, test)).toBe(!holds(filter, test));
      }),
    );
  });
});

const builderCondition: fc.Arbitrary<ConditionNode> = fc
  .constantFrom(...FIELDS)
  .chain((f) => fc.constantFrom(...OPS_BY_TYPE[f.type]).map((op) => ({ f, op })))
  .chain(({ f, op }) =>
    fc
      .oneof(valueFor(op, f.type, true), fc.constant(null))
      .map((value): ConditionNode => ({ kind: 'condition', id: nextNodeId(), field: f.key, op, value })),
  );

const builderTree: fc.Arbitrary<GroupNode> = fc.letrec<{ group: GroupNode; node: FilterNode }>((tie) => ({
  node: fc.oneof({ maxDepth: 3, depthIdentifier: 'tree' }, builderCondition, tie('group')),
  group: fc
    .record({
      match: fc.constantFrom('and' as const, 'or' as const),
      negate: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 3 }),
    })
    .map((group): GroupNode => ({ ...emptyGroup(), ...group })),
})).group;

describe('filter builder model: what the builder writes', () => {
  it('opens again editable, and is written back the same', () => {
    fc.assert(
      fc.property(builderTree, (tree) => {
        const written = toApiFilter(tree, FIELDS);
        if (written === null) return;
        const reopened = open(reorderKeys(written));
        for (const condition of conditionNodes(reopened)) expect(isEditable(condition, FIELDS)).toBe(true);
        expect(toApiFilter(reopened, FIELDS)).toEqual(written);
      }),
      { numRuns: 500 },
    );
  });

  it('never writes deeper than depthOf says', () => {
    fc.assert(
      fc.property(builderTree, (tree) => {
        const written = toApiFilter(tree, FIELDS);
        if (written) expect(measure(written)).toBeLessThanOrEqual(depthOf(tree));
      }),
    );
  });
});

describe('filter builder model: examples', () => {
  const doe = { field: 'lastName', op: 'contains', value: 'Doe' } as const;
  const stone = { field: 'lastName', op: 'contains', value: 'Stone' } as const;

  it('opens a negated group as a group that excludes, and writes it back as it was', () => {
    const filter = { and: [{ field: 'stage', op: 'eq', value: 'customer' }, { not: { or: [doe, stone] } }] };
    const tree = open(filter);
    expect(tree.children[1]).toMatchObject({ kind: 'group', match: 'or', negate: true });
    expect(toApiFilter(tree, FIELDS)).toEqual(filter);
    expect(toApiFilter(open({ not: doe }), FIELDS)).toEqual({ not: doe });
    expect(open({ not: { and: [doe, stone] } })).toMatchObject({ match: 'and', negate: true });
  });

  it('keeps, read-only, what the builder cannot edit exactly', () => {
    const timeOfDay = { field: 'seen', op: 'gte', value: '2024-05-03T08:30:00Z' } as const;
    const numberIn = { field: 'score', op: 'in', value: [1, 2] } as const;
    const unknownField = { field: 'customFields.gone', op: 'eq', value: 'x' } as const;
    const tree = open({
      or: [timeOfDay, numberIn, unknownField, { field: 'seen', op: 'gt', value: '2024-05-03T23:59:59.999Z' }],
    });
    expect(conditionNodes(tree).map((c) => isEditable(c, FIELDS))).toEqual([false, false, false, true]);
    expect(toApiFilter(tree, FIELDS)).toEqual({
      or: [timeOfDay, numberIn, unknownField, { field: 'seen', op: 'gt', value: '2024-05-03T23:59:59.999Z' }],
    });
  });

  it('keeps a part it cannot read at all', () => {
    const odd = { op: 'near', field: 'city', value: 'Paris' };
    const tree = open({ and: [doe, odd] });
    expect(tree.children[1]).toMatchObject({ kind: 'fixed', filter: odd });
    expect(toApiFilter(tree, FIELDS)).toEqual({ and: [doe, odd] });
  });

  it('writes an edited condition as the builder reads it', () => {
    const tree = open({ field: 'seen', op: 'gte', value: '2024-05-03T08:30:00Z' });
    const [condition] = conditionNodes(tree);
    if (!condition) throw new Error('no condition');
    const edited = { ...tree, children: [{ ...condition, value: '2024-05-04' }] };
    expect(toApiFilter(edited, FIELDS)).toEqual({
      and: [{ field: 'seen', op: 'gte', value: '2024-05-04T00:00:00.000Z' }],
    });
  });

  it('counts a negated group with several children as two levels', () => {
    const group = (negate: boolean, children: FilterNode[]): GroupNode => ({
      ...emptyGroup(),
      negate,
      children,
    });
    const leaf = (): ConditionNode => ({
      kind: 'condition',
      id: nextNodeId(),
      field: null,
      op: 'eq',
      value: null,
    });
    expect(depthOf(group(true, [leaf()]))).toBe(2);
    expect(depthOf(group(true, [leaf(), leaf()]))).toBe(3);
    expect(depthOf(group(true, [group(true, [leaf(), leaf()]), leaf()]))).toBe(5);
  });
});
