/**
 * How quote texts are compared across articles: the words of a quote once case, punctuation and
 * the editorial marks that outlets add or drop are set aside.
 */
import { loadSet } from "../../util/lexicon.js";

/**
 * Marks deleted inside words rather than read as word breaks: apostrophes (straight or curly:
 * "don’t" and "don't" are one word "dont") and the brackets of editorial insertions ("[W]e",
 * "(T)hose"), so that a quote keeps its words whichever way it was typeset.
 */
const DELETED = /[’'‘ʼ`´()[\]{}]/g;
/** A dot or comma inside a number ("18.7", "1,000") or between letters ("U.S.") joins. */
const JOINING = /(?<=\p{N})[.,](?=\p{N})|(?<=(?:^|[^\p{L}])\p{L})\.(?=\p{L}\.)/gu;

/** The words of a quote: lower case, NFKC, punctuation removed; "U.S." is "us", "9/11" is "9 11". */
export function quoteWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(DELETED, "")
    .replace(JOINING, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/**
 * A quote's text as written, without what a frame changes: surrounding white space and the
 * closing comma or full stop (`"...," she said` and `She said: "...."` quote the same words).
 */
export function surface(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .replace(/[\s.,;:]+$/u, "");
}

let stop: Set<string> | undefined;

/** Function words and fillers of speech (lexicons/corpus/stopwords.txt): they identify no statement. */
export function isStopWord(word: string): boolean {
  stop ??= loadSet("corpus/stopwords");
  return stop.has(word);
}

/** How many of the words identify a statement (are not stop words). */
export const contentCount = (words: readonly string[]): number => words.filter((w) => !isStopWord(w)).length;

/**
 * Words that can identify a statement across articles: two content words, or one in a run of at
 * least six words ("It's not a one-way street. They're both going"). "I don't know." or
 * "Absolutely." from two people are not one statement, so such quotes join no cluster.
 */
export const identifiable = (words: readonly string[]): boolean => {
  const content = contentCount(words);
  return content >= 2 || (content === 1 && words.length >= 6);
};
