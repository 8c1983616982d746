import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A change written without years after one its sentence dates runs over the same years. Quoted
// from Hailar district's 2016 work report (test/fixtures/corpus 016, its “十二五” review), read here
// without the look-back heading and lead that date it in the report, as a report on the decade would
// write it with no five-year lead; and from the 2022 Digital China report (052) for a dated level
// after 至.

const HAILAR_2016_FINANCE =
  '地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%；公共财政预算收入由2010年的5.24亿元增加到2015年的15.07亿元，年均增长23.53%；公共预算支出由11.66亿元增加到29.33亿元，年均增长20.26%。';

// 052, as printed (its lines break inside sentences).
const DIGITAL_CHINA_2022 =
  '智慧法院服务能力覆盖100%高院中\n院和97%基层法院，全国法院电子诉讼占比从2021年的24%\n提升至2022年的28%，全国统一司法区块链平台累计完成\n28.9 亿条数据上链存证固证。';

describe('a change that shares the years of the dated change before it', () => {
  const g = buildGraph([doc('hailar-2016-finance', HAILAR_2016_FINANCE, '2016-02-19')]);

  it('dates the undated change of the third ；-item from 2010 to 2015, as the items before it', () => {
    expect(at(g, 1166000000)).toEqual([{ kind: 'ACTUAL', period: '2010' }]);
    expect(at(g, 2933000000)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('reads its yearly average over the years of the change, 2011–2015', () => {
    expect(at(g, 20.26)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });

  it('leaves the dated changes as their own years date them', () => {
    expect(at(g, 524000000)).toEqual([{ kind: 'ACTUAL', period: '2010' }]);
    expect(at(g, 1507000000)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(at(g, 23.53)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });
});

describe('a level dated after 至 (提升至2022年的28%)', () => {
  const g = buildGraph([doc('digital-china-2022', DIGITAL_CHINA_2022, '2023-07-15')]);

  it('is that year’s result, not a goal due then', () => {
    expect(at(g, 28)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 24)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });
});
