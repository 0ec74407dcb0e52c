/** `dossier eval TASK`: scores the pipeline on a dataset with that dataset's official metric. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defaultDataDir } from "../../eval/data.js";
import { EVAL_TASKS, type EvalTask } from "../../eval/index.js";
import { formatTable } from "../../eval/report.js";
import { InputError } from "../document/errors.js";
import { progressBar } from "./progress.js";

export interface EvalCommandOptions {
  data?: string;
  limit?: string;
  json?: boolean;
}

export async function evalCommand(task: string, options: EvalCommandOptions): Promise<number> {
  if (!(task in EVAL_TASKS))
    throw new InputError(`unknown eval task '${task}': use one of ${Object.keys(EVAL_TASKS).join(", ")}`);
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new InputError(`--limit '${options.limit}' is not a positive whole number`);
  if (options.data !== undefined && !existsSync(options.data))
    throw new InputError(
      `--data '${options.data}' does not exist: give the folder with the datasets, a task folder, or a .jsonl file`,
    );
  const dataDir = resolve(options.data ?? defaultDataDir());
  const bar = progressBar(`eval ${task}`, "documents");
  let report: Awaited<ReturnType<(typeof EVAL_TASKS)[EvalTask]["run"]>>;
  try {
    report = await EVAL_TASKS[task as EvalTask].run({
      dataDir,
      explicitData: options.data !== undefined,
      limit,
      progress: (done, total) => bar.update(done, total),
    });
  } catch (error) {
    bar.stop();
    // records of another shape in a user-given file break the scorer: that is the data's fault
    if (options.data !== undefined && error instanceof TypeError)
      throw new InputError(
        `'${options.data}' does not hold ${task} records (${error.message}): give the ${task} dataset (--debug for details)`,
      );
    throw error;
  }
  bar.stop();
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ task: report.task, data: report.data, ...report.figures, notes: report.notes ?? [] })}\n`,
    );
  } else {
    process.stdout.write(
      `${task}: ${EVAL_TASKS[task as EvalTask].about}\n${report.data}\n\n${formatTable(report.table)}\n`,
    );
    if (report.notes?.length) process.stdout.write(`\n${report.notes.join("\n")}\n`);
  }
  return 0;
}
