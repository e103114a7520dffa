import type { HierarchyNode } from '../records/record-types';

/**
 * The hierarchy in reading order: each company followed by its subsidiaries, by name. The API gives
 * the nodes in no guaranteed order (companies.routes.ts: hierarchy). Walked with a list of what is
 * still to place rather than by recursion, as a hierarchy may be as deep as it has companies.
 */
export function inTreeOrder(nodes: readonly HierarchyNode[]): HierarchyNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, HierarchyNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(node);
    else children.set(parent, [node]);
  }
  // Last name first onto the pile, so the first by name comes off it next.
  const below = (parent: string | null) =>
    [...(children.get(parent) ?? [])].sort((a, b) => b.name.localeCompare(a.name));
  const ordered: HierarchyNode[] = [];
  const pile = below(null);
  for (let node = pile.pop(); node; node = pile.pop()) {
    ordered.push(node);
    pile.push(...below(node.id));
  }
  return ordered;
}
