// GET /people/{id} at 50 concurrent connections over real HTTP, against a bare route in the same
// process that replays the SQL the real route ran (same statements, same pool); then one request at
// a time, for the service time without queueing; then the same 50 connections paced at a quarter and
// half of the route's throughput, for the latency 50 clients see when the server is not saturated
// (an open load, corrected for coordinated omission).
//   DATABASE_URL=postgres://… npx tsx bench/people-get.ts [--people 100000] [--seconds 10]
//   npx tsx bench/people-get.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { benchOptions, openDataset, samplePeople } from './support/dataset.ts';
import { startBenchServer } from './support/http.ts';
import {
  alternate,
  compare,
  load,
  type PacedLoad,
  pacedLoad,
  report,
  round,
  saturated,
} from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  const ids = await samplePeople(dataset);
  const statements = await server.record('person', `/people/${ids[0]}`, ids[0]);

  const run = (base: string, prefix: string) =>
    load({
      url: base,
      paths: ids.map((id) => `${prefix}/${id}`),
      headers: server.headers,
      connections: 50,
      seconds: options.seconds,
    });
  const paced = (base: string, prefix: string, rate: number) =>
    pacedLoad({
      url: base,
      paths: ids.map((id) => `${prefix}/${id}`),
      headers: server.headers,
      connections: 50,
      seconds: options.seconds,
      rate,
    });
  const apiPath = new URL(server.api).pathname;
  const { route, bare } = await alternate(
    () => run(server.url, `${apiPath}/people`),
    () => run(server.bareUrl, '/bare/person'),
  );
  // Little's law: saturated, 50 requests always in flight wait 50 / throughput on average, so the
  // p99 target can only be read off a load the machine can serve.
  const rates = [0.25, 0.5].map((share) => Math.max(1, Math.round(route.requestsPerSecond * share)));
  const pacedRuns: Array<{ rate: number; route: PacedLoad; bare: PacedLoad }> = [];
  for (const rate of rates)
    pacedRuns.push({
      rate,
      route: await paced(server.url, `${apiPath}/people`, rate),
      bare: await paced(server.bareUrl, '/bare/person', rate),
    });
  const single = await compare({
    rounds: 2,
    n: options.samples,
    measured: (i) => `${server.api}/people/${ids[i % ids.length]}`,
    baseline: (i) => `${server.bareUrl}/person/${ids[i % ids.length]}`,
    headers: server.headers,
  });
  report(`GET /people/{id} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`, {
    connections: 50,
    ...saturated(route, bare),
    'target ratio >= 0.5': route.requestsPerSecond / bare.requestsPerSecond >= 0.5,
    'target p99 < 5 ms': route.p99 < 5,
    ...Object.fromEntries(
      pacedRuns.map(({ rate, route: r, bare: b }) => [
        `${rate} req/s arriving: route, bare`,
        { route: pacedFigures(r), bare: pacedFigures(b) },
      ]),
    ),
    'one at a time: route': single.measured,
    'one at a time: bare': single.baseline,
    'one at a time: p95 ratio': single.ratio,
    statements: statements.length,
  });
} finally {
  await server.close();
  await dataset.close();
}

function pacedFigures(run: PacedLoad) {
  return {
    'req/s': round(run.requestsPerSecond),
    p50: round(run.p50),
    p90: round(run.p90),
    p99: round(run.p99),
    'p99.9': round(run.p999),
    errors: run.errors,
  };
}
