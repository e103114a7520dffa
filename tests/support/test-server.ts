import { loadConfig } from '../../src/config.ts';
import type { Transport } from '../../src/platform/mail/sender.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { ApiClient } from './api-client.ts';
import { freshDatabase, quietLogger, type TestDatabase } from './test-database.ts';

export interface TestServer extends RunningServer {
  database: TestDatabase;
  /** A client without credentials. */
  anonymous: ApiClient;
  stop(): Promise<void>;
}

/**
 * A real server on an ephemeral loopback port over a fresh database, with every response checked
 * against its declared schema. Jobs do not run by themselves: tests call `runner.drain()`.
 */
export async function startTestServer(
  options: { env?: Record<string, string>; transport?: Transport } = {},
): Promise<TestServer> {
  const database = await freshDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: '/nonexistent',
    PUBLIC_URL: 'http://rapport.test',
    RAPPORT_JOB_WORKERS: '0',
    RAPPORT_RATE_LIMIT: '1000',
    ...options.env,
  });
  const server = await startServer(config, quietLogger, {
    db: database.db,
    checkResponses: true,
    ...(options.transport ? { transport: options.transport } : {}),
  });
  return {
    ...server,
    database,
    anonymous: new ApiClient(server.url),
    async stop() {
      await server.close();
      await database.drop();
    },
  };
}
