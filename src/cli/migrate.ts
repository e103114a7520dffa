import { withDatabase } from './database.ts';

export async function migrateCommand(): Promise<void> {
  await withDatabase(async (db) => {
    process.stdout.write(
      `migrations applied; ${db.kind === 'pglite' ? 'embedded' : 'server'} database is up to date\n`,
    );
  });
}
