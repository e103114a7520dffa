// People lists: the first page of filtered, sorted lists (p95 against the bare replay of the same
// SQL), then keyset depth: every page of a sorted list walked with its cursor to page 10,000, and
// page 10,000 asked again against page 1.
//   DATABASE_URL=postgres://… npx tsx bench/people-list.ts [--people 100000]
//   npx tsx bench/people-list.ts [--people 100000] [--data-dir DIR]          (embedded database)
// --skip-depth: the first pages only.
import { sql } from 'kysely';
import { benchOptions, log, openDataset } from './support/dataset.ts';
import { cursorOfPage, deepPageOf, get, reportFirstPage, startBenchServer } from './support/http.ts';
import { compare, latencyOf, report } from './support/measure.ts';

const FILTERED = [
  { label: 'lifecycleStage=lead, sort=-updatedAt', query: 'lifecycleStage=lead&sort=-updatedAt' },
  {
    label: 'customers and evangelists in Germany, sort=lastName',
    query: `filter=${encodeURIComponent(
      JSON.stringify({
        and: [
          { field: 'lifecycleStage', op: 'in', value: ['customer', 'evangelist'] },
          { field: 'country', op: 'eq', value: 'DE' },
        ],
      }),
    )}&sort=lastName`,
  },
  {
    label: 'lifecycleStage=customer, sort=-lastContactedAt',
    query: 'lifecycleStage=customer&sort=-lastContactedAt',
  },
  { label: 'tag vip, sort=-lastContactedAt', query: 'tag=vip&sort=-lastContactedAt' },
  // The same list in the filter language: its required tag is planned as ?tag= plans it.
  {
    label: 'filter: tags hasAll vip, sort=-lastContactedAt',
    query: `filter=${encodeURIComponent(
      JSON.stringify({ field: 'tags', op: 'hasAll', value: ['vip'] }),
    )}&sort=-lastContactedAt`,
  },
];
const DEPTH = 10_000;
// Sorts whose keys are expressions (a missing name sorts as '', a stage by its rank): their deep
// pages seek the cursor in the index only if PostgreSQL may use the condition under row-level
// security (migration 0027).
const DEEP_SORTS = ['lastName', '-lastContactedAt', 'lifecycleStage', 'email'];

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  for (const [index, list] of [...FILTERED, ...(await lastContactedByLists())].entries()) {
    await reportFirstPage(server, {
      name: `list${index}`,
      path: `/people?${list.query}`,
      samples: options.samples,
      title: `first page of people: ${list.label} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`,
    });
  }

  if (!process.argv.includes('--skip-depth')) {
    await depth();
    for (const sort of DEEP_SORTS) await deepPage(sort);
  }
} finally {
  await server.close();
  await dataset.close();
}

/**
 * "Last contacted by" a member (migration 0058): the one in touch with the most people, with the
 * fewest, and the admin, in touch with nobody, whose empty list the sort's index alone walks end to end.
 */
async function lastContactedByLists() {
  const members = await sql<{ id: string; n: string }>`
    SELECT last_contacted_by AS id, count(*) AS n FROM people
    WHERE workspace_id = ${dataset.workspaceId} AND last_contacted_by IS NOT NULL AND deleted_at IS NULL
    GROUP BY 1 ORDER BY 2 DESC, 1`.execute(dataset.db.kysely);
  const most = members.rows[0];
  const fewest = members.rows.at(-1);
  const lists = [
    ...(most ? [{ id: most.id, who: `the member in touch with the most (${most.n})` }] : []),
    ...(fewest ? [{ id: fewest.id, who: `the member in touch with the fewest (${fewest.n})` }] : []),
    { id: dataset.userId, who: 'the admin, in touch with nobody' },
  ];
  return lists.map(({ id, who }) => ({
    label: `last contacted by ${who}, sort=-updatedAt`,
    query: `filter=${encodeURIComponent(JSON.stringify({ field: 'lastContactedBy', op: 'eq', value: id }))}&sort=-updatedAt`,
  }));
}

async function depth(): Promise<void> {
  // As many rows a page as let a sorted list of everyone reach page 10,000 (50 at 500,000 people).
  const limit = Math.max(1, Math.min(50, Math.floor(dataset.people / DEPTH)));
  const list = `/people?sort=-updatedAt&limit=${limit}`;
  const pageTimes: number[] = [];
  let cursor: string | null = null;
  let deepCursor: string | null = null;
  const walkStarted = performance.now();
  for (let page = 1; page <= DEPTH; page++) {
    const started = performance.now();
    const body = JSON.parse(
      await get(
        `${server.api}${list}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        server.headers,
      ),
    ) as { data: unknown[]; nextCursor: string | null };
    pageTimes.push(performance.now() - started);
    if (page === DEPTH - 1) deepCursor = body.nextCursor;
    cursor = body.nextCursor;
    if (!cursor && page < DEPTH) throw new Error(`the list ended at page ${page}`);
    if (page % 1000 === 0) log(`  page ${page}`);
  }
  if (!deepCursor) throw new Error('no cursor for the deep page');
  const walkSeconds = (performance.now() - walkStarted) / 1000;
  const deepUrl = `${server.api}${list}&cursor=${encodeURIComponent(deepCursor)}`;
  const again = await compare({
    rounds: 2,
    n: Math.ceil(options.samples / 2),
    measured: () => deepUrl,
    baseline: () => `${server.api}${list}`,
    headers: server.headers,
  });
  report(
    `keyset depth: sort=-updatedAt, limit ${limit} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`,
    {
      'walk to page 10,000': `${walkSeconds.toFixed(1)} s, ${Math.round(DEPTH / walkSeconds)} pages/s`,
      'pages 1-100 while walking': latencyOf(pageTimes.slice(0, 100)),
      'pages 9,901-10,000 walking': latencyOf(pageTimes.slice(-100)),
      'page 10,000 asked again': again.measured,
      'page 1 asked again': again.baseline,
      'p95 ratio page 10,000/page 1': again.ratio,
      'target: as fast as page 1 (ratio <= 1.2)': again.ratio <= 1.2,
    },
  );
}

/** A deep page of a sort (page 2,000 at 1,000,000 people), asked again, against page 1. */
async function deepPage(sort: string): Promise<void> {
  const list = `/people?sort=${sort}`;
  const page = deepPageOf(dataset.people);
  const deep = await cursorOfPage(server, list, page);
  const again = await compare({
    rounds: 2,
    n: Math.ceil(options.samples / 2),
    measured: () => `${server.api}${list}&limit=50&cursor=${encodeURIComponent(deep)}`,
    baseline: () => `${server.api}${list}&limit=50`,
    headers: server.headers,
  });
  report(
    `keyset depth: sort=${sort}, page ${page.toLocaleString('en')} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`,
    {
      [`page ${page.toLocaleString('en')} asked again`]: again.measured,
      'page 1 asked again': again.baseline,
      'p95 ratio deep page/page 1': again.ratio,
      'target: as fast as page 1 (ratio <= 1.2)': again.ratio <= 1.2,
    },
  );
}
