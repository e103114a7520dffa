import { sql } from 'kysely';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords.ts';
import { type IssuedSession, issueSession, revokeUserSessions } from '../../platform/auth/sessions.ts';
import {
  clearFailures,
  lockedFor,
  PER_ACCOUNT,
  PER_ADDRESS,
  recordFailure,
} from '../../platform/auth/throttle.ts';
import type { Db } from '../../platform/db/connect.ts';
import { asSystem, type Tx, type Via } from '../../platform/db/transaction.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { passwordResetMail } from './account.mail.ts';
import { consumePasswordToken, issuePasswordToken, RESET_MINUTES } from './password-tokens.ts';

export interface Origin {
  ip: string | undefined;
  userAgent: string | undefined;
}

const badCredentials = () => new AppError('unauthenticated', 'Wrong e-mail or password.');

/**
 * Checks an e-mail and password and opens a session. Both the account and the address are throttled
 * in the database; while locked, even the right password is refused, so guessing cannot go on.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; origin: Origin },
): Promise<{ session: IssuedSession; userId: string }> {
  const keys = [`email:${input.email}`, ...(input.origin.ip ? [`ip:${input.origin.ip}`] : [])];
  for (const key of keys) {
    const wait = await lockedFor(db, key);
    if (wait > 0) {
      throw new AppError('rate_limited', 'Too many failed sign-ins. Try again later.', {
        retryAfterSeconds: wait,
      });
    }
  }
  const user = await db.kysely
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('email', '=', input.email)
    .executeTakeFirst();
  const valid = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !valid) {
    await recordFailure(db, `email:${input.email}`, PER_ACCOUNT);
    if (input.origin.ip) await recordFailure(db, `ip:${input.origin.ip}`, PER_ADDRESS);
    throw badCredentials();
  }
  const workspace = await db.kysely
    .selectFrom('memberships')
    .select('workspace_id')
    .where('user_id', '=', user.id)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!workspace) throw new AppError('forbidden', 'Your account belongs to no active workspace.');
  await clearFailures(db, `email:${input.email}`);
  const session = await asSystem(db, (tx) =>
    issueSession(tx, { userId: user.id, workspaceId: workspace.workspace_id, ...input.origin }),
  );
  return { session, userId: user.id };
}

/**
 * Sends a reset link if the account exists. The answer is the same either way, so it does not tell
 * who has an account; at most one mail a minute per account.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; publicUrl: string; mailDomain: string },
): Promise<void> {
  await asSystem(db, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'name'])
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (!user) return;
    const recent = await tx
      .selectFrom('password_tokens')
      .select('created_at')
      .where('user_id', '=', user.id)
      .where('purpose', '=', 'reset')
      .where('created_at', '>', sql<Date>`now() - interval '1 minute'`)
      .executeTakeFirst();
    if (recent) return;
    const secret = await issuePasswordToken(tx, user.id, 'reset');
    const link = `${input.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`;
    const mail = passwordResetMail({ name: user.name, link, minutes: RESET_MINUTES });
    await queueMail(
      tx,
      { workspaceId: null, kind: 'password_reset', to: input.email, ...mail },
      input.mailDomain,
    );
  });
}

/** Sets a password from a reset or invitation link, and signs the account out everywhere. */
export async function setPasswordWithToken(
  db: Db,
  input: { token: string; password: string },
): Promise<string> {
  return asSystem(db, async (tx) => {
    const userId = await consumePasswordToken(tx, input.token);
    if (!userId)
      throw new AppError('unprocessable', 'This link has expired or was already used. Ask for a new one.');
    const user = await tx
      .selectFrom('users')
      .select('email')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    await setPassword(tx, userId, user.email, input.password, { via: 'ui' });
    await revokeUserSessions(tx, userId);
    return userId;
  });
}

export async function changePassword(
  db: Db,
  input: {
    userId: string;
    currentPassword: string;
    newPassword: string;
    keepSessionId: string | undefined;
    via: Via;
    apiTokenId?: string | undefined;
  },
): Promise<void> {
  await asSystem(db, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['email', 'password_hash'])
      .where('id', '=', input.userId)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw invalid('/currentPassword', 'This is not your current password.');
    }
    await setPassword(tx, input.userId, user.email, input.newPassword, input);
    await revokeUserSessions(tx, input.userId, input.keepSessionId);
  });
}

async function setPassword(
  tx: Tx,
  userId: string,
  email: string,
  password: string,
  made: MadeThrough,
): Promise<void> {
  const problem = passwordProblem(password, email);
  if (problem) throw invalid('/password', problem);
  await tx
    .updateTable('users')
    .set({
      password_hash: await hashPassword(password),
      password_changed_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('id', '=', userId)
    .execute();
  await auditAccountChange(tx, {
    userId,
    changes: { password_hash: ['[redacted]', '[redacted]'] },
    via: made.via,
    apiTokenId: made.apiTokenId,
  });
}

export async function updateProfile(
  db: Db,
  input: { userId: string; name: string; via: Via; apiTokenId?: string | undefined },
): Promise<void> {
  await asSystem(db, async (tx) => {
    const before = await tx
      .selectFrom('users')
      .select('name')
      .where('id', '=', input.userId)
      .executeTakeFirstOrThrow();
    if (before.name === input.name) return;
    await tx
      .updateTable('users')
      .set({ name: input.name, updated_at: sql`now()`, version: sql`version + 1` })
      .where('id', '=', input.userId)
      .execute();
    await auditAccountChange(tx, {
      userId: input.userId,
      changes: { name: [before.name, input.name] },
      via: input.via,
      apiTokenId: input.apiTokenId,
    });
  });
}

/** How an account change was made: through what, and with which API token, if one. */
interface MadeThrough {
  via: Via;
  apiTokenId?: string | undefined;
}

/**
 * An account is shared by the workspaces it belongs to, so a change to it (name, password) is written
 * to the audit trail of each of them, as done by the account holder, labelled with the account's name
 * as the trigger labels other records (migration 0014). Written as the owner, outside any workspace,
 * so the API token it was made with is named here rather than read from the transaction (migration
 * 0038), in each entry: a workspace the token is not of reads it as a token not on record there.
 */
async function auditAccountChange(
  tx: Tx,
  input: { userId: string; changes: Record<string, [unknown, unknown]> } & MadeThrough,
): Promise<void> {
  await sql`
    INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, record_label, api_token_id)
    SELECT m.workspace_id, 'user', ${input.userId}, 'updated', ${JSON.stringify(input.changes)}::jsonb, 'user', ${input.userId}, ${input.via},
           coalesce(nullif(u.name, ''), u.email), ${input.apiTokenId ?? null}::uuid
    FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = ${input.userId}`.execute(tx);
}
