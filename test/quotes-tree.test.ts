/** Speakers read from the dependency tree (src/quotes/tree.ts), with the shipped syntax model. */
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";

const speakers = (text: string) => analyze({ text }).quotes.map((q) => [q.text, q.speaker?.name]);

describe("speakers from the tree", () => {
  it("an apposition never replaces the person it describes", () => {
    expect(speakers("Jane Roe, the president of the Farmers Union, said the deal was done.")).toEqual([
      ["the deal was done", "Jane Roe"],
    ]);
  });

  it("a named spokesperson speaks, not the body the apposition names", () => {
    expect(speakers("Li Wei, a spokesman for the ministry, told reporters that talks would resume.")).toEqual(
      [["talks would resume", "Li Wei"]],
    );
  });

  it("a place in the apposition is not the speaker", () => {
    expect(
      speakers(
        "Bob Friedman, a talk show host at a radio station in Alabama, said listeners had changed their minds.",
      ),
    ).toEqual([["listeners had changed their minds", "Bob Friedman"]]);
  });
});
