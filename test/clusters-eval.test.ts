/** The quote-identity scorer (B-cubed over true occurrences) on hand-computed cases, and on the data. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bcubed, type Labelled, matchOccurrences, quotebankKey, runClusters } from "../eval/clusters.js";
import { defaultDataDir } from "../eval/data.js";
import { clusterMembers, clusterQuotes } from "../src/corpus/clusters/index.js";

const span = (article: string, start: number, end: number, cluster: string): Labelled => ({
  article,
  start,
  end,
  cluster,
});

describe("matching predicted members to true occurrences", () => {
  it("needs an overlap of at least half of each span, in the same article", () => {
    const truth = [span("A", 0, 10, "x")];
    expect(matchOccurrences(truth, [span("A", 0, 30, "p")])).toEqual([-1]); // half of the truth only
    expect(matchOccurrences(truth, [span("A", 4, 12, "p")])).toEqual([0]); // 6 of 10 and 6 of 8
    expect(matchOccurrences(truth, [span("B", 0, 10, "p")])).toEqual([-1]);
  });

  it("pairs one-to-one, best overlap first", () => {
    const truth = [span("A", 0, 10, "x")];
    expect(matchOccurrences(truth, [span("A", 2, 10, "p"), span("A", 0, 10, "q")])).toEqual([1]);
  });
});

describe("B-cubed over true occurrences", () => {
  it("scores a hand-computed case", () => {
    // truth: t1, t2, t3 in X, t4 in Y; predicted: t1, t3, t4 in P, t2 in Q.
    // precision: t1 2/3, t2 1, t3 2/3, t4 1/3 -> 2/3; recall: t1 2/3, t2 1/3, t3 2/3, t4 1 -> 2/3
    const truth = [
      span("A", 0, 10, "X"),
      span("A", 20, 30, "X"),
      span("B", 0, 10, "X"),
      span("B", 20, 30, "Y"),
    ];
    const predicted = [
      span("A", 0, 10, "P"),
      span("A", 20, 30, "Q"),
      span("B", 1, 10, "P"),
      span("B", 20, 30, "P"),
    ];
    const r = bcubed(truth, predicted);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(2 / 3);
    expect(r.coverage).toBe(1);
  });

  it("counts an unmatched occurrence as a singleton and ignores members that match no occurrence", () => {
    // truth: t1, t2 in X (t2 unmatched); t3 in Y; one extra member in P.
    // precision: 1, 1, 1; recall: t1 1/2, t2 1/2, t3 1 -> 2/3; coverage 2/3
    const truth = [span("A", 0, 10, "X"), span("B", 0, 10, "X"), span("C", 0, 10, "Y")];
    const predicted = [span("A", 0, 10, "P"), span("C", 0, 10, "Q"), span("C", 50, 60, "P")];
    const r = bcubed(truth, predicted);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(0.8);
    expect(r.coverage).toBeCloseTo(2 / 3);
  });

  it("gives the Quotebank baseline's key: lower case, no punctuation", () => {
    expect(quotebankKey("You’ve got to — trust them,")).toBe(quotebankKey("you've got to trust them"));
    expect(quotebankKey("You have got to trust them")).not.toBe(quotebankKey("you've got to trust them"));
  });
});

describe("the quotes that are clustered", () => {
  it("are the direct and mixed quotes, each segment of an interrupted one its own member", () => {
    const text = 'She said the plan was good. "We will rebuild it," she said, "and it will be better."';
    const [a, b] = [text.indexOf("We"), text.indexOf("and it")];
    const members = clusterMembers("art", {
      text,
      quotes: [
        { ...quoteAt(0, 27, "indirect"), id: "q1" },
        {
          ...quoteAt(a, text.length - 1, "direct"),
          id: "q2",
          segments: [
            [a, a + 18],
            [b, text.length - 1],
          ],
        },
      ],
    });
    expect(members.map((m) => [m.id, m.text])).toEqual([
      ["art/q2.1", "We will rebuild it"],
      ["art/q2.2", "and it will be better."],
    ]);
  });
});

function quoteAt(start: number, end: number, kind: "direct" | "mixed" | "indirect") {
  return { start, end, kind, text: "", paragraphs: 1, speaker: null, cue: null, via: [], medium: null };
}

const data = defaultDataDir();
const hasData = existsSync(join(data, "corpus", "clusters.jsonl"));

describe.skipIf(!hasData)("dossier eval clusters on ../shared/data/corpus", () => {
  it("reaches the targets and reproduces the README's baseline on the true spans", () => {
    const report = runClusters({ dataDir: data });
    expect(report.figures.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.figures.coverage).toBeGreaterThanOrEqual(0.97);
    expect(report.figures.baselineTrueSpansF1).toBeCloseTo(0.65, 1);
    expect(report.figures.f1).toBeGreaterThan(report.figures.baselineF1);
  });

  it("partitions the true spans the same way whatever order they arrive in", () => {
    const dir = join(data, "corpus");
    const texts = new Map<string, string>(
      readFileSync(join(dir, "clusters.jsonl"), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((r) => [r.id, r.text]),
    );
    const truth = JSON.parse(readFileSync(join(dir, "clusters.truth.json"), "utf8")) as {
      articles: { id: string; quotes: { start: number; end: number }[] }[];
    };
    const quotes = truth.articles.flatMap((a) =>
      a.quotes.map((q, i) => ({
        id: `${a.id}/${i}`,
        article: a.id,
        text: texts.get(a.id)!.slice(q.start, q.end),
        speaker: null,
      })),
    );
    const partition = (order: typeof quotes) => {
      const assigned = clusterQuotes(order);
      const groups = new Map<string, string[]>();
      for (const q of quotes)
        groups.set(assigned.get(q.id)!.cluster, [...(groups.get(assigned.get(q.id)!.cluster) ?? []), q.id]);
      return [...groups.values()].map((g) => g.join(" ")).sort();
    };
    const inOrder = partition(quotes);
    expect(partition([...quotes].reverse())).toEqual(inOrder);
    expect(partition([...quotes.filter((_, i) => i % 2), ...quotes.filter((_, i) => i % 2 === 0)])).toEqual(
      inOrder,
    );
  });
});
