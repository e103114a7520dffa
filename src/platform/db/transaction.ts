import { AsyncLocalStorage } from 'node:async_hooks';
import { type Kysely, sql } from 'kysely';
import { isUuid } from '../uuid.ts';
import { AHEAD, AHEAD_LAST } from './ahead.ts';
import type { Db } from './connect.ts';
import { isStalePlan } from './prepared.ts';
import type { Database } from './schema.ts';

/** A Kysely bound to one connection inside an open transaction. */
export type Tx = Kysely<Database>;

/** How a change reached the database; recorded with every change in the audit trail. */
export type Via = 'ui' | 'api' | 'cli' | 'import' | 'automation' | 'job' | 'system';

/** Who acts. Staff users today; portal contacts, partners and chat visitors join this union. */
export type ActorRef = { type: 'user'; id: string } | { type: 'system'; id: null };

export interface TenantContext {
  workspaceId: string;
  actor: ActorRef;
  via: Via;
  requestId?: string | undefined;
  /** The API token the change is made with, if any (migration 0038 records it with each change). */
  apiTokenId?: string | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const TRANSIENT = new Set(['40001', '40P01']); // serialization failure, deadlock: safe to run again

/**
 * Runs `fn` in one transaction scoped to a workspace, under the non-owner role `rapport_app` so that
 * row-level security applies. The role, the workspace and the actor (read by the audit triggers) are
 * set in one statement (the values are validated, so inlining them is safe), sent ahead with BEGIN so
 * that on a server both travel with the first query. BEGIN is a statement of its own: should the
 * settings fail in any way, even to parse, the transaction is already open and aborted, and the first
 * query refused; it never runs as the owner.
 *
 * `readOnly` says a transaction is expected only to read; PostgreSQL holds it to that. Its COMMIT is
 * then sent ahead too: what it read stands whatever the COMMIT answers, so nothing waits for that
 * answer, and the connection goes back to the pool with the COMMIT on its way. Should `fn` write after
 * all (a list that asks for a sort index, now and then), PostgreSQL refuses the write, the transaction
 * rolls back, and `fn` runs again in one that may write.
 */
export async function inWorkspace<T>(
  db: Db,
  context: TenantContext,
  fn: (tx: Tx) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const scope = `${AHEAD}SET LOCAL ROLE rapport_app; ${settings(context)}`;
  return inTransaction(db, scope, options.readOnly ?? false, fn);
}

/**
 * Runs `fn` in one transaction as the database owner: no workspace, no row-level security. Only for
 * what precedes or spans workspaces (sign-in, setup, the job runner's queue handling, migrations).
 */
export async function asSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(db, undefined, false, fn);
}

const commitHooks = new AsyncLocalStorage<(() => void)[]>();

/**
 * Runs `hook` once the current transaction has committed (never if it rolls back); outside a
 * transaction, at once. For effects outside the database that must follow a committed change, such
 * as dropping a cached copy of what changed. In a read-only transaction the hook runs once its
 * COMMIT is sent, not answered: nothing changed there that could fail to land.
 */
export function afterCommit(hook: () => void): void {
  const hooks = commitHooks.getStore();
  if (hooks) hooks.push(hook);
  else hook();
}

const READ_ONLY_TRANSACTION = '25006'; // a write in a read-only transaction

async function inTransaction<T>(
  db: Db,
  scope: string | undefined,
  expectReadOnly: boolean,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  let readOnly = expectReadOnly;
  for (let attempt = 1; ; attempt++) {
    const hooks: (() => void)[] = [];
    try {
      return await db.kysely.connection().execute(async (conn) => {
        await sql.raw(readOnly ? `${AHEAD}BEGIN READ ONLY` : `${AHEAD}BEGIN`).execute(conn);
        if (scope) await sql.raw(scope).execute(conn);
        try {
          const result = await commitHooks.run(hooks, () => fn(conn));
          await sql.raw(readOnly ? `${AHEAD_LAST}COMMIT` : 'COMMIT').execute(conn);
          for (const hook of hooks) hook();
          return result;
        } catch (error) {
          await sql
            .raw('ROLLBACK')
            .execute(conn)
            .catch(() => {});
          throw error;
        }
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (readOnly && code === READ_ONLY_TRANSACTION) {
        readOnly = false;
        continue;
      }
      // A stale prepared plan (a migration ran meanwhile) has been forgotten: the next attempt prepares anew.
      if (attempt < 3 && ((typeof code === 'string' && TRANSIENT.has(code)) || isStalePlan(error))) continue;
      throw error;
    }
  }
}

function settings(context: TenantContext): string {
  if (!isUuid(context.workspaceId)) throw new Error('workspace id is not a UUID');
  if (context.actor.id !== null && !isUuid(context.actor.id)) throw new Error('actor id is not a UUID');
  if (context.apiTokenId !== undefined && !isUuid(context.apiTokenId)) {
    throw new Error('API token id is not a UUID');
  }
  const requestId = context.requestId && REQUEST_ID.test(context.requestId) ? context.requestId : '';
  const pairs: [string, string][] = [
    ['app.workspace_id', context.workspaceId],
    ['app.actor_type', context.actor.type],
    ['app.actor_id', context.actor.id ?? ''],
    ['app.via', context.via],
    ['app.request_id', requestId],
    ['app.api_token_id', context.apiTokenId ?? ''],
  ];
  return `SELECT ${pairs.map(([k, v]) => `set_config('${k}', '${v}', true)`).join(', ')}`;
}

/** Sets the workspace and actor on a transaction already open as the owner (workspace creation). */
export async function scopeTransaction(tx: Tx, context: TenantContext): Promise<void> {
  await sql.raw(settings(context)).execute(tx);
}

/** Switches an open owner transaction to the request role, for the rest of the transaction. */
export async function dropToAppRole(tx: Tx): Promise<void> {
  await sql.raw('SET LOCAL ROLE rapport_app').execute(tx);
}
