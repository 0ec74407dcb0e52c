/**
 * Golden test: the example article against the analyst's expected extraction
 * (test/fixtures/seed.expected.json, checked item by item by eval/seed.ts). Every required item
 * must be found; stretch items are reported by `dossier eval seed` but not required here.
 */
import { describe, expect, it } from "vitest";
import { runSeed } from "../eval/seed.js";

describe("seed article golden test", () => {
  const report = runSeed();
  const rows = new Map(report.table.slice(1).map(([name, found, total]) => [String(name), [found, total]]));
  const missing = (section: string) => (report.notes ?? []).filter((n) => n.startsWith(`${section}:`));

  for (const section of ["document", "quotes", "entities", "timeline", "rhetoric"]) {
    it(`finds every required ${section} item`, () => {
      expect(missing(section)).toEqual([]);
      const [found, total] = rows.get(section)!;
      expect(found).toBe(total);
    });
  }

  it("scores the whole required set", () => {
    expect(report.figures.required).toBe(1);
  });
});
