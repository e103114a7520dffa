// Where the database's time goes when people are written: the CPU time of one backend for a COPY of
// new people into a workspace that already holds some, under variants that each take one cost away.
//   npx tsx bench/import-cost.ts [--existing 100000] [--rows 25000] [--rounds 3] [--pg postgres://…/postgres]
// Counts CPU seconds of the backend (/proc/<pid>/stat), not wall time, so other load on the machine
// barely moves the figures. Every variant runs in a transaction that is rolled back. PostgreSQL server
// only: the embedded database has no backend process of its own to measure.
// --only <text> runs the variants whose name contains it; KEEP=1 keeps the database for a closer look.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createWorkspace } from '../src/modules/workspaces/index.ts';
import { openDatabase } from '../src/platform/db/connect.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { createLogger } from '../src/platform/log/logger.ts';

const { values } = parseArgs({
  options: {
    existing: { type: 'string', default: '100000' },
    rows: { type: 'string', default: '25000' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:54329/postgres' },
  },
});
const existing = Number(values.existing);
const rows = Number(values.rows);

/** Each variant's statements run before the COPY, inside its transaction. */
const VARIANTS: Record<string, string | string[]> = {
  'as migrated': [],
  'audit trigger disabled': ['ALTER TABLE people DISABLE TRIGGER capture_inserts'],
  "trail's foreign key dropped": [
    'ALTER TABLE record_changes DROP CONSTRAINT record_changes_workspace_id_fkey',
  ],
  "trail's three secondary indexes dropped": [
    'DROP INDEX record_changes_record',
    'DROP INDEX record_changes_object',
    'DROP INDEX record_changes_stream',
  ],
  "people's GIN indexes dropped": [
    'DROP INDEX people_emails, people_phones, people_tags, people_search_trgm, people_name_keys,',
    '  people_search_vector, people_custom_words',
  ].join(''),
  "people's secondary B-trees dropped": [
    'DROP INDEX people_updated, people_created, people_stage, people_company, people_owner, people_stage_rank,',
    '  people_last_name, people_first_name, people_email, people_last_contacted',
  ].join(''),
};

/** People shaped as an import writes them: an e-mail, a phone, an address, a title and tags. */
function peopleCsv(workspaceId: string, from: number, count: number): Buffer {
  const quote = (value: unknown) => `"${JSON.stringify(value).replace(/"/g, '""')}"`;
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) {
    const emails = quote([{ address: `person${i}@cost.example`, type: 'work' }]);
    const phones = quote([{ number: `+1415${String(2000000 + i).slice(-7)}`, type: 'work' }]);
    const addresses = quote([{ type: 'work', city: 'Paris', country: 'FR' }]);
    lines.push(`${workspaceId},First${i},Last${i},${emails},${phones},${addresses},Engineer,"{a,b}",import`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

const COPY_PEOPLE =
  'COPY people (workspace_id, first_name, last_name, emails, phones, addresses, job_title, tags, source) FROM STDIN (FORMAT csv)';

async function copy(client: pg.PoolClient | pg.Client, data: Buffer): Promise<void> {
  const stream = client.query(copyFrom(COPY_PEOPLE));
  await new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve).on('error', reject);
    stream.end(data);
  });
}

/** User plus system CPU seconds the backend has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After the command name: field 14 (utime) and 15 (stime) of stat(5) are at 11 and 12 here.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const logger = createLogger('fatal');
const name = `rapport_import_cost_${process.pid}`;
const admin = new pg.Client({ connectionString: values.pg });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(values.pg ?? '');
url.pathname = `/${name}`;
try {
  const db = await openDatabase({ kind: 'postgres', url: url.toString() }, logger);
  await migrate(db, logger);
  const { workspaceId } = await createWorkspace(db, {
    name: 'Cost',
    admin: { email: 'admin@cost.example', name: 'Admin', password: 'a long bench password' },
    via: 'cli',
  });
  await db.close();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (let from = 0; from < existing; from += 50_000) {
    await copy(client, peopleCsv(workspaceId, from, Math.min(50_000, existing - from)));
  }
  await client.query('VACUUM ANALYZE');
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
  const data = peopleCsv(workspaceId, existing, rows);
  const names = Object.keys(VARIANTS).filter((v) => !values.only || v.includes(values.only));
  const results: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  // Rounds alternate the variants, so a drift of the machine touches each alike.
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const variant of names) {
      await client.query('BEGIN');
      for (const statement of [VARIANTS[variant] ?? []].flat()) await client.query(statement);
      const before = cpuSeconds(pid);
      await copy(client, data);
      results[variant]?.push(Math.round((cpuSeconds(pid) - before) * 100) / 100);
      await client.query('ROLLBACK');
    }
  }
  await client.end();
  const perRow = (seconds: number[]) => Math.round((Math.min(...seconds) / rows) * 1e6);
  console.log(
    JSON.stringify(
      {
        existing,
        rows,
        cpuSeconds: results,
        minMicrosecondsPerRow: Object.fromEntries(names.map((n) => [n, perRow(results[n] ?? [])])),
      },
      null,
      2,
    ),
  );
} finally {
  if (!process.env.KEEP) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}
