import { fieldsOf } from './filter-model';
import type { RecordField } from './record-fields';

const CUSTOM_FIELD = /^(company\.)?customFields\./;

/**
 * The custom fields a list's filter or sort names that are not among the fields it offers: archived
 * or deleted since a view or a link was saved with them. The API refuses such a filter, so the list
 * says which they are rather than "the filter is not valid". Null while the definitions load, if any
 * custom field is named; none when they could not be loaded (the API then says what it finds). Built-in
 * fields are the API's own, never gone: one the builder does not offer is left to the API.
 */
export function goneCustomFields(
  filter: unknown,
  sort: string,
  fields: readonly RecordField[],
  definitions: 'pending' | 'error' | 'success',
): string[] | null {
  const named = [...new Set([...fieldsOf(filter), sort.replace(/^-/, '')])].filter((key) =>
    CUSTOM_FIELD.test(key),
  );
  if (named.length === 0 || definitions === 'error') return [];
  if (definitions === 'pending') return null;
  const offered = new Set(fields.map((field) => field.key));
  return named.filter((key) => !offered.has(key));
}

/** `customFields.tier` → the people's (or companies') field `tier`; `company.customFields.tier` → the company's. */
export function customFieldOf(key: string): { ofCompany: boolean; key: string } {
  const ofCompany = key.startsWith('company.');
  return { ofCompany, key: key.replace(CUSTOM_FIELD, '') };
}
