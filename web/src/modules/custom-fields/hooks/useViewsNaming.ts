import { useSavedViews } from '../../records/hooks/useSavedViews';
import type { SavedView } from '../../records/record-types';
import type { CustomField } from '../custom-field-types';
import { viewsNaming } from '../views-naming';

/**
 * The saved views (this member's and the shared ones) that filter or sort by a field, for Settings to say before
 * the field is archived or deleted: the views would then say it is gone. Empty until both lists are read.
 */
export function useViewsNaming(): (field: CustomField) => SavedView[] {
  const people = useSavedViews('people');
  const companies = useSavedViews('companies');
  return (field) => viewsNaming(field, { people: people.data ?? [], companies: companies.data ?? [] });
}
