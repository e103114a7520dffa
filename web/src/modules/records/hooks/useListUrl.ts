import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isHistoryStep, type ListState, readListSearch, resolveList, writeListSearch } from '../list-url';
import type { RecordObject, SavedView } from '../record-types';
import type { ListViewState } from './useListViewState';
import { useSavedViews } from './useSavedViews';

/**
 * Keeps a list and its address in step (list-url.ts says how it is written). The address is read on
 * opening, on Back and Forward, and on a link to the list; the list is written back as it changes: a
 * view, a sort or a filter applied as a step of its own in the history, typing and columns in place.
 * An address that cannot be read, or names a view that is not there, opens the list's default with a
 * notice.
 *
 * The address is the browser's own, read whenever the router shows a new one and on each Back or
 * Forward. The router shows an address in a transition, a moment later (longer while a busy page
 * renders), and never one that a later address overtook meanwhile: the list's own step, undone by Back
 * before the router showed it, leaves the router's address as it was, and the list would miss that
 * Back and keep the filter that Back undid.
 */
export function useListUrl(object: RecordObject, list: ListViewState, noun: string) {
  const location = useLocation();
  const navigate = useNavigate();
  const backOrForward = useBackOrForward();
  const views = useSavedViews(object);
  /** The address the list last showed or wrote: another one is news from the browser. */
  const applied = useRef<string | null>(null);
  /** What that address holds, to tell a step in the history from typing on. */
  const shown = useRef<ListState | null>(null);
  const [opened, setOpened] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { show, baseOf, view, refreshView } = list;

  const { settledFilter, sort, columns } = list;
  const current = useMemo(
    (): ListState => ({ viewId: view?.id ?? null, filter: settledFilter, sort, columns }),
    [view, settledFilter, sort, columns],
  );
  /** The list as it was when the address was last applied: not yet what the address asks for. */
  const before = useRef<ListState | null>(null);

  const goTo = useCallback(
    (search: string, replace: boolean) => {
      applied.current = search;
      navigate({ pathname: location.pathname, search }, { replace });
    },
    [navigate, location.pathname],
  );

  // The address → the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of the list alone is no news from the address
  useEffect(() => {
    const search = browserSearch(location.pathname);
    if (search === null || search === applied.current) return;
    const read = readListSearch(search);
    const wanted = read.ok ? read.params.view : null;
    if (wanted && views.isPending) return;
    const found = wanted ? (views.data?.find((v) => v.id === wanted) ?? null) : null;
    setOpened(true);
    before.current = current;
    if (!read.ok || (wanted && !found)) {
      setNotice(
        !read.ok
          ? `This link’s filter, sort or columns could not be read: showing all ${noun}.`
          : views.isError
            ? `The saved views could not be loaded: showing all ${noun}.`
            : `The saved view in this link is not there, or not shared with you: showing all ${noun}.`,
      );
      shown.current = show(null, baseOf(null));
      goTo(writeListSearch(shown.current, baseOf(null), new URLSearchParams(search)), true);
      return;
    }
    applied.current = search;
    shown.current = show(found, resolveList(read.params, baseOf(found)));
  }, [location.search, backOrForward, views.isPending, views.isError, views.data, show, baseOf, goTo, noun]);

  // A view saved over since it was picked: the list is that view as saved again.
  useEffect(() => {
    const fresh = views.data?.find((v) => v.id === view?.id);
    if (fresh && view && fresh.updatedAt !== view.updatedAt) refreshView(fresh);
  }, [views.data, view, refreshView]);

  // The list → the address.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the list changes, not the address
  useEffect(() => {
    // The address is ahead of the list (opening, Back): it is applied first, and wins.
    const search = browserSearch(location.pathname);
    if (search === null || search !== applied.current || current === before.current) return;
    const next = writeListSearch(current, baseOf(view), new URLSearchParams(search));
    const previous = shown.current;
    shown.current = current;
    if (next === search) return;
    goTo(next, previous === null || !isHistoryStep(previous, current));
  }, [current, baseOf]);

  const { pickView: pick } = list;
  const pickView = useCallback(
    (next: SavedView | null) => {
      setNotice(null);
      pick(next);
    },
    [pick],
  );

  return {
    pickView,
    /** False until the address has been read: the list waits rather than fetch what it will not show. */
    opened,
    notice,
    dismissNotice: () => setNotice(null),
  };
}

/** The query of the browser's address while it shows this page, or null once it has left it. */
function browserSearch(pathname: string): string | null {
  return window.location.pathname === pathname ? window.location.search : null;
}

/**
 * Counts the browser's Back and Forward: each is news, even one that returns to the address the
 * router still shows.
 */
function useBackOrForward(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const onPopState = () => setCount((n) => n + 1);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  return count;
}
