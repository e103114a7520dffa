import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import type { Db } from '../../platform/db/connect.ts';
import { AppError } from '../../platform/errors.ts';
import { type Grant, isRole, PERMISSIONS } from '../access/index.ts';
import { workspaceSettings, workspacesOf } from '../workspaces/index.ts';

export interface Me {
  user: { id: string; email: string; name: string };
  /** `defaultCurrency`: the currency of amounts that carry none (a company's annual revenue). */
  workspace: { id: string; name: string; defaultCountry: string; defaultCurrency: string };
  role: string;
  permissions: Record<string, Grant>;
  workspaces: { id: string; name: string; role: string }[];
  credential: 'session' | 'api_token';
  csrfToken: string | null;
}

/** The caller as the UI needs it: who, where, with which rights, and where else they may go. */
export async function loadMe(db: Db, principal: StaffPrincipal, csrfToken: string | null): Promise<Me> {
  const user = await db.kysely
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('id', '=', principal.userId)
    .executeTakeFirst();
  const workspaces = await workspacesOf(db, principal.userId);
  const workspace = workspaces.find((w) => w.id === principal.workspaceId);
  if (!user || !workspace) throw new AppError('unauthenticated', 'Your session has ended.');
  const settings = await workspaceSettings(db.kysely, workspace.id);
  return {
    user,
    workspace: { id: workspace.id, name: workspace.name, ...settings },
    role: principal.role,
    permissions: isRole(principal.role) ? PERMISSIONS[principal.role] : {},
    workspaces,
    credential: principal.credential.type,
    csrfToken,
  };
}
