import { promises as fs } from 'node:fs';
import type { DocumentRecord } from '../../model';
import { decodeFile, DocumentRejected } from '../decode';
import { explainFsError } from './fs-errors';
import { toRecord } from './record';
import { assertWithinWorkBudget } from './work-budget';
import type { Candidate, Rejection } from './types';

export type Loaded = { document: DocumentRecord } | { rejection: Rejection };

/**
 * Read and decode one file. The size from stat is checked first, so an oversized file is never
 * read into memory; the read itself stops when the call's time budget runs out.
 */
export async function loadFile(file: Candidate, maxBytes: number, deadline: number): Promise<Loaded> {
  const reject = (reason: string): Loaded => ({ rejection: { path: file.path, reason } });
  if (file.size > maxBytes) return reject(`too large: ${file.size} bytes, over the limit of ${maxBytes} bytes`);
  const remaining = deadline - Date.now();
  if (remaining <= 0) return reject('time limit reached before this file was read');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file.path, { signal: AbortSignal.timeout(remaining) });
  } catch (err) {
    return reject(explainFsError(err));
  }
  try {
    const decoded = await decodeFile(bytes, { maxBytes });
    assertWithinWorkBudget(decoded.text);
    return { document: toRecord(file.shownPath, decoded) };
  } catch (err) {
    if (err instanceof DocumentRejected) return reject(err.reason);
    throw err;
  }
}
