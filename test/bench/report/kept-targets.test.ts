import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keptTargetRows, withKeptTargets } from '../../../bench/report';
import { targetsBlock } from '../../../bench/report/sections';

// A bench run regenerates BENCHMARKS.md; rows measured by other commands must survive it.

const dir = mkdtempSync(join(tmpdir(), 'kept-targets-'));
const kept = join(dir, 'TARGETS-KEPT.md');
writeFileSync(
  kept,
  [
    '# Targets measured outside `npm run bench`',
    '',
    '| Target | Measured | Status | Miss |',
    '|---|---|---|---|',
    '| Ingest CPU ≤ 1.2× the older tree | 1.16× | met |  |',
    '',
    'A closing remark, not a row.',
  ].join('\n'),
);

describe('kept Targets rows', () => {
  it('reads the rows of the file, without its header, rule or prose', () => {
    expect(keptTargetRows(kept)).toEqual(['| Ingest CPU ≤ 1.2× the older tree | 1.16× | met |  |']);
  });

  it('appends them to the generated table as one table', () => {
    const generated = targetsBlock({} as Parameters<typeof targetsBlock>[0]);
    const lines = withKeptTargets(generated, kept).split('\n');
    expect(lines[0]).toMatch(/^\| Target \| Measured \| Status \| Miss \|$/);
    expect(lines.filter((l) => /^\|[-\s|:]+\|$/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toBe('| Ingest CPU ≤ 1.2× the older tree | 1.16× | met |  |');
    expect(lines.length).toBe(generated.trimEnd().split('\n').length + 1);
  });

  it('leaves the generated table alone when there is no file', () => {
    const generated = targetsBlock({} as Parameters<typeof targetsBlock>[0]);
    expect(keptTargetRows(join(dir, 'absent.md'))).toEqual([]);
    expect(withKeptTargets(generated, join(dir, 'absent.md'))).toBe(generated);
  });
});
