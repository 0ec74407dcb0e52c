/**
 * Random documents for the property-based tests: ordinary news prose mixed with quotation marks of
 * every kind, astral characters, byte-order marks, Unicode spaces and separators, CRLF and CR-only
 * lines and HTML fragments. Shared by `npm test` (a few hundred cases) and `npm run test:fuzz`.
 */
import fc from "fast-check";

/** Cases per property: FUZZ_RUNS in the environment (the fuzz run), else a few hundred. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** The seed of the random cases: FUZZ_SEED in the environment, else a fixed one (same cases every run). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

const names = ["John Smith", "Mary Jones", "Li Wei", "Sergei Lavrov", "Angela Merkel", "the ministry"];
const places = ["Moscow", "Tokyo", "Springfield", "Ukraine", "the United States"];
const cues = ["said", "told Reuters", "wrote", "added", "warned", "claimed"];
const opens: [string, string][] = [
  ["“", "”"],
  ['"', '"'],
  ["«", "»"],
  ["„", "“"],
  ["‘", "’"],
  ["'", "'"],
  ["''", "''"],
];
/** Characters that render as nothing or as a plain space. */
export const invisibles = ["\ufeff", "\u3000", "\u2028", "\u2029", "\f", "\v", "\u00a0", "\u200b", "\u2009"];
const astral = ["👧", "🇺🇦", "𝒜", "😀", "🙂‍↔️"];
const html = ["<b>bold</b>", "&amp;", "<p>", "</div>", "<a href='x'>link</a>", "&nbsp;", "<br/>"];
const breaks = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " "];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** English filler (not lorem ipsum, which the language stage rightly reads as another language). */
const vocabulary = [
  "the",
  "government",
  "said",
  "on",
  "Monday",
  "that",
  "it",
  "would",
  "not",
  "accept",
  "new",
  "terms",
  "and",
  "talks",
  "were",
  "over",
  "a",
  "deal",
  "for",
  "the",
  "city",
  "was",
  "signed",
  "in",
  "March",
  "by",
  "officials",
  "who",
  "asked",
  "questions",
  "about",
  "prices",
  "rising",
  "again",
  "this",
  "week",
];
const words = (maxCount: number) =>
  fc.array(pick(vocabulary), { minLength: 1, maxLength: maxCount }).map((w) => w.join(" "));

const sentence: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(pick(names), pick(cues), pick(opens), words(8))
    .map(([who, cue, [o, c], words]) => `${who} ${cue} ${o}${words}${c}.`),
  fc
    .tuple(pick(opens), words(10), pick(names), pick(cues))
    .map(([[o, c], words, who, cue]) => `${o}${words},${c} ${who} ${cue}.`),
  fc
    .tuple(pick(names), pick(places), fc.integer({ min: 1990, max: 2030 }))
    .map(([who, where, year]) => `${who} visited ${where} in March ${year}, the agency reported.`),
  fc
    .tuple(pick(names), pick(places))
    .map(([who, where]) => `According to ${who}, ${where} will never agree?`),
  words(12).map((w) => `${w}.`),
);

const noise: fc.Arbitrary<string> = fc.oneof(
  pick(invisibles),
  pick(astral),
  pick(html),
  pick(opens).map(([o]) => o),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);

const piece = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: noise },
  { weight: 2, arbitrary: pick(breaks) },
);

/** A document of up to 40 pieces joined by spaces. */
export const documentText: fc.Arbitrary<string> = fc
  .array(piece, { maxLength: 40 })
  .map((parts) => parts.join(" "));

/** A document of whole sentences, and a sentence boundary at which to insert an invisible character. */
export const sentencesWithInsertion = fc
  .tuple(
    fc.array(sentence, { minLength: 2, maxLength: 12 }),
    fc.nat(),
    pick(invisibles.filter((c) => c !== "\u2028" && c !== "\u2029")),
  )
  .map(([sentences, at, mark]) => ({ sentences, at: 1 + (at % (sentences.length - 1)), mark }));
