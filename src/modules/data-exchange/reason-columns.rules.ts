/**
 * The rule migration 0048 ran in SQL to give the rows rejected before it their columns: a problem
 * with a cell is worded as its column's name and a colon ("Create Date: … Email: …"), at the start
 * of the reason or after the sentence before. Rejections now carry their columns from where the
 * problem was found (row-problems.rules.ts); the tests hold the two to the same answer for problems
 * worded after a column, so an import's older and newer rejections mark the same cells.
 */
export function columnsInReason(reason: string, columns: readonly string[]): string[] {
  return [
    ...new Set(
      columns.filter((column) => {
        const named = `${column}: `;
        return reason.startsWith(named) || reason.includes(`. ${named}`);
      }),
    ),
  ];
}
