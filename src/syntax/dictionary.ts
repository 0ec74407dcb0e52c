/**
 * An external tag dictionary: the Penn Treebank tags a word can have, for about 112,000 English
 * words (en-lexicon, MIT, grown from Eric Brill's tagger lexicon). UD EWT's training split knows
 * 8,600 words; for the others the tagger and parser only had affixes and shape, and a fifth of
 * those words were mistagged. The dictionary is read from the package at training time and
 * stored inside the model file, so running needs no extra dependency.
 */
import { createRequire } from "node:module";

export interface TagDictionary {
  /** Distinct tag strings ("VBD|VBN"), in order of first appearance; a word's id is index + 1. */
  tagSets: string[];
  ids: Map<string, number>;
}

/** The form in the model file: per tag set, its words joined by newlines. */
export interface PackedDictionary {
  tagSets: string[];
  words: string[];
}

/** en-lexicon's entries (a development dependency: only training reads it). */
export function readEnLexicon(): TagDictionary {
  const require = createRequire(import.meta.url);
  const entries = (require("en-lexicon") as { lexicon: Record<string, string> }).lexicon;
  const tagSets: string[] = [];
  const setIds = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const word of Object.keys(entries).sort()) {
    const tags = entries[word];
    if (typeof tags !== "string" || tags === "") continue;
    let id = setIds.get(tags);
    if (id === undefined) {
      tagSets.push(tags);
      id = tagSets.length;
      setIds.set(tags, id);
    }
    ids.set(word, id);
  }
  return { tagSets, ids };
}

export function packDictionary(dictionary: TagDictionary): PackedDictionary {
  const groups: string[][] = dictionary.tagSets.map(() => []);
  for (const [word, id] of dictionary.ids) groups[id - 1].push(word);
  return { tagSets: dictionary.tagSets, words: groups.map((g) => g.join("\n")) };
}

export function unpackDictionary(packed: PackedDictionary): TagDictionary {
  const ids = new Map<string, number>();
  packed.words.forEach((group, i) => {
    if (group !== "") for (const word of group.split("\n")) ids.set(word, i + 1);
  });
  return { tagSets: packed.tagSets, ids };
}
