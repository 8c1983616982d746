import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';
import { valuesOf } from '../judged-values';

// Named 工程 written among lists and ranks, quoted from Hailar district's 2016 work report
// (test/fixtures/corpus 016), with the sentences of the 2022 and 2023 State Council reports (008,
// 009) whose reading they must not change: a rank that qualifies a noun (城市重点区域) or ranks a
// list (…等重点工程) against one that ranks a bare kind of works (重点水利工程); a 工程 that is one
// item of a list summed up after it; a list of places closed by 和 before one head.

const names = (g: Graph) => g.nodes.filter((n) => n.label === 'EngineeringProject').map((n) => n.name);
const read = (text: string) => buildGraph([record('excerpt', text)]);

describe('a rank inside or before a project’s name', () => {
  it('keeps a rank that qualifies a noun (城市重点区域…) inside the name', () => {
    const g = read('投资5900万元的伊敏河两岸及城市重点区域亮化照明工程全部完工。');
    expect(names(g)).toEqual(['城市重点区域亮化照明工程']);
  });

  it('reads a list ranked before its head (…等重点工程) whole, and no part of it alone', () => {
    const g = read('重点实施了矿山生态修复、三北防护林、退耕还林、重点区域绿化等重点工程，森林覆盖率提高到25.2%。');
    expect(names(g)).toEqual(['矿山生态修复、三北防护林、退耕还林、重点区域绿化等重点工程']);
  });

  it('still reads no project from a rank before a bare kind of works (建设重点水利工程)', () => {
    const g = read('继续建设重点水利工程，抓好灌区建设和改造。');
    expect(names(g)).toEqual([]);
  });
});

describe('a project among a list', () => {
  it('names a 工程 that is one item of a list summed up after it (…等城市主干道路) alone', () => {
    const g = read('新建、改造胜利大街、哈萨尔大街、伊敏河沿河路贯通工程等城市主干道路80条，总里程达到61.4公里。');
    expect(names(g)).toEqual(['伊敏河沿河路贯通工程']);
  });

  it('reads a list of places closed by 和 before one head as one project', () => {
    const g = read('投资1.27亿元实施的主城区、两河圣山景区和东山组团绿化工程新增绿化面积66.3万平方米。');
    expect(names(g)).toEqual(['主城区、两河圣山景区和东山组团绿化工程']);
  });

  it('still names the last of a 和 after a list summed up by 等 (…等基础设施和民生工程), and a 和 after a project', () => {
    const g = read(
      ['推进交通、水利、能源、信息等基础设施和民生工程建设。', '结合“十个全覆盖”工程、棚户区改造和安居工程改善居住条件。'].join('\n'),
    );
    expect(names(g).sort()).toEqual(['十个全覆盖工程', '安居工程', '民生工程'].sort());
  });
});

describe('a figure inside a project that makes up its clause (Hailar’s 2013 and 2017 reports, 013 and 017)', () => {
  const values = valuesOf;

  it('is still a value of the clause (…主体建设和8万平方米广场等工程)', () => {
    const g = read('年内计划投资64.8亿元。完成东海写字楼、国税局综合业务用房主体建设和8万平方米广场等工程。');
    expect(names(g)).toEqual(['东海写字楼、国税局综合业务用房主体建设和8万平方米广场等工程']);
    expect(values(g)).toContain(80000);
  });

  it('is none when it counts the projects listed (等5项工程)', () => {
    const g = read('重点实施了棚户区改造、基础设施完善、景观提升、市容市貌整治和东山组团建设等5项工程。');
    expect(values(g)).not.toContain(5);
  });
});

describe('a list of fields before a governing verb (Shandong’s 2024 AI plan, 051)', () => {
  it('names the 工程 after the verb, not the list of fields it runs in (…等领域开展标杆场景工程)', () => {
    const g = read('以场景应用牵引人工智能技术创新，围绕工业制造、现代海洋、医疗健康等领域开展标杆场景工程，形成一批典型应用场景。');
    expect(names(g)).toEqual(['标杆场景工程']);
  });
});

describe('a list before 等 and a rank in a field (session 16)', () => {
  it('is the name of the works, whole (016, 012)', () => {
    expect(
      names(
        read('累计投入16.54亿元用于老旧城区基础设施建设。实施了海拉尔公路客运总站、棚户区改造、污水处理厂二期等重大民生工程，新建道路。'),
      ),
    ).toEqual(['海拉尔公路客运总站、棚户区改造、污水处理厂二期等重大民生工程']);
    const text =
      '六是加快环城道路和城市路网建设，全力推进东、西外环路、机场快速路、哈萨尔大街和西头道街两条西出口路等市区两级重点道路工程的建设，逐步形成东西外环绕城。';
    expect(names(read(text))).toEqual(['东、西外环路、机场快速路、哈萨尔大街和西头道街两条西出口路等市区两级重点道路工程']);
  });

  it('gives examples of the works a batch counts, named after 等 (009: 一批防汛抗旱、引水调水等重大水利工程)', () => {
    expect(names(read('——基础设施更加完善。一批防汛抗旱、引水调水等重大水利工程开工建设。'))).toEqual(['重大水利工程']);
  });
});
