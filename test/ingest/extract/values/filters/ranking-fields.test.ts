import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The Digital China report (test/fixtures/corpus 052) places a city or a field among those ranked: how many were
// ranked says where it stands, it measures nothing.

const values = valuesWithUnit;
const read = (text: string) =>
  buildGraph([doc('052-passage', ['数字中国发展报告（2022年）', '八、数字人才', text].join('\n'), '2023-05-23')]);

describe('the field a ranking is taken over', () => {
  it('reads no value from how many were ranked (在全球193个城市综合排名中位列第10名)', () => {
    expect(values(read('上海在全球193个城市综合排名中位列第10名，城市数字化服务达到国际领先水平。'))).toEqual([]);
  });

  it('reads the graduates and their share, not the 19 fields they are ranked among', () => {
    const g = read('2022年通讯和互联网领域相关专业毕业生人数达159万，占毕业生总数的15%，在全部19个分行业中位列第一。');
    expect(values(g)).toEqual(['1590000 ', '15 %']);
  });
});
