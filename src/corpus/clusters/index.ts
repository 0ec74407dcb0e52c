/**
 * Quote identity across articles: STAND-IN with Quotebank's rule (the same words after
 * lower-casing and removing punctuation), written against the contract that the clustering
 * algorithm (branch `clusters`) implements; that branch replaces this file. Pure: no storage here.
 */
import { createHash } from "node:crypto";

export type Relation = "exact" | "normalised" | "truncated" | "extended" | "edited";

export interface ClusterQuote {
  id: string;
  article: string;
  text: string;
  speaker: string | null;
}

/** Lower case, letters and digits only, single spaces: Quotebank's normal form. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Candidate-lookup keys: here one, the hash of the normal form. */
export function clusterKeys(text: string): string[] {
  const normal = normalise(text);
  if (normal === "") return [];
  return [`n:${createHash("sha1").update(normal).digest("base64url").slice(0, 16)}`];
}

/** Is b the same statement as a? null if not; else how b relates to a. */
export function compareQuotes(a: ClusterQuote, b: ClusterQuote): Relation | null {
  if (a.text === b.text) return "exact";
  const na = normalise(a.text);
  return na !== "" && na === normalise(b.text) ? "normalised" : null;
}

/** The storage the algorithm needs: quotes sharing any of these keys, with their cluster ids. */
export interface CandidateSource {
  candidates(keys: string[]): Iterable<ClusterQuote & { cluster: string }>;
}

/** Picks the cluster for a new quote (or null: start a new one) from the candidates. */
export function assignCluster(
  q: ClusterQuote,
  source: CandidateSource,
): { cluster: string; relation: Relation } | null {
  for (const candidate of source.candidates(clusterKeys(q.text))) {
    const relation = compareQuotes(candidate, q);
    if (relation) return { cluster: candidate.cluster, relation };
  }
  return null;
}
