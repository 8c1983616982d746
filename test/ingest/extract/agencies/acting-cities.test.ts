import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Cities a cue makes act stand for their government; sentences quoted from Shandong's
// new-generation IT opinion (044), its 2024 plan (048), its AI plan (051), the Qingdao AI pilot
// zone plan (029), the 2013 “智慧山东” pilot opinion (021) and the 2020 industrial big data plan (025).

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

  it('reads a city written without 市 before its act, named with 市 (033, 031, 005)', () => {
    expect(agencies('支持烟台聚焦红外传感器、MEMS传感器、气体传感器、半导体激光器等领域。')).toEqual(['烟台市']);
    expect(agencies('支持青岛建设人工智能教育标杆城市和全国智慧教育示范区。')).toEqual(['青岛市']);
    expect(agencies('深入推进全面创新改革试验，支持北京、上海建设科技创新中心，新设14个国家自主创新示范区。').sort()).toEqual(
      ['上海市', '北京市'].sort(),
    );
  });

  it('reads no city written bare whose act only qualifies a thing (035)', () => {
    expect(agencies('《规划》把国家、省“十四五”规划中明确支持济南建设的66个重大载体平台和项目进行了细化安排。')).not.toContain('济南市');
  });

  it('reads no city that only owns what the cue supports, nor cities a kind of city sums up', () => {
    expect(agencies('支持青岛市创新主体与国内及全球创新领军企业开展合作。')).toEqual([]);
    expect(agencies('鼓励北京、上海、深圳等发达城市人工智能产业的转移落地。')).toEqual([]);
  });

  it('reads the cities chosen to run a pilot or build, and the places a pilot is run in a list closed by 等', () => {
    expect(
      agencies(
        '选择潍坊、威海等市作为“智慧城市”试点，重点围绕交通、能源、物流、工农业生产、金融、智能建筑、医疗、环保、市政管理、城市安全等重点行业的应用热点和难点找出突破口。',
      ).sort(),
    ).toEqual(['威海市', '潍坊市'].sort());
    expect(agencies('依托省数据枢纽工程，选择济南、青岛等市建设国家工业大数据中心省级分中心。').sort()).toEqual(
      ['济南市', '青岛市'].sort(),
    );
    expect(agencies('在济南、淄博市等开展“智慧工业园区”试点，以装备制造智能化为核心和突破口。').sort()).toEqual(
      ['济南市', '淄博市'].sort(),
    );
    expect(agencies('在德州市等开展“智慧物流园区”试点，以智能调度、物流信息处理、车辆监控管理和调度。')).toEqual(['德州市']);
  });

  it('reads no city a place cue only locates something in', () => {
    expect(
      agencies(
        '积极支持智能芯片、智能传感器、开源开放平台等领域的国内外人工智能企业，在青岛市设立区域总部、创新中心、孵化基地、双创平台等。',
      ),
    ).toEqual([]);
  });
});
