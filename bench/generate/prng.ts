// A small seeded PRNG so a corpus is the same bytes on every machine and Node version
// (Math.random cannot be seeded). mulberry32: 32-bit state, good enough for text recombination.

export type Rng = () => number;

/** FNV-1a over UTF-16 units: turns a seed string ("42/00017") into a 32-bit state. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rngFor = (...parts: (string | number)[]): Rng => mulberry32(hashSeed(parts.join('/')));

/** Integer in [min, max]. */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** A new array, Fisher–Yates shuffled. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `count` distinct items (fewer if the list is shorter). */
export const sample = <T>(rng: Rng, items: readonly T[], count: number): T[] => shuffle(rng, items).slice(0, count);

export const chance = (rng: Rng, p: number): boolean => rng() < p;
