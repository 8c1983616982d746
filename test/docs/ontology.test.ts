import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_LABELS, REL_TYPES } from '../../src/model';

// The ontology document is the graph's contract: every label and relationship type the code
// writes is described there, and nothing it describes is missing from the code.

const text = readFileSync(join(__dirname, '../../docs/ONTOLOGY.md'), 'utf8');
const tableNames = (heading: string): string[] => {
  const section = text.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return [...section.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]);
};

test('every node label is described, and only those', () => {
  expect(tableNames('Nodes').sort()).toEqual([...NODE_LABELS].sort());
});

test('every relationship type is described, and only those', () => {
  expect(tableNames('Relationships').sort()).toEqual([...REL_TYPES].sort());
});
