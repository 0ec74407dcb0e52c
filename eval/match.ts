/** One-to-one matching of gold and predicted items, shared by the quote scorers. */

/**
 * Greedy one-to-one pairs from scored candidate pairs: best score first (ties by gold, then
 * predicted index), each gold and each predicted item used at most once. Returns [gold, pred].
 */
export function greedyOneToOne(candidates: { g: number; p: number; score: number }[]): [number, number][] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: [number, number][] = [];
  for (const { g, p } of sorted) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
    out.push([g, p]);
  }
  return out;
}
