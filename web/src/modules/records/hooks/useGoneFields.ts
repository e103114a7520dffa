import { useMemo } from 'react';
import { useCustomFields } from '../../custom-fields/hooks/useCustomFields';
import { customFieldOf } from '../gone-fields';
import type { RecordField } from '../record-fields';
import type { RecordListConfig } from '../record-list-config';
import type { CustomField, RecordObject } from '../record-types';

const archivedOf = (list: readonly CustomField[] | undefined) =>
  (list ?? []).filter((field) => field.archivedAt);

/**
 * The custom fields a list names that are gone (goneCustomFields), as its chips and notice name them:
 * an archived one as the field it was, "(archived)" after its label, read with the archived
 * definitions (asked for only when something is gone); a deleted one by its key, once they are read.
 */
export function useGoneFields<O extends RecordObject>(config: RecordListConfig<O>, gone: readonly string[]) {
  const ofCompany = gone.some((key) => customFieldOf(key).ofCompany);
  const own = useCustomFields(config.object, { includeArchived: true, enabled: gone.length > 0 });
  const company = useCustomFields('companies', { includeArchived: true, enabled: ofCompany });
  const read = own.isSuccess && (!ofCompany || company.isSuccess);
  return useMemo(() => {
    const archived = config
      .fields(archivedOf(own.data), archivedOf(company.data))
      .filter((field) => gone.includes(field.key));
    const fields: RecordField[] = archived.map((field) => ({ ...field, label: `${field.label} (archived)` }));
    const describe = (key: string) => {
      const field = archived.find((known) => known.key === key);
      if (field) return `“${field.label}” (archived)`;
      return read ? `“${customFieldOf(key).key}” (deleted)` : `“${customFieldOf(key).key}”`;
    };
    return { fields, describe };
  }, [config, gone, own.data, company.data, read]);
}
