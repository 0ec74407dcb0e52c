/**
 * Relayed reports: "the agency quoted the spokesman as saying the talks were productive", "the
 * paper cited officials as saying ...": the words are the quoted person's; the subject of the relay
 * verb only passed them on (the quote's via).
 */
import { type Ctx, npLeft, npRight } from "../context.js";
import { RELAY_VERBS } from "../cues.js";
import { subjectLeft } from "../frames.js";
import { contentSpan, event, type Scan } from "./span.js";

/** The event of "X quoted Y as saying ..." or "Y was quoted (by X) as saying ..." at "saying" (token `i`). */
export function relayedSaying(s: Scan, i: number, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  const found = relayedSpeaker(ctx, i, prevEnd);
  if (!found) return undefined;
  let a = i + 1;
  // (past a time adjunct before "that": "as saying earlier in August that ...")
  for (let j = a; j <= hi && j <= a + 5; j++) {
    if (ctx.lower[j] === "that" && j > a) a = j;
    if (!/^(ADV|ADP|NOUN|PROPN|NUM|DET)$/.test(ctx.pos[j])) break;
  }
  if (ctx.lower[a] === "that") a++;
  const span = contentSpan(ctx, a, hi);
  if (!span) return undefined;
  const { person, relay, first } = found;
  s.events.push(event([i, i], "speech", person, span, first, hi, relay ? { relay } : {}));
  return hi;
}

export interface Relayed {
  person: [number, number];
  relay: [number, number] | null;
  first: number;
}

/** The person (and the relay) of "X quoted Y as saying" / "Y was quoted as saying" at "saying" (`i`), or null. */
export function relayedSpeaker(ctx: Ctx, i: number, prevEnd: number): Relayed | null {
  if (ctx.lower[i] !== "saying" || ctx.lower[i - 1] !== "as" || i - 3 < prevEnd) return null;
  return activeRelay(ctx, i, prevEnd) ?? passiveRelay(ctx, i, prevEnd);
}

/**
 * "TASS quoted him as saying": the person right before "as", the relay verb before the person.
 * A person with modifiers ("quoted local police in the town of Tacambaro as saying", "quoted the
 * Observatory (ONDH), a government-appointed watchdog, as saying") is the noun phrase right after
 * the relay verb, which then stands further back.
 */
function activeRelay(ctx: Ctx, i: number, prevEnd: number): Relayed | null {
  let person = npLeft(ctx, i - 2, prevEnd);
  // (a relay verb the tagger read as a plural noun inside the phrase: "Tanjug quotes Acimovic")
  for (let k = person[1] - 1; k >= person[0]; k--)
    if (RELAY_VERBS.has(ctx.lower[k])) {
      person = [k + 1, person[1]];
      break;
    }
  let verb = person[0] - 1;
  if (verb < prevEnd || !RELAY_VERBS.has(ctx.lower[verb])) {
    verb = relayVerbBefore(ctx, person[0] - 1, prevEnd);
    const np = verb < 0 ? null : npRight(ctx, verb + 1, i - 1);
    if (!np) return null;
    person = np;
  }
  const relay = subjectLeft(ctx, verb, prevEnd);
  return { person, relay, first: relay?.[0] ?? verb };
}

/** How far back a relay verb may stand before its person's modifiers end, in tokens. */
const RELAY_REACH = 32;

/** The relay verb before token `k` over the words of a noun phrase's modifiers, or -1. */
function relayVerbBefore(ctx: Ctx, k: number, prevEnd: number): number {
  for (let v = k; v >= prevEnd && v > k - RELAY_REACH; v--) {
    if (RELAY_VERBS.has(ctx.lower[v])) return v;
    // (a verb or a clause break between them: the person belongs to another clause)
    if (ctx.pos[v] === "VERB" || ctx.pos[v] === "AUX" || /^[;:]$/.test(ctx.lower[v])) return -1;
  }
  return -1;
}

/** "He was quoted by Reuters as saying": the passive's subject speaks, its agent relayed. */
function passiveRelay(ctx: Ctx, i: number, prevEnd: number): Relayed | null {
  let q = i - 2;
  let relay: [number, number] | null = null;
  if (ctx.lower[q] !== "quoted") {
    let by = q;
    while (by > prevEnd && by > i - 8 && ctx.lower[by] !== "by") by--;
    if (ctx.lower[by] !== "by" || ctx.lower[by - 1] !== "quoted") return null;
    relay = npRight(ctx, by + 1, i - 1);
    q = by - 1;
  }
  if (!BE.has(ctx.lower[q - 1])) return null;
  const person = subjectLeft(ctx, q, prevEnd);
  return person ? { person, relay, first: person[0] } : null;
}

const BE = new Set(["was", "were", "is", "are", "been", "being", "be"]);
