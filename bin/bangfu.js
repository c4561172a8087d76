#!/usr/bin/env node
'use strict';
// Runs the compiled CLI when present (after `npm run build:cli`), else the TypeScript source through ts-node-free
// transpilation on the fly, so `npx bangfu` works straight after `npm ci`.
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled).main(process.argv.slice(2)).then((code) => process.exit(code));
} else {
  require('./register-ts');
  require('../src/cli/main.ts').main(process.argv.slice(2)).then((code) => process.exit(code));
}
