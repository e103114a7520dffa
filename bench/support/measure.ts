// Latency samples one request at a time (p50/p95/p99 in ms, measured by the client, so HTTP on
// loopback included), load at N connections through autocannon in a child process, and printing.
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

/** Runs `fn(i)` `n` times one after another, after `warmup` unmeasured runs; its latencies. */
export async function sample(n: number, fn: (i: number) => Promise<unknown>, warmup = 20): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await fn(n + i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return latencyOf(times);
}

/**
 * Alternates the measured call and its baseline, `rounds` times each, so that whatever else the
 * machine does at the time weighs on both alike; pools the samples of each.
 */
export async function compare(
  rounds: number,
  n: number,
  measured: (i: number) => Promise<unknown>,
  baseline: (i: number) => Promise<unknown>,
  /** Each side's round stops after this long (with at least 10 samples), so a slow query stays a bounded wait. */
  budgetMs = 20_000,
): Promise<{ measured: Latency; baseline: Latency; ratio: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [fn, into] of [
      [measured, a],
      [baseline, b],
    ] as const) {
      const warmup = performance.now();
      for (let i = 0; i < 10 && performance.now() - warmup < budgetMs / 4; i++) await fn(r * n + i);
      const begun = performance.now();
      for (let i = 0; i < n && (i < 10 || performance.now() - begun < budgetMs); i++) {
        const started = performance.now();
        await fn(r * n + i);
        into.push(performance.now() - started);
      }
    }
  }
  const m = latencyOf(a);
  const base = latencyOf(b);
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

export function load(options: {
  url: string;
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load.child.mjs', import.meta.url), { stdio: 'inherit' });
    child.once('message', (result) => {
      resolve(result as Load);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code) reject(new Error(`the load generator exited with code ${code}`));
    });
    child.send(options);
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
