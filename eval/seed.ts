/**
 * The seed check: the analyst's expected extraction for the example article
 * (test/fixtures/seed.expected.json), item by item. Items are found by text, not offsets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Analysis } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { InputError } from "../src/document/errors.js";
import { packageRoot } from "../src/util/lexicon.js";
import type { EvalReport } from "./report.js";

export const SEED_ARTICLE = "examples/russia-japan-peace-treaty.txt";
export const SEED_EXPECTED = "test/fixtures/seed.expected.json";

interface ExpectedQuote {
  kind: string;
  startsWith: string;
  speaker: string;
  via?: string;
  medium?: string;
  paragraphs?: number;
}
interface ExpectedPerson {
  name: string;
  role?: string;
  country?: string;
  aliases?: string[];
}
interface Expected {
  document: { headings: string[]; captions: { description: string; source: string; credit: string }[] };
  quotes: {
    required: ExpectedQuote[];
    anonymous: ExpectedQuote[];
    stretch: ExpectedQuote[];
    not_quotes: string[];
  };
  entities: {
    people: ExpectedPerson[];
    organizations: string[];
    countries: { name: string; aliases: string[] }[];
    places: string[];
  };
  timeline: {
    required: { text: string; value: string; source?: string }[];
    durations: { text: string; value: string; mod?: string }[];
  };
  rhetoric: {
    required: { text: string; technique: string; voice: string }[];
    stretch: { text: string; technique: string; voice: string }[];
  };
}

/** Lower-cases, unifies quotation marks and spaces, and drops leading marks, for text comparison. */
function norm(s: string): string {
  return s
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s"']+/, "")
    .toLowerCase();
}

export interface SeedSection {
  name: string;
  found: number;
  total: number;
  missing: string[];
}

/** One expected item: its label, and true when found as expected, else what is wrong. */
type Check = { label: string; ok: string | boolean };

function section(name: string, items: Check[]): SeedSection {
  const missing = items.filter((i) => i.ok !== true).map((i) => `${i.label}: ${i.ok}`);
  return { name, found: items.length - missing.length, total: items.length, missing };
}

function checkQuote(a: Analysis, e: ExpectedQuote, anonymous: boolean): string | true {
  const q = a.quotes.find((q) => norm(q.text).startsWith(norm(e.startsWith)));
  if (!q) return "not found";
  const problems: string[] = [];
  if (q.kind !== e.kind) problems.push(`kind ${q.kind}, expected ${e.kind}`);
  if (!q.speaker || norm(q.speaker.name) !== norm(e.speaker))
    problems.push(`speaker '${q.speaker?.name ?? "none"}'`);
  if (anonymous && !q.speaker?.anonymous) problems.push("not flagged anonymous");
  if (e.via && !q.via.some((v) => norm(v) === norm(e.via!))) problems.push(`via [${q.via.join(", ")}]`);
  if (e.medium && !(q.medium && norm(q.medium).includes(norm(e.medium))))
    problems.push(`medium '${q.medium}'`);
  if (e.paragraphs && q.paragraphs !== e.paragraphs)
    problems.push(`paragraphs ${q.paragraphs}, expected ${e.paragraphs}`);
  return problems.length ? problems.join("; ") : true;
}

function findEntity(a: Analysis, name: string) {
  return a.entities.find((e) => norm(e.name) === norm(name));
}

export function checkSeed(a: Analysis, expected: Expected): SeedSection[] {
  return [
    section("document", documentChecks(a, expected.document)),
    section("quotes", quoteChecks(a, expected.quotes)),
    section(
      "quotes (stretch)",
      expected.quotes.stretch.map((q) => ({
        label: `quote "${q.startsWith.slice(0, 40)}"`,
        ok: checkQuote(a, q, false),
      })),
    ),
    section("entities", entityChecks(a, expected.entities)),
    section("timeline", timelineChecks(a, expected.timeline)),
    section(
      "rhetoric",
      expected.rhetoric.required.map((r) => techniqueCheck(a, r)),
    ),
    section(
      "rhetoric (stretch)",
      expected.rhetoric.stretch.map((r) => techniqueCheck(a, r)),
    ),
  ];
}

/** Headings, and captions with their source and credit, outside the paragraphs. */
function documentChecks(a: Analysis, expected: Expected["document"]): Check[] {
  const headings = a.blocks
    .filter((b) => b.type === "heading")
    .map((b) => norm(a.text.slice(b.start, b.end)));
  const captionBlocks = a.blocks.filter((b) => b.type === "caption");
  const paragraphs = a.blocks.filter((b) => b.type === "paragraph");
  return [
    ...expected.headings.map((h) => ({
      label: `heading ${h}`,
      ok: headings.includes(norm(h)) ? (true as const) : "missing",
    })),
    ...expected.captions.map((c) => {
      const block = captionBlocks.find(
        (b) => b.caption && norm(b.caption.description) === norm(c.description),
      );
      const got = block?.caption;
      const ok: string | true = !got
        ? "missing"
        : got.source !== c.source || got.credit !== c.credit
          ? `source '${got.source}', credit '${got.credit}'`
          : paragraphs.some((p) => p.start < block!.end && p.end > block!.start)
            ? "caption text inside a paragraph"
            : true;
      return { label: `caption ${c.description.slice(0, 40)}`, ok };
    }),
  ];
}

/** Required and anonymous quotes, and texts that must not be reported as quotes. */
function quoteChecks(a: Analysis, expected: Expected["quotes"]): Check[] {
  return [
    ...expected.required.map((q) => ({
      label: `quote "${q.startsWith.slice(0, 40)}"`,
      ok: checkQuote(a, q, false),
    })),
    ...expected.anonymous.map((q) => ({
      label: `anonymous "${q.startsWith.slice(0, 40)}"`,
      ok: checkQuote(a, q, true),
    })),
    ...expected.not_quotes.map((t) => ({
      label: `not a quote "${t.slice(0, 40)}"`,
      ok: a.quotes.some((q) => norm(q.text) === norm(t)) ? "reported as a quote" : (true as const),
    })),
  ];
}

function entityChecks(a: Analysis, expected: Expected["entities"]): Check[] {
  return [
    ...expected.people.map((p) => ({ label: `person ${p.name}`, ok: checkPerson(a, p) })),
    ...expected.organizations.map((o) => ({
      label: `organization ${o}`,
      ok: findEntity(a, o)?.type === "organization" ? (true as const) : "missing",
    })),
    ...expected.countries.map((c) => ({ label: `country ${c.name}`, ok: checkCountry(a, c) })),
    ...expected.places.map((p) => ({
      label: `place ${p}`,
      ok: findEntity(a, p) ? (true as const) : "missing",
    })),
  ];
}

/** A person with the expected role, country and aliases: true, or the first thing that differs. */
function checkPerson(a: Analysis, p: ExpectedPerson): string | true {
  const e = findEntity(a, p.name);
  if (e?.type !== "person") return e ? `type ${e.type}` : "missing";
  if (p.role && !e.roles.some((r) => norm(r).includes(norm(p.role!)))) return `roles [${e.roles.join("; ")}]`;
  if (p.country && e.country !== p.country) return `country ${e.country}`;
  if (p.aliases?.some((al) => !e.aliases.some((x) => norm(x) === norm(al))))
    return `aliases [${e.aliases.join(", ")}]`;
  return true;
}

function checkCountry(a: Analysis, c: { name: string; aliases: string[] }): string | true {
  const e = findEntity(a, c.name);
  if (!e) return "missing";
  const lacking = c.aliases.filter((al) => !e.aliases.some((x) => norm(x) === norm(al)));
  return lacking.length ? `aliases lack ${lacking.join(", ")}` : true;
}

/** Dated timeline items (by their time expression's text) and durations. */
function timelineChecks(a: Analysis, expected: Expected["timeline"]): Check[] {
  return [
    ...expected.required.map((t) => {
      const item = a.timeline.find(
        (i) =>
          norm(a.text.slice(a.timexes[i.timex]?.start ?? 0, a.timexes[i.timex]?.end ?? 0)) === norm(t.text),
      );
      const ok: string | true = !item
        ? "missing"
        : item.date !== t.value
          ? `date ${item.date}, expected ${t.value}`
          : t.source && item.source !== t.source
            ? `source ${item.source}`
            : true;
      return { label: `${t.text}`, ok };
    }),
    ...expected.durations.map((d) => {
      const x = a.timexes.find((x) => norm(x.text) === norm(d.text));
      const ok: string | true = !x
        ? "missing"
        : x.value !== d.value || (d.mod ?? null) !== x.mod
          ? `${x.value} ${x.mod}`
          : true;
      return { label: `duration ${d.text}`, ok };
    }),
  ];
}

function techniqueCheck(a: Analysis, r: { text: string; technique: string; voice: string }): Check {
  const t = a.techniques.find((t) => norm(t.text).includes(norm(r.text)) && t.technique === r.technique);
  const ok: string | true = !t ? "missing" : norm(t.voice) !== norm(r.voice) ? `voice ${t.voice}` : true;
  return { label: `${r.technique} "${r.text}"`, ok };
}

/** An expected file may leave out whole sections (an article without captions or rhetoric). */
function withDefaults(e: Partial<Expected>): Expected {
  return {
    document: { headings: [], captions: [], ...e.document },
    quotes: { required: [], anonymous: [], stretch: [], not_quotes: [], ...e.quotes },
    entities: { people: [], organizations: [], countries: [], places: [], ...e.entities },
    timeline: { required: [], durations: [], ...e.timeline },
    rhetoric: { required: [], stretch: [], ...e.rhetoric },
  };
}

interface SeedCase {
  id: string;
  articlePath: string;
  expectedPath: string;
}

/**
 * The cases to check: every `NAME.expected.json` with its `NAME.txt` in `dir` (or in `dir/seed`,
 * so `--data ../shared` or a folder of new annotated articles works), else the repository's example.
 */
/**
 * The NAME.txt + NAME.expected.json pairs in `dir` (or its seed/ folder); without any, the
 * built-in example, unless `dir` was given by the user (`explicit`), which is then an error.
 */
export function seedCases(dir?: string, explicit = false): SeedCase[] {
  for (const folder of dir ? [dir, join(dir, "seed")] : []) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    const cases = readdirSync(folder)
      .filter(
        (f) =>
          f.endsWith(".expected.json") && existsSync(join(folder, f.replace(/\.expected\.json$/, ".txt"))),
      )
      .sort()
      .map((f) => {
        const id = f.replace(/\.expected\.json$/, "");
        return { id, articlePath: join(folder, `${id}.txt`), expectedPath: join(folder, f) };
      });
    if (cases.length) return cases;
  }
  if (dir && explicit)
    throw new InputError(
      `no NAME.txt + NAME.expected.json pairs in '${dir}' (or its seed/ folder): give a folder of seed pairs`,
    );
  const root = packageRoot();
  return [
    {
      id: "000_054fe4bafc5e3c3d",
      articlePath: join(root, SEED_ARTICLE),
      expectedPath: join(root, SEED_EXPECTED),
    },
  ];
}

export function runSeed(dir?: string, explicit = false): EvalReport {
  const cases = seedCases(dir, explicit);
  const totals = new Map<string, { found: number; total: number }>();
  const notes: string[] = [];
  for (const c of cases) {
    const expected = withDefaults(JSON.parse(readFileSync(c.expectedPath, "utf8")) as Partial<Expected>);
    const analysis = analyze({ id: c.id, text: readFileSync(c.articlePath, "utf8") });
    for (const s of checkSeed(analysis, expected)) {
      const t = totals.get(s.name) ?? { found: 0, total: 0 };
      totals.set(s.name, { found: t.found + s.found, total: t.total + s.total });
      const prefix = cases.length > 1 ? `${c.id}: ` : "";
      notes.push(...s.missing.map((m) => `${prefix}${s.name}: ${m}`));
    }
  }
  const sections = [...totals].map(([name, t]) => ({ name, ...t }));
  const figures: Record<string, number> = {};
  for (const s of sections)
    figures[s.name.replace(/ \(stretch\)/, "_stretch")] = s.total ? s.found / s.total : 1;
  const required = sections.filter((s) => !s.name.includes("stretch"));
  figures.required =
    required.reduce((n, s) => n + s.found, 0) /
    Math.max(
      1,
      required.reduce((n, s) => n + s.total, 0),
    );
  figures.articles = cases.length;
  return {
    task: "seed",
    data: cases.map((c) => relative(process.cwd(), c.expectedPath)).join(", "),
    figures,
    table: [["section", "found", "total"], ...sections.map((s) => [s.name, s.found, s.total])],
    notes,
  };
}
