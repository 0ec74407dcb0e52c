/**
 * The floor of the benchmark: wink-nlp's bare tokenisation and sentence split, the least any
 * pipeline on wink pays to read a text. Its own wink instance (the pipeline's also tags parts of
 * speech), loaded only by the benchmark.
 */
import { ForgetfulWink } from "../src/language/wink.js";

const floor = new ForgetfulWink(["sbd"]);

/** Tokens and sentences of `text`, as wink reads them with its sentence pipe alone. */
export function tokenizeOnly(text: string): { tokens: number; sentences: number } {
  return floor.withArticle((nlp) => {
    const doc = nlp.readDoc(text);
    return { tokens: doc.tokens().length(), sentences: doc.sentences().length() };
  });
}
