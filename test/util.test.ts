import { describe, expect, it } from "vitest";
import { leftmostLongest, partitionPoint } from "../src/util/sorted.js";

describe("partitionPoint", () => {
  const starts = [0, 4, 4, 9, 15];
  it("finds the first item not before the offset", () => {
    expect(partitionPoint(starts, (s) => s < 4)).toBe(1);
    expect(partitionPoint(starts, (s) => s <= 4)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 100)).toBe(5);
    expect(partitionPoint(starts, (s) => s < 0)).toBe(0);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});

describe("leftmostLongest", () => {
  it("keeps the leftmost span, the longer of two starting together, then the tie-breaker", () => {
    const spans = [
      { start: 5, end: 9, id: "c" },
      { start: 0, end: 3, id: "a2" },
      { start: 0, end: 4, id: "a1" },
      { start: 3, end: 6, id: "b" },
      { start: 9, end: 12, id: "d1" },
      { start: 9, end: 12, id: "d0" },
    ];
    const kept = leftmostLongest(spans, (x, y) => x.id.localeCompare(y.id));
    expect(kept.map((s) => s.id)).toEqual(["a1", "c", "d0"]);
  });
});
