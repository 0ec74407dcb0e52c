/**
 * The corpus store on PostgreSQL, for many machines writing into one database: each article is
 * stored in its own transaction (whole or not at all), so that any number of workers can write at
 * once; quotes are clustered in that same transaction under one advisory lock (see
 * docs/SCALING.md for why). The queries are the SQLite store's (../sql) but for search.
 */
import type pg from "pg";
import type { Analysis } from "../../../analysis.js";
import { redactedUrl } from "../../../util/service-error.js";
import { unpackAnalysis } from "../pack.js";
import { clusters } from "../sql/cluster-reads.js";
import { exportLayer, layerColumns } from "../sql/export.js";
import { stats } from "../sql/stats.js";
import { quotes, speakers, timeline } from "../sql/views.js";
import type {
  ArticleToStore,
  ClusterOptions,
  CorpusStore,
  Layer,
  PutOutcome,
  QueryFilters,
  Stats,
} from "../types.js";
import { checkOut, connectionFault, isRetryable, newPool } from "./connect.js";
import { PostgresSql } from "./runner.js";
import { migrate } from "./schema.js";
import { search } from "./search.js";
import { putArticle } from "./write.js";

/** Times a transaction that met a deadlock is run again before its article is reported failed. */
const DEADLOCK_RETRIES = 5;

export class PostgresStore implements CorpusStore {
  private readonly sql: PostgresSql;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    readonly version: number,
  ) {
    this.sql = new PostgresSql(pool);
  }

  /** Runs `work`, turning a lost or refused connection into one line for the user. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw connectionFault(this.url, error) ?? error;
    }
  }

  /** Streams `rows`, turning a lost connection into one line for the user. */
  private async *guardRows<T>(rows: AsyncIterable<T>): AsyncGenerator<T> {
    try {
      yield* rows;
    } catch (error) {
      throw connectionFault(this.url, error) ?? error;
    }
  }

  sourceHashOf(id: string): Promise<string | null> {
    return this.guard(async () => {
      const { rows } = await this.pool.query("SELECT source_hash FROM articles WHERE id = $1", [id]);
      return rows[0]?.source_hash ?? null;
    });
  }

  hasSource(sourceHash: string): Promise<boolean> {
    return this.guard(async () => {
      const found = await this.pool.query("SELECT 1 FROM articles WHERE source_hash = $1 LIMIT 1", [
        sourceHash,
      ]);
      return found.rowCount! > 0;
    });
  }

  /** Each article in its own transaction; a fault of the connection rejects the whole call. */
  putArticles(articles: ArticleToStore[]): Promise<(PutOutcome | Error)[]> {
    return this.guard(async () => {
      const client = await checkOut(this.pool);
      let healthy = false;
      try {
        const outcomes: (PutOutcome | Error)[] = [];
        for (const article of articles) outcomes.push(await this.putOne(client, article));
        healthy = true;
        return outcomes;
      } finally {
        client.release(!healthy);
      }
    });
  }

  /** One article in one transaction, run again after a deadlock; an error of the article is returned. */
  private async putOne(client: pg.PoolClient, article: ArticleToStore): Promise<PutOutcome | Error> {
    for (let attempt = 0; ; attempt++) {
      await client.query("BEGIN");
      try {
        const outcome = await putArticle(client, article);
        await client.query("COMMIT");
        return outcome;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        if (connectionFault(this.url, error)) throw error;
        if (!isRetryable(error) || attempt >= DEADLOCK_RETRIES) return error as Error;
      }
    }
  }

  stats(): Promise<Stats> {
    return this.guard(() => stats(this.sql, this.version));
  }

  search(query: string, filters: QueryFilters) {
    return this.guard(() => search(this.sql, query, filters));
  }

  quotes(filters: QueryFilters) {
    return this.guardRows(quotes(this.sql, filters));
  }

  speakers(filters: QueryFilters) {
    return this.guard(() => speakers(this.sql, filters));
  }

  timeline(filters: QueryFilters & { entity?: string }) {
    return this.guardRows(timeline(this.sql, filters));
  }

  clusters(options: ClusterOptions) {
    return this.guardRows(clusters(this.sql, options));
  }

  exportLayer(layer: Layer) {
    return this.guardRows(exportLayer(this.sql, layer));
  }

  layerColumns(layer: Layer) {
    return this.guard(() => layerColumns(this.sql, layer));
  }

  article(id: string): Promise<Analysis | null> {
    return this.guard(async () => {
      const { rows } = await this.pool.query("SELECT text, analysis FROM articles WHERE id = $1", [id]);
      return rows[0] ? unpackAnalysis(rows[0].analysis, rows[0].text) : null;
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Connects (a fault is one line: ServiceError or InputError) and migrates the database. */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  const pool = newPool(url);
  try {
    const client = await checkOut(pool);
    try {
      const version = await migrate(client, redactedUrl(url));
      return new PostgresStore(pool, url, version);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw connectionFault(url, error) ?? error;
  }
}
