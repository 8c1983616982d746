import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// National programmes named by the quality they build into the nation (美丽中国, 数字中国), as the work reports and
// the digital-China report write them (test/fixtures/corpus 003, 006, 007, 009, 010, 052).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('programmes of a quality built into the nation', () => {
  it('reads 美丽中国 with its tail or alone, as 平安中国 is (009, 010, 003)', () => {
    expect(names('全国自然保护地9000多处。美丽中国建设迈出重大步伐。')).toEqual(['美丽中国建设']);
    expect(names('推动发展方式绿色转型。深入推进美丽中国建设。持续打好蓝天、碧水、净土保卫战。')).toEqual(['美丽中国建设']);
    expect(names('我们要携起手来，建设天蓝、地绿、水清的美丽中国。')).toEqual(['美丽中国']);
  });

  it('reads 数字中国 as the object of building and in a list of goals (007, 052)', () => {
    expect(
      names(
        '加快数字化发展，打造数字经济新优势，协同推进数字产业化和产业数字化转型，加快数字社会建设步伐，提高数字政府建设水平，营造良好数字生态，建设数字中国。',
      ),
    ).toContain('数字中国');
    expect(names('数字中国与美丽中国建设的互动互促，推进绿色智慧生态文明建设。')).toEqual(
      expect.arrayContaining(['数字中国', '美丽中国建设']),
    );
  });

  it('reads no quality where the words before 中国 are none (006)', () => {
    expect(names('为解决地区热点问题提供更多中国建设性方案。')).toEqual([]);
  });
});

describe('things named after a programme', () => {
  it('reads no programme in an event or a zone named after one (052, seed 001)', () => {
    expect(names('发展贴近社会、民生、企业需求的数字化应用体系，高标准举办数字中国建设峰会，加快构建跨境电商综合示范区集群。')).toEqual([]);
    expect(names('《方案》以建设“数字中国”标杆实践区为愿景目标,围绕数字政府场景变革、数字社会服务变革')).toEqual([]);
  });
});
