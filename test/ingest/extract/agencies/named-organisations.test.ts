import { namesRead } from '../names-read';

// Universities, institutes and firms named by their own names carry the tasks a text gives them
// (named-organisations.ts). Sentences quoted from the corpus (031, 040, 046, 062) or recalled from published texts in
// the wording of the State Council's 2023 report on manufacturing to the NPC Standing Committee, Changsha's 2021 AI
// action plan, the State Council General Office's 2019 通报 on the sixth 大督查 and Qingdao Laoshan's 2020 work report
// (recalled, not checked against the published text).

const agencies = (text: string) => namesRead('Agency', text, 'passage');

describe('universities, institutes and firms named as carrying a task', () => {
  it('reads the universities a cue makes act, in a list its kind closes (031)', () => {
    const read = agencies('支持山东大学、中国海洋大学、中国石油大学（华东）、哈尔滨工业大学（威海）等驻鲁部属高校强化“双一流”建设。');
    expect(read).toEqual(expect.arrayContaining(['山东大学', '中国海洋大学']));
    expect(read.some((n) => n.startsWith('中国石油大学'))).toBe(true);
    expect(read.some((n) => n.startsWith('哈尔滨工业大学'))).toBe(true);
  });

  it('reads a list its kind closes at a clause’s opening (recalled, State Council report 2023)', () => {
    const read = agencies(
      '国家自然科学基金委员会加大对制造领域基础研究的支持。清华大学、上海交通大学、哈尔滨工业大学等高校承担了一批重大科技专项任务。',
    );
    expect(read).toEqual(expect.arrayContaining(['清华大学', '上海交通大学', '哈尔滨工业大学']));
  });

  it('reads firms a cue makes act before their act, and a list joined after the kind (recalled, Changsha 2021)', () => {
    const read = agencies(
      '支持三一集团有限公司、中联重科股份有限公司、湖南华菱钢铁集团有限责任公司开展智能制造试点示范。' +
        '支持中南大学、湖南大学、国防科技大学等高校和中国电子科技集团公司第四十八研究所开展智能芯片关键技术攻关。',
    );
    expect(read).toEqual(
      expect.arrayContaining([
        '三一集团有限公司',
        '中联重科股份有限公司',
        '湖南华菱钢铁集团有限责任公司',
        '中南大学',
        '湖南大学',
        '国防科技大学',
        '中国电子科技集团公司第四十八研究所',
      ]),
    );
  });

  it('reads the partners of a joint act and the body a task relies on (recalled, 通报 2019; Changsha 2021)', () => {
    const read = agencies(
      '与清华大学深圳国际研究生院、南方科技大学共建联合实验室。济南高新区管委会联合山东大学、中国科学院自动化研究所共建人工智能创新平台。' +
        '依托湖南先进技术研究院建设开源社区。',
    );
    expect(read).toEqual(
      expect.arrayContaining(['清华大学深圳国际研究生院', '南方科技大学', '山东大学', '中国科学院自动化研究所', '湖南先进技术研究院']),
    );
  });

  it('reads the first party of a joint act opening a clause (recalled, Laoshan 2020)', () => {
    const read = agencies('创新动能持续增强。中国海洋大学、山东大学青岛校区与区内企业共建联合实验室12个。');
    expect(read).toEqual(expect.arrayContaining(['中国海洋大学', '山东大学青岛校区']));
  });

  it('reads no kind written with a scope word, no bare 公司 and no data centre (040, 062, 046)', () => {
    const read = agencies('推动信息领域现有重点实验室优化重组。引导网约车平台公司优化约车软件。推动现有数据中心扩容升级。');
    expect(read).not.toContain('信息领域现有重点实验室');
    expect(read).not.toContain('网约车平台公司');
    expect(read).not.toContain('现有数据中心');
  });

  it('reads no university whose only act is its growth (invented)', () => {
    expect(agencies('支持青岛大学、青岛科技大学发展。')).not.toContain('青岛大学');
  });
});

// Recalled from the wording of the 2016 guiding opinion of the NDRC, the National Energy Administration and MIIT on
// “互联网+” smart energy (发改能源〔2016〕392号; recalled, not checked against the published text).
describe('firms and societies of a national opinion', () => {
  it('reads firms written with a bare 公司 or 集团公司 in a list the kind of firm closes', () => {
    const read = agencies(
      '鼓励国家电网公司、中国南方电网有限责任公司等电网企业建设智能电网。推动中国石油天然气集团公司、中国石油化工集团公司等油气企业开展智能化改造。',
    );
    expect(read).toEqual(
      expect.arrayContaining(['国家电网公司', '中国南方电网有限责任公司', '中国石油天然气集团公司', '中国石油化工集团公司']),
    );
  });

  it('reads a society (研究会) opening its clause before its act', () => {
    expect(agencies('国家能源局组织开展能源互联网试点示范，中国电力企业联合会、中国能源研究会要做好技术支撑。')).toContain(
      '中国能源研究会',
    );
  });
});
