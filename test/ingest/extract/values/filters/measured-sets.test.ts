import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// A figure opening its clause that names the set a change of the clause is summed over, or the distance a rate
// is measured at (test/fixtures/corpus 001, 004, 064): the change or the rate is the value, not the set.

const values = valuesWithUnit;
const read = (title: string, heading: string, text: string, date: string) =>
  buildGraph([doc('sets', [title, heading, text].join('\n'), date)]);

describe('the set or condition of a measure', () => {
  it('reads only the change, not the set it is summed over (31个省份本级公务接待费减少26%)', () => {
    const g = read(
      '2014年国务院政府工作报告',
      '一、2013年工作回顾',
      '中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。',
      '2014-03-05',
    );
    expect(values(g)).toEqual(['-35 %', '-26 %']);
  });

  it('reads past a note in the noun (74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%)', () => {
    const g = read(
      '2017年国务院政府工作报告',
      '一、2016年工作回顾',
      '强化大气污染治理，74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。',
      '2017-03-05',
    );
    expect(values(g)).toEqual(['-9.1 %']);
  });

  it('reads only the rate, not the distance it is measured at (5米远场识别率超过92%)', () => {
    const g = read(
      '促进新一代人工智能产业发展三年行动计划（2018-2020年）',
      '（二）重点任务',
      '到2020年，实现多场景下中文语音识别平均准确率达到96%，5米远场识别率超过92%，用户对话意图识别准确率超过90%。',
      '2017-12-13',
    );
    expect(values(g)).toEqual(['96 %', '92 %', '90 %']);
  });

  it('still reads a count its clause measures nothing else of (已覆盖全国31个省份)', () => {
    const g = read(
      '数字中国发展报告（2022年）',
      '（二）数字健康服务资源加速扩容下沉',
      '远程医疗服务平台已覆盖全国31个省份及新疆生产建设兵团。',
      '2023-05-23',
    );
    expect(values(g)).toEqual(['31 个']);
  });
});
