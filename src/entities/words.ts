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
/** A family name written with its Arabic article or particle ("al-Assad", "el-Sisi", "bin-Laden"): a capitalised word. */
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn)-(?=\p{Lu}\p{Ll})/u;

/** The family name without its particle ("al-Assad" -> "Assad", which a later mention may use alone); null for others. */
export function withoutParticle(word: string): string | null {
  const m = PARTICLE_NAME.exec(word);
  return m ? word.slice(m[0].length) : null;
}
const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const WORDISH = /^[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;

// Character tests on the article text by offset, without cutting substrings (one call per token).

/** Only white space between `from` and `to`. */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !WHITESPACE.test(text[k])) return false;
  }
  return true;
}

/** A letter or digit at `at`. */
function wordish(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 128 && WORDISH.test(text[at]);
}

/** A line break between `from` and `to`. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function makeWord(text: string, start: number, pos: string, sentence: number, newline: boolean): Word {
  const lower = text.toLowerCase();
  const first = text.charCodeAt(0);
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
    cap: first >= 65 && first <= 90 ? true : first < 128 ? PARTICLE_NAME.test(text) : CAP.test(text),
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
    if (t.pos === "SPACE" || blank(text, t.start, t.end)) continue;
    let end = t.end;
    let pos = t.pos;
    // Join "A - B" written without spaces ("Ust-Kut", "ITAR-TASS", "1996-08-30").
    if (wordish(text, t.start)) {
      while (
        i + 2 < tokens.length &&
        tokens[i + 1].start === end &&
        tokens[i + 1].end === end + 1 &&
        text.charCodeAt(end) === 45 && // "-"
        tokens[i + 2].start === tokens[i + 1].end &&
        tokens[i + 2].sentence === t.sentence &&
        wordish(text, tokens[i + 2].start)
      ) {
        end = tokens[i + 2].end;
        pos = tokens[i + 2].pos;
        i += 2;
      }
    }
    const newline = words.length > 0 && hasNewline(text, prevEnd, t.start);
    words.push(makeWord(text.slice(t.start, end), t.start, pos, t.sentence, newline));
    prevEnd = end;
  }
  return words;
}
