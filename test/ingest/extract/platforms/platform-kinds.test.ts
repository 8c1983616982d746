import { namesRead } from '../names-read';

// A kind word alone names no platform (issue #11): 公共服务平台, 实训基地, 操作系统 and the like,
// also after qualifiers that name nothing (重大科技创新平台, 国产操作系统). Quoted from the tune
// documents of test/fixtures/corpus; a kind with a place, an owner or a field before it is still read.

const platforms = (text: string) => namesRead('Platform', text);

describe('bare kinds are not platforms', () => {
  it.each([
    ['022', '建设集导游、导览、导航、导购等功能为一体的公共服务平台。', '公共服务平台'],
    ['008', '继续开展大规模职业技能培训，共建共享一批公共实训基地。', '实训基地'],
    ['017', '加快创业创新服务中心、创业园区、孵化基地建设,拓宽群众就业空间和增收渠道。', '孵化基地'],
    ['044', '大力支持企业参与以自主可控芯片、操作系统为核心的国产生态建设。', '操作系统'],
    ['001', '深入实施区域发展总体战略，优先推进西部大开发，全面振兴东北地区等老工业基地，大力促进中部地区崛起。', '老工业基地'],
    ['023', '整合面向社会服务的政务信息系统，推进一体化在线政务服务平台建设。', '政务信息系统'],
  ])('%s: %s reads no %s', (_doc, text, kind) => {
    expect(platforms(text)).not.toContain(kind);
  });

  it('takes 政府 and 政务 for qualifiers: 政府信息系统 is a kind (004)', () => {
    expect(platforms('加快国务院部门和地方政府信息系统互联互通，形成全国统一政务服务平台。')).not.toContain('政府信息系统');
  });

  it('reads no kind after qualifiers that name nothing (037 重大科技创新平台, 046 国产操作系统)', () => {
    expect(platforms('争取到2025年建成10家具有较强影响力的重大科技创新平台。')).toEqual([]);
    expect(platforms('开展大模型与国产操作系统、智能硬件适配性研发。')).toEqual([]);
  });

  it('still reads a kind named by its owner or field (007, 023, 032)', () => {
    expect(platforms('完善全国统一的社会保险公共服务平台。')).toContain('社会保险公共服务平台');
    expect(platforms('深入实施“互联网+现代农业”，加强农业大数据公共服务平台建设。')).toContain('农业大数据公共服务平台');
    expect(platforms('1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（县）全民健康信息平台建设。')).toContain('全民健康信息平台');
  });

  it('still reads brands and named platforms next to kinds (036 城市大脑, 046)', () => {
    expect(platforms('实施政务云创新升级，建设城市大脑底座平台。')).toContain('城市云脑');
    expect(
      platforms('推动现有数据中心扩容升级，建设国内领先的海洋高性能混合算力平台，打造集通算、智算和超算为一体的多元泛在算力体系。'),
    ).toContain('海洋高性能混合算力平台');
  });
});
