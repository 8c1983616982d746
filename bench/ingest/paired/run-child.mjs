// Forks TREE/dist/bench/ingest/ingest-child.js on one corpus folder exactly as bench/ingest does and
// prints its result line; run under /usr/bin/time by paired-cpu.sh, which reads the CPU of both.
import { fork } from 'node:child_process';

const [tree, path] = process.argv.slice(2);
const child = fork(`${tree}/dist/bench/ingest/ingest-child.js`, [JSON.stringify({ paths: [path], repeat: 1 })], {
  execArgv: ['--max-old-space-size=20480'],
  serialization: 'advanced',
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
child.on('message', (m) => {
  const { byLabel, ...rest } = m;
  void byLabel;
  console.log(JSON.stringify({ tree, ...rest }));
  child.kill('SIGTERM');
});
