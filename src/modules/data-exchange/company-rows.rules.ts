import type { CompanyInput } from '../companies/index.ts';
import {
  type CellReading,
  type ColumnPlan,
  type Draft,
  type Drafted,
  draftRow,
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
  return draftRow<CompanyInput>(
    cells,
    plan,
    (draft, field, value, column) => setCompanyField(draft, field, value, column, reading),
    ({ input, columns }) => {
      if (input.domain !== undefined || !input.website) return;
      input.domain = input.website;
      columns['/domain'] ??= columns['/website'] ?? '';
    },
  );
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
