import { NativeSelect } from '@mantine/core';
import type { RecordColumn } from '../record-list-config';

interface PhoneSortSelectProps<R> {
  columns: readonly RecordColumn<R>[];
  sort: string;
  onSort: (sort: string) => void;
}

/**
 * The order of a list on a phone, whose cards have no column headers to sort by: the phone's own
 * picker over every sortable column, each way. An order none of them names (a saved view's) stays
 * chosen, as it is.
 */
export function PhoneSortSelect<R>({ columns, sort, onSort }: PhoneSortSelectProps<R>) {
  const options = columns.flatMap(({ label, sortKey }) =>
    sortKey
      ? [
          { value: sortKey, label: `${label} (ascending)` },
          { value: `-${sortKey}`, label: `${label} (descending)` },
        ]
      : [],
  );
  const data = options.some((option) => option.value === sort)
    ? options
    : [{ value: sort, label: 'As the view says' }, ...options];
  return (
    <NativeSelect
      aria-label="Sort by"
      data={data}
      value={sort}
      onChange={(event) => onSort(event.currentTarget.value)}
    />
  );
}
