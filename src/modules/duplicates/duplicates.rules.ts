import { type RawBuilder, sql } from 'kysely';

// What the duplicate finder counts as evidence, shared by the scan of a workspace
// (duplicates.service.ts) and the matching of a few records (duplicates.matching.ts).

/** How sure a pair is a duplicate, by why it was found (the strongest reason counts). */
export const SCORES = {
  email: 0.95,
  phone: 0.85,
  domain: 0.8,
  name_and_company: 0.75,
  name_and_domain: 0.7,
  name: 0.6,
} as const;
/** Groups larger than this (a shared info@ address, a huge company) are not paired: too many pairs, too little signal. */
export const MAX_GROUP = 50;
/** People at a company larger than this are not compared by name: every pair would be compared. */
export const MAX_COMPANY = MAX_GROUP * 10;

/**
 * The same name (letters in any order) or a very similar one. A long shared surname makes "Pieter
 * van der Linden" and "Vera van der Linden" similar: a misspelt name keeps its first letter more often
 * than not.
 */
export function similarNames(x: RawBuilder<unknown>, y: RawBuilder<unknown>) {
  return sql`${x}.name_keys = ${y}.name_keys
    OR (similarity(${x}.search_name, ${y}.search_name) >= 0.6 AND left(${x}.search_name, 1) = left(${y}.search_name, 1))`;
}

/** The companies each name rule reads: those with name keys, or (by name) those of one-letter words only. */
export function companyNameRows(column: 'search_name' | 'name_keys', alias: string) {
  return column === 'name_keys'
    ? sql`cardinality(${sql.ref(`${alias}name_keys`)}) > 0`
    : sql`cardinality(${sql.ref(`${alias}name_keys`)}) = 0 AND ${sql.ref(`${alias}search_name`)} <> ''`;
}
