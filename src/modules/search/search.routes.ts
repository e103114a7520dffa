import { z } from 'zod';
import { defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { Id } from '../../platform/http/schemas.ts';
import { actorOf } from '../access/index.ts';
import { searchEverything } from './search.service.ts';

const HitSchema = z
  .object({ type: z.string(), id: Id, title: z.string(), subtitle: z.string().nullable(), score: z.number() })
  .meta({ id: 'SearchHit' });

const search = defineRoute({
  method: 'get',
  path: '/search',
  operationId: 'search',
  summary: 'Search people and companies at once',
  description:
    'Typo-tolerant on names ("jonh smiht" finds John Smith), exact on e-mails, phone numbers and domains. `best` merges every kind by relevance. `byType` holds each kind\'s hits; once earlier kinds (people, then companies) fill the list with hits matching every word, later kinds list only such hits of their own.',
  tag: 'Search',
  allow: everyone,
  query: z.object({
    q: z.string().trim().min(1).max(200).meta({ example: 'jonh smiht' }),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    types: z
      .string()
      .optional()
      .transform((v) => v?.split(',').filter(Boolean)),
  }),
  responses: {
    200: {
      description: 'The best hits, and the hits of each kind.',
      schema: z.object({ best: z.array(HitSchema), byType: z.record(z.string(), z.array(HitSchema)) }),
    },
  },
  async handler({ tx, principal, query }) {
    return ok(await searchEverything(tx, actorOf(principal), query.q, query.limit, query.types));
  },
});

export const searchRoutes = [search];
