/**
 * A source text as a browser renders its page: paragraphs (blank-line separated in the text file,
 * block elements on the page) with white space collapsed. Quotes are checked and text fragments are
 * matched against this, not against the raw file, whose line breaks are only soft wrapping.
 */
export interface RenderedText {
  /** Every paragraph, white space collapsed and trimmed, joined by one space. */
  text: string;
  /** `text` case-folded code unit for code unit, so offsets in `folded` are offsets in `text`. */
  folded: string;
  /** Each paragraph's [start, end) in `text`. */
  blocks: { start: number; end: number }[];
  /** Index into `blocks` for each offset of `text`; -1 for the space that joins two paragraphs. */
  blockAt: Int32Array;
  /** 1 where an offset of `text` is a word boundary (UAX #29, as browsers use for text fragments). */
  wordBoundary: Uint8Array;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims the ends. */
export function collapseWhiteSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Case folding that keeps every offset: a character whose lower case has another length (rare:
 * `İ`) stays as it is, so a match in the folded text is a match at the same offsets in the text.
 */
export function foldCase(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const PARAGRAPH_BREAK = /\n(?:[^\S\n]*\n)+/;

let lastSource: string | undefined;
let lastRendered: RenderedText | undefined;

/** Renders a source text (memoised on the last text, since tools call this once per quote). */
export function renderText(source: string): RenderedText {
  if (source === lastSource && lastRendered) return lastRendered;
  const paragraphs = source
    .split(PARAGRAPH_BREAK)
    .map(collapseWhiteSpace)
    .filter((p) => p !== '');
  const text = paragraphs.join(' ');
  const blockAt = new Int32Array(text.length).fill(-1);
  const wordBoundary = new Uint8Array(text.length + 1);
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const blocks: RenderedText['blocks'] = [];
  let offset = 0;
  paragraphs.forEach((p, i) => {
    const start = offset;
    const end = start + p.length;
    blocks.push({ start, end });
    blockAt.fill(i, start, end);
    for (const segment of segmenter.segment(p)) wordBoundary[start + segment.index] = 1;
    wordBoundary[end] = 1;
    offset = end + 1;
  });
  lastSource = source;
  lastRendered = { text, folded: foldCase(text), blocks, blockAt, wordBoundary };
  return lastRendered;
}

/** Offsets in `rendered.text` where `passage` (white space collapsed) occurs verbatim, case included. */
export function findVerbatim(rendered: RenderedText, passage: string): number[] {
  const needle = collapseWhiteSpace(passage);
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = rendered.text.indexOf(needle); i !== -1; i = rendered.text.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}
