import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { ApiFilter } from '../filter-model';
import type { RecordObject, RecordOf } from '../record-types';

/** Rows a keyset page brings; the table asks for the next page as the user nears the end. */
const PAGE_SIZE = 100;

export interface RecordListQuery {
  filter: ApiFilter | null;
  sort: string;
}

async function fetchPage<O extends RecordObject>(
  object: O,
  query: RecordListQuery,
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<{ data: RecordOf<O>[]; nextCursor: string | null }> {
  const params = {
    query: {
      limit: PAGE_SIZE,
      cursor,
      sort: query.sort,
      filter: query.filter ? JSON.stringify(query.filter) : undefined,
    },
  };
  const page =
    object === 'people'
      ? dataOf(await api.GET('/people', { params, signal }))
      : dataOf(await api.GET('/companies', { params, signal }));
  return page as { data: RecordOf<O>[]; nextCursor: string | null };
}

/** People or companies matching a filter, in the chosen order, a keyset page at a time. */
export function useRecordList<O extends RecordObject>(object: O, query: RecordListQuery, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: [object, 'list', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => fetchPage(object, query, pageParam, signal),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // While a new filter loads, the table keeps the old rows rather than flashing empty.
    placeholderData: keepPreviousData,
  });
}
