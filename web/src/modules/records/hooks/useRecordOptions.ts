import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { RecordObject } from '../record-types';

export interface RecordOption {
  value: string;
  label: string;
}

/**
 * Options for a record picker: what the typo-tolerant search finds for the text typed, plus the
 * chosen record itself, so its name shows before anything is typed.
 */
export function useRecordOptions(object: RecordObject, search: string, selectedId: string | null) {
  const found = useQuery({
    queryKey: ['search', 'picker', object, search],
    enabled: search.trim().length > 0,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const hits = dataOf(
        await api.GET('/search', {
          params: {
            query: { q: search.trim(), limit: 10, types: object === 'people' ? 'person' : 'company' },
          },
          signal,
        }),
      );
      return hits.best.map((hit) => ({ value: hit.id, label: hit.title }));
    },
  });
  const selected = useQuery({
    queryKey: [object, 'name', selectedId],
    enabled: selectedId !== null,
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const id = selectedId ?? '';
      const record =
        object === 'people'
          ? dataOf(await api.GET('/people/{id}', { params: { path: { id } }, signal }))
          : dataOf(await api.GET('/companies/{id}', { params: { path: { id } }, signal }));
      return { value: record.id, label: record.name };
    },
  });
  const options: RecordOption[] = [...(found.data ?? [])];
  if (selected.data && !options.some((o) => o.value === selected.data.value)) options.unshift(selected.data);
  return { options, loading: found.isFetching };
}
