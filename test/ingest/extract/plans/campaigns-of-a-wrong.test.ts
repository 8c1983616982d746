import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Campaigns named by the wrong they deal with and written 专项整治 / 专项治理 (test/fixtures/corpus 001, 009, 031, 006).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('专项整治 and 专项治理 campaigns', () => {
  it('reads the campaign a task verb opens, named by what it deals with (001, 009, 031)', () => {
    expect(names('改革完善食品药品监管机构，深入开展食品药品安全专项整治，对婴幼儿奶粉等实行严格监管。')).toContain('食品药品安全专项整治');
    expect(names('加强疫苗监管。开展安全生产专项整治。')).toContain('安全生产专项整治');
    expect(names('持续开展“小学化”倾向专项治理，规范办园行为。')).toContain('“小学化”倾向专项治理');
  });

  it('reads the things a list holds before the head that acts on them as one campaign (005)', () => {
    expect(names('大力发展清洁能源。开展柴油货车、船舶超标排放专项治理，继续淘汰老旧车。')).toEqual(['柴油货车、船舶超标排放专项治理']);
  });

  it('reads none where 专项治理 is the verb of a clause (006)', () => {
    expect(names('降低过高的口岸收费。专项治理中介服务收费。')).toEqual([]);
  });
});

// Campaigns of creation, read by their head rather than a list of names (test/fixtures/corpus 003, 012).
describe('创建活动 campaigns', () => {
  it('reads a campaign of creation a verb carries out, and one opening its clause (003, 012)', () => {
    expect(names('加强文物和非物质文化遗产保护利用。深化群众性精神文明创建活动，倡导全民阅读，普及科学知识。')).toContain(
      '群众性精神文明创建活动',
    );
    expect(names('严格执行党的民族政策，深入开展民族团结进步创建活动，推动建立各民族相互嵌入式的社会结构。')).toContain(
      '民族团结进步创建活动',
    );
    expect(names('秀水社区老年日间照料服务站投入使用。精神文明创建活动深入推进，顺利通过自治区文明城复检。')).toContain('精神文明创建活动');
  });
});
