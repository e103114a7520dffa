import { sql } from 'kysely';
import { hashSecret, randomSecret } from '../../platform/auth/secrets.ts';
import type { Tx } from '../../platform/db/transaction.ts';

export const RESET_MINUTES = 60;
export const INVITE_DAYS = 7;

/** Issues a single-use token to set a password (reset or invitation); returns the secret for the link. */
export async function issuePasswordToken(
  tx: Tx,
  userId: string,
  purpose: 'reset' | 'invite',
): Promise<string> {
  const secret = randomSecret();
  const minutes = purpose === 'reset' ? RESET_MINUTES : INVITE_DAYS * 24 * 60;
  await tx
    .insertInto('password_tokens')
    .values({
      token_hash: hashSecret(secret),
      user_id: userId,
      purpose,
      expires_at: sql`now() + make_interval(mins => ${minutes})`,
    })
    .execute();
  return secret;
}

/** Consumes a token: valid once, before it expires. Returns the user it was issued for. */
export async function consumePasswordToken(tx: Tx, secret: string): Promise<string | undefined> {
  const row = await tx
    .updateTable('password_tokens')
    .set({ used_at: sql`now()` })
    .where('token_hash', '=', hashSecret(secret))
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning('user_id')
    .executeTakeFirst();
  if (!row) return undefined;
  // Any other outstanding link for this account dies with this one.
  await tx
    .updateTable('password_tokens')
    .set({ used_at: sql`now()` })
    .where('user_id', '=', row.user_id)
    .where('used_at', 'is', null)
    .execute();
  return row.user_id;
}
