// String items of a workbook (<si> of the shared strings, <is> of inline-string cells), decoded as Excel does:
// every run's text, phonetic guides (<rPh>) left out, entities decoded once, Excel's _xHHHH_ escapes decoded.
// (ExcelJS's streaming reader got each of these wrong on real files: last run only, the guide instead of the
// text, "&amp;lt;" read as "<", escapes left in.) One decoder serves every string cell, whatever wrote it.
import type { CellValue } from '../../core/types';
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

/** Whether `word`'s bytes stand at `at` (false past the end). A loop: Buffer methods cost a native call each. */
export function bytesAre(xml: Buffer, at: number, word: Buffer): boolean {
  for (let k = 0; k < word.length; k++) if (xml[at + k] !== word[k]) return false;
  return true;
}

const LT = 0x3c;
const GT = 0x3e;
const T_PRESERVE = Buffer.from(' xml:space="preserve">');
const T_CLOSE = Buffer.from('</t>');

/**
 * A string item that is one plain run, `<t>…</t>` or `<t xml:space="preserve">…</t>`, followed by `close`
 * (`</is>`, `</si>`) — what nearly every writer writes —, read straight from the bytes at `at`: one string per
 * item (not the body's text and then its slice), a one-byte string for ASCII (IDs, codes, amounts as text), and
 * the entity and escape decoders only when the text has '&' or '_'. Sets `out.value` and returns the position
 * after `close`, or -1 for any other body (decodeStringItem's).
 */
export function plainRun(
  xml: Buffer,
  at: number,
  end: number,
  close: Buffer,
  out: { value: CellValue },
  cache?: TextCache,
): number {
  if (xml[at] !== LT || xml[at + 1] !== 0x74) return -1;
  let from: number;
  if (xml[at + 2] === GT) from = at + 3;
  else if (bytesAre(xml, at + 2, T_PRESERVE)) from = at + 2 + T_PRESERVE.length;
  else return -1;
  let high = false;
  let amp = false;
  let under = false;
  let hash = 0;
  let to = from;
  for (; to < end; to++) {
    const b = xml[to];
    if (b === LT) break;
    hash = (Math.imul(hash, 31) + b) | 0;
    if (b >= 0x80) high = true;
    else if (b === 0x26) amp = true;
    else if (b === 0x5f) under = true;
  }
  const next = to + T_CLOSE.length + close.length;
  if (next > end || !bytesAre(xml, to, T_CLOSE) || !bytesAre(xml, to + T_CLOSE.length, close)) return -1;
  if (cache && to - from <= TEXT_CACHE_MAX_BYTES) {
    const slot = cache.find(xml, from, to, hash);
    if (cache.hit) out.value = cache.texts[slot];
    else cache.keep(slot, from, to, hash, (out.value = runText(xml, from, to, high, amp, under)));
  } else out.value = runText(xml, from, to, high, amp, under);
  return next;
}

/** A run's bytes as text: latin1 when all are ASCII; the entity and escape decoders only when needed. */
function runText(xml: Buffer, from: number, to: number, high: boolean, amp: boolean, under: boolean): string {
  let text = xml.toString(high ? 'utf8' : 'latin1', from, to);
  if (amp) text = xmlDecode(text);
  if (under) text = decodeExcelEscapes(text);
  return text;
}

/** Texts longer than this are not looked up (IDs are 18 bytes; names and places are shorter than 40). */
const TEXT_CACHE_MAX_BYTES = 40;
const TEXT_CACHE_SLOTS = 4096;

/**
 * The last text made from each of 4,096 byte hashes of one sheet part, so that a value that comes again (是/否,
 * 男/女, the county, township and village names, codes: most cells of a system export) is the same string, not
 * a new one: a byte comparison instead of a decode and an allocation, and a grid that holds each such value once.
 */
export class TextCache {
  readonly texts: string[] = Array.from({ length: TEXT_CACHE_SLOTS }, () => '');
  /** Whether the last find found its text. */
  hit = false;
  private readonly hashes = new Int32Array(TEXT_CACHE_SLOTS);
  /** Where in the part the slot's text was read from (its bytes are compared, not only the hash). */
  private readonly froms = new Int32Array(TEXT_CACHE_SLOTS);
  private readonly tos = new Int32Array(TEXT_CACHE_SLOTS);

  /** The slot for the bytes [from, to) of xml with this hash; `hit` says whether it holds their text. */
  find(xml: Buffer, from: number, to: number, hash: number): number {
    const slot = (hash ^ (hash >>> 12)) & (TEXT_CACHE_SLOTS - 1);
    const f = this.froms[slot];
    const len = to - from;
    this.hit = false;
    if (this.hashes[slot] === hash && this.tos[slot] - f === len) {
      let k = 0;
      while (k < len && xml[f + k] === xml[from + k]) k++;
      this.hit = k === len && len > 0;
    }
    return slot;
  }

  keep(slot: number, from: number, to: number, hash: number, text: string): void {
    this.hashes[slot] = hash;
    this.froms[slot] = from;
    this.tos[slot] = to;
    this.texts[slot] = text;
  }
}

const SI_CLOSE = Buffer.from('</si>');

/** Every item of a shared-strings part, in order (read from the bytes: plain runs without a string of the part). */
export function readSharedStrings(xml: Buffer | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const n = xml.length;
  const item: { value: CellValue } = { value: '' };
  for (let i = 0; i < n; i++) {
    // "<si" followed by '>', ' ' or '/' (not <sst>, <sis…>).
    if (xml[i] !== LT || xml[i + 1] !== 0x73 || xml[i + 2] !== 0x69) continue;
    const c = xml[i + 3];
    if (c !== GT && c !== 0x20 && c !== 0x2f) continue;
    let open = i + 3;
    while (open < n && xml[open] !== GT) open++;
    if (open >= n) break;
    if (xml[open - 1] === 0x2f) {
      out.push(''); // <si/>
      i = open;
      continue;
    }
    const next = plainRun(xml, open + 1, n, SI_CLOSE, item);
    if (next >= 0) {
      out.push(item.value as string);
      i = next - 1;
      continue;
    }
    let close = open + 1;
    while (close < n && !(xml[close] === LT && bytesAre(xml, close, SI_CLOSE))) close++;
    if (close >= n) break;
    out.push(decodeStringItem(xml.toString('utf8', open + 1, close)));
    i = close + SI_CLOSE.length - 1;
  }
  return out;
}
