import { type RefCallback, useCallback, useState } from 'react';

/**
 * Whether an element's box is narrower than `width` px, with the ref that measures it. A table whose
 * columns its box cannot hold lays itself out as on a phone, its other columns under the first: the
 * box decides, not the screen, since Settings at 1024 px leaves a table less room than a phone turned
 * sideways. Measured as the element is attached, before the first paint (an update in React's commit
 * is applied at once), and again whenever it is resized. The element's width must not depend on its
 * content (a block in its parent, as a table's scroll container is), or the two would chase each other.
 * The width is the one the wide layout needs: so wide, the box holds it, and needs no minimum of its own.
 */
export function useNarrowerThan<T extends HTMLElement>(width: number): [RefCallback<T>, boolean] {
  const [narrow, setNarrow] = useState(false);
  const ref = useCallback(
    (node: T | null) => {
      if (!node) return;
      const measure = () => setNarrow(node.clientWidth < width);
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(node);
      return () => observer.disconnect();
    },
    [width],
  );
  return [ref, narrow];
}
