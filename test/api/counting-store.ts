import type { GraphStore } from '../../src/graph/contract/graph-store';

// Wraps a store and counts every contract call, by method.

export interface Counting {
  store: GraphStore;
  calls: Record<string, number>;
  total(): number;
  reset(): void;
}

export function countingStore(inner: GraphStore): Counting {
  const calls: Record<string, number> = {};
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    total: () => Object.values(calls).reduce((a, b) => a + b, 0),
    reset: () => {
      for (const k of Object.keys(calls)) delete calls[k];
    },
  };
}
