/** The package's name and version, as every Analysis records them (`meta.generator`). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./lexicon.js";

export const VERSION: string = (
  JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }
).version;

export const GENERATOR = `dossier ${VERSION}`;
