import { namesRead } from '../names-read';

// The firms a task relies on (relied-firms.ts), named in a list the kind of firm closes. Sentences composed in the shape
// of a county's work report and a city's AI plan (invented, marked so); the list of kinds is quoted from the national
// power-equipment plan of the corpus (068).

describe('the firms a task relies on', () => {
  it('reads each firm of a list closed by 等龙头企业 after 依托', () => {
    // invented, in the shape of a county work report
    const read = namesRead('Agency', '依托天能集团、超威集团等龙头企业，打造新能源电池产业集群，推动工业互联网平台建设。');
    expect(read).toEqual(expect.arrayContaining(['天能集团', '超威集团']));
  });

  it('reads a firm and a company’s institute before 等企业 (阿里巴巴达摩院、海康威视)', () => {
    // invented, in the shape of a city's AI plan
    const read = namesRead('Agency', '依托阿里巴巴达摩院、海康威视等企业建设创新平台，推动人工智能大模型关键技术攻关。');
    expect(read).toEqual(expect.arrayContaining(['阿里巴巴达摩院', '海康威视']));
  });

  it('reads no firm where the list names kinds (依托行业协会、科研院所、高校等机构) or a firm is only a kind (重点企业)', () => {
    // 068; the second invented
    const read = namesRead(
      'Agency',
      '依托行业协会、科研院所、高校等机构开展培训。依托重点企业、龙头企业等企业建设数字化转型促进中心，推动工业互联网平台建设。',
    );
    expect(read).not.toContain('科研院所');
    expect(read).not.toContain('重点企业');
  });
});
