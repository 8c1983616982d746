import { findQuantities } from '../../../../src/ingest/extract/quantity';
import { inSeeds } from './seed-text';

// Numbers that are not quantities: dates, ordinals, codes, versions, names. Each row is a
// stretch of seed text (or, where marked, of the same genre) in which nothing must be found.
const seedNegatives: string[] = [
  '2024年,为深入贯彻落实',
  '发布日期 2025-05-16',
  '早报3月20日讯',
  '8月7日至8日,青岛早报记者',
  '数据要素生态指数列全国第6位',
  '我市进入中国数字城市竞争力百强榜第一梯队',
  '第10次打破自动化码头装卸效率世界纪录',
  '发布首批高质量数据共享开放清单',
  '联系电话:85912190',
  '发文字号 青政办字【2025】21号',
  '索引号 2550716569517869874',
  '建成“城市云脑2.0”',
  '我市持续实施“数字青岛2.0”工程',
  '加快发展第五代固定网络(5G),推动万兆无源光网络(10G-PON)规模部署',
  '建成公共信用信息“1+N”目录体系',
  '聚焦“10+1”创新型产业布局',
  '加快推进城市“1ms时延圈”建设',
  '推进双千兆和城市“1毫秒时延圈”建设',
  '开通的6号线',
  '在全国率先打造“双12”民生服务品牌',
  '推进六大创新工程',
  '深入落实数字产业化“十大工程”',
  '卡奥斯打造首个千亿级工业互联网品牌',
  '《数字青岛2023年行动方案》发布',
  '《数字青岛发展规划(2023—2025年)》',
  '组织编写数字青岛“十四五”白皮书',
  '推动5G-A和F5G-A试点部署及应用',
  '“最少跑4趟”变为“一次办好”',
  '打造“民政待遇资格无感认证服务一件事”',
  '确立“1+2+N”的大模型统筹建设模式',
  '应用场景建设指引(1.0)',
  '位居全国第九位',
  '被列为全国第二批数字人民币试点地区',
  '打造全国首个城市级3D元宇宙文旅体验平台',
  '我市连续四年在全国数字经济百强市中排名全省首位,全国第13位',
  '在2023中国国际大数据产业博览会、第七届数字中国建设峰会',
  '分别位列第4位、第7位',
  '(2025-2027年)',
];

const genreNegatives: string[] = [
  '累计5G基站数达3.35万万个', // malformed multiplier: no bogus value
  '服务千家万户',
  '坚持四位一体',
  '建设元宇宙场景',
  '二〇二五年',
  '版本1.2.3发布',
  'PM2.5浓度下降',
];

describe('not quantities', () => {
  it.each(seedNegatives)('seed: %s', (text) => {
    expect(inSeeds(text)).toBe(true);
    expect(findQuantities(text).map((q) => q.raw)).toEqual([]);
  });
  it.each(genreNegatives)('genre: %s', (text) => {
    expect(findQuantities(text).map((q) => q.raw)).toEqual([]);
  });
});
