// Marks: fill by severity plus a note (ExcelApi 1.18) with the message. Before the first mark of a cell its exact
// prior fill and note are recorded in the state sheet; clearing restores them, except where the clerk changed
// the mark since (then their edit wins). Work is grouped into few large syncs.
import type { Mark } from '../../core/host/workbookHost';
import type { Severity } from '../../core/types';
import { normalizeCell } from './a1';
import type { ExcelCapabilities } from './capabilities';
import { ACTION_BYTES, Batcher } from './payload';
import {
  CellRecord,
  MarkRecord,
  PriorFill,
  STATE_SHEET,
  emptyRecord,
  ensureStateSheet,
  loadState,
  probeState,
  textHash,
  writeStateColumn,
} from './state';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const NOTE_PREFIX = '【台账检查】';
const NOTE_MAX = 2000;

export interface MarkTuning {
  requestBudgetBytes: number;
}

function suspender(ctx: Excel.RequestContext, caps: ExcelCapabilities): () => void {
  return () => {
    if (caps.suspendApiCalculation) ctx.application.suspendApiCalculationUntilNextSync();
    if (caps.suspendScreenUpdating) ctx.application.suspendScreenUpdatingUntilNextSync();
  };
}

function noteText(messages: string[]): string {
  const text = NOTE_PREFIX + messages.join('\n');
  return text.length > NOTE_MAX ? text.slice(0, NOTE_MAX - 1) + '…' : text;
}

function utf8(s: string): number {
  return s.length * 3;
}

interface FillRead {
  fill: Excel.RangeFill;
}

function loadFill(range: Excel.Range, caps: ExcelCapabilities): FillRead {
  const fill = range.format.fill;
  fill.load(caps.fillPattern ? 'color, pattern, patternColor' : 'color');
  return { fill };
}

/** The loaded fill as a record; null = no fill. Before 1.9 a white fill cannot be told from none. */
function readFill({ fill }: FillRead, caps: ExcelCapabilities): PriorFill | null {
  if (caps.fillPattern) {
    if (fill.pattern === 'None') return null;
    const p: PriorFill = { c: fill.color };
    if (fill.pattern !== 'Solid') {
      p.p = fill.pattern;
      if (fill.patternColor) p.pc = fill.patternColor;
    }
    return p;
  }
  return !fill.color || fill.color.toUpperCase() === '#FFFFFF' ? null : { c: fill.color };
}

function restoreFill(range: Excel.Range, prior: PriorFill | null): void {
  const fill = range.format.fill;
  if (!prior) {
    fill.clear();
    return;
  }
  fill.color = prior.c;
  if (prior.p) {
    fill.pattern = prior.p as Excel.FillPattern;
    if (prior.pc) fill.patternColor = prior.pc;
  }
}

/** Sheet name as the workbook spells it (lookups are case-insensitive in Excel). */
async function sheetNames(
  ctx: Excel.RequestContext,
): Promise<{ sheets: Excel.WorksheetCollection; resolve(): Map<string, string> }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  return {
    sheets,
    resolve: () =>
      new Map(sheets.items.filter((s) => s.name !== STATE_SHEET).map((s) => [s.name.toLowerCase(), s.name])),
  };
}

interface Target {
  sheet: string;
  cell: string;
  severity: Severity;
  messages: string[];
}

export async function applyMarks(marks: Mark[], caps: ExcelCapabilities, tuning: MarkTuning): Promise<void> {
  if (!marks.length) return;
  await Excel.run(async (ctx) => {
    const names = await sheetNames(ctx);
    const probe = probeState(ctx);
    await ctx.sync();
    const byLower = names.resolve();

    // One target per cell: highest severity, all messages.
    const targets = new Map<string, Target>();
    for (const m of marks) {
      const sheet = byLower.get(m.sheet.toLowerCase());
      const cell = normalizeCell(m.cell);
      if (!sheet || !cell) continue;
      const k = sheet + '\u0000' + cell;
      const t = targets.get(k);
      if (!t) targets.set(k, { sheet, cell, severity: m.severity, messages: [m.message] });
      else {
        if (RANK[m.severity] > RANK[t.severity]) t.severity = m.severity;
        if (!t.messages.includes(m.message)) t.messages.push(m.message);
      }
    }
    if (!targets.size) return;

    // Read the record and every target's current fill and note (priors for cells not yet marked).
    const state = loadState(probe);
    const reads = new Batcher(ctx, tuning.requestBudgetBytes);
    const ws = new Map<string, Excel.Worksheet>();
    const sheetProxy = (name: string) => {
      let s = ws.get(name);
      if (!s) ws.set(name, (s = ctx.workbook.worksheets.getItem(name)));
      return s;
    };
    const rows: Array<{
      t: Target;
      s: Excel.Worksheet;
      range: Excel.Range;
      fill: FillRead;
      note: Excel.Note | null;
    }> = [];
    for (const t of targets.values()) {
      await reads.reserve(ACTION_BYTES * (caps.notes ? 6 : 3));
      const s = sheetProxy(t.sheet);
      const range = s.getRange(t.cell);
      const fill = loadFill(range, caps);
      let note: Excel.Note | null = null;
      if (caps.notes) {
        note = s.notes.getItemOrNullObject(t.cell);
        note.load('content');
      }
      rows.push({ t, s, range, fill, note });
    }
    await ctx.sync();
    const content = state.result();
    const record: MarkRecord = content.marks ?? emptyRecord();

    const writes = new Batcher(ctx, tuning.requestBudgetBytes, suspender(ctx, caps));
    for (const { t, s, range, fill, note } of rows) {
      const colour = SEVERITY_FILL[t.severity];
      const text = noteText(t.messages);
      const cells = (record.sheets[t.sheet] ??= {});
      let rec: CellRecord | undefined = cells[t.cell];
      const currentNote = note && !note.isNullObject ? note.content : null;
      if (!rec || rec.m === undefined) {
        // First mark (or only a note leftover from an older Excel): remember what the clerk had.
        rec = { ...rec, f: readFill(fill, caps), m: colour };
        cells[t.cell] = rec;
      }
      if (caps.notes && rec.n === undefined) rec.n = currentNote;
      rec.m = colour;
      await writes.reserve(ACTION_BYTES * 2 + (caps.notes ? ACTION_BYTES * 2 + utf8(text) : 0));
      range.format.fill.color = colour;
      // A patterned fill keeps its pattern when only the colour changes; the mark must be a plain fill.
      if (caps.fillPattern && fill.fill.pattern !== 'Solid' && fill.fill.pattern !== 'None')
        range.format.fill.pattern = 'Solid';
      if (caps.notes) {
        if (currentNote !== null && note) note.content = text;
        else s.notes.add(t.cell, text);
        rec.h = textHash(text);
        delete rec.t;
      } else {
        rec.t = t.messages.join('\n');
      }
    }
    const stateSheet = ensureStateSheet(ctx, content.exists);
    await writeStateColumn(stateSheet, 0, record, content.rows[0], writes);
    await writes.flush();
  });
}

export async function clearMarks(caps: ExcelCapabilities, tuning: MarkTuning): Promise<void> {
  await Excel.run(async (ctx) => {
    const names = await sheetNames(ctx);
    const probe = probeState(ctx);
    await ctx.sync();
    if (probe.sheet.isNullObject) return;
    const byLower = names.resolve();
    const state = loadState(probe);
    await ctx.sync();
    const content = state.result();
    const record = content.marks;
    if (!record) return;

    const reads = new Batcher(ctx, tuning.requestBudgetBytes);
    const rows: Array<{
      sheet: string;
      cell: string;
      rec: CellRecord;
      s: Excel.Worksheet;
      range: Excel.Range;
      fill: FillRead;
      note: Excel.Note | null;
    }> = [];
    const remaining: MarkRecord = emptyRecord();
    for (const [sheetName, cells] of Object.entries(record.sheets)) {
      const actual = byLower.get(sheetName.toLowerCase());
      if (!actual) continue; // the sheet is gone: nothing left to restore
      const s = ctx.workbook.worksheets.getItem(actual);
      for (const [cell, rec] of Object.entries(cells)) {
        await reads.reserve(ACTION_BYTES * 6);
        const range = s.getRange(cell);
        const fill = loadFill(range, caps);
        let note: Excel.Note | null = null;
        if (caps.notes && rec.n !== undefined) {
          note = s.notes.getItemOrNullObject(cell);
          note.load('content');
        }
        rows.push({ sheet: actual, cell, rec, s, range, fill, note });
      }
    }
    await reads.flush();

    const writes = new Batcher(ctx, tuning.requestBudgetBytes, suspender(ctx, caps));
    for (const { sheet, cell, rec, s, range, fill, note } of rows) {
      if (rec.m !== undefined) {
        const current = readFill(fill, caps);
        // Restore only while the cell still shows our mark; a fill the clerk chose since is theirs.
        if (current && current.c.toUpperCase() === rec.m.toUpperCase() && !current.p) {
          await writes.reserve(ACTION_BYTES * 3);
          restoreFill(range, rec.f ?? null);
        }
      }
      if (rec.n !== undefined) {
        if (!caps.notes) {
          // This Excel cannot touch notes: keep the note part for a newer Excel to restore.
          (remaining.sheets[sheet] ??= {})[cell] = { n: rec.n, h: rec.h };
          continue;
        }
        const current = note && !note.isNullObject ? note.content : null;
        await writes.reserve(ACTION_BYTES * 2 + utf8(rec.n ?? ''));
        if (current === null) {
          if (rec.n !== null) s.notes.add(cell, rec.n); // our note was deleted by hand: still give theirs back
        } else if (textHash(current) === rec.h) {
          if (rec.n === null) note!.delete();
          else note!.content = rec.n;
        }
      }
    }
    const keep = Object.keys(remaining.sheets).length > 0;
    const stateSheet = ctx.workbook.worksheets.getItem(STATE_SHEET);
    if (!keep && content.settings === null && content.exemptions === null) {
      // Nothing else lives there: remove the sheet so the workbook is as it was before marking.
      await writes.reserve(ACTION_BYTES);
      stateSheet.delete();
    } else {
      await writeStateColumn(stateSheet, 0, keep ? remaining : null, content.rows[0], writes);
    }
    await writes.flush();
  });
}

export async function markedCount(): Promise<number> {
  return Excel.run(async (ctx) => {
    const probe = probeState(ctx);
    await ctx.sync();
    const state = loadState(probe);
    if (state.exists) await ctx.sync();
    const record = state.result().marks;
    if (!record) return 0;
    let n = 0;
    for (const cells of Object.values(record.sheets))
      for (const rec of Object.values(cells)) if (rec.m !== undefined) n++;
    return n;
  });
}

/** Reasons of marked cells kept in the record ("Sheet\u0000B3" → text), for builds without notes. */
export async function markReasons(): Promise<Map<string, string>> {
  return Excel.run(async (ctx) => {
    const probe = probeState(ctx);
    await ctx.sync();
    const state = loadState(probe);
    if (state.exists) await ctx.sync();
    const out = new Map<string, string>();
    const record = state.result().marks;
    if (!record) return out;
    for (const [sheet, cells] of Object.entries(record.sheets))
      for (const [cell, rec] of Object.entries(cells))
        if (rec.m !== undefined && rec.t) out.set(`${sheet}\u0000${cell}`, rec.t);
    return out;
  });
}
