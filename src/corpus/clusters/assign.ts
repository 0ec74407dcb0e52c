/** Incremental clustering: each new quote joins the cluster of its closest stored match, or none. */
import { type ClusterQuote, type Match, matchWords, RELATION_RANK, type Relation } from "./compare.js";
import { wordKeys } from "./keys.js";
import { quoteWords } from "./normalise.js";

/** The storage the algorithm needs: quotes sharing any of these keys, with their cluster ids. */
export interface CandidateSource {
  candidates(keys: string[]): Iterable<ClusterQuote & { cluster: string }>;
}

interface Choice extends Match {
  cluster: string;
  member: string;
  sameSpeaker: boolean;
}

/**
 * Normalised words of stored quotes met as candidates: a statement quoted often is a candidate
 * for every new report of it, and its words are the same each time. Bounded: starts afresh when
 * full.
 */
const WORDS_CACHE_SIZE = 20_000;
const wordsOfText = new Map<string, string[]>();

function cachedWords(text: string): string[] {
  let words = wordsOfText.get(text);
  if (!words) {
    if (wordsOfText.size >= WORDS_CACHE_SIZE) wordsOfText.clear();
    words = quoteWords(text);
    wordsOfText.set(text, words);
  }
  return words;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whether choice x beats y: the closer relation, then the larger share of words in common, then
 * fewer edits, then the same speaker; the ids last, so that the choice never depends on the order
 * in which the store returns its candidates.
 */
function better(x: Choice, y: Choice): boolean {
  const order = [
    RELATION_RANK[y.relation] - RELATION_RANK[x.relation],
    x.closeness - y.closeness,
    y.distance - x.distance,
    Number(x.sameSpeaker) - Number(y.sameSpeaker),
    byCodeUnits(y.cluster, x.cluster),
    byCodeUnits(y.member, x.member),
  ];
  return (order.find((d) => d !== 0) ?? 0) > 0;
}

/** Where a new quote goes: its cluster, how it relates to its closest member there, and merges. */
export interface ClusterChoice {
  cluster: string;
  relation: Relation;
  /**
   * Other clusters that also hold the same statement as the new quote, to be merged into
   * `cluster`: two truncations of one statement, from its start and from its end, share no word
   * and found two clusters until a fuller report joins them. With merges, the partition is the
   * same whatever order the quotes arrive in (as long as the keys find every match). Sorted;
   * empty when there is nothing to merge.
   */
  merges: string[];
}

/**
 * Picks the cluster for a new quote (or null: start a new one) from the candidates: the one whose
 * member is the same statement with the closest relation. The text decides; the speaker only
 * breaks ties (the same words credited to another speaker are still that statement).
 */
export function assignCluster(q: ClusterQuote, source: CandidateSource): ClusterChoice | null {
  const words = quoteWords(q.text);
  const keys = wordKeys(words);
  if (keys.length === 0) return null;
  let best: Choice | null = null;
  const matched = new Set<string>();
  for (const c of source.candidates(keys)) {
    if (c.id === q.id) continue;
    const match = matchWords(cachedWords(c.text), c.text, words, q.text);
    if (!match) continue;
    matched.add(c.cluster);
    const choice = { ...match, cluster: c.cluster, member: c.id, sameSpeaker: c.speaker === q.speaker };
    if (!best || better(choice, best)) best = choice;
  }
  if (!best) return null;
  matched.delete(best.cluster);
  return { cluster: best.cluster, relation: best.relation, merges: [...matched].sort() };
}
