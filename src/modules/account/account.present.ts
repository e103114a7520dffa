import { z } from 'zod';
import { Email, Id, Name } from '../../platform/http/schemas.ts';
import { ROLES } from '../access/index.ts';

const Scope = z.enum(['all', 'team', 'own', 'none']);
export const GrantSchema = z
  .object({ read: Scope, create: Scope, update: Scope, delete: Scope })
  .meta({ id: 'Grant' });
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });

export const MeSchema = z
  .object({
    user: z.object({ id: Id, email: z.string(), name: z.string() }),
    workspace: z.object({
      id: Id,
      name: z.string(),
      defaultCountry: z
        .string()
        .meta({ description: 'Phone numbers without a country code are read as this one’s.' }),
      defaultCurrency: z.string().meta({
        description: 'The currency of amounts that carry none, such as a company’s annual revenue.',
      }),
    }),
    role: RoleSchema,
    permissions: z.record(z.string(), GrantSchema),
    workspaces: z.array(z.object({ id: Id, name: z.string(), role: RoleSchema })),
    credential: z.enum(['session', 'api_token']),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'Send it as X-CSRF-Token on writes made with the session cookie.' }),
  })
  .meta({ id: 'Me' });

export const SignInBody = z
  .strictObject({ email: Email, password: z.string().min(1).max(256) })
  .meta({ example: { email: 'ada@example.com', password: 'correct horse battery staple' } });

export const SetupBody = z
  .strictObject({
    workspaceName: Name,
    name: Name,
    email: Email,
    password: z.string().min(1).max(256),
  })
  .meta({
    example: {
      workspaceName: 'Acme Corp',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'correct horse battery staple',
    },
  });
