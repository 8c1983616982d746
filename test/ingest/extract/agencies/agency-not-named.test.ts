import { namesRead } from '../names-read';

// Words that stand where a body would but name none: a count of bodies (青岛市大数据局's 2022 half-year
// summary), the body a city sets up, named as what is set up (Hailar's 2018 work report, test/fixtures/corpus
// 018), a hall an event is held in (a report of 涪城区's 2019 congress), and a service's reach ending in 办
// (网上可办, 全程网办, 一网通办: Shandong's “十四五” 数字政府 plan of 2021).

const agencies = (text: string, id = 'passage') => namesRead('Agency', text, id);

describe('words that name no body', () => {
  it('reads no body from a count of departments', () => {
    const text =
      '印发《数字青岛2022年行动方案》，统筹推动总投资1255亿元的118个重点项目建设。统筹指导41个部门、10个区市制定了数字化转型专项行动方案。';
    expect(agencies(text).filter((n) => /\d/.test(n))).toEqual([]);
  });

  it('reads the bureau a city sets up, not the city and the act with it', () => {
    const read = agencies('积极配合呼伦贝尔市组建不动产登记管理局，不动产登记实现“一窗受理、集成服务”。', '018');
    expect(read).toContain('不动产登记管理局');
    expect(read).not.toContain('呼伦贝尔市组建不动产登记管理局');
  });

  it('reads no body from a hall', () => {
    expect(agencies('2月19日，绵阳市涪城区第六届人民代表大会第四次会议在绵阳市委党校知行堂主会议厅隆重开幕。')).not.toContain(
      '绵阳市委党校知行堂主会议厅',
    );
  });

  it('reads no body from a rate of services done online (网上可办率, 全程网办, 一网通办)', () => {
    const text =
      '截至2020年底，省级政务服务事项网上可办率达到90%以上，“爱山东”APP注册用户超过5000万。全面推行一网通办，全程网办事项达到1826项。';
    expect(agencies(text).filter((n) => n.endsWith('办'))).toEqual([]);
  });
});
