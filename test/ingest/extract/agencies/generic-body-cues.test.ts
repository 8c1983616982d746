import { namesRead } from '../names-read';

// Generic bodies read where the text makes them act: those whose supervision a government accepts
// (the Shandong education plan 031; not the district reports' bare 人大, 013/014, the district's own), a
// long member of a cued list (031) beside a clause whose modal ends the list (the 2017 work report 004),
// and the organisations a task relies on (the intelligent retrofit plan 026; not the units whose base it
// draws on, the smart sensor plan 033).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('bodies whose supervision is accepted', () => {
  it('reads each body of the phrase, the first qualified and the next bare (各级人大…和政协…)', () => {
    const text = '定期开展督导检查，主动接受各级人大执法监督和政协民主监督。加强规划实施的信息公开，接受社会监督。';
    expect(agencies(text, '031')).toEqual(expect.arrayContaining(['各级人大', '政协']));
  });

  it('reads no bare body opening the phrase, nor the public (接受人大的法律监督…, 接受社会监督)', () => {
    const read = [
      agencies('主动接受人大的法律监督和政协的民主监督，及时办理人大代表建议、政协委员提案。', '014'),
      agencies('坚持依法行政，自觉接受人大依法监督、政协民主监督，高度重视司法监督、舆论监督和社会公众监督。', '013'),
    ].flat();
    expect(read).not.toContain('人大');
    expect(read).not.toContain('政协');
  });
});

describe('members of a list of acting bodies', () => {
  it('passes over a long member before the body a cue makes act (有条件的企事业单位、社会组织)', () => {
    const text = '健全学校教育资源向社会开放的运行机制，鼓励有条件的企事业单位、社会组织开放优质育人资源。';
    expect(agencies(text, '031')).toContain('社会组织');
  });

  it('still reads the subject whose partner’s clause holds the modal (地方和企业要落实…与…)', () => {
    const text =
      '去产能必须安置好职工，中央财政专项奖补资金要及时拨付，地方和企业要落实相关资金与措施，确保分流职工就业有出路、生活有保障。';
    expect(agencies(text, '004')).toContain('地方');
  });
});

describe('organisations a task relies on', () => {
  it('reads the organisation after 依托 that carries the training out (依托行业协会(学会)或专业化服务商)', () => {
    const text =
      '总结梳理一批智能化技改成效显著的先进模式，依托行业协会(学会)或专业化服务商，通过视频推介、对标观摩等方式，线上线下、分类开展专题培训，调动企业实施智能化技术改造的内生动力。';
    expect(agencies(text, '026')).toContain('行业协会(学会)');
  });

  it('reads no qualified unit whose base a task draws on (依托各市产业基础)', () => {
    const text =
      '依托各市产业基础，发挥国家集成电路设计济南产业化基地、青岛崂山微电子产业园、中德生态园集成电路产业基地等集聚优势，加大龙头企业支持力度。';
    expect(agencies(text, '033')).not.toContain('各市');
  });
});
