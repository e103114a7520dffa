import { z } from 'zod';
import { Id, Named, Timestamp } from '../../platform/http/schemas.ts';
import { LIFECYCLE_STAGES, SOURCES } from './people.rules.ts';

export const EmailType = z.enum(['work', 'personal', 'other']).meta({ id: 'EmailType' });
export const PhoneType = z.enum(['mobile', 'work', 'home', 'fax', 'other']).meta({ id: 'PhoneType' });
export const PersonSource = z.enum(SOURCES).meta({ id: 'PersonSource' });

const EmailEntrySchema = z.strictObject({
  address: z.string().trim().min(1).max(254),
  type: EmailType.optional().meta({
    description: 'Without it: "personal" at a free-mail provider (gmail.com, outlook.com…), else "work".',
  }),
});
const Extension = z
  .string()
  .trim()
  .regex(/^\d{1,10}$/, 'An extension is 1 to 10 digits.')
  .meta({ description: 'Digits dialled once the number answers.' });
const PhoneEntrySchema = z.strictObject({
  number: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .meta({ description: 'Any usual form; an extension written in it ("… ext. 12") is read apart.' }),
  type: PhoneType.optional().meta({
    description:
      'Without it: "mobile" for a mobile number, else "work" (also where the number cannot tell, +1).',
  }),
  extension: Extension.optional(),
});
export const AddressSchema = z.strictObject({
  type: z.enum(['work', 'home', 'billing', 'shipping', 'other']).default('work'),
  street: z.string().trim().max(500).nullish(),
  city: z.string().trim().max(200).nullish(),
  region: z.string().trim().max(200).nullish(),
  postalCode: z.string().trim().max(40).nullish(),
  country: z
    .string()
    .trim()
    .max(2, 'Expected a two-letter ISO 3166-1 country code, such as "FR".')
    .nullish()
    .meta({ description: 'ISO 3166-1 alpha-2, e.g. "FR".' }),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
});

const Text = (max: number) => z.string().trim().max(max);

/** What a client may write; everything optional so PATCH uses it as is, POST adds its own checks. */
export const PersonInput = z.strictObject({
  firstName: Text(200).nullish(),
  lastName: Text(200).nullish(),
  email: z
    .string()
    .trim()
    .max(254)
    .nullish()
    .meta({ description: 'The primary e-mail; shorthand for the first of `emails`.' }),
  phone: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .meta({ description: 'The primary phone, any format; stored as E.164.' }),
  emails: z.array(EmailEntrySchema).max(20).optional(),
  phones: z.array(PhoneEntrySchema).max(20).optional(),
  addresses: z.array(AddressSchema).max(20).optional(),
  jobTitle: Text(300).nullish(),
  companyId: Id.nullish(),
  ownerId: Id.nullish(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  source: PersonSource.optional(),
  tags: z.array(Text(100).min(1)).max(100).optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const CreatePersonBody = PersonInput.meta({
  example: {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    phone: '+44 20 7946 0958',
    jobTitle: 'Analyst',
    lifecycleStage: 'lead',
    tags: ['vip'],
  },
});
export const UpdatePersonBody = PersonInput.meta({
  example: { lifecycleStage: 'customer', tags: ['vip', 'eu'] },
});

export const PersonSchema = z
  .object({
    id: Id,
    name: z.string().meta({ description: 'Display name: the full name, else the e-mail or phone.' }),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable().meta({ description: 'E.164.' }),
    emails: z.array(z.object({ address: z.string(), type: EmailType })),
    phones: z.array(
      z.object({
        number: z.string().meta({ description: 'E.164.' }),
        type: PhoneType,
        extension: Extension.optional(),
      }),
    ),
    addresses: z.array(AddressSchema),
    jobTitle: z.string().nullable(),
    companyId: Id.nullable(),
    company: Named.nullable(),
    ownerId: Id.nullable(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES),
    lifecycleChangedAt: Timestamp,
    source: z.string(),
    tags: z.array(z.string()),
    customFields: z.record(z.string(), z.unknown()),
    lastContactedAt: Timestamp.nullable(),
    lastContactedBy: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Person' });
export type PersonJson = z.infer<typeof PersonSchema>;
