#!/usr/bin/env node
'use strict';
// `npm run bench` launcher: runs the TypeScript benchmark (bench/main.ts) from source through the project's
// require hook, like bin/bangfu.js. See bench/main.ts for the options.
require('../bin/register-ts');
require('./main.ts')
  .main(process.argv.slice(2))
  .catch((e) => {
    process.stderr.write((e && e.stack ? e.stack : String(e)) + '\n');
    process.exit(1);
  });
