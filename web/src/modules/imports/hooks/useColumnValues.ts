import { queryOptions, useQueries } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { PickListColumn } from '../value-readings';
import type { ReadingChoice } from './useImportPreview';

/**
 * The texts a column gives a pick-list field (or, without a field, its texts as written), read by the
 * server from the whole file.
 */
export const columnValuesQuery = (
  id: string,
  column: string,
  field: string | undefined,
  reading: ReadingChoice,
) =>
  queryOptions({
    queryKey: ['imports', 'values', id, column, field ?? null, reading],
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/imports/{id}/values', {
          params: { path: { id }, query: { column, ...(field ? { field } : {}), ...reading } },
          signal,
        }),
      ),
    // The file does not change once uploaded: each column is read once for as long as the page lives.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The values of each pick-list column the mapping fills. */
export function useColumnValues(id: string, columns: readonly PickListColumn[], reading: ReadingChoice) {
  return useQueries({
    queries: columns.map(({ column, field }) => columnValuesQuery(id, column, field, reading)),
  });
}
