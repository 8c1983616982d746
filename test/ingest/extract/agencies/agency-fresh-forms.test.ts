import { namesRead } from '../names-read';

// Forms of bodies met on official text the extractor had not seen (session 18's fresh-text audit), each quoted from
// the page named, and one from the Digital China report (052).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('bodies named in fresh official text', () => {
  it('reads no count of departments as a body (052: 中央网信办等4部门印发…)', () => {
    const read = agencies('快。中央网信办等4部门印发《数字乡村标准体系建设指南》。', '052');
    expect(read).toContain('中央网信办');
    expect(read.some((n) => /^\d/.test(n))).toBe(false);
  });

  it('reads a party committee’s work department (县委社会工作部), not a 工作部署', () => {
    // http://wldsb.com/wldsw_content/2024-05/20/content_10682710.htm (Xiushan county)
    const news =
      '据悉,作为县委职能部门,县委社会工作部加挂县委非公有制经济组织和社会组织工作委员会牌子,具体承担统筹指导人民信访、人民建议征集工作';
    expect(agencies(news, 'xiushan')).toContain('县委社会工作部');
    // http://www.yunhepan.com/news/259723.shtml: a government's 工作部署 is what it decided.
    const deployed = '全市上下按照“落实年、突破年”的总要求,紧紧围绕市委、市政府总体工作部署,拼搏实干、奋力争先';
    expect(agencies(deployed, 'deploy').some((n) => n.endsWith('工作部'))).toBe(false);
  });

  it('reads no member’s post (市委常委) and no clause run into a body before 在', () => {
    // http://www.lyg.gov.cn/zglygzfmhwz/yajyblqkbg/content/bssj1_f72f84efacb241c7ba4df3645473e779.html
    const reply = '(二)制度建设逐步完善。成立了由市委常委、常务副市长担任组长的市政务信息化暨“互联网+政务服务”工作领导小组';
    expect(agencies(reply, 'lianyungang')).not.toContain('市委常委');
    expect(agencies(reply, 'lianyungang')).not.toContain('市委');
    // http://sc.xfafinance.com/html/Industries/Technology/2020/368897.shtml (Xinhua on the alliance's founding)
    const news = '国务院国资委副主任翁杰明在联盟成立大会上表示,联盟的成立是助力建设科技强国、网络强国的实际行动。';
    expect(agencies(news, 'alliance').some((n) => n.includes('翁杰明'))).toBe(false);
  });

  it('reads the first item of a list opening its clause though it is also a verb (组织、人事、民政等部门牵头)', () => {
    // https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html (湘政办发〔2009〕24号)
    const notice =
      '人身意外伤害保险和住院医疗保险、体检、培训等项经费,由省财政解决。组织、人事、民政等部门牵头每年招聘一批高校毕业生充实农村乡镇、村和部分街道、社区等基层单位';
    expect(agencies(notice, 'hunan')).toEqual(expect.arrayContaining(['组织', '人事', '民政']));
  });

  it('reads no kind of department as a body (综合部门)', () => {
    // http://law270.infoeach.com/view-MjcwfDEwMDcyMA==.html (菏政办发〔2009〕72号)
    const rule = '发展改革部门是项目建设管理的综合部门,主要负责项目的申报、综合协调、调度和投资计划下达。';
    expect(agencies(rule, 'heze')).not.toContain('综合部门');
  });

  it('reads no verb or preposition before a level as a place (召开市政府…, 关于市政协…)', () => {
    // http://6dgww.com/Article/12307717.html (丽水 people's congress review)
    const review =
      '9月4日,召开市政府分管副秘书长和市发改委等17个部门负责人参加的座谈会,听取各部门关于实施丽水市“十一五”规划纲要中期评估情况汇报。';
    const read = agencies(review, 'lishui');
    expect(read).toContain('市政府');
    expect(read.some((n) => n.startsWith('召开') || n.startsWith('听取'))).toBe(false);
    // http://www.lyg.gov.cn/zglygzfmhwz/yajyblqkbg/content/bssj1_f72f84efacb241c7ba4df3645473e779.html
    expect(agencies('关于市政协十三届二次会议第7371号提案的答复', 'lianyungang')).not.toContain('关于市政协');
  });

  it('reads a government written in full as its standing body, a province’s name with it (已经省人民政府同意)', () => {
    // https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html (湘政办发〔2009〕24号) and 022's signature line
    const approved = '结合我省实际,经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:';
    expect(agencies(approved, 'hunan')).toContain('省人民政府');
    // http://www.lyg.gov.cn/zglygzfmhwz/yajyblqkbg/content/bssj1_f72f84efacb241c7ba4df3645473e779.html: the publisher
    // in the page's metadata.
    expect(agencies('发布机构 | 连云港市人民政府 | 发文日期 | 2018-08-01 |', 'lianyungang')).toContain('连云港市人民政府');
    const read = agencies(
      '对接“一带一路”倡议，支持有实力的企业积极参加国内外大型人工智能等展览会、博览会。\n山东省人民政府\n2019年5月17日',
      '022',
    );
    expect(read).toContain('山东省人民政府');
    expect(read).not.toContain('省人民政府');
  });

  it('reads no government from a line whose clause opens with a verb (受区人民政府委托)', () => {
    // https://www.huangpi.gov.cn/fbjd_33/xxgkml/ghjh/sswgh/202301/t20230111_2129653.shtml
    const report =
      '各位代表:\n\n受区人民政府委托,现以书面形式向大会报告2022年全区国民经济和社会发展计划执行情况与2023年计划草案,请予审议。';
    const read = agencies(report, 'huangpi');
    expect(read.some((n) => n.startsWith('受'))).toBe(false);
    expect(read).toContain('区人民政府');
  });
});
