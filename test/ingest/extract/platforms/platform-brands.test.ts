import { namesRead } from '../names-read';

// Issue #11 (platforms and their values): quoted brands that a descriptor or a cue presents, and what only looks
// like a platform. Sentences of official texts read fresh (work reports and notices; wording as recalled, close to
// the published text, the source named on each); the bureau's summary is composed and says so.

const platforms = (text: string) => namesRead('Platform', text).sort();

describe('a quoted brand presented by a descriptor', () => {
  it('names the platform by the brand, not by the descriptor after it (广东“数字政府”改革建设通报)', () => {
    expect(platforms('“粤省事”移动民生服务平台实名注册用户超过1.6亿，“粤政易”移动办公平台覆盖全省公职人员。')).toEqual([
      '粤政易',
      '粤省事',
    ]);
  });

  it('reads a descriptor that a word of it would cut (香港特区2023年施政报告: 「智方便」一站式个人化数码服务平台)', () => {
    expect(platforms('「智方便」一站式個人化數碼服務平台的用戶已超過200萬。')).toEqual(['智方便']);
  });

  it('reads no descriptor across a 和 or a 的 (seeds: 2024 action plan, 2025 interpretation)', () => {
    expect(platforms('依托“山东通”和金宏办公系统等提升公文运转效率。')).toEqual(['山东通', '金宏办公系统']);
    expect(platforms('构建了全国首个“全线、全场景、全功能”的智慧车站系统。')).not.toContain('全线、全场景、全功能');
  });

  it('keeps a run of quotes before one descriptor whole (数字青岛2023年行动方案, a seed)', () => {
    expect(platforms('统筹“智慧高空”“物联感知”一体化共享平台建设。')).not.toContain('物联感知');
  });
});

describe('quoted brands by their shape or cue', () => {
  it('reads a quoted name ending in 通 and one a 移动端 presents (澳门2024年施政报告; 上海2021年政府工作报告)', () => {
    expect(platforms('「一戶通」帳戶數目已超過五十八萬個，提供約二百五十項電子服務。')).toEqual(['一户通']);
    expect(platforms('“随申办”移动端月活跃用户超过1000万。')).toEqual(['随申办']);
  });
});

describe('what only looks like a platform', () => {
  it('reads no platform from an office’s name, and none that opens with 负责 (composed in the shape of a bureau’s summary)', () => {
    expect(platforms('局机关设办公室、数据资源处、数字平台建设处等内设机构，数字平台建设处负责全省一体化大数据平台的建设管理。')).toEqual([
      '一体化大数据平台',
    ]);
  });

  it('starts a name after 迭代升级 and 承载 (杭州2021年政府工作报告; 深圳2022年政府工作报告)', () => {
    expect(platforms('迭代升级城市大脑，上线应用场景148个。')).toEqual(['城市云脑']);
    expect(platforms('市政务云平台承载业务系统超过700个。')).not.toContain('承载业务系统');
  });

  it('reads no platform from a kind of energy base (“十四五”规划纲要, 专栏10)', () => {
    expect(platforms('建设金沙江上下游、雅砻江流域、黄河上游和几字湾等清洁能源基地。01 大型清洁能源基地')).toEqual([]);
  });
});
