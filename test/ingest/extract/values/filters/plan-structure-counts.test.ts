import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// Jinan's interpretation of its 14th five-year digital plan (test/fixtures/corpus 035) explains the plan's own
// indicator system: how many indicators of which kinds it sets is the plan's structure, as its task count is. A
// target an indicator sets stays a value.

const values = valuesWithUnit;
const read = (text: string) =>
  buildGraph([doc('035-passage', ['济南市“十四五”数字济南建设规划解读', '（二）发展目标', text].join('\n'), '2021-12-01')]);

describe('a count of the indicators a plan sets itself', () => {
  it('reads no value from the counts of the indicator system (提出了4类共25项指标…又增设了10项…指标)', () => {
    const g = read(
      '兼顾规模与速度，设置了济南市“十四五”加快数字化高质量发展指标体系，提出了4类共25项指标，既涵盖了数字强省规划15项指标，又增设了10项体现济南特色的指标。',
    );
    expect(values(g)).toEqual([]);
  });

  it('still reads what an indicator commits (高出2个百分点以上)', () => {
    expect(values(read('关键指标均比省定目标高出2个百分点以上。'))).toEqual(['2 百分点']);
  });
});
