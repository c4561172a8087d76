// Workbook-kept state of the add-in: a VeryHidden sheet `_bangfu_state` so marks survive closing the file and any
// clerk's pane can clear them. Layout: A1 'marks', B1 'settings', C1 'exemptions' (已核实); below each, JSON split into cells of at most
// 30,000 characters (Excel's cell limit is 32,767), each prefixed 'j:' so Excel never parses a piece as a
// number, date or formula. The sheet is deleted again when it holds nothing.
import { ACTION_BYTES, Batcher } from './payload';

export const STATE_SHEET = '_bangfu_state';
const PIECE = 30_000;
const PREFIX = 'j:';
const HEADERS = ['marks', 'settings', 'exemptions'] as const;
export type StateColumn = 0 | 1 | 2;

/** Prior fill: colour, plus pattern where the host can tell (ExcelApi 1.9). null = no fill. */
export interface PriorFill {
  c: string;
  p?: string;
  pc?: string;
}

/** One marked cell. `n` undefined: notes were not touched; null: there was no note before. */
export interface CellRecord {
  /** Fill before the first mark; absent when the fill was already restored (note-only leftover). */
  f?: PriorFill | null;
  n?: string | null;
  /** Mark colour we set (absent once the fill part is restored). */
  m?: string;
  /** Hash of the note text we wrote, to tell our note from a clerk's later edit. */
  h?: string;
  /** The findings' text, kept when this Excel has no notes (ExcelApi < 1.18): the pane shows it on selection. */
  t?: string;
}

export interface MarkRecord {
  v: 1;
  sheets: Record<string, Record<string, CellRecord>>;
}

export const emptyRecord = (): MarkRecord => ({ v: 1, sheets: {} });

export interface StateProbe {
  sheet: Excel.Worksheet;
}

/** Queues the existence check; read `loadState` after the next sync. */
export function probeState(ctx: Excel.RequestContext): StateProbe {
  return { sheet: ctx.workbook.worksheets.getItemOrNullObject(STATE_SHEET) };
}

export interface StateLoad {
  exists: boolean;
  /** Only valid after the sync that follows `loadState`. */
  result(): StateContent;
}

export interface StateContent {
  exists: boolean;
  marks: MarkRecord | null;
  settings: unknown | null;
  /** 已核实 exemptions (src/core/compare/exemptions), or null. */
  exemptions: unknown | null;
  /** Rows used under each header, so a rewrite can blank leftovers. */
  rows: [number, number, number];
}

export function loadState(probe: StateProbe): StateLoad {
  if (probe.sheet.isNullObject) {
    return {
      exists: false,
      result: () => ({ exists: false, marks: null, settings: null, exemptions: null, rows: [0, 0, 0] }),
    };
  }
  const used = probe.sheet.getUsedRangeOrNullObject(true);
  used.load('values, rowIndex, columnIndex');
  return {
    exists: true,
    result: () => {
      if (used.isNullObject)
        return { exists: true, marks: null, settings: null, exemptions: null, rows: [0, 0, 0] };
      const cols = [0, 1, 2].map((col) => {
        const pieces: string[] = [];
        const j = col - used.columnIndex;
        for (let i = 1 - used.rowIndex; i < used.values.length; i++) {
          if (i < 0 || j < 0) continue;
          const v = used.values[i][j];
          if (typeof v !== 'string' || !v.startsWith(PREFIX)) break;
          pieces.push(v.slice(PREFIX.length));
        }
        return pieces;
      });
      const parse = (pieces: string[]): unknown => {
        if (!pieces.length) return null;
        try {
          return JSON.parse(pieces.join(''));
        } catch {
          return null;
        }
      };
      const marks = parse(cols[0]) as MarkRecord | null;
      return {
        exists: true,
        marks: marks && marks.v === 1 && marks.sheets ? marks : null,
        settings: parse(cols[1]),
        exemptions: parse(cols[2]),
        rows: [cols[0].length, cols[1].length, cols[2].length],
      };
    },
  };
}

function pieces(json: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(json.length, i + PIECE);
    // Never split a surrogate pair across cells.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(PREFIX + json.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * Queues a rewrite of one state column (null = empty it). `sheet` must exist (see ensureStateSheet).
 * Large records are written in slices so no request passes the budget.
 */
export async function writeStateColumn(
  sheet: Excel.Worksheet,
  col: StateColumn,
  value: unknown | null,
  oldRows: number,
  batcher: Batcher,
): Promise<void> {
  const ps = value === null ? [] : pieces(JSON.stringify(value));
  const total = Math.max(ps.length, oldRows);
  const cells: string[] = [HEADERS[col], ...ps];
  while (cells.length < total + 1) cells.push('');
  const SLICE = 32; // about 1 MB of JSON per action
  for (let start = 0; start < cells.length; start += SLICE) {
    const part = cells.slice(start, start + SLICE);
    await batcher.reserve(ACTION_BYTES + part.reduce((n, s) => n + s.length * 3 + 4, 0));
    sheet.getRangeByIndexes(start, col, part.length, 1).values = part.map((s) => [s]);
  }
}

/** The state sheet proxy, created VeryHidden when missing. */
export function ensureStateSheet(ctx: Excel.RequestContext, exists: boolean): Excel.Worksheet {
  if (exists) return ctx.workbook.worksheets.getItem(STATE_SHEET);
  const sheet = ctx.workbook.worksheets.add(STATE_SHEET);
  sheet.visibility = 'VeryHidden';
  return sheet;
}

/** FNV-1a, enough to recognise a note we wrote. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
