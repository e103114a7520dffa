import type { Tx } from '../db/transaction.ts';
import type { FieldError } from '../errors.ts';

/** What an id in a request may point at. */
export type ReferenceKind = 'person' | 'company' | 'member';

export interface Reference {
  kind: ReferenceKind;
  /** Where the id sits in the request, for the error (`/companyId`, `/personIds/2`). */
  path: string;
  id: string | null | undefined;
}

const MESSAGES: Record<ReferenceKind, string> = {
  person: 'No such person.',
  company: 'No such company.',
  member: 'No such active member of the workspace.',
};

async function existing(
  tx: Tx,
  workspaceId: string,
  kind: ReferenceKind,
  ids: string[],
): Promise<Set<string>> {
  const rows =
    kind === 'member'
      ? await tx
          .selectFrom('memberships')
          .select('user_id as id')
          .where('workspace_id', '=', workspaceId)
          .where('user_id', 'in', ids)
          .where('status', '=', 'active')
          .execute()
      : await tx
          .selectFrom(kind === 'person' ? 'people' : 'companies')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids)
          .where('deleted_at', 'is', null)
          .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The ids of a request that point at nothing usable in the workspace (a live person or company, an
 * active member), as field errors in the order given: a wrong id is the client's to fix (a 422 naming
 * the field), never a foreign-key 500. One query per kind of record, however many ids.
 */
export async function brokenReferences(
  tx: Tx,
  workspaceId: string,
  references: Reference[],
): Promise<FieldError[]> {
  const given = references.filter((r): r is Reference & { id: string } => Boolean(r.id));
  const found = new Map<ReferenceKind, Set<string>>();
  for (const kind of new Set(given.map((r) => r.kind))) {
    const ids = [...new Set(given.filter((r) => r.kind === kind).map((r) => r.id))];
    found.set(kind, await existing(tx, workspaceId, kind, ids));
  }
  return given
    .filter((r) => !found.get(r.kind)?.has(r.id))
    .map((r) => ({ path: r.path, message: MESSAGES[r.kind] }));
}
