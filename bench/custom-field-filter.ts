// Lists filtered on custom fields: the first page of people filtered on a select field's rare and
// common values and on a narrow range of a number field, read from each record's jsonb (no index)
// and then from the fields' sort indexes (custom-fields.key-filter.ts), each against the bare replay
// of its own SQL.
//   DATABASE_URL=postgres://… npx tsx bench/custom-field-filter.ts [--people 1000000]
//   npx tsx bench/custom-field-filter.ts [--people 100000] [--data-dir DIR]       (embedded database)
// The fields ("Bench tier", "Bench score") are added to the dataset once and kept.
import { sql } from 'kysely';
import { getCustomField, toDefinition } from '../src/modules/custom-fields/custom-fields.service.ts';
import {
  buildSortIndex,
  dropSortIndex,
  SORT_INDEX_JOB,
} from '../src/modules/custom-fields/custom-fields.sort-index.ts';
import { forgetDefinitions } from '../src/modules/custom-fields/index.ts';
import { inWorkspace } from '../src/platform/db/transaction.ts';
import type { Filter } from '../src/platform/query/filter.ts';
import { benchField } from './support/custom-fields.ts';
import { benchOptions, type Dataset, openDataset } from './support/dataset.ts';
import { routeVsBare, startBenchServer } from './support/http.ts';
import { report } from './support/measure.ts';

// Of every 1,000 people: 1 platinum, 49 gold, 250 silver, 600 bronze, 100 without a tier.
const TIER = sql`CASE WHEN abs(hashtext(p.id::text || 'tier')) % 1000 < 1 THEN 'platinum'
                      WHEN abs(hashtext(p.id::text || 'tier')) % 1000 < 50 THEN 'gold'
                      WHEN abs(hashtext(p.id::text || 'tier')) % 1000 < 300 THEN 'silver'
                      WHEN abs(hashtext(p.id::text || 'tier')) % 1000 < 900 THEN 'bronze' END`;

const LISTS: { name: string; label: string; filter: Filter; sort: string }[] = [
  {
    name: 'platinum',
    label: 'benchTier = platinum (0.1 %), sort=-updatedAt',
    filter: { field: 'customFields.benchTier', op: 'eq', value: 'platinum' },
    sort: '-updatedAt',
  },
  {
    name: 'gold',
    label: 'benchTier = gold (4.9 %), sort=-updatedAt',
    filter: { field: 'customFields.benchTier', op: 'eq', value: 'gold' },
    sort: '-updatedAt',
  },
  {
    name: 'silver',
    label: 'benchTier = silver (25 %), sort=lastName',
    filter: { field: 'customFields.benchTier', op: 'eq', value: 'silver' },
    sort: 'lastName',
  },
  {
    name: 'score',
    label: 'benchScore between 50,000 and 50,099 (0.1 %), sort=lastName',
    filter: { field: 'customFields.benchScore', op: 'between', value: [50_000, 50_099] },
    sort: 'lastName',
  },
  {
    name: 'customers',
    label: 'platinum or gold customers, sort=-lastContactedAt',
    filter: {
      and: [
        { field: 'customFields.benchTier', op: 'in', value: ['platinum', 'gold'] },
        { field: 'lifecycleStage', op: 'eq', value: 'customer' },
      ],
    },
    sort: '-lastContactedAt',
  },
];

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
const title = `(${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`;
try {
  const fields = [
    await benchField(server, dataset, {
      key: 'benchTier',
      label: 'Bench tier',
      type: 'select',
      choices: ['platinum', 'gold', 'silver', 'bronze'],
      value: TIER,
    }),
    await benchField(server, dataset, {
      key: 'benchScore',
      label: 'Bench score',
      type: 'number',
      value: sql`abs(hashtext(p.id::text)) % 100000`,
    }),
  ];
  for (const id of fields) await dropSortIndex(dataset.db, id);
  forgetDefinitions(dataset.workspaceId);
  const without = await measureLists('jsonb', Math.min(20, options.samples));

  const started = performance.now();
  for (const id of fields) await buildIndex(dataset, id);
  const buildSeconds = (performance.now() - started) / 1000;
  forgetDefinitions(dataset.workspaceId);
  await sql`DELETE FROM jobs WHERE kind = ${SORT_INDEX_JOB} AND state = 'queued'`.execute(dataset.db.kysely);
  const indexed = await measureLists('indexed', options.samples);

  const result: Record<string, unknown> = { 'both indexes built': `${buildSeconds.toFixed(1)} s` };
  for (const list of LISTS) {
    const before = without.get(list.name);
    const after = indexed.get(list.name);
    if (!before || !after) continue;
    result[`${list.label}: jsonb read, route`] = before.measured;
    result[`${list.label}: sort index, route`] = after.measured;
    result[`${list.label}: sort index, bare`] = after.baseline;
    result[`${list.label}: p95 ratio index/jsonb`] =
      Math.round((after.measured.p95 / before.measured.p95) * 1000) / 1000;
    result[`${list.label}: target p95 < 20 ms`] = after.measured.p95 < 20;
  }
  report(`first page of people filtered on custom fields ${title}`, result);
} finally {
  await server.close();
  await dataset.close();
}

async function measureLists(round: string, samples: number) {
  const results = new Map<string, Awaited<ReturnType<typeof routeVsBare>>>();
  for (const list of LISTS) {
    const path = `/people?filter=${encodeURIComponent(JSON.stringify(list.filter))}&sort=${list.sort}&limit=50`;
    results.set(
      list.name,
      await routeVsBare(server, {
        name: `${round}-${list.name}`,
        keys: ['page1'],
        path: () => path,
        samples,
      }),
    );
  }
  return results;
}

async function buildIndex(data: Dataset, fieldId: string) {
  const definition = await inWorkspace(
    data.db,
    { workspaceId: data.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
    async (tx) => toDefinition(await getCustomField(tx, data.workspaceId, fieldId)),
  );
  await buildSortIndex(data.db, data.workspaceId, 'people', definition);
}
