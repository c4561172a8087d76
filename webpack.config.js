// Builds the Excel add-in pages: taskpane.html (React pane) and commands.html (ribbon function file, also shown
// as the completion notice dialog). office.js and the files it lazily loads are copied from
// node_modules/@microsoft/office-js/dist into dist/ so every page loads only from its own origin (strict CSP, and
// tests run without network access).
//
// Environment:
//   BANGFU_TEST=1     also build taskpane-test.html / commands-test.html (test/e2e/harness): they install the
//                     in-memory Excel simulator before the same pane code runs. Never set for a release build;
//                     the production pages' chunks never import the simulator.
//   BANGFU_OUT=<dir>  output directory (default dist/addin, so it does not collide with the CLI's tsc output in dist/).
//
// Sideloading into real Excel needs https: install office-addin-dev-certs (npx office-addin-dev-certs install)
// and start with `npx webpack serve --mode development --server-type https --server-options-key <key>
// --server-options-cert <cert>` using the files it prints (~/.office-addin-dev-certs/localhost.{key,crt}), then
// sideload manifest.xml. Plain http on port 3000 is kept as the default for local browser checks and tests.
'use strict';
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

// style-src needs 'unsafe-inline': Fluent UI v9 (Griffel) injects <style> elements at runtime.
// Everything else is same-origin only: no CDN, no remote fonts, no telemetry endpoints.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The CLI as one file (`webpack --env cli`, run by `npm run build:cli` after tsc): dist/cli/entry.js (main) and
 * every module it reaches, CEL included, in dist/cli/bundle.js, which bin/bangfu.js runs when it is up to date. A check of
 * a village file is mostly start-up: one script instead of ≈75 modules to resolve, read and wrap, and no ES-module
 * loader for CEL, is ≈10 % of a 300-row check (bench/NOTES.md). ExcelJS and zod stay packages: a plain check never
 * loads them. `--env cliEntry=… --env cliOut=…` bundle another tsc output (test/reliability/cliBundle.test.ts).
 */
function cliBundle(env) {
  const entry = path.resolve(env.cliEntry || path.join(__dirname, 'dist/cli/entry.js'));
  const out = path.resolve(env.cliOut || path.join(__dirname, 'dist/cli/bundle.js'));
  return {
    mode: 'production',
    target: 'node20.19',
    entry,
    output: {
      path: path.dirname(out),
      filename: path.basename(out),
      library: { type: 'commonjs2' },
      clean: false,
      // Always written: bin/bangfu.js runs the bundle only when it is as new as tsc's output.
      compareBeforeEmit: false,
    },
    externals: { exceljs: 'commonjs exceljs', zod: 'commonjs zod' },
    externalsPresets: { node: true },
    // Readable stack traces; minifying saves little of the parse time and none of the run.
    optimization: { minimize: false, splitChunks: false },
    devtool: false,
    performance: { hints: false },
  };
}

module.exports = (env = {}, argv = {}) => {
  if (env.cli) return cliBundle(env);
  const dev = argv.mode !== 'production';
  const test = process.env.BANGFU_TEST === '1';
  const outDir = process.env.BANGFU_OUT
    ? path.resolve(process.env.BANGFU_OUT)
    : path.resolve(__dirname, 'dist/addin');

  const page = (filename, chunks, title) =>
    new HtmlWebpackPlugin({
      filename,
      chunks,
      template: path.resolve(__dirname, 'src/taskpane/page.html'),
      templateParameters: { title, csp: CSP },
      // office.js is a classic script in <head>; our bundles are deferred so Office is defined before they run.
      scriptLoading: 'defer',
      inject: 'head',
    });

  // The engine's Web Worker is an entry of its own, self-contained (no split chunks: a worker cannot load the
  // pages' JSONP chunks), under a fixed name the pane finds through BANGFU_WORKER_URL; ?v= busts caches.
  const WORKER = 'engine-worker';
  const buildId = Date.now().toString(36);
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    [WORKER]: './src/taskpane/engine.worker.ts',
  };
  const pages = [
    page('taskpane.html', ['taskpane'], '帮扶台账助手'),
    page('commands.html', ['commands'], '帮扶台账助手'),
  ];
  if (test) {
    entry['taskpane-test'] = './test/e2e/harness/taskpane-test.tsx';
    entry['commands-test'] = './test/e2e/harness/commands-test.ts';
    pages.push(page('taskpane-test.html', ['taskpane-test'], '帮扶台账助手（测试）'));
    pages.push(page('commands-test.html', ['commands-test'], '帮扶台账助手（测试）'));
  }

  return {
    mode: dev ? 'development' : 'production',
    // eval-based source maps would need 'unsafe-eval' in the CSP.
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: outDir,
      filename: (data) =>
        data.chunk && data.chunk.name === WORKER ? `${WORKER}.js` : '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`'s job; the bundle only needs transpiling.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } },
          },
        },
      ],
    },
    optimization: {
      // Heavy code (engine, summaries, zod) is behind import() in the pane, so the first paint loads only the
      // React/Fluent shell; splitChunks shares vendor code between the entries.
      splitChunks: { chunks: (chunk) => chunk.name !== WORKER },
    },
    performance: { hints: false },
    plugins: [
      ...pages,
      new webpack.DefinePlugin({ BANGFU_WORKER_URL: JSON.stringify(`${WORKER}.js?v=${buildId}`) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.resolve(__dirname, 'assets/*.png'), to: 'assets/[name][ext]' },
          // Microsoft's files are copied as shipped (already minified): info.minimized keeps terser off them.
          { from: path.join(OFFICE_DIST, 'office.js'), to: 'office.js', info: { minimized: true } },
          // Loaded by office.js on demand: host-specific Excel runtimes, the O15 mapping table, UI strings.
          {
            from: 'excel-*16.0[01]*.js',
            context: OFFICE_DIST,
            globOptions: { ignore: ['**/*.debug.js'] },
            info: { minimized: true },
          },
          { from: 'o15apptofilemappingtable.js', context: OFFICE_DIST, info: { minimized: true } },
          { from: '*/office_strings.js', context: OFFICE_DIST, info: { minimized: true } },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: 3000,
      static: false,
      headers: { 'Content-Security-Policy': CSP },
      client: { overlay: false },
    },
  };
};
