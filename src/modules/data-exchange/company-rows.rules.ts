import type { CompanyInput } from '../companies/index.ts';
import { restoreFormula } from './csv.rules.ts';
import { cellProblem, joinProblems, type RowProblem } from './row-problems.rules.ts';
import {
  type CellReading,
  type ColumnPlan,
  type Draft,
  type Drafted,
  fillFromRelationNames,
  setCommonField,
} from './rows.rules.ts';
import { type Parsed, parseInteger, parseNumber, splitList } from './values.rules.ts';

/**
 * One row of a file as a company's input, as the API would receive it (pure, as rows.rules.ts is for
 * people); a website without a domain gives the domain dedupe matches on.
 */
export function companyDraft(
  cells: string[],
  plan: ColumnPlan[],
  reading: CellReading,
): Drafted<CompanyInput> {
  const input: CompanyInput = {};
  const draft: Draft<CompanyInput> = { input, columns: {} };
  const problems: RowProblem[] = [];
  for (const { index, column, field } of plan) {
    const value = restoreFormula(cells[index]?.trim() ?? '');
    if (!value) continue;
    const problem = setCompanyField(draft, field, value, column, reading);
    if (problem) problems.push(cellProblem(column, problem));
  }
  if (input.domain === undefined && input.website) {
    input.domain = input.website;
    draft.columns['/domain'] ??= draft.columns['/website'] ?? '';
  }
  fillFromRelationNames(draft);
  return problems.length > 0 ? { ok: false, ...joinProblems(problems), draft } : { ok: true, draft };
}

function setCompanyField(
  draft: Draft<CompanyInput>,
  field: string,
  value: string,
  column: string,
  reading: CellReading,
): string | undefined {
  const { input, columns } = draft;
  const number = (parsed: Parsed<number>, key: 'employees' | 'annualRevenue') => {
    if (!parsed.ok) return parsed.reason;
    input[key] = parsed.value;
    columns[`/${key}`] ??= column;
    return undefined;
  };
  switch (field) {
    case 'domain': {
      const [first, ...others] = splitList(value);
      input.domain = first ?? value;
      columns['/domain'] ??= column;
      if (others.length > 0) return setCompanyField(draft, 'domains', others.join(';'), column, reading);
      return undefined;
    }
    case 'name':
    case 'website':
    case 'industry':
    case 'phone':
      input[field] = value;
      columns[`/${field}`] ??= column;
      return undefined;
    case 'domains':
      input.domains = [...(input.domains ?? []), ...splitList(value)];
      columns['/domains'] ??= column;
      return undefined;
    case 'parent':
      draft.parent = value;
      columns['/parent'] ??= column;
      return undefined;
    case 'parent.name':
      draft.parentName = value;
      columns['/parent'] ??= column;
      return undefined;
    case 'employees':
      return number(parseInteger(value), 'employees');
    case 'annualRevenue':
      return number(parseNumber(value), 'annualRevenue');
    default:
      return setCommonField(draft, field, value, column, reading);
  }
}
