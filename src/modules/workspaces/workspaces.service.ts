import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords.ts';
import { TtlCache } from '../../platform/cache/ttl-cache.ts';
import { presentColumns } from '../../platform/db/columns.ts';
import type { Db } from '../../platform/db/connect.ts';
import type { Row } from '../../platform/db/schema.ts';
import { afterCommit, asSystem, scopeTransaction, type Tx, type Via } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { cleanCountry } from '../people/people.rules.ts';

export interface NewAdmin {
  email: string;
  name: string;
  password: string;
}

// Serialises first-run setup, so two browsers racing to "create the first workspace" get one.
const SETUP_LOCK = 7_261_002;

export async function needsSetup(db: Db): Promise<boolean> {
  const row = await db.kysely.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Creates a workspace and its first admin: a new account, or an existing one whose password matches.
 * Everything lands in the new workspace's audit trail as done by that admin.
 */
export async function createWorkspace(
  db: Db,
  input: { name: string; admin: NewAdmin; via: Via; onlyIfFirst?: boolean },
): Promise<{ workspaceId: string; userId: string }> {
  const problem = passwordProblem(input.admin.password, input.admin.email);
  if (problem) throw invalid('/password', problem);
  const passwordHash = await hashPassword(input.admin.password);
  return asSystem(db, async (tx) => {
    if (input.onlyIfFirst) {
      await sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`.execute(tx);
      const any = await tx.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
      if (any) throw new AppError('conflict', 'This Rapport is already set up. Sign in instead.');
    }
    const existing = await tx
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('email', '=', input.admin.email)
      .executeTakeFirst();
    if (existing && !(await verifyPassword(existing.password_hash, input.admin.password))) {
      throw new AppError(
        'conflict',
        'An account with this e-mail already exists: give its password, or sign in and create the workspace there.',
      );
    }
    const userId = existing?.id ?? uuidv7();
    const workspaceId = uuidv7();
    await scopeTransaction(tx, { workspaceId, actor: { type: 'user', id: userId }, via: input.via });
    await tx.insertInto('workspaces').values({ id: workspaceId, name: input.name }).execute();
    if (!existing) {
      await tx
        .insertInto('users')
        .values({
          id: userId,
          email: input.admin.email,
          name: input.admin.name,
          password_hash: passwordHash,
          password_changed_at: sql`now()`,
        })
        .execute();
    }
    await addOwnerMembership(tx, workspaceId, userId);
    return { workspaceId, userId };
  });
}

/**
 * A signed-in user creates another workspace, of which they become the admin. Made with an API token
 * (of the workspace they were in), its first entries name that token.
 */
export async function createWorkspaceFor(
  db: Db,
  input: { name: string; userId: string; via: Via; apiTokenId?: string | undefined },
): Promise<{ workspaceId: string }> {
  return asSystem(db, async (tx) => {
    const workspaceId = uuidv7();
    await scopeTransaction(tx, {
      workspaceId,
      actor: { type: 'user', id: input.userId },
      via: input.via,
      apiTokenId: input.apiTokenId,
    });
    await tx.insertInto('workspaces').values({ id: workspaceId, name: input.name }).execute();
    await addOwnerMembership(tx, workspaceId, input.userId);
    return { workspaceId };
  });
}

async function addOwnerMembership(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  await tx
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role: 'admin' })
    .execute();
}

const settingsCache = new TtlCache<{ defaultCountry: string; defaultCurrency: string }>(60_000);

export function forgetWorkspaceSettings(workspaceId: string): void {
  settingsCache.invalidate(workspaceId);
}

/** The defaults records are read with (phone country, currency): cached, they rarely change. */
export async function workspaceSettings(tx: Tx, workspaceId: string) {
  const cached = settingsCache.get(workspaceId);
  if (cached) return cached;
  const row = await tx
    .selectFrom('workspaces')
    .select(['default_country', 'default_currency'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const settings = { defaultCountry: row.default_country, defaultCurrency: row.default_currency };
  settingsCache.set(workspaceId, settings);
  return settings;
}

export async function getWorkspace(
  tx: Tx,
  workspaceId: string,
  id: string,
  why: ReadFor = 'read',
): Promise<Row<'workspaces'>> {
  // Row-level security already hides other workspaces; the id check keeps the answer a clean 404.
  if (id !== workspaceId) throw notFound('workspace');
  const row = await tx
    .selectFrom('workspaces')
    .selectAll()
    .where('id', '=', id)
    .$if(locks(why), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound('workspace');
  return row;
}

export async function renameWorkspace(
  tx: Tx,
  input: {
    workspaceId: string;
    id: string;
    change: {
      name?: string | undefined;
      defaultCountry?: string | undefined;
      defaultCurrency?: string | undefined;
    };
    expectedVersion: number | undefined;
  },
): Promise<Row<'workspaces'>> {
  const current = await getWorkspace(tx, input.workspaceId, input.id, 'update');
  assertVersion(input.expectedVersion, current.version, 'workspace');
  const { name, defaultCountry, defaultCurrency } = input.change;
  let country: string | undefined;
  if (defaultCountry !== undefined) {
    const checked = cleanCountry(defaultCountry);
    if (!checked.ok) throw invalid('/defaultCountry', checked.reason);
    country = checked.value;
  }
  forgetWorkspaceSettings(input.workspaceId);
  afterCommit(() => forgetWorkspaceSettings(input.workspaceId));
  return tx
    .updateTable('workspaces')
    .set({
      ...presentColumns(
        'workspaces',
        { name, country, defaultCurrency },
        {
          name: 'name',
          country: 'default_country',
          defaultCurrency: 'default_currency',
        },
      ),
      ...bumped(),
    })
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The workspaces a user belongs to (active memberships), for the switcher. Crosses workspaces. */
export async function workspacesOf(
  db: Db,
  userId: string,
): Promise<{ id: string; name: string; role: string }[]> {
  return db.kysely
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['w.id', 'w.name', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('m.status', '=', 'active')
    .orderBy('w.name')
    .execute();
}
