/**
 * Generated article pages of a given size, from real text about North Korea (see corpus-text.ts):
 * a news-page shell (header, navigation, one article, footer) whose article holds KCNA articles
 * one after another (headline as `<h2>`, the first as `<h1>`), with paragraphs of the saved web
 * pages between them, as a long live blog or an archive page would. Some paragraphs have a link or
 * an emphasised run of words inside, as real articles do (so text nodes are split the way the
 * scanner meets them, and some terms are split by inline formatting).
 *
 * The size is the page's HTML in UTF-8 bytes: at most the target, and short of it by less than
 * one word (the last paragraph is cut at a word to fill the page).
 */
import { blocks, loadCorpus, type Block, type Corpus } from './corpus-text.ts';

export interface GeneratedPage {
  html: string;
  bytes: number;
  title: string;
  headings: number;
  paragraphs: number;
}

const encoder = new TextEncoder();

function byteLength(s: string): number {
  return encoder.encode(s).length;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Words `from`..`to` of a paragraph wrapped in `open`/`close`, the rest escaped text. */
function wrapWords(words: readonly string[], from: number, to: number, open: string, close: string): string {
  if (words.length < to + 2) return escapeHtml(words.join(' '));
  return [
    escapeHtml(words.slice(0, from).join(' ')),
    `${open}${escapeHtml(words.slice(from, to).join(' '))}${close}`,
    escapeHtml(words.slice(to).join(' ')),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** A paragraph's inner HTML: every fourth has a link, every fifth an emphasised run of words. */
export function paragraphHtml(words: readonly string[], index: number): string {
  if (index % 4 === 1) return wrapWords(words, 2, 5, `<a href="#p${index}">`, '</a>');
  if (index % 5 === 2) return wrapWords(words, 4, 6, '<em>', '</em>');
  return escapeHtml(words.join(' '));
}

function blockHtml(block: Block, words: readonly string[], index: number, first: boolean): string {
  if (block.kind === 'heading') {
    const tag = first ? 'h1' : 'h2';
    return `<${tag}>${escapeHtml(words.join(' '))}</${tag}>\n`;
  }
  return `<p>${paragraphHtml(words, index)}</p>\n`;
}

export function buildArticlePage(
  targetBytes: number,
  corpus: Corpus = loadCorpus(),
  seed = 1,
): GeneratedPage {
  const stream = blocks(corpus, seed);
  // The page opens with a headline: skip the paragraphs of an article whose headline was a repeat.
  let firstHeading = stream.next().value as Block;
  while (firstHeading.kind !== 'heading') firstHeading = stream.next().value as Block;
  const firstParagraph = stream.next().value as Block;
  const title = firstHeading.text;
  const head =
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<meta name="description" content="${escapeHtml(firstParagraph.text.slice(0, 160))}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body>\n' +
    '<header><nav><a href="#top">Home</a> · <a href="#news">News</a> · <a href="#archive">Archive</a></nav></header>\n' +
    '<main>\n<article>\n';
  const tail =
    '</article>\n</main>\n<footer><p>Texts of the Korean Central News Agency and of saved web pages, ' +
    'assembled for a benchmark.</p></footer>\n</body>\n</html>\n';
  let budget = targetBytes - byteLength(head) - byteLength(tail);
  if (budget < 200) throw new Error(`a page of ${targetBytes} bytes is too small for the shell`);

  const parts: string[] = [head];
  let headings = 0;
  let paragraphs = 0;
  let index = 0;
  const pending: Block[] = [firstHeading, firstParagraph];
  for (;;) {
    const block = pending.shift() ?? (stream.next().value as Block);
    const words = block.text.split(' ');
    let html = blockHtml(block, words, index, index === 0);
    let bytes = byteLength(html);
    const last = bytes > budget;
    if (last) {
      // The last block: as many words as fit (a paragraph, never a heading cut short).
      if (block.kind === 'heading') break;
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (byteLength(blockHtml(block, words.slice(0, mid), index, false)) <= budget) lo = mid;
        else hi = mid - 1;
      }
      if (lo === 0) break;
      html = blockHtml(block, words.slice(0, lo), index, false);
      bytes = byteLength(html);
    }
    parts.push(html);
    budget -= bytes;
    if (block.kind === 'heading') headings++;
    else paragraphs++;
    index++;
    if (last) break;
  }
  parts.push(tail);
  const html = parts.join('');
  return { html, bytes: byteLength(html), title, headings, paragraphs };
}
