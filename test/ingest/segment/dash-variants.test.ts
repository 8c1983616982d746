import { loadLexicon, segment } from '../../../src/ingest';
import { foldForMatching } from '../../../src/ingest/normalise';
import { passage } from '../extract/judged-values';

// Dashes come in several code points: 066 lists its goals after box-drawing dashes
// (─────数字技术适老化发展基础更加牢固), and a GB2312 text decodes its 破折号 as ― (U+2015). Both read as
// the dash —, so a plan's title span and its ——items are read whatever the dash.

const lexicon = loadLexicon();

describe('dashes set with other code points', () => {
  it('fold to the dash — without moving any character (066’s goal items)', () => {
    const item = '─────数字技术适老化发展基础更加牢固。';
    const folded = foldForMatching(item);
    expect(folded).toBe('—————数字技术适老化发展基础更加牢固。');
    expect(folded.length).toBe(item.length);
  });

  it('give a plan its title span (033’s title with its dash as ―)', () => {
    const text =
      '山东省推动智能传感器产业发展行动计划（2021―2023年）\n\n一、发展现状\n传感器技术是决定未来信息技术产业发展的核心与基础之一。\n';
    const seg = segment(passage('033-dash', text, '2021-07-12'), lexicon);
    expect(seg.time.span).toEqual({ kind: 'span', from: 2021, to: 2023 });
  });
});
