#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
require('../dist/src/cli.js').runFromCommandLine(process.argv.slice(2));
