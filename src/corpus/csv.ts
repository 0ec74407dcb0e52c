/**
 * CSV as RFC 4180 has it: comma-separated fields, CRLF line ends, a field quoted when it holds a
 * comma, a double quote, CR or LF (inner quotes doubled). Lists are joined with "; ".
 */

export type CsvValue = string | number | boolean | null | undefined | string[];

export const LIST_SEPARATOR = "; ";

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
