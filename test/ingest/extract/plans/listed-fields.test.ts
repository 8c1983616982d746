import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Lists inside and around plan names, read on whole official documents outside the corpus (session 22) and on the corpus
// (003, 017). Recalled from the published text as closely as the writer could: 国务院政府工作报告 2020, 国务院关于印发“十三五”现代综合交通
// 运输体系发展规划的通知 (国发〔2017〕11号; this sentence was first read in the unseen batch, then made a test), 国办 2019年督查激励
// 通报 (国办发〔2020〕9号). Invented in part (written in the shape and wording of the genre, not a published text): the
// sentences marked 苏州 (a city's 若干政策 on integrated circuits) and 制造业报告 (a State Council report to the NPC Standing
// Committee on manufacturing).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('fields of one or two characters listed before a plan’s name', () => {
  it('reads them as what the one plan covers (003; 国办 督查激励通报, 2020: 实施…成效明显的地方)', () => {
    expect(names('加强生态文明建设。深入实施大气、水、土壤污染防治行动计划，划定生态保护红线。')).toEqual([
      '大气、水、土壤污染防治行动计划',
    ]);
    expect(names('5．实施大气、水、土壤污染防治行动计划成效明显的地方：北京市、河北省。')).toEqual(['大气、水、土壤污染防治行动计划']);
  });

  it('reads a list title cited without 《》 as one plan, its 等 the list’s (苏州, invented in part: the class of 钢铁、水泥、平板玻璃等行业产能置换办法)', () => {
    expect(names('严格执行钢铁、水泥、平板玻璃等行业产能置换办法，统筹能耗指标向重点产业倾斜。')).toEqual([
      '钢铁、水泥、平板玻璃等行业产能置换办法',
    ]);
  });

  it('reads no plan in a list of fields before only generic words, a kind of plan (“十三五”现代综合交通运输体系发展规划, 2017)', () => {
    expect(names('国务院有关部门要组织编制铁路、公路、水运、民航、邮政等专项规划和城市群交通规划，并做好与本规划的衔接。')).toEqual([]);
  });

  it('takes no heading numeral and no government for a field (二、重点行动; 国家、自治区…重大发展战略)', () => {
    expect(names('二、重点行动\n（一）“互联网+”创业创新。')).toEqual([]);
    expect(names('主动适应把握经济发展新常态，深度对接国家、自治区和呼伦贝尔市重大发展战略，准确把握发展定位。')).toEqual([]);
  });
});

describe('items of a list that are clauses or projects, not names a head shares', () => {
  it('reads the plan after a project joined to it by 和 (制造业报告, invented in part)', () => {
    expect(names('贯彻落实相关规划，实施智能制造工程和制造业数字化转型行动。')).toEqual(['制造业数字化转型行动']);
  });

  it('shares no head over an item its own cue verb opens (国办 督查激励通报, 2020)', () => {
    expect(names('8．落实就业优先政策、推进职业技能提升行动成效明显的地方：天津市、江苏省。')).toEqual(['职业技能提升行动']);
  });

  it('reads each region’s programme of a list its last item’s course closes (国务院政府工作报告, 2020)', () => {
    expect(
      names('深入实施创新驱动发展战略，推进区域协调发展，京津冀协同发展、长江经济带发展、粤港澳大湾区建设、长三角一体化发展稳步实施。'),
    ).toEqual(expect.arrayContaining(['京津冀协同发展', '长江经济带发展', '粤港澳大湾区建设', '长三角一体化发展']));
  });
});

describe('plans cited by title and in lists of funding plans', () => {
  it('reads a policy cited in 《》 by its title (苏州, invented in part)', () => {
    expect(
      names(
        '为深入贯彻落实《新时期促进集成电路产业和软件产业高质量发展的若干政策》（国发〔2020〕8号），落实《苏州市关于加快建设姑苏实验室的若干政策》。',
      ),
    ).toEqual(['新时期促进集成电路产业和软件产业高质量发展的若干政策', '苏州市关于加快建设姑苏实验室的若干政策']);
  });

  it('reads the funding plan whose works a list’s last item names, not the works (苏州, invented in part)', () => {
    expect(names('2. 对列入国家科技重大专项、国家重点研发计划的集成电路项目，按照国家实际到位资金给予配套支持。')).toEqual([
      '国家科技重大专项',
      '国家重点研发计划',
    ]);
  });

  it('reads a regime a word that ends a name follows (国办 督查激励通报, 2020)', () => {
    expect(names('6．落实河长制、湖长制工作力度大、河湖管理保护成效明显的地方：浙江省、江西省。')).toEqual(['河长制', '湖长制']);
  });
});
