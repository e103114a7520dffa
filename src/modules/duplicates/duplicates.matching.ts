import { type RawBuilder, sql } from 'kysely';
import { FREE_MAIL_DOMAINS } from '../companies/index.ts';
import {
  companyDedupeNameOf,
  companyNameRows,
  MAX_COMPANY,
  MAX_GROUP,
  type Reason,
  sameNumbers,
  similarNames,
} from './duplicates.rules.ts';

/**
 * The pairs a few records are in, by the scan's rules (duplicates.service.ts), as rows of
 * (first_id, second_id, reason) with first_id < second_id.
 *
 * Each rule starts from the records and looks up the others that share their value (an e-mail, a
 * company, name keys, a name) through that value's index, one record at a time: a LATERAL subquery
 * kept whole by OFFSET 0, so that the value is its index condition whatever the planner believes of
 * the tables. Without statistics (the embedded database before its first ANALYZE) the scan's joins
 * restricted to the records re-ran a look-up of the records for every row of the workspace (a batch
 * of 500 ran for minutes), and a flattened LATERAL filtered the whole workspace for each record
 * (4.5 s for 500 among 3,000 people; 5 ms so). A group's cap still counts the whole workspace, with
 * a LIMIT one past it.
 */
export function pairsOfRecords(
  ws: string,
  object: 'people' | 'companies',
  records: readonly string[],
): RawBuilder<unknown> {
  return object === 'people' ? peopleOf(ws, records) : companiesOf(ws, records);
}

/** The pair of record `s` and other record `o`, in the scan's order. */
const pair = (reason: Reason) =>
  sql`SELECT least(s.id, o.id) AS first_id, greatest(s.id, o.id) AS second_id, ${reason}::text AS reason`;

/** How many live rows of `table` hold a value (a condition on them), counted up to one past `cap`. */
const holders = (table: 'people' | 'companies', ws: string, condition: RawBuilder<unknown>, cap: number) =>
  sql`(SELECT count(*) FROM (SELECT FROM ${sql.table(table)}
         WHERE workspace_id = ${ws} AND deleted_at IS NULL AND ${condition} LIMIT ${cap + 1}) held)`;

function peopleOf(ws: string, records: readonly string[]) {
  const mine = sql`(SELECT * FROM people WHERE workspace_id = ${ws} AND id = ANY(${[...records]}::uuid[])
                      AND deleted_at IS NULL) s`;
  const others = sql`people o WHERE o.workspace_id = ${ws} AND o.deleted_at IS NULL AND o.id <> s.id`;
  const byValue = (column: 'email_index' | 'phone_index', reason: 'email' | 'phone') => sql`
    ${pair(reason)} FROM ${mine}, unnest(${sql.ref(`s.${column}`)}) v,
      LATERAL (SELECT o.id FROM ${others} AND ${sql.ref(`o.${column}`)} @> ARRAY[v] OFFSET 0) o
    WHERE ${holders('people', ws, sql`${sql.ref(column)} @> ARRAY[v]`, MAX_GROUP)} <= ${MAX_GROUP}`;
  return sql`
    ${byValue('email_index', 'email')}
    UNION ALL ${byValue('phone_index', 'phone')}
    UNION ALL
    ${pair('name_and_company')} FROM ${mine},
      LATERAL (SELECT o.id FROM ${others} AND o.company_id = s.company_id AND o.search_name <> ''
                 AND (${similarNames(sql.ref('s'), sql.ref('o'))}) OFFSET 0) o
    WHERE s.company_id IS NOT NULL AND s.search_name <> ''
      AND ${holders('people', ws, sql`company_id = s.company_id`, MAX_COMPANY)} <= ${MAX_COMPANY}
    UNION ALL
    ${pair('name_and_domain')} FROM ${mine},
      LATERAL (SELECT o.id FROM ${others} AND o.name_keys = s.name_keys AND o.search_name <> ''
                 AND split_part(o.email, '@', 2) = split_part(s.email, '@', 2)
                 AND ${sameNumbers(sql.ref('s'), sql.ref('o'))} OFFSET 0) o
    WHERE s.email IS NOT NULL AND s.search_name <> ''
      AND split_part(s.email, '@', 2) <> ALL (${[...FREE_MAIL_DOMAINS]}::text[])
      AND ${holders(
        'people',
        ws,
        sql`name_keys = s.name_keys AND split_part(email, '@', 2) = split_part(s.email, '@', 2)`,
        MAX_GROUP,
      )} <= ${MAX_GROUP}
    UNION ALL
    ${pair('name')} FROM ${mine},
      LATERAL (SELECT o.id FROM ${others} AND o.email IS NULL AND o.search_name = s.search_name
                 AND (s.company_id IS NULL OR o.company_id IS NULL) OFFSET 0) o
    WHERE s.email IS NULL AND position(' ' in s.search_name) > 0`;
}

function companiesOf(ws: string, records: readonly string[]) {
  const mine = sql`(SELECT * FROM companies WHERE workspace_id = ${ws} AND id = ANY(${[...records]}::uuid[])
                      AND deleted_at IS NULL) s`;
  const others = sql`companies o WHERE o.workspace_id = ${ws} AND o.deleted_at IS NULL AND o.id <> s.id`;
  const sameName = (rule: 'dedupe_name' | 'name_keys') => {
    const value = (alias: string) =>
      rule === 'name_keys' ? sql.ref(`${alias}name_keys`) : companyDedupeNameOf(alias);
    return sql`
    ${pair('name')} FROM ${mine},
      LATERAL (SELECT o.id FROM ${others} AND ${value('o.')} = ${value('s.')}
                 AND ${rule === 'name_keys' ? sameNumbers(sql.ref('s'), sql.ref('o')) : sql`true`} OFFSET 0) o
    WHERE ${companyNameRows(rule, 's.')}
      AND ${holders('companies', ws, sql`${value('')} = ${value('s.')}`, MAX_GROUP)} <= ${MAX_GROUP}`;
  };
  return sql`
    ${pair('domain')} FROM ${mine}, unnest(s.domains) d,
      LATERAL (SELECT o.id FROM ${others} AND o.domains @> ARRAY[d] OFFSET 0) o
    UNION ALL ${sameName('dedupe_name')}
    UNION ALL ${sameName('name_keys')}`;
}
