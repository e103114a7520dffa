import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Me } from '../../api/types';

/** A page under Settings; modules contribute theirs through their AppModule. */
export interface SettingsSection {
  /** Relative to /settings; may take sub-paths (`users/*`). */
  path: string;
  label: string;
  icon: Icon;
  isVisible: (me: Me) => boolean;
  element: ReactNode;
}

/** `users/*` → `users`: the segment that names the section in the address. */
export function sectionSlug(section: SettingsSection): string {
  return section.path.replace(/\/\*$/, '');
}
