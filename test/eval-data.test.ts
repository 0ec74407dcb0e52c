import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetFiles, readDataset } from "../eval/data.js";
import { tempDir } from "./helpers.js";

describe("finding evaluation datasets", () => {
  const root = tempDir();
  mkdirSync(join(root, "time"));
  mkdirSync(join(root, "ner"));
  writeFileSync(join(root, "time", "b_test.jsonl"), '{"id":"b1"}\n{"id":"b2"}\n');
  writeFileSync(join(root, "time", "a_test.jsonl"), '{"id":"a1"}\n\n');
  writeFileSync(join(root, "ner", "x.sentences.jsonl"), '{"id":"s"}\n');
  writeFileSync(join(root, "ner", "x.documents.jsonl"), '{"id":"d"}\n');

  it("falls back to every .jsonl of the task folder when the dev file is absent (held-out roots)", () => {
    expect(readDataset<{ id: string }>(root, "time/timebank_tbaq.jsonl").map((r) => r.id)).toEqual([
      "a1",
      "b1",
      "b2",
    ]);
  });
  it("takes only documents files for NER", () => {
    expect(datasetFiles(root, "ner/conll2003_dev.documents.jsonl")).toEqual([
      join(root, "ner", "x.documents.jsonl"),
    ]);
  });
  it("accepts a task folder or a single file, and honours --limit", () => {
    expect(readDataset(join(root, "time"), "time/timebank_tbaq.jsonl", 2)).toHaveLength(2);
    expect(readDataset(join(root, "time", "b_test.jsonl"), "time/timebank_tbaq.jsonl")).toHaveLength(2);
  });
  it("says what to pass when nothing is found", () => {
    expect(() => datasetFiles(root, "quotes/polnear-dev.jsonl")).toThrow(/pass --data/);
  });
});

describe("seed cases", () => {
  it("pairs every NAME.expected.json with its NAME.txt, and scores a partial expected file", async () => {
    const { runSeed, seedCases } = await import("../eval/seed.js");
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "The mayor said the bridge would reopen in 2021.\n");
    writeFileSync(
      join(dir, "a.expected.json"),
      JSON.stringify({ timeline: { required: [{ text: "2021", value: "2021" }] } }),
    );
    writeFileSync(join(dir, "orphan.expected.json"), "{}");
    expect(seedCases(dir).map((c) => c.id)).toEqual(["a"]);
    const report = runSeed(dir);
    expect(report.figures.articles).toBe(1);
    expect(report.figures.timeline).toBe(1);
  });
});
