import { namesRead } from '../names-read';

// Words before a 工程, on sentences quoted from the tune work reports 003, 004 and 016: a count of the works
// of a standing national programme leaves the programme named (the gold records 重大水利工程 in every
// national report that writes it), a batch's ordinal (第二批) opens the name of the works it counts, and an
// adverb before a heading's verb (四是全力推进…工程) leaves the heading a project's.

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('a count before a standing programme of works', () => {
  it('reads the major water works whose projects are counted (003)', () => {
    const text = '完成铁路投资8000亿元以上、公路投资1.65万亿元，再开工20项重大水利工程，建设水电核电、特高压输电等重大项目。';
    expect(projects(text)).toEqual(['重大水利工程']);
  });

  it('still reads no project in a count of a kind of works', () => {
    expect(projects('围绕数字政府建设，实施六大创新工程，推动政务服务提质增效。')).toEqual([]);
  });
});

describe('a batch’s ordinal before the works it counts', () => {
  it('opens the name of the works after the list it closes (004)', () => {
    const text =
      '积极应对气候变化。启动森林质量提升、长江经济带重大生态修复、第二批山水林田湖生态保护工程试点，完成退耕还林还草1200万亩以上。';
    expect(projects(text)).toEqual(['山水林田湖生态保护工程']);
  });
});

describe('an adverb before the verb of a heading that names a project', () => {
  it('reads the works a report’s fourth task heads (016)', () => {
    const text = [
      '大力推进城市环境综合整治。加大对城乡结合部、城市出口、主干道、广场、背街巷道的综合治理。',
      '',
      '四是全力推进棚户区改造工程。充分利用国家的有利政策，更好地把前期工作做足、做充分，全力争取政策资金、银行贷款和社会资本，开辟多种融资渠道。',
    ].join('\n');
    expect(projects(text)).toEqual(['棚户区改造工程']);
  });
});
