// PATCH /people/{id} (a new job title) at 50 concurrent connections over real HTTP, against a bare
// route in the same process that replays the SQL the real route ran (the same statements on the same
// pool: the preamble, the read and update of the row, whose triggers write the audit trail and the
// change notification, and the COMMIT), then one request at a time. Unlike a GET, a write answers only
// once its COMMIT has: this is what a form's save or an integration's sync waits for.
//   DATABASE_URL=postgres://… npx tsx bench/people-patch.ts [--people 100000] [--seconds 10]
//   npx tsx bench/people-patch.ts [--people 100000] [--data-dir DIR]        (embedded database)
import { benchOptions, openDataset, samplePeople } from './support/dataset.ts';
import { startBenchServer } from './support/http.ts';
import { alternate, compare, load, type Request, report, saturated } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  const ids = await samplePeople(dataset);
  // Every request changes the title it finds (a write that changes nothing leaves no audit row): the
  // run's number keeps runs apart, and the titles go round one step out of phase with the ids.
  let run = 0;
  const retitle = (): Request => {
    run++;
    return { method: 'PATCH', body: (i) => ({ jobTitle: `Buyer ${run}.${i}` }) };
  };
  const statements = await server.record('retitle', `/people/${ids[0]}`, ids[0], retitle());

  const apiPath = new URL(server.api).pathname;
  const saturate = (base: string, prefix: string) =>
    load({
      url: base,
      paths: ids.map((id) => `${prefix}/${id}`),
      headers: server.headers,
      connections: 50,
      seconds: options.seconds,
      request: retitle(),
    });
  const { route, bare } = await alternate(
    () => saturate(server.url, `${apiPath}/people`),
    () => saturate(server.bareUrl, '/bare/retitle'),
  );
  const single = await compare({
    rounds: 2,
    n: options.samples,
    measured: (i) => `${server.api}/people/${ids[i % ids.length]}`,
    // Other people than the route's: the i-th request of each side sends the same title.
    baseline: (i) => `${server.bareUrl}/retitle/${ids[(i + 2500) % ids.length]}`,
    headers: server.headers,
    request: retitle(),
  });
  report(`PATCH /people/{id} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`, {
    connections: 50,
    ...saturated(route, bare),
    'one at a time: route': single.measured,
    'one at a time: bare': single.baseline,
    'one at a time: p95 ratio': single.ratio,
    statements: statements.length,
  });
} finally {
  await server.close();
  await dataset.close();
}
