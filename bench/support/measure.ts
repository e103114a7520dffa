// Latency samples one request at a time (p50/p95/p99 in ms, measured by a client in a child process,
// so HTTP on loopback included), load at N connections through autocannon in a child process, and
// printing.
import { fork } from 'node:child_process';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(mean),
  };
}

/**
 * p50/p95/p99 of `measured(i)` against `baseline(i)`, one request at a time, alternated `rounds`
 * times with `n` samples each, measured by a client in a child process (latency.child.mjs). Both
 * sides send `request` (a GET when none). The ratio is of the p95s.
 */
export async function compare(options: {
  rounds: number;
  n: number;
  measured: (i: number) => string;
  baseline: (i: number) => string;
  headers: Record<string, string>;
  /** Each side's round stops after this long (with at least 10 samples). */
  budgetMs?: number;
  request?: Request;
  /** The baseline's own request (same method), when it differs from the measured side's. */
  baselineRequest?: Request;
}): Promise<{ measured: Latency; baseline: Latency; ratio: number }> {
  const { rounds, n, request, baselineRequest } = options;
  const length = rounds * n + 10;
  const urls = (of: (i: number) => string) => Array.from({ length }, (_, i) => of(i));
  const times = await inChild<{ measured: number[]; baseline: number[] }>('./latency.child.mjs', {
    rounds,
    n,
    measured: urls(options.measured),
    baseline: urls(options.baseline),
    headers: options.headers,
    budgetMs: options.budgetMs ?? 20_000,
    ...requestOf(request, length),
    ...(baselineRequest ? { baselineBodies: requestOf(baselineRequest, length).bodies } : {}),
  });
  const m = latencyOf(times.measured);
  const base = latencyOf(times.baseline);
  return { measured: m, baseline: base, ratio: round(m.p95 / base.p95) };
}

export interface Load {
  requestsPerSecond: number;
  total: number;
  /** autocannon's histogram keeps whole milliseconds (truncated). */
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** What a benchmark sends other than a GET: the method, and the i-th request's JSON body. */
export interface Request {
  method: 'PATCH' | 'POST' | 'PUT';
  body: (i: number) => unknown;
}

const requestOf = (request: Request | undefined, length: number) =>
  request
    ? {
        method: request.method,
        bodies: Array.from({ length }, (_, i) => JSON.stringify(request.body(i))),
      }
    : {};

export function load(options: {
  url: string;
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  request?: Request;
}): Promise<Load> {
  const { request, ...rest } = options;
  // One body more than paths: each time round the paths, a path meets the next body, not its last.
  const bodies = requestOf(request, options.paths.length + 1);
  return inChild<Load>('./load.child.mjs', { ...rest, ...bodies });
}

/**
 * Warms both sides (JIT, pool, caches) with a run each, then runs them alternately `rounds` times, so
 * that the machine's other work weighs on both alike: the mean of each side's runs.
 */
export async function alternate(
  route: () => Promise<Load>,
  bare: () => Promise<Load>,
  rounds = 2,
): Promise<{ route: Load; bare: Load }> {
  await route();
  await bare();
  const routeRuns: Load[] = [];
  const bareRuns: Load[] = [];
  for (let i = 0; i < rounds; i++) {
    routeRuns.push(await route());
    bareRuns.push(await bare());
  }
  return { route: meanLoad(routeRuns), bare: meanLoad(bareRuns) };
}

/** The figures a saturated route and its bare replay are reported with (`alternate`'s means). */
export function saturated(route: Load, bare: Load) {
  const failed = (run: Load) => run.errors + run.non2xx + run.timeouts;
  return {
    'route req/s': route.requestsPerSecond,
    'route p50 ms': route.p50,
    'route p99 ms': route.p99,
    'bare req/s': bare.requestsPerSecond,
    'bare p50 ms': bare.p50,
    'bare p99 ms': bare.p99,
    'throughput ratio': round(route.requestsPerSecond / bare.requestsPerSecond),
    'errors (route, bare)': [failed(route), failed(bare)],
  };
}

/** The mean of each figure over several runs of the same load. */
export function meanLoad(runs: Load[]): Load {
  const avg = (key: keyof Load) => round(runs.reduce((sum, r) => sum + r[key], 0) / runs.length);
  return {
    requestsPerSecond: avg('requestsPerSecond'),
    total: avg('total'),
    p50: avg('p50'),
    p99: avg('p99'),
    mean: avg('mean'),
    non2xx: avg('non2xx'),
    errors: avg('errors'),
    timeouts: avg('timeouts'),
  };
}

/** Runs a client script of this folder in a child process: one message in, one answer out. */
function inChild<T>(script: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(script, import.meta.url), { stdio: 'inherit' });
    child.once('message', (result) => {
      child.disconnect();
      const failed = (result as { error?: string }).error;
      if (failed) reject(new Error(failed));
      else resolve(result as T);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code) reject(new Error(`${script} exited with code ${code}`));
    });
    child.send(input as object);
  });
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Prints a result as aligned lines for people and one JSON line (prefixed "json ") for scripts. */
export function report(title: string, result: Record<string, unknown>): void {
  process.stdout.write(`\n== ${title}\n`);
  for (const [key, value] of Object.entries(result))
    process.stdout.write(
      `  ${key.padEnd(28)} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}\n`,
    );
  process.stdout.write(`json ${JSON.stringify({ benchmark: title, ...result })}\n`);
}

export interface PacedLoad {
  requestsPerSecond: number;
  total: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
}

/** An open load: `rate` requests a second arrive whether or not earlier ones were answered. */
export function pacedLoad(options: {
  url: string;
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  rate: number;
}): Promise<PacedLoad> {
  return inChild<PacedLoad>('./paced.child.mjs', options);
}
