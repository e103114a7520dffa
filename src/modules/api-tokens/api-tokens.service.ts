import { sql } from 'kysely';
import { forgetTokenGrants } from '../../platform/auth/authenticate.ts';
import { formatApiToken, hashSecret, randomSecret } from '../../platform/auth/secrets.ts';
import type { Row } from '../../platform/db/schema.ts';
import { afterCommit, type Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { AppError, notFound } from '../../platform/errors.ts';

export type ApiTokenRow = Omit<Row<'api_tokens'>, 'secret_hash'>;
const COLUMNS = [
  'workspace_id',
  'id',
  'user_id',
  'name',
  'last_four',
  'created_at',
  'updated_at',
  'version',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

/** Creates a token; the secret is returned this once and only its hash is kept. */
export async function createApiToken(
  tx: Tx,
  input: { workspaceId: string; userId: string; name: string; expiresAt: Date | null },
): Promise<{ token: string; row: ApiTokenRow }> {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new AppError('validation_failed', 'The expiry must be in the future.', {
      errors: [{ path: '/expiresAt', message: 'Must be in the future.' }],
    });
  }
  const secret = randomSecret();
  const row = await tx
    .insertInto('api_tokens')
    .values({
      workspace_id: input.workspaceId,
      user_id: input.userId,
      name: input.name,
      secret_hash: hashSecret(secret),
      last_four: secret.slice(-4),
      expires_at: input.expiresAt,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return { token: formatApiToken(input.workspaceId, row.id, secret), row };
}

export async function listApiTokens(
  tx: Tx,
  filter: { workspaceId: string; userId?: string | undefined; includeRevoked: boolean },
): Promise<ApiTokenRow[]> {
  let query = tx
    .selectFrom('api_tokens')
    .select(COLUMNS)
    .where('workspace_id', '=', filter.workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1000);
  if (filter.userId) query = query.where('user_id', '=', filter.userId);
  if (!filter.includeRevoked) query = query.where('revoked_at', 'is', null);
  return query.execute();
}

/** A token, if the actor may see it: their own, or any for whoever manages users. */
export async function findApiToken(
  tx: Tx,
  input: {
    workspaceId: string;
    id: string;
    visibleTo: { userId: string; seesAll: boolean };
    why?: ReadFor;
  },
): Promise<ApiTokenRow> {
  const row = await tx
    .selectFrom('api_tokens')
    .select(COLUMNS)
    .where('workspace_id', '=', input.workspaceId)
    .where('id', '=', input.id)
    .$if(locks(input.why ?? 'read'), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row || (!input.visibleTo.seesAll && row.user_id !== input.visibleTo.userId))
    throw notFound('API token');
  return row;
}

export async function revokeApiToken(
  tx: Tx,
  token: ApiTokenRow,
  expectedVersion: number | undefined,
): Promise<void> {
  assertVersion(expectedVersion, token.version, 'API token');
  if (token.revoked_at) return;
  afterCommit(forgetTokenGrants);
  await tx
    .updateTable('api_tokens')
    .set({ revoked_at: sql`now()`, ...bumped() })
    .where('workspace_id', '=', token.workspace_id)
    .where('id', '=', token.id)
    .execute();
}
