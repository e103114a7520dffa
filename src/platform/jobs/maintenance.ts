import { sql } from 'kysely';
import type { JobDefinition } from './runner.ts';

export const MAINTENANCE_JOB = 'maintenance.cleanup';

/** Hourly housekeeping of what expires: never the audit trail, never customer data. */
export const maintenanceJob: JobDefinition = {
  mode: 'transactional',
  async handler(_job, { tx }) {
    await sql`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`.execute(tx);
    await sql`DELETE FROM sessions WHERE expires_at < now() - interval '7 days'
              OR revoked_at < now() - interval '7 days'`.execute(tx);
    await sql`DELETE FROM password_tokens WHERE expires_at < now() - interval '7 days'`.execute(tx);
    await sql`DELETE FROM auth_throttle WHERE window_started_at < now() - interval '1 day'
              AND (locked_until IS NULL OR locked_until < now())`.execute(tx);
    await sql`DELETE FROM jobs WHERE state = 'succeeded' AND finished_at < now() - interval '7 days'`.execute(
      tx,
    );
  },
};
