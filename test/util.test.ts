import { describe, expect, it } from "vitest";
import { partitionPoint } from "../src/util/sorted.js";

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
