// An open load, in a process of its own: requests arrive at `rate` per second (Poisson arrivals, as
// independent users make them) whether or not earlier ones have been answered, over at most
// `connections` keep-alive connections. Each latency counts from the moment the request is issued, on
// schedule or, when the client's timer was late, as soon as it fires; a request that then waits for a
// free connection (all of them busy with slow answers) is counted with its wait, so the figures do
// not hide a backlog (no coordinated omission). autocannon's `overallRate` was not used: it sends each second's quota in a
// burst at the start of the second, which queues a quarter of the machine's capacity into 17 ms.
// Input over IPC: { url, paths, headers, connections, seconds, rate }; output: latencies in ms.
import http from 'node:http';

const { url, paths, headers, connections, seconds, rate } = await new Promise((resolve) =>
  process.once('message', resolve),
);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const base = new URL(url);
const latencies = [];
let errors = 0;
let next = 0;

function send() {
  const path = paths[next++ % paths.length];
  const issued = performance.now();
  return new Promise((resolve) => {
    const request = http.get({ agent, host: base.hostname, port: base.port, path, headers }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode === 200) latencies.push(performance.now() - issued);
        else errors++;
        resolve();
      });
    });
    request.on('error', () => {
      errors++;
      resolve();
    });
  });
}

const start = performance.now();
const end = start + seconds * 1000;
const inFlight = new Set();
let due = start;
while (due < end) {
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const sent = send().then(() => inFlight.delete(sent));
  inFlight.add(sent);
  due += -Math.log(1 - Math.random()) * (1000 / rate);
}
await Promise.all(inFlight);
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.send({
  requestsPerSecond: latencies.length / seconds,
  total: latencies.length,
  errors,
  p50: at(0.5),
  p90: at(0.9),
  p99: at(0.99),
  p999: at(0.999),
});
