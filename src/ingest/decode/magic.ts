// File signatures (magic numbers). PDF and ZIP (a .docx) are formats we extract text from; the
// others are formats people mistake for text documents, and a match names the format in the
// rejection, so the user knows to extract the text first.

/** A format whose text `decodeFile` extracts. */
export type ExtractedFormat = 'pdf' | 'docx';

interface Signature {
  bytes: number[];
  name: string;
  reads?: ExtractedFormat;
}

const SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document', reads: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive (also .docx/.xlsx/.ofd)', reads: 'docx' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive (empty)' },
  { bytes: [0x50, 0x4b, 0x07, 0x08], name: 'ZIP archive (spanned)' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'RAR archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: 'legacy Office document (.doc/.xls/.wps) or a password-protected .docx',
  },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
];

const signatureOf = (bytes: Uint8Array) =>
  SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b));

/** The binary format these bytes start with, or undefined when no known signature matches. */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  return signatureOf(bytes)?.name;
}

/** 'pdf' or 'docx' when the bytes are a format whose text can be extracted. */
export function extractedFormatOf(bytes: Uint8Array): ExtractedFormat | undefined {
  return signatureOf(bytes)?.reads;
}
