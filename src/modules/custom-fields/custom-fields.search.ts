import { searchWords } from '../../platform/query/search-score.ts';
import type { CustomFieldDefinition } from './custom-fields.rules.ts';

/**
 * Which custom value a search found a record by, to show beside the hit ("Contract ref: ACME-4711"):
 * the first field, in the admin's order, whose words begin with every word of the query, as the
 * search's index of custom values matches them (migration 0026). A choice shows its label.
 */
export function customValueMatch(
  definitions: CustomFieldDefinition[],
  values: Record<string, unknown>,
  q: string,
): { label: string; value: string } | undefined {
  const wanted = searchWords(q).slice(0, 8);
  if (wanted.length === 0) return undefined;
  for (const definition of definitions) {
    if (definition.archived || definition.type === 'relation') continue;
    const raw = values[definition.key];
    const strings = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    if (strings.length === 0) continue;
    const words = searchWords(strings.join(' '));
    if (!wanted.every((w) => words.some((word) => word.startsWith(w)))) continue;
    const shown = strings.map((v) => definition.choices.find((c) => c.value === v)?.label ?? v);
    return { label: definition.label, value: shown.join(', ') };
  }
  return undefined;
}
