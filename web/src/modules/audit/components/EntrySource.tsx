import type { AuditEntry } from '../../../api/types';
import { sourceParts } from '../audit-text';
import { partsText } from '../change-text';
import { ChangeParts } from './ChangeParts';

/**
 * "via web app", "via import 12", "via API, in a merge": linked to the import or the merge, except
 * inside a control that is itself a button (`linked` false), where a link cannot be.
 */
export function EntrySource({ entry, linked = true }: { entry: AuditEntry; linked?: boolean }) {
  const parts = sourceParts(entry);
  return linked ? <ChangeParts parts={parts} /> : partsText(parts);
}
