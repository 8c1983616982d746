import { namesRead } from '../names-read';

// A 工程 right after a copula (是, 作为, 成为) says what the subject is held to be; it names no works. The
// digital China report (tune 052) writes 省将数字福建建设作为基础性先导性工程, the digital Shandong plan (tune 023)
// 将数字山东建设作为“一把手”工程; the gold records neither as a project. An enumeration's 是 (四是全力推进棚户区改造
// 工程, tune 016) and a name cited with 的 after it stay read.

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('a 工程 the subject is said to be', () => {
  it('is no project after 作为 (052, adapted: 先导工程 for 基础性先导性工程)', () => {
    expect(projects('省将数字福建建设作为先导工程，强化政务公共平台。')).toEqual([]);
  });

  it('is no project after 是 (052, adapted: 是 for 作为)', () => {
    expect(projects('数字福建建设是先导工程，强化政务公共平台。')).toEqual([]);
  });

  it('is no project after 作为 as written (052, 023)', () => {
    expect(projects('省将数字福建建设作为基础性先导性工程，强化政务公共平台。')).toEqual([]);
    expect(projects('将数字山东建设作为“一把手”工程，加强督促检查。')).toEqual([]);
  });

  it('leaves the works an enumeration’s 是 opens (016)', () => {
    expect(projects('四是全力推进棚户区改造工程。')).toContain('棚户区改造工程');
  });

  it('leaves a project named after a copula and cited with 的 (071, adapted: 南水北调工程 for 本工程)', () => {
    expect(projects('城市交通运输主管部门是南水北调工程的建设单位。')).toContain('南水北调工程');
  });
});
