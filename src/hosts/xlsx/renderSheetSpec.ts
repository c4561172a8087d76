// Renders a SheetSpec into an ExcelJS workbook: values (ledger text always as text), live formulas with cached
// results, merges, fonts, borders, number formats, widths, A4 landscape print setup, frozen panes, internal links.
import { fitCell } from '../../core/grid/quote';
import type ExcelJS from 'exceljs';
import type { SheetSpec, SpecCell, SpecStyle } from '../../core/summaries/sheetSpec';
// The print sizes the page estimate (summaries/rowHeights) also uses: one table, so the two never drift.
import { FONT_SIZE } from '../../core/summaries/rowHeights';

const BODY_FONT = '宋体';
const TITLE_FONT = '黑体';

const FONTS: Record<SpecStyle, Partial<ExcelJS.Font>> = {
  title: { name: TITLE_FONT, size: 16, bold: true },
  code: { name: BODY_FONT, size: 9 },
  info: { name: BODY_FONT, size: 11 },
  unit: { name: BODY_FONT, size: 10 },
  header: { name: BODY_FONT, size: 10, bold: true },
  body: { name: BODY_FONT, size: 10 },
  total: { name: BODY_FONT, size: 10, bold: true },
  note: { name: BODY_FONT, size: 10 },
  footer: { name: BODY_FONT, size: 11 },
};

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const TABLE_STYLES = new Set<SpecStyle>(['header', 'body', 'total']);

/** Page footer of every table: 制表人/审核人/填报日期 left, page numbers right. */
export const PAGE_FOOTER =
  '&L&"宋体"&9制表人：            审核人：            填报日期：      年    月    日&R&"宋体"&9第 &P 页 共 &N 页';

function columnLetterOf(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * ExcelJS 4.4 marks a target matching `Sheet!A1` as internal and then writes it both as `location` and as an
 * external relationship, which Excel and LibreOffice join into a broken "#S!A1##S!A1". An absolute cell
 * reference (`$A$1`) escapes that pattern, so only the relationship "#'Sheet'!$A$1" is written — an in-document
 * jump in Excel and LibreOffice (checked by re-saving through LibreOffice in the tests).
 */
export function internalHyperlink(link: string): string {
  const target = link.startsWith('#') ? link.slice(1) : link;
  const m = /^(.*)!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(target);
  return m ? `#${m[1]}!$${m[2].toUpperCase()}$${m[3]}` : `#${target}`;
}

function cellValue(cell: SpecCell): ExcelJS.CellValue {
  if (cell.f) {
    const result = cell.v === null || cell.v === undefined ? undefined : cell.v;
    return { formula: cell.f, result } as ExcelJS.CellFormulaValue;
  }
  if (cell.link && cell.v !== undefined && cell.v !== null)
    return {
      text: fitCell(String(cell.v)),
      hyperlink: internalHyperlink(cell.link),
    } as ExcelJS.CellHyperlinkValue;
  // A plain string is written as a shared string (t="s"): never parsed as a formula, even "=…", "+…", "@…".
  // Excel refuses a cell over 32,767 characters: a long message is cut with "…".
  if (typeof cell.v === 'string') return fitCell(cell.v);
  if (typeof cell.v === 'number') return cell.v;
  return null;
}

/** Visual width of text in column-width units at 11 pt (CJK ≈ 2). */
function textUnits(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

export interface RenderOptions {
  /** Replace a sheet of the same name; otherwise the new sheet gets a free name "(2)". Default false. */
  replace?: boolean;
}

export function renderSheetSpec(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  options: RenderOptions = {},
): ExcelJS.Worksheet {
  let name = spec.name;
  const existing = workbook.getWorksheet(name);
  if (existing && options.replace) workbook.removeWorksheet(existing.id);
  else if (existing) {
    for (let i = 2; workbook.getWorksheet(name); i++)
      name = `${spec.name.slice(0, 31 - String(i).length - 2)}(${i})`;
  }
  const [h1, h2] = spec.headerRowRange;
  const fit = spec.print.fitToWidth;
  const repeat = spec.print.repeatColumns ?? 0;
  const ws = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: spec.print.orientation,
      // One page wide only where that keeps ≥ 9 pt (the spec decides); else a fixed scale over several pages.
      fitToPage: fit,
      ...(fit ? { fitToWidth: 1, fitToHeight: 0 } : { scale: spec.print.scale ?? 100 }),
      horizontalCentered: fit,
      ...(spec.print.repeatHeaderRows === false ? {} : { printTitlesRow: `${h1 + 1}:${h2 + 1}` }),
      ...(!fit && repeat > 0 ? { printTitlesColumn: `A:${columnLetterOf(repeat - 1)}` } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    // Every printed page: the signature line and 第 X 页 共 Y 页.
    headerFooter: { oddFooter: PAGE_FOOTER, differentFirst: false, differentOddEven: false },
    views: spec.freeze
      ? [{ state: 'frozen', xSplit: spec.freeze.col, ySplit: spec.freeze.row, topLeftCell: undefined }]
      : undefined,
  });
  for (const r of spec.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();

  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  // A loop, not Math.max(...rows): a list sheet can have a million rows.
  let ncols = spec.columnWidths.length;
  for (const r of spec.rows) if (r.length > ncols) ncols = r.length;
  const widthOf = (c1: number, c2: number) => {
    let w = 0;
    for (let c = c1; c <= c2; c++) w += spec.columnWidths[c] ?? 9;
    return w;
  };
  // Merge spans by top-left cell, for row-height estimates of wrapped text.
  const spanAt = new Map<string, { c2: number; rows: number }>();
  for (const m of spec.merges) spanAt.set(`${m.r1}:${m.c1}`, { c2: m.c2, rows: m.r2 - m.r1 + 1 });

  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    let lines = 1;
    let fontSize = 10;
    cells.forEach((cell, c) => {
      if (!cell) return;
      const xc = row.getCell(c + 1);
      const style = cell.style ?? 'body';
      const value = cellValue(cell);
      if (value !== null) xc.value = value;
      xc.font = cell.link ? { ...FONTS[style], color: { argb: 'FF0563C1' }, underline: true } : FONTS[style];
      if (cell.numFmt) xc.numFmt = cell.numFmt;
      // Titles wrap too: a long title over the first page's columns takes a second line, never a cut.
      const wrap = true;
      xc.alignment = {
        horizontal: cell.align ?? (style === 'title' || style === 'header' ? 'center' : undefined),
        vertical: 'middle',
        wrapText: wrap,
      };
      if (TABLE_STYLES.has(style)) xc.border = THIN;
      fontSize = Math.max(fontSize, FONT_SIZE[style]);
      if (typeof cell.v === 'string' && cell.v) {
        const span = spanAt.get(`${r}:${c}`);
        const width = widthOf(c, span?.c2 ?? c);
        const need = Math.ceil(
          (textUnits(cell.v) * (FONT_SIZE[style] / 11)) / Math.max((width - 1) * 0.85, 1) / (span?.rows ?? 1),
        );
        lines = Math.max(lines, need);
      }
    });
    // Borders on empty cells inside the table, so merged and blank cells print framed.
    if (r >= h1 && spec.dataRowRange && r <= spec.dataRowRange[1]) {
      for (let c = 0; c < ncols; c++) if (!cells[c]) row.getCell(c + 1).border = THIN;
    }
    const base = fontSize >= 16 ? 30 : fontSize * 1.45 + 2;
    row.height = Math.max(base, lines * fontSize * 1.35 + 4);
  });

  for (const m of spec.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  return ws;
}
