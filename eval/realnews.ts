/**
 * Scorer for realnews-dev (../shared/data/quotes/realnews-dev.README.md): real news articles with
 * every attribution of speech or writing and its source, marked by a careful reader.
 *
 * The README's strict metric: a prediction and a gold item pair up when their character spans
 * overlap by at least half of the shorter span; pairs are taken one-to-one, best overlap first. A
 * paired prediction is correct when it names the same source: the same person or organisation (a
 * surname alone matches the full name; a joint source needs every part), or, for a gold item
 * marked anonymous, a prediction marked anonymous. Precision = correct / predictions; recall =
 * correctly matched gold items / gold items. Beliefs and intentions are not attributions of speech
 * there, so predictions whose cue is a belief or an intention are left out; each segment of an
 * interrupted quotation is its own item, as in the dataset.
 */
import type { Quote } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { datasetFiles, readDataset } from "./data.js";
import { greedyOneToOne } from "./match.js";
import type { EvalOptions, EvalReport } from "./report.js";

export const REALNEWS_FILE = "quotes/realnews-dev.jsonl";
/** Spans pair up when they overlap by at least this share of the shorter one. */
export const MIN_OVERLAP = 0.5;

export interface RealnewsItem {
  start: number;
  end: number;
  text: string;
  kind: "direct" | "mixed" | "indirect";
  speaker: string;
  speaker_mention?: string;
  anonymous: boolean;
  via: string | null;
}

export interface RealnewsRecord {
  id: string;
  outlet?: string;
  published?: string | null;
  text: string;
  quotes: RealnewsItem[];
}

export type ScoredPrediction = Pick<Quote, "start" | "end" | "speaker" | "via"> & {
  cue?: Quote["cue"];
  segments?: Quote["segments"];
};

/** Share of the shorter of two spans that they have in common. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shorter > 0 && common > 0 ? common / shorter : 0;
}

/** One-to-one pairs [gold, predicted] overlapping by MIN_OVERLAP or more, best overlap first. */
export function pairItems(
  gold: readonly { start: number; end: number }[],
  pred: readonly { start: number; end: number }[],
): [number, number][] {
  const pairs: { g: number; p: number; score: number }[] = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++) {
      const score = overlapShare(gold[g], pred[p]);
      if (score >= MIN_OVERLAP) pairs.push({ g, p, score });
    }
  return greedyOneToOne(pairs);
}

/** Words that do not identify a source on their own (articles, titles, honorifics). */
const UNIDENTIFYING = new Set(
  "the a an of for and mr mrs ms dr sen rep gov president minister secretary spokesperson spokesman spokeswoman".split(
    " ",
  ),
);

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !UNIDENTIFYING.has(w));
}

/** "U.S." -> "us"; "United Kingdom" -> "uk": how a name and its initials meet. */
function initials(words: readonly string[]): string {
  if (words.length === 1) return words[0];
  return words.every((w) => w.length === 1) ? words.join("") : words.map((w) => w[0]).join("");
}

/**
 * One source named two ways: equal words, the same last word (a surname), one name within the
 * other, or one name the initials of the other ("UK" and "United Kingdom").
 */
function sameSingleSource(gold: string, predicted: string): boolean {
  const g = nameWords(gold);
  const p = nameWords(predicted);
  if (g.length === 0 || p.length === 0) return false;
  if (g.at(-1) === p.at(-1)) return true;
  if ((g.length > 1 || p.length > 1) && initials(g).length > 1 && initials(g) === initials(p)) return true;
  const [shorter, longer] = g.length <= p.length ? [g, p] : [p, g];
  return shorter.every((w) => longer.includes(w));
}

/** A joint gold source ("Tova Noel and Michael Thomas") is matched only by a name holding every part. */
export function sameSource(gold: string, predicted: string): boolean {
  const parts = gold.split(/\s+and\s+|\s*,\s*/).filter((p) => nameWords(p).length > 0);
  if (parts.length > 1 && nameWords(parts[0]).length > 1)
    return parts.every((part) => sameSingleSource(part, predicted));
  return sameSingleSource(gold, predicted);
}

export function speakerMatches(gold: RealnewsItem, pred: ScoredPrediction): boolean {
  if (!pred.speaker) return false;
  if (gold.anonymous) return pred.speaker.anonymous;
  return sameSource(gold.speaker, pred.speaker.name);
}

export interface RealnewsCounts {
  predicted: number;
  gold: number;
  paired: number;
  correct: number;
  goldByKind: Record<string, number>;
  correctByKind: Record<string, number>;
  viaGold: number;
  viaCorrect: number;
}

export function emptyRealnewsCounts(): RealnewsCounts {
  const kinds = () => ({ direct: 0, mixed: 0, indirect: 0 });
  return {
    predicted: 0,
    gold: 0,
    paired: 0,
    correct: 0,
    goldByKind: kinds(),
    correctByKind: kinds(),
    viaGold: 0,
    viaCorrect: 0,
  };
}

/** Speech only: beliefs and intentions are not attributions in this dataset. */
export const isSpeech = (q: ScoredPrediction) => !q.cue?.type || q.cue.type === "speech";

/**
 * The items a prediction stands for: a quotation interrupted by its attribution ("A," she said,
 * "B.") is one quote with two segments in the Analysis and two items in this dataset.
 */
export function predictedItems(q: ScoredPrediction): ScoredPrediction[] {
  if (!q.segments || q.segments.length < 2) return [q];
  return q.segments.map(([start, end]) => ({ ...q, start, end, segments: undefined }));
}

/** Adds one article to the counts; returns the paired [gold, predicted] indices with their correctness. */
export function scoreRealnewsArticle(
  counts: RealnewsCounts,
  gold: readonly RealnewsItem[],
  predictions: readonly ScoredPrediction[],
): { g: number; p: number; correct: boolean }[] {
  const speech = predictions.filter(isSpeech);
  const pred = speech.flatMap(predictedItems);
  const source = speech.flatMap((q) => predictedItems(q).map(() => predictions.indexOf(q)));
  counts.predicted += pred.length;
  counts.gold += gold.length;
  for (const g of gold) counts.goldByKind[g.kind]++;
  return pairItems(gold, pred).map(([g, p]) => {
    const correct = speakerMatches(gold[g], pred[p]);
    counts.paired++;
    if (correct) {
      counts.correct++;
      counts.correctByKind[gold[g].kind]++;
    }
    const via = gold[g].via;
    if (via) {
      counts.viaGold++;
      if (pred[p].via.some((v) => sameSource(via, v))) counts.viaCorrect++;
    }
    return { g, p: source[p], correct };
  });
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export function realnewsFigures(c: RealnewsCounts) {
  const precision = ratio(c.correct, c.predicted);
  const recall = ratio(c.correct, c.gold);
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    pairedWrongSpeaker: c.paired - c.correct,
    recallDirect: ratio(c.correctByKind.direct, c.goldByKind.direct),
    recallMixed: ratio(c.correctByKind.mixed, c.goldByKind.mixed),
    recallIndirect: ratio(c.correctByKind.indirect, c.goldByKind.indirect),
    viaAccuracy: ratio(c.viaCorrect, c.viaGold),
  };
}

export function runRealnews(options: EvalOptions): EvalReport {
  const records = readDataset<RealnewsRecord>(options.dataDir, REALNEWS_FILE, options.limit);
  const counts = emptyRealnewsCounts();
  const notes: string[] = [];
  records.forEach((r, i) => {
    const analysis = analyze({ id: r.id, text: r.text, dct: r.published ?? null, outlet: r.outlet ?? null });
    if (analysis.text !== r.text) notes.push(`${r.id}: text changed by ingest; offsets may not align`);
    scoreRealnewsArticle(counts, r.quotes, analysis.quotes);
    options.progress?.(i + 1, records.length);
  });
  const f = realnewsFigures(counts);
  const kindRow = (kind: "direct" | "mixed" | "indirect", value: number) => [
    `recall ${kind}`,
    value,
    `${counts.correctByKind[kind]}/${counts.goldByKind[kind]}`,
  ];
  return {
    task: "realnews",
    data: datasetFiles(options.dataDir, REALNEWS_FILE).join(", "),
    figures: { ...f },
    table: [
      ["figure", "value", "count"],
      ["precision (quote and speaker)", f.precision, `${counts.correct}/${counts.predicted}`],
      ["recall (quote and speaker)", f.recall, `${counts.correct}/${counts.gold}`],
      ["f1", f.f1, ""],
      ["paired, wrong speaker", f.pairedWrongSpeaker, `of ${counts.paired} paired`],
      kindRow("direct", f.recallDirect),
      kindRow("mixed", f.recallMixed),
      kindRow("indirect", f.recallIndirect),
      ["via accuracy (paired items with a via)", f.viaAccuracy, `${counts.viaCorrect}/${counts.viaGold}`],
    ],
    notes: [
      ...notes,
      `${records.length} articles; pair: overlap >= ${MIN_OVERLAP} of the shorter span, one-to-one, best first; correct: same source (anonymous for anonymous gold); beliefs/intentions not scored; each segment of an interrupted quotation is an item`,
    ],
  };
}
