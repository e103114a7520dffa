// Builds the benchmarks' demo workspace ahead of time (the benchmarks reuse it), printing how fast
// the demo generator filled the database:
//   DATABASE_URL=postgres://…/rapport_bench npx tsx bench/prepare.ts --people 1000000
//   npx tsx bench/prepare.ts --people 100000 [--data-dir DIR]          (embedded database)
import { sql } from 'kysely';
import { benchOptions, log, openDataset } from './support/dataset.ts';

const dataset = await openDataset(benchOptions());
try {
  const counts = await sql<{ table: string; n: string }>`
    SELECT 'companies' AS table, count(*) AS n FROM companies WHERE workspace_id = ${dataset.workspaceId}
    UNION ALL SELECT 'people', count(*) FROM people WHERE workspace_id = ${dataset.workspaceId}
    UNION ALL SELECT 'timeline entries', count(*) FROM activities WHERE workspace_id = ${dataset.workspaceId}
    UNION ALL SELECT 'record_changes', count(*) FROM record_changes WHERE workspace_id = ${dataset.workspaceId}`.execute(
    dataset.db.kysely,
  );
  for (const row of counts.rows) log(`${row.table.padEnd(17)} ${Number(row.n).toLocaleString('en')}`);
  const size = await sql<{
    size: string;
  }>`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`.execute(dataset.db.kysely);
  log(`database size     ${size.rows[0]?.size}`);
} finally {
  await dataset.close();
}
