import { type RefObject, useEffect, useState } from 'react';

const NONE = { more: false, scrollBarRight: 0, scrollBarBelow: 0 };

/**
 * Whether a box that scrolls sideways hides columns past its right edge, and how wide its scroll
 * bars are (the hint drawn at that edge stands beside them, not over them). A list cut at a column's
 * middle reads as a broken page on a tablet or a small laptop; said plainly, it reads as "more this
 * way". Measured again as the box scrolls, resizes, or its table changes width (a column added).
 */
export function useMoreToTheRight(
  scrollRef: RefObject<HTMLElement | null>,
  tableRef: RefObject<HTMLElement | null>,
) {
  const [edge, setEdge] = useState(NONE);
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const measure = () => {
      // A pixel of slack: a zoomed page's widths are fractions, rounded on each side differently.
      const more = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      const next = {
        more,
        scrollBarRight: box.offsetWidth - box.clientWidth,
        scrollBarBelow: box.offsetHeight - box.clientHeight,
      };
      setEdge((old) =>
        old.more === next.more &&
        old.scrollBarRight === next.scrollBarRight &&
        old.scrollBarBelow === next.scrollBarBelow
          ? old
          : next,
      );
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (tableRef.current) observer.observe(tableRef.current);
    return () => {
      box.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [scrollRef, tableRef]);
  return edge;
}
