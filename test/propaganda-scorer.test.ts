import { describe, expect, it } from "vitest";
import { mergeSpans, type Range, scoreLabelled, scoreSi } from "../eval/propaganda.js";

describe("propaganda scorer (SemEval-2020 SI and FLC)", () => {
  it("merges overlapping spans but keeps touching ones apart", () => {
    expect(
      mergeSpans([
        [5, 10],
        [0, 3],
        [8, 12],
        [12, 14],
      ]),
    ).toEqual([
      [0, 3],
      [5, 12],
      [12, 14],
    ]);
  });

  it("gives full marks to an exact match and 1 when nothing is predicted or gold", () => {
    expect(scoreSi([[[0, 10]]], [[[0, 10]]]).f1).toBe(1);
    expect(scoreSi([[]], [[]]).f1).toBe(1);
  });

  it("scores partial overlap by the shared characters (README formulas)", () => {
    // s = [0,10), t = [5,25): |s∩t| = 5; P = 5/10, R = 5/20.
    const r = scoreSi([[[0, 10]]], [[[5, 25]]]);
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBeCloseTo(0.25);
    expect(r.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
  });

  it("micro-averages over the whole dataset, counting gold of articles with no prediction", () => {
    const predicted: Range[][] = [[[0, 10]], []];
    const gold: Range[][] = [[[0, 10]], [[0, 4]]];
    const r = scoreSi(predicted, gold);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.gold).toBe(2);
  });

  it("merges overlapping predictions before scoring, as the scorer's -m does", () => {
    // [0,6) and [4,10) merge into [0,10): one predicted span, fully inside gold [0,20).
    const r = scoreSi(
      [
        [
          [0, 6],
          [4, 10],
        ],
      ],
      [[[0, 20]]],
    );
    expect(r.predicted).toBe(1);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(0.5);
  });

  it("credits one prediction against every gold span it touches", () => {
    // s = [0,20) covers t1 = [0,5) and t2 = [10,15): P = (5+5)/20, R = (1+1)/2.
    const r = scoreSi(
      [[[0, 20]]],
      [
        [
          [0, 5],
          [10, 15],
        ],
      ],
    );
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBe(1);
  });

  it("is 0 when nothing overlaps", () => {
    expect(scoreSi([[[0, 5]]], [[[10, 20]]]).f1).toBe(0);
  });

  it("label-aware: a span only counts against gold of its own technique", () => {
    const predicted = [
      [
        { start: 0, end: 10, technique: "Doubt" },
        { start: 20, end: 30, technique: "Loaded_Language" },
      ],
    ];
    const gold = [
      [
        { start: 0, end: 10, technique: "Loaded_Language" },
        { start: 20, end: 30, technique: "Loaded_Language" },
      ],
    ];
    const { overall, perTechnique } = scoreLabelled(predicted, gold);
    expect(overall.precision).toBeCloseTo(0.5);
    expect(overall.recall).toBeCloseTo(0.5);
    expect(perTechnique.get("Loaded_Language")?.gold).toBe(2);
    expect(perTechnique.get("Doubt")?.predicted).toBe(1);
  });

  it("label-aware: counts Vague_Attribution as Appeal_to_Authority", () => {
    const r = scoreLabelled(
      [[{ start: 0, end: 5, technique: "Vague_Attribution" }]],
      [[{ start: 0, end: 5, technique: "Appeal_to_Authority" }]],
    );
    expect(r.overall.f1).toBe(1);
  });
});
