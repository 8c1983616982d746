import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// When a text gives no date of its own. A news report of a work report that writes no year but the goals it sets
// (提出了2019年经济社会发展主要预期目标) speaks in that year: quoted from 香港商报, 2019-02-19
// (http://tp.hkcd.com/content_p/2019-02/19/content_70411.html). A news item's year is the latest it speaks of, but
// not the year an outlook looks to (《…2035年远景目标纲要》): quoted from 新华社's report of the 十四五 mid-term review
// (http://melab.com.tw/uploads/xinwen.asp?5t=Kym.html), nor one a horizon looks to (到2025年): quoted from a report of
// 工业和信息化部's press conference of 2021-11-30 (http://m.yktchina.com/zx/2021/1130/14834.html).

const fucheng = [
  '2月19日,綿陽市涪城區第六屆人民代表大會第四次會議在綿陽市委黨校知行堂主會議廳隆重開幕。大會由主席團常務主席、執行主席鄭志恆主持,代區長鄧輝作政府工作報告。',
  '鄧輝在報告中提出了2019年經濟社會發展主要預期目標:區屬地區生產總值增長9%,全社會固定資產投資增長18%,一般公共預算收入同口徑增長9%,規模以上工業增加值增長11.1%,社會消費品零售總額增長11.5%,城、鄉居民人均可支配收入分別增長8%、9%,城鎮登記失業率控制在4%以內,全面完成省市下達的各項目標任務,社會事業協調發展,社會大局和諧穩定。',
  '',
].join('\n');

const midterm = [
  '新华社北京12月26日电 题:“十四五”规划纲要实施实现“时间过半、任务过半”——从中期评估报告看“十四五”发展新成效',
  '受国务院委托,国家发展改革委主任郑栅洁26日向十四届全国人大常委会第七次会议作《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》实施中期评估报告。他介绍,纲要实施实现了“时间过半、任务过半”,主要目标指标进展总体符合预期。',
  '现代产业体系加快发展,实体经济根基巩固壮大。报告显示,制造业增加值占GDP比重提升至27.8%,占全球比重稳定在30%左右。',
  '',
].join('\n');

const miit = [
  '为深入贯彻《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的总体要求,11月30日,工业和信息化部连续发布了《“十四五”信息化和工业化深度融合发展规划》《“十四五”软件和信息技术服务业发展规划》《“十四五”大数据产业发展规划》等三个产业发展规划,并召开新闻发布会进行解读。',
  '两化融合是中国特色新型工业化道路的集中体现,新发展阶段制造业数字化、网络化、智能化发展的必由之路。工信部信息技术发展司司长谢少锋在新闻发布会上强调,截至今年10月底,全国工业企业关键工序数控化率、经营管理数字化普及率和数字化研发设计工具普及率分别达54.6%、69.8%和74.2%,“十三五”以来分别增加9.2、14.9和12.2个百分点,对传统产业提升作用显著。',
  '《“十四五”信息化和工业化深度融合发展规划》提出了“十四五”两化深度融合发展目标,即到2025年,信息化和工业化在更广范围、更深程度、更高水平上实现融合发展,全国两化融合发展指数达到105,企业经营管理数字化普及率达80%。',
  '',
].join('\n');

describe('a document that writes no date of its own', () => {
  it('dates a work report’s goals by the year they are set for', () => {
    const g = buildGraph([passage('fucheng-2019-news', fucheng)]);
    expect(judgedAt(g, 18)).toEqual([{ kind: 'TARGET', period: '2019' }]);
  });

  it('does not date a news item by the year of an outlook its cited title names', () => {
    const g = buildGraph([passage('midterm-news', midterm)]);
    const periods = judgedAt(g, 27.8).map((j) => String(j.period ?? ''));
    expect(periods).toHaveLength(1);
    expect(periods[0]).not.toMatch(/^2035/);
  });

  it('does not date a news item by the horizon of the goals it reports', () => {
    const g = buildGraph([passage('miit-2021-11', miit)]);
    const periods = judgedAt(g, 54.6).map((j) => String(j.period ?? ''));
    expect(periods).toHaveLength(1);
    expect(periods[0]).not.toMatch(/^20(25|35)/);
  });
});
