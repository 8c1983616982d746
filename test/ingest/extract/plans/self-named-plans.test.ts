import { namesRead } from '../names-read';

// Names a plan reader must not take for another plan, or must read whole (src/ingest/extract/plans/named-plans.ts), on fresh
// official texts: the document naming itself, a list's first item opened by the words before its cue, a kind of
// plans (each district's, a choice between kinds), and a particle.

const planNames = (text: string) => namesRead('Plan', text);

describe('words that name no other plan', () => {
  it('the document naming itself (提出以下实施意见)', () => {
    // 山东省人民政府关于深化预算管理制度改革的实施意见 (鲁政发〔2014〕20号), https://0798ci.com/law/8240.html
    const names = planNames(
      '根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》(国发〔2014〕45号)有关要求,现就深化我省预算管理制度改革提出以下实施意见:',
    );
    expect(names).toContain('国务院关于深化预算管理制度改革的决定');
    expect(names.filter((n) => n.endsWith('实施意见'))).toEqual([]);
  });

  it('the first item of a list of strategies, read from its last cue', () => {
    // The NDRC's notice on the mid-term review of the 13th five-year plan, http://www.gov.cn/xinwen/2018-02/10/content_5265519.htm
    const names = planNames(
      '——重大战略任务推进情况。重点评估规划实施中贯彻落实科教兴国、人才强国、创新驱动发展、乡村振兴、区域协调发展、可持续发展、军民融合发展等重大战略的情况。',
    );
    expect(names).toEqual(expect.arrayContaining(['科教兴国战略', '人才强国战略']));
    expect(names.some((n) => n.startsWith('中'))).toBe(false);
  });

  it('the last item of that list, before 等 and only generic words, shares the head too', () => {
    // The same notice, http://www.gov.cn/xinwen/2018-02/10/content_5265519.htm
    expect(
      planNames(
        '重点评估规划实施中贯彻落实科教兴国、人才强国、创新驱动发展、乡村振兴、区域协调发展、可持续发展、军民融合发展等重大战略的情况。',
      ),
    ).toContain('军民融合发展战略');
  });

  it('the plans of a list of governments, each district’s plan and a choice between kinds of plan', () => {
    // Beijing's 13th five-year plan outline, 第十篇 实施保障, http://121jk.cn/news/redianzhuanti/show52936_8.html
    expect(planNames('各区要贯彻落实国家和本市规划纲要,结合自身实际,突出区域特色,编制实施好各区发展规划。')).toEqual([]);
    // A municipal rule on carrying plans out, http://www.fymate.net/html/text/lar/169759/16975988_3.html
    expect(planNames('各级各类规划发布后,要根据实施工作需要,制订具体的年度或分期实施计划。')).toEqual([]);
  });

  it('a particle before a five-year plan (编制的“十一五”重点专项规划)', () => {
    // Guizhou's notice on the mid-term review, http://www.fsou.net/html/text/lar/170230/17023000_1.html
    const names = planNames('(六)省有关部门对各自牵头组织编制的“十一五”重点专项规划和区域规划进行中期评估。');
    expect(names.some((n) => n.startsWith('的'))).toBe(false);
  });
});
