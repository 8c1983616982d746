import { namesRead } from '../names-read';

// How a list of bodies is read, quoted from the Shandong big-data bureau's digital economy measures (043),
// Hailar's 2016 and 2017 work reports (016, 017) and the connected-vehicles action plan (069).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('lists of bodies', () => {
  it('reads a first item that is also a verb (会同组织、科技…等部门)', () => {
    const text = '7.狠抓招才引智。会同组织、科技、人力资源社会保障等部门，围绕数字强省建设目标，制定实施数字创新人才支持计划。';
    expect(agencies(text, '043')).toEqual(expect.arrayContaining(['组织', '科技', '人力资源社会保障']));
  });

  it('reads the province’s departments with 相关 as with 有关 (会同省直相关部门、重点企业)', () => {
    const text =
      '20.加快建设数智赋能的融合基础设施。会同省直相关部门、重点企业，加快推进交通、能源、水利、市政、生态、环保等领域融合基础设施数字化转型。';
    expect(agencies(text, '043')).toContain('省直相关部门');
  });

  it.each([
    ['016', '强化食品药品安全监管，高度重视妇女儿童、工会、共青团、红十字、老龄和残疾人事业，扎实推进统计、人口计生工作。'],
    ['017', '深入开展民族团结进步创建活动,高度重视妇女儿童、工会、共青团、红十字会、老龄和残疾人事业,扎实推进审计、统计工作。'],
  ])('reads no body in a list of fields of work that 事业 closes (%s)', (id, text) => {
    const read = agencies(text, id);
    expect(read).not.toContain('工会');
    expect(read).not.toContain('共青团');
  });

  it('reads the last of two items a cue makes act that ends like a body, before 开展 (…和雄安新区开展)', () => {
    const text = '推进上海、北京-河北、重庆等区域性示范应用，支持北京冬奥会和雄安新区开展车联网应用。构建国家级的车联网先导区。';
    expect(agencies(text, '069')).toContain('雄安新区');
  });
});
