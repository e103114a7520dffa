/**
 * Where an import places the companies it wrote in the hierarchy: each under the parent its row
 * named, in the file's order, unless that would make a loop. Pure: the hierarchy comes in as a map
 * of company → parent for every live company that has one.
 */
export interface ParentClaim {
  companyId: string;
  /** The parent the row's reference found, or why it found none. */
  found: { ok: true; id: string } | { ok: false; reason: string };
}

export type Placement = { placed: true; parentId: string } | { placed: false; problem: string };

/**
 * A claim is checked against the hierarchy as the claims before it left it, so two rows that name
 * each other place the first and refuse the second, whichever order the batches committed in.
 * `hierarchy` is updated in place.
 */
export function placeUnderParents(claims: ParentClaim[], hierarchy: Map<string, string>): Placement[] {
  return claims.map(({ companyId, found }): Placement => {
    if (!found.ok) return { placed: false, problem: found.reason };
    if (found.id === companyId) return { placed: false, problem: 'A company cannot be its own parent.' };
    if (isBelow(hierarchy, found.id, companyId))
      return { placed: false, problem: 'The parent is already one of this company’s subsidiaries.' };
    hierarchy.set(companyId, found.id);
    return { placed: true, parentId: found.id };
  });
}

/** Whether `id` is `ancestor` or lies anywhere below it. */
function isBelow(hierarchy: Map<string, string>, id: string, ancestor: string): boolean {
  // The hierarchy has no loop (every placement is checked), so the walk ends; the bound is a guard.
  let node: string | undefined = id;
  for (let steps = 0; node !== undefined && steps <= hierarchy.size; steps++) {
    if (node === ancestor) return true;
    node = hierarchy.get(node);
  }
  return false;
}
