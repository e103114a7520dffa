// The values step of an import: GET /imports/{id}/values reads one column of the whole uploaded file
// (streamed from the database, decoded, parsed) to list the texts it gives a pick-list field. Against
// the floor of that work: the same file parsed by the same CSV parser straight from disk, in this
// process, with no database and no HTTP. The import is discarded afterwards.
//   DATABASE_URL=postgres://… npx tsx bench/import-values.ts [--people 20000] [--rows 1000000]
//   npx tsx bench/import-values.ts [--people 20000] [--rows 100000] [--data-dir DIR]   (embedded database)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { benchOptions, openDataset } from './support/dataset.ts';
import { startBenchServer } from './support/http.ts';
import { report, round } from './support/measure.ts';

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '3' } },
  strict: false,
});
const rows = Number(args.rows);
const rounds = Number(args.rounds);
// A HubSpot export's stages, most rows in a few of them, as a real file has it.
const STAGES = [
  'Lead',
  'Lead',
  'Subscriber',
  'Marketing Qualified Lead',
  'Customer',
  'In Progress',
  'Evangelist',
];

function writeFile(file: string): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'First Name,Last Name,Email,Lifecycle Stage,Job Title,City,Country/Region\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    buffer += `Ada${i},Lovelace${i},values${i}@example.org,${STAGES[i % STAGES.length]},Engineer,Paris,FR\n`;
    if (buffer.length > 1 << 20) {
      fs.writeSync(out, buffer);
      buffer = '';
    }
  }
  fs.writeSync(out, buffer);
  fs.closeSync(out);
}

/** The floor: the file read and parsed as the server parses it, the column's texts counted. */
async function parseFromDisk(file: string): Promise<number> {
  const started = performance.now();
  const counts = new Map<string, number>();
  const parser = fs.createReadStream(file).pipe(parse({ relax_column_count: true, relax_quotes: true }));
  for await (const record of parser as AsyncIterable<string[]>) {
    const text = record[3] ?? '';
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return (performance.now() - started) / 1000;
}

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-values-'));
const file = path.join(dir, 'stages.csv');
writeFile(file);
const headers = { ...server.headers, 'content-type': 'application/json' };
let importId: string | undefined;
try {
  const created = await fetch(`${server.api}/imports`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ object: 'people', filename: 'stages.csv' }),
  });
  importId = ((await created.json()) as { id: string }).id;
  const upload = await fetch(`${server.api}/imports/${importId}/file`, {
    method: 'PUT',
    headers: { ...server.headers, 'content-type': 'text/csv' },
    body: fs.createReadStream(file) as unknown as RequestInit['body'],
    duplex: 'half',
  } as RequestInit);
  if (!upload.ok) throw new Error(await upload.text());

  const query = new URLSearchParams({ column: 'Lifecycle Stage', field: 'lifecycleStage' });
  const endpoint: number[] = [];
  const floor: number[] = [];
  let answer: { rows: number; values: unknown[] } | undefined;
  for (let round = 0; round < rounds; round++) {
    floor.push(await parseFromDisk(file));
    const started = performance.now();
    const response = await fetch(`${server.api}/imports/${importId}/values?${query}`, { headers });
    answer = (await response.json()) as { rows: number; values: unknown[] };
    if (!response.ok) throw new Error(JSON.stringify(answer));
    endpoint.push((performance.now() - started) / 1000);
  }
  if (answer?.rows !== rows) throw new Error(`read ${answer?.rows} rows of ${rows}`);
  const best = (seconds: number[]) => Math.min(...seconds);
  report('values of a pick-list column, read from the whole uploaded file', {
    database: dataset.backend,
    rows,
    fileMiB: round(fs.statSync(file).size / 2 ** 20, 1),
    texts: answer.values.length,
    endpointSeconds: round(best(endpoint), 3),
    endpointRowsPerSecond: Math.round(rows / best(endpoint)),
    parseFromDiskSeconds: round(best(floor), 3),
    endpointVsParseFromDisk: round(best(floor) / best(endpoint)),
  });
} finally {
  if (importId) await fetch(`${server.api}/imports/${importId}`, { method: 'DELETE', headers });
  await server.close();
  await dataset.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
