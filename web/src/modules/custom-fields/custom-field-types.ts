import type { components } from '../../api/schema.gen';

export type CustomField = components['schemas']['CustomField'];
export type CustomFieldType = CustomField['type'];
export type CustomFieldObject = CustomField['objectType'];
export type Choice = NonNullable<CustomField['choices']>[number];

export const OBJECT_OPTIONS: { value: CustomFieldObject; label: string }[] = [
  { value: 'people', label: 'People' },
  { value: 'companies', label: 'Companies' },
];

/** Every type the API accepts (custom-fields.rules.ts), in the words a user picks from. */
export const TYPE_LABELS: Record<CustomFieldType, string> = {
  text: 'Text',
  longText: 'Long text',
  number: 'Number',
  currency: 'Currency',
  date: 'Date',
  dateTime: 'Date and time',
  boolean: 'Yes / no',
  select: 'Single select',
  multiSelect: 'Multi select',
  url: 'URL',
  email: 'E-mail',
  phone: 'Phone',
  relation: 'Relation to a record',
};

export const TYPE_OPTIONS = Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }));

export const hasChoices = (type: CustomFieldType) => type === 'select' || type === 'multiSelect';

/** The types whose values may be unique (custom-fields.rules.ts UNIQUE_TYPES). */
export const mayBeUnique = (type: CustomFieldType) =>
  type === 'text' || type === 'number' || type === 'url' || type === 'email' || type === 'phone';

/**
 * A new choice's stored value, from its label ("Gold plus" → "gold-plus"), unique among `taken`.
 * Values never change afterwards, so relabelling a choice keeps the records that use it.
 */
export function choiceValue(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 90) || 'choice';
  let value = base;
  for (let n = 2; taken.has(value); n++) value = `${base}-${n}`;
  return value;
}
