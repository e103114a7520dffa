import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import {
  otherSpellingOf,
  prefixQuery,
  wholeWordsScore,
  withCustomWords,
} from '../../platform/query/search-score.ts';
import type { Actor } from '../access/index.ts';
import { matchingPeople, type PeopleQuery } from './people.list.ts';
import { internationalPhone, NATIONAL_READING, phoneMatch, readPhoneQuery } from './people.phone-query.ts';
import { cleanEmail } from './people.rules.ts';
import { type PersonRow, writeContext } from './people.service.ts';

/** Results beyond this many are not worth ranking: refine the query instead. */
const MAX_RESULTS = 1000;
const CANDIDATES = 500;

/** `found_phone`: the number a phone search found the person by, written internationally. */
export type SearchedPerson = PersonRow & { score: number; found_phone?: string | undefined };

export type SearchKind = 'email' | 'phone' | 'name';

/** What a query string is: an e-mail and a phone number are looked up exactly, the rest is a name. */
export function kindOf(q: string): SearchKind {
  if (q.includes('@')) return 'email';
  if (/^\+?[\d\s().-]{6,}$/.test(q) && (q.match(/\d/g)?.length ?? 0) >= 6) return 'phone';
  return 'name';
}

/**
 * Typo-tolerant search, ranked: a name matches when its words are the query's words with letters
 * swapped ("jonh smiht"), when it is similar by trigrams (pg_trgm), or by full-text prefix ("smi");
 * each candidate set comes from its own index and is capped, so a million people cost what a few
 * hundred do. The page cursor is an offset into the ranking.
 */
export async function searchPeople(
  tx: Tx,
  actor: Actor,
  q: string,
  filters: PeopleQuery,
  page: { limit: number; cursor: string | undefined; wholeWordsOnly?: boolean },
): Promise<{ rows: SearchedPerson[]; nextCursor: string | null }> {
  const offset = decodeOffset(page.cursor);
  const kind = kindOf(q);
  if (kind === 'email') {
    const email = cleanEmail(q);
    if (email.ok) {
      const { select } = await matchingPeople(tx, actor, { ...filters, email: email.value });
      const rows = await select
        .orderBy('p.id')
        .limit(page.limit + 1)
        .offset(offset)
        .execute();
      return paged(
        rows.map((r) => ({ ...r, score: 1 })),
        page.limit,
        offset,
      );
    }
  }
  if (kind === 'phone') {
    const found = await searchByPhone(tx, actor, q, filters, page.limit, offset);
    if (found) return found;
  }
  const prefix = prefixQuery(q);
  // Without a letter or digit ("!!!", "—", an emoji) there is no name to compare: nothing is found.
  if (prefix === undefined) return { rows: [], nextCursor: null };
  const { select } = await matchingPeople(tx, actor, filters);
  const norm = sql`rapport_search_norm(${q})`;
  const keys = sql`rapport_name_keys(${q})`;
  // Each candidate set comes from its own index, probed past row-level security for this workspace
  // only (migration 0012): under a policy PostgreSQL will not use an index for @>, % or @@.
  // Fuzzy probes only when whole-word matches cannot fill this page (migration 0016).
  const enough = page.wholeWordsOnly ? 0 : offset + page.limit + 1;
  // "Mueller" finds Müller and "Müller" Mueller: the other spelling's whole words too (none fuzzy).
  const other = otherSpellingOf(q);
  const candidates = other
    ? sql`(SELECT rapport_people_search_candidates(${norm}, ${keys}, ${prefix}, ${CANDIDATES}, ${enough})
        UNION ALL SELECT rapport_people_search_candidates(${other.norm}, ${other.keys}, NULL, ${CANDIDATES}, 0))`
    : sql`(SELECT rapport_people_search_candidates(${norm}, ${keys}, ${prefix}, ${CANDIDATES}, ${enough}))`;
  // similarity() is a real: in double precision a whole-word score is never below WHOLE_WORDS (0.9).
  const nameScore = sql<number>`greatest(
      CASE WHEN p.search_name = ${norm} THEN 1.0 ELSE 0 END,
      CASE WHEN cardinality(${keys}) > 0 AND p.name_keys @> ${keys} THEN ${wholeWordsScore(sql`p.search_name`, norm)} ELSE 0 END,
      ${other ? sql`CASE WHEN cardinality(${other.keys}) > 0 AND p.name_keys @> ${other.keys} THEN ${wholeWordsScore(sql`p.search_name`, other.norm)} ELSE 0 END` : sql`0`},
      similarity(p.search_name, ${norm})::float8,
      CASE WHEN p.search_vector @@ to_tsquery('simple', ${prefix}) THEN 0.5 ELSE 0 END)::float8`;
  const score = withCustomWords(nameScore, sql`p.custom_fields`, prefix);
  const rows = await select
    .select(score.as('score'))
    .where(sql<boolean>`p.id IN ${candidates}`)
    .orderBy(score, 'desc')
    .orderBy('p.id')
    .limit(page.limit + 1)
    .offset(offset)
    .execute();
  return paged(rows, page.limit, offset);
}

/**
 * People by phone number: the query as written or read at home, and as another country's national
 * format ("020 7946 0958" finds +44 20 7946 0958 in a US workspace). Both are exact look-ups on
 * indexes (migrations 0012 and 0044); the national ones rank under the others, each hit says which
 * number answered. Undefined when the query cannot be any number, so it is searched as words.
 */
async function searchByPhone(
  tx: Tx,
  actor: Actor,
  q: string,
  filters: PeopleQuery,
  limit: number,
  offset: number,
) {
  const { defaultCountry } = await writeContext(tx, actor.workspaceId);
  const query = readPhoneQuery(q, defaultCountry);
  const numbers = [...query.exact];
  if (query.nationals.length > 0) {
    const stored = await sql<{ n: string }>`
      SELECT rapport_people_phones_by_national(${query.nationals}::text[], ${MAX_RESULTS}) AS n`.execute(tx);
    for (const { n } of stored.rows) if (!numbers.includes(n) && phoneMatch(query, n)) numbers.push(n);
  }
  if (numbers.length === 0) return undefined;
  const { select } = await matchingPeople(tx, actor, filters);
  const score = sql<number>`CASE WHEN p.phone_index && ${query.exact}::text[] THEN 1.0 ELSE ${NATIONAL_READING} END::float8`;
  const rows = await select
    .select(score.as('score'))
    .where(
      sql<boolean>`p.id = ANY(ARRAY(SELECT rapport_people_with_phone(n) FROM unnest(${numbers}::text[]) n))`,
    )
    .orderBy(score, 'desc')
    .orderBy('p.id')
    .limit(limit + 1)
    .offset(offset)
    .execute();
  const shown = rows.map((row) => {
    const number = row.phones.map((p) => p.number).find((n) => phoneMatch(query, n) === row.score);
    return { ...row, found_phone: number ? internationalPhone(number) : undefined };
  });
  return paged(shown, limit, offset);
}

/** "ada lov" → "ada:* & lov:*": every word, as a prefix. */
function paged<T>(rows: T[], limit: number, offset: number) {
  const more = rows.length > limit && offset + limit < MAX_RESULTS;
  return { rows: rows.slice(0, limit), nextCursor: more ? encodeOffset(offset + limit) : null };
}

const encodeOffset = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && o < MAX_RESULTS) return o;
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'The cursor is not valid.', {
    errors: [{ path: '/query/cursor', message: 'Not a cursor of this search.' }],
  });
}
