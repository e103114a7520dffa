import { formatCompact } from '../../ui/format';

/** "3 people", "10,000+ people", "about 1.2M people". */
export function countLabel(
  count: { count: number; accuracy: 'exact' | 'estimate' | 'atLeast' },
  noun: { one: string; many: string },
): string {
  const word = count.count === 1 && count.accuracy === 'exact' ? noun.one : noun.many;
  if (count.accuracy === 'exact') return `${count.count.toLocaleString()} ${word}`;
  if (count.accuracy === 'atLeast') return `${count.count.toLocaleString()}+ ${word}`;
  return `about ${formatCompact(count.count)} ${word}`;
}
