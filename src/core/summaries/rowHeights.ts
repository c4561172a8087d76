// Printed row heights of a summary sheet (points), shared by the ExcelJS renderer (which sets them) and the
// layout (which needs to know whether the rows through 合计 fit the first page: if they do, the header is not
// repeated, so notes running onto page 2 never print under a header with no rows).
import type { SheetSpec, SpecStyle } from './sheetSpec';

export const FONT_SIZE: Record<SpecStyle, number> = {
  title: 16,
  code: 9,
  info: 11,
  unit: 10,
  header: 10,
  body: 10,
  total: 10,
  note: 10,
  footer: 11,
};

/** Text visual width (CJK counts double). */
function textUnits(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Height of each row, as renderSheetSpec sets it: the largest font in the row, and as many lines as its longest
 * wrapped text needs. `upTo`: rows 0..upTo only (a list of a million rows needs only its first page).
 */
export function rowHeights(
  spec: Pick<SheetSpec, 'rows' | 'merges' | 'columnWidths'>,
  upTo = spec.rows.length - 1,
): number[] {
  const widths = spec.columnWidths;
  const widthOf = (c1: number, c2: number) => {
    let w = 0;
    for (let c = c1; c <= c2; c++) w += widths[c] ?? 9;
    return w;
  };
  const spanAt = new Map<string, { c2: number; rows: number }>();
  for (const m of spec.merges) spanAt.set(`${m.r1}:${m.c1}`, { c2: m.c2, rows: m.r2 - m.r1 + 1 });
  const out: number[] = [];
  for (let r = 0; r <= upTo && r < spec.rows.length; r++) {
    const cells = spec.rows[r];
    let lines = 1;
    let fontSize = 10;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const size = FONT_SIZE[cell.style ?? 'body'];
      fontSize = Math.max(fontSize, size);
      if (typeof cell.v === 'string' && cell.v) {
        const span = spanAt.get(`${r}:${c}`);
        const width = widthOf(c, span?.c2 ?? c);
        const need = Math.ceil(
          (textUnits(cell.v) * (size / 11)) / Math.max((width - 1) * 0.85, 1) / (span?.rows ?? 1),
        );
        lines = Math.max(lines, need);
      }
    }
    const base = fontSize >= 16 ? 30 : fontSize * 1.45 + 2;
    out.push(Math.max(base, lines * fontSize * 1.35 + 4));
  }
  return out;
}

/** A4 landscape height between the top (0.6 in) and bottom (0.7 in) margins, in points. */
export const PAGE_CONTENT_PT = (8.27 - 0.6 - 0.7) * 72;
