/**
 * Candidate-lookup keys of a quote: the index finds, among a million stored quotes, the few that
 * may be the same statement, so that only those are compared word by word (never all pairs).
 *
 * A key is a hashed run of SHINGLE consecutive words holding at least one content word. A
 * truncation (a contiguous part of the words) keeps every run of its part, and an edit of one
 * word breaks only the SHINGLE runs through it, so a variant shares keys with its statement
 * unless it is very short. Runs of stop words only ("i dont think that") are skipped: shared by
 * a large share of all quotes, they would make every lookup return a large share of the store.
 * On the 9,265 PolNeAR quotes the commonest key ("in the united states") is in 0.4% of them.
 */
import { contentCount, identifiable, quoteWords } from "./normalise.js";

/** Words per shingle. */
export const SHINGLE = 4;

/**
 * A 53-bit FNV-1a hash of `text` in base 36 (two 32-bit lanes with different offsets):
 * deterministic across runs and machines, short to store, collisions rare at 10^8 keys.
 */
export function hashKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return ((b & 0x1fffff) * 0x100000000 + (a >>> 0)).toString(36);
}

/**
 * The lookup keys of a quote's words: "s" + hash of each shingle holding a content word; a quote
 * shorter than a shingle gets "w" + hash of all its words (only its exact repeats share it). Words
 * that identify no statement get no key: they join no cluster.
 */
export function wordKeys(words: readonly string[]): string[] {
  if (!identifiable(words)) return [];
  const keys = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const run = words.slice(i, i + SHINGLE);
    if (contentCount(run) > 0) keys.add(`s${hashKey(run.join(" "))}`);
  }
  if (words.length < SHINGLE) keys.add(`w${hashKey(words.join(" "))}`);
  return [...keys];
}

/** Candidate-lookup keys for the index: quotes that may be the same statement share one. */
export function clusterKeys(text: string): string[] {
  return wordKeys(quoteWords(text));
}
