import { useQuery } from '@tanstack/react-query';
import { api, dataOf, etagOf } from '../../../api/client';

export const teamKey = (id: string) => ['teams', 'detail', id] as const;

/** One team with the ETag to send back as If-Match. */
export function useTeam(id: string) {
  return useQuery({
    queryKey: teamKey(id),
    queryFn: async ({ signal }) => {
      const result = await api.GET('/teams/{id}', { params: { path: { id } }, signal });
      return { team: dataOf(result), etag: etagOf(result) };
    },
  });
}
