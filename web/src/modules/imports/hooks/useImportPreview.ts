import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { Delimiter } from '../import-types';

export interface ReadingChoice {
  encoding?: string;
  delimiter?: Delimiter;
}

/** How the file reads (as detected, or with the encoding and delimiter the user chose). */
export function useImportPreview(id: string, reading: ReadingChoice, enabled: boolean) {
  return useQuery({
    queryKey: ['imports', 'preview', id, reading],
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/imports/{id}/preview', {
          params: { path: { id }, query: reading },
          signal,
        }),
      ),
    enabled,
    // Switching the delimiter keeps the last preview on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}
