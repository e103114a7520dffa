import { listed } from '../../ui/format';
import { fieldsOf } from '../records/filter-model';
import type { SavedView } from '../records/record-types';
import type { CustomField } from './custom-field-types';

/**
 * The saved views that filter or sort by this field: a person's field as `customFields.key` in views
 * of people; a company's as `customFields.key` in views of companies and `company.customFields.key` in
 * views of people (by their company). Archived or deleted, the field leaves them saying so each time
 * they are opened, so Settings names them first. A view that only shows it as a column just shows one
 * column less.
 */
export function viewsNaming(
  field: Pick<CustomField, 'objectType' | 'key'>,
  views: { people: readonly SavedView[]; companies: readonly SavedView[] },
): SavedView[] {
  const own = `customFields.${field.key}`;
  const names = (view: SavedView, key: string) =>
    view.sort?.replace(/^-/, '') === key || fieldsOf(view.filter).includes(key);
  if (field.objectType === 'people') return views.people.filter((view) => names(view, own));
  return [
    ...views.companies.filter((view) => names(view, own)),
    ...views.people.filter((view) => names(view, `company.${own}`)),
  ];
}

/** “Big feet”, “Renewals” and “EU leads”. */
export const viewNames = (views: readonly Pick<SavedView, 'name'>[]): string =>
  listed(views.map((view) => `“${view.name}”`));
