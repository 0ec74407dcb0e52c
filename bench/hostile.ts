/**
 * Hostile and odd inputs at any size, shared by the linearity benchmark (time per KB as the input
 * grows) and the memory benchmark (peak RSS at the input cap).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/util/lexicon.js";

export interface HostileCase {
  name: string;
  /** An input of at most `chars` characters. */
  make: (chars: number) => string;
  html?: boolean;
}

const seed = readFileSync(join(packageRoot(), "examples/russia-japan-peace-treaty.txt"), "utf8");
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: "example article repeated",
    make: (n) => fill(`${seed}\n\n`, n),
  },
  { name: "one enormous token", make: (n) => fill("a", n) },
  { name: 'a run of " marks', make: (n) => fill('"', n) },
  { name: "words, no punctuation", make: (n) => fill("word ", n) },
  { name: "Capitalised Words, no full stop", make: (n) => fill("The Big Red Company Of The North ", n) },
  { name: "dates and digits, no full stop", make: (n) => fill("1234 5678 2022 1999 March 3, ", n) },
  {
    name: "dense dates in sentences",
    make: (n) => fill("On March 3, 2021 and on 4 May 2020 it rained. ", n),
  },
  {
    name: "HTML page of paragraphs",
    make: (n) => {
      const page = (body: string) =>
        `<html><head><title>t</title></head><body><article>${body}</article></body></html>`;
      // ASCII only, so that characters and bytes are one: the case stays under a byte cap.
      const paragraph = `<p>${seed.slice(0, 600).replace(/[^ -;=?-~\n]/g, " ")}</p>\n`;
      return page(fill(paragraph, n - page("").length));
    },
    html: true,
  },
  {
    name: "HTML nested deeper each time",
    make: (n) => `${"<div>word ".repeat(Math.floor(n / 16))}${"</div>".repeat(Math.floor(n / 16))}`,
    html: true,
  },
];
