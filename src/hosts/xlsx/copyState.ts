// What the annotated copy remembers of its own marks (标注记录), so annotating the copy again replaces them instead of
// piling up: a very-hidden sheet `_bangfu_copy` (a sheet survives re-saving by Excel, WPS and ExcelJS, which rewrite
// styles and drop unknown parts) holding JSON in column A, cut into pieces below Excel's cell limit and prefixed
// 'j:' so no program parses a piece as a number or formula — the layout of the Office.js host's state sheet.
// Per marked cell: the severity whose fill we set and the cell's fill before our first mark (its <fill> XML).
import { attr, readText, resolveTarget, xmlDecode, xmlText } from './ooxml';
import type { WorkbookInfo } from './ooxml';
import type { ZipArchive } from './zip';
import type { Severity } from '../../core/types';

export const COPY_STATE_SHEET = '_bangfu_copy';
const PIECE = 30_000;
const PREFIX = 'j:';
const SHARED_STRINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

export interface CellMarkRecord {
  /** Severity of the fill we set. */
  s: Severity;
  /** The cell's <fill> before our first mark ('' = the cell's style had none of its own). */
  f: string;
  /** Hash of the note text we wrote (noteHash): a note whose text differs since was edited by the clerk. */
  h?: string;
}

/** FNV-1a of the note text, line breaks as \n (programs re-saving a note may write \r\n). */
export function noteHash(text: string): string {
  let h = 0x811c9dc5;
  const t = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

export interface CopyState {
  v: 1;
  /** Name of the 问题清单 sheet we wrote. */
  list: string;
  /** sheet → cell (A1) → record. */
  marks: Record<string, Record<string, CellMarkRecord>>;
}

/** The text of every <si> of the shared-strings part, in order (runs joined, phonetic runs left out). */
function sharedStrings(zip: ZipArchive, info: WorkbookInfo): string[] {
  const rel = info.rels.find((r) => r.type === SHARED_STRINGS);
  const xml = rel ? readText(zip, resolveTarget(info.part, rel.target)) : undefined;
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => textOf(m[1]));
}

/** Joined <t> texts of a string item or inline string, without phonetic (<rPh>) runs. */
function textOf(inner: string): string {
  const body = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    out += xmlDecode(m[1] ?? '');
  return out;
}

/** Column A of a sheet part as text, top to bottom (shared, inline and formula-string cells). */
function columnA(xml: string, shared: string[]): string[] {
  const out: Array<[number, string]> = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const tag = `<c${m[1]}>`;
    const ref = /^\$?A\$?(\d+)$/.exec(attr(tag, 'r') ?? '');
    if (!ref) continue;
    const body = m[2] ?? '';
    const t = attr(tag, 't');
    const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let text = '';
    if (t === 's') text = shared[Number(v)] ?? '';
    else if (t === 'inlineStr')
      text = textOf(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
    else text = xmlDecode(v ?? '');
    out.push([Number(ref[1]), text]);
  }
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

/** The copy's state, or undefined when the workbook has none (or it cannot be read: then nothing is ours). */
export function readCopyState(zip: ZipArchive, info: WorkbookInfo): CopyState | undefined {
  const sheet = info.sheets.find((s) => s.name === COPY_STATE_SHEET && s.isWorksheet);
  const xml = sheet && readText(zip, sheet.part);
  if (!xml) return undefined;
  const pieces = columnA(xml, sharedStrings(zip, info));
  const json = pieces
    .filter((p) => p.startsWith(PREFIX))
    .map((p) => p.slice(PREFIX.length))
    .join('');
  try {
    const parsed = JSON.parse(json) as Partial<CopyState>;
    if (parsed.v !== 1 || typeof parsed.marks !== 'object' || parsed.marks === null) return undefined;
    return { v: 1, list: typeof parsed.list === 'string' ? parsed.list : '', marks: parsed.marks };
  } catch {
    return undefined;
  }
}

/** The state sheet's part XML. */
export function copyStateSheetXml(state: CopyState, nsMain: string): string {
  const json = JSON.stringify(state);
  const rows: string[] = [];
  for (let i = 0, r = 1; i < json.length || r === 1; i += PIECE, r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t xml:space="preserve">${xmlText(PREFIX + json.slice(i, i + PIECE))}</t></is></c></row>`,
    );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${nsMain}"><sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}
