// A byte-level pass over one worksheet part for what ExcelJS's streaming reader does not give (or gets wrong):
// merged ranges, cached error results of formulas (it yields NaN), boolean formula results (it yields 1/0) and
// cached string results with entities or escapes (it decodes them wrongly). Only the matching cells are decoded, so the pass costs a few
// native indexOf scans over the part. (String cells are decoded in strings.ts.)
import type { CellValue, MergeRange } from '../../core/types';
import { attr, parseRef, xmlDecode } from './ooxml';
import { decodeExcelEscapes } from './strings';

export interface SheetScan {
  merges: MergeRange[];
  /** 0-based row → 0-based column → value that replaces the streaming reader's. */
  overrides: Map<number, Map<number, CellValue>>;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The `<c …>` opening tag that contains byte `at`, as [start, end) (end after '>'), or undefined. */
function cellTagAround(xml: Buffer, at: number): [number, number] | undefined {
  const start = xml.lastIndexOf('<', at);
  if (start < 0 || xml[start + 1] !== 0x63 /* c */) return undefined;
  const next = xml[start + 2];
  if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) return undefined;
  const end = xml.indexOf(GT, at);
  if (end < 0) return undefined;
  const lt = xml.indexOf(LT, start + 1);
  if (lt >= 0 && lt < end) return undefined;
  return [start, end + 1];
}

/** [contentStart, cellEnd) of the cell whose opening tag is [start, end), or undefined for `<c …/>`. */
function cellBody(xml: Buffer, tag: [number, number]): [number, number] | undefined {
  if (xml[tag[1] - 2] === SLASH) return undefined;
  const close = xml.indexOf('</c>', tag[1]);
  return close < 0 ? undefined : [tag[1], close];
}

export function scanSheet(xml: Buffer): SheetScan {
  const merges: MergeRange[] = [];
  const overrides = new Map<number, Map<number, CellValue>>();
  const set = (ref: string | undefined, v: CellValue) => {
    const p = ref ? parseRef(ref) : undefined;
    if (!p) return;
    let row = overrides.get(p.row - 1);
    if (!row) overrides.set(p.row - 1, (row = new Map()));
    row.set(p.col - 1, v);
  };
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const tail = dataEnd >= 0 ? dataEnd : 0;

  for (let at = xml.indexOf('<mergeCell ', tail); at >= 0; at = xml.indexOf('<mergeCell ', at + 1)) {
    const end = xml.indexOf(GT, at);
    const ref = attr(xml.toString('utf8', at, end + 1), 'ref') ?? '';
    const [a, b = a] = ref.split(':');
    const p = parseRef(a);
    const q = parseRef(b);
    if (p && q) merges.push({ r1: p.row - 1, c1: p.col - 1, r2: q.row - 1, c2: q.col - 1 });
  }
  if (dataEnd < 0) return { merges, overrides };

  // Error and boolean cells: the cached value as Office.js shows it ('#DIV/0!', true).
  for (const [needle, isError] of [
    ['t="e"', true],
    ['t="b"', false],
  ] as const) {
    for (let at = xml.indexOf(needle); at >= 0 && at < dataEnd; at = xml.indexOf(needle, at + 1)) {
      const tag = cellTagAround(xml, at);
      if (!tag) continue;
      const body = cellBody(xml, tag);
      if (!body) continue;
      const v0 = xml.indexOf('<v>', body[0]);
      if (v0 < 0 || v0 > body[1]) continue;
      const v1 = xml.indexOf('</v>', v0);
      const text = xmlDecode(xml.toString('utf8', v0 + 3, v1));
      const ref = attr(xml.toString('utf8', tag[0], tag[1]), 'r');
      set(ref, isError ? text : Number(text) !== 0);
    }
  }

  // Cached string results of formulas: the streaming reader decodes their entities twice and leaves Excel's
  // _xHHHH_ escapes in; only results that contain either are decoded here.
  for (let at = xml.indexOf('t="str"'); at >= 0 && at < dataEnd; at = xml.indexOf('t="str"', at + 1)) {
    const tag = cellTagAround(xml, at);
    if (!tag) continue;
    const body = cellBody(xml, tag);
    if (!body) continue;
    const v0 = xml.indexOf('<v>', body[0]);
    if (v0 < 0 || v0 > body[1]) continue;
    const raw = xml.toString('utf8', v0 + 3, xml.indexOf('</v>', v0));
    if (!raw.includes('&amp;') && !raw.includes('_x')) continue;
    set(attr(xml.toString('utf8', tag[0], tag[1]), 'r'), decodeExcelEscapes(xmlDecode(raw)));
  }
  return { merges, overrides };
}
