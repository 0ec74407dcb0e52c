/**
 * What both stores share in their cluster index: which quotes are clustered, a lookup key as a
 * number, and which of the stored quotes found under a new quote's keys are compared with it.
 */

/** Quotes that are clustered: quoted words, whole or as a fragment of reported speech. */
export const CLUSTERED_KINDS = new Set(["direct", "mixed"]);

/**
 * At most this many quotes are read per key (the newest): a key shared by more quotes than this
 * says little, and reading them all would make one insert slow.
 */
export const CANDIDATES_PER_KEY = 500;

/**
 * At most this many members of one cluster are compared with a new quote (the newest that share
 * a key with it). A statement reported hundreds of times holds the same few variants hundreds of
 * times: comparing a new report with every one of them would make each insert slower as the
 * statement spreads, for the same choice of cluster.
 */
export const MEMBERS_PER_CLUSTER = 8;

/**
 * A key as a 53-bit integer (compact in the index; a rare collision only adds a candidate): two
 * FNV-1a lanes, cheap enough to run on every key of every quote in the single writer.
 */
export function keyNumber(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x2f3b5a17;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (b >>> 11) * 0x100000000 + (a >>> 0);
}

/**
 * The stored quotes to compare with a new one, from the (quote, cluster) pairs found under its
 * keys, key after key, newest first: each quote once, at most MEMBERS_PER_CLUSTER per cluster.
 */
export function* pickCandidates(
  found: Iterable<readonly [quote: number, cluster: number]>,
): Generator<number> {
  const seen = new Set<number>();
  const perCluster = new Map<number, number>();
  for (const [quote, cluster] of found) {
    const compared = perCluster.get(cluster) ?? 0;
    if (seen.has(quote) || compared >= MEMBERS_PER_CLUSTER) continue;
    seen.add(quote);
    perCluster.set(cluster, compared + 1);
    yield quote;
  }
}
