/** Full-text search (FTS5, bm25 ranking) over articles, or over one speaker's quotes. */
import type Database from "better-sqlite3";
import { InputError } from "../../../document/errors.js";
import type { QueryFilters, SearchHit } from "../types.js";
import { filterClauses, limitSql, nameWords, whereSql } from "../sql/filters.js";

/**
 * Ranked by FTS5's own `rank` (bm25; title matches weigh five times text matches): FTS5 then
 * returns the rows in rank order itself, so only the hits shown are joined and given a snippet.
 * Ordering by a bm25() expression instead builds every matching row first, ten times slower for a
 * common word.
 */
const ARTICLE_SEARCH = `
SELECT a.id AS article, a.title, a.outlet, a.published, a.date,
  snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, articles_fts.rank AS score
FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid`;
const ARTICLE_RANK = "articles_fts.rank MATCH 'bm25(5.0, 1.0, 0.0)'";

const QUOTE_SEARCH = `
SELECT a.id AS article, a.title, a.outlet, a.published, a.date,
  snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet, quotes_fts.rank AS score,
  q.qid, q.start, q."end", q.text, ac.name AS speaker
FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.rowid = q.article
LEFT JOIN actors ac ON ac.id = q.speaker_actor`;
const QUOTE_RANK = "quotes_fts.rank MATCH 'bm25(1.0, 0.0)'";

interface HitRow extends Omit<SearchHit, "quote"> {
  qid?: string;
  start?: number;
  end?: number;
  text?: string;
  speaker?: string | null;
}

/**
 * The query as FTS5 reads it, or, when it is not valid FTS5 syntax (an apostrophe, a colon, a
 * stray parenthesis), each of its words as a quoted phrase: every one must then appear.
 */
function quotedWords(query: string): string {
  const words = query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) throw new InputError(`the search '${query}' has no words to look for`);
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

function isQuerySyntaxError(error: unknown): boolean {
  const message = (error as Error).message ?? "";
  return /^fts5: |no such column|unterminated string|malformed MATCH/.test(message);
}

/** A name filter (see ../sql/filters.ts) as an FTS5 expression on one column: every word as a prefix. */
function ftsNameMatch(column: string, name: string, option: string): string {
  return `{${column}} : (${nameWords(name, option)
    .map((w) => `"${w}"*`)
    .join(" AND ")})`;
}

function toHit(row: HitRow): SearchHit {
  const { qid, start, end, text, speaker, ...hit } = row;
  if (qid === undefined) return hit;
  return { ...hit, quote: { id: qid, start: start!, end: end!, text: text!, speaker: speaker ?? null } };
}

/**
 * Articles matching `query` (FTS5 syntax: words, "phrases", OR, NOT, prefix*), best first; with a
 * speaker filter, that speaker's quotes matching it.
 */
export function search(db: Database.Database, query: string, filters: QueryFilters): SearchHit[] {
  if (query.trim() === "") throw new InputError("give something to search for: dossier search WORDS");
  const quotes = Boolean(filters.speaker);
  // outlet and speaker are matched inside the index (its outlet and speaker columns); the dates
  // are filtered on the hits as FTS5 returns them in rank order
  const where = filterClauses("LIKE", { from: filters.from, to: filters.to });
  const table = quotes ? "quotes_fts" : "articles_fts";
  const narrow = [
    ...(filters.outlet ? [ftsNameMatch("outlet", filters.outlet, "--outlet")] : []),
    ...(quotes ? [ftsNameMatch("speaker", filters.speaker!, "--speaker")] : []),
  ];
  const inColumns = quotes ? "{text}" : "{title text}";
  const expression = (q: string) => [`${inColumns} : (${q})`, ...narrow].join(" AND ");
  const sql = `${quotes ? QUOTE_SEARCH : ARTICLE_SEARCH}
    ${whereSql(where, [`${table} MATCH @match`, quotes ? QUOTE_RANK : ARTICLE_RANK])}
    ORDER BY ${table}.rank ${limitSql(filters.limit ?? 20)}`;
  const statement = db.prepare(sql);
  const run = (q: string) =>
    (statement.all({ ...where.params, match: expression(q) }) as HitRow[]).map(toHit);
  try {
    return run(query);
  } catch (error) {
    if (!isQuerySyntaxError(error)) throw error;
    return run(quotedWords(query));
  }
}
