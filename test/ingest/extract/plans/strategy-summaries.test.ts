import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// A list its summary names strategies (…三大战略, …等青岛市重大战略): a region's development listed in it is
// a programme though no cue verb opens the list. Quoted from the 2017 State Council work report
// (test/fixtures/corpus 004) and Qingdao's 2020 AI education opinion (030).

const plans = (g: Graph) => g.nodes.filter((n) => n.label === 'Plan').map((n) => n.name);
const read = (text: string) => buildGraph([record('excerpt', text)]);

describe('a region’s development in a list of strategies', () => {
  it('reads 长江经济带发展 before 三大战略', () => {
    const g = read('扎实推进“一带一路”建设、京津冀协同发展、长江经济带发展三大战略，启动建设一批重大项目。');
    expect(plans(g)).toContain('长江经济带发展');
  });

  it('reads 胶东经济圈一体化发展 in a list closed by 等青岛市重大战略', () => {
    const g = read(
      '汇聚一批高水平的人才队伍和创新团队，在“一带一路”国际合作新平台、胶东经济圈一体化发展、世界工业互联网之都打造等青岛市重大战略中发挥人才支撑作用。',
    );
    expect(plans(g)).toContain('胶东经济圈一体化发展');
  });

  it('reads none from a list its summary names fields, not strategies', () => {
    const g = read('在“一带一路”国际合作新平台、胶东经济圈一体化发展等领域中发挥人才支撑作用。');
    expect(plans(g)).not.toContain('胶东经济圈一体化发展');
  });
});
