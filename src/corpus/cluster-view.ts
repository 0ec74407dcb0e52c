/**
 * One statement reported by several articles, as the analyst reads it: the longest version as
 * canonical, who reported it first, each member's relation to the canonical and what it cut or
 * changed, and whether the members credit different speakers. Pure: any store can use it.
 */
import { compareQuotes, type Relation } from "./clusters/index.js";
import { variantChanges } from "./diff.js";
import type { ClusterMember, ClusterView } from "./store/types.js";

/** A member as the store reads it, with the relation recorded when it joined its cluster. */
export interface StoredMember extends Omit<ClusterMember, "relation" | "changes"> {
  storedRelation: Relation;
  anonymous: boolean;
}

/** A name's last word, lower-cased: "Donald Trump", "Mr. Trump" and "Trump" are one person. */
function surname(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.at(-1) ?? name.toLowerCase();
}

/** Members that name different people (anonymous groups and unknown speakers aside). */
function creditsDifferentPeople(members: StoredMember[]): boolean {
  const named = new Set(members.filter((m) => m.speaker && !m.anonymous).map((m) => surname(m.speaker!)));
  return named.size > 1;
}

function speakerCounts(members: StoredMember[]): { name: string; quotes: number }[] {
  const counts = new Map<string, number>();
  for (const m of members) if (m.speaker) counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
  return [...counts].map(([name, quotes]) => ({ name, quotes })).sort((a, b) => b.quotes - a.quotes);
}

/** `members` are in date order (undated last), as first reported. */
export function clusterView(id: string, members: StoredMember[]): ClusterView {
  const canonical = members.reduce((best, m) => (m.text.length > best.text.length ? m : best), members[0]);
  const asQuote = (m: Pick<StoredMember, "quote" | "article" | "text" | "speaker">) => ({
    id: m.quote,
    article: m.article,
    text: m.text,
    speaker: m.speaker,
  });
  const first = members[0];
  const speakers = speakerCounts(members);
  return {
    id,
    canonical: canonical.text,
    speaker: speakers[0]?.name ?? null,
    first: { article: first.article, outlet: first.outlet, published: first.published, date: first.date },
    members: members.map(({ storedRelation, anonymous: _anonymous, ...m }) => {
      if (m.article === canonical.article && m.quote === canonical.quote)
        return { ...m, relation: "exact", changes: null };
      return {
        ...m,
        relation: compareQuotes(asQuote(canonical), asQuote(m)) ?? storedRelation,
        changes: variantChanges(canonical.text, m.text),
      };
    }),
    speakers,
    misattributed: creditsDifferentPeople(members),
  };
}
