import type { Icon } from '@tabler/icons-react';
import type { Me } from '../../api/types';
import { can } from '../access/permissions';

/** One entry of the main navigation; modules contribute theirs through their AppModule. */
export interface NavEntry {
  to: string;
  label: string;
  icon: Icon;
  /** The kind of record (a key of me.permissions) the role must be able to read to see the entry. */
  requires?: string;
  /** A further test of the role, for an entry whose pages are of no use without more than reading. */
  allowed?: (me: Me) => boolean;
}

export function visibleNavigation(entries: readonly NavEntry[], me: Me): NavEntry[] {
  return entries.filter(
    (entry) =>
      (entry.requires === undefined || can(me, entry.requires, 'read')) && (entry.allowed?.(me) ?? true),
  );
}

/** `/settings/users` is active under `/settings`; `/` only on itself. */
export function isActiveEntry(entry: NavEntry, pathname: string): boolean {
  if (entry.to === '/') return pathname === '/';
  return pathname === entry.to || pathname.startsWith(`${entry.to}/`);
}
