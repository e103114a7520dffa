import type { QueryClient, QueryKey } from '@tanstack/react-query';

const PERSON_OVERVIEW: QueryKey = ['people', 'overview'];
/** A company's open deals, its people's tickets, its orders and the last contact with its people. */
const COMPANY_OVERVIEW: QueryKey = ['companies', 'overview'];
const PERSON_TIMELINE: QueryKey = ['people', 'timeline'];
const COMPANY_TIMELINE: QueryKey = ['companies', 'timeline'];
/** A company's group with its roll-ups (revenue, open deals), and its people. */
const COMPANY_HIERARCHY: QueryKey = ['companies', 'hierarchy'];
const COMPANY_PEOPLE: QueryKey = ['people', 'of-company'];

/**
 * The cached reads a change of each kind of record makes stale, for the kinds whose changes come
 * from elsewhere: entries the server derives after the request (a task done, a consent recorded, an
 * order placed), and what colleagues and programs write meanwhile. Left out on purpose: lists (an
 * endless list refetches every page it has loaded) and the reads behind an edit form, whose ETag
 * must stay the version the user started from. Kinds are named as the socket names them (camelCase).
 */
export const STALE_ON_CHANGE: Record<string, readonly QueryKey[]> = {
  person: [PERSON_OVERVIEW, COMPANY_PEOPLE, COMPANY_OVERVIEW],
  employment: [PERSON_OVERVIEW, COMPANY_PEOPLE, COMPANY_OVERVIEW],
  company: [COMPANY_HIERARCHY, COMPANY_OVERVIEW],
  deal: [PERSON_OVERVIEW, COMPANY_HIERARCHY, COMPANY_OVERVIEW],
  dealPerson: [PERSON_OVERVIEW],
  order: [PERSON_OVERVIEW, COMPANY_OVERVIEW],
  ticket: [PERSON_OVERVIEW, COMPANY_OVERVIEW],
  activity: [PERSON_TIMELINE, COMPANY_TIMELINE, PERSON_OVERVIEW],
  activityPerson: [PERSON_TIMELINE, PERSON_OVERVIEW, COMPANY_OVERVIEW],
  task: [['tasks']],
  consentEvent: [['people', 'consents']],
  // A field an admin or a program defines, archives or relabels: the forms, columns and filters offer it.
  customField: [['custom-fields']],
  // Pairs a scan in the background found (after an import, say) appear on an open Duplicates page.
  duplicateCandidate: [['duplicates', 'list']],
  // Sent to the member alone when their own notifications change (a mention, read in another tab).
  notification: [['notifications']],
};

/**
 * Reads about one record (`[object, part, id, …]`): a change that names its records makes them stale
 * only when it names the record itself or one the read shows (an open deal, a timeline entry). The
 * others (my tasks) follow any change of their kinds.
 */
const ABOUT_ONE_RECORD: readonly QueryKey[] = [
  PERSON_OVERVIEW,
  COMPANY_OVERVIEW,
  PERSON_TIMELINE,
  COMPANY_TIMELINE,
  COMPANY_HIERARCHY,
  COMPANY_PEOPLE,
  ['people', 'consents'],
];

/** The ids a change named, or null when it may concern any record of its kind. */
export type Changed = ReadonlySet<string> | null;

export function invalidate(queryClient: QueryClient, objectType: string, changed: Changed): void {
  for (const queryKey of STALE_ON_CHANGE[objectType] ?? []) {
    const aboutOne = ABOUT_ONE_RECORD.some((key) => key.every((part, i) => queryKey[i] === part));
    void queryClient.invalidateQueries({
      queryKey,
      predicate:
        changed && aboutOne
          ? (query) => changed.has(String(query.queryKey[2])) || mentionsAny(query.state.data, changed)
          : undefined,
    });
  }
}

/** Whether any string in a cached response is one of the ids (walks it: responses are small). */
export function mentionsAny(data: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof data === 'string') return ids.has(data);
  if (Array.isArray(data)) return data.some((item) => mentionsAny(item, ids));
  if (typeof data === 'object' && data !== null) return Object.values(data).some((v) => mentionsAny(v, ids));
  return false;
}
