// The customer-360 pages' one request each: GET /people/{id}/overview (profile, companies, open deals,
// tickets, orders and revenue, last contact, the first 20 history entries) and
// GET /companies/{id}/overview (open deals, its people's tickets, orders and revenue, last contact),
// one request at a time, for records drawn at random, for those whose last contact was the customer's
// (the team's last is then looked for in their history) and for the largest accounts, against the
// bare replay of the same SQL.
//   DATABASE_URL=postgres://… npx tsx bench/overviews.ts [--people 1000000]
//   npx tsx bench/overviews.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { sql } from 'kysely';
import { benchOptions, openDataset } from './support/dataset.ts';
import { routeVsBare, startBenchServer } from './support/http.ts';
import { report } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
const title = `(${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`;
try {
  const ws = dataset.workspaceId;
  const sample = async (table: 'people' | 'companies') =>
    (
      await sql<{ id: string }>`
        SELECT id FROM ${sql.table(table)} TABLESAMPLE SYSTEM (1) WHERE workspace_id = ${ws} LIMIT 2000`.execute(
        dataset.db.kysely,
      )
    ).rows.map((r) => r.id);
  // The accounts with the most orders: the most rows behind their revenue.
  const largest = await sql<{ company_id: string; n: string }>`
    SELECT company_id, count(*) AS n FROM orders WHERE workspace_id = ${ws} AND company_id IS NOT NULL
    GROUP BY company_id ORDER BY count(*) DESC, company_id LIMIT 200`.execute(dataset.db.kysely);
  // Whose last contact was the customer's: the overview then also walks back to the team's last.
  const wroteLast = await sql<{ id: string }>`
    SELECT id FROM people TABLESAMPLE SYSTEM (10)
    WHERE workspace_id = ${ws} AND last_contacted_at IS NOT NULL AND last_contacted_by IS NULL LIMIT 2000`.execute(
    dataset.db.kysely,
  );
  const accountsWroteLast = await sql<{ company_id: string }>`
    SELECT e.company_id FROM employments e
    JOIN people p ON p.workspace_id = e.workspace_id AND p.id = e.person_id AND p.deleted_at IS NULL
    WHERE e.workspace_id = ${ws} AND e.ended_on IS NULL AND p.last_contacted_at IS NOT NULL
    GROUP BY e.company_id
    HAVING (array_agg(p.last_contacted_by ORDER BY p.last_contacted_at DESC))[1] IS NULL
    LIMIT 2000`.execute(dataset.db.kysely);
  const lists = [
    ['a person, drawn at random', 'people', await sample('people')],
    ['a person whose last contact was theirs', 'people', wroteLast.rows.map((r) => r.id)],
    [
      'a company whose people’s last contact was theirs',
      'companies',
      accountsWroteLast.rows.map((r) => r.company_id),
    ],
    ['a company, drawn at random', 'companies', await sample('companies')],
    [
      `one of the 200 companies with the most orders (${largest.rows.at(-1)?.n}–${largest.rows[0]?.n})`,
      'companies',
      largest.rows.map((r) => r.company_id),
    ],
  ] as const;
  for (const [index, [label, object, keys]] of lists.entries()) {
    const result = await routeVsBare(server, {
      name: `overview${index}`,
      keys: [...keys],
      path: (id) => `/${object}/${id}/overview`,
      samples: options.samples,
    });
    report(`overview of ${label} ${title}`, {
      route: result.measured,
      bare: result.baseline,
      'p95 ratio route/bare': result.ratio,
      statements: result.statements.length,
    });
  }
} finally {
  await server.close();
  await dataset.close();
}
