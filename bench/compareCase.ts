// Benchmark case for 账账相符: the single-ledger check, 比对 against a list as long as the ledger, and 变动 against
// a changed copy, on the same generated input in one process (ratios against the check, same run).
import { analyze } from '../src/core/engine';
import { compareLedger, diffWorkbooks } from '../src/core/compare';
import type { CellValue, SheetInput } from '../src/core/types';
import { buildInput } from './inputs';

export interface CompareBenchResult {
  persons: number;
  listRows: number;
  checkMs: number[];
  compareMs: number[];
  diffMs: number[];
  compareFindings: number;
  diffFindings: number;
  maxRssMB: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

function column(s: SheetInput, header: (h: string) => boolean): { header: number; col: number } {
  for (let r = 0; r < 15; r++) {
    const c = (s.values[r] ?? []).findIndex((v) => typeof v === 'string' && header(v));
    if (c >= 0) return { header: r, col: c };
  }
  throw new Error('column not found');
}

/** A 低保-style list with one row per ledger person (ID, 姓名, 村); every 50th ID dropped, every 97th name changed. */
function listOf(main: SheetInput): SheetInput {
  const id = column(main, (h) => h === '证件号码' || h === '公民身份号码');
  const name = column(main, (h) => h === '姓名');
  const village = column(main, (h) => h === '行政村' || h === '村');
  const rows: CellValue[][] = [['序号', '村', '姓名', '身份证号码']];
  for (let r = id.header + 1; r < main.values.length; r++) {
    const row = main.values[r];
    if (!row || row[id.col] === '' || row[id.col] === undefined) continue;
    if (r % 50 === 0) continue;
    rows.push([
      rows.length,
      row[village.col],
      r % 97 === 0 ? `${String(row[name.col])}某` : row[name.col],
      row[id.col],
    ]);
  }
  return { name: '低保名单', values: [['2024年低保名单'], ...rows] };
}

/** This month: every 40th data row removed, incomes on every 30th row changed by 35 %. */
function changed(main: SheetInput): SheetInput {
  const net = column(main, (h) => /纯收入$/.test(h) && !h.includes('人均'));
  const values = main.values
    .filter((_, r) => r <= net.header || r % 40 !== 0)
    .map((row, r) =>
      r > net.header && r % 30 === 0 && typeof row[net.col] === 'number'
        ? row.map((v, c) => (c === net.col ? Math.round((v as number) * 135) / 100 : v))
        : row,
    );
  return { ...main, values, numberFormats: undefined };
}

export async function compareCase(size: number, runs: number): Promise<CompareBenchResult> {
  const input = buildInput(size);
  const main = input.sheets.find((s) => s.name === input.mainSheet)!;
  const list = listOf(main);
  const current = input.sheets.map((s) => (s === main ? changed(main) : s));
  const out: CompareBenchResult = {
    persons: input.persons,
    listRows: list.values.length - 2,
    checkMs: [],
    compareMs: [],
    diffMs: [],
    compareFindings: 0,
    diffFindings: 0,
    maxRssMB: 0,
  };
  const today = { y: 2025, m: 6, d: 30 };
  for (let i = 0; i <= runs; i++) {
    let t = now();
    analyze(input.sheets, {}, { today });
    const check = now() - t;
    t = now();
    const c = compareLedger(input.sheets, [{ source: '低保名单.xlsx', sheets: [list], kind: 'dibao' }]);
    const compare = now() - t;
    t = now();
    const d = diffWorkbooks(input.sheets, current, {}, { analyze: { today } });
    const diff = now() - t;
    // Run 0 warms the JIT up.
    if (i > 0) {
      out.checkMs.push(check);
      out.compareMs.push(compare);
      out.diffMs.push(diff);
    }
    out.compareFindings = c.findings.length;
    out.diffFindings = d.findings.length + d.previousFindings.length;
    out.maxRssMB = Math.max(out.maxRssMB, process.memoryUsage().rss / 1024 / 1024);
  }
  return out;
}
