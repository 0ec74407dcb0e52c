/**
 * Reads a JavaScript regular expression's source and computes, piece by piece, the literals it needs
 * (./regex-literals.ts). A small recursive-descent reader of the syntax our rules use: groups of
 * every kind, alternation, classes, escapes, quantifiers (greedy and lazy), anchors, look-arounds
 * and back-references. Anything it does not know counts as "any character", which is always safe.
 */
import {
  ANYTHING,
  alternation,
  BACKREFERENCE,
  BOUNDARY,
  chars,
  concat,
  foldChar,
  fromExact,
  type Literals,
  product,
  repeat,
  ZERO_WIDTH,
} from "./regex-literals.js";

const DIGITS = "0123456789".split("");
/** A character class of more characters than this is "any character". */
const CLASS_CAP = 12;
const CONTROL: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };

class Reader {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  read(): Literals {
    const result = this.disjunction();
    if (this.pos < this.src.length) throw new Error(`unexpected ')' at ${this.pos} in /${this.src}/`);
    return result;
  }

  private peek(ahead = 0): string {
    return this.src[this.pos + ahead] ?? "";
  }

  private disjunction(): Literals {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  /**
   * A run of pieces with exact strings ("r", "e", "g", ... of "regimes?") is joined first, so that
   * it yields its whole words even after a piece that has none.
   */
  private sequence(): Literals {
    let acc = ZERO_WIDTH;
    let run = new Set([""]);
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const piece = this.quantified(this.atom());
      const joined = piece.exact ? product(run, piece.exact) : null;
      if (joined) run = joined;
      else {
        acc = concat(concat(acc, fromExact(run)), piece);
        run = new Set([""]);
      }
    }
    return concat(acc, fromExact(run));
  }

  private quantified(atom: Literals): Literals {
    const c = this.peek();
    let bounds: [number, number] | null = null;
    if (c === "*") bounds = [0, Infinity];
    else if (c === "+") bounds = [1, Infinity];
    else if (c === "?") bounds = [0, 1];
    if (bounds) this.pos++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom; // a literal "{" (no u flag)
      this.pos += m[0].length;
      bounds = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity];
    }
    if (!bounds) return atom;
    if (this.peek() === "?") this.pos++; // lazy: the same strings
    return this.quantified(repeat(atom, bounds[0], bounds[1]));
  }

  private atom(): Literals {
    const c = this.src[this.pos++];
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape();
    if (c === ".") return ANYTHING;
    if (c === "^" || c === "$") return ZERO_WIDTH;
    return this.literal(c);
  }

  private group(): Literals {
    const rest = this.src.slice(this.pos, this.pos + 4);
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(rest);
    if (lookaround) this.pos += lookaround[0].length;
    else if (rest.startsWith("?:")) this.pos += 2;
    else if (rest.startsWith("?<")) this.pos = this.src.indexOf(">", this.pos) + 1;
    const inner = this.disjunction();
    if (this.src[this.pos++] !== ")") throw new Error(`unclosed group in /${this.src}/`);
    // A look-around consumes nothing: its text is not part of the match.
    return lookaround ? ZERO_WIDTH : inner;
  }

  /** One literal character; a cased non-ASCII letter under the `i` flag is not folded by the scanner. */
  private literal(c: string): Literals {
    if (this.ignoreCase && c.charCodeAt(0) > 127 && c.toLowerCase() !== c.toUpperCase()) return ANYTHING;
    return chars([foldChar(c)]);
  }

  private escape(): Literals {
    const c = this.src[this.pos++];
    // Under `u` and `i` together, \b also counts ſ and K (U+212A) as word characters: not marked.
    if (c === "b") return this.unicode && this.ignoreCase ? ZERO_WIDTH : BOUNDARY;
    if (c === "B") return ZERO_WIDTH;
    if (c === "d") return chars(DIGITS);
    if ("DsSwW".includes(c)) return ANYTHING;
    if (c >= "1" && c <= "9") {
      while (/\d/.test(this.peek())) this.pos++;
      return BACKREFERENCE;
    }
    if (c === "k" && this.peek() === "<") {
      this.pos = this.src.indexOf(">", this.pos) + 1;
      return BACKREFERENCE;
    }
    if ((c === "p" || c === "P") && this.unicode) {
      this.pos = this.src.indexOf("}", this.pos) + 1;
      return ANYTHING;
    }
    const escaped = this.escapedCharacter(c);
    return escaped === null ? ANYTHING : this.literal(escaped);
  }

  /** The character an escape stands for (after the backslash and `c`); null when unknown. */
  private escapedCharacter(c: string): string | null {
    if (CONTROL[c] !== undefined) return CONTROL[c];
    const hex = c === "x" ? 2 : c === "u" ? 4 : 0;
    if (hex) {
      const digits = this.src.slice(this.pos, this.pos + hex);
      if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) return c;
      this.pos += hex;
      return String.fromCharCode(Number.parseInt(digits, 16));
    }
    if (c === "c") return null;
    return c;
  }

  private characterClass(): Literals {
    const negated = this.peek() === "^";
    if (negated) this.pos++;
    const members = new Set<string>();
    let wide = negated;
    while (this.pos < this.src.length && this.peek() !== "]") {
      const from = this.classMember();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.pos++;
        const to = this.classMember();
        if (from === null || to === null) wide = true;
        else wide = addRange(members, from, to, this.ignoreCase) || wide;
      } else if (from === null) wide = true;
      else wide = addRange(members, from, from, this.ignoreCase) || wide;
    }
    this.pos++; // "]"
    return wide || members.size > CLASS_CAP ? ANYTHING : chars(members);
  }

  /** One character of a class, null for a class escape (\d, \s, \w, ...). */
  private classMember(): string | null {
    const c = this.src[this.pos++];
    if (c !== "\\") return c;
    const e = this.src[this.pos++];
    if ("dDsSwW".includes(e)) return null;
    if ((e === "p" || e === "P") && this.unicode) {
      this.pos = this.src.indexOf("}", this.pos) + 1;
      return null;
    }
    if (e === "b") return "\b";
    return this.escapedCharacter(e);
  }
}

/** Adds the characters from..to, folded; true when the range is too wide or has unfoldable letters. */
function addRange(members: Set<string>, from: string, to: string, ignoreCase: boolean): boolean {
  const [a, b] = [from.charCodeAt(0), to.charCodeAt(0)];
  if (b - a > CLASS_CAP) return true;
  for (let code = a; code <= b; code++) {
    const c = String.fromCharCode(code);
    if (ignoreCase && code > 127 && c.toLowerCase() !== c.toUpperCase()) return true;
    members.add(foldChar(c));
  }
  return false;
}

/** The literals a regular expression needs (see ./regex-literals.ts). */
export function literalsOf(re: RegExp): Literals {
  return new Reader(
    re.source,
    re.flags.includes("i"),
    re.flags.includes("u") || re.flags.includes("v"),
  ).read();
}
