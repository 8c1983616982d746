import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Campaigns and plans named in running text, quoted from Hailar district's 2016 work report
// (test/fixtures/corpus 016): a quoted name with the head of a study campaign or a special clean-up
// (“三严三实”专题教育, “五马六乱”专项治理), a year-long campaign (…服务年活动), a campaign that opens its
// clause before 全面开展, and two items joined by 和 where the first ends on its own head or on a word
// that ends a name (…专项治理和…行动, …保护制度和…规划).

const plans = (g: Graph) => g.nodes.filter((n) => n.label === 'Plan').map((n) => n.name);
const read = (text: string) => buildGraph([record('excerpt', text)]);

describe('campaigns named in a work report', () => {
  it('reads a quoted name with the head of a study campaign (“三严三实”专题教育)', () => {
    expect(plans(read('扎实开展“三严三实”专题教育，政府作风建设形成常态化机制。'))).toEqual(['“三严三实”专题教育']);
  });

  it('reads a quoted special clean-up and the campaign joined after it as two, before 全面开展', () => {
    const g = read('“五马六乱”专项治理和城乡结合部环境卫生清理行动全面开展，城市管理水平进一步提高。');
    expect(plans(g).sort()).toEqual(['“五马六乱”专项治理', '城乡结合部环境卫生清理行动'].sort());
  });

  it('reads a year-long campaign (…服务年活动) after its cue', () => {
    expect(plans(read('深入开展物业管理服务年活动，切实提高物业管理和服务水平。'))).toEqual(['物业管理服务年活动']);
  });

  it('ends an item at a word that ends a name before 和 (…保护制度和主体功能区规划)', () => {
    expect(plans(read('全面落实国家环境保护制度和主体功能区规划，科学划定生态保护红线。'))).toEqual(['主体功能区规划']);
  });
});
