/**
 * The columns a rejected row's reason names, whose cells are the ones to fix; stored with the
 * rejection (migration 0048), so clients and the rejection groups read them rather than the words.
 * Every problem with a cell is worded as its column's name and a colon ("Create Date: … Email: …",
 * `reasonOf`, the drafts of rows.rules.ts, `shapeProblem`), at the start of the reason or after the
 * sentence before; a problem with no cell ("Give at least a name…") names none. In the order given.
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
