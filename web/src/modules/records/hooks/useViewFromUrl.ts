import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { RecordObject, SavedView } from '../record-types';
import { useSavedViews } from './useSavedViews';

/**
 * Keeps the chosen saved view in the address (`?view=<id>`), so a shared view can be linked to and a
 * reload keeps it. Returns the picker to use instead of the state's own.
 */
export function useViewFromUrl(
  object: RecordObject,
  current: SavedView | null,
  pickView: (view: SavedView | null) => void,
) {
  const [params, setParams] = useSearchParams();
  const views = useSavedViews(object);
  const wanted = params.get('view');

  useEffect(() => {
    if (!wanted || current?.id === wanted) return;
    const found = views.data?.find((view) => view.id === wanted);
    if (found) pickView(found);
  }, [wanted, current, views.data, pickView]);

  return useCallback(
    (view: SavedView | null) => {
      pickView(view);
      setParams(view ? { view: view.id } : {}, { replace: true });
    },
    [pickView, setParams],
  );
}
