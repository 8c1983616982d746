import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Bodies named by their group (督察组, 巡视组), long lists before 等部门, and levels written in
// pairs: each sentence is quoted from a corpus document.

const agencies = (id: string, text: string) =>
  buildGraph([record(id, text)])
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => n.name);

describe('a group sent to inspect is a body', () => {
  it('reads 中央环保督察组 whose feedback is acted on (the Hailar district’s 2017 report)', () => {
    expect(agencies('hailar-2017', '切实抓好中央环保督察组反馈意见整改工作,坚持“防、控、治”并重,强化源头监督管理。')).toContain(
      '中央环保督察组',
    );
  });

  it('reads a numbered inspection group of a party committee (the Hailar district’s 2019 report)', () => {
    expect(
      agencies('hailar-2019', '把落实自治区党委第三巡视组巡视海拉尔区反馈意见整改工作作为重大政治任务，主动认领问题，细化整改措施。'),
    ).toContain('自治区党委第三巡视组');
  });
});

describe('a list of bodies before 等部门', () => {
  it('keeps 网络安全和信息化 whole: the 和 joins a field, not two bodies (Shandong’s digital economy work points)', () => {
    const read = agencies(
      'shandong-digital',
      '联合网络安全和信息化等部门，推进建设一批省一流网络安全学院，培养引进一批网络安全学科带头人。',
    );
    expect(read).toContain('网络安全和信息化');
    expect(read).not.toContain('信息化');
  });

  it('reads every item of a list longer than one walk back from 等部门 (the smart community opinion)', () => {
    const read = agencies(
      'smart-community',
      '省级民政、政法、网络安全和信息化、发展改革、工业和信息化、公安、财政、住房和城乡建设（城市管理）、农业农村等部门要加强对市、县（市、区、旗）的指导和项目支持。',
    );
    expect(read).toEqual(expect.arrayContaining(['省级民政', '政法', '网络安全和信息化', '发展改革', '公安', '财政', '农业农村']));
  });
});

describe('two levels written together', () => {
  it('read no one government of the second level (Shandong’s education plan; the digital China report)', () => {
    expect(
      agencies('shandong-education', '扎实开展校外培训机构专项治理，将“双减”工作列入对市县政府履行教育职责评价体系，强化追责问责。'),
    ).not.toContain('县政府');
    expect(agencies('digital-china', '各省市政府通过重要网站平台拓宽重大文件发布征求意见的渠道。')).not.toContain('市政府');
    // One level alone is still the body: 市政府 of the same shape is read.
    expect(agencies('city', '市政府通过重要网站平台拓宽重大文件发布征求意见的渠道。')).toContain('市政府');
  });
});
