import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { changePairs } from '../../platform/events/changes.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { isUuid } from '../../platform/uuid.ts';
import { definitionsFor } from '../custom-fields/index.ts';
import { noRecordIds, recordNames } from '../people/index.ts';

export interface AuditFilter {
  recordId?: string | undefined;
  objectType?: string | undefined;
  actorId?: string | undefined;
  apiTokenId?: string | undefined;
  action?: 'created' | 'updated' | 'deleted' | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

function entriesQuery(tx: Tx, workspaceId: string) {
  return (
    tx
      .selectFrom('record_changes as rc')
      .leftJoin('users as u', (j) => j.on(sql<boolean>`rc.actor_type = 'user' AND u.id::text = rc.actor_id`))
      // An import writes as its creator, via 'import', with the request id import:<number>.
      .leftJoin('imports as i', (j) =>
        j.on(
          sql<boolean>`rc.via = 'import' AND i.workspace_id = rc.workspace_id AND rc.request_id = 'import:' || i.number::text`,
        ),
      )
      // The token as it is now: revoked ones are kept; one gone with its member is named by id alone.
      .leftJoin('api_tokens as t', (j) =>
        j.onRef('t.workspace_id', '=', 'rc.workspace_id').onRef('t.id', '=', 'rc.api_token_id'),
      )
      // An employment's update holds only what changed (its role or its dates): the
      // person and company it ties are read from the employment as it is now.
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('employments as e')
            .select(['e.person_id as tie_person_id', 'e.company_id as tie_company_id'])
            // Only an employment's record id is an employment's (and a uuid to cast): one row by its key.
            .where(
              sql<boolean>`e.workspace_id = rc.workspace_id
              AND e.id = CASE WHEN rc.object_type = 'employment' THEN rc.record_id::uuid END`,
            )
            .as('tie'),
        (j) => j.onTrue(),
      )
      // A possible duplicate's entry says which two records it pairs, as its row does (a pair is never
      // deleted, and its records never change: an update holds only its status).
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('duplicate_candidates as dc')
            .select([
              'dc.object_type as pair_object',
              'dc.first_id as pair_first_id',
              'dc.second_id as pair_second_id',
            ])
            .where(
              sql<boolean>`dc.workspace_id = rc.workspace_id
              AND dc.id = CASE WHEN rc.object_type = 'duplicate_candidate' THEN rc.record_id::uuid END`,
            )
            .as('pair'),
        (j) => j.onTrue(),
      )
      // An employment since removed: as its deletion's entry kept it (a snapshot of the row since
      // 0032, a diff of [before, after] pairs before), so its earlier entries still say whose job it was.
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('record_changes as gone')
            .select([
              sql<string>`(CASE WHEN gone.snapshot THEN gone.changes->>'person_id' ELSE gone.changes->'person_id'->>0 END)::uuid`.as(
                'gone_person_id',
              ),
              sql<string>`(CASE WHEN gone.snapshot THEN gone.changes->>'company_id' ELSE gone.changes->'company_id'->>0 END)::uuid`.as(
                'gone_company_id',
              ),
            ])
            .where(
              sql<boolean>`rc.object_type = 'employment' AND tie.tie_person_id IS NULL
              AND gone.workspace_id = rc.workspace_id AND gone.record_id = rc.record_id
              AND gone.object_type = 'employment' AND gone.action = 'deleted'`,
            )
            .orderBy('gone.id', 'desc')
            .limit(1)
            .as('gone'),
        (j) => j.onTrue(),
      )
      // A merge, and its undo, change both records in the transaction that writes the merge row, and
      // now() is that transaction's start: the same instant on the entry and on the merge. The merge
      // row's own entries are the merge's too.
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('merges as m')
            .select([
              'm.id as merge_id',
              sql<boolean>`m.undone_at IS NOT DISTINCT FROM rc.occurred_at`.as('merge_undo'),
              'm.object_type as merge_object',
              'm.survivor_id as merge_survivor_id',
              'm.merged_id as merge_merged_id',
            ])
            .where(
              sql<boolean>`m.workspace_id = rc.workspace_id
              AND ((rc.object_type IN ('person', 'company') AND rc.record_id IN (m.survivor_id::text, m.merged_id::text))
                OR (rc.object_type = 'merge' AND rc.record_id = m.id::text))
              AND (m.created_at = rc.occurred_at OR m.undone_at = rc.occurred_at)`,
            )
            .limit(1)
            .as('mg'),
        (j) => j.onTrue(),
      )
      .select([
        'rc.id',
        'rc.occurred_at',
        'rc.object_type',
        'rc.record_id',
        'rc.record_label',
        'rc.action',
        'rc.changes',
        'rc.snapshot',
        'rc.actor_type',
        'rc.actor_id',
        'u.name as actor_name',
        'rc.via',
        'rc.request_id',
        'rc.api_token_id',
        't.name as api_token_name',
        't.revoked_at as api_token_revoked_at',
        'i.id as import_id',
        'i.number as import_number',
        'mg.merge_id',
        'mg.merge_undo',
        'mg.merge_object',
        'mg.merge_survivor_id',
        'mg.merge_merged_id',
        sql<string | null>`coalesce(tie.tie_person_id, gone.gone_person_id)`.as('tie_person_id'),
        sql<string | null>`coalesce(tie.tie_company_id, gone.gone_company_id)`.as('tie_company_id'),
        'pair.pair_object',
        'pair.pair_first_id',
        'pair.pair_second_id',
      ])
      .where('rc.workspace_id', '=', workspaceId)
  );
}

export type AuditEntryRow = Awaited<ReturnType<ReturnType<typeof entriesQuery>['executeTakeFirstOrThrow']>>;

/** Newest first. The trail is append-only: what it says is what happened. */
export async function listAuditEntries(
  tx: Tx,
  input: { workspaceId: string; filter: AuditFilter; limit: number; cursor: string | undefined },
) {
  const { filter } = input;
  let query = entriesQuery(tx, input.workspaceId);
  const { recordId } = filter;
  if (recordId) {
    // A person's or company's history holds the merges it took part in (one that changed none of the
    // kept record's fields left an entry on the merge alone) and the possible duplicates that pair it.
    const related = isUuid(recordId)
      ? await tx
          .selectFrom('merges')
          .select('id')
          .where('workspace_id', '=', input.workspaceId)
          .where((eb) => eb.or([eb('survivor_id', '=', recordId), eb('merged_id', '=', recordId)]))
          .unionAll(
            tx
              .selectFrom('duplicate_candidates')
              .select('id')
              .where('workspace_id', '=', input.workspaceId)
              .where((eb) => eb.or([eb('first_id', '=', recordId), eb('second_id', '=', recordId)])),
          )
          .execute()
      : [];
    query = query.where('rc.record_id', 'in', [recordId, ...related.map((r) => r.id)]);
  }
  if (filter.objectType) query = query.where('rc.object_type', '=', filter.objectType);
  if (filter.actorId) query = query.where('rc.actor_id', '=', filter.actorId);
  // Read along record_changes_api_token (migration 0038), which holds only changes made with a token.
  if (filter.apiTokenId) query = query.where('rc.api_token_id', '=', filter.apiTokenId);
  if (filter.action) query = query.where('rc.action', '=', filter.action);
  if (filter.since) query = query.where('rc.occurred_at', '>=', new Date(filter.since));
  if (filter.until) query = query.where('rc.occurred_at', '<', new Date(filter.until));
  return fetchPage(query, {
    limit: input.limit,
    cursor: input.cursor,
    sort: '-id',
    columns: { id: 'rc.id' },
    idColumn: 'rc.id',
  });
}

export async function getAuditEntry(tx: Tx, workspaceId: string, id: string): Promise<AuditEntryRow> {
  const row = await entriesQuery(tx, workspaceId)
    .where('rc.id', '=', id as never)
    .executeTakeFirst();
  if (!row) throw notFound('audit entry');
  return row;
}

/** Fields that hold another record's id, and that record's table (by the entry's object type). */
function referencedTable(objectType: string, field: string): 'people' | 'companies' | undefined {
  if (field === 'company_id') return 'companies';
  if (field === 'person_id' || field === 'requester_id') return 'people';
  if (field === 'parent_id' && objectType === 'company') return 'companies';
  if (field === 'merged_into_id') return objectType === 'person' ? 'people' : 'companies';
  return undefined;
}

type Named = 'people' | 'companies';

/** The relation custom fields of people and companies: key → the kind of record each points at. */
async function relationTargets(tx: Tx, workspaceId: string): Promise<Record<string, Map<string, Named>>> {
  const targets: Record<string, Map<string, Named>> = {};
  for (const [objectType, object] of [
    ['person', 'people'],
    ['company', 'companies'],
  ] as const) {
    const definitions = await definitionsFor(tx, workspaceId, object);
    targets[objectType] = new Map(
      definitions.flatMap((d) => (d.type === 'relation' && d.target ? [[d.key, d.target] as const] : [])),
    );
  }
  return targets;
}

/**
 * The names of the people and companies the entries' changes point at by id (as they are called now,
 * removed ones too), so a reader sees "Acme" rather than an id: reference columns and relation custom
 * fields alike. Members are not among them: the web app knows its members.
 */
export async function referencedNames(
  tx: Tx,
  workspaceId: string,
  rows: readonly AuditEntryRow[],
): Promise<Map<string, string>> {
  const ids = noRecordIds();
  let relations: Record<string, Map<string, Named>> | undefined;
  for (const row of rows) {
    if (row.merge_object && row.merge_survivor_id && row.merge_merged_id) {
      ids[row.merge_object].add(row.merge_survivor_id);
      ids[row.merge_object].add(row.merge_merged_id);
    }
    if (row.tie_person_id) ids.people.add(row.tie_person_id);
    if (row.tie_company_id) ids.companies.add(row.tie_company_id);
    if (row.pair_object && row.pair_first_id && row.pair_second_id) {
      const table = row.pair_object as Named;
      ids[table].add(row.pair_first_id);
      ids[table].add(row.pair_second_id);
    }
    for (const [field, values] of Object.entries(changePairs(row.action, row.changes, row.snapshot))) {
      if (field === 'custom_fields') {
        relations ??= await relationTargets(tx, workspaceId);
        for (const value of values) {
          if (typeof value !== 'object' || value === null) continue;
          for (const [key, id] of Object.entries(value)) {
            const table = relations[row.object_type]?.get(key);
            if (table && typeof id === 'string' && isUuid(id)) ids[table].add(id);
          }
        }
        continue;
      }
      const table = referencedTable(row.object_type, field);
      if (!table) continue;
      for (const value of values) if (typeof value === 'string') ids[table].add(value);
    }
  }
  return recordNames(tx, workspaceId, ids, { deleted: true });
}
