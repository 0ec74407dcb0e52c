/** An in-memory CandidateSource (a map from key to quotes), for the evaluation and the tests. */
import { assignCluster, type CandidateSource } from "./assign.js";
import type { ClusterQuote, Relation } from "./compare.js";
import { clusterKeys } from "./keys.js";

type Stored = ClusterQuote & { cluster: string };

export class MemorySource implements CandidateSource {
  private readonly byKey = new Map<string, Stored[]>();
  /** Clusters merged into another: a merge relabels no stored quote, lookups follow these links. */
  private readonly mergedInto = new Map<string, string>();

  /** Stores a quote in its cluster under each of its keys. */
  add(q: ClusterQuote, cluster: string): void {
    const stored = { ...q, cluster };
    for (const key of clusterKeys(q.text)) {
      const list = this.byKey.get(key);
      if (list) list.push(stored);
      else this.byKey.set(key, [stored]);
    }
  }

  /** Merges cluster `from` into cluster `into`. */
  merge(from: string, into: string): void {
    const a = this.clusterOf(from);
    const b = this.clusterOf(into);
    if (a !== b) this.mergedInto.set(a, b);
  }

  /** The cluster that a cluster id now belongs to, after merges. */
  clusterOf(cluster: string): string {
    let c = cluster;
    for (let next = this.mergedInto.get(c); next !== undefined; next = this.mergedInto.get(c)) c = next;
    if (c !== cluster) this.mergedInto.set(cluster, c);
    return c;
  }

  *candidates(keys: string[]): Iterable<Stored> {
    const seen = new Set<string>();
    for (const key of keys)
      for (const q of this.byKey.get(key) ?? []) {
        if (seen.has(q.id)) continue;
        seen.add(q.id);
        yield { ...q, cluster: this.clusterOf(q.cluster) };
      }
  }

  /** How many quotes share each key, most shared first: how selective the keys are. */
  keySizes(): number[] {
    return [...this.byKey.values()].map((l) => l.length).sort((a, b) => b - a);
  }
}

/** A quote's cluster, and how it joined it (null: it founded a cluster, first named by its id). */
export interface Assignment {
  cluster: string;
  relation: Relation | null;
}

/**
 * Clusters quotes in the given order, each assigned on arrival as a store would at ingest, with
 * the merges it asks for; returns every quote's final cluster.
 */
export function clusterQuotes(
  quotes: Iterable<ClusterQuote>,
  source = new MemorySource(),
): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const q of quotes) {
    const choice = assignCluster(q, source);
    const cluster = choice?.cluster ?? q.id;
    for (const m of choice?.merges ?? []) source.merge(m, cluster);
    source.add(q, cluster);
    out.set(q.id, { cluster, relation: choice?.relation ?? null });
  }
  for (const a of out.values()) a.cluster = source.clusterOf(a.cluster);
  return out;
}
