import { encode } from 'html-entities';
import { EXAMPLE_OPERATIONS } from './examples';

// /examples: a self-contained page (no CDN) listing the example operations, each with a form
// that POSTs it as JSON, for when Sandbox cannot load.

const form = (op: (typeof EXAMPLE_OPERATIONS)[number], i: number) => `
<section>
  <h2>${encode(op.title)}</h2>
  <form data-op="${i}">
    <textarea name="query" rows="12" cols="100">${encode(op.query)}</textarea>
    <textarea name="variables" rows="3" cols="100">${encode(JSON.stringify(op.variables))}</textarea>
    <button type="submit">Run ${encode(op.name)}</button>
  </form>
  <pre id="out-${i}"></pre>
</section>`;

const SCRIPT = `
for (const f of document.querySelectorAll('form')) {
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = document.getElementById('out-' + f.dataset.op);
    try {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: f.query.value, variables: JSON.parse(f.variables.value || '{}') }) });
      out.textContent = JSON.stringify(await res.json(), null, 2);
    } catch (err) { out.textContent = String(err); }
  });
}`;

export function examplesPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PlanGraph examples</title>
<style>body{font-family:sans-serif;margin:2em}textarea{display:block;font-family:monospace;margin:.3em 0}pre{background:#f4f4f4;max-height:30em;overflow:auto}</style>
</head><body>
<h1>PlanGraph · 数字青岛 knowledge graph</h1>
<p>Example operations; POST JSON to <code>/graphql</code>. Apollo Sandbox is at <a href="/">/</a> when online.</p>
${EXAMPLE_OPERATIONS.map(form).join('\n')}
<script>${SCRIPT}</script>
</body></html>`;
}
