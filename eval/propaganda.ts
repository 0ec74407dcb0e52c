/**
 * Scorer for the propaganda dataset (see its README in ../shared/data/propaganda).
 *
 * SI (SemEval-2020 Task 11, `task-SI_scorer.py`): gold and predicted spans are merged where they
 * overlap within an article; P = Σ_s Σ_t |s∩t|/|s| / |S|, R = Σ_s Σ_t |s∩t|/|t| / |T|, summed over
 * the whole dataset (micro); F1 = 2PR/(P+R), 0 when P or R is 0, 1 when |S| = |T| = 0.
 * Label-aware (FLC, 2019 corpus paper): the same P/R, but spans are merged per technique and a
 * predicted span only counts against gold spans of its own technique.
 */
import type { Technique } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { datasetFiles, readDataset } from "./data.js";
import type { EvalOptions, EvalReport } from "./report.js";

export const PROPAGANDA_FILE = "propaganda/ptc-dev.jsonl";

/** Our own label that the corpus does not have; for label-aware scoring it counts as this corpus label. */
export const LABEL_MAP: Record<string, string> = { Vague_Attribution: "Appeal_to_Authority" };

export interface PtcSpan {
  start_utf16: number;
  end_utf16: number;
  technique?: string;
}

export interface PtcRecord {
  id: string;
  title?: string;
  text: string;
  spans: (PtcSpan & { technique: string })[];
  si_spans: PtcSpan[];
}

export type Range = [number, number];

/** Merges spans that share at least one index into their union (the scorer's `-m`); sorted output. */
export function mergeSpans(spans: readonly Range[]): Range[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export interface OverlapSums {
  /** Σ_s Σ_t |s∩t|/|s| */
  precisionSum: number;
  /** Σ_s Σ_t |s∩t|/|t| */
  recallSum: number;
  /** |S| and |T| after merging. */
  predicted: number;
  gold: number;
}

export function emptySums(): OverlapSums {
  return { precisionSum: 0, recallSum: 0, predicted: 0, gold: 0 };
}

/** Adds one article's merged spans to the sums; linear in the number of spans (both sides sorted). */
export function addArticle(sums: OverlapSums, predicted: readonly Range[], gold: readonly Range[]): void {
  const S = mergeSpans(predicted);
  const T = mergeSpans(gold);
  sums.predicted += S.length;
  sums.gold += T.length;
  let j0 = 0;
  for (const s of S) {
    while (j0 < T.length && T[j0][1] <= s[0]) j0++;
    for (let j = j0; j < T.length && T[j][0] < s[1]; j++) {
      const t = T[j];
      const inter = Math.min(s[1], t[1]) - Math.max(s[0], t[0]);
      if (inter > 0) {
        sums.precisionSum += inter / (s[1] - s[0]);
        sums.recallSum += inter / (t[1] - t[0]);
      }
    }
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(sums: OverlapSums): Prf {
  if (sums.predicted === 0 && sums.gold === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = sums.predicted ? sums.precisionSum / sums.predicted : 0;
  const recall = sums.gold ? sums.recallSum / sums.gold : 0;
  const f1 = precision > 0 && recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface LabelledRange {
  start: number;
  end: number;
  technique: string;
}

/** SI P/R/F1 over a set of articles: `predicted[i]` and `gold[i]` belong to the same article. */
export function scoreSi(predicted: readonly Range[][], gold: readonly Range[][]): Prf & OverlapSums {
  const sums = emptySums();
  for (let i = 0; i < gold.length; i++) addArticle(sums, predicted[i] ?? [], gold[i]);
  return { ...sums, ...prf(sums) };
}

/**
 * Label-aware (FLC) scores: spans are merged per technique on each side; only same-technique pairs
 * count. Returns the overall figures and the per-technique sums.
 */
export function scoreLabelled(
  predicted: readonly LabelledRange[][],
  gold: readonly LabelledRange[][],
): { overall: Prf & OverlapSums; perTechnique: Map<string, OverlapSums> } {
  const perTechnique = new Map<string, OverlapSums>();
  const overall = emptySums();
  for (let i = 0; i < gold.length; i++) {
    const byTech = new Map<string, { p: Range[]; g: Range[] }>();
    const slot = (t: string) => {
      let v = byTech.get(t);
      if (!v) {
        v = { p: [], g: [] };
        byTech.set(t, v);
      }
      return v;
    };
    for (const p of predicted[i] ?? []) slot(LABEL_MAP[p.technique] ?? p.technique).p.push([p.start, p.end]);
    for (const g of gold[i]) slot(g.technique).g.push([g.start, g.end]);
    for (const [tech, { p, g }] of byTech) {
      let sums = perTechnique.get(tech);
      if (!sums) {
        sums = emptySums();
        perTechnique.set(tech, sums);
      }
      addArticle(sums, p, g);
      addArticle(overall, p, g);
    }
  }
  return { overall: { ...overall, ...prf(overall) }, perTechnique };
}

/** Character precision of one predicted span against the (merged) gold spans: |s ∩ ∪T| / |s|. */
function coverage(start: number, end: number, gold: readonly Range[]): number {
  let inter = 0;
  for (const [s, e] of gold) {
    if (s >= end) break;
    inter += Math.max(0, Math.min(end, e) - Math.max(start, s));
  }
  return end > start ? inter / (end - start) : 0;
}

interface RuleStats {
  technique: string;
  items: number;
  /** Σ character precision against any gold span. */
  anyPrecision: number;
  /** Σ character precision against gold spans of the same technique. */
  labelPrecision: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** What the run gathers, article by article, before scoring. */
interface PropagandaRun {
  predictedSi: Range[][];
  goldSi: Range[][];
  predictedLab: LabelledRange[][];
  goldLab: LabelledRange[][];
  rules: Map<string, RuleStats>;
  /** Articles that failed to analyse, with the error. */
  failed: string[];
  /** Articles whose analysis came back with another text than the record's. */
  textMismatch: number;
}

export function runPropaganda(options: EvalOptions): EvalReport {
  const records = readDataset<PtcRecord>(options.dataDir, PROPAGANDA_FILE, options.limit);
  const run: PropagandaRun = {
    predictedSi: [],
    goldSi: [],
    predictedLab: [],
    goldLab: [],
    rules: new Map(),
    failed: [],
    textMismatch: 0,
  };
  records.forEach((record, index) => {
    addRecord(run, record);
    options.progress?.(index + 1, records.length);
  });
  const si = scoreSi(run.predictedSi, run.goldSi);
  const lab = scoreLabelled(run.predictedLab, run.goldLab);
  return {
    task: "propaganda",
    data: datasetFiles(options.dataDir, PROPAGANDA_FILE).join(", "),
    figures: propagandaFigures(records.length, si, lab.overall),
    table: propagandaTable(si, lab, run.rules),
    notes: propagandaNotes(run),
  };
}

/** Analyses one article and adds its predicted and gold spans and its per-rule precision to the run. */
function addRecord(run: PropagandaRun, record: PtcRecord): void {
  const techniques = predict(run, record);
  const gold: Range[] = record.si_spans.map((s) => [s.start_utf16, s.end_utf16]);
  run.goldSi.push(gold);
  run.predictedSi.push(techniques.map((t) => [t.start, t.end]));
  run.goldLab.push(
    record.spans.map((s) => ({ start: s.start_utf16, end: s.end_utf16, technique: s.technique })),
  );
  run.predictedLab.push(techniques.map((t) => ({ start: t.start, end: t.end, technique: t.technique })));
  addRuleStats(run.rules, techniques, mergeSpans(gold), goldByTechnique(record));
}

/** The article's techniques; none when it fails to analyse (the failure is noted). */
function predict(run: PropagandaRun, record: PtcRecord): Technique[] {
  try {
    const analysis = analyze({ id: record.id, text: record.text });
    if (analysis.text !== record.text) run.textMismatch++;
    return analysis.techniques;
  } catch (error) {
    run.failed.push(`${record.id}: ${(error as Error).message}`);
    return [];
  }
}

/** The article's gold spans by technique, merged. */
function goldByTechnique(record: PtcRecord): Map<string, Range[]> {
  const goldByTech = new Map<string, Range[]>();
  for (const s of record.spans) {
    const list = goldByTech.get(s.technique) ?? [];
    list.push([s.start_utf16, s.end_utf16]);
    goldByTech.set(s.technique, list);
  }
  for (const [k, v] of goldByTech) goldByTech.set(k, mergeSpans(v));
  return goldByTech;
}

/** Adds each item's character precision, against any gold span and against its own technique's, to its rule. */
function addRuleStats(
  rules: Map<string, RuleStats>,
  techniques: readonly Technique[],
  mergedGold: readonly Range[],
  goldByTech: Map<string, Range[]>,
): void {
  for (const t of techniques) {
    const id = t.rule ?? t.technique;
    let st = rules.get(id);
    if (!st) {
      st = { technique: t.technique, items: 0, anyPrecision: 0, labelPrecision: 0 };
      rules.set(id, st);
    }
    st.items++;
    st.anyPrecision += coverage(t.start, t.end, mergedGold);
    st.labelPrecision += coverage(
      t.start,
      t.end,
      goldByTech.get(LABEL_MAP[t.technique] ?? t.technique) ?? [],
    );
  }
}

function propagandaFigures(articles: number, si: Prf & OverlapSums, lab: Prf): Record<string, number> {
  return {
    articles,
    si_precision: r3(si.precision),
    si_recall: r3(si.recall),
    si_f1: r3(si.f1),
    label_precision: r3(lab.precision),
    label_recall: r3(lab.recall),
    label_f1: r3(lab.f1),
    predicted_spans: si.predicted,
    gold_spans: si.gold,
  };
}

/** The overall figures, then one row per technique (most gold spans first), then one per rule (most items first). */
function propagandaTable(
  si: Prf & OverlapSums,
  lab: ReturnType<typeof scoreLabelled>,
  rules: Map<string, RuleStats>,
): (string | number)[][] {
  const table: (string | number)[][] = [
    ["figure", "precision", "recall", "f1", "predicted", "gold"],
    ["SI (spans)", si.precision, si.recall, si.f1, si.predicted, si.gold],
    [
      "label-aware (FLC)",
      lab.overall.precision,
      lab.overall.recall,
      lab.overall.f1,
      lab.overall.predicted,
      lab.overall.gold,
    ],
    ["", "", "", "", "", ""],
    ["technique", "precision", "recall", "f1", "predicted", "gold"],
  ];
  const techs = [...lab.perTechnique.entries()].sort((a, b) => b[1].gold - a[1].gold);
  for (const [tech, sums] of techs) {
    const p = prf(sums);
    table.push([tech, p.precision, p.recall, p.f1, sums.predicted, sums.gold]);
  }
  table.push(["", "", "", "", "", ""]);
  table.push(["rule", "technique", "char-prec(any)", "char-prec(label)", "items", ""]);
  const ruleRows = [...rules.entries()].sort((a, b) => b[1].items - a[1].items);
  for (const [id, st] of ruleRows) {
    table.push([id, st.technique, st.anyPrecision / st.items, st.labelPrecision / st.items, st.items, ""]);
  }
  return table;
}

function propagandaNotes(run: PropagandaRun): string[] {
  const notes = [
    "SI: official SemEval-2020 SI formulas with overlapping predictions merged (-m); label-aware: FLC-style per-technique merge and match.",
    `Vague_Attribution counts as ${LABEL_MAP.Vague_Attribution} for the label-aware figures.`,
    "Per-rule precision: mean over the rule's items of the share of its characters inside gold spans (any technique / same technique).",
  ];
  if (run.failed.length)
    notes.push(
      `${run.failed.length} articles failed to analyse (scored as no predictions): ${run.failed.slice(0, 3).join("; ")}`,
    );
  if (run.textMismatch)
    notes.push(
      `${run.textMismatch} articles came back with a different text: their offsets may not match the gold.`,
    );
  return notes;
}
