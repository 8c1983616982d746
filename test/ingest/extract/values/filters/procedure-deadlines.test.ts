import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit as values } from '../../judged-values';

// How long a step of a procedure may take is a rule of the procedure, not a value. The rules below are
// invented, in the wording of a district's implementation rules (实施细则); the kept case is the State
// Council's 2023 work report (test/fixtures/corpus 009).

const read = (title: string, text: string, date: string) => buildGraph([doc('deadlines', [title, text].join('\n'), date)]);

describe('a step of a procedure and its time', () => {
  it('reads no value from 之日起20个工作日内完成审核 or 在30个工作日内完成审核, only the rules’ own target', () => {
    const g = read(
      '关于支持人工智能企业发展的实施细则',
      '第八条　到2025年，全区人工智能产业营业收入力争达到2000亿元。\n第九条　区经济和信息化局在收到申请之日起20个工作日内完成审核。园区管理办公室会同经济发展局在30个工作日内完成审核。',
      '2022-06-01',
    );
    expect(values(g)).toEqual(['200000000000 元']);
  });

  it('reads no value from how long a notice stands (在门户网站公示5个工作日)', () => {
    const g = read(
      '集成电路产业园发展若干政策实施细则',
      '第八条　园区管理办公室完成审核后，在江北新区门户网站公示5个工作日。',
      '2023-03-01',
    );
    expect(values(g)).toEqual([]);
  });

  it('still reads a time an indicator is cut to (企业出口退税办理时间压缩至6个工作日以内)', () => {
    const g = read(
      '2023年国务院政府工作报告',
      '一、过去一年和五年工作回顾\n2022年，企业出口退税办理时间压缩至6个工作日以内。',
      '2023-03-05',
    );
    expect(values(g)).toEqual(['6 工作日']);
  });
});
