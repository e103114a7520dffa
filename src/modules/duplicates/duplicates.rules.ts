import { type RawBuilder, sql } from 'kysely';

// What the duplicate finder counts as evidence, shared by the scan of a workspace
// (duplicates.service.ts) and the matching of a few records (duplicates.matching.ts).

/** How sure a pair is a duplicate from each reason it was found for alone (`combinedScore` weighs them together). */
export const SCORES = {
  email: 0.95,
  phone: 0.85,
  domain: 0.8,
  name_and_company: 0.75,
  name_and_domain: 0.7,
  name: 0.6,
} as const;
export type Reason = keyof typeof SCORES;
/** Reasons that are all one piece of evidence, a name, found with more or less context. */
const NAME_REASONS = ['name_and_company', 'name_and_domain', 'name'] as const;
/** A pair is never certain from these reasons alone: a person's twin shares a surname, a phone, a home. */
const MOST_SURE = 0.99;

/**
 * How sure a pair is from all its reasons (`reasons`: a text[] expression). A shared e-mail, a shared
 * phone (or domain) and a similar name are separate pieces of evidence, so each leaves a smaller doubt:
 * doubts multiply (the same name at the same company, 0.75, with the same phone, 0.85, is 0.96). The
 * name reasons are one name seen with more or less context, so only the strongest of them counts.
 */
export function combinedScore(reasons: RawBuilder<unknown>): RawBuilder<number> {
  const has = (reason: Reason) => sql`${sql.lit(reason)} = ANY(${reasons})`;
  const name = NAME_REASONS.map((r) => sql`CASE WHEN ${has(r)} THEN ${sql.lit(SCORES[r])} ELSE 0 END`);
  const doubts = (Object.keys(SCORES) as Reason[])
    .filter((r) => !(NAME_REASONS as readonly string[]).includes(r))
    .map((r) => sql`CASE WHEN ${has(r)} THEN ${sql.lit(Number((1 - SCORES[r]).toFixed(4)))} ELSE 1 END`);
  return sql<number>`round(least(${sql.lit(MOST_SURE)}, 1 - (1 - greatest(${sql.join(name)})) * ${sql.join(doubts, sql` * `)})::numeric, 3)`;
}

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
  return sql`(${x}.name_keys = ${y}.name_keys
    OR (similarity(${x}.search_name, ${y}.search_name) >= 0.6 AND left(${x}.search_name, 1) = left(${y}.search_name, 1)))
    AND ${sameNumbers(x, y)}`;
}

/**
 * The numbers in two names read the same, in the same order. Name keys sort each word's letters (a
 * transposed letter is the commonest typo), and words of one letter are left out, so "Acme Store 12"
 * and "Acme Store 21", or "Store 1" and "Store 2", share them: two branches, not one company entered
 * twice. A number is not misspelt the way a name is, so names that carry numbers pair only with the
 * same numbers.
 */
export function sameNumbers(x: RawBuilder<unknown>, y: RawBuilder<unknown>) {
  const numbers = (r: RawBuilder<unknown>) =>
    sql`btrim(regexp_replace(${r}.search_name, '[^0-9]+', ' ', 'g'))`;
  return sql`${numbers(x)} = ${numbers(y)}`;
}

/**
 * The companies each name rule reads: those with name keys, or (by the name as compared for
 * duplicates, `rapport_company_dedupe_name`, migration 0039) those whose name is more than legal forms.
 */
export function companyNameRows(rule: 'dedupe_name' | 'name_keys', alias: string) {
  return rule === 'name_keys'
    ? sql`cardinality(${sql.ref(`${alias}name_keys`)}) > 0`
    : sql`${companyDedupeNameOf(alias)} <> ''`;
}

/** The expression the index `companies_dedupe_name` is on, for the company at `alias` ('' or 'x.'). */
export function companyDedupeNameOf(alias: string) {
  return sql`rapport_company_dedupe_name(${sql.ref(`${alias}name`)})`;
}

/** Words that join names: "Cormier, Stehr and Smith" is "Cormier Stehr Smith". */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y']);
/** Legal forms, dots removed ("S.p.A." is "spa"), ignored at the end of a company's name. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  (
    'inc incorporated ltd limited llc llp lp plc co corp corporation company gmbh mbh ag kg kgaa ohg ug se ' +
    'sa sas sarl spa srl bv nv oy oyj ab as aps pty pte pvt'
  ).split(' '),
);

/**
 * A company's name as the duplicate finder compares it: the twin of the SQL function
 * `rapport_company_dedupe_name` (migration 0039), which the scan and its index use; tested against it.
 * Lower-case and unaccented as search compares names, punctuation a space (dots nothing), joining
 * words dropped, and legal forms dropped from the end, keeping at least the first word.
 */
export function companyDedupeName(name: string): string {
  const searchNorm = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .trim();
  const words = searchNorm
    .replaceAll('.', '')
    .split(/[@+ ]+/)
    .filter((word) => word !== '' && !JOINING_WORDS.has(word));
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}
