/**
 * Binary search over sorted arrays: the look-up every stage uses to stay linear (find the first
 * token, mention or mark at an offset without scanning from the start).
 */

/**
 * The index of the first item for which `before(item)` is false, in an array where `before` holds
 * for a prefix and fails for the rest (C++'s partition_point); `items.length` if it always holds.
 */
export function partitionPoint<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves overlaps between spans: leftmost first, the longer of two starting together, then
 * `tie` (e.g. rule order); a span overlapping one already kept is dropped. Sorts `spans` in place.
 */
export function leftmostLongest<T extends { start: number; end: number }>(
  spans: T[],
  tie: (a: T, b: T) => number = () => 0,
): T[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end || tie(a, b));
  const kept: T[] = [];
  let end = -1;
  for (const s of spans) {
    if (s.start < end) continue;
    kept.push(s);
    end = s.end;
  }
  return kept;
}
