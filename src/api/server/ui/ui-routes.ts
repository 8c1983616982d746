import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from '../../conventions/options';
import { idePage, explorerPage } from './app-pages';
import { AssetStore } from './assets';
import { endpointPage } from './endpoint-page';
import { landingPage } from './landing-page';

// The browser's routes: `/` (and `/graphql`) as a page (Sandbox or its fallback; a short page in production),
// the GraphQL IDE at /ide, the explorer at /explorer and their bundles under /assets/. All of
// it follows the landing-page switch: off, only the endpoint page remains.

const HTML = 'text/html; charset=utf-8';

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'no-cache');
  res.end(body);
}

/** Answers the request and returns true when it is one of the browser's routes. */
export function createUiRoutes(opts: Pick<ApiOptions, 'landingPage'>, assets = new AssetStore()) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = url.pathname;
    const browserAtRoot =
      (path === '/' || path === '/graphql') &&
      (req.headers.accept ?? '').includes('text/html') &&
      !url.searchParams.has('query') &&
      !url.searchParams.has('offline');
    if (browserAtRoot) {
      send(res, 200, opts.landingPage ? landingPage() : endpointPage(), HTML);
      return true;
    }
    if (!opts.landingPage) return false;
    if (path === '/ide' || path === '/ide/') {
      send(res, 200, idePage(assets.built()), HTML);
      return true;
    }
    if (path === '/explorer' || path === '/explorer/') {
      send(res, 200, explorerPage(assets.built()), HTML);
      return true;
    }
    if (path.startsWith('/assets/')) {
      const asset = assets.get(path.slice('/assets/'.length));
      if (!asset) return false;
      send(res, 200, asset.body, asset.type);
      return true;
    }
    return false;
  };
}
