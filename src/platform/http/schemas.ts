import { z } from 'zod';

/** Record ids are opaque strings to clients (UUIDv7 inside). */
export const Id = z
  .uuid()
  .meta({ description: 'Opaque record id.', example: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f' });
export const IdParams = z.object({ id: Id });

export const Timestamp = z.iso.datetime({ offset: true }).meta({ example: '2026-11-22T10:15:00.000Z' });

/** Lower-cased and trimmed; RFC 5321 limits the length to 254. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Not an e-mail address.' }))
  .transform((e) => e.toLowerCase())
  .meta({ example: 'ada@example.com' });

export const Name = z.string().trim().min(1, 'Required.').max(200);

/** Another record or a member, as a response names it: enough to show and link it. */
export const Named = z.object({ id: Id, name: z.string() });

/** The two kinds of customer record that lists, views, bulk actions and duplicates serve. */
export const RecordKind = z.enum(['people', 'companies']).meta({ id: 'RecordKind' });

/** Every record's envelope fields. */
export const RecordMeta = {
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int().positive(),
};

export const iso = (date: Date): string => date.toISOString();
