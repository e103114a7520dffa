import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../platform/auth/passwords.ts';
import { apiTokenOf, viaOf } from '../../platform/auth/principal.ts';
import type { IssuedSession } from '../../platform/auth/sessions.ts';
import { revokeSession, revokeUserSessions, switchSessionWorkspace } from '../../platform/auth/sessions.ts';
import { AppError } from '../../platform/errors.ts';
import {
  accepted,
  created,
  defineAccountRoute,
  definePublicRoute,
  noContent,
  ok,
  type Reply,
  type Services,
} from '../../platform/http/route.ts';
import { Email, Id, Name } from '../../platform/http/schemas.ts';
import { createWorkspace, needsSetup } from '../workspaces/index.ts';
import { MeSchema, SetupBody, SignInBody } from './account.present.ts';
import {
  changePassword,
  requestPasswordReset,
  setPasswordWithToken,
  signIn,
  updateProfile,
} from './account.service.ts';
import { loadMe } from './me.service.ts';
import { clearedSessionCookieHeader, sessionCookieHeader } from './session-cookie.ts';

const TAG = 'Account';
const Password = z.string().min(1).max(PASSWORD_MAX_LENGTH);

const setupStatus = definePublicRoute({
  method: 'get',
  path: '/setup',
  operationId: 'getSetupStatus',
  summary: 'Whether this Rapport still needs its first workspace',
  tag: TAG,
  responses: { 200: { description: 'Setup status.', schema: z.object({ needsSetup: z.boolean() }) } },
  async handler({ services }) {
    return ok({ needsSetup: await needsSetup(services.db) });
  },
});

const setup = definePublicRoute({
  method: 'post',
  path: '/setup',
  operationId: 'setUp',
  summary: 'Create the first workspace and its admin, and sign in',
  description:
    'Only while no workspace exists; afterwards signed-in users create workspaces with POST /workspaces.',
  tag: TAG,
  body: SetupBody,
  responses: { 201: { description: 'Created and signed in (session cookie set).', schema: MeSchema } },
  async handler({ services, body, ip, userAgent }) {
    await createWorkspace(services.db, {
      name: body.workspaceName,
      admin: { email: body.email, name: body.name, password: body.password },
      via: 'ui',
      onlyIfFirst: true,
    });
    const { session } = await signIn(services.db, {
      email: body.email,
      password: body.password,
      origin: { ip, userAgent },
    });
    return signedIn(services, session, 201);
  },
});

const signInRoute = definePublicRoute({
  method: 'post',
  path: '/auth/sign-in',
  operationId: 'signIn',
  summary: 'Sign in with e-mail and password',
  description:
    'Sets an HttpOnly session cookie. Repeated failures lock the account and the address for a while (429).',
  tag: TAG,
  body: SignInBody,
  responses: { 200: { description: 'Signed in (session cookie set).', schema: MeSchema } },
  async handler({ services, body, ip, userAgent }) {
    const { session } = await signIn(services.db, { ...body, origin: { ip, userAgent } });
    return signedIn(services, session, 200);
  },
});

async function signedIn(services: Services, session: IssuedSession, status: 200 | 201): Promise<Reply> {
  const record = await services.db.kysely
    .selectFrom('sessions as s')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.workspace_id', '=', 's.workspace_id').onRef('m.user_id', '=', 's.user_id'),
    )
    .select(['s.user_id', 's.workspace_id', 'm.role'])
    .where('s.id', '=', session.sessionId)
    .executeTakeFirstOrThrow();
  const me = await loadMe(
    services.db,
    {
      kind: 'staff',
      userId: record.user_id ?? '',
      workspaceId: record.workspace_id ?? '',
      role: record.role,
      credential: { type: 'session', sessionId: session.sessionId },
    },
    session.csrfToken,
  );
  const cookie = sessionCookieHeader(session.token, session.expiresAt, services.config.secureCookies);
  return status === 201
    ? { ...created(me, '/api/v1/me'), headers: { Location: '/api/v1/me', 'Set-Cookie': cookie } }
    : { status, body: me, headers: { 'Set-Cookie': cookie } };
}

const signOut = defineAccountRoute({
  method: 'post',
  path: '/auth/sign-out',
  operationId: 'signOut',
  summary: 'Sign out of this session',
  tag: TAG,
  responses: { 204: { description: 'Signed out; the cookie is cleared.' } },
  async handler({ services, principal }) {
    if (principal.credential.type === 'session')
      await revokeSession(services.db, principal.credential.sessionId);
    return {
      status: 204,
      headers: { 'Set-Cookie': clearedSessionCookieHeader(services.config.secureCookies) },
    };
  },
});

const signOutEverywhere = defineAccountRoute({
  method: 'post',
  path: '/auth/sign-out-everywhere',
  operationId: 'signOutEverywhere',
  summary: 'End every session of your account, on every device',
  description: 'API tokens are not sessions: revoke them under /api-tokens.',
  tag: TAG,
  responses: { 200: { description: 'Sessions ended.', schema: z.object({ ended: z.number().int() }) } },
  async handler({ services, principal }) {
    const ended = await revokeUserSessions(services.db, principal.userId);
    return {
      status: 200,
      body: { ended },
      headers: { 'Set-Cookie': clearedSessionCookieHeader(services.config.secureCookies) },
    };
  },
});

const resetRequest = definePublicRoute({
  method: 'post',
  path: '/auth/password-resets',
  operationId: 'requestPasswordReset',
  summary: 'E-mail a password reset link',
  description: 'Answers 202 whether or not the account exists, so it cannot be used to find accounts.',
  tag: TAG,
  body: z.strictObject({ email: Email }).meta({ example: { email: 'ada@example.com' } }),
  responses: { 202: { description: 'If the account exists, a link is on its way.' } },
  async handler({ services, body }) {
    await requestPasswordReset(services.db, {
      email: body.email,
      publicUrl: services.config.publicUrl,
      mailDomain: new URL(services.config.publicUrl).hostname,
    });
    return accepted();
  },
});

const resetComplete = definePublicRoute({
  method: 'post',
  path: '/auth/password-resets/complete',
  operationId: 'completePasswordReset',
  summary: 'Choose a new password with the token from a reset or invitation e-mail',
  description: 'Every session of the account ends; sign in with the new password.',
  tag: TAG,
  body: z
    .strictObject({ token: z.string().min(10).max(200), password: Password })
    .meta({ example: { token: 'token-from-the-link', password: 'a long new passphrase' } }),
  responses: { 204: { description: 'Password set.' } },
  async handler({ services, body }) {
    await setPasswordWithToken(services.db, body);
    return noContent();
  },
});

const me = defineAccountRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  summary: 'The caller: user, workspace, role and permissions',
  tag: TAG,
  responses: { 200: { description: 'You.', schema: MeSchema } },
  async handler({ services, principal, session }) {
    return ok(await loadMe(services.db, principal, session?.csrfToken ?? null));
  },
});

const updateMe = defineAccountRoute({
  method: 'patch',
  path: '/me',
  operationId: 'updateMe',
  summary: 'Change your name',
  tag: TAG,
  body: z.strictObject({ name: Name }).meta({ example: { name: 'Ada King' } }),
  responses: { 200: { description: 'You, updated.', schema: MeSchema } },
  async handler({ services, principal, session, body }) {
    await updateProfile(services.db, {
      userId: principal.userId,
      name: body.name,
      via: viaOf(principal),
      apiTokenId: apiTokenOf(principal),
    });
    return ok(await loadMe(services.db, principal, session?.csrfToken ?? null));
  },
});

const changeMyPassword = defineAccountRoute({
  method: 'post',
  path: '/me/password',
  operationId: 'changePassword',
  summary: 'Change your password',
  description: 'Your other sessions end; this one stays signed in.',
  tag: TAG,
  body: z
    .strictObject({ currentPassword: Password, newPassword: Password })
    .meta({ example: { currentPassword: 'the old one', newPassword: 'a brand new passphrase' } }),
  responses: { 204: { description: 'Changed.' } },
  async handler({ services, principal, body }) {
    await changePassword(services.db, {
      userId: principal.userId,
      currentPassword: body.currentPassword,
      newPassword: body.newPassword,
      keepSessionId: principal.credential.type === 'session' ? principal.credential.sessionId : undefined,
      via: viaOf(principal),
      apiTokenId: apiTokenOf(principal),
    });
    return noContent();
  },
});

const switchWorkspace = defineAccountRoute({
  method: 'post',
  path: '/me/switch-workspace',
  operationId: 'switchWorkspace',
  summary: 'Make another of your workspaces the current one for this session',
  tag: TAG,
  body: z
    .strictObject({ workspaceId: Id })
    .meta({ example: { workspaceId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f' } }),
  responses: { 200: { description: 'You, in the other workspace.', schema: MeSchema } },
  async handler({ services, principal, session, body }) {
    if (principal.credential.type !== 'session' || !session) {
      throw new AppError('bad_request', 'An API token belongs to one workspace; create one there instead.');
    }
    const target = (await loadMe(services.db, principal, null)).workspaces.find(
      (w) => w.id === body.workspaceId,
    );
    if (!target) throw new AppError('not_found', 'No such workspace among yours.');
    await switchSessionWorkspace(services.db, session.id, target.id);
    const moved = { ...principal, workspaceId: target.id, role: target.role };
    return ok(await loadMe(services.db, moved, session.csrfToken));
  },
});

export const accountRoutes = [
  setupStatus,
  setup,
  signInRoute,
  signOut,
  signOutEverywhere,
  resetRequest,
  resetComplete,
  me,
  updateMe,
  changeMyPassword,
  switchWorkspace,
];
