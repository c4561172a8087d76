// Excel simulator entry point: build a workbook from SheetInput[], install global `Excel` / `Office` so the real
// host code runs unchanged, take snapshots for "byte-identical state" assertions. No Node APIs (browser-safe).
import type { SheetInput } from '../../src/core/types';
import { Rect, cellName, parseLocal, rectAddress, splitSheet } from './a1';
import { SimFill, SimSheet, SimValue, SimWorkbook, key, unkey, writeCell } from './model';
import { SimContext, SimError, SimHost, SimOptions, SimStats, minorOf } from './sim';

export { SimError, SimWorkbook, SimSheet, SimHost };
export type { SimOptions, SimStats, SimFill };

/** A workbook from plain sheets; values[0][0] is A1. Number formats and merges are applied. */
export function createWorkbook(sheets: SheetInput[]): SimWorkbook {
  const wb = new SimWorkbook();
  for (const input of sheets) {
    const s = wb.addSheet(input.name);
    s.rows = input.values.map((row) => (row.length ? row.slice() : undefined));
    input.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && f !== 'General') s.numFmt.set(key(r, c), f);
      }),
    );
    for (const m of input.merges ?? [])
      s.merges.push({ r: m.r1, c: m.c1, rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 });
  }
  return wb;
}

function cellKey(sheet: SimSheet, address: string): number {
  const rect = parseLocal(splitSheet(address).local);
  if (!rect) throw new Error('bad address ' + address);
  void sheet;
  return key(rect.r, rect.c);
}

function sheetOf(wb: SimWorkbook, name: string): SimSheet {
  const s = wb.sheet(name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}

/** Test helpers that act like a clerk editing the workbook by hand (not through the API). */
export const manual = {
  setFill(wb: SimWorkbook, sheet: string, address: string, color: string, pattern = 'Solid'): void {
    const s = sheetOf(wb, sheet);
    s.fills.set(cellKey(s, address), { color: color.toUpperCase(), pattern });
  },
  setNote(wb: SimWorkbook, sheet: string, address: string, content: string): void {
    const s = sheetOf(wb, sheet);
    s.notes.set(cellKey(s, address), content);
  },
  setFormula(wb: SimWorkbook, sheet: string, address: string, formula: string): void {
    const s = sheetOf(wb, sheet);
    s.formulas.set(cellKey(s, address), formula.startsWith('=') ? formula : '=' + formula);
  },
  setNumberFormat(wb: SimWorkbook, sheet: string, address: string, format: string): void {
    const s = sheetOf(wb, sheet);
    s.numFmt.set(cellKey(s, address), format);
  },
  /** Types a value into a cell (parsed as Excel parses typing) and raises the change event. */
  typeValue(wb: SimWorkbook, sheet: string, address: string, input: SimValue): void {
    const s = sheetOf(wb, sheet);
    const rect = parseLocal(splitSheet(address).local);
    if (!rect) throw new Error('bad address ' + address);
    writeCell(s, rect.r, rect.c, input);
    wb.events.changed(s, cellName(rect.r, rect.c));
  },
  /** Clicks a cell: activates its sheet, moves the selection and raises the selection events. */
  select(wb: SimWorkbook, sheet: string, address: string): void {
    const s = sheetOf(wb, sheet);
    const rect = parseLocal(splitSheet(address).local);
    if (!rect) throw new Error('bad address ' + address);
    wb.activeId = s.id;
    s.selection = { ...rect };
    wb.events.selected(s, rectAddress(rect));
  },
};

export interface SheetSnapshot {
  name: string;
  visibility: string;
  /** A1 to the end of the values-only used range, formulas evaluated. */
  values: SimValue[][];
  formulas: Record<string, string>;
  numberFormats: Record<string, string>;
  fills: Record<string, SimFill>;
  notes: Record<string, string>;
  merges: string[];
}

function byCell<V>(m: Map<number, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of m) out[cellName(...unkey(k))] = v;
  return out;
}

export function snapshotSheet(s: SimSheet): SheetSnapshot {
  const used = s.usedRange(true);
  const values: SimValue[][] = [];
  if (used) {
    for (let r = 0; r < used.r + used.rows; r++) {
      const row: SimValue[] = [];
      for (let c = 0; c < used.c + used.cols; c++) row.push(s.value(r, c));
      values.push(row);
    }
  }
  return {
    name: s.name,
    visibility: s.visibility,
    values,
    formulas: byCell(s.formulas),
    numberFormats: byCell(s.numFmt),
    fills: byCell(s.fills),
    notes: byCell(s.notes),
    merges: s.merges.map((m: Rect) => rectAddress(m)).sort(),
  };
}

export function snapshotWorkbook(wb: SimWorkbook): {
  sheets: SheetSnapshot[];
  documentSettings: Record<string, unknown>;
} {
  return {
    sheets: wb.sheets.map(snapshotSheet),
    documentSettings: JSON.parse(JSON.stringify(wb.documentSettings)) as Record<string, unknown>,
  };
}

export interface ExcelSimulator {
  readonly host: SimHost;
  readonly workbook: SimWorkbook;
  readonly stats: SimStats;
  resetStats(): void;
  /** Emulates another Excel build, e.g. '1.7' for Office 2019 volume licence. */
  setApiVersion(version: string): void;
  snapshot(): ReturnType<typeof snapshotWorkbook>;
  uninstall(): void;
}

type Batch<R> = (context: SimContext) => Promise<R>;

/**
 * Defines global `Excel` (run) and a minimal `Office` (onReady, context.requirements, context.document.settings,
 * HostType) on `globalObj`, backed by `data` (a workbook or SheetInput[]). Returns a handle for stats and snapshots.
 */
export function installExcelSimulator(
  globalObj: object,
  data: SimWorkbook | SheetInput[] = [],
  options: SimOptions = {},
): ExcelSimulator {
  const workbook = data instanceof SimWorkbook ? data : createWorkbook(data);
  const host = new SimHost(workbook, options);
  const g = globalObj as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };

  async function run<R>(a: Batch<R> | unknown, b?: Batch<R>): Promise<R> {
    const batch = (typeof a === 'function' ? a : b) as Batch<R>;
    // Excel.run(previousContext, batch) continues that context (how Office.js removes event handlers).
    const context = a instanceof SimContext ? a : new SimContext(host);
    const result = await batch(context);
    if (context._queue.length || context._nullables.length) await context.sync();
    return result;
  }

  const settingsApi = {
    get: (name: string) => (name in workbook.documentSettings ? workbook.documentSettings[name] : null),
    set: (name: string, value: unknown) => {
      pendingSettings[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name: string) => {
      pendingSettings[name] = undefined;
    },
    saveAsync: (cb?: (r: { status: string; error?: unknown }) => void) => {
      // Settings reach the document only on saveAsync, as in Office.
      for (const [k, v] of Object.entries(pendingSettings)) {
        if (v === undefined) delete workbook.documentSettings[k];
        else workbook.documentSettings[k] = v;
      }
      for (const k of Object.keys(pendingSettings)) delete pendingSettings[k];
      Promise.resolve().then(() => cb?.({ status: 'succeeded' }));
    },
  };
  const pendingSettings: Record<string, unknown> = {};

  g.Excel = { run };
  g.OfficeExtension = { Error: SimError };
  g.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          name === 'ExcelApi' && (version === undefined || host.supports(minorOf(version))),
      },
      document: { settings: settingsApi },
    },
  };

  return {
    host,
    workbook,
    get stats() {
      return host.stats;
    },
    resetStats: () => host.resetStats(),
    setApiVersion: (v: string) => {
      host.apiMinor = minorOf(v);
    },
    snapshot: () => snapshotWorkbook(workbook),
    uninstall: () => {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete g[k];
        else g[k] = v;
      }
    },
  };
}
