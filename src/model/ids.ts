import * as crypto from 'node:crypto';
import type { NodeLabel, RelType } from './labels';

// Ids are content-addressed so the same document set always yields the same ids.

// crypto.hash (Node ≥ 20.12) is the one-shot form: the same digest without a Hash object per id,
// which matters when a corpus mints hundreds of thousands of them.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const digest = (s: string): string =>
  (oneShot ? oneShot('sha256', s, 'hex') : crypto.createHash('sha256').update(s).digest('hex')).slice(0, 16);

// An id written as `${label}:${digest}` is a concatenation whose right half is a slice that keeps
// the whole 64-digit hash alive: about three times the bytes of the id as one flat string. A graph
// keeps a few hundred thousand ids, so each is written out once, through a scratch buffer. Labels,
// types and hex digits are ASCII, which latin1 carries unchanged.
const scratch = Buffer.alloc(128);
function flatId(prefix: string, hex: string): string {
  if (prefix.length > 100) return `${prefix}:${hex}`;
  let n = scratch.write(prefix, 0, 'latin1');
  n += scratch.write(':', n, 'latin1');
  n += scratch.write(hex, n, 'latin1');
  return scratch.toString('latin1', 0, n);
}

/** Id of an entity known by its canonical name (Plan, Indicator, Platform, Agency …). */
export function entityId(label: NodeLabel, canonicalKey: string): string {
  return flatId(label, digest(canonicalKey));
}

/** Id of a fact read at one place in one document (Task, Result). */
export function spanId(label: NodeLabel, document: string, start: number, end: number): string {
  return flatId(label, digest(`${document}:${start}:${end}`));
}

/** Id of a relationship; `key` tells apart two edges of one type between the same nodes. */
export function relationshipId(type: RelType, from: string, to: string, key = ''): string {
  return flatId(type, digest(`${from}>${to}#${key}`));
}
