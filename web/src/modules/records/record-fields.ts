import { humanize } from '../../ui/format';
import type { CustomField, CustomFieldType } from './record-types';

/** The types of the filter language (src/platform/query/filter.ts). */
export type FieldType = 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'enum' | 'array' | 'id';

export interface Choice {
  value: string;
  label: string;
}

/**
 * A field the filter builder offers: its API name (`lastName`, `company.industry`,
 * `customFields.shoeSize`), as the server's field map names it (people.fields.ts, companies.fields.ts).
 */
export interface RecordField {
  key: string;
  label: string;
  type: FieldType;
  /** Allowed values of an enum, or suggestions for a list (a multi-select custom field). */
  choices?: readonly Choice[];
  /** What an id field points at, so the builder offers a picker. */
  refersTo?: 'user' | 'people' | 'companies';
  group: 'Fields' | 'Company' | 'Custom fields';
  /** How "is empty" and "is not empty" read where empty means something ("is nobody on the team"). */
  emptyWords?: { isEmpty: string; isNotEmpty: string };
}

export const choicesOf = (values: readonly string[]): Choice[] =>
  values.map((value) => ({ value, label: humanize(value) }));

/** src/modules/custom-fields/custom-fields.rules.ts: filterTypeOf. */
export function filterTypeOf(type: CustomFieldType): FieldType {
  switch (type) {
    case 'number':
    case 'currency':
      return 'number';
    case 'date':
      return 'date';
    case 'dateTime':
      return 'datetime';
    case 'boolean':
      return 'boolean';
    case 'select':
      return 'enum';
    case 'multiSelect':
      return 'array';
    case 'relation':
      return 'id';
    default:
      return 'text';
  }
}

export const customFieldKey = (definition: Pick<CustomField, 'key'>) => `customFields.${definition.key}`;

export function customFieldFields(definitions: readonly CustomField[]): RecordField[] {
  return definitions.map((definition) => ({
    key: customFieldKey(definition),
    label: definition.label,
    type: filterTypeOf(definition.type),
    group: 'Custom fields',
    ...(definition.choices ? { choices: definition.choices } : {}),
    ...(definition.type === 'relation' && definition.target ? { refersTo: definition.target } : {}),
  }));
}

/** Custom fields the server can sort on (custom-fields.query.ts: customFieldSorts). */
export const isSortableCustomField = (definition: CustomField) =>
  definition.type !== 'multiSelect' && definition.type !== 'longText';
