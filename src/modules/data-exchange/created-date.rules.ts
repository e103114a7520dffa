import { type DateOrder, type Parsed, parseDateAndTime } from './values.rules.ts';

const EARLIEST = Date.UTC(1900, 0, 1);
/** A day of slack: a record made today on the other side of the date line is not "in the future". */
const SLACK_MS = 24 * 3600 * 1000;

/**
 * When another system created a record, from an export's "Create Date" or "CreatedDate", in any form
 * parseDateAndTime reads. Refused in the future or before 1900: such a date is a mistake, and would
 * put the record first or last in every list sorted by when it was created.
 */
export function parseCreatedDate(
  raw: string,
  dateOrder?: DateOrder | null,
  now = Date.now(),
): Parsed<string> {
  const text = raw.trim();
  const read = parseDateAndTime(text, dateOrder);
  if (!read.ok) return read;
  const at = Date.parse(read.value);
  if (at > now + SLACK_MS)
    return { ok: false, reason: `"${text}" is in the future: a record cannot have been created then.` };
  if (at < EARLIEST) return { ok: false, reason: `"${text}" is before 1900: is the year right?` };
  return read;
}
