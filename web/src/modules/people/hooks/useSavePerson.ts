import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

export type PersonBody = BodyOf<'createPerson'>;

type SavePerson =
  | { id?: undefined; body: PersonBody }
  | { id: string; body: PersonBody; etag: string | undefined };

/** Creates a person, or changes one (only the fields sent; a stale ETag answers 412). */
export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (save: SavePerson) => {
      if (save.id === undefined) return dataOf(await api.POST('/people', { body: save.body }));
      return dataOf(
        await api.PATCH('/people/{id}', {
          params: { path: { id: save.id } },
          body: save.body,
          headers: save.etag ? { 'If-Match': save.etag } : {},
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
