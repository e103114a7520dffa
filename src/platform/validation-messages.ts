import { z } from 'zod';

/**
 * Zod's messages as Rapport words them for the people who read them: an API client's developer in a
 * problem's `errors`, an admin in an import's rejected rows ("Annual Revenue: Must be 0 or more."),
 * where zod's own say "Too small: expected number to be >=0". A schema's own message wins over these;
 * an issue not worded here keeps zod's. Installed once per process, on first import.
 */
export function validationMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required.';
      return `Expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describe(issue.input)}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Must be ${quoted(issue.values[0])}.`
        : `Must be one of ${issue.values.map(quoted).join(', ')}.`;
    case 'too_small':
      return sizeMessage(issue.origin, 'least', issue.minimum, issue.inclusive ?? true, issue.exact);
    case 'too_big':
      return sizeMessage(issue.origin, 'most', issue.maximum, issue.inclusive ?? true, issue.exact);
    case 'invalid_format':
      return FORMAT_WORDS[issue.format];
    default:
      return undefined;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
  null: 'null',
};

const FORMAT_WORDS: Record<string, string> = {
  email: 'Not an e-mail address.',
  uuid: 'Not an id (a UUID).',
  guid: 'Not an id (a UUID).',
  url: 'Not a URL.',
  datetime: 'Not a date and time (ISO 8601, such as 2026-01-31T09:00:00Z).',
  date: 'Not a date (YYYY-MM-DD).',
  time: 'Not a time (HH:MM or HH:MM:SS).',
};

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'number') return Number.isFinite(input) ? 'a number' : String(input);
  if (typeof input === 'string') return 'text';
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  if (typeof input === 'object') return 'an object';
  return typeof input;
}

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

const amount = (bound: number | bigint | Date) =>
  bound instanceof Date ? bound.toISOString() : bound.toLocaleString('en');

function sizeMessage(
  origin: string,
  side: 'least' | 'most',
  bound: number | bigint | Date,
  inclusive: boolean,
  exact: boolean | undefined,
): string | undefined {
  const unit =
    origin === 'string' ? 'character' : origin === 'array' || origin === 'set' ? 'item' : undefined;
  if (unit) {
    if (origin === 'string' && side === 'least' && bound === 1) return 'Must not be empty.';
    const count = `${amount(bound)} ${unit}${bound === 1 ? '' : 's'}`;
    return exact ? `Must have exactly ${count}.` : `Must have at ${side} ${count}.`;
  }
  if (origin === 'number' || origin === 'int' || origin === 'bigint' || origin === 'date') {
    if (exact) return `Must be ${amount(bound)}.`;
    const [or, than] = side === 'least' ? ['or more', 'more than'] : ['or less', 'less than'];
    return inclusive ? `Must be ${amount(bound)} ${or}.` : `Must be ${than} ${amount(bound)}.`;
  }
  return undefined;
}

z.config({ customError: validationMessage });
