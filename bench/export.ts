// Exports: every person of the workspace streamed by GET /people/export (CSV by id, CSV in a list's
// sort, JSON), against a raw `COPY (SELECT …) TO STDOUT (FORMAT csv)` of the same rows and columns in
// the same run. The server runs in this process, so its peak memory is this process's.
//   DATABASE_URL=postgres://… npx tsx bench/export.ts [--people 100000]
//   npx tsx bench/export.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { to as copyTo } from 'pg-copy-streams';
import { benchOptions, type Dataset, openDataset } from './support/dataset.ts';
import { startBenchServer } from './support/http.ts';
import { report, round } from './support/measure.ts';

const EXPORTS = [
  { label: 'CSV, all columns, by id', query: 'format=csv' },
  { label: 'CSV, all columns, sort=-updatedAt', query: 'format=csv&sort=-updatedAt' },
  { label: 'JSON, by id', query: 'format=json' },
];

// The columns the CSV writes, as stored: what the export must read and the COPY reads too.
const COLUMNS = `id, first_name, last_name, email, emails, phones, job_title, company_id, owner_id,
  lifecycle_stage, source, tags, addresses, last_contacted_at, created_at, updated_at, custom_fields`;

interface Streamed {
  seconds: number;
  bytes: number;
  /** Lines written: the records, and a header or a bracket. */
  lines: number;
  peakRssMiB: number;
}

/** Reads a stream to its end, counting bytes and lines, and sampling this process's memory. */
async function drain(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  started: number,
): Promise<Streamed> {
  let bytes = 0;
  let lines = 0;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    for await (const chunk of chunks) {
      bytes += chunk.byteLength;
      // Native search, not a loop over bytes: the client shares this process with the server.
      const bytesOf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let at = bytesOf.indexOf(10); at !== -1; at = bytesOf.indexOf(10, at + 1)) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  return {
    seconds: round((performance.now() - started) / 1000, 3),
    bytes,
    lines,
    peakRssMiB: Math.round(peak / 2 ** 20),
  };
}

async function viaRoute(url: string, headers: Record<string, string>): Promise<Streamed> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  if (response.status !== 200 || !response.body)
    throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return drain(response.body as unknown as AsyncIterable<Uint8Array>, started);
}

async function viaCopy(dataset: Dataset): Promise<Streamed> {
  // COPY takes no parameters; the workspace id comes from the database itself.
  const statement = `COPY (SELECT ${COLUMNS} FROM people
    WHERE workspace_id = '${dataset.workspaceId}' AND deleted_at IS NULL ORDER BY id) TO STDOUT (FORMAT csv, HEADER true)`;
  const started = performance.now();
  const { pglite } = dataset.db;
  if (pglite) {
    const result = await pglite.query(statement.replace('TO STDOUT', "TO '/dev/blob'"));
    const blob = result.blob as Blob;
    return drain([new Uint8Array(await blob.arrayBuffer())], started);
  }
  const client = await dataset.db.copyPool.connect();
  try {
    return await drain(client.query(copyTo(statement)), started);
  } finally {
    client.release();
  }
}

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  const scale = `${dataset.backend}, ${dataset.people.toLocaleString('en')} people`;
  // The COPY first and last: a warm cache for the routes, and a check the machine did not change.
  const copies = [await viaCopy(dataset)];
  const routes = [];
  for (const e of EXPORTS)
    routes.push({ ...e, result: await viaRoute(`${server.api}/people/export?${e.query}`, server.headers) });
  copies.push(await viaCopy(dataset));
  const copyRate = Math.max(...copies.map((c) => c.lines / c.seconds));
  report(`raw COPY of the people's columns to CSV (${scale})`, {
    runs: copies,
    'lines/s (best)': Math.round(copyRate),
  });
  for (const { label, result } of routes) {
    const rate = result.lines / result.seconds;
    report(`GET /people/export: ${label} (${scale})`, {
      ...result,
      'lines/s': Math.round(rate),
      'ratio to COPY': round(rate / copyRate),
      'MB/s': round(result.bytes / 1e6 / result.seconds),
    });
  }
} finally {
  await server.close();
  await dataset.close();
}
