import { sql } from 'kysely';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { cleanDomain } from '../companies/index.ts';
import { companiesByDomain, companiesByName, nameKey } from './imports.references.ts';
import { findImport } from './imports.service.ts';
import { type ParentClaim, placeUnderParents } from './parents.rules.ts';
import { companyRef } from './rows.rules.ts';

/**
 * A company import's parent company column (migration 0047): each batch keeps the parent named for
 * every company it wrote; the import places them when it ends, so a parent may come later in the
 * file, or in a batch another writer committed first.
 */
export interface ParentRef {
  companyId: string;
  row: number;
  /** The cell as written: an id, a domain or a name. */
  parent: string;
  /** The parent's name from a second column, tried when `parent` finds nothing. */
  parentName?: string | undefined;
}

/** In the batch's transaction. A company two rows wrote takes the parent of the later row. */
export async function keepParents(
  tx: Tx,
  workspaceId: string,
  importId: string,
  refs: ParentRef[],
): Promise<void> {
  if (refs.length === 0) return;
  // One INSERT may not touch a row twice: the later row of one batch wins here, of two batches below.
  const latest = new Map<string, ParentRef>();
  for (const ref of refs)
    if ((latest.get(ref.companyId)?.row ?? -1) < ref.row) latest.set(ref.companyId, ref);
  const rows = [...latest.values()].map((r) => ({
    company_id: r.companyId,
    row_number: r.row,
    parent: r.parent,
    parent_name: r.parentName ?? null,
  }));
  await sql`
    INSERT INTO import_parents (workspace_id, import_id, company_id, row_number, parent, parent_name)
    SELECT ${workspaceId}, ${importId}, r.company_id, r.row_number, r.parent, r.parent_name
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(company_id uuid, row_number bigint, parent text, parent_name text)
    ON CONFLICT (workspace_id, import_id, company_id) DO UPDATE
      SET row_number = excluded.row_number, parent = excluded.parent, parent_name = excluded.parent_name
      WHERE import_parents.row_number < excluded.row_number`.execute(tx);
}

/**
 * When the import ends, in its last transaction: every company kept is placed under the live company
 * its reference finds (by id, domain or name, as a people row's company is found), in the file's
 * order, unless that would make a loop. The changes are the import's ("import N" in the audit trail).
 * What is placed is dropped; what is not keeps its problem. Returns the two counts.
 */
export async function placeParents(
  tx: Tx,
  workspaceId: string,
  importId: string,
  { again = false } = {},
): Promise<{ placed: number; unplaced: number }> {
  // Tried again, a company whose parent was set since (by hand, as the import's page suggests) or
  // that is gone is no longer the import's to place.
  if (again)
    await sql`
      DELETE FROM import_parents p USING companies c
      WHERE p.workspace_id = ${workspaceId} AND p.import_id = ${importId}
        AND c.workspace_id = p.workspace_id AND c.id = p.company_id
        AND (c.parent_id IS NOT NULL OR c.deleted_at IS NOT NULL)`.execute(tx);
  let select = tx
    .selectFrom('import_parents')
    .select(['company_id', 'parent', 'parent_name'])
    .where('workspace_id', '=', workspaceId)
    .where('import_id', '=', importId);
  // Tried again (`again`): those it could not place before, now that more companies exist.
  if (!again) select = select.where('problem', 'is', null);
  const kept = await select.orderBy('row_number').execute();
  if (kept.length === 0) return { placed: 0, unplaced: 0 };
  const found = await findParents(
    tx,
    workspaceId,
    kept.map((k) => (k.parent_name ? [k.parent, k.parent_name] : [k.parent])),
  );
  const claims: ParentClaim[] = kept.map((k, i) => ({
    companyId: k.company_id,
    found: found[i] ?? { ok: false, reason: 'No such company.' },
  }));
  const placements = placeUnderParents(claims, await hierarchyOf(tx, workspaceId));
  const moves = placements.flatMap((p, i) =>
    p.placed ? [{ id: kept[i]?.company_id, parent_id: p.parentId }] : [],
  );
  if (moves.length > 0)
    await sql`
      UPDATE companies c SET parent_id = r.parent_id, updated_at = now(), version = c.version + 1
      FROM jsonb_to_recordset(${JSON.stringify(moves)}::jsonb) AS r(id uuid, parent_id uuid)
      WHERE c.workspace_id = ${workspaceId} AND c.id = r.id AND c.deleted_at IS NULL
        AND c.parent_id IS DISTINCT FROM r.parent_id`.execute(tx);
  const problems = placements.flatMap((p, i) =>
    p.placed ? [] : [{ company_id: kept[i]?.company_id, problem: p.problem }],
  );
  if (problems.length > 0)
    await sql`
      UPDATE import_parents p SET problem = r.problem
      FROM jsonb_to_recordset(${JSON.stringify(problems)}::jsonb) AS r(company_id uuid, problem text)
      WHERE p.workspace_id = ${workspaceId} AND p.import_id = ${importId} AND p.company_id = r.company_id`.execute(
      tx,
    );
  // Placed now: no longer listed (a problem kept from an earlier try is dropped with its row).
  const placed = placements.flatMap((p, i) => (p.placed ? [kept[i]?.company_id ?? ''] : []));
  if (placed.length > 0)
    await tx
      .deleteFrom('import_parents')
      .where('workspace_id', '=', workspaceId)
      .where('import_id', '=', importId)
      .where('company_id', '=', sql<string>`any(${placed}::uuid[])`)
      .execute();
  return { placed: moves.length, unplaced: problems.length };
}

/**
 * When an import of fixed rows ends, the imports whose rejected rows it holds try their unplaced
 * parents again: a parent row rejected and fixed in the retry now exists, and its subsidiaries,
 * written by the first import, find it. Each import up the chain keeps its own counts.
 */
export async function placeParentsAgain(tx: Tx, workspaceId: string, retryOf: string | null): Promise<void> {
  for (let id = retryOf, hops = 0; id && hops < 100; hops++) {
    const earlier = await tx
      .selectFrom('imports')
      .select(['retry_of', 'parents_unplaced'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!earlier) return;
    if (Number(earlier.parents_unplaced) > 0) {
      const { placed, unplaced } = await placeParents(tx, workspaceId, id, { again: true });
      await tx
        .updateTable('imports')
        .set({ parents_placed: sql`parents_placed + ${placed}`, parents_unplaced: unplaced })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    }
    id = earlier.retry_of;
  }
}

type Found = ParentClaim['found'];

/**
 * The live company each reference names: the id if it is one here; else the domain, or a name that
 * reads like one ("Acme.io"); else the name. A claim may give several references (an id, then a
 * name): the first that finds a company wins. Each kind of look-up is one statement for all of them.
 */
async function findParents(tx: Tx, workspaceId: string, claims: string[][]): Promise<Found[]> {
  const written = [...new Set(claims.flat())];
  const refs = written.map((p) => companyRef(p));
  const domains = refs.map((ref) => {
    const clean = ref.domain ? cleanDomain(ref.domain) : undefined;
    return clean?.ok ? clean.value : undefined;
  });
  const ids = [...new Set(refs.flatMap((r) => (r.id ? [r.id] : [])))];
  const live =
    ids.length === 0
      ? []
      : await tx
          .selectFrom('companies')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', sql<string>`any(${ids}::uuid[])`)
          .where('deleted_at', 'is', null)
          .execute();
  const liveIds = new Set(live.map((r) => r.id));
  const byDomain = await companiesByDomain(tx, [...new Set(domains.flatMap((d) => (d ? [d] : [])))]);
  const named = await companiesByName(tx, [...new Set(refs.flatMap((r) => r.name ?? r.domain ?? []))]);
  const byName = new Map([...named].map(([name, id]) => [nameKey(name), id]));
  const idOf = new Map(
    refs.map((ref, i) => [
      written[i],
      ref.id
        ? liveIds.has(ref.id) && ref.id
        : (byDomain.get(domains[i] ?? '') ?? byName.get(nameKey(ref.name ?? ref.domain ?? ''))),
    ]),
  );
  return claims.map((claim): Found => {
    const id = claim.map((c) => idOf.get(c)).find(Boolean);
    const tried = claim.map((c) => `“${c}”`).join(' or ');
    return id ? { ok: true, id } : { ok: false, reason: `No company ${tried} in this workspace.` };
  });
}

/** Company → parent, for every live company that has one. */
async function hierarchyOf(tx: Tx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('companies')
    .select(['id', 'parent_id'])
    .where('workspace_id', '=', workspaceId)
    .where('parent_id', 'is not', null)
    .where('deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id as string]));
}

/** The companies an import wrote but could not place under their parent, in the file's order. */
export async function unplacedParentsPage(
  tx: Tx,
  principal: StaffPrincipal,
  id: string,
  page: { limit: number; cursor?: string | undefined },
) {
  const row = await findImport(tx, principal, id);
  const found = await fetchPage(
    tx
      .selectFrom('import_parents as p')
      .innerJoin('companies as c', (join) =>
        join.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.id', '=', 'p.company_id'),
      )
      .select(['p.row_number', 'p.company_id', 'c.name', 'p.parent', 'p.parent_name', 'p.problem'])
      .where('p.workspace_id', '=', row.workspace_id)
      .where('p.import_id', '=', row.id)
      .where('p.problem', 'is not', null),
    {
      limit: page.limit,
      cursor: page.cursor,
      sort: 'row',
      columns: { row: 'p.row_number' },
      idColumn: 'p.company_id',
    },
  );
  return {
    data: found.rows.map((r) => ({
      row: Number(r.row_number),
      sourceRow: row.source_rows?.[Number(r.row_number) - 1] ?? Number(r.row_number),
      company: { id: r.company_id, name: r.name },
      parent: r.parent,
      parentName: r.parent_name,
      problem: r.problem ?? '',
    })),
    nextCursor: found.nextCursor,
  };
}
