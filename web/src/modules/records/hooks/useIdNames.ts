import { type QueryClient, useQueries, useQueryClient } from '@tanstack/react-query';
import DataLoader from 'dataloader';
import { api, dataOf } from '../../../api/client';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import type { IdNames, referredIds } from '../filter-chips';
import type { RecordObject } from '../record-types';

/** A record's name as the record picker caches it; null when the record cannot be found. */
type RecordName = { value: string; label: string } | null;

const OBJECTS: readonly RecordObject[] = ['people', 'companies'];
/** As long as the record picker keeps a name (useRecordOptions). */
const NAME_STALE_MS = 60_000;
/** The most ids a list takes in `ids`, and its largest page (src/platform/http/list-query.ts). */
const MOST_IDS = 200;

/** The key the record picker names its choice under: one cache entry per record for both. */
const nameKey = (object: RecordObject, id: string) => [object, 'name', id] as const;

/**
 * Names for the ids a page shows (a filter's values, relation fields): members from the directory the
 * pickers load; people and companies by one list request per kind for all asked at once (`?ids=`),
 * for only the ids not already named in the cache, each name then kept under the key the record
 * picker names its choice by.
 */
export function useIdNames(ids: ReturnType<typeof referredIds>): IdNames {
  const queryClient = useQueryClient();
  const members = useUserDirectory(ids.user.length > 0);
  const records = OBJECTS.flatMap((object) => ids[object].map((id) => ({ object, id })));
  // Each name read from its own entry, which only a batch below or the record picker fills. No
  // queryFn of its own: a refetch of the entry (the picker's, say) runs the picker's.
  const named = useQueries({
    queries: records.map(({ object, id }) => ({ queryKey: nameKey(object, id), enabled: false })),
  });
  const batches = useQueries({
    queries: OBJECTS.map((object) => {
      const wanted = [...ids[object]].sort();
      return {
        // Under the kind, so what makes its records stale (a save) refetches the names shown too.
        queryKey: [object, 'names', wanted],
        enabled: wanted.length > 0,
        staleTime: NAME_STALE_MS,
        queryFn: () => nameBatch(queryClient, object, wanted),
      };
    }),
  });
  return (refersTo, id) => {
    if (refersTo === 'user') {
      if (!members.data) return members.isPending ? null : undefined;
      return members.data.find((member) => member.id === id)?.name;
    }
    const result = named[records.findIndex((r) => r.object === refersTo && r.id === id)];
    if (!result) return undefined;
    const name = result.data as RecordName | undefined;
    if (name !== undefined) return name?.label;
    const batch = batches[OBJECTS.indexOf(refersTo)];
    return result.isFetching || batch?.isPending || batch?.isFetching ? null : undefined;
  };
}

/**
 * One loader per kind: the names asked for in the same tick, by every list cell, profile and chip on
 * the page, go out as one list request (`?ids=`, in chunks of the most a list takes). Its own cache is
 * off: React Query's entries are the one cache, and what makes them stale.
 */
const loaders = Object.fromEntries(
  OBJECTS.map((object) => [
    object,
    new DataLoader<string, string | null>(
      async (ids) => {
        const query = { ids: ids.join(','), limit: ids.length };
        const page =
          object === 'people'
            ? dataOf(await api.GET('/people', { params: { query } }))
            : dataOf(await api.GET('/companies', { params: { query } }));
        const found = new Map(page.data.map((record) => [record.id, record.name]));
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache: false, maxBatchSize: MOST_IDS },
    ),
  ]),
) as Record<RecordObject, DataLoader<string, string | null>>;

/**
 * Fetches the names of the ids whose entry is missing or stale and files each under its record's key;
 * an id not found (deleted, merged, out of reach) is filed as null. Returns how many it asked for.
 */
async function nameBatch(
  queryClient: QueryClient,
  object: RecordObject,
  ids: readonly string[],
): Promise<number> {
  const cache = queryClient.getQueryCache();
  const asked = ids.filter((id) => {
    const entry = cache.find<RecordName>({ queryKey: nameKey(object, id), exact: true });
    return !entry || (entry.state.fetchStatus !== 'fetching' && entry.isStaleByTime(NAME_STALE_MS));
  });
  const labels = await loaders[object].loadMany(asked);
  asked.forEach((id, i) => {
    const label = labels[i];
    if (label instanceof Error) throw label;
    const name: RecordName = label === null || label === undefined ? null : { value: id, label };
    queryClient.setQueryData(nameKey(object, id), name);
  });
  return asked.length;
}
