/**
 * The cards of the article view: what each highlight is, shown when the pointer or the keyboard
 * focus is on it (web/article.js copies the card into place). One card per quote, per entity
 * (and one for its metonymic mentions), per time expression and per technique; all in a hidden
 * container, every value escaped.
 */
import type { Analysis, Entity, Quote, Technique, Timex } from "../analysis.js";
import { escapeHtml } from "./html-escape.js";
import { entityKey, quoteKey, speakerColours } from "./html-marks.js";
import { AUTHOR_VOICE, entityById, otherAliases, relayChainText } from "./summary.js";

/** Links into the rest of the site, when the view is served by `dossier serve`. */
export interface SiteLinks {
  /** The page of a speaker across the corpus. */
  speaker(name: string): string;
}

const TYPE_LABEL: Record<string, string> = {
  person: "person",
  organization: "organisation",
  country: "country",
  place: "place",
  event: "event",
  work: "work",
  other: "other",
};

const RESOLVED_BY: Record<string, string> = {
  name: "named in the attribution",
  pronoun: "a pronoun, resolved to the person it refers to",
  description: "a description (“the expert”), resolved to the person it describes",
  "according-to": "named after “according to”",
  previous: "carried over from the previous attribution",
};

const ANCHORED_ON: Record<string, string> = {
  dct: "counted from the document date",
  context: "a year taken from the surrounding text",
  absolute: "written out in full",
  none: "not anchored to a date",
};

/** A definition list of the fields that have a value (values are HTML already escaped). */
function fields(rows: [string, string | null | undefined][]): string {
  const kept = rows.filter((r): r is [string, string] => Boolean(r[1]));
  return kept.length ? `<dl>${kept.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>` : "";
}

const card = (key: string, body: string) =>
  `<section class="card-body" data-key="${escapeHtml(key)}">${body}</section>`;
const quoted = (s: string) => `“${escapeHtml(s)}”`;

interface QuoteContext {
  a: Analysis;
  entities: Map<string, Entity>;
  colours: Map<Quote, string>;
  links?: SiteLinks;
}

function quoteCard({ a, entities, colours, links }: QuoteContext, q: Quote, i: number): string {
  const s = q.speaker;
  const entity = s?.entity ? entities.get(s.entity) : undefined;
  const colour = colours.get(q) ?? "sp-none";
  const who = s ? escapeHtml(s.name) : "unattributed";
  const anon = s?.anonymous ? ` <span class="badge anon">anonymous source</span>` : "";
  const speakerLink =
    links && s && !s.anonymous
      ? `<p><a href="${escapeHtml(links.speaker(s.name))}">every quote of ${escapeHtml(s.name)} in the corpus</a></p>`
      : "";
  const body = [
    `<h4><span class="swatch quote ${colour}"></span>${who}${anon} <span class="badge">${escapeHtml(q.kind)} quote</span></h4>`,
    entity?.roles.length ? `<p class="small">${escapeHtml(entity.roles.join("; "))}</p>` : "",
    fields([
      [
        "speaker",
        s
          ? `${quoted(a.text.slice(s.start, s.end))}: ${RESOLVED_BY[s.resolvedBy] ?? escapeHtml(s.resolvedBy)}`
          : null,
      ],
      ["cue", q.cue ? `${quoted(q.cue.text)}${q.cue.type ? ` (${escapeHtml(q.cue.type)})` : ""}` : null],
      ["relayed", escapeHtml(relayChainText(a, q))],
      ["medium", q.medium ? escapeHtml(q.medium) : null],
      ["paragraphs", q.paragraphs > 1 ? String(q.paragraphs) : null],
    ]),
    speakerLink,
  ];
  return card(quoteKey(i), body.join(""));
}

function entityCard(e: Entity, key: string, metonymy: boolean): string {
  const aliases = otherAliases(e);
  const body = [
    `<h4><span class="swatch ent t-${escapeHtml(e.type)}"></span>${escapeHtml(e.name)} <span class="badge">${escapeHtml(TYPE_LABEL[e.type] ?? e.type)}</span></h4>`,
    metonymy ? `<p class="small">Here the name stands for its state or government (metonymy).</p>` : "",
    fields([
      ["roles", e.roles.length ? escapeHtml(e.roles.join("; ")) : null],
      ["country", e.country && e.type !== "country" ? escapeHtml(e.country) : null],
      ["also called", aliases.length ? escapeHtml(aliases.join(", ")) : null],
      ["mentions", String(e.mentions.length)],
    ]),
  ];
  return card(key, body.join(""));
}

function timexCard(t: Timex, i: number): string {
  const body = [
    `<h4><span class="swatch timex"></span>${quoted(t.text)} <span class="badge">${escapeHtml(t.type)}</span></h4>`,
    fields([
      ["value", `<code>${escapeHtml(t.value)}</code>`],
      ["modifier", t.mod ? escapeHtml(t.mod) : null],
      ["anchored", t.anchor ? (ANCHORED_ON[t.anchor] ?? escapeHtml(t.anchor)) : null],
    ]),
  ];
  return card(`timex-${i}`, body.join(""));
}

function techniqueCard(t: Technique, i: number): string {
  const voice = t.voice === AUTHOR_VOICE ? "the author’s own words" : `${escapeHtml(t.voice)}, in a quote`;
  const body = [
    `<h4><span class="swatch tech ${t.voice === AUTHOR_VOICE ? "v-author" : "v-other"}"></span>${escapeHtml(t.technique.replaceAll("_", " "))}</h4>`,
    t.explanation ? `<p>${escapeHtml(t.explanation)}</p>` : "",
    fields([
      ["voice", voice],
      ["rule", t.rule ? escapeHtml(t.rule) : null],
    ]),
  ];
  return card(`tech-${i}`, body.join(""));
}

/** Every card of the article, in a container the page never shows itself. */
export function cardsHtml(a: Analysis, links?: SiteLinks): string {
  const context: QuoteContext = { a, entities: entityById(a), colours: speakerColours(a), links };
  const cards = [
    ...a.quotes.map((q, i) => quoteCard(context, q, i)),
    ...a.entities.flatMap((e, i) => [
      entityCard(e, entityKey(i), false),
      ...(e.mentions.some((m) => m.metonymy) ? [entityCard(e, `${entityKey(i)}-metonymy`, true)] : []),
    ]),
    ...a.timexes.map(timexCard),
    ...a.techniques.map(techniqueCard),
  ];
  return `<div id="cards" hidden>\n${cards.join("\n")}\n</div>`;
}
