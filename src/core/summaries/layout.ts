// Lays out the conventions of summaries.md §1 into a SheetSpec: 表号 block, title, 填报单位/截至 line, unit line,
// 1–3 merged header rows, data rows, 合计 row with live formulas and cached values, notes, footer, print setup.
import type { SheetSpec, SpecCell } from './sheetSpec';
import { a1, appendAll, maxOf, ratio, roundHalfAway, sanitizeSheetName, sumOf } from './format';
import { PAGE_CONTENT_PT, rowHeights } from './rowHeights';

type Merge = SheetSpec['merges'][number];

export type ColumnKind =
  | 'index' // 序号
  | 'label' // 行政村 / row label; the 合计 row puts its label here
  | 'text' // any other text (ledger text stays text)
  | 'count' // 户数 / 人数 / 个数: integers
  | 'yuan' // 元, 2 decimals
  | 'wan' // 万元, 2–4 decimals
  | 'percent' // 占比（%）: ratio × 100, 2 decimals
  | 'average'; // 户均 / 人均: ratio, 2 decimals

export type CellInput = string | number | null | undefined;
/** A row value: a literal, or a prepared cell (e.g. with a link). */
export type RowValue = CellInput | SpecCell;
export type RowInput = Record<string, RowValue>;

/** How the 合计 row fills a column: SUM/MAX over the data rows, a fixed value, or nothing. */
export type TotalRule = 'sum' | 'max' | 'none' | { value: CellInput };

export interface TableColumn {
  key: string;
  /** Header path top-down (['脱贫户', '户数']): equal prefixes of adjacent columns merge across; short paths merge down. */
  path: string[];
  kind: ColumnKind;
  width?: number;
  numFmt?: string;
  /** percent / average: this row's `num` ÷ `den` (× 100 for percent), as a live formula in every row. */
  ratio?: { num: string; den: string };
  decimals?: number;
  /** Default: 'sum' for count/yuan/wan, the ratio for percent/average, 'none' otherwise. */
  total?: TotalRule;
  align?: 'left' | 'center' | 'right';
  /** Kept in the sheet for machines, hidden on screen and paper (rule ids). */
  hidden?: boolean;
  /**
   * The figure cannot be computed (its ledger column is missing): every row and the 合计 print this text
   * (未统计 / 无此列 / —) instead of a number, and ratios over it print it too. Never a silent 0.
   */
  unavailable?: string;
}

/** Rows made one at a time (long lists: a million RowInput objects at once would not fit in memory). */
export interface LazyRows {
  length: number;
  at(i: number): RowInput;
}

export interface TableBlock {
  /** Caption row above the block's rows (e.g. "一、按资金来源"), merged across. */
  caption?: string;
  rows: RowInput[] | LazyRows;
  /** Default '合计'. */
  totalLabel?: string;
  /** No 合计 row (lists). */
  noTotal?: boolean;
  /** Per-block override of a column's 合计 rule, by column key. */
  totals?: Record<string, TotalRule>;
}

/** A tree form of the header, for callers that think in groups (converted to paths). */
export interface HeaderNode {
  label: string;
  children?: HeaderNode[];
}

export interface CodeBlock {
  /** 表号, e.g. "T001表". */
  tableNo?: string;
  /** 制表机关. */
  authority?: string;
  /** 文号. */
  docNo?: string;
}

export interface TableSheetInput {
  name: string;
  title: string;
  columns: TableColumn[];
  blocks: TableBlock[];
  totalsPosition: 'first' | 'last';
  /** 填报单位; null = no 填报单位/截至 line. */
  reportingUnit: string | null;
  /** 截至 text, already formatted ("2024年12月31日"). */
  dateText?: string;
  /** Label before the date (截至 / 统计时点 / 填报日期). */
  dateLabel?: string;
  codeBlock?: CodeBlock;
  /** Lines between the 填报单位 line and the unit line (e.g. "共发现问题X条…"). */
  preamble?: string[];
  /** "单位：户、人、万元"; null for none. */
  unitLine: string | null;
  /** Note lines below the table; a SpecCell may carry a link. */
  notes?: Array<string | SpecCell>;
  /** Footer line; undefined = the standard statistical footer, null = none. */
  footer?: string | null;
  /** Columns frozen left of the data (default: through the first label column). */
  freezeCols?: number;
  narrative?: string[];
}

export const STANDARD_FOOTER =
  '单位负责人：            审核人：            填表人：            联系电话：            填报日期：      年    月    日';

const DEFAULT_FORMAT: Record<ColumnKind, string | undefined> = {
  index: '0',
  label: undefined,
  text: undefined,
  count: '0',
  yuan: '0.00',
  wan: '0.00##',
  percent: '0.00',
  average: '0.00',
};

const DEFAULT_WIDTH: Record<ColumnKind, number> = {
  index: 6,
  label: 14,
  text: 16,
  count: 8,
  yuan: 13,
  wan: 11,
  percent: 9,
  average: 11,
};

/** Depth-first leaves of a header tree as paths. */
export function headerTreeToPaths(nodes: HeaderNode[], prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const n of nodes) {
    const path = [...prefix, n.label];
    if (n.children && n.children.length > 0) for (const p of headerTreeToPaths(n.children, path)) out.push(p);
    else out.push(path);
  }
  return out;
}

/**
 * Header rows from leaf paths: groups merge across adjacent columns with the same prefix, a leaf above the last
 * header row merges down to it. Returns `depth` rows starting at sheet row `top` (0-based).
 */
export function layoutHeader(
  paths: string[][],
  top: number,
): { rows: SpecCell[][]; merges: Merge[]; depth: number } {
  let depth = 1;
  for (const p of paths) if (p.length > depth) depth = p.length;
  const rows: SpecCell[][] = Array.from({ length: depth }, () =>
    paths.map(() => ({ style: 'header' as const })),
  );
  const merges: Merge[] = [];
  const samePrefix = (a: string[], b: string[], level: number) => {
    for (let i = 0; i <= level; i++) if (a[i] !== b[i]) return false;
    return true;
  };
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < paths.length) {
      const p = paths[c];
      if (level >= p.length) {
        c++;
        continue;
      }
      const isGroup = level < p.length - 1;
      let end = c;
      if (isGroup) {
        while (
          end + 1 < paths.length &&
          paths[end + 1].length - 1 > level &&
          samePrefix(p, paths[end + 1], level)
        )
          end++;
      }
      rows[level][c] = { v: p[level], style: 'header' };
      const downTo = isGroup ? level : depth - 1;
      if (end > c || downTo > level) merges.push({ r1: top + level, c1: c, r2: top + downTo, c2: end });
      c = end + 1;
    }
  }
  return { rows, merges, depth };
}

function isCell(v: RowValue): v is SpecCell {
  return typeof v === 'object' && v !== null;
}

function numeric(v: RowValue): number | null {
  if (typeof v === 'number') return v;
  if (isCell(v) && typeof v.v === 'number') return v.v;
  return null;
}

/** A row's non-numeric text in a figure column (未统计 …), which a ratio over it must show instead of 0. */
function markerText(v: RowValue): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (isCell(v) && typeof v.v === 'string' && v.v !== '' && !v.f) return v.v;
  return null;
}

function totalRule(col: TableColumn, block?: TableBlock): TotalRule | 'ratio' | 'label' {
  const override = block?.totals?.[col.key];
  if (override) return override;
  if (col.total) return col.total;
  if (col.kind === 'label') return 'label';
  if (col.ratio) return 'ratio';
  if (col.kind === 'count' || col.kind === 'yuan' || col.kind === 'wan') return 'sum';
  return 'none';
}

/** Text visual width (CJK counts double), for column widths of text columns. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

// Printing (summaries.md §6.7): A4 landscape, 0.5-inch side margins → 271.6 mm of line; a column of width w
// (characters) prints ≈ 2.24·w mm in LibreOffice (measured) — 2.45 here, on the safe side. Body text is 10 pt: a
// table may shrink to fit one page wide only down to 9 pt (scale 90 %); a wider table prints at PRINT_SCALE over
// several pages with 序号/行政村 repeated.
const PRINTABLE_MM = 271.6;
const MIN_FIT_SCALE = 0.9;
export const PRINT_SCALE = 95;
/** Data rows that surely fit the first page under the title lines and the header (17.5 pt each). */
const ROWS_ON_FIRST_PAGE = 18;
const columnMm = (w: number) => 2.45 * w;

/** Print plan of a table: fit one page wide (≥ 9 pt), or split over pages; the columns the first page shows;
 * the scale it prints at (fit: shrunk to the page width, never enlarged). */
export function printPlan(widths: number[]): { fit: boolean; firstPageLast: number; scale: number } {
  const total = widths.reduce((a, w) => a + (w > 0 ? columnMm(w) : 0), 0);
  const fit = total <= PRINTABLE_MM / MIN_FIT_SCALE;
  if (fit)
    return { fit, firstPageLast: widths.length - 1, scale: Math.min(1, PRINTABLE_MM / Math.max(total, 1)) };
  const cap = PRINTABLE_MM / (PRINT_SCALE / 100);
  let mm = 0;
  let lastFit = 0;
  for (let i = 0; i < widths.length; i++) {
    mm += widths[i] > 0 ? columnMm(widths[i]) : 0;
    if (mm > cap) break;
    lastFit = i;
  }
  return { fit, firstPageLast: Math.max(1, lastFit), scale: PRINT_SCALE / 100 };
}

/** Builds the whole sheet. Cached values of formulas are computed exactly as the formulas compute them. */
export function buildTableSheet(input: TableSheetInput): SheetSpec {
  const cols = input.columns;
  const n = cols.length;
  const widths = cols.map((c) => (c.hidden ? 0 : (c.width ?? DEFAULT_WIDTH[c.kind])));
  const plan = printPlan(widths);
  // Title, 填报单位, notes and footer span only what the first page prints, so no title is cut at a page edge.
  const last = Math.max(Math.min(n - 1, plan.firstPageLast), 1);
  const colIndex = new Map(cols.map((c, i) => [c.key, i]));
  const rows: Array<Array<SpecCell | undefined>> = [];
  const merges: Merge[] = [];
  const fullLine = (cell: SpecCell) => {
    const r = rows.length;
    rows.push([cell]);
    merges.push({ r1: r, c1: 0, r2: r, c2: last });
  };

  // 表号 / 制表机关 / 文号: top right, over the right third of the table.
  const cb = input.codeBlock;
  if (cb) {
    const lines = [
      cb.tableNo ? `表号：${cb.tableNo}` : '',
      cb.authority ? `制表机关：${cb.authority}` : '',
      cb.docNo ? `文号：${cb.docNo}` : '',
    ].filter(Boolean);
    const c1 = Math.max(0, last - Math.max(2, Math.floor(n / 3)) + 1);
    for (const text of lines) {
      const r = rows.length;
      const row: Array<SpecCell | undefined> = [];
      row[c1] = { v: text, style: 'code', align: 'left' };
      rows.push(row);
      if (last > c1) merges.push({ r1: r, c1, r2: r, c2: last });
    }
  }

  fullLine({ v: input.title, style: 'title', align: 'center' });

  if (input.reportingUnit !== null) {
    const r = rows.length;
    const mid = Math.max(1, Math.ceil(((last + 1) * 3) / 5));
    const row: Array<SpecCell | undefined> = [];
    row[0] = { v: `填报单位：${input.reportingUnit}（盖章）`, style: 'info', align: 'left' };
    row[mid] = {
      v: `${input.dateLabel ?? '截至'}：${input.dateText ?? '    年  月  日'}`,
      style: 'info',
      align: 'right',
    };
    rows.push(row);
    if (mid - 1 > 0) merges.push({ r1: r, c1: 0, r2: r, c2: mid - 1 });
    if (last > mid) merges.push({ r1: r, c1: mid, r2: r, c2: last });
  }
  for (const line of input.preamble ?? []) fullLine({ v: line, style: 'info', align: 'left' });
  if (input.unitLine) fullLine({ v: input.unitLine, style: 'unit', align: 'right' });

  // Header rows.
  const headerTop = rows.length;
  const header = layoutHeader(
    cols.map((c) => c.path),
    headerTop,
  );
  appendAll(rows, header.rows);
  appendAll(merges, header.merges);
  const headerRowRange: [number, number] = [headerTop, headerTop + header.depth - 1];

  const firstData = rows.length;
  const fmt = (col: TableColumn) => col.numFmt ?? DEFAULT_FORMAT[col.kind];
  const alignOf = (col: TableColumn): 'left' | 'center' | 'right' =>
    col.align ??
    (col.kind === 'index' ? 'center' : col.kind === 'label' || col.kind === 'text' ? 'left' : 'right');

  const ratioCell = (
    col: TableColumn,
    r: number,
    numV: number | null,
    denV: number | null,
    style: 'body' | 'total',
  ) => {
    const rr = col.ratio!;
    const factor = col.kind === 'percent' ? 100 : 1;
    const decimals = col.decimals ?? 2;
    const nA = a1(r, colIndex.get(rr.num)!);
    const dA = a1(r, colIndex.get(rr.den)!);
    const f = `IF(${dA}=0,"",ROUND(${nA}/${dA}${factor === 100 ? '*100' : ''},${decimals}))`;
    const v = ratio(numV, denV, factor, decimals);
    return { v: v ?? '', f, style, numFmt: fmt(col), align: alignOf(col) } as SpecCell;
  };

  // Plain assignments, not object spreads: this runs for every cell of a list of a million rows.
  const dataCell = (col: TableColumn, value: RowValue, style: 'body' | 'total'): SpecCell => {
    const nf = fmt(col);
    if (isCell(value)) {
      const c: SpecCell = { style, align: alignOf(col) };
      if (nf && typeof value.v === 'number') c.numFmt = nf;
      Object.assign(c, value);
      c.style = style;
      return c;
    }
    if (value === null || value === undefined || value === '') return { style, align: alignOf(col) };
    // Ledger text is always a string in `v`; the renderer writes it as text, never as a formula.
    if (typeof value === 'string') return { style, align: alignOf(col), v: value };
    const c: SpecCell = { style, align: alignOf(col), v: value };
    if (nf) c.numFmt = nf;
    return c;
  };

  // Body cells of the same column and value are one shared (never mutated) object: a list of a million findings
  // repeats 问题类型, 严重程度, 整改时限 … in every row, and one object per cell would not fit in memory.
  const shared = cols.map(() => new Map<string | number | null, SpecCell>());
  const byKey = new Map(cols.map((c) => [c.key, c]));
  /** The text a column prints instead of numbers, its own or that of a ratio's operand. */
  const unavailableOf = (col: TableColumn): string | undefined =>
    col.unavailable ??
    (col.ratio
      ? (byKey.get(col.ratio.num)?.unavailable ?? byKey.get(col.ratio.den)?.unavailable)
      : undefined);
  const bodyCell = (ci: number, col: TableColumn, value: RowValue): SpecCell => {
    if (isCell(value)) return dataCell(col, value, 'body');
    const key = value === undefined || value === '' ? null : value;
    const m = shared[ci];
    let c = m.get(key);
    if (c === undefined) {
      c = dataCell(col, value, 'body');
      if (m.size < 20_000) m.set(key, c);
    }
    return c;
  };

  let dataStart: number | null = null;
  let dataEnd: number | null = null;
  for (const block of input.blocks) {
    if (block.caption) {
      const r = rows.length;
      rows.push(
        cols.map((_, i) =>
          i === 0
            ? { v: block.caption, style: 'total' as const, align: 'left' as const }
            : { style: 'total' as const },
        ),
      );
      merges.push({ r1: r, c1: 0, r2: r, c2: last });
      dataStart ??= r;
    }
    const withTotal = !block.noTotal;
    const totalFirst = withTotal && input.totalsPosition === 'first';
    const bodyStart = rows.length + (totalFirst ? 1 : 0);
    const bodyEnd = bodyStart + block.rows.length - 1;
    const totalRow = withTotal ? (totalFirst ? rows.length : bodyEnd + 1) : -1;
    const rowAt = (i: number): RowInput =>
      Array.isArray(block.rows) ? block.rows[i] : (block.rows as LazyRows).at(i);
    const body: Array<Array<SpecCell | undefined>> = new Array(block.rows.length);
    for (let i = 0; i < block.rows.length; i++) {
      const row = rowAt(i);
      const r = bodyStart + i;
      const out: Array<SpecCell | undefined> = new Array(n);
      for (let ci = 0; ci < n; ci++) {
        const col = cols[ci];
        const missing = unavailableOf(col);
        if (col.kind === 'index') out[ci] = dataCell(col, row[col.key] ?? i + 1, 'body');
        else if (missing !== undefined) out[ci] = bodyCell(ci, { ...col, align: 'center' }, missing);
        // A row may give a ratio column's cell itself (a figure the row's own columns cannot reproduce).
        else if (col.ratio && !isCell(row[col.key])) {
          const text = markerText(row[col.ratio.num]) ?? markerText(row[col.ratio.den]);
          out[ci] =
            text !== null
              ? bodyCell(ci, { ...col, align: 'center' }, text)
              : ratioCell(col, r, numeric(row[col.ratio.num]), numeric(row[col.ratio.den]), 'body');
        } else out[ci] = bodyCell(ci, col, row[col.key]);
      }
      body[i] = out;
    }

    let total: Array<SpecCell | undefined> | null = null;
    if (withTotal) {
      // Totals first (unrounded), then ratios from the totals — never from the rounded ratios above.
      const values = new Map<string, number | null>();
      // A sum column with no number in any row but a marker (未统计) repeats the marker, never a 0.
      const markers = new Map<string, string>();
      for (const col of cols) {
        const rule = totalRule(col, block);
        const nums: Array<number | null> = [];
        if (rule === 'sum' || rule === 'max') {
          let marker: string | null = null;
          for (let i = 0; i < block.rows.length; i++) {
            const v = rowAt(i)[col.key];
            nums.push(numeric(v));
            marker ??= markerText(v);
          }
          if (marker !== null && nums.every((x) => x === null)) markers.set(col.key, marker);
        }
        if (rule === 'sum') values.set(col.key, sumOf(nums));
        else if (rule === 'max') values.set(col.key, maxOf(nums) ?? 0);
        else if (typeof rule === 'object')
          values.set(col.key, typeof rule.value === 'number' ? rule.value : null);
      }
      const has = block.rows.length > 0;
      total = cols.map((col, ci) => {
        const rule = totalRule(col, block);
        const range = has ? `${a1(bodyStart, ci)}:${a1(bodyEnd, ci)}` : '';
        const missing = rule === 'label' ? undefined : unavailableOf(col);
        if (missing !== undefined) return { v: missing, style: 'total', align: 'center' };
        const marker =
          markers.get(col.key) ??
          (rule === 'ratio' ? (markers.get(col.ratio!.num) ?? markers.get(col.ratio!.den)) : undefined);
        if (marker !== undefined) return { v: marker, style: 'total', align: 'center' };
        if (rule === 'label') return { v: block.totalLabel ?? '合计', style: 'total', align: 'center' };
        if (rule === 'ratio')
          return ratioCell(
            col,
            totalRow,
            values.get(col.ratio!.num) ?? null,
            values.get(col.ratio!.den) ?? null,
            'total',
          );
        if (rule === 'sum' || rule === 'max') {
          const v = values.get(col.key) ?? 0;
          const cell: SpecCell = { v, style: 'total', numFmt: fmt(col), align: alignOf(col) };
          if (has) cell.f = `${rule === 'sum' ? 'SUM' : 'MAX'}(${range})`;
          return cell;
        }
        if (typeof rule === 'object') return dataCell(col, rule.value, 'total');
        return { style: 'total' };
      });
    }
    if (total && totalFirst) rows.push(total);
    appendAll(rows, body);
    if (total && !totalFirst) rows.push(total);
    if (rows.length > firstData) {
      dataStart ??= firstData;
      dataEnd = rows.length - 1;
    }
  }

  for (const note of input.notes ?? [])
    fullLine(
      typeof note === 'string'
        ? { v: note, style: 'note', align: 'left' }
        : { style: 'note', align: 'left', ...note },
    );
  if (input.footer !== null) {
    rows.push([]);
    fullLine({ v: input.footer ?? STANDARD_FOOTER, style: 'footer', align: 'left' });
  }

  const dataRows = dataStart !== null && dataEnd !== null ? dataEnd - dataStart + 1 : 0;
  const widthsOut = cols.map((c) => c.width ?? DEFAULT_WIDTH[c.kind]);
  // A table one page wide whose rows through the last data row fit the first page (estimated with the
  // renderer's row heights) does not repeat its header, so notes running onto a second page never print under a
  // header with no rows.
  let fitsFirstPage = plan.fit && dataRows <= ROWS_ON_FIRST_PAGE;
  if (!fitsFirstPage && plan.fit && dataEnd !== null) {
    const cap = PAGE_CONTENT_PT / plan.scale;
    const heights = rowHeights({ rows, merges, columnWidths: widthsOut }, Math.min(dataEnd, 400));
    let sum = 0;
    for (const h of heights) sum += h;
    fitsFirstPage = heights.length === dataEnd + 1 && sum <= cap;
  }
  const labelCol = cols.findIndex((c) => c.kind === 'label');
  const freezeCols = input.freezeCols ?? (labelCol >= 0 ? labelCol + 1 : 0);
  return {
    name: sanitizeSheetName(input.name),
    title: input.title,
    rows,
    merges,
    columnWidths: widthsOut,
    ...(cols.some((c) => c.hidden) ? { hiddenColumns: cols.flatMap((c, i) => (c.hidden ? [i] : [])) } : {}),
    headerRowRange,
    dataRowRange: dataStart !== null && dataEnd !== null ? [dataStart, dataEnd] : null,
    freeze: { row: firstData, col: freezeCols },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: plan.fit,
      ...(plan.fit ? {} : { scale: PRINT_SCALE, repeatColumns: freezeCols }),
      // A table split across pages, or longer than a page, repeats its header; a short one does not.
      ...(fitsFirstPage ? { repeatHeaderRows: false } : {}),
    },
    ...(input.narrative ? { narrative: input.narrative } : {}),
  };
}

/** Re-export for builders that round in their own figures. */
export { roundHalfAway };
