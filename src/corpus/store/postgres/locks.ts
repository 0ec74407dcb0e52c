/**
 * The advisory locks of the PostgreSQL store (pg_advisory_xact_lock(class, key), held until the
 * transaction ends). Taken in this order only (article, then clusters), so writers never deadlock
 * on them.
 */
export const LOCKS = {
  /** Migrating the schema (key 0). */
  migrate: 0x646f7301,
  /** One article id (key: hashtext(id)): two deliveries of one article are stored one after the other. */
  article: 0x646f7302,
  /** The cluster index (key 0): one writer at a time assigns quotes to clusters. */
  clusters: 0x646f7303,
} as const;
