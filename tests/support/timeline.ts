import { createActivity, deriveTimeline } from '../../src/modules/timeline/index.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { inWorkspace } from '../../src/platform/db/transaction.ts';
import type { TestWorkspace } from './factories.ts';

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

/**
 * An e-mail the customer sent, as a channel (mail, chat) records it: the customer acted, not the member
 * whose session or token carried it. The API cannot write one: a member's request is the member's act.
 */
export function customerEmail(db: Db, ws: TestWorkspace, personId: string, occurredAt: string) {
  return inWorkspace(
    db,
    { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
    (tx) =>
      createActivity(
        tx,
        { workspaceId: ws.workspaceId, userId: ws.admin.id, role: 'admin' },
        {
          type: 'email',
          direction: 'inbound',
          personIds: [personId],
          actorPersonId: personId,
          occurredAt,
          subject: 'A question',
        },
      ),
  );
}
