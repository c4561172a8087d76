// The one-file CLI (#17 start-up: webpack --env cli, which bin/bangfu.js runs after `npm ci`) is the same program
// as the sources: built here from the current sources (tsc, then webpack, as `npm run build:cli` does), it gives
// the report the in-process CLI gives, with settings (zod), a county pack (CEL inside the bundle) and summaries
// (ExcelJS) — the packages it leaves outside are found from the bundle's place.
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';

const root = path.resolve(__dirname, '..', '..');
// Inside the project (under node_modules/.cache): the bundle resolves exceljs and zod as bin's would.
const work = path.join(root, 'node_modules', '.cache', `bangfu-cli-bundle-${process.pid}`);
const bundle = path.join(work, 'bundle.js');
let out = '';

beforeAll(async () => {
  await fs.mkdir(work, { recursive: true });
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-bundle-'));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(work, 'dist')], {
    cwd: root,
  });
  const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  execFileSync(
    process.execPath,
    [
      webpack,
      '--env',
      'cli',
      '--env',
      `cliEntry=${path.join(work, 'dist', 'cli', 'entry.js')}`,
      '--env',
      `cliOut=${bundle}`,
    ],
    { cwd: root, stdio: 'pipe' },
  );
}, 120_000);
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
  await fs.rm(out, { recursive: true, force: true });
});

const sample = path.join(root, 'examples', 'sample-ledger.xlsx');
const pack = path.join(root, 'examples', '县规则示例.json');

/** A JSON report without its time of writing. */
async function report(file: string): Promise<Record<string, unknown>> {
  const r = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  expect(typeof r.generatedAt).toBe('string');
  delete r.generatedAt;
  return r;
}

test('the bundle is one file with CEL inside, and ExcelJS and zod left as packages', async () => {
  const text = await fs.readFile(bundle, 'utf8');
  expect(text).toContain('require("exceljs")');
  expect(text).toContain('require("zod")');
  expect(text).not.toContain('require("@marcbachmann/cel-js")');
  // tsc's output has one file per module; the bundle needs none of them.
  expect(text).not.toMatch(/require\("\.\.?\//);
});

/** Runs the bundle as bin/bangfu.js does: require it, call main with the arguments. */
async function runBundle(args: string[]) {
  const runner = path.join(work, 'run.js');
  await fs.writeFile(
    runner,
    `require(${JSON.stringify(bundle)}).main(process.argv.slice(2)).then((c) => process.exit(c));\n`,
  );
  return spawnSync(process.execPath, [runner, ...args], { encoding: 'utf8' });
}

test('requiring the bundle runs nothing by itself: main runs once, when called', async () => {
  const help = await runBundle(['--help']);
  expect(help.stdout.split('用法 / usage').length - 1).toBe(1);
  const loadOnly = path.join(work, 'load.js');
  await fs.writeFile(loadOnly, `require(${JSON.stringify(bundle)});\n`);
  const silent = spawnSync(process.execPath, [loadOnly, '--help'], { encoding: 'utf8' });
  expect(silent.status).toBe(0);
  expect(silent.stdout).toBe('');
});

test('the bundled CLI gives the report the sources give (settings, a county pack, summaries)', async () => {
  const config = path.join(out, '配置.json');
  await fs.writeFile(config, JSON.stringify({ helperMaxHouseholds: 6 }));
  const args = (json: string, summary: string) => [
    'check',
    sample,
    '--config',
    config,
    '--rules',
    pack,
    '--json',
    json,
    '--summary',
    summary,
    '--quiet',
  ];
  const run = await runBundle(args(path.join(out, 'bundle.json'), path.join(out, 'bundle.xlsx')));
  expect(run.stderr).toBe('');
  const sink = { write: () => undefined };
  const code = await main(args(path.join(out, 'src.json'), path.join(out, 'src.xlsx')), {
    out: sink,
    err: sink,
  });
  expect(run.status).toBe(code);
  expect(code).toBe(1); // the sample has errors on purpose
  const fromBundle = await report(path.join(out, 'bundle.json'));
  expect(fromBundle).toEqual(await report(path.join(out, 'src.json')));
  expect((fromBundle.rulePacks as unknown[]).length).toBeGreaterThan(1);
  // The summaries workbook was written by the bundle too (ExcelJS found from the bundle's place).
  expect((await fs.stat(path.join(out, 'bundle.xlsx'))).size).toBeGreaterThan(5000);
});
