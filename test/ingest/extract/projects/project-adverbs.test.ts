import { namesRead } from '../names-read';

// A word that may open a project's name (建设, 改造: plans.json → projectNames.nameWords) right after an
// adverb (verbs.json → adverbs: 加快, 全力, 重点) is the clause's verb: the name follows it. Hailar's 2016
// report (test/fixtures/corpus 016) writes 继续实施 before its works; the same clause written with an
// adverb and 建设 reads the same works (no tune text writes 建设 so).

const projectNames = (text: string) => namesRead('EngineeringProject', text);

describe('a project after an adverb and its verb', () => {
  it('reads the works after 全力推进 (016)', () => {
    expect(projectNames('四是全力推进棚户区改造工程')).toContain('棚户区改造工程');
  });

  const report016 = '继续实施伊敏河景观改造工程，年内完成铁路大修段、胜利村段景观工程；';

  it('reads the works after 继续实施 (016)', () => {
    expect(projectNames(report016)).toContain('伊敏河景观改造工程');
  });

  it.each(['全力建设', '加快建设', '重点建设'])('leaves the verb out of the name after %s', (verb) => {
    const names = projectNames(report016.replace('继续实施', verb));
    expect(names).toContain('伊敏河景观改造工程');
    expect(names.filter((n) => n.startsWith('建设'))).toEqual([]);
  });

  it('keeps a name word a task verb governs (007 实施提升就业服务质量工程)', () => {
    expect(projectNames('实施提升就业服务质量工程')).toContain('提升就业服务质量工程');
  });
});
