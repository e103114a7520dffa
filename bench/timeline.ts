// A person's latest 50 timeline entries: GET /people/{id}/timeline?limit=50, one request at a time,
// for people drawn at random and for the people with the longest histories, against the bare replay
// of the same SQL.
//   DATABASE_URL=postgres://… npx tsx bench/timeline.ts [--people 100000]
//   npx tsx bench/timeline.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { sql } from 'kysely';
import { benchOptions, openDataset } from './support/dataset.ts';
import { routeVsBare, startBenchServer } from './support/http.ts';
import { report } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  const ws = dataset.workspaceId;
  const random = (
    await sql<{ id: string }>`
      SELECT id FROM people TABLESAMPLE SYSTEM (1) WHERE workspace_id = ${ws} LIMIT 2000`.execute(
      dataset.db.kysely,
    )
  ).rows.map((r) => r.id);
  const busiest = await sql<{ person_id: string; n: string }>`
    SELECT person_id, count(*) AS n FROM activity_people WHERE workspace_id = ${ws}
    GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 200`.execute(dataset.db.kysely);
  const entries = await sql<{ n: string }>`
    SELECT count(*) AS n FROM activity_people WHERE workspace_id = ${ws}`.execute(dataset.db.kysely);
  for (const [label, keys] of [
    ['people drawn at random', random],
    [
      `the 200 people with the most entries (${busiest.rows.at(-1)?.n}–${busiest.rows[0]?.n})`,
      busiest.rows.map((r) => r.person_id),
    ],
  ] as const) {
    const result = await routeVsBare(server, {
      name: `timeline${label.length}`,
      keys: [...keys],
      path: (id) => `/people/${id}/timeline?limit=50`,
      samples: options.samples,
    });
    report(
      `latest 50 timeline entries: ${label} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`,
      {
        'timeline entries in the workspace': Number(entries.rows[0]?.n ?? 0),
        route: result.measured,
        bare: result.baseline,
        'p95 ratio route/bare': result.ratio,
        'target p95 < 10 ms': result.measured.p95 < 10,
        statements: result.statements.length,
      },
    );
  }
} finally {
  await server.close();
  await dataset.close();
}
