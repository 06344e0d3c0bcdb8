/** A published text the glossary's claims are drawn from. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD) of publication, or the best the record allows (see `dateNote`). */
  date: string;
  /** Why the date is what it is, when the publication does not print one. */
  dateNote?: string;
  /** The address readers are sent to; quote links are this URL plus a text fragment. */
  url: string;
  /**
   * File name, under `glossary/sources/`, of the text used to verify every quote.
   * Only tests and tools read it: the extension ships the quotes, not the whole text.
   */
  textFile: string;
}

export type SourceId = string;
