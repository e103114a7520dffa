import type { Tx } from '../../platform/db/transaction.ts';
import { CUSTOM_WORDS } from '../../platform/query/search-score.ts';
import { type Actor, scopeOf } from '../access/index.ts';
import { searchCompanies } from '../companies/index.ts';
import { type CustomFieldDefinition, customValueMatch, definitionsFor } from '../custom-fields/index.ts';
import { displayName, searchPeople } from '../people/index.ts';

export interface SearchHit {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
}

/** A hit of this score or more matches every word of the query (letters in any order) or all of it. */
export const WHOLE_WORDS = 0.9;

/**
 * One search box over every kind of record. Each kind brings its own typo-tolerant search; the
 * global search asks each the actor may read and merges their best hits. Deals and tickets join by
 * adding a provider here. Once earlier kinds have filled the list with whole-word hits, a later kind
 * is asked for its whole-word hits only: its merely similar names could not enter the list, and
 * finding them is the costly part of a search (migration 0016).
 */
export interface SearchProvider {
  type: string;
  object: 'people' | 'companies' | 'deals' | 'tickets';
  search(tx: Tx, actor: Actor, q: string, limit: number, wholeWordsOnly: boolean): Promise<SearchHit[]>;
}

export const providers: SearchProvider[] = [
  {
    type: 'person',
    object: 'people',
    async search(tx, actor, q, limit, wholeWordsOnly) {
      const page = await searchPeople(tx, actor, q, {}, { limit, cursor: undefined, wholeWordsOnly });
      const definitions = await definitionsFor(tx, actor.workspaceId, 'people');
      return page.rows.map((p) => ({
        type: 'person',
        id: p.id,
        title: displayName(p),
        // A person found by a phone number shows that number, in international form, for the e-mail:
        // "020 7946 0958" typed, "+44 20 7946 0958" seen, and which country it was read in is plain.
        subtitle: foundBy(definitions, p, q) ?? personSubtitle(p, p.found_phone),
        score: p.score,
      }));
    },
  },
  {
    type: 'company',
    object: 'companies',
    async search(tx, actor, q, limit, wholeWordsOnly) {
      const rows = await searchCompanies(tx, actor, q, {}, limit, { wholeWordsOnly });
      const definitions = await definitionsFor(tx, actor.workspaceId, 'companies');
      return rows.map((c) => ({
        type: 'company',
        id: c.id,
        title: c.name,
        // Found by its phone number: that number instead of the domain, as for a person.
        subtitle: foundBy(definitions, c, q) ?? companySubtitle(c, phoneFoundBy(c)),
        score: c.score,
      }));
    },
  },
];

/** What tells apart two people of one name: their job, company and e-mail (or the phone they were found by). */
export function personSubtitle(
  p: { job_title: string | null; company_name: string | null; email: string | null },
  phone?: string | null,
): string | null {
  return [p.job_title, p.company_name, phone ?? p.email].filter(Boolean).join(' · ') || null;
}

export function companySubtitle(
  c: { domain: string | null; industry: string | null },
  phone?: string | null,
): string | null {
  return [phone || c.domain, c.industry].filter(Boolean).join(' · ') || null;
}

const phoneFoundBy = (row: object) =>
  'found_phone' in row && typeof row.found_phone === 'string' ? row.found_phone : null;

/** A hit found by a custom value only says which ("Contract ref: ACME-4711"), not its usual subtitle. */
function foundBy(
  definitions: CustomFieldDefinition[],
  row: { score: number; custom_fields: Record<string, unknown> },
  q: string,
): string | undefined {
  if (row.score > CUSTOM_WORDS) return undefined;
  const match = customValueMatch(definitions, row.custom_fields, q);
  return match ? `${match.label}: ${match.value}` : undefined;
}

export async function searchEverything(tx: Tx, actor: Actor, q: string, limit: number, types?: string[]) {
  const results: Record<string, SearchHit[]> = {};
  let wholeWordHits = 0;
  for (const provider of providers) {
    if (types && !types.includes(provider.type)) continue;
    if (scopeOf(actor.role, provider.object, 'read') === 'none') continue;
    const hits = await provider.search(tx, actor, q, limit, wholeWordHits >= limit);
    results[provider.type] = hits;
    wholeWordHits += hits.filter((hit) => hit.score >= WHOLE_WORDS).length;
  }
  const best = Object.values(results)
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return { best, byType: results };
}
