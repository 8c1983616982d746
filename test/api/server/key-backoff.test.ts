import { KeyBackoff } from '../../../src/api/server/key-backoff';

// Wrong write keys: free at first, then each further one from the same client waits longer,
// parallel guesses queue, a right key and other clients are never delayed.

const opts = { freeFailures: 3, baseDelayMs: 100, maxDelayMs: 1_000, forgetAfterMs: 60_000 };

test('waits grow after the free failures, are capped, and queue parallel guesses', () => {
  const t = 0;
  const b = new KeyBackoff(opts, () => t);
  const waits = Array.from({ length: 8 }, () => b.failed('a'));
  expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
  // Guesses sent at the same instant queue: 100, then 100+200, 300+400, 700+800, then +1000 each.
  expect(waits.slice(3)).toEqual([100, 300, 700, 1500, 2500]);
});

test('a right key clears its client; another client is not slowed', () => {
  let t = 0;
  const b = new KeyBackoff(opts, () => t);
  for (let i = 0; i < 6; i++) b.failed('a');
  expect(b.failed('b')).toBe(0);
  b.succeeded('a');
  t += 10;
  expect(b.failed('a')).toBe(0);
});

test('a client quiet for longer than forgetAfterMs starts afresh', () => {
  let t = 0;
  const b = new KeyBackoff(opts, () => t);
  for (let i = 0; i < 6; i++) b.failed('a');
  t += 61_000;
  expect(b.failed('a')).toBe(0);
});
