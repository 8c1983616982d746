import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A change on the year before (同比) is the year's, even inside a look back over five years. The passage is
// recalled in part from the State Council's “十三五” national informatization plan (2016; approximate wording).

const TEXT = [
  '“十三五”国家信息化规划',
  '一、发展现状与形势',
  '“十二五”时期，我国信息化发展取得显著成就。2015年，网民数量达到6.88亿，互联网普及率达到50.3%。电子商务交易额达到20.8万亿元，同比增长约27%。',
].join('\n');

describe('a year-on-year change under a five-year look back', () => {
  it('is the last year’s (同比增长约27% → 2015), as the level beside it is', () => {
    const g = buildGraph([doc('informatization-plan', TEXT, '2016-12-15')]);
    expect(at(g, 27)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(at(g, 20.8e12)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });
});
