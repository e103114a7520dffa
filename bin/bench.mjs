#!/usr/bin/env node
// `npm run bench [-- --people N] [-- only-these]`: the benchmark suite, one script after another
// (each in its own process, so one's memory and caches do not colour the next), on the PostgreSQL
// server at DATABASE_URL or else the embedded database. Every script prints its figures and their
// ratio to a baseline measured in the same run; their "json …" lines are collected into
// bench/results/<backend>-<people>.jsonl. Figures and how to read them: docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SUITE = [
  'people-get',
  'people-patch',
  'recent-records',
  'people-list',
  'custom-field-sort',
  'custom-field-filter',
  'search',
  'timeline',
  'overviews',
  'duplicate-match',
  'export',
  'import',
  'import-values',
];
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const only = args.filter((a) => SUITE.includes(a));
const options = args.filter((a) => !SUITE.includes(a));
const people = options[options.indexOf('--people') + 1] ?? process.env.BENCH_PEOPLE ?? '100000';
const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const out = path.join(root, 'bench', 'results', `${backend}-${people}.jsonl`);
fs.mkdirSync(path.dirname(out), { recursive: true });

let failed = 0;
for (const name of only.length > 0 ? only : SUITE) {
  // bench/import.ts makes its own file and database: it takes --rows (the same number as --people).
  const scriptArgs =
    name === 'import'
      ? ['--db', backend, '--rows', people, ...(process.env.DATABASE_URL ? ['--pg', adminUrl()] : [])]
      : [
          '--people',
          people,
          // The values step reads a file of as many rows as the workspace has people.
          ...(name === 'import-values' ? ['--rows', people] : []),
          ...options.filter((a, i) => a !== '--people' && options[i - 1] !== '--people'),
        ];
  process.stdout.write(`\n### bench/${name}.ts ${scriptArgs.join(' ')}\n`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench', `${name}.ts`), ...scriptArgs],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  process.stdout.write(run.stdout ?? '');
  const lines = (run.stdout ?? '').split('\n').filter((l) => l.startsWith('json '));
  const stamp = new Date().toISOString();
  for (const line of lines)
    fs.appendFileSync(out, `${JSON.stringify({ at: stamp, ...JSON.parse(line.slice(5)) })}\n`);
  if (name === 'import' && run.status === 0) {
    const summary = (run.stdout ?? '').slice((run.stdout ?? '').indexOf('{'));
    fs.appendFileSync(out, `${JSON.stringify({ at: stamp, benchmark: 'import', ...JSON.parse(summary) })}\n`);
  }
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`bench/${name}.ts failed (exit ${run.status})\n`);
  }
}
process.stdout.write(`\nResults appended to ${path.relative(root, out)}\n`);
process.exit(failed > 0 ? 1 : 0);

/** bench/import.ts creates a database of its own beside DATABASE_URL's: it needs the server's. */
function adminUrl() {
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = '/postgres';
  return url.toString();
}
