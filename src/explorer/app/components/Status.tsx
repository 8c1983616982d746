import type { ReactNode } from 'react';
import type { Loaded } from '../use-data';

/** Renders children with the value once loaded; a spinner line or the error before. */
export function Status<T>({ data, children }: { data: Loaded<T>; children: (value: T) => ReactNode }) {
  if (data.state === 'loading')
    return (
      <p className="status" role="status">
        Loading…
      </p>
    );
  if (data.state === 'error')
    return (
      <p className="status error" role="alert">
        Could not load: {data.message}
      </p>
    );
  return <>{children(data.value)}</>;
}
