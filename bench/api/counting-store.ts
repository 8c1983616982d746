import type { GraphStore } from '../../src/graph/contract/graph-store';

// Wraps a store so every contract call is counted: "store calls per request" is then the
// counter's value after one request.

export interface CallCounter {
  counts: Record<string, number>;
  total(): number;
  reset(): void;
}

export function countingStore(store: GraphStore): { store: GraphStore; counter: CallCounter } {
  const counts: Record<string, number> = {};
  const counter: CallCounter = {
    counts,
    total: () => Object.entries(counts).reduce((n, [k, v]) => (k === 'version' ? n : n + v), 0),
    reset: () => Object.keys(counts).forEach((k) => delete counts[k]),
  };
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        counts[prop] = (counts[prop] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, counter };
}
