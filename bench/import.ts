// A quick local measure of CSV imports (the benchmark suite proper lives elsewhere):
//   npx tsx bench/import.ts --db pglite|postgres [--rows 100000] [--pg postgres://…/postgres] [--match-on]
// --match-on: the file has a "Record ID" column filling a unique custom field, which rows match on
// first (an ID from another CRM); COPY then writes an ID too, so both pay for its register.
// It writes a people CSV, imports it through the API with dedupe by e-mail (all new rows, then the
// same file again: all matches), and compares with COPY of the same rows, into a text table (pure
// ingest) and into the people table (its generated columns, indexes and audit trigger included).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../src/config.ts';
import { createApiToken } from '../src/modules/api-tokens/index.ts';
import { createCustomField } from '../src/modules/custom-fields/index.ts';
import { createWorkspace } from '../src/modules/workspaces/index.ts';
import { type Db, openDatabase, openEmbedded } from '../src/platform/db/connect.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { inWorkspace } from '../src/platform/db/transaction.ts';
import { createLogger } from '../src/platform/log/logger.ts';
import { startServer } from '../src/server.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    rows: { type: 'string', default: '100000' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:54329/postgres' },
    'match-on': { type: 'boolean', default: false },
  },
});
const byId = Boolean(values['match-on']);
const rows = Number(values.rows);
const logger = createLogger('fatal');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-'));
const file = path.join(dir, 'people.csv');

// People as a CRM holds them, so that the duplicate scan each import queues (and any later scan)
// meets a realistic workload: common names (41 × 43 pairs of them, sizes prime to each other and to
// the 1,000 companies, so no two people at one company share a name), an e-mail at their company's
// domain and a number of their own. Earlier sessions' file named everyone First<i> Last<i> at one
// domain with numbers repeating every 70,000 rows: millions of near-twins for the scan.
const FIRST = `Ada Alan Anna Ben Carla Chen David Elena Emma Farid Grace Hana Igor Ines James Jin Karen Lars
  Leila Lucas Maria Marta Nadia Noah Olga Omar Paul Priya Rosa Sam Sara Sven Tariq Tom Uma Vera Wen Yara
  Yusuf Zoe Hugo`.split(/\s+/);
const LAST = `Adams Berg Costa Dubois Evans Fischer Garcia Haddad Ito Jansen Kowalski Larsen Moreau Novak
  Okafor Petrov Quinn Rossi Silva Tanaka Urban Vogel Walsh Xu Yilmaz Zimmermann Brown Khan Lopez Meyer
  Nguyen Olsen Park Reyes Schmidt Torres Weber Young Ahmed Bianchi Conti`.split(/\s+/);

function benchPerson(i: number) {
  const company = i % 1000;
  return {
    first: FIRST[i % FIRST.length] ?? 'Ada',
    last: LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Adams',
    email: `person${i}@company${company}.example`,
    // 415, an exchange 200–999 and four digits: unique up to 8,000,000 rows.
    phone: `+1 415 ${200 + (Math.floor(i / 10000) % 800)} ${String(i % 10000).padStart(4, '0')}`,
    company: `Company ${company}`,
  };
}

function writeFile(): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(
    out,
    `${byId ? 'Record ID,' : ''}First Name,Last Name,Email,Phone Number,Company Name,Job Title,City,Country/Region,Tags\n`,
  );
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const p = benchPerson(i);
    buffer += `${byId ? `R-${i},` : ''}${p.first},${p.last},${p.email},${p.phone},${p.company},Engineer,Paris,FR,"a;b"\n`;
    if (buffer.length > 1 << 20) {
      fs.writeSync(out, buffer);
      buffer = '';
    }
  }
  fs.writeSync(out, buffer);
  fs.closeSync(out);
}

async function openBench(): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (values.db === 'pglite') {
    const db = await openEmbedded(path.join(dir, 'pglite'), logger);
    return { db, drop: () => db.close() };
  }
  const name = `rapport_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(values.pg ?? '');
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString() }, logger);
  return {
    db,
    async drop() {
      await db.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);

async function importOnce(
  base: string,
  token: string,
): Promise<{ seconds: number; wall: number; counts: unknown }> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = (await (
    await fetch(`${base}/imports`, { method: 'POST', headers, body: JSON.stringify({ object: 'people' }) })
  ).json()) as { id: string };
  const upload = await fetch(`${base}/imports/${created.id}/file`, {
    method: 'PUT',
    headers: { authorization: headers.authorization },
    body: fs.createReadStream(file) as unknown as RequestInit['body'],
    duplex: 'half',
  } as RequestInit);
  if (!upload.ok) throw new Error(await upload.text());
  const started = performance.now();
  await fetch(`${base}/imports/${created.id}/start`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ dedupe: 'email', ...(byId ? { matchOn: 'recordId' } : {}) }),
  });
  for (;;) {
    const state = (await (await poll(`${base}/imports/${created.id}`, headers)).json()) as {
      status: string;
      counts: unknown;
      startedAt: string;
      finishedAt: string;
    };
    if (['completed', 'failed', 'cancelled'].includes(state.status)) {
      if (state.status !== 'completed') throw new Error(JSON.stringify(state));
      // The job's own time: other jobs (the timeline consumer reading the first import's changes)
      // may hold the runner's worker before it starts.
      const processing = (Date.parse(state.finishedAt) - Date.parse(state.startedAt)) / 1000;
      return { seconds: processing, wall: (performance.now() - started) / 1000, counts: state.counts };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A GET, again if the server dropped a kept-alive connection while busy (the embedded database). */
async function poll(url: string, headers: Record<string, string>): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers });
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/** COPY of the same rows: into a table of text columns, then into people as the import shapes them. */
async function copyBaselines(db: Db, workspaceId: string): Promise<{ text: number; people: number }> {
  const columns = Array.from({ length: byId ? 10 : 9 }, (_, i) => `c${i} text`).join(', ');
  await sql`CREATE TABLE bench_text (${sql.raw(columns)})`.execute(db.kysely);
  const text = await timed(() =>
    copy(db, 'COPY bench_text FROM STDIN (FORMAT csv, HEADER true)', fs.readFileSync(file)),
  );
  // The same people as the import writes them (e-mail, phone, address, title, tags), minus the
  // company links COPY cannot resolve.
  const quote = (value: unknown) => `"${JSON.stringify(value).replace(/"/g, '""')}"`;
  const shaped = Array.from({ length: rows }, (_, i) => {
    const p = benchPerson(i);
    const emails = quote([{ address: `copy.${p.email}`, type: 'work' }]);
    // Numbers of their own: the file's people are in the table too, and must not share theirs.
    const phones = quote([{ number: benchPerson(rows + i).phone.replace(/ /g, ''), type: 'work' }]);
    const addresses = quote([{ type: 'work', city: 'Paris', country: 'FR' }]);
    const custom = quote(byId ? { recordId: `copy-R-${i}` } : {});
    return `${workspaceId},${p.first},${p.last},${emails},${phones},${addresses},Engineer,"{a,b}",import,${custom}`;
  });
  const people = await timed(() =>
    copy(
      db,
      'COPY people (workspace_id, first_name, last_name, emails, phones, addresses, job_title, tags, source, custom_fields) FROM STDIN (FORMAT csv)',
      Buffer.from(`${shaped.join('\n')}\n`),
    ),
  );
  return { text, people };
}

async function copy(db: Db, statement: string, data: Buffer): Promise<void> {
  if (db.pglite) {
    await db.pglite.query(statement.replace('FROM STDIN', "FROM '/dev/blob'"), [], {
      blob: new Blob([data]),
    });
    return;
  }
  const client = await db.copyPool.connect();
  try {
    const stream = client.query(copyFrom(statement));
    await new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve).on('error', reject);
      stream.end(data);
    });
  } finally {
    client.release();
  }
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
}

writeFile();
const { db, drop } = await openBench();
try {
  await migrate(db, logger);
  const { workspaceId, userId } = await createWorkspace(db, {
    name: 'Bench',
    admin: { email: 'bench-admin@example.org', name: 'Bench', password: 'correct horse battery staple' },
    via: 'cli',
  });
  const { token } = await inWorkspace(
    db,
    { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' },
    (tx) => createApiToken(tx, { workspaceId, userId, name: 'bench', expiresAt: null }),
  );
  if (byId)
    await inWorkspace(db, { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' }, (tx) =>
      createCustomField(tx, workspaceId, {
        objectType: 'people',
        label: 'Record ID',
        type: 'text',
        unique: true,
      }),
    );
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    RAPPORT_JOB_WORKERS: '1',
    RAPPORT_RATE_LIMIT: '10000',
  });
  const server = await startServer(config, logger, { db });
  const base = `${server.url}/api/v1`;
  peakRss = 0;
  const fresh = await importOnce(base, token);
  const again = await importOnce(base, token);
  const importRss = peakRss;
  await server.close();
  const baseline = await copyBaselines(db, workspaceId);
  const rate = (seconds: number) => Math.round(rows / seconds);
  console.log(
    JSON.stringify(
      {
        database: values.db,
        rows,
        matchOn: byId ? 'a unique custom field, then e-mail' : 'e-mail',
        fileMiB: Math.round(fs.statSync(file).size / 2 ** 20),
        import: {
          seconds: fresh.seconds,
          wallSeconds: fresh.wall,
          rowsPerSecond: rate(fresh.seconds),
          counts: fresh.counts,
        },
        reimport: {
          seconds: again.seconds,
          wallSeconds: again.wall,
          rowsPerSecond: rate(again.seconds),
          counts: again.counts,
        },
        copyIntoTextTable: { seconds: baseline.text, rowsPerSecond: rate(baseline.text) },
        copyIntoPeople: { seconds: baseline.people, rowsPerSecond: rate(baseline.people) },
        importVsCopyIntoPeople: Math.round((baseline.people / fresh.seconds) * 100) / 100,
        serverPeakRssMiB: Math.round(importRss / 2 ** 20),
      },
      null,
      2,
    ),
  );
} finally {
  clearInterval(sampler);
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
}
