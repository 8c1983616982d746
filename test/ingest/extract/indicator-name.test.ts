import { buildGraph } from '../../../src/ingest';
import { extractDocument, type RelFact } from '../../../src/ingest/extract';
import { loadLexicon } from '../../../src/ingest/lexicon';
import { segment } from '../../../src/ingest/segment';
import type { Graph } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// Naming what a number measures, on invented text of the genre (no seed sentence): each
// general rule of extract/indicator-*.ts and value-filter.ts is shown on sentences it never saw.

const lexicon = loadLexicon();
// opencc-js ships ESM types only; its CommonJS build is loaded directly, as in pipeline.test.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } = require('opencc-js');

const report = (body: string) => `数字烟台2024年工作总结\n\n2024年，我市数字烟台建设取得积极成效。\n\n一、工作成效\n${body}\n`;
const plan = (body: string) => `数字烟台2025年行动方案\n\n一、实施数字政府提质工程\n${body}\n`;

function values(text: string): RelFact[] {
  const facts = extractDocument(segment(record('yantai-test', text), lexicon), lexicon);
  return facts.relationships.filter((r) => r.type === 'MEASURED' || r.type === 'SETS_TARGET');
}
/** name=value pairs read from one invented document. */
const read = (text: string) => values(text).map((r) => `${r.to.name}=${r.properties.value}`);

describe('a counted body or crowd is named by what it did', () => {
  it('leaves an amount after the act to the next number (…完成入表金额超…)', () => {
    expect(read(report('9家企业完成入表金额超1200万元。'))).toEqual(['完成入表企业=9', '入表金额=12000000']);
  });

  it('drops a batch ordinal and an empty head (…的第二批…登记工作)', () => {
    expect(read(report('完成港务集团等18家企业的第二批数据资源登记工作。'))).toEqual(['数据资源登记企业=18']);
  });

  it('names people counts by the act and its object (人次 + verb + object)', () => {
    expect(read(report('5万余人次在线参与首届数字技能大赛，超2万人次体验“一码通城”服务。'))).toEqual([
      '数字技能大赛参与人次=50000',
      '“一码通城”体验人次=20000',
    ]);
  });

  it('names a short noun by the act that follows it (…等20项数据全部接入平台)', () => {
    expect(read(report('养老、医疗等20项数据全部接入民生服务平台。'))).toEqual(['接入民生服务平台数据=20']);
  });

  it('counts the members of a body formed of organisations', () => {
    expect(read(report('发起成立由26家高校及科研机构组成的“海洋数据创新联盟”。'))).toEqual(['“海洋数据创新联盟”成员数=26']);
    expect(read(report('牵头组建包括12个城市的区域数据合作联盟。'))).toEqual(['区域数据合作联盟成员数=12']);
  });
});

describe('the words around the name', () => {
  it('qualifies a bare generic head with the quoted name the sentence is about', () => {
    expect(read(report('深化“智慧渔港”建设，新建专题场景15个。'))).toEqual(['“智慧渔港”专题场景=15']);
    expect(read(plan('推广“海上粮仓”应用，新增应用场景不少于25个。'))).toEqual(['“海上粮仓”应用场景=25']);
  });

  it('reads two numbers that share one noun (210类900余万条证照数据)', () => {
    expect(read(report('汇聚210类900余万条证照数据。'))).toEqual(['证照数据类别=210', '证照数据=9000000']);
  });

  it('ends the subject at an adverb of manner and its verb (…直接支持…)', () => {
    expect(read(report('涉农公共数据直接支持普惠贷款超50亿元。'))).toEqual(['普惠贷款=5000000000']);
  });

  it('skips a descriptive list before 的 to the counted noun', () => {
    expect(read(report('累计推出60个便民利企、优政惠民的数字化场景。'))).toEqual(['数字化场景=60']);
  });

  it('reads the counted thing after a possessive 的, with its bracketed note', () => {
    expect(read(report('推动港口集团的3个可信数据空间(试点)项目纳入省级计划。'))).toEqual(['可信数据空间(试点)项目=3']);
  });

  it('strips verbs, adverbs and time words at the ends without cutting a word (共享, 建设)', () => {
    expect(read(plan('全年计划新增共享服务接口150个，力争数据共享需求满足率稳定在99%以上。'))).toEqual([
      '共享服务接口=150',
      '数据共享需求满足率=99',
    ]);
    expect(read(report('新建设“无证明”应用场景9个。'))).toEqual(['“无证明”应用场景=9']);
  });

  it('drops determiners inside a name (各类)', () => {
    expect(read(report('智能平台推送各类预警超12万条。'))).toEqual(['智能平台推送预警=120000']);
  });
});

describe('numbers that are not values of an indicator', () => {
  it('a count of the bodies served (为…8个部门推送…) is not a value; what was done for them is', () => {
    const got = read(report('为交通、教育等8个部门“精准推送”各类预警超12万条。'));
    expect(got.map((v) => v.split('=')[1])).toEqual(['120000']);
    expect(got[0]).toBe('“精准推送”预警=120000');
  });

  it('a number restating a list just given (甲、乙和丙三项清单)', () => {
    expect(read(report('建立需求清单、资源清单和责任清单三项清单，汇聚政务数据超8亿条。'))).toEqual(['政务数据=800000000']);
  });

  it('the plan’s own task count and a count of documents issued', () => {
    expect(read(report('重点推进“数据赋能”等36项任务。'))).toEqual([]);
    expect(read(report('印发《烟台市公共数据管理办法》和“算力券”等5个专项工作方案。'))).toEqual([]);
  });

  it('a per-year count in a report describes a practice; in a plan it is a target', () => {
    expect(read(report('每年推出10个“一件事”改革事项。'))).toEqual([]);
    expect(read(plan('每年推出不少于10个“一件事”改革事项。'))).toEqual(['“一件事”改革事项=10']);
  });

  it('a name cut inside a quotation', () => {
    expect(read(report('召开三期“数据要素成果发布会”。'))).toEqual([]);
  });
});

describe('the same reading on traditional Chinese', () => {
  it('reads people counts and members from traditional text, names folded to simplified', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
    expect(
      read(report(toTraditional('5万余人次在线参与首届数字技能大赛。发起成立由26家高校及科研机构组成的“海洋数据创新联盟”。'))),
    ).toEqual(['数字技能大赛参与人次=50000', '“海洋数据创新联盟”成员数=26']);
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
    const g = buildGraph([
      record('weifang-2024-plan', plan('力争数字经济核心产业增加值增长11%以上。')),
      record('weifang-2024-report', report('数字经济核心产业增加值同比增长超过13%。')),
    ]);
    expect(timeline(g, '数字经济核心产业增加值增速')).toEqual(['MEASURED:13', 'SETS_TARGET:11']);
  });
});
