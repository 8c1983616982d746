import { namesRead } from '../names-read';

// A platform name neither starts nor ends inside a word (issue #11): 系统 in 系统性 or 生态系统 is
// no platform's ending, and a boundary word must not cut 在线 (在|线政务服务平台). Quoted from the
// tune documents of test/fixtures/corpus.

const platforms = (text: string) => namesRead('Platform', text);

describe('platform words inside ordinary words', () => {
  it('reads nothing from 不发生系统性风险 (005, 006)', () => {
    expect(platforms('规范金融市场秩序，防范化解重点领域风险，守住了不发生系统性风险的底线，维护了国家经济金融安全。')).toEqual([]);
    expect(platforms('我国财政金融体系总体稳健，可运用的政策工具多，我们有能力守住不发生系统性风险的底线。')).toEqual([]);
  });

  it('reads no platform from an ecosystem (005 生态系统, 007 重要生态系统)', () => {
    expect(platforms('加强生态系统保护和修复，全面划定并严守生态保护红线，完成造林1亿亩以上。')).toEqual([]);
    expect(platforms('长江、黄河、海岸带等重要生态系统保护和修复重大工程深入实施，生态建设得到加强。')).toEqual([]);
  });

  it('reads no 服务中心 from 围绕服务中心城, the central city (013)', () => {
    expect(platforms('围绕服务中心城，制定蔬菜产业发展规划。')).toEqual([]);
  });
});

describe('a name is not cut inside a word', () => {
  it('reads 一体化在线政务服务平台, not 线政务服务平台 (023)', () => {
    const read = platforms('整合面向社会服务的政务信息系统，推进一体化在线政务服务平台建设，初步形成全省统一的政务服务支撑体系。');
    expect(read).toContain('一体化在线政务服务平台');
    expect(read).not.toContain('线政务服务平台');
  });

  it('reads the platform after the scope 全国 of a category (006)', () => {
    const read = platforms('推行网上审批和服务，抓紧建成全国一体化在线政务服务平台，加快实现一网通办、异地可办。');
    expect(read).toEqual(['一体化在线政务服务平台']);
  });

  it('reads 集成化工业软件平台 whole, not 化工业软件平台 (039)', () => {
    expect(platforms('研制面向新型智能终端、智能装备等的集成化工业软件平台。')).toEqual(['集成化工业软件平台']);
  });

  it('takes 全国…系统 for a sector, not a platform (052)', () => {
    expect(platforms('全国体育系统举办全民健身线上运动会。')).toEqual([]);
  });
});

describe('verbs and determiners before a platform word end the phrase', () => {
  it.each([
    ['044', '2.着力做强创新平台。'],
    ['058', '推动电子商务与快递物流协同发展，指导电商平台与快递企业加强业务对接和数据共享。'],
    ['071', '（二）与上级交通运输主管部门相关信息系统的关系。'],
    ['052', '处置账号680余万个，下架APP、小程序2890余款。'],
  ])('%s: %s reads no platform', (_doc, text) => {
    expect(platforms(text)).toEqual([]);
  });

  it('reads 药品追溯系统 after 不同 (070)', () => {
    expect(platforms('辅助实现不同药品追溯系统互联互通。')).toEqual(['药品追溯系统']);
  });
});
