import { sql } from 'kysely';
import { idsOrNone } from '../../platform/db/in-list.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { escapeLike } from '../../platform/query/compile.ts';
import { type Actor, assertMay, visibleOwners } from '../access/index.ts';
import { displayName } from '../people/index.ts';

/**
 * Deleted people and companies, and bringing one back. A delete only marks the record (deleted_at):
 * its history, deals, tickets and links all stay, so a restore is the mark taken off, under the same
 * rights as the delete. A record merged into another is deleted too, but is brought back by undoing
 * its merge, which also moves its history back.
 */
export type TrashObject = 'people' | 'companies';

const NOUN: Record<TrashObject, string> = { people: 'person', companies: 'company' };

export interface DeletedRecord {
  id: string;
  name: string;
  /** A person's e-mail, a company's domain: which of two namesakes it is. */
  detail: string | null;
  ownerId: string | null;
  deletedAt: Date;
  /** Who deleted it, as the audit trail has it: a member (named as now), an API token's, the system. */
  deletedBy: { type: string; id: string | null; name: string | null } | null;
}

/** The deleted records the actor may restore, most recently deleted first. */
export async function listDeleted(
  tx: Tx,
  actor: Actor,
  object: TrashObject,
  page: { limit: number; cursor: string | undefined; q?: string | undefined },
): Promise<{ rows: DeletedRecord[]; nextCursor: string | null }> {
  let select = deletedOf(tx, actor.workspaceId, object);
  const owners = await visibleOwners(tx, actor, object, 'delete');
  if (owners !== 'all') select = select.where('r.owner_id', 'in', idsOrNone(owners));
  if (page.q) {
    // Part of the name, or of the e-mail (a person) or domain (a company): among deleted rows only.
    const like = `%${escapeLike(page.q)}%`;
    select = select.where(
      object === 'people'
        ? sql<boolean>`(concat_ws(' ', r.first_name, r.last_name) ILIKE ${like} OR r.email ILIKE ${like})`
        : sql<boolean>`(r.name ILIKE ${like} OR r.domain ILIKE ${like})`,
    );
  }
  const found = await fetchPage(select, {
    limit: page.limit,
    cursor: page.cursor,
    sort: '-deletedAt',
    columns: { deletedAt: 'r.deleted_at' },
    idColumn: 'r.id',
  });
  const by = await deleters(
    tx,
    actor.workspaceId,
    found.rows.map((r) => r.id),
  );
  return {
    nextCursor: found.nextCursor,
    rows: found.rows.map((r) => ({
      id: r.id,
      name: object === 'people' ? displayName(r) : (r.name ?? ''),
      detail: (object === 'people' ? r.email : r.domain) ?? null,
      ownerId: r.owner_id,
      deletedAt: r.deleted_at as Date,
      deletedBy: by.get(r.id) ?? null,
    })),
  };
}

/**
 * Who set each record's deletion mark: its latest audit entry that changed the mark (while deleted,
 * that is the delete), found newest first on the trail's per-record index.
 */
async function deleters(tx: Tx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, DeletedRecord['deletedBy']>();
  const rows = await tx
    .selectFrom('record_changes as rc')
    .leftJoin('users as u', (j) => j.on(sql<boolean>`rc.actor_type = 'user' AND u.id::text = rc.actor_id`))
    .distinctOn('rc.record_id')
    .select(['rc.record_id', 'rc.actor_type', 'rc.actor_id', 'u.name'])
    .where('rc.workspace_id', '=', workspaceId)
    .where('rc.record_id', 'in', ids)
    .where('rc.action', '=', 'updated')
    .where(sql<boolean>`rc.changes ? 'deleted_at'`)
    .orderBy('rc.record_id')
    .orderBy('rc.id', 'desc')
    .execute();
  return new Map(
    rows.map((r) => [r.record_id, { type: r.actor_type, id: r.actor_id, name: r.name ?? null }]),
  );
}

/**
 * One select for both tables, the columns a list of either shows named alike. Typed as people's: the
 * columns it names outside `sql` (id, owner, deletion and merge marks) are the same in both tables.
 */
function deletedOf(tx: Tx, workspaceId: string, object: TrashObject) {
  const people = object === 'people';
  return tx
    .selectFrom(`${object} as r` as 'people as r')
    .select([
      'r.id',
      'r.owner_id',
      'r.deleted_at',
      sql<string | null>`${people ? sql`r.first_name` : sql`NULL`}`.as('first_name'),
      sql<string | null>`${people ? sql`r.last_name` : sql`NULL`}`.as('last_name'),
      sql<string | null>`${people ? sql`r.email` : sql`NULL`}`.as('email'),
      sql<string | null>`${people ? sql`r.phone` : sql`NULL`}`.as('phone'),
      sql<string | null>`${people ? sql`NULL` : sql`r.name`}`.as('name'),
      sql<string | null>`${people ? sql`NULL` : sql`r.domain`}`.as('domain'),
    ])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.deleted_at', 'is not', null)
    .where('r.merged_into_id', 'is', null);
}

/**
 * Takes the deletion mark off a record. A value a unique custom field holds that another record has
 * taken since makes this a 409 (the unique-values trigger names it), and nothing changes.
 */
export async function restoreRecord(tx: Tx, actor: Actor, object: TrashObject, id: string): Promise<void> {
  const row = await tx
    .selectFrom(object)
    .select(['owner_id', 'deleted_at', 'merged_into_id'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  const noun = NOUN[object];
  if (!row) throw notFound(noun);
  await assertMay(tx, actor, object, 'delete', row.owner_id, noun);
  if (row.merged_into_id)
    throw conflict(`This ${noun} was merged into another: undo the merge to bring it back.`);
  if (!row.deleted_at) throw conflict(`This ${noun} is not deleted.`);
  await sql`UPDATE ${sql.table(object)} SET deleted_at = NULL, updated_at = now(), version = version + 1
            WHERE workspace_id = ${actor.workspaceId} AND id = ${id}`.execute(tx);
}

type Named = Parameters<typeof displayName>[0];

export interface RestoredSince {
  restored: number;
  /** Left deleted: a unique value of theirs belongs to a live record now, or to one restored with them. */
  skipped: { id: string; name: string; reason: string }[];
}

/**
 * Brings back every record deleted at or after `since` that the actor may restore, in one statement:
 * the way back from a bulk delete by mistake, which deletes in batches a moment apart. A record whose
 * unique value a live record has taken since, or a record deleted after it, is left deleted and named,
 * so the rest still come back.
 */
export async function restoreSince(
  tx: Tx,
  actor: Actor,
  object: TrashObject,
  since: Date,
): Promise<RestoredSince> {
  const owners = await visibleOwners(tx, actor, object, 'delete');
  const reach = owners === 'all' ? sql`true` : sql`r.owner_id = ANY(${[...owners]}::uuid[])`;
  const table = sql.table(object);
  const people = object === 'people';
  const clashes = await sql<
    Partial<Named> & { id: string; name: string | null; label: string; value: string; live: boolean }
  >`
    WITH candidates AS (
      SELECT r.id, r.deleted_at, r.custom_fields,
        ${people ? sql`r.first_name, r.last_name, r.email, r.phone, NULL AS name` : sql`r.name`}
      FROM ${table} r
      WHERE r.workspace_id = ${actor.workspaceId} AND r.deleted_at >= ${since} AND r.merged_into_id IS NULL
        AND ${reach}),
    held AS (
      SELECT c.*, f.id AS field_id, f.label, c.custom_fields->>f.key AS value,
        row_number() OVER (PARTITION BY f.id, c.custom_fields->>f.key ORDER BY c.deleted_at DESC, c.id) AS holder
      FROM candidates c
      JOIN custom_fields f ON f.workspace_id = ${actor.workspaceId} AND f.object_type = ${object}
        AND f.unique_values AND c.custom_fields->>f.key IS NOT NULL)
    SELECT c.id, c.label, c.value, c.live,
      ${people ? sql`c.first_name, c.last_name, c.email, c.phone, c.name` : sql`c.name`}
    FROM (
      SELECT h.*, EXISTS (SELECT 1 FROM custom_unique_values u WHERE u.workspace_id = ${actor.workspaceId}
                          AND u.field_id = h.field_id AND u.value = h.value) AS live
      FROM held h) c
    WHERE c.live OR c.holder > 1
    ORDER BY c.deleted_at DESC, c.id`.execute(tx);
  // A value a live record holds keeps every deleted holder deleted; one only deleted records held (it
  // was given to another after the first's deletion) comes back with the record that held it last.
  const skipped = [...new Map(clashes.rows.map((c) => [c.id, c])).values()].map((c) => ({
    id: c.id,
    name: people ? displayName(c as Named) : (c.name ?? ''),
    reason: c.live
      ? `${c.label} "${c.value}" belongs to another record now.`
      : `${c.label} "${c.value}" was given to a record deleted after it, which comes back instead.`,
  }));
  const result = await sql`
    UPDATE ${table} r SET deleted_at = NULL, updated_at = now(), version = version + 1
    WHERE r.workspace_id = ${actor.workspaceId} AND r.deleted_at >= ${since} AND r.merged_into_id IS NULL
      AND ${reach} AND NOT (r.id = ANY(${skipped.map((s) => s.id)}::uuid[]))`.execute(tx);
  return { restored: Number(result.numAffectedRows ?? 0), skipped };
}
