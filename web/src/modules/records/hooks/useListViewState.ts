import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ApiFilter, emptyGroup, fromApiFilter, type GroupNode, toApiFilter } from '../filter-model';
import { addsNoCondition, type ListBase, type ListState } from '../list-url';
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
  /** Typing's pause under way: when it ends, the filter as typed is settled. */
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSettledFilterJson(filterJson), FILTER_DEBOUNCE_MS);
    pause.current = timer;
    return () => clearTimeout(timer);
  }, [filterJson]);
  const settledFilter = useMemo(() => JSON.parse(settledFilterJson) as ApiFilter | null, [settledFilterJson]);
  /**
   * Settles a filter now, and the pause under way ends unheard: its timer, firing before the new filter
   * is rendered (whose effect clears it), would settle the older filter over this one.
   */
  const settle = useCallback((json: string) => {
    clearTimeout(pause.current);
    setSettledFilterJson(json);
  }, []);

  /**
   * The filter as built or edited. What typing makes waits for the pause; a condition left out (a chip,
   * Clear all, a bin in the builder) is settled at once, so the address has it as a step of its own
   * before Back can be pressed, rather than going back past it.
   */
  const changeFilterTree = useCallback(
    (next: GroupNode) => {
      setFilterTree(next);
      const nextFilter = toApiFilter(next, fields);
      if (addsNoCondition(filter, nextFilter)) settle(JSON.stringify(nextFilter));
    },
    [fields, filter, settle],
  );

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
      settle(JSON.stringify(shown.filter));
      return shown;
    },
    [fields, settle],
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
    setFilterTree: changeFilterTree,
    /** The filter as built, for saving and exporting. */
    filter,
    /** The filter the list asks for, once typing has paused. */
    settledFilter,
    content,
    changed,
  };
}

export type ListViewState = ReturnType<typeof useListViewState>;
