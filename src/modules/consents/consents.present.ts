import { z } from 'zod';
import { Id, iso, Timestamp } from '../../platform/http/schemas.ts';
import {
  CHANNELS,
  CONSENT_SOURCES,
  CONSENT_STATUSES,
  type ConsentState,
  LAWFUL_BASES,
} from './consents.rules.ts';
import type { ConsentEventRow } from './consents.service.ts';

export const Purpose = z.string().meta({ description: 'A slug such as newsletter or product_updates.' });

export const ConsentEventSchema = z
  .object({
    id: Id,
    personId: Id,
    purpose: Purpose,
    channel: z.enum(CHANNELS),
    status: z.enum(CONSENT_STATUSES),
    lawfulBasis: z.enum(LAWFUL_BASES),
    source: z.enum(CONSENT_SOURCES),
    evidence: z.string().nullable(),
    occurredAt: Timestamp.meta({ description: 'When the person gave or withdrew it.' }),
    recordedBy: Id.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ConsentEvent' });

export const ConsentStateSchema = z
  .object({
    purpose: Purpose,
    channel: z.enum(CHANNELS),
    status: z.enum(CONSENT_STATUSES),
    since: Timestamp,
    lawfulBasis: z.enum(LAWFUL_BASES),
    source: z.enum(CONSENT_SOURCES),
    eventId: Id.meta({ description: 'The event that decides this state.' }),
    viaAny: z.boolean().meta({ description: 'Decided by a later event on channel "any".' }),
  })
  .meta({ id: 'ConsentState' });

export const PersonConsentsSchema = z
  .object({
    current: z.array(ConsentStateSchema).meta({ description: 'Per purpose and channel.' }),
    history: z.array(ConsentEventSchema).meta({ description: 'Every event, newest first.' }),
  })
  .meta({ id: 'PersonConsents' });

export const ConsentHolderSchema = ConsentStateSchema.extend({
  personId: Id,
  personName: z.string(),
}).meta({ id: 'ConsentHolder' });

export function presentConsentEvent(row: ConsentEventRow): z.infer<typeof ConsentEventSchema> {
  return {
    id: row.id,
    personId: row.person_id,
    purpose: row.purpose,
    channel: row.channel,
    status: row.status,
    lawfulBasis: row.lawful_basis,
    source: row.source,
    evidence: row.evidence,
    occurredAt: iso(row.occurred_at),
    recordedBy: row.recorded_by,
    createdAt: iso(row.created_at),
  };
}

export function presentConsentState(
  state: ConsentState<ConsentEventRow>,
): z.infer<typeof ConsentStateSchema> {
  return {
    purpose: state.purpose,
    channel: state.channel,
    status: state.status,
    since: iso(state.since),
    lawfulBasis: state.event.lawful_basis,
    source: state.event.source,
    eventId: state.event.id,
    viaAny: state.event.channel !== state.channel,
  };
}
