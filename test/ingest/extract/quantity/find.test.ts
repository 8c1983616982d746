import { findQuantities, type Quantity } from '../../../../src/ingest/extract/quantity';
import { inSeeds } from './seed-text';

// Sentences quoted from the seeds, and what a reader checks in each: value, unit, bound, qualifier.
type Row = [sentence: string, expected: Partial<Quantity>[]];

const seedRows: Row[] = [
  ['累计开通5G基站4.27万个', [{ raw: '4.27万个', value: 42700, unit: '个', qualifier: '累计' }]],
  ['融合汇聚公共数据总量超2240亿条', [{ raw: '超2240亿条', value: 224000000000, unit: '条', qualifier: '超', comparator: '>=' }]],
  [
    '16家企业完成入表金额超8000万元',
    [
      { value: 16, unit: '家' },
      { value: 80000000, unit: '元', qualifier: '超' },
    ],
  ],
  [
    '力争数字经济核心产业增加值占地区生产总值比重达到12%以上',
    [{ raw: '达到12%以上', value: 12, unit: '%', comparator: '>=', percent: true }],
  ],
  ['新增各类资源总量不少于1000项', [{ raw: '不少于1000项', value: 1000, unit: '项', comparator: '>=', qualifier: '新增' }]],
  ['建设涵盖430余种AI算法', [{ raw: '430余种', value: 430, unit: '种', qualifier: '余' }]],
  ['同比增长超过21%', [{ raw: '超过21%', value: 21, unit: '%', qualifier: '同比', comparator: '>=', percent: true }]],
  ['市内网间时延降至1.88毫秒左右', [{ raw: '降至1.88毫秒左右', value: 1.88, unit: '毫秒', comparator: 'about', qualifier: '约' }]],
  ['场内交易额累计超7700万元', [{ raw: '累计超7700万元', value: 77000000, unit: '元', qualifier: '累计', comparator: '>=' }]],
  ['完成51.07亿条数据资源登记', [{ value: 5107000000, unit: '条' }]],
  ['政务数据共享需求满足率超99.7%', [{ value: 99.7, unit: '%', percent: true, qualifier: '超' }]],
  ['在用标准机架总数超5.7万架', [{ value: 57000, unit: '架' }]],
  ['算力总规模超4100PFlops', [{ raw: '超4100PFlops', value: 4100, unit: 'PFlops' }]],
  ['存力规模超8000PB', [{ value: 8000, unit: 'PB' }]],
  ['为城管、民政等10余个部门', [{ raw: '10余个', value: 10, unit: '个', qualifier: '余', comparator: '>=' }]],
  ['13万余人次在线参与第四届云上城市穿梭赛', [{ raw: '13万余人次', value: 130000, unit: '人次', qualifier: '余' }]],
  [
    '汇聚155类700余万条电子证照数据',
    [
      { value: 155, unit: '类' },
      { raw: '700余万条', value: 7000000, unit: '条', qualifier: '余' },
    ],
  ],
  ['超36万人次体验', [{ value: 360000, unit: '人次', qualifier: '超' }]],
  ['省级示范型“产业大脑”2家', [{ value: 2, unit: '家' }]],
  [
    '新增省级产业大脑建设试点4家、省级示范型“产业大脑”2家',
    [
      { value: 4, qualifier: '新增' },
      { value: 2, qualifier: '新增' },
    ],
  ],
  ['省级数字经济园区总量达10家', [{ raw: '达10家', value: 10, unit: '家', comparator: '=' }]],
  ['打造5个以上多跨融合应用“大场景”', [{ raw: '5个以上', value: 5, unit: '个', comparator: '>=' }]],
  ['力争全市政务服务事项掌上可办率达95%以上', [{ value: 95, unit: '%', comparator: '>=' }]],
  ['居民电子健康档案动态使用率保持80%', [{ value: 80, unit: '%', comparator: '=' }]],
  [
    '加快推进城市“1ms时延圈”建设,累计5G基站数达3.35万个',
    [{ raw: '达3.35万个', value: 33500, unit: '个', comparator: '=', qualifier: '累计' }],
  ],
  ['力争数据中心标准机架数达到4.5万个', [{ value: 45000, unit: '个', comparator: '>=' }]],
  ['力争5G基站数达4.5万个', [{ raw: '达4.5万个', value: 45000, unit: '个', comparator: '>=' }]],
  [
    '力争通用数据中心标准机架数达6.5万架,智能算力占比达35%',
    [
      { value: 65000, unit: '架', comparator: '>=' },
      { value: 35, unit: '%', comparator: '>=' },
    ],
  ],
  ['力争网络零售额达3100亿元', [{ value: 310000000000, unit: '元', comparator: '>=' }]],
  ['由西海岸新区公用事业集团投资16.9亿元建设', [{ value: 1690000000, unit: '元' }]],
  ['管线长度约61.7公里', [{ raw: '约61.7公里', value: 61.7, unit: '公里', comparator: 'about', qualifier: '约' }]],
  ['新增供热面积1400万平方米', [{ value: 14000000, unit: '平方米', qualifier: '新增' }]],
  ['预计每个采暖季可节省燃煤27.7万吨', [{ value: 277000, unit: '吨' }]],
  ['行政村5G覆盖率达95.15%', [{ raw: '达95.15%', value: 95.15, unit: '%', comparator: '=' }]],
  ['视频汇聚31万路', [{ value: 310000, unit: '路' }]],
  ['落库物联感知数据5.7亿余条', [{ raw: '5.7亿余条', value: 570000000, unit: '条', qualifier: '余' }]],
  ['“智慧低空”调度无人机累计飞行1.4万余架次', [{ raw: '1.4万余架次', value: 14000, unit: '架次', qualifier: '累计', comparator: '>=' }]],
  ['全市累计培育数据企业550余家', [{ value: 550, unit: '家', qualifier: '累计' }]],
  ['召开两期“青岛市数据要素市场成果发布会”', [{ raw: '两期', value: 2, unit: '期' }]],
  ['建立资源能力共享清单、申请清单和问题清单三项清单', [{ raw: '三项', value: 3, unit: '项' }]],
  ['数据要素生态等六个提升工程', [{ raw: '六个', value: 6, unit: '个' }]],
  ['建成3个千亿级数字经济产业集群', [{ raw: '3个', value: 3, unit: '个' }]],
  ['年底前打造不少于20个社会化“无证明”应用场景', [{ value: 20, unit: '个', comparator: '>=' }]],
  ['目前已为七十多万游客出行提供了数据支撑', [{ value: 700000, qualifier: '余', unit: undefined }]],
  ['全线减少站务人员85人次', [{ value: 85, unit: '人次' }]],
  [
    '打造100家数字化转型企业标杆、10处以上智慧农业应用基地,培育20家以上场景应用实验室',
    [
      { value: 100, unit: '家' },
      { raw: '10处以上', value: 10, comparator: '>=' },
      { raw: '20家以上', value: 20 },
    ],
  ],
];

const otherRows: Row[] = [
  // The 2022 Digital China report (test/fixtures/corpus 052): data volume in zettabytes, courses counted in 门.
  ['2022年我国数据产量达8.1ZB', [{ value: 8.1, unit: 'ZB' }]],
  ['精品在线开放课程6628门', [{ value: 6628, unit: '门' }]],
  ['三十个', [{ value: 30, unit: '个' }]],
  ['１２３个', [{ raw: '１２３个', value: 123, unit: '个' }]],
  ['累計開通5G基站4.27萬個', [{ raw: '4.27萬個', value: 42700, unit: '个', qualifier: '累计' }]], // traditional
  ['力爭5G基站數達4.5萬個', [{ raw: '達4.5萬個', value: 45000, comparator: '>=' }]],
  ['济南市建设10-20个智慧社区', [{ raw: '10-20个', value: 10, max: 20, unit: '个' }]],
  ['烟台市培育3至5家龙头企业', [{ value: 3, max: 5, unit: '家' }]],
  ['威海市引进三至五家企业', [{ value: 3, max: 5, unit: '家' }]],
  ['资金规模10～20亿元', [{ value: 1000000000, max: 2000000000, unit: '元' }]],
  ['奖补5~10万元', [{ value: 50000, max: 100000, unit: '元' }]],
  ['覆盖1,000个小区', [{ raw: '1,000个', value: 1000 }]],
  ['覆盖率达百分之三十', [{ raw: '达百分之三十', value: 30, unit: '%', percent: true, comparator: '=' }]],
  ['能耗约-5%', [{ raw: '约-5%', value: -5, comparator: 'about', percent: true }]],
  ['能耗同比下降5%', [{ value: 5, qualifier: '同比', percent: true }]], // the verb carries the direction
  ['培育二十余家企业', [{ raw: '二十余家', value: 20, qualifier: '余' }]],
  ['设立十余个专题', [{ value: 10, qualifier: '余' }]],
  ['提高2个百分点', [{ value: 2, unit: '百分点', percent: true }]],
  ['融合汇聚公共数据总量超2240亿', [{ value: 224000000000, unit: undefined, qualifier: '超' }]],
  ['响应时间控制在3秒以内', [{ raw: '控制在3秒以内', value: 3, unit: '秒', comparator: '<=' }]],
  ['单次时延不超过20ms', [{ raw: '不超过20ms', value: 20, unit: 'ms', comparator: '<=' }]],
  ['建成１．５万个基站', [{ value: 15000, unit: '个' }]],
  ['总投资1.2万亿元', [{ value: 1200000000000, unit: '元' }]],
  // Shares written as fractions (real work reports and plans), read as percentages.
  ['缉毒量占自治区年度缉毒总量的1/4', [{ raw: '1/4', value: 25, unit: '%', percent: true }]],
  ['超过四分之三的学校实现无线网络全覆盖', [{ raw: '超过四分之三', value: 75, unit: '%', comparator: '>=' }]],
  ['科技成果转化率超过1/3', [{ value: (1 / 3) * 100, unit: '%' }]],
  ['2019/3/4发布', []], // a date, not a fraction
  ['重污染天数下降超过五成', [{ raw: '超过五成', value: 50, unit: '%', comparator: '>=' }]],
  ['成为全球第二，一成不变', []], // 成 starting a word is no tenth
  // A half in words (State Council work report 2019): a share, with its bound.
  ['货物通关时间压缩一半以上', [{ raw: '一半以上', value: 50, unit: '%', percent: true, comparator: '>=' }]],
  [
    '居民医保人均财政补助标准增加30元，一半用于大病保险',
    [
      { value: 30, unit: '元' },
      { raw: '一半', value: 50, unit: '%' },
    ],
  ],
  ['留给子孙的另一半', []], // the other half is no share
  // A range of rates with the sign at both ends (the same report); a fall so written is two figures.
  ['国内生产总值增长6%－6.5%', [{ raw: '6%－6.5%', value: 6, max: 6.5, unit: '%' }]],
  [
    '关税总水平由9.8%至7.5%',
    [
      { raw: '9.8%', value: 9.8, unit: '%' },
      { raw: '7.5%', value: 7.5, unit: '%' },
    ],
  ],
  // Technical measures of a plan's product targets.
  [
    '信噪比达到70dB、声学过载点达到135dB',
    [
      { value: 70, unit: 'dB' },
      { value: 135, unit: 'dB' },
    ],
  ],
  ['绝对精度100Pa以内', [{ value: 100, unit: 'Pa', comparator: '<=' }]],
  ['连续工作时间大于240h', [{ value: 240, unit: 'h' }]],
];

function check([sentence, expected]: Row): void {
  const found = findQuantities(sentence);
  expect(found.map((q) => q.raw)).toHaveLength(expected.length);
  found.forEach((q, k) => {
    const { unit, ...rest } = expected[k];
    expect(q).toMatchObject(rest);
    if ('unit' in expected[k]) expect(q.unit).toBe(unit); // undefined: a bare count
    expect(sentence.slice(q.start, q.end)).toBe(q.raw);
  });
}

describe('findQuantities on seed sentences', () => {
  it.each(seedRows)('%s', (sentence, expected) => {
    expect(inSeeds(sentence)).toBe(true);
    check([sentence, expected]);
  });
});

describe('findQuantities on other writings of the same genre', () => {
  it.each(otherRows)('%s', (sentence, expected) => check([sentence, expected]));
});
