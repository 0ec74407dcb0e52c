/**
 * The syntax stage: every sentence of the article, as the language stage tokenised it, tagged and
 * parsed by our model. wink's tokens already follow the UD English conventions the model was
 * trained on ("do" + "n't", "U.S.", "well" + "-" + "known", "Trump" + "'s"), so each token is one
 * word. Heads are article-wide token indices, -1 for a sentence's root.
 */
import type { Article } from "../article.js";
import { parseWords } from "./index.js";

export interface SyntaxLayer {
  /** Universal POS tag of each token. */
  upos: string[];
  /** Index (into the article's tokens) of each token's head; -1 for a root. */
  head: Int32Array;
  /** Universal dependency relation of each token to its head (with subtype: `nsubj:pass`). */
  deprel: string[];
}

/**
 * Sentences longer than this are parsed in pieces: news sentences are far shorter, and a "sentence"
 * of thousands of tokens is a table or unpunctuated text, where a tree would mean nothing.
 */
const MAX_PARSED = 200;

export function parseArticle(article: Pick<Article, "text" | "tokens">): SyntaxLayer {
  const { text, tokens } = article;
  const n = tokens.length;
  const layer: SyntaxLayer = { upos: new Array(n), head: new Int32Array(n).fill(-1), deprel: new Array(n) };
  let a = 0;
  while (a < n) {
    let b = a + 1;
    while (b < n && tokens[b].sentence === tokens[a].sentence && b - a < MAX_PARSED) b++;
    parseSpan(text, tokens, a, b, layer);
    a = b;
  }
  return layer;
}

function parseSpan(text: string, tokens: Article["tokens"], a: number, b: number, layer: SyntaxLayer): void {
  const words: string[] = [];
  for (let i = a; i < b; i++) words.push(text.slice(tokens[i].start, tokens[i].end));
  const parsed = parseWords(words);
  for (let k = 0; k < parsed.length; k++) {
    layer.upos[a + k] = parsed[k].upos;
    layer.head[a + k] = parsed[k].head === 0 ? -1 : a + parsed[k].head - 1;
    layer.deprel[a + k] = parsed[k].deprel;
  }
}
