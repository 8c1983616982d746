import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../generate';
import { OUT_DIR } from '../lib/paths';

// Synthetic corpora on disk under bench/out/, written once per (seed, size, variants) and
// reused: a manifest records what a folder holds so a half-written folder is rewritten.

export interface CorpusOnDisk {
  dir: string;
  count: number;
  bytes: number;
  variants: boolean;
}

export function ensureCorpus(seed: string, count: number, variants = false): CorpusOnDisk {
  const dir = join(OUT_DIR, `corpus-${seed}-${count}${variants ? '-mixed' : ''}`);
  const manifest = join(OUT_DIR, `corpus-${seed}-${count}${variants ? '-mixed' : ''}.json`);
  if (existsSync(manifest) && existsSync(dir)) return JSON.parse(readFileSync(manifest, 'utf8')) as CorpusOnDisk;
  rmSync(dir, { recursive: true, force: true });
  const written = writeCorpus(dir, { seed, count, variants });
  const info: CorpusOnDisk = { dir, count, bytes: written.bytes, variants };
  writeFileSync(manifest, JSON.stringify(info));
  return info;
}
