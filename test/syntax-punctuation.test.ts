import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWords } from "../src/syntax/index.js";
import { attachPunctuation } from "../src/syntax/punctuation.js";

/** Runs the rules on a sentence given as words and 1-based heads; returns the new heads. */
function attach(words: string[], heads: number[]): number[] {
  const h = Int32Array.from([0, ...heads]);
  const punct = Uint8Array.from([0, ...words.map((w) => (/^\p{P}+$/u.test(w) ? 1 : 0))]);
  attachPunctuation(h, punct, words);
  return Array.from(h.subarray(1));
}

describe("punctuation attached by the UD rules", () => {
  it("moves a full stop the parser hung on the subject to the sentence's head", () => {
    // She left .  (the parser: "." -> She)
    expect(attach(["She", "left", "."], [2, 0, 1])).toEqual([2, 0, 2]);
  });

  it("attaches quotation marks to the head of what they enclose", () => {
    // He called it " fake news " .   (marks hung on "called" and "it")
    const words = ["He", "called", "it", '"', "fake", "news", '"', "."];
    expect(attach(words, [2, 0, 2, 2, 6, 2, 3, 2])).toEqual([2, 0, 2, 6, 6, 2, 6, 2]);
  });

  it("gives the comma after a fronted clause to that clause's head, as UD EWT does", () => {
    // When he arrived , she left .   (comma hung on "left")
    const words = ["When", "he", "arrived", ",", "she", "left", "."];
    expect(attach(words, [3, 3, 6, 6, 6, 0, 6])).toEqual([3, 3, 6, 3, 6, 0, 6]);
  });

  it("keeps the parser's head when it is one of the acceptable ones", () => {
    // Smith , the mayor , said .   (commas on "mayor", the apposition they enclose)
    const words = ["Smith", ",", "the", "mayor", ",", "said", "."];
    expect(attach(words, [6, 4, 4, 1, 4, 0, 6])).toEqual([6, 4, 4, 1, 4, 0, 6]);
  });

  it("moves a word the parser hung under a mark up to the mark's head", () => {
    // Yes , sure .  ("sure" hung under the comma)
    expect(attach(["Yes", ",", "sure", "."], [0, 1, 2, 1])).toEqual([0, 3, 1, 1]);
  });

  it("leaves a sentence whose root is a mark, and over-long sentences, as parsed", () => {
    expect(attach(["!", "wow"], [0, 1])).toEqual([0, 1]);
    const long = Array.from({ length: 201 }, (_, i) => (i % 2 ? "," : "w"));
    const heads = long.map((_, i) => (i === 0 ? 0 : 1));
    expect(attach(long, heads)).toEqual(heads);
  });

  it("keeps every parse a tree with punctuation as projective leaves (property)", () => {
    const sentence = fc.array(fc.constantFrom("the", "man", "said", ",", ".", '"', "(", ")", "and", "it"), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(sentence, (words) => {
        const parsed = parseWords(words);
        const heads = parsed.map((w) => w.head);
        expect(heads.filter((h) => h === 0)).toHaveLength(1);
        parsed.forEach((w, i) => {
          // acyclic: every word reaches the root
          let k = i + 1;
          for (let hops = 0; k !== 0; hops++) {
            expect(hops).toBeLessThan(words.length + 1);
            k = heads[k - 1];
          }
          // (a sentence whose head is a mark keeps the parser's tree)
          const rootIsMark = parsed.some((r) => r.head === 0 && r.upos === "PUNCT");
          if (w.upos === "PUNCT" && !rootIsMark) expect(parsed.some((c) => c.head === i + 1)).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });
});
