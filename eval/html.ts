/**
 * Scorer for the html dataset (../shared/data/html/README.md): the Zyte article-extraction
 * benchmark's evaluate.py, ported. Tokens are maximal runs of word characters, each text is the
 * multiset of its 4-token shingles, every page is normalised to weigh the same, and F1 is taken
 * of the macro-averaged precision and recall.
 */
import { buildDocument } from "../src/document/index.js";
import { datasetFiles, readDataset } from "./data.js";
import type { EvalOptions, EvalReport } from "./report.js";

const FILE = "html/article-extraction-dev.jsonl";
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

interface HtmlRecord {
  id: string;
  html: string;
  url?: string;
  articleBody: string;
}

/** The word tokens of a text (Python `re.findall(r'\w+', text)`). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The multiset of 4-token shingles; 1-3 tokens give one shorter shingle, none give none. */
export function shingles(tokens: string[], n = SHINGLE): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length === 0) return counts;
  if (tokens.length < n) {
    add(tokens.join("\u0001"));
    return counts;
  }
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join("\u0001"));
  return counts;
}

/** Per-page counts, each divided by tp+fp+fn when that is positive. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(gold: string, pred: string): PageCounts {
  const g = shingles(tokenize(gold));
  const p = shingles(tokenize(pred));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const gc = g.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
  }
  for (const [key, gc] of g) fn += Math.max(0, gc - (p.get(key) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) return { tp: tp / total, fp: fp / total, fn: fn / total };
  return { tp, fp, fn };
}

export function pagePrecision(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
}

export function pageRecall(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface HtmlScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Pages in the precision mean (tp+fp > 0) and in the recall mean (tp+fn > 0). */
  nPrecision: number;
  nRecall: number;
  n: number;
}

/** Scores aligned gold/prediction pairs with the benchmark's metric. */
export function scoreHtml(pairs: { gold: string; pred: string }[]): HtmlScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { gold, pred } of pairs) {
    const c = pageCounts(gold, pred);
    if (c.tp + c.fp > 0) precisions.push(pagePrecision(c));
    if (c.tp + c.fn > 0) recalls.push(pageRecall(c));
    const gt = tokenize(gold);
    const pt = tokenize(pred);
    if (gt.length === pt.length && gt.every((t, i) => t === pt[i])) exact++;
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    accuracy: pairs.length ? exact / pairs.length : 0,
    nPrecision: precisions.length,
    nRecall: recalls.length,
    n: pairs.length,
  };
}

/** The scored body of an HTML page: its paragraph and heading blocks, blank-line separated. */
export function bodyText(html: string, url?: string): string {
  const doc = buildDocument({ id: "page", html, url });
  return doc.blocks
    .filter((b) => b.type === "paragraph" || b.type === "heading")
    .map((b) => doc.text.slice(b.start, b.end))
    .join("\n\n");
}

export function runHtml(options: EvalOptions): EvalReport {
  const records = readDataset<HtmlRecord>(options.dataDir, FILE, options.limit);
  const pairs: { id: string; gold: string; pred: string }[] = [];
  const started = performance.now();
  let missing = 0;
  for (const [i, r] of records.entries()) {
    let pred = "";
    try {
      pred = bodyText(r.html, r.url);
    } catch {
      missing++;
    }
    pairs.push({ id: r.id, gold: r.articleBody, pred });
    options.progress?.(i + 1, records.length);
  }
  const ms = performance.now() - started;
  const s = scoreHtml(pairs);
  const msPerPage = records.length ? ms / records.length : 0;
  const worst = pairs
    .map((p) => {
      const c = pageCounts(p.gold, p.pred);
      return { id: p.id, p: pagePrecision(c), r: pageRecall(c) };
    })
    .filter((w) => w.p < 0.9 || w.r < 0.9)
    .sort((a, b) => a.p + a.r - (b.p + b.r))
    .slice(0, 10);
  return {
    task: "html",
    data: datasetFiles(options.dataDir, FILE).join(", "),
    figures: {
      f1: s.f1,
      precision: s.precision,
      recall: s.recall,
      accuracy: s.accuracy,
      n: s.n,
      missing,
      extra: 0,
      msPerPage,
    },
    table: [
      ["figure", "value"],
      ["F1", s.f1],
      ["precision", s.precision],
      ["recall", s.recall],
      ["accuracy", s.accuracy],
      ["pages", s.n],
      ["pages in precision", s.nPrecision],
      ["missing (extraction failed)", missing],
      ["ms/page", msPerPage],
    ],
    notes: worst.map((w) => `weak page ${w.id.slice(0, 12)}: P ${w.p.toFixed(3)} R ${w.r.toFixed(3)}`),
  };
}
