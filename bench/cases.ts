// Benchmark cases. Each runs in its own child process (bench/main.ts spawns `node bench/run.js --case …`), so
// peak RSS and heap belong to one case only. A case returns plain JSON; the parent takes the medians.
import { promises as fs } from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import v8 from 'v8';
import type { SheetInput } from '../src/core/types';
import { buildInput, CACHE_DIR } from './inputs';

const MB = 1024 * 1024;
/** A fixed "today" so results never depend on the calendar. */
const TODAY = { y: 2025, m: 3, d: 1 };

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
const heapUsed = (): number => v8.getHeapStatistics().used_heap_size;
const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * The floor: one pass that only touches every cell, reading it and its string length (numbers and booleans
 * converted with String(), as any check that looks at a cell's text must). Returns a checksum so the work
 * cannot be optimised away.
 */
export function touchEveryCell(sheets: SheetInput[]): number {
  let sum = 0;
  for (const s of sheets) {
    const grid = s.values;
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        sum += typeof v === 'string' ? v.length : String(v).length;
      }
    }
  }
  return sum;
}

export interface EngineResult {
  persons: number;
  households: number;
  columns: number;
  cells: number;
  basePersons: number;
  buildMs: number;
  floorMs: number[];
  engineMs: number[];
  /** Median ms per engine phase (from onPhase), of the timed runs. */
  phases: Record<string, number>;
  /** Heap used after GC with only the input grids alive. */
  inputHeapMB: number;
  /** Highest heap used sampled at every engine phase boundary and at the end (input included). */
  peakHeapMB: number;
  maxRssMB: number;
  findings: number;
  counts: Record<string, number>;
  rowsWithFindings: number;
  rowsWithErrors: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function engineCase(
  size: number,
  runs: number,
  warmup: number,
  floor = true,
): Promise<EngineResult> {
  const { analyze } = await import('../src/core/engine');
  let t = performance.now();
  const input = buildInput(size);
  const buildMs = performance.now() - t;
  const cells = input.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + (r ? r.length : 0), 0), 0);
  gc();
  const inputHeap = heapUsed();
  let peak = inputHeap;
  const floorMs: number[] = [];
  const engineMs: number[] = [];
  const phaseRuns: Array<Record<string, number>> = [];
  let last: ReturnType<typeof analyze> | undefined;
  let sink = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const timed = i >= warmup;
    if (floor) {
      gc();
      t = performance.now();
      sink += touchEveryCell(input.sheets);
      if (timed) floorMs.push(performance.now() - t);
    }
    last = undefined;
    gc();
    const phases: Record<string, number> = {};
    let phaseName = '';
    let phaseStart = performance.now();
    t = phaseStart;
    last = analyze(
      input.sheets,
      {},
      {
        today: TODAY,
        onPhase: (name) => {
          const now = performance.now();
          if (phaseName) phases[phaseName] = (phases[phaseName] ?? 0) + now - phaseStart;
          phaseName = name;
          phaseStart = now;
          peak = Math.max(peak, heapUsed());
        },
      },
    );
    const end = performance.now();
    phases[phaseName] = (phases[phaseName] ?? 0) + end - phaseStart;
    peak = Math.max(peak, heapUsed());
    if (timed) {
      engineMs.push(end - t);
      phaseRuns.push(phases);
    }
  }
  if (sink < 0) console.log(sink);
  const report = last!.report;
  const onMain = report.findings.filter((f) => f.sheet === input.mainSheet);
  const phases: Record<string, number> = {};
  for (const k of Object.keys(phaseRuns[0] ?? {})) phases[k] = median(phaseRuns.map((p) => p[k] ?? 0));
  return {
    persons: input.persons,
    households: input.households,
    columns: input.columns,
    cells,
    basePersons: input.basePersons,
    buildMs,
    floorMs,
    engineMs,
    phases,
    inputHeapMB: inputHeap / MB,
    peakHeapMB: peak / MB,
    maxRssMB: maxRssMB(),
    findings: report.findings.length,
    counts: { ...report.counts },
    rowsWithFindings: new Set(onMain.map((f) => f.row)).size / input.persons,
    rowsWithErrors:
      new Set(onMain.filter((f) => f.severity === 'error').map((f) => f.row)).size / input.persons,
  };
}

export interface CliResult {
  /** Streaming read of the package into SheetInput grids (src/hosts/xlsx/readWorkbook.ts). */
  readMs: number;
  checkMs: number;
  /** Annotated copy by patching the package (src/hosts/xlsx/patchXlsx.ts): marks, notes, 问题清单, zip write. */
  annotateMs: number;
  totalMs: number;
  /** From process start (module loading and TypeScript transpiling included). */
  processMs: number;
  maxRssMB: number;
  findings: number;
  outputBytes: number;
}

/** The CLI's `check <file> --annotate <copy> --quiet` pipeline (src/cli/main.ts), timed per phase. */
export async function cliCase(file: string): Promise<CliResult> {
  const { readWorkbook } = await import('../src/hosts/xlsx/readWorkbook');
  const { writeAnnotatedCopy } = await import('../src/hosts/xlsx/patchXlsx');
  const { analyze } = await import('../src/core/engine');
  const { formatReport } = await import('../src/cli/format');
  const out = path.join(CACHE_DIR, `annotated-${process.pid}.xlsx`);
  const t0 = performance.now();
  const { sheets, file: bytes } = await readWorkbook(file);
  const t1 = performance.now();
  const { report } = analyze(sheets, {}, { today: TODAY });
  formatReport(report, { all: false });
  const t2 = performance.now();
  await writeAnnotatedCopy(bytes, report.findings, out);
  const t3 = performance.now();
  const outputBytes = (await fs.stat(out)).size;
  await fs.unlink(out);
  return {
    readMs: t1 - t0,
    checkMs: t2 - t1,
    annotateMs: t3 - t2,
    totalMs: t3 - t0,
    processMs: process.uptime() * 1000,
    maxRssMB: maxRssMB(),
    findings: report.findings.length,
    outputBytes,
  };
}

/** The real CLI entry point (`bangfu check <file> --annotate <copy> --quiet`), for the end-to-end wall time. */
export async function cliMainCase(
  file: string,
): Promise<{ totalMs: number; processMs: number; maxRssMB: number; exitCode: number }> {
  const { main } = await import('../src/cli/main');
  const out = path.join(CACHE_DIR, `annotated-main-${process.pid}.xlsx`);
  const sink = { write: () => true } as unknown as NodeJS.WriteStream;
  const t0 = performance.now();
  const exitCode = await main(['check', file, '--annotate', out, '--quiet'], {
    out: sink,
    err: process.stderr,
  });
  const totalMs = performance.now() - t0;
  await fs.unlink(out).catch(() => undefined);
  return { totalMs, processMs: process.uptime() * 1000, maxRssMB: maxRssMB(), exitCode };
}

/** ExcelJS alone reading the same file: the yardstick for the CLI. */
export async function exceljsReadCase(
  file: string,
): Promise<{ readMs: number; processMs: number; maxRssMB: number }> {
  const ExcelJS = (await import('exceljs')).default;
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const readMs = performance.now() - t0;
  if (wb.worksheets.length === 0) throw new Error('empty workbook');
  return { readMs, processMs: process.uptime() * 1000, maxRssMB: maxRssMB() };
}

/**
 * The read path's floor: read the file, inflate every worksheet part and scan its cells (each `<c` tag found,
 * its start tag's end and its `</c>` located, the bytes between counted) — no shared strings, no decoding, no
 * grid. What any reader of the package must at least do. Returns a checksum so the work is not optimised away.
 */
export async function readFloor(file: string): Promise<{ cells: number; checksum: number }> {
  const { readZip } = await import('../src/hosts/xlsx/zip');
  const zip = readZip(await fs.readFile(file));
  let cells = 0;
  let checksum = 0;
  for (const e of zip.entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    const xml = zip.read(e);
    const n = xml.length;
    // A byte loop: Buffer.indexOf pays a native call per search (it measured 3× slower than this on 4 M cells).
    for (let i = 0; i < n; i++) {
      if (xml[i] !== 0x3c || xml[i + 1] !== 0x63) continue; // "<c"
      const next = xml[i + 2];
      if (next !== 0x20 && next !== 0x3e) continue; // <col>, <cols>, <cfRule> …
      let gt = i + 3;
      while (gt < n && xml[gt] !== 0x3e) gt++;
      cells++;
      if (xml[gt - 1] === 0x2f) {
        i = gt; // <c …/>
        continue;
      }
      let close = gt + 1; // "</c>"
      while (
        close < n &&
        !(
          xml[close] === 0x3c &&
          xml[close + 1] === 0x2f &&
          xml[close + 2] === 0x63 &&
          xml[close + 3] === 0x3e
        )
      )
        close++;
      checksum += close - gt;
      i = close + 3;
    }
  }
  return { cells, checksum };
}

export interface ReadResult {
  fileBytes: number;
  /** Worksheet cells the floor found. */
  cells: number;
  floorMs: number[];
  readMs: number[];
  maxRssMB: number;
}

/** readWorkbook (src/hosts/xlsx) against readFloor on the same file, interleaved, after one warm-up each. */
export async function readCase(file: string, runs: number): Promise<ReadResult> {
  const { readWorkbook } = await import('../src/hosts/xlsx/readWorkbook');
  const floorMs: number[] = [];
  const readMs: number[] = [];
  let cells = 0;
  for (let i = 0; i <= runs; i++) {
    gc();
    let t = performance.now();
    cells = (await readFloor(file)).cells;
    if (i > 0) floorMs.push(performance.now() - t);
    gc();
    t = performance.now();
    const { sheets } = await readWorkbook(file);
    if (i > 0) readMs.push(performance.now() - t);
    if (sheets.length === 0) throw new Error('no sheets read');
  }
  return { fileBytes: (await fs.stat(file)).size, cells, floorMs, readMs, maxRssMB: maxRssMB() };
}

export interface SimOpStats {
  syncs: number;
  requests: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  totalBytes: number;
  ms: number;
}

export interface SimResult {
  persons: number;
  columns: number;
  cells: number;
  read: SimOpStats;
  mark: SimOpStats & { marks: number; fromFindings: number };
  clear: SimOpStats;
  summaries: SimOpStats & { sheets: number; cells: number };
  readIdentical: boolean;
  maxRssMB: number;
}

/** The Office.js host on the Excel simulator: read, mark 10,000 findings, clear them, write every summary sheet. */
export async function simCase(size: number, markCount: number): Promise<SimResult> {
  const { installExcelSimulator } = await import('../test/excel-sim');
  const { createExcelHost } = await import('../src/hosts/excel');
  const { analyze } = await import('../src/core/engine');
  const { buildAllSummaries } = await import('../src/core/summaries');
  const input = buildInput(size);
  const cells = input.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + (r ? r.length : 0), 0), 0);
  const sim = installExcelSimulator(globalThis, input.sheets);
  try {
    const host = createExcelHost();
    const op = async <R>(fn: () => Promise<R>): Promise<[R, SimOpStats]> => {
      sim.resetStats();
      const t = performance.now();
      const r = await fn();
      const ms = performance.now() - t;
      const s = sim.stats;
      return [
        r,
        {
          syncs: s.syncs,
          requests: s.requests,
          largestRequestBytes: s.largestRequestBytes,
          largestResponseBytes: s.largestResponseBytes,
          totalRequestBytes: s.totalRequestBytes,
          totalResponseBytes: s.totalResponseBytes,
          totalBytes: s.totalBytes,
          ms,
        },
      ];
    };
    const [sheet, read] = await op(() => host.readSheet(input.mainSheet));
    const original = input.sheets.find((s) => s.name === input.mainSheet)!;
    const readIdentical =
      sheet.values.length === original.values.length &&
      sheet.values.every((row, r) => row.every((v, c) => v === (original.values[r][c] ?? '')));

    const others = input.sheets.filter((s) => s.name !== input.mainSheet);
    const { report, config } = analyze([...others, sheet], {}, { today: TODAY });
    // 10,000 marks: the engine's findings (distinct cells), topped up with realistic synthetic marks on
    // distinct cells of the big sheet when the generated ledger has fewer findings.
    const marks: Array<{
      sheet: string;
      cell: string;
      severity: 'error' | 'warning' | 'info';
      message: string;
    }> = [];
    const seen = new Set<string>();
    for (const f of report.findings) {
      const k = `${f.sheet}\u0000${f.cell}`;
      if (seen.has(k) || marks.length >= markCount) continue;
      seen.add(k);
      marks.push({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message });
    }
    const fromFindings = marks.length;
    const header = original.values.findIndex((r) => r.some((v) => v === '证件号码' || v === '公民身份号码'));
    const cols = ['L', 'M', 'AC', 'AD', 'AH', 'AI', 'AK', 'AL', 'AR'];
    for (let i = 0; marks.length < markCount; i++) {
      const row = header + 2 + ((i * 7919) % (original.values.length - header - 1));
      const cell = `${cols[i % cols.length]}${row}`;
      const k = `${input.mainSheet}\u0000${cell}`;
      if (seen.has(k)) continue;
      seen.add(k);
      marks.push({
        sheet: input.mainSheet,
        cell,
        severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
        message: `人均纯收入与纯收入÷家庭人口数不一致：表中为 6123.45 元，按纯收入 24493.80 元 ÷ 4 人应为 6123.45 元，请核对后修改（第 ${i} 条）。`,
      });
    }
    const [, mark] = await op(() => host.applyMarks(marks));
    const [, clear] = await op(() => host.clearMarks());
    const specs = buildAllSummaries(report, config);
    const specCells = specs.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
    const [, summaries] = await op(() => host.createSheets(specs, { replace: true }));
    return {
      persons: input.persons,
      columns: input.columns,
      cells,
      read,
      mark: { ...mark, marks: marks.length, fromFindings },
      clear,
      summaries: { ...summaries, sheets: specs.length, cells: specCells },
      readIdentical,
      maxRssMB: maxRssMB(),
    };
  } finally {
    sim.uninstall();
  }
}

export interface NationalResult {
  persons: number;
  /** Rows of the four companion exports (work spells, plans, households, villages). */
  companionRows: number;
  buildMs: number;
  /** 监测对象信息 alone. */
  singleMs: number[];
  /** The five exports as one ledger. */
  fiveMs: number[];
  findings: number;
  errorsAndWarnings: number;
  maxRssMB: number;
}

/**
 * The five national exports (test/generator/national.ts: every cell text, 性别 1/2, YYYYMM dates …) checked as one
 * ledger, against the person export alone: what the companions and the text format cost.
 */
export async function nationalCase(size: number, runs: number): Promise<NationalResult> {
  const { analyze } = await import('../src/core/engine');
  const { generateNationalExport, toSheetInput } = await import('../test/generator/national');
  let t = performance.now();
  const exp = generateNationalExport({ seed: 20240101, persons: size });
  const five = exp.files.map(toSheetInput);
  const buildMs = performance.now() - t;
  const single = [five[0]];
  const singleMs: number[] = [];
  const fiveMs: number[] = [];
  let last: ReturnType<typeof analyze> | undefined;
  // One warm-up of each, then alternate so machine load hits both alike.
  for (let i = 0; i <= runs; i++) {
    for (const [sheets, out] of [
      [single, singleMs],
      [five, fiveMs],
    ] as const) {
      last = undefined;
      gc();
      t = performance.now();
      // 行政村信息 has 总人口数, not 农业户籍人口: the clerk's setting for the 贫困发生率 denominator.
      last = analyze(sheets, { incidenceDenominator: 'totalPopulation' }, { today: TODAY });
      if (i > 0) out.push(performance.now() - t);
    }
  }
  const report = last!.report;
  return {
    persons: five[0].values.length - 3,
    companionRows: five.slice(1).reduce((n, s) => n + s.values.length - 3, 0),
    buildMs,
    singleMs,
    fiveMs,
    findings: report.findings.length,
    errorsAndWarnings: report.counts.error + report.counts.warning,
    maxRssMB: maxRssMB(),
  };
}

export interface MillionResult {
  persons: number;
  rowsRead: number;
  sheetXmlMB: number;
  readMs: number;
  checkMs: number;
  maxRssMB: number;
  replacementChars: number;
  findings: number;
}

/** A 1,000,000-person inline-string ledger through the CLI's read path and the engine (#11: it must work). */
export async function millionCase(file: string, persons: number): Promise<MillionResult> {
  const { readWorkbook } = await import('../src/hosts/xlsx/readWorkbook');
  const { readZip } = await import('../src/hosts/xlsx/zip');
  const { analyze } = await import('../src/core/engine');
  const zip = readZip(await fs.readFile(file));
  let xml = 0;
  for (const e of zip.entries) if (e.name.startsWith('xl/worksheets/')) xml += e.size;
  const t0 = performance.now();
  const { sheets } = await readWorkbook(file);
  const t1 = performance.now();
  let replacementChars = 0;
  for (const s of sheets)
    for (const row of s.values)
      for (const v of row) if (typeof v === 'string' && v.includes('\uFFFD')) replacementChars++;
  const main = sheets.reduce((a, b) => (b.values.length > a.values.length ? b : a));
  const t2 = performance.now();
  const { report } = analyze(sheets, {}, { today: TODAY });
  const t3 = performance.now();
  return {
    persons,
    rowsRead: main.values.length,
    sheetXmlMB: xml / 1024 ** 2,
    readMs: t1 - t0,
    checkMs: t3 - t2,
    maxRssMB: maxRssMB(),
    replacementChars,
    findings: report.findings.length,
  };
}
