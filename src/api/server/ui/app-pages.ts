import { EXAMPLE_OPERATIONS } from './examples';
import { FONT_STACK, pageFrame, scriptJson } from './page-frame';

// The shells of the two single-page apps; the bundles come from /assets (dist/explorer).

const NOT_BUILT = `<p style="font-family:${FONT_STACK};margin:2em">The browser bundles are not built. Run
<code>npm run build</code> (or <code>npm install</code>, which builds) and reload.</p>`;

export function idePage(built: boolean): string {
  const tabs = EXAMPLE_OPERATIONS.map((o) => ({ query: `# ${o.title}\n${o.query}`, variables: JSON.stringify(o.variables, null, 2) }));
  return pageFrame({
    title: 'PlanGraph · GraphQL IDE',
    head: `<link rel="stylesheet" href="/assets/ide.css"><style>html,body,#ide{height:100%;margin:0}</style>`,
    body: built
      ? `<div id="ide"></div><script>window.__PLANGRAPH_EXAMPLES__ = ${scriptJson(tabs)};</script><script type="module" src="/assets/ide.js"></script>`
      : NOT_BUILT,
  });
}

export function explorerPage(built: boolean): string {
  return pageFrame({
    title: 'PlanGraph · Explorer',
    head: `<link rel="stylesheet" href="/assets/explorer.css">`,
    body: built ? `<div id="app"></div><script type="module" src="/assets/explorer.js"></script>` : NOT_BUILT,
  });
}
