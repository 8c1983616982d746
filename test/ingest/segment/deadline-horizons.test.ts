import { buildGraph } from '../../../src/ingest';
import { loadLexicon } from '../../../src/ingest/lexicon';
import { segment } from '../../../src/ingest/segment';
import { Period } from '../../../src/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgedAt as at, judgedIn, passage as doc } from '../extract/judged-values';
import { CORPUS_DIR } from '../corpus/corpus-fixture';

// Plans that write no 到20XX年 still say when their goals are due. The State Council General Office's
// 2018 website consolidation pilot (test/fixtures/corpus 072) sets its goal as a deadline
// (2019年12月底前，试点地区完成…); the Ministry of Transport's 2014 guide to the smart public transport
// demonstration project (071) writes no year at all, but sets its goals by the requirements of a
// “十二五” plan, so they are due by that period's end. An undated target then runs over the plan's years.

const PILOT = [
  '（三）工作目标。',
  '2019年12月底前，试点地区完成政府网站集约化工作，实现本地区各级各类政府网站资源优化融合、平台整合安全、数据互认共享、管理统筹规范、服务便捷高效。',
  '二、试点范围',
  '根据各地区政府网站集约化工作进展情况和试点申报情况，确定北京、吉林、安徽、山东、湖北、湖南、广东、广西、重庆、贵州10个省（区、市）和西藏自治区拉萨市作为试点地区。',
  '四、工作进度',
  '（一）制定实施方案。试点地区要结合实际抓紧制定具体实施方案，细化任务措施，明确时间节点，并于2018年12月底前报送国务院办公厅备案。',
].join('\n');

const GUIDE = [
  '“城市公共交通智能化应用示范工程”是《公路水路交通运输信息化“十二五”发展规划》（交规划发〔2011〕192号文印发）确定的三个重点领域示范试点工程之一，是落实城市公共交通优先发展战略，推进公交都市创建的重要内容。',
  '　　六、建设目标',
  '　　根据《公路水路交通运输信息化“十二五”发展规划》（厅规划字〔2011〕12号文印发）要求，确定本工程的建设目标如下：',
  '　　（一）提升城市公共交通运行监测水平。',
  '　　--完善城市公共交通动态监测体系建设。其中城市公共汽电车车载智能服务终端（车载定位调度服务一体机、视频监测设备）、公共交通一卡通（以下简称IC卡）刷卡机应在工程确定的示范范围内实现全覆盖安装。车载智能服务终端的平均上线率应不低于95%。',
].join('\n');

// 072's closing arrangement: an acceptance after the pilot, inside a year.
const ACCEPTANCE =
  '试点地区要制定本地区政府网站集约化工作考核评估办法，加强督促检查，把政府网站集约化情况纳入政府网站绩效评估。国务院办公厅将于2020年4月底前组织对试点工作进行验收总结，提出在全国推广试点成果的意见，并对试点工作成效突出的给予通报表扬。';

describe('a plan whose goals are due by a deadline or a five-year period', () => {
  it('runs goals set in year-end stages (2023年底前…；2025年底前…) to the last stage (043, dated only by its publication)', () => {
    const text = readFileSync(join(CORPUS_DIR, '043_shandong-bigdata-bureau-digital-economy-measures-2023.txt'), 'utf8');
    const measures = { graph: buildGraph([doc('043', text, '2023-10-01')]), text };
    expect(judgedIn(measures, '推动100个以上高频电子证照证明')).toEqual(['100 TARGET 2023-2025']);
    expect(judgedIn(measures, '2023年底前，建成开通5G基站20万个以上')).toEqual(['200000 TARGET 2023']);
  });

  it('keeps the year-end deadline, not a later step inside a year (2020年4月底前 验收), as the horizon (072)', () => {
    const text = `${PILOT}\n${ACCEPTANCE}`;
    expect(segment(doc('072-passage', text, '2018-10-27'), loadLexicon()).time.horizon).toBe(2019);
    expect(at(buildGraph([doc('072-passage', text, '2018-10-27')]), 10)).toEqual([{ kind: 'TARGET', period: '2018-2019' }]);
  });

  it('takes the first deadline still ahead as the horizon when no 到20XX年 is written (072)', () => {
    expect(segment(doc('072-passage', PILOT, '2018-10-27'), loadLexicon()).time.horizon).toBe(2019);
    expect(at(buildGraph([doc('072-passage', PILOT, '2018-10-27')]), 10)).toEqual([{ kind: 'TARGET', period: '2018-2019' }]);
  });

  it('takes no bare 20XX年前 for a deadline of its own: 2030年前碳排放达峰 is a horizon the plan serves', () => {
    const text = '推动能源结构调整，确保2030年前碳排放达峰。建设10个示范园区。';
    expect(segment(doc('passage', text, '2021-03-01'), loadLexicon()).time.horizon).toBeUndefined();
  });

  it('dates goals set by a “十二五” plan by that period’s end (071)', () => {
    expect(segment(doc('071-passage', GUIDE, '2014-05-28'), loadLexicon()).time.horizon).toBe(2015);
    expect(at(buildGraph([doc('071-passage', GUIDE, '2014-05-28')]), 95)).toEqual([{ kind: 'TARGET', period: '2014-2015' }]);
  });

  it('takes no five-year period that only names the plan a project belongs to, nor one that has ended', () => {
    const cited = GUIDE.split('\n')[0];
    expect(segment(doc('071-passage', cited, '2014-05-28'), loadLexicon()).time.horizon).toBeUndefined();
    expect(segment(doc('071-passage', GUIDE, '2017-05-28'), loadLexicon()).time.horizon).toBeUndefined();
  });
});

// The Digital Shandong 2019 action plan (023; its title from the manifest), with a later goal of the kind a provincial
// plan's annual programme may cite (quoted from the 2020 industrial big data plan, 025).
describe('a plan for one year', () => {
  const text = [
    '为贯彻落实《数字山东发展规划（2018-2022年）》，加快推进数字山东建设，制定本行动方案。',
    '  二、培育富有活力的数字经济',
    '  10.推进公共文化服务数字化。基本实现公共图书馆、文化馆、体育设施和乡镇（街道）综合性文化服务中心无线网络全覆盖；县级以上公共图书馆均具备数字服务能力，全省50%以上的文化馆具备数字服务能力；推进智慧旅游移动化应用（省文化和旅游厅牵头，各有关部门、各市政府配合）。',
    '到2022年，全省建成国家二级服务节点10个左右。',
  ].join('\n');
  const record = { ...doc('023-passage', text, '2019-03-01'), title: '数字山东2019行动方案' };

  it('takes the year its title names as its span', () => {
    expect(segment(record, loadLexicon()).time.span).toEqual(Period.year(2019));
  });

  it('dates a goal with no year of its own by that year, not up to a later horizon the text writes', () => {
    expect(at(buildGraph([record]), 50)).toEqual([{ kind: 'TARGET', period: '2019' }]);
    expect(at(buildGraph([record]), 10)).toEqual([{ kind: 'TARGET', period: '2022' }]);
  });
});
