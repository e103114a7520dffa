import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import type { ImportJson as ImportResource } from '../modules/data-exchange/index.ts';
import { call, callJson, type Remote, type RemoteOptions, remoteOf } from './remote.ts';
import { runCommand } from './run.ts';

/** What the API answers about an import (the fields this command reads), as the server declares it. */
type ImportJson = Pick<ImportResource, 'id' | 'number' | 'mode' | 'status' | 'progress' | 'error' | 'counts'>;

interface ImportOptions extends RemoteOptions {
  map?: string[];
  dedupe?: string;
  mode?: string;
  dateOrder?: 'day-first' | 'month-first';
  phoneCountry?: string;
  unknownOwner?: 'reject' | 'ignore';
  values?: string;
  matchOn?: string;
  json?: boolean;
}

const DONE = new Set(['completed', 'failed', 'cancelled']);

/** `rapport import <object> <file>`: the whole import flow through the API, with progress on a TTY. */
export function importCommand(): Command {
  return new Command('import')
    .description('import people or companies from a CSV (or vCard) file into a running server')
    .argument('<object>', 'people or companies')
    .argument('<file>', 'a .csv file (or .vcf for people)')
    .option('--map <column=field...>', 'map a column to a field (customFields.<key>; "none" skips it)')
    .addOption(
      new Option('--dedupe <key>', 'match existing records: people by email, companies by domain').choices([
        'email',
        'domain',
      ]),
    )
    .addOption(
      new Option('--mode <mode>', 'what a matching row does (with --dedupe)').choices([
        'create',
        'update',
        'skip',
      ]),
    )
    .addOption(
      new Option(
        '--date-order <order>',
        'how dates such as 05/12/2023 are written (without it, a date that could be either is rejected)',
      ).choices(['day-first', 'month-first']),
    )
    .option(
      '--phone-country <code>',
      'the country of phone numbers written without their +code, for rows without a country (FR, DE, GB…)',
    )
    .addOption(
      new Option(
        '--unknown-owner <what>',
        'a row whose owner is not a member: reject it (default), or ignore the owner (you own what it creates)',
      ).choices(['reject', 'ignore']),
    )
    .option(
      '--values <file.json>',
      'what texts of pick-list columns become: {"Lifecycle Stage": {"MQL": "lead", "Junk": null}} (null leaves the field empty)',
    )
    .option(
      '--match-on <key>',
      'with --dedupe, a unique custom field (an ID from another system) to find records by first, then by e-mail or domain',
    )
    .option('--json', 'print a machine-readable summary')
    .option('--url <url>', 'the server (default RAPPORT_URL)')
    .option('--token <token>', 'an API token (default RAPPORT_TOKEN)')
    .action((object: string, file: string, options: ImportOptions) =>
      runCommand(() => runImport(object, file, options)),
    );
}

export async function runImport(object: string, file: string, options: ImportOptions): Promise<void> {
  if (object !== 'people' && object !== 'companies')
    throw new Error(`cannot import "${object}": use people or companies`);
  const size = fileSize(file);
  // Read before anything is uploaded: a bad readings file stops the command with nothing created.
  const values = options.values === undefined ? undefined : readValues(options.values);
  const remote = remoteOf(options);
  const format = /\.(vcf|vcard)$/i.test(file) ? 'vcf' : 'csv';
  const created = await callJson<ImportJson>(remote, 'POST', '/imports', {
    object,
    format,
    filename: path.basename(file).slice(0, 255),
  });
  await upload(remote, created.id, file, size);
  const mapping = format === 'csv' ? await chooseMapping(remote, created.id, options.map ?? []) : undefined;
  await callJson(remote, 'POST', `/imports/${created.id}/start`, {
    ...(mapping ? { mapping } : {}),
    ...(options.dedupe ? { dedupe: options.dedupe } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.dateOrder
      ? { dateOrder: options.dateOrder === 'day-first' ? 'dayFirst' : 'monthFirst' }
      : {}),
    ...(options.phoneCountry ? { phoneCountry: options.phoneCountry } : {}),
    ...(options.unknownOwner ? { unknownOwner: options.unknownOwner } : {}),
    ...(values ? { values } : {}),
    ...(options.matchOn ? { matchOn: options.matchOn } : {}),
  });
  const done = await follow(remote, created.id);
  const rejectedFile = `${file}.rejected.csv`;
  if (done.counts.rejected > 0) await download(remote, `/imports/${created.id}/rejected`, rejectedFile);
  else fs.rmSync(rejectedFile, { force: true });
  report(file, done, done.counts.rejected > 0 ? rejectedFile : null, Boolean(options.json));
  if (done.status !== 'completed')
    throw new Error(`import ${done.number} ${done.status}${done.error ? `: ${done.error}` : ''}`);
}

function fileSize(file: string): number {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error(`${file} is not a file`);
    return stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no such file: ${file}`);
    throw error;
  }
}

/** A readings file: an object of columns, each an object of texts and what they become (the server checks these). */
function readValues(file: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new Error(`--values ${file}: ${reason}`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(parsed) || !Object.values(parsed).every(isObject))
    throw new Error(
      `--values ${file}: give an object of columns, each an object of texts and what they become`,
    );
  return parsed;
}

/** A progress bar on stderr when it is a terminal; nothing when output goes to a file or a program. */
function bar(format: string): SingleBar | undefined {
  if (!process.stderr.isTTY) return undefined;
  return new SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true });
}

async function upload(remote: Remote, id: string, file: string, size: number): Promise<void> {
  const progress = bar('upload   {bar} {percentage}% | {value}/{total} bytes');
  progress?.start(size, 0);
  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.byteLength;
      progress?.update(sent);
      done(null, chunk);
    },
  });
  const source = fs.createReadStream(file).pipe(counter);
  try {
    await call(remote, 'PUT', `/imports/${id}/file`, {
      body: Readable.toWeb(source) as unknown as RequestInit['body'],
      headers: { 'content-type': 'application/octet-stream' },
    });
  } finally {
    progress?.stop();
  }
}

/** The server's proposed mapping with the --map choices laid over it. */
async function chooseMapping(
  remote: Remote,
  id: string,
  choices: string[],
): Promise<Record<string, string | null>> {
  const preview = await callJson<{ header: string[]; proposedMapping: Record<string, string | null> }>(
    remote,
    'GET',
    `/imports/${id}/preview`,
  );
  const mapping = { ...preview.proposedMapping };
  for (const choice of choices) {
    const at = choice.lastIndexOf('=');
    if (at <= 0) throw new Error(`--map takes column=field, not "${choice}"`);
    const column = choice.slice(0, at);
    const field = choice.slice(at + 1).trim();
    if (!preview.header.includes(column))
      throw new Error(`--map: the file has no column "${column}" (it has ${preview.header.join(', ')})`);
    mapping[column] = field === '' || field === 'none' ? null : field;
  }
  return mapping;
}

/** Waits for the job, showing how far it got. */
async function follow(remote: Remote, id: string): Promise<ImportJson> {
  const progress = bar(
    'process  {bar} {percentage}% | {read} rows: {created} created, {updated} updated, {rejected} rejected',
  );
  progress?.start(100, 0, { read: 0, created: 0, updated: 0, rejected: 0 });
  try {
    for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
      const state = await callJson<ImportJson>(remote, 'GET', `/imports/${id}`);
      progress?.update(Math.round(state.progress * 100), state.counts);
      if (DONE.has(state.status)) return state;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  } finally {
    progress?.stop();
  }
}

async function download(remote: Remote, url: string, target: string): Promise<void> {
  const response = await call(remote, 'GET', url);
  if (!response.body) throw new Error(`the server sent no body for ${url}`);
  await pipeline(Readable.fromWeb(response.body as never), fs.createWriteStream(target));
}

function report(file: string, done: ImportJson, rejectedFile: string | null, json: boolean): void {
  const { created, updated, skipped, rejected, repeated } = done.counts;
  if (json) {
    const summary = {
      importId: done.id,
      number: done.number,
      status: done.status,
      created,
      updated,
      skipped,
      rejected,
      repeated,
      rejectedFile,
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  process.stdout.write(
    `${path.basename(file)}: ${created} created, ${updated} updated, ${skipped} skipped, ${rejected} rejected` +
      `${rejectedFile ? ` (rows and reasons in ${rejectedFile})` : ''}\n` +
      (skipped > 0 ? `Skipped: ${SKIPPED_MEANS[done.mode]}.\n` : '') +
      (repeated > 0
        ? `${repeated} of the updated rows wrote a record an earlier row of the file had written: the later row stands.\n`
        : ''),
  );
}

/** What "skipped" covers, which the number alone does not say (the Import page says the same). */
const SKIPPED_MEANS: Record<ImportJson['mode'], string> = {
  skip: 'rows matching an existing record, left as it was (--mode skip), and blank lines',
  update: 'rows whose record already held every value they gave, and blank lines',
  create: 'blank lines',
};
