import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { type ApiFilter, emptyGroup, fromApiFilter, type GroupNode, toApiFilter } from '../filter-model';
import type { RecordField } from '../record-fields';
import type { SavedView } from '../record-types';
import type { ViewContent } from './useSaveView';

/** Typing in a condition's value waits this long before the list asks again. */
const FILTER_DEBOUNCE_MS = 350;

interface Defaults {
  columns: readonly string[];
  sort: string;
}

/**
 * What a list shows: its columns, filter and sort, and the saved view they came from. A view, once
 * picked, can be changed freely; `changed` says the list no longer matches it.
 */
export function useListViewState(fields: readonly RecordField[], defaults: Defaults) {
  const [view, setView] = useState<SavedView | null>(null);
  const [columns, setColumns] = useState<string[]>([...defaults.columns]);
  const [sort, setSort] = useState(defaults.sort);
  const [filterTree, setFilterTree] = useState<GroupNode>(() => emptyGroup());

  const filter = useMemo(() => toApiFilter(filterTree, fields), [filterTree, fields]);
  const [settledFilterJson] = useDebouncedValue(JSON.stringify(filter), FILTER_DEBOUNCE_MS);
  const settledFilter = useMemo(() => JSON.parse(settledFilterJson) as ApiFilter | null, [settledFilterJson]);

  const pickView = useCallback(
    (next: SavedView | null) => {
      setView(next);
      setColumns(next && next.columns.length > 0 ? next.columns : [...defaults.columns]);
      setSort(next?.sort ?? defaults.sort);
      setFilterTree((next && fromApiFilter(next.filter)) || emptyGroup());
    },
    [defaults],
  );

  const content: ViewContent = { columns, filter, sort };
  // The saved filter comes back from jsonb with its keys reordered: compare it as the builder writes it.
  const savedFilter = view ? toApiFilter(fromApiFilter(view.filter) ?? emptyGroup(), fields) : null;
  const changed =
    view !== null &&
    JSON.stringify([
      view.columns.length > 0 ? view.columns : defaults.columns,
      savedFilter,
      view.sort ?? defaults.sort,
    ]) !== JSON.stringify([columns, filter, sort]);

  return {
    view,
    pickView,
    columns,
    setColumns,
    sort,
    setSort,
    filterTree,
    setFilterTree,
    /** The filter as built, for saving and exporting. */
    filter,
    /** The filter the list asks for, once typing has paused. */
    settledFilter,
    content,
    changed,
  };
}
