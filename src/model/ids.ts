import * as crypto from 'node:crypto';
import type { NodeLabel, RelType } from './labels';

// Ids are content-addressed so the same document set always yields the same ids.

// crypto.hash (Node ≥ 20.12) is the one-shot form: the same digest without a Hash object per id,
// which matters when a corpus mints hundreds of thousands of them.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const digest = (s: string): string =>
  (oneShot ? oneShot('sha256', s, 'hex') : crypto.createHash('sha256').update(s).digest('hex')).slice(0, 16);

/** Id of an entity known by its canonical name (Plan, Indicator, Platform, Agency …). */
export function entityId(label: NodeLabel, canonicalKey: string): string {
  return `${label}:${digest(canonicalKey)}`;
}

/** Id of a fact read at one place in one document (Task, Result). */
export function spanId(label: NodeLabel, document: string, start: number, end: number): string {
  return `${label}:${digest(`${document}:${start}:${end}`)}`;
}

/** Id of a relationship; `key` tells apart two edges of one type between the same nodes. */
export function relationshipId(type: RelType, from: string, to: string, key = ''): string {
  return `${type}:${digest(`${from}>${to}#${key}`)}`;
}
