import { buildGraph } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

// Cities a cue makes act stand for their government; sentences quoted from Shandong's
// new-generation IT opinion (044), its 2024 plan (048), its AI plan (051) and the Qingdao AI pilot
// zone plan (029).

const agencies = (text: string) =>
  buildGraph([record('shandong', text)])
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => n.name);

describe('cities a cue makes act', () => {
  it('reads each city of a list closed by 等市, named with 市', () => {
    expect(agencies('支持济南、青岛、烟台等市持续深化与央企的战略合作，加快建设东方航天港。').sort()).toEqual(
      ['济南市', '烟台市', '青岛市'].sort(),
    );
    expect(agencies('支持济南、青岛等有基础的市积极争取国家集成电路产业投资基金支持。').sort()).toEqual(['济南市', '青岛市'].sort());
  });

  it('reads cities written with 市 before an act', () => {
    expect(agencies('鼓励济南市、青岛市建设大模型评测开放服务平台，加速大模型技术优化与应用落地。').sort()).toEqual(
      ['济南市', '青岛市'].sort(),
    );
    expect(agencies('支持济南市瞄准新能源汽车、5G、光电等市场需求，构建碳化硅、氮化镓等第三代半导体全产业链。')).toEqual(['济南市']);
  });

  it('reads no city that only owns what the cue supports, nor cities a kind of city sums up', () => {
    expect(agencies('支持青岛市创新主体与国内及全球创新领军企业开展合作。')).toEqual([]);
    expect(agencies('鼓励北京、上海、深圳等发达城市人工智能产业的转移落地。')).toEqual([]);
  });
});
