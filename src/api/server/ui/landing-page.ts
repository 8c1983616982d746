import { EXAMPLES_DOCUMENT, EXAMPLES_VARIABLES } from './examples';
import { FONT_STACK, pageFrame, scriptJson } from './page-frame';

// GET / in a browser: Apollo Sandbox when Apollo's CDN can be reached (telemetry off), and a
// PlanGraph page with the local IDE and the explorer when it cannot. Apollo's own landing page
// ends in "you might be offline" with no way on; this one always links to what works offline.

const SANDBOX_SCRIPT = 'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';
/** How long to wait for the CDN before calling it unreachable (a hung request never errors). */
const SANDBOX_TIMEOUT_MS = 8000;

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:${FONT_STACK};color:#1d2733;background:#f6f7f9}
header{display:flex;flex-wrap:wrap;align-items:center;gap:.4em 1.2em;padding:.5em 1em;background:#17324d;color:#fff}
header strong{font-size:1.1em}
header a{color:#fff}
#sandbox{position:absolute;top:2.6em;bottom:0;left:0;right:0}
#sandbox iframe{width:100%;height:100%;border:0;background:#fff}
#fallback{max-width:46em;margin:2em auto;padding:1.5em;background:#fff;border:1px solid #d5dbe3;border-radius:6px}
#fallback[hidden]{display:none}
#fallback .links{display:flex;flex-wrap:wrap;gap:.8em;margin-top:1em}
#fallback .links a{display:inline-block;padding:.6em 1.1em;border-radius:4px;background:#17324d;color:#fff;text-decoration:none}
#fallback .links a.secondary{background:#e8edf3;color:#17324d}
code{background:#eef1f5;padding:0 .25em;border-radius:3px}`;

const SCRIPT = `
(function () {
  var config = window.__SANDBOX__;
  var fallback = document.getElementById('fallback');
  var status = document.getElementById('status');
  var settled = false;
  function unreachable(reason) {
    if (settled) return;
    settled = true;
    document.getElementById('sandbox').remove();
    status.textContent = 'Apollo Sandbox could not be loaded from Apollo\\u2019s CDN (' + reason + '). Everything below works without the internet.';
    fallback.dataset.state = 'offline';
    fallback.hidden = false;
  }
  var timer = setTimeout(function () { unreachable('no answer in ${SANDBOX_TIMEOUT_MS / 1000} s'); }, ${SANDBOX_TIMEOUT_MS});
  var script = document.createElement('script');
  script.src = config.src;
  script.onerror = function () { clearTimeout(timer); unreachable('the network refused the request'); };
  script.onload = function () {
    clearTimeout(timer);
    if (settled) return;
    if (!window.EmbeddedSandbox) return unreachable('the script did not define the Sandbox');
    settled = true;
    fallback.hidden = true;
    new window.EmbeddedSandbox({
      target: '#sandbox',
      initialEndpoint: location.origin + '/graphql',
      initialState: { document: config.document, variables: config.variables },
      endpointIsEditable: false,
      hideCookieToggle: false,
      runTelemetry: false,
      allowDynamicStyles: false,
    });
  };
  document.head.appendChild(script);
})();`;

export function landingPage(): string {
  const config = { src: SANDBOX_SCRIPT, document: EXAMPLES_DOCUMENT, variables: EXAMPLES_VARIABLES };
  return pageFrame({
    title: 'PlanGraph · GraphQL',
    head: `<style>${STYLE}</style>`,
    body: `<header><strong>PlanGraph</strong><span>数字青岛规划知识图谱 · GraphQL at <code style="background:none;color:#fff">/graphql</code></span>
<a href="/ide">GraphQL IDE (offline)</a><a href="/explorer">Explorer</a><a href="/examples">Examples</a></header>
<div id="sandbox"></div>
<section id="fallback" hidden>
<h1>PlanGraph</h1>
<p id="status">Loading Apollo Sandbox…</p>
<p>The built-in GraphQL IDE has completion, the schema docs, history and the example operations
(lineage, a timeline, search, a plan's structure); the explorer draws the graph, the timelines,
lineage and plans, and quotes every fact.</p>
<div class="links"><a href="/ide">Open the GraphQL IDE</a><a href="/explorer">Open the explorer</a><a class="secondary" href="/examples">Plain examples page</a></div>
</section>
<script>window.__SANDBOX__ = ${scriptJson(config)};</script>
<script>${SCRIPT}</script>`,
  });
}
