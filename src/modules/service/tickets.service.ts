import { sql } from 'kysely';
import { presentColumns } from '../../platform/db/columns.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { AppError } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { brokenReferences } from '../../platform/query/references.ts';

export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TICKET_CHANNELS = ['email', 'portal', 'chat', 'phone', 'web', 'api'] as const;

export interface TicketInput {
  subject?: string | undefined;
  status?: (typeof TICKET_STATUSES)[number] | undefined;
  priority?: (typeof PRIORITIES)[number] | undefined;
  requesterId?: string | null | undefined;
  assigneeId?: string | null | undefined;
  channel?: (typeof TICKET_CHANNELS)[number] | undefined;
}

interface NameParts {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
}

export function ticketQuery(tx: Tx, workspaceId: string) {
  return (
    tx
      .selectFrom('tickets')
      .select([
        'id',
        'number',
        'subject',
        'status',
        'priority',
        'requester_id',
        'assignee_id',
        'queue_id',
        'channel',
        'created_at',
        'updated_at',
        'version',
        'solved_at',
      ])
      // Who asked, to be named beside the ticket: the parts the person's display name is made of.
      .select((eb) =>
        eb
          .selectFrom('people as r')
          .whereRef('r.workspace_id', '=', 'tickets.workspace_id')
          .whereRef('r.id', '=', 'tickets.requester_id')
          .where('r.deleted_at', 'is', null)
          .select(
            sql<NameParts>`jsonb_build_object('first_name', r.first_name, 'last_name', r.last_name, 'email', r.email, 'phone', r.phone)`.as(
              'parts',
            ),
          )
          .as('requester'),
      )
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
  );
}
export type TicketRow = Awaited<ReturnType<ReturnType<typeof ticketQuery>['executeTakeFirstOrThrow']>>;

export async function findTicket(tx: Tx, workspaceId: string, id: string, why: ReadFor = 'read') {
  const row = await ticketQuery(tx, workspaceId)
    .where('id', '=', id)
    .$if(locks(why), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such ticket.');
  return row;
}

/** The next ticket number of the workspace: counted in one row, so numbers never repeat. */
async function nextNumber(tx: Tx, workspaceId: string): Promise<number> {
  const row = await sql<{ value: string }>`
    INSERT INTO workspace_counters (workspace_id, name, value) VALUES (${workspaceId}, 'ticket', 1)
    ON CONFLICT (workspace_id, name) DO UPDATE SET value = workspace_counters.value + 1
    RETURNING value::text`.execute(tx);
  return Number(row.rows[0]?.value);
}

export async function createTicket(tx: Tx, workspaceId: string, input: TicketInput & { subject: string }) {
  await checkParties(tx, workspaceId, input);
  const row = await tx
    .insertInto('tickets')
    .values({
      workspace_id: workspaceId,
      number: await nextNumber(tx, workspaceId),
      subject: input.subject,
      status: input.status ?? 'new',
      priority: input.priority ?? 'normal',
      requester_id: input.requesterId ?? null,
      assignee_id: input.assigneeId ?? null,
      channel: input.channel ?? 'web',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findTicket(tx, workspaceId, row.id);
}

export async function updateTicket(
  tx: Tx,
  workspaceId: string,
  id: string,
  input: TicketInput,
  expectedVersion: number | undefined,
) {
  const current = await findTicket(tx, workspaceId, id, 'update');
  assertVersion(expectedVersion, current.version, 'ticket');
  await checkParties(tx, workspaceId, input);
  const solving =
    input.status &&
    ['solved', 'closed'].includes(input.status) &&
    !['solved', 'closed'].includes(current.status);
  const reopening = input.status && !['solved', 'closed'].includes(input.status);
  await tx
    .updateTable('tickets')
    .set({
      ...presentColumns('tickets', input, {
        subject: 'subject',
        status: 'status',
        priority: 'priority',
        requesterId: 'requester_id',
        assigneeId: 'assignee_id',
      }),
      ...(solving ? { solved_at: sql`now()` } : reopening ? { solved_at: null } : {}),
      ...bumped(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  return findTicket(tx, workspaceId, id);
}

async function checkParties(tx: Tx, workspaceId: string, input: TicketInput) {
  const errors = await brokenReferences(tx, workspaceId, [
    { kind: 'person', path: '/requesterId', id: input.requesterId },
    { kind: 'member', path: '/assigneeId', id: input.assigneeId },
  ]);
  if (errors.length) throw new AppError('validation_failed', 'The ticket is not valid.', { errors });
}

export async function listTickets(
  tx: Tx,
  workspaceId: string,
  filter: {
    requesterId?: string | undefined;
    companyId?: string | undefined;
    status?: string | undefined;
    assigneeId?: string | undefined;
  },
  page: { limit: number; cursor: string | undefined },
) {
  let select = ticketQuery(tx, workspaceId);
  if (filter.requesterId) select = select.where('requester_id', '=', filter.requesterId);
  // A company's tickets are those its people asked, including people who have since left it: the
  // ticket was the company's when it was asked.
  if (filter.companyId)
    select = select.where(
      sql<boolean>`requester_id IN (SELECT e.person_id FROM employments e WHERE e.workspace_id = ${workspaceId} AND e.company_id = ${filter.companyId})`,
    );
  if (filter.status) select = select.where('status', '=', filter.status);
  if (filter.assigneeId) select = select.where('assignee_id', '=', filter.assigneeId);
  return fetchPage(select, {
    ...page,
    sort: '-createdAt',
    columns: { createdAt: 'created_at' },
    idColumn: 'id',
  });
}
