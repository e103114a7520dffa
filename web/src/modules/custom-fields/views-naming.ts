import { listed } from '../../ui/format';
import type { SavedView } from '../records/record-types';

/** The saved views that filter or sort by a custom field: those this member may read, and a count of the others. */
export interface ViewsNaming {
  data: Pick<SavedView, 'name'>[];
  privateOfOthers: number;
}

/**
 * What archiving or deleting a field does to the views that filter or sort by it, or '' when none do:
 * "The views “Big feet” and “By size”, and 1 private view of another member, filter or sort by it, and
 * say so until the field is restored."
 */
export function viewsSentence(views: ViewsNaming, change: 'archived' | 'deleted'): string {
  const named = views.data.map((view) => `“${view.name}”`);
  const others = views.privateOfOthers;
  const hidden =
    others === 1 ? '1 private view of another member' : `${others} private views of other members`;
  const count = named.length + others;
  if (count === 0) return '';
  const shown = named.length > 0 ? `${named.length === 1 ? 'The view' : 'The views'} ${listed(named)}` : '';
  const subject = shown && others > 0 ? `${shown}, and ${hidden},` : shown || hidden;
  const one = count === 1;
  const verb = one ? 'filters or sorts by it' : 'filter or sort by it';
  return change === 'archived'
    ? `${subject} ${verb}, and ${one ? 'says' : 'say'} so until the field is restored.`
    : `${subject} ${verb}: ${one ? 'it' : 'each'} will name a deleted field until it is saved without it.`;
}
