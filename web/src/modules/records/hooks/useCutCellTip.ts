import { type FocusEvent, useCallback, useState } from 'react';

/**
 * The whole value of a cell painted cut (a long e-mail, a company's full name), or null when it fits
 * or its content carries a tooltip of its own (the tags). Measured when the pointer or the focus
 * arrives rather than while rendering, so scrolling recycled rows never pays a layout read per cell.
 */
export function cutValue(cell: HTMLElement): string | null {
  if (cell.scrollWidth <= cell.clientWidth || cell.querySelector('[title]')) return null;
  return cell.textContent ?? '';
}

export interface CutCellTip {
  text: string;
  top: number;
  left: number;
  minWidth: number;
  above: boolean;
}

/**
 * A focused list cell whose value is cut shows it whole in a tip below it, since a title only shows
 * on hover. The handlers go on the scroll area, in whose content the tip is placed.
 */
export function useCutCellTip() {
  const [tip, setTip] = useState<CutCellTip | null>(null);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const area = event.currentTarget;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('tbody td');
    const text = cell && cutValue(cell);
    if (!cell || text === null) {
      setTip(null);
      return;
    }
    // Placed in the scroll area's content, so that it scrolls with its cell; above the cell near the bottom.
    const box = cell.getBoundingClientRect();
    const frame = area.getBoundingClientRect();
    const above = frame.bottom - box.bottom < 48;
    setTip({
      text,
      top: (above ? box.top : box.bottom) - frame.top + area.scrollTop,
      left: box.left - frame.left + area.scrollLeft,
      minWidth: box.width,
      above,
    });
  }, []);

  const onBlur = useCallback(() => setTip(null), []);

  return { tip, onFocus, onBlur };
}
