import path from 'node:path';
import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** The environment, parsed once. Names and defaults are the outside contract (see ../shared/contract.md). */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: LogLevel.default('info'),
  /** Requests a second per principal, sustained; bursts may reach ten times this. Not in the contract: an operator knob. */
  RAPPORT_RATE_LIMIT: z.coerce.number().int().positive().default(100),
  /** Background job workers in this process; 0 turns the runner off (for a web-only process). */
  /** From address of Rapport's e-mails; defaults to no-reply at PUBLIC_URL's host. */
  RAPPORT_MAIL_FROM: z.string().min(3).optional(),
  RAPPORT_JOB_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  smtpUrl: string | undefined;
  inboundSmtpPort: number;
  publicUrl: string;
  secureCookies: boolean;
  logLevel: z.infer<typeof LogLevel>;
  rateLimitPerSecond: number;
  jobWorkers: number;
  mailFrom: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${reasons}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://${displayHost(e.HOST)}:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    smtpUrl: e.SMTP_URL,
    inboundSmtpPort: e.INBOUND_SMTP_PORT,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    logLevel: e.LOG_LEVEL,
    rateLimitPerSecond: e.RAPPORT_RATE_LIMIT,
    jobWorkers: e.RAPPORT_JOB_WORKERS,
    mailFrom: e.RAPPORT_MAIL_FROM ?? `Rapport <no-reply@${new URL(publicUrl).hostname}>`,
  };
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

// An exported-but-empty variable (`SMTP_URL=`) means "unset", as shells and .env files use it.
function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}
