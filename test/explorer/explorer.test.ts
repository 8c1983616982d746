import type { Browser } from 'playwright-core';
import { serveSeeds, type Harness } from '../api/harness';
import { haveChromium, launch, shot, sidewaysOverflow, watchedPage, type Watched } from './browser';

// The explorer and the IDE in a real browser, on the five seeds served by the real server:
// what each view draws, that links and points lead where they say, that no request leaves
// the server's origin, that the console stays clean, and that nothing scrolls sideways at 800 px.

const suite = haveChromium ? describe : describe.skip;
const title = haveChromium
  ? 'explorer in Chromium'
  : 'explorer in Chromium — skipped: /usr/bin/chromium is not installed (apt-get install chromium fonts-noto-cjk)';

suite(title, () => {
  jest.setTimeout(90_000); // a browser on a shared two-core machine
  let h: Harness;
  let browser: Browser;
  let w: Watched;
  beforeAll(async () => {
    [h, browser] = await Promise.all([serveSeeds(), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });
  beforeEach(async () => {
    w = await watchedPage(browser, h.base);
  });
  afterEach(async () => {
    const { external, errors } = w;
    await w.close();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  const open = async (hash: string) => {
    await w.page.goto(`${h.base}/explorer${hash}`);
    await w.page.waitForSelector('main article');
  };
  const at800 = async () => {
    await w.page.setViewportSize({ width: 800, height: 900 });
    await w.page.waitForTimeout(50);
    return sidewaysOverflow(w.page);
  };
  const id = async (query: string, pick: (d: any) => string) => pick((await h.gql(query)).body.data);

  it('searches with rendered highlights, and opens a hit', async () => {
    const { page } = w;
    await open('#/');
    await page.fill('input[name=q]', '大模型');
    await page.press('input[name=q]', 'Enter');
    await page.waitForSelector('.hit');
    const marks = await page.locator('.hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.includes('大模型'))).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('<mark>');
    expect(text).not.toContain('&lt;');
    expect(await at800()).toBe(0);
    await shot(page, 'search');
    await page.locator('.hit a.node-link').first().click();
    await page.waitForSelector('main article h1');
    expect(page.url()).toMatch(/#\/(node|plan|indicator|document)\//);
  });

  it('draws an entity’s neighbourhood, quotes its facts, and clicks through the graph', async () => {
    const { page } = w;
    const platforms = (await h.gql('{ platforms(first: 100) { nodes { id tasks { id } results { id } } } }')).body.data!.platforms.nodes;
    const platform = platforms.sort((a: any, b: any) => b.tasks.length + b.results.length - a.tasks.length - a.results.length)[0].id;
    await open(`#/node/${encodeURIComponent(platform)}`);
    await page.waitForSelector('.graph canvas');
    const drawn = (await page.evaluate(
      '({ nodes: window.plangraphGraph.nodes().length, edges: window.plangraphGraph.edges().length })',
    )) as { nodes: number; edges: number };
    const facts = await page.locator('.fact').count();
    expect(drawn.edges).toBe(Math.min(facts, 60));
    expect(drawn.nodes).toBeGreaterThan(1);
    expect(Number(await page.locator('.graph').getAttribute('data-nodes'))).toBe(drawn.nodes);
    expect(await page.locator('.quote').count()).toBeGreaterThan(0);
    expect(await at800()).toBe(0);
    await shot(page, 'entity');
    // a real click on a neighbour drawn on the canvas opens that neighbour's page
    const target = (await page.evaluate(`(() => {
      const cy = window.plangraphGraph;
      const n = cy.nodes().filter((x) => !x.data('centre'))[0];
      const box = cy.container().getBoundingClientRect();
      const p = n.renderedPosition();
      return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
    })()`)) as { id: string; x: number; y: number };
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(`decodeURIComponent(location.hash).includes(${JSON.stringify(target.id)})`);
    await page.waitForSelector('main article h1');
  });

  it('opens an entity page for every label, its graph drawn when it has relationships', async () => {
    const { page } = w;
    const d = (
      await h.gql(`{
      plans(first: 1) { nodes { id name } } projects(first: 1) { nodes { id name } } tasks(first: 1) { nodes { id name } }
      results(first: 1) { nodes { id name } } indicators(first: 1) { nodes { id name } } platforms(first: 1) { nodes { id name } }
      agencies(first: 1) { nodes { id name } } documents(first: 1) { nodes { id name } }
    }`)
    ).body.data!;
    for (const list of Object.values(d) as { nodes: { id: string; name: string }[] }[]) {
      const node = list.nodes[0];
      await open(`#/node/${encodeURIComponent(node.id)}`);
      await page.waitForSelector('.entity h1');
      expect(await page.locator('.entity h1').textContent()).toBe(node.name);
      const facts = page.locator('.fact');
      if ((await facts.count()) > 0) await page.waitForSelector('.graph canvas');
    }
  });

  it('puts an indicator’s targets and actuals on a time axis, and opens a point’s sentence', async () => {
    const { page } = w;
    const ind = (await h.gql('{ indicator(name: "5G基站数") { id unit timeline { kind period source { text start } } } }')).body.data!
      .indicator;
    await open(`#/indicator/${encodeURIComponent(ind.id)}`);
    await page.waitForSelector('.timeline svg');
    expect(await page.locator('.timeline .point').count()).toBe(ind.timeline.length);
    expect(await page.locator('.timeline .point.target.met').count()).toBe(1);
    expect(await page.locator('.timeline .point.actual').count()).toBe(ind.timeline.filter((p: any) => p.kind === 'ACTUAL').length);
    const text = await page.locator('main').innerText();
    expect(text).toContain('1.27 (127%)');
    expect(text).not.toMatch(/1\.27\d{3}/);
    expect(await page.locator('.timeline .unit').first().textContent()).toBe(ind.unit);
    expect(await at800()).toBe(0);
    await shot(page, 'indicator');
    const actual = ind.timeline.find((p: any) => p.kind === 'ACTUAL');
    await page.locator(`.timeline .point.actual[data-period="${actual.period}"]`).click();
    await page.waitForSelector('.doc-text mark.focus');
    expect((await page.locator('.doc-text mark.focus').allTextContents()).join('')).toBe(actual.source.text);
    await shot(page, 'document-at-point');
  });

  it('draws lineage links labelled by basis and score, filters them, and follows one', async () => {
    const { page } = w;
    const all = (await h.gql('{ lineage(fromYear: 2023, toYear: 2024, first: 100) { basis score result { id } via { __typename name } } }'))
      .body.data!.lineage;
    expect(all.length).toBeGreaterThan(0);
    await open('#/lineage?from=2023&to=2024');
    await page.waitForSelector('.lineage-graph');
    expect(await page.locator('.lineage-graph .link').count()).toBe(all.length);
    const labels = await page.locator('.lineage-graph .link text').allTextContents();
    expect(labels).toContain(`${all[0].basis} ${all[0].score.toFixed(2)}`);
    await shot(page, 'lineage');
    expect(await at800()).toBe(0);
    // a link shows its evidence, both sentences quoted
    await page.locator('.lineage-graph .link .hit').first().dispatchEvent('click');
    await page.waitForSelector('.evidence .quote');
    expect(await page.locator('.evidence').innerText()).toContain(all[0].basis);
    // …and the result box leads to the result's page
    await page.locator('.lineage-graph .box.result').first().click();
    await page.waitForFunction("location.hash.startsWith('#/node/')");
    await page.waitForSelector('.entity h1');
    // filtering by an indicator asks the server for exactly those links
    const indicator = all.find((l: any) => l.basis === 'INDICATOR')?.via?.name;
    if (indicator) {
      const some = (await h.gql(`{ lineage(fromYear: 2023, toYear: 2024, first: 100, indicator: ${JSON.stringify(indicator)}) { basis } }`))
        .body.data!.lineage;
      await open('#/lineage?from=2023&to=2024');
      await page.waitForSelector('.lineage-graph');
      await page.selectOption('select[name=indicator]', indicator);
      await page.waitForFunction(`document.querySelectorAll('.lineage-graph .link').length === ${some.length}`);
    }
  });

  it('shows a plan as a tree with its related plans, and says when the diff is unavailable', async () => {
    const { page } = w;
    const plans = (await h.gql('{ plans(first: 100) { nodes { id name succeeds { id name } projects { tasks { id } } tasks { id } } } }'))
      .body.data!.plans.nodes;
    const plan = plans.find((p: any) => p.succeeds.length && p.projects.length);
    expect(plan).toBeDefined();
    await open(`#/plan/${encodeURIComponent(plan.id)}`);
    await page.waitForSelector('.tree');
    expect(await page.locator('.tree .project-node').count()).toBe(plan.projects.length);
    expect(await page.locator('.tree .task-node').count()).toBe(plan.tasks.length);
    expect(await page.locator('.related-grid').innerText()).toContain(plan.succeeds[0].name);
    const hasDiff = (await h.gql('{ __type(name: "Query") { fields { name } } }')).body.data!.__type.fields.some(
      (f: any) => f.name === 'planDiff',
    );
    await page.waitForSelector('.plan-diff :is(p, dl, ul)');
    const diff = await page.locator('.plan-diff').innerText();
    if (hasDiff) expect(diff).toContain(plan.succeeds[0].name);
    else expect(diff).toContain('plan diff: not available from this server');
    expect(await at800()).toBe(0);
    await shot(page, 'plan');
  });

  it('highlights every extracted span of a document, each clickable', async () => {
    const { page } = w;
    const doc = await id('{ documents(first: 1) { nodes { id } } }', (d) => d.documents.nodes[0].id);
    const tasks = (await h.gql(`{ tasks(filter: { document: "${doc}" }, first: 100) { nodes { sources { start document { id } } } } }`))
      .body.data!.tasks.nodes;
    await open(`#/document/${encodeURIComponent(doc)}`);
    await page.waitForSelector('.doc-text mark.span');
    const starts = new Set<number>(tasks.flatMap((t: any) => t.sources.filter((s: any) => s.document.id === doc).map((s: any) => s.start)));
    expect(await page.locator('.doc-text mark.span').count()).toBeGreaterThanOrEqual(starts.size);
    await page.locator('.doc-text mark.span').first().click();
    await page.waitForSelector('.span-info a.node-link');
    expect(await at800()).toBe(0);
    await shot(page, 'document');
  });

  it('runs the IDE from local files: examples preloaded, completion, docs and history', async () => {
    const { page } = w;
    await page.goto(`${h.base}/ide`);
    await page.waitForSelector('.graphiql-container .CodeMirror');
    expect(await page.locator('.graphiql-tab').count()).toBe(4);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('query Lineage');
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(`(document.querySelector('.graphiql-response')?.textContent ?? '').includes('"lineageLinks"')`);
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.waitForSelector('.graphiql-doc-explorer');
    expect(await page.locator('.graphiql-doc-explorer').innerText()).toContain('Query');
    await page.locator('[aria-label="Show History"]').click();
    await page.waitForSelector('.graphiql-history-item');
    // completion in the query editor
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n{ pla');
    await page.waitForSelector('.CodeMirror-hints');
    expect(await page.locator('.CodeMirror-hints').innerText()).toContain('plans');
    await shot(page, 'ide');
  });

  it('falls back from Apollo Sandbox to the local IDE and explorer when offline', async () => {
    const { page } = w;
    await page.goto(`${h.base}/`);
    await page.waitForSelector('#fallback:not([hidden])');
    expect(await page.locator('#fallback').innerText()).toContain('PlanGraph');
    expect(w.external).toEqual([expect.stringContaining('embeddable-sandbox.cdn.apollographql.com')]);
    w.external.length = 0; // the one attempt the page makes on purpose
    w.errors.splice(0, w.errors.length, ...w.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')));
    await shot(page, 'landing-offline');
    await page.locator('#fallback a[href="/explorer"]').click();
    await page.waitForSelector('main article');
  });
});
