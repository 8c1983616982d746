#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
const { main } = require('../dist/src/cli.js');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`plangraph: ${err && err.message ? err.message : err}\n`); process.exitCode = 1; },
);
