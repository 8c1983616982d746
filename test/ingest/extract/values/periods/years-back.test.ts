import { buildGraph } from '../../../../../src/ingest';
import { loadLexicon } from '../../../../../src/ingest/lexicon';
import { segment } from '../../../../../src/ingest/segment';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Results dated by how far back their sentence reaches from when the document speaks, in forms the tune reports
// write rarely or not at all: since a party congress (党的十八大以来), ten years back written as a lead (十年来，),
// N years with 间 (五年间), the year before last (前年, 上年末). The passages are the State Council's reports (005,
// 009, 003) with the one look-back word changed, as each test says; spans end the year before the report speaks,
// as 过去五年 does in the gold (009: 十年 → 2013-2022).

const REPORT_2018 = (lead: string) =>
  [
    '政府工作报告',
    '——2018年3月5日在第十三届全国人民代表大会第一次会议上',
    `${lead}国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右。`,
  ].join('\n');

describe('a look back from a party congress (005’s 五年来 written as 党的十八大以来)', () => {
  const g = buildGraph([doc('005-passage', REPORT_2018('党的十八大以来，'), '2018-03-05')]);

  it('reads the level a change starts from as the congress’s year, and the level reached as the year before the report', () => {
    expect(at(g, 54000000000000)).toEqual([{ kind: 'ACTUAL', period: '2012' }]);
    expect(at(g, 82700000000000)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
  });

  it('reads an average over it as the years from the one after the congress', () => {
    expect(at(g, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2013-2017' }]);
  });

  it('counts 党的十九大以来 from 2018', () => {
    const later = buildGraph([doc('005-passage', REPORT_2018('党的十九大以来，').replace(/2018年3月5日/, '2021年3月5日'), '2021-03-05')]);
    expect(at(later, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2018-2020' }]);
  });
});

describe('ten and N years back written as a lead', () => {
  // 009: 十年来我国居民消费价格涨幅稳定在2%左右 (the gold: 2013-2022), its lead set off by a comma.
  it('reads 十年来， as the ten years before the report', () => {
    const text =
      '政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n加强市场监管，维护正常价格秩序。十年来，我国居民消费价格涨幅稳定在2%左右的较低水平。';
    expect(at(buildGraph([doc('009-passage', text, '2023-03-05')]), 2)).toEqual([{ kind: 'ACTUAL', period: '2013-2022' }]);
  });

  it('reads 五年间 as 五年来 (005’s lead so written)', () => {
    expect(at(buildGraph([doc('005-passage', REPORT_2018('五年间，'), '2018-03-05')]), 7.1)).toEqual([
      { kind: 'ACTUAL', period: '2013-2017' },
    ]);
  });

  it('reads 这十年 and 过去的五年 as 十年来 and 五年来 (005’s lead so written)', () => {
    expect(at(buildGraph([doc('005-passage', REPORT_2018('这十年，'), '2018-03-05')]), 7.1)).toEqual([
      { kind: 'ACTUAL', period: '2008-2017' },
    ]);
    expect(at(buildGraph([doc('005-passage', REPORT_2018('过去的五年，'), '2018-03-05')]), 7.1)).toEqual([
      { kind: 'ACTUAL', period: '2013-2017' },
    ]);
  });

  it('leaves 二十年来 and a nearer 近三年 to their own reading', () => {
    const text = '政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n十年来，特别是近三年淘汰落后炼钢炼铁产能9000多万吨。';
    expect(at(buildGraph([doc('003-passage', text, '2016-03-05')]), 90000000)).toEqual([{ kind: 'ACTUAL', period: '2013-2015' }]);
  });
});

describe('the year before last and the end of the year before', () => {
  // 003: 去年末居民储蓄存款余额增长8.5%, with 去年末 changed.
  const REPORT_2016 = (when: string) =>
    `政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n全国居民人均可支配收入实际增长7.4%，快于经济增速。${when}居民储蓄存款余额增长8.5%，新增4万多亿元。`;

  it('reads 前年末 as two years before the report', () => {
    expect(at(buildGraph([doc('003-passage', REPORT_2016('前年末'), '2016-03-05')]), 8.5)).toEqual([{ kind: 'ACTUAL', period: '2014' }]);
  });

  it('reads 上年末 as the year before, as 去年末', () => {
    expect(at(buildGraph([doc('003-passage', REPORT_2016('上年末'), '2016-03-05')]), 8.5)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('reads 上一年度 as the year before', () => {
    expect(at(buildGraph([doc('003-passage', REPORT_2016('上一年度'), '2016-03-05')]), 8.5)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('takes 比前年 as the base compared with, not the period', () => {
    expect(at(buildGraph([doc('003-passage', REPORT_2016('去年末比前年末'), '2016-03-05')]), 8.5)).toEqual([
      { kind: 'ACTUAL', period: '2015' },
    ]);
  });
});

describe('a report to the standing committee on a year already over', () => {
  // No tune document is of this genre (国务院关于…情况的报告 with its dateline as a subtitle); the figures are
  // 052's, the layout as the State Council's reports to the NPC standing committee are printed.
  const REPORT = [
    '国务院关于2021年度数字中国建设情况的报告',
    '——2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上',
    '全国人民代表大会常务委员会：',
    '全国一体化政务服务平台实名用户超过10亿人。今年以来，累计建成国家绿色数据中心153家。年初以来，新增国家级互联网医院410家。今年上半年，数字经济核心产业增加值同比增长9.2%。截止到2022年8月，全国设置超过2700家互联网医院。截至2021年12月底，全国在用数据中心机架总规模超过520万标准机架。',
  ].join('\n');
  const g = buildGraph([doc('report', REPORT, '2022-10-28')]);

  it('takes its title from the title line, not the dateline under it', async () => {
    const seg = segment(doc('report', REPORT, '2022-10-28'), await loadLexicon());
    expect(seg.title).toBe('国务院关于2021年度数字中国建设情况的报告');
  });

  it('dates an undated figure by the year its title reports', () => {
    expect(at(g, 1000000000)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });

  it('reads 今年以来 and 今年上半年 in the year it is delivered', () => {
    expect(at(g, 153)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 410)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 9.2)).toEqual([{ kind: 'ACTUAL', period: '2022H1' }]);
  });

  it('reads 截止到…年8月 as of that month, a result, not a horizon', () => {
    expect(at(g, 2700)).toEqual([{ kind: 'ACTUAL', period: '2022-08' }]);
  });

  it('reads 截至…12月底 as of the year’s end, the year', () => {
    expect(at(g, 5200000)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });
});

describe('a look back from a year written (005’s 五年来 written as 2013年以来)', () => {
  // In a report delivered in 2018, 2013年以来 names the five years 五年来 names there (the gold: 2013-2017).
  it('reads it as the years from it to the one before the report, as 五年来 is', () => {
    for (const lead of ['2013年以来，', '自2013年以来，', '2013年至今，']) {
      const g = buildGraph([doc('005-passage', REPORT_2018(lead), '2018-03-05')]);
      expect(at(g, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2013-2017' }]);
      expect(at(g, 54000000000000)).toEqual([{ kind: 'ACTUAL', period: '2012' }]);
      expect(at(g, 82700000000000)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
    }
  });

  it('reads since a five-year period (“十二五”以来) the same way, on past the period’s own end', () => {
    const g = buildGraph([doc('005-passage', REPORT_2018('“十二五”以来，'), '2018-03-05')]);
    expect(at(g, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2011-2017' }]);
  });

  it('leaves a figure a later word dates (2013年以来新增的涉税市场主体去年纳税达到…) to that word', () => {
    // 008 (2022), quoted as written; the gold reads the tax paid as 2021's.
    const text = [
      '政府工作报告',
      '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
      '实践表明，减税降费是助企纾困直接有效的办法，实际上也是“放水养鱼”、涵养税源，2013年以来新增的涉税市场主体去年纳税达到4.76万亿元。',
    ].join('\n');
    expect(at(buildGraph([doc('008-passage', text, '2022-03-05')]), 4760000000000)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });
});

describe('a look back from a year written, in a text that does not date when it speaks', () => {
  it('leaves a running total since the year as of the document (seed 002: 2021年以来，…已累计推出96个…)', () => {
    // Seed 002, a feature with no dateline (its year from the event it reports), quoted as written; the seed gold
    // reads the 96 as 2024's.
    const text = [
      '“数字青岛”领跑智慧城市新纪元',
      '8月7日至8日,青岛早报记者随着2024山东数字强省宣传月融媒体行青岛站的脚步再度见证“数字青岛”。',
      '2021年以来,青岛将分散在各级各部门的“单个事项”“单个场景”通过数字化集成,每年推出12个政务服务“一件事”和12个城市运行“一个场景”(简称“双12”),已累计推出96个惠企利民、优政兴业的数字化标杆应用。',
    ].join('\n');
    expect(at(buildGraph([doc('002-passage', text)]), 96)).toEqual([{ kind: 'ACTUAL', period: '2024' }]);
  });
});
