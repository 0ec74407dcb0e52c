import { describe, expect, it } from "vitest";
import {
  coveredShare,
  emptyCounts,
  figures,
  type GoldQuote,
  matchQuotes,
  type PredictedQuote,
  scoreArticle,
  speakerCorrect,
} from "../eval/quotes.js";

const gold = (start: number, end: number, extra: Partial<GoldQuote> = {}): GoldQuote => ({
  start,
  end,
  type: "indirect",
  segments: [[start, end]],
  speaker: null,
  ...extra,
});
const pred = (start: number, end: number, speaker: PredictedQuote["speaker"] = null): PredictedQuote => ({
  start,
  end,
  speaker,
});
const sp = (start: number, end: number, name: string): NonNullable<PredictedQuote["speaker"]> => ({
  start,
  end,
  name,
  entity: null,
  anonymous: false,
  resolvedBy: "name",
});

describe("quotes scorer", () => {
  it("measures coverage over segments only, not the gap between them", () => {
    const g = gold(0, 100, {
      segments: [
        [0, 10],
        [90, 100],
      ],
    });
    expect(coveredShare(g, 0, 50)).toBeCloseTo(0.5);
    expect(coveredShare(g, 20, 80)).toBe(0);
  });

  it("needs more than 0.3 of the gold content", () => {
    expect(matchQuotes([gold(0, 10)], [pred(0, 3)])).toEqual([]);
    expect(matchQuotes([gold(0, 10)], [pred(0, 4)])).toEqual([[0, 0]]);
  });

  it("matches one-to-one, largest share first", () => {
    // the first prediction covers half of gold 0 and all of gold 1; the second all of gold 0
    const g = [gold(0, 10), gold(10, 20)];
    const p = [pred(5, 20), pred(0, 10)];
    const pairs = matchQuotes(g, p);
    expect(pairs).toHaveLength(2);
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs).toContainEqual([1, 0]);
    // two predictions for one gold quote: only one counts
    expect(matchQuotes([gold(0, 10)], [pred(0, 10), pred(0, 9)])).toEqual([[0, 0]]);
  });

  it("pools precision, recall, F1 and recall by type", () => {
    const c = emptyCounts();
    scoreArticle(c, [gold(0, 10, { type: "direct" }), gold(20, 30)], [pred(0, 10), pred(40, 50)]);
    scoreArticle(c, [gold(0, 10)], [pred(0, 10)]);
    const f = figures(c);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.f1).toBeCloseTo(2 / 3);
    expect(f.recallDirect).toBe(1);
    expect(f.recallIndirect).toBeCloseTo(0.5);
  });

  it("judges the speaker by mention overlap or by the last word of a named source", () => {
    const g = gold(20, 40, { speaker: "Hillary Clinton", speaker_start: 0, speaker_end: 15 });
    expect(speakerCorrect(g, pred(20, 40, sp(8, 15, "Clinton")))).toBe(true);
    expect(speakerCorrect(g, pred(20, 40, sp(100, 107, "Hillary Clinton")))).toBe(true);
    expect(speakerCorrect(g, pred(20, 40, sp(100, 105, "Donald Trump")))).toBe(false);
    expect(speakerCorrect(g, pred(20, 40, null))).toBe(false);
    const pron = gold(20, 40, { speaker: "he", speaker_start: 0, speaker_end: 2 });
    expect(speakerCorrect(pron, pred(20, 40, sp(50, 52, "he")))).toBe(false);
    expect(speakerCorrect(pron, pred(20, 40, sp(0, 2, "Donald Trump")))).toBe(true);
  });

  it("counts speaker accuracy only over matched gold quotes with a Source", () => {
    const c = emptyCounts();
    scoreArticle(
      c,
      [gold(20, 40, { speaker: "Trump", speaker_start: 0, speaker_end: 5 }), gold(50, 60)],
      [pred(20, 40, sp(0, 5, "Donald Trump")), pred(50, 60, null)],
    );
    expect(c.speakerPairs).toBe(1);
    expect(figures(c).speakerAccuracy).toBe(1);
  });
});
