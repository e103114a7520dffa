import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { displayName } from '../people/index.ts';
import { contactSql } from '../timeline/index.ts';

interface Contact {
  at: Date;
  by_id: string | null;
  by_name: string | null;
  person_id: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
}

/** Of the contacts in a history, any (the customer may have reached out) or only a member's. */
type Whose = 'any' | 'team';

/**
 * The latest contact with a person in which a member of the team acted (their own last contact, kept
 * on the person, may be the customer's). Walks their history newest first to the first such contact.
 */
export async function personTeamContact(tx: Tx, workspaceId: string, personId: string) {
  const rows = await sql<{ at: Date; by_id: string; by_name: string }>`
    SELECT a.occurred_at AS at, u.id AS by_id, u.name AS by_name
    FROM activity_people theirs
    JOIN activities a ON a.workspace_id = theirs.workspace_id AND a.id = theirs.activity_id
    JOIN users u ON u.id = a.actor_user_id
    WHERE theirs.workspace_id = ${workspaceId} AND theirs.person_id = ${personId}
      AND a.deleted_at IS NULL AND a.actor_user_id IS NOT NULL AND ${contactSql('a')}
    ORDER BY theirs.occurred_at DESC, theirs.activity_id DESC LIMIT 1`.execute(tx);
  const contact = rows.rows[0];
  return contact ? { at: contact.at.toISOString(), by: { id: contact.by_id, name: contact.by_name } } : null;
}

/**
 * A company's last contact (`whose` 'any') or the team's last (`whose` 'team': one in which a member
 * acted): the later of two. Its people's own last contact (with whom; for someone who has left, only
 * when it was before they left: a contact in their next job is not this company's), which also counts
 * people who work there besides their main job; and the latest contact in the company's own history,
 * which holds a call to its switchboard naming nobody, and a contact with someone made while they
 * worked there, even when they were contacted again after leaving. At equal times the first says
 * with whom.
 */
export async function companyLastContact(
  tx: Tx,
  workspaceId: string,
  companyId: string,
  whose: Whose = 'any',
) {
  const withItsPeople = await (whose === 'any' ? latestWithItsPeople : latestTeamWithItsPeople)(
    tx,
    workspaceId,
    companyId,
  );
  const contact =
    (await latestInItsHistory(tx, workspaceId, companyId, withItsPeople?.at, whose)) ?? withItsPeople;
  if (!contact) return null;
  return {
    at: contact.at.toISOString(),
    by: contact.by_id && contact.by_name ? { id: contact.by_id, name: contact.by_name } : null,
    ...(contact.person_id ? { person: { id: contact.person_id, name: displayName(contact) } } : {}),
  };
}

async function latestWithItsPeople(tx: Tx, workspaceId: string, companyId: string) {
  const rows = await sql<Contact>`
    SELECT p.last_contacted_at AS at, p.id AS person_id, p.first_name, p.last_name, p.email, p.phone, u.id AS by_id, u.name AS by_name
    FROM employments e
    JOIN people p ON p.workspace_id = e.workspace_id AND p.id = e.person_id AND p.deleted_at IS NULL
    LEFT JOIN users u ON u.id = p.last_contacted_by
    WHERE e.workspace_id = ${workspaceId} AND e.company_id = ${companyId} AND p.last_contacted_at IS NOT NULL
      AND (e.ended_on IS NULL OR p.last_contacted_at < (e.ended_on + 1)::timestamptz)
    ORDER BY p.last_contacted_at DESC LIMIT 1`.execute(tx);
  return rows.rows[0];
}

// The team's last contact with its people. A person's own last contact, when a member acted in it
// while they worked there, is their team's last. Only the others (their last contact was theirs, or
// came after they left) need their history walked back, to when they left (a contact in their next
// job is not this company's); and only those whose last contact is later than the best found so far,
// as a contact further back cannot be later: an account of thousands walks a few histories, not all.
async function latestTeamWithItsPeople(tx: Tx, workspaceId: string, companyId: string) {
  const rows = await sql<Contact>`
    WITH staff AS MATERIALIZED (
      SELECT p.id, p.last_contacted_at, p.last_contacted_by, e.ended_on,
        p.last_contacted_by IS NOT NULL
          AND (e.ended_on IS NULL OR p.last_contacted_at < (e.ended_on + 1)::timestamptz) AS known
      FROM employments e
      JOIN people p ON p.workspace_id = e.workspace_id AND p.id = e.person_id AND p.deleted_at IS NULL
      WHERE e.workspace_id = ${workspaceId} AND e.company_id = ${companyId} AND p.last_contacted_at IS NOT NULL),
    best_known AS (
      SELECT s.id, s.last_contacted_at AS at, s.last_contacted_by AS by
      FROM staff s WHERE s.known ORDER BY s.last_contacted_at DESC LIMIT 1),
    walked AS (
      SELECT s.id, t.at, t.by
      FROM staff s
      CROSS JOIN LATERAL (
        SELECT theirs.occurred_at AS at, a.actor_user_id AS by
        FROM activity_people theirs
        JOIN activities a ON a.workspace_id = theirs.workspace_id AND a.id = theirs.activity_id
        WHERE theirs.workspace_id = ${workspaceId} AND theirs.person_id = s.id
          AND (s.ended_on IS NULL OR theirs.occurred_at < (s.ended_on + 1)::timestamptz)
          AND a.deleted_at IS NULL AND a.actor_user_id IS NOT NULL AND ${contactSql('a')}
        ORDER BY theirs.occurred_at DESC, theirs.activity_id DESC
        LIMIT 1) t
      WHERE NOT s.known AND s.last_contacted_at > coalesce((SELECT at FROM best_known), '-infinity'))
    SELECT c.at, p.id AS person_id, p.first_name, p.last_name, p.email, p.phone, u.id AS by_id, u.name AS by_name
    FROM (SELECT * FROM best_known UNION ALL SELECT * FROM walked) c
    JOIN people p ON p.workspace_id = ${workspaceId} AND p.id = c.id
    JOIN users u ON u.id = c.by
    ORDER BY c.at DESC LIMIT 1`.execute(tx);
  return rows.rows[0];
}

// Walks the company's history newest first (activities_company) to the first contact, and no further
// back than `after`: an older one would not be shown, and a company whose last contact is one of its
// people's would otherwise be walked to its first entry. Of the people a contact names, one who works
// there now is named first; a deleted person is not named.
async function latestInItsHistory(
  tx: Tx,
  workspaceId: string,
  companyId: string,
  after: Date | undefined,
  whose: Whose,
) {
  const rows = await sql<Contact>`
    SELECT a.occurred_at AS at, u.id AS by_id, u.name AS by_name,
      named.id AS person_id, named.first_name, named.last_name, named.email, named.phone
    FROM activities a
    LEFT JOIN users u ON u.id = a.actor_user_id
    LEFT JOIN LATERAL (
      SELECT p.id, p.first_name, p.last_name, p.email, p.phone
      FROM activity_people ap
      JOIN people p ON p.workspace_id = ap.workspace_id AND p.id = ap.person_id AND p.deleted_at IS NULL
      WHERE ap.workspace_id = a.workspace_id AND ap.activity_id = a.id
      ORDER BY p.company_id IS NOT DISTINCT FROM a.company_id DESC, p.id
      LIMIT 1) named ON true
    WHERE a.workspace_id = ${workspaceId} AND a.company_id = ${companyId} AND a.deleted_at IS NULL
      AND ${after ? sql`a.occurred_at > ${after}` : sql`true`} AND ${contactSql('a')}
      AND ${whose === 'team' ? sql`a.actor_user_id IS NOT NULL` : sql`true`}
    ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1`.execute(tx);
  return rows.rows[0];
}
