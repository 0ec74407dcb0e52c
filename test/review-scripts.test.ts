import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const script = join(ROOT, "scripts/brown-texts.mjs");

describe("scripts/brown-texts.mjs (texts for a by-hand quote review)", () => {
  it("joins the Brown corpus's tagged tokens back into paragraphs of news text", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "ca01"),
      "\n\n\tThe/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' was/bedz found/vbn ./.\n\n\n" +
        "\tIt/pps named/vbd Ivan/np Allen/np Jr./np ./.\n",
    );
    writeFileSync(join(dir, "cb01"), "\tNot/* press/nn ./.\n");
    const r = spawnSync(process.execPath, [script, dir], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: "brown-ca01",
        url: "Brown corpus ca01",
        text: 'The jury said "no evidence" was found.\n\nIt named Ivan Allen Jr.',
      },
    ]);
  });

  it("explains a missing corpus folder in one line, exit 2", () => {
    const r = spawnSync(process.execPath, [script, join(tempDir(), "none")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^brown-texts: cannot read the corpus folder/);
  });
});
