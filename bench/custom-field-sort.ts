// A list sorted by a custom field: the first page of people sorted by a number field, without the
// field's index (every record's value read from its jsonb and sorted) and with it, each against the
// bare replay of its own SQL; how long the index takes to build; and a deep page (2,000 at 1,000,000
// people) against page 1.
//   DATABASE_URL=postgres://… npx tsx bench/custom-field-sort.ts [--people 1000000]
//   npx tsx bench/custom-field-sort.ts [--people 100000] [--data-dir DIR]         (embedded database)
// The field ("Bench score", a number on every person) is added to the dataset once and kept.
import { sql } from 'kysely';
import { getCustomField, toDefinition } from '../src/modules/custom-fields/custom-fields.service.ts';
import {
  buildSortIndex,
  dropSortIndex,
  SORT_INDEX_JOB,
} from '../src/modules/custom-fields/custom-fields.sort-index.ts';
import { forgetDefinitions } from '../src/modules/custom-fields/index.ts';
import { inWorkspace } from '../src/platform/db/transaction.ts';
import { benchField } from './support/custom-fields.ts';
import { benchOptions, openDataset } from './support/dataset.ts';
import { cursorOfPage, deepPageOf, routeVsBare, startBenchServer } from './support/http.ts';
import { compare, report } from './support/measure.ts';

const KEY = 'benchScore';
const LIST = `/people?sort=-customFields.${KEY}&limit=50`;

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
const title = `(${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`;
try {
  const fieldId = await benchField(server, dataset, {
    key: KEY,
    label: 'Bench score',
    type: 'number',
    value: sql`abs(hashtext(p.id::text)) % 100000`,
  });
  await dropSortIndex(dataset.db, fieldId);
  forgetDefinitions(dataset.workspaceId);
  const without = await routeVsBare(server, {
    name: 'unindexed',
    keys: ['page1'],
    path: () => LIST,
    samples: Math.min(20, options.samples),
  });

  const started = performance.now();
  const definition = await inWorkspace(
    dataset.db,
    { workspaceId: dataset.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
    async (tx) => toDefinition(await getCustomField(tx, dataset.workspaceId, fieldId)),
  );
  await buildSortIndex(dataset.db, dataset.workspaceId, 'people', definition);
  const buildSeconds = (performance.now() - started) / 1000;
  forgetDefinitions(dataset.workspaceId);
  // The unindexed requests asked for the index; it is built now, so their job has nothing to do.
  await sql`DELETE FROM jobs WHERE kind = ${SORT_INDEX_JOB} AND state = 'queued'`.execute(dataset.db.kysely);

  const indexed = await routeVsBare(server, {
    name: 'indexed',
    keys: ['page1'],
    path: () => LIST,
    samples: options.samples,
  });
  const page = deepPageOf(dataset.people);
  const deep = await cursorOfPage(server, `/people?sort=-customFields.${KEY}`, page);
  const depth = await compare({
    rounds: 2,
    n: Math.ceil(options.samples / 2),
    measured: () => `${server.api}${LIST}&cursor=${encodeURIComponent(deep)}`,
    baseline: () => `${server.api}${LIST}`,
    headers: server.headers,
  });
  report(`first page of people sorted by a custom number field, -customFields.${KEY} ${title}`, {
    'without its index: route': without.measured,
    'without its index: bare': without.baseline,
    'index build': `${buildSeconds.toFixed(1)} s`,
    'with its index: route': indexed.measured,
    'with its index: bare': indexed.baseline,
    'p95 ratio route/bare (indexed)': indexed.ratio,
    'p95 ratio indexed/unindexed': Math.round((indexed.measured.p95 / without.measured.p95) * 1000) / 1000,
    'target p95 < 20 ms': indexed.measured.p95 < 20,
    [`page ${page.toLocaleString('en')} asked again`]: depth.measured,
    'page 1 asked again': depth.baseline,
    'p95 ratio deep page/page 1': depth.ratio,
  });
} finally {
  await server.close();
  await dataset.close();
}
