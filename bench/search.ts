// Global search with typos: GET /search?q=jonh smiht (the demo has a John Smith in every thousand
// people), p95 one request at a time against the bare replay of the same SQL; and a few other
// searches people type (a surname, a prefix, a company, an e-mail, a foreign phone number written as
// its own country writes it, which the workspace's default country cannot read: a person's and a
// company's switchboard).
//   DATABASE_URL=postgres://… npx tsx bench/search.ts [--people 100000]
//   npx tsx bench/search.ts [--people 100000] [--data-dir DIR]          (embedded database)
import { sql } from 'kysely';
import { type CountryCode, getCountryCallingCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { benchOptions, openDataset } from './support/dataset.ts';
import { get, routeVsBare, startBenchServer } from './support/http.ts';
import { report } from './support/measure.ts';

const options = benchOptions();
const dataset = await openDataset(options);
const server = await startBenchServer(dataset);
try {
  const someone = (
    await sql<{ email: string; company: string }>`
      SELECT p.email, c.name AS company FROM people p JOIN companies c ON c.workspace_id = p.workspace_id AND c.id = p.company_id
      WHERE p.workspace_id = ${dataset.workspaceId} AND p.email IS NOT NULL LIMIT 1`.execute(
      dataset.db.kysely,
    )
  ).rows[0];
  // A number of another country than the workspace's, typed as that country writes it ("020 7946 0958").
  const home = (
    await sql<{
      country: string;
    }>`SELECT default_country AS country FROM workspaces WHERE id = ${dataset.workspaceId}`.execute(
      dataset.db.kysely,
    )
  ).rows[0]?.country;
  const phones = await sql<{ phone: string }>`
    SELECT phone_index[1] AS phone FROM people
    WHERE workspace_id = ${dataset.workspaceId} AND phone_index <> '{}'::text[] AND deleted_at IS NULL LIMIT 200`.execute(
    dataset.db.kysely,
  );
  // Companies of the workspace's own country come first in the demo: ask for another's.
  const homeCode = home ? `+${getCountryCallingCode(home as CountryCode)}` : '+';
  const switchboards = await sql<{ phone: string }>`
    SELECT phone FROM companies
    WHERE workspace_id = ${dataset.workspaceId} AND phone IS NOT NULL AND deleted_at IS NULL
      AND NOT starts_with(phone, ${homeCode}) LIMIT 200`.execute(dataset.db.kysely);
  const foreign = (rows: { phone: string }[]) =>
    rows
      .map((r) => parsePhoneNumberWithError(r.phone))
      .find((n) => n.country !== undefined && n.country !== home);
  const abroad = foreign(phones.rows);
  const companyAbroad = foreign(switchboards.rows);
  const queries = [
    'jonh smiht',
    'smith',
    'joh',
    ...(someone ? [someone.company.split(' ')[0] ?? someone.company, someone.email] : []),
    ...(abroad ? [abroad.formatNational()] : []),
    ...(companyAbroad ? [companyAbroad.formatNational()] : []),
  ];
  for (const q of queries) {
    const path = () => `/search?q=${encodeURIComponent(q)}`;
    const body = await get(`${server.api}${path()}`, server.headers);
    const found = q === 'jonh smiht' ? body.includes('John Smith') : true;
    const result = await routeVsBare(server, {
      name: `search${queries.indexOf(q)}`,
      keys: ['q'],
      path,
      samples: q === 'jonh smiht' ? options.samples : Math.ceil(options.samples / 3),
    });
    report(`GET /search?q=${q} (${dataset.backend}, ${dataset.people.toLocaleString('en')} people)`, {
      ...(q === 'jonh smiht' ? { 'finds John Smith': found } : {}),
      route: result.measured,
      bare: result.baseline,
      'p95 ratio route/bare': result.ratio,
      'target p95 < 50 ms': result.measured.p95 < 50,
      statements: result.statements.length,
    });
    if (!found) throw new Error('"jonh smiht" did not find John Smith');
  }
} finally {
  await server.close();
  await dataset.close();
}
