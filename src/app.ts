import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import packageJson from '../package.json' with { type: 'json' };
import { mayLearnChangedIds } from './modules/access/index.ts';
import { accountRoutes } from './modules/account/index.ts';
import { apiTokenRoutes } from './modules/api-tokens/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { bulkRoutes } from './modules/bulk/index.ts';
import { companyRoutes } from './modules/companies/index.ts';
import { consentRoutes } from './modules/consents/index.ts';
import { customFieldRoutes, definitionsFor, withCustomFields } from './modules/custom-fields/index.ts';
import { dataExchangeRoutes } from './modules/data-exchange/index.ts';
import { duplicateRoutes } from './modules/duplicates/index.ts';
import { notificationRoutes } from './modules/notifications/index.ts';
import { overviewRoutes } from './modules/overview/index.ts';
import { employmentRoutes, peopleRoutes } from './modules/people/index.ts';
import { dealRoutes, orderRoutes } from './modules/sales/index.ts';
import { recentRoutes, searchRoutes } from './modules/search/index.ts';
import { ticketRoutes } from './modules/service/index.ts';
import { systemRoutes } from './modules/system/index.ts';
import { taskRoutes } from './modules/tasks/index.ts';
import { teamRoutes } from './modules/teams/index.ts';
import { attachmentRoutes, timelineRoutes } from './modules/timeline/index.ts';
import { trashRoutes } from './modules/trash/index.ts';
import { userRoutes } from './modules/users/index.ts';
import { viewRoutes } from './modules/views/index.ts';
import { workspaceRoutes } from './modules/workspaces/index.ts';
import { authenticate } from './platform/auth/authenticate.ts';
import { tenantContextOf } from './platform/auth/principal.ts';
import { isMigrated } from './platform/db/migrate.ts';
import { inWorkspace } from './platform/db/transaction.ts';
import { mountApiDocs } from './platform/http/docs.ts';
import { API_BASE, type AppEnv } from './platform/http/env.ts';
import { mountRoutes } from './platform/http/mount.ts';
import { buildOpenApiDocument } from './platform/http/openapi.ts';
import { RateLimiter } from './platform/http/rate-limit.ts';
import { sessionCookie } from './platform/http/request.ts';
import type { Route, Services } from './platform/http/route.ts';
import { apiFallback, createHttpApp } from './platform/http/server-app.ts';
import { mountWebApp } from './platform/http/web.ts';
import { mountEventsSocket } from './platform/realtime/events-socket.ts';
import type { ChangeHub } from './platform/realtime/hub.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(ROOT_DIR, 'web', 'dist');
export const VERSION = packageJson.version;

/** Every API route of every module. A new module adds its list here. */
export const routes: Route[] = [
  ...accountRoutes,
  ...workspaceRoutes,
  ...userRoutes,
  ...teamRoutes,
  ...apiTokenRoutes,
  ...auditRoutes,
  ...systemRoutes,
  ...customFieldRoutes,
  ...dataExchangeRoutes, // before peopleRoutes and companyRoutes: /people/export is not /people/{id}
  ...trashRoutes, // so is /people/deleted
  ...peopleRoutes,
  ...employmentRoutes,
  ...consentRoutes,
  ...overviewRoutes,
  ...companyRoutes,
  ...timelineRoutes,
  ...attachmentRoutes,
  ...notificationRoutes,
  ...dealRoutes,
  ...orderRoutes,
  ...ticketRoutes,
  ...taskRoutes,
  ...searchRoutes,
  ...recentRoutes,
  ...viewRoutes,
  ...bulkRoutes,
  ...duplicateRoutes,
];

export interface AppOptions {
  /** Check every response body against its schema (tests). */
  checkResponses?: boolean;
}

export function createApp(services: Services, hub: ChangeHub, options: AppOptions = {}): Hono<AppEnv> {
  const uploads = routes
    .filter((r) => r.kind === 'stream' && r.spec.upload)
    .map((r) => ({
      method: r.spec.method.toUpperCase(),
      regex: new RegExp(`^${API_BASE}${r.spec.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    }));
  const app = createHttpApp(services.logger, {
    streamsBody: (method, path) => uploads.some((u) => u.method === method && u.regex.test(path)),
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      if (await isMigrated(services.db)) return c.json({ status: 'ready' });
      return c.json({ status: 'migrations pending' }, 503);
    } catch {
      return c.json({ status: 'database unreachable' }, 503);
    }
  });
  let document: unknown;
  app.get(`${API_BASE}/openapi.json`, async (c) => {
    document ??= buildOpenApiDocument(routes, { version: VERSION, serverUrl: services.config.publicUrl });
    // Signed in (or with a token), you get your workspace's document: its custom fields typed.
    const auth = await authenticate(services.db, {
      authorization: c.req.header('authorization'),
      sessionToken: sessionCookie(c),
    }).catch(() => undefined);
    if (!auth) return c.json(document);
    const { principal } = auth;
    const definitions = await inWorkspace(services.db, tenantContextOf(principal), async (tx) => ({
      people: await definitionsFor(tx, principal.workspaceId, 'people'),
      companies: await definitionsFor(tx, principal.workspaceId, 'companies'),
    }));
    c.header('Cache-Control', 'private, no-cache');
    return c.json(withCustomFields(document, definitions) as object);
  });
  mountApiDocs(app, `${API_BASE}/openapi.json`);
  mountEventsSocket(app, {
    db: services.db,
    hub,
    logger: services.logger,
    mayLearnIds: (principal, kind) => mayLearnChangedIds(principal.role, kind),
  });
  mountRoutes(app, routes, {
    services,
    rateLimiter: new RateLimiter(services.config.rateLimitPerSecond),
    checkResponses: options.checkResponses ?? false,
  });
  apiFallback(app, routes, services.logger);
  mountWebApp(app, WEB_DIST);
  return app;
}
