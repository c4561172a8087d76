// Small OOXML helpers shared by the streaming reader and the package patcher: XML text escaping, attributes,
// relationships, and the workbook's sheet list (names, order, state, part paths) read from the package itself.
import type { ZipArchive } from './zip';

export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = {
  officeDocument: `${NS_REL}/officeDocument`,
  worksheet: `${NS_REL}/worksheet`,
  styles: `${NS_REL}/styles`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  comments: `${NS_REL}/comments`,
  vmlDrawing: `${NS_REL}/vmlDrawing`,
};

// XML 1.0 forbids most C0 controls and lone surrogates; cell text can hold them (pasted from other systems).
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  let t = s.replace(INVALID_XML, '\ufffd');
  if (/[&<>"']/.test(t))
    t = t
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;');
  return t;
}

/** Escapes cell/note text: XML escaping plus OOXML's `_xHHHH_` escape, which Excel would otherwise decode. */
export function xmlText(s: string): string {
  return xmlEscape(s.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1'));
}

export function xmlDecode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** One regular expression per attribute name and use, made once: the patcher reads `r` of every row. */
const ATTR_RE = new Map<string, RegExp>();
const SET_ATTR_RE = new Map<string, RegExp>();
const escapedName = (name: string) => name.replace(/[.:]/g, '\\$&');

/** The (decoded) value of attribute `name` in an opening tag, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${escapedName(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? xmlDecode(m[1] ?? m[2]) : undefined;
}

/** Sets (or adds) attribute `name` in an opening tag. */
export function setAttr(tag: string, name: string, value: string): string {
  let re = SET_ATTR_RE.get(name);
  if (!re) SET_ATTR_RE.set(name, (re = new RegExp(`(\\s${escapedName(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`)));
  if (re.test(tag)) return tag.replace(re, `$1"${xmlEscape(value)}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${xmlEscape(value)}"${tag.slice(end)}`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    out.push({
      id: attr(m[0], 'Id') ?? '',
      type: attr(m[0], 'Type') ?? '',
      target: attr(m[0], 'Target') ?? '',
      external: attr(m[0], 'TargetMode') === 'External',
    });
  }
  return out;
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against the directory of the part that owns the rels. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A relative target from one part's directory to another part. */
export function relativeTarget(ownerPart: string, part: string): string {
  const from = ownerPart.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Package path of the sheet part, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  isWorksheet: boolean;
}

export interface WorkbookInfo {
  /** Package path of the workbook part (xl/workbook.xml as a rule). */
  part: string;
  xml: string;
  rels: Relationship[];
  sheets: SheetEntry[];
}

export function readText(zip: ZipArchive, path: string): string | undefined {
  const e = zip.byName.get(path);
  return e ? zip.read(e).toString('utf8') : undefined;
}

/** Reads the workbook part, its rels and the sheet list in workbook order. Throws when the package lacks them. */
export function readWorkbookInfo(zip: ZipArchive): WorkbookInfo {
  const rootRels = parseRels(readText(zip, '_rels/.rels') ?? '');
  const main = rootRels.find((r) => r.type === REL.officeDocument);
  const part = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const xml = readText(zip, part);
  if (xml === undefined) throw new Error(`missing ${part}`);
  const rels = parseRels(readText(zip, relsPathOf(part)) ?? '');
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const block = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? '';
  for (const m of block.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const tag = m[0];
    const relId = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
    const rel = byId.get(relId);
    const state = attr(tag, 'state');
    sheets.push({
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      relId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel ? resolveTarget(part, rel.target) : '',
      isWorksheet: rel?.type === REL.worksheet,
    });
  }
  return { part, xml, rels, sheets };
}

/** 'AB' → 28 (1-based). */
export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'E5' → { row: 5, col: 5 } (1-based), or undefined. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: colNumber(m[1].toUpperCase()) } : undefined;
}
