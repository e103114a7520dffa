import type { components } from '../../api/schema.gen';
import { listed } from '../../ui/format';

export type MergePreview = components['schemas']['MergePreview'];
export type MovedKind = MergePreview['moves'][number]['kind'];

const NOUNS: Record<MovedKind, [one: string, many: string]> = {
  activities: ['activity', 'activities'],
  deals: ['deal', 'deals'],
  tickets: ['ticket', 'tickets'],
  orders: ['order', 'orders'],
  consents: ['consent', 'consents'],
  tasks: ['task', 'tasks'],
  employments: ['employment', 'employments'],
  people: ['person', 'people'],
  subsidiaries: ['subsidiary', 'subsidiaries'],
};

/** "14 activities", "1 ticket". */
export function countText(kind: MovedKind, count: number): string {
  const [one, many] = NOUNS[kind];
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/**
 * What a merge carries onto the record kept, from the one merged away: "Moves 14 activities, 2 deals,
 * 1 ticket and 3 consents from Ada Lovelace (2)." Kinds with nothing to move are not named.
 */
export function movesSentence(moves: MergePreview['moves'], fromName: string): string {
  const named = moves.filter((move) => move.count > 0).map((move) => countText(move.kind, move.count));
  if (named.length === 0) return `Nothing but its details moves from ${fromName}.`;
  return `Moves ${listed(named)} from ${fromName}.`;
}
