/**
 * Several people named in full with one surname ("Hillary Clinton", "Bill Clinton"): a surname
 * written with an honorific that tells the gender ("Mr. Clinton", "Mrs. Clinton") joins the one
 * whose given name has that gender, or a person of its own when none of them has it. With one full
 * name only, or without such an honorific, a surname joins the first full name, as before.
 */
import { genderOfGiven } from "../util/given-names.js";

/** Honorifics before a surname and the gender they tell. */
const HONORIFICS: Readonly<Record<string, "male" | "female">> = {
  mr: "male",
  "mr.": "male",
  mrs: "female",
  "mrs.": "female",
  ms: "female",
  "ms.": "female",
  miss: "female",
};

export type Gender = "male" | "female" | null;

/** The gender an honorific word tells ("Mrs." -> female), or null. */
export function honorificGender(word: string | undefined): Gender {
  return word ? (HONORIFICS[word.toLowerCase()] ?? null) : null;
}

export class SurnameHolders {
  private readonly holders = new Map<string, { key: string; gender: Gender }[]>();

  /** Records that the full name with cluster `key` and given name `given` ends with `surname`. */
  add(surname: string, key: string, given: string): void {
    const list = this.holders.get(surname) ?? [];
    if (!list.some((h) => h.key === key)) list.push({ key, gender: genderOfGiven(given) });
    this.holders.set(surname, list);
  }

  /**
   * The cluster a one-word `surname` after an honorific of `gender` joins: the first full name of
   * that gender (or of no known gender), else `null` (a person of its own); `fallback` when the
   * honorific tells nothing.
   */
  keyFor(surname: string, gender: Gender, fallback: string): string | null {
    const list = this.holders.get(surname);
    // (with one full name the honorific decides nothing: "Mr. Graham" is Lindsey Graham, whatever
    // the list of given names says of "Lindsey")
    if (!list || list.length < 2 || !gender) return fallback;
    const same = list.find((h) => h.gender === gender) ?? list.find((h) => h.gender === null);
    return same ? same.key : null;
  }
}
