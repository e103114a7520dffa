import type { ColumnPlan } from './rows.rules.ts';

/**
 * The columns a rejected row's reason names, whose cells are the ones to fix; stored with the
 * rejection (migration 0048), so clients and the rejection groups read them rather than the words.
 * Every problem with a cell is worded as its column's name and a colon ("Create Date: … Email: …",
 * `reasonOf`, the drafts of rows.rules.ts, `shapeProblem`), at the start of the reason or after the
 * sentence before; a problem with no cell ("Give at least a name…") names none. A problem found once
 * the row's references were looked up names the field rather than the column ("Owner: no active
 * member …", "Company: …", a relation field's label, imports.references.ts), and marks the column
 * mapped to that field. In the plan's order.
 */
export function columnsOfRejection(
  reason: string,
  plan: readonly Pick<ColumnPlan, 'column' | 'field'>[],
  labels: ReadonlyMap<string, string>,
): string[] {
  return columnsNamed(
    reason,
    plan.map(({ column, field }) => ({ column, words: [column, ...fieldWords(field, labels)] })),
  );
}

const COMPANY_WORDS: Record<string, string[]> = {
  company: ['Company', 'Company name', 'Company domain'],
  'company.name': ['Company', 'Company name'],
  'company.domain': ['Company', 'Company domain'],
};

/** How reasons name a field: the owner, a person's company, a custom field by its label. */
function fieldWords(field: string, labels: ReadonlyMap<string, string>): string[] {
  if (field === 'owner') return ['Owner'];
  const label = field.startsWith('customFields.')
    ? labels.get(field.slice('customFields.'.length))
    : undefined;
  return COMPANY_WORDS[field] ?? (label ? [label] : []);
}

function columnsNamed(reason: string, candidates: { column: string; words: string[] }[]): string[] {
  const names = (word: string) => {
    const named = `${word}: `;
    return reason.startsWith(named) || reason.includes(`. ${named}`);
  };
  return [...new Set(candidates.filter(({ words }) => words.some(names)).map(({ column }) => column))];
}
