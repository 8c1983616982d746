import { serveSeeds, type Harness } from './harness';

// Every value says through the API why it was read as a target or a reported value: the reason
// code, the cue words quoted from the document with their offsets, and what set its period.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60000);
afterAll(() => h.close());

const JUDGEMENT = 'judgement { reason periodReason cue { start end text document { id text } } }';

describe('the judgement behind a value', () => {
  it('gives targets and reported values of 5G基站数 their reasons and quoted cues', async () => {
    const r = await h.gql(`{ indicator(name: "5G基站数") {
      targets { value period ${JUDGEMENT} }
      measurements { value period ${JUDGEMENT} } } }`);
    expect(r.body.errors).toBeUndefined();
    const { targets, measurements } = r.body.data!.indicator;
    const all = [...targets, ...measurements];
    expect(all.length).toBeGreaterThan(1);
    for (const v of all) expect(typeof v.judgement.reason).toBe('string');
    // A cue, when there is one, is quoted exactly from its document.
    const cued = all.filter((v: any) => v.judgement.cue);
    expect(cued.length).toBeGreaterThan(0);
    for (const v of cued) {
      const { start, end, text, document } = v.judgement.cue;
      expect(document.text.slice(start, end)).toBe(text);
    }
    const target2025 = targets.find((t: any) => t.value === 45000);
    expect(target2025.period).toBe('2025');
    expect(target2025.judgement.reason).toMatch(/target|horizon/);
  });
});
