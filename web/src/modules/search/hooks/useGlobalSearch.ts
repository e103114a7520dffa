import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** The header's search: people and companies at once, typo-tolerant, best hits first. */
export function useGlobalSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', 'global', text],
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/search', { params: { query: { q: text, limit: 8 } }, signal })),
  });
}
