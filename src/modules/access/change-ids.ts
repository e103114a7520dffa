import { type AccessObject, scopeOf } from './access.rules.ts';

/** The kind of record behind each kind of change, as the events socket names them. */
const RECORD_OF_CHANGE: Record<string, AccessObject> = {
  person: 'people',
  employment: 'people',
  company: 'companies',
  deal: 'deals',
  dealPerson: 'deals',
  order: 'orders',
  orderLine: 'orders',
  ticket: 'tickets',
  activity: 'activities',
  activityPerson: 'activities',
  attachment: 'activities',
  task: 'tasks',
  consentEvent: 'consents',
};

/** What a change's ids may point at besides its own record (the columns of its foreign keys). */
const POINTED_AT: readonly AccessObject[] = [
  'people',
  'companies',
  'deals',
  'orders',
  'tickets',
  'activities',
  'products',
];

/**
 * Whether a member may be told which records a change named (their ids), and not only its kind: only
 * when their role reads every record of the change's kind and of each kind it may point at. Otherwise
 * the ids of records hidden from them (a colleague's deal, for a sales rep) would reach them; they
 * are told the kind alone, and their pages refetch as for any change of it. Other kinds (settings,
 * tokens, members) never name their records.
 */
export function mayLearnChangedIds(role: string, kind: string): boolean {
  const object = RECORD_OF_CHANGE[kind];
  return object !== undefined && [object, ...POINTED_AT].every((o) => scopeOf(role, o, 'read') === 'all');
}
