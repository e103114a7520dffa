import { type RawBuilder, sql } from 'kysely';

/**
 * The score of a name that holds every word of the query with its letters in any order (the name keys
 * of migration 0007): 0.9, the least a whole-word match scores (search's WHOLE_WORDS), plus up to
 * 0.09 for how close its spelling is (pg_trgm similarity), so "feil" ranks Ronny Feil before Leif
 * Sandberg, whose name has the same letters. People and companies score alike, so their hits compare.
 */
export function wholeWordsScore(searchName: RawBuilder<unknown>, query: RawBuilder<unknown>) {
  return sql<number>`(0.9 + 0.09 * similarity(${searchName}, ${query})::float8)`;
}

/**
 * The other spelling of a German name: "Müller" is "Mueller" wherever a keyboard or an older system
 * had no umlauts, so a file imported from one holds the one spelling while a colleague types the
 * other. The query's ä, ö, ü written out as ae, oe, ue; or, for a query without them, its ae, oe, ue
 * read as the umlaut, which search holds without its dots (a, o, u: "mueller" is looked up as
 * "muller"). Not after a q ("Enrique"). Undefined when the query has neither.
 */
export function otherUmlautSpelling(q: string): string | undefined {
  const text = q.normalize('NFC').toLowerCase();
  if (/[äöü]/.test(text)) return text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  const read = text.replace(/(?<!q)([aou])e/g, '$1');
  return read === text ? undefined : read;
}

/**
 * A search's other spelling (`otherUmlautSpelling`) as SQL: its normalised text and name keys for the
 * whole-word probe and score. Undefined when there is none.
 */
export function otherSpellingOf(q: string) {
  const other = otherUmlautSpelling(q);
  if (other === undefined) return undefined;
  return { norm: sql`rapport_search_norm(${other})`, keys: sql`rapport_name_keys(${other})` };
}

/** What a record found only by the words of its custom values scores: under a name's prefix (0.5). */
export const CUSTOM_WORDS = 0.4;

/**
 * A search's score with the record's custom values (migration 0026) counted in: CUSTOM_WORDS when
 * they hold every word of the query as a prefix and the name scores less. They are read only then,
 * as reading them costs more than scoring a name.
 */
export function withCustomWords(
  nameScore: RawBuilder<number>,
  customFields: RawBuilder<unknown>,
  prefix: string | undefined,
): RawBuilder<number> {
  if (!prefix) return nameScore;
  return sql<number>`(CASE WHEN ${nameScore} >= ${CUSTOM_WORDS} THEN ${nameScore}
    WHEN ${customFields} <> '{}'::jsonb AND rapport_custom_words(${customFields}) @@ to_tsquery('simple', ${prefix})
    THEN ${CUSTOM_WORDS}::float8 ELSE ${nameScore} END)`;
}

/** The words of a text as search compares them: lower case, accents off, split at all but letters and digits. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words of a query as a full-text prefix query ("acme-47" → "acme:* & 47:*"). */
export function prefixQuery(q: string): string | undefined {
  const words = searchWords(q).slice(0, 8);
  return words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}
