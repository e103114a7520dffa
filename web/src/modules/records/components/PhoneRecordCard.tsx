import { VisuallyHidden } from '@mantine/core';
import type { RecordColumn } from '../record-list-config';

/** How many of the view's columns read under the name on a phone; more would make a row a page. */
const PHONE_FACTS = 2;

/**
 * A card's height: a line for the name and one per fact the view has, at fixed heights, so the virtual
 * rows line up (record-table.css); a name alone still makes a row a finger can hit (44 px and more).
 */
export const phoneRowHeight = (columns: number) => Math.max(46, 14 + 22 * Math.min(columns, 1 + PHONE_FACTS));

interface PhoneRecordCardProps<R> {
  /** The view's columns, the name first: the next PHONE_FACTS of them are shown under it. */
  columns: readonly RecordColumn<R>[];
  row: R;
}

/**
 * A record as a phone's list shows it: its name, which opens it from anywhere on the card, and the
 * view's next columns under it, one a line, as mobile CRMs list records. The facts carry no visible
 * label (an e-mail, a company, a stage read for themselves); a screen reader hears the column's name.
 */
export function PhoneRecordCard<R>({ columns, row }: PhoneRecordCardProps<R>) {
  const [primary, ...rest] = columns;
  return (
    <>
      <div className="phone-card-name">{primary?.render(row)}</div>
      {rest.slice(0, PHONE_FACTS).map((column) => (
        <div key={column.key} className="phone-card-fact">
          <VisuallyHidden>{column.label}: </VisuallyHidden>
          {column.render(row)}
        </div>
      ))}
    </>
  );
}
