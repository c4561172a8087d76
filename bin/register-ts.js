'use strict';
// Minimal require hook: transpile .ts/.tsx with the project's TypeScript (no type check) so the CLI runs from
// source straight after `npm ci`. `npm run build:cli` makes dist/ and the hook is then not used.
const fs = require('fs');
const ts = require('typescript');
for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = function (module, filename) {
    const source = fs.readFileSync(filename, 'utf8');
    const out = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        jsx: ts.JsxEmit.ReactJSX,
        esModuleInterop: true,
        sourceMap: false,
      },
    });
    module._compile(out.outputText, filename);
  };
}
