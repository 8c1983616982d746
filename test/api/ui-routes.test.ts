import { planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { serve, storeOf, type Harness } from './harness';

// The browser's routes over plain HTTP: what / says with and without the landing page, the
// IDE and explorer shells, and the bundles under /assets/ (bare names only).

const slices = () => planGraph.documents.map((d) => sliceOf(planGraph, d.id));
const html = { accept: 'text/html' };

describe('ui routes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await serve(await storeOf(slices()));
  });
  afterAll(() => h.close());

  it('offers Sandbox at / with telemetry off and a visible way to the local IDE and explorer', async () => {
    for (const path of ['/', '/graphql']) {
      const res = await fetch(`${h.base}${path}`, { headers: html });
      const page = await res.text();
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(page).toContain('runTelemetry: false');
      expect(page).not.toContain('runTelemetry: true');
      expect(page).toContain('href="/ide"');
      expect(page).toContain('href="/explorer"');
      expect(page).toContain('PlanGraph');
    }
  });

  it('still answers GraphQL GETs at / from a browser', async () => {
    const res = await fetch(`${h.base}/?query=${encodeURIComponent('{ plans { totalCount } }')}`, {
      headers: { accept: 'application/graphql-response+json, text/html', 'apollo-require-preflight': '1' },
    });
    expect(((await res.json()) as any).data.plans.totalCount).toBe(2);
  });

  it('serves the IDE with the example operations and the explorer, from local assets only', async () => {
    const ide = await (await fetch(`${h.base}/ide`)).text();
    expect(ide).toContain('query Lineage');
    expect(ide).toContain('src="/assets/ide.js"');
    const explorer = await (await fetch(`${h.base}/explorer`)).text();
    expect(explorer).toContain('src="/assets/explorer.js"');
    for (const page of [ide, explorer]) expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = await fetch(`${h.base}/assets/explorer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).not.toMatch(/https?:\/\/(fonts|cdn|unpkg)/);
  });

  it('refuses anything under /assets/ that is not a built file', async () => {
    for (const path of ['/assets/..%2Fpackage.json', '/assets/../package.json', '/assets/nothing.js', '/assets/explorer.ts']) {
      expect((await fetch(`${h.base}${path}`)).status).toBe(404);
    }
  });

  it('shows a page naming the endpoint in production, not a CSRF error, and no IDE or explorer', async () => {
    const prod = await serve(await storeOf(slices()), { introspection: false, landingPage: false });
    try {
      const res = await fetch(`${prod.base}/`, { headers: html });
      const page = await res.text();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(page).toContain('POST /graphql');
      expect(page).not.toContain('CSRF');
      expect(page).not.toContain('apollographql');
      expect((await fetch(`${prod.base}/ide`)).status).toBe(404);
      expect((await fetch(`${prod.base}/explorer`)).status).toBe(404);
      expect((await fetch(`${prod.base}/assets/explorer.js`)).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
