/**
 * Full-text search in PostgreSQL: the `tsvector` columns (English stemming; titles weigh more
 * than text) matched by a `tsquery` made from the same query syntax as SQLite's FTS5 search:
 * words, "phrases", OR, NOT, prefix*. Ranked by ts_rank_cd; only the hits shown get a snippet.
 */
import { InputError } from "../../../document/errors.js";
import { filterClauses, limitSql, matchingActors, whereSql } from "../sql/filters.js";
import type { Params, Sql } from "../sql/runner.js";
import type { QueryFilters, SearchHit } from "../types.js";
import { searchable } from "./schema.js";

/** ts_headline options: matches between [ and ], about as long as FTS5's 16-token snippets. */
const HEADLINE =
  "StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=…";

/**
 * The query as a websearch_to_tsquery text (which never fails on syntax: quotes make phrases,
 * `or` and a leading `-` are understood) and the prefix words (`sanct*`), each its own tsquery.
 */
export function tsQueryParts(query: string): { words: string; prefixes: string[] } {
  const prefixes: string[] = [];
  const words = query
    .replace(/\bNOT\s+/g, "-")
    .replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\*/gu, (_m, word: string) => {
      prefixes.push(`${word}:*`);
      return " ";
    });
  if (!/[\p{L}\p{N}]/u.test(query)) throw new InputError(`the search '${query}' has no words to look for`);
  return { words, prefixes };
}

/** The tsquery expression and its parameters. */
function tsQuery(query: string, params: Params): string {
  const { words, prefixes } = tsQueryParts(query);
  const parts: string[] = [];
  if (/[\p{L}\p{N}]/u.test(words)) {
    params.words = words;
    parts.push("websearch_to_tsquery('english', @words)");
  }
  prefixes.forEach((prefix, i) => {
    params[`prefix${i}`] = prefix;
    parts.push(`to_tsquery('english', @prefix${i})`);
  });
  return parts.join(" && ");
}

const articleHits = (match: string, where: string, limit: string) => `
WITH hits AS (
  SELECT a.rowid, ts_rank_cd(a.search, ${match}) AS rank FROM articles a
  ${where} ORDER BY rank DESC, a.rowid ${limit}
)
SELECT a.id AS article, a.title, a.outlet, a.published, a.date,
  ts_headline('english', ${searchable("a.text")}, ${match}, '${HEADLINE}') AS snippet, -h.rank AS score
FROM hits h JOIN articles a ON a.rowid = h.rowid ORDER BY h.rank DESC, a.rowid`;

const quoteHits = (match: string, where: string, limit: string) => `
WITH hits AS (
  SELECT q.rowid, ts_rank_cd(q.search, ${match}) AS rank FROM quotes q JOIN articles a ON a.rowid = q.article
  ${where} ORDER BY rank DESC, q.rowid ${limit}
)
SELECT a.id AS article, a.title, a.outlet, a.published, a.date,
  ts_headline('english', ${searchable("q.text")}, ${match}, '${HEADLINE}') AS snippet, -h.rank AS score,
  q.qid, q.start, q."end", q.text, ac.name AS speaker
FROM hits h JOIN quotes q ON q.rowid = h.rowid JOIN articles a ON a.rowid = q.article
LEFT JOIN actors ac ON ac.id = q.speaker_actor ORDER BY h.rank DESC, q.rowid`;

type HitRow = SearchHit & {
  qid?: string;
  start?: number;
  end?: number;
  text?: string;
  speaker?: string | null;
};

function toHit({ qid, start, end, text, speaker, ...hit }: HitRow): SearchHit {
  if (qid === undefined) return hit;
  return { ...hit, quote: { id: qid, start: start!, end: end!, text: text!, speaker: speaker ?? null } };
}

/** Articles matching `query`, best first; with a speaker filter, that speaker's quotes matching it. */
export async function search(db: Sql, query: string, filters: QueryFilters): Promise<SearchHit[]> {
  if (query.trim() === "") throw new InputError("give something to search for: dossier search WORDS");
  const where = filterClauses(db.dialect.like, {
    outlet: filters.outlet,
    from: filters.from,
    to: filters.to,
  });
  const match = tsQuery(query, where.params);
  const limit = limitSql(filters.limit ?? 20);
  if (!filters.speaker) {
    const sql = articleHits(match, whereSql(where, [`a.search @@ (${match})`]), limit);
    return (await db.all<HitRow>(sql, where.params)).map(toHit);
  }
  const speakers = `q.speaker_actor IN (${matchingActors(where, filters.speaker, "speaker", "--speaker")})`;
  const sql = quoteHits(match, whereSql(where, [`q.search @@ (${match})`, speakers]), limit);
  return (await db.all<HitRow>(sql, where.params)).map(toHit);
}
