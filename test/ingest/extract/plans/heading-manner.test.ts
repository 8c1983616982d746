import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesRead } from '../names-read';

// A heading that names a plan (（一）融合创新能力提升行动, Shandong's opinion on industry clusters,
// test/fixtures/corpus 022) is read whole. A heading that opens with a manner word and a cue verb
// (（一）科学编制规划, （一）统筹推进城乡规划) is a task: the plan is what follows the verb, and a bare head
// names none. No tune heading is written so; the second test writes 022's heading so.

const lines = readFileSync(join(__dirname, '../../../fixtures/corpus/022_shandong-industry-clusters-ai-opinion-2019.txt'), 'utf8').split(
  '\n',
);
// The opening (addressees, preamble, 一、总体要求 and its first paragraph) and the section 三、专项行动 up to its second item.
const text = [...lines.slice(0, 4), ...lines.slice(17, 21)].join('\n');

describe('a heading that names a plan', () => {
  it('reads the action a heading names (022)', () => {
    expect(text).toContain('（一）融合创新能力提升行动。');
    expect(namesRead('Plan', text)).toContain('融合创新能力提升行动');
  });

  it.each(['科学编制规划', '统筹推进城乡规划'])('reads no manner word or verb into a plan’s name (（一）%s)', (heading) => {
    const names = namesRead('Plan', text.replace('融合创新能力提升行动。', heading));
    expect(names.filter((n) => /编制|推进/.test(n))).toEqual([]);
  });
});
