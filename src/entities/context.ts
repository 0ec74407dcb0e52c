/**
 * Article-level context for mention types, one linear pass over the candidates:
 * - a classifier noun next to a name says it is an organisation ("the daily X", "news agency X",
 *   "X shares", "X spokesman"), and then every mention of that name in the article is one;
 * - in a sports report (several sports words), a town or region acting as a team is the team
 *   ("Essex beat Kent", "Surrey captain X", "joined Milan"), unless it is the dateline or follows
 *   a locative preposition ("in Chicago", "at Leeds").
 */
import { gazetteer } from "./gazetteer.js";
import { fold } from "./classify.js";
import { type Candidate, isDateToken } from "./recognise.js";
import { firstNames, nations, orgCueAfter, orgCueBefore, sportWords, teamMemberNouns } from "./lexicons.js";
import type { Word } from "./words.js";

const SPORT_WORDS = sportWords;
const ORG_BEFORE = orgCueBefore;
const ORG_AFTER = orgCueAfter;
const TEAM_MEMBER = teamMemberNouns;
/** Prepositions after which a town in a sports report is still the town. */
const PLACE_PREPS = new Set(["in", "at", "near", "outside", "around", "across", "throughout", "of", "to"]);
/** Nouns after a town that make it a modifier ("the Moscow club", "the Berlin grand prix"). */
const MODIFIED = new Set([...ORG_BEFORE, "team", "stadium", "grand", "meeting", "marathon", "open", "games"]);
/** Sports words needed before an article counts as a sports report. */
const SPORTS_MIN = 4;
const SCORE = /^\d{1,3}$/;

/** Does the article read as a sports report? Counts sports words, stopping once enough are seen. */
export function isSportsReport(words: readonly Word[]): boolean {
  let n = 0;
  for (const w of words) if (SPORT_WORDS.has(w.lower) && ++n >= SPORTS_MIN) return true;
  return false;
}

/**
 * A name in a results table: "Wigan 4 Chester 2" (a score, then the other side and its score) or a
 * standings row "Preston 4 1 1 2 4 5 4" (six numbers or more; a golfer's row has fewer).
 */
function resultsRow(words: readonly Word[], c: Candidate): boolean {
  const line = words[c.a].sentence;
  const on = (k: number) => k < words.length && !words[k].newline && words[k].sentence === line;
  if (!on(c.b) || !SCORE.test(words[c.b].text)) return false;
  const opens = words[c.a].newline || c.a === 0 || words[c.a - 1].sentence !== line;
  const afterScore = !opens && SCORE.test(words[c.a - 1].text);
  if (afterScore && c.a >= 2 && words[c.a - 2].cap) return true;
  if (!opens) return false;
  let k = c.b;
  while (on(k) && SCORE.test(words[k].text)) k++;
  if (k - c.b >= 6) return true;
  // The other side and its score follow.
  if (k - c.b !== 1 || !on(k) || !words[k].cap) return false;
  while (on(k) && words[k].cap) k++;
  return on(k) && SCORE.test(words[k].text);
}

function text(words: readonly Word[], c: Candidate): string {
  let s = words[c.a].text;
  for (let k = c.a + 1; k < c.b; k++) s += ` ${words[k].text}`;
  return s;
}

/** A town, region or metonymic capital (not a country by name). */
function townLike(words: readonly Word[], c: Candidate): boolean {
  if (c.kind === "place") {
    // Not a person's name read as a place by its last word ("Anthony Hill").
    if (c.b - c.a >= 2 && firstNames.has(words[c.a].text)) return false;
    return !nations.has(text(words, c));
  }
  return c.kind === "country" && c.metonymy && gazetteer.countryByCapital.has(text(words, c));
}

/** A mention whose type context may overrule: unknown, a lone surname-like person, or a town. */
function open(words: readonly Word[], c: Candidate): boolean {
  if (c.description || c.span || c.forced || c.title) return false;
  if (c.kind === "unknown") return true;
  if (c.kind === "person") return !firstNames.has(words[c.a].text);
  return townLike(words, c);
}

/**
 * Last names of the people the article names in full ("Hillary Clinton"): alone, such a name is the
 * person even before an organisation's noun ("Clinton spokesman Jesse Ferguson": a person's
 * spokesman, not a body's).
 */
function surnamesOfNamedPeople(words: readonly Word[], candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates)
    if (c.kind === "person" && c.b - c.a >= 2 && firstNames.has(words[c.a].text))
      out.add(words[c.b - 1].text);
  return out;
}

export function settleByContext(words: readonly Word[], candidates: Candidate[], sports: boolean): void {
  const orgNames = new Set<string>();
  const surnames = surnamesOfNamedPeople(words, candidates);
  for (const c of candidates) {
    if (sports && c.kind === "person" && !c.title && !c.forced && c.b - c.a <= 3 && resultsRow(words, c)) {
      c.kind = "organization"; // "Preston 4 1 1 2", "Wigan 4 Chester 2"
      continue;
    }
    if (!open(words, c) || (c.b - c.a === 1 && surnames.has(words[c.a].text))) continue;
    const prev = c.a > 0 ? words[c.a - 1] : undefined;
    const next = c.b < words.length ? words[c.b] : undefined;
    const sameLine = (w: Word | undefined, after: boolean) =>
      !!w && !(after ? w.newline : words[c.a].newline) && w.sentence === words[c.a].sentence;
    const before = sameLine(prev, false) && !prev?.cap && ORG_BEFORE.has(prev?.lower ?? "");
    // After a town, "stock" and "daily" qualify the town's market or press ("Tokyo stock prices").
    const after =
      sameLine(next, true) && !next?.cap && ORG_AFTER.has(next?.lower ?? "") && !townLike(words, c);
    if (before || after) {
      c.kind = "organization";
      c.metonymy = false;
      orgNames.add(fold(text(words, c)));
      continue;
    }
    if (!sports || c.dateline) continue;
    if (townLike(words, c)) {
      const p = sameLine(prev, false) ? (prev as Word).text : "";
      const n = sameLine(next, true) ? (next as Word) : undefined;
      const nt = n?.text ?? "";
      const locative =
        PLACE_PREPS.has(p.toLowerCase()) ||
        // "( Trinidad )" after an athlete, "Edgbaston , Birmingham )", "MILWAUKEE , Wisconsin 1996-08-29"
        (p === "(" && nt === ")") ||
        (p === "," && (nt === ")" || nt === "" || isDateToken(n as Word))) ||
        // "Leicester : Leicestershire beat Somerset": a venue heading.
        nt === ":" ||
        (!!n && !n.cap && MODIFIED.has(n.lower));
      const member = !!n && TEAM_MEMBER.has(n.lower);
      if (!locative || member) {
        c.kind = "organization";
        c.metonymy = false;
      }
    }
  }
  if (orgNames.size === 0) return;
  for (const c of candidates)
    if (c.kind !== "organization" && open(words, c) && orgNames.has(fold(text(words, c)))) {
      c.kind = "organization";
      c.metonymy = false;
    }
}
