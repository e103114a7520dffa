import { sql } from 'kysely';
import { compiledOnce } from '../../platform/db/compiled.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor, softDelete } from '../../platform/db/versioning.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, assertMay } from '../access/index.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { definitionsFor } from '../custom-fields/index.ts';
import { workspaceSettings } from '../workspaces/workspaces.service.ts';
import { notFoundOrMerged } from './merged-away.ts';
import { type CleanPerson, cleanPerson } from './people.clean.ts';
import type { PersonInput } from './people.schemas.ts';

/** A workspace's people (deleted and merged ones too) beside the live company they work for. */
export function peopleWithCompany(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('people as p')
    .leftJoin('companies as c', (j) =>
      j
        .onRef('c.workspace_id', '=', 'p.workspace_id')
        .onRef('c.id', '=', 'p.company_id')
        .on('c.deleted_at', 'is', null),
    )
    .where('p.workspace_id', '=', workspaceId);
}

export function personQuery(tx: Tx, workspaceId: string) {
  return peopleWithCompany(tx, workspaceId)
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
      'p.emails',
      'p.phones',
      'p.addresses',
      'p.job_title',
      'p.company_id',
      'c.name as company_name',
      'p.owner_id',
      'p.lifecycle_stage',
      'p.lifecycle_changed_at',
      'p.source',
      'p.tags',
      'p.custom_fields',
      'p.last_contacted_at',
      'p.last_contacted_by',
      'p.created_at',
      'p.updated_at',
      'p.version',
    ])
    .where('p.deleted_at', 'is', null);
}

// The hottest read of all (every person page, every update): compiled once.
const personById = compiledOnce((tx: Tx, workspaceId: string, id: string) =>
  personQuery(tx, workspaceId).where('p.id', '=', id),
);
const personToChange = compiledOnce((tx: Tx, workspaceId: string, id: string) =>
  personQuery(tx, workspaceId).where('p.id', '=', id).forUpdate('p'),
);

export type PersonRow = Awaited<ReturnType<ReturnType<typeof personQuery>['executeTakeFirstOrThrow']>>;

export async function writeContext(tx: Tx, workspaceId: string) {
  const { defaultCountry } = await workspaceSettings(tx, workspaceId);
  return { defaultCountry, definitions: await definitionsFor(tx, workspaceId, 'people') };
}

export async function findPerson(tx: Tx, actor: Actor, id: string, action: ReadFor = 'read') {
  const [row] = await (locks(action) ? personToChange : personById)(tx, actor.workspaceId, id);
  if (!row) throw await notFoundOrMerged(tx, actor, 'people', id);
  await assertMay(tx, actor, 'people', action, row.owner_id, 'person');
  return row;
}

export async function createPerson(
  tx: Tx,
  actor: Actor,
  input: PersonInput,
  defaults: { source?: string } = {},
): Promise<PersonRow> {
  const context = await writeContext(tx, actor.workspaceId);
  const { values, errors } = cleanPerson(input, undefined, context);
  await checkReferences(tx, actor, values, context.definitions, errors);
  if (errors.length > 0) throw new AppError('validation_failed', 'The person is not valid.', { errors });
  const row = await tx
    .insertInto('people')
    .values({
      ...columns(values),
      workspace_id: actor.workspaceId,
      owner_id: values.owner_id === undefined ? actor.userId : values.owner_id,
      source: values.source ?? defaults.source ?? 'manual',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (values.company_id)
    await ensureEmployment(tx, actor.workspaceId, row.id, values.company_id, values.job_title ?? null);
  return findPerson(tx, actor, row.id);
}

export async function updatePerson(
  tx: Tx,
  actor: Actor,
  id: string,
  input: PersonInput,
  expectedVersion: number | undefined,
): Promise<PersonRow> {
  const current = await findPerson(tx, actor, id, 'update');
  assertVersion(expectedVersion, current.version, 'person');
  const context = await writeContext(tx, actor.workspaceId);
  const { values, errors } = cleanPerson(input, current, context);
  await checkReferences(tx, actor, values, context.definitions, errors);
  if (errors.length > 0) throw new AppError('validation_failed', 'The change is not valid.', { errors });
  const stageChanged =
    values.lifecycle_stage !== undefined && values.lifecycle_stage !== current.lifecycle_stage;
  await tx
    .updateTable('people')
    .set({ ...columns(values), ...(stageChanged ? { lifecycle_changed_at: sql`now()` } : {}), ...bumped() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  if (values.company_id && values.company_id !== current.company_id) {
    await ensureEmployment(
      tx,
      actor.workspaceId,
      id,
      values.company_id,
      values.job_title ?? current.job_title,
    );
  }
  return findPerson(tx, actor, id);
}

/** People are never destroyed here: deleting hides them (and their history stays for the record). */
export async function deletePerson(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const current = await findPerson(tx, actor, id, 'delete');
  assertVersion(expectedVersion, current.version, 'person');
  await softDelete(tx, 'people', actor.workspaceId, id);
}

function columns(values: CleanPerson) {
  const { emails, phones, addresses, custom_fields, ...rest } = values;
  return {
    ...rest,
    ...(emails ? { emails: JSON.stringify(emails) } : {}),
    ...(phones ? { phones: JSON.stringify(phones) } : {}),
    ...(addresses ? { addresses: JSON.stringify(addresses) } : {}),
    ...(custom_fields ? { custom_fields: JSON.stringify(custom_fields) } : {}),
  };
}

export async function checkReferences(
  tx: Tx,
  actor: Actor,
  values: { company_id?: string | null; owner_id?: string | null; custom_fields?: Record<string, unknown> },
  definitions: CustomFieldDefinition[],
  errors: FieldError[],
) {
  errors.push(
    ...(await brokenReferences(tx, actor.workspaceId, [
      { kind: 'company', path: '/companyId', id: values.company_id },
      { kind: 'member', path: '/ownerId', id: values.owner_id },
    ])),
  );
  for (const [key, value] of Object.entries(values.custom_fields ?? {})) {
    const definition = definitions.find((d) => d.key === key);
    if (typeof value !== 'string') continue;
    if (definition?.type !== 'relation' || !definition.target) continue;
    const found = await tx
      .selectFrom(definition.target)
      .select('id')
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', value)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!found)
      errors.push({
        path: `/customFields/${key}`,
        message: `No such ${definition.target === 'people' ? 'person' : 'company'}.`,
      });
  }
}

/** The primary company is also one of the person's employments. */
async function ensureEmployment(
  tx: Tx,
  workspaceId: string,
  personId: string,
  companyId: string,
  role: string | null,
) {
  const existing = await tx
    .selectFrom('employments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('person_id', '=', personId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  if (existing) return;
  await tx
    .insertInto('employments')
    .values({ workspace_id: workspaceId, person_id: personId, company_id: companyId, role })
    .execute();
}
