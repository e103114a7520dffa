// Runs autocannon in a child process, so that the load it makes does not share the event loop of the
// server it measures (a worker thread would not do: autocannon takes one for its own worker).
// Input over IPC: { url, paths, headers, connections, seconds, method?, bodies? } (bodies[i] goes with
// paths[i], as JSON); output: a summary of its result.
import autocannon from 'autocannon';

const { url, paths, headers, connections, seconds, method, bodies } = await new Promise((resolve) =>
  process.once('message', resolve),
);
let next = 0;
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  headers: bodies ? { ...headers, 'content-type': 'application/json' } : headers,
  method: method ?? 'GET',
  requests: [
    {
      setupRequest(request) {
        const i = next++;
        request.path = paths[i % paths.length];
        if (bodies) request.body = bodies[i % bodies.length];
        return request;
      },
    },
  ],
});
process.send({
  requestsPerSecond: result.requests.average,
  total: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  mean: result.latency.mean,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
});
