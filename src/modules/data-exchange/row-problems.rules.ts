/**
 * Why a row cannot be written, and the file's columns whose cells must change for it to be. Each
 * producer of a problem knows which cells it read, so the columns travel with the text to the
 * rejection (migration 0048) instead of being read back out of its words. Pure.
 */
export interface RowProblem {
  reason: string;
  columns: string[];
}

/** A problem of the row as a whole, or of something no cell of the file gives. */
export const rowProblem = (reason: string): RowProblem => ({ reason, columns: [] });

/** A problem with one column's cell, worded after the column as users read it: "Email: …". */
export const cellProblem = (column: string, problem: string): RowProblem => ({
  reason: `${column}: ${problem}`,
  columns: [column],
});

/** Several problems reported at once: their texts in turn, each column once. */
export function joinProblems(problems: readonly RowProblem[]): RowProblem {
  return {
    reason: problems.map((p) => p.reason).join(' '),
    columns: [...new Set(problems.flatMap((p) => p.columns))],
  };
}

/**
 * A problem found with a field once the row's references were looked up (the owner, the company, a
 * relation field), worded after the field: which columns filled that field is the plan's to say.
 */
export interface FieldProblem {
  reason: string;
  fields: string[];
}

export function onColumns(
  { reason, fields }: FieldProblem,
  plan: readonly { column: string; field: string }[],
): RowProblem {
  const columns = plan.filter(({ field }) => fields.includes(field)).map(({ column }) => column);
  return { reason, columns: [...new Set(columns)] };
}

/**
 * The problems the API's validation or cleaning reports (`/emails/1/address`), each on the column
 * its path came from: "Email 2: "x" is not an e-mail address."; one no cell gave ("Give at least a
 * name…") is on none.
 */
export function inputProblem(
  errors: { path: string; message: string }[],
  columns: Record<string, string>,
): RowProblem {
  return joinProblems(
    errors.map((error) => {
      const column = Object.entries(columns)
        .filter(([prefix]) => error.path === prefix || error.path.startsWith(`${prefix}/`))
        .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
      return column ? cellProblem(column, error.message) : rowProblem(error.message);
    }),
  );
}
