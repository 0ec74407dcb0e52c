/**
 * Relayed reports: "the agency quoted the spokesman as saying the talks were productive", "the
 * paper cited officials as saying ...": the words are the quoted person's; the subject of the relay
 * verb only passed them on (the quote's via).
 */
import { npLeft, npRight } from "../context.js";
import { RELAY_VERBS } from "../cues.js";
import { subjectLeft } from "../frames.js";
import { contentSpan, event, type Scan } from "./span.js";

/** The event of "X quoted Y as saying ..." or "Y was quoted (by X) as saying ..." at "saying" (token `i`). */
export function relayedSaying(s: Scan, i: number, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  if (ctx.lower[i] !== "saying" || ctx.lower[i - 1] !== "as" || i - 3 < prevEnd) return undefined;
  const found = activeRelay(s, i, prevEnd) ?? passiveRelay(s, i, prevEnd);
  if (!found) return undefined;
  let a = i + 1;
  if (ctx.lower[a] === "that") a++;
  const span = contentSpan(ctx, a, hi);
  if (!span) return undefined;
  const { person, relay, first } = found;
  s.events.push(event([i, i], "speech", person, span, first, hi, relay ? { relay } : {}));
  return hi;
}

interface Relayed {
  person: [number, number];
  relay: [number, number] | null;
  first: number;
}

/** "TASS quoted him as saying": the person right before "as", the relay verb before the person. */
function activeRelay({ ctx }: Scan, i: number, prevEnd: number): Relayed | null {
  const person = npLeft(ctx, i - 2, prevEnd);
  const verb = person[0] - 1;
  if (verb < prevEnd || !RELAY_VERBS.has(ctx.lower[verb])) return null;
  const relay = subjectLeft(ctx, verb, prevEnd);
  return { person, relay, first: relay?.[0] ?? verb };
}

/** "He was quoted by Reuters as saying": the passive's subject speaks, its agent relayed. */
function passiveRelay({ ctx }: Scan, i: number, prevEnd: number): Relayed | null {
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
