/**
 * The browser files of the article view and the site (web/): read once from the package, inlined
 * into the self-contained page or served by `dossier serve` as they are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/lexicon.js";

export const WEB_ASSETS = ["article.css", "article.js", "site.css", "site.js"] as const;
export type WebAsset = (typeof WEB_ASSETS)[number];

const cache = new Map<WebAsset, string>();

export function webAsset(name: WebAsset): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(packageRoot(), "web", name), "utf8");
    cache.set(name, text);
  }
  return text;
}
