import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** What the results page lists of each kind: the best this many, by relevance. */
export const RESULTS_PER_KIND = 50;

/**
 * One kind's hits for the results page. Each kind is asked on its own, so that it lists its own best
 * hits in full: asked together, a kind after one that filled the list keeps to its whole-word hits.
 */
export function useSearchResults(q: string, type: 'person' | 'company') {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', 'results', type, text],
    enabled: text.length > 0,
    staleTime: 10_000,
    queryFn: async ({ signal }) => {
      const found = dataOf(
        await api.GET('/search', {
          params: { query: { q: text, limit: RESULTS_PER_KIND, types: type } },
          signal,
        }),
      );
      return found.byType[type] ?? [];
    },
  });
}
