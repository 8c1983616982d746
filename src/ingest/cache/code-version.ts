import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What a cached extraction depends on besides its document and lexicon: the code that segments
// and extracts. Fingerprinting the files themselves (compiled or not) means no version constant
// to forget: any change to these folders invalidates every cached document.

const INGEST = join(__dirname, '..');
const FOLDERS = ['normalise', 'segment', 'extract', 'lexicon', 'parallel', 'cache', join('..', 'model')].map((f) => join(INGEST, f));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(js|ts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

let cached: string | undefined;

/** sha256 over the extraction code's files, read once per process. */
export function extractionCodeVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const dir of FOLDERS) {
    for (const file of filesUnder(dir)) hash.update(file.slice(INGEST.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return (cached = hash.digest('hex').slice(0, 16));
}
