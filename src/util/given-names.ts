/**
 * Given names by gender (lexicons/quotes/given-names-*.txt), loaded once for the layers that ask:
 * the quotes stage for pronoun agreement, the entity layer for "Mr." and "Mrs." before a surname.
 */
import { loadSet } from "./lexicon.js";

export const MALE_NAMES = loadSet("quotes/given-names-male");
export const FEMALE_NAMES = loadSet("quotes/given-names-female");

/** The gender a given name tells ("Bill": male), null when the lists say neither or both. */
export function genderOfGiven(name: string): "male" | "female" | null {
  const given = name.toLowerCase();
  const male = MALE_NAMES.has(given);
  const female = FEMALE_NAMES.has(given);
  return male === female ? null : male ? "male" : "female";
}
