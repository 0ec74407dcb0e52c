import { describe, expect, it } from "vitest";
import type { Analysis } from "../src/analysis.js";
import { countMatches, type NerCounts, nerType, predictedSpans, prf, snap, tokenSpans } from "../eval/ner.js";

describe("ner scorer", () => {
  it("maps entity types to CoNLL types", () => {
    expect(nerType("person")).toBe("PER");
    expect(nerType("organization")).toBe("ORG");
    expect(nerType("country")).toBe("LOC");
    expect(nerType("place")).toBe("LOC");
    expect(nerType("event")).toBe("MISC");
    expect(nerType("other")).toBe("MISC");
  });

  it("tokenises on spaces and snaps spans to token boundaries", () => {
    const text = "U.S. 's Bill Smith met";
    const tokens = tokenSpans(text);
    expect(tokens).toEqual([
      [0, 4],
      [5, 7],
      [8, 12],
      [13, 18],
      [19, 22],
    ]);
    expect(snap({ start: 0, end: 3, type: "LOC" }, tokens)).toEqual({ start: 0, end: 4, type: "LOC" });
    expect(snap({ start: 9, end: 15, type: "PER" }, tokens)).toEqual({ start: 8, end: 18, type: "PER" });
    expect(snap({ start: 4, end: 5, type: "PER" }, tokens)).toBeNull();
  });

  it("scores exact span+type matches: micro P/R/F1 and per type", () => {
    const counts = new Map<string, NerCounts>();
    const gold = [
      { start: 0, end: 5, type: "PER" },
      { start: 10, end: 15, type: "LOC" },
      { start: 20, end: 25, type: "ORG" },
    ];
    const predicted = [
      { start: 0, end: 5, type: "PER" }, // right
      { start: 10, end: 15, type: "ORG" }, // wrong type
      { start: 20, end: 24, type: "ORG" }, // wrong span
      { start: 30, end: 35, type: "MISC" }, // spurious
    ];
    countMatches(gold, predicted, counts);
    expect(counts.get("ALL")).toEqual({ tp: 1, predicted: 4, gold: 3 });
    const all = prf(counts.get("ALL"));
    expect(all.precision).toBeCloseTo(0.25);
    expect(all.recall).toBeCloseTo(1 / 3);
    expect(all.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
    expect(prf(counts.get("PER")).f1).toBe(1);
    expect(prf(counts.get("LOC")).recall).toBe(0);
    expect(prf(undefined)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("turns mentions into spans, skipping descriptions and overlaps", () => {
    const text = "Bill Smith , the expert , visited Kenya .";
    const a = {
      text,
      entities: [
        {
          id: "e1",
          type: "person",
          name: "Bill Smith",
          aliases: [],
          roles: [],
          country: null,
          mentions: [
            { start: 0, end: 10, text: "Bill Smith", metonymy: false },
            { start: 13, end: 23, text: "the expert", metonymy: false },
          ],
        },
        {
          id: "e2",
          type: "country",
          name: "Kenya",
          aliases: [],
          roles: [],
          country: null,
          mentions: [{ start: 34, end: 39, text: "Kenya", metonymy: false }],
        },
        {
          id: "e3",
          type: "other",
          name: "Smith",
          aliases: [],
          roles: [],
          country: null,
          mentions: [{ start: 5, end: 10, text: "Smith", metonymy: false }],
        },
      ],
    } as unknown as Analysis;
    expect(predictedSpans(a, tokenSpans(text))).toEqual([
      { start: 0, end: 10, type: "PER" },
      { start: 34, end: 39, type: "LOC" },
    ]);
  });
});
