import { z } from 'zod';
import { Id, iso, Named, Timestamp } from '../../platform/http/schemas.ts';
import { displayName } from '../people/index.ts';
import { ACTIVITY_TYPES, CHANNELS, DIRECTIONS, isDerived } from './timeline.rules.ts';
import { type ActivityRow, personIdsOf } from './timeline.service.ts';

export const ActivitySchema = z
  .object({
    id: Id,
    type: z.enum(ACTIVITY_TYPES),
    channel: z.enum(CHANNELS),
    direction: z.enum(DIRECTIONS).nullable(),
    occurredAt: Timestamp,
    subject: z.string().nullable(),
    body: z.string().nullable().meta({ description: 'Plain text.' }),
    bodyHtml: z
      .string()
      .nullable()
      .meta({ description: 'Notes: sanitised HTML (formatting, links, mentions only).' }),
    actor: z.object({
      type: z.enum(['user', 'person', 'system']),
      userId: Id.nullable(),
      personId: Id.nullable(),
      personName: z.string().nullable().meta({
        description: 'When a customer acted (type "person"): their name as the person page shows it.',
      }),
    }),
    personIds: z.array(Id),
    people: z.array(Named).meta({
      description: 'The people it concerns that are not deleted, named as their pages name them.',
    }),
    companyId: Id.nullable(),
    dealId: Id.nullable(),
    ticketId: Id.nullable(),
    orderId: Id.nullable(),
    derived: z.boolean().meta({
      description:
        'Written by the server from another record (a stage change, an order, a ticket’s status, a consent, a task done): it follows that record and cannot be changed or deleted.',
    }),
    metadata: z.record(z.string(), z.unknown()).meta({
      description:
        'Facts of the entry’s kind. A campaign’s e-mail: `opened` and `clicked` (booleans), which the timeline shows; an order: `number`, `total`, `currency`; a stage change: `from`, `to`.',
    }),
    attachments: z.array(
      z.object({ id: Id, filename: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Activity' });

export const CreateActivityBody = z
  .strictObject({
    type: z.enum(ACTIVITY_TYPES),
    channel: z.enum(CHANNELS).optional(),
    direction: z.enum(DIRECTIONS).nullish(),
    occurredAt: Timestamp.optional(),
    subject: z.string().trim().max(1000).nullish(),
    body: z.string().max(100_000).nullish(),
    bodyHtml: z.string().max(200_000).nullish().meta({
      description:
        'Rich text for notes; sanitised on the way in. Mention a colleague with <span data-mention="userId">@Name</span>.',
    }),
    personIds: z.array(Id).max(100).default([]),
    companyId: Id.nullish(),
    dealId: Id.nullish(),
    ticketId: Id.nullish(),
    metadata: z.record(z.string(), z.unknown()).optional().meta({
      description:
        'Facts of the entry’s kind, as an Activity’s `metadata` says: `opened` and `clicked` for a campaign’s e-mail.',
    }),
  })
  .meta({
    example: {
      type: 'call',
      direction: 'outbound',
      subject: 'Discovery call',
      body: 'Interested in the Pro plan.',
      personIds: ['01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f'],
    },
  });

export const UpdateActivityBody = z
  .strictObject({
    subject: z.string().trim().max(1000).nullish(),
    body: z.string().max(100_000).nullish(),
    bodyHtml: z.string().max(200_000).nullish(),
    occurredAt: Timestamp.optional(),
  })
  .meta({ example: { subject: 'Discovery call (rescheduled)' } });

export function presentActivity(row: ActivityRow): z.infer<typeof ActivitySchema> {
  return {
    id: row.id,
    type: row.type as z.infer<typeof ActivitySchema>['type'],
    channel: row.channel as z.infer<typeof ActivitySchema>['channel'],
    direction: row.direction as z.infer<typeof ActivitySchema>['direction'],
    occurredAt: iso(row.occurred_at),
    subject: row.subject,
    body: row.body,
    bodyHtml: row.body_html,
    actor: {
      type: row.actor_type as 'user',
      userId: row.actor_user_id,
      personId: row.actor_person_id,
      personName: row.actor_person ? displayName(row.actor_person) : null,
    },
    personIds: personIdsOf(row),
    people: row.people
      .filter((person) => !person.deleted)
      .map((person) => ({ id: person.id, name: displayName(person) })),
    companyId: row.company_id,
    dealId: row.deal_id,
    ticketId: row.ticket_id,
    orderId: row.order_id,
    derived: isDerived(row.source_key),
    metadata: row.metadata,
    attachments: row.attachments,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
