// Renders SheetSpecs into new worksheets: one existence check for all specs, then every write of every sheet
// queued into as few requests as the budget allows (typically 2 syncs for a whole set of summary sheets).
import type { SheetSpec, SpecCell, SpecStyle } from '../../core/summaries/sheetSpec';
import type { ExcelCapabilities } from './capabilities';
import { ACTION_BYTES, Batcher, rowBytes } from './payload';
import { STATE_SHEET } from './state';
import { cellInput } from './write';
import { fitCell } from '../../core/grid/quote';

interface StyleDef {
  bold?: boolean;
  size?: number;
  font?: string;
  h?: Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right';
  v?: 'Center' | 'Top' | 'Bottom';
  wrap?: boolean;
  border?: boolean;
}

const STYLES: Record<SpecStyle, StyleDef> = {
  title: { bold: true, size: 16, font: '黑体', h: 'Center', v: 'Center' },
  code: { size: 9, h: 'Right' },
  info: { size: 10, h: 'Left' },
  unit: { size: 10, h: 'Right' },
  header: { bold: true, size: 10, h: 'Center', v: 'Center', wrap: true, border: true },
  body: { size: 10, v: 'Center', border: true },
  total: { bold: true, size: 10, v: 'Center', border: true },
  note: { size: 9, h: 'Left' },
  footer: { size: 10, h: 'Left' },
};
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Column width in characters → Office.js points (≈ 7 px per character + 5 px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface Block {
  r: number;
  c: number;
  rows: number;
  cols: number;
  style: SpecStyle;
  align?: SpecCell['align'];
}

/** Same-styled cells grouped into rectangles: runs along each row, stacked while rows repeat the same run. */
export function styleBlocks(spec: SheetSpec): Block[] {
  const open = new Map<string, Block>();
  const out: Block[] = [];
  spec.rows.forEach((row, r) => {
    const seen = new Set<string>();
    let c = 0;
    while (c < row.length) {
      const cell = row[c];
      if (!cell?.style) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < row.length && row[end]?.style === cell.style && row[end]?.align === cell.align) end++;
      const k = `${c}:${end}:${cell.style}:${cell.align ?? ''}`;
      const prev = open.get(k);
      if (prev && prev.r + prev.rows === r) prev.rows++;
      else {
        const b: Block = { r, c, rows: 1, cols: end - c, style: cell.style, align: cell.align };
        open.set(k, b);
        out.push(b);
      }
      seen.add(k);
      c = end;
    }
    for (const k of [...open.keys()]) if (!seen.has(k)) open.delete(k);
  });
  return out;
}

async function renderOne(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  caps: ExcelCapabilities,
  batcher: Batcher,
): Promise<void> {
  const width = Math.max(1, spec.columnWidths.length, ...spec.rows.map((r) => r.length));
  const ROW_SLICE = 2000;
  for (let start = 0; start < spec.rows.length; start += ROW_SLICE) {
    const rows = spec.rows.slice(start, start + ROW_SLICE);
    const pad = <V>(row: Array<SpecCell | undefined>, f: (c: SpecCell | undefined) => V): V[] =>
      Array.from({ length: width }, (_, j) => f(row[j]));
    // null leaves a cell untouched, so formats, values and formulas go in three passes over the same block.
    const fmts = rows.map((row) => pad(row, (c) => c?.numFmt ?? null));
    const values = rows.map((row) =>
      pad(row, (c) =>
        !c || c.f !== undefined || c.v === undefined || c.v === null
          ? null
          : cellInput(typeof c.v === 'string' ? fitCell(c.v) : c.v, c.numFmt),
      ),
    );
    const formulas = rows.map((row) => pad(row, (c) => (c?.f !== undefined ? '=' + c!.f : null)));
    const range = ws.getRangeByIndexes(start, 0, rows.length, width);
    if (fmts.some((r) => r.some((x) => x !== null))) {
      await batcher.reserve(ACTION_BYTES + fmts.reduce((n, r) => n + rowBytes(r), 0));
      range.numberFormat = fmts as unknown as string[][];
    }
    await batcher.reserve(ACTION_BYTES + values.reduce((n, r) => n + rowBytes(r), 0));
    range.values = values as unknown as string[][];
    if (formulas.some((r) => r.some((x) => x !== null))) {
      await batcher.reserve(ACTION_BYTES + formulas.reduce((n, r) => n + rowBytes(r), 0));
      range.formulas = formulas as unknown as string[][];
    }
  }

  for (const m of spec.merges) {
    await batcher.reserve(ACTION_BYTES * 2);
    ws.getRangeByIndexes(m.r1, m.c1, m.r2 - m.r1 + 1, m.c2 - m.c1 + 1).merge(false);
  }

  for (const b of styleBlocks(spec)) {
    const def = STYLES[b.style];
    await batcher.reserve(ACTION_BYTES * 12);
    const range = ws.getRangeByIndexes(b.r, b.c, b.rows, b.cols);
    const fmt = range.format;
    if (def.bold) fmt.font.bold = true;
    if (def.size) fmt.font.size = def.size;
    if (def.font) fmt.font.name = def.font;
    const h = b.align ? ALIGN[b.align] : def.h;
    if (h) fmt.horizontalAlignment = h;
    if (def.v) fmt.verticalAlignment = def.v;
    if (def.wrap) fmt.wrapText = true;
    if (def.border) {
      const edges: Excel.BorderIndex[] = [
        'EdgeTop',
        'EdgeBottom',
        'EdgeLeft',
        'EdgeRight',
      ] as Excel.BorderIndex[];
      if (b.cols > 1) edges.push('InsideVertical' as Excel.BorderIndex);
      if (b.rows > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
      for (const e of edges) {
        const border = fmt.borders.getItem(e);
        border.style = 'Continuous';
        border.weight = 'Thin';
      }
    }
  }

  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    for (let c = 0; c < row.length; c++) {
      const link = row[c]?.link;
      if (!link) continue;
      await batcher.reserve(ACTION_BYTES + link.length * 3);
      // Internal targets only; the display text is the cell's own value.
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = {
        documentReference: link.replace(/^#/, ''),
        textToDisplay: String(row[c]?.v ?? ''),
      };
    }
  }

  await batcher.reserve(ACTION_BYTES * (spec.columnWidths.length + 8));
  spec.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(w);
  });
  if (spec.freeze && (spec.freeze.row > 0 || spec.freeze.col > 0)) {
    const { row, col } = spec.freeze;
    if (col === 0) ws.freezePanes.freezeRows(row);
    else if (row === 0) ws.freezePanes.freezeColumns(col);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, row, col));
  }
  if (caps.pageLayout) {
    const pl = ws.pageLayout;
    pl.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.paperSize = 'A4';
    // 1 page wide, as many tall as needed (0 = automatic, like fitToHeight="0" in the file format).
    if (spec.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const [h0, h1] = spec.headerRowRange;
    if (h1 >= h0 && h0 >= 0) pl.setPrintTitleRows(`$${h0 + 1}:$${h1 + 1}`);
  }
}

export interface RenderTuning {
  requestBudgetBytes: number;
}

export async function createSheets(
  specs: SheetSpec[],
  caps: ExcelCapabilities,
  tuning: RenderTuning,
  options: { replace?: boolean } = {},
): Promise<void> {
  if (!specs.length) return;
  const names = new Set<string>();
  for (const spec of specs) {
    const lower = spec.name.toLowerCase();
    if (names.has(lower)) throw new Error(`汇总表名称重复：“${spec.name}”`);
    if (lower === STATE_SHEET) throw new Error(`工作表名称“${spec.name}”为本加载项保留`);
    names.add(lower);
  }
  await Excel.run(async (ctx) => {
    const existing = specs.map((s) => ctx.workbook.worksheets.getItemOrNullObject(s.name));
    await ctx.sync();
    const clash = specs.filter((_, i) => !existing[i].isNullObject);
    if (clash.length && !options.replace) {
      throw new Error(`工作表“${clash.map((s) => s.name).join('”“')}”已存在，未生成汇总表`);
    }
    const batcher = new Batcher(ctx, tuning.requestBudgetBytes, () => {
      if (caps.suspendApiCalculation) ctx.application.suspendApiCalculationUntilNextSync();
      if (caps.suspendScreenUpdating) ctx.application.suspendScreenUpdatingUntilNextSync();
    });
    const stamp = Date.now().toString(36).slice(-5);
    const old: Excel.Worksheet[] = [];
    for (let i = 0; i < specs.length; i++) {
      await batcher.reserve(ACTION_BYTES * 3);
      if (!existing[i].isNullObject) {
        // Rename first, delete after the new sheet exists: a workbook must keep one visible sheet.
        existing[i].name = `~bf${i}_${stamp}`;
        old.push(existing[i]);
      }
      const ws = ctx.workbook.worksheets.add(specs[i].name);
      await renderOne(ws, specs[i], caps, batcher);
    }
    for (const ws of old) {
      await batcher.reserve(ACTION_BYTES);
      ws.delete();
    }
    await batcher.flush();
  });
}
