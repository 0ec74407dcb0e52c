/** A thread of the `analyze --jsonl --workers N` pool (piscina): one record per task. */
import type { DocumentInput } from "../document/input.js";
import { moderateHeapGrowth } from "../util/heap.js";
import { analyzeRecord, type RecordOutcome } from "./jsonl-record.js";

moderateHeapGrowth();

export default function analyzeTask(task: { document: DocumentInput; date?: string }): RecordOutcome {
  return analyzeRecord(task.document, task.date);
}
