#!/usr/bin/env node
'use strict';
// The compiled CLI (dist/, built by `npm ci` through the prepare script) when it is up to date with the sources:
// its one-file bundle (dist/cli/bundle.js, webpack --env cli) when that is as new as tsc's output, else tsc's
// dist/cli/main.js. Otherwise — a checkout edited since the last build — the TypeScript sources, transpiled on
// load, so the command is never stale. Start-up is the whole run for a village file, so the fresh check is a stat
// walk only.
const path = require('path');
const fs = require('fs');
const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'cli', 'main.js');
const bundle = path.join(root, 'dist', 'cli', 'bundle.js');
const sources = path.join(root, 'src');

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);

function useCompiled() {
  if (!fs.existsSync(compiled)) return false;
  if (!fs.existsSync(sources)) return true; // an installed package: dist only
  return mtime(compiled) >= newestSource(sources);
}

// Usage alone needs a few small modules of dist/, not the whole bundle compiled.
const usageOnly = process.argv.length <= 2 || ['--help', '-h'].includes(process.argv[2]);
let cli;
if (useCompiled()) cli = require(!usageOnly && mtime(bundle) >= mtime(compiled) ? bundle : compiled);
else {
  require('./register-ts');
  cli = require(path.join(sources, 'cli', 'main.ts'));
}
cli.main(process.argv.slice(2)).then((code) => process.exit(code));
