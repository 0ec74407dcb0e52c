/**
 * Scorer for the ner dataset (CoNLL-2003 dev, see ../shared/data/ner/README.md): every document is
 * analysed, every entity mention becomes a predicted span typed by the project's mapping
 * (person -> PER, organization -> ORG, country and place -> LOC, everything else -> MISC),
 * snapped to the given token boundaries, and scored by exact span+type match (conlleval micro
 * P/R/F1, plus per type).
 */
import type { Analysis, EntityType } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { datasetFiles, readDataset } from "./data.js";
import type { EvalOptions, EvalReport } from "./report.js";
import { leftmostLongest } from "../src/util/sorted.js";

export const NER_FILE = "ner/conll2003_dev.documents.jsonl";
export const NER_TYPES = ["LOC", "MISC", "ORG", "PER"] as const;
export type NerType = (typeof NER_TYPES)[number];

export interface NerSpan {
  start: number;
  end: number;
  type: NerType | string;
}

interface NerDocument {
  id: string;
  text: string;
  sentences: [number, number][];
  entities: (NerSpan & { text: string })[];
}

/** The project's entity type -> CoNLL type mapping (../shared/DESIGN.md). */
export function nerType(type: EntityType): NerType {
  switch (type) {
    case "person":
      return "PER";
    case "organization":
      return "ORG";
    case "country":
    case "place":
      return "LOC";
    default:
      return "MISC";
  }
}

/** Token spans of a space-tokenised text. */
export function tokenSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Predicted spans of an analysis: every named mention (descriptions such as "the expert", which
 * start with a lower-case letter, are not names) widened to the tokens it touches. Overlapping
 * spans keep the first (longest at equal start).
 */
export function predictedSpans(a: Analysis, tokens: readonly [number, number][]): NerSpan[] {
  const raw: NerSpan[] = [];
  for (const e of a.entities)
    for (const m of e.mentions) {
      if (!/^[\p{Lu}\p{N}]/u.test(m.text)) continue;
      raw.push({ start: m.start, end: m.end, type: nerType(e.type) });
    }
  const snapped = raw.map((s) => snap(s, tokens)).filter((s): s is NerSpan => s !== null);
  return leftmostLongest(snapped);
}

/** Widens a span to the boundaries of the tokens it overlaps (binary search over sorted tokens). */
export function snap(s: NerSpan, tokens: readonly [number, number][]): NerSpan | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid][1] <= s.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || tokens[lo][0] >= s.end) return null;
  let last = lo;
  while (last + 1 < tokens.length && tokens[last + 1][0] < s.end) last++;
  return { start: tokens[lo][0], end: tokens[last][1], type: s.type };
}

export interface NerCounts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Exact span+type matches of one document, pooled into `counts` (overall and per type). */
export function countMatches(
  gold: readonly NerSpan[],
  predicted: readonly NerSpan[],
  counts: Map<string, NerCounts>,
) {
  const bump = (type: string, field: keyof NerCounts) => {
    for (const k of ["ALL", type]) {
      const c = counts.get(k) ?? { tp: 0, predicted: 0, gold: 0 };
      c[field]++;
      counts.set(k, c);
    }
  };
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const g of gold) bump(g.type, "gold");
  for (const p of predicted) {
    bump(p.type, "predicted");
    if (goldKeys.has(`${p.start}:${p.end}:${p.type}`)) bump(p.type, "tp");
  }
}

export function prf(c: NerCounts | undefined): { precision: number; recall: number; f1: number } {
  if (!c) return { precision: 0, recall: 0, f1: 0 };
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function runNer(options: EvalOptions): EvalReport {
  const docs = readDataset<NerDocument>(options.dataDir, NER_FILE, options.limit);
  const counts = new Map<string, NerCounts>();
  let ms = 0;
  let words = 0;
  docs.forEach((doc, i) => {
    const t0 = performance.now();
    const a = analyze({ id: doc.id, text: doc.text });
    ms += performance.now() - t0;
    const tokens = tokenSpans(doc.text);
    words += tokens.length;
    countMatches(doc.entities, predictedSpans(a, tokens), counts);
    options.progress?.(i + 1, docs.length);
  });
  const all = prf(counts.get("ALL"));
  const figures: Record<string, number> = {
    f1: all.f1,
    precision: all.precision,
    recall: all.recall,
    documents: docs.length,
    msPerDocument: docs.length ? ms / docs.length : 0,
    wordsPerSecond: ms ? (words * 1000) / ms : 0,
  };
  const table: (string | number)[][] = [
    ["type", "precision", "recall", "f1", "gold", "predicted", "correct"],
  ];
  for (const type of ["ALL", ...NER_TYPES]) {
    const c = counts.get(type) ?? { tp: 0, predicted: 0, gold: 0 };
    const p = prf(c);
    if (type !== "ALL") figures[`f1_${type}`] = p.f1;
    table.push([type, p.precision, p.recall, p.f1, c.gold, c.predicted, c.tp]);
  }
  return {
    task: "ner",
    data: datasetFiles(options.dataDir, NER_FILE).join(", "),
    figures,
    table,
    notes: [
      "exact span+type micro F1 (conlleval); mapping person->PER, organization->ORG, country/place->LOC, other types (nationalities, events, works)->MISC",
      `full pipeline (analyze) ${figures.msPerDocument.toFixed(1)} ms per document`,
    ],
  };
}
