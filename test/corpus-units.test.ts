/** The corpus's small pure parts: RFC 4180 CSV, the variant diff, the cluster view. */
import { describe, expect, it } from "vitest";
import { type StoredMember, clusterView } from "../src/corpus/cluster-view.js";
import { csvField, csvLine } from "../src/corpus/csv.js";
import { variantChanges } from "../src/corpus/diff.js";

describe("CSV (RFC 4180)", () => {
  it("quotes a field only when it holds a comma, a double quote, CR or LF, doubling inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("“curly” quotes")).toBe("“curly” quotes");
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvField(false)).toBe("false");
    expect(csvField(["TASS", "RIA, Novosti"])).toBe('"TASS; RIA, Novosti"');
  });

  it("ends each record with CRLF", () => {
    expect(csvLine(["id", 'say "x"', 3, null])).toBe('id,"say ""x""",3,\r\n');
  });
});

describe("what a variant changed", () => {
  const longest = "We will not accept these sanctions under any circumstances, and we will answer.";
  it("finds cuts at either end or inside, ignoring case and punctuation", () => {
    expect(variantChanges(longest, "we will not accept these sanctions")).toEqual({
      cut: ["under any circumstances, and we will answer."],
      changed: [],
      added: [],
    });
    expect(variantChanges(longest, "We will not accept these sanctions, and we will answer")).toEqual({
      cut: ["under any circumstances,"],
      changed: [],
      added: [],
    });
    expect(variantChanges(longest, longest.toUpperCase())).toEqual({ cut: [], changed: [], added: [] });
  });

  it("reports replaced and added words", () => {
    expect(
      variantChanges(
        longest,
        "We would not accept the sanctions under any circumstances, and we will answer firmly.",
      ),
    ).toEqual({
      cut: [],
      changed: [
        { from: "will", to: "would" },
        { from: "these", to: "the" },
      ],
      added: ["firmly."],
    });
  });
});

const member = (article: string, text: string, speaker: string | null, anonymous = false): StoredMember => ({
  article,
  quote: "q1",
  start: 0,
  end: text.length,
  text,
  outlet: `${article} outlet`,
  published: null,
  date: null,
  speaker,
  anonymous,
  storedRelation: "exact",
});

describe("the cluster view", () => {
  const full = "The Japanese side is making things worse for itself.";
  it("takes the longest member as canonical and the first as the first report", () => {
    const view = clusterView("7", [
      member("a", "the japanese side is making things worse", "Peskov"),
      member("b", full, "Dmitry Peskov"),
    ]);
    expect(view).toMatchObject({
      id: "7",
      canonical: full,
      first: { article: "a", outlet: "a outlet" },
      misattributed: false,
    });
    expect(view.members[1]).toMatchObject({ article: "b", relation: "exact", changes: null });
    expect(view.members[0].changes).toEqual({ cut: ["for itself."], changed: [], added: [] });
    expect(view.speakers).toEqual([
      { name: "Peskov", quotes: 1 },
      { name: "Dmitry Peskov", quotes: 1 },
    ]);
  });

  it("flags members credited to different people, but not to a group or to nobody", () => {
    expect(
      clusterView("1", [member("a", full, "Dmitry Peskov"), member("b", full, "Sergei Lavrov")])
        .misattributed,
    ).toBe(true);
    expect(
      clusterView("1", [
        member("a", full, "Mr. Peskov"),
        member("b", full, "sources", true),
        member("c", full, null),
      ]).misattributed,
    ).toBe(false);
  });
});
