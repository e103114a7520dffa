import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/** Room for rows not rendered: a row of the table's width, hidden from assistive technology. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

interface WindowedRowsOptions {
  /** The virtualiser's rendered items, in order. */
  items: readonly VirtualItem[];
  /** The virtualiser's total size: every row's height, rendered or not. */
  totalSize: number;
  /** The table's column count, for the spacers' cells. */
  columns: number;
  /** A rendered row; null leaves the item out (a row not loaded yet). */
  render: (item: VirtualItem) => ReactNode;
  /** Where the rows begin on the virtualiser's scale: its scroll margin, for a window's virtualiser. */
  offset?: number;
}

/**
 * A table body's rows for a virtualiser: the rendered rows, with spacer rows above, between (a row kept
 * rendered out of the window, the grid's active row) and below them, so the table is as tall as all its
 * rows and the scroll bar tells the truth. Rows stay in the table's own layout (no absolute positions),
 * so columns keep their widths across the rows that come and go.
 */
export function windowedRows({
  items,
  totalSize,
  columns,
  render,
  offset = 0,
}: WindowedRowsOptions): ReactNode[] {
  const body: ReactNode[] = [];
  let renderedTo = offset;
  for (const item of items) {
    const row = render(item);
    if (row === null) continue;
    if (item.start > renderedTo)
      body.push(<SpacerRow key={`gap-${item.key}`} height={item.start - renderedTo} columns={columns} />);
    body.push(row);
    renderedTo = item.end;
  }
  const below = offset + totalSize - renderedTo;
  if (below > 0) body.push(<SpacerRow key="gap-end" height={below} columns={columns} />);
  return body;
}
