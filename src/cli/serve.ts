import { loadConfig } from '../config.ts';
import { createLogger } from '../platform/log/logger.ts';
import { startServer } from '../server.ts';
import { ensureWebBuilt } from './web-build.ts';

/** `rapport serve`: migrate, then serve API, web app and jobs until SIGTERM or SIGINT. */
export async function serve(options: { skipWebBuild?: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (!options.skipWebBuild) await ensureWebBuilt(logger);
  const server = await startServer(config, logger);
  process.stdout.isTTY && process.stderr.write(`\n  Rapport is running at ${config.publicUrl}\n\n`);
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing requests and jobs');
    server.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
