// The ledger's data date (ledgers-national §2.3): time rules and the income year need "now" as of the export, not
// the day the clerk opens it. Sources in order: a 数据日期 column, a date in the title rows (导出时间 / 数据日期 /
// 截至 / 截止 / 统计时点), the file name's _YYYYMMDD suffix; none → the caller falls back to config or today.
import type { DataDate, ParsedSheet } from '../types';
import { formatYMD, isValidYMD, toHalfWidth, type YMD } from '../grid/normalise';
import { columnView } from './columns';

const TITLE_DATE =
  /(导出时间|导出日期|数据日期|截至日期|截止日期|截至|截止|统计时点)[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const FILE_DATE = /_((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

export interface FoundDataDate {
  date: YMD;
  source: string;
}

/** The most common date of the sheets' 数据日期 columns (first 2000 rows each). */
function fromColumn(sheets: ParsedSheet[]): FoundDataDate | null {
  const counts = new Map<string, { date: YMD; n: number; sheet: string }>();
  for (const s of sheets) {
    const view = columnView(s, 'dataDate');
    if (!view) continue;
    for (const r of s.dataRows.slice(0, 2000)) {
      const d = view.at(r).date;
      if (!d.date) continue;
      const k = formatYMD(d.date);
      const e = counts.get(k);
      if (e) e.n++;
      else counts.set(k, { date: { ...d.date }, n: 1, sheet: s.name });
    }
  }
  let best: { date: YMD; n: number; sheet: string } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best ? { date: best.date, source: `“${best.sheet}”表的“数据日期”列` } : null;
}

/** A date after 导出时间 / 截至 … in the rows above the header. */
function fromTitles(sheets: ParsedSheet[]): FoundDataDate | null {
  for (const s of sheets) {
    const top = (s.headerRows[0] ?? 1) - 1;
    for (let r = 0; r < top; r++) {
      for (const v of s.grid[r] ?? []) {
        if (typeof v !== 'string') continue;
        const m = TITLE_DATE.exec(toHalfWidth(v));
        if (!m) continue;
        const date = { y: Number(m[2]), m: Number(m[3]), d: Number(m[4]) };
        if (isValidYMD(date.y, date.m, date.d)) return { date, source: `“${s.name}”表头上方的“${m[1]}”` };
      }
    }
  }
  return null;
}

/** The _YYYYMMDD suffix of an input file name ("（乡村建设）户信息_20231218.xlsx"). */
function fromFileNames(sheets: ParsedSheet[]): FoundDataDate | null {
  for (const s of sheets) {
    const name = s.input.file;
    if (!name) continue;
    const m = FILE_DATE.exec(name);
    if (!m) continue;
    const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (isValidYMD(date.y, date.m, date.d)) return { date, source: `文件名“${name}”中的日期` };
  }
  return null;
}

/** The data date from the ledger itself, or null. Only recognised ledger sheets are read. */
export function findDataDate(sheets: ParsedSheet[]): FoundDataDate | null {
  const known = sheets.filter((s) => s.kind !== 'unknown');
  return fromColumn(known) ?? fromTitles(known) ?? fromFileNames(known);
}

/** The report's dataDate. */
export function dataDateReport(found: FoundDataDate | null): DataDate {
  return found
    ? { date: formatYMD(found.date), source: found.source }
    : { date: null, source: '台账中未写明数据日期（导出时间、截至日期等），按电脑当前日期' };
}
