import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { User } from '../../../api/types';

/** Enough pages for any team picker; a workspace larger than this needs a searching picker. */
const MAX_PAGES = 10;

/** Every member, by name: for pickers and for showing names where the API gives ids. */
export function useUserDirectory(enabled = true) {
  return useQuery({
    queryKey: ['users', 'directory'],
    enabled,
    queryFn: async ({ signal }) => {
      const users: User[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const { data, nextCursor } = dataOf(
          await api.GET('/users', { params: { query: { limit: 200, cursor } }, signal }),
        );
        users.push(...data);
        if (!nextCursor) break;
        cursor = nextCursor;
      }
      return users;
    },
    staleTime: 60_000,
  });
}
