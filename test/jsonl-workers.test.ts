/** analyze --jsonl on a pool of worker threads: the same output, in input order, as one worker. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dossier, seedText, tempDir } from "./helpers.js";

/** Long and short records mixed, so that later records finish before earlier ones on a pool. */
function records(): string {
  const seed = seedText();
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) {
    const text =
      i % 3 === 0 ? `${seed}\n\n${seed}` : `Record ${i}: John Smith said on Monday the deal was done.`;
    lines.push(JSON.stringify({ id: `r${i}`, text, dct: "2022-10-07" }));
    if (i === 4) lines.push("{not json");
    if (i === 7) lines.push(JSON.stringify({ id: "blank", text: "  " }));
  }
  return `${lines.join("\n")}\n`;
}

describe("analyze --jsonl --workers", () => {
  const file = join(tempDir(), "batch.jsonl");
  writeFileSync(file, records());
  const one = dossier(["analyze", "--jsonl", file, "--format", "jsonl", "--workers", "1"]);
  const two = dossier(["analyze", "--jsonl", file, "--format", "jsonl", "--workers", "2"]);

  it("writes the same bytes with two workers as with one", () => {
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it("keeps the input order and reports each bad line at its place", () => {
    const ids = two.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `r${i}`));
    expect(two.stderr).toMatch(
      /batch\.jsonl:6: is not valid JSON[^\n]*\n[^\n]*batch\.jsonl:10: has no "text"/,
    );
  });

  it("reads standard input on a pool too", () => {
    const r = dossier(["analyze", "--jsonl", "-", "--format", "jsonl", "--workers", "2"], records());
    expect(r.stdout).toBe(one.stdout);
  });

  it("refuses a number of workers that is not one", () => {
    const r = dossier(["analyze", "--jsonl", file, "--workers", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers '0'/);
  });
});
