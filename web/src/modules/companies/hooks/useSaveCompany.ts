import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

export type CompanyBody = BodyOf<'updateCompany'>;

type SaveCompany =
  | { id?: undefined; body: CompanyBody & { name: string } }
  | { id: string; body: CompanyBody; etag: string | undefined };

/** Creates a company, or changes one (only the fields sent; a stale ETag answers 412). */
export function useSaveCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (save: SaveCompany) => {
      if (save.id === undefined) return dataOf(await api.POST('/companies', { body: save.body }));
      return dataOf(
        await api.PATCH('/companies/{id}', {
          params: { path: { id: save.id } },
          body: save.body,
          headers: save.etag ? { 'If-Match': save.etag } : {},
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
