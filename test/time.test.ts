import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { findTimexes } from "../src/time/index.js";
import { seedText } from "./helpers.js";

const one = (text: string, dct: string | null = null) => findTimexes(text, dct);
const values = (text: string, dct: string | null = null) => one(text, dct).map((t) => [t.text, t.value]);

describe("time: recognition and normalisation", () => {
  it("normalises explicit dates of every granularity", () => {
    expect(values("It was signed on March 21, 2022.")).toEqual([["March 21, 2022", "2022-03-21"]]);
    expect(values("The conference met in February 1945.")).toEqual([["February 1945", "1945-02"]]);
    expect(values("A treaty signed in 1855 ended it.")).toEqual([["1855", "1855"]]);
    expect(values("Prices rose through the 1990s.")).toEqual([["the 1990s", "199"]]);
    expect(values("It happened on 5 May 2003 at noon.")[0]).toEqual(["5 May 2003", "2003-05-05"]);
    expect(values("Filed 2019-11-04 in court.")).toEqual([["2019-11-04", "2019-11-04"]]);
  });

  it("anchors relative expressions on the document date", () => {
    const dct = "1998-03-22"; // a Sunday
    expect(values("He left yesterday.", dct)).toEqual([["yesterday", "1998-03-21"]]);
    expect(values("They met last week.", dct)).toEqual([["last week", "1998-W11"]]);
    expect(values("Sales fell last year.", dct)).toEqual([["last year", "1997"]]);
    expect(values("It had sales of $6 billion in the latest fiscal year.", dct)).toEqual([
      ["the latest fiscal year", "1997"],
    ]);
    expect(values("He spoke on Friday.", dct)).toEqual([["Friday", "1998-03-20"]]);
    expect(values("For the week, the index dropped 3.8%.", dct)).toEqual([["the week", "1998-WXX"]]);
    expect(values("Profit rose in the third quarter.", dct)).toEqual([["the third quarter", "1997-Q3"]]);
    expect(values("It opened two years ago.", dct)).toEqual([["two years ago", "1996"]]);
    expect(values("The vote was in December.", dct)).toEqual([["December", "1997-12"]]);
    expect(values("We meet this summer.", dct)).toEqual([["this summer", "1998-SU"]]);
    expect(values("He is now retired.", dct)).toEqual([["now", "PRESENT_REF"]]);
    expect(values("Crime has risen recently.", dct)).toEqual([["recently", "PAST_REF"]]);
    expect(values("They paid the then current price.", dct)).toEqual([["then current", "PAST_REF"]]);
    expect(values("He would not travel at this crucial moment.", dct)).toEqual([
      ["this crucial moment", "PRESENT_REF"],
    ]);
    expect(values("Rates have fallen in the last few months.", dct)).toEqual([
      ["the last few months", "PAST_REF"],
    ]);
  });

  it("without a document date, takes the year from the text and says so", () => {
    const text =
      "On March 16 they left. On March 21, 2022, talks ended. Later, on February 28 of 2023 ... on May 3 he wrote.";
    const t = one(text);
    const march16 = t.find((x) => x.text === "March 16");
    expect(march16?.value).toBe("2022-03-16");
    expect(march16?.anchor).toBe("context");
    const may3 = t.find((x) => x.text === "May 3");
    expect(may3?.value).toBe("2023-05-03");
    const same = one("It was signed in February 1945. Japan surrendered on September 2 of the same year.");
    expect(same.map((x) => x.value)).toEqual(["1945-02", "1945-09-02"]);
  });

  it("normalises durations, sets and modifiers", () => {
    const [d] = one("Talks lasted more than half a century.");
    expect([d.text, d.type, d.value, d.mod]).toEqual([
      "more than half a century",
      "DURATION",
      "P50Y",
      "MORE_THAN",
    ]);
    expect(values("over the past five years", "2000-01-01")).toEqual([["the past five years", "P5Y"]]);
    expect(values("a two-year contract")).toEqual([["two-year", "P2Y"]]);
    expect(values("It took 22 months and a half.")).toEqual([["22 months and a half", "P22M15D"]]);
    expect(values("Lenders have balked in recent months.")).toEqual([["recent months", "PXM"]]);
    expect(values("Many were taken in the first hours of the war.")).toEqual([["the first hours", "PTXH"]]);
    expect(values("Crime fell in recent years.")).toEqual([["recent years", "PAST_REF"]]);
    expect(values("The deal follows months of talks.")).toEqual([["months", "PXM"]]);
    expect(values("The firm, which just months ago was failing, grew.")).toEqual([
      ["months ago", "PAST_REF"],
    ]);
    expect(values("He died within weeks or months of his capture.")).toEqual([["weeks", "PXW"]]);
    expect(values("Islam will one day be the second religion.")).toEqual([["one day", "FUTURE_REF"]]);
    expect(values("He had only been in the job one day.")).toEqual([["one day", "P1D"]]);
    const [s] = one("The club meets every Monday.");
    expect([s.type, s.value]).toEqual(["SET", "XXXX-WXX-1"]);
    expect(values("at 7:15 p.m. yesterday", "2013-03-22")).toEqual([
      ["7:15 p.m. yesterday", "2013-03-21T19:15"],
    ]);
  });

  it("refers quarters to the one the article reports on, not to one named in passing", () => {
    const text =
      "Acme's third-quarter net rose 11%. The storm will cause a fourth-quarter charge. " +
      "In the latest quarter, sales fell 5% from a year ago. After a flat second quarter, margins grew. " +
      "In the 1989 period, taxes were lower than a year ago.";
    expect(values(text, "1989-11-02")).toEqual([
      ["third-quarter", "1989-Q3"],
      ["fourth-quarter", "1989-Q4"],
      ["the latest quarter", "1989-Q3"],
      ["a year ago", "1988-Q3"],
      ["second quarter", "1989-Q2"],
      ["the 1989 period", "1989-Q3"],
      ["a year ago", "1988-Q3"],
    ]);
  });

  it("reads a quarter with a year-before marker on either side as the year-ago quarter", () => {
    const dct = "1989-11-01";
    expect(values("Acme's third-quarter loss widened.", dct)).toEqual([["third-quarter", "1989-Q3"]]);
    for (const phrase of [
      "last year's quarter",
      "the quarter a year ago",
      "the corresponding period last year",
    ])
      expect(values(`Acme's third-quarter loss widened from ${phrase}.`, dct)[1]).toEqual([
        phrase,
        "1988-Q3",
      ]);
  });

  it("anchors event-relative expressions on the last date of the text", () => {
    const dct = "2013-03-22"; // a Friday
    expect(
      values("The talks began on March 12. The next day they broke down. Two days later they resumed.", dct),
    ).toEqual([
      ["March 12", "2013-03-12"],
      ["The next day", "2013-03-13"],
      ["Two days later", "2013-03-15"],
    ]);
    expect(values("Shares fell on Tuesday, March 19, after gains the previous Friday.", dct)).toEqual([
      ["Tuesday, March 19", "2013-03-19"],
      ["the previous Friday", "2013-03-15"],
    ]);
    expect(values("Without a date, the day before, it snowed.", dct)).toEqual([
      ["the day before", "2013-03-21"],
    ]);
  });

  it("reads a weekday in the news from the document date", () => {
    const dct = "2013-03-22"; // a Friday
    expect(values("The senate will vote Friday.", dct)).toEqual([["Friday", "2013-03-22"]]);
    expect(values("The senate will vote on Tuesday.", dct)).toEqual([["Tuesday", "2013-03-26"]]);
    expect(values("The senate voted on Tuesday.", dct)).toEqual([["Tuesday", "2013-03-19"]]);
    expect(values("Talks are set to resume Monday.", dct)).toEqual([["Monday", "2013-03-25"]]);
  });

  it("gives 'later in the day' and 'by mid afternoon' the day of the story", () => {
    const dct = "1998-03-06";
    expect(values("He arrived later in the day.", dct)).toEqual([["the day", "1998-03-06"]]);
    expect(values("Shelling began on March 2. By mid afternoon, it had stopped.", dct)).toEqual([
      ["March 2", "1998-03-02"],
      ["mid afternoon", "1998-03-02TAF"],
    ]);
  });

  it("gives a time right after a day that day", () => {
    expect(values("Polls open on Nov. 5 at 9 a.m. and we meet at 5 p.m.", "2013-10-30")).toEqual([
      ["Nov. 5", "2013-11-05"],
      ["9 a.m.", "2013-11-05T09:00"],
      ["5 p.m.", "2013-10-30T17:00"],
    ]);
  });

  it("does not take programme names for dates", () => {
    expect(values('Baker said on ABC News\' "This Week," that talks failed.', "1990-08-13")).toEqual([]);
    expect(values("She spoke on NBC's Today show.", "1990-08-13")).toEqual([]);
    expect(values("Talks Resume This Week", "1990-08-13")).toEqual([["This Week", "1990-W33"]]);
  });

  it("does not take numbers that are not dates", () => {
    for (const text of [
      "He went four for 38 with 1200 runs.",
      "The Boeing 737 and the A320 flew.",
      "Call 555-1987 or visit http://example.com/2019/report.",
      "It cost $1999 and 2015% more.",
      "The count was 12345678 and 2,019 people came.",
      "He is 37 years old.",
      "You may go now that May is gone.",
    ]) {
      const found = one(text).filter((t) => t.type === "DATE" && /^\d/.test(t.value));
      expect(found, text).toEqual([]);
    }
  });

  it("keeps every timex text equal to its slice", () => {
    const text = seedText();
    for (const t of one(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("time: timeline", () => {
  const a = analyze({ id: "seed", text: seedText() });

  it("orders the seed's dates and infers their years", () => {
    const dates = a.timeline.map((i) => i.date);
    for (const v of [
      "1855",
      "1945-02",
      "1945-09-02",
      "1991",
      "1999",
      "2019",
      "2022-02-28",
      "2022-03",
      "2022-03-16",
      "2022-03-21",
    ])
      expect(dates).toContain(v);
    expect([...dates].sort()).toEqual(dates);
    const caption = a.timeline.find((i) => i.date === "2019");
    expect(caption?.source).toBe("caption");
  });

  it("gives each item its clause, the timex inside it, and only dates with a year", () => {
    for (const item of a.timeline) {
      const t = a.timexes[item.timex];
      expect(t.type).toBe("DATE");
      expect(item.start <= t.start && t.end <= item.end).toBe(true);
      expect(item.summary.length).toBeGreaterThan(t.text.length);
      expect(/^\d{3,4}/.test(item.date)).toBe(true);
    }
  });

  it("runs in time linear in the article length", () => {
    const base = seedText();
    const t0 = performance.now();
    findTimexes(base, null);
    const small = performance.now() - t0;
    const big = Array(20).fill(base).join("\n\n");
    const t1 = performance.now();
    findTimexes(big, null);
    const large = performance.now() - t1;
    expect(large).toBeLessThan(Math.max(small, 2) * 20 * 4);
  });
});

describe("weekdays anchored by tense", () => {
  const value = (text: string) => analyze({ text }, { date: "2022-10-07" }).timexes[0]?.value;
  it("a future in the past points forward, a past act back", () => {
    expect(value("The mayor said the bridge would reopen on Monday.")).toBe("2022-10-10");
    expect(value("The mayor said on Monday that the bridge was closed.")).toBe("2022-10-03");
    expect(value("The bridge would have reopened on Monday.")).toBe("2022-10-03");
    expect(value("On Monday, he will travel to Kyiv.")).toBe("2022-10-10");
    expect(value("He told USA Today on Monday that he would run.")).toBe("2022-10-03");
  });

  it("a month-day in past narrative is in the past, whatever verb tells it", () => {
    expect(value("On February 28, even before the withdrawal of the troops, the talks collapsed.")).toBe(
      "2022-02-28",
    );
  });

  it("the clause's tense, not a noun or a cause, decides the side of the document date", () => {
    // DCT 2022-10-07, a Friday
    expect(value("Crews have patrolled the area since March and were due to leave.")).toBe("2022-03");
    expect(value("The board created a new office, effective Feb. 1.")).toBe("2023-02-01");
    expect(value("The dividend would be paid in January to holders.")).toBe("2023-01");
    expect(value("In September, the company announced plans to expand.")).toBe("2022-09");
    expect(value("The firm announced the plan Aug. 21 in a filing.")).toBe("2022-08-21");
    expect(value("Results were lower than expected after the market closed Wednesday.")).toBe("2022-10-05");
    expect(value("Under the terms, announced Friday, holders would receive cash.")).toBe("2022-10-07");
    expect(value("The offer had been scheduled to expire Tuesday.")).toBe("2022-10-04");
    expect(value("The album was due to be released in September.")).toBe("2022-09");
    expect(value("Sales fell due to weak demand in December.")).toBe("2021-12");
  });

  it("'the next year' in past narrative follows the year the story is at, not the document's", () => {
    const at = (text: string, phrase: string) =>
      analyze({ text }, { date: "2022-10-07" }).timexes.find((t) => t.text === phrase)?.value;
    expect(at("Smith won the title in 2016. The next year he lost it.", "The next year")).toBe("2017");
    expect(at("He moved to Paris in March 2016. The next month he found work.", "The next month")).toBe(
      "2016-04",
    );
    // not past narrative: the document's next year
    expect(at("Smith won the title in 2016. He will defend it the next year.", "the next year")).toBe("2023");
    expect(at("Smith won the title in 2016. Sales grew and next year he retires.", "next year")).toBe("2023");
  });

  it("a number that names a work is no date; a year before the noun still is", () => {
    const dates = (text: string) => {
      const a = analyze({ text }, { date: "2022-10-07" });
      return [a.timexes.map((t) => t.text), a.timeline.map((i) => i.date)];
    };
    expect(dates('Taylor Swift\'s album "1989" sold well.')).toEqual([[], []]);
    expect(dates("Taylor Swift’s album “1989” sold well.")).toEqual([[], []]);
    expect(dates("The album 1989 won a Grammy.")).toEqual([[], []]);
    expect(dates("They set up a joint venture called Orion 1980 in Budapest.")).toEqual([[], []]);
    expect(dates("Her 1989 album sold well.")).toEqual([["1989"], ["1989"]]);
    expect(dates("The album came out in 1989.")).toEqual([["1989"], ["1989"]]);
  });

  it("a date word inside a name is no date", () => {
    expect(value("She read USA Today on the train.")).toBeUndefined();
  });
});
