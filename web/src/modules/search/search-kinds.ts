import { type Icon, IconBuilding, IconUser } from '@tabler/icons-react';
import type { RecordObject } from '../records/record-types';

/** The kinds of record search finds, in the order they are shown, each with the page it opens on. */
export const SEARCH_KINDS = [
  { type: 'person', object: 'people', label: 'People', path: '/people', Icon: IconUser },
  { type: 'company', object: 'companies', label: 'Companies', path: '/companies', Icon: IconBuilding },
] as const satisfies readonly {
  type: string;
  object: RecordObject;
  label: string;
  path: string;
  Icon: Icon;
}[];

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The results page for a query: every kind's best hits. */
export const resultsPath = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;
