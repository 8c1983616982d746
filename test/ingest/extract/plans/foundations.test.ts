import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Research foundations a level runs, named by their level and field (test/fixtures/corpus 040, 052).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('research foundations', () => {
  it('reads the provincial foundation whatever word follows it (040)', () => {
    const text = '2.强化基础科学研究能力。发挥省自然科学基金导向作用，每年部署一批信息领域项目。';
    expect(names(text)).toContain('省自然科学基金');
  });

  it('reads no enterprise fund of the field, nor the body that runs the foundation (040, 052)', () => {
    const text =
      '支持“链主”企业设立自然科学基金联合基金，研究信息产业基础问题。\n2022年，国家自然科学基金委数字与数字交叉领域资助国家杰出青年科学基金项目64项。';
    expect(names(text).filter((n) => n.includes('自然科学基金'))).toEqual([]);
  });
});
