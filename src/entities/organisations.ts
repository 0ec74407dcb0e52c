/**
 * Organisation merging: an acronym ("WEF"), a short form in brackets ("... Forum (WEF)"), a
 * trailing part of a longer name ("Economic Forum") or a company's name without its legal form
 * ("Anheuser-Busch", "Anheuser" for "Anheuser-Busch Cos.") joins the organisation's full name.
 */
import { type Cluster, type Resolved, longest, wordCount } from "./clusters.js";
import { companySuffixes } from "./lexicons.js";

const ACRONYM = /^[A-Z][A-Z0-9&.]{1,7}$/;
const INITIAL_SKIP = new Set(["of", "the", "for", "and", "&", "on", "in", "de"]);

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

/** Full names of two or more words, by their initials and by each of their trailing parts. */
function indexFullNames(orgs: readonly Cluster[]) {
  const byInitials = new Map<string, Cluster>();
  const bySuffix = new Map<string, Cluster>();
  // "Sun" for "Sun Microsystems Inc.", "Delta" for "Delta Air Lines Inc.": a company's first word
  const byFirstWord = new Map<string, Cluster>();
  // "Du Pont" for "Du Pont Co.": a company's name without its legal form
  const byShortName = new Map<string, Cluster>();
  for (const c of orgs) {
    const name = longest(c);
    if (wordCount(name) < 2) continue;
    const ini = initials(name);
    if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, c);
    const ws = name.split(/\s+/);
    for (let k = 1; k < ws.length - 1; k++) {
      const suffix = ws.slice(k).join(" ");
      if (!bySuffix.has(suffix)) bySuffix.set(suffix, c);
    }
    for (const short of shortCompanyNames(ws)) {
      if (!bySuffix.has(short)) bySuffix.set(short, c);
      if (!byShortName.has(short)) byShortName.set(short, c);
    }
    if (ws.length >= 3 && companySuffixes.has(ws[ws.length - 1]) && /^\p{Lu}\p{Ll}{2,}$/u.test(ws[0]))
      if (!byFirstWord.has(ws[0])) byFirstWord.set(ws[0], c);
  }
  return { byInitials, bySuffix, byFirstWord, byShortName };
}

/**
 * What a company is called for short: its name without the legal form ("Hudson's Bay" for
 * "Hudson's Bay Co.") and the first part of a hyphenated first word ("Anheuser" for
 * "Anheuser-Busch Cos.").
 */
function shortCompanyNames(words: readonly string[]): string[] {
  if (words.length < 2 || !companySuffixes.has(words[words.length - 1])) return [];
  const out = [words.slice(0, -1).join(" ")];
  const hyphen = words[0].indexOf("-");
  if (words.length === 2 && hyphen > 1) out.push(words[0].slice(0, hyphen));
  return out;
}

/** "World Economic Forum (WEF)": an acronym in brackets right after a name is its short form. */
function bracketedShortForms(mentions: readonly Resolved[], orgs: readonly Cluster[]): Map<Cluster, Cluster> {
  const clusterOfMention = new Map<Resolved, Cluster>();
  for (const c of orgs) for (const m of c.mentions) clusterOfMention.set(m, c);
  const explicit = new Map<Cluster, Cluster>();
  for (const m of mentions) {
    const full = m.shortFormOf ? clusterOfMention.get(m.shortFormOf) : undefined;
    const short = clusterOfMention.get(m);
    if (full && short && full !== short && !explicit.has(short)) explicit.set(short, full);
  }
  return explicit;
}

/** Moves each short-form organisation's mentions into its full name's cluster, deleting it from `clusters`. */
export function mergeOrganisations(mentions: readonly Resolved[], clusters: Map<string, Cluster>): void {
  const orgs = [...clusters.values()].filter((c) => c.type === "organization");
  const { byInitials, bySuffix, byFirstWord, byShortName } = indexFullNames(orgs);
  const explicit = bracketedShortForms(mentions, orgs);
  const mergedInto = new Map<Cluster, Cluster>();
  // Where a target was itself merged, follow the chain to the cluster that holds the mentions now.
  const final = (c: Cluster): Cluster => {
    let x = c;
    for (let guard = 0; mergedInto.has(x) && guard < 10; guard++) x = mergedInto.get(x) as Cluster;
    return x;
  };
  // a one-word "person" that is a company's first word is that company ("Sun shipped ..."), and
  // so is a "person" named as a company without its legal form ("Du Pont" for "Du Pont Co.")
  const shortPersons = [...clusters.values()].filter(
    (c) =>
      c.type === "person" &&
      ((wordCount(longest(c)) === 1 && byFirstWord.has(longest(c))) || byShortName.has(longest(c))),
  );
  for (const c of [...orgs, ...shortPersons]) {
    const name = longest(c);
    const target =
      explicit.get(c) ??
      (ACRONYM.test(name) ? byInitials.get(name.replace(/\./g, "")) : undefined) ??
      bySuffix.get(name) ??
      byFirstWord.get(name);
    if (!target) continue;
    const to = final(target);
    if (to === c) continue;
    to.mentions.push(...c.mentions);
    mergedInto.set(c, to);
    clusters.delete(c.key);
  }
}
