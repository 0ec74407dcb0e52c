/**
 * Scorer for quote identity across articles (../shared/data/corpus/README.md): articles that
 * re-report the same statements exactly, re-punctuated, truncated or edited.
 *
 * Each article is analysed; its direct and mixed quotes (each segment of an interrupted one) are
 * clustered in record order with the in-memory source, each on arrival. The README's metric:
 * B-cubed precision, recall and F1 over all true occurrences. A predicted member matches a true
 * occurrence in the same article when their overlap is at least half of each span (one-to-one,
 * best first); an occurrence that no member matches is a singleton. `coverage` is the share of
 * true occurrences matched. The Quotebank-style baseline groups the same members by exact
 * equality after lower-casing and removing punctuation; it is also scored on the true spans.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { analyze } from "../src/analyze.js";
import {
  clusterMembers,
  clusterQuotes,
  MemorySource,
  type QuoteMember,
} from "../src/corpus/clusters/index.js";
import { InputError } from "../src/document/errors.js";
import { datasetFiles, readDataset } from "./data.js";
import { greedyOneToOne } from "./match.js";
import type { EvalOptions, EvalReport } from "./report.js";

export const CLUSTERS_FILE = "corpus/clusters.jsonl";

interface ClustersRecord {
  id: string;
  outlet?: string;
  dct?: string | null;
  text: string;
}

interface ClustersTruth {
  articles: { id: string; quotes: { start: number; end: number; cluster: number }[] }[];
}

/** A span of an article with the cluster it is put in. */
export interface Labelled {
  article: string;
  start: number;
  end: number;
  cluster: string;
}

/** The overlap of two spans if it is at least half of each, as a share of the longer; else 0. */
function overlapOfEach(a: Labelled, b: Labelled): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return common > 0 && 2 * common >= a.end - a.start && 2 * common >= b.end - b.start ? common / longer : 0;
}

/** For each true occurrence, the index of the predicted member that matches it (one-to-one), or -1. */
export function matchOccurrences(truth: readonly Labelled[], predicted: readonly Labelled[]): number[] {
  const byArticle = new Map<string, number[]>();
  predicted.forEach((p, i) => {
    byArticle.set(p.article, [...(byArticle.get(p.article) ?? []), i]);
  });
  const candidates: { g: number; p: number; score: number }[] = [];
  truth.forEach((t, g) => {
    for (const p of byArticle.get(t.article) ?? []) {
      const score = overlapOfEach(t, predicted[p]);
      if (score > 0) candidates.push({ g, p, score });
    }
  });
  const matched = truth.map(() => -1);
  for (const [g, p] of greedyOneToOne(candidates)) matched[g] = p;
  return matched;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  coverage: number;
}

/**
 * B-cubed over the true occurrences: each occurrence's precision is the share of its predicted
 * cluster (restricted to true occurrences) in its true cluster, its recall the share of its true
 * cluster in its predicted cluster; both are averaged over occurrences.
 */
export function bcubed(truth: readonly Labelled[], predicted: readonly Labelled[]): BCubed {
  const matched = matchOccurrences(truth, predicted);
  const pred = matched.map((p, g) => (p < 0 ? `unmatched ${g}` : `predicted ${predicted[p].cluster}`));
  const count = (labels: string[]) => {
    const n = new Map<string, number>();
    for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
    return n;
  };
  const both = count(truth.map((t, g) => `${t.cluster}\u0000${pred[g]}`));
  const ofTrue = count(truth.map((t) => t.cluster));
  const ofPred = count(pred);
  let precision = 0;
  let recall = 0;
  truth.forEach((t, g) => {
    const common = both.get(`${t.cluster}\u0000${pred[g]}`)!;
    precision += common / ofPred.get(pred[g])!;
    recall += common / ofTrue.get(t.cluster)!;
  });
  const n = truth.length;
  const [p, r] = n ? [precision / n, recall / n] : [1, 1];
  const coverage = n ? matched.filter((m) => m >= 0).length / n : 1;
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, coverage };
}

/** Quotebank's identity of quotations: the text lower-cased, punctuation removed, spaces collapsed. */
export function quotebankKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The truth file of a dataset file: `NAME.truth.json` beside `NAME.jsonl`, else the folder's only `.truth.json`. */
function truthPath(file: string): string {
  const path = file.replace(/\.jsonl$/, ".truth.json");
  if (existsSync(path)) return path;
  const others = readdirSync(dirname(file)).filter((f) => f.endsWith(".truth.json"));
  if (others.length === 1) return join(dirname(file), others[0]);
  throw new InputError(`no truth file '${basename(path)}' beside '${file}'`);
}

function readTruth(file: string): Map<string, ClustersTruth["articles"][number]["quotes"]> {
  const path = truthPath(file);
  const truth = JSON.parse(readFileSync(path, "utf8")) as ClustersTruth;
  return new Map(truth.articles.map((a) => [a.id, a.quotes]));
}

interface Scored {
  truth: Labelled[];
  /** The true spans clustered as predictions: by the baseline's key, and by dossier. */
  truthBaseline: Labelled[];
  truthOurs: Labelled[];
  members: (QuoteMember & { cluster: string })[];
}

/** Analyses one dataset file's records, clusters their quotes in order and labels the true spans. */
function scoreFile(file: string, index: number, records: ClustersRecord[], done: () => void): Scored {
  const truthOf = readTruth(file);
  const out: Scored = { truth: [], truthBaseline: [], truthOurs: [], members: [] };
  const quotes: QuoteMember[] = [];
  const trueQuotes: QuoteMember[] = [];
  for (const r of records) {
    const article = `${index}:${r.id}`;
    const analysis = analyze({ id: r.id, text: r.text, dct: r.dct ?? null, outlet: r.outlet ?? null });
    quotes.push(...clusterMembers(article, analysis));
    for (const t of truthOf.get(r.id) ?? []) {
      const text = r.text.slice(t.start, t.end);
      out.truth.push({ article, start: t.start, end: t.end, cluster: `${index}:${t.cluster}` });
      trueQuotes.push({
        id: `${article}/${trueQuotes.length}`,
        article,
        text,
        speaker: null,
        start: t.start,
        end: t.end,
      });
    }
    done();
  }
  const label = (qs: QuoteMember[]) => {
    const assigned = clusterQuotes(qs, new MemorySource());
    return qs.map((q) => ({ ...q, cluster: `${index}:${assigned.get(q.id)!.cluster}` }));
  };
  out.members = label(quotes);
  out.truthOurs = label(trueQuotes);
  out.truthBaseline = trueQuotes.map((q) => ({ ...q, cluster: quotebankKey(q.text) }));
  return out;
}

export function runClusters(options: EvalOptions): EvalReport {
  const files = datasetFiles(options.dataDir, CLUSTERS_FILE);
  const perFile = files.map((f) => readDataset<ClustersRecord>(f, CLUSTERS_FILE));
  let budget = options.limit ?? Number.POSITIVE_INFINITY;
  const chosen = perFile.map((records) => {
    const taken = records.slice(0, Math.max(0, budget));
    budget -= taken.length;
    return taken;
  });
  const total = chosen.reduce((n, r) => n + r.length, 0);
  let done = 0;
  const scored = chosen.map((records, i) =>
    scoreFile(files[i], i, records, () => options.progress?.(++done, total)),
  );
  const truth = scored.flatMap((s) => s.truth);
  const members = scored.flatMap((s) => s.members);
  return clustersReport(
    files,
    {
      ours: bcubed(truth, members),
      baseline: bcubed(
        truth,
        members.map((m) => ({ ...m, cluster: quotebankKey(m.text) })),
      ),
      oursTrue: bcubed(
        truth,
        scored.flatMap((s) => s.truthOurs),
      ),
      baselineTrue: bcubed(
        truth,
        scored.flatMap((s) => s.truthBaseline),
      ),
    },
    truth,
    members,
  );
}

function clustersReport(
  files: string[],
  f: { ours: BCubed; baseline: BCubed; oursTrue: BCubed; baselineTrue: BCubed },
  truth: Labelled[],
  members: (QuoteMember & { cluster: string })[],
): EvalReport {
  const row = (name: string, b: BCubed) => [name, b.precision, b.recall, b.f1, b.coverage];
  const matched = matchOccurrences(truth, members);
  const missed = truth.filter((_, g) => matched[g] < 0);
  return {
    task: "clusters",
    data: files.join(", "),
    figures: {
      precision: f.ours.precision,
      recall: f.ours.recall,
      f1: f.ours.f1,
      coverage: f.ours.coverage,
      baselinePrecision: f.baseline.precision,
      baselineRecall: f.baseline.recall,
      baselineF1: f.baseline.f1,
      trueSpansF1: f.oursTrue.f1,
      baselineTrueSpansF1: f.baselineTrue.f1,
      occurrences: truth.length,
      members: members.length,
      clusters: new Set(members.map((m) => m.cluster)).size,
    },
    table: [
      ["clustering", "B-cubed P", "B-cubed R", "B-cubed F1", "coverage"],
      row("dossier (shingle index, containment, word edits)", f.ours),
      row("Quotebank baseline, same predicted quotes", f.baseline),
      row("dossier, true spans (the clustering alone)", f.oursTrue),
      row("Quotebank baseline, true spans", f.baselineTrue),
    ],
    notes: [
      `${truth.length} true occurrences; ${members.length} predicted direct/mixed quotes (segments) in ${new Set(members.map((m) => m.cluster)).size} clusters`,
      ...missed.map(
        (t) =>
          `no predicted quote for the true occurrence ${t.article.replace(/^\d+:/, "")} ${t.start}-${t.end}`,
      ),
    ],
  };
}
