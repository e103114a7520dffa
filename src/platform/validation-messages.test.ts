import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './validation-messages.ts';

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]?.message;
};

describe("zod's messages in Rapport's words", () => {
  it('says what a number, a text and a list must be', () => {
    expect(messageOf(z.number().min(0), -5)).toBe('Must be 0 or more.');
    expect(messageOf(z.number().max(1e15), 2e15)).toBe('Must be 1,000,000,000,000,000 or less.');
    expect(messageOf(z.number().gt(0), 0)).toBe('Must be more than 0.');
    expect(messageOf(z.number().int(), 1.5)).toBe('Expected a whole number, got a number.');
    expect(messageOf(z.string().trim().min(1), '  ')).toBe('Must not be empty.');
    expect(messageOf(z.string().max(3), 'four')).toBe('Must have at most 3 characters.');
    expect(messageOf(z.array(z.string()).max(1), ['a', 'b'])).toBe('Must have at most 1 item.');
  });

  it('says what was expected and what came', () => {
    expect(messageOf(z.object({ name: z.string() }), {})).toBe('Required.');
    expect(messageOf(z.string(), 12)).toBe('Expected text, got a number.');
    expect(messageOf(z.number(), 'twelve')).toBe('Expected a number, got text.');
    expect(messageOf(z.array(z.string()), null)).toBe('Expected a list, got null.');
    expect(messageOf(z.enum(['lead', 'customer']), 'vip')).toBe('Must be one of "lead", "customer".');
    expect(messageOf(z.uuid(), 'x')).toBe('Not an id (a UUID).');
    expect(messageOf(z.iso.datetime(), '2026-13-01')).toMatch(/^Not a date and time/);
  });

  it("keeps a schema's own message", () => {
    expect(messageOf(z.string().max(2, 'Two letters.'), 'FRA')).toBe('Two letters.');
  });
});
