/**
 * Scorer for the time dataset (TempEval-3 Task A, timex part; see ../shared/data/time/README.md).
 * Per corpus, micro-averaged over all documents: relaxed matches are overlapping spans paired one to
 * one (greatest overlap first, then leftmost); a relaxed match is strict when the spans cover the same
 * text (surrounding whitespace ignored). Value and type are judged on relaxed matches only, and
 * value F1 = value accuracy x relaxed F1 (likewise type F1).
 */
import { analyze } from "../src/analyze.js";
import { datasetFiles, readDataset } from "./data.js";
import type { EvalOptions, EvalReport } from "./report.js";

export const TIME_FILE = "time/timebank_tbaq.jsonl";

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimeCounts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  valueCorrect: number;
  typeCorrect: number;
}

export interface TimeScores extends TimeCounts {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAccuracy: number;
  valueF1: number;
  typeAccuracy: number;
  typeF1: number;
}

/** A span without its surrounding whitespace, as the official scorer compares token strings. */
function trimmed(text: string, s: { start: number; end: number }): [number, number] {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

/**
 * Pairs gold and system timexes of one document one to one: among overlapping pairs, the greatest
 * overlap first, ties broken by the leftmost (gold start, then system start).
 */
export function matchTimexes(
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
): [number, number][] {
  const pairs: { g: number; s: number; overlap: number }[] = [];
  const sys = system.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  // Sweep: for each gold span, the system spans that start before it ends and end after it starts.
  for (let g = 0; g < gold.length; g++) {
    const gs = gold[g];
    for (const { s, i } of sys) {
      if (s.start >= gs.end) break;
      const overlap = Math.min(s.end, gs.end) - Math.max(s.start, gs.start);
      if (overlap > 0) pairs.push({ g, s: i, overlap });
    }
  }
  pairs.sort(
    (a, b) =>
      b.overlap - a.overlap || gold[a.g].start - gold[b.g].start || system[a.s].start - system[b.s].start,
  );
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.add(p.g);
    usedS.add(p.s);
    out.push([p.g, p.s]);
  }
  return out;
}

export function emptyCounts(): TimeCounts {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, valueCorrect: 0, typeCorrect: 0 };
}

/** Adds one document's matches to the running counts. */
export function countDocument(
  counts: TimeCounts,
  text: string,
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
): void {
  counts.gold += gold.length;
  counts.system += system.length;
  for (const [g, s] of matchTimexes(gold, system)) {
    counts.relaxed++;
    const [ga, gb] = trimmed(text, gold[g]);
    const [sa, sb] = trimmed(text, system[s]);
    if (ga === sa && gb === sb) counts.strict++;
    if (gold[g].value === system[s].value) counts.valueCorrect++;
    if (gold[g].type === system[s].type) counts.typeCorrect++;
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scores(c: TimeCounts): TimeScores {
  const strictP = ratio(c.strict, c.system);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.system);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = ratio(c.valueCorrect, c.relaxed);
  const typeAccuracy = ratio(c.typeCorrect, c.relaxed);
  return {
    ...c,
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAccuracy,
    valueF1: valueAccuracy * relaxedF1,
    typeAccuracy,
    typeF1: typeAccuracy * relaxedF1,
  };
}

interface TimeRecord {
  id: string;
  text: string;
  dct?: string | null;
  timexes: (ScoredTimex & { text: string })[];
}

export function runTime(options: EvalOptions): EvalReport {
  const docs = readDataset<TimeRecord>(options.dataDir, TIME_FILE, options.limit);
  const counts = emptyCounts();
  let ms = 0;
  let chars = 0;
  docs.forEach((doc, i) => {
    const t0 = performance.now();
    const a = analyze({ id: doc.id, text: doc.text, dct: doc.dct ?? undefined });
    ms += performance.now() - t0;
    chars += doc.text.length;
    if (a.text !== doc.text) throw new Error(`document ${doc.id}: the pipeline changed the text`);
    countDocument(counts, doc.text, doc.timexes, a.timexes);
    options.progress?.(i + 1, docs.length);
  });
  const s = scores(counts);
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return {
    task: "time",
    data: datasetFiles(options.dataDir, TIME_FILE).join(", "),
    figures: {
      strictP: s.strictP,
      strictR: s.strictR,
      strictF1: s.strictF1,
      relaxedP: s.relaxedP,
      relaxedR: s.relaxedR,
      relaxedF1: s.relaxedF1,
      valueAccuracy: s.valueAccuracy,
      valueF1: s.valueF1,
      typeAccuracy: s.typeAccuracy,
      typeF1: s.typeF1,
      gold: s.gold,
      system: s.system,
      relaxedMatches: s.relaxed,
      strictMatches: s.strict,
      documents: docs.length,
      msPerArticle: docs.length ? ms / docs.length : 0,
    },
    table: [
      ["figure", "P", "R", "F1"],
      ["strict", pct(s.strictP), pct(s.strictR), pct(s.strictF1)],
      ["relaxed", pct(s.relaxedP), pct(s.relaxedR), pct(s.relaxedF1)],
      ["value", "", `acc ${pct(s.valueAccuracy)}`, pct(s.valueF1)],
      ["type", "", `acc ${pct(s.typeAccuracy)}`, pct(s.typeF1)],
      ["counts", `gold ${s.gold}`, `system ${s.system}`, `relaxed ${s.relaxed} strict ${s.strict}`],
      [
        "speed",
        `${docs.length} docs`,
        `${(docs.length ? ms / docs.length : 0).toFixed(2)} ms/article`,
        `${chars ? ((ms / chars) * 1000).toFixed(3) : 0} ms/1000 chars`,
      ],
    ],
  };
}
