import { Command } from 'commander';
import { z } from 'zod';
import { createDemo } from '../modules/demo/index.ts';
import { AppError } from '../platform/errors.ts';
import { fieldErrorsOf } from '../platform/http/problem.ts';
import { withDatabase } from './database.ts';
import { runCommand } from './run.ts';

const Options = z.object({
  people: z.coerce.number().int().min(1).max(10_000_000).default(2000),
  seed: z.string().min(1).max(100).default('rapport'),
  json: z.boolean().optional(),
});

/** `rapport demo [--people N] [--seed S] [--json]`: a demo workspace and its login. */
export function demoCommand(): Command {
  return new Command('demo')
    .description('create a demo workspace with realistic, consistent data and print its login')
    .option('--people <n>', 'how many people (companies are a fifth of that)', '2000')
    .option('--seed <seed>', 'the same seed gives the same data', 'rapport')
    .option('--json', 'print {"workspaceId","userId","email","password","apiToken"} as JSON')
    .action((raw: Record<string, unknown>) => runCommand(() => runDemo(raw)));
}

async function runDemo(raw: Record<string, unknown>): Promise<void> {
  const parsed = Options.safeParse(raw);
  if (!parsed.success)
    throw new AppError('validation_failed', 'invalid options', { errors: fieldErrorsOf(parsed.error) });
  const options = parsed.data;
  const started = performance.now();
  const progress = process.stderr.isTTY ? new Progress() : undefined;
  const result = await withDatabase((db) =>
    createDemo(db, { people: options.people, seed: options.seed, onProgress: (p) => progress?.show(p) }),
  );
  progress?.clear();
  if (options.json) {
    const { workspaceId, userId, email, password, apiToken } = result;
    process.stdout.write(`${JSON.stringify({ workspaceId, userId, email, password, apiToken })}\n`);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const n = (table: keyof typeof result.rows) => (result.rows[table] ?? 0).toLocaleString('en');
  process.stdout.write(
    `Demo workspace ${result.workspaceId} created in ${seconds} s: ${n('people')} people, ${n('companies')} companies, ` +
      `${n('deals')} deals, ${n('orders')} orders, ${n('tickets')} tickets, ${n('activities')} activities.\n` +
      `Sign in with\n  e-mail:   ${result.email}\n  password: ${result.password}\n` +
      `API token (shown once): ${result.apiToken}\n`,
  );
}

class Progress {
  private last = 0;

  show(p: { phase: string; done: number; total: number }): void {
    const now = Date.now();
    if (now - this.last < 200 && p.done < p.total) return;
    this.last = now;
    const percent = Math.floor((p.done / Math.max(p.total, 1)) * 100);
    process.stderr.write(
      `\r${p.phase}: ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} (${percent}%)   `,
    );
  }

  clear(): void {
    process.stderr.write('\r\u001b[2K');
  }
}
