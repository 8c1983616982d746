import { namesRead } from '../extract/names-read';

// A place's name read by structure before a level word (place-names.ts), on the title of a district's work report as
// published (海淀区人民政府, 2016年海淀区政府工作报告; recalled wording, not from the corpus).

describe('a place named after a year', () => {
  it('starts the place after 年 (2016年海淀区政府工作报告 → 海淀区政府)', () => {
    const read = namesRead(
      'Agency',
      '2016年海淀区政府工作报告（节选）\n　　各位代表：现在，我代表海淀区人民政府，向大会报告工作。',
      'haidian',
    );
    expect(read).toContain('海淀区政府');
    expect(read.some((n) => n.startsWith('年'))).toBe(false);
  });
});
