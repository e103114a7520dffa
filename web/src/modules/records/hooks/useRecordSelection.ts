import { useCallback, useMemo, useState } from 'react';

/**
 * The rows picked for a bulk action: some ids, or every record matching the filter ("select all
 * matching"), which the bulk request then sends as the filter rather than as ids.
 */
export interface RecordSelection {
  ids: ReadonlySet<string>;
  allMatching: boolean;
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Selects these rows, or clears them when all of them are selected already. */
  toggleMany: (ids: readonly string[]) => void;
  selectAllMatching: () => void;
  clear: () => void;
}

export function useRecordSelection(): RecordSelection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);

  const toggle = useCallback((id: string) => {
    // Leaving "all matching" keeps the rows picked by hand: the API takes ids or a filter, not both.
    setAllMatching(false);
    setIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const toggleMany = useCallback((many: readonly string[]) => {
    setIds((current) => {
      const everySelected = many.length > 0 && many.every((id) => current.has(id));
      if (everySelected) {
        setAllMatching(false);
        return new Set([...current].filter((id) => !many.includes(id)));
      }
      return new Set([...current, ...many]);
    });
  }, []);

  const clear = useCallback(() => {
    setIds(new Set());
    setAllMatching(false);
  }, []);

  return useMemo(
    () => ({
      ids,
      allMatching,
      isSelected: (id: string) => allMatching || ids.has(id),
      toggle,
      toggleMany,
      selectAllMatching: () => setAllMatching(true),
      clear,
    }),
    [ids, allMatching, toggle, toggleMany, clear],
  );
}
