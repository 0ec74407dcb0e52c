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
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  let foreign = 0;
  let dropped = 0;
  const out: string[] = [];
  let copied = 0;
  const cut = (from: number, to: number) => {
    out.push(html.slice(copied, from), " ");
    copied = to;
  };
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63) {
      // <!-- comment -->, <!doctype>, <![CDATA[ ]]>, <?processing?>
      const close = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf(">", i + 2);
      if (close === -1) break;
      i = html.indexOf("<", close + 1);
      continue;
    }
    const closing = next === 47;
    const nameStart = closing ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    let j = nameStart + 1;
    while (j < html.length && !isNameEnd(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    // to the end of the tag, over quoted attribute values
    let end = -1;
    while (j < html.length) {
      const c = html.charCodeAt(j);
      if (c === 62) {
        end = j;
        break;
      }
      if (c === 61) {
        j++;
        while (j < html.length && /\s/.test(html[j])) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const shut = html.indexOf(q, j + 1);
          if (shut === -1) break;
          j = shut + 1;
          continue;
        }
        continue;
      }
      j++;
    }
    if (end === -1) break; // an unfinished tag runs to the end of the page
    const selfClosing = html.charCodeAt(end - 1) === 47;
    if (closing) {
      const pending = droppedOpen.get(name) ?? 0;
      if (pending > 0) {
        // the innermost open element of that name is one that was dropped
        droppedOpen.set(name, pending - 1);
        cut(i, end + 1);
      } else {
        const at = stack.lastIndexOf(name);
        if (at !== -1) {
          for (let k = stack.length - 1; k >= at; k--) if (FOREIGN.has(stack[k])) foreign--;
          stack.length = at;
        }
      }
    } else if (!VOID.has(name) && !(selfClosing && foreign > 0)) {
      const implied = IMPLIES_CLOSE.get(name);
      if (implied)
        while (stack.length > 0 && implied.has(stack[stack.length - 1]))
          if (FOREIGN.has(stack.pop() as string)) foreign--;
      if (RAW_TEXT.has(name)) {
        // raw text (script, style, title...) runs to its closing tag: a leaf, never dropped
        const close = indexOfCaseless(html, `</${name}`, end + 1);
        const gt = close === -1 ? -1 : html.indexOf(">", close);
        if (gt === -1) break;
        i = html.indexOf("<", gt + 1);
        continue;
      }
      if (stack.length >= limit) {
        dropped++;
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        cut(i, end + 1);
      } else {
        stack.push(name);
        if (FOREIGN.has(name)) foreign++;
      }
    }
    i = html.indexOf("<", end + 1);
  }
  if (dropped === 0) return { html, dropped };
  out.push(html.slice(copied));
  return { html: out.join(""), dropped };
}

/** `haystack.indexOf(needle, from)` ignoring ASCII case (needle in lower case), without copying. */
function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const re = new RegExp(needle, "gi");
  re.lastIndex = from;
  const m = re.exec(haystack);
  return m ? m.index : -1;
}
