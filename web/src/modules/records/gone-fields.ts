import { listed } from '../../ui/format';
import { fieldsOf } from './filter-model';
import type { RecordField } from './record-fields';

const CUSTOM_FIELD = /^(company\.)?customFields\./;

/** The custom fields gone that a list's filter names, and its sort's if it is one. */
export interface GoneFields {
  inFilter: string[];
  sort: string | null;
}

/**
 * The custom fields a list's filter or sort names that are not among the fields it offers: archived
 * or deleted since a view or a link was saved with them. The API refuses them, so the list says which
 * they are rather than "the filter is not valid". Null while the definitions load, if any custom field
 * is named; none when they could not be loaded (the API then says what it finds). Built-in fields are
 * the API's own, never gone: one the builder does not offer is left to the API.
 */
export function goneCustomFields(
  filter: unknown,
  sort: string,
  fields: readonly RecordField[],
  definitions: 'pending' | 'error' | 'success',
): GoneFields | null {
  const inFilter = fieldsOf(filter).filter((key) => CUSTOM_FIELD.test(key));
  const sortKey = sort.replace(/^-/, '');
  const sorted = CUSTOM_FIELD.test(sortKey) ? sortKey : null;
  if ((inFilter.length === 0 && sorted === null) || definitions === 'error')
    return { inFilter: [], sort: null };
  if (definitions === 'pending') return null;
  const offered = new Set(fields.map((field) => field.key));
  return {
    inFilter: inFilter.filter((key) => !offered.has(key)),
    sort: sorted !== null && !offered.has(sorted) ? sorted : null,
  };
}

/** `customFields.tier` → the people's (or companies') field `tier`; `company.customFields.tier` → the company's. */
export function customFieldOf(key: string): { ofCompany: boolean; key: string } {
  const ofCompany = key.startsWith('company.');
  return { ofCompany, key: key.replace(CUSTOM_FIELD, '') };
}

/** "Its filter names “Tier” (archived)." / "Its filter and sort name …" / "Its filter names …, and its sort …". */
export function namedBy(gone: GoneFields, describe: (key: string) => string): string {
  const filter = listed(gone.inFilter.map(describe));
  if (gone.sort === null) return `Its filter names ${filter}.`;
  if (gone.inFilter.length === 1 && gone.inFilter[0] === gone.sort)
    return `Its filter and sort name ${filter}.`;
  return `Its filter names ${filter}, and its sort ${describe(gone.sort)}.`;
}
