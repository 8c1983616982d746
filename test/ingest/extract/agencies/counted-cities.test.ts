import { namesRead } from '../names-read';

// Cities a count closes act as a set of governments: the Jinan–Qingdao AI pilot zone plan
// (test/fixtures/corpus 027) writes 济南和青岛两市要采取“一区两翼”模式, with no cue before them.

const agencies = (text: string) => namesRead('Agency', text, 'shandong');

describe('cities a count closes', () => {
  it('reads 济南和青岛两市 opening a clause before an act as the two cities, named with 市', () => {
    expect(
      agencies('全省必须增强危机意识，抢占黄金机遇推动产业发展，济南和青岛两市要采取“一区两翼”模式，充分发挥产业和资源优势。').sort(),
    ).toEqual(['济南市', '青岛市'].sort());
  });

  it('reads a counted list after a cue too (支持济南、青岛两市建设…)', () => {
    expect(agencies('支持济南、青岛两市建设人工智能创新应用先导区。').sort()).toEqual(['济南市', '青岛市'].sort());
  });

  it('reads no city from a counted list that no act follows (济南、青岛两市的企业)', () => {
    expect(agencies('济南、青岛两市的人工智能企业广泛分布于软硬件支撑层等各领域。')).toEqual([]);
  });
});
