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
