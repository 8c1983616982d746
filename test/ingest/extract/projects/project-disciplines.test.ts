import { namesRead } from '../names-read';

// 工程 as a field of study or a trade names no works. The agricultural mechanisation opinion (tune 077) writes
// 加强农业工程学科建设 and 支持高等院校招收农业工程类专业学生; the Shandong education plan (tune 031) lists fields
// 加大老年护理、婴幼儿发展与健康管理、婴幼儿保育等学科专业建设力度. No tune text writes 工程专业, 工程能力 or
// 工程人员 bare, nor a 工程 among such fields, so those quotes are adapted (said at each).

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('工程 as a discipline or a trade', () => {
  it('reads no project in a field of study (077, as written)', () => {
    expect(projects('加强农业工程学科建设，制定中国特色农业工程类专业认证标准。')).toEqual([]);
  });

  it('reads no project in a degree subject (077, adapted: 类 dropped from 农业工程类专业)', () => {
    expect(projects('支持高等院校招收农业工程专业学生。')).toEqual([]);
  });

  it('reads no project in a list of fields closed by 等学科 (031, adapted: 农业工程 put among the fields)', () => {
    expect(projects('加大老年护理、农业工程、婴幼儿保育等学科专业建设力度。')).toEqual([]);
  });

  it('reads no project in fields that share one discipline word (077, adapted: 机械工程 joined to 农业工程)', () => {
    expect(projects('加强农业工程、机械工程学科建设。')).toEqual([]);
  });

  it('still reads listed projects that share no discipline word (007, as written)', () => {
    expect(projects('严守18亿亩耕地红线，实施高标准农田建设工程、黑土地保护工程，确保种源安全。')).toEqual(
      expect.arrayContaining(['高标准农田建设工程', '黑土地保护工程']),
    );
  });

  it('reads no project in a skill or a staff (077, adapted: 人员 and 能力 for 人才培养体系)', () => {
    expect(projects('健全新型农业工程人员培养体系。')).toEqual([]);
    expect(projects('提升新型农业工程能力。')).toEqual([]);
  });

  it('still reads a named project whose name holds a trade word before its 工程 (tune 001 seed: 城市云脑能力提升工程)', () => {
    expect(projects('实施城市云脑能力提升工程,制定城市云脑通用服务能力管理制度。')).toContain('城市云脑能力提升工程');
  });
});
