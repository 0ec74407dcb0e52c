/**
 * The copy of a block that wink's tokenizer reads. It has the text's exact length (every offset into
 * it is an offset into the text), with three changes (the third: EXTENDED_LATIN below):
 * - invisible and unusual space characters (format characters such as U+FEFF and U+200B, the
 *   Unicode spaces and separators, form feed, vertical tab) become plain spaces: wink would
 *   otherwise glue some of them to the next word or drop them from its offsets;
 * - runs of more than MAX_RUN non-space characters (base64, minified code, one repeated character)
 *   get a space every MAX_RUN characters: wink's tokenizer is superlinear in the length of one
 *   token (a 40k-character "word" takes seconds).
 * Both are done by a scan over code units, not by regular expressions with unbounded repetition,
 * which overflow V8's backtracking stack on runs of megabytes.
 */

export const MAX_RUN = 100;

export const INVISIBLE = /[\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

/** White space as `\s` has it, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Half of an astral character (an emoji): never replaced, so no token boundary falls inside one. */
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Where a space replaces a character so that no run exceeds MAX_RUN (never inside a surrogate pair). */
function longRunCuts(s: string): number[] {
  const cuts: number[] = [];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) run = 0;
    else if (run >= MAX_RUN - 1 && !isSurrogate(c)) {
      cuts.push(i);
      run = 0;
    } else run++;
  }
  return cuts;
}

/**
 * Letters of the Latin extensions (Romanian ă, Turkish ğ, Polish Ł, Vietnamese ễ) and combining
 * accents: wink's tokenizer knows only the Latin-1 letters and cuts a word at any other ("Isărescu"
 * became "Is", "ă", "rescu"; "Erdoğan" "Erdo", "ğ", "an"), so each is read as a plain letter of its
 * case (one code unit for one: the offsets stay).
 */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]|[\u0300-\u036f]/g;

const plainLetter = (c: string) => (c.toLowerCase() !== c ? "E" : "e");

export function tokenizerCopy(s: string): string {
  const plain = s.replace(INVISIBLE, " ").replace(EXTENDED_LATIN, plainLetter);
  if (plain.length <= MAX_RUN) return plain;
  const cuts = longRunCuts(plain);
  if (cuts.length === 0) return plain;
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(plain.slice(from, cut));
    from = cut + 1;
  }
  parts.push(plain.slice(from));
  return parts.join(" ");
}
