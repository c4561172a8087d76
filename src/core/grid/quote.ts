// Cell values quoted inside messages (引用单元格内容), and the cell-size limit of everything we write into cells.
// A message quotes the clerk's value so they can find it; a 30,000-character cell quoted in full would make the
// note, the 问题清单 row and the pane unreadable, and a message plus a quote could pass Excel's 32,767 limit.
import type { CellValue } from '../types';
import { cellText } from './normalise';

/** Excel's limit on the characters of one cell (and of a note). */
export const CELL_TEXT_MAX = 32767;
/** Characters of a cell value a message quotes in full; longer values keep their start and end around "…". */
export const QUOTE_MAX = 60;

/** The first `n` UTF-16 units of `t`, one fewer when the cut would split a surrogate pair. */
function headOf(t: string, n: number): string {
  const c = t.charCodeAt(n - 1);
  return t.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/** The last `n` UTF-16 units of `t`, one fewer when the cut would split a surrogate pair. */
function tailOf(t: string, n: number): string {
  if (n <= 0) return '';
  const c = t.charCodeAt(t.length - n);
  return t.slice(c >= 0xdc00 && c <= 0xdfff ? t.length - n + 1 : t.length - n);
}

/** At most `max` UTF-16 units (Excel counts those): start, "…", then `keepEnd` units of the end. */
function shorten(t: string, max: number, keepEnd: number): string {
  if (t.length <= max) return t;
  return `${headOf(t, max - 1 - keepEnd)}…${tailOf(t, keepEnd)}`;
}

/** The cell's text as a message quotes it (cellText), shortened to QUOTE_MAX with "…" and the value's end kept. */
export function quote(v: CellValue | undefined | null, max = QUOTE_MAX): string {
  const t = cellText(v);
  return t.length <= max ? t : shorten(t, max, Math.min(10, Math.floor(max / 4)));
}

/** Text for one cell we write (note, 问题清单, summary cell): cut to Excel's limit with a closing "…". */
export function fitCell(text: string, max = CELL_TEXT_MAX): string {
  return text.length <= max ? text : shorten(text, max, 0);
}
