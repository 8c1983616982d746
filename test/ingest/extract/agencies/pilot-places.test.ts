import { namesRead } from '../names-read';

// A place a plan makes its pilot stands for its government; quoted from the 2013 “智慧山东” pilot opinion (021).

const agencies = (text: string) => namesRead('Agency', text, '021');

describe('places a plan makes its pilots', () => {
  it('reads a district of a city made a pilot (以…等为…试点), named as written', () => {
    expect(agencies('以济宁市任城区等为“智慧城区”试点，围绕城市运行管理中的重点和薄弱环节，利用先进、可靠、适用的信息技术。')).toEqual([
      '济宁市任城区',
    ]);
  });

  it('reads no residential estate made a pilot', () => {
    expect(agencies('以枣庄市安乔东城国际小区等为“智慧社区”试点，利用物联网等技术，建设社区综合信息服务平台。')).toEqual([]);
  });
});
