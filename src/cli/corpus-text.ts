/**
 * The corpus views as terminal text: one item per line or two, cut to the terminal's width, so a
 * listing of thousands of quotes stays scannable (the JSON format has everything).
 */
import type {
  ClusterMember,
  ClusterView,
  QuoteRow,
  SearchHit,
  SpeakerRow,
  Stats,
  TimelineRow,
} from "../corpus/store/types.js";

export const width = () => Math.max(60, Math.min(process.stdout.columns || 100, 160));

const n = (x: number) => x.toLocaleString("en-US");

/** One line (line breaks and tabs become spaces), cut with an ellipsis to fit `max` characters. */
export function oneLine(text: string, max = width()): string {
  const line = text.replace(/[\r\n\t\u2028\u2029]+/g, " ").trimEnd();
  return line.length <= max ? line : `${line.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

const where = (outlet: string | null, date: string | null) =>
  [outlet, date].filter(Boolean).join(", ") || "no outlet or date";

export function statsText(s: Stats, db: string): string {
  const dates = s.from ? `, ${s.from === s.to ? s.from : `${s.from} to ${s.to}`}` : "";
  return [
    `${db} (store version ${s.schemaVersion})`,
    `  ${n(s.articles)} articles from ${n(s.outlets)} outlets${dates}`,
    `  ${n(s.quotes)} quotes (${n(s.direct)} direct, ${n(s.mixed)} mixed, ${n(s.indirect)} indirect) from ${n(s.speakers)} speakers`,
    `  ${n(s.entities)} entities named ${n(s.mentions)} times`,
    `  ${n(s.timexes)} time expressions, ${n(s.techniques)} techniques`,
    `  ${n(s.clusters)} statements reported more than once (${n(s.clusteredQuotes)} quotes)`,
  ].join("\n");
}

export function searchHitText(hit: SearchHit, rank: number): string {
  const head = hit.quote
    ? `${rank}. ${hit.quote.speaker ?? "unknown speaker"} in ${hit.title ?? hit.article} (${where(hit.outlet, hit.date)})`
    : `${rank}. ${hit.title ?? hit.article} (${where(hit.outlet, hit.date)})`;
  return `${oneLine(head)}\n${oneLine(`   ${hit.snippet}`)}\n${oneLine(`   article ${hit.article}`)}`;
}

export function quoteText(q: QuoteRow): string {
  const said = `${q.speaker ?? "?"}: “${q.text}”`;
  return oneLine(`${q.date ?? "----------"}  ${q.kind.padEnd(8)} ${said}  [${q.outlet ?? q.article}]`);
}

export function speakerText(s: SpeakerRow): string {
  const about = [s.roles.slice(0, 2).join(", "), s.outlets.map((o) => `${o.outlet} ${o.quotes}`).join(", ")]
    .filter(Boolean)
    .join(" · ");
  const seen = s.firstSeen ? `${s.firstSeen}..${s.lastSeen}` : "undated";
  return oneLine(
    `${String(s.quotes).padStart(6)} ${String(s.articles).padStart(6)}  ${seen.padEnd(22)} ${s.name}${about ? ` — ${about}` : ""}`,
  );
}

export const SPEAKERS_HEADER = `${"quotes".padStart(6)} ${"arts".padStart(6)}  ${"first..last seen".padEnd(22)} speaker — roles · outlets quoting`;

export function timelineText(t: TimelineRow): string {
  const actors = t.actors.length ? ` (${t.actors.join(", ")})` : "";
  return oneLine(`${t.date.padEnd(11)} ${t.summary}${actors} [${t.outlet ?? t.article}]`);
}

function changesText(m: ClusterMember): string {
  if (!m.changes) return "";
  const parts = [
    ...m.changes.cut.map((c) => `cut “${c}”`),
    ...m.changes.changed.map((c) => `“${c.from}” → “${c.to}”`),
    ...m.changes.added.map((c) => `added “${c}”`),
  ];
  return parts.length ? `  ${parts.join("; ")}` : "";
}

export function clusterText(c: ClusterView): string {
  const lines = [
    oneLine(
      `cluster ${c.id}  ×${c.members.length}  ${c.speaker ?? "unknown speaker"}  first: ${where(c.first.outlet, c.first.date)} (${c.first.article})`,
    ),
    oneLine(`  “${c.canonical}”`),
    ...c.members.map((m) =>
      oneLine(
        `    ${m.relation.padEnd(10)} ${where(m.outlet, m.date)}  ${m.speaker ?? "?"}${changesText(m)}`,
      ),
    ),
  ];
  if (c.misattributed)
    lines.push(
      oneLine(
        `  ! credited to different speakers: ${c.speakers.map((s) => `${s.name} (${s.quotes})`).join(", ")}`,
      ),
    );
  return lines.join("\n");
}
