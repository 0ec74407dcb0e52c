/**
 * The contract's name and version, on its own so that the pipeline can stamp it on every Analysis
 * without loading the zod schemas of ./analysis.ts (a twentieth of a second at start-up).
 */
export const SCHEMA_ID = "dossier.analysis/1";
