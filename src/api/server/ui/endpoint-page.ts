import { FONT_STACK, pageFrame } from './page-frame';

// GET / in a browser when the landing page is off (production): a short page naming the
// endpoint, instead of the CSRF error a GraphQL GET without a preflight header gets.

export function endpointPage(): string {
  return pageFrame({
    title: 'PlanGraph GraphQL API',
    head: `<style>body{font-family:${FONT_STACK};max-width:40em;margin:3em auto;padding:0 1em;color:#1d2733}code{background:#eef1f5;padding:0 .25em}</style>`,
    body: `<h1>PlanGraph GraphQL API</h1>
<p>This is a GraphQL endpoint. Send queries as JSON with <code>POST /graphql</code>
(<code>content-type: application/json</code>, body <code>{"query": "…", "variables": {…}}</code>).</p>
<p>The IDE, the explorer and schema introspection are switched off on this server
(<code>PLANGRAPH_LANDING_PAGE</code>, <code>PLANGRAPH_INTROSPECTION</code>).</p>`,
  });
}
