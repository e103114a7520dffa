import { type Icon, IconBuilding, IconUser } from '@tabler/icons-react';
import type { RecordObject } from '../records/record-types';

/** The kinds of record search finds, in the order they are shown, each with the page it opens on. */
export const SEARCH_KINDS = [
  { type: 'person', object: 'people', label: 'People', noun: 'Person', path: '/people', Icon: IconUser },
  {
    type: 'company',
    object: 'companies',
    label: 'Companies',
    noun: 'Company',
    path: '/companies',
    Icon: IconBuilding,
  },
] as const satisfies readonly {
  type: string;
  object: RecordObject;
  label: string;
  /** One record of the kind, as read aloud beside its icon. */
  noun: string;
  path: string;
  Icon: Icon;
}[];

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The results page for a query: every kind's best hits. */
export const resultsPath = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;
