import { z } from 'zod';
import { iso, Name, RecordMeta, Timestamp } from '../../platform/http/schemas.ts';
import { type Choice, CUSTOM_FIELD_OBJECTS, CUSTOM_FIELD_TYPES } from './custom-fields.rules.ts';
import type { CustomFieldRow } from './custom-fields.service.ts';

export const ChoiceSchema = z.strictObject({
  value: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(200),
});

export const CustomFieldSchema = z
  .object({
    ...RecordMeta,
    objectType: z.enum(CUSTOM_FIELD_OBJECTS),
    key: z.string().meta({ description: 'The name under `customFields` in records; never changes.' }),
    label: z.string(),
    type: z.enum(CUSTOM_FIELD_TYPES),
    required: z.boolean(),
    unique: z.boolean().meta({
      description:
        'No two live records share a value: an ID from another system, which imports can match records by (`matchOn`). Text, number, URL, e-mail and phone fields only.',
    }),
    position: z.number().int(),
    choices: z.array(ChoiceSchema).optional(),
    currency: z.string().optional(),
    target: z.enum(CUSTOM_FIELD_OBJECTS).optional(),
    archivedAt: Timestamp.nullable(),
  })
  .meta({ id: 'CustomField' });

export const CreateCustomFieldBody = z
  .strictObject({
    objectType: z.enum(CUSTOM_FIELD_OBJECTS),
    label: Name,
    key: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9]{0,62}$/, 'camelCase letters and digits, starting with a lower-case letter')
      .optional(),
    type: z.enum(CUSTOM_FIELD_TYPES),
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    choices: z.array(ChoiceSchema).max(500).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    target: z.enum(CUSTOM_FIELD_OBJECTS).optional(),
  })
  .meta({
    example: {
      objectType: 'people',
      label: 'Preferred contact time',
      type: 'select',
      choices: [
        { value: 'morning', label: 'Morning' },
        { value: 'afternoon', label: 'Afternoon' },
      ],
    },
  });

export const UpdateCustomFieldBody = z
  .strictObject({
    label: Name.optional(),
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    choices: z.array(ChoiceSchema).max(500).optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .meta({ example: { label: 'Best time to call' } });

export function presentCustomField(row: CustomFieldRow): z.infer<typeof CustomFieldSchema> {
  const options = row.options as { choices?: Choice[]; currency?: string; target?: 'people' | 'companies' };
  return {
    id: row.id,
    objectType: row.object_type,
    key: row.key,
    label: row.label,
    type: row.type as z.infer<typeof CustomFieldSchema>['type'],
    required: row.required,
    unique: row.unique_values,
    position: row.position,
    ...(options.choices ? { choices: options.choices } : {}),
    ...(options.currency ? { currency: options.currency } : {}),
    ...(options.target ? { target: options.target } : {}),
    archivedAt: row.archived_at ? iso(row.archived_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
