import { deriveTimeline } from '../../src/modules/timeline/index.ts';
import type { Db } from '../../src/platform/db/connect.ts';

/**
 * Derives history entries until `ready` holds. The consumer reads only changes older than the oldest
 * transaction running on the whole server (see docs/decisions.md), and on PostgreSQL other test
 * files' transactions count: one pass may find nothing yet.
 */
export async function deriveTimelineUntil(db: Db, ready: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await deriveTimeline(db);
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the history entries never appeared');
}
