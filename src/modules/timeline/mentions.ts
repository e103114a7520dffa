import type { Tx } from '../../platform/db/transaction.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import type { Actor } from '../access/index.ts';
import { activeMembers } from '../users/index.ts';

/**
 * Tells the colleagues a note mentions: a notification in Rapport and an e-mail through the outbox.
 * Only active members of the workspace can be mentioned; mentioning yourself tells nobody.
 */
export async function notifyMentions(
  tx: Tx,
  actor: Actor,
  note: { activityId: string; mentioned: string[]; text: string; personIds: string[] },
  mail: { publicUrl: string; mailDomain: string },
): Promise<void> {
  const targets = note.mentioned.filter((id) => id !== actor.userId);
  if (targets.length === 0) return;
  const members = await activeMembers(tx, actor.workspaceId, targets);
  if (members.length === 0) return;
  const author = actor.userId
    ? ((await tx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirst())
        ?.name ?? 'A colleague')
    : 'Rapport';
  const excerpt = note.text.length > 280 ? `${note.text.slice(0, 277)}…` : note.text;
  const personId = note.personIds[0];
  const link = personId ? `${mail.publicUrl}/people/${personId}` : mail.publicUrl;
  await tx
    .insertInto('notifications')
    .values(
      members.map((m) => ({
        workspace_id: actor.workspaceId,
        user_id: m.id,
        kind: 'mention',
        title: `${author} mentioned you in a note`,
        body: excerpt,
        record_type: personId ? 'person' : 'activity',
        record_id: personId ?? note.activityId,
        actor_user_id: actor.userId,
      })),
    )
    .execute();
  for (const member of members) {
    await queueMail(
      tx,
      {
        workspaceId: actor.workspaceId,
        kind: 'mention',
        to: member.email,
        subject: `${author} mentioned you in Rapport`,
        text: `${author} mentioned you in a note:\n\n${excerpt}\n\nOpen it: ${link}`,
      },
      mail.mailDomain,
    );
  }
}
