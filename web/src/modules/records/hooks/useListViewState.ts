import { useCallback, useEffect, useMemo, useState } from 'react';
import { type ApiFilter, emptyGroup, fromApiFilter, type GroupNode, toApiFilter } from '../filter-model';
import type { ListBase, ListState } from '../list-url';
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
  const filterJson = JSON.stringify(filter);
  const [settledFilterJson, setSettledFilterJson] = useState(filterJson);
  useEffect(() => {
    const timer = setTimeout(() => setSettledFilterJson(filterJson), FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [filterJson]);
  const settledFilter = useMemo(() => JSON.parse(settledFilterJson) as ApiFilter | null, [settledFilterJson]);

  /** What the list shows with nothing changed: the view as saved, or the defaults. */
  const baseOf = useCallback(
    (of: SavedView | null): ListBase => ({
      columns: of && of.columns.length > 0 ? of.columns : defaults.columns,
      sort: of?.sort ?? defaults.sort,
      // The saved filter comes back from jsonb with its keys reordered: compare it as the builder writes it.
      filter: of ? toApiFilter(fromApiFilter(of.filter) ?? emptyGroup(), fields) : null,
    }),
    [defaults, fields],
  );

  /**
   * Shows a whole state at once (a view picked, an address opened): the list follows without waiting.
   * Returns it as the list will hold it (the filter as the builder writes it back).
   */
  const show = useCallback(
    (next: SavedView | null, content: ListBase): ListState => {
      const tree = fromApiFilter(content.filter) ?? emptyGroup();
      const shown = { ...content, viewId: next?.id ?? null, filter: toApiFilter(tree, fields) };
      setView(next);
      setColumns([...content.columns]);
      setSort(content.sort);
      setFilterTree(tree);
      setSettledFilterJson(JSON.stringify(shown.filter));
      return shown;
    },
    [fields],
  );

  const pickView = useCallback((next: SavedView | null) => void show(next, baseOf(next)), [show, baseOf]);

  const content: ViewContent = { columns, filter, sort };
  const base = baseOf(view);
  const changed =
    view !== null &&
    JSON.stringify([base.columns, base.filter, base.sort]) !== JSON.stringify([columns, filter, sort]);

  return {
    view,
    /** Follows a newer copy of the same view (saved over), keeping what the list shows. */
    refreshView: setView,
    pickView,
    show,
    baseOf,
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

export type ListViewState = ReturnType<typeof useListViewState>;
