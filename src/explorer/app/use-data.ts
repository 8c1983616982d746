import { useEffect, useState } from 'react';

// A view's data: loading, the value, or the error, refetched when its key changes.

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export function useData<T>(load: () => Promise<T>, key: unknown[]): Loaded<T> {
  const [data, setData] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setData({ state: 'loading' });
    load().then(
      (value) => live && setData({ state: 'ready', value }),
      (err: unknown) => live && setData({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, key);
  return data;
}
