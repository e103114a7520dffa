import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { AuditLogQuery } from '../../../api/types';

export type AuditFilters = Omit<AuditLogQuery, 'limit' | 'cursor'>;

/** Audit entries, newest first, a page at a time; `recordId` narrows it to one record's history. */
export function useAuditLog(filters: AuditFilters, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: ['audit-log', filters],
    enabled: options.enabled ?? true,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/audit-log', {
          params: { query: { ...filters, limit: 50, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
