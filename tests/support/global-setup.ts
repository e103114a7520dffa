import { prepareTemplate } from './test-database.ts';

export default async function setup(): Promise<() => Promise<void>> {
  process.env.RAPPORT_TEST_RUN_ID ??= String(process.pid);
  return prepareTemplate();
}
