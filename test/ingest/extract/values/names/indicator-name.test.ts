import { join } from 'node:path';
import { buildGraph } from '../../../../../src/ingest';
import { extractDocument, type RelFact } from '../../../../../src/ingest/extract';
import { loadLexicon } from '../../../../../src/ingest/lexicon';
import { segment } from '../../../../../src/ingest/segment';
import type { DocumentRecord, Graph } from '../../../../../src/model';
import { fileRecord, record, SEED, seedRecords } from '../../../../fixtures/genre/records';

// Naming what a number measures, on the seeds read whole (Qingdao's 2024 report 000, the 2023 plan's
// news 001, the 2024 feature 002, the 2025 summary 004), Shandong's IT opinion (test/fixtures/corpus
// 044) and a district work report in traditional characters (/tmp/audit17/docs/a10-fucheng-gwr-trad.txt,
// Fucheng, Mianyang, 2019): each general rule of extract/indicator-*.ts and value-filter.ts is shown on
// the sentence quoted in its case.

const lexicon = loadLexicon();
// opencc-js ships ESM types only; its CommonJS build is loaded directly, as in pipeline.test.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } = require('opencc-js');

function values(doc: DocumentRecord): RelFact[] {
  const facts = extractDocument(segment(doc, lexicon), lexicon);
  return facts.relationships.filter((r) => r.type === 'MEASURED' || r.type === 'SETS_TARGET');
}
/** name=value pairs read from one document. */
const pairs = (doc: DocumentRecord) => values(doc).map((r) => `${r.to.name}=${r.properties.value}`);
const seeds = new Map(seedRecords().map((d) => [d.id, d]));
const cache = new Map<string, string[]>();
/** name=value pairs read from one seed, read once. */
const seed = (id: string): string[] => {
  if (!cache.has(id)) cache.set(id, pairs(seeds.get(id)!));
  return cache.get(id)!;
};
const read = (text: string) => pairs(record('passage', text));

describe('a counted body or crowd is named by what it did', () => {
  it('leaves an amount after the act to the next number (…完成入表金额超…)', () => {
    // 000: 71家企业启动数据资产入表,16家企业完成入表金额超8000万元。
    expect(seed(SEED.report2024)).toEqual(expect.arrayContaining(['完成入表企业=16', '入表金额=80000000']));
  });

  it('drops a batch ordinal and an empty head (…的第一批…入表工作)', () => {
    // 004: 完成青岛地铁等35家企业的第一批数据资源入表工作,入表金额超3亿元。
    expect(seed(SEED.summary2025)).toContain('数据资源入表企业=35');
  });

  it('names people counts by the act and its object (人次 + verb + object)', () => {
    // 000: 13万余人次在线参与第四届云上城市穿梭赛。…超36万人次体验“一元通乘”服务。
    expect(seed(SEED.report2024)).toEqual(expect.arrayContaining(['云上城市穿梭赛参与人次=130000', '“一元通乘”体验人次=360000']));
  });

  it('names a short noun by the act that follows it (…等14项数据全部接入招生平台)', () => {
    // 002: 学龄儿童户籍、常住人口、不动产等14项数据全部接入招生平台
    expect(seed(SEED.feature2024)).toContain('接入招生平台数据=14');
  });

  it('counts the members of a body formed of organisations', () => {
    // 004: 发起成立由33家数据管理部门及数据集团组成的“城市数据运营共同体”
    expect(seed(SEED.summary2025)).toContain('“城市数据运营共同体”成员数=33');
    // 002: 发起成立包括38个地区和机构的“公共数据运营全国统一大市场联盟”。
    expect(seed(SEED.feature2024)).toContain('“公共数据运营全国统一大市场联盟”成员数=38');
  });
});

describe('the words around the name', () => {
  it('qualifies a bare generic head with the quoted name the sentence is about', () => {
    // 000: “领导驾驶舱”创新数据管理和决策支撑,实现34个专题场景…; 全面应用“生态环境一张网”建设成果,…搭建…等10余个专题场景
    expect(seed(SEED.report2024)).toEqual(expect.arrayContaining(['“领导驾驶舱”专题场景=34', '“生态环境一张网”专题场景=10']));
    // 001, a plan's target: 持续拓展“一码亮证”应用,围绕交通出行、市场监管等领域新增应用场景不少于40个
    expect(seed(SEED.news2023)).toContain('“一码亮证”应用场景=40');
  });

  it('reads two numbers that share one noun (155类700余万条证照数据)', () => {
    // 000: 汇聚155类700余万条电子证照数据
    expect(seed(SEED.report2024)).toEqual(expect.arrayContaining(['电子证照数据类别=155', '电子证照数据=7000000']));
  });

  it('ends the subject at an adverb of manner and its verb (…直接支持…)', () => {
    // 002: 涉企公共数据直接支持金融信贷综合资金超3000亿元
    expect(seed(SEED.feature2024)).toContain('金融信贷综合资金=300000000000');
  });

  it('skips a descriptive list before 的 to the counted noun', () => {
    // 002: 已累计推出96个惠企利民、优政兴业的数字化标杆应用
    expect(seed(SEED.feature2024)).toContain('数字化标杆应用=96');
  });

  it('reads the counted thing after a possessive 的, with its bracketed note', () => {
    // 004: 推动山东省港口集团、青岛国实科技的2个可信数据空间建设(试点)项目纳入中央预算内投资计划
    expect(seed(SEED.summary2025)).toContain('可信数据空间建设(试点)项目=2');
  });

  it('strips verbs, adverbs and time words at the ends without cutting a word (共享, 建设)', () => {
    // 000: 政务数据共享需求满足率超99.7%; 004: 新建设“无证明”应用场景14个
    expect(seed(SEED.report2024)).toContain('政务数据共享需求满足率=99.7');
    expect(seed(SEED.summary2025)).toContain('“无证明”应用场景=14');
  });

  it('drops determiners inside a name (各类)', () => {
    // 000: 为城管、民政等10余个部门“主动推送”各类事件超400万件
    expect(seed(SEED.report2024)).toContain('“主动推送”事件=4000000');
  });
});

describe('numbers that are not values of an indicator', () => {
  it('a count of the bodies served (为…10余个部门推送…) is not a value; what was done for them is', () => {
    // 000: 为城管、民政等10余个部门“主动推送”各类事件超400万件
    expect(seed(SEED.report2024).filter((p) => p.includes('部门') || p.includes('主动推送'))).toEqual(['“主动推送”事件=4000000']);
  });

  it('a number restating a list just given (甲、乙和丙三项清单)', () => {
    // 004: 建立资源能力共享清单、申请清单和问题清单三项清单
    expect(seed(SEED.summary2025).filter((p) => p.includes('清单'))).toEqual([]);
  });

  it('the plan’s own task count and a count of documents issued', () => {
    // 004: 印发《数字青岛2025年行动方案》,重点推进“人工智能+”等54项任务。…和“建筑垃圾监管”“商务决策赋能”等7个专项工作方案。
    expect(seed(SEED.summary2025).filter((p) => p.endsWith('=54') || p.includes('工作方案'))).toEqual([]);
  });

  it('a per-year count in a report describes a practice; in a plan it is a target', () => {
    // 002: 每年推出12个政务服务“一件事”和12个城市运行“一个场景”
    expect(seed(SEED.feature2024).filter((p) => p.endsWith('=12'))).toEqual([]);
    // 044, a plan: 每年支持引育高端人才不少于30名。
    const plan = values(
      fileRecord(join(__dirname, '..', '..', '..', '..', 'fixtures', 'corpus'), '044_shandong-new-gen-it-industry-opinion-2023.txt'),
    );
    const talent = plan.filter((r) => r.to.name.endsWith('高端人才'));
    expect(talent.map((r) => [r.type, r.properties.value])).toEqual([['SETS_TARGET', 30]]);
  });

  it('a name cut inside a quotation', () => {
    // 004: 召开两期“青岛市数据要素市场成果发布会”。
    expect(seed(SEED.summary2025).filter((p) => p.includes('数据要素市场成果'))).toEqual([]);
  });
});

describe('the same reading on traditional Chinese', () => {
  it('reads a district report written in traditional characters, names folded to simplified', () => {
    // a10: 區屬地區生產總值達到379.95億元、增長9.3%;全社會固定資產投資207.11億元、增長13.1%;…
    expect(
      read(
        '區屬地區生產總值達到379.95億元、增長9.3%;全社會固定資產投資207.11億元、增長13.1%;規模以上工業增加值增長11.5%;社會消費品零售總額實現206.36億元、增長12.1%;地方一般公共預算收入20.84億元、增長9.7%;城鎮居民人均可支配收入實現36671元、增長8.1%,農村居民人均可支配收入實現19669元、增長9.0%。',
      ),
    ).toEqual(
      expect.arrayContaining(['区属地区生产总值=37995000000', '全社会固定资产投资=20711000000', '地方一般公共预算收入=2084000000']),
    );
  });

  it('names an amount that closes its item of a list by the words before it, not by the change after the 、', () => {
    // a10: 社會消費品零售總額實現206.36億元、增長12.1%; the amounts were named 增长 before.
    const pairs = read(
      '社會消費品零售總額實現206.36億元、增長12.1%;地方一般公共預算收入20.84億元、增長9.7%;城鎮居民人均可支配收入實現36671元、增長8.1%,農村居民人均可支配收入實現19669元、增長9.0%。',
    );
    expect(pairs).toEqual(
      expect.arrayContaining(['社会消费品零售总额=20636000000', '城镇居民人均可支配收入=36671', '农村居民人均可支配收入=19669']),
    );
    expect(pairs.filter((p) => p.startsWith('增长='))).toEqual([]);
  });

  it('reads people counts and members from the seeds’ sentences written in traditional characters', () => {
    // 000 and 004, converted to Hong Kong traditional characters
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
    expect(
      read(
        toTraditional(
          '质量民生更具特色,13万余人次在线参与第四届云上城市穿梭赛。发起成立由33家数据管理部门及数据集团组成的“城市数据运营共同体”,探索数据资源流通利用新模式。',
        ),
      ),
    ).toEqual(['云上城市穿梭赛参与人次=130000', '“城市数据运营共同体”成员数=33']);
  });
});

describe('indicator dictionary across documents', () => {
  const timeline = (g: Graph, name: string) => {
    const ind = g.nodes.find((n) => n.label === 'Indicator' && n.name === name);
    return g.relationships
      .filter((r) => r.to === ind?.id)
      .map((r) => `${r.type}:${r.properties.value}`)
      .sort();
  };

  it('joins a growth target and a reported 同比增长 on 数字经济核心产业增加值增速', () => {
    // 001: 数字经济核心产业增加值增速10%以上; 002: 数字经济核心产业增加值同比增长超过21%
    const g = buildGraph([seeds.get(SEED.news2023)!, seeds.get(SEED.feature2024)!]);
    expect(timeline(g, '数字经济核心产业增加值增速')).toEqual(['MEASURED:21', 'SETS_TARGET:10']);
  });
});
