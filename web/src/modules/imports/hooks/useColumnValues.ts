import { queryOptions, useQueries } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { PickListColumn } from '../value-readings';
import type { ReadingChoice } from './useImportPreview';

const columnValuesQuery = (id: string, { column, field }: PickListColumn, reading: ReadingChoice) =>
  queryOptions({
    queryKey: ['imports', 'values', id, column, field, reading],
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/imports/{id}/values', {
          params: { path: { id }, query: { column, field, ...reading } },
          signal,
        }),
      ),
    // The file does not change once uploaded: each column is read once for as long as the page lives.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The texts each pick-list column gives its field, read by the server from the whole file. */
export function useColumnValues(id: string, columns: readonly PickListColumn[], reading: ReadingChoice) {
  return useQueries({ queries: columns.map((column) => columnValuesQuery(id, column, reading)) });
}
