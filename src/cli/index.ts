import { Command } from 'commander';
import { VERSION } from '../app.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { migrateCommand } from './migrate.ts';
import { runCommand } from './run.ts';
import { serve } from './serve.ts';
import { createWorkspaceCommand } from './workspace-create.ts';

const program = new Command()
  .name('rapport')
  .description('Rapport, the open-source CRM')
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride((error) => {
    process.exit(error.exitCode);
  });

program
  .command('serve')
  .description('apply migrations, then serve the API, the web app and background jobs')
  .option('--skip-web-build', 'serve the web app as last built')
  .action((options: { skipWebBuild?: boolean }) => runCommand(() => serve(options)));

program
  .command('migrate')
  .description('apply pending migrations and exit')
  .action(() => runCommand(migrateCommand));

program
  .command('workspace')
  .description('manage workspaces')
  .command('create')
  .description('create a workspace with its admin and an API token')
  .requiredOption('--name <name>', 'workspace name')
  .requiredOption('--admin-email <email>', 'the admin’s e-mail (sign-in)')
  .requiredOption('--admin-password <password>', 'the admin’s password (at least 10 characters)')
  .option('--admin-name <name>', 'the admin’s display name')
  .option('--json', 'print {"workspaceId","userId","apiToken"} as JSON')
  .action((options: Record<string, unknown>) => runCommand(() => createWorkspaceCommand(options)));

program.addCommand(importCommand());
program.addCommand(exportCommand());
program.addCommand((await import('./demo.ts')).demoCommand());

await program.parseAsync(process.argv);
