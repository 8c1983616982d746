import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Generic bodies that act with 也要 or 不断 as their verb, as the State Council's 2017 work report writes
// them (test/fixtures/corpus 004).

const agencies = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => n.name);

describe('generic bodies acting with 也要 or 不断', () => {
  it('reads the localities that also cut fees', () => {
    expect(agencies('二是取消或停征中央涉企行政事业性收费35项。各地也要削减涉企行政事业性收费。')).toContain('各地');
  });

  it('reads regions and departments listed as the subject of 不断增强', () => {
    expect(agencies('各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识。')).toEqual(
      expect.arrayContaining(['各地区', '各部门']),
    );
  });
});
