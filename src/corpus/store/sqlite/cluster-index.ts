/**
 * Incremental quote clustering in the store: each new direct or mixed quote is compared only with
 * the quotes that share one of its lookup keys (src/corpus/clusters decides the keys and the
 * match), never with all quotes, so adding one stays fast at a million quotes.
 */
import type Database from "better-sqlite3";
import { assignCluster, type ClusterQuote, clusterKeys } from "../../clusters/index.js";
import { CANDIDATES_PER_KEY, keyNumber, pickCandidates } from "../cluster-candidates.js";

interface CandidateRow {
  rowid: number;
  article: string;
  text: string;
  speaker: string | null;
  cluster: number;
}

export class ClusterIndex {
  private readonly keyQuotes: Database.Statement;
  private readonly candidate: Database.Statement;
  private readonly insertKey: Database.Statement;
  private readonly newCluster: Database.Statement;
  private readonly grow: Database.Statement;
  private readonly insertMember: Database.Statement;
  private readonly membersOf: Database.Statement;
  private readonly shrink: Database.Statement;
  private readonly dropEmpty: Database.Statement;
  private readonly deleteMembers: Database.Statement;
  private readonly deleteKeys: Database.Statement;
  private readonly moveMembers: Database.Statement;
  private readonly growBy: Database.Statement;
  private readonly dropCluster: Database.Statement;

  constructor(db: Database.Database) {
    this.keyQuotes = db
      .prepare(
        `SELECT k.quote, m.cluster FROM cluster_keys k JOIN cluster_members m ON m.quote = k.quote
         WHERE k.key = ? ORDER BY k.quote DESC LIMIT ${CANDIDATES_PER_KEY}`,
      )
      .raw();
    this.candidate = db.prepare(
      `SELECT q.rowid, a.id AS article, q.text, ac.name AS speaker, m.cluster
       FROM quotes q JOIN articles a ON a.rowid = q.article JOIN cluster_members m ON m.quote = q.rowid
       LEFT JOIN actors ac ON ac.id = q.speaker_actor WHERE q.rowid = ?`,
    );
    this.insertKey = db.prepare("INSERT OR IGNORE INTO cluster_keys(key, quote) VALUES (?, ?)");
    this.newCluster = db.prepare("INSERT INTO clusters(size) VALUES (1)");
    this.grow = db.prepare("UPDATE clusters SET size = size + 1 WHERE id = ?");
    this.insertMember = db.prepare("INSERT INTO cluster_members(quote, cluster, relation) VALUES (?, ?, ?)");
    this.membersOf = db
      .prepare(
        "SELECT m.cluster FROM cluster_members m JOIN quotes q ON q.rowid = m.quote WHERE q.article = ?",
      )
      .pluck();
    this.shrink = db.prepare("UPDATE clusters SET size = size - 1 WHERE id = ?");
    this.dropEmpty = db.prepare("DELETE FROM clusters WHERE id = ? AND size <= 0");
    this.deleteMembers = db.prepare(
      "DELETE FROM cluster_members WHERE quote IN (SELECT rowid FROM quotes WHERE article = ?)",
    );
    this.moveMembers = db.prepare("UPDATE cluster_members SET cluster = ? WHERE cluster = ?");
    this.growBy = db.prepare("UPDATE clusters SET size = size + ? WHERE id = ?");
    this.dropCluster = db.prepare("DELETE FROM clusters WHERE id = ?");
    this.deleteKeys = db.prepare(
      "DELETE FROM cluster_keys WHERE quote IN (SELECT rowid FROM quotes WHERE article = ?)",
    );
  }

  /** The stored quotes that share any of the keys, with their clusters, read lazily. */
  private *candidates(keys: string[]): Generator<ClusterQuote & { cluster: string }> {
    const found = keys.flatMap((key) => this.keyQuotes.all(keyNumber(key)) as [number, number][]);
    for (const rowid of pickCandidates(found)) {
      const row = this.candidate.get(rowid) as CandidateRow | undefined;
      if (row)
        yield {
          id: String(row.rowid),
          article: row.article,
          text: row.text,
          speaker: row.speaker,
          cluster: String(row.cluster),
        };
    }
  }

  /** Puts a newly stored quote into the cluster of the statement it repeats, or a new cluster. */
  add(quote: ClusterQuote & { rowid: number }): void {
    // the keys the algorithm looks up are the ones to store: they are not computed twice
    const looked = new Set<string>();
    const assigned = assignCluster(quote, {
      candidates: (keys) => {
        for (const key of keys) looked.add(key);
        return this.candidates(keys);
      },
    });
    const keys = looked.size ? looked : clusterKeys(quote.text);
    for (const key of keys) this.insertKey.run(keyNumber(key), quote.rowid);
    if (assigned) {
      const target = Number(assigned.cluster);
      // two parts of one statement (its start and its end) founded two clusters before a fuller
      // report joined them: they become one
      for (const other of assigned.merges) this.merge(Number(other), target);
      this.grow.run(target);
      this.insertMember.run(quote.rowid, target, assigned.relation);
    } else {
      const cluster = Number(this.newCluster.run().lastInsertRowid);
      this.insertMember.run(quote.rowid, cluster, "exact");
    }
  }

  /** Moves the members of cluster `from` into cluster `into` and drops `from`. */
  private merge(from: number, into: number): void {
    if (from === into) return;
    const moved = this.moveMembers.run(into, from).changes;
    this.growBy.run(moved, into);
    this.dropCluster.run(from);
  }

  /** Takes an article's quotes out of their clusters (before the article is deleted). */
  removeArticle(article: number): void {
    for (const cluster of this.membersOf.all(article) as number[]) {
      this.shrink.run(cluster);
      this.dropEmpty.run(cluster);
    }
    this.deleteMembers.run(article);
    this.deleteKeys.run(article);
  }
}
