/** Durations: "three years", "the past five years", "a year and a half", "for decades", "two-year". */
import { fixed, type Rule, rule, span } from "../candidate.js";
import { after, before } from "../guards.js";
import { durationValue, parseNumber, unitName, WORDS } from "../normalise.js";
import { MODIFIER, MONTH, NUMBER, REFS, UNIT, VAGUE_NUMBER, YEAR } from "../patterns.js";
import { lower, modOf } from "../resolve.js";

/** The count of a duration: a number, a half, "a couple", or null when vague ("several"); undefined if none. */
function countOf(raw: string): number | null | undefined {
  if (raw.startsWith("half")) return 0.5;
  if (/couple/.test(raw)) return 2;
  if (WORDS.vagueNumbers.includes(raw)) return null;
  const base = raw.replace(/\s+1\/2$|\s+and\s+a\s+half$/, "");
  const n = parseNumber(base);
  if (n === null) return undefined;
  return base !== raw ? n + 0.5 : n;
}

const REFERENCE_PHRASES = new Set([...REFS.past, ...REFS.present, ...REFS.future]);
const MODAL_BEFORE = /\b(?:will|would|could|may|might|can|shall|should|must)\s+$|['’]ll\s+$/i;

// "three years", "more than half a century", "the past five years", "a year and a half", "22 months"
const DURATION_HEAD =
  "the\\s+(?:past|last|next|first|coming|previous|final|following|latest|remaining|initial|same|entire|whole|full|other)|the|another|an?\\s+additional|an?\\s+extra";
const duration = rule(
  "duration",
  `\\b(?:(${MODIFIER})\\s+(?!the\\b))?(?:(${DURATION_HEAD})\\s+)?(?:(${MODIFIER})\\s+)?(half\\s+an?|${NUMBER}(?:\\s+1/2|\\s+and\\s+a\\s+half)?|${VAGUE_NUMBER}|an?)(?:\\s*(?:to|or|-|–)\\s*${NUMBER})?\\s+(?:(?:more|additional|full|straight|consecutive|long|successive|extra|whole)\\s+)?(${UNIT})(\\s+and\\s+a\\s+half)?(?![\\w-])`,
  (m, text) => {
    const unit = unitName(m[5]);
    if (!WORDS.units[unit]) return null;
    // a phrase the references lexicon lists is a reference ("the last few months": PAST_REF)
    if (REFERENCE_PHRASES.has(lower(m[0]))) return null;
    const numRaw = lower(m[4]);
    const isA = numRaw === "a" || numRaw === "an";
    if (isA && (unit === "second" || unit === "quarter" || unit === "night")) return null;
    if (/^\d{4}$/.test(numRaw) && (unit === "second" || unit === "quarter")) return null;
    const plural = /s$/i.test(m[5]) || /ies$|ia$/i.test(m[5]);
    let n = countOf(numRaw);
    if (n === undefined) return null;
    if (m[6] && n !== null) n += 0.5;
    if (n === 1 && plural && !isA) return null;
    // "52 years old": an age, not a duration (TimeML leaves ages unmarked).
    if (/^\s+old\b/.test(after(text, m, 5))) return null;
    // "Islam will one day be": after a modal, "one day" is some day to come, not a day's length.
    if (numRaw === "one" && unit === "day" && !m[1] && !m[2] && MODAL_BEFORE.test(before(text, m, 12)))
      return span(m, "DATE", fixed("FUTURE_REF"));
    // "$5 million a year", "twice a week": a frequency, not a duration.
    const frequency =
      isA &&
      !m[1] &&
      !m[2] &&
      /(?:\d|million|billion|percent|%|times|once|twice|cents?|dollars?)\s*$/i.test(before(text, m, 25));
    return span(
      m,
      frequency ? "SET" : "DURATION",
      fixed(durationValue(frequency ? 1 : n, unit), modOf(m[1] ?? m[3])),
    );
  },
);

// "for years", "over decades": a vague duration after a preposition (the preposition is not part of it)
const vagueDuration = rule(
  "vague-duration",
  `\\b(?:for|in|over|within|after|take|took|takes|taking|during)\\s+((?:${MODIFIER}\\s+)?(?:the\\s+)?(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\\b`,
  (m) => {
    const idx = (m as RegExpExecArray & { indices: [number, number][] }).indices[1];
    const unit = unitName(m[1].split(/\s+/).pop() ?? "");
    return { start: idx[0], end: idx[1], type: "DURATION", resolve: fixed(durationValue(null, unit)) };
  },
);

/**
 * Spans of unknown length: "in recent weeks", "the first hours (of the ground war)". TimeBank writes
 * "in recent weeks/months" as a duration up to now (PXW, PXM) and keeps "recent years" and "recent
 * days" as PAST_REF (lexicons/time/references.json); "the first days of March" stays a date.
 */
const VAGUE_SPANS = [
  "(?<=\\b(?:in|over|during)\\s+)recent\\s+(?:weeks|months)",
  `the\\s+(?:first|early|initial|final|closing)\\s+(?:hours|days|weeks|months|years)(?!\\s+of\\s+(?:${MONTH}|${YEAR}|the\\s+(?:year|month|week)\\b))`,
];
const vagueSpan = rule("vague-span", `\\b(?:${VAGUE_SPANS.join("|")})(?![\\w-])`, (m) => {
  const unit = unitName(m[0].split(/\s+/).pop() ?? "");
  return span(m, "DURATION", fixed(durationValue(null, unit)));
});

// "months of twists and turns", "the heady days of": a span named by its unit alone (a longer
// expression around it, "several months of", "the first days of", wins the overlap; in "weeks or
// months of" the first unit names the span)
const bareUnits = rule(
  "bare-units",
  `(?<!\\b(?:or|and|to)\\s+)\\b(hours|days|weeks|months|years|decades)(?=\\s+of\\b)`,
  (m) => span(m, "DURATION", fixed(durationValue(null, unitName(m[1])))),
);

// "two-year", "10-year", "four-day", "8-month-old"
const compoundDuration = rule(
  "compound-duration",
  `\\b(${NUMBER}|half|several|few|many|multi)-(${UNIT})(?:-(?:old|long))?(?![\\w-])`,
  (m) => {
    const unit = unitName(m[2]);
    if (!WORDS.units[unit] || /s$/i.test(m[2])) return null;
    const vague = /^(several|few|many|multi)$/i.test(m[1]);
    const n = lower(m[1]) === "half" ? 0.5 : vague ? null : parseNumber(m[1]);
    if (n === null && !vague) return null;
    return span(m, "DURATION", fixed(durationValue(n, unit)));
  },
);

export const DURATION_RULES: Rule[] = [duration, vagueDuration, vagueSpan, bareUnits, compoundDuration];
