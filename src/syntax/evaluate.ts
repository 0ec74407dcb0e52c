/** UD scores of predicted trees against gold ones (CoNLL 2018 shared task definitions). */
import type { ConlluWord } from "./conllu.js";

export interface UdScores {
  words: number;
  /** UPOS accuracy. */
  upos: number;
  /** Head right. */
  uas: number;
  /** Head and universal relation right (subtypes ignored, as in the CoNLL 2018 scorer). */
  las: number;
  /** Head and full relation (with subtype) right. */
  lasFull: number;
}

export interface PredictedWord {
  upos: string;
  head: number;
  deprel: string;
}

const universal = (deprel: string) => deprel.split(":")[0];

/** Scores every word, punctuation included; `predicted[s][w]` answers `gold[s][w]`. */
export function scoreTrees(gold: readonly ConlluWord[][], predicted: readonly PredictedWord[][]): UdScores {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  gold.forEach((sentence, s) => {
    sentence.forEach((g, w) => {
      const p = predicted[s][w];
      words++;
      if (p.upos === g.upos) upos++;
      if (p.head !== g.head) return;
      uas++;
      if (universal(p.deprel) === universal(g.deprel)) las++;
      if (p.deprel === g.deprel) lasFull++;
    });
  });
  const share = (k: number) => (words ? k / words : 0);
  return { words, upos: share(upos), uas: share(uas), las: share(las), lasFull: share(lasFull) };
}
