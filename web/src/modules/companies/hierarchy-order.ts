import type { HierarchyNode } from '../records/record-types';

/**
 * The hierarchy in reading order: each company followed by its subsidiaries, by name. The API gives
 * the nodes in no guaranteed order (companies.routes.ts: hierarchy).
 */
export function inTreeOrder(nodes: readonly HierarchyNode[]): HierarchyNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, HierarchyNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const ordered: HierarchyNode[] = [];
  const visit = (parent: string | null) => {
    const below = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const node of below) {
      ordered.push(node);
      visit(node.id);
    }
  };
  visit(null);
  return ordered;
}
