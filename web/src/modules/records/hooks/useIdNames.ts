import { useQueries } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import type { IdNames, referredIds } from '../filter-chips';

/**
 * Names for the few ids a filter shows: members from the directory the pickers load, people and
 * companies one record each, cached under the key the record picker names its choice by.
 */
export function useIdNames(ids: ReturnType<typeof referredIds>): IdNames {
  const members = useUserDirectory(ids.user.length > 0);
  const records = [
    ...ids.people.map((id) => ({ object: 'people' as const, id })),
    ...ids.companies.map((id) => ({ object: 'companies' as const, id })),
  ];
  const found = useQueries({
    queries: records.map(({ object, id }) => ({
      queryKey: [object, 'name', id],
      staleTime: 60_000,
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const record =
          object === 'people'
            ? dataOf(await api.GET('/people/{id}', { params: { path: { id } }, signal }))
            : dataOf(await api.GET('/companies/{id}', { params: { path: { id } }, signal }));
        return { value: record.id, label: record.name };
      },
    })),
  });
  return (refersTo, id) => {
    if (refersTo === 'user') {
      if (!members.data) return members.isPending ? null : undefined;
      return members.data.find((member) => member.id === id)?.name;
    }
    const index = records.findIndex((r) => r.object === refersTo && r.id === id);
    const result = found[index];
    if (!result) return undefined;
    return result.isPending ? null : result.data?.label;
  };
}
