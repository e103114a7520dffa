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
  note: {
    activityId: string;
    mentioned: string[];
    text: string;
    personIds: string[];
    companyId: string | null;
  },
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
  // The note is read on the page of the person it concerns, else of its company.
  const personId = note.personIds[0];
  const record = personId
    ? { type: 'person', id: personId, path: `/people/${personId}` }
    : note.companyId
      ? { type: 'company', id: note.companyId, path: `/companies/${note.companyId}` }
      : { type: 'activity', id: note.activityId, path: '' };
  const link = `${mail.publicUrl}${record.path}`;
  await tx
    .insertInto('notifications')
    .values(
      members.map((m) => ({
        workspace_id: actor.workspaceId,
        user_id: m.id,
        kind: 'mention',
        title: `${author} mentioned you in a note`,
        body: excerpt,
        record_type: record.type,
        record_id: record.id,
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
