import { buildGraph, loadLexicon, segment } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// A city the lexicon does not list must still be read as the document's own city, from the
// issuing government or the programme brand, so its plans, agencies and lineage stay its own.
// 长汀 and 安平 are not in seeds/lexicon/places.json (checked below).

const lexicon = loadLexicon();

const PLAN_2025 = [
  '长汀市人民政府办公厅关于印发《数字长汀2025年行动方案》的通知',
  '各区、市人民政府,市政府各部门:',
  '现将《数字长汀2025年行动方案》印发给你们,请认真贯彻执行。',
  '一、重点任务',
  '(一)实施城市数据底座提升工程',
  '1.建设城市数据底座,到2025年底,全市5G基站数达到1.2万个。(市大数据局牵头)',
].join('\n');

const REPORT_2025 = [
  '安平市《数字安平2025年行动方案》实施情况',
  '2025年,安平市大数据局深入落实《数字安平2025年行动方案》,数字安平建设取得积极成效。',
  '一、实施成效',
  '城市数据底座建成投用,全市5G基站数达到1.3万个。',
].join('\n');

const plan = (g: Graph, name: string) => g.nodes.find((n) => n.label === 'Plan' && n.name.includes(name));

describe('the city a document speaks for', () => {
  it('is read from the issuing government when the lexicon does not know the city', () => {
    expect(lexicon.places.cities).not.toContain('长汀');
    expect(segment(record('changting-2025', PLAN_2025), lexicon).city).toBe('长汀');
  });

  it('is read from a programme brand the text also calls a city (X市)', () => {
    expect(lexicon.places.cities).not.toContain('安平');
    expect(segment(record('anping-2025', REPORT_2025), lexicon).city).toBe('安平');
  });

  it('is not 各区 when the text addresses 各区市人民政府', () => {
    const text = `各区市人民政府:\n${PLAN_2025.split('\n').slice(2).join('\n')}`;
    expect(segment(record('addressed', text), lexicon).city).not.toBe('各区');
  });

  it('goes to the plan and the local agency, and lineage stays inside each city', () => {
    const g = buildGraph([record('changting-2025', PLAN_2025), record('anping-2025', REPORT_2025)]);
    expect(plan(g, '数字长汀')?.properties.city).toBe('长汀');
    expect(plan(g, '数字安平')?.properties.city).toBe('安平');
    const bureaus = g.nodes
      // 安平市大数据局 keeps the city it is written with; 长汀's bare 市大数据局 has it as a property.
      .filter((n) => n.label === 'Agency' && n.name.endsWith('市大数据局'))
      .map((n) => n.properties.city)
      .sort();
    expect(bureaus).toEqual(['安平', '长汀']);
    // Both texts set or report 5G基站数 with the same words: only the city keeps them apart.
    expect(g.relationships.filter((r) => r.type === 'LED_TO')).toEqual([]);
  });

  it('leaves a document naming no city open to lineage from any city', () => {
    const summary = ['2025年上半年工作总结', '一、上半年工作推进情况', '城市数据底座建成投用,全市5G基站数达到1.3万个。'].join('\n');
    expect(segment(record('summary-2025h1', summary), lexicon).city).toBeUndefined();
    const g = buildGraph([record('changting-2025', PLAN_2025), record('summary-2025h1', summary)]);
    const led = g.relationships
      .filter((r) => r.type === 'LED_TO')
      .map((r) => [r.from, r.to].map((id) => g.nodes.find((n) => n.id === id)!.sources[0].document));
    expect(led).toContainEqual(['changting-2025', 'summary-2025h1']);
  });
});
