import { Parser } from 'htmlparser2';
import { DocumentRejected } from './rejected';

// Government sites publish plans as web pages. The document text of a page is what a reader sees:
// no scripts, styles or comments; each block element on its own line; entities decoded.

/** Looks like a web page rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html[\s>]|body[\s>]|p[\s>])/i.test(text.slice(0, 4096));
}

/** Elements whose content is never shown as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'iframe', 'object']);

/** Elements that start a new line in the rendered page. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Collapse the white space of rendered HTML: one space inside a line, no blank-line runs. */
function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * Elements open at once, at most. Real pages nest a few dozen deep; the parser's cost per tag
 * grows with the depth (its open-element stack), so 200,000 nested <div>s took minutes.
 */
export const MAX_HTML_DEPTH = 1_000;

/** The readable text of an HTML page; the page's <title> is kept as the first line when there is one. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let title = '';
  let hiddenDepth = 0;
  let inTitle = false;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (++depth > MAX_HTML_DEPTH)
          throw new DocumentRejected(`HTML nested more than ${MAX_HTML_DEPTH} elements deep: not a page we read`);
        if (name === 'title') inTitle = true;
        if (HIDDEN.has(name)) hiddenDepth++;
        if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        depth--;
        if (name === 'title') inTitle = false;
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (hiddenDepth === 0) parts.push(text.replace(/\n/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const body = tidy(parts.join(''));
  const heading = tidy(title.replace(/\n/g, ' '));
  return heading && !body.startsWith(heading) ? `${heading}\n${body}` : body;
}
