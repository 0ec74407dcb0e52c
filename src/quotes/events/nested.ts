/**
 * Nested reports: a cue inside an earlier cue's content that starts an attribution of its own
 * ("... and Trump says ...", "..., after half said so", "compared with 23 percent who said ...",
 * "he was told by John Bolton to ..."), and where the earlier content then ends.
 */
import { loadSet } from "../../util/lexicon.js";
import { type Ctx, npLeft, npRight, tokenAt } from "../context.js";
import { CUE_CLASSES, SUBORDINATORS } from "../cues.js";
import { type CueHit, cueAt, sourceLike, subjectLeft } from "../frames.js";
import { contentSpan, type Event, event, MODALS, OBJECT_VERBS, type Scan } from "./span.js";

/** Core reporting verbs that start their own attribution even inside another one's content. */
const NESTING: ReadonlySet<string> = new Set(CUE_CLASSES.nesting);
/**
 * Words that join two clauses as equals: a cue after them may start its own attribution (after
 * "though", a core reporting verb or one with a that-clause: "..., though he said other actors
 * could be responsible").
 */
const COORDINATORS = new Set(["and", "but", ",", ";", "while", "whereas", "though", "although"]);

/**
 * "both independent analysts and sources in the camp told ...": the subject found after "and" is
 * the second half of one coordinated subject, which starts at "both".
 */
function bothAnd(ctx: Ctx, subject: [number, number], from: number): [number, number] {
  if (ctx.lower[subject[0] - 1] !== "and") return subject;
  const first = npLeft(ctx, subject[0] - 2, from + 1);
  const both = ctx.lower[first[0]] === "both" ? first[0] : first[0] - 1;
  return both > from && ctx.lower[both] === "both" ? [both, subject[1]] : subject;
}

/** Words before a quantity that leave it the subject ("at least", "more than", "nearly"). */
const QUANTITY_PAIRS = new Set(["at least", "at most", "more than", "fewer than", "less than"]);
const QUANTITY_WORDS = new Set(["nearly", "almost", "about", "roughly", "only"]);
/** A named source, a source noun ("the city's police") or a personal pronoun, not "that" or "it". */
function ownSourceOf(ctx: Ctx, [a, b]: [number, number]): boolean {
  if (ctx.pos[b] === "PROPN") return true;
  if (ctx.pos[b] === "PRON") return a === b && /^(he|she|they|we|i)$/.test(ctx.lower[b]);
  return sourceLike(ctx, [a, b]);
}

/** Words that set a second clause against the first ("..., while X suggests ..."). */
const CONTRASTS = new Set(["while", "whereas", "but"]);
/** Words that count a group as a source ("52 percent", "half"; lexicons/quotes/share-words.txt). */
const SHARES = new Set(
  [...loadSet("quotes/share-words")].filter((w) => !["one", "each", "some", "all", "none"].includes(w)),
);
/** Words of time that open an adverbial clause inside another report's content ("..., after Politico reported"). */
const TIME_SUBORDINATORS = new Set(["after", "before", "since", "when", "once", "until", "as"]);

/**
 * The subject of a cue inside an earlier cue's content when it starts an attribution of its own:
 * only a coordinated clause ("... and Trump says ...") does; a subordinate one ("because she
 * believed ...") stays inside the outer content. A non-restrictive relative (", who called ...") is
 * a clause of its own for any cue; other clauses need a core verb. The outer content is cut there.
 */
export function nestedSource(s: Scan, i: number, hit: CueHit): [number, number] | null {
  const { ctx } = s;
  const prev = s.events[s.events.length - 1];
  const from = tokenAt(ctx, prev.start);
  const found = subjectLeft(ctx, i, from + 1);
  if (!found) return null;
  const nested = bothAnd(ctx, found, from);
  // the word that joins the nested clause, before a quantity's modifier ("but at least a dozen
  // members told ...")
  let j = nested[0] - 1;
  if (j - 1 > from && QUANTITY_PAIRS.has(`${ctx.lower[j - 1]} ${ctx.lower[j]}`)) j -= 2;
  else if (j > from && QUANTITY_WORDS.has(ctx.lower[j])) j--;
  const joint = j >= from ? ctx.lower[j] : "";
  // a named source, or a share of people, reporting in an adverbial clause is a report of its own
  // too ("... after Politico reported the aid had been paused", "..., after half said so")
  const ownSource =
    (ctx.pos[nested[1]] === "PROPN" || SHARES.has(ctx.lower[nested[1]])) && NESTING.has(hit.lemma);
  if (!COORDINATORS.has(joint) && !(ownSource && TIME_SUBORDINATORS.has(joint)))
    return comparedGroup(s, hit, nested, from);
  const relative = joint === "," && /^(who|which)$/.test(ctx.lower[nested[0]]);
  // any speech cue with a named subject of its own after a contrast ("..., while Sanders suggests
  // the former secretary of state is a captive")
  const contrasted = CONTRASTS.has(joint) && hit.type === "speech" && ownSourceOf(ctx, nested);
  // (and any speech cue with a that-clause after "and" and a source of its own: "..., and he
  // indicated that profits would rise")
  const coordinated =
    COORDINATORS.has(joint) &&
    hit.type === "speech" &&
    ctx.lower[i + 1] === "that" &&
    ownSourceOf(ctx, nested);
  if (!NESTING.has(hit.lemma) && !relative && !contrasted && !coordinated) return null;
  // (without the word that joins the two: "... a captive while", "... at the end of August, after";
  // "even though" is one)
  if (joint === "though" && ctx.lower[j - 1] === "even") j--;
  const cut = (joint !== "," && contentSpan(ctx, from, j - 1)) || contentSpan(ctx, from, j);
  if (cut) prev.end = Math.min(prev.end, cut[1]);
  return nested;
}

/**
 * "46 percent said yes, compared with 23 percent who said ...": a group set against the first
 * source, reporting in its own relative clause, is a source of its own (the relative pronoun's
 * antecedent). The earlier content ends before the comparison.
 */
function comparedGroup(
  s: Scan,
  hit: CueHit,
  nested: [number, number],
  from: number,
): [number, number] | null {
  const { ctx } = s;
  if (!NESTING.has(hit.lemma) || nested[0] !== nested[1] || !/^(who|that)$/.test(ctx.lower[nested[0]]))
    return null;
  const group = npLeft(ctx, nested[0] - 1, from + 1);
  if (!SHARES.has(ctx.lower[group[1]])) return null;
  let k = group[0] - 1;
  if (!(k > from && COMPARISONS.has(ctx.lower[k]))) return null;
  if (ctx.lower[k] === "with" && ctx.lower[k - 1] === "compared") k--;
  const prev = s.events[s.events.length - 1];
  const cut = contentSpan(ctx, from, ctx.lower[k - 1] === "," ? k - 2 : k - 1);
  if (cut) prev.end = Math.min(prev.end, cut[1]);
  return group;
}

/** Words that set one group against another ("compared with", "than", "versus"). */
const COMPARISONS = new Set(["with", "than", "versus", "vs.", "against"]);

/**
 * "Vindman said he was told by John Bolton — Morrison's supervisor — to go straight to the legal
 * counsel": inside another report, a tell-type passive with its agent and a that-clause or an
 * infinitive is the agent's own report, nested in the outer one, which keeps its content whole.
 */
export function toldByAgent(s: Scan, i: number, hit: CueHit): number | undefined {
  const { ctx, hi } = s;
  if (!OBJECT_VERBS.has(hit.lemma) || ctx.lower[i + 1] !== "by" || !BE_FORMS.has(ctx.lower[i - 1]))
    return undefined;
  const agent = npRight(ctx, i + 2, hi + 1);
  if (!agent || ctx.pos[agent[1]] !== "PROPN") return undefined;
  const k = pastAppositive(ctx, agent[1] + 1, hi);
  const infinitive = ctx.lower[k] === "to" && ctx.pos[k + 1] === "VERB";
  if (!infinitive && ctx.lower[k] !== "that") return undefined;
  const span = contentSpan(ctx, infinitive ? k : k + 1, hi);
  if (!span) return undefined;
  s.events.push(event([i, i], hit.type, agent, span, i, hi, { nested: true }));
  return hi;
}

/**
 * "Yastrzhembsky said Kuchma told Yeltsin that Ukraine would not join NATO", "the employees said
 * Kiko told them ...": a speech verb whose named subject opens another report's content reports
 * on its own, nested in the outer report (which keeps its content whole), as the realnews
 * guidelines count nested reports. Returns the token to go on after, or undefined.
 */
export function innerReport(s: Scan, i: number, hit: CueHit): number | undefined {
  const outer = s.events[s.events.length - 1];
  return outer ? reportIn(s, outer, i, hit) : undefined;
}

/**
 * "Guyger said she confused Jean's home for her own, according to court documents": the same for
 * a report that opens the content of a sentence-final "according to X" (or the main clause after
 * an opening subordinate clause), its content ending before the phrase.
 */
export function reportBeforeSource(s: Scan, outer: Event, sourceAt: number): void {
  const { ctx } = s;
  const from = tokenAt(ctx, outer.start);
  for (let k = from + 1; k < sourceAt - 1; k++) {
    const hit = ctx.pos[k] === "VERB" ? cueAt(ctx, k) : null;
    if (hit) {
      reportIn({ ...s, hi: sourceAt - 2 }, outer, k, hit, true);
      return;
    }
  }
}

/** A report at `i` nested in `outer`'s content (`afterClause`: its subject may follow an opening clause). */
function reportIn(s: Scan, outer: Event, i: number, hit: CueHit, afterClause = false): number | undefined {
  const { ctx, hi } = s;
  if (hit.type !== "speech" || !NESTING.has(hit.lemma) || outer.cueType !== "speech") return undefined;
  const from = tokenAt(ctx, outer.start);
  // a verb, not a noun ("said Russian and Syrian claims are false")
  if (ctx.pos[i] !== "VERB") return undefined;
  const subject = subjectLeft(ctx, i, from);
  if (!subject || ctx.pos[subject[1]] !== "PROPN") return undefined;
  // a report made, not one foreseen or wished ("said Jones would tell the committee")
  // (an age or an adverb may stand between: "Deborah Ramirez, 53, suddenly claims"; not a passive's
  // "be": "were said to have ...")
  for (let k = subject[1] + 1; k < i; k++)
    if (!/^(AUX|ADV|NUM|PUNCT)$/.test(ctx.pos[k]) || MODALS.has(ctx.lower[k]) || BE_FORMS.has(ctx.lower[k]))
      return undefined;
  // the subject opens the content ("said Kuchma told ...", "said that Kuchma told ..."), or the
  // main clause after an opening one ("When she was arrested, Guyger said ...")
  const opens =
    subject[0] === from ||
    (subject[0] === from + 1 && ctx.lower[from] === "that") ||
    (afterClause && SUBORDINATORS.has(ctx.lower[from]) && ctx.lower[subject[0] - 1] === ",");
  if (!opens || ctx.ends[hi] > outer.end + 1) return undefined;
  let k = i + 1;
  // past the one told ("told Yeltsin", "told them")
  if (OBJECT_VERBS.has(hit.lemma) && ctx.lower[k] !== "that") k = (npRight(ctx, k, hi + 1)?.[1] ?? i) + 1;
  if (ctx.lower[k] === "that") k++;
  // the clause right after the verb (an adjunct first, "said in a 911 call that", is left alone),
  // or an infinitive ("claims to have been assaulted")
  const infinitive = ctx.lower[k] === "to" && /^(VERB|AUX)$/.test(ctx.pos[k + 1] ?? "");
  if (!infinitive && !/^(PRON|DET|PROPN|NOUN|NUM|ADJ)$/.test(ctx.pos[k] ?? "")) return undefined;
  const span = k > i + 1 || hit.lemma !== "tell" ? contentSpan(ctx, k, hi) : null;
  if (!span) return undefined;
  s.events.push(event([i, i], hit.type, subject, span, subject[0], hi, { nested: true }));
  return hi;
}

/**
 * The token after an appositive that opens at `k` between dashes, commas or parentheses ("—
 * Morrison's supervisor —", ", the department's director of communications,"); `k` when none
 * opens there.
 */
export function pastAppositive(ctx: Scan["ctx"], k: number, hi: number): number {
  if (!/^(—|–|-|,|\()$/.test(ctx.lower[k])) return k;
  // (or an acronym in parentheses: "the World Health Organisation (WHO)")
  const close = ctx.lower[k] === "(" ? ")" : ctx.lower[k];
  let j = k + 1;
  while (j <= hi && j - k < 10 && ctx.lower[j] !== close) j++;
  return j <= hi && ctx.lower[j] === close ? j + 1 : k;
}

const BE_FORMS = new Set(["was", "were", "is", "are", "been", "be", "being"]);
