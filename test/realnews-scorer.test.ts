/** The realnews-dev strict (quote, speaker) scorer, on hand-computed cases. */
import { describe, expect, it } from "vitest";
import {
  emptyRealnewsCounts,
  overlapShare,
  predictedItems,
  pairItems,
  type RealnewsItem,
  realnewsFigures,
  type ScoredPrediction,
  sameSource,
  scoreRealnewsArticle,
} from "../eval/realnews.js";

const gold = (start: number, end: number, speaker: string, anonymous = false): RealnewsItem => ({
  start,
  end,
  text: "",
  kind: "indirect",
  speaker,
  anonymous,
  via: null,
});
const pred = (
  start: number,
  end: number,
  name: string,
  anonymous = false,
  cue?: "belief",
): ScoredPrediction => ({
  start,
  end,
  speaker: { entity: null, name, anonymous, start: 0, end: 1, resolvedBy: "name" },
  via: [],
  cue: cue ? { text: "believes", start: 0, end: 1, type: cue } : null,
});

describe("realnews scorer", () => {
  it("overlap is a share of the shorter span", () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 5, end: 100 })).toBe(0.5);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it("pairs one-to-one, best overlap first, at half the shorter span or more", () => {
    const g = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    const p = [
      { start: 0, end: 30 },
      { start: 22, end: 30 },
      { start: 8, end: 18 },
    ];
    // p1 covers g1 fully (1.0), p0 covers g0 fully too (1.0); p2 overlaps g0 by 2 of 10 (0.2): no pair.
    expect(pairItems(g, p)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("a surname, a name within a name and initials name the same source; a joint source needs all", () => {
    expect(sameSource("Kurt Volker", "Volker")).toBe(true);
    expect(sameSource("Kotak Institutional Equities", "Kotak")).toBe(true);
    expect(sameSource("UK", "United Kingdom")).toBe(true);
    expect(sameSource("Kurt Volker", "Adam Schiff")).toBe(false);
    expect(sameSource("Tova Noel and Michael Thomas", "Michael Thomas")).toBe(false);
    expect(sameSource("Tova Noel and Michael Thomas", "Tova Noel and Michael Thomas")).toBe(true);
  });

  it("counts correct pairs for precision and recall, anonymous by flag, beliefs left out", () => {
    const counts = emptyRealnewsCounts();
    const golds = [gold(0, 10, "Kurt Volker"), gold(20, 30, "sources", true), gold(40, 50, "Adam Schiff")];
    const preds = [
      pred(0, 10, "Volker"), // correct
      pred(20, 30, "officials", true), // correct: anonymous for anonymous
      pred(40, 50, "Devin Nunes"), // paired, wrong speaker
      pred(60, 70, "Someone"), // unpaired
      pred(80, 90, "Volker", false, "belief"), // not scored
    ];
    scoreRealnewsArticle(counts, golds, preds);
    const f = realnewsFigures(counts);
    expect(counts.predicted).toBe(4);
    expect(f.precision).toBe(2 / 4);
    expect(f.recall).toBe(2 / 3);
    expect(f.pairedWrongSpeaker).toBe(1);
  });

  it("scores each segment of an interrupted quotation as its own item", () => {
    const q = {
      ...pred(0, 30, "Cooper"),
      segments: [
        [0, 10],
        [20, 30],
      ] as [number, number][],
    };
    expect(predictedItems(q).map((x) => [x.start, x.end])).toEqual([
      [0, 10],
      [20, 30],
    ]);
    const counts = emptyRealnewsCounts();
    scoreRealnewsArticle(counts, [gold(0, 10, "Angela Cooper"), gold(20, 30, "Angela Cooper")], [q]);
    expect(realnewsFigures(counts).recall).toBe(1);
  });
});
