import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createApiToken } from '../../src/modules/api-tokens/index.ts';
import { createWorkspace } from '../../src/modules/workspaces/index.ts';
import { inWorkspace } from '../../src/platform/db/transaction.ts';
import type { ApiClient, Json } from './api-client.ts';
import type { TestServer } from './test-server.ts';
import { tierField } from './tier-field.ts';

export const PASSWORD = 'correct horse battery staple';

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@example.com`;

export interface TestWorkspace {
  workspaceId: string;
  admin: { id: string; email: string; password: string };
  /** The admin, through an API token. */
  api: ApiClient;
}

/** A workspace with an admin who holds an API token, built the way `rapport workspace create` does. */
export async function buildWorkspace(server: TestServer, name = 'Acme'): Promise<TestWorkspace> {
  const email = uniqueEmail('admin');
  const { workspaceId, userId } = await createWorkspace(server.db, {
    name,
    admin: { email, name: 'Ada Admin', password: PASSWORD },
    via: 'cli',
  });
  const { token } = await inWorkspace(
    server.db,
    { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' },
    (tx) => createApiToken(tx, { workspaceId, userId, name: 'test', expiresAt: null }),
  );
  return {
    workspaceId,
    admin: { id: userId, email, password: PASSWORD },
    api: server.anonymous.withToken(token),
  };
}

export interface TestMember {
  id: string;
  email: string;
  password: string;
  /** The member through an API token of their own. */
  api: ApiClient;
  user: Json;
}

/** Adds a member with a role and gives them an API token (signed in, then created in Settings). */
export async function buildMember(
  server: TestServer,
  workspace: TestWorkspace,
  role: string,
): Promise<TestMember> {
  const email = uniqueEmail(role);
  const added = await workspace.api.post('/users', {
    email,
    name: `${role} person`,
    role,
    password: PASSWORD,
  });
  if (added.status !== 201) throw new Error(`could not add member: ${added.text}`);
  const session = await signIn(server, email, PASSWORD);
  const token = await session.post('/api-tokens', { name: 'test' });
  if (token.status !== 201) throw new Error(`could not create token: ${token.text}`);
  return {
    id: added.body.id,
    email,
    password: PASSWORD,
    api: server.anonymous.withToken(token.body.token),
    user: added.body,
  };
}

/** Signs in like the web UI: a session cookie plus the CSRF token from the answer. */
export async function signIn(server: TestServer, email: string, password: string): Promise<ApiClient> {
  const response = await server.anonymous.post('/auth/sign-in', { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return server.anonymous.withSession(cookie, response.body.csrfToken);
}

/** A single-select custom field "Tier" (gold, silver) on people or companies; its definition as the API answers it. */
export async function defineTier(api: ApiClient, objectType: 'people' | 'companies') {
  const created = await api.post('/custom-fields', tierField(objectType));
  if (created.status !== 201)
    throw new Error(`custom field: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/**
 * Companies named "Filler1" … "Fillern", written straight into the table (the API would take
 * minutes): enough of them, past the bulk actions' request limit, make a bulk action a job.
 */
export async function insertFillerCompanies(server: TestServer, workspaceId: string, count: number) {
  // One word a company ("Filler1234"): a word every name shared would make each company's duplicate
  // look-up walk them all, work for the background jobs the tests using these are not about.
  await sql`INSERT INTO companies (workspace_id, name)
    SELECT ${workspaceId}::uuid, 'Filler' || g FROM generate_series(1, ${count}::int) g`.execute(
    server.db.kysely,
  );
}
