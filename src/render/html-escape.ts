/** Escaping for HTML: everything taken from an article goes through here before it meets markup. */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

/** A class-name fragment from a value that may come from data: letters, digits and dashes only. */
export const classToken = (s: string): string => s.toLowerCase().replace(/[^a-z0-9-]+/g, "-");

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as text. */
export function urlHtml(url: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`
    : escapeHtml(url);
}
