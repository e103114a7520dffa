import { z } from 'zod';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { ProblemSchema } from '../../platform/http/openapi.ts';
import { Id, iso, Timestamp } from '../../platform/http/schemas.ts';
import { type Actor, assertMay } from '../access/index.ts';
import { displayName } from './people.rules.ts';

export const MergedIntoSchema = z
  .object({
    id: Id.meta({ description: 'The record it went into (the end of the line, if that was merged too).' }),
    name: z.string(),
    mergedName: z.string().meta({ description: 'The name of the record asked for.' }),
    mergedAt: Timestamp,
    mergeId: Id.nullable().meta({ description: 'The merge (GET /merges/{id}, and its undo).' }),
  })
  .meta({ id: 'MergedInto' });

/** A 404 that, for a record merged into another, says which. */
export const MergedProblemSchema = ProblemSchema.extend({
  mergedInto: MergedIntoSchema.optional().meta({
    description:
      'Set when the record was merged into another one you may read: go there instead. A record merely deleted, or merged then undone, has none.',
  }),
}).meta({ id: 'MergedProblem' });

export const mergedNotFound = (what: string) => ({
  description: `No such ${what}; or it was merged into another (\`mergedInto\`).`,
  content: { 'application/problem+json': MergedProblemSchema },
});

type Table = 'people' | 'companies';
const NOUN: Record<Table, string> = { people: 'person', companies: 'company' };
/** Merges of merges stop somewhere; this far is already absurd. */
const MAX_HOPS = 20;

async function rowOf(tx: Tx, table: Table, workspaceId: string, id: string) {
  if (table === 'people') {
    const row = await tx
      .selectFrom('people')
      .select(['id', 'first_name', 'last_name', 'email', 'phone', 'owner_id', 'deleted_at', 'merged_into_id'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { ...row, name: displayName(row) };
  }
  return tx
    .selectFrom('companies')
    .select(['id', 'name', 'owner_id', 'deleted_at', 'merged_into_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

async function mayRead(tx: Tx, actor: Actor, table: Table, ownerId: string | null) {
  try {
    await assertMay(tx, actor, table, 'read', ownerId, NOUN[table]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 404 for a person or company not found: when it was merged away, into a record that is still
 * there (following merges of merges), and the actor may read both, the problem names where it went.
 */
export async function notFoundOrMerged(tx: Tx, actor: Actor, table: Table, id: string): Promise<AppError> {
  const plain = new AppError('not_found', `No such ${NOUN[table]}.`);
  const merged = await rowOf(tx, table, actor.workspaceId, id);
  if (!merged?.deleted_at || !merged.merged_into_id) return plain;
  let survivor = merged;
  for (let hop = 0; survivor.deleted_at; hop++) {
    const next =
      survivor.merged_into_id && (await rowOf(tx, table, actor.workspaceId, survivor.merged_into_id));
    if (!next || hop >= MAX_HOPS) return plain;
    survivor = next;
  }
  if (!(await mayRead(tx, actor, table, merged.owner_id))) return plain;
  if (!(await mayRead(tx, actor, table, survivor.owner_id))) return plain;
  const merge = await tx
    .selectFrom('merges')
    .select(['id', 'created_at'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('merged_id', '=', id)
    .where('undone_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const mergedInto: z.infer<typeof MergedIntoSchema> = {
    id: survivor.id,
    name: survivor.name,
    mergedName: merged.name,
    mergedAt: iso(merge?.created_at ?? merged.deleted_at),
    mergeId: merge?.id ?? null,
  };
  return new AppError('not_found', `${merged.name} was merged into ${survivor.name}.`, {
    extensions: { mergedInto },
  });
}
