import { createHash, timingSafeEqual } from 'node:crypto';

// The write key is compared in constant time. Hashing both sides first gives equal lengths,
// so neither the key's length nor its prefix leaks through timing.
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function apiKeyMatches(given: string | string[] | undefined, expected: string | undefined): boolean {
  if (expected === undefined || typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), digest(expected));
}
