/**
 * Rule packs of the rhetoric stage. Every `lexicons/rhetoric/<file>.json` holds the rules of one
 * technique (like a Vale style: data, not code): word lists and regular expressions, a message, an
 * explanation template and the source of the idea. They are read and compiled once, at module load.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { GatedRegexes } from "../util/gated-regex.js";
import { loadJson, packageRoot } from "../util/lexicon.js";

/** How far a match is widened before it is reported. */
export type Extent = "match" | "phrase" | "chunk" | "clause" | "sentence";

export interface RuleSpec {
  id: string;
  message?: string;
  /** One line for the reader; `{text}` is replaced by the flagged text, `{cue}` by the words that triggered the rule. */
  explanation: string;
  extent?: Extent;
  /** Lexicon entries: words or phrases, case-insensitive; a trailing `*` matches any ending. */
  words?: string[];
  /** Regular expressions (Unicode; case-insensitive unless `caseSensitive`); group `span` narrows the report. */
  patterns?: string[];
  caseSensitive?: boolean;
  /** A general mechanism implemented in code, parametrised here (scare quotes, repetition). */
  mechanism?: "scare-quotes" | "repetition";
  maxWords?: number;
  minWords?: number;
  minCount?: number;
  /** Repetition: report the repeats only, not the first use. */
  skipFirst?: boolean;
  /** Repetition: only phrases holding a word that a rule of one of these techniques flagged. */
  chargedFrom?: string[];
  /** Words that count only with these parts of speech (`{"lies": ["NOUN"]}`: not "the blame lies with"). */
  posOnly?: Record<string, string[]>;
  /**
   * The rule is about word choice (labels, charged words, distancing marks): reported speech
   * conveys what was said, not the words, so only direct quotes (and the quoted words of a mixed
   * quote) give the speaker's voice; elsewhere the words are the author's.
   */
  wordChoice?: boolean;
  /** Only in the outlet's own narration: matches inside quotes are dropped. */
  authorOnly?: boolean;
  /** Words before the match to include (the subject of a predicate pattern). */
  leftWords?: number;
  /**
   * The technique an item takes instead when its phrase names a target: it ends in a noun for
   * people, groups or institutions (`target-nouns.txt`): "despotic leader", "corrupt media" are
   * labels rather than charged words.
   */
  targetTechnique?: string;
  /** Set to true to switch the rule off without deleting it. */
  disabled?: boolean;
}

export interface RuleFile {
  technique: string;
  source: string;
  rules: RuleSpec[];
}

export interface CompiledRule {
  /** `<file>/<rule id>`. */
  id: string;
  file: string;
  technique: string;
  spec: RuleSpec;
  extent: Extent;
  regexes: RegExp[];
  /** The indices of `regexes` in the pack's `patterns`. */
  patternIds: number[];
}

export interface WordEntry {
  rule: CompiledRule;
  /** Lower-cased words after the first one. */
  rest: string[];
  /** The last word is a stem (`*` in the lexicon). */
  stem: boolean;
}

export interface RulePack {
  rules: CompiledRule[];
  /** Whole first word -> entries starting with it. */
  words: Map<string, WordEntry[]>;
  /** Stem of a one-word entry (`devastat*`) -> entries. */
  stems: Map<string, WordEntry[]>;
  minStem: number;
  maxStem: number;
  /** Every rule's regexes, run together: one literal scan per block (../util/gated-regex.ts). */
  patterns: GatedRegexes;
}

export const RULES_DIR = "rhetoric";

/** Latin letters (with the accented Latin-1 and Latin Extended-A/B ranges), as used in English news. */
const CLASSES: Record<string, string> = {
  "\\p{L}": "A-Za-zÀ-ÖØ-öø-ɏ",
  "\\p{Lu}": "A-ZÀ-ÖØ-Þ",
  "\\p{N}": "0-9",
};

/**
 * Rewrites `\p{L}`, `\p{Lu}` and `\p{N}` as explicit Latin ranges so that patterns can run
 * without the `u` flag: V8 matches non-Unicode, case-insensitive patterns about three times faster.
 */
export function withoutUnicodeClasses(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const m = /^\\p\{(?:L|Lu|N)\}/.exec(pattern.slice(i));
      if (m) {
        const range = CLASSES[m[0]];
        out += inClass ? range : `[${range}]`;
        i += m[0].length - 1;
        continue;
      }
      out += c + (pattern[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

export function ruleFiles(): string[] {
  return readdirSync(join(packageRoot(), "lexicons", RULES_DIR))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Compiles rule files into one pack: regexes built once and word lists indexed by first word. */
export function compileRules(files: { name: string; data: RuleFile }[]): RulePack {
  const pack: Omit<RulePack, "patterns"> = {
    rules: [],
    words: new Map(),
    stems: new Map(),
    minStem: 99,
    maxStem: 0,
  };
  const regexes: RegExp[] = [];
  for (const { name, data } of files) {
    for (const spec of data.rules) {
      if (spec.disabled) continue;
      const rule: CompiledRule = {
        id: `${name}/${spec.id}`,
        file: name,
        technique: data.technique,
        spec,
        extent: spec.extent ?? "match",
        regexes: (spec.patterns ?? []).map(
          (p) => new RegExp(withoutUnicodeClasses(p), spec.caseSensitive ? "gd" : "gid"),
        ),
        patternIds: [],
      };
      for (const re of rule.regexes) rule.patternIds.push(regexes.push(re) - 1);
      pack.rules.push(rule);
      for (const raw of spec.words ?? []) {
        const parts = raw.toLowerCase().trim().split(/\s+/);
        const last = parts[parts.length - 1];
        const stem = last.endsWith("*");
        if (stem) parts[parts.length - 1] = last.slice(0, -1);
        const entry: WordEntry = { rule, rest: parts.slice(1), stem };
        if (stem && parts.length === 1) {
          const list = pack.stems.get(parts[0]) ?? [];
          list.push(entry);
          pack.stems.set(parts[0], list);
          pack.minStem = Math.min(pack.minStem, parts[0].length);
          pack.maxStem = Math.max(pack.maxStem, parts[0].length);
        } else {
          const list = pack.words.get(parts[0]) ?? [];
          list.push(entry);
          pack.words.set(parts[0], list);
        }
      }
    }
  }
  return { ...pack, patterns: new GatedRegexes(regexes) };
}

let cached: RulePack | undefined;

/** The rule pack of `lexicons/rhetoric/`, compiled on first use. */
export function rulePack(): RulePack {
  if (!cached)
    cached = compileRules(
      ruleFiles().map((name) => ({ name, data: loadJson<RuleFile>(`${RULES_DIR}/${name}`) })),
    );
  return cached;
}
