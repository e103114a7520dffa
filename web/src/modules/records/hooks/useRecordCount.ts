import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { ApiFilter } from '../filter-model';
import type { RecordObject } from '../record-types';

/** How many people or companies a filter holds: exact up to 10,000, else the server's estimate. */
export function useRecordCount(object: RecordObject, filter: ApiFilter | null) {
  return useQuery({
    queryKey: [object, 'count', filter],
    queryFn: async ({ signal }) => {
      const params = { query: { filter: filter ? JSON.stringify(filter) : undefined } };
      return object === 'people'
        ? dataOf(await api.GET('/people/count', { params, signal }))
        : dataOf(await api.GET('/companies/count', { params, signal }));
    },
    placeholderData: keepPreviousData,
  });
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** "3 people", "10,000+ people", "about 1.2M people". */
export function countLabel(
  count: { count: number; accuracy: 'exact' | 'estimate' | 'atLeast' },
  noun: { one: string; many: string },
): string {
  const word = count.count === 1 && count.accuracy === 'exact' ? noun.one : noun.many;
  if (count.accuracy === 'exact') return `${count.count.toLocaleString()} ${word}`;
  if (count.accuracy === 'atLeast') return `${count.count.toLocaleString()}+ ${word}`;
  return `about ${compact.format(count.count)} ${word}`;
}
