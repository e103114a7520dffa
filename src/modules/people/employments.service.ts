import { presentColumns } from '../../platform/db/columns.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import { AppError } from '../../platform/errors.ts';
import { iso } from '../../platform/http/schemas.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import type { Actor } from '../access/index.ts';
import { findPerson } from './people.service.ts';

/** A person's employments, newest first; `primary` marks their company_id. */
export async function employmentsOf(tx: Tx, actor: Actor, personId: string) {
  const person = await findPerson(tx, actor, personId);
  const rows = await tx
    .selectFrom('employments as e')
    .innerJoin('companies as c', (j) =>
      j.onRef('c.workspace_id', '=', 'e.workspace_id').onRef('c.id', '=', 'e.company_id'),
    )
    .select([
      'e.id',
      'e.person_id',
      'e.company_id',
      'c.name as company_name',
      'e.role',
      'e.started_on',
      'e.ended_on',
      'e.created_at',
      'e.updated_at',
      'e.version',
    ])
    .where('e.workspace_id', '=', actor.workspaceId)
    .where('e.person_id', '=', personId)
    .where('c.deleted_at', 'is', null)
    .orderBy('e.started_on', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();
  return rows.map((e) => ({
    id: e.id,
    personId: e.person_id,
    companyId: e.company_id,
    companyName: e.company_name,
    role: e.role,
    startedOn: e.started_on,
    endedOn: e.ended_on,
    primary: e.company_id === person.company_id,
    createdAt: iso(e.created_at),
    updatedAt: iso(e.updated_at),
    version: e.version,
  }));
}

export interface EmploymentInput {
  role?: string | null | undefined;
  startedOn?: string | null | undefined;
  endedOn?: string | null | undefined;
  primary?: boolean | undefined;
}

/** Records that a person works for a company; the employment as listed. */
export async function addEmployment(
  tx: Tx,
  actor: Actor,
  personId: string,
  input: EmploymentInput & { companyId: string },
) {
  await findPerson(tx, actor, personId, 'update');
  const errors = await brokenReferences(tx, actor.workspaceId, [
    { kind: 'company', path: '/companyId', id: input.companyId },
  ]);
  if (errors.length > 0) throw new AppError('validation_failed', 'No such company.', { errors });
  const row = await tx
    .insertInto('employments')
    .values({
      workspace_id: actor.workspaceId,
      person_id: personId,
      company_id: input.companyId,
      role: input.role ?? null,
      started_on: input.startedOn ?? null,
      ended_on: input.endedOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.primary) await makePrimary(tx, actor, personId, input.companyId);
  return listed(tx, actor, personId, row.id);
}

/** Changes a role or its dates, as of version `ifMatch` when given. */
export async function updateEmployment(
  tx: Tx,
  actor: Actor,
  id: string,
  input: EmploymentInput,
  ifMatch: number | undefined,
) {
  const current = await findEmployment(tx, actor, id);
  if (ifMatch !== undefined && ifMatch !== current.version)
    throw new AppError('precondition_failed', 'The employment changed since you read it.');
  await tx
    .updateTable('employments')
    .set({
      ...presentColumns('employments', input, { role: 'role', startedOn: 'started_on', endedOn: 'ended_on' }),
      ...bumped(),
    })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  if (input.primary) await makePrimary(tx, actor, current.person_id, current.company_id);
  return listed(tx, actor, current.person_id, id);
}

/** Removes an employment; if it was the person's primary company, they no longer have one. */
export async function removeEmployment(tx: Tx, actor: Actor, id: string): Promise<void> {
  const current = await findEmployment(tx, actor, id);
  await tx
    .deleteFrom('employments')
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  await tx
    .updateTable('people')
    .set({ company_id: null, ...bumped() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', current.person_id)
    .where('company_id', '=', current.company_id)
    .execute();
}

async function listed(tx: Tx, actor: Actor, personId: string, id: string) {
  const json = (await employmentsOf(tx, actor, personId)).find((e) => e.id === id);
  if (!json) throw new AppError('not_found', 'No such employment.');
  return json;
}

async function findEmployment(tx: Tx, actor: Actor, id: string) {
  const read = async () => {
    const row = await tx
      .selectFrom('employments')
      .selectAll()
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'No such employment.');
    return row;
  };
  // Every change to someone's employments first locks the person (findPerson 'update'), so once the
  // lock is held the employment is read again: what is checked and changed is its latest version.
  await findPerson(tx, actor, (await read()).person_id, 'update');
  return read();
}

async function makePrimary(tx: Tx, actor: Actor, personId: string, companyId: string) {
  await tx
    .updateTable('people')
    .set({ company_id: companyId, ...bumped() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', personId)
    .execute();
}
