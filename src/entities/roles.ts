/**
 * Roles of people: titles written before a name ("Japanese Prime Minister X"), role phrases
 * before it ("the press secretary of the President of the Russian Federation X",
 * "RUDN University professor X", "the director of ..., X,") and appositions after it
 * ("X, head of the Center for ..."). Each scan is bounded (a few dozen words) and stays in the
 * sentence, so the work is linear in the article length.
 */
import type { Candidate, SentenceRange } from "./recognise.js";
import { gazetteer } from "./gazetteer.js";
import { loadList } from "../util/lexicon.js";
import { speechVerbs, stopwords } from "./lexicons.js";
import type { Word } from "./words.js";

/** Every word that occurs in a title or a role noun phrase, lower-cased; and their head (last) words. */
const roleWords = new Set<string>();
const roleHeads = new Set<string>();
for (const list of ["entities/titles", "entities/role-nouns"])
  for (const e of loadList(list)) {
    const ws = e.toLowerCase().split(/\s+/);
    for (const w of ws) roleWords.add(w);
    roleHeads.add(ws[ws.length - 1]);
  }
// Words that would join unrelated phrases if they counted as role words.
for (const w of ["of", "the", "and", "in", "at", "for", "under", "mr", "mr.", "mrs", "mrs.", "ms", "ms."]) {
  roleWords.delete(w);
  roleHeads.delete(w);
}

const CHAIN = new Set(["the", "of", "for", "at", "to", "'s", "’s", "a", "an"]);
const LEAD_TRIM = new Set([
  "to",
  "the",
  "of",
  "for",
  "at",
  "a",
  "an",
  "'s",
  "’s",
  "current",
  "incumbent",
  "then",
  "now",
]);
const TRAIL_BAD = new Set(["the", "of", "for", "at", "a", "an"]);
const STOP_AFTER = new Set([
  ",",
  ".",
  ";",
  ":",
  "(",
  ")",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "—",
  "–",
  "?",
  "!",
]);
const ARTICLE = /^(a|an|the)$/;
const MAX_ROLE_WORDS = 30;

/** Forms of address: written before a name, but not a role. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mme|madame|monsieur|herr|frau|sir|dame|mx)\.?$/i;

export interface FoundRole {
  role: string;
  country?: string;
}

/**
 * The roles written around candidate `c` (a person name). `kindAt[i]` is the kind of the
 * candidate covering word i, if any.
 */
export function rolesOf(
  text: string,
  words: readonly Word[],
  s: SentenceRange,
  c: Candidate,
  runStart: number,
  kindAt: readonly (string | undefined)[],
): FoundRole[] {
  const out: FoundRole[] = [];
  if (c.title && !HONORIFIC.test(c.title)) out.push({ role: c.title, country: c.titleCountry });
  const before = roleBefore(text, words, s, c.a, runStart, kindAt);
  if (before) out.push(before);
  const after = roleAfter(text, words, s, c.b, kindAt);
  if (after) out.push(after);
  return out;
}

function roleBefore(
  text: string,
  words: readonly Word[],
  s: SentenceRange,
  a: number,
  runStart: number,
  kindAt: readonly (string | undefined)[],
): FoundRole | null {
  let k = a - 1;
  if (k >= s.start && words[k].text === ",") k--;
  const endChain = k;
  let n = 0;
  while (k >= s.start && n < MAX_ROLE_WORDS) {
    const w = words[k];
    const kind = kindAt[k];
    if (kind === "person") break;
    // "in." (inches) and other abbreviations are not part of a role.
    if (!w.cap && w.text.includes(".")) break;
    if (
      kind ||
      CHAIN.has(w.lower) ||
      roleWords.has(w.lower) ||
      (w.cap && !stopwords.has(w.text)) ||
      w.pos === "ADJ" ||
      w.pos === "NOUN"
    ) {
      k--;
      n++;
      continue;
    }
    break;
  }
  let start = k + 1;
  while (start <= endChain && LEAD_TRIM.has(words[start].lower)) start++;
  // Only the title written in the name's own run ("Prime Minister X"): already a role.
  if (start >= runStart && runStart < a) return null;
  if (start > endChain || TRAIL_BAD.has(words[endChain].lower)) return null;
  let hasRole = false;
  for (let x = start; x <= endChain; x++) if (!kindAt[x] && roleHeads.has(words[x].lower)) hasRole = true;
  if (!hasRole) return null;
  return { role: text.slice(words[start].start, words[endChain].end), country: roleCountry(words, start) };
}

function roleAfter(
  text: string,
  words: readonly Word[],
  s: SentenceRange,
  b: number,
  kindAt: readonly (string | undefined)[],
): FoundRole | null {
  if (b >= s.end || words[b].text !== ",") return null;
  let k = b + 1;
  if (k < s.end && ARTICLE.test(words[k].lower)) k++;
  const start = k;
  let hasRole = false;
  let n = 0;
  while (k < s.end && n < MAX_ROLE_WORDS && !STOP_AFTER.has(words[k].text)) {
    if (kindAt[k] === "person") return null;
    if (!kindAt[k] && roleHeads.has(words[k].lower)) hasRole = true;
    else if (!hasRole && n >= 4) return null; // the role noun comes early in an apposition
    if (!hasRole && (words[k].pos === "VERB" || words[k].pos === "AUX")) return null;
    // ("Speaking at Westminster, the PM said ...": the phrase is the clause's subject, no apposition)
    if (hasRole && (words[k].pos === "AUX" || (words[k].pos === "VERB" && speechVerbs.has(words[k].lower))))
      return null;
    k++;
    n++;
  }
  if (!hasRole || k === start) return null;
  let end = k - 1;
  while (end > start && TRAIL_BAD.has(words[end].lower)) end--;
  return { role: text.slice(words[start].start, words[end].end), country: roleCountry(words, start) };
}

/** "Russian deputy foreign minister" -> Russia; "Russia's foreign minister" -> Russia. */
function roleCountry(words: readonly Word[], start: number): string | undefined {
  const w = words[start];
  const dem = gazetteer.countryByDemonym.get(w.text);
  if (dem) return dem;
  const next = words[start + 1];
  if (next && (next.text === "'s" || next.text === "’s")) return gazetteer.countryByName.get(w.text);
  return undefined;
}
