/**
 * What a variant of a quotation cut, changed or added relative to the longest version, word by
 * word (case and punctuation ignored): the analyst's "how did the statement change on the way".
 */

export interface VariantChanges {
  /** Runs of the longer version's words that the variant leaves out. */
  cut: string[];
  /** Runs replaced by other words. */
  changed: { from: string; to: string }[];
  /** Runs of words the variant has and the longer version does not. */
  added: string[];
}

/** Above this many word pairs the alignment is not attempted (quadratic in the lengths). */
const MAX_CELLS = 1_000_000;

interface Word {
  shown: string;
  key: string;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const key = m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    if (key !== "") out.push({ shown: m[0], key });
  }
  return out;
}

/** Longest-common-subsequence table, filled from the ends: lcs[i][j] for a[i..], b[j..]. */
function lcsTable(a: Word[], b: Word[]): Uint32Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] =
        a[i].key === b[j].key ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  return table;
}

/**
 * The changes that turn `longest` into `variant`, or null when the texts are too long to align.
 * Adjacent removed and inserted runs make one change; a removed run alone is a cut.
 */
export function variantChanges(longest: string, variant: string): VariantChanges | null {
  const a = words(longest);
  const b = words(variant);
  if (a.length * b.length > MAX_CELLS) return null;
  const table = lcsTable(a, b);
  const changes: VariantChanges = { cut: [], changed: [], added: [] };
  let removed: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    if (removed.length && inserted.length)
      changes.changed.push({ from: removed.join(" "), to: inserted.join(" ") });
    else if (removed.length) changes.cut.push(removed.join(" "));
    else if (inserted.length) changes.added.push(inserted.join(" "));
    removed = [];
    inserted = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].key === b[j].key) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[i + 1][j] >= table[i][j + 1]))
      removed.push(a[i++].shown);
    else inserted.push(b[j++].shown);
  }
  flush();
  return changes;
}
