import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
/** How long a key is remembered (Stripe keeps 24 hours). */
export const IDEMPOTENCY_HOURS = 24;

export function requestHash(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
}

/**
 * Claims a key inside the request's transaction. A concurrent request with the same key waits on the
 * primary key until the first commits, then replays it; if the first failed and rolled back, the key
 * was never stored and the second runs. Returns the stored response to replay, if any.
 */
export async function claimKey(
  tx: Tx,
  claim: { workspaceId: string; principal: string; key: string; hash: string },
): Promise<StoredResponse | undefined> {
  const inserted = await tx
    .insertInto('idempotency_keys')
    .values({
      workspace_id: claim.workspaceId,
      principal: claim.principal,
      key: claim.key,
      request_hash: claim.hash,
    })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'principal', 'key'])
        .doUpdateSet({
          request_hash: claim.hash,
          status: null,
          headers: null,
          body: null,
          created_at: sql`now()`,
        })
        // An expired key is forgotten: the request runs as new.
        .where(
          'idempotency_keys.created_at',
          '<',
          sql<Date>`now() - make_interval(hours => ${IDEMPOTENCY_HOURS})`,
        ),
    )
    .returning('key')
    .executeTakeFirst();
  if (inserted) return undefined;
  const stored = await tx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'headers', 'body'])
    .where('workspace_id', '=', claim.workspaceId)
    .where('principal', '=', claim.principal)
    .where('key', '=', claim.key)
    .executeTakeFirstOrThrow();
  if (stored.request_hash !== claim.hash) {
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request.');
  }
  if (stored.status === null)
    throw new AppError('conflict', 'A request with this Idempotency-Key is in progress.');
  return { status: stored.status, headers: stored.headers ?? {}, body: stored.body ?? '' };
}

export async function storeResponse(
  tx: Tx,
  claim: { workspaceId: string; principal: string; key: string },
  response: StoredResponse,
): Promise<void> {
  await tx
    .updateTable('idempotency_keys')
    .set({ status: response.status, headers: JSON.stringify(response.headers), body: response.body })
    .where('workspace_id', '=', claim.workspaceId)
    .where('principal', '=', claim.principal)
    .where('key', '=', claim.key)
    .execute();
}
