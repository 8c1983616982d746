// Tests that run the real CLI in a child process (kill mid-ingest, start-up) use dist/. Build it
// when any source is newer than the last build, so `npm test` never runs a stale CLI.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const stamp = path.join(root, 'dist', 'src', 'cli.js');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

module.exports = async () => {
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'cypher')))) return;
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
