/**
 * The clusters coreference builds (one per future entity, with the mentions that name it) and the
 * text indexes by which later mentions find their cluster. All keyed by text, so lookups are O(1).
 */
import type { EntityType } from "../analysis.js";
import { type Gender, SurnameHolders } from "./family.js";
import type { Candidate } from "./recognise.js";
import type { FoundRole } from "./roles.js";

export interface Resolved extends Candidate {
  start: number;
  end: number;
  text: string;
  block?: number;
  roles: FoundRole[];
  caption: boolean;
  /** For a headline mention in capitals: the body form it matched ("SMITHERS" -> "Smithers"). */
  form?: string;
  /** An acronym in brackets right after a name ("... Forum (WEF)"): that name's mention. */
  shortFormOf?: Resolved;
}

export interface Cluster {
  key: string;
  type: EntityType;
  mentions: Resolved[];
  country: string | null;
  canonical?: string;
}

/** The text a mention is matched and keyed by. */
export function form(m: Resolved): string {
  return m.form ?? m.text;
}

/** The clusters by key, and the indexes from a mention's text to its cluster's key. */
export class ClusterTable {
  readonly clusters = new Map<string, Cluster>();
  /** Mention text -> cluster key. */
  readonly byText = new Map<string, string>();
  /** Last word of a full person name -> cluster key. */
  readonly surname = new Map<string, string>();
  /** First word of a full person name -> cluster key. */
  readonly given = new Map<string, string>();
  /** Last word of a full person name typed only by its shape, added after the others -> cluster key. */
  readonly lateSurnames = new Map<string, string>();
  /** Every full person name by its last word, with its given name's gender (family.ts). */
  readonly surnameHolders = new SurnameHolders();
  /**
   * Clusters of a surname after an honorific that no full name seen before fits ("Mr. Clinton"
   * beside Hillary Clinton), with the honorific's gender: only a full name of that gender joins them.
   */
  readonly apart = new Map<string, Gender>();

  /** Adds `m` to the cluster `key` (made if new); the first mention with a text claims that text. */
  add(key: string, type: EntityType, m: Resolved, country: string | null = null): Cluster {
    let c = this.clusters.get(key);
    if (!c) {
      c = { key, type, mentions: [], country };
      this.clusters.set(key, c);
    }
    if (!c.country && country) c.country = country;
    c.mentions.push(m);
    if (!m.description && !this.byText.has(form(m))) this.byText.set(form(m), key);
    return c;
  }
}

const SPACE = /\s/;

/** Words in a name: white-space runs plus one (no allocation; names are single-spaced). */
export function wordCount(s: string): number {
  let n = 1;
  let space = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const ws = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[k]));
    if (ws && !space) n++;
    space = ws;
  }
  return n;
}

/** The fullest written form: most words, then longest, preferring mixed case over headline capitals. */
export function longest(c: Cluster): string {
  let best: Resolved | undefined;
  for (const m of c.mentions) {
    if (m.description || m.metonymy) continue;
    if (
      !best ||
      (best.caps && !m.caps) ||
      (!!best.caps === !!m.caps &&
        (wordCount(m.text) > wordCount(best.text) ||
          (wordCount(m.text) === wordCount(best.text) && m.text.length > best.text.length)))
    )
      best = m;
  }
  return (best ?? c.mentions[0]).text;
}
