import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout (contract: LOG_LEVEL picks the level). Secrets never reach a log line. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'rapport' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
          '*.apiToken',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
