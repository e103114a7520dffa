// POST /recent-records, which every person and company page sends as it opens (the record goes to the
// top of the member's recently viewed list, which keeps 50), against a bare route in the same process
// that replays the SQL the real route ran: the preamble, the person's read, the upsert, the trim of the
// list, the COMMIT. Then GET /recent-records?limit=8 (Home, and the empty search box), one at a time,
// against its own replay. All requests are one member's, as a member's are.
//   DATABASE_URL=postgres://… npx tsx bench/recent-records.ts [--people 100000] [--seconds 10]
//   npx tsx bench/recent-records.ts [--people 100000] [--data-dir DIR]        (embedded database)
import { benchOptions, openDataset, samplePeople } from './support/dataset.ts';
import { routeVsBare, startBenchServer } from './support/http.ts';
import { alternate, compare, load, type Request, report, saturated } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  const ids = await samplePeople(dataset);
  const visit: Request = { method: 'POST', body: (i) => ({ type: 'person', id: ids[i % ids.length] }) };
  const statements = await server.record('visit', '/recent-records', ids[0] as string, visit);

  const run = (base: string, path: (id: string) => string) => () =>
    load({
      url: base,
      paths: ids.map(path),
      headers: server.headers,
      connections: 50,
      seconds: options.seconds,
      request: visit,
    });
  const apiPath = new URL(server.api).pathname;
  const { route, bare } = await alternate(
    run(server.url, () => `${apiPath}/recent-records`),
    run(server.bareUrl, (id) => `/bare/visit/${id}`),
  );
  const single = await compare({
    rounds: 2,
    n: options.samples,
    measured: () => `${server.api}/recent-records`,
    baseline: (i) => `${server.bareUrl}/visit/${ids[(i + 2500) % ids.length]}`,
    headers: server.headers,
    request: visit,
  });
  const list = await routeVsBare(server, {
    name: 'recent',
    keys: ['8'],
    path: (limit) => `/recent-records?limit=${limit}`,
    samples: options.samples,
  });
  report(`Recently viewed records (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`, {
    'POST /recent-records, 50 connections': '',
    ...saturated(route, bare),
    'one at a time: route': single.measured,
    'one at a time: bare': single.baseline,
    'one at a time: p95 ratio': single.ratio,
    statements: statements.length,
    'GET /recent-records?limit=8, one at a time: route': list.measured,
    'GET: bare': list.baseline,
    'GET: p95 ratio': list.ratio,
    'GET statements': list.statements.length,
  });
} finally {
  await server.close();
  await dataset.close();
}
