import { describe, expect, it } from "vitest";
import { pageCounts, pagePrecision, pageRecall, scoreHtml, shingles, tokenize } from "../eval/html.js";

describe("html scorer (article-extraction benchmark metric)", () => {
  it("tokenizes runs of word characters, keeping case and non-Latin letters", () => {
    expect(tokenize("Hello, wörld! Ёлка_1 — 42%")).toEqual(["Hello", "wörld", "Ёлка_1", "42"]);
  });

  it("makes 4-token shingles, one short shingle for 1-3 tokens, none for no tokens", () => {
    expect([...shingles(tokenize("a b c d e")).values()]).toEqual([1, 1]);
    expect(shingles(tokenize("a b c d e")).size).toBe(2);
    const short = shingles(tokenize("a b"));
    expect(short.size).toBe(1);
    expect(shingles(tokenize("... !!"))).toEqual(new Map());
  });

  it("scores identical texts 1 and disjoint texts 0", () => {
    const same = scoreHtml([{ gold: "one two three four five", pred: "one two three four five" }]);
    expect(same).toMatchObject({ precision: 1, recall: 1, f1: 1, accuracy: 1 });
    const disjoint = scoreHtml([{ gold: "one two three four", pred: "five six seven eight" }]);
    expect(disjoint).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });

  it("computes a half-overlapping page by hand", () => {
    // gold a b c d e -> {abcd, bcde}; pred b c d e f -> {bcde, cdef}: tp 1, fp 1, fn 1 -> each 1/3.
    const c = pageCounts("a b c d e", "b c d e f");
    expect(c.tp).toBeCloseTo(1 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBeCloseTo(1 / 3);
    expect(pagePrecision(c)).toBeCloseTo(0.5);
    expect(pageRecall(c)).toBeCloseTo(0.5);
    // pred adds a repeated window: gold {abcd, bcde}; pred a b c d a b c d -> {abcd x2, bcda, cdab, dabc}
    const r = pageCounts("a b c d e", "a b c d a b c d");
    // tp 1, fp 4, fn 1 -> P = 1/5, R = 1/2
    expect(pagePrecision(r)).toBeCloseTo(0.2);
    expect(pageRecall(r)).toBeCloseTo(0.5);
  });

  it("macro-averages pages, then takes F1 of the averages", () => {
    const s = scoreHtml([
      { gold: "a b c d e", pred: "a b c d e" }, // P 1, R 1
      { gold: "a b c d e", pred: "b c d e f" }, // P .5, R .5
    ]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f1).toBeCloseTo(0.75);
    expect(s.accuracy).toBeCloseTo(0.5);
  });

  it("applies the short-shingle rule to texts of 1-3 tokens", () => {
    expect(pagePrecision(pageCounts("Hello world", "hello world"))).toBe(0);
    expect(scoreHtml([{ gold: "Hello, world", pred: "Hello world!" }]).f1).toBe(1);
    // a 2-token prediction against a 5-token gold: its one short shingle matches nothing
    const c = pageCounts("a b c d e", "a b");
    expect(c.tp).toBe(0);
    expect(c.fp).toBeCloseTo(1 / 3);
  });

  it("leaves empty predictions out of precision and gives them recall 0", () => {
    const s = scoreHtml([
      { gold: "a b c d e", pred: "" },
      { gold: "a b c d e", pred: "a b c d e" },
    ]);
    expect(s.nPrecision).toBe(1);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(scoreHtml([{ gold: "a b c d", pred: "" }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
