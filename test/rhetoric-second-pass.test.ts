import { describe, expect, it } from "vitest";
import type { Block, Quote } from "../src/analysis.js";
import type { Article } from "../src/article.js";
import { findTechniques } from "../src/rhetoric/index.js";
import { articleUpToLanguage, quoteAt } from "./helpers.js";

const article = (text: string, blocks: Block[], quotes: Quote[] = []): Article =>
  articleUpToLanguage(text, { blocks, quotes });

const para = (text: string): Block[] => [{ type: "paragraph", start: 0, end: text.length }];

const quote = quoteAt;

describe("rhetoric second pass", () => {
  it("reports a charged word that ends in a noun for people as a label", () => {
    const text = "The despotic leader spoke again. The despotic measures went on.";
    const items = findTechniques(article(text, para(text))).filter(
      (t) => t.rule === "loaded-language/emotive-words",
    );
    const leader = items.find((t) => t.text.includes("leader"));
    const measures = items.find((t) => t.text.includes("measures"));
    expect(leader?.technique).toBe("Name_Calling,Labeling");
    expect(measures?.technique).toBe("Loaded_Language");
  });

  it("does not flag short signpost questions but flags longer ones", () => {
    const text =
      "What happens now?\nDoes anybody with a modicum of sense really believe that such a deal could work?";
    const items = findTechniques(article(text, para(text))).filter(
      (t) => t.rule === "doubt/rhetorical-question",
    );
    expect(items.map((t) => t.text)).toEqual([
      "Does anybody with a modicum of sense really believe that such a deal could work?",
    ]);
  });

  it("gives a heading that repeats quoted words the speaker's voice", () => {
    const head = "Hostile course";
    const body = `The ministry said: “Tokyo opted for a hostile course against us.”`;
    const text = `${head}\n\n${body}`;
    const blocks: Block[] = [
      { type: "heading", start: 0, end: head.length },
      { type: "paragraph", start: head.length + 2, end: text.length },
    ];
    const inner = "Tokyo opted for a hostile course against us.";
    const items = findTechniques(article(text, blocks, [quote(text, inner, "Foreign Ministry")]));
    const inHeading = items.find((t) => t.end <= head.length && t.text.includes("ostile"));
    expect(inHeading).toBeDefined();
    expect(inHeading?.voice).toBe("Foreign Ministry");
  });

  it("keeps the author's voice for a heading that no quote repeats", () => {
    const head = "Hostile course";
    const body = "Tokyo changed its policy last year.";
    const text = `${head}\n\n${body}`;
    const blocks: Block[] = [
      { type: "heading", start: 0, end: head.length },
      { type: "paragraph", start: head.length + 2, end: text.length },
    ];
    const items = findTechniques(article(text, blocks));
    expect(items.find((t) => t.text.includes("ostile"))?.voice).toBe("author");
  });
});
