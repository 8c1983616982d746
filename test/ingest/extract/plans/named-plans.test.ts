import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Plans named in running text without 《》, on passages quoted from corpus documents outside the
// gold (/work/shared/corpus).

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const names = (text: string) => plans(text).map((n) => n.name);

describe('campaigns', () => {
  it('reads one campaign named by the things it acts on: the whole list is its name (062)', () => {
    const text =
      '组织开展互联网网站、移动互联网应用改造专项行动，重点推动与老年人日常生活密切相关的政务服务、社区服务、新闻媒体、社交通讯、生活购物、金融服务等互联网网站、移动互联网应用适老化改造，使其更便于老年人获取信息和服务。';
    expect(names(text)).toEqual(['互联网网站、移动互联网应用改造专项行动']);
  });

  it('reads a movement (运动) carried out, beside a campaign (007)', () => {
    const text = '坚持预防为主，持续推进健康中国行动，深入开展爱国卫生运动，深化疾病预防控制体系改革，强化基层公共卫生体系。';
    expect(names(text)).toEqual(expect.arrayContaining(['健康中国行动', '爱国卫生运动']));
  });
});

describe('levels', () => {
  it('gives a provincial plan’s own unplaced campaigns its level (051)', () => {
    const text =
      '为充分发挥科技创新对人工智能产业发展的引领支撑作用，加快培育新质生产力，特制定本行动计划。力争到2027年，全省算力算法数据有效支撑。\n（三）实施大模型“扬帆领航”创新行动\n支持大模型研发。';
    expect(plans(text).find((p) => p.name.includes('扬帆领航'))?.properties.level).toBe('provincial');
  });

  it('gives a national text’s unplaced laws and plans the national level (072)', () => {
    const text =
      '国务院办公厅关于印发政府网站集约化试点工作方案的通知\n\n国办函〔2017〕47号\n\n（五）强化安全保障。严格落实网络安全法和关键信息基础设施安全保护有关要求，加强网络安全等级保护工作。';
    expect(plans(text).find((p) => p.name === '网络安全法')?.properties.level).toBe('national');
  });

  it('gives a national document’s unplaced strategies the national level (075)', () => {
    const text =
      '国务院关于印发国家职业教育改革实施方案的通知\n\n国发〔2019〕4号\n\n积极招收初高中毕业未升学学生、退役军人、退役运动员、下岗职工、返乡农民工等接受中等职业教育；服务乡村振兴战略，为广大农村培养以新型职业农民为主体的农村实用人才。';
    const strategy = plans(text).find((p) => p.name === '乡村振兴战略');
    expect(strategy?.properties.level).toBe('national');
  });
});

describe('named reforms, education campaigns and struggles', () => {
  it('reads a quoted reform by its name (031)', () => {
    const text = '推进“三教”改革深度开展，探索建立具有山东特色的高层次学徒制技能人才培养模式。';
    expect(names(text)).toEqual(['“三教”改革']);
  });

  it('reads quoted education campaigns (005)', () => {
    const text = '推进“两学一做”学习教育常态化制度化，认真开展“不忘初心、牢记使命”主题教育。';
    expect(names(text)).toEqual(expect.arrayContaining(['“两学一做”学习教育', '“不忘初心、牢记使命”主题教育']));
  });

  it('reads a special struggle carried out (005), not a descriptive reform', () => {
    // 平安中国建设 is a standing national programme (standing-programmes.test.ts).
    const text =
      '推进平安中国建设，严密防范和坚决打击暴力恐怖活动，依法开展扫黑除恶专项斗争，惩治盗抢骗黄赌毒等违法犯罪活动。深化商事制度改革，实行多证合一。';
    expect(names(text)).toEqual(['平安中国建设', '扫黑除恶专项斗争']);
  });

  it('reads the strategy after a quoted name joined by 和 as its own plan (016)', () => {
    const text = '坚持引进来与走出去相结合，深度融入国家“一带一路”和自治区向北开放战略，主动参与中俄蒙经济走廊建设。';
    const read = names(text);
    expect(read.filter((n) => n.endsWith('向北开放战略'))).toHaveLength(1);
    expect(read.filter((n) => n.includes('”和'))).toEqual([]);
  });
});

describe('quoted names with their words and lists', () => {
  it('reads each quoted item of a list that a head closes, with that head (019, 052)', () => {
    const text = '深入开展“城市精细化管理年”“物业管理服务质量提升年”活动，继续以创建全国文明城市为抓手。';
    expect(names(text)).toEqual(expect.arrayContaining(['“城市精细化管理年”活动', '“物业管理服务质量提升年”活动']));
    const series = '坚持依法管网治网，深入推进“清朗”“净网”“剑网”系列专项\n行动，形成良好网络生态。';
    expect(names(series)).toEqual(expect.arrayContaining(['“清朗”系列专项行动', '“净网”系列专项行动', '“剑网”系列专项行动']));
  });

  it('reads each quoted item a list sums up by the field of its kind as that kind, not a quote alone (019, 016)', () => {
    const text = '建立行政权责清单动态机制，全面实施“先照后证”“多证合一、一照一码”等商事制度改革和市场主体注册全程电子化登记工作。';
    expect(names(text)).toEqual(expect.arrayContaining(['“先照后证”改革', '“多证合一、一照一码”改革']));
    expect(names('亘富200万吨褐煤提质项目主体完工。“退二进三”工作启动实施，5家企业完成迁建工作。')).toEqual([]);
  });

  it('reads a quoted 项目 only with the programme’s words before the quotes (047, not 031 or 025)', () => {
    expect(names('支持全省高校根据产业导向，实施一流学科建设“811”项目，加大卓越工程师培养力度。')).toEqual(['一流学科建设“811”项目']);
    expect(names('深化大中小学思政课一体化建设，深入推进“同城大课堂”项目，打造一批思政“金课”。')).toEqual([]);
    expect(names('定期开展工业大数据领军人物、智慧工匠以及“三优两重”项目（优秀产品、优秀解决方案）评选。')).toEqual([]);
  });

  it('reads no plan an enterprise or a student drafts for itself (068, 031)', () => {
    expect(names('带动产业链中小企业“链式”转型。支持龙头企业制定产业链上下游协同改造方案，“链式”开展数字化改造。')).toEqual([]);
    expect(names('推行学业导师制度，指导学生按照个性化发展需求制定差异化修读方案。强化质量意识。')).toEqual([]);
    // The government drafting beside enterprises still names its plan.
    expect(names('工业和信息化部会同有关部门制定智能制造标准体系建设指南。')).toEqual(['智能制造标准体系建设指南']);
  });

  it('reads no plan from a paper issued at intervals, but the title a text revises so (044, 063)', () => {
    expect(names('深入征集企业共性需求，定期发布攻关目录指南，通过揭榜挂帅、赛马等方式组织攻关。')).toEqual([]);
    expect(plans('定期修订《国家智能制造标准体系建设指南》，加快基础共性标准制定。').map((n) => n.name)).toContain(
      '国家智能制造标准体系建设指南',
    );
  });

  it('keeps the words before 的 where only management and a head follow (078)', () => {
    const text = '继续推进体育赛事审批制度改革，加快制定赛事审批取消后的服务管理办法，对与举办体育赛事相关的审批事项实施清单管理。';
    expect(names(text)).toEqual(['赛事审批取消后的服务管理办法']);
  });

  it('reads a body before the quotes as who takes part, not as the name’s words (075, 004, 017)', () => {
    expect(names('上好思想政治理论课，实施好中等职业学校“文明风采”活动，推进职业教育领域')).toEqual([]);
    expect(names('办好公平优质教育。统一城乡义务教育学生“两免一补”政策，加快实现城镇义务')).toEqual(['“两免一补”政策']);
    expect(names('稳定问题清单制度。扎实开展信访积案化解“百日攻坚”活动,全面推行')).toEqual(['信访积案化解“百日攻坚”活动']);
  });

  it('reads a quoted campaign year (“消费促进年”活动, “项目落地年”), not a count of years (“两个一百年”) (010, 038, 065)', () => {
    expect(names('优化消费环境，开展“消费促进年”活动，实施“放心消费行动”，加强消费者权益保护，落实带薪休假制度。')).toEqual(
      expect.arrayContaining(['“消费促进年”活动']),
    );
    expect(names('为“项目落地年”打造数字化引擎。')).toEqual(['项目落地年']);
    const goal = '为加快建设创新型国家和世界科技强国、实现“两个一百年”奋斗目标和中华民族伟大复兴中国梦提供强大支撑。';
    expect(names(goal)).toEqual([]);
  });

  it('keeps a one-character generic word inside a word of the name (创新, 三大攻坚战) (044, 006)', () => {
    const text = '支持龙头企业积极申报承担国家重大产业创新专项，在支撑和服务全国大局中加快突破“卡脖子”难题。';
    expect(names(text)).toContain('国家重大产业创新专项');
    expect(names('重点任务取得积极进展。制定并有序实施三大攻坚战三年行动方案。稳步推进结构性去杠杆，')).toEqual(['三大攻坚战三年行动方案']);
  });

  it('reads a quoted brand with its year and the words after it up to the campaign head as one name (019)', () => {
    const text = '从源头上防治农业面源污染。“绿盾2018”自然保护区监督检查专项行动取得阶段性进展，';
    expect(names(text)).toEqual(['“绿盾2018”自然保护区监督检查专项行动']);
  });

  it('reads one action plan named by the fields it covers, its list closed by 和 (031)', () => {
    const text = '和职业院校多方参与，高水平实施普通中小学生涯教育、职业启蒙和体验教育行动计划。';
    expect(names(text)).toEqual(['普通中小学生涯教育、职业启蒙和体验教育行动计划']);
  });

  it('opens a programme at its level word, after the field it serves (028)', () => {
    const text =
      '对牵头承担或参与实施人工智能相关领域国家科技重大专项、国家重点研发计划和山东省厅市会商项目的单位，按照国拨经费或省拨经费实际到账额的15%对承担单位给予经费补助，';
    expect(names(text)).toEqual(expect.arrayContaining(['国家科技重大专项', '国家重点研发计划']));
  });

  it('reads a quoted national programme of major projects named by its horizon (007)', () => {
    const text = '实施好关键核心技术攻关工程，深入谋划推进“科技创新2030—重大项目”，改革科技重大专项实施方式，推广“揭榜挂帅”等机制。';
    expect(names(text)).toContain('科技创新2030—重大项目');
  });

  it('keeps the words written before the quotes in the name, the quoted form as an alias (017)', () => {
    const text = '人居环境综合整治“百日攻坚”行动成效明显,乱堆乱放现象得到整治。扎实开展信访积案化解“百日攻坚”活动,全面推行“阳光信访”。';
    const read = plans(text);
    expect(read.map((p) => p.name)).toEqual(expect.arrayContaining(['人居环境综合整治“百日攻坚”行动', '信访积案化解“百日攻坚”活动']));
    expect(read.find((p) => p.name.startsWith('信访'))?.aliases).toContain('“百日攻坚”活动');
  });

  it('reads no activity from a bare quoted name, nor an award from a level word before the quotes (006, 017)', () => {
    expect(names('关心支持国防和军队建设，深入开展“双拥”活动，让军政军民团结坚如磐石。')).toEqual([]);
    expect(names('全面加强法治社会建设,被评为自治区“六五”普法先进区。')).toEqual([]);
  });

  it('reads a quoted system (责任制), a quoted campaign of creation (创建活动) and a quoted policy (宏观政策) (012)', () => {
    expect(names('四是继续强化“门前三包”责任制，作好城市保洁、冬季清雪、爱国卫生等工作。')).toEqual(['“门前三包”责任制']);
    expect(names('大力推动和落实社会稳定风险评估机制，落实领导干部“包案”责任制，着力解决群众的合理诉求。')).toEqual([
      '领导干部“包案”责任制',
    ]);
    expect(names('“平安幸福海拉尔”创建活动成效显著，社会治安防控网络体系日趋完善。')).toEqual(['“平安幸福海拉尔”创建活动']);
    expect(names('尽管国内外经济形势存在着诸多不确定的因素，但国家“稳中求进”宏观政策的实施，必将为我区快速发展提供机遇。')).toEqual([
      '“稳中求进”宏观政策',
    ]);
  });

  it('reads a quoted 攻坚 as a campaign, with the words before the quotes and a head after them (012, 017)', () => {
    expect(names('信访工作不断加强，积案化解“百日攻坚”成效显著，一大批诉求得到有效解决。')).toEqual(['积案化解“百日攻坚”']);
    expect(names('人居环境综合整治“百日攻坚”行动成效明显。扎实开展信访积案化解“百日攻坚”活动,全面推进。')).toEqual([
      '人居环境综合整治“百日攻坚”行动',
      '信访积案化解“百日攻坚”活动',
    ]);
  });

  it('reads a quoted name whose own ending names a plan (019)', () => {
    // 河湖专项治理 is a campaign named by what it deals with (the gold README's session-17 专项整治 class).
    expect(names('全面实施“河长制”，河湖专项治理深入开展。')).toEqual(['河长制', '河湖专项治理']);
  });
});

describe('names read after a cue verb (075, 061, 047)', () => {
  it('reads no plan from a bare head a thing has (018: 融入城市的规划)', () => {
    expect(names('提升城市文化内涵，把民族文化、历史文化融入城市的规划、建筑、街区，加强历史建筑保护。')).toEqual([]);
  });

  it('reads a name holding 高等 or 中等 (a word, not a list summed up by 等)', () => {
    const text = '启动实施中国特色高水平高等职业学校和专业建设计划，建设一批引领改革、支撑发展的高等职业学校。';
    expect(names(text)).toEqual(['中国特色高水平高等职业学校和专业建设计划']);
  });

  it('starts a name after a drafting verb inside it, so a kind of plan stays none', () => {
    const text = '巩固和发展国务院教育行政部门联合行业制定国家教学标准、职业院校依据标准自主制订人才培养方案的工作格局。';
    expect(names(text)).toEqual([]);
  });

  it('leaves the words before 的 out of the name when a whole name follows', () => {
    const text = '鼓励各地区创新相关配套政策，制定符合自身特点的一体化大数据中心建设规划和协同创新实施方案，并加快推进落实。';
    expect(names(text)).toEqual(['一体化大数据中心建设规划', '协同创新实施方案']);
  });

  it('keeps the words before 的 in the name when what follows is only a kind of plan (001)', () => {
    const text = '分批取消和下放了416项行政审批等事项，修订政府核准的投资项目目录，推动工商登记制度改革。';
    expect(names(text)).toEqual(['政府核准的投资项目目录']);
  });

  it('reads one campaign named by a list whose last item ends in a span of years', () => {
    const text = '实施提升重大科技创新平台人才效能、支撑现代化产业体系建设三年行动，支持国家级创新平台承担重大科研任务。';
    expect(names(text)).toEqual(['提升重大科技创新平台人才效能、支撑现代化产业体系建设三年行动']);
  });

  it('reads a catalogue of products to promote that a ministry will publish (062)', () => {
    const text =
      '积极开发智能辅具、智能家居和健康监测、养老照护等智能化终端产品。发布智慧健康养老产品及服务推广目录，开展应用试点示范，按照适老化要求推动智能终端持续优化升级。';
    expect(names(text)).toEqual(['智慧健康养老产品及服务推广目录']);
  });

  it('reads no plan in a field a list of fields closes (…以及频率规划等方面, 069)', () => {
    const text = '积极参与相关国际标准的制定和协调，重点加强共性技术、测试评价以及频率规划等方面的交流与合作。';
    expect(names(text)).toEqual([]);
  });

  it('reads a regulation to publish whose name holds a note in brackets (069)', () => {
    const text =
      '（二）加快频率和业务许可论证\n发布车联网（智能网联汽车）直连通信使用5905-5925MHz频段管理规定。结合技术和产业发展情况及相关单位的频率申请，适时发放频率使用许可。';
    // Named in the half-width brackets the graph writes names with.
    expect(names(text)).toEqual(['车联网(智能网联汽车)直连通信使用5905-5925MHz频段管理规定']);
  });
});

describe('session 13: own papers and title lines', () => {
  it('reads no paper a school carries out as its own (031: 中小学校“一校一案”落实德育工作方案)', () => {
    const text = '形成富有个性、得到师生广泛认同的校风学风。中小学校“一校一案”落实德育工作方案，将德育目标和内容融入教育教学各个环节。';
    expect(names(text)).toEqual([]);
  });

  it('reads a title line’s name from its opener 关于, not from the cue after it (073)', () => {
    const text =
      '发文机关：\n国务院办公厅\n成文日期：\n2018年12月07日\n标　　题：\n国务院办公厅关于推进政务新媒体健康有序发展的意见\n发文字号：\n国办发〔2018〕123号';
    expect(names(text).filter((n) => n.endsWith('意见'))).not.toContain('政务新媒体健康有序发展的意见');
    expect(names(text).some((n) => n.startsWith('关于推进') || n.startsWith('国务院办公厅关于推进'))).toBe(true);
  });
});

describe('session 13: two strategies joined by 和', () => {
  it('reads each of two long names the head 战略 closes as a strategy of its own (005)', () => {
    const text = '给世界带来重大机遇。\n\n（六）坚持实施区域协调发展和新型城镇化战略，着力推动平衡发展，新的增长极增长带加快成长。';
    expect(names(text)).toEqual(['区域协调发展战略', '新型城镇化战略']);
  });

  it('keeps one strategy of two aims whole (021: 信息化领先发展和带动战略)', () => {
    const text = '以提升网络宽带化和应用智能化水平为主线，深入实施信息化领先发展和带动战略。加快推进信息基础设施建设。';
    expect(names(text)).toEqual(['信息化领先发展和带动战略']);
  });
});

describe('pilots', () => {
  // The list a pilot widens stays a plan (市场准入负面清单试点): standing-programmes.test.ts.
  it('reads no plan in a pilot of a special programme (专项试点, seed 004)', () => {
    expect(names('围绕海洋和康养行业，加快推进省级数据要素综合试验区专项试点建设。')).toEqual([]);
  });
});

describe('a copula in the words after a cue (session 16)', () => {
  it('opens a predicate: the plan is named after its verb, not from the cue before the subject (066)', () => {
    // 066's opening sentence, the layout's line break after 老龄化 joined.
    const text = '持续推进数字技术适老化是践行积极应对人口老龄化战略的重要举措，也是实施《无障碍环境建设法》的内在要求。';
    expect(names(text)).toEqual(expect.arrayContaining(['积极应对人口老龄化战略']));
    expect(names(text).some((n) => n.includes('是'))).toBe(false);
  });
});

describe('a run of new things (session 16)', () => {
  it('names no plan with the head that closes it (004: 治国理政新理念新思想新战略)', () => {
    const text =
      '以邓小平理论、“三个代表”重要思想、科学发展观为指导，深入贯彻习近平总书记系列重要讲话精神和治国理政新理念新思想新战略，统筹推进经济建设。';
    expect(names(text)).toEqual([]);
  });
});
