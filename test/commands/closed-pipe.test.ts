import { spawn } from 'node:child_process';
import { join } from 'node:path';

// `plangraph ingest seeds 2>&1 | head -1`: once the reader has gone, the command ends by itself
// instead of waiting forever on a pipe nobody reads.

const ROOT = join(__dirname, '..', '..');

it('exits when the pipe it writes to is closed after the first line', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), 'ingest', join(ROOT, 'seeds')], {
    env: { ...process.env, LOG_LEVEL: 'debug', NEO4J_URI: '', PLANGRAPH_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closeAfterFirstChunk = () => {
    child.stdout.destroy();
    child.stderr.destroy();
  };
  child.stderr.once('data', closeAfterFirstChunk);
  const exited = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 25_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!exited) child.kill('SIGKILL');
  expect(exited).toBe(true);
}, 30_000);
