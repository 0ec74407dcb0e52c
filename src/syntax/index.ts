/**
 * Syntax for gold-tokenised sentences: UPOS tags and labelled dependency trees (Universal
 * Dependencies), from our own averaged-perceptron tagger and greedy arc-eager parser trained on UD
 * English EWT (see models/README.md). The model is loaded once per process, on first use.
 */
import { join } from "node:path";
import { packageRoot } from "../util/lexicon.js";
import { encodeWords } from "./lexical.js";
import { loadModel, type SyntaxModel } from "./model.js";
import { parseTagged } from "./parser.js";
import { attachPunctuation } from "./punctuation.js";
import { tagSentence } from "./tagger.js";

export interface ParsedWord {
  /** Universal POS tag. */
  upos: string;
  /** 1-based index of the head word, 0 for the root (as in CoNLL-U). */
  head: number;
  /** Universal dependency relation, with its subtype (e.g. `nsubj:pass`). */
  deprel: string;
}

export const MODEL_FILE = "models/syntax-en-ewt.bin";

let cached: SyntaxModel | undefined;

/** The shipped model (loaded on first call). */
export function syntaxModel(): SyntaxModel {
  cached ??= loadModel(join(packageRoot(), MODEL_FILE));
  return cached;
}

function clean(words: readonly string[]): string[] {
  return Array.from(words, (w) => (typeof w === "string" ? w : String(w ?? "")));
}

/** UPOS tags of one sentence's words. */
export function tagWordsWith(model: SyntaxModel, words: readonly string[]): string[] {
  const encoded = encodeWords(clean(words), model.lexicon);
  const tags = new Int32Array(encoded.n + 1);
  tagSentence(model.tagger, encoded, tags, new Int32Array(encoded.n + 1));
  return Array.from(tags.subarray(1), (t) => model.tags[t]);
}

/** Tags and parses one sentence of already tokenised words with `model`. */
export function parseWordsWith(model: SyntaxModel, words: readonly string[]): ParsedWord[] {
  if (words.length === 0) return [];
  const forms = clean(words);
  const encoded = encodeWords(forms, model.lexicon);
  const n = encoded.n;
  const tags = new Int32Array(n + 1);
  const alternatives = new Int32Array(n + 1);
  tagSentence(model.tagger, encoded, tags, alternatives);
  const rootLabel = model.labels.indexOf("root");
  const tree = parseTagged(
    { parser: model.parser, labeler: model.labeler, rootLabel, candidates: model.candidates },
    { words: encoded, tags, alternatives },
  );
  const heads = new Int32Array(n + 1);
  const punct = new Uint8Array(n + 1);
  const punctTag = model.tags.indexOf("PUNCT");
  for (let i = 1; i <= n; i++) {
    heads[i] = tree.headOf(i);
    punct[i] = tags[i] === punctTag ? 1 : 0;
  }
  attachPunctuation(heads, punct, forms);
  const out: ParsedWord[] = [];
  for (let i = 1; i <= n; i++) {
    // a mark the rules moved is "punct" whatever the labeller said of its old arc
    const moved = heads[i] !== tree.headOf(i);
    const deprel = moved && punct[i] ? "punct" : model.labels[tree.labels[i]];
    out.push({ upos: model.tags[tags[i]], head: heads[i], deprel });
  }
  return out;
}

/** UPOS tags of one sentence's words, with the shipped model. */
export function tagWords(words: readonly string[]): string[] {
  return words.length === 0 ? [] : tagWordsWith(syntaxModel(), words);
}

/** Tags and parses one sentence of already tokenised words, with the shipped model. */
export function parseWords(words: readonly string[]): ParsedWord[] {
  return words.length === 0 ? [] : parseWordsWith(syntaxModel(), words);
}

/**
 * The Penn Treebank tags the model's tag dictionary gives a lower-case word ("sent" -> VBD, VBN), or
 * none: a question the tags of one sentence cannot answer (is this past tense a participle too?).
 */
export function dictionaryTags(word: string): string[] {
  const dictionary = syntaxModel().lexicon.dictionary;
  const id = dictionary?.idOf(word) ?? 0;
  return id > 0 && dictionary ? dictionary.tagSets[id - 1].split("|") : [];
}

/**
 * Is the word only ever a name? The tag dictionary lists no common-word reading of it ("Har-Shefi",
 * "Qantas"; not "Women", "Day", "Brown").
 */
export function nameOnly(word: string): boolean {
  return dictionaryTags(word.toLowerCase()).every((t) => t === "NNP" || t === "NNPS");
}
