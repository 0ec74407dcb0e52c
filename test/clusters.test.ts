/** Quote identity across articles: relations, assignment, determinism and key selectivity. */
import { describe, expect, it } from "vitest";
import { containsRun, fitDistance } from "../src/corpus/clusters/align.js";
import {
  assignCluster,
  type ClusterQuote,
  clusterKeys,
  clusterQuotes,
  compareQuotes,
  MemorySource,
} from "../src/corpus/clusters/index.js";
import { isStopWord, quoteWords } from "../src/corpus/clusters/normalise.js";

let n = 0;
const quote = (text: string, speaker: string | null = "Jane Roe", article = `a${n}`): ClusterQuote => ({
  id: `q${n++}`,
  article,
  text,
  speaker,
});
const relation = (a: string, b: string) => compareQuotes(quote(a), quote(b));

const STATEMENT =
  "We are going to rebuild the bridge before the winter, and every family in the valley will be able to cross it again.";

describe("quote words", () => {
  it("reads quotes the same whichever way they were typeset", () => {
    expect(quoteWords("Don’t [W]e (t)rust the U.S. on 18.7% of 9/11?")).toEqual(
      "dont we trust the us on 187 of 9 11".split(" "),
    );
    expect(quoteWords("don't we trust the US on 18.7 % of 9 / 11")).toEqual(
      quoteWords("Don’t we trust the U.S. on 18.7% of 9/11"),
    );
  });
});

describe("compareQuotes: how b relates to a", () => {
  it("exact: the same words as written, whatever closing comma or full stop the frame gives", () => {
    expect(relation(STATEMENT, STATEMENT)).toBe("exact");
    expect(relation(STATEMENT, STATEMENT.replace(/\.$/, ","))).toBe("exact");
  });

  it("normalised: the same words once case and punctuation are set aside", () => {
    const repunctuated = STATEMENT.replace("We", "we").replace(", and", " and").replace(/\.$/, "");
    expect(relation(STATEMENT, repunctuated)).toBe("normalised");
  });

  it("truncated and extended: a contiguous part of the words, from the start or the end", () => {
    const start = "We are going to rebuild the bridge before the winter, and every family";
    const end = "every family in the valley will be able to cross it again.";
    expect(relation(STATEMENT, start)).toBe("truncated");
    expect(relation(STATEMENT, end)).toBe("truncated");
    expect(relation(end, STATEMENT)).toBe("extended");
  });

  it("edited: a word or two changed, dropped or inserted, also in a truncated variant", () => {
    expect(relation(STATEMENT, STATEMENT.replace("will be", "would be"))).toBe("edited");
    expect(relation(STATEMENT, STATEMENT.replace("the bridge", "this bridge").replace(" again", ""))).toBe(
      "edited",
    );
    expect(relation(STATEMENT, STATEMENT.replace("every family", "every single family"))).toBe("edited");
    expect(
      relation(STATEMENT, "We were going to rebuild this bridge before the winter, and every family"),
    ).toBe("edited");
  });

  it("finds a run of words in linear time, whatever the repetitions", () => {
    expect(containsRun(["a", "a", "b", "a", "a", "a", "b"], ["a", "a", "a", "b"])).toBe(true);
    expect(containsRun(["a", "b", "a", "b", "c"], ["a", "b", "c"])).toBe(true);
    expect(containsRun(["a", "b", "a", "b"], ["b", "a", "c"])).toBe(false);
    const many = Array.from({ length: 200_000 }, () => "bridge");
    const started = Date.now();
    expect(containsRun([...many, "x"], [...many.slice(0, 100_000), "x"])).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("two adjacent words swapped count as one edit", () => {
    expect(fitDistance(["a", "b", "c", "d"], ["x", "a", "c", "b", "d", "y"])).toBe(1);
    expect(fitDistance(["a", "b", "c"], ["b", "a", "c"])).toBe(1);
    expect(fitDistance(["a", "b", "c"], ["c", "b", "a"])).toBe(2);
  });

  it("null for other statements of the same speaker, even sharing many words", () => {
    expect(
      relation(
        STATEMENT,
        "Every family in the valley will be able to vote on the bridge in May, and the council will abide by it.",
      ),
    ).toBeNull();
    expect(
      relation(STATEMENT, "The bridge will cost the valley more than the school did last year."),
    ).toBeNull();
  });

  it("null for words that identify no statement, and for a short phrase inside a long quote", () => {
    expect(relation("I don't know.", "I don't know.")).toBeNull();
    expect(relation("Absolutely not.", "absolutely not")).toBeNull();
    const long = `${STATEMENT} The Republican National Committee has promised to pay for half of it, and the state for the rest.`;
    expect(relation(long, "the Republican National Committee")).toBeNull();
    expect(relation('whom he described as "peaceful"', 'whom he described as "volatile"')).toBeNull();
    const count = "Clinton now has a total of at least 1,353 delegates, while Sanders has at least 625.";
    expect(relation(count, count.replace("1,353", "1,410"))).toBeNull();
    expect(relation(count, count.replace("has a total", "had a total"))).toBe("edited");
  });

  it("the same words credited to another speaker are still that statement", () => {
    expect(compareQuotes(quote(STATEMENT, "Jane Roe"), quote(STATEMENT, "John Doe"))).toBe("exact");
  });
});

describe("assignCluster", () => {
  it("joins the closest match, reports the merges, and starts nothing for a new statement", () => {
    const source = new MemorySource();
    source.add(quote(STATEMENT), "c1");
    source.add(quote("every family in the valley will be able to cross it again"), "c2");
    const other = quote("The bridge will cost the valley more than the school did last year.");
    expect(assignCluster(other, source)).toBeNull();
    expect(assignCluster(quote(STATEMENT.toLowerCase()), source)).toEqual({
      cluster: "c1",
      relation: "normalised",
      merges: ["c2"],
    });
  });

  it("prefers the member with the same speaker only when the texts tie", () => {
    const source = new MemorySource();
    source.add(quote(STATEMENT, "John Doe"), "a");
    source.add(quote(STATEMENT, "Jane Roe"), "b");
    expect(assignCluster(quote(STATEMENT, "Jane Roe"), source)?.cluster).toBe("b");
    expect(assignCluster(quote(STATEMENT, "Someone Else"), source)?.cluster).toBe("a");
  });
});

/** A deterministic shuffle (a linear congruential generator, not Math.random). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const partition = (quotes: ClusterQuote[]): string[][] => {
  const assigned = clusterQuotes(quotes);
  const groups = new Map<string, string[]>();
  for (const q of quotes) {
    const c = assigned.get(q.id)!.cluster;
    groups.set(c, [...(groups.get(c) ?? []), q.id].sort());
  }
  return [...groups.values()].sort((a, b) => a[0].localeCompare(b[0]));
};

describe("clustering is deterministic and does not depend on the order of arrival", () => {
  const second = "The council has not yet decided who will pay for the new school on the hill.";
  const quotes = [
    quote(STATEMENT, "Jane Roe"),
    quote("We are going to rebuild the bridge before the winter", "Jane Roe"),
    quote("every family in the valley will be able to cross it again", "Jane Roe"),
    quote(STATEMENT.replace("will be", "would be"), "Jane Roe"),
    quote(STATEMENT.toUpperCase(), "Bob Smith"),
    quote(second, "Jane Roe"),
    quote(second.replace("who will", "who would"), "Jane Roe"),
    quote("The council has not yet decided", "Jane Roe"),
  ];
  const expected = [quotes.slice(0, 5).map((q) => q.id), quotes.slice(5).map((q) => q.id)]
    .map((ids) => ids.sort())
    .sort((a, b) => a[0].localeCompare(b[0]));

  it("gives the same partition for shuffled insertion orders", () => {
    for (let seed = 1; seed <= 30; seed++) expect(partition(shuffled(quotes, seed))).toEqual(expected);
  });

  it("gives the same keys for the same text every time", () => {
    expect(clusterKeys(STATEMENT)).toEqual(clusterKeys(STATEMENT));
    expect(clusterKeys(STATEMENT)).toEqual(clusterKeys(STATEMENT.toLowerCase().replace(/,/g, "")));
  });
});

describe("lookup keys stay selective", () => {
  it("skips runs of stop words only, and gives no key to words that identify no statement", () => {
    expect(clusterKeys("I don't think that it is what we would have done.")).toEqual([]);
    expect(clusterKeys("I think that it is what the bridge would have done.").length).toBeGreaterThan(0);
  });

  it("no key is shared by more than 1% of 20,000 quotes that share their function words", () => {
    // every quote opens with one of a few frames of function words ("I don't think that it is"),
    // as real quotes do, then mixes function words with content words drawn from 5,000
    const frames = [
      "I don't think that it is",
      "We are going to do what we can",
      "It is one of the",
      "I said that we will",
    ];
    const glue = "the of and to a in that for it on with".split(" ");
    let s = 7;
    const next = (n: number) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return Math.floor((s / 2147483648) * n);
    };
    const source = new MemorySource();
    for (let i = 0; i < 20000; i++) {
      const words = [frames[i % frames.length]];
      for (let k = 0; k < 6 + next(10); k++)
        words.push(next(2) ? glue[next(glue.length)] : `word${next(5000)}`);
      source.add(quote(words.join(" ")), `c${i}`);
    }
    expect(isStopWord("the") && !isStopWord("word1")).toBe(true);
    expect(source.keySizes()[0]).toBeLessThanOrEqual(200);
  });
});
