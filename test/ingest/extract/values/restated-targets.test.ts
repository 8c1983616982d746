import { fixtureReport, judgedIn } from '../judged-values';
import { CORPUS_DIR } from '../../corpus/corpus-fixture';

// A work report sets its growth target in its list of 主要预期目标, then explains it in a later
// sentence that restates the figure (经济增长预期目标为5%左右, 今年预期目标设定为6%以上): one
// target, not two; a figure named by its quantity is kept even when its number repeats.

describe('a target restated by a later sentence', () => {
  const y2024 = fixtureReport(CORPUS_DIR, '010_cn-state-council-gwr-2024.txt');
  const y2021 = fixtureReport(CORPUS_DIR, '007_cn-state-council-gwr-2021.txt');

  it('is read once, where it is set', () => {
    expect(judgedIn(y2024, '今年发展主要预期目标是：国内生产总值增长5%左右')).toEqual(['5 TARGET 2024']);
    expect(judgedIn(y2024, '经济增长预期目标为5%左右')).toEqual([]);
    expect(judgedIn(y2021, '今年发展主要预期目标是：国内生产总值增长6%以上')).toEqual(['6 TARGET 2021']);
    expect(judgedIn(y2021, '今年预期目标设定\n\n为6%以上')).toEqual([]);
  });

  it('keeps a repeated figure that names its own quantity', () => {
    expect(judgedIn(y2021, '城镇调查失业率5.5%左右')).toEqual(['5.5 TARGET 2021']);
    expect(judgedIn(y2021, '居民消费价格涨幅3%左右')).toEqual(['3 TARGET 2021']);
    expect(judgedIn(y2021, '单位国内生产总值能耗降低3%左右')).toEqual(['-3 TARGET 2021']);
  });
});
