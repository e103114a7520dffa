// Company lists by when each was last in touch (migration 0061 keeps it on the company): the first
// page of "Last contacted" sorted both ways, and of the accounts untouched for 90 days, each against
// the bare replay of its SQL; then what keeping it costs a contact: logging a call (the person's and
// the company's last contact move) against logging a note (neither moves), both through POST /activities.
//   DATABASE_URL=postgres://… npx tsx bench/company-list.ts [--people 100000]
//   npx tsx bench/company-list.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { sql } from 'kysely';
import { benchOptions, openDataset, samplePeople } from './support/dataset.ts';
import { reportFirstPage, startBenchServer } from './support/http.ts';
import { compare, type Request, report } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
const size = `${dataset.backend}, ${dataset.people.toLocaleString('en')} people`;
try {
  const latest = await sql<{ at: Date | null; companies: string }>`
    SELECT max(last_contacted_at) AS at, count(*) AS companies FROM companies
    WHERE workspace_id = ${dataset.workspaceId} AND deleted_at IS NULL`.execute(dataset.db.kysely);
  const { at, companies } = latest.rows[0] ?? { at: null, companies: '0' };
  if (!at) throw new Error('no company of the dataset was ever in touch');
  // Ninety days before the latest contact of the dataset (the demo's present, not today's).
  const quiet = new Date(at.getTime() - 90 * 86_400_000).toISOString();
  const lists = [
    { label: 'sort=-lastContactedAt', query: 'sort=-lastContactedAt' },
    { label: 'sort=lastContactedAt (never contacted first)', query: 'sort=lastContactedAt' },
    {
      label: 'last contacted more than 90 days ago, sort=-lastContactedAt',
      query: `filter=${encodeURIComponent(
        JSON.stringify({ field: 'lastContactedAt', op: 'lt', value: quiet }),
      )}&sort=-lastContactedAt`,
    },
  ];
  for (const [index, list] of lists.entries()) {
    await reportFirstPage(server, {
      name: `companies${index}`,
      path: `/companies?${list.query}`,
      samples: options.samples,
      title: `first page of companies: ${list.label} (${size}, ${Number(companies).toLocaleString('en')} companies)`,
    });
  }

  // Each request a different person at a company; the call is later than anything before it, so it
  // moves their last contact and their company's (one UPDATE each); the note moves neither.
  const ids = await samplePeople(dataset);
  const entry = (type: 'call' | 'note'): Request => ({
    method: 'POST',
    body: (i: number) => ({
      type,
      direction: type === 'call' ? 'outbound' : undefined,
      personIds: [ids[i % ids.length]],
      subject: 'Benchmark',
    }),
  });
  const written = await compare({
    rounds: 2,
    n: Math.ceil(options.samples / 2),
    measured: () => `${server.api}/activities`,
    baseline: () => `${server.api}/activities`,
    headers: server.headers,
    request: entry('call'),
    baselineRequest: entry('note'),
  });
  report(`POST /activities: a call against a note (${size})`, {
    'call (person and company move)': written.measured,
    'note (nothing moves)': written.baseline,
    'p95 ratio call/note': written.ratio,
  });
} finally {
  await server.close();
  await dataset.close();
}
