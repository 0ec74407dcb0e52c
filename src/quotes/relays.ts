/**
 * Relays and media of an attribution: the outlet that passed the words on ("TASS quoted him as
 * saying", "told Reuters") and the channel they were said through ("in an interview with RT",
 * "in a statement", "wrote on Telegram"). Read from the attribution frame's text only.
 */
import { loadSet } from "../util/lexicon.js";
import { AGENCIES, ANONYMOUS_HEADS, MEDIA, PLATFORMS, ROLE_NOUNS } from "./cues.js";

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*`;
const MEDIA_ALT = MEDIA.map((m) => m.join(String.raw`\s+`)).join("|");
const MEDIUM_RE = new RegExp(
  String.raw`\b(?:in|during|at|via|through)\s+(?:(?:an?|the|his|her|their|its|a\s+recent|one)\s+)?((?:[\p{L}-]+\s+)?(?:${MEDIA_ALT})(?:\s+(?:with|to|on|for)\s+(?:the\s+)?${NAME})?)`,
  "iu",
);
const PLATFORM_ALT = [...PLATFORMS].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const ON_PLATFORM_RE = new RegExp(
  String.raw`\b(?:on|to)\s+(?:(?:his|her|their|its|the)\s+)?(${PLATFORM_ALT})\b(?:\s+(?:page|account|channel))?`,
  "u",
);
/** Group 1 the name, group 2 the lower-case word after it ("told FBI agents"). */
const TOLD_RE = new RegExp(
  String.raw`\b(?:told|telling|tells|tell)\s+(?:the\s+)?(${NAME})(?:\s+(\p{Ll}+))?`,
  "u",
);
/** "confirmed to WIRED", "said to Reuters": the cue, then "to" and a name. */
const CUE_TO_RE = new RegExp(String.raw`^[\p{L}-]+\s+to\s+(?:the\s+)?(${NAME})(?:\s+(\p{Ll}+))?`, "u");
/** "told the jury, according to the San Francisco Chronicle, that": the outlet that relayed it. */
const ACCORDING_RE = new RegExp(String.raw`\baccording\s+to\s+(?:the\s+)?(${NAME})`, "u");
/** "..., Azernews reports, citing TASS": an outlet cited after the frame relayed the words. */
const CITING_RE = new RegExp(String.raw`\bciting\s+(?:the\s+)?(${NAME})`, "u");
const WITH_RE = new RegExp(String.raw`\b(?:interview|conversation)\s+with\s+(?:the\s+)?(${NAME})`, "u");
const JOURNALISTS = loadSet("quotes/journalist-words");
const JOURNALIST_WORDS = [...JOURNALISTS].join("|");
/** "told VOA Pentagon correspondent Carla Babb": the outlet is the name's first word. */
const TOLD_JOURNALIST_RE = new RegExp(
  String.raw`\b(?:told|telling|tells|tell)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*\s+(?:${JOURNALIST_WORDS})\b`,
  "u",
);
const DISCLOSED = [...loadSet("quotes/disclosure-participles")].map((p) => p.replace(/ /g, String.raw`\s+`));
/** "said in the email, which was seen by The Real Deal": a document that reached an outlet. */
const DISCLOSED_RE = new RegExp(String.raw`\b(?:${DISCLOSED.join("|")})\s+(?:the\s+)?(${NAME})`, "u");

/**
 * The name a pattern captured, without the sentence's full stop ("seen by The Real Deal.", "told
 * AFP."); the stop of an abbreviation stays ("U.S.").
 */
function nameIn(m: RegExpExecArray | null): string | null {
  return m ? m[1].replace(/(\p{Ll}{2}|\b\p{Lu}{2,})\.$/u, "$1") : null;
}

/**
 * "told FBI agents", "told NATO officials": an acronym before a person's role (not a journalist's)
 * names the organisation of whom the words were told to, not an outlet.
 */
function agencyOfPerson(name: string, next: string | undefined): boolean {
  if (!next || !/^[A-Z]{2,5}$/.test(name) || AGENCIES.has(name) || JOURNALISTS.has(next)) return false;
  const singular = next.replace(/s$/, "");
  return [next, singular].some((w) => ROLE_NOUNS.has(w) || ANONYMOUS_HEADS.has(w));
}

export interface RelayInfo {
  via: string[];
  medium: string | null;
}

const OUTLET_WORDS = loadSet("quotes/outlet-words");

/**
 * A news outlet's name: a wire agency, a name with a masthead word ("The Hollywood Reporter"), an
 * acronym ("VOA", "CNN"), or a web address ("Polygraph.info").
 */
function isOutlet(name: string): boolean {
  if (AGENCIES.has(name)) return true;
  if (name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && OUTLET_WORDS.has(w.toLowerCase()))) return true;
  return /^[A-Z]{2,5}$/.test(name) || /^[\p{L}\p{N}-]+\.(?:com|info|org|net|co\.uk)$/iu.test(name);
}

/**
 * Via and medium from the text of an attribution frame; `relay` is a relaying subject already
 * found, `addressee` whom the words were told to (from the tree: "told Reuters", "confirmed to
 * WIRED"), which is a relay when it is an outlet or the publishing outlet itself; `cueWords` the
 * text from the cue on ("told Business Insider in October that ...").
 */
export function relayInfo(
  frame: string,
  relay: string | null,
  addressee: string | null = null,
  outlet: string | null = null,
  cueWords = "",
): RelayInfo {
  const via: string[] = [];
  if (relay) via.push(relay);
  // the addressee as a whole ("The Hollywood Reporter"), or its first word ("VOA correspondent Carla Babb")
  const named = addressee?.replace(/^the\s+/, "") ?? null;
  const lead = named?.split(/\s+/)[0] ?? null;
  const relayed = [named, lead].find((n) => n && (isOutlet(n) || n === outlet));
  if (relayed && !via.includes(relayed)) via.push(relayed);
  let medium: string | null = null;
  const m = MEDIUM_RE.exec(frame);
  if (m) medium = m[1].replace(/\s+/g, " ").replace(/[.,;:]+$/, "");
  else {
    const p = ON_PLATFORM_RE.exec(frame);
    if (p) medium = p[1];
  }
  // "told USA TODAY": the whole name, where the tree's addressee may hold only its first word
  const told = [TOLD_RE, TOLD_JOURNALIST_RE].flatMap((re) => [re.exec(frame), re.exec(cueWords)]);
  for (const t of [...told, CUE_TO_RE.exec(cueWords)]) {
    const name = nameIn(t);
    if (!name || !isOutlet(name) || via.includes(name) || agencyOfPerson(name, t?.[2])) continue;
    const part = via.findIndex((v) => name.startsWith(`${v} `));
    if (part >= 0) via[part] = name;
    else via.push(name);
  }
  // a masthead ("The Real Deal": "The" capitalised inside a sentence) counts here too
  const disclosed = nameIn(DISCLOSED_RE.exec(cueWords));
  if (disclosed && (isOutlet(disclosed) || /^The\s/.test(disclosed)) && !via.includes(disclosed))
    via.push(disclosed);
  // (only where another cue reports: "according to X" as the cue names the source itself)
  const according = /^according\s/i.test(cueWords) ? null : nameIn(ACCORDING_RE.exec(frame));
  if (according && !via.includes(according)) via.push(according);
  const cited = nameIn(CITING_RE.exec(frame) ?? CITING_RE.exec(cueWords));
  if (cited && isOutlet(cited) && !via.includes(cited)) via.push(cited);
  const w = nameIn(WITH_RE.exec(frame));
  if (w && AGENCIES.has(w) && !via.includes(w)) via.push(w);
  return { via, medium };
}

export { isOutlet };

/**
 * An outlet's acronym spelled out by a capitalised name the article uses ("TRD" after "The Real
 * Deal"): the first name whose words' initials are the acronym's letters. Memoised in `seen`.
 */
export function spelledOut(acronym: string, text: string, seen: Map<string, string>): string {
  if (!/^[A-Z]{2,5}$/.test(acronym)) return acronym;
  const known = seen.get(acronym);
  if (known) return known;
  const words = [...acronym].map((letter) => `${letter}[\\p{Ll}’'-]+`).join(String.raw`\s+`);
  const m = new RegExp(String.raw`(?<![\p{L}\p{N}])${words}(?![\p{L}\p{N}])`, "u").exec(text);
  const name = m ? m[0].replace(/\s+/g, " ") : acronym;
  seen.set(acronym, name);
  return name;
}
