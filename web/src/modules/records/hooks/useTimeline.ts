import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { ActivityType, RecordObject } from '../record-types';

export const timelineKey = (object: RecordObject, id: string) => [object, 'timeline', id] as const;

/** A person's or a company's contact history, newest first, a page at a time; optionally some types only. */
export function useTimeline(object: RecordObject, id: string, types: readonly ActivityType[]) {
  return useInfiniteQuery({
    queryKey: [...timelineKey(object, id), types],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) => {
      const params = {
        path: { id },
        query: { limit: 30, cursor: pageParam, type: types.length > 0 ? types.join(',') : undefined },
      };
      return object === 'people'
        ? dataOf(await api.GET('/people/{id}/timeline', { params, signal }))
        : dataOf(await api.GET('/companies/{id}/timeline', { params, signal }));
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
