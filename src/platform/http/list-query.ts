import { z } from 'zod';
import { type Filter, FilterSchema, MAX_CONDITIONS, MAX_DEPTH } from '../query/filter.ts';
import { unstorableTextIn } from '../text.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './request.ts';
import { Id } from './schemas.ts';

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
      ctx.addIssue({
        code: 'custom',
        message:
          'The filter is not valid JSON: write a condition as {"field":"lifecycleStage","op":"eq","value":"customer"}, several as {"and":[…]} or {"or":[…]}.',
      });
      return z.NEVER;
    }
    if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) {
      ctx.addIssue({
        code: 'custom',
        message: `The filter nests lists and objects more than ${MAX_JSON_DEPTH} deep: at most ${MAX_CONDITIONS} conditions, nested ${MAX_DEPTH} deep.`,
      });
      return z.NEVER;
    }
    const unstorable = unstorableTextIn(parsed)[0];
    if (unstorable) {
      ctx.addIssue({ code: 'custom', message: `The filter is not valid: ${unstorable.message}` });
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
      'JSON: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}. Operators: eq, neq, in, notIn, contains, notContains, startsWith, gt, gte, lt, lte, between, hasAny, hasAll, hasNone, isEmpty, isNotEmpty. Fields by their API names; custom fields as customFields.<key>; a person\'s company as company.<field> (company.customFields.<key> too).',
    example: '{"and":[{"field":"lifecycleStage","op":"eq","value":"customer"}]}',
  });

/**
 * A selection's ids, comma-separated (`?ids=a,b,c`): only these records, with the other filters. At
 * most what fits a URL (each id is 37 characters with its comma), which is also a page's largest
 * limit, so one page can hold a whole selection.
 */
export const MAX_SELECTED_IDS = 200;
export const IdsParam = z
  .string()
  .max(MAX_SELECTED_IDS * 37)
  .transform((raw) => raw.split(',').map((id) => id.trim()))
  .pipe(z.array(Id).min(1).max(MAX_SELECTED_IDS))
  .meta({
    description: `Comma-separated ids of a selection (at most ${MAX_SELECTED_IDS}): only these, with the other filters.`,
  });

export const SortParam = (fallback: string) =>
  z
    .string()
    .regex(/^-?[a-zA-Z][a-zA-Z0-9.]{0,80}$/)
    .default(fallback)
    .meta({ description: 'A field name, "-" first for descending (custom fields as customFields.<key>).' });

/**
 * The filter language inside a JSON body. The document shows it as an object (a recursive schema
 * would recurse for ever in generators); the full grammar is checked here, with paths into it.
 */
export const FilterBody = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    const result = FilterSchema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  })
  .transform((value) => value as unknown as Filter)
  .meta({
    description: 'The filter language: {"and"|"or": [...]}, {"not": …} or {"field", "op", "value"}.',
    example: { field: 'lifecycleStage', op: 'eq', value: 'customer' },
  });
