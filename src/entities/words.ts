/**
 * Words for the entity recogniser: the language layer's tokens, with hyphenated compounds
 * ("Petropavlovsk-Kamchatsky", "Japan-US") joined back into one word, plus the flags the recogniser reads.
 */
import type { Article } from "../article.js";

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case and there are at least two letters ("TASS", "LONDON"). */
  upper: boolean;
  /** A line break separates this word from the previous one. */
  newline: boolean;
}

const CAP = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const WORDISH = /^[\p{L}\p{N}]/u;
const WHITESPACE = /^\s*$/;

function makeWord(text: string, start: number, pos: string, sentence: number, newline: boolean): Word {
  const lower = text.toLowerCase();
  // Letters are where the lower-case form differs, or any non-ASCII letter: counted without allocating.
  let letters = 0;
  for (let k = 0; k < text.length && letters < 2; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(text[k]))) letters++;
  }
  return {
    start,
    end: start + text.length,
    text,
    lower,
    pos,
    sentence,
    cap: CAP.test(text),
    upper: letters >= 2 && text !== lower && !LOWER_LETTER.test(text),
    newline,
  };
}

/** Builds the words of an article in one pass over its tokens. */
export function buildWords(article: Article): Word[] {
  const { text, tokens } = article;
  const words: Word[] = [];
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === "SPACE" || WHITESPACE.test(text.slice(t.start, t.end))) continue;
    let end = t.end;
    let pos = t.pos;
    // Join "A - B" written without spaces ("Ust-Kut", "ITAR-TASS", "1996-08-30").
    if (WORDISH.test(text[t.start] ?? "")) {
      while (
        i + 2 < tokens.length &&
        tokens[i + 1].start === end &&
        text.slice(tokens[i + 1].start, tokens[i + 1].end) === "-" &&
        tokens[i + 2].start === tokens[i + 1].end &&
        tokens[i + 2].sentence === t.sentence &&
        WORDISH.test(text[tokens[i + 2].start] ?? "")
      ) {
        end = tokens[i + 2].end;
        pos = tokens[i + 2].pos;
        i += 2;
      }
    }
    const newline = words.length > 0 && text.slice(prevEnd, t.start).includes("\n");
    words.push(makeWord(text.slice(t.start, end), t.start, pos, t.sentence, newline));
    prevEnd = end;
  }
  return words;
}
