/**
 * The columns a rejected row's reason names, whose cells are the ones to fix. The import words each
 * problem with a cell as its column's name and a colon ("Create Date: … Email: …"), at the start of
 * the reason or after the sentence before; a problem with no cell ("Give at least a name…") names none.
 */
export function columnsInReason(reason: string, columns: readonly string[]): Set<string> {
  return new Set(
    columns.filter((column) => {
      const named = `${column}: `;
      return reason.startsWith(named) || reason.includes(`. ${named}`);
    }),
  );
}
