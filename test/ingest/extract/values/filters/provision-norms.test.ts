import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// Shandong's 14th five-year education plan (test/fixtures/corpus 031) sets norms of provision: what each school
// or each group of kindergartens is given. A norm is a rule of coverage, not a quantity the plan commits; the
// counts its tasks set for the province still are.

const values = valuesWithUnit;
const read = (text: string) =>
  buildGraph([doc('031-passage', ['山东省“十四五”教育事业发展规划', '四、重点任务', text].join('\n'), '2021-10-21')]);

describe('a norm of provision', () => {
  it('reads no value from the count each school is given (各中小学至少配备1名)', () => {
    const g = read(
      '配齐配足大中小学心理健康教育专兼职教师队伍，各学校于2022年年底前配备到位，各中小学至少配备1名专职或兼职心理健康教育教师，超过1000人规模的学校必须配备专职教师。',
    );
    expect(values(g)).not.toContain('1 名');
  });

  it('reads no value from the base a norm counts by, nor from what it gives (每5所幼儿园配备1名责任督学)', () => {
    expect(values(read('强化日常监管，每5所幼儿园配备1名责任督学。'))).toEqual([]);
  });

  it('still reads a count the plan sets for the whole province', () => {
    expect(values(read('完成3万套乡村教师周转宿舍建设任务，落实乡村教师按规定享受乡镇工作补贴和生活补助政策。'))).toEqual(['30000 套']);
  });
});
