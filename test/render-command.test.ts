/** `dossier render` of a saved Analysis, and the output format inferred from --out's extension. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dossier, SEED_PATH, tempDir } from "./helpers.js";

describe("dossier render", () => {
  const dir = tempDir();
  const saved = join(dir, "seed.json");

  it("analyze --out FILE.json writes JSON without --format; render turns it into HTML by --out's extension", () => {
    expect(dossier(["analyze", SEED_PATH, "--out", saved]).status).toBe(0);
    expect(JSON.parse(readFileSync(saved, "utf8")).schema).toBe("dossier.analysis/1");
    const page = join(dir, "seed.html");
    expect(dossier(["render", saved, "--out", page]).status).toBe(0);
    expect(readFileSync(page, "utf8")).toMatch(/^<!doctype html>/);
  });

  it("renders Markdown to standard output", () => {
    const r = dossier(["render", saved, "--format", "md"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Article /);
  });

  it("refuses a file that is not an Analysis, or whose spans do not fit its text, with one line", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ schema: "something else" }));
    let r = dossier(["render", bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dossier: .* is not a dossier\.analysis\/1 Analysis: schema/);
    const analysis = JSON.parse(readFileSync(saved, "utf8"));
    analysis.quotes[0].end = analysis.text.length + 10;
    writeFileSync(bad, JSON.stringify(analysis));
    r = dossier(["render", bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/span that does not fit its text/);
  });

  it("colours the text report with --color only, never into a pipe by default", () => {
    expect(dossier(["render", saved, "--color"]).stdout).toContain("\x1b[1m");
    expect(dossier(["render", saved]).stdout).not.toContain("\x1b[");
    expect(dossier(["render", saved, "--no-color"]).stdout).not.toContain("\x1b[");
  });
});
