import { DataDirLockedError } from '../platform/db/lock.ts';
import { AppError } from '../platform/errors.ts';

/**
 * Runs a command body; any failure becomes one line on stderr and a non-zero exit (contract).
 * Stack traces are for bugs: they are printed only with LOG_LEVEL=debug.
 */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    process.exitCode = 1;
    const message =
      error instanceof AppError
        ? `${error.message}${error.errors ? ` (${error.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})` : ''}`
        : error instanceof DataDirLockedError
          ? error.message
          : error instanceof Error
            ? error.message
            : String(error);
    process.stderr.write(`rapport: ${message.replace(/\s+/g, ' ')}\n`);
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
}
