import { isApiError } from '../../api/api-error';
import type { components } from '../../api/schema.gen';
import { formatDate } from '../../ui/format';

/** Where a person or company merged away went (the `mergedInto` of its 404). */
export type MergedInto = NonNullable<components['schemas']['MergedProblem']['mergedInto']>;

/** What the page it went into is told, in the history entry it replaces. */
export interface MergedAwayState {
  mergedAway: MergedInto;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The record a failed read was merged into, when the 404 says so. */
export function mergedIntoOf(error: unknown): MergedInto | undefined {
  if (!isApiError(error) || error.status !== 404) return undefined;
  const found = error.extensions.mergedInto;
  if (typeof found !== 'object' || found === null) return undefined;
  const m = found as Record<string, unknown>;
  if (!isText(m.id) || !isText(m.name) || !isText(m.mergedName) || !isText(m.mergedAt)) return undefined;
  return {
    id: m.id,
    name: m.name,
    mergedName: m.mergedName,
    mergedAt: m.mergedAt,
    mergeId: isText(m.mergeId) ? m.mergeId : null,
  };
}

/** The notice's state, if the page was reached from a merged record's address. */
export function mergedAwayOf(state: unknown): MergedInto | undefined {
  const found = (state as Partial<MergedAwayState> | null)?.mergedAway;
  return found && isText(found.id) && isText(found.mergedName) ? found : undefined;
}

/** "Jon Smithers was merged into this person on 1 Dec 2026." */
export function mergedNoticeText(merged: MergedInto, noun: 'person' | 'company'): string {
  return `${merged.mergedName} was merged into this ${noun} on ${formatDate(merged.mergedAt)}.`;
}
