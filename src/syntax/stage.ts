/**
 * The syntax stage: the article's sentences, as the language stage tokenised them, tagged and
 * parsed by our model. wink's tokens already follow the UD English conventions the model was
 * trained on ("do" + "n't", "U.S.", "well" + "-" + "known", "Trump" + "'s"), so each token is one
 * word. Heads are article-wide token indices, -1 for a sentence's root.
 *
 * Parsing is half of the pipeline's cost and the later stages read the tree of few sentences (the
 * quotes stage: those with a reported cue), so a sentence is parsed when a stage first asks for
 * one of its tokens (`ensure`), once. A sentence's parse depends only on its words: the result is
 * the same whichever sentences were asked for before.
 */
import type { Article } from "../article.js";
import { parseWords } from "./index.js";

export interface SyntaxLayer {
  /** Universal POS tag of each token (once its sentence is parsed). */
  upos: string[];
  /** Index (into the article's tokens) of each token's head; -1 for a root (or not yet parsed). */
  head: Int32Array;
  /** Universal dependency relation of each token to its head (with subtype: `nsubj:pass`). */
  deprel: string[];
  /** Parses the sentence (or piece of a long one) that holds token `i`, unless it is parsed. */
  ensure(i: number): void;
  /** The tokens [a, b) of the parsed piece that holds token `i`: heads never leave it. */
  piece(i: number): [number, number];
}

/**
 * Sentences longer than this are parsed in pieces: news sentences are far shorter, and a "sentence"
 * of thousands of tokens is a table or unpunctuated text, where a tree would mean nothing.
 */
const MAX_PARSED = 200;

export function parseArticle(article: Pick<Article, "text" | "tokens">): SyntaxLayer {
  const { text, tokens } = article;
  const n = tokens.length;
  const pieceStart = pieceStarts(tokens);
  const parsed = new Uint8Array(n);
  const layer: SyntaxLayer = {
    upos: new Array(n),
    head: new Int32Array(n).fill(-1),
    deprel: new Array(n),
    ensure(i: number) {
      if (i < 0 || i >= n || parsed[i]) return;
      const [a, b] = layer.piece(i);
      parsed.fill(1, a, b);
      parseSpan(text, tokens, a, b, layer);
    },
    piece(i: number): [number, number] {
      const a = pieceStart[i];
      let b = a + 1;
      while (b < n && pieceStart[b] === a) b++;
      return [a, b];
    },
  };
  return layer;
}

/** For each token, the first token of its piece: its sentence, cut every MAX_PARSED tokens. */
function pieceStarts(tokens: Article["tokens"]): Int32Array {
  const starts = new Int32Array(tokens.length);
  let a = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].sentence !== tokens[a].sentence || i - a >= MAX_PARSED) a = i;
    starts[i] = a;
  }
  return starts;
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
