import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, ok } from '../../platform/http/route.ts';
import { IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import {
  ConsentEventSchema,
  ConsentHolderSchema,
  PersonConsentsSchema,
  presentConsentEvent,
  presentConsentState,
} from './consents.present.ts';
import {
  CHANNELS,
  CONSENT_SOURCES,
  CONSENT_STATUSES,
  LAWFUL_BASES,
  MAX_EVIDENCE,
  SUGGESTED_PURPOSES,
} from './consents.rules.ts';
import { consentsOf, listConsentHolders, recordConsent } from './consents.service.ts';

const TAG = 'Consents';

// Values are strings here, not enums: the ledger's own rules (consents.rules.ts) name every refused
// field in one 400 problem, as the API's other validations do, while the documented enums still type
// the clients.
const oneOf = (values: readonly string[], description: string) =>
  z
    .string()
    .max(100)
    .meta({ enum: [...values], description });

const RecordBody = z
  .strictObject({
    purpose: z
      .string()
      .trim()
      .max(100)
      .meta({
        description: `A slug, e.g. ${SUGGESTED_PURPOSES.join(', ')}.`,
        pattern: '^[a-z][a-z0-9_]{1,62}$',
      }),
    channel: oneOf(CHANNELS, '"any" speaks for every channel of the purpose.'),
    status: oneOf(CONSENT_STATUSES, 'Given or withdrawn.'),
    lawfulBasis: oneOf(LAWFUL_BASES, 'Defaults to consent.').optional(),
    source: oneOf(CONSENT_SOURCES, 'How it reached us; defaults to manual.').optional(),
    evidence: z
      .string()
      .nullish()
      .meta({ description: `The wording shown, the form's address, the message (at most ${MAX_EVIDENCE}).` }),
    occurredAt: Timestamp.optional().meta({
      description: 'When the person said it; now if left out; never later.',
    }),
  })
  .meta({
    example: {
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
      source: 'form',
      evidence: 'Signed up at https://example.com/newsletter: "Send me the monthly newsletter."',
    },
  });

const ofPerson = defineRoute({
  method: 'get',
  path: '/people/{id}/consents',
  operationId: 'getPersonConsents',
  summary: 'A person’s consents: the current state per purpose and channel, and the whole ledger',
  tag: TAG,
  allow: can('consents', 'read'),
  params: IdParams,
  responses: { 200: { description: 'Current state and history.', schema: PersonConsentsSchema } },
  async handler({ tx, principal, params }) {
    const { current, history } = await consentsOf(tx, actorOf(principal), params.id);
    return ok({ current: current.map(presentConsentState), history: history.map(presentConsentEvent) });
  },
});

const record = defineRoute({
  method: 'post',
  path: '/people/{id}/consents',
  operationId: 'recordConsent',
  summary: 'Record that a person gave or withdrew a consent',
  description:
    'Appends to the ledger; nothing is ever changed or removed. The latest event per purpose and channel is the current state; a withdrawal on "any" overrides earlier grants on every channel.',
  tag: TAG,
  allow: can('consents', 'create'),
  params: IdParams,
  body: RecordBody,
  responses: { 201: { description: 'Recorded.', schema: ConsentEventSchema } },
  async handler({ tx, principal, params, body }) {
    const row = await recordConsent(tx, actorOf(principal), params.id, {
      ...body,
      occurredAt: body.occurredAt ? new Date(body.occurredAt) : undefined,
    });
    return created(presentConsentEvent(row), `/api/v1/people/${params.id}/consents`);
  },
});

const holders = defineRoute({
  method: 'get',
  path: '/consents',
  operationId: 'listConsentHolders',
  summary: 'People’s current state for one purpose and channel',
  description: 'For a channel, the latest event on that channel or on "any" decides. Pages in person order.',
  tag: TAG,
  allow: can('consents', 'read'),
  query: PageQuery.extend({
    purpose: z.string().max(100).meta({ example: 'newsletter' }),
    channel: z.enum(CHANNELS).meta({ example: 'email' }),
    status: z.enum(CONSENT_STATUSES).optional(),
  }),
  responses: { 200: { description: 'A page of people.', schema: pageOf(ConsentHolderSchema) } },
  async handler({ tx, principal, query }) {
    const page = await listConsentHolders(tx, actorOf(principal), query);
    return ok({
      data: page.rows.map((r) => ({ ...r, since: iso(r.since) })),
      nextCursor: page.nextCursor,
    });
  },
});

export const consentRoutes = [ofPerson, record, holders];
