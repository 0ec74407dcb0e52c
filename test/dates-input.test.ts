/** Dates a fact-checker can trust: --date and a JSONL dct must be real calendar dates. */
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../src/document/dct.js";
import { dossier, SEED_PATH } from "./helpers.js";

describe("document dates", () => {
  it("accepts the ISO forms and real days only (no roll-over)", () => {
    for (const ok of [
      "2022",
      "2022-10",
      "2022-10-07",
      "2024-02-29",
      "2022-10-07T09:30:00Z",
      "2022-10-07 09:30",
    ])
      expect(isIsoDate(ok), ok).toBe(true);
    for (const bad of [
      "2022-13-45",
      "2022-02-30",
      "2023-02-29",
      "0000-00-00",
      "0000",
      "not-a-date",
      "2022-10-07T25:00",
    ])
      expect(isIsoDate(bad), bad).toBe(false);
  });

  it("refuses an impossible --date with the accepted forms, exit 2", () => {
    const r = dossier(["analyze", SEED_PATH, "--date", "2022-02-30"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a real ISO 8601 date: use YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
