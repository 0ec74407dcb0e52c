/** JSON Lines batches: standard input, and a record over the text cap skipped, not fatal. */
import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS } from "../src/document/index.js";
import { dossier } from "./helpers.js";

describe("analyze --jsonl", () => {
  it("reads standard input with -", () => {
    const input = `${JSON.stringify({ id: "a", text: "John Smith said the deal was done." })}\n`;
    const r = dossier(["analyze", "--jsonl", "-", "--format", "jsonl"], input);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("a");
  });

  it("skips a record over the text cap with its line number and goes on", () => {
    const lines = [
      { id: "a", text: "John Smith said the deal was done." },
      { id: "huge", text: "word ".repeat(MAX_TEXT_CHARS / 5 + 10) },
      { id: "c", text: "Mary Jones said the bridge would reopen." },
    ].map((record) => JSON.stringify(record));
    const r = dossier(["analyze", "--jsonl", "-", "--format", "jsonl"], `${lines.join("\n")}\n`);
    expect(r.status).toBe(1);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["a", "c"]);
    expect(r.stderr).toMatch(/standard input:2: the article's text is .* million characters/);
  });
});
