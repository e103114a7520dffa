import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { ApiFilter } from '../filter-model';
import type { RecordObject } from '../record-types';
import { savedViewsKey } from './useSavedViews';

export interface ViewContent {
  columns: string[];
  filter: ApiFilter | null;
  sort: string;
}

type SaveView =
  | { kind: 'create'; name: string; shared: boolean; content: ViewContent }
  | { kind: 'update'; id: string; content: ViewContent }
  | { kind: 'share'; id: string; shared: boolean };

/** Saves the list's columns, filter and sort: as a new view, or over one you own; or shares one. */
export function useSaveView(objectType: RecordObject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveView) => {
      if (save.kind === 'share') {
        const body = { shared: save.shared };
        return dataOf(await api.PATCH('/saved-views/{id}', { params: { path: { id: save.id } }, body }));
      }
      const { columns, filter, sort } = save.content;
      // The body types the filter as an object; the server checks the whole grammar.
      const body = { columns, sort, filter: filter as Record<string, unknown> | null };
      if (save.kind === 'create') {
        return dataOf(
          await api.POST('/saved-views', {
            body: { objectType, name: save.name, shared: save.shared, ...body },
          }),
        );
      }
      return dataOf(await api.PATCH('/saved-views/{id}', { params: { path: { id: save.id } }, body }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: savedViewsKey(objectType) });
    },
  });
}
