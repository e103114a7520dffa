import type { AuditEntry } from '../../../api/types';
import { useSession } from '../../account/hooks/useSession';
import { useCustomFields } from '../../custom-fields/hooks/useCustomFields';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import type { ChangeContext } from '../change-text';

/**
 * What the history needs to put changes in words: the members (owners by name), the custom fields
 * of people and companies, archived ones too, and the workspace's currency. `ready` once they are
 * in, so names never flash as ids.
 */
export function useChangeContext() {
  const members = useUserDirectory();
  const people = useCustomFields('people', { includeArchived: true });
  const companies = useCustomFields('companies', { includeArchived: true });
  const currency = useSession().workspace.defaultCurrency;
  const memberName = (id: string) => members.data?.find((member) => member.id === id)?.name;
  const contextFor = (entry: AuditEntry): ChangeContext => ({
    memberName,
    currency,
    customFields:
      (entry.objectType === 'person' ? people.data : entry.objectType === 'company' ? companies.data : []) ??
      [],
  });
  // A failed look-up leaves ids in words of their own ("a former member"), not an endless loader.
  const ready = !members.isPending && !people.isPending && !companies.isPending;
  return { ready, contextFor };
}
