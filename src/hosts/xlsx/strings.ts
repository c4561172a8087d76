// String items of a workbook (<si> of the shared strings, <is> of inline-string cells), decoded as Excel does:
// every run's text, phonetic guides (<rPh>) left out, entities decoded once, Excel's _xHHHH_ escapes decoded.
// (ExcelJS's streaming reader got each of these wrong on real files: last run only, the guide instead of the
// text, "&amp;lt;" read as "<", escapes left in.) One decoder serves every string cell, whatever wrote it.
import { xmlDecode } from './ooxml';

/** Excel's escape for characters XML cannot carry: `_x000D_` is "\r"; `_x005F_` escapes a literal underscore. */
export function decodeExcelEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const PRESERVE = '<t xml:space="preserve">';
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/** The text of one <si> or <is> body: every run's <t>, phonetic runs left out, entities and escapes decoded. */
export function decodeStringItem(body: string): string {
  // Nearly every item is one plain run, `<t>…</t>` or `<t xml:space="preserve">…</t>`: sliced without the regex.
  if (body.charCodeAt(0) === 0x3c && body.charCodeAt(1) === 0x74) {
    const open = body.charCodeAt(2) === 0x3e ? 3 : body.startsWith(PRESERVE) ? PRESERVE.length : -1;
    if (open > 0) {
      const close = body.indexOf('<', open);
      if (close === body.length - 4 && body.endsWith('</t>'))
        return decodeExcelEscapes(xmlDecode(body.slice(open, close)));
    }
  }
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
