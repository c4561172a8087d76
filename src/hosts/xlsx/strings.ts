// String items of a workbook, decoded by us rather than by ExcelJS's streaming reader, which on real files
// (a) keeps only the last run of rich text and the phonetic guide (<rPh>) instead of the text,
// (b) decodes XML entities twice in inline strings ("&amp;lt;" read as "<"), and
// (c) does not decode Excel's _xHHHH_ escapes in streamed strings.
// Inline strings are moved into the string table, so one decoder serves every string cell, whatever wrote it.
import { xmlDecode } from './ooxml';

/** Excel's escape for characters XML cannot carry: `_x000D_` is "\r"; `_x005F_` escapes a literal underscore. */
export function decodeExcelEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/** The text of one <si> or <is> body: every run's <t>, phonetic runs left out, entities and escapes decoded. */
export function decodeStringItem(body: string): string {
  if (body.includes('rPh')) body = body.replace(PHONETIC, '');
  let text = '';
  for (const m of body.matchAll(TEXT)) if (m[1]) text += m[1];
  return decodeExcelEscapes(xmlDecode(text));
}

/** Every item of a shared-strings part, in order. */
export function readSharedStrings(xml: Buffer | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const s = xml.toString('utf8');
  for (let at = s.indexOf('<si'); at >= 0;) {
    const next = s[at + 3];
    if (next !== '>' && next !== ' ' && next !== '/') {
      at = s.indexOf('<si', at + 3);
      continue;
    }
    const open = s.indexOf('>', at);
    if (s[open - 1] === '/') {
      out.push('');
      at = s.indexOf('<si', open);
      continue;
    }
    const close = s.indexOf('</si>', open);
    if (close < 0) break;
    out.push(decodeStringItem(s.slice(open + 1, close)));
    at = s.indexOf('<si', close + 5);
  }
  return out;
}

const INLINE = Buffer.from('inlineStr');
const IS_OPEN = Buffer.from('<is');
const IS_CLOSE = Buffer.from('</is>');

/**
 * Rewrites a worksheet's inline-string cells (`t="inlineStr"><is>…</is>`) as string-table cells
 * (`t="s"><v>N</v>`), appending their decoded text to `table`. Returns the part unchanged when it has none.
 */
export function inlineToTable(xml: Buffer, table: string[], index: Map<string, number>): Buffer {
  let at = xml.indexOf(INLINE);
  if (at < 0) return xml;
  const out: Buffer[] = [];
  let copied = 0;
  for (; at >= 0; at = xml.indexOf(INLINE, at + INLINE.length)) {
    // Only the t attribute of a cell tag: t="inlineStr" or t='inlineStr'.
    const q = xml[at - 1];
    if ((q !== 0x22 && q !== 0x27) || xml[at - 2] !== 0x3d /* = */ || xml[at - 3] !== 0x74 /* t */) continue;
    const tagEnd = xml.indexOf(0x3e, at);
    if (tagEnd < 0 || xml[tagEnd - 1] === 0x2f /* self-closing: an empty cell */) continue;
    const isAt = xml.indexOf(IS_OPEN, tagEnd);
    const cellClose = xml.indexOf('</c>', tagEnd);
    if (isAt < 0 || cellClose < 0 || isAt > cellClose) continue;
    const isOpenEnd = xml.indexOf(0x3e, isAt);
    const isClose = xml.indexOf(IS_CLOSE, isOpenEnd);
    const text =
      xml[isOpenEnd - 1] === 0x2f || isClose < 0 || isClose > cellClose
        ? ''
        : decodeStringItem(xml.toString('utf8', isOpenEnd + 1, isClose));
    let n = index.get(text);
    if (n === undefined) {
      n = table.length;
      table.push(text);
      index.set(text, n);
    }
    out.push(
      xml.subarray(copied, at - 1),
      Buffer.from(`${String.fromCharCode(q)}s${String.fromCharCode(q)}`),
    );
    out.push(xml.subarray(at + INLINE.length + 1, tagEnd + 1), Buffer.from(`<v>${n}</v>`));
    copied = cellClose;
    at = cellClose;
  }
  if (copied === 0) return xml;
  out.push(xml.subarray(copied));
  return Buffer.concat(out);
}
