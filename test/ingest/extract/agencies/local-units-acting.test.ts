import { namesRead } from '../names-read';

// The districts, townships and sub-districts of a place written as a generic subject (各区, 各乡镇, 各街道) act where an
// act follows them, as 各市 and 各区县 do. Sentences composed in the shape of a city's AI plan and a county's work report
// (invented, marked so).

describe('local units of a level acting as one', () => {
  it('reads 各区 with 各部门 opening a clause before 要 (各区、各部门要制定配套措施)', () => {
    // invented, in the shape of a city's AI action plan
    const read = namesRead('Agency', '各区、各部门要制定配套措施，推动人工智能产业集聚发展，建设算力基础设施。');
    expect(read).toEqual(expect.arrayContaining(['各区', '各部门']));
  });

  it('reads 各乡镇 and 各街道 where they act', () => {
    // invented, in the shape of a county work report
    const read = namesRead('Agency', '各乡镇要落实河长制、湖长制。各街道要做好社区服务，推进数字乡村建设和政务服务数字化。');
    expect(read).toEqual(expect.arrayContaining(['各乡镇', '各街道']));
  });

  it('reads no 各区 where 区 opens a longer word or the district owns what follows (各区域, 各区特色产业)', () => {
    // invented
    const read = namesRead('Agency', '统筹各区域协调发展，各区特色产业要加快发展，推动数字经济和智能制造。');
    expect(read).not.toContain('各区');
  });
});
