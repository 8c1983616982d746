import { DocumentRejected } from './rejected';

// Checks on the decoded text: is there anything here a reader could read?

/** Control characters other than tab, newline, carriage return and form feed. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
}

/** More than this share of control characters means binary data, whatever the decoder said. */
const MAX_CONTROL_SHARE = 0.01;

/** Throws DocumentRejected when decoded text is not a readable document. */
export function assertReadable(text: string): void {
  if (text.trim().length === 0) throw new DocumentRejected('whitespace only: no text to read');
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  const share = controls / text.length;
  if (share > MAX_CONTROL_SHARE) {
    throw new DocumentRejected(`binary data: ${(share * 100).toFixed(1)}% control characters`);
  }
  // \p{L} covers Han characters (Lo) and letters of every script.
  if (!/\p{L}/u.test(text)) throw new DocumentRejected('no Chinese characters or letters: nothing to read');
}
