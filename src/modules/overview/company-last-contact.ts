import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { displayName } from '../people/index.ts';
import { contactSql } from '../timeline/index.ts';

interface Contact {
  at: Date;
  by_id: string | null;
  by_name: string | null;
}

/**
 * A company's last contact: the latest with anyone who works or worked there (their own last contact,
 * and with whom; for someone who has left, only when it was before they left: a contact in their
 * next job is not this company's), or a contact logged on the company naming nobody (a call to its switchboard), when
 * that one is later. At equal times the one naming a person says more.
 */
export async function companyLastContact(tx: Tx, workspaceId: string, companyId: string) {
  const withPerson = await latestWithItsPeople(tx, workspaceId, companyId);
  const withCompany = await latestNamingNobody(tx, workspaceId, companyId, withPerson?.at);
  const by = (contact: Contact) =>
    contact.by_id && contact.by_name ? { id: contact.by_id, name: contact.by_name } : null;
  if (withCompany) return { at: withCompany.at.toISOString(), by: by(withCompany) };
  if (!withPerson) return null;
  return {
    at: withPerson.at.toISOString(),
    by: by(withPerson),
    person: { id: withPerson.person_id, name: displayName(withPerson) },
  };
}

async function latestWithItsPeople(tx: Tx, workspaceId: string, companyId: string) {
  const rows = await sql<
    Contact & {
      person_id: string;
      first_name: string | null;
      last_name: string | null;
      email: string | null;
      phone: string | null;
    }
  >`
    SELECT p.last_contacted_at AS at, p.id AS person_id, p.first_name, p.last_name, p.email, p.phone, u.id AS by_id, u.name AS by_name
    FROM employments e
    JOIN people p ON p.workspace_id = e.workspace_id AND p.id = e.person_id AND p.deleted_at IS NULL
    LEFT JOIN users u ON u.id = p.last_contacted_by
    WHERE e.workspace_id = ${workspaceId} AND e.company_id = ${companyId} AND p.last_contacted_at IS NOT NULL
      AND (e.ended_on IS NULL OR p.last_contacted_at < (e.ended_on + 1)::timestamptz)
    ORDER BY p.last_contacted_at DESC LIMIT 1`.execute(tx);
  return rows.rows[0];
}

// Walks the company's history newest first (activities_company) to the first such contact, and no
// further back than `after`: an older one would not be shown, and a company whose contacts all name
// someone would otherwise be walked to its first entry.
async function latestNamingNobody(tx: Tx, workspaceId: string, companyId: string, after: Date | undefined) {
  const rows = await sql<Contact>`
    SELECT a.occurred_at AS at, u.id AS by_id, u.name AS by_name
    FROM activities a
    LEFT JOIN users u ON u.id = a.actor_user_id
    WHERE a.workspace_id = ${workspaceId} AND a.company_id = ${companyId} AND a.deleted_at IS NULL
      AND ${after ? sql`a.occurred_at > ${after}` : sql`true`} AND ${contactSql('a')}
      AND NOT EXISTS (SELECT 1 FROM activity_people ap
        WHERE ap.workspace_id = a.workspace_id AND ap.activity_id = a.id)
    ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1`.execute(tx);
  return rows.rows[0];
}
