// Links the package's own `dossier` command into node_modules/.bin after `npm ci`, so that
// `npx dossier` and `node_modules/.bin/dossier` both run the freshly built CLI in this checkout.
import { mkdirSync, rmSync, symlinkSync } from "node:fs";

mkdirSync("node_modules/.bin", { recursive: true });
rmSync("node_modules/.bin/dossier", { force: true });
symlinkSync("../../dist/src/cli/main.js", "node_modules/.bin/dossier");
