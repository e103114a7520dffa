import type { Tx } from '../../platform/db/transaction.ts';
import { type Actor, scopeOf } from '../access/index.ts';
import { searchCompanies } from '../companies/index.ts';
import { displayName, searchPeople } from '../people/index.ts';

export interface SearchHit {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
}

/**
 * One search box over every kind of record. Each kind brings its own typo-tolerant search; the
 * global search asks each the actor may read and merges their best hits. Deals and tickets join by
 * adding a provider here.
 */
export interface SearchProvider {
  type: string;
  object: 'people' | 'companies' | 'deals' | 'tickets';
  search(tx: Tx, actor: Actor, q: string, limit: number): Promise<SearchHit[]>;
}

export const providers: SearchProvider[] = [
  {
    type: 'person',
    object: 'people',
    async search(tx, actor, q, limit) {
      const page = await searchPeople(tx, actor, q, {}, { limit, cursor: undefined });
      return page.rows.map((p) => ({
        type: 'person',
        id: p.id,
        title: displayName(p),
        subtitle: [p.job_title, p.company_name, p.email].filter(Boolean).join(' · ') || null,
        score: p.score,
      }));
    },
  },
  {
    type: 'company',
    object: 'companies',
    async search(tx, actor, q, limit) {
      const rows = await searchCompanies(tx, actor, q, {}, limit);
      return rows.map((c) => ({
        type: 'company',
        id: c.id,
        title: c.name,
        subtitle: [c.domain, c.industry].filter(Boolean).join(' · ') || null,
        score: c.score,
      }));
    },
  },
];

export async function searchEverything(tx: Tx, actor: Actor, q: string, limit: number, types?: string[]) {
  const results: Record<string, SearchHit[]> = {};
  for (const provider of providers) {
    if (types && !types.includes(provider.type)) continue;
    if (scopeOf(actor.role, provider.object, 'read') === 'none') continue;
    results[provider.type] = await provider.search(tx, actor, q, limit);
  }
  const best = Object.values(results)
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return { best, byType: results };
}
