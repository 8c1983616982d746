import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../src/ingest';

// A heading that names conditions to improve (六、持续改善农机作业基础条件) commits, as the opinion around it does;
// 基础条件 is no word of review (the State Council's 2018 opinion on farm mechanisation, 077 of the corpus).
// Before, the section's commitments (加强建设监理和验收评价) were read as results.

const CORPUS = join(__dirname, '../../fixtures/corpus');

describe('a heading naming conditions to improve', () => {
  it('leaves its section’s commitments tasks', async () => {
    const { documents } = await readDocuments([join(CORPUS, '077_govcn-2018-agri-mechanization-opinion.txt')]);
    const g = buildGraph(documents);
    const labelOf = (name: string) => g.nodes.filter((n) => n.name === name).map((n) => n.label);
    expect(labelOf('加强建设监理和验收评价')).toEqual(['Task']);
    expect(labelOf('加快补齐丘陵山区农业机械化基础条件薄弱的短板')).toEqual(['Task']);
  });
});
