/**
 * An external tag dictionary: the Penn Treebank tags a word can have, for about 112,000 English
 * words (en-lexicon, MIT, grown from Eric Brill's tagger lexicon). UD EWT's training split knows
 * 8,600 words; for the others the tagger and parser only had affixes and shape, and a fifth of
 * those words were mistagged. The dictionary is read from the package at training time and
 * stored inside the model file, so running needs no extra dependency.
 *
 * It is kept as one sorted, newline-joined string of words with a parallel array of tag-set ids
 * and looked up by binary search: building a Map of 112,000 entries cost ~45 ms (and its garbage)
 * at every start, for a one-paragraph analysis that looks up a few dozen words.
 */
import { createRequire } from "node:module";

/** The form in the model file: the words sorted and joined by newlines, their ids as base64 u16. */
export interface PackedDictionary {
  tagSets: string[];
  words: string;
  ids: string;
}

export class TagDictionary {
  /** Start of each word in `words`, plus one past the end of the last. */
  private readonly starts: Int32Array;

  /**
   * @param tagSets distinct tag strings ("VBD|VBN"); a word's id is index + 1
   * @param words the words in code-unit order, joined by newlines
   * @param ids the tag-set id of each word, in the same order
   */
  constructor(
    readonly tagSets: string[],
    private readonly words: string,
    private readonly ids: Uint16Array,
  ) {
    this.starts = new Int32Array(ids.length + 1);
    let at = 0;
    for (let k = 0; k < ids.length; k++) {
      this.starts[k] = at;
      const nl = words.indexOf("\n", at);
      at = nl < 0 ? words.length + 1 : nl + 1;
    }
    this.starts[ids.length] = at;
  }

  /** The tag-set id of `word` as written (0: not in the dictionary). */
  idOf(word: string): number {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareWith(word, mid);
      if (c === 0) return this.ids[mid];
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return 0;
  }

  /** `word` against entry `k`, in code-unit order (as Array.prototype.sort orders strings). */
  private compareWith(word: string, k: number): number {
    const start = this.starts[k];
    const length = this.starts[k + 1] - 1 - start;
    const n = Math.min(length, word.length);
    for (let i = 0; i < n; i++) {
      const d = word.charCodeAt(i) - this.words.charCodeAt(start + i);
      if (d !== 0) return d;
    }
    return word.length - length;
  }

  /** Builds a dictionary from word -> tag string entries (words with a newline are left out). */
  static fromEntries(entries: Iterable<[string, string]>): TagDictionary {
    const sorted = [...entries].filter(([w, tags]) => tags !== "" && w !== "" && !w.includes("\n"));
    sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const tagSets: string[] = [];
    const setIds = new Map<string, number>();
    const ids = new Uint16Array(sorted.length);
    sorted.forEach(([, tags], k) => {
      let id = setIds.get(tags);
      if (id === undefined) {
        tagSets.push(tags);
        id = tagSets.length;
        setIds.set(tags, id);
      }
      ids[k] = id;
    });
    return new TagDictionary(tagSets, sorted.map(([w]) => w).join("\n"), ids);
  }

  pack(): PackedDictionary {
    const bytes = Buffer.alloc(2 * this.ids.length);
    for (let k = 0; k < this.ids.length; k++) bytes.writeUInt16LE(this.ids[k], 2 * k);
    return { tagSets: this.tagSets, words: this.words, ids: bytes.toString("base64") };
  }

  static unpack(packed: PackedDictionary): TagDictionary {
    const bytes = Buffer.from(packed.ids, "base64");
    const ids = new Uint16Array(bytes.length / 2);
    for (let k = 0; k < ids.length; k++) ids[k] = bytes.readUInt16LE(2 * k);
    return new TagDictionary(packed.tagSets, packed.words, ids);
  }
}

/** en-lexicon's entries (a development dependency: only training reads it). */
export function readEnLexicon(): TagDictionary {
  const require = createRequire(import.meta.url);
  const entries = (require("en-lexicon") as { lexicon: Record<string, string> }).lexicon;
  return TagDictionary.fromEntries(
    Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}
