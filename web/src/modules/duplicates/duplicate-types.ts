import type { components } from '../../api/schema.gen';
import { formatDomain, formatEmail, formatPhone } from '../../ui/format';

export type DuplicateCandidate = components['schemas']['DuplicateCandidate'];
export type DuplicateObject = DuplicateCandidate['objectType'];
export type DuplicateStatus = DuplicateCandidate['status'];
export type Merge = components['schemas']['Merge'];
export type Person = components['schemas']['Person'];
export type Company = components['schemas']['Company'];
export type DuplicateRecord = Person | Company;

/** Why the finder paired two records (duplicates.rules.ts SCORES), as a reviewer reads it. */
const REASONS: Record<string, string> = {
  email: 'Same e-mail',
  phone: 'Same phone',
  domain: 'Same domain',
  name_and_company: 'Similar name, same company',
  name_and_domain: 'Same name, same e-mail domain',
  name: 'Same name',
};
const reasonLabel = (reason: string) => REASONS[reason] ?? reason.replace(/_/g, ' ');

/**
 * Why a pair was found, as its card says it: "similar" names that read the same (apart from case and
 * accents) are the same name, which a reviewer weighs differently from "Kristina" and "Krsitina".
 */
export function reasonLabels(candidate: Pick<DuplicateCandidate, 'reasons' | 'records'>): string[] {
  const [first, second] = candidate.records.map((record) => record.name);
  const sameName =
    first !== undefined &&
    second !== undefined &&
    first.localeCompare(second, undefined, { sensitivity: 'base' }) === 0;
  return candidate.reasons.map((reason) =>
    reason === 'name_and_company' && sameName ? 'Same name, same company' : reasonLabel(reason),
  );
}

/** A value the pair shares as the records' pages write it ("+1 415 472 6639", "jörg@müller.de"). */
export function matchText(match: DuplicateCandidate['matches'][number]): string {
  if (match.reason === 'phone') return formatPhone(match.value);
  if (match.reason === 'email') return formatEmail(match.value);
  if (match.reason === 'domain') return formatDomain(match.value);
  return match.value;
}

export const OBJECT_OPTIONS: { value: DuplicateObject; label: string }[] = [
  { value: 'people', label: 'People' },
  { value: 'companies', label: 'Companies' },
];

/** Where a record's own page lives (the people and companies modules). */
export const recordPath = (object: DuplicateObject, id: string) => `/${object}/${id}`;

/** What a merge did, with Undo (MergeOutcomePage). */
export const mergePath = (mergeId: string) => `/duplicates/merges/${mergeId}`;

/** The side-by-side review of a pair, which the list links to. */
export const reviewPath = (candidate: DuplicateCandidate) => {
  const [first, second] = candidate.records;
  return `/duplicates/${candidate.objectType}/${first?.id}/${second?.id}?candidate=${candidate.id}`;
};
