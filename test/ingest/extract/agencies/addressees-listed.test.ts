import { namesRead } from '../names-read';

// A notice's addressees, each whole: the items of an addressee line that list full names with 、 are each a body
// (德府发〔2016〕20号, http://www.lssme.org.cn/zcfg/show.php?itemid=17); one whose later parts are the first's
// owner's (国务院各部委、各直属机构, 国发〔2023〕16号, http://imasd-velecdom.com/prestashop/show.aspx?ES=41ht5.html)
// stays one; a line half of whose items are bodies is an addressee line (菏政办发〔2009〕72号,
// http://law270.infoeach.com/view-MjcwfDEwMDcyMA==.html); a note of the bodies standing for a government stays with it
// (https://lr5.cn/2024/08/07/47893.html).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('addressees', () => {
  it('reads each body an addressee item lists by its full name', () => {
    const line =
      '各县(市、区)人民政府、德阳经济技术开发区管委会、德阳高新技术产业开发区管委会,市级各部门:\n为贯彻落实党的十八大、十八届五中全会和省委十届六次、七次全会,市委七届十次、十一次全会精神,深化投融资体制和财税体制改革';
    expect(agencies(line, 'deyang')).toEqual(
      expect.arrayContaining(['各县(市、区)人民政府', '德阳经济技术开发区管委会', '德阳高新技术产业开发区管委会', '市级各部门']),
    );
  });

  it('keeps an item whose later parts are the first’s owner’s whole', () => {
    const line = '国发〔2023〕16号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n紧紧围绕高质量发展这个首要任务';
    const read = agencies(line, 'neimenggu');
    expect(read).toEqual(expect.arrayContaining(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构']));
    expect(read).not.toContain('各直属机构');
  });

  it('reads a line half of whose items are bodies', () => {
    const line =
      '菏政办发〔2009〕72号\n\n\n各县区人民政府,市政府各部门,市属各企业,各大中专院校:\n  《菏泽市扩大内需投资项目管理办法》已经市政府同意,现印发给你们,请认真贯彻执行。';
    expect(agencies(line, 'heze')).toEqual(expect.arrayContaining(['各县区人民政府', '市政府各部门']));
  });

  it('keeps the note of the bodies standing for a government with it, reading no county government out of it', () => {
    const line =
      '各区(市)县政府(管委会),市级有关部门,有关单位:\n\n经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实.';
    const read = agencies(line, 'chengdu');
    expect(read).toContain('各区(市)县政府(管委会)');
    expect(read).not.toContain('县政府');
  });
});

// The addressees of a national opinion (recalled from the wording of 发改能源〔2016〕392号, not checked against the published
// text): the provinces' departments, several of them, are one addressee however long, and the state's grid firms are
// addressed by name.
describe('the addressees of a national opinion', () => {
  it('reads the long departments item and the firms named in the line', () => {
    const read = namesRead(
      'Agency',
      '国家发展改革委 国家能源局 工业和信息化部关于推进“互联网+”智慧能源发展的指导意见\n发改能源〔2016〕392号\n\n' +
        '各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委（能源局）、工业和信息化主管部门，国家能源局各派出机构，国家电网公司、中国南方电网有限责任公司，有关能源企业：\n' +
        '“互联网+”智慧能源是一种互联网与能源生产、传输、存储、消费以及能源市场深度融合的能源产业发展新形态。\n',
    );
    expect(read.some((n) => n.startsWith('各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委'))).toBe(true);
    expect(read).toEqual(expect.arrayContaining(['国家能源局各派出机构', '国家电网公司', '中国南方电网有限责任公司']));
  });
});
