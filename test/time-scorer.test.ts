import { describe, expect, it } from "vitest";
import { countDocument, emptyCounts, matchTimexes, type ScoredTimex, scores } from "../eval/time.js";

const t = (start: number, end: number, value = "2020", type = "DATE"): ScoredTimex => ({
  start,
  end,
  value,
  type,
});

describe("TempEval-3 timex scorer", () => {
  it("pairs one to one by greatest overlap, then leftmost", () => {
    // gold [0,10) overlaps system [0,4) by 4 and [2,10) by 8: the larger overlap wins.
    expect(matchTimexes([t(0, 10)], [t(0, 4), t(2, 10)])).toEqual([[0, 1]]);
    // two gold spans share one system span with the same overlap: the leftmost gold gets it.
    expect(matchTimexes([t(0, 5), t(10, 15)], [t(3, 12)])).toEqual([[0, 0]]);
    // no overlap, no match (end is exclusive)
    expect(matchTimexes([t(0, 5)], [t(5, 9)])).toEqual([]);
  });

  it("computes strict, relaxed, value and type figures by hand", () => {
    // text: 40 chars; gold: A [0,9) "last week" DATE 2020-W01, B [20,30) DURATION P3Y, C [32,38) DATE 2019
    const text = "last week we met; in three years or 2019";
    const gold = [t(0, 9, "2020-W01"), t(21, 32, "P3Y", "DURATION"), t(36, 40, "2019")];
    // system: A exact and right; B overlaps ("three years or") with wrong type; D spurious [10,12)
    const system = [t(0, 9, "2020-W01"), t(24, 35, "P3Y", "DATE"), t(10, 12, "PRESENT_REF")];
    const c = emptyCounts();
    countDocument(c, text, gold, system);
    expect(c).toEqual({ gold: 3, system: 3, relaxed: 2, strict: 1, valueCorrect: 2, typeCorrect: 1 });
    const s = scores(c);
    expect(s.relaxedP).toBeCloseTo(2 / 3);
    expect(s.relaxedR).toBeCloseTo(2 / 3);
    expect(s.relaxedF1).toBeCloseTo(2 / 3);
    expect(s.strictF1).toBeCloseTo(1 / 3);
    expect(s.valueAccuracy).toBe(1);
    expect(s.valueF1).toBeCloseTo(2 / 3);
    expect(s.typeAccuracy).toBe(0.5);
    expect(s.typeF1).toBeCloseTo(1 / 3);
  });

  it("ignores surrounding whitespace for strict matches and pools documents", () => {
    const c = emptyCounts();
    countDocument(c, " Friday ", [t(1, 7, "2020-01-03")], [t(0, 8, "2020-01-03")]);
    countDocument(c, "nothing here", [t(0, 7)], []);
    expect(c.strict).toBe(1);
    const s = scores(c);
    expect(s.strictP).toBe(1);
    expect(s.strictR).toBe(0.5);
    expect(s.strictF1).toBeCloseTo(2 / 3);
  });

  it("scores zero, not NaN, when nothing is found", () => {
    const s = scores(emptyCounts());
    expect(s.relaxedF1).toBe(0);
    expect(s.valueF1).toBe(0);
  });
});
