import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Where a plan's or a project's name opens, on passages quoted from official documents outside the corpus.

const nodes = (text: string, label: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === label);

describe('a plan name', () => {
  it('is not a slogan’s words cut inside a quote they open (山西省人民政府办公厅, 晋政办发〔2017〕55号)', () => {
    const text =
      '统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，按照省委“一个指引、两手硬”重大思路和要求，坚持深化供给侧结构性改革。';
    expect(nodes(text, 'Plan').map((p) => p.name)).not.toContain('省委“一个指引');
  });

  it('opens after an aiming verb before the nation’s five-year plan (广东省人民政府办公厅, 粤府办〔2023〕5号)', () => {
    const text = '1.聚焦国家“十四五”规划102项重大工程、国家重大战略以及省委、省政府明确的重点建设任务，梳理筛选项目。';
    const names = nodes(text, 'Plan').map((p) => p.name);
    expect(names).toContain('国家“十四五”规划');
    expect(names).not.toContain('聚焦国家“十四五”规划');
  });
});

describe('a project name', () => {
  it('opens after the first batch it was chosen into, not at the bodies chosen (咸丰县政府工作报告, 2023)', () => {
    const text = '人民医院、中心医院入选全国首批“千县工程”示范单位。';
    const names = nodes(text, 'EngineeringProject').map((p) => p.name);
    expect(names).toContain('千县工程');
    expect(names.some((n) => n.includes('入选'))).toBe(false);
  });
});
