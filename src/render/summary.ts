/** Shared views of an Analysis that every report format shows in its own way. */
import type { Analysis, Quote } from "../analysis.js";

export function snippet(s: string, max = 160): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Quotes grouped by speaker name, speakers ordered by first appearance. */
export function quotesBySpeaker(a: Analysis): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>();
  for (const q of a.quotes) {
    const name = q.speaker?.name ?? "(unattributed)";
    groups.set(name, [...(groups.get(name) ?? []), q]);
  }
  return [...groups.entries()];
}

/** The relay chain of a quote: speaker -> relays -> this outlet. */
export function relayChain(a: Analysis, q: Quote): string {
  const outlet = a.meta.outlet ?? "this article";
  return [q.speaker?.name ?? "?", ...q.via, outlet].join(" → ");
}

export function headlineFacts(a: Analysis): string[] {
  const count = (n: number, what: string, plural = `${what}s`) => `${n} ${n === 1 ? what : plural}`;
  return [
    count(a.blocks.filter((b) => b.type === "paragraph").length, "paragraph"),
    count(a.entities.length, "entity", "entities"),
    count(a.quotes.length, "quote"),
    count(a.timexes.length, "time expression"),
    count(a.techniques.length, "technique"),
  ];
}
