import { namesRead } from '../names-read';

// 一批 counts works the text does not name (test/gold/corpus/README.md → Corrections, session 12 wt-projects):
// the words after it are the kind of each work. Quotes from the tune documents 001, 003, 008, 021, 027, 031,
// 051 and 067.

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('a batch of works (一批…工程)', () => {
  it('names no project where it counts works of a kind', () => {
    expect(
      projects(
        '积极搭建人工智能深度应用场景，选树一批高水平的人工智能创新应用示范项目，打造一批可复制的人工智能应用样板工程，建成一批新一代人工智能产业创新应用“试验场”。',
      ),
    ).toEqual([]);
    expect(projects('建成一批特色鲜明的儒学文化协同创新平台，组织实施一批重大理论创新工程，形成一批继往开来的研究成果。')).toEqual([]);
    expect(projects('选择物联网应用基础较好的领域，分期分批建设应用示范工程和项目。')).toEqual([]);
  });

  it('names the programme whose projects it counts', () => {
    expect(projects('启动一批产业基础再造工程项目，促进传统产业升级，大力推进智能制造。')).toContain('产业基础再造工程');
    const named = projects(
      '支持人工智能企业加大研发投入，每年实施一批人工智能领域科技型中小企业创新能力提升工程项目，支持中小企业加强产学研协同创新。',
    );
    expect(named.some((n) => n.endsWith('科技型中小企业创新能力提升工程'))).toBe(true);
  });

  it('names a standing national programme it counts the works of', () => {
    expect(projects('国家集中力量建设一批重大水利工程，今年拟安排中央预算内水利投资700多亿元。')).toEqual(['重大水利工程']);
  });

  it('keeps the enumeration it counts', () => {
    expect(projects('实施一批水利、农机、现代种业等工程，推动农业适度规模经营和区域化布局。')).toEqual(['水利、农机、现代种业等工程']);
  });
});

describe('a level and a rank with no field', () => {
  it('names no works', () => {
    expect(projects('强化政府规划引导和政策统筹协调，依托国家重大工程和重大项目等建设，推进智能检测装备创新及应用。')).toEqual([]);
  });
});
