import { extractDocument, type RelFact } from '../../../../../src/ingest/extract';
import { loadLexicon } from '../../../../../src/ingest/lexicon';
import { segment } from '../../../../../src/ingest/segment';
import { record } from '../../../../fixtures/genre/records';

// A target set by a deadline (2025年底前超过45万个) is a value, and what it counts is named in the
// clause before the semicolon. Quoted from 043 (山东省大数据局, 支持促进数字经济高质量发展若干措施, 2023).

const lexicon = loadLexicon();
function targets(text: string): RelFact[] {
  const facts = extractDocument(segment(record('deadline-test', text), lexicon), lexicon);
  return facts.relationships.filter((r) => r.type === 'SETS_TARGET');
}
const SOURCE = '19.加快建设多元协同的算力基础设施。2023年底前，推动全省数据中心在用标准机架数达到35万个;2025年底前超过45万个。';

describe('a target with a deadline before its figure', () => {
  it('keeps the figure after 年底前 (a deadline, not the first N of a ranking)', () => {
    const t = targets(SOURCE).map((r) => [r.properties.value, r.properties.comparator, r.properties.period]);
    expect(t).toEqual([
      [350000, '=', '2023'],
      [450000, '>=', '2025'],
    ]);
  });

  it('names it by the quantity of the clause before the semicolon', () => {
    expect(targets(SOURCE).map((r) => r.to.name)).toEqual(['数据中心在用标准机架数', '数据中心在用标准机架数']);
  });

  it('still reads the first N of a ranking as no value (投入前1000家)', () => {
    const t = targets('一、主要目标\n到2025年，支持研发投入前1000家企业建设研发中心。').map((r) => r.properties.value);
    expect(t).not.toContain(1000);
  });
});
