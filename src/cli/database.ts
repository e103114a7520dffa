import { type Config, loadConfig } from '../config.ts';
import { type Db, openDatabase } from '../platform/db/connect.ts';
import { migrate } from '../platform/db/migrate.ts';
import { createLogger, type Logger } from '../platform/log/logger.ts';

/**
 * For the admin commands that work on the database directly. Logs go to stderr (quietly) so that
 * stdout carries only the command's answer, e.g. the JSON of `workspace create --json`.
 */
export async function withDatabase<T>(
  fn: (db: Db, config: Config, logger: Logger) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const db = await openDatabase(config.database, logger);
  try {
    await migrate(db, logger);
    return await fn(db, config, logger);
  } finally {
    await db.close();
  }
}
