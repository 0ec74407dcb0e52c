/**
 * Descriptions ("the expert", "the minister", "the ministry") join the most recent person or
 * organisation they fit, by the roles gathered for each person.
 */
import { type Cluster, type Resolved, longest } from "./clusters.js";
import { expertNouns } from "./lexicons.js";
import type { FoundRole } from "./roles.js";

/** A role that makes someone a commentator: an expert noun, or a post at a research body. */
const EXPERT_ROLE = new RegExp(
  `\\b(?:${[...expertNouns].join("|")}|university|institute|academy|center|centre|school|college|think tank)\\b`,
  "i",
);

/** How many of the most recently named actors a description may refer back to. */
const RECENT_LIMIT = 24;

/**
 * Each person's roles, each once (by its lower-cased text and country): a person named a hundred
 * times with the same title keeps one role, so matching a description stays bounded.
 */
export function distinctRoles(clusters: Map<string, Cluster>): Map<Cluster, FoundRole[]> {
  const roleList = new Map<Cluster, FoundRole[]>();
  for (const c of clusters.values()) {
    if (c.type !== "person") continue;
    const roles: FoundRole[] = [];
    const seen = new Set<string>();
    for (const m of c.mentions)
      for (const r of m.roles) {
        const k = `${r.role.toLowerCase()}\u0000${r.country ?? ""}`;
        if (seen.has(k)) continue;
        seen.add(k);
        roles.push(r);
      }
    roleList.set(c, roles);
  }
  return roleList;
}

/** Adds each description (in text order, as `mentions` is) to the last person or organisation it fits. */
export function resolveDescriptions(
  mentions: readonly Resolved[],
  descriptions: readonly Resolved[],
  clusters: Map<string, Cluster>,
  roleList: Map<Cluster, FoundRole[]>,
): void {
  const clusterOf = new Map<Resolved, Cluster>();
  // An organisation's full name, lower-cased, once per cluster (descriptions do not change it).
  const orgName = new Map<Cluster, string>();
  for (const c of clusters.values()) {
    if (c.type === "organization") orgName.set(c, longest(c).toLowerCase());
    if (c.type === "person" || c.type === "organization") for (const m of c.mentions) clusterOf.set(m, c);
  }
  // Most recent first: a short list of the people seen so far, moved to the front on each mention.
  const recent: Cluster[] = [];
  const attach = (desc: Resolved) => {
    const target = pick(desc, recent, roleList, orgName);
    if (target) target.mentions.push(desc);
  };
  let d = 0;
  for (const m of mentions) {
    while (d < descriptions.length && descriptions[d].start <= m.start) attach(descriptions[d++]);
    const c = clusterOf.get(m);
    if (c) {
      const at = recent.indexOf(c);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift(c);
      if (recent.length > RECENT_LIMIT) recent.pop();
    }
  }
  while (d < descriptions.length) attach(descriptions[d++]);
}

/** The most recent cluster a description fits, or null. */
function pick(
  desc: Resolved,
  recent: readonly Cluster[],
  roleList: Map<Cluster, FoundRole[]>,
  orgName: Map<Cluster, string>,
): Cluster | null {
  const noun = desc.description as string;
  if (desc.kind === "organization") {
    for (const c of recent) if (c.type === "organization" && orgName.get(c)?.includes(noun)) return c;
    return null;
  }
  const fits = (c: Cluster, test: (r: string) => boolean) =>
    (roleList.get(c) ?? []).some((r) => test(r.role.toLowerCase()));
  const wantCountry = desc.titleCountry;
  for (const c of recent) {
    if (c.type !== "person") continue;
    if (
      wantCountry &&
      c.country !== wantCountry &&
      !(roleList.get(c) ?? []).some((r) => r.country === wantCountry)
    )
      continue;
    if (fits(c, (r) => r.includes(noun))) return c;
  }
  if (expertNouns.has(noun))
    for (const c of recent) if (c.type === "person" && fits(c, (r) => EXPERT_ROLE.test(r))) return c;
  return null;
}
