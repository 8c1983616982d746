// Tests that run the real CLI in a child process (kill mid-ingest, start-up) use dist/. Build it
// when any source is newer than the last build, so `npm test` never runs a stale CLI.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const stamp = path.join(root, 'dist', 'src', 'cli.js');

function newest(dir, skip = '') {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (p === skip) continue;
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

// The browser bundles (src/explorer → dist/explorer, esbuild) are rebuilt the same way, once per
// run, for the explorer's browser tests.
const explorerSrc = path.join(root, 'src', 'explorer');
const explorerStamp = path.join(root, 'dist', 'explorer', 'explorer.js');

function buildExplorer() {
  const built = fs.existsSync(explorerStamp) ? fs.statSync(explorerStamp).mtimeMs : 0;
  if (built >= newest(explorerSrc)) return;
  execFileSync(process.execPath, [path.join(explorerSrc, 'build.mjs')], { cwd: root, stdio: 'inherit' });
}

// Every test's scratch folder (mkdtemp under os.tmpdir()) lands in one folder per run, which the
// teardown removes, so runs leave nothing behind in /tmp. Workers and the CLI children they spawn
// inherit TMPDIR.
function scratchRoot() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-test-'));
  process.env.TMPDIR = dir;
  process.env.PLANGRAPH_TEST_SCRATCH = dir;
}

module.exports = async () => {
  scratchRoot();
  buildExplorer();
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= Math.max(newest(path.join(root, 'src'), explorerSrc), newest(path.join(root, 'cypher')))) return;
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    // tsc still emits on type errors; `npm run typecheck` is where those fail the build.
    console.warn('global-setup: tsc reported errors; the CLI tests run on what it emitted');
  }
  fs.utimesSync(stamp, new Date(), new Date());
};
