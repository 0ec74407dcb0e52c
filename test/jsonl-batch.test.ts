/** Batches: JSON Lines from standard input, a record over the text cap skipped, several files at once. */
import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS } from "../src/document/index.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dossier, tempDir } from "./helpers.js";

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

describe("analyze FILE...", () => {
  it("analyses several files in turn (JSON as JSON Lines), skipping one that cannot be read", () => {
    const dir = tempDir();
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    writeFileSync(a, "John Smith said the deal was done.\n");
    writeFileSync(b, "Mary Jones said the bridge would reopen.\n");
    const r = dossier(["analyze", a, join(dir, "missing.txt"), b, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).quotes[0].speaker.name),
    ).toEqual(["John Smith", "Mary Jones"]);
    expect(r.stderr).toMatch(/missing\.txt' does not exist.*; skipped\ndossier: 1 of 3 inputs skipped/);
  });

  it("points a folder to its files", () => {
    const r = dossier(["analyze", tempDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /is a directory: to analyse a folder into a searchable store, run dossier ingest .*give its article files/,
    );
  });
});
