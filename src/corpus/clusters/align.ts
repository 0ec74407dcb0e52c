/** Word-level alignment of two quotes: containment and edit distance on words, not characters. */

/**
 * Whether `part` occurs as a contiguous run of words in `whole` (Knuth-Morris-Pratt: linear in
 * both, whatever repetitions a hostile quote holds).
 */
export function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  // fallback[j]: length of the longest proper prefix of part[0..j] that is also its suffix
  const fallback = new Array<number>(part.length).fill(0);
  for (let j = 1, k = 0; j < part.length; j++) {
    while (k > 0 && part[j] !== part[k]) k = fallback[k - 1];
    if (part[j] === part[k]) k++;
    fallback[j] = k;
  }
  for (let i = 0, k = 0; i < whole.length; i++) {
    while (k > 0 && whole[i] !== part[k]) k = fallback[k - 1];
    if (whole[i] === part[k]) k++;
    if (k === part.length) return true;
  }
  return false;
}

/**
 * A lower bound of `fitDistance(part, whole)` that costs no alignment: each word of `part` that
 * `whole` does not hold (counting repeats) needs an edit.
 */
export function missingWords(part: readonly string[], whole: readonly string[]): number {
  const available = new Map<string, number>();
  for (const w of whole) available.set(w, (available.get(w) ?? 0) + 1);
  let missing = 0;
  for (const w of part) {
    const n = available.get(w) ?? 0;
    if (n > 0) available.set(w, n - 1);
    else missing++;
  }
  return missing;
}

/**
 * The fewest word edits (insertions, deletions, substitutions, and swaps of two adjacent words)
 * that turn `part` into some contiguous run of `whole` (semi-global alignment: the words of
 * `whole` before and after the run are free). It is the word edit distance of an edited variant,
 * also when it is truncated too.
 */
export function fitDistance(part: readonly string[], whole: readonly string[]): number {
  // rows[i % 3][j]: cost of aligning part's first i words with a run of whole ending at word j
  const rows = [0, 1, 2].map(() => new Array<number>(whole.length + 1).fill(0));
  for (let i = 1; i <= part.length; i++) {
    const [row, prev, prev2] = [rows[i % 3], rows[(i - 1) % 3], rows[(i + 1) % 3]];
    row[0] = i;
    for (let j = 1; j <= whole.length; j++) {
      let cost = Math.min(prev[j - 1] + (part[i - 1] === whole[j - 1] ? 0 : 1), prev[j] + 1, row[j - 1] + 1);
      if (i > 1 && j > 1 && part[i - 1] === whole[j - 2] && part[i - 2] === whole[j - 1])
        cost = Math.min(cost, prev2[j - 2] + 1);
      row[j] = cost;
    }
  }
  return rows[part.length % 3].reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
}
