import { buildGraph } from '../../../../src/ingest';
import { SEED, SEEDS_DIR, fileRecord } from '../../../fixtures/genre/records';

// 001 (news of the 2023 plan): 记者从3月20日下午市政府新闻办举行的新闻发布会上获悉,为深入贯彻数字中国战略,…
// 市大数据局……牵头起草了《数字青岛2023年行动方案》……现已正式印发。
// The body holding the press conference announces the plan the article is about; 发布 in 发布会 issues nothing.

const g = buildGraph([fileRecord(SEEDS_DIR, `${SEED.news2023}.txt`)]);
const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
const rolesOf = (agency: string) =>
  g.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && name(r.from) === agency).map((r) => [r.properties.role, name(r.to)]);

describe('the body holding a press conference', () => {
  it('reports the plan the article announces, quoting the conference', () => {
    expect(rolesOf('市政府新闻办')).toEqual([['reports', '数字青岛2023年行动方案']]);
    const rel = g.relationships.find((r) => r.type === 'RESPONSIBLE_FOR' && name(r.from) === '市政府新闻办');
    expect(rel?.sources[0].text).toBe('市政府新闻办举行的新闻发布会');
  });

  it('issues nothing through the 发布 of 新闻发布会, while the drafter still drafts', () => {
    expect(rolesOf('市政府新闻办').filter(([role]) => role === 'issues')).toEqual([]);
    expect(rolesOf('市大数据局')).toContainEqual(['drafts', '数字青岛2023年行动方案']);
  });
});
