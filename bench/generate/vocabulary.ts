// The genre's vocabulary, invented for the benchmark corpus: place-name syllables, indicators
// with their units and magnitudes, platform and agency name patterns, wording pools. It reads
// like a dictionary of the genre; none of it is a sentence taken from the seed documents.

/** Syllables recombined into invented city (市) and province (省) names. */
export const CITY_FIRST = [
  '临',
  '澜',
  '云',
  '鹤',
  '松',
  '枫',
  '泉',
  '岚',
  '榆',
  '桐',
  '柏',
  '湄',
  '沧',
  '溪',
  '苍',
  '昭',
  '沂',
  '泓',
  '瑞',
  '汀',
];
export const CITY_SECOND = ['川', '州', '阳', '城', '安', '港', '江', '平', '原', '山', '口', '陵'];
export const CITY_THIRD = ['东', '西', '南', '北'];
export const PROVINCES = ['海岱省', '江淮省', '燕北省', '云岭省', '湘楚省', '闽越省', '河朔省', '秦川省'];

export type Domain = '数字经济' | '数字政府' | '数字社会' | '数字文化' | '数字生态文明' | '数据基础设施' | '数据要素' | '综合保障';
export const DOMAINS: readonly Domain[] = [
  '数字经济',
  '数字政府',
  '数字社会',
  '数字文化',
  '数字生态文明',
  '数据基础设施',
  '数据要素',
  '综合保障',
];

/**
 * A measurable quantity (指标). `object` is what a report counts (开通5G基站…个), `verbs` how it
 * is reported, `min..max` the plausible base-year magnitude, `growth` the yearly factor.
 */
export interface IndicatorWord {
  name: string;
  object: string;
  unit: string;
  verbs: readonly string[];
  domain: Domain;
  min: number;
  max: number;
  growth: number;
  percent?: boolean;
}
export const INDICATORS: readonly IndicatorWord[] = [
  { name: '5G基站数', object: '5G基站', unit: '个', verbs: ['开通', '建成'], domain: '数据基础设施', min: 8000, max: 30000, growth: 1.18 },
  {
    name: '数据中心机架数',
    object: '标准机架',
    unit: '架',
    verbs: ['建成', '投运'],
    domain: '数据基础设施',
    min: 6000,
    max: 40000,
    growth: 1.15,
  },
  {
    name: '千兆光网用户数',
    object: '千兆光网用户',
    unit: '户',
    verbs: ['发展', '新增'],
    domain: '数据基础设施',
    min: 150000,
    max: 1500000,
    growth: 1.22,
  },
  {
    name: '智能算力规模',
    object: '智能算力',
    unit: 'PFlops',
    verbs: ['形成', '部署'],
    domain: '数据基础设施',
    min: 150,
    max: 3000,
    growth: 1.4,
  },
  {
    name: '工业互联网平台数',
    object: '工业互联网平台',
    unit: '个',
    verbs: ['培育', '认定'],
    domain: '数字经济',
    min: 4,
    max: 20,
    growth: 1.12,
  },
  {
    name: '智能工厂数',
    object: '智能工厂和数字化车间',
    unit: '个',
    verbs: ['建成', '认定'],
    domain: '数字经济',
    min: 40,
    max: 300,
    growth: 1.2,
  },
  { name: '网络零售额', object: '网络零售额', unit: '元', verbs: ['实现'], domain: '数字经济', min: 3e10, max: 2e11, growth: 1.09 },
  {
    name: '数字化转型企业数',
    object: '规上工业企业数字化改造',
    unit: '家',
    verbs: ['完成'],
    domain: '数字经济',
    min: 200,
    max: 1500,
    growth: 1.25,
  },
  {
    name: '公共数据汇聚量',
    object: '公共数据',
    unit: '条',
    verbs: ['汇聚', '归集'],
    domain: '数据要素',
    min: 5e9,
    max: 9e10,
    growth: 1.35,
  },
  {
    name: '高质量数据集数',
    object: '高质量数据集',
    unit: '个',
    verbs: ['形成', '发布'],
    domain: '数据要素',
    min: 20,
    max: 200,
    growth: 1.3,
  },
  { name: '数据企业数', object: '数据企业', unit: '家', verbs: ['培育', '引进'], domain: '数据要素', min: 60, max: 400, growth: 1.2 },
  { name: '数据产品数', object: '数据产品', unit: '个', verbs: ['上架', '发布'], domain: '数据要素', min: 30, max: 300, growth: 1.3 },
  {
    name: '场内数据交易额',
    object: '场内数据交易额',
    unit: '元',
    verbs: ['实现', '达成'],
    domain: '数据要素',
    min: 5e6,
    max: 2e8,
    growth: 1.5,
  },
  { name: '电子证照数', object: '电子证照', unit: '条', verbs: ['归集', '汇聚'], domain: '数字政府', min: 1e6, max: 2e7, growth: 1.2 },
  {
    name: '无证明应用场景数',
    object: '无证明应用场景',
    unit: '个',
    verbs: ['推出', '上线'],
    domain: '数字政府',
    min: 10,
    max: 80,
    growth: 1.25,
  },
  {
    name: '政务服务事项网上可办率',
    object: '政务服务事项网上可办率',
    unit: '%',
    verbs: ['达到'],
    domain: '数字政府',
    min: 82,
    max: 95,
    growth: 1.5,
    percent: true,
  },
  {
    name: '电子健康档案使用率',
    object: '电子健康档案调阅率',
    unit: '%',
    verbs: ['达到'],
    domain: '数字社会',
    min: 50,
    max: 75,
    growth: 3,
    percent: true,
  },
  {
    name: '智慧教育示范校数',
    object: '智慧教育示范校',
    unit: '所',
    verbs: ['建成', '认定'],
    domain: '数字社会',
    min: 10,
    max: 60,
    growth: 1.2,
  },
  { name: '数字文化场馆数', object: '智慧场馆', unit: '个', verbs: ['建成', '改造'], domain: '数字文化', min: 5, max: 40, growth: 1.2 },
  { name: '无废细胞数', object: '无废细胞', unit: '个', verbs: ['建成', '创建'], domain: '数字生态文明', min: 100, max: 600, growth: 1.3 },
  {
    name: '数字经济核心产业占比',
    object: '数字经济核心产业增加值占比',
    unit: '%',
    verbs: ['达到'],
    domain: '数字经济',
    min: 6,
    max: 11,
    growth: 0.8,
    percent: true,
  },
];

/** Platform (平台) name patterns; {c} is the city's name, {p} the province's first syllable. */
export const PLATFORM_PATTERNS: readonly { pattern: string; domain: Domain }[] = [
  { pattern: '{c}城市云脑', domain: '数字政府' },
  { pattern: '{c}一网通办平台', domain: '数字政府' },
  { pattern: '爱{p}', domain: '数字政府' },
  { pattern: '{c}政务大模型', domain: '数字政府' },
  { pattern: '{c}算力调度服务平台', domain: '数据基础设施' },
  { pattern: '{c}感知一张网', domain: '数据基础设施' },
  { pattern: '{c}公共数据运营平台', domain: '数据要素' },
  { pattern: '{c}大数据交易中心', domain: '数据要素' },
  { pattern: '{c}数据要素产业园', domain: '数据要素' },
  { pattern: '{c}工业互联网赋能平台', domain: '数字经济' },
  { pattern: '{c}健康云', domain: '数字社会' },
  { pattern: '{c}一码通', domain: '数字社会' },
  { pattern: '{c}文旅元宇宙平台', domain: '数字文化' },
  { pattern: '{c}碳普惠平台', domain: '数字生态文明' },
  { pattern: '{c}生态环境一张图', domain: '数字生态文明' },
];

/** Municipal agencies (市级部门) by the domain they usually lead. */
export const AGENCIES: Readonly<Record<Domain, readonly string[]>> = {
  数字经济: ['市工业和信息化局', '市发展改革委', '市商务局', '市农业农村局'],
  数字政府: ['市大数据局', '市政务服务管理办公室', '市委网信办'],
  数字社会: ['市卫生健康委', '市教育局', '市民政局', '市人力资源社会保障局'],
  数字文化: ['市文化和旅游局', '市委宣传部'],
  数字生态文明: ['市生态环境局', '市水务管理局', '市自然资源和规划局'],
  数据基础设施: ['市通信管理局', '市大数据局', '市发展改革委'],
  数据要素: ['市大数据局', '市财政局', '市市场监管局'],
  综合保障: ['市大数据局', '市财政局', '市委编办'],
};

/** Engineering project (工程) name parts: 实施{domain}{suffix}工程. */
export const PROJECT_SUFFIXES = ['提效', '跃升', '夯基', '赋能', '攻坚', '倍增', '领航', '强基', '焕新', '融合'];

/** Higher plans an annual plan says it carries out (贯彻落实《…》). */
export const NATIONAL_PLANS = [
  '国家信息化发展纲要',
  '“十四五”数字经济发展规划',
  '全国一体化政务大数据体系建设指南',
  '数字乡村发展行动计划',
];
export const PROVINCIAL_PLAN_PATTERNS = ['{P}数字化发展“十四五”规划', '{P}数字强省三年行动计划', '{P}数据要素市场化配置改革方案'];

/** Wording pools, each a small set of interchangeable phrases of the genre. */
export const WORDS = {
  push: ['加快推进', '统筹推进', '深入实施', '持续深化', '全面推动', '有序开展', '大力推进', '着力提升'],
  strive: ['力争', '确保', '推动', '争取'],
  steady: ['稳步推进', '持续提升', '不断夯实', '成效明显', '加快发展', '提档升级'],
  effect: [
    '提升跨部门协同水平',
    '形成一批可复制推广的经验',
    '增强基层治理能力',
    '降低企业办事成本',
    '推动应用场景规模化落地',
    '完善长效运营机制',
  ],
  fields: [
    '交通出行',
    '医疗健康',
    '港口航运',
    '养老服务',
    '市场监管',
    '文化旅游',
    '智能制造',
    '现代农业',
    '城市管理',
    '应急救援',
    '生态环保',
    '教育培训',
  ],
  themes: ['人工智能+', '数据要素×', '数实融合', '全域数字化转型', '智慧城市', '数字孪生'],
  topics: {
    数字经济: ['产业数字化转型', '数字产业集群培育', '工业互联网平台建设', '中小企业数字化改造', '数字贸易发展'],
    数字政府: ['一网通办改革', '一网统管建设', '数字机关建设', '政务大模型应用', '无证明城市建设'],
    数字社会: ['智慧医疗服务', '智慧教育普及', '数字乡村建设', '智慧社区改造', '适老化数字服务'],
    数字文化: ['文化数字化工程', '智慧图书馆建设', '文博场馆数字化', '数字创意产业培育'],
    数字生态文明: ['无废城市数字化', '城市生命线监测', '绿色低碳转型', '水务智慧化管理'],
    数据基础设施: ['城市算力网建设', '千兆光网部署', '国际通信出入口建设', '感知体系建设'],
    数据要素: ['公共数据授权运营', '数据资产入表', '数据交易市场培育', '数据产业园建设'],
    综合保障: ['统筹协调机制', '资金项目管理', '网络数据安全', '数字人才培养'],
  } as Readonly<Record<Domain, readonly string[]>>,
};
