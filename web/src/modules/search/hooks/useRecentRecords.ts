import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, dataOf } from '../../../api/client';
import type { RecentRecord } from '../../records/record-types';

const RECENT_KEY = ['recent-records'] as const;

/** The records the signed-in member opened last, latest first. */
export function useRecentRecords(limit: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...RECENT_KEY, limit],
    enabled: options.enabled ?? true,
    staleTime: 30_000,
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/recent-records', { params: { query: { limit } }, signal })),
  });
}

/**
 * Puts a record whose page has opened at the top of the member's recent records. `id` is the record
 * as loaded (a merged-away address has led to the one it went into by then), so nothing is sent for
 * a page that did not open.
 */
export function useRecordVisit(type: RecentRecord['type'], id: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!id) return;
    // A visit that fails to be kept only leaves the list as it was: nothing to tell the reader.
    void api
      .POST('/recent-records', { body: { type, id } })
      .then(() => queryClient.invalidateQueries({ queryKey: RECENT_KEY }))
      .catch(() => {});
  }, [type, id, queryClient]);
}
