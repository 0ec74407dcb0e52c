/**
 * Integer hashing for features: strings are hashed once per word (FNV-1a), and a feature is a
 * template id mixed with a few integer atoms (MurmurHash3 steps), so no feature string is built.
 */

/** FNV-1a of `s.slice(start, end)` without allocating the slice. */
export function hashRange(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function step(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  const y = h ^ x;
  return (Math.imul((y << 13) | (y >>> 19), 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

// A feature's hash: its template id `t` mixed with its atoms (one function per atom count, so
// that short features cost fewer mixing steps).
export const mix1 = (t: number, a: number): number => finish(step(step(0x3c6ef372, t), a));
export const mix2 = (t: number, a: number, b: number): number =>
  finish(step(step(step(0x3c6ef372, t), a), b));
export const mix3 = (t: number, a: number, b: number, c: number): number =>
  finish(step(step(step(step(0x3c6ef372, t), a), b), c));
export const mix4 = (t: number, a: number, b: number, c: number, d: number): number =>
  finish(step(step(step(step(step(0x3c6ef372, t), a), b), c), d));

/** A small seeded PRNG (mulberry32) so that training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle with a seeded PRNG. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
