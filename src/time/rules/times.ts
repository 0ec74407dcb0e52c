/**
 * Times of day ("10 p.m.", "noon Thursday"), recurring sets ("every week", "annually") and the
 * indefinite references to now, the past and the future ("currently", "recently").
 */
import type { AnchorKind } from "../anchor.js";
import { fixed, type Rule, rule, span } from "../candidate.js";
import { capitalised } from "../guards.js";
import { futureAt } from "../tense.js";
import { durationValue, fmtDate, validDate, WORDS } from "../normalise.js";
import { alt, DAY_NUMBER, MODIFIER, MONTH, REFS, WEEKDAY } from "../patterns.js";
import {
  DAY_WORDS,
  dayFromDct,
  lower,
  modOf,
  monthNumber,
  nearestYear,
  referenceDay,
  weekdayDate,
  weekdayNumber,
} from "../resolve.js";

// "now", "currently", "recently", "the past", "the future", "in recent years"
const REF_VALUES: [string[], string][] = [
  [REFS.present, "PRESENT_REF"],
  [REFS.past, "PAST_REF"],
  [REFS.future, "FUTURE_REF"],
];
const refs = REF_VALUES.map(([words, value]) =>
  rule(`ref-${value}`, `\\b(?:${alt(words)})(?![\\w-])`, (m) => span(m, "DATE", fixed(value))),
);

// "at this crucial moment": the present, whatever the adjective
const thisMoment = rule("this-moment", `\\bthis\\s+(?:[a-z]+\\s+)?moment\\b`, (m) =>
  span(m, "DATE", fixed("PRESENT_REF")),
);

/** The parts of the day named with "mid" ("mid-afternoon", "midday"): a time without "this" or "the". */
const MID_PARTS = alt(Object.keys(WORDS.partsOfDay).filter((w) => w.startsWith("mid")));

// "later in the day", "by mid afternoon": the day of the story (its last day-precise date, else
// the document's), or a part of it
const storyDay = rule(
  "story-day",
  `(?<=\\b(?:later|earlier)\\s+in\\s+)the\\s+day\\b|(?<=\\b(?:by|at|in|until|till|around|before|after|from)\\s+)(${MID_PARTS})\\b`,
  (m) => {
    const part = m[1] ? WORDS.partsOfDay[lower(m[1])] : null;
    return span(m, part ? "TIME" : "DATE", (a) => {
      const ref = referenceDay(a);
      const date = ref ? fmtDate(ref[0]) : "XXXX-XX-XX";
      return { value: part ? `${date}T${part}` : date, mod: null, anchor: ref ? ref[1] : "none" };
    });
  },
);

/** What may join a day and the time right after it: "Nov. 5 at 9 a.m.", "Tuesday, around noon". */
const JOINED =
  /^,?\s+(?:(?:at|by|from|around|about|until|till|before|after|shortly\s+(?:before|after))\s+)?$/i;

const ZONE = "GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local\\s+time";

/** Hour and minute of "10 p.m.", "7:15 EST", "noon"; null when not a time of day. */
function clockOf(m: RegExpExecArray): [number, number] | null {
  let h: number;
  let min = 0;
  if (m[7]) h = lower(m[7]) === "midnight" ? 24 : 12;
  else if (m[5]) {
    h = Number(m[5]);
    min = Number(m[6]);
  } else {
    h = Number(m[2]);
    min = m[3] ? Number(m[3]) : 0;
    const ampm = lower(m[4]);
    if (h > 12 || h === 0) return null;
    if (ampm.startsWith("p") && h < 12) h += 12;
    if (ampm.startsWith("a") && h === 12) h = 0;
  }
  if (h > 24 || min > 59) return null;
  return [h, min];
}

// "10 p.m.", "7:15 p.m. EST Wednesday", "noon Thursday", "midnight Friday"
const clock = rule(
  "clock",
  `\\b(?:(${MODIFIER})\\s+)?(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o'clock)|(\\d{1,2}):(\\d{2})(?=\\s+(?:${ZONE})\\b)|(noon|midnight|midday))(?:\\s+(?:${ZONE}))?(?:,?\\s+(?:on\\s+)?(${WEEKDAY}|today|yesterday|tomorrow|tonight))?(?:,?\\s+(?:on\\s+)?(${MONTH})\\s+(${DAY_NUMBER})(?![\\w-]|[.,]\\d))?`,
  (m, text) => {
    const hm = clockOf(m);
    if (!hm) return null;
    const [h, min] = hm;
    const dayRaw = m[8];
    // An abbreviated weekday ("Sun", "Wed") after a time is too often another word.
    if (
      dayRaw &&
      !/^[a-z]/.test(dayRaw) &&
      weekdayNumber(dayRaw) &&
      lower(dayRaw).replace(/\.$/, "").length < 6
    )
      return null;
    const future = futureAt(text, m.index);
    const hhmm = `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
    const time = m[7] ? (h === 24 ? "T24" : "T12:00") : hhmm;
    return span(m, "TIME", (a) => {
      let date: string;
      let anchor: AnchorKind;
      const day = lower(dayRaw);
      const month = m[9] && capitalised(m[9]) ? monthNumber(m[9]) : 0;
      const dom = m[10] ? Number.parseInt(m[10], 10) : 0;
      if (month && a.dct && validDate(a.dct.y, month, dom)) {
        const y = nearestYear(a.dct, month, dom, future);
        [date, anchor] = [fmtDate({ y, m: month, d: dom }), "dct"];
      } else if (day && DAY_WORDS[day] !== undefined) [date, anchor] = dayFromDct(a, DAY_WORDS[day]);
      else if (day) [date, anchor] = weekdayDate(a, weekdayNumber(day), future ? 1 : 0);
      else if (a.lastDate?.m && a.lastDate.d && JOINED.test(text.slice(a.lastDayEnd, m.index)))
        // "Nov. 5 at 9 a.m.", "on Tuesday, at noon": the time of the day just named.
        [date, anchor] = [fmtDate({ y: a.lastDate.y, m: a.lastDate.m, d: a.lastDate.d }), "context"];
      else [date, anchor] = dayFromDct(a, 0);
      return { value: `${date}${time}`, mod: modOf(m[1]), anchor };
    });
  },
);

// "every week", "each Thursday", "per year", "annually"
const set = rule(
  "set",
  `\\b(every|each|per)\\s+(?:(other)\\s+)?(day|week|month|year|quarter|hour|minute|night|morning|evening|weekend|decade)(?![\\w-])`,
  (m) => {
    const unit = lower(m[3]);
    const value =
      unit === "morning" || unit === "evening" || unit === "night"
        ? `XXXX-XX-XXT${WORDS.partsOfDay[unit]}`
        : unit === "weekend"
          ? "XXXX-WXX-WE"
          : durationValue(m[2] ? 2 : 1, unit);
    return span(m, "SET", fixed(value));
  },
);

const ADVERB_SETS: Record<string, string> = {
  annually: "P1Y",
  yearly: "P1Y",
  semiannually: "P6M",
  hourly: "PT1H",
  nightly: "XXXX-XX-XXTNI",
};
const setAdverb = rule("set-adverb", `\\b(${alt(Object.keys(ADVERB_SETS))})\\b`, (m) =>
  span(m, "SET", fixed(ADVERB_SETS[lower(m[1])])),
);

export const TIME_RULES: Rule[] = [...refs, thisMoment, storyDay, clock, set, setAdverb];
