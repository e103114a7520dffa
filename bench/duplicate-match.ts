// Matching records for duplicates as they change (the consumer "duplicates"): the scan of the pairs
// one person or company may be in, and of a batch of 500 (the consumer's batch), against the scan of
// the whole workspace that it spares (the baseline, per record). Each scan runs in a transaction that
// is rolled back, so the dataset keeps its candidates.
//   DATABASE_URL=postgres://… npx tsx bench/duplicate-match.ts [--people 1000000]
//   npx tsx bench/duplicate-match.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { scanDuplicates } from '../src/modules/duplicates/duplicates.service.ts';
import { asSystem } from '../src/platform/db/transaction.ts';
import { benchOptions, openDataset } from './support/dataset.ts';
import { latencyOf, report } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const title = `(${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`;

class RolledBack extends Error {}

/** Milliseconds one scan takes, its pairs discarded with its transaction. */
async function timed(object: 'people' | 'companies', records?: string[]): Promise<number> {
  let elapsed = 0;
  try {
    await asSystem(dataset.db, async (tx) => {
      const started = performance.now();
      await scanDuplicates(tx, dataset.workspaceId, object, records);
      elapsed = performance.now() - started;
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return elapsed;
}

try {
  for (const object of ['people', 'companies'] as const) {
    const ids = (
      await sql<{ id: string }>`
        SELECT id FROM ${sql.table(object)} WHERE workspace_id = ${dataset.workspaceId} AND deleted_at IS NULL
        ORDER BY random() LIMIT 2700`.execute(dataset.db.kysely)
    ).rows.map((r) => r.id);
    const one: number[] = [];
    for (const id of ids.slice(0, 200)) one.push(await timed(object, [id]));
    const batches: number[] = [];
    for (let i = 0; i < 5; i++) batches.push(await timed(object, ids.slice(200 + i * 500, 700 + i * 500)));
    const whole = await timed(object);
    const count =
      object === 'people'
        ? dataset.people
        : Number(
            (
              await sql<{
                n: string;
              }>`SELECT count(*) AS n FROM companies WHERE workspace_id = ${dataset.workspaceId}
          AND deleted_at IS NULL`.execute(dataset.db.kysely)
            ).rows[0]?.n,
          );
    const batch = latencyOf(batches);
    report(`matching ${object} for duplicates ${title}`, {
      'one record (ms)': latencyOf(one),
      'a batch of 500 (ms)': batch,
      'the whole workspace (ms)': Math.round(whole),
      [`${object} in the workspace`]: count,
      'µs per record: batch of 500': Math.round((batch.p50 / 500) * 1000),
      'µs per record: whole scan': Math.round((whole / count) * 1000),
    });
  }
} finally {
  await dataset.close();
}
