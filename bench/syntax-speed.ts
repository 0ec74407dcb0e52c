/**
 * Tagging and parsing alone (our model in src/syntax), on the sentences and tokens the language
 * stage gives the timed texts: the figure the syntax issue sets a floor for (80,000 words/s on one
 * core). Tokenising is done first and not timed; each sentence is then tagged and parsed once.
 * Words are counted as for the pipeline (`countWords`), so the rates compare.
 */
import { segment } from "../src/language/index.js";
import { parseWords } from "../src/syntax/index.js";
import { type BenchArticle, countWords } from "./corpus.js";

export interface SyntaxSpeed {
  words: number;
  sentences: number;
  wordsPerSec: number;
  wordsPerCpuSec: number;
}

/** The token strings of every sentence of the texts, as the pipeline would parse them. */
function sentencesOf(articles: readonly BenchArticle[]): string[][] {
  const out: string[][] = [];
  for (const { text } of articles) {
    const { sentences, tokens } = segment(text, [{ type: "paragraph", start: 0, end: text.length }]);
    const words: string[][] = sentences.map(() => []);
    for (const t of tokens) words[t.sentence].push(text.slice(t.start, t.end));
    out.push(...words.filter((w) => w.length > 0));
  }
  return out;
}

export function measureSyntax(articles: readonly BenchArticle[]): SyntaxSpeed {
  const sentences = sentencesOf(articles);
  const words = articles.reduce((sum, a) => sum + countWords(a.text), 0);
  parseWords(sentences[0] ?? []); // the model loads once, outside the timed loop
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const s of sentences) parseWords(s);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    words,
    sentences: sentences.length,
    wordsPerSec: Math.round(words / seconds),
    wordsPerCpuSec: Math.round(words / cpuSeconds),
  };
}
