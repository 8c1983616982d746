import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The five seed documents, for tests that quote them: a quoted sentence must really be there.
export const SEEDS = join(__dirname, '..', '..', '..', '..', 'seeds');

export const seedTexts: Record<string, string> = Object.fromEntries(
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, 3), readFileSync(join(SEEDS, f), 'utf8')]),
);

export const inSeeds = (sentence: string): boolean => Object.values(seedTexts).some((t) => t.includes(sentence));
