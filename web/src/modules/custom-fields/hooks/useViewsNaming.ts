import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { ViewsNaming } from '../views-naming';

export const viewsNamingKey = (fieldId: string) => ['custom-fields', 'saved-views', fieldId] as const;

/** The saved views that filter or sort by a field (those this member may read, and a count of the others). */
export async function readViewsNaming(fieldId: string, signal?: AbortSignal): Promise<ViewsNaming> {
  return dataOf(
    await api.GET('/custom-fields/{id}/saved-views', { params: { path: { id: fieldId } }, signal }),
  );
}

/** `readViewsNaming` for a field about to be deleted; nothing is read while there is none. */
export function useViewsNaming(fieldId: string | undefined) {
  return useQuery({
    queryKey: viewsNamingKey(fieldId ?? ''),
    queryFn: ({ signal }) => readViewsNaming(fieldId ?? '', signal),
    enabled: fieldId !== undefined,
  });
}
