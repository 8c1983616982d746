import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { DocumentRecord } from '../../model';
import type { Decoded } from '../decode';

/** A document's id is its file name without the extension (文件名). */
export function documentId(filePath: string): string {
  const base = path.basename(filePath);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/** A freshly read document; the segmenter fills kind, title, date and period later. */
export function toRecord(filePath: string, decoded: Decoded): DocumentRecord {
  return {
    id: documentId(filePath),
    title: '',
    path: filePath,
    chars: decoded.text.length,
    text: decoded.text,
    kind: 'other',
    encoding: decoded.encoding,
    hash: createHash('sha256').update(decoded.text, 'utf8').digest('hex'),
    ...(decoded.pages ? { pages: decoded.pages } : {}),
  };
}
