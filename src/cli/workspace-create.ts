import { z } from 'zod';
import { createApiToken } from '../modules/api-tokens/index.ts';
import { createWorkspace } from '../modules/workspaces/index.ts';
import { inWorkspace } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { fieldErrorsOf } from '../platform/http/problem.ts';
import { Email, Name } from '../platform/http/schemas.ts';
import { withDatabase } from './database.ts';

const Options = z.object({
  name: Name,
  adminEmail: Email,
  adminPassword: z.string().min(1),
  adminName: Name.optional(),
});

/** `rapport workspace create`: a workspace, its admin and an API token for scripts. */
export async function createWorkspaceCommand(raw: Record<string, unknown>): Promise<void> {
  const parsed = Options.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'invalid options', { errors: fieldErrorsOf(parsed.error) });
  }
  const options = parsed.data;
  const result = await withDatabase(async (db) => {
    const { workspaceId, userId } = await createWorkspace(db, {
      name: options.name,
      admin: {
        email: options.adminEmail,
        name: options.adminName ?? options.adminEmail.split('@')[0] ?? options.adminEmail,
        password: options.adminPassword,
      },
      via: 'cli',
    });
    const { token } = await inWorkspace(
      db,
      { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' },
      (tx) =>
        createApiToken(tx, {
          workspaceId,
          userId,
          name: 'Created with the workspace (CLI)',
          expiresAt: null,
        }),
    );
    return { workspaceId, userId, apiToken: token };
  });
  if (raw.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `Workspace ${result.workspaceId} created; admin ${options.adminEmail} (user ${result.userId}).\n` +
        `API token (shown once): ${result.apiToken}\n`,
    );
  }
}
