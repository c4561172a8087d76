// A declarative summary sheet: every host (ExcelJS file, Office.js) renders a SheetSpec the same way.
// Positions are absolute and 0-based; row 0 is sheet row 1.

export type SpecStyle =
  | 'title' // merged across, bold, larger (黑体/小标宋)
  | 'code' // 表号/制表机关/文号 block, right
  | 'info' // 填报单位 / 截至 line
  | 'unit' // 单位：户、人、万元, right-aligned
  | 'header' // bold, centred, wrapped, thin border
  | 'body' // thin border
  | 'total' // 合计/小计: bold, thin border
  | 'note' // note lines below the table
  | 'footer'; // 单位负责人 / 审核人 / 填表人 …

export interface SpecCell {
  /** Literal value. Strings are always written as text, never parsed as a formula. */
  v?: string | number | null;
  /** Formula without the leading '=', over this sheet only (e.g. "SUM(C8:C20)"). `v` is its cached result. */
  f?: string;
  style?: SpecStyle;
  /** Excel number format, e.g. '0', '0.00', '0.0000'. */
  numFmt?: string;
  /** Internal hyperlink target "'Sheet'!A1" (never an external URL). */
  link?: string;
  align?: 'left' | 'center' | 'right';
}

export interface SheetSpec {
  /** Sheet name, ≤ 31 characters, no []:*?/\ . */
  name: string;
  /** The table title (also the first title row's text). */
  title: string;
  /** Rows of cells; a missing or undefined cell is empty. */
  rows: Array<Array<SpecCell | undefined>>;
  merges: Array<{ r1: number; c1: number; r2: number; c2: number }>;
  /** Column widths in characters. */
  columnWidths: number[];
  /** 0-based columns kept for machines but hidden on screen and paper (e.g. 规则编号). */
  hiddenColumns?: number[];
  /** 0-based header rows (inclusive), repeated on each printed page. */
  headerRowRange: [number, number];
  /** 0-based first and last data row (inclusive, including the 合计 row); null when the table is empty. */
  dataRowRange: [number, number] | null;
  freeze?: { row: number; col: number };
  /**
   * fitToWidth: one page wide (never below 9 pt). Otherwise the table prints at `scale` % over several pages,
   * the first `repeatColumns` columns (序号/行政村) repeated on each, header rows too.
   */
  print: {
    orientation: 'landscape' | 'portrait';
    paper: 'A4';
    fitToWidth: boolean;
    scale?: number;
    repeatColumns?: number;
    /** Repeat the header rows on every page (default true); off for a table whose rows fit one page, so notes
     * running onto a second page never print under a repeated header with no rows. */
    repeatHeaderRows?: boolean;
  };
  /** 0-based rows that start a new printed page (e.g. each village's 公示名单). */
  rowBreaks?: number[];
  /** Plain-text lines a report can quote (narrative), also written as note rows where the builder chose. */
  narrative?: string[];
}
