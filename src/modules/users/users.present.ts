import { z } from 'zod';
import { Email, Id, iso, Name, RecordMeta } from '../../platform/http/schemas.ts';
import { RoleSchema } from '../account/account.present.ts';
import type { UserRow } from './users.service.ts';

export const UserStatus = z.enum(['active', 'deactivated']);

export const UserSchema = z
  .object({
    ...RecordMeta,
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    status: UserStatus,
    teamIds: z.array(Id),
    invitationPending: z.boolean().meta({ description: 'True until the person chooses a password.' }),
  })
  .meta({ id: 'User', description: 'A member of the workspace.' });

export const InviteUserBody = z
  .strictObject({
    email: Email,
    name: Name,
    role: RoleSchema,
    password: z
      .string()
      .max(256)
      .optional()
      .meta({ description: 'Set a first password now; without it, an invitation link is e-mailed.' }),
  })
  .meta({ example: { email: 'grace@example.com', name: 'Grace Hopper', role: 'sales' } });

export const UpdateUserBody = z
  .strictObject({
    role: RoleSchema.optional(),
    status: UserStatus.optional(),
    teamIds: z.array(Id).max(100).optional(),
  })
  .meta({ example: { role: 'manager' } });

export function presentUser(row: UserRow): z.infer<typeof UserSchema> {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as z.infer<typeof RoleSchema>,
    status: row.status,
    teamIds: row.team_ids,
    invitationPending: !row.has_password,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
