import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The State Council's work reports (test/fixtures/corpus 005, 007) name the nation's whole people to weigh a
// task (保障好14亿人的粮食安全; 13亿多人口的大国): no value. A coverage of that size is still one.

const values = valuesWithUnit;
const read = (title: string, heading: string, text: string, date: string) =>
  buildGraph([doc('nation', [title, heading, text].join('\n'), date)]);

describe("the nation's people named in passing", () => {
  it('reads no value from the people whose grain is secured (保障好14亿人的粮食安全)', () => {
    const g = read(
      '2021年国务院政府工作报告',
      '三、2021年重点工作',
      '解决好吃饭问题始终是头等大事，我们一定要下力气也完全有能力保障好14亿人的粮食安全。',
      '2021-03-05',
    );
    expect(values(g)).toEqual([]);
  });

  it('reads the jobs, not the nation (城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业)', () => {
    const g = read(
      '2018年国务院政府工作报告',
      '一、过去五年工作回顾',
      '城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。',
      '2018-03-05',
    );
    expect(values(g)).toEqual(['66000000 人']);
  });

  it('still reads a coverage of that size (基本医疗保险覆盖13.5亿人)', () => {
    const g = read('2018年国务院政府工作报告', '一、过去五年工作回顾', '社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人。', '2018-03-05');
    expect(values(g)).toEqual(['900000000 人', '1350000000 人']);
  });
});
