/**
 * A list's columns with `key` moved one place left (-1) or right (+1) among the columns shown. Keys
 * not shown (the name column, a custom field since archived) keep their places and are stepped over,
 * so each press moves the column past one column the reader sees.
 */
export function moveColumn(
  columns: readonly string[],
  key: string,
  step: -1 | 1,
  isShown: (key: string) => boolean = () => true,
): string[] {
  const from = columns.indexOf(key);
  if (from < 0) return [...columns];
  let to = from + step;
  while (to >= 0 && to < columns.length && !isShown(columns[to] as string)) to += step;
  if (to < 0 || to >= columns.length) return [...columns];
  // Without `key`, the neighbour stepped over sits at `to` when moving left and at `to - 1` when
  // moving right: inserting at `to` puts `key` just before it, or just after it.
  const next = columns.filter((k) => k !== key);
  next.splice(to, 0, key);
  return next;
}
