/**
 * Token offsets from wink's output. wink reports each token's value and the spaces before it, but
 * that is not lossless: invisible characters (U+FEFF, U+3000, U+2028, U+2029, form feed, vertical
 * tab) vanish from both, so adding lengths up drifts one code unit per such character. Each token
 * is therefore found in the text itself, at the expected place or else at its next occurrence.
 */

/** Start (code-unit offset into `text`) of each token; `text` is what the tokenizer read. */
export function tokenStarts(text: string, values: readonly string[], spaces: readonly string[]): number[] {
  const starts: number[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const expected = at + spaces[i].length;
    let start = text.startsWith(value, expected) ? expected : text.indexOf(value, at);
    // A value the text does not hold (never seen in practice) keeps the summed position.
    if (start < 0) start = Math.min(expected, text.length - value.length);
    starts[i] = Math.max(start, at);
    at = starts[i] + value.length;
  }
  return starts;
}
