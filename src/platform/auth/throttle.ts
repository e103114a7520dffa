import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** Sign-in throttling, in the database so every server process shares it. */
export interface ThrottlePolicy {
  /** Failures allowed within the window before the key is locked. */
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const PER_ACCOUNT: ThrottlePolicy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
export const PER_ADDRESS: ThrottlePolicy = { maxFailures: 50, windowMinutes: 15, lockMinutes: 15 };

/** Seconds until the key may try again, or 0. */
export async function lockedFor(db: Db, key: string): Promise<number> {
  const row = await db.kysely
    .selectFrom('auth_throttle')
    .select(sql<number>`ceil(extract(epoch FROM locked_until - now()))::int`.as('seconds'))
    .where('key', '=', key)
    .where('locked_until', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? Math.max(1, row.seconds) : 0;
}

export async function recordFailure(db: Db, key: string, policy: ThrottlePolicy): Promise<void> {
  const expired = sql<boolean>`auth_throttle.window_started_at < now() - make_interval(mins => ${policy.windowMinutes})`;
  await db.kysely
    .insertInto('auth_throttle')
    .values({ key, failures: 1, window_started_at: sql`now()` })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`CASE WHEN ${expired} THEN 1 ELSE auth_throttle.failures + 1 END`,
        window_started_at: sql`CASE WHEN ${expired} THEN now() ELSE auth_throttle.window_started_at END`,
        locked_until: sql`CASE WHEN NOT ${expired} AND auth_throttle.failures + 1 >= ${policy.maxFailures}
          THEN now() + make_interval(mins => ${policy.lockMinutes}) ELSE auth_throttle.locked_until END`,
      }),
    )
    .execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.kysely.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
