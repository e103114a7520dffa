import { sql } from 'kysely';
import { idsOrNone } from '../../platform/db/in-list.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { fieldMap } from '../../platform/query/fields.ts';
import type { Filter } from '../../platform/query/filter.ts';
import {
  otherSpellingOf,
  prefixQuery,
  wholeWordsScore,
  withCustomWords,
} from '../../platform/query/search-score.ts';
import { filterCondition, tagCondition } from '../../platform/query/tags.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { customSortCondition } from '../custom-fields/index.ts';
import { kindOf } from '../people/index.ts';
import { companyFields, companySorts } from './companies.fields.ts';
import { searchCompaniesByPhone } from './companies.phone-search.ts';
import { cleanDomain } from './companies.rules.ts';
import { companyContext, companyQuery } from './companies.service.ts';

export interface CompaniesQuery {
  filter?: Filter | undefined;
  domain?: string | undefined;
  ownerId?: string | undefined;
  parentId?: string | undefined;
  tag?: string | undefined;
  /** A selection: only these (`?ids=` of a list, its count and its export). */
  ids?: string[] | undefined;
}

export async function matchingCompanies(tx: Tx, actor: Actor, query: CompaniesQuery) {
  const context = await companyContext(tx, actor.workspaceId);
  let select = companyQuery(tx, actor.workspaceId);
  const owners = await visibleOwners(tx, actor, 'companies', 'read');
  if (owners !== 'all') select = select.where('co.owner_id', 'in', idsOrNone(owners));
  if (query.domain !== undefined) {
    const domain = cleanDomain(query.domain);
    if (!domain.ok)
      throw new AppError('validation_failed', domain.reason, {
        errors: [{ path: '/query/domain', message: domain.reason }],
      });
    select = select.where(
      sql<boolean>`co.id = ANY(ARRAY(SELECT rapport_companies_with_domain(${domain.value})))`,
    );
  }
  if (query.ownerId) select = select.where('co.owner_id', '=', query.ownerId);
  if (query.parentId) select = select.where('co.parent_id', '=', query.parentId);
  if (query.ids) select = select.where('co.id', 'in', idsOrNone(query.ids));
  if (query.tag) select = select.where(await tagCondition(tx, 'companies', 'co', query.tag));
  if (query.filter)
    select = select.where(
      await filterCondition(
        tx,
        'companies',
        'co',
        query.filter,
        fieldMap(companyFields(context.definitions, actor.workspaceId)),
      ),
    );
  return { select, sorts: companySorts(context.definitions), definitions: context.definitions };
}

export async function listCompanies(
  tx: Tx,
  actor: Actor,
  query: CompaniesQuery,
  page: { limit: number; cursor: string | undefined; sort: string },
) {
  const { select, sorts, definitions } = await matchingCompanies(tx, actor, query);
  const indexed = await customSortCondition(tx, {
    workspaceId: actor.workspaceId,
    definitions,
    sort: page.sort,
    alias: 'co',
  });
  return fetchPage(indexed ? select.where(indexed) : select, { ...page, columns: sorts, idColumn: 'co.id' });
}

/**
 * Names typo-tolerantly (swapped letters, trigrams, prefixes); a domain exactly, and an e-mail address
 * by its domain: the company someone writes from; a phone number exactly, as written, at home or in
 * another country's national format. A number no company has is searched as words too (a name may
 * hold digits).
 */
export async function searchCompanies(
  tx: Tx,
  actor: Actor,
  q: string,
  query: CompaniesQuery,
  limit: number,
  options: { wholeWordsOnly?: boolean } = {},
) {
  const host = q.trim().replace(/^[^\s@]+@(?=[^\s@]+$)/, '');
  // A top-level domain of letters in any script ("münchen.de", "пример.рф") or as its A-label.
  const looksLikeDomain = /^[^\s@]+\.(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(host);
  const domain = looksLikeDomain ? cleanDomain(host) : undefined;
  if (domain?.ok) {
    const { select } = await matchingCompanies(tx, actor, { ...query, domain: domain.value });
    return (await select.orderBy('co.name').limit(limit).execute()).map((r) => ({ ...r, score: 1 }));
  }
  const { select } = await matchingCompanies(tx, actor, query);
  if (kindOf(q) === 'phone') {
    const found = await searchCompaniesByPhone(tx, actor, q, select, limit);
    if (found.length > 0) return found;
  }
  const prefix = prefixQuery(q);
  // Without a letter or digit ("!!!", "—", an emoji) the name is compared on nothing, which every
  // name begins with: nothing is found, rather than every company.
  if (prefix === undefined) return [];
  const norm = sql`rapport_search_norm(${q})`;
  const keys = sql`rapport_name_keys(${q})`;
  // Index probes past row-level security, for this workspace only (migration 0012).
  // Fuzzy probes only when whole-word matches cannot fill the list (migration 0016).
  const enough = options.wholeWordsOnly ? 0 : limit;
  const other = otherSpellingOf(q);
  const candidates = other
    ? sql`(SELECT rapport_companies_search_candidates(${norm}, ${keys}, ${prefix}, 500, ${enough})
        UNION ALL SELECT rapport_companies_search_candidates(${other.norm}, ${other.keys}, NULL, 500, 0))`
    : sql`(SELECT rapport_companies_search_candidates(${norm}, ${keys}, ${prefix}, 500, ${enough}))`;
  const nameScore = sql<number>`greatest(
    CASE WHEN co.search_name = ${norm} THEN 1.0 ELSE 0 END,
    CASE WHEN cardinality(${keys}) > 0 AND co.name_keys @> ${keys} THEN ${wholeWordsScore(sql`co.search_name`, norm)} ELSE 0 END,
    ${other ? sql`CASE WHEN cardinality(${other.keys}) > 0 AND co.name_keys @> ${other.keys} THEN ${wholeWordsScore(sql`co.search_name`, other.norm)} ELSE 0 END` : sql`0`},
    CASE WHEN co.search_name LIKE ${norm} || '%' THEN 0.6 ELSE 0 END,
    similarity(co.search_name, ${norm})::float8)`;
  const score = withCustomWords(nameScore, sql`co.custom_fields`, prefix);
  return select
    .select(score.as('score'))
    .where(sql<boolean>`co.id IN ${candidates}`)
    .orderBy(score, 'desc')
    .orderBy('co.id')
    .limit(limit)
    .execute();
}
