/**
 * Relayed reports: "the agency quoted the spokesman as saying the talks were productive", "the
 * paper cited officials as saying ...": the words are the quoted person's; the subject of the relay
 * verb only passed them on (the quote's via).
 */
import { npLeft } from "../context.js";
import { RELAY_VERBS } from "../cues.js";
import { subjectLeft } from "../frames.js";
import { contentSpan, event, type Scan } from "./span.js";

/** The event of "X quoted Y as saying ..." at the cue "saying" (token `i`), or undefined. */
export function relayedSaying(s: Scan, i: number, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  if (ctx.lower[i] !== "saying" || ctx.lower[i - 1] !== "as" || i - 3 < prevEnd) return undefined;
  const person = npLeft(ctx, i - 2, prevEnd);
  const verb = person[0] - 1;
  if (verb < prevEnd || !RELAY_VERBS.has(ctx.lower[verb])) return undefined;
  let a = i + 1;
  if (ctx.lower[a] === "that") a++;
  const span = contentSpan(ctx, a, hi);
  if (!span) return undefined;
  const relay = subjectLeft(ctx, verb, prevEnd);
  s.events.push(event([i, i], "speech", person, span, relay?.[0] ?? verb, hi, relay ? { relay } : {}));
  return hi;
}
