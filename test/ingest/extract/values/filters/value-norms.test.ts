import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// Norms a policy states for each unit or each period (test/fixtures/corpus 024, 037, 075, 003): the single unit a
// reward is counted by and how often a routine recurs are rules, not quantities. Targets set for each year stay.

const values = valuesWithUnit;
const read = (title: string, text: string, date: string) => buildGraph([doc('norms', [title, '二、主要任务', text].join('\n'), date)]);

describe('a norm stated per unit or per period', () => {
  it('reads no value from the unit a reward is counted by (每认定１家…一次性奖励孵化器10万元)', () => {
    const g = read(
      '关于加快先进制造业和数字经济发展的若干政策措施',
      '经各级认定的孵化器，其在孵企业有被认定为高新技术企业的，每认定１家高新技术企业，一次性奖励孵化器10万元。',
      '2019-03-01',
    );
    expect(values(g)).not.toContain('1 家');
  });

  it('reads no value from the step a comparison is made per (每增长1个百分点的增量)', () => {
    const g = read(
      '2016年国务院政府工作报告',
      '现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点。',
      '2016-03-05',
    );
    expect(values(g)).not.toContain('1 百分点');
  });

  it('reads no value from how often a routine recurs (每5年修订1次…目录, 每年调整1次专业)', () => {
    const g = read(
      '国家职业教育改革实施方案',
      '原则上每5年修订1次职业院校专业目录，学校依据目录灵活自主设置专业，每年调整1次专业。',
      '2019-01-24',
    );
    expect(values(g)).toEqual([]);
  });

  it('still reads what each year commits and the time a norm sets (每年培育10个左右, 每年至少1个月)', () => {
    const g = read('山东省人工智能产业集群发展意见', '每年培育10个左右智能制造标杆企业，通过对标辅导和推广应用。', '2019-08-01');
    expect(values(g)).toEqual(['10 个']);
    const h = read(
      '国家职业教育改革实施方案',
      '职业院校、应用型本科高校教师每年至少1个月在企业或实训基地实训，落实教师5年一周期的全员轮训制度。',
      '2019-01-24',
    );
    expect(values(h)).toContain('1 月');
  });
});
