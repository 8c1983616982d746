import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { generateCorpus, type SyntheticDocument } from './corpus';

// opencc-js ships ESM types only; its CommonJS build is loaded directly (cn2t: simplified → traditional).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } = require('opencc-js/cn2t');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** How one document is stored on disk: the loaders must cope with all of these. */
export type Variant = 'utf8' | 'traditional' | 'gbk';

export interface WriteOptions {
  seed: string;
  count: number;
  /** Every tenth document in traditional script, and another in GBK bytes (unseen-genre robustness). */
  variants?: boolean;
}
export interface WrittenCorpus {
  dir: string;
  files: string[];
  bytes: number;
  chars: number;
}

export function variantOf(index: number, variants: boolean): Variant {
  if (!variants) return 'utf8';
  return index % 10 === 3 ? 'traditional' : index % 10 === 7 ? 'gbk' : 'utf8';
}

export function encodeDocument(doc: SyntheticDocument, variant: Variant): Buffer {
  if (variant === 'gbk') return iconv.encode(doc.text, 'gbk');
  return Buffer.from(variant === 'traditional' ? toTraditional(doc.text) : doc.text, 'utf8');
}

/** Writes `<dir>/<id>.txt` for each document; returns the paths and total bytes written. */
export function writeCorpus(dir: string, options: WriteOptions): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  let chars = 0;
  for (const doc of generateCorpus(options.seed, options.count)) {
    const data = encodeDocument(doc, variantOf(doc.index, options.variants ?? false));
    const file = join(dir, `${doc.id}.txt`);
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
    chars += doc.text.length;
  }
  return { dir, files, bytes, chars };
}
