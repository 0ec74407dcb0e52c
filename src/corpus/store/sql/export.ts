/**
 * One layer of the corpus as flat rows, one per item, with its article and offsets: what a
 * spreadsheet or pandas user expects (an entity's start/end are its first mention's). Arrays
 * (roles, aliases, via) stay arrays here; CSV joins them.
 */
import type { ExportRow, Layer } from "../types.js";
import { flag, jsonList, type Sql } from "./runner.js";

/** Columns holding JSON arrays in the database, parsed into arrays for export. */
const ARRAY_COLUMNS = new Set(["roles", "aliases", "via"]);

const LAYER_SQL: Record<Layer, string> = {
  articles: `SELECT a.id AS article, a.outlet, a.url, a.title, a.published, a.date, a.language,
      (SELECT count(*) FROM quotes q WHERE q.article = a.rowid) AS quotes, length(a.text) AS length, a.text
    FROM articles a ORDER BY a.rowid`,
  quotes: `SELECT a.id AS article, q.qid AS id, q.kind, q.start, q."end", q.text, ac.name AS speaker,
      ac.kind AS speaker_kind, q.speaker_start, q.speaker_end, q.resolved_by, q.cue, q.cue_type,
      q.cue_start, q.cue_end, q.via, q.medium, q.paragraphs,
      CASE WHEN c.size >= 2 THEN c.id END AS cluster, a.outlet, a.published, a.date
    FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN actors ac ON ac.id = q.speaker_actor
    LEFT JOIN cluster_members m ON m.quote = q.rowid LEFT JOIN clusters c ON c.id = m.cluster
    ORDER BY q.article, q.start`,
  entities: `SELECT a.id AS article, e.eid AS id, ac.kind AS type, ac.name, e.roles, e.aliases, e.country,
      (SELECT count(*) FROM mentions mn WHERE mn.article = e.article AND mn.eid = e.eid) AS mentions,
      (SELECT start FROM mentions mn WHERE mn.article = e.article AND mn.eid = e.eid ORDER BY start LIMIT 1) AS start,
      (SELECT "end" FROM mentions mn WHERE mn.article = e.article AND mn.eid = e.eid ORDER BY start LIMIT 1) AS "end",
      e.caption_only, a.outlet, a.date
    FROM entities e JOIN articles a ON a.rowid = e.article JOIN actors ac ON ac.id = e.actor
    ORDER BY e.article, start`,
  timexes: `SELECT a.id AS article, t.start, t."end", t.text, t.type, t.value, t.mod, t.anchor, a.outlet, a.date
    FROM timexes t JOIN articles a ON a.rowid = t.article ORDER BY t.article, t.idx`,
  techniques: `SELECT a.id AS article, t.start, t."end", t.text, t.technique, t.voice, t.explanation, t.rule,
      a.outlet, a.date
    FROM techniques t JOIN articles a ON a.rowid = t.article ORDER BY t.article, t.idx`,
};

export async function* exportLayer(db: Sql, layer: Layer): AsyncGenerator<ExportRow> {
  for await (const row of db.rows<Record<string, unknown>>(LAYER_SQL[layer])) {
    for (const column of ARRAY_COLUMNS) if (column in row) row[column] = jsonList(row[column]);
    if (layer === "entities") row.caption_only = flag(row.caption_only);
    yield row as ExportRow;
  }
}

export const layerColumns = (db: Sql, layer: Layer): Promise<string[]> => db.columns(LAYER_SQL[layer]);
