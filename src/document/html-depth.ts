/**
 * Bounding the nesting depth of HTML before it is parsed. The HTML parser under linkedom
 * (htmlparser2) keeps its open elements in an array it shifts and unshifts, so every tag costs
 * time in proportion to the depth: a megabyte of unclosed `<div>` took tens of seconds. One linear
 * pass mirrors the parser's stack (its implied closes and void elements) and drops the opening
 * tags that would go deeper than the limit, and their closing tags; the text stays where it was.
 */

/** Elements without content (never on the stack). */
const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "image",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is raw text up to their closing tag. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

/** Elements in which `<x/>` closes itself (SVG and MathML). */
const FOREIGN = new Set(["svg", "math"]);

const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
/** An opening tag closes these elements when they are the current one (as htmlparser2 does). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["select", new Set(FORM)],
  ["input", new Set(FORM)],
  ["output", new Set(FORM)],
  ["button", new Set(FORM)],
  ["datalist", new Set(FORM)],
  ["textarea", new Set(FORM)],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
  ].map((tag): [string, Set<string>] => [tag, new Set(P)]),
]);

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameEnd = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;

export interface BoundedHtml {
  html: string;
  /** Opening tags dropped because they went deeper than the limit. */
  dropped: number;
}

/**
 * Returns `html` with every opening tag beyond `limit` open elements (and its closing tag)
 * replaced by a space. Linear in the length of `html`: each tag costs at most `limit` steps.
 */
export function boundDepth(html: string, limit: number): BoundedHtml {
  const scan = new DepthScan(html, limit);
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) i = scan.step(i);
  return scan.result();
}

/** The parser's stack of open elements as one pass over the page mirrors it, and the page with the dropped tags cut out. */
class DepthScan {
  private readonly stack: string[] = [];
  /** Per element name: its dropped opening tags whose closing tags are still to come. */
  private readonly droppedOpen = new Map<string, number>();
  /** Open SVG and MathML elements (inside them `<x/>` closes itself). */
  private foreign = 0;
  private dropped = 0;
  private readonly out: string[] = [];
  /** Up to where `html` is copied to `out`. */
  private copied = 0;

  constructor(
    private readonly html: string,
    private readonly limit: number,
  ) {}

  /** Reads the markup at `i` (a "<"); returns where the next "<" is, or -1 to stop. */
  step(i: number): number {
    const { html } = this;
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63) return skipDeclaration(html, i);
    const closing = next === 47;
    const nameStart = closing ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) return html.indexOf("<", i + 1);
    let j = nameStart + 1;
    while (j < html.length && !isNameEnd(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    if (end === -1) return -1; // an unfinished tag runs to the end of the page
    const selfClosing = html.charCodeAt(end - 1) === 47;
    if (closing) this.close(name, i, end);
    else if (!VOID.has(name) && !(selfClosing && this.foreign > 0)) {
      this.closeImplied(name);
      // raw text (script, style, title...) runs to its closing tag: a leaf, never dropped
      if (RAW_TEXT.has(name)) return skipRawText(html, name, end);
      this.open(name, i, end);
    }
    return html.indexOf("<", end + 1);
  }

  /** A closing tag `[i, end]`: cut if its element was dropped, else pops the stack down to its element. */
  private close(name: string, i: number, end: number): void {
    const pending = this.droppedOpen.get(name) ?? 0;
    if (pending > 0) {
      // the innermost open element of that name is one that was dropped
      this.droppedOpen.set(name, pending - 1);
      this.cut(i, end + 1);
      return;
    }
    const { stack } = this;
    const at = stack.lastIndexOf(name);
    if (at === -1) return;
    for (let k = stack.length - 1; k >= at; k--) if (FOREIGN.has(stack[k])) this.foreign--;
    stack.length = at;
  }

  /** Pops the elements that an opening tag of `name` closes when they are the current one. */
  private closeImplied(name: string): void {
    const implied = IMPLIES_CLOSE.get(name);
    if (!implied) return;
    const { stack } = this;
    while (stack.length > 0 && implied.has(stack[stack.length - 1]))
      if (FOREIGN.has(stack.pop() as string)) this.foreign--;
  }

  /** An opening tag `[i, end]`: pushed, or cut when the stack is already `limit` deep. */
  private open(name: string, i: number, end: number): void {
    if (this.stack.length >= this.limit) {
      this.dropped++;
      this.droppedOpen.set(name, (this.droppedOpen.get(name) ?? 0) + 1);
      this.cut(i, end + 1);
      return;
    }
    this.stack.push(name);
    if (FOREIGN.has(name)) this.foreign++;
  }

  /** Replaces `html[from, to)` by a space. */
  private cut(from: number, to: number): void {
    this.out.push(this.html.slice(this.copied, from), " ");
    this.copied = to;
  }

  result(): BoundedHtml {
    const { html, dropped } = this;
    if (dropped === 0) return { html, dropped };
    this.out.push(html.slice(this.copied));
    return { html: this.out.join(""), dropped };
  }
}

/** Past `<!-- comment -->`, `<!doctype>`, `<![CDATA[ ]]>` or `<?processing?>` at `i`: the next "<", or -1. */
function skipDeclaration(html: string, i: number): number {
  const close = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf(">", i + 2);
  return close === -1 ? -1 : html.indexOf("<", close + 1);
}

/** Past the raw text of `name` that starts after `end` and its closing tag: the next "<", or -1. */
function skipRawText(html: string, name: string, end: number): number {
  const close = indexOfCaseless(html, `</${name}`, end + 1);
  const gt = close === -1 ? -1 : html.indexOf(">", close);
  return gt === -1 ? -1 : html.indexOf("<", gt + 1);
}

/** The ">" that ends a tag whose attributes start at `j`, over quoted attribute values; -1 if none. */
function tagEnd(html: string, j: number): number {
  while (j < html.length) {
    const c = html.charCodeAt(j);
    if (c === 62) return j;
    if (c === 61) {
      j++;
      while (j < html.length && /\s/.test(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const shut = html.indexOf(q, j + 1);
        if (shut === -1) return -1;
        j = shut + 1;
      }
      continue;
    }
    j++;
  }
  return -1;
}

/** `haystack.indexOf(needle, from)` ignoring ASCII case (needle in lower case), without copying. */
function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const re = new RegExp(needle, "gi");
  re.lastIndex = from;
  const m = re.exec(haystack);
  return m ? m.index : -1;
}
