/** The start page: analyse an article (pasted text or HTML, or a URL), search the corpus, what it holds. */
import type { ClusterView, SearchHit, SpeakerRow, Stats } from "../../corpus/store/types.js";
import { escapeHtml } from "../../render/html-escape.js";
import { plural, snippet } from "../../render/summary.js";
import { articleHref, clusterHref, page, speakerHref, whereAndWhen } from "./layout.js";

export interface SearchView {
  q: string;
  speaker?: string;
  outlet?: string;
  from?: string;
  to?: string;
  hits: SearchHit[];
}

export interface AnalyseForm {
  content?: string;
  url?: string;
  date?: string;
  error?: string;
}

export interface HomeView {
  stats: Stats;
  speakers: SpeakerRow[];
  clusters: ClusterView[];
  search?: SearchView;
  /** A search whose filters were refused: the one-line reason. */
  searchError?: string;
  form?: AnalyseForm;
}

const value = (v: string | undefined) => `value="${escapeHtml(v ?? "")}"`;

function analyseSection(form: AnalyseForm = {}): string {
  return `<section class="box analyse"><h2>Analyse an article</h2>
${form.error ? `<p class="error" role="alert">${escapeHtml(form.error)}</p>` : ""}
<form action="/analyze" method="post">
<label for="content">Paste the article’s text, or its page’s HTML</label>
<textarea id="content" name="content" rows="12" spellcheck="false">${escapeHtml(form.content ?? "")}</textarea>
<label for="url">or give its address</label>
<input id="url" name="url" type="url" placeholder="https://…" ${value(form.url)}>
<div class="row"><label for="date">Document date <span class="small">(anchors “yesterday”, “on Monday”; optional)</span></label>
<input id="date" name="date" type="date" ${value(form.date)}></div>
<div class="row"><label><input type="checkbox" name="store" value="1"> also store it in the corpus</label></div>
<button type="submit">Analyse</button>
</form></section>`;
}

function searchForm(s: Partial<SearchView>): string {
  const field = (name: keyof SearchView, label: string, type = "text") =>
    `<label>${label} <input name="${name}" type="${type}" ${value(s[name] as string | undefined)}></label>`;
  return `<form class="search" action="/" method="get" role="search">
<input type="search" name="q" aria-label="words to search for" placeholder="words, &quot;a phrase&quot;, OR, NOT, prefix*" ${value(s.q)}>
<button type="submit">Search</button>
<details><summary>Filters</summary>${field("speaker", "speaker")} ${field("outlet", "outlet")} ${field("from", "from", "text")} ${field("to", "to", "text")}</details>
</form>`;
}

/** A search snippet with its matches (between [ and ]) marked; escaped first, then marked. */
function markedSnippet(s: string): string {
  return escapeHtml(s).replace(/\[([^[\]]*)\]/g, "<mark>$1</mark>");
}

function hitHtml(h: SearchHit): string {
  const title = h.title ?? `untitled article ${h.article}`;
  const href = articleHref(h.article, h.quote ? `hl-${h.quote.id}` : undefined);
  const quote = h.quote
    ? `<div class="small">quote of ${escapeHtml(h.quote.speaker ?? "an unknown speaker")}</div>`
    : "";
  return `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a> <span class="small">${whereAndWhen(h.outlet, h.date ?? h.published)}</span>
<div class="snippet">${markedSnippet(h.snippet)}</div>${quote}</li>`;
}

function searchSection(view: HomeView): string {
  const s = view.search;
  const results = view.searchError
    ? `<p class="error" role="alert">${escapeHtml(view.searchError)}</p>`
    : s
      ? s.hits.length
        ? `<p class="small">${plural(s.hits.length, "hit")} for “${escapeHtml(s.q)}”, best first</p><ol class="hits">${s.hits.map(hitHtml).join("\n")}</ol>`
        : `<p>No article matches “${escapeHtml(s.q)}”.</p>`
      : "";
  return `<section class="box search-box"><h2>Search the corpus</h2>\n${searchForm(s ?? {})}\n${results}</section>`;
}

function statsSection(st: Stats): string {
  if (st.articles === 0)
    return `<section class="box"><h2>The corpus</h2><p>The corpus is empty: <code>dossier ingest FOLDER --db FILE</code> fills it, or tick “also store it” when you analyse an article.</p></section>`;
  const span = st.from ? `, dated ${escapeHtml(st.from)} to ${escapeHtml(st.to ?? st.from)}` : "";
  const counts: [string, number][] = [
    ["articles", st.articles],
    ["outlets", st.outlets],
    ["quotes", st.quotes],
    ["speakers", st.speakers],
    ["entities", st.entities],
    ["dated expressions", st.timexes],
    ["techniques", st.techniques],
    ["statements reported more than once", st.clusters],
  ];
  return `<section class="box"><h2>The corpus</h2><p class="small">${plural(st.articles, "article")}${span}</p>
<dl class="stats">${counts.map(([k, n]) => `<div><dt>${k}</dt><dd>${n}</dd></div>`).join("")}</dl></section>`;
}

function speakersSection(rows: SpeakerRow[]): string {
  if (!rows.length) return "";
  const trs = rows.map(
    (s) =>
      `<tr><td><a href="${escapeHtml(speakerHref(s.name))}">${escapeHtml(s.name)}</a>${s.roles.length ? ` <span class="small">${escapeHtml(snippet(s.roles.join("; "), 60))}</span>` : ""}</td><td class="n">${s.quotes}</td><td class="n">${s.articles}</td><td class="small">${escapeHtml(s.outlets.map((o) => o.outlet).join(", "))}</td></tr>`,
  );
  return `<section class="box"><h2>Most quoted</h2><table><thead><tr><th>speaker</th><th class="n">quotes</th><th class="n">articles</th><th>outlets</th></tr></thead><tbody>${trs.join("\n")}</tbody></table></section>`;
}

function clustersSection(clusters: ClusterView[]): string {
  if (!clusters.length) return "";
  const lis = clusters.map(
    (c) =>
      `<li><a href="${escapeHtml(clusterHref(c.id))}">“${escapeHtml(snippet(c.canonical, 120))}”</a> <span class="small">${escapeHtml(c.speaker ?? "unknown speaker")} · ${plural(c.members.length, "report")} · first ${whereAndWhen(c.first.outlet, c.first.date)}</span>${c.misattributed ? ` <span class="badge warn">credited to different speakers</span>` : ""}</li>`,
  );
  return `<section class="box"><h2>Statements reported more than once</h2><ul class="clusters">${lis.join("\n")}</ul></section>`;
}

export function homePage(view: HomeView): string {
  const body = `<h1 class="visually-hidden">dossier</h1>
<div class="home">
<div>${analyseSection(view.form)}</div>
<div>${searchSection(view)}
${statsSection(view.stats)}
${speakersSection(view.speakers)}
${clustersSection(view.clusters)}</div>
</div>`;
  return page(view.search ? `Search: ${view.search.q}` : "dossier", body, view.search?.q ?? "");
}
