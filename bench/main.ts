// `npm run bench`: engine throughput, CLI end to end, Office.js host on the simulator, task pane bundle size.
// The parent process plans the runs and spawns one child per case (`node bench/run.js --case … --json`), so peak
// RSS and heap are per case; it takes medians, prints a table and writes bench/RESULTS.md.
//
//   npm run bench                      full run (~10 min on 2 cores), writes bench/RESULTS.md
//   npm run bench -- --quick           smoke run: small sizes, 1 run, writes node_modules/.cache/bangfu-bench/RESULTS.quick.md
//   npm run bench -- startup read      only some sections (or --only engine,sim): startup, read, engine, cli, sim,
//                                      national, bundle, pane, million, compare; RESULTS.md is not written
//   npm run bench -- --profile [--size 100000]   engine under node --cpu-prof, prints the hottest functions
//   npm run bench -- --cli-main        also time the real CLI entry point once (one more full CLI run)
//   npm run bench -- --refresh-notes   re-inserts bench/NOTES.md into bench/RESULTS.md (no measuring)
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import {
  cliCase,
  cliMainCase,
  engineCase,
  exceljsReadCase,
  readCase,
  type ReadResult,
  millionCase,
  type MillionResult,
  simCase,
  nationalCase,
  type CliResult,
  type NationalResult,
  type EngineResult,
  type SimResult,
} from './cases';
import { CACHE_DIR, cachedInlineWorkbook, cachedNationalFiles, cachedWorkbook } from './inputs';
import { compareCase, type CompareBenchResult } from './compareCase';
import { formatHot, summariseProfile } from './profile';
import { paneCase, type PaneResult } from './paneCase';

const ROOT = path.resolve(__dirname, '..');
const RUN_JS = path.join(__dirname, 'run.js');
const MARKER = '@@BENCH-RESULT ';
const MB = 1024 * 1024;

type Args = Record<string, string | true>;

/** Section names given without a flag (`npm run bench -- startup read`) are collected under `only`. */
function parseArgs(argv: string[]): Args {
  const out: Args = {};
  const sections: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      sections.push(a);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[a.slice(2)] = next;
      i++;
    } else out[a.slice(2)] = true;
  }
  if (sections.length)
    out.only = [...(typeof out.only === 'string' ? out.only.split(',') : []), ...sections].join(',');
  return out;
}

const num = (v: string | true | undefined, d: number): number => (typeof v === 'string' ? Number(v) : d);

// ---------------------------------------------------------------- child side

async function runChild(args: Args): Promise<void> {
  const c = args.case;
  let result: unknown;
  if (c === 'engine')
    result = await engineCase(
      num(args.size, 10_000),
      num(args.runs, 5),
      num(args.warmup, 1),
      !args['no-floor'],
    );
  else if (c === 'xlsx') result = { file: await cachedWorkbook(num(args.size, 100_000)) };
  else if (c === 'cli') result = await cliCase(String(args.file));
  else if (c === 'cli-main') result = await cliMainCase(String(args.file));
  else if (c === 'exceljs') result = await exceljsReadCase(String(args.file));
  else if (c === 'read') result = await readCase(String(args.file), num(args.runs, 3));
  else if (c === 'pane') result = await paneCase(num(args.size, 10_000), num(args.runs, 3));
  else if (c === 'inline-xlsx') result = { file: await cachedInlineWorkbook(num(args.size, 1_000_000)) };
  else if (c === 'million') result = await millionCase(String(args.file), num(args.size, 1_000_000));
  else if (c === 'sim') result = await simCase(num(args.size, 100_000), num(args.marks, 10_000));
  else if (c === 'national') result = await nationalCase(num(args.size, 100_000), num(args.runs, 3));
  else if (c === 'national-files') result = { dir: await cachedNationalFiles(num(args.size, 100_000)) };
  else if (c === 'compare') result = await compareCase(num(args.size, 10_000), num(args.runs, 3));
  else throw new Error(`unknown case ${String(c)}`);
  process.stdout.write(`\n${MARKER}${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------- parent side

function spawnCase<T>(caseArgs: string[], nodeFlags: string[] = []): T {
  const res = spawnSync(process.execPath, ['--expose-gc', ...nodeFlags, RUN_JS, ...caseArgs, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith(MARKER));
  if (res.status !== 0 || !line)
    throw new Error(`case ${caseArgs.join(' ')} failed (exit ${res.status ?? res.signal}):\n${res.stdout}`);
  return JSON.parse(line.slice(MARKER.length)) as T;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const log = (s: string) => process.stderr.write(s + '\n');
const fmt = (n: number, d = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const kb = (b: number) => `${fmt(b / 1024, 1)} KB`;
const mbs = (b: number) => `${fmt(b / MB, 2)} MB`;
const ok = (met: boolean) => (met ? '✅ met' : '❌ missed');

function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = rows.map((r) => r.map(String));
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  const numeric = head.map(
    (_, i) => cells.length > 0 && cells.every((r) => /^[*\d,.\s%×/—-]*$/.test(r[i] ?? '')),
  );
  return [line(head), line(numeric.map((n) => (n ? '---:' : '---'))), ...cells.map(line)].join('\n');
}

interface Plan {
  quick: boolean;
  engineSizes: number[];
  engineRuns: number;
  cliSize: number;
  cliRuns: number;
  /** Also run the real src/cli/main.ts entry point once (another full CLI run). */
  cliMain: boolean;
  simSize: number;
  /** Persons of the five-export national set. */
  nationalSize: number;
  sections: Set<string>;
  /** Person rows of the inline-string read (1,000,000 in a full run). */
  millionSize: number;
  readSizes: number[];
  readRuns: number;
  paneSize: number;
  paneRuns: number;
}

interface EngineRow {
  r: EngineResult;
  engineMs: number;
  floorMs: number;
  rowsPerSec: number;
  ratio: number;
}

/** Warm-up runs before the timed ones: at least one, and enough for the JIT to settle on small inputs
 * (≈200,000 person rows in all; a single 10,000-row run leaves much of the engine unoptimised). */
export const warmupsFor = (size: number): number => Math.max(1, Math.ceil(200_000 / size));

function engineSection(plan: Plan): { md: string; rows: EngineRow[] } {
  const rows: EngineRow[] = [];
  for (const size of plan.engineSizes) {
    log(`engine: ${fmt(size)} persons × ${plan.engineRuns} runs (+${warmupsFor(size)} warm-up)…`);
    const r = spawnCase<EngineResult>([
      '--case',
      'engine',
      '--size',
      String(size),
      '--runs',
      String(plan.engineRuns),
      '--warmup',
      String(warmupsFor(size)),
    ]);
    const engineMs = median(r.engineMs);
    const floorMs = median(r.floorMs);
    rows.push({ r, engineMs, floorMs, rowsPerSec: r.persons / (engineMs / 1000), ratio: engineMs / floorMs });
  }
  const t = table(
    [
      'person rows',
      'households',
      'cells',
      'engine ms',
      'person rows/s',
      'floor ms',
      'engine ÷ floor',
      'input heap MB',
      'peak heap MB',
      'peak RSS MB',
      'findings',
      'rows with findings',
      'rows with errors',
    ],
    rows.map(({ r, engineMs, floorMs, rowsPerSec, ratio }) => [
      fmt(r.persons),
      fmt(r.households),
      fmt(r.cells),
      fmt(engineMs),
      fmt(rowsPerSec),
      fmt(floorMs, 1),
      fmt(ratio, 1),
      fmt(r.inputHeapMB),
      fmt(r.peakHeapMB),
      fmt(r.maxRssMB),
      fmt(r.findings),
      `${fmt(100 * r.rowsWithFindings, 2)} %`,
      `${fmt(100 * r.rowsWithErrors, 2)} %`,
    ]),
  );
  const big = rows[rows.length - 1];
  const phases = Object.entries(big.r.phases)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [k, fmt(v, 1), `${fmt((100 * v) / big.engineMs, 1)} %`]);
  const rateMet = rows.every((x) => x.rowsPerSec >= 300_000);
  const ratioMet = rows.every((x) => x.ratio <= 4);
  const md = [
    '## 1. Engine throughput (in-memory grids)',
    '',
    `\`analyze(sheets, {}, { today })\` on the generated workbook (main sheet ${big.r.columns} columns, plus the small extra sheets the generator adds: 补录, 行政村基本情况, 填表说明). ` +
      `Median of ${plan.engineRuns} runs after ${plan.engineSizes.map((n) => `${warmupsFor(n)} (${fmt(n)})`).join(' / ')} warm-up runs (enough for ≈200,000 rows, so the JIT has settled on the small inputs too), in one child process per size. ` +
      'Floor: one pass over every cell of the same sheets reading the value and its string length (`String(v).length` for numbers). ' +
      'Peak heap is sampled at every engine phase boundary (input grids included; "input heap" is the heap with only the grids alive).',
    '',
    t,
    '',
    `- Target ≥ 300,000 person rows/s: ${ok(rateMet)} (${rows.map((x) => `${fmt(x.r.persons)}: ${fmt(x.rowsPerSec)}/s`).join(', ')})`,
    `- Target engine ≤ 4 × floor: ${ok(ratioMet)} (${rows.map((x) => `${fmt(x.r.persons)}: ${fmt(x.ratio, 1)}×`).join(', ')})`,
    '',
    `Phase breakdown at ${fmt(big.r.persons)} person rows (median ms per phase, from \`onPhase\`):`,
    '',
    table(['phase', 'ms', 'share'], phases),
    '',
  ].join('\n');
  return { md, rows };
}

function compareSection(plan: Plan): { md: string; rows: CompareBenchResult[] } {
  const sizes = plan.quick ? [10_000] : [10_000, 100_000];
  const runs = plan.quick ? 1 : 3;
  const rows: CompareBenchResult[] = [];
  for (const size of sizes) {
    log(
      `compare: ${fmt(size)} persons: check, 比对 against a list of as many rows, 变动 against a changed copy × ${runs}…`,
    );
    rows.push(
      spawnCase<CompareBenchResult>(['--case', 'compare', '--size', String(size), '--runs', String(runs)]),
    );
  }
  const t = table(
    [
      'person rows',
      'list rows',
      'check ms',
      '比对 ms',
      '比对 ÷ check',
      '变动 ms',
      '变动 ÷ check',
      '比对 findings',
      '变动 findings',
      'peak RSS MB',
    ],
    rows.map((r) => {
      const [c, k, d] = [median(r.checkMs), median(r.compareMs), median(r.diffMs)];
      return [
        fmt(r.persons),
        fmt(r.listRows),
        fmt(c),
        fmt(k),
        fmt(k / c, 2),
        fmt(d),
        fmt(d / c, 2),
        fmt(r.compareFindings),
        fmt(r.diffFindings),
        fmt(r.maxRssMB),
      ];
    }),
  );
  const md = [
    '## 5. 账账相符: 比对 and 变动 against the single-ledger check',
    '',
    "In one child process per size, on the engine benchmark's generated input: `analyze` (the check), `compareLedger` " +
      'against a 低保 list with one row per ledger person (every 50th left out, every 97th name changed), and `diffWorkbooks` ' +
      'against a copy with every 40th row removed and every 30th 纯收入 up 35 % (it analyses both months, so about 2× a check). ' +
      `Median of ${runs} runs after one warm-up run.`,
    '',
    t,
    '',
  ].join('\n');
  return { md, rows };
}

interface CliSummary {
  cli: Record<keyof CliResult, number>;
  main?: { totalMs: number; processMs: number; maxRssMB: number };
  exceljs: { readMs: number; processMs: number; maxRssMB: number };
  ratio: number;
}

function cliSection(plan: Plan): { md: string; s: CliSummary } {
  log(`cli: preparing ${fmt(plan.cliSize)}-person workbook (cached under node_modules/.cache/bangfu-bench)…`);
  const { file } = spawnCase<{ file: string }>(['--case', 'xlsx', '--size', String(plan.cliSize)]);
  const fileBytes = statSync(file).size;
  const cli: CliResult[] = [];
  const ex: Array<{ readMs: number; processMs: number; maxRssMB: number }> = [];
  const mains: Array<{ totalMs: number; processMs: number; maxRssMB: number }> = [];
  // No separate warm-up process: the file was just written or read (page cache), and each run is a cold process
  // anyway, which is how a clerk runs the CLI.
  for (let i = 0; i < plan.cliRuns; i++) {
    log(`cli: run ${i + 1}/${plan.cliRuns}…`);
    ex.push(spawnCase(['--case', 'exceljs', '--file', file]));
    cli.push(spawnCase<CliResult>(['--case', 'cli', '--file', file]));
  }
  if (plan.cliMain) {
    log('cli: the real CLI entry point once…');
    mains.push(spawnCase(['--case', 'cli-main', '--file', file]));
  }
  const med = {} as Record<keyof CliResult, number>;
  for (const k of Object.keys(cli[0]) as Array<keyof CliResult>) med[k] = median(cli.map((c) => c[k]));
  const exMed = {
    readMs: median(ex.map((e) => e.readMs)),
    processMs: median(ex.map((e) => e.processMs)),
    maxRssMB: median(ex.map((e) => e.maxRssMB)),
  };
  const main = mains[0] as (typeof mains)[number] | undefined;
  const ratio = med.totalMs / exMed.readMs;
  const peakRss = Math.max(...cli.map((c) => c.maxRssMB), main?.maxRssMB ?? 0);
  const rssMet = peakRss <= 1536;
  const share = (ms: number) => `${fmt((100 * ms) / med.totalMs, 1)} %`;
  const md = [
    '## 2. CLI end to end (.xlsx)',
    '',
    `\`bangfu check <file> --annotate <copy> --quiet\` on a ${fmt(plan.cliSize)}-person workbook (${mbs(fileBytes)}), ` +
      `the same pipeline as src/cli/main.ts timed per phase; median of ${plan.cliRuns} runs` +
      ' (one fresh process each)' +
      '. "ExcelJS read" is `new ExcelJS.Workbook().xlsx.readFile(file)` alone in a fresh process, interleaved with the CLI runs.',
    '',
    table(
      ['phase', 'ms', 'share'],
      [
        ['read (streaming → grids)', fmt(med.readMs), share(med.readMs)],
        ['check (engine + text report)', fmt(med.checkMs), share(med.checkMs)],
        [
          'annotate + write (patched package: fills, notes, 问题清单)',
          fmt(med.annotateMs),
          share(med.annotateMs),
        ],
        ['**total**', `**${fmt(med.totalMs)}**`, '100 %'],
        ['process wall time (incl. start-up, TS transpile)', fmt(med.processMs), ''],
        ...(main
          ? [
              [
                'real CLI `main()` once: total / process wall',
                `${fmt(main.totalMs)} / ${fmt(main.processMs)}`,
                '',
              ],
            ]
          : []),
        ['ExcelJS read alone', fmt(exMed.readMs), ''],
      ],
    ),
    '',
    table(
      ['process', 'peak RSS MB'],
      [
        ['CLI pipeline (median)', fmt(med.maxRssMB)],
        ...(main ? [['real CLI main()', fmt(main.maxRssMB)]] : []),
        ['ExcelJS read alone (median)', fmt(exMed.maxRssMB)],
      ],
    ),
    '',
    `Findings: ${fmt(med.findings)}; annotated copy ${mbs(med.outputBytes)}.`,
    '',
    `- Target CLI total ≤ 1.5 × ExcelJS read: ${ok(ratio <= 1.5)} (${fmt(ratio, 2)}×: ${fmt(med.totalMs)} ms ÷ ${fmt(exMed.readMs)} ms)`,
    `- Target peak RSS ≤ 1.5 GB: ${ok(rssMet)} (${fmt(peakRss)} MB at most)`,
    '',
  ].join('\n');
  return { md, s: { cli: med, main, exceljs: exMed, ratio } };
}

function simSection(plan: Plan): { md: string; r: SimResult } {
  log(`sim: Office.js host on the simulator, ${fmt(plan.simSize)} persons…`);
  const r = spawnCase<SimResult>(['--case', 'sim', '--size', String(plan.simSize), '--marks', '10000']);
  const payload = r.read.totalBytes;
  const expected = payload / (4 * MB);
  const largestRead = Math.max(r.read.largestRequestBytes, r.read.largestResponseBytes);
  const readMet = largestRead <= 5 * MB && Math.abs(r.read.requests - expected) <= 2;
  const row = (name: string, s: SimResult['read'], target: string, met: boolean) => [
    name,
    s.syncs,
    s.requests,
    kb(s.largestRequestBytes),
    kb(s.largestResponseBytes),
    mbs(s.totalBytes),
    fmt(s.ms),
    target,
    ok(met),
  ];
  const md = [
    '## 3. Office.js host on the Excel simulator',
    '',
    `test/excel-sim with the default limits of Excel on the web (5 MB per request and response, 5,000,000 cells per read); ` +
      `${fmt(r.persons)} person rows × ${r.columns} columns (${fmt(r.cells)} cells in the workbook). ` +
      `Counts and bytes are deterministic (one run); "sim ms" is the simulator's time, not Excel's. ` +
      `Marks: ${fmt(r.mark.marks)} (${fmt(r.mark.fromFindings)} from the engine's findings on distinct cells, the rest synthetic on distinct cells of the big sheet). ` +
      `Summaries: ${r.summaries.sheets} sheets, ${fmt(r.summaries.cells)} cells. Read back identical to the input: ${r.readIdentical ? 'yes' : '**no**'}.`,
    '',
    table(
      [
        'operation',
        'syncs',
        'requests',
        'largest request',
        'largest response',
        'total bytes',
        'sim ms',
        'target',
        'result',
      ],
      [
        row(
          'read the sheet',
          r.read,
          `no request > 5 MB; requests within 2 of payload ÷ 4 MB = ${fmt(expected, 1)}`,
          readMet,
        ),
        row(`mark ${fmt(r.mark.marks)} findings`, r.mark, '≤ 10 syncs', r.mark.syncs <= 10),
        row('clear the marks', r.clear, '(≤ 10 syncs, as marking)', r.clear.syncs <= 10),
        row('write all summary sheets', r.summaries, '≤ 5 syncs', r.summaries.syncs <= 5),
      ],
    ),
    '',
  ].join('\n');
  return { md, r };
}

function bundleSection(): { md: string; initialGz: number } {
  const out = path.join(CACHE_DIR, 'addin');
  rmSync(out, { recursive: true, force: true });
  log('bundle: webpack --mode production (into node_modules/.cache/bangfu-bench/addin)…');
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const t = Date.now();
  const res = spawnSync(process.execPath, [cli, '--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, BANGFU_OUT: out, BANGFU_TEST: '' },
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  if (res.status !== 0) throw new Error(`webpack failed:\n${res.stdout}\n${res.stderr}`);
  const buildMs = Date.now() - t;
  const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  const gz = (f: string) => zlib.gzipSync(readFileSync(f), { level: 9 }).length;
  const scripts = srcs.map((src) => {
    const file = path.join(out, src.replace(/^\.?\//, '').split('?')[0]);
    const local = existsSync(file);
    return {
      src,
      ours: !/office\.js$/i.test(src),
      raw: local ? statSync(file).size : 0,
      gz: local ? gz(file) : 0,
      local,
    };
  });
  const initial = new Set(srcs.map((s) => path.basename(s)));
  const lazy = readdirSync(out)
    .filter((f) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(f) && !initial.has(f) && !f.startsWith('commands'))
    .map((f) => ({ f, raw: statSync(path.join(out, f)).size, gz: gz(path.join(out, f)) }));
  const ours = scripts.filter((s) => s.ours);
  const initialGz = ours.reduce((n, s) => n + s.gz, 0);
  const md = [
    '## 4. Task pane bundle',
    '',
    `\`webpack --mode production\` (built in ${fmt(buildMs / 1000, 1)} s). Scripts referenced by taskpane.html, i.e. loaded before first paint; gzip level 9.`,
    '',
    table(
      ['script', 'bytes', 'gzipped'],
      [
        ...scripts.map((s) => [
          s.src + (s.ours ? '' : ' (Microsoft office.js loader, not ours)'),
          s.local ? fmt(s.raw) : 'external',
          s.local ? kb(s.gz) : '—',
        ]),
        ['**our initial JavaScript**', fmt(ours.reduce((n, s) => n + s.raw, 0)), `**${kb(initialGz)}**`],
      ],
    ),
    '',
    lazy.length
      ? `Lazily loaded chunks (not counted): ${lazy.length} files, ${kb(lazy.reduce((n, l) => n + l.gz, 0))} gzipped in all (${lazy
          .sort((a, b) => b.gz - a.gz)
          .slice(0, 6)
          .map((l) => `${l.f} ${kb(l.gz)}`)
          .join(', ')}${lazy.length > 6 ? ', …' : ''}).`
      : 'No lazily loaded chunks.',
    '',
    `- Target pane JavaScript ≤ 400 KB gzipped before first paint: ${ok(initialGz <= 400 * 1024)} (${kb(initialGz)})`,
    '',
  ].join('\n');
  return { md, initialGz };
}

function gitInfo(): string {
  const run = (args: string[]) =>
    spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = run(['rev-parse', '--short', 'HEAD']);
  const dirty = run(['status', '--porcelain']).split('\n').filter(Boolean).length;
  return head ? `${head}${dirty ? ` + ${dirty} uncommitted changes` : ''}` : 'unknown';
}

function environment(): string {
  const cpus = os.cpus();
  return table(
    ['', ''],
    [
      ['date', new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
      [
        'machine',
        `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${fmt(os.totalmem() / 1024 ** 3, 1)} GB RAM, ${os.platform()} ${os.release()}`,
      ],
      [
        'load average at start',
        os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' / '),
      ],
      ['Node', process.version],
      ['commit', gitInfo()],
    ],
  );
}

async function runProfile(args: Args): Promise<void> {
  const size = num(args.size, 100_000);
  const dir = path.join(CACHE_DIR, 'prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`profile: engine on ${fmt(size)} persons under --cpu-prof (3 runs after a warm-up)…`);
  const r = spawnCase<EngineResult>(
    ['--case', 'engine', '--size', String(size), '--runs', '3', '--no-floor'],
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200'],
  );
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile written');
  const text = formatHot(summariseProfile(path.join(dir, file), 'analyze'), num(args.top, 30));
  const out = [
    `engine ${fmt(r.persons)} persons: median ${fmt(median(r.engineMs))} ms (under the profiler)`,
    '',
    text,
  ].join('\n');
  writeFileSync(path.join(dir, 'summary.txt'), out + '\n');
  process.stdout.write(
    out + `\n\nprofile: ${path.relative(ROOT, path.join(dir, file))} (open in Chrome DevTools)\n`,
  );
}

function nationalSection(plan: Plan): {
  md: string;
  r: NationalResult;
  ratio: number;
  cliMs: number;
  cliRssMB?: number;
} {
  log(`national: five exports of ${fmt(plan.nationalSize)} persons, one process…`);
  const r = spawnCase<NationalResult>([
    '--case',
    'national',
    '--size',
    String(plan.nationalSize),
    '--runs',
    String(plan.quick ? 1 : 3),
  ]);
  const single = median(r.singleMs);
  const five = median(r.fiveMs);
  const ratio = five / single;
  // The same five exports as the files a clerk has: `bangfu check <folder>`, read path included.
  const { dir } = spawnCase<{ dir: string }>([
    '--case',
    'national-files',
    '--size',
    String(plan.nationalSize),
  ]);
  log(`national: bangfu check on the folder of the five .xlsx exports…`);
  const cli = wall(process.execPath, [BIN, 'check', dir, '--quiet'], plan.quick ? 1 : 3);
  const md = [
    '## National exports: five files as one ledger',
    '',
    `The five exports of 全国防止返贫监测信息系统 (test/generator/national.ts, every cell text) for ${fmt(r.persons)} persons ` +
      `plus ${fmt(r.companionRows)} companion rows (work spells, plans, 户信息, villages), checked with \`analyze\` as one ledger (setting 贫困发生率 denominator = 总人口数, which 行政村信息 has), ` +
      `against the 监测对象信息 export alone; median of ${r.fiveMs.length} alternating runs after one warm-up each.`,
    '',
    table(
      ['input', 'engine ms', 'person rows/s'],
      [
        ['监测对象信息 alone', fmt(single), fmt(r.persons / (single / 1000))],
        ['five exports', fmt(five), fmt(r.persons / (five / 1000))],
      ],
    ),
    '',
    `- Five files ÷ one: ${fmt(ratio, 2)}×; findings ${fmt(r.findings)} (errors + warnings ${fmt(r.errorsAndWarnings)}: the set is clean); peak RSS ${fmt(r.maxRssMB)} MB; generating the set took ${fmt(r.buildMs)} ms.`,
    `- As files (one inline-string .xlsx per export, as the system writes them): \`bangfu check <folder> --quiet\` takes ${fmt(cli.ms)} ms wall (median of ${plan.quick ? 1 : 3}, bin/bangfu.js), peak RSS ${cli.maxRssMB ? `${fmt(cli.maxRssMB)} MB` : 'not measured'}.`,
    '',
  ].join('\n');
  return { md, r, ratio, cliMs: cli.ms, cliRssMB: cli.maxRssMB };
}

const NOTES_MARKER = '<!-- bench/NOTES.md below (npm run bench -- --refresh-notes re-inserts it) -->';

/** Re-inserts bench/NOTES.md (hand-written profiling notes) into bench/RESULTS.md without re-measuring. */
function refreshNotes(): void {
  const file = path.join(__dirname, 'RESULTS.md');
  const results = readFileSync(file, 'utf8');
  const found = results.indexOf(NOTES_MARKER);
  const at = found < 0 ? results.trimEnd().length + 1 : found;
  const notes = readFileSync(path.join(__dirname, 'NOTES.md'), 'utf8').trim();
  writeFileSync(file, results.slice(0, at) + NOTES_MARKER + '\n\n' + notes + '\n');
  log('bench/RESULTS.md: notes refreshed');
}

const TIME = '/usr/bin/time';

/**
 * Wall time of a whole command, median of `runs` (after one unmeasured run to warm the file cache), and its
 * largest peak RSS (GNU time's %M, when /usr/bin/time is installed; the time process itself is not counted).
 */
function wall(
  cmd: string,
  args: string[],
  runs: number,
): { ms: number; code: number | null; maxRssMB?: number } {
  const times: number[] = [];
  let code: number | null = null;
  let rss: number | undefined;
  const rssFile = path.join(CACHE_DIR, `rss-${process.pid}.txt`);
  const timed = existsSync(TIME);
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const r = timed
      ? spawnSync(TIME, ['-f', '%M', '-o', rssFile, cmd, ...args], {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 256 * MB,
        })
      : spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * MB });
    if (i > 0) times.push(performance.now() - t0);
    code = r.status;
    if (timed && i > 0) {
      const kbs = Number(/(\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'))?.[1]);
      if (kbs > 0) rss = Math.max(rss ?? 0, kbs / 1024);
    }
  }
  rmSync(rssFile, { force: true });
  return { ms: median(times), code, maxRssMB: rss };
}

const BIN = path.join(ROOT, 'bin', 'bangfu.js');

/** Start-up (`bangfu --help`, a 300-row check) and the peer script (pandas + openpyxl) on the same ledgers. */
function startupSection(plan: Plan): { md: string; summary: Array<[string, string, string]> } {
  // As after `npm ci` (whose prepare script builds dist/): a checkout edited since its last build is built first,
  // else bin/bangfu.js would transpile the sources on every start and this would measure that instead.
  const dist = path.join(ROOT, 'dist', 'cli', 'main.js');
  const bundle = path.join(ROOT, 'dist', 'cli', 'bundle.js');
  const newest = (d: string): number =>
    Math.max(
      0,
      ...readdirSync(d, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(path.join(d, e.name)) : statSync(path.join(d, e.name)).mtimeMs,
      ),
    );
  const built =
    existsSync(dist) &&
    existsSync(bundle) &&
    statSync(bundle).mtimeMs >= statSync(dist).mtimeMs &&
    statSync(dist).mtimeMs >= newest(path.join(ROOT, 'src'));
  if (!built) {
    log(
      'startup: dist/ missing or older than src/: npm run build:cli (tsc, then the one-file bundle, as npm ci does)…',
    );
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    for (const args of [
      [tsc, '-p', 'tsconfig.build.json'],
      [webpack, '--env', 'cli'],
    ]) {
      const res = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      if (res.status !== 0) throw new Error(`build:cli failed:\n${res.stdout}${res.stderr}`);
    }
  }
  const summary: Array<[string, string, string]> = [];
  const rows: Array<Array<string | number>> = [];
  const help = wall(process.execPath, [BIN, '--help'], 5);
  rows.push(['`bangfu --help`', fmt(help.ms), '—', '—', help.maxRssMB ? fmt(help.maxRssMB) : '—', '—']);
  summary.push(['start-up: `bangfu --help`', `${fmt(help.ms)} ms`, ok(help.ms <= 300)]);
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const hasPandas = spawnSync(python, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' }).status === 0;
  const peer = path.join(__dirname, 'peers', 'peer_check.py');
  for (const [persons, runs, target] of [
    [300, 5, 0],
    [2_000, 3, 5],
    ...(plan.quick ? [] : [[100_000, 1, 15]]),
  ] as Array<[number, number, number]>) {
    const { file } = spawnCase<{ file: string }>(['--case', 'xlsx', '--size', String(persons)]);
    const cli = wall(process.execPath, [BIN, 'check', file, '--quiet'], runs);
    const p = hasPandas ? wall(python, [peer, file], runs) : undefined;
    const ratio = p ? p.ms / cli.ms : undefined;
    const rssText = (x?: { maxRssMB?: number }) => (x?.maxRssMB ? fmt(x.maxRssMB) : '—');
    rows.push([
      `check, ${fmt(persons)} persons`,
      fmt(cli.ms),
      p ? fmt(p.ms) : 'not run',
      ratio ? `${fmt(ratio, 1)}×` : '—',
      rssText(cli),
      rssText(p),
    ]);
    if (persons >= 100_000 && cli.maxRssMB)
      summary.push([
        `peak RSS, check of ${fmt(persons)} persons`,
        `${fmt(cli.maxRssMB)} MB`,
        ok(cli.maxRssMB <= 1024),
      ]);
    if (persons === 300)
      summary.push(['start-up: check of a 300-row ledger', `${fmt(cli.ms)} ms`, ok(cli.ms <= 300)]);
    if (target)
      summary.push([
        `${fmt(persons)} persons vs pandas + openpyxl`,
        ratio ? `${fmt(ratio, 1)}× faster` : 'peer not run (no python3-pandas)',
        ratio ? ok(ratio >= target) : '',
      ]);
  }
  const md = [
    '## Start-up and the peer script',
    '',
    `Whole commands, wall time, median (bin/bangfu.js as the README runs it: the one-file bundle dist/cli/bundle.js${built ? '' : ', built first by `npm run build:cli` as `npm ci` does'}). The peer is bench/peers/peer_check.py (pandas + openpyxl: read, IDs, heads, sizes, per-capita income)${hasPandas ? '' : ' — not run: python3-pandas / python3-openpyxl are not installed'}.`,
    '',
    table(['case', 'CLI ms', 'peer ms', 'CLI faster by', 'CLI peak RSS MB', 'peer peak RSS MB'], rows),
    '',
  ].join('\n');
  return { md, summary };
}

/** The read path (readWorkbook: package → grids) against its floor (inflate the sheet parts, scan their cells). */
function readSection(plan: Plan): { md: string; summary: Array<[string, string, string]> } {
  const rows: Array<Array<string | number>> = [];
  const summary: Array<[string, string, string]> = [];
  // The bench ledger with shared strings (as Excel writes it) at each size, then the same ledger with inline
  // strings at the largest (as the national system's exports and Apache POI's streaming writer write it).
  const cases: Array<{ persons: number; strings: 'shared' | 'inline' }> = [
    ...plan.readSizes.map((persons) => ({ persons, strings: 'shared' as const })),
    { persons: Math.max(...plan.readSizes), strings: 'inline' },
  ];
  for (const { persons, strings } of cases) {
    const { file } = spawnCase<{ file: string }>([
      '--case',
      strings === 'inline' ? 'inline-xlsx' : 'xlsx',
      '--size',
      String(persons),
    ]);
    log(
      `read: ${fmt(persons)} persons, ${strings} strings, readWorkbook vs the inflate-and-scan floor × ${plan.readRuns}…`,
    );
    const r = spawnCase<ReadResult>(['--case', 'read', '--file', file, '--runs', String(plan.readRuns)]);
    // Interleaved pairs: the ratio of each pair, then the median, so a noisy moment hits both sides of a pair.
    const ratio = median(r.readMs.map((ms, i) => ms / r.floorMs[i]));
    rows.push([
      fmt(persons),
      strings,
      mbs(r.fileBytes),
      fmt(r.cells),
      fmt(median(r.floorMs)),
      fmt(median(r.readMs)),
      `${fmt(ratio, 2)}×`,
      fmt(r.maxRssMB),
    ]);
    summary.push([
      `read path, ${fmt(persons)} persons${strings === 'inline' ? ', inline strings' : ''}`,
      `${fmt(median(r.readMs))} ms = ${fmt(ratio, 2)}× the inflate-and-scan floor`,
      persons >= 100_000 ? ok(ratio <= 2.5) : '',
    ]);
  }
  const md = [
    '## Read path against its floor',
    '',
    '`readWorkbook` (src/hosts/xlsx: zip, shared strings, every cell decoded into the grids the engine takes) against a floor that only ' +
      'reads the file, inflates the worksheet parts and scans their cells (finds each `<c`, its tag end and `</c>`; bench/cases.ts `readFloor`). ' +
      `Both in one child process, interleaved, ${plan.readRuns} pairs after one warm-up pair; the ratio is the median of the pairs' ratios.`,
    '',
    table(
      ['persons', 'strings', 'file', 'cells', 'floor ms', 'read ms', 'read ÷ floor', 'peak RSS MB'],
      rows,
    ),
    '',
    '- Target read path ≤ 2.5 × floor at 100,000 persons (both kinds of file).',
    '',
  ].join('\n');
  return { md, summary };
}

/** Main-thread long tasks of the task pane during a check in Chromium (the engine runs in a Web Worker). */
function paneSection(plan: Plan): { md: string; summary: Array<[string, string, string]> } {
  log(`pane: webpack (test pages) + Chromium, ${fmt(plan.paneSize)}-person check × ${plan.paneRuns}…`);
  const r = spawnCase<PaneResult>([
    '--case',
    'pane',
    '--size',
    String(plan.paneSize),
    '--runs',
    String(plan.paneRuns),
  ]);
  if (r.skipped)
    return {
      md: `## Task pane: main-thread long tasks\n\nNot run: ${r.skipped}.\n`,
      summary: [['pane long tasks', `not run (${r.skipped})`, '']],
    };
  const longest = Math.max(0, ...r.runs.flatMap((x) => x.longTasks));
  const rows = r.runs.map((x, i) => [
    i + 1,
    fmt(x.checkMs),
    x.longTasks.length,
    fmt(Math.max(0, ...x.longTasks)),
    fmt(x.longTasks.reduce((a, b) => a + b, 0)),
  ]);
  const md = [
    '## Task pane: main-thread long tasks during a check',
    '',
    `The test pages (production pane over the Excel simulator, test/e2e/harness; built in ${fmt(r.buildMs / 1000, 1)} s) in Debian's Chromium ` +
      '(playwright-core, headless); a PerformanceObserver records every main-thread task over 50 ms ("longtask") from the click on 开始检查 ' +
      `to 检查完成, on a ${fmt(r.persons)}-person workbook. The engine runs in a Web Worker; one unmeasured run first.`,
    '',
    table(['run', 'check ms', 'long tasks', 'longest ms', 'long-task ms in all'], rows),
    '',
    `- Target no main-thread task over 100 ms: ${ok(longest <= 100)} (longest ${fmt(longest)} ms)`,
    '',
  ].join('\n');
  return {
    md,
    summary: [
      [
        `pane, ${fmt(r.persons)}-person check`,
        `longest main-thread task ${fmt(longest)} ms`,
        ok(longest <= 100),
      ],
    ],
  };
}

function millionSection(plan: Plan): { md: string; r: MillionResult } {
  log(`million: writing/reading a ${fmt(plan.millionSize)}-person inline-string ledger…`);
  const { file } = spawnCase<{ file: string }>(['--case', 'inline-xlsx', '--size', String(plan.millionSize)]);
  const r = spawnCase<MillionResult>([
    '--case',
    'million',
    '--file',
    file,
    '--size',
    String(plan.millionSize),
  ]);
  const md = [
    `## ${fmt(plan.millionSize)}-person ledger with inline strings (the read path on a system-export-style file)`,
    '',
    'Written as Apache POI\'s streaming writer and openpyxl write big files (no shared-strings part); read by `readWorkbook` (src/hosts/xlsx) and checked by `analyze`, in one child process. "changed characters" counts cells holding U+FFFD (the old reader garbled such files once a sheet passed ~1 MB).',
    '',
    table(
      [
        'persons',
        'rows read',
        'sheet XML MB',
        'read s',
        'check s',
        'peak RSS MB',
        'changed characters',
        'findings',
      ],
      [
        [
          fmt(r.persons),
          fmt(r.rowsRead),
          fmt(r.sheetXmlMB),
          fmt(r.readMs / 1000, 1),
          fmt(r.checkMs / 1000, 1),
          fmt(r.maxRssMB),
          r.replacementChars,
          fmt(r.findings),
        ],
      ],
    ),
    '',
  ].join('\n');
  return { md, r };
}

/** Every section, in the order a full run measures them. */
const SECTIONS = [
  'startup',
  'read',
  'engine',
  'cli',
  'sim',
  'national',
  'bundle',
  'pane',
  'million',
  'compare',
];

async function runParent(args: Args): Promise<void> {
  if (args.profile) return runProfile(args);
  if (args['refresh-notes']) return refreshNotes();
  const quick = !!args.quick;
  const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : null;
  /** --skip a,b: a full run without these sections (RESULTS.md says which were left out). */
  const skip = new Set(typeof args.skip === 'string' ? args.skip.split(',') : []);
  const plan: Plan = {
    quick,
    engineSizes: quick ? [2_000, 10_000] : [10_000, 100_000, 300_000],
    engineRuns: num(args.runs, quick ? 1 : 5),
    cliSize: quick ? 10_000 : 100_000,
    cliRuns: num(args['cli-runs'], quick ? 1 : 3),
    cliMain: !!args['cli-main'],
    simSize: quick ? 10_000 : 100_000,
    nationalSize: quick ? 10_000 : 100_000,
    millionSize: quick ? 50_000 : 1_000_000,
    readSizes: quick ? [10_000] : [2_000, 100_000],
    readRuns: quick ? 1 : 5,
    paneSize: 10_000,
    paneRuns: quick ? 1 : 3,
    sections: only ?? new Set(quick ? SECTIONS.filter((x) => x !== 'bundle') : SECTIONS),
  };
  const unknown = [...plan.sections].filter((x) => !SECTIONS.includes(x));
  if (unknown.length)
    throw new Error(`unknown bench section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  mkdirSync(CACHE_DIR, { recursive: true });
  const started = Date.now();
  const env = environment();
  const parts: string[] = [];
  const summary: Array<[string, string, string]> = [];
  // A section that fails (a generator that cannot build its input, a browser that does not start) is reported as
  // failed in RESULTS.md; the other sections still run.
  const attempt = (name: string, fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      log(`${name}: FAILED (${msg})`);
      parts.push(`## Section ${name}: failed\n\n\`${msg}\`\n`);
      summary.push([`section ${name}`, `failed: ${msg}`, '❌ failed']);
    }
  };
  if (plan.sections.has('engine') && !skip.has('engine'))
    attempt('engine', () => {
      const { md, rows } = engineSection(plan);
      parts.push(md);
      for (const x of rows)
        summary.push([
          `engine ${fmt(x.r.persons)} rows`,
          `${fmt(x.rowsPerSec)} rows/s, ${fmt(x.ratio, 1)}× floor`,
          `${ok(x.rowsPerSec >= 300_000)} / ${ok(x.ratio <= 4)}`,
        ]);
    });
  if (plan.sections.has('cli') && !skip.has('cli'))
    attempt('cli', () => {
      const { md, s } = cliSection(plan);
      parts.push(md);
      summary.push([
        `CLI ${fmt(plan.cliSize)} persons`,
        `${fmt(s.cli.totalMs)} ms = ${fmt(s.ratio, 2)}× ExcelJS read, ${fmt(s.cli.maxRssMB)} MB RSS`,
        `${ok(s.ratio <= 1.5)} / ${ok(s.cli.maxRssMB <= 1536)}`,
      ]);
    });
  if (plan.sections.has('sim') && !skip.has('sim'))
    attempt('sim', () => {
      const { md, r } = simSection(plan);
      parts.push(md);
      summary.push([
        `Office.js ${fmt(plan.simSize)} rows`,
        `read ${r.read.requests} req (largest ${mbs(Math.max(r.read.largestRequestBytes, r.read.largestResponseBytes))}), mark ${r.mark.syncs} syncs, clear ${r.clear.syncs}, summaries ${r.summaries.syncs}`,
        '',
      ]);
    });
  if (plan.sections.has('national') && !skip.has('national'))
    attempt('national', () => {
      const { md, r, ratio, cliMs, cliRssMB } = nationalSection(plan);
      parts.push(md);
      summary.push([
        `national exports ${fmt(r.persons)} persons`,
        `five files ${fmt(median(r.fiveMs))} ms = ${fmt(ratio, 2)}× the person export alone`,
        '',
      ]);
      summary.push([
        `national exports as .xlsx files, ${fmt(r.persons)} persons`,
        `\`bangfu check <folder>\` ${fmt(cliMs)} ms${cliRssMB ? `, ${fmt(cliRssMB)} MB RSS` : ''}`,
        cliRssMB ? ok(cliRssMB <= 1024) : '',
      ]);
    });
  if (plan.sections.has('startup') && !skip.has('startup'))
    attempt('startup', () => {
      const r = startupSection(plan);
      parts.push(r.md);
      summary.push(...r.summary);
    });
  if (plan.sections.has('read') && !skip.has('read'))
    attempt('read', () => {
      const r = readSection(plan);
      parts.push(r.md);
      summary.push(...r.summary);
    });
  if (plan.sections.has('pane') && !skip.has('pane'))
    attempt('pane', () => {
      const r = paneSection(plan);
      parts.push(r.md);
      summary.push(...r.summary);
    });
  if (plan.sections.has('million') && !skip.has('million'))
    attempt('million', () => {
      const { md, r } = millionSection(plan);
      parts.push(md);
      summary.push([
        `${fmt(r.persons)}-row inline-string ledger`,
        `read ${fmt(r.readMs / 1000, 1)} s + check ${fmt(r.checkMs / 1000, 1)} s, ${fmt(r.maxRssMB)} MB RSS, ${r.replacementChars} changed characters`,
        ok(r.rowsRead > r.persons && r.replacementChars === 0),
      ]);
    });
  if (plan.sections.has('bundle') && !skip.has('bundle'))
    attempt('bundle', () => {
      const { md, initialGz } = bundleSection();
      parts.push(md);
      summary.push([
        'task pane bundle',
        `${kb(initialGz)} gzipped before first paint`,
        ok(initialGz <= 400 * 1024),
      ]);
    });
  if (plan.sections.has('compare') && !skip.has('compare'))
    attempt('compare', () => {
      const { md, rows } = compareSection(plan);
      parts.push(md);
      for (const r of rows)
        summary.push([
          `比对 / 变动 ${fmt(r.persons)} rows`,
          `${fmt(median(r.compareMs) / median(r.checkMs), 2)}× / ${fmt(median(r.diffMs) / median(r.checkMs), 2)}× the check`,
          '',
        ]);
    });
  const notesFile = path.join(__dirname, 'NOTES.md');
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
  const md = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench${quick ? ' -- --quick' : ''}\` (bench/main.ts) in ${fmt((Date.now() - started) / 1000)} s. ` +
      'Inputs are deterministic (bench/inputs.ts: test/generator, seed 20240101, scaled by copying with rewritten keys). ' +
      'The machine is shared with other work, so absolute times are noisy; ratios measured in the same run are what count.',
    '',
    env,
    '',
    '## Summary',
    '',
    table(['case', 'figure', 'target'], summary),
    '',
    ...(skip.size ? [`Sections not run this time (\`--skip\`): ${[...skip].join(', ')}.`, ''] : []),
    ...parts,
    NOTES_MARKER,
    '',
    notes ? notes.trim() + '\n' : '',
  ].join('\n');
  process.stdout.write('\n' + md + '\n');
  const outFile = quick
    ? path.join(CACHE_DIR, 'RESULTS.quick.md')
    : only
      ? path.join(CACHE_DIR, 'RESULTS.partial.md')
      : path.join(__dirname, 'RESULTS.md');
  writeFileSync(outFile, md);
  log(`written: ${path.relative(ROOT, outFile)}`);
}

export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.case) await runChild(args);
  else await runParent(args);
}
