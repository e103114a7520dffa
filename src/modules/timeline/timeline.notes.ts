import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { noteHtmlOf } from './timeline.rules.ts';

/** A note written as plain text by another system (an import's "Notes" column). */
export interface PlainNote {
  text: string;
  /** The person it is about, if any: their company's history shows it too, as a note made here does. */
  personId: string | null;
  companyId: string | null;
}

/**
 * Adds notes set-based, a batch at a time, by `userId`. The same text on the same record is one note:
 * its source key is the record and the text's hash, so importing a file again never doubles a note
 * (nor brings back one deleted since). Returns how many were added.
 */
export async function addPlainNotes(
  tx: Tx,
  workspaceId: string,
  userId: string,
  notes: PlainNote[],
): Promise<number> {
  const rows = notes.flatMap((note) => {
    const text = note.text.trim();
    const about = note.personId
      ? `person:${note.personId}`
      : note.companyId
        ? `company:${note.companyId}`
        : '';
    if (!text || !about) return [];
    const hash = createHash('sha256').update(text).digest('base64url');
    return [
      {
        body: text,
        body_html: noteHtmlOf(text),
        person_id: note.personId,
        company_id: note.companyId,
        source_key: `plain-note:${about}:${hash}`,
      },
    ];
  });
  if (rows.length === 0) return 0;
  // Two rows of one batch with the same text on one record: ON CONFLICT may not meet a key twice.
  const unique = [...new Map(rows.map((r) => [r.source_key, r])).values()];
  const added = await sql<{ id: string; occurred_at: Date; source_key: string }>`
    INSERT INTO activities (workspace_id, type, channel, body, body_html, actor_type, actor_user_id, company_id, source_key)
    SELECT ${workspaceId}, 'note', 'other', r.body, r.body_html, 'user', ${userId}, r.company_id, r.source_key
    FROM jsonb_to_recordset(${JSON.stringify(unique)}::jsonb) AS r(body text, body_html text, company_id uuid, source_key text)
    ON CONFLICT (workspace_id, source_key) DO NOTHING
    RETURNING id, occurred_at, source_key`.execute(tx);
  const personOf = new Map(unique.map((r) => [r.source_key, r.person_id]));
  const links = added.rows.flatMap((a) => {
    const personId = personOf.get(a.source_key);
    return personId ? [{ activity_id: a.id, person_id: personId, occurred_at: a.occurred_at }] : [];
  });
  if (links.length > 0)
    await sql`
      INSERT INTO activity_people (workspace_id, activity_id, person_id, occurred_at)
      SELECT ${workspaceId}, r.activity_id, r.person_id, r.occurred_at
      FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS r(activity_id uuid, person_id uuid, occurred_at timestamptz)`.execute(
      tx,
    );
  return added.rows.length;
}
