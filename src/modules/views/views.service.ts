import { type ExpressionBuilder, sql } from 'kysely';
import { presentColumns } from '../../platform/db/columns.ts';
import { NIL_ID } from '../../platform/db/in-list.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { compileFilter } from '../../platform/query/compile.ts';
import { fieldMap } from '../../platform/query/fields.ts';
import type { Filter } from '../../platform/query/filter.ts';
import type { Actor } from '../access/index.ts';
import { companyFields } from '../companies/companies.fields.ts';
import { companyContext } from '../companies/index.ts';
import { definitionsFor, getCustomField } from '../custom-fields/index.ts';
import { peopleFields, writeContext } from '../people/index.ts';

export type ViewObject = 'people' | 'companies';

export interface ViewInput {
  objectType?: ViewObject;
  name?: string | undefined;
  shared?: boolean | undefined;
  columns?: string[] | undefined;
  filter?: Filter | null | undefined;
  sort?: string | null | undefined;
}

/** A view is checked like the list it saves: its filter must compile, its columns must exist. */
async function checkView(tx: Tx, workspaceId: string, objectType: ViewObject, input: ViewInput) {
  const fields =
    objectType === 'people'
      ? peopleFields({
          definitions: (await writeContext(tx, workspaceId)).definitions,
          companyDefinitions: await definitionsFor(tx, workspaceId, 'companies'),
          workspaceId,
        })
      : companyFields((await companyContext(tx, workspaceId)).definitions, workspaceId);
  const known = new Set([...fields.map((f) => f.key), 'name', 'company', 'owner', 'domain']);
  const unknown = (input.columns ?? []).filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', 'Unknown columns.', {
      errors: unknown.map((c) => ({ path: '/columns', message: `Unknown column "${c}".` })),
    });
  }
  if (input.filter) compileFilter(input.filter, fieldMap(fields));
}

const visible = (tx: Tx, actor: Actor) =>
  tx
    .selectFrom('saved_views')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where((eb) => eb.or([eb('owner_id', '=', actor.userId ?? NIL_ID), eb('shared', '=', true)]));

export async function listViews(tx: Tx, actor: Actor, objectType?: ViewObject) {
  let query = visible(tx, actor).orderBy('name').orderBy('id');
  if (objectType) query = query.where('object_type', '=', objectType);
  return query.limit(500).execute();
}

export async function findView(tx: Tx, actor: Actor, id: string, why: ReadFor = 'read') {
  const row = await visible(tx, actor)
    .where('id', '=', id)
    .$if(locks(why), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound('view');
  return row;
}

export async function createView(
  tx: Tx,
  actor: Actor,
  input: ViewInput & { objectType: ViewObject; name: string },
) {
  if (!actor.userId) throw forbidden('Only people save views.');
  await checkView(tx, actor.workspaceId, input.objectType, input);
  const row = await tx
    .insertInto('saved_views')
    .values({
      workspace_id: actor.workspaceId,
      object_type: input.objectType,
      name: input.name,
      owner_id: actor.userId,
      shared: input.shared ?? false,
      columns: input.columns ?? [],
      filter: input.filter ? JSON.stringify(input.filter) : null,
      sort: input.sort ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row;
}

/** The owner changes a view; an admin may too (to tidy shared ones). Others may only use it. */
export async function updateView(
  tx: Tx,
  actor: Actor,
  id: string,
  input: ViewInput,
  expectedVersion: number | undefined,
) {
  const current = await findView(tx, actor, id, 'update');
  if (current.owner_id !== actor.userId && actor.role !== 'admin')
    throw forbidden('Only its owner or an admin may change this view.');
  assertVersion(expectedVersion, current.version, 'view');
  await checkView(tx, actor.workspaceId, current.object_type, input);
  return tx
    .updateTable('saved_views')
    .set({
      ...presentColumns('saved_views', input, {
        name: 'name',
        shared: 'shared',
        columns: 'columns',
        sort: 'sort',
      }),
      ...(input.filter !== undefined ? { filter: input.filter ? JSON.stringify(input.filter) : null } : {}),
      ...bumped(),
    })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteView(tx: Tx, actor: Actor, id: string) {
  const current = await findView(tx, actor, id, 'delete');
  if (current.owner_id !== actor.userId && actor.role !== 'admin')
    throw forbidden('Only its owner or an admin may delete this view.');
  await tx
    .deleteFrom('saved_views')
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Whether a view's filter (at any depth of its groups) or its sort, either way, names this field. */
const namesField = (eb: ExpressionBuilder<Database, 'saved_views'>, key: string) =>
  eb.or([
    eb('sort', 'in', [key, `-${key}`]),
    sql<boolean>`jsonb_path_exists(filter, '$.** ? (@.field == $key)', jsonb_build_object('key', ${key}::text))`,
  ]);

/**
 * The views that filter or sort by a custom field, which say it is gone once it is archived or
 * deleted: a person's field as `customFields.key` in views of people, a company's as `customFields.key`
 * in views of companies and `company.customFields.key` in views of people. Those the actor may read,
 * and how many more other members keep private (counted, not named).
 */
export async function viewsNamingField(tx: Tx, actor: Actor, fieldId: string) {
  const field = await getCustomField(tx, actor.workspaceId, fieldId);
  const own = `customFields.${field.key}`;
  const rows = await tx
    .selectFrom('saved_views')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where((eb) =>
      eb.or([
        eb.and([eb('object_type', '=', field.object_type), namesField(eb, own)]),
        ...(field.object_type === 'companies'
          ? [eb.and([eb('object_type', '=', 'people'), namesField(eb, `company.${own}`)])]
          : []),
      ]),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
  const readable = rows.filter((row) => row.shared || row.owner_id === actor.userId);
  return { views: readable, privateOfOthers: rows.length - readable.length };
}
