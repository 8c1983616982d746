import { existsSync, readFileSync } from 'node:fs';

// Targets measured by commands outside `npm run bench` (the paired ingest-CPU run of
// bench/ingest/paired, for one) are written by hand in bench/TARGETS-KEPT.md, a table with the
// same columns. Every regenerated Targets table carries them under its own rows, so a bench run
// never drops a measurement it did not take.

const isRow = (line: string) => line.startsWith('|') && !/^\|\s*Target\s*\|/.test(line) && !/^\|[-\s|:]+\|$/.test(line);

/** The table rows of the kept-targets file (header and rule left out); none when there is no file. */
export function keptTargetRows(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(isRow);
}

/** The generated Targets table with the kept rows appended to it, as one table. */
export function withKeptTargets(generated: string, path: string): string {
  const kept = keptTargetRows(path);
  return kept.length ? `${generated.trimEnd()}\n${kept.join('\n')}` : generated;
}
