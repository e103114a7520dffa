import { z } from 'zod';
import { Id, iso, Name, RecordMeta, Timestamp } from '../../platform/http/schemas.ts';
import type { ApiTokenRow } from './api-tokens.service.ts';

export const ApiTokenSchema = z
  .object({
    ...RecordMeta,
    name: Name,
    userId: Id,
    lastFour: z
      .string()
      .meta({ description: 'The last four characters of the secret, to tell tokens apart.' }),
    expiresAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'ApiToken' });

export const CreatedApiTokenSchema = ApiTokenSchema.extend({
  token: z
    .string()
    .meta({ description: 'The secret, shown this once. Send it as "Authorization: Bearer <token>".' }),
}).meta({ id: 'CreatedApiToken' });

export function presentApiToken(row: ApiTokenRow): z.infer<typeof ApiTokenSchema> {
  const status = row.revoked_at
    ? 'revoked'
    : row.expires_at && row.expires_at.getTime() <= Date.now()
      ? 'expired'
      : 'active';
  return {
    id: row.id,
    name: row.name,
    userId: row.user_id,
    lastFour: row.last_four,
    expiresAt: row.expires_at ? iso(row.expires_at) : null,
    lastUsedAt: row.last_used_at ? iso(row.last_used_at) : null,
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
    status,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
