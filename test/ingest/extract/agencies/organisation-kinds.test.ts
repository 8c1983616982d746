import { namesRead } from '../names-read';

// Kinds of organisation that act where their part is played or a cue makes them act, quoted from the
// Jinan–Qingdao AI pilot zone plan (027), Hailar's 2019 work report (019) and the elderly digital-divide
// plan (062); and a district written in a role note of Qingdao's AI education opinion (030).

const agencies = (text: string) => namesRead('Agency', text, 'excerpt');

describe('kinds of organisation that act', () => {
  it('reads 行业联盟 whose part is played (引导发挥行业联盟作用)', () => {
    expect(agencies('加大对外开放交流合作。引导发挥行业联盟作用，鼓励企业积极参与人工智能对接交流活动。')).toContain('行业联盟');
  });

  it('reads 行业商会 among the bodies whose part is played (充分发挥工商联、行业商会等主体的桥梁纽带作用)', () => {
    expect(agencies('畅通企业的“诉求反映通道”，充分发挥工商联、行业商会等主体的桥梁纽带作用，把国家的大政方针传达到位。')).toContain(
      '行业商会',
    );
  });

  it('reads 村（居）委会 after a cue as one body (its brackets folded half-width)', () => {
    expect(agencies('鼓励亲友、村（居）委会、老年协会、志愿者等为老年人运用智能化产品提供相应帮助。')).toContain('村(居)委会');
  });

  it('reads a new district named in a note of the units that carry a task out', () => {
    const text = [
      '为推进人工智能教育快速发展，制定本意见。',
      '三、主要任务',
      '1.建设青岛人工智能教育品牌。由青岛市教育局发起，成立人工智能教育联盟，打造青岛市人工智能教育品牌。（装备信息中心、基教处、思政处、西海岸新区）',
    ].join('\n');
    expect(agencies(text)).toEqual(expect.arrayContaining(['装备信息中心', '基教处', '思政处', '西海岸新区']));
  });
});
