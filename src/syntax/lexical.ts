/**
 * Per-word atoms computed once per word: the word's vocabulary id and integer hashes of its
 * affixes and shape. Features are then built from these integers only.
 */
import type { TagDictionary } from "./dictionary.js";
import { hashRange } from "./hash.js";

/** Word ids: 0 = no word, 1 = unknown word, 2 = the artificial root; vocabulary words from 3. */
export const UNKNOWN_WORD = 1;
export const ROOT_WORD = 2;
export const FIRST_WORD_ID = 3;

/** Atoms per word, stored with this stride in `EncodedSentence.atoms`. */
export const Atom = {
  Word: 0,
  Form: 1,
  Suffix1: 2,
  Suffix2: 3,
  Suffix3: 4,
  Suffix4: 5,
  Prefix1: 6,
  Prefix2: 7,
  Prefix3: 8,
  Shape: 9,
  Flags: 10,
  /** Bit set of the tags the word has in training (0 for unknown words). */
  TagClass: 11,
  /** The external dictionary's tag set of the word as written, and of its lower case (0: none). */
  DictExact: 12,
  DictLower: 13,
  /** Tag index + 1 of a word whose tag training settled (see `fixedTagsOf`), 0 for the others. */
  FixedTag: 14,
} as const;
export const ATOMS = 15;

export interface EncodedSentence {
  /** Words, not counting the root. */
  n: number;
  /** Atoms of word i (1-based; row 0 is the root) at `atoms[i * ATOMS + atom]`. */
  atoms: Int32Array;
}

/** The vocabulary key of a word: lower case, digits folded to 0. */
export function wordKey(form: string): string {
  const lower = form.toLowerCase();
  return /[0-9]/.test(lower) ? lower.replace(/[0-9]/g, "0") : lower;
}

/** The known words (ids from FIRST_WORD_ID in this order) and the tags each was seen with. */
export interface Lexicon {
  words: string[];
  /** Bit set of tag indices, per word. */
  tagClasses: number[];
  ids: Map<string, number>;
  /** Tags of words beyond the training data (see dictionary.ts). */
  dictionary?: TagDictionary;
  /** [vocabulary index, tag index] of the words the tagger tags without scoring. */
  fixedTags: readonly (readonly [number, number])[];
  /** The same, by word id: tag index + 1, 0 for a word the tagger scores. */
  fixedTagOf: Int32Array;
}

export function lexicon(
  words: string[],
  tagClasses: number[],
  dictionary?: TagDictionary,
  fixedTags: readonly (readonly [number, number])[] = [],
): Lexicon {
  const fixedTagOf = new Int32Array(words.length + FIRST_WORD_ID);
  for (const [index, tag] of fixedTags) fixedTagOf[index + FIRST_WORD_ID] = tag + 1;
  const ids = new Map(words.map((w, i) => [w, i + FIRST_WORD_ID]));
  return { words, tagClasses, ids, dictionary, fixedTags, fixedTagOf };
}

/**
 * Words frequent in training and (nearly) always with one tag ("the", "of", ",", "would"): a
 * third of running text, which the tagger then tags without scoring (Honnibal's tagger does the
 * same). On UD dev the fixed tag is right as often as the tagger was on these words.
 */
export const FIXED_TAG = { minCount: 20, minShare: 0.99 };

function fixedTagsOf(counts: readonly { count: number; perTag: Map<number, number> }[]): [number, number][] {
  const out: [number, number][] = [];
  counts.forEach(({ count, perTag }, index) => {
    if (count < FIXED_TAG.minCount) return;
    let best = -1;
    for (const [tag, n] of perTag) if (best < 0 || n > (perTag.get(best) ?? 0)) best = tag;
    if ((perTag.get(best) ?? 0) >= FIXED_TAG.minShare * count) out.push([index, best]);
  });
  return out;
}

/** Words seen at least `minCount` times in tagged training sentences, in order of first appearance. */
export function buildLexicon(
  sentences: readonly (readonly { form: string; upos: string }[])[],
  tags: readonly string[],
  minCount: number,
  dictionary?: TagDictionary,
): Lexicon {
  const counts = new Map<string, { count: number; tagClass: number; perTag: Map<number, number> }>();
  for (const words of sentences) {
    for (const w of words) {
      const key = wordKey(w.form);
      const entry = counts.get(key) ?? { count: 0, tagClass: 0, perTag: new Map() };
      const tag = tags.indexOf(w.upos);
      entry.count++;
      entry.tagClass |= 1 << tag;
      entry.perTag.set(tag, (entry.perTag.get(tag) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  const kept = [...counts].filter(([, e]) => e.count >= minCount);
  return lexicon(
    kept.map(([w]) => w),
    kept.map(([, e]) => e.tagClass),
    dictionary,
    fixedTagsOf(kept.map(([, e]) => e)),
  );
}

function charClass(code: number): number {
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 48 && code <= 57) return 100; // d
  if (code > 127) return code >= 0xd800 && code <= 0xdfff ? 83 : 85; // S (surrogates: emoji), U
  return code;
}

/** Hash of the word's shape (Xxxx -> Xxx, 1999 -> dd, U.S. -> X.X.): runs longer than 2 collapse. */
function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length && i < 40; i++) {
    const c = charClass(form.charCodeAt(i));
    run = c === last ? run + 1 : 1;
    last = c;
    if (run > 2) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Bits: has a digit, has a hyphen, starts upper-case, all upper-case/digits, all punctuation. */
function flags(form: string): number {
  let digit = false;
  let hyphen = false;
  let allUpper = form.length > 1;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 45) hyphen = true;
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) allUpper = false;
  }
  const first = form.charCodeAt(0);
  let f = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (allUpper ? 8 : 0);
  if (first >= 65 && first <= 90) f |= 4;
  if (form.length > 0 && PUNCTUATION.test(form)) f |= 16;
  return f;
}

const PUNCTUATION = /^\p{P}+$/u;

/** Atoms of one word form, written at `row` of `atoms`. */
function encodeForm(form: string, lex: Lexicon, atoms: Int32Array, row: number): void {
  const lower = form.toLowerCase();
  const len = lower.length;
  const id = lex.ids.get(wordKey(form)) ?? UNKNOWN_WORD;
  atoms[row + Atom.Word] = id;
  atoms[row + Atom.TagClass] = id >= FIRST_WORD_ID ? lex.tagClasses[id - FIRST_WORD_ID] : 0;
  atoms[row + Atom.FixedTag] = lex.fixedTagOf[id] ?? 0;
  atoms[row + Atom.Form] = hashRange(form, 0, Math.min(form.length, 60));
  for (let k = 1; k <= 4; k++)
    atoms[row + Atom.Suffix1 + k - 1] = hashRange(lower, Math.max(0, len - k), len) + k;
  for (let k = 1; k <= 3; k++)
    atoms[row + Atom.Prefix1 + k - 1] = hashRange(lower, 0, Math.min(k, len)) + 7 * k;
  atoms[row + Atom.Shape] = shapeHash(form);
  atoms[row + Atom.Flags] = flags(form);
  const dictLower = lex.dictionary?.idOf(lower) ?? 0;
  atoms[row + Atom.DictLower] = dictLower;
  atoms[row + Atom.DictExact] = form === lower ? dictLower : (lex.dictionary?.idOf(form) ?? 0);
}

/**
 * Atoms of the forms met so far, per lexicon: news repeats its words, so most words are copied
 * instead of hashed again. Bounded (one slab of rows): it starts afresh when the slab is full.
 */
export const FORM_CACHE_SIZE = 16_384;

interface FormCache {
  rows: Map<string, number>;
  atoms: Int32Array;
}

const formCaches = new WeakMap<Lexicon, FormCache>();

function formCache(lex: Lexicon): FormCache {
  let cache = formCaches.get(lex);
  if (!cache) {
    cache = { rows: new Map(), atoms: new Int32Array(FORM_CACHE_SIZE * ATOMS) };
    formCaches.set(lex, cache);
  }
  return cache;
}

/** The offset in `cache.atoms` of the row holding the atoms of `form`. */
function cachedRow(form: string, lex: Lexicon, cache: FormCache): number {
  let row = cache.rows.get(form);
  if (row === undefined) {
    if (cache.rows.size >= FORM_CACHE_SIZE) cache.rows.clear();
    row = cache.rows.size * ATOMS;
    encodeForm(form, lex, cache.atoms, row);
    cache.rows.set(form, row);
  }
  return row;
}

/** Atoms of a sentence's words (row 0 is the root). Long words only contribute their ends. */
export function encodeWords(words: readonly string[], lex: Lexicon): EncodedSentence {
  const n = words.length;
  const atoms = new Int32Array((n + 1) * ATOMS);
  atoms[Atom.Word] = ROOT_WORD;
  const cache = formCache(lex);
  for (let i = 1; i <= n; i++) {
    const row = cachedRow(words[i - 1] ?? "", lex, cache);
    for (let a = 0; a < ATOMS; a++) atoms[i * ATOMS + a] = cache.atoms[row + a];
  }
  return { n, atoms };
}
