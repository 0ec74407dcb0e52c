/**
 * A small bar chart of quotes over time, drawn on the server as inline SVG (no script, no
 * library): one bar per day, month or year, whichever keeps it under MAX_BARS bars.
 */
import { escapeHtml } from "../../render/html-escape.js";
import { plural } from "../../render/summary.js";

const MAX_BARS = 60;
const WIDTH = 640;
const HEIGHT = 140;
const AXIS = 22;

/** Counts per period (ISO prefix of the date: 10 = day, 7 = month, 4 = year), in date order. */
function buckets(dates: string[]): { period: string; n: number }[] {
  for (const size of [10, 7, 4]) {
    const counts = new Map<string, number>();
    for (const d of dates) counts.set(d.slice(0, size), (counts.get(d.slice(0, size)) ?? 0) + 1);
    if (counts.size <= MAX_BARS || size === 4)
      return [...counts.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([period, n]) => ({ period, n }));
  }
  return [];
}

/** The chart for the dates of some quotes (null: undated, counted in the caption). */
export function quotesOverTime(dates: (string | null)[]): string {
  const dated = dates.filter((d): d is string => Boolean(d));
  const undated = dates.length - dated.length;
  const note = undated ? ` <span class="small">(${plural(undated, "undated quote")} not shown)</span>` : "";
  if (!dated.length) return `<p class="small">No dated quotes to chart.</p>`;
  const bars = buckets(dated);
  const top = Math.max(...bars.map((b) => b.n));
  const slot = WIDTH / bars.length;
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const rects = bars.map((b, i) => {
    const h = Math.max(2, ((HEIGHT - AXIS - 8) * b.n) / top);
    const x = i * slot + (slot - barWidth) / 2;
    return `<rect x="${x.toFixed(1)}" y="${(HEIGHT - AXIS - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${escapeHtml(b.period)}: ${plural(b.n, "quote")}</title></rect>`;
  });
  const label = (text: string, x: number, anchor: string) =>
    `<text x="${x}" y="${HEIGHT - 6}" text-anchor="${anchor}" class="axis">${escapeHtml(text)}</text>`;
  const first = bars[0].period;
  const last = bars[bars.length - 1].period;
  const summary = `${plural(dated.length, "dated quote")}, ${first === last ? first : `${first} to ${last}`}, at most ${top} in one period`;
  return `<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(summary)}">
<line x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}" class="baseline"/>
${rects.join("\n")}
${label(first, 0, "start")}${first === last ? "" : label(last, WIDTH, "end")}
<text x="0" y="12" class="axis">${top}</text>
</svg><figcaption class="small">Quotes over time: ${escapeHtml(summary)}.${note}</figcaption></figure>`;
}
