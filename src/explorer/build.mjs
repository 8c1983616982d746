// Bundles the GraphQL IDE and the explorer for the browser into dist/explorer with esbuild
// (part of `npm run build`, so `npm install` builds them). Shared code (React) goes into one
// chunk both load; everything is local: the server serves these files under /assets/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const started = Date.now();
const outdir = join(here, '../../dist/explorer');
// Chunk names carry content hashes: clear the old ones rather than let them pile up.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { ide: join(here, 'ide/main.tsx'), explorer: join(here, 'app/main.tsx') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: process.env.PLANGRAPH_EXPLORER_DEBUG !== '1',
  sourcemap: 'linked',
  target: ['chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  chunkNames: 'chunk-[hash]',
  define: { 'process.env.NODE_ENV': process.env.PLANGRAPH_EXPLORER_DEBUG === '1' ? '"development"' : '"production"' },
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.entries(result.metafile.outputs)
  .filter(([f]) => !f.endsWith('.map'))
  .reduce((n, [, o]) => n + o.bytes, 0);
console.log(`explorer: bundled ${(bytes / 1024).toFixed(0)} KiB into dist/explorer in ${Date.now() - started} ms`);
