// The Office.js WorkbookHost: the only code in the project that calls Excel.run.
import type { CellEdit, Mark, ReadOptions, WorkbookHost } from '../../core/host/workbookHost';
import type { SheetInput } from '../../core/types';
import type { SheetSpec } from '../../core/summaries/sheetSpec';
import { ExcelCapabilities, detectCapabilities } from './capabilities';
import { inChinese } from './errors';
import { applyMarks, clearMarks, markReasons, markedCount } from './marks';
import { type CellRef, type WatchHandlers, type WorkbookWatch, selectedCell, watchWorkbook } from './events';
import { Batcher } from './payload';
import { readSheetChunked } from './read';
import { createSheets } from './render';
import { STATE_SHEET, ensureStateSheet, loadState, probeState, writeStateColumn } from './state';
import { writeCells } from './write';

export interface ExcelHostOptions {
  /** Estimated response bytes per sync while reading (default 4 MB; Excel on the web fails above 5 MB). */
  responseBudgetBytes?: number;
  /** Estimated request bytes per sync while writing (default 4 MB). */
  requestBudgetBytes?: number;
  /** Rows in the first, sizing chunk of a read (default 200). */
  sampleRows?: number;
  /** Sheets up to this many cells are read with all number formats (default 500,000). */
  fullFormatCells?: number;
  /** Override requirement-set detection (tests, or to force the fallback paths). */
  capabilities?: ExcelCapabilities;
}

export interface ExcelHost extends WorkbookHost {
  /** What this Excel supports; detected on first use. */
  capabilities(): ExcelCapabilities;
  /** Renders several summary sheets in one batch (a handful of syncs for the whole set). */
  createSheets(specs: SheetSpec[], options?: { replace?: boolean }): Promise<void>;
  /** Subscribes to selection and change events where this Excel has them. */
  watch(handlers: WatchHandlers): Promise<WorkbookWatch>;
  /** The selection's top-left cell. */
  selectedCell(): Promise<CellRef | null>;
  /** Marked cells' reasons kept for builds without notes ("Sheet\u0000B3" → text). */
  markReasons(): Promise<Map<string, string>>;
}

const MB = 1024 * 1024;

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  let caps = options.capabilities;
  const capabilities = () => (caps ??= detectCapabilities());
  const requestBudgetBytes = options.requestBudgetBytes ?? 4 * MB;
  const tuning = { requestBudgetBytes };

  const host: ExcelHost = {
    capabilities,

    async listSheets(): Promise<string[]> {
      return Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name, items/visibility');
        await ctx.sync();
        // VeryHidden sheets belong to add-ins (ours included), not to the clerk's ledgers.
        return sheets.items
          .filter((s) => s.visibility !== 'VeryHidden' && s.name !== STATE_SHEET)
          .map((s) => s.name);
      });
    },

    readSheet(name: string, readOptions?: ReadOptions): Promise<SheetInput> {
      return readSheetChunked(
        name,
        capabilities(),
        {
          responseBudgetBytes: options.responseBudgetBytes ?? 4 * MB,
          sampleRows: options.sampleRows ?? 200,
          fullFormatCells: options.fullFormatCells ?? 500_000,
        },
        readOptions,
      );
    },

    applyMarks: (marks: Mark[]) => applyMarks(marks, capabilities(), tuning),
    clearMarks: () => clearMarks(capabilities(), tuning),
    markedCount: () => markedCount(),
    markReasons: () => markReasons(),
    watch: (handlers: WatchHandlers) => watchWorkbook(capabilities(), handlers),
    selectedCell: () => selectedCell(),
    writeCells: (edits: CellEdit[]) => writeCells(edits, capabilities(), tuning),

    createSheet: (spec: SheetSpec, opts?: { replace?: boolean }) =>
      createSheets([spec], capabilities(), tuning, opts),
    createSheets: (specs: SheetSpec[], opts?: { replace?: boolean }) =>
      createSheets(specs, capabilities(), tuning, opts),

    async selectCell(sheet: string, cell: string): Promise<void> {
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    },

    async loadSettings(): Promise<unknown | null> {
      return Excel.run(async (ctx) => {
        const probe = probeState(ctx);
        await ctx.sync();
        const state = loadState(probe);
        if (state.exists) await ctx.sync();
        return state.result().settings;
      });
    },

    async saveSettings(settings: unknown): Promise<void> {
      await Excel.run(async (ctx) => {
        const probe = probeState(ctx);
        await ctx.sync();
        const state = loadState(probe);
        if (state.exists) await ctx.sync();
        const content = state.result();
        const batcher = new Batcher(ctx, requestBudgetBytes);
        const sheet = ensureStateSheet(ctx, content.exists);
        await writeStateColumn(sheet, 1, settings ?? null, content.rows[1], batcher);
        await batcher.flush();
      });
    },

    async loadExemptions(): Promise<unknown | null> {
      return Excel.run(async (ctx) => {
        const probe = probeState(ctx);
        await ctx.sync();
        const state = loadState(probe);
        if (state.exists) await ctx.sync();
        return state.result().exemptions;
      });
    },

    async saveExemptions(exemptions: unknown): Promise<void> {
      await Excel.run(async (ctx) => {
        const probe = probeState(ctx);
        await ctx.sync();
        const state = loadState(probe);
        if (state.exists) await ctx.sync();
        const content = state.result();
        const empty = exemptions === null || (Array.isArray(exemptions) && exemptions.length === 0);
        if (empty && !content.exists) return;
        // Nothing else kept: the state sheet goes, as after the last mark is cleared.
        if (empty && content.marks === null && content.settings === null) {
          ctx.workbook.worksheets.getItem(STATE_SHEET).delete();
          await ctx.sync();
          return;
        }
        const batcher = new Batcher(ctx, requestBudgetBytes);
        const sheet = ensureStateSheet(ctx, content.exists);
        await writeStateColumn(sheet, 2, empty ? null : exemptions, content.rows[2], batcher);
        await batcher.flush();
      });
    },
  };

  // Every call reports Office.js failures in Chinese (code and original error kept).
  const label: Record<string, string> = {
    listSheets: '读取工作表列表',
    readSheet: '读取工作表',
    applyMarks: '标记问题单元格',
    clearMarks: '清除标记',
    markedCount: '统计标记',
    markReasons: '读取标记说明',
    selectedCell: '读取所选单元格',
    writeCells: '写入单元格',
    createSheet: '生成汇总表',
    createSheets: '生成汇总表',
    selectCell: '定位单元格',
    loadSettings: '读取设置',
    saveSettings: '保存设置',
    loadExemptions: '读取已核实记录',
    saveExemptions: '保存已核实记录',
  };
  const wrapped = { ...host } as unknown as Record<string, unknown>;
  for (const [name, what] of Object.entries(label)) {
    const fn = (host as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[name];
    wrapped[name] = (...args: unknown[]) => inChinese(what, () => fn(...args));
  }
  return wrapped as unknown as ExcelHost;
}
