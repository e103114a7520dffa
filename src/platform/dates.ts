const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * A day that exists: JavaScript reads 2023-02-30 as 2 March, and PostgreSQL refuses it (and reads a
 * stored one as missing: migration 0025). Year 0 exists in neither calendar.
 */
export function isCalendarDate(raw: string): boolean {
  if (!DATE.test(raw) || raw.startsWith('0000')) return false;
  const day = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === raw;
}

/**
 * An ISO 8601 date and time on a day that exists, to the microsecond PostgreSQL keeps; with its
 * offset (Z or ±hh:mm) when `offset` is 'required', else optional (then read in the session's zone).
 */
export function isIsoDateTime(raw: string, offset: 'required' | 'optional'): boolean {
  const match = DATE_TIME.exec(raw);
  if (!match || (offset === 'required' && match[4] === undefined)) return false;
  return isCalendarDate(raw.slice(0, 10));
}
