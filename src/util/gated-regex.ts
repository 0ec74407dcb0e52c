/**
 * A family of global regular expressions run over one text in a small constant number of passes,
 * whatever their number: one literal scan (./literal-scanner.ts) over the text finds where each
 * regex can match, and each regex then runs only there.
 *
 * From its source (./regex-reader.ts) each regex gets one of three plans:
 * - "first": every non-empty match starts with one of a few literals (some only at the start of a
 *   word, after `\b`). The regex runs sticky at
 *   the places where one of them occurs, in order, resuming after each match exactly as a global
 *   `exec` loop does: it gives the same matches, since a match can start nowhere else.
 * - "must": every match contains one of a few literals; the regex runs over the whole text only
 *   when one of them occurs.
 * - "always": nothing certain to look for; the regex runs over the whole text.
 * A regex whose every match contains one of a few literals is skipped when none of them occurs,
 * whatever its plan.
 * Empty matches are skipped, as every caller's loop did.
 */
import { LiteralScanner, type ScannedLiteral } from "./literal-scanner.js";
import { visible, WORD_BOUNDARY } from "./regex-literals.js";
import { literalsOf } from "./regex-reader.js";

interface Plan {
  kind: "first" | "must" | "always";
  /** Whether the regex can match only where one of its required literals occurs. */
  needsLiteral: boolean;
  global: RegExp;
  sticky: RegExp;
}

/**
 * Past this many start places per character of text, a sticky run at each costs more than the
 * global scan: the regex then runs over the whole text (the same matches either way).
 */
const MAX_DENSITY = 1 / 16;

/**
 * The literals a plan scans for: boundary marks removed, a leading one kept as `wordStart` when a
 * word character follows it. Null when one would be empty, or a single letter found in most words.
 */
function scanned(strings: Set<string> | null, first: boolean): ScannedLiteral[] | null {
  if (strings === null || strings.size === 0) return null;
  const out: ScannedLiteral[] = [];
  for (const s of strings) {
    const text = visible(s);
    const wordStart = first && s.startsWith(WORD_BOUNDARY) && /^[a-z0-9_]/.test(text);
    if (text.length === 0 || (first && text.length === 1 && /[a-z]/.test(text) && !wordStart)) return null;
    out.push({ text, wordStart });
  }
  return out;
}

function planOf(re: RegExp): { plan: Plan; starts: ScannedLiteral[]; required: ScannedLiteral[] } {
  const sticky = new RegExp(re.source, `${re.flags}y`);
  const { first, must } = literalsOf(re);
  const starts = scanned(first, true);
  const required = scanned(must, false);
  const kind = starts ? "first" : required ? "must" : "always";
  return {
    plan: { kind, needsLiteral: required !== null, global: re, sticky },
    starts: starts ?? [],
    required: required ?? [],
  };
}

/** The scanner's literals, each with the regexes it gives start places to and those that require it. */
class LiteralTable {
  readonly literals: ScannedLiteral[] = [];
  readonly startsOf: number[][] = [];
  readonly requiredBy: number[][] = [];
  private readonly ids = new Map<string, number>();

  add(literal: ScannedLiteral, regex: number, role: "start" | "required"): void {
    const key = `${literal.wordStart ? WORD_BOUNDARY : ""}${literal.text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.literals.push(literal) - 1;
      this.ids.set(key, id);
      this.startsOf.push([]);
      this.requiredBy.push([]);
    }
    (role === "start" ? this.startsOf : this.requiredBy)[id].push(regex);
  }
}

/** Where the literals were found in the last text: pairs of (literal, start), reused text after text. */
class Occurrences {
  data = new Int32Array(1024);
  length = 0;
  readonly add = (literal: number, start: number) => {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = literal;
    this.data[this.length++] = start;
  };
}

/**
 * Reading the regexes' sources and building the scanner costs about a tenth of a second before the
 * compiler has warmed up: more than a short run (one article on the command line) spends on its
 * regexes. So the first texts run the plain global loops (the same matches), and the plans are
 * built once this many characters have been read.
 */
const PLAN_AFTER_CHARS = 200_000;

export class GatedRegexes {
  private plans: Plan[];
  private table = new LiteralTable();
  private scanner: LiteralScanner | null = null;
  private readonly found = new Occurrences();
  private charsRead = 0;

  constructor(
    private readonly regexes: readonly RegExp[],
    /** Characters read with the plain loops before the plans are built. */
    private readonly planAfter = PLAN_AFTER_CHARS,
  ) {
    for (const re of regexes)
      if (!re.global) throw new Error(`gated regexes must be global: /${re.source}/${re.flags}`);
    this.plans = regexes.map((re) => ({ kind: "always", needsLiteral: false, global: re, sticky: re }));
  }

  private build(): LiteralScanner {
    this.plans = this.regexes.map((re, k) => {
      const { plan, starts, required } = planOf(re);
      for (const l of starts) this.table.add(l, k, "start");
      for (const l of required) this.table.add(l, k, "required");
      return plan;
    });
    this.scanner = new LiteralScanner(this.table.literals);
    return this.scanner;
  }

  /** How each regex is run (for tests and the benchmark's notes); builds the plans. */
  kinds(): Plan["kind"][] {
    this.scanner ??= this.build();
    return this.plans.map((p) => p.kind);
  }

  /** One pass over `text`; the result runs any of the regexes over it. */
  scan(text: string): GatedScan {
    if (!this.scanner) {
      this.charsRead += text.length;
      if (this.charsRead <= this.planAfter) return new GatedScan(text, this.plans, [], new Uint8Array(0));
    }
    this.scanner ??= this.build();
    const scanner = this.scanner;
    const found = this.found;
    found.length = 0;
    scanner.scan(text, found.add);
    const { data, length } = found;
    const { startsOf, requiredBy } = this.table;
    const required = new Uint8Array(this.plans.length);
    for (let i = 0; i < length; i += 2) for (const k of requiredBy[data[i]]) required[k] = 1;
    // Start places only for the regexes that can match at all: most cannot, in a paragraph.
    const starts: (number[] | undefined)[] = new Array(this.plans.length);
    for (let i = 0; i < length; i += 2)
      for (const k of startsOf[data[i]]) {
        if (this.plans[k].needsLiteral && !required[k]) continue;
        const list = starts[k];
        if (list) list.push(data[i + 1]);
        else starts[k] = [data[i + 1]];
      }
    return new GatedScan(text, this.plans, starts, required);
  }
}

export class GatedScan {
  constructor(
    private readonly text: string,
    private readonly plans: readonly Plan[],
    /** Per regex: where its first literals occur. */
    private readonly starts: readonly (number[] | undefined)[],
    /** Per regex: 1 when one of its required literals occurs. */
    private readonly required: Uint8Array,
  ) {}

  /** Calls `found` with every non-empty match of regex `k`, in order, as a global exec loop finds them. */
  forEachMatch(k: number, found: (m: RegExpExecArray) => void): void {
    const plan = this.plans[k];
    if (plan.needsLiteral && !this.required[k]) return;
    const starts = this.starts[k];
    if (plan.kind !== "first" || (starts && starts.length > this.text.length * MAX_DENSITY))
      globalLoop(plan.global, this.text, found);
    else if (starts) stickyLoop(plan.sticky, this.text, sortedUnique(starts), found);
  }
}

function globalLoop(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else found(m);
  }
}

/** The matches a global loop finds, trying only the places in `starts` (sorted). */
function stickyLoop(
  re: RegExp,
  text: string,
  starts: readonly number[],
  found: (m: RegExpExecArray) => void,
): void {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    found(m);
    from = at + m[0].length;
  }
}

function sortedUnique(xs: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) sorted = xs[i - 1] < xs[i];
  if (sorted) return xs;
  xs.sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
}
