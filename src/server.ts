import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { BULK_JOB, bulkJob } from './modules/bulk/index.ts';
import {
  forgetDefinitions,
  PURGE_FIELD_JOB,
  purgeFieldJob,
  SORT_INDEX_JOB,
  sortIndexJob,
} from './modules/custom-fields/index.ts';
import { IMPORT_JOB, importJob } from './modules/data-exchange/index.ts';
import {
  MATCH_JOB,
  MATCHED_KINDS,
  matchJob,
  SCAN_JOB,
  SWEEP_EVERY_MS,
  SWEEP_JOB,
  scanJob,
  sweepJob,
} from './modules/duplicates/index.ts';
import { DERIVE_TIMELINE_JOB, DERIVED_FROM, deriveTimelineJob } from './modules/timeline/index.ts';
import { forgetWorkspaceSettings } from './modules/workspaces/index.ts';
import { forgetTokenGrants } from './platform/auth/authenticate.ts';
import { type Db, openDatabase } from './platform/db/connect.ts';
import { migrate } from './platform/db/migrate.ts';
import { asSystem } from './platform/db/transaction.ts';
import { coalesced } from './platform/jobs/coalesce.ts';
import { MAINTENANCE_JOB, maintenanceJob } from './platform/jobs/maintenance.ts';
import { enqueue } from './platform/jobs/queue.ts';
import { JobRunner } from './platform/jobs/runner.ts';
import { VACUUM_EVERY_MS, VACUUM_JOB, vacuumJob } from './platform/jobs/vacuum.ts';
import type { Logger } from './platform/log/logger.ts';
import { SEND_MAIL_JOB } from './platform/mail/outbox.ts';
import { sendMailJob, smtpTransport, type Transport } from './platform/mail/sender.ts';
import { ChangeHub } from './platform/realtime/hub.ts';

export interface RunningServer {
  url: string;
  db: Db;
  runner: JobRunner;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Tests pass a database they prepared; otherwise the config's is opened and migrated. */
  db?: Db;
  checkResponses?: boolean;
  /** Replace SMTP delivery (tests use a real SMTP server through smtpTransport instead). */
  transport?: Transport;
}

/** Wires the process: database → migrations → jobs → HTTP. Stops in the reverse order. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const db = options.db ?? (await openDatabase(config.database, logger));
  try {
    if (!options.db) await migrate(db, logger);
    const runner = createRunner(db, config, logger, options.transport);
    const hub = new ChangeHub(db, logger);
    // Other processes' changes to what this one caches.
    hub.observe(({ workspaceId, objectType }) => {
      if (objectType === 'custom_field') forgetDefinitions(workspaceId);
      if (objectType === 'workspace') forgetWorkspaceSettings(workspaceId);
      if (objectType === 'api_token' || objectType === 'membership') forgetTokenGrants();
    });
    // Consumers of the change stream are woken by the changes they read (one queued run at a time):
    // the timeline by those that make history entries, duplicate matching by people and companies.
    // One wake of each in flight at a time: a wake per change was a transaction per write, all
    // contending for the one queued job's row (docs/benchmarks.md, twenty-seventh session).
    const waker = (kind: string) =>
      coalesced(() =>
        asSystem(db, (tx) => enqueue(tx, { kind, workspaceId: null, dedupeKey: 'wake' })).catch((error) =>
          logger.warn({ err: error, kind }, 'could not wake a change consumer'),
        ),
      );
    const wakeTimeline = waker(DERIVE_TIMELINE_JOB);
    const wakeMatching = waker(MATCH_JOB);
    hub.observe(({ objectType }) => {
      if (DERIVED_FROM.has(objectType)) wakeTimeline();
      if (MATCHED_KINDS.has(objectType)) wakeMatching();
    });
    await hub.start();
    const app = createApp({ db, config, logger }, hub, { checkResponses: options.checkResponses ?? false });
    const sockets = new WebSocketServer({ noServer: true });
    const server = serve({
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
      websocket: { server: sockets },
      // Idle keep-alive connections outlive a proxy's (load balancers close theirs after 60 s), so a
      // proxy or client never writes a request onto a connection this server is closing. The client
      // reads the hint in the Keep-Alive header and closes its side first.
      serverOptions: { keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: KEEP_ALIVE_MS + 1000 },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    await runner.start();
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    logger.info({ url, database: db.kind }, 'Rapport is ready');
    let closing: Promise<void> | undefined;
    return {
      url,
      db,
      runner,
      close: () => {
        closing ??= (async () => {
          // In-flight requests finish; keep-alive connections are closed as soon as they are idle (now,
          // or once their request is answered: left to their idle timeout they would hold the close
          // for a minute) so close() can return.
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          const closeIdle = () => {
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          };
          closeIdle();
          const sweep = setInterval(closeIdle, 50);
          for (const socket of sockets.clients) socket.close(1001, 'server shutting down');
          await closed;
          clearInterval(sweep);
          await hub.stop();
          await runner.stop();
          if (!options.db) await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
}

/** Above the 60 s idle timeout of common load balancers and proxies. */
const KEEP_ALIVE_MS = 65_000;

export function createRunner(db: Db, config: Config, logger: Logger, transport?: Transport): JobRunner {
  const runner = new JobRunner(db, logger, {
    workers: config.jobWorkers,
    schedules: {
      [MAINTENANCE_JOB]: 60 * 60 * 1000,
      [DERIVE_TIMELINE_JOB]: 60 * 1000,
      [MATCH_JOB]: 60 * 1000,
      [SWEEP_JOB]: SWEEP_EVERY_MS,
      // A PostgreSQL server vacuums itself; PGlite has no autovacuum.
      ...(db.kind === 'pglite' ? { [VACUUM_JOB]: VACUUM_EVERY_MS } : {}),
    },
  });
  const mailer = transport ?? (config.smtpUrl ? smtpTransport(config.smtpUrl) : undefined);
  runner.register(SEND_MAIL_JOB, sendMailJob(mailer, config.mailFrom));
  runner.register(MAINTENANCE_JOB, maintenanceJob);
  runner.register(VACUUM_JOB, vacuumJob);
  runner.register(PURGE_FIELD_JOB, purgeFieldJob);
  runner.register(SORT_INDEX_JOB, sortIndexJob);
  runner.register(DERIVE_TIMELINE_JOB, deriveTimelineJob);
  runner.register(BULK_JOB, bulkJob);
  runner.register(SCAN_JOB, scanJob);
  runner.register(SWEEP_JOB, sweepJob);
  runner.register(MATCH_JOB, matchJob);
  runner.register(IMPORT_JOB, importJob);
  return runner;
}
