#!/usr/bin/env node
'use strict';
// In a checkout, run the TypeScript sources directly (transpiled on load, so the command is never stale);
// an installed package without sources runs the compiled dist/ (npm run build:cli).
const path = require('path');
const fs = require('fs');
const source = path.join(__dirname, '..', 'src', 'cli', 'main.ts');
let cli;
if (fs.existsSync(source)) {
  require('./register-ts');
  cli = require(source);
} else {
  cli = require(path.join(__dirname, '..', 'dist', 'cli', 'main.js'));
}
cli.main(process.argv.slice(2)).then((code) => process.exit(code));
