/**
 * Expressions relative to the document date or to the dates mentioned before: "yesterday", "this
 * morning", "Friday", "last week", "the same year", "two years ago".
 */
import { none, type Rule, rule, span } from "../candidate.js";
import { after, capitalised } from "../guards.js";
import { futureAt, tenseAt } from "../tense.js";
import {
  addDays,
  addMonths,
  durationValue,
  fmtDate,
  fmtMonth,
  fmtWeek,
  pad4,
  parseNumber,
  quarterOf,
  unitName,
  WORDS,
  weekday,
} from "../normalise.js";
import { alt, MODIFIER, NUMBER, PART_OF_DAY, SEASON, UNIT, VAGUE_NUMBER, WEEKDAY } from "../patterns.js";
import {
  DAY_WORDS,
  dayFromDct,
  lower,
  modOf,
  quarterYearBefore,
  referenceDay,
  seasonYear,
  shiftOf,
  weekdayDate,
  weekdayFrom,
  weekdayNumber,
} from "../resolve.js";

// "yesterday", "late yesterday", "tomorrow morning", "tonight", "the day before yesterday"
const dayWord = rule(
  "day-word",
  `\\b(?:(late|early|earlier|later)\\s+)?(?:(${PART_OF_DAY})\\s+)?(${alt(Object.keys(DAY_WORDS))})(?:\\s+(${PART_OF_DAY}))?\\b`,
  (m) => {
    const word = lower(m[3]);
    const offset = DAY_WORDS[word];
    const partWord = m[4] ?? m[2];
    const part = partWord ? WORDS.partsOfDay[lower(partWord)] : word === "tonight" ? "NI" : null;
    return span(m, part ? "TIME" : "DATE", (a) => {
      const [date, anchor] = dayFromDct(a, offset);
      return { value: part ? `${date}T${part}` : date, mod: null, anchor };
    });
  },
);

// "this morning", "last night", "later this afternoon", "the morning"
const partOfDay = rule(
  "part-of-day",
  `\\b(?:(later|earlier|early|late)\\s+)?(this|last|that|the)\\s+(${PART_OF_DAY})\\b`,
  (m, text) => {
    const which = lower(m[2]);
    const part = WORDS.partsOfDay[lower(m[3])];
    // "the night of the murder", "the night he left": a night being described, not a time of the day.
    if (
      which === "the" &&
      !m[1] &&
      /^\s+(?:of|before|after|when|that|the|he|she|they|we|i|it)\b/i.test(after(text, m, 12))
    )
      return null;
    return span(m, "TIME", (a) => {
      if ((which === "that" || which === "the") && a.lastDate?.d) {
        const { y, m: mo, d } = a.lastDate;
        return { value: `${fmtDate({ y, m: mo ?? 1, d })}T${part}`, mod: null, anchor: "context" };
      }
      const [date, anchor] = dayFromDct(a, which === "last" ? -1 : 0);
      return { value: `${date}T${part}`, mod: null, anchor };
    });
  },
);

// "Friday", "last Monday", "Saturday night", "every Monday", "on Mondays"
const weekdayRule = rule(
  "weekday",
  `\\b(?:(last|next|this|this\\s+coming|this\\s+past|coming|early|late|earlier|later|every|each|the\\s+(?:previous|preceding|following|next))\\s+)?(${WEEKDAY})(s)?(?:,?\\s+(${PART_OF_DAY})(s)?)?(?![\\w-])`,
  (m, text) => {
    const word = lower(m[2]).replace(/\.$/, "");
    if (!capitalised(m[2]) || word.length < 6) return null;
    const wd = weekdayNumber(word);
    const prefix = lower(m[1]);
    const part = m[4] ? WORDS.partsOfDay[lower(m[4])] : null;
    const set = prefix === "every" || prefix === "each" || !!m[3] || !!m[5];
    const direction = shiftOf(prefix) || (futureAt(text, m.index, m.index + m[0].length) ? 1 : 0);
    // "the previous Friday", "the following Monday": counted from the last date of the text.
    const anchored = /^the\s/.test(prefix);
    return span(m, set ? "SET" : part ? "TIME" : "DATE", (a) => {
      if (set) return { value: `XXXX-WXX-${wd}${part ? `T${part}` : ""}`, mod: null, anchor: "none" };
      const ref = anchored ? referenceDay(a) : null;
      // A future clause about the document's own weekday means that very day ("will vote Friday" on a Friday).
      const sameDay = !prefix && a.dct && weekday(a.dct) === wd;
      const [date, anchor] = ref
        ? [fmtDate(weekdayFrom(ref[0], wd, direction)), ref[1]]
        : weekdayDate(a, wd, sameDay ? 0 : direction);
      return { value: part ? `${date}T${part}` : date, mod: null, anchor };
    });
  },
);

// "last week", "this year", "the past year", "next month", "earlier this year", "the same year", "this summer"
const RELATIVE_PREFIX =
  "this|last|next|past|coming|the\\s+full|the\\s+latest|the\\s+past|the\\s+last|the\\s+coming|the\\s+next|the\\s+current|the\\s+previous|the\\s+following|the\\s+same|that|this\\s+past|this\\s+coming|earlier\\s+this|later\\s+this|early\\s+this|late\\s+this|early\\s+next|late\\s+next|early\\s+last|late\\s+last|later\\s+last|earlier\\s+last|(?:the\\s+(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+(?:this|last|next|the))|the";
const relative = rule(
  "relative",
  `\\b(${RELATIVE_PREFIX})\\s+(?:(fiscal|calendar)\\s+)?(week|weekend|month|year|decade|century|${SEASON})(?![\\w-])`,
  (m, text) => {
    const prefix = lower(m[1]);
    const next = after(text, m, 8);
    if (prefix === "the" && /^\s+(?:of|in|that|when|before|after)\b/i.test(next)) return null;
    const unit = lower(m[3]);
    const season = WORDS.seasons[unit];
    if (prefix === "the" && (unit === "decade" || unit === "century")) return null;
    if (prefix === "the" && unit === "fall") return null;
    if (prefix === "past" || prefix === "coming") {
      if (unit !== "week" && unit !== "month" && unit !== "year" && unit !== "weekend") return null;
    }
    const core = prefix
      .replace(/^(earlier|later|early|late)\s+/, "")
      .replace(/^the\s+(end|beginning|start|middle|rest|remainder)\s+of\s+/, "");
    const shift = shiftOf(core);
    // "the next year" in past narrative follows the year the story is at ("In 2016 he won. The next
    // year he lost": 2017), as TimeML annotators read it; elsewhere it is the document's next year.
    const narrative =
      core === "the next" &&
      (unit === "year" || unit === "month") &&
      tenseAt(text, m.index, m.index + m[0].length) === "past";
    const contextual = narrative || /^(the same|that|the following|the previous)$/.test(core);
    const mod = modOf(prefix);
    // "the year ended June 30", "the fiscal year ending in March": a span of a year, not a date.
    if (/^(the|the full)$/.test(prefix) && /^\s+(?:ended|ending|that\s+ended)\b/i.test(next))
      return span(m, "DURATION", () => ({ value: durationValue(1, unit), mod: null, anchor: "none" }));
    const future = futureAt(text, m.index);
    return span(m, "DATE", (a) => {
      if (unit === "year" || unit === "decade" || unit === "century" || season) {
        const base = narrative ? a.storyYear() : contextual ? a.contextYear() : a.year();
        if (!base) return none(season ? `XXXX-${season}` : "XXXX");
        if (season) {
          const y = seasonYear(base[0], shift, season, contextual ? null : a.dct);
          return { value: `${pad4(y)}-${season}`, mod, anchor: base[1] };
        }
        if (unit === "year") return { value: pad4(base[0] + shift), mod, anchor: base[1] };
        if (unit === "decade")
          return { value: String(Math.floor(base[0] / 10) + shift), mod, anchor: base[1] };
        return { value: String(Math.floor(base[0] / 100) + shift), mod, anchor: base[1] };
      }
      if (!a.dct) return none(unit === "month" ? "XXXX-XX" : "XXXX-WXX");
      if (unit === "month") {
        if (contextual && a.lastDate?.m) {
          const [y, mo] = addMonths(a.lastDate.y, a.lastDate.m, shift);
          return { value: fmtMonth(y, mo), mod, anchor: "context" };
        }
        const [y, mo] = addMonths(a.dct.y, a.dct.m, shift);
        return { value: fmtMonth(y, mo), mod, anchor: "dct" };
      }
      // A bare "the week" is a week of the story ("For the week, the index dropped"), seldom the
      // document's own: its year is known, not which week (TimeML "1989-WXX").
      if (unit === "week" && prefix === "the") return { value: `${pad4(a.dct.y)}-WXX`, mod, anchor: "dct" };
      // "the weekend" told on a weekday is the one just past, unless the clause speaks of the future.
      const back = unit === "weekend" && shift === 0 && !future && weekday(a.dct) < 6 ? -1 : 0;
      const week = fmtWeek(addDays(a.dct, 7 * (shift + back)));
      return { value: unit === "weekend" ? `${week}-WE` : week, mod, anchor: "dct" };
    });
  },
);

// "two years ago", "a year earlier", "five months ago", "several years ago", "months ago"
const ago = rule(
  "ago",
  `\\b(?:(${MODIFIER})\\s+)?(?:(${NUMBER}|${VAGUE_NUMBER}|an?)\\s+)?(${UNIT})\\s+(ago|earlier|later|from\\s+now|hence)\\b`,
  (m) => {
    const unit = unitName(m[3]);
    const spec = WORDS.units[unit] as [string, number, boolean] | undefined;
    if (!spec) return null;
    // a unit alone counts only in the plural and before "ago" ("months ago", not "year later")
    if (!m[2] && (!/s$/i.test(m[3]) || !/^ago$/i.test(m[4]))) return null;
    const n = m[2] ? parseNumber(m[2]) : null;
    const sign = /ago|earlier/i.test(m[4]) ? -1 : 1;
    const anchored = /^(?:earlier|later)$/i.test(m[4]);
    const mod = modOf(m[1]);
    return span(m, "DATE", (a) => {
      if (n === null) return { value: sign < 0 ? "PAST_REF" : "FUTURE_REF", mod, anchor: "none" };
      const [letter, mult, isTime] = spec;
      const k = Math.round(n * mult) * sign;
      if (letter === "Y" && unit === "year" && n === 1) {
        const q = quarterYearBefore(a, mod);
        if (q) return q;
      }
      if (letter === "Y") {
        const base = a.year();
        if (!base) return none("XXXX");
        const y = base[0] + k;
        if (y < 1) return { value: "PAST_REF", mod, anchor: "none" };
        if (mult >= 100) return { value: String(Math.floor(y / 100)), mod, anchor: base[1] };
        if (mult >= 10) return { value: String(Math.floor(y / 10)), mod, anchor: base[1] };
        return { value: pad4(y), mod, anchor: base[1] };
      }
      // "two days later", "a week earlier": counted from the last date of the text (the event's).
      const ref = anchored && (letter === "D" || letter === "W") ? referenceDay(a) : null;
      if (ref) {
        const d = addDays(ref[0], letter === "W" ? 7 * k : k);
        return { value: letter === "W" ? fmtWeek(d) : fmtDate(d), mod, anchor: ref[1] };
      }
      if (!a.dct) return none("XXXX-XX-XX");
      if (letter === "M" && !isTime) {
        const [y, mo] = addMonths(a.dct.y, a.dct.m, k);
        return { value: fmtMonth(y, mo), mod, anchor: "dct" };
      }
      if (letter === "Q") {
        const [y, mo] = addMonths(a.dct.y, a.dct.m, 3 * k);
        return { value: `${pad4(y)}-Q${quarterOf(mo)}`, mod, anchor: "dct" };
      }
      if (letter === "W") return { value: fmtWeek(addDays(a.dct, 7 * k)), mod, anchor: "dct" };
      if (letter === "D") return { value: fmtDate(addDays(a.dct, k)), mod, anchor: "dct" };
      return { value: fmtDate(a.dct), mod, anchor: "dct" };
    });
  },
);

// "the next day", "the following morning", "the previous night", "the day before": from the last date of the text
const nextDay = rule(
  "next-day",
  `\\bthe\\s+(?:(next|following|previous|preceding)\\s+(day|${PART_OF_DAY})|day\\s+(before|after)(?=\\s*(?:[,.;:)]|$)))(?![\\w-])`,
  (m) => {
    const offset = shiftOf(lower(m[1] ?? "")) || (lower(m[3]) === "before" ? -1 : 1);
    const unit = lower(m[2]);
    const part = unit && unit !== "day" ? WORDS.partsOfDay[unit] : null;
    return span(m, part ? "TIME" : "DATE", (a) => {
      const ref = referenceDay(a);
      if (!ref) return none(part ? `XXXX-XX-XXT${part}` : "XXXX-XX-XX");
      const date = fmtDate(addDays(ref[0], offset));
      return { value: part ? `${date}T${part}` : date, mod: null, anchor: ref[1] };
    });
  },
  "gim",
);

export const RELATIVE_RULES: Rule[] = [dayWord, partOfDay, weekdayRule, relative, ago, nextDay];
