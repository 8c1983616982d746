import { namesRead } from '../names-read';

// 政府 written bare acts where it is the subject of its clause, a principle's actor or the body whose part is
// played; as the qualifier of a fund, a spending or a ratio it names no one. Quoted from the State Council
// work reports (003, 005, 006, 009, 010), the intelligent testing equipment plan (067), the vocational
// education reform (075) and the Qingdao AI industry plan (046).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('government written bare', () => {
  it('reads it as the subject of its clause (政府要…, 政府主要负责…)', () => {
    expect(agencies('政府要坚决把不该管的事项交给市场，最大限度减少对资源的直接配置。', '006')).toContain('政府');
    expect(agencies('政府主要负责规划战略、制定政策、依法依规监管。', '075')).toContain('政府');
  });

  it('reads it made the main actor (以政府为责任主体)', () => {
    expect(agencies('以政府为责任主体，推动固体废物收集、利用与处置工程项目和设施建设运行。', '074')).toContain('政府');
  });

  it('reads it as a principle’s actor, in a list item or after a comma', () => {
    expect(agencies('坚持企业为主、政府推动、市场化运作，实施一批重大示范项目。', '003')).toContain('政府');
    expect(agencies('（二）基本原则\n坚持市场主导，政府引导。', '067')).toContain('政府');
  });

  it('reads a principle’s actor with its level (各级政府引导、…, 031)', () => {
    expect(agencies('建成各级政府引导、学校和企业多方积极参与的国际学生奖学金体系。', '031')).toContain('各级政府');
  });

  it('reads it where its part is played (更好发挥政府作用; 发挥好政府在…中的组织作用)', () => {
    expect(agencies('充分发挥市场在资源配置中的决定性作用，更好发挥政府作用，营造市场化、法治化、国际化一流营商环境。', '010')).toContain(
      '政府',
    );
    expect(agencies('完善新型举国体制，发挥好政府在关键核心技术攻关中的组织作用，支持和突出企业科技创新主体地位。', '009')).toContain(
      '政府',
    );
  });

  it('reads none from a fund, an investment or a ratio it qualifies', () => {
    const text = [
      '优化投资结构，鼓励民间投资，发挥政府投资撬动作用，引导更多资金投向强基础、增后劲、惠民生领域。',
      '合理把握赤字规模，五年总体赤字率控制在3%以内，政府负债率控制在50%左右。',
      '发挥政府引导基金作用，吸引社会创投资本参与，重点支持初创期、成长型人工智能企业和项目。',
    ].join('');
    expect(agencies(text, '005')).not.toContain('政府');
  });
});

describe('places with the means to act', () => {
  it('reads 有条件的地方 where it acts, after a cue or opening its clause', () => {
    expect(agencies('建立长效机制，逐步减少大校额并降低班额，有条件的地方探索小班化教学。', '031')).toContain('有条件的地方');
    const text = '推进建设管理模式创新，鼓励有条件的地方探索建立综合论证、联合审批、绿色通道等项目建设管理新模式。';
    expect(agencies(text, '054')).toContain('有条件的地方');
  });

  it('reads the local governments with the means whole (支持有条件的地方政府…)', () => {
    const text = '支持有条件的地方政府、产业园区和龙头企业建设产业集群促进机构，推动智能检测装备产业集聚发展。';
    expect(agencies(text, '067')).toContain('有条件的地方政府');
  });

  it('reads no body where the text names a place (在有条件的地区，推进…)', () => {
    expect(agencies('在有条件的地区，推进资源化利用，提高建筑垃圾资源化再生产品质量。', '074')).toEqual([]);
  });
});

describe('bodies whose part is played', () => {
  it('reads think tanks and grassroots party organisations (发挥智库作用, 发挥基层党组织的战斗堡垒作用)', () => {
    expect(agencies('扎实开展政府协商，积极推进决策科学化民主化，重视发挥智库作用。', '002')).toContain('智库');
    const text = '把党的教育方针全面贯彻到学校工作各方面，充分发挥基层党组织的战斗堡垒作用，切实发挥党员的先锋模范作用。';
    expect(agencies(text, '031')).toContain('基层党组织');
  });
});

describe('a principle’s actor inside its clause', () => {
  it('reads 政府 opening a list of actors and their acts after a verb (031)', () => {
    const text = '突出加强新时代学校健康教育，形成政府主导、部门联动、学校主体、社会参与的学校健康教育体系。';
    expect(agencies(text, '031')).toContain('政府');
  });

  it('reads none where 政府 qualifies what follows it (政府引导基金)', () => {
    expect(agencies('设立政府引导基金，吸引社会资本参与。', '031')).toEqual([]);
  });
});
