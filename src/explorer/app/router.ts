import { useEffect, useState } from 'react';

// Hash routes (#/view/arg?key=value), so every view is a link and the server needs one page.

export interface Route {
  view: string;
  arg: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const [view = '', ...rest] = path.split('/');
  return { view, arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function href(view: string, arg?: string, params?: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#/${view}${arg !== undefined ? `/${encodeURIComponent(arg)}` : ''}${qs ? `?${qs}` : ''}`;
}

/** The page that best shows a node: its entity page; a document opens in the reader. */
export function nodeHref(node: { id: string; __typename?: string; label?: string }): string {
  const kind = node.label ?? node.__typename;
  if (kind === 'Document') return href('document', node.id);
  return href('node', node.id);
}
