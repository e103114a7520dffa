import type { AddressEntry, CleanPerson, EmailEntry, PersonInput, PhoneEntry } from '../people/index.ts';

/**
 * How a row updates a record it matched. Pure. What the row leaves blank stays; single values it
 * gives replace the record's; e-mails, phones and tags are added to the record's (never removed,
 * the primary stays first); its address fills in the record's first address; custom values merge
 * key by key.
 */
export interface PersonRecord {
  id: string;
  version: number;
  owner_id: string | null;
  first_name: string | null;
  last_name: string | null;
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  job_title: string | null;
  company_id: string | null;
  lifecycle_stage: string;
  tags: string[];
  custom_fields: Record<string, unknown>;
  /** A new record's created date from the file; an update leaves the record's own. */
  created_at?: string | undefined;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

/** The first address with the row's non-blank parts laid over it. */
export function mergeAddresses<A extends Partial<AddressEntry>>(
  current: A[],
  given: A[] | undefined,
): A[] | undefined {
  const first = given?.[0];
  if (!first) return undefined;
  const parts = Object.fromEntries(
    Object.entries(first).filter(([k, v]) => v !== null && v !== undefined && v !== '' && k !== 'type'),
  );
  return [{ ...(current[0] ?? first), ...parts } as A, ...current.slice(1)];
}

export function mergeTags(current: string[], given: string[] | undefined): string[] | undefined {
  return given ? [...new Set([...current, ...given])] : undefined;
}

export function mergePersonInput(draft: PersonInput, clean: CleanPerson, current: PersonRecord): PersonInput {
  const input: PersonInput = {};
  if (draft.firstName !== undefined) input.firstName = draft.firstName;
  if (draft.lastName !== undefined) input.lastName = draft.lastName;
  if (draft.jobTitle !== undefined) input.jobTitle = draft.jobTitle;
  if (draft.lifecycleStage !== undefined) input.lifecycleStage = draft.lifecycleStage;
  if (clean.emails && clean.emails.length > 0)
    input.emails = uniqueBy([...current.emails, ...clean.emails], (e) => e.address);
  if (clean.phones && clean.phones.length > 0)
    input.phones = uniqueBy([...current.phones, ...clean.phones], (p) => p.number);
  const addresses = mergeAddresses(current.addresses, clean.addresses);
  if (addresses) input.addresses = addresses;
  const tags = mergeTags(current.tags, draft.tags);
  if (tags) input.tags = tags;
  if (draft.customFields !== undefined) input.customFields = draft.customFields;
  return input;
}
