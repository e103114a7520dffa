import type { Role } from '../../api/types';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Manager',
  sales: 'Sales',
  support: 'Support',
  marketing: 'Marketing',
  viewer: 'Viewer',
};

/** One line each; the Roles page shows the exact permissions from GET /roles. */
export const ROLE_SUMMARIES: Record<Role, string> = {
  admin: 'Everything, including members, settings and the audit log.',
  manager: 'Works with the whole team’s records and reports.',
  sales: 'Own people, companies and deals; sees the team’s deals.',
  support: 'Handles tickets; edits people and companies.',
  marketing: 'Runs campaigns; edits people and companies.',
  viewer: 'Reads records; changes nothing.',
};

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'grape',
  manager: 'indigo',
  sales: 'teal',
  support: 'orange',
  marketing: 'pink',
  viewer: 'gray',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));
