import { type DateOrder, type Parsed, parseDate, parseDateTime } from './values.rules.ts';

const EARLIEST = Date.UTC(1900, 0, 1);
/** A day of slack: a record made today on the other side of the date line is not "in the future". */
const SLACK_MS = 24 * 3600 * 1000;

// "14:33", "2:33 PM", "14:33:07", after a date: HubSpot and Salesforce exports in a person's format.
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;

/**
 * When another system created a record, from an export's "Create Date" or "CreatedDate": a date and
 * time in ISO 8601 (as exports write it; without a zone, UTC), a date alone (read as the import reads
 * dates, at midnight UTC), or a date in another format followed by a time ("05/12/2023 2:33 PM").
 * Refused in the future or before 1900: such a date is a mistake, and would put the record first or
 * last in every list sorted by when it was created.
 */
export function parseCreatedDate(
  raw: string,
  dateOrder?: DateOrder | null,
  now = Date.now(),
): Parsed<string> {
  const text = raw.trim();
  const read = readDate(text, dateOrder);
  if (!read.ok) return read;
  const at = Date.parse(read.value);
  if (at > now + SLACK_MS)
    return { ok: false, reason: `"${text}" is in the future: a record cannot have been created then.` };
  if (at < EARLIEST) return { ok: false, reason: `"${text}" is before 1900: is the year right?` };
  return read;
}

function readDate(text: string, dateOrder: DateOrder | null | undefined): Parsed<string> {
  const timed = parseDateTime(text);
  if (timed.ok) return timed;
  const split = /^(\S+(?:\s+\S+,?\s+\d{4})?)\s+(\d{1,2}:\d{2}.*)$/.exec(text);
  const time = split ? TIME.exec(split[2] ?? '') : null;
  const date = parseDate(split && time ? (split[1] ?? '') : text, dateOrder);
  if (!date.ok) return date;
  if (!time) return { ok: true, value: `${date.value}T00:00:00.000Z` };
  let hours = Number(time[1]);
  const meridiem = time[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem && (hours < 1 || hours > 12)) return { ok: false, reason: `"${text}" is not a time of day.` };
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  const [minutes, seconds] = [Number(time[2]), Number(time[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59)
    return { ok: false, reason: `"${text}" is not a time of day.` };
  const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
  return { ok: true, value: new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds)).toISOString() };
}
