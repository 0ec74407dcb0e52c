/**
 * Quote identity across articles: the same statement reported by several articles (exactly,
 * re-punctuated, truncated or lightly edited) is one cluster. The algorithm is pure: a store gives
 * it the candidates that share a lookup key with a new quote (CandidateSource) and records the
 * cluster it picks, so each quote is assigned on arrival and nothing compares all pairs.
 */
export { assignCluster, type CandidateSource, type ClusterChoice } from "./assign.js";
export { type ClusterQuote, compareQuotes, type Relation } from "./compare.js";
export { clusterKeys } from "./keys.js";
export { type Assignment, clusterQuotes, MemorySource } from "./memory.js";
export { clusterMembers, type QuoteMember } from "./members.js";
