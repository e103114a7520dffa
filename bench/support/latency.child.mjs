// The client of the latency samples, in a process of its own: a real client is not on the server's
// event loop, and in-process its own work (building requests, reading answers) would be counted as
// the server's and would delay it. Alternates the measured URL and its baseline, `rounds` times each,
// one request at a time, so that whatever else the machine does weighs on both alike.
// Input over IPC: { rounds, n, measured: string[], baseline: string[], headers, budgetMs, method?,
// bodies?, baselineBodies? } (both sides send the same method, and bodies[i] as JSON with the i-th URL;
// the baseline its own baselineBodies[i] when given);
// output: { measured: number[], baseline: number[] } in milliseconds, or { error }.
const { rounds, n, measured, baseline, headers, budgetMs, method, bodies, baselineBodies } =
  await new Promise((resolve) => process.once('message', resolve));
const sent = bodies ? { ...headers, 'content-type': 'application/json' } : headers;

async function ask(url, i, side) {
  const sides = side === 'baseline' && baselineBodies ? baselineBodies : bodies;
  const body = sides?.[i % sides.length];
  const response = await fetch(url, { method: method ?? 'GET', headers: sent, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`);
}

try {
  const times = { measured: [], baseline: [] };
  for (let r = 0; r < rounds; r++) {
    for (const side of ['measured', 'baseline']) {
      const urls = side === 'measured' ? measured : baseline;
      const url = (i) => urls[i % urls.length];
      const warmup = performance.now();
      for (let i = 0; i < 10 && performance.now() - warmup < budgetMs / 4; i++)
        await ask(url(r * n + i), r * n + i, side);
      const begun = performance.now();
      // Each side's round stops after budgetMs (with at least 10 samples): a slow query stays a bounded wait.
      for (let i = 0; i < n && (i < 10 || performance.now() - begun < budgetMs); i++) {
        const started = performance.now();
        await ask(url(r * n + i), r * n + i, side);
        times[side].push(performance.now() - started);
      }
    }
  }
  process.send(times);
} catch (error) {
  process.send({ error: String(error?.stack ?? error) });
}
