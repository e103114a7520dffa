import { type RawBuilder, sql } from 'kysely';
import { AppError } from '../errors.ts';

/** The columns every update of a versioned record sets: the ETag changes with the version. */
export function bumped(): { updated_at: RawBuilder<Date>; version: RawBuilder<number> } {
  return { updated_at: sql<Date>`now()`, version: sql<number>`version + 1` };
}

/** `If-Match` given and stale → 412. Not given → the change applies to whatever is current. */
export function assertVersion(expected: number | undefined, actual: number, what = 'record'): void {
  if (expected !== undefined && expected !== actual) {
    throw new AppError(
      'precondition_failed',
      `The ${what} changed since you read it (version ${actual}, not ${expected}). Read it again.`,
    );
  }
}
