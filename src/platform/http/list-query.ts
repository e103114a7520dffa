import { z } from 'zod';
import { type Filter, FilterSchema } from '../query/filter.ts';

/**
 * `?filter=` carries the filter language as JSON (URL-encoded). Bad JSON or a bad shape is a 400 with
 * the path of the problem, like any other invalid input.
 */
export const FilterParam = z
  .string()
  .max(16_000)
  .transform((raw, ctx): Filter => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The filter is not valid JSON.' });
      return z.NEVER;
    }
    const result = FilterSchema.safeParse(parsed);
    if (!result.success) {
      ctx.addIssue({
        code: 'custom',
        message: `The filter is not valid: ${result.error.issues[0]?.message ?? ''}`,
      });
      return z.NEVER;
    }
    return result.data;
  })
  .meta({
    description:
      'JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty.',
    example: '{"and":[{"field":"lifecycleStage","op":"eq","value":"customer"}]}',
  });

export const SortParam = (fallback: string) =>
  z
    .string()
    .regex(/^-?[a-zA-Z][a-zA-Z0-9.]{0,80}$/)
    .default(fallback)
    .meta({ description: 'A field name, "-" first for descending (custom fields as customFields.<key>).' });
