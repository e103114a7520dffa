import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../support/test-database.ts';

// Migration 0017 replaced the functions behind the stored generated columns name_keys, email_index
// and phone_index with cheaper ones, and left the stored values as they were. That is only right if
// the new definitions return exactly what 0007's did, for any input: these properties compare them
// with 0007's text, kept below as the reference.

const REFERENCE_0007 = [
  sql`CREATE SCHEMA reference_0007`,
  sql`CREATE FUNCTION reference_0007.rapport_name_keys(text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT (SELECT string_agg(ch, '' ORDER BY ch) FROM regexp_split_to_table(word, '') ch)), '{}')
        FROM regexp_split_to_table(public.rapport_search_norm($1), ' ') word
        WHERE length(word) > 1
      $$`,
  sql`CREATE FUNCTION reference_0007.rapport_jsonb_values(items jsonb, key text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(item->>key) FILTER (WHERE item->>key IS NOT NULL), '{}')
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(items) = 'array' THEN items ELSE '[]'::jsonb END) item
      $$`,
];

let database: TestDatabase;

beforeAll(async () => {
  database = await freshDatabase();
  for (const statement of REFERENCE_0007) await statement.execute(database.db.kysely);
});
afterAll(() => database.drop());

// PostgreSQL's text cannot hold U+0000; everything else may appear in a name.
const noNul = (s: string) => !s.includes('\u0000');
const anyText = fc.string({ unit: 'binary', maxLength: 30 }).filter(noNul);
// Names made of pieces that exercise normalisation: accents, ligatures, case folding that changes
// length, punctuation kept (@ . +) or turned into spaces, repeated and one-letter words.
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '-', "'", '.', '@', '+', ',', '\t', 'a', 'Jöhn', 'SMITH', 'smiht', 'Ærøskøbing'),
  fc.constantFrom(
    'straße',
    'İstanbul',
    'ﬁlm',
    'Łódź',
    'Nguyễn',
    '李小龍',
    'Ελένη',
    'Ōsaka',
    '𝔘𝔫𝔦',
    '٣٤٥',
    '½',
  ),
  anyText,
);
const name = fc.oneof(
  anyText,
  fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.constant(''),
);

const jsonValue = fc.jsonValue({ maxDepth: 3 }).filter((v) => noNul(JSON.stringify(v)));
const contactItem = fc.oneof(
  fc.record({
    address: fc.oneof(anyText, fc.constantFrom(null, '', 'a@b.test'), jsonValue),
    type: fc.constantFrom('work', 'home'),
  }),
  fc.record({ number: fc.oneof(anyText, fc.integer(), fc.constantFrom(null, '', '+1')) }),
  jsonValue,
);
const items = fc.oneof(
  fc.array(contactItem, { maxLength: 4 }),
  fc.array(contactItem, { minLength: 1, maxLength: 1 }),
  jsonValue,
  fc.constant(null),
);
const key = fc.oneof(fc.constantFrom('address', 'number', 'type'), anyText, fc.constant(null));

describe('migration 0017: the generated columns compute what 0007 computed', () => {
  it('rapport_name_keys gives the same keys, in the same order, for any name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(name, { nil: null }), { minLength: 1, maxLength: 40 }),
        async (names) => {
          const { rows } = await sql<{ name: string | null; now: string[]; before: string[] }>`
          SELECT n AS name, rapport_name_keys(n) AS now, reference_0007.rapport_name_keys(n) AS before
          FROM unnest(${names}::text[]) n`.execute(database.db.kysely);
          for (const row of rows) expect(row.now, JSON.stringify(row.name)).toEqual(row.before);
          // Also as the server compares them (array equality in the database's collation).
          const same = await sql<{ same: boolean }>`
          SELECT bool_and(rapport_name_keys(n) = reference_0007.rapport_name_keys(n)) AS same
          FROM unnest(${names}::text[]) n`.execute(database.db.kysely);
          expect(same.rows[0]?.same).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rapport_jsonb_values gives the same values for any JSON and key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(items, key), { minLength: 1, maxLength: 20 }), async (cases) => {
        const json = cases.map(([value]) => (value === null ? null : JSON.stringify(value)));
        const keys = cases.map(([, k]) => k);
        const { rows } = await sql<{ now: string[]; before: string[]; same: boolean }>`
          SELECT rapport_jsonb_values(j, k) AS now, reference_0007.rapport_jsonb_values(j, k) AS before,
                 rapport_jsonb_values(j, k) IS NOT DISTINCT FROM reference_0007.rapport_jsonb_values(j, k) AS same
          FROM unnest(${json}::jsonb[], ${keys}::text[]) AS c(j, k)`.execute(database.db.kysely);
        for (const [i, row] of rows.entries()) {
          expect(row.now, JSON.stringify(cases[i])).toEqual(row.before);
          expect(row.same).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the stored columns of new rows equal what 0007 would have stored', async () => {
    const db = database.db.kysely;
    const ws = await sql<{ id: string }>`
      INSERT INTO workspaces (name) VALUES ('Generated') RETURNING id`.execute(db);
    const workspaceId = ws.rows[0]?.id;
    await sql`
      INSERT INTO people (workspace_id, first_name, last_name, emails, phones)
      VALUES (${workspaceId}, 'Jöhn', 'Smith-Smiht', '[{"address": "j@x.test"}, {"address": "k@x.test"}]', '[{"number": "+1"}]'),
             (${workspaceId}, 'Ana María', NULL, '[]', '[{"type": "work"}]'),
             (${workspaceId}, NULL, 'O''Brien', '[{"address": null}]', '[]')`.execute(db);
    const { rows } = await sql<{ differ: number }>`
      SELECT count(*)::int AS differ FROM people
      WHERE workspace_id = ${workspaceId}
        AND (name_keys IS DISTINCT FROM reference_0007.rapport_name_keys(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))
             OR email_index IS DISTINCT FROM reference_0007.rapport_jsonb_values(emails, 'address')
             OR phone_index IS DISTINCT FROM reference_0007.rapport_jsonb_values(phones, 'number'))`.execute(
      db,
    );
    expect(rows[0]?.differ).toBe(0);
  });
});
