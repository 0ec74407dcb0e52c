/**
 * Scorer for the quotes dataset (PolNeAR, see its README in ../shared/data/quotes).
 *
 * The metric is the SFU Gender Gap Tracker's matching, made one-to-one: a (gold, predicted) pair
 * counts when the predicted `[start, end)` covers more than 0.3 of the gold quote's `segments`;
 * pairs are taken greedily, largest share first, each quote at most once. Precision, recall and F1
 * are pooled over all articles; recall is also given per gold `type`. Speaker accuracy is measured
 * over matched pairs whose gold quote has a Source.
 */
import type { Quote } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { datasetFiles, readDataset } from "./data.js";
import { greedyOneToOne } from "./match.js";
import type { EvalOptions, EvalReport } from "./report.js";

export const QUOTES_FILE = "quotes/polnear-dev.jsonl";
/** A pair counts when the predicted span covers more than this share of the gold content. */
export const MIN_SHARE = 0.3;

export interface GoldQuote {
  start: number;
  end: number;
  type: "direct" | "mixed" | "indirect";
  segments: [number, number][];
  speaker: string | null;
  speaker_start?: number | null;
  speaker_end?: number | null;
  speaker_segments?: [number, number][];
}

export interface QuotesRecord {
  id: string;
  date?: string;
  text: string;
  quotes: GoldQuote[];
}

/** What the scorer needs of a predicted quote. */
export type PredictedQuote = Pick<Quote, "start" | "end" | "speaker">;

export interface QuoteCounts {
  predicted: number;
  gold: number;
  matched: number;
  goldByType: Record<string, number>;
  matchedByType: Record<string, number>;
  /** Matched pairs whose gold quote has a Source. */
  speakerPairs: number;
  speakerCorrect: number;
}

export function emptyCounts(): QuoteCounts {
  return {
    predicted: 0,
    gold: 0,
    matched: 0,
    goldByType: { direct: 0, mixed: 0, indirect: 0 },
    matchedByType: { direct: 0, mixed: 0, indirect: 0 },
    speakerPairs: 0,
    speakerCorrect: 0,
  };
}

/** Share of the gold quote's segment characters that `[start, end)` covers. */
export function coveredShare(gold: GoldQuote, start: number, end: number): number {
  let total = 0;
  let covered = 0;
  for (const [s, e] of gold.segments) {
    total += e - s;
    covered += Math.max(0, Math.min(e, end) - Math.max(s, start));
  }
  return total > 0 ? covered / total : 0;
}

/** Greedy one-to-one matching: pairs over MIN_SHARE, largest share first. Returns [gold, pred] pairs. */
export function matchQuotes(gold: readonly GoldQuote[], pred: readonly PredictedQuote[]): [number, number][] {
  const pairs: { g: number; p: number; score: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const score = coveredShare(gold[g], pred[p].start, pred[p].end);
      if (score > MIN_SHARE) pairs.push({ g, p, score });
    }
  }
  return greedyOneToOne(pairs);
}

const PRONOUNS = new Set(
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one this that these those who whom which himself herself themselves itself myself ourselves yourself".split(
    " ",
  ),
);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== "");
}

/**
 * The speaker rule: the predicted mention overlaps the gold Source span, or the gold Source is a
 * name (not a pronoun) whose last word is a word of the predicted canonical name.
 */
export function speakerCorrect(gold: GoldQuote, pred: PredictedQuote): boolean {
  const sp = pred.speaker;
  if (!sp || gold.speaker == null) return false;
  const spans: [number, number][] =
    gold.speaker_segments && gold.speaker_segments.length > 0
      ? gold.speaker_segments
      : gold.speaker_start != null && gold.speaker_end != null
        ? [[gold.speaker_start, gold.speaker_end]]
        : [];
  if (sp.end > sp.start && spans.some(([s, e]) => Math.min(e, sp.end) > Math.max(s, sp.start))) return true;
  const goldWords = words(gold.speaker);
  if (goldWords.length === 0) return false;
  if (goldWords.length === 1 && PRONOUNS.has(goldWords[0])) return false;
  const last = goldWords[goldWords.length - 1];
  if (PRONOUNS.has(last)) return false;
  return words(sp.name).includes(last);
}

/** Adds one article's gold and predicted quotes to the pooled counts. */
export function scoreArticle(
  counts: QuoteCounts,
  gold: readonly GoldQuote[],
  pred: readonly PredictedQuote[],
): [number, number][] {
  counts.predicted += pred.length;
  counts.gold += gold.length;
  for (const g of gold) counts.goldByType[g.type] = (counts.goldByType[g.type] ?? 0) + 1;
  const pairs = matchQuotes(gold, pred);
  for (const [g, p] of pairs) {
    counts.matched++;
    counts.matchedByType[gold[g].type] = (counts.matchedByType[gold[g].type] ?? 0) + 1;
    if (gold[g].speaker != null) {
      counts.speakerPairs++;
      if (speakerCorrect(gold[g], pred[p])) counts.speakerCorrect++;
    }
  }
  return pairs;
}

export interface QuoteFigures {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  recallDirect: number;
  recallMixed: number;
  recallIndirect: number;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export function figures(c: QuoteCounts): QuoteFigures {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: ratio(c.speakerCorrect, c.speakerPairs),
    recallDirect: ratio(c.matchedByType.direct ?? 0, c.goldByType.direct ?? 0),
    recallMixed: ratio(c.matchedByType.mixed ?? 0, c.goldByType.mixed ?? 0),
    recallIndirect: ratio(c.matchedByType.indirect ?? 0, c.goldByType.indirect ?? 0),
  };
}

export function runQuotes(options: EvalOptions): EvalReport {
  const records = readDataset<QuotesRecord>(options.dataDir, QUOTES_FILE, options.limit);
  const counts = emptyCounts();
  const notes: string[] = [];
  records.forEach((r, i) => {
    const analysis = analyze({ id: r.id, text: r.text, dct: r.date ?? null });
    if (analysis.text !== r.text) notes.push(`${r.id}: text changed by ingest; offsets may not align`);
    scoreArticle(counts, r.quotes, analysis.quotes);
    options.progress?.(i + 1, records.length);
  });
  const f = figures(counts);
  return {
    task: "quotes",
    data: datasetFiles(options.dataDir, QUOTES_FILE).join(", "),
    figures: { ...f },
    table: [
      ["figure", "value", "count"],
      ["precision", f.precision, `${counts.matched}/${counts.predicted}`],
      ["recall", f.recall, `${counts.matched}/${counts.gold}`],
      ["f1", f.f1, ""],
      ["speaker accuracy", f.speakerAccuracy, `${counts.speakerCorrect}/${counts.speakerPairs}`],
      ["recall direct", f.recallDirect, `${counts.matchedByType.direct}/${counts.goldByType.direct}`],
      ["recall mixed", f.recallMixed, `${counts.matchedByType.mixed}/${counts.goldByType.mixed}`],
      ["recall indirect", f.recallIndirect, `${counts.matchedByType.indirect}/${counts.goldByType.indirect}`],
    ],
    notes: [
      ...notes,
      `${records.length} articles; match: share of gold segments covered > ${MIN_SHARE}, greedy one-to-one`,
    ],
  };
}
