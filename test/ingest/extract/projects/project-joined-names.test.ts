import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A 与 inside a project's name, as Shandong's service-sector digital transformation plan (2021, test/fixtures/corpus 032)
// writes its brand project; and the 与 that still ends a name (参与 in the 2023 work report, 009; a list of acts).

const projects = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'EngineeringProject')
    .map((n) => n.name);

describe('a 与 between two of a project name’s own words', () => {
  it('keeps 数字化创新发展与特色品牌工程 one name', () => {
    expect(projects('优选244家服务业企业纳入山东服务业数字化创新发展与特色品牌工程。')).toEqual(['山东服务业数字化创新发展与特色品牌工程']);
  });

  it('still ends the name at the verb 参与 (参与国家重大工程, a level and rank that name no works)', () => {
    // Without the stop at 参与 the walk would read 吸引更多民间资本参与国家重大工程 as a name.
    expect(projects('鼓励和吸引更多民间资本参与国家重大工程和补短板项目建设，激发民间投资活力。')).toEqual([]);
  });

  it('reads no name from a list of acts joined by 与 (收集、利用与处置工程项目)', () => {
    expect(projects('推动固体废物收集、利用与处置工程项目和设施建设运行，在不具备条件的地区开展试点。')).toEqual([]);
  });
});
