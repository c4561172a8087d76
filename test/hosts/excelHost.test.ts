// The Office.js host on the Excel simulator: the shared contract, payload limits and sync counts, exact
// mark/clear restoration (property-based), requirement-set fallbacks, and checks that the simulator is strict.
import fc from 'fast-check';
import {
  MESSAGES,
  STATE_SHEET,
  checkMinimumSupport,
  createExcelHost,
  detectCapabilities,
} from '../../src/hosts/excel';
import type { Mark } from '../../src/core/host/workbookHost';
import type { SheetSpec } from '../../src/core/summaries/sheetSpec';
import type { CellValue, SheetInput, Severity } from '../../src/core/types';
import { ExcelSimulator, SimWorkbook, createWorkbook, installExcelSimulator, manual } from '../excel-sim';
import { cellName } from '../excel-sim/a1';
import { key } from '../excel-sim/model';
import { Decorations, ledger, runHostContract } from './hostContract';

const MB = 1024 * 1024;
let sim: ExcelSimulator | null = null;
afterEach(() => {
  sim?.uninstall();
  sim = null;
});

function install(
  data: SimWorkbook | SheetInput[],
  apiVersion = '1.18',
  maxPayloadBytes?: number,
): ExcelSimulator {
  sim?.uninstall();
  sim = installExcelSimulator(globalThis, data, { apiVersion, maxPayloadBytes });
  return sim;
}

function decorate(wb: SimWorkbook, d: Decorations = {}): void {
  for (const f of d.fills ?? []) manual.setFill(wb, f.sheet, f.cell, f.color);
  for (const n of d.notes ?? []) manual.setNote(wb, n.sheet, n.cell, n.text);
}

for (const version of ['1.18', '1.12', '1.7']) {
  runHostContract(`Excel simulator, ExcelApi ${version}`, async (sheets, decorations) => {
    const wb = createWorkbook(sheets);
    decorate(wb, decorations);
    const s = install(wb, version);
    return {
      host: createExcelHost(),
      snapshot: async () => s.snapshot(),
      reopen: async () => createExcelHost(),
    };
  });
}

describe('simulator strictness', () => {
  test('reading a property before load + sync throws PropertyNotLoaded; writes apply only at sync', async () => {
    const s = install([ledger()]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('户信息').getRange('A3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([['4301010001']]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.values = [['改']];
      expect(s.workbook.sheet('户信息')!.getRaw(2, 0)).toBe('4301010001');
      await ctx.sync();
      expect(s.workbook.sheet('户信息')!.getRaw(2, 0)).toBe('改');
      const missing = ctx.workbook.worksheets.getItemOrNullObject('没有');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test('requests and responses over the payload limit fail; so does reading more than 5,000,000 cells', async () => {
    install([ledger()], '1.18', 1000);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('户信息').getRange('A1:A2').values = [['x'.repeat(2000)], ['y']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const big: SheetInput = {
      name: 'Big',
      values: Array.from({ length: 30 }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => `${r}-${c}-xxxxxxxx`),
      ),
    };
    install([big], '1.18', 1000);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Big').getRange('A1:J30').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    install([big]);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Big').getRangeByIndexes(0, 0, 500_000, 11).load('values');
        await ctx.sync();
      }),
    ).rejects.toThrow(/5000000 cells/);
  });

  test('APIs beyond the emulated requirement set fail with ApiNotFound', async () => {
    install([ledger()], '1.12');
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('户信息').notes.add('A1', 'x');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    install([ledger()], '1.8');
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('户信息').getRange('A1').format.fill.load('pattern');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('getIntersection(OrNullObject) resolves at sync: overlap, null object, ItemNotFound, other sheet, 1.4', async () => {
    const s = install([ledger(), { name: 'B', values: [['b']] }]);
    s.resetStats();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('户信息');
      const both = ws.getRange('A2:C4').getIntersectionOrNullObject(ws.getRange('B3:F9'));
      const byAddress = ws.getRange('A2:C4').getIntersectionOrNullObject('C1:C2');
      const none = ws.getRange('A1').getIntersectionOrNullObject(ws.getRange('C3'));
      both.load('address, values');
      byAddress.load('address');
      none.load('values');
      expect(() => both.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => none.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(both.isNullObject).toBe(false);
      expect(both.address).toBe('户信息!B3:C4');
      expect(both.values).toEqual(
        ledger()
          .values.slice(2, 4)
          .map((row) => row.slice(1, 3)),
      );
      expect(byAddress.address).toBe('户信息!C2');
      expect(none.isNullObject).toBe(true);
    });
    expect(s.stats.requests).toBe(1);
    await expect(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('户信息');
        ws.getRange('A1').getIntersection(ws.getRange('C3')).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      Excel.run(async (ctx) => {
        const other = ctx.workbook.worksheets.getItem('B').getRange('A1');
        ctx.workbook.worksheets.getItem('户信息').getRange('A1:B2').getIntersection(other).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    install([ledger()], '1.3');
    await expect(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('户信息');
        ws.getRange('A1:B2').getIntersectionOrNullObject('B2').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('a cell without fill reads "#FFFFFF" like Excel; only pattern tells it from white', async () => {
    const wb = createWorkbook([ledger()]);
    manual.setFill(wb, '户信息', 'B2', '#FFFFFF');
    install(wb);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('户信息');
      const none = ws.getRange('A2').format.fill;
      const white = ws.getRange('B2').format.fill;
      none.load('color, pattern');
      white.load('color, pattern');
      await ctx.sync();
      expect([none.color, none.pattern]).toEqual(['#FFFFFF', 'None']);
      expect([white.color, white.pattern]).toEqual(['#FFFFFF', 'Solid']);
    });
  });
});

describe('requirement sets', () => {
  test('old Excel gets the Chinese upgrade message; Office 2019 (1.7) and LTSC 2021 (1.14) pass', () => {
    install([ledger()], '1.2');
    expect(checkMinimumSupport()).toBe('当前 Excel 版本过旧，请升级到 Office 2021 或 Microsoft 365 后使用');
    expect(checkMinimumSupport()).toBe(MESSAGES.tooOld);
    install([ledger()], '1.7');
    expect(checkMinimumSupport()).toBeNull();
    install([ledger()], '1.14');
    const caps = detectCapabilities();
    expect(checkMinimumSupport()).toBeNull();
    expect(caps).toMatchObject({
      apiMinor: 14,
      notes: false,
      mergedAreas: true,
      pageLayout: true,
      comments: true,
    });
    install([ledger()], '1.18');
    expect(detectCapabilities().notes).toBe(true);
  });

  test('without notes (1.12) marks are fills only and notes are left alone', async () => {
    const wb = createWorkbook([ledger()]);
    manual.setNote(wb, '户信息', 'A3', '原备注');
    const s = install(wb, '1.12');
    const host = createExcelHost();
    await host.applyMarks([{ sheet: '户信息', cell: 'A3', severity: 'error', message: '错' }]);
    const snap = s.snapshot().sheets[0];
    expect(snap.notes).toEqual({ A3: '原备注' });
    expect(snap.fills.A3).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
  });

  test('marks made with notes (1.18) and cleared on an older Excel keep the note part for later', async () => {
    const s = install([ledger()], '1.18');
    const before = s.snapshot();
    await createExcelHost().applyMarks([{ sheet: '户信息', cell: 'A3', severity: 'error', message: '错' }]);
    s.setApiVersion('1.12');
    await createExcelHost().clearMarks();
    const mid = s.snapshot().sheets.find((x) => x.name === '户信息')!;
    expect(mid.fills).toEqual({});
    expect(Object.keys(mid.notes)).toEqual(['A3']);
    s.setApiVersion('1.18');
    await createExcelHost().clearMarks();
    expect(s.snapshot()).toEqual(before);
  });
});

function bigSheet(rows: number, cols: number): SheetInput {
  const values: CellValue[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const k = (r * 31 + c * 7) % 10;
      row[c] =
        c === 0
          ? `43010119${String(r).padStart(10, '0')}`
          : c === 1
            ? '张王李赵'[r % 4] + '某'
            : c === 2
              ? 45000 + (r % 365) // a date column
              : k < 4
                ? (r * c) % 100000
                : k < 7
                  ? Math.round(r * 1.37 * c) / 100
                  : k < 8
                    ? ''
                    : k < 9
                      ? '是'
                      : r % 2 === 0;
    }
    values[r] = row;
  }
  return { name: '大表', values };
}

describe('chunked reading', () => {
  test('100,000 × 45: no request over 5 MB, syncs ≈ total bytes ÷ 4 MB', async () => {
    const input = bigSheet(100_000, 45);
    const wb = createWorkbook([input]);
    const sheet = wb.sheet('大表')!;
    for (let r = 0; r < 100_000; r++) sheet.numFmt.set(key(r, 2), 'yyyy-mm-dd');
    const s = install(wb);
    const progress: number[] = [];
    const read = await createExcelHost().readSheet('大表', { onProgress: (done) => progress.push(done) });
    const st = s.stats;
    expect(read.values.length).toBe(100_000);
    let mismatches = 0;
    for (let r = 0; r < 100_000; r++) {
      const a = read.values[r];
      const b = input.values[r];
      for (let c = 0; c < 45; c++) if (a[c] !== b[c]) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(st.largestResponseBytes).toBeLessThanOrEqual(5 * MB);
    expect(st.largestRequestBytes).toBeLessThanOrEqual(5 * MB);
    expect(st.totalResponseBytes).toBeGreaterThan(20 * MB); // the data really is big …
    expect(st.requests).toBeLessThanOrEqual(st.totalBytes / (4 * MB) + 2); // … and was read in few syncs
    expect(st.syncs).toBeGreaterThan(5);
    // Big sheet: only the date column keeps its number formats.
    expect(read.numberFormats![99_999][2]).toBe('yyyy-mm-dd');
    expect(read.numberFormats![99_999][3]).toBe('General');
    expect(progress[progress.length - 1]).toBe(100_000);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1])).toBe(true);
  });

  test('sync count follows bytes, not rows: a 4× smaller budget needs about 4× the syncs', async () => {
    const input = bigSheet(20_000, 20);
    let s = install([input]);
    await createExcelHost({ responseBudgetBytes: 2 * MB }).readSheet('大表');
    const wide = s.stats.syncs;
    s = install([input]);
    await createExcelHost({ responseBudgetBytes: MB / 2 }).readSheet('大表');
    expect(s.stats.syncs).toBeGreaterThan(wide * 3 - 3);
    expect(s.stats.largestResponseBytes).toBeLessThan(0.75 * MB);
  });

  test('recovers when rows get much heavier than the sample suggested', async () => {
    const values: CellValue[][] = Array.from({ length: 3000 }, (_, r) => [
      r,
      r < 300 ? 'x' : '帮'.repeat(600),
    ]);
    const s = install([{ name: 'S', values }], '1.18', MB);
    const read = await createExcelHost({ responseBudgetBytes: 0.9 * MB }).readSheet('S');
    expect(read.values[2999]).toEqual([2999, '帮'.repeat(600)]);
    expect(read.values[299]).toEqual([299, 'x']);
    expect(s.stats.syncs).toBeLessThanOrEqual(20); // failed oversized batches were retried smaller
  });

  test('small sheets keep every number format; merges of the header block are read', async () => {
    const wb = createWorkbook([
      {
        name: 'F',
        values: [
          ['标题', '', ''],
          ['日期', '金额', ''],
          [45292, 12.5, ''],
        ],
        numberFormats: [
          ['General', 'General', 'General'],
          ['General', 'General', 'General'],
          ['yyyy"年"m"月"d"日"', '0.00', 'General'],
        ],
        merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
      },
    ]);
    install(wb);
    const read = await createExcelHost().readSheet('F');
    expect(read.numberFormats![2]).toEqual(['yyyy"年"m"月"d"日"', '0.00']); // column C holds no value
    expect(read.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 2 }]);
    install(
      createWorkbook([{ name: 'F', values: [['a']], merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }] }]),
      '1.12',
    );
    expect((await createExcelHost().readSheet('F')).merges).toBeUndefined();
  });

  /** `rows` × `cols` of distinct values placed with their top-left cell at (r0, c0); formats and merges move too. */
  function placedSheet(
    name: string,
    r0: number,
    c0: number,
    rows: number,
    cols: number,
    formats: (r: number, c: number) => string = () => 'General',
    merges: Array<{ r1: number; c1: number; r2: number; c2: number }> = [],
  ): SheetInput {
    const grid = <T>(blank: T, at: (r: number, c: number) => T): T[][] =>
      Array.from({ length: r0 + rows }, (_, r) =>
        Array.from({ length: c0 + cols }, (_, c) => (r < r0 || c < c0 ? blank : at(r - r0, c - c0))),
      );
    return {
      name,
      values: grid<CellValue>('', (r, c) => (c % 2 ? r * 100 + c : `${r}-${c}`)),
      numberFormats: grid('General', formats),
      merges: merges.map((m) => ({ r1: m.r1 + r0, c1: m.c1 + c0, r2: m.r2 + r0, c2: m.c2 + c0 })),
    };
  }

  test('the used range, the sample and the header merges come in one request; data merges stay out', async () => {
    // Header merge, one crossing the end of the 15-row header block (kept), one further down (left out).
    const merges = [
      { r1: 0, c1: 0, r2: 0, c2: 4 },
      { r1: 14, c1: 2, r2: 16, c2: 2 },
      { r1: 30, c1: 1, r2: 31, c2: 1 },
    ];
    const fmt = (r: number, c: number) => (c === 3 ? 'yyyy-mm-dd' : c === 1 && r > 50 ? '0.00' : 'General');
    const input = placedSheet('F', 0, 0, 100, 5, fmt, merges);
    const s = install(createWorkbook([input]));
    s.resetStats();
    const read = await createExcelHost().readSheet('F');
    expect(s.stats.requests).toBe(1);
    expect(read).toEqual({ ...input, merges: merges.slice(0, 2) });
    // 300 rows: one more request for the rows past the first block.
    const big = placedSheet('G', 0, 0, 300, 5, fmt, merges);
    install(createWorkbook([big])).resetStats();
    expect(await createExcelHost().readSheet('G')).toEqual({ ...big, merges: merges.slice(0, 2) });
    expect(sim!.stats.requests).toBe(2);
  });

  test('a used range the first block does not cover gets its own sample sync and reads the same', async () => {
    const merges = [
      { r1: 0, c1: 0, r2: 0, c2: 4 },
      { r1: 14, c1: 2, r2: 16, c2: 2 },
      { r1: 30, c1: 1, r2: 31, c2: 1 },
    ];
    const fmt = (r: number, c: number) => (c === 3 ? 'yyyy-mm-dd' : 'General');
    for (const [r0, c0, cols] of [
      [250, 0, 5], // starts below the block's rows
      [3, 60, 5], // ends right of its 64 columns
      [0, 0, 80], // wider than it
    ]) {
      const input = placedSheet('P', r0, c0, 100, cols, fmt, merges);
      const s = install(createWorkbook([input]));
      s.resetStats();
      const read = await createExcelHost().readSheet('P');
      expect(s.stats.requests).toBe(2);
      expect(read).toEqual({ ...input, merges: input.merges!.slice(0, 2) });
    }
  });

  test('big sheets: the first sampleRows rows alone decide which columns keep their date formats', async () => {
    // Column A has one date-formatted number after the sample rows (but inside the first block), column B has
    // dates throughout; only B keeps its formats, whether or not the sample came with the first request.
    const fmt = (r: number, c: number) => (c === 1 || (c === 0 && r === 12) ? 'yyyy-mm-dd' : 'General');
    const options = { sampleRows: 10, fullFormatCells: 1 };
    for (const [r0, requests] of [
      [0, 2],
      [30, 3],
    ]) {
      const input = placedSheet('D', r0, 0, 100, 3, fmt);
      input.values[r0 + 12][0] = 45000;
      input.values.forEach((row, r) => r >= r0 && (row[1] = 45000 + r));
      const s = install(createWorkbook([input]));
      s.resetStats();
      const read = await createExcelHost(options).readSheet('D');
      expect(s.stats.requests).toBe(requests);
      expect(read.values).toEqual(input.values);
      expect(read.numberFormats).toEqual(
        input.numberFormats!.map((row, r) => row.map((f, c) => (c === 1 && r >= r0 ? f : 'General'))),
      );
    }
  });

  test('heavy cells in the first block: the first request is retried without the sample', async () => {
    const values: CellValue[][] = Array.from({ length: 60 }, (_, r) => [r, r < 10 ? 'x' : '帮'.repeat(600)]);
    install([{ name: 'H', values }], '1.18', 20_000);
    const read = await createExcelHost({ responseBudgetBytes: 16_000, sampleRows: 10 }).readSheet('H');
    expect(read.values).toEqual(values); // the oversized first response failed (and was counted) and was retried
  });

  test('AbortSignal stops the read between syncs and leaves the workbook as it was', async () => {
    const s = install([bigSheet(20_000, 20)]);
    const before = s.snapshot();
    const controller = new AbortController();
    const host = createExcelHost({ responseBudgetBytes: MB / 4 });
    await expect(
      host.readSheet('大表', {
        signal: controller.signal,
        onProgress: (done) => done > 1000 && controller.abort(),
      }),
    ).rejects.toThrow();
    expect(s.snapshot()).toEqual(before);
  });

  test('Office.js errors are reported in Chinese with the original code', async () => {
    install([ledger()]);
    await expect(createExcelHost().readSheet('无此表')).rejects.toMatchObject({
      code: 'ItemNotFound',
      message: expect.stringMatching(/^读取工作表失败：找不到/),
    });
  });

  test('an empty sheet reads as no rows', async () => {
    install([{ name: '空', values: [] }]).resetStats();
    expect(await createExcelHost().readSheet('空')).toEqual({ name: '空', values: [], numberFormats: [] });
    expect(sim!.stats.requests).toBe(1);
  });
});

describe('marks at scale and exactness', () => {
  test('10,000 findings are marked in ≤ 10 syncs and cleared in ≤ 10; the state is split into < 32,000-char cells', async () => {
    const values: CellValue[][] = Array.from({ length: 10_000 }, (_, r) => [`户${r}`, r, '']);
    const wb = createWorkbook([{ name: '户表', values }]);
    for (let r = 0; r < 10_000; r += 7) manual.setFill(wb, '户表', `B${r + 1}`, '#FFFF00');
    for (let r = 0; r < 10_000; r += 11) manual.setNote(wb, '户表', `B${r + 1}`, `原备注${r}`);
    const s = install(wb);
    const before = s.snapshot();
    const severities: Severity[] = ['error', 'warning', 'info'];
    const marks: Mark[] = Array.from({ length: 10_000 }, (_, r) => ({
      sheet: '户表',
      cell: `B${r + 1}`,
      severity: severities[r % 3],
      message: `第${r + 1}行：人均纯收入低于监测线，请核实家庭收入各项是否漏填`,
    }));
    const host = createExcelHost();
    s.resetStats();
    await host.applyMarks(marks);
    expect(s.stats.syncs).toBeLessThanOrEqual(10);
    expect(s.stats.largestRequestBytes).toBeLessThanOrEqual(5 * MB);
    const state = s.workbook.sheet(STATE_SHEET)!;
    expect(state.visibility).toBe('VeryHidden');
    const pieces = state.rows
      .map((row) => row?.[0])
      .filter((v): v is string => typeof v === 'string' && v.startsWith('j:'));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(32_000);
    expect(s.snapshot().sheets[0].fills.B7).toEqual({ color: '#FFC7CE', pattern: 'Solid' }); // row 7: error
    expect(s.snapshot().sheets[0].fills.B8).toEqual({ color: '#FFEB9C', pattern: 'Solid' }); // row 8: warning
    expect(s.snapshot().sheets[0].notes.B12).toMatch(/^【台账检查】第12行/);
    expect(await createExcelHost().markedCount()).toBe(10_000);
    s.resetStats();
    await createExcelHost().clearMarks();
    expect(s.stats.syncs).toBeLessThanOrEqual(10);
    expect(s.snapshot()).toEqual(before);
  });

  test('a fill or note the clerk changed after marking is theirs: clearing leaves it', async () => {
    const s = install([ledger()]);
    const host = createExcelHost();
    await host.applyMarks([
      { sheet: '户信息', cell: 'A3', severity: 'error', message: '一' },
      { sheet: '户信息', cell: 'A4', severity: 'error', message: '二' },
    ]);
    manual.setFill(s.workbook, '户信息', 'A3', '#00B0F0');
    manual.setNote(s.workbook, '户信息', 'A4', '已核实，无误');
    await host.clearMarks();
    const snap = s.snapshot().sheets[0];
    expect(snap.fills).toEqual({ A3: { color: '#00B0F0', pattern: 'Solid' } });
    expect(snap.notes).toEqual({ A4: '已核实，无误' });
  });

  const colour = fc.constantFrom('#FFFF00', '#FFFFFF', '#FFC7CE', '#92D050', '#DDEBF7');
  const decoration = fc.record({
    r: fc.integer({ min: 0, max: 5 }),
    c: fc.integer({ min: 0, max: 4 }),
    fill: fc.option(fc.tuple(colour, fc.constantFrom('Solid', 'Solid', 'Gray25')), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  });
  const markArb = fc.record({
    r: fc.integer({ min: 0, max: 6 }),
    c: fc.integer({ min: 0, max: 5 }),
    severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
    message: fc.string({ minLength: 1, maxLength: 20 }),
  });

  for (const version of ['1.18', '1.12']) {
    test(`property: mark then clear restores the snapshot exactly (ExcelApi ${version})`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(decoration, { maxLength: 12 }),
          fc.array(fc.array(markArb, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 3 }),
          async (decorations, rounds) => {
            const wb = createWorkbook([
              {
                name: 'S',
                values: [
                  ['a', 1],
                  ['', true, 2.5],
                ],
              },
              { name: '其他', values: [['x']] },
            ]);
            const sheet = wb.sheet('S')!;
            for (const d of decorations) {
              if (d.fill)
                sheet.fills.set(key(d.r, d.c), {
                  color: d.fill[0],
                  pattern: d.fill[1],
                  ...(d.fill[1] === 'Gray25' ? { patternColor: '#FF0000' } : {}),
                });
              if (d.note !== undefined) sheet.notes.set(key(d.r, d.c), d.note);
            }
            const s = install(wb, version);
            const before = s.snapshot();
            for (const round of rounds) {
              await createExcelHost().applyMarks(
                round.map((m) => ({
                  sheet: 'S',
                  cell: cellName(m.r, m.c),
                  severity: m.severity,
                  message: m.message,
                })),
              );
            }
            await createExcelHost().clearMarks();
            expect(s.snapshot()).toEqual(before);
            expect(s.workbook.sheet(STATE_SHEET)).toBeUndefined();
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  test('ExcelApi 1.7–1.8 cannot tell a white fill from none: white comes back as no fill (documented)', async () => {
    const wb = createWorkbook([ledger()]);
    manual.setFill(wb, '户信息', 'A3', '#FFFFFF');
    manual.setFill(wb, '户信息', 'A4', '#FFFF00');
    const s = install(wb, '1.8');
    await createExcelHost().applyMarks([
      { sheet: '户信息', cell: 'A3', severity: 'error', message: '一' },
      { sheet: '户信息', cell: 'A4', severity: 'error', message: '二' },
    ]);
    await createExcelHost().clearMarks();
    expect(s.snapshot().sheets[0].fills).toEqual({ A4: { color: '#FFFF00', pattern: 'Solid' } });
  });
});

describe('writing', () => {
  test('writeCells refuses to overwrite formulas and writes nothing then', async () => {
    const wb = createWorkbook([ledger()]);
    manual.setFormula(wb, '户信息', 'C7', 'SUM(C3:C6)');
    const s = install(wb);
    const before = s.snapshot();
    await expect(
      createExcelHost().writeCells([
        { sheet: '户信息', cell: 'A3', value: '改' },
        { sheet: '户信息', cell: 'C7', value: 0 },
      ]),
    ).rejects.toThrow(/含公式/);
    expect(s.snapshot()).toEqual(before);
    await expect(createExcelHost().writeCells([{ sheet: '无此表', cell: 'A1', value: 1 }])).rejects.toThrow(
      /找不到工作表/,
    );
  });

  test('text written into a Text-formatted cell is written as is, number format unchanged', async () => {
    const wb = createWorkbook([ledger()]);
    manual.setNumberFormat(wb, '户信息', 'A9', '@');
    const s = install(wb);
    await createExcelHost().writeCells([{ sheet: '户信息', cell: 'A9', value: '=1+1' }]);
    const snap = s.snapshot().sheets[0];
    expect(snap.values[8][0]).toBe('=1+1');
    expect(snap.numberFormats.A9).toBe('@');
    expect(snap.formulas).toEqual({});
  });

  const spec = (name: string, rows: number): SheetSpec => ({
    name,
    title: name,
    rows: [
      [{ v: name, style: 'title' }],
      [{ v: '表号：扶贫01表', style: 'code' }],
      [
        { v: '村', style: 'header' },
        { v: '户数', style: 'header' },
        { v: '人数', style: 'header' },
      ],
      ...Array.from({ length: rows }, (_, i) => [
        { v: `${i + 1}村`, style: 'body' as const },
        { v: i * 3, style: 'body' as const, numFmt: '0' },
        { v: i * 10, style: 'body' as const, align: 'right' as const },
      ]),
      [
        { v: '合计', style: 'total' },
        { f: `SUM(B4:B${rows + 3})`, v: 0, style: 'total' },
        { f: `SUM(C4:C${rows + 3})`, v: 0, style: 'total' },
      ],
      [{ v: '填表人：', style: 'footer' }],
    ],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
    columnWidths: [10, 8, 8],
    headerRowRange: [2, 2],
    dataRowRange: [3, rows + 3],
    freeze: { row: 3, col: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  });

  test('createSheets renders six summary sheets in ≤ 5 syncs with print setup, freeze, borders and widths', async () => {
    const s = install([ledger()]);
    const specs = ['户数汇总', '收入汇总', '监测对象汇总', '资金汇总', '整改清单', '公示名单'].map((n) =>
      spec(n, 40),
    );
    s.resetStats();
    await createExcelHost().createSheets(specs);
    expect(s.stats.syncs).toBeLessThanOrEqual(5);
    const sheet = s.workbook.sheet('收入汇总')!;
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '3:3',
    });
    expect(sheet.freeze).toEqual({ rows: 3, cols: 0 });
    expect(sheet.value(43, 1)).toBe(Array.from({ length: 40 }, (_, i) => i * 3).reduce((a, b) => a + b, 0));
    expect(sheet.formulas.get(key(43, 2))).toBe('=SUM(C4:C43)');
    expect(sheet.borders.get(key(2, 1))?.top?.style).toBe('Continuous');
    expect(sheet.borders.get(key(20, 0))?.right?.style).toBe('Continuous');
    expect(sheet.borders.get(key(1, 0))).toBeUndefined();
    expect(sheet.fonts.get(key(0, 0))).toMatchObject({ bold: true, size: 16 });
    expect(sheet.hAlign.get(key(10, 2))).toBe('Right');
    expect(sheet.colWidths.get(0)).toBeCloseTo(56.25);
    expect(sheet.numFmt.get(key(5, 1))).toBe('0');
    expect(sheet.merges).toEqual([{ r: 0, c: 0, rows: 1, cols: 3 }]);
  });

  test('createSheet without page layout support (1.7) still renders the table', async () => {
    const s = install([ledger()], '1.7');
    await createExcelHost().createSheet(spec('汇总', 3));
    const sheet = s.workbook.sheet('汇总')!;
    expect(sheet.value(3, 0)).toBe('1村');
    expect(sheet.pageLayout.orientation).toBe('Portrait');
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const s = install([ledger(), { name: '第二表', values: [['x']] }]);
    await createExcelHost().selectCell('第二表', 'C5');
    expect(s.workbook.activeId).toBe(s.workbook.sheet('第二表')!.id);
    expect(s.workbook.sheet('第二表')!.selection).toEqual({ r: 4, c: 2, rows: 1, cols: 1 });
  });
});

/** Lets queued event deliveries (setTimeout) and the handlers' own Excel.run calls finish. */
async function settle(until: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !until(); i++) await new Promise((r) => setTimeout(r, 0));
}

describe('workbook events', () => {
  for (const version of ['1.7', '1.18']) {
    test(`ExcelApi ${version}: selection and change events reach the pane; stop() removes them`, async () => {
      const s = install([ledger(), { name: '第二表', values: [['x']] }], version);
      const host = createExcelHost();
      const selections: string[] = [];
      const changes: string[] = [];
      const watch = await host.watch({
        onSelection: (r) => selections.push(`${r.sheet}!${r.cell}`),
        onChange: (c) => changes.push(`${c.sheet}!${c.address}`),
      });
      expect(watch).toMatchObject({ selection: true, changes: true });

      manual.select(s.workbook, '户信息', 'C4');
      await settle(() => selections.length > 0);
      expect(selections).toEqual(['户信息!C4']);
      // A selection made through the API is an event too (the pane's own 定位).
      await host.selectCell('第二表', 'B2');
      await settle(() => selections.length > 1);
      expect(selections).toEqual(['户信息!C4', '第二表!B2']);

      manual.typeValue(s.workbook, '户信息', 'C3', 5);
      await settle(() => changes.length > 0);
      expect(changes).toEqual(['户信息!C3']);
      await host.writeCells([{ sheet: '第二表', cell: 'A1', value: 'y' }]);
      await settle(() => changes.length > 1);
      expect(changes).toEqual(['户信息!C3', '第二表!A1']);

      await watch.stop();
      const delivered = s.workbook.events.delivered;
      manual.typeValue(s.workbook, '户信息', 'C3', 6);
      manual.select(s.workbook, '户信息', 'A1');
      await new Promise((r) => setTimeout(r, 5));
      expect(s.workbook.events.delivered).toBe(delivered);
      expect(s.workbook.events.listeners.size).toBe(0);
    });
  }

  test('1.7 registers one change handler per sheet; the collection event needs 1.9 and fails below', async () => {
    const s = install([ledger(), { name: '第二表', values: [['x']] }], '1.7');
    const watch = await createExcelHost().watch({ onChange: () => undefined });
    expect([...s.workbook.events.listeners].map((l) => l.kind)).toEqual([
      'worksheet.onChanged',
      'worksheet.onChanged',
    ]);
    await watch.stop();
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.onChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    s.setApiVersion('1.9');
    const w2 = await createExcelHost().watch({ onChange: () => undefined });
    expect([...s.workbook.events.listeners].map((l) => l.kind)).toEqual(['worksheets.onChanged']);
    await w2.stop();
  });

  test('below 1.7 change events are reported unavailable (the pane re-reads instead), selection still works', async () => {
    install([ledger()], '1.6');
    const watch = await createExcelHost().watch({ onChange: () => undefined, onSelection: () => undefined });
    expect(watch).toMatchObject({ selection: true, changes: false });
  });

  test('without notes (1.7) the reasons of marked cells are kept in the record; with notes (1.18) the note holds them', async () => {
    const marks: Mark[] = [
      { sheet: '户信息', cell: 'A3', severity: 'error', message: '户编号重复' },
      { sheet: '户信息', cell: 'a3', severity: 'warning', message: '户编号位数不对' },
      { sheet: '户信息', cell: 'D4', severity: 'info', message: '收入偏低' },
    ];
    const s = install([ledger()], '1.7');
    const host = createExcelHost();
    await host.applyMarks(marks);
    expect(await host.markReasons()).toEqual(
      new Map([
        ['户信息\u0000A3', '户编号重复\n户编号位数不对'],
        ['户信息\u0000D4', '收入偏低'],
      ]),
    );
    expect(await host.markedCount()).toBe(2);
    await host.clearMarks();
    expect((await host.markReasons()).size).toBe(0);
    expect(s.snapshot().sheets.map((x) => x.name)).toEqual(['户信息']);

    install([ledger()], '1.18');
    const h18 = createExcelHost();
    await h18.applyMarks(marks);
    expect((await h18.markReasons()).size).toBe(0);
  });

  test('selectedCell reads the top-left cell of the selection on the active sheet', async () => {
    const s = install([ledger(), { name: "O'Brien 表", values: [['x']] }]);
    manual.select(s.workbook, "O'Brien 表", 'B2:D9');
    await expect(createExcelHost().selectedCell()).resolves.toEqual({ sheet: "O'Brien 表", cell: 'B2' });
  });
});
