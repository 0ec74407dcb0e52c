/** What `analyze` takes: one article, as text or HTML, with what is known about it. */
export interface DocumentInput {
  id?: string;
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  /** Document creation time, ISO 8601. */
  dct?: string | null;
}
