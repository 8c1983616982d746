import { BigramPool, bigrams, dice, diceHeld, heldBigrams, type HeldBigrams } from '../../../src/ingest/link/bigrams';
import { loadLexicon } from '../../../src/ingest';

// The link view holds every clause's bigrams in a pool's few blocks: each clause's codes must be
// its own and the same as in an array of their own, however many clauses share a block.

const units = loadLexicon().indicators.unitWrittenAs;
const codes = (h: HeldBigrams) => h.bigramBlock.subarray(h.bigramAt, h.bigramAt + h.bigramCount);
const CLAUSES = ['累计开通5G基站4.27万个', '加快推进城市“1ms时延圈”建设', '累计5G基站数达3.35万个', '。', '建成城市云脑2.0'];

describe('bigrams held in a pool', () => {
  it('gives each clause the codes it has on its own, untouched by the clauses held after it', () => {
    const pool = new BigramPool();
    const held = CLAUSES.map((c) => heldBigrams(c, units, pool));
    // Enough clauses after them to fill a block and start another.
    for (let i = 0; i < 100_000; i++) heldBigrams(`${CLAUSES[i % 3]}第${i}项`, units, pool);
    CLAUSES.forEach((c, i) => expect([...codes(held[i])]).toEqual([...bigrams(c, units)]));
    expect(held[0].bigramBlock).not.toBe(heldBigrams(CLAUSES[0], units, pool).bigramBlock); // the first block is full
    expect(held[3].bigramCount).toBe(0); // punctuation alone has no bigram
  });

  it('scores wording the same from the pool as from arrays of their own', () => {
    const pool = new BigramPool();
    const [a, b] = [heldBigrams(CLAUSES[0], units, pool), heldBigrams(CLAUSES[2], units, pool)];
    const similarity = dice(bigrams(CLAUSES[0], units), bigrams(CLAUSES[2], units));
    expect(similarity).toBeGreaterThan(0.3);
    expect(diceHeld(a, b)).toBe(similarity);
    expect(diceHeld(a, heldBigrams(CLAUSES[3], units, pool))).toBe(0);
  });
});
