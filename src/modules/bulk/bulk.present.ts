import { z } from 'zod';
import { RecordKind } from '../../platform/http/schemas.ts';
import type { findBulkJob } from './bulk.jobs.ts';

export const BulkJobSchema = z
  .object({
    id: z.string(),
    object: RecordKind,
    state: z.enum(['queued', 'running', 'succeeded', 'dead']),
    total: z.number().int().nullable().meta({
      description:
        'Records to process: counted when the job starts (null before), exact once it has succeeded.',
    }),
    processed: z.number().int().meta({ description: 'Records done so far, a batch at a time.' }),
    changed: z.number().int(),
    denied: z.number().int().meta({ description: 'Matching records your role may not change (left alone).' }),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'BulkJob' });

export function presentBulkJob(row: Awaited<ReturnType<typeof findBulkJob>>): z.infer<typeof BulkJobSchema> {
  const progress = row.payload.progress;
  return {
    id: row.id,
    object: row.payload.object,
    state: row.state,
    total: progress?.total ?? null,
    processed: progress?.processed ?? 0,
    changed: progress?.changed ?? 0,
    denied: progress?.denied ?? 0,
    lastError: row.last_error,
  };
}
