/** The JSONL summary counts only the records that were analysed and written (a failure is not one). */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tempDir } from "./helpers.js";

vi.mock("../src/analyze.js", async (original) => {
  const real = await original<typeof import("../src/analyze.js")>();
  return {
    ...real,
    analyze: (input: { id?: string }, options?: object) => {
      if (input.id === "boom") throw new Error("something inside broke");
      return real.analyze(input, options);
    },
  };
});

const { analyzeCommand } = await import("../src/cli/analyze-command.js");

describe("dossier analyze --jsonl summary", () => {
  afterEach(() => vi.restoreAllMocks());

  it("does not count a record whose analysis failed as analysed", async () => {
    const dir = tempDir();
    const file = join(dir, "in.jsonl");
    const line = (id: string) => JSON.stringify({ id, text: "The mayor said the bridge would reopen." });
    writeFileSync(file, `${line("a")}\n${line("boom")}\n${line("b")}\n{bad json\n`);
    const out = join(dir, "out.jsonl");
    const errors: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    const status = await analyzeCommand([], { jsonl: file, out });
    expect(status).toBe(1);
    const ids = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["a", "b"]);
    const all = errors.join("");
    expect(all).toMatch(/in\.jsonl:2: could not be analysed \(something inside broke\)/);
    expect(all).toMatch(/2 line\(s\) of .*in\.jsonl skipped, 2 analysed/);
  });
});
