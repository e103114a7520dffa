import { z } from 'zod';
import { pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { Id, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf } from '../access/index.ts';
import { RECENT_KEPT, RECENT_TYPES, type RecentRecord, recentRecords, recordView } from './recent.service.ts';

const TAG = 'Search';

const RecentRecordSchema = z
  .object({
    type: z.enum(RECENT_TYPES),
    id: Id,
    title: z.string(),
    subtitle: z.string().nullable(),
    viewedAt: Timestamp,
  })
  .meta({ id: 'RecentRecord' });

const present = (record: RecentRecord) => ({ ...record, viewedAt: record.viewedAt.toISOString() });

const list = defineRoute({
  method: 'get',
  path: '/recent-records',
  operationId: 'listRecentRecords',
  summary: 'The records you opened last',
  description: `Latest first, the ${RECENT_KEPT} last at most: only live records your role may still read: one merged away since is listed as the record it went into, one deleted or out of your reach is left out. Each member sees only their own.`,
  tag: TAG,
  allow: everyone,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(RECENT_KEPT).default(10),
    types: z
      .string()
      .optional()
      // Empty (`types=`) asks for no filter, as leaving it out does.
      .transform((v) => {
        const types = v?.split(',').filter(Boolean);
        return types?.length ? types : undefined;
      })
      .pipe(z.array(z.enum(RECENT_TYPES)).optional())
      .meta({ description: 'Only these kinds, comma-separated: `person`, `company`.', example: 'person' }),
  }),
  responses: { 200: { description: 'Your recent records.', schema: pageOf(RecentRecordSchema) } },
  async handler({ tx, principal, query }) {
    const records = await recentRecords(tx, actorOf(principal), query);
    return ok({ data: records.map(present), nextCursor: null });
  },
});

const record = defineRoute({
  method: 'post',
  path: '/recent-records',
  operationId: 'recordRecentRecord',
  summary: 'Put a record you opened at the top of your recent records',
  description:
    'The web app sends this when a record’s page opens; reading a record through the API does not. A record you may not read is not found (404).',
  tag: TAG,
  allow: everyone,
  body: z
    .object({ type: z.enum(RECENT_TYPES), id: Id })
    .meta({ example: { type: 'person', id: '0193a4f2-7c1e-7b3a-9d2e-5f6a7b8c9d0e' } }),
  responses: { 200: { description: 'The record, as your list now shows it.', schema: RecentRecordSchema } },
  async handler({ tx, principal, body }) {
    return ok(present(await recordView(tx, actorOf(principal), body.type, body.id)));
  },
});

export const recentRoutes = [list, record];
