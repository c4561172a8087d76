// The annotated copy, written by patching the user's package instead of re-serialising it through ExcelJS
// (104 s and 4.3 GB at 100,000 persons): every zip entry we do not need to change is copied with its compressed
// bytes as they are; we rewrite only xl/styles.xml (one fill per severity, one xf per (style, severity) pair),
// the marked cells' `s` attribute in their sheet (one pass over the bytes; an empty marked cell is inserted),
// the notes (legacy comments + VML, merged into the clerk's own notes), and add the 问题清单 sheet. The user's
// cell values, formulas and formatting stay as they are.
import type { Finding, Severity } from '../../core/types';
import { RULES } from '../../core/rules/catalogue';
import { sheetRef } from '../../core/grid/address';
import { fitCell } from '../../core/grid/quote';
import { FINDINGS_SHEET, SEVERITY_FILL, SEVERITY_NAME } from './annotate';
import { writeFileAtomically } from './safeWrite';
import {
  attr,
  colLetters,
  NS_REL,
  parseRef,
  parseRels,
  readText,
  readWorkbookInfo,
  REL,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  setAttr,
  xmlDecode,
  xmlEscape,
  xmlText,
  type Relationship,
} from './ooxml';
import { deflatePieces, readZip, ZipWriter, type DeflatedEntry, type ZipArchive } from './zip';
import {
  COPY_STATE_SHEET,
  copyStateSheetXml,
  noteHash,
  readCopyState,
  type CellMarkRecord,
  type CopyState,
} from './copyState';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const AUTHOR = '帮扶台账助手';

interface Mark {
  row: number;
  col: number;
  ref: string;
  /** Severity to mark with; undefined = a cell we marked before that has no finding now (restore only). */
  worst?: Severity;
  text: string;
}

/** First line of every note we write: how a re-run tells our notes (and our part of a clerk's note) apart. */
export const NOTE_MARK = '〔帮扶台账助手·检查标注〕';

export function noteText(list: Finding[]): string {
  return fitCell(
    [NOTE_MARK, ...list.map((f) => `【${SEVERITY_NAME[f.severity]}】${f.message}（${f.rule}）`)].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------------- styles

/** xl/styles.xml with fills, fonts and cellXfs appended on demand. */
class Styles {
  private fills: string[] = [];
  private fonts: string[] = [];
  private xfs: string[] = [];
  private baseFills: number;
  private baseFonts: number;
  private baseXfs: number;
  private origXfs: string[];
  /** The stylesheet's own fills, as XML. */
  private origFills: string[];
  private font0: string;
  private fillIds = new Map<Severity, number>();
  private memo = new Map<string, number>();

  constructor(private xml: string) {
    this.xml = ensureList(
      this.xml,
      'fonts',
      '<font><sz val="11"/><name val="宋体"/><charset val="134"/></font>',
    );
    this.xml = ensureList(
      this.xml,
      'fills',
      '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
    );
    this.xml = ensureList(this.xml, 'borders', '<border><left/><right/><top/><bottom/><diagonal/></border>');
    this.xml = ensureList(
      this.xml,
      'cellXfs',
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    this.origXfs = [
      ...listInner(this.xml, 'cellXfs').matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g),
    ].map((m) => m[0]);
    this.baseXfs = this.origXfs.length;
    this.origFills = [
      ...listInner(this.xml, 'fills').matchAll(/<fill\b[^>]*\/>|<fill\b[^>]*>[\s\S]*?<\/fill>/g),
    ].map((m) => m[0]);
    this.baseFills = this.origFills.length;
    const fonts = listInner(this.xml, 'fonts');
    this.baseFonts = countChildren(fonts, 'font');
    this.font0 = /<font\b[^>]*>([\s\S]*?)<\/font>/.exec(fonts)?.[1] ?? '';
  }

  private fillId(sev: Severity): number {
    let id = this.fillIds.get(sev);
    if (id === undefined) {
      id = this.baseFills + this.fills.length;
      this.fills.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="${SEVERITY_FILL[sev]}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
      this.fillIds.set(sev, id);
    }
    return id;
  }

  private xfAt(s: number): string {
    return s < this.baseXfs ? (this.origXfs[s] ?? this.origXfs[0]) : this.xfs[s - this.baseXfs];
  }

  private fillAt(id: number): string {
    return id < this.baseFills ? (this.origFills[id] ?? '') : (this.fills[id - this.baseFills] ?? '');
  }

  /** The <fill> of cell style `s`; '' for fill 0 (no fill of its own). */
  fillOf(s: number): string {
    const id = Number(attr(/^<xf\b[^>]*>/.exec(this.xfAt(s))![0], 'fillId') ?? 0);
    return id === 0 ? '' : this.fillAt(id);
  }

  /** Style `s` still shows the fill we set for `sev` (the clerk has not refilled the cell since). */
  hasMarkFill(s: number, sev: Severity): boolean {
    const fill = this.fillOf(s);
    return /patternType="solid"/.test(fill) && fill.toUpperCase().includes(`RGB="${SEVERITY_FILL[sev]}"`);
  }

  /** Style `s` with `fill` ('' = none) instead of its own: the cell as it was before our mark. */
  withFill(s: number, fill: string): number {
    const key = `restore|${s}|${fill}`;
    let id = this.memo.get(key);
    if (id === undefined) {
      let fillId = fill === '' ? 0 : this.origFills.indexOf(fill);
      if (fillId < 0) {
        const added = this.fills.indexOf(fill);
        fillId = this.baseFills + (added >= 0 ? added : this.fills.push(fill) - 1);
      }
      const orig = this.xfAt(s);
      const open = /^<xf\b[^>]*>/.exec(orig)![0];
      id = this.addXf(setAttr(open, 'fillId', String(fillId)) + orig.slice(open.length));
      this.memo.set(key, id);
    }
    return id;
  }

  private addXf(xf: string): number {
    this.xfs.push(xf);
    return this.baseXfs + this.xfs.length - 1;
  }

  /** The xf of cell style `s` with the severity's fill (font, border, number format kept). */
  filled(s: number, sev: Severity): number {
    const key = `${s}|${sev}`;
    let id = this.memo.get(key);
    if (id === undefined) {
      const orig = this.xfAt(s);
      const open = /^<xf\b[^>]*>/.exec(orig)![0];
      const tag = setAttr(setAttr(open, 'fillId', String(this.fillId(sev))), 'applyFill', '1');
      id = this.addXf(tag + orig.slice(open.length));
      this.memo.set(key, id);
    }
    return id;
  }

  /** Styles of the 问题清单 sheet: bold header, link font, severity fill. */
  listStyle(kind: 'header' | 'link' | Severity): number {
    const key = `list|${kind}`;
    let id = this.memo.get(key);
    if (id === undefined) {
      const base = this.font0.replace(/<(b|u|color)\b[^>]*\/>|<(b|u|color)\b[^>]*>[\s\S]*?<\/\2>/g, '');
      let xf: string;
      if (kind === 'header' || kind === 'link') {
        const font =
          kind === 'header' ? `<font><b/>${base}</font>` : `<font><u/><color rgb="FF0563C1"/>${base}</font>`;
        const fontId = this.baseFonts + this.fonts.length;
        this.fonts.push(font);
        xf = `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`;
      } else {
        xf = `<xf numFmtId="0" fontId="0" fillId="${this.fillId(kind)}" borderId="0" xfId="0" applyFill="1"/>`;
      }
      id = this.addXf(xf);
      this.memo.set(key, id);
    }
    return id;
  }

  toXml(): string {
    let xml = this.xml;
    xml = appendToList(xml, 'fonts', this.fonts, this.baseFonts);
    xml = appendToList(xml, 'fills', this.fills, this.baseFills);
    xml = appendToList(xml, 'cellXfs', this.xfs, this.baseXfs);
    return xml;
  }
}

const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];

function listRe(tag: string): RegExp {
  return new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`);
}

function listInner(xml: string, tag: string): string {
  return listRe(tag).exec(xml)?.[1] ?? '';
}

function countChildren(inner: string, tag: string): number {
  return (inner.match(new RegExp(`<${tag}\\b`, 'g')) ?? []).length;
}

/** Makes sure the list exists with at least the defaults (a minimal stylesheet may lack it). */
function ensureList(xml: string, tag: string, defaults: string): string {
  const m = listRe(tag).exec(xml);
  const child = tag === 'cellXfs' ? 'xf' : tag.slice(0, -1);
  if (m && countChildren(m[1] ?? '', child) > 0) return xml;
  const list = `<${tag} count="${countChildren(defaults, child)}">${defaults}</${tag}>`;
  if (m) return xml.slice(0, m.index) + list + xml.slice(m.index + m[0].length);
  // Insert before the next list in schema order, or at the end of the stylesheet.
  for (const next of STYLE_ORDER.slice(STYLE_ORDER.indexOf(tag) + 1)) {
    const at = xml.search(new RegExp(`<${next}\\b`));
    if (at >= 0) return xml.slice(0, at) + list + xml.slice(at);
  }
  const end = xml.lastIndexOf('</styleSheet>');
  return xml.slice(0, end) + list + xml.slice(end);
}

function appendToList(xml: string, tag: string, items: string[], base: number): string {
  if (!items.length) return xml;
  const m = listRe(tag).exec(xml)!;
  const open = /^<[^>]*?>/.exec(m[0])![0].replace(/\/>$/, '>');
  const list = `${setAttr(open, 'count', String(base + items.length))}${m[1] ?? ''}${items.join('')}</${tag}>`;
  return xml.slice(0, m.index) + list + xml.slice(m.index + m[0].length);
}

const MINIMAL_STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/>` +
  '<charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/>' +
  '<top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" ' +
  'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" ' +
  'borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>' +
  '</cellStyles></styleSheet>';

// ------------------------------------------------------------------------------------------- sheet cells

/** Column default styles from `<cols>` (for marked cells that do not exist yet). */
function colStyles(head: string, p: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const m of head.matchAll(new RegExp(`<${p}col\\b[^>]*>`, 'g'))) {
    const style = attr(m[0], 'style');
    if (style) out.push([Number(attr(m[0], 'min')), Number(attr(m[0], 'max')), Number(style)]);
  }
  return out;
}

interface SheetPatch {
  pieces: Buffer[];
}

/**
 * Sets the marked cells' style in one pass over the sheet XML (bytes; only rows with marks are decoded), inserts
 * marked cells (and rows) that do not exist, widens `<dimension>`, and inserts `<legacyDrawing>` when asked.
 */
function patchSheet(
  xml: Buffer,
  marks: Map<number, Mark[]>,
  styleOf: (orig: number, mark: Mark) => number,
  legacyDrawingRelId: string | undefined,
): SheetPatch {
  const rootAt = xml.indexOf('<', xml.indexOf('?>') + 2);
  const rootName = /^<([\w:.-]+)/.exec(xml.toString('utf8', rootAt, rootAt + 64))?.[1] ?? 'worksheet';
  const p = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':') + 1) : '';
  const sdStart = xml.indexOf(`<${p}sheetData`);
  if (sdStart < 0) throw new Error('no sheetData');
  const sdOpenEnd = xml.indexOf('>', sdStart) + 1;
  const sdEmpty = xml[sdOpenEnd - 2] === 0x2f;
  const sdClose = sdEmpty ? sdOpenEnd : xml.indexOf(`</${p}sheetData>`, sdOpenEnd);
  let head = xml.toString('utf8', 0, sdEmpty ? sdStart : sdOpenEnd);
  const cols = colStyles(head, p);
  const defaultStyle = (col: number, rowStyle: number | undefined) =>
    rowStyle ?? cols.find(([a, b]) => col >= a && col <= b)?.[2] ?? 0;

  const rows = [...marks.keys()].sort((a, b) => a - b);
  const newCell = (m: Mark, rowStyle: number | undefined) =>
    `<${p}c r="${m.ref}" s="${styleOf(defaultStyle(m.col, rowStyle), m)}"/>`;
  // A cell that only needs its old mark restored is not created when it no longer exists.
  const newRow = (r: number) => {
    const cells = marks.get(r)!.filter((m) => m.worst !== undefined);
    return cells.length
      ? `<${p}row r="${r}">${cells.map((m) => newCell(m, undefined)).join('')}</${p}row>`
      : '';
  };

  const body: Buffer[] = [];
  let pos = sdOpenEnd;
  let cursor = sdOpenEnd;
  let idx = 0;
  let prevRow = 0;
  const rowTag = Buffer.from(`<${p}row`);
  while (idx < rows.length) {
    let at = xml.indexOf(rowTag, cursor);
    while (at >= 0 && at < sdClose) {
      const ch = xml[at + rowTag.length];
      if (ch === 0x20 || ch === 0x3e || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
      at = xml.indexOf(rowTag, at + 1);
    }
    if (at < 0 || at >= sdClose) break;
    const tagEnd = xml.indexOf('>', at) + 1;
    const open = xml.toString('utf8', at, tagEnd);
    const rowNum = Number(attr(open, 'r') ?? prevRow + 1);
    const selfClosing = open.endsWith('/>');
    const closeTag = `</${p}row>`;
    const rowEnd = selfClosing ? tagEnd : xml.indexOf(closeTag, tagEnd) + closeTag.length;
    while (idx < rows.length && rows[idx] < rowNum) {
      body.push(xml.subarray(pos, at), Buffer.from(newRow(rows[idx++])));
      pos = at;
    }
    if (idx < rows.length && rows[idx] === rowNum) {
      const inner = selfClosing ? '' : xml.toString('utf8', tagEnd, rowEnd - closeTag.length);
      body.push(
        xml.subarray(pos, at),
        Buffer.from(patchRow(open, inner, rowNum, marks.get(rowNum)!, p, styleOf, defaultStyle)),
      );
      pos = rowEnd;
      idx++;
    }
    cursor = rowEnd;
    prevRow = rowNum;
  }
  body.push(xml.subarray(pos, sdClose));
  for (; idx < rows.length; idx++) body.push(Buffer.from(newRow(rows[idx])));

  // <dimension> covers the marked cells (inserted ones may lie outside).
  head = head.replace(new RegExp(`<${p}dimension\\b[^>]*>`), (tag) => {
    const [a, b = a] = (attr(tag, 'ref') ?? '').split(':');
    const p1 = parseRef(a);
    const p2 = parseRef(b);
    if (!p1 || !p2) return tag;
    let [r1, c1, r2, c2] = [p1.row, p1.col, p2.row, p2.col];
    for (const list of marks.values())
      for (const m of list) {
        if (m.worst === undefined) continue;
        r1 = Math.min(r1, m.row);
        r2 = Math.max(r2, m.row);
        c1 = Math.min(c1, m.col);
        c2 = Math.max(c2, m.col);
      }
    return setAttr(tag, 'ref', `${colLetters(c1)}${r1}:${colLetters(c2)}${r2}`);
  });
  let tail = xml.toString('utf8', sdClose);
  if (sdEmpty) {
    head += `<${p}sheetData>`;
    tail = `</${p}sheetData>` + tail;
  }
  if (legacyDrawingRelId) {
    const rDecl = new RegExp(`xmlns:r\\s*=\\s*["']${NS_REL.replace(/[./]/g, '\\$&')}["']`).test(head)
      ? ''
      : ` xmlns:r="${NS_REL}"`;
    const tag = `<${p}legacyDrawing${rDecl} r:id="${legacyDrawingRelId}"/>`;
    const after = new RegExp(
      `<(?:${p}(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)|mc:AlternateContent)\\b|</${p}worksheet>`,
    );
    const at = tail.search(after);
    tail = tail.slice(0, at) + tag + tail.slice(at);
  }
  return { pieces: [Buffer.from(head), ...body, Buffer.from(tail)] };
}

function patchRow(
  open: string,
  inner: string,
  rowNum: number,
  marks: Mark[],
  p: string,
  styleOf: (orig: number, mark: Mark) => number,
  defaultStyle: (col: number, rowStyle: number | undefined) => number,
): string {
  const rowStyle =
    attr(open, 'customFormat') === '1' || attr(open, 'customFormat') === 'true'
      ? Number(attr(open, 's') ?? 0)
      : undefined;
  const todo = [...marks].sort((a, b) => a.col - b.col);
  let out = '';
  let last = 0;
  let col = 0;
  let k = 0;
  let inserted = false;
  const cellRe = new RegExp(`<${p}c(?=[\\s/>])[^>]*>`, 'g');
  for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
    let tag = m[0];
    const ref = attr(tag, 'r');
    col = ref ? (parseRef(ref)?.col ?? col + 1) : col + 1;
    // A cell without `r` sits after its neighbour; it gets an explicit one since cells may be inserted before it.
    if (!ref) tag = setAttr(tag, 'r', `${colLetters(col)}${rowNum}`);
    const end = tag.endsWith('/>')
      ? m.index + m[0].length
      : inner.indexOf(`</${p}c>`, m.index) + p.length + 4;
    out += inner.slice(last, m.index);
    while (k < todo.length && todo[k].col < col) {
      if (todo[k].worst !== undefined) {
        out += `<${p}c r="${todo[k].ref}" s="${styleOf(defaultStyle(todo[k].col, rowStyle), todo[k])}"/>`;
        inserted = true;
      }
      k++;
    }
    if (k < todo.length && todo[k].col === col) {
      tag = setAttr(tag, 's', String(styleOf(Number(attr(tag, 's') ?? 0), todo[k])));
      k++;
    }
    out += tag + inner.slice(m.index + m[0].length, end);
    last = end;
    cellRe.lastIndex = end;
  }
  out += inner.slice(last);
  for (; k < todo.length; k++) {
    if (todo[k].worst === undefined) continue;
    out += `<${p}c r="${todo[k].ref}" s="${styleOf(defaultStyle(todo[k].col, rowStyle), todo[k])}"/>`;
    inserted = true;
  }
  // `spans` is an optional hint; drop it rather than keep a wrong one.
  let openTag = inserted ? open.replace(/\sspans\s*=\s*"[^"]*"/, '') : open;
  if (openTag.endsWith('/>')) openTag = openTag.slice(0, -2).trimEnd() + '>';
  return `${openTag}${out}</${p}row>`;
}

// ------------------------------------------------------------------------------------------------ notes

function commentXml(ref: string, authorId: number, text: string): string {
  return `<comment ref="${ref}" authorId="${authorId}"><text>${noteRun(text)}</text></comment>`;
}

function noteRun(text: string): string {
  return `<r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">${xmlText(text)}</t></r>`;
}

function vmlShape(id: number, m: Mark): string {
  const r = m.row - 1;
  const c = m.col - 1;
  const lines = Math.min(12, m.text.split('\n').length * 2 + 1);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;` +
    `margin-top:1.5pt;width:260pt;height:${lines * 13}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" ` +
    'o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>' +
    '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div>' +
    `</v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ` +
    `${r}, 2, ${c + 5}, 15, ${r + lines}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row>` +
    `<x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

function newVml(blocks: number[], shapes: string): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit">' +
    `<o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout><v:shapetype id="_x0000_t202" ` +
    'coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>' +
    `<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`
  );
}

/** The runs of a note's <text> before NOTE_MARK, or null when nothing but whitespace comes before it. */
function keepBeforeMark(text: string): string | null {
  const pieces = text.match(/<r>[\s\S]*?<\/r>|<t\b[^>]*>[\s\S]*?<\/t>|<t\b[^>]*\/>/g) ?? [];
  const kept: string[] = [];
  let words = '';
  for (const piece of pieces) {
    const at = piece.indexOf(NOTE_MARK);
    if (at < 0) {
      kept.push(piece);
      words += /<t\b[^>]*>([\s\S]*?)<\/t>/.exec(piece)?.[1] ?? '';
      continue;
    }
    // The run that holds our mark: keep what the clerk wrote before it in the same run, without the line break.
    const t = /(<t\b[^>]*>)([\s\S]*?)<\/t>/.exec(piece);
    if (t) {
      const before = t[2].slice(0, t[2].indexOf(NOTE_MARK)).replace(/(?:\r?\n|&#10;|&#x0*a;)+$/i, '');
      if (before !== '') {
        kept.push(piece.replace(t[0], `${t[1]}${before}</t>`));
        words += before;
      }
    }
    break;
  }
  if (kept.length && pieces.length) {
    // The clerk's last run ended with the line break that led into ours.
    const last = kept.length - 1;
    kept[last] = kept[last].replace(/(?:\r?\n|&#10;|&#x0*a;)+<\/t>/i, '</t>');
  }
  return words.trim() === '' ? null : kept.join('');
}

/** The VML part without the note shape anchored at (row, col), 0-based. */
function removeShape(vml: string, row: number, col: number): string {
  return vml.replace(/<(\w+:)?shape\b[\s\S]*?<\/\1?shape>/g, (shape) =>
    new RegExp(`<(?:\\w+:)?Row>\\s*${row}\\s*</(?:\\w+:)?Row>`).test(shape) &&
    new RegExp(`<(?:\\w+:)?Column>\\s*${col}\\s*</(?:\\w+:)?Column>`).test(shape)
      ? ''
      : shape,
  );
}

/** Our part of a note's <text> as plain text: from NOTE_MARK to the end, runs joined. */
function ourPartText(text: string): string {
  const plain = [...text.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)]
    .map((m) => xmlDecode(m[1]))
    .join('');
  const at = plain.indexOf(NOTE_MARK);
  return at < 0 ? '' : plain.slice(at);
}

/**
 * Removes our notes of an earlier run (from NOTE_MARK on); a note left empty goes, with its VML shape. A note
 * whose part after the mark is not the text we wrote (hash in the state) was edited by the clerk: it stays, as
 * theirs (the mark is taken out so no later run removes it).
 */
function stripOurNotes(
  comments: string,
  vml: string,
  written: Record<string, CellMarkRecord>,
): { comments: string; vml: string } {
  if (!comments.includes(NOTE_MARK)) return { comments, vml };
  const removed: Array<{ row: number; col: number }> = [];
  const out = comments.replace(/<comment\b[^>]*>[\s\S]*?<\/comment>/g, (c) => {
    if (!c.includes(NOTE_MARK)) return c;
    const open = /^<comment\b[^>]*>/.exec(c)![0];
    const ref = parseRef(attr(open, 'ref') ?? '');
    const text = /<text>([\s\S]*?)<\/text>/.exec(c);
    const hash = ref ? written[`${colLetters(ref.col)}${ref.row}`]?.h : undefined;
    if (text && hash !== undefined && noteHash(ourPartText(text[1])) !== hash)
      return c.split(NOTE_MARK).join('');
    const kept = text ? keepBeforeMark(text[1]) : null;
    if (kept !== null) return c.replace(text![0], `<text>${kept}</text>`);
    if (ref) removed.push(ref);
    return '';
  });
  let v = vml;
  for (const r of removed) v = removeShape(v, r.row - 1, r.col - 1);
  return { comments: out, vml: v };
}

// -------------------------------------------------------------------------------------------- 问题清单

function findingsSheetXml(findings: Finding[], styles: Styles): string {
  const widths = [6, 9, 26, 22, 16, 9, 20, 90];
  const str = (ref: string, v: string, s?: number) =>
    v === ''
      ? ''
      : `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
  const header = ['序号', '严重程度', '规则编号', '错误类型', '工作表', '位置', '户编号', '问题说明'];
  const hs = styles.listStyle('header');
  const rows: string[] = [
    `<row r="1">${header.map((h, i) => str(`${colLetters(i + 1)}1`, h, hs)).join('')}</row>`,
  ];
  const links: string[] = [];
  const link = styles.listStyle('link');
  findings.forEach((f, i) => {
    const r = i + 2;
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c>` +
        str(`B${r}`, SEVERITY_NAME[f.severity], styles.listStyle(f.severity)) +
        str(`C${r}`, f.rule) +
        str(`D${r}`, RULES[f.rule]?.title ?? f.rule) +
        str(`E${r}`, f.sheet) +
        str(`F${r}`, f.cell, link) +
        str(`G${r}`, fitCell(f.householdId ?? '')) +
        str(`H${r}`, fitCell(f.message)) +
        '</row>',
    );
    // Internal link only (a location in this workbook, never an external target).
    links.push(
      `<hyperlink ref="F${r}" location="${xmlEscape(sheetRef(f.sheet, f.cell))}" display="${xmlEscape(f.cell)}"/>`,
    );
  });
  const last = findings.length + 1;
  return (
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:H${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" ' +
    'state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>' +
    widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') +
    `</cols><sheetData>${rows.join('')}</sheetData>` +
    (findings.length ? `<autoFilter ref="A1:H${last}"/><hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

// -------------------------------------------------------------------------------------------------- main

function freshRelId(rels: Relationship[]): string {
  let n = rels.length + 1;
  const ids = new Set(rels.map((r) => r.id));
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function addRel(xml: string | undefined, rel: { id: string; type: string; target: string }): string {
  const base =
    xml ??
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const tag = `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${xmlEscape(rel.target)}"/>`;
  const at = base.lastIndexOf('</Relationships>');
  if (at < 0) return base.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${tag}</Relationships>`);
  return base.slice(0, at) + tag + base.slice(at);
}

function freshPart(zip: ZipArchive, taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!zip.byName.has(name) && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Writes the annotated copy of the .xlsx package `file` to `out`. */
export async function writeAnnotatedCopy(file: Buffer, findings: Finding[], out: string): Promise<void> {
  const zip = readZip(file);
  const info = readWorkbookInfo(zip);
  const changed = new Map<string, Buffer | Buffer[]>();
  const taken = new Set<string>();
  let contentTypes = readText(zip, '[Content_Types].xml') ?? '';
  const addOverride = (part: string, type: string) => {
    const tag = `<Override PartName="/${part}" ContentType="${type}"/>`;
    contentTypes = contentTypes.replace(/<\/Types>\s*$/, `${tag}</Types>`);
  };
  let wbRelsXml = readText(zip, relsPathOf(info.part));
  const wbRels = [...info.rels];

  // Styles: the workbook's styles part, or a minimal one when the package has none.
  const stylesRel = info.rels.find((r) => r.type === REL.styles);
  let stylesPart = stylesRel ? resolveTarget(info.part, stylesRel.target) : '';
  const stylesXml = stylesPart ? readText(zip, stylesPart) : undefined;
  if (!stylesPart || stylesXml === undefined) {
    stylesPart =
      stylesPart || freshPart(zip, taken, (n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
    if (!stylesRel) {
      const id = freshRelId(wbRels);
      wbRels.push({ id, type: REL.styles, target: '', external: false });
      wbRelsXml = addRel(wbRelsXml, { id, type: REL.styles, target: relativeTarget(info.part, stylesPart) });
    }
    addOverride(stylesPart, CT.styles);
  }
  const styles = new Styles(stylesXml ?? MINIMAL_STYLES);

  // A copy annotated before: its marks are ours to replace (a cell fixed since loses its fill and note).
  const old = readCopyState(zip, info);
  const state: CopyState = { v: 1, list: '', marks: {} };

  // Marks per sheet part.
  const bySheet = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    const list = cells.get(f.cell);
    if (list) list.push(f);
    else cells.set(f.cell, [f]);
  }

  // Shape ids of notes are unique across the package, in blocks of 1,024 per VML part (o:idmap).
  let maxBlock = 0;
  for (const e of zip.entries) {
    if (!e.name.endsWith('.vml')) continue;
    const text = zip.read(e).toString('utf8');
    for (const m of text.matchAll(/<o:idmap\b[^>]*data="([^"]*)"/g))
      for (const b of m[1].split(',')) maxBlock = Math.max(maxBlock, Number(b) || 0);
    for (const m of text.matchAll(/_x0000_s(\d+)/g))
      maxBlock = Math.max(maxBlock, Math.floor(Number(m[1]) / 1024));
  }
  const takeBlocks = (n: number): number[] => {
    const blocks: number[] = [];
    for (let i = 0; i < Math.ceil((n + 1) / 1024); i++) blocks.push(++maxBlock);
    return blocks;
  };

  const touched = info.sheets.filter(
    (s) =>
      s.isWorksheet &&
      (bySheet.has(s.name) || (old?.marks[s.name] !== undefined && s.name !== COPY_STATE_SHEET)),
  );
  for (const sheet of touched) {
    const sheetName = sheet.name;
    const cells = bySheet.get(sheetName) ?? new Map<string, Finding[]>();
    const entry = zip.byName.get(sheet.part);
    if (!entry) continue;
    const oldMarks = old?.marks[sheetName] ?? {};
    const marks = new Map<number, Mark[]>();
    const ordered: Mark[] = [];
    const addMark = (m: Mark) => {
      const row = marks.get(m.row);
      if (row) row.push(m);
      else marks.set(m.row, [m]);
    };
    for (const [ref, list] of cells) {
      const p = parseRef(ref);
      if (!p) continue;
      const worst = list.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info');
      const m: Mark = {
        row: p.row,
        col: p.col,
        ref: `${colLetters(p.col)}${p.row}`,
        worst,
        text: noteText(list),
      };
      addMark(m);
      ordered.push(m);
    }
    ordered.sort((a, b) => a.row - b.row || a.col - b.col);
    // Cells we marked last time that have no finding now: only their old fill is restored.
    const markedNow = new Set(ordered.map((m) => m.ref));
    for (const ref of Object.keys(oldMarks)) {
      const p = parseRef(ref);
      if (!p || markedNow.has(`${colLetters(p.col)}${p.row}`)) continue;
      addMark({ row: p.row, col: p.col, ref: `${colLetters(p.col)}${p.row}`, text: '' });
    }
    const sheetState: Record<string, CellMarkRecord> = {};
    const styleOf = (orig: number, m: Mark): number => {
      const was = oldMarks[m.ref];
      let base = orig;
      let prior = styles.fillOf(orig);
      // Still our fill: the cell's style before our first mark. A fill the clerk set since is theirs and stays.
      if (was && styles.hasMarkFill(orig, was.s)) {
        prior = was.f;
        base = styles.withFill(orig, was.f);
      }
      if (m.worst === undefined) return base;
      sheetState[m.ref] = { s: m.worst, f: prior, h: noteHash(m.text) };
      return styles.filled(base, m.worst);
    };

    // Notes: merge into the sheet's comments part (and its VML) when it has one.
    const relsPath = relsPathOf(sheet.part);
    let relsXml = readText(zip, relsPath);
    const rels = parseRels(relsXml ?? '');
    const commentsRel = rels.find((r) => r.type === REL.comments);
    const vmlRel = rels.find((r) => r.type === REL.vmlDrawing);
    const commentsPart = commentsRel && resolveTarget(sheet.part, commentsRel.target);
    const vmlPart = vmlRel && resolveTarget(sheet.part, vmlRel.target);
    let oldComments = commentsPart ? readText(zip, commentsPart) : undefined;
    let oldVml = vmlPart ? readText(zip, vmlPart) : undefined;
    let legacyRelId: string | undefined;
    if (oldComments !== undefined && oldVml !== undefined && commentsPart && vmlPart) {
      // Our notes of an earlier run go first (the clerk's part of a shared note stays).
      ({ comments: oldComments, vml: oldVml } = stripOurNotes(oldComments, oldVml, oldMarks));
      const authorList = [
        ...(/<authors>([\s\S]*?)<\/authors>/.exec(oldComments)?.[1] ?? '').matchAll(
          /<author\b[^>]*>([\s\S]*?)<\/author>|<author\b[^>]*\/>/g,
        ),
      ].map((m) => xmlDecode(m[1] ?? ''));
      const known = authorList.indexOf(AUTHOR);
      const authors = known >= 0 ? known : authorList.length;
      if (known < 0)
        oldComments = /<authors\s*\/>/.test(oldComments)
          ? oldComments.replace(/<authors\s*\/>/, `<authors><author>${AUTHOR}</author></authors>`)
          : oldComments.replace('</authors>', `<author>${AUTHOR}</author></authors>`);
      const added: string[] = [];
      const fresh: Mark[] = [];
      for (const m of ordered) {
        const re = new RegExp(`<comment\\b[^>]*\\sref="${m.ref}"[^>]*>[\\s\\S]*?</comment>`);
        const hit = re.exec(oldComments);
        if (hit) {
          // The clerk's note stays; ours follows it in the same note.
          const c = hit[0];
          const at = c.search(/<rPh\b|<phoneticPr\b|<\/text>/);
          const merged = c.slice(0, at) + noteRun(`\n${m.text}`) + c.slice(at);
          oldComments = oldComments.slice(0, hit.index) + merged + oldComments.slice(hit.index + c.length);
        } else {
          added.push(commentXml(m.ref, authors, m.text));
          fresh.push(m);
        }
      }
      oldComments = oldComments.includes('</commentList>')
        ? oldComments.replace('</commentList>', `${added.join('')}</commentList>`)
        : oldComments.replace(/<commentList\s*\/>/, `<commentList>${added.join('')}</commentList>`);
      if (fresh.length) {
        const blocks = takeBlocks(fresh.length);
        const shapes = fresh.map((m, i) => vmlShape(blocks[0] * 1024 + 1 + i, m)).join('');
        oldVml = oldVml.replace(
          /(<o:idmap\b[^>]*data=")([^"]*)"/,
          (_, a: string, d: string) => `${a}${[d, ...blocks].filter(Boolean).join(',')}"`,
        );
        const end = oldVml.lastIndexOf('</xml>');
        oldVml = oldVml.slice(0, end) + shapes + oldVml.slice(end);
      }
      changed.set(commentsPart, Buffer.from(oldComments));
      changed.set(vmlPart, Buffer.from(oldVml));
    } else if (ordered.length) {
      const n = freshPart(zip, taken, (k) => `xl/comments${k}.xml`).match(/(\d+)\.xml$/)![1];
      const cPart = `xl/comments${n}.xml`;
      const vPart = freshPart(zip, taken, (k) => `xl/drawings/vmlDrawing${k}.vml`);
      const comments =
        `${XML_DECL}<comments xmlns="${NS_MAIN}"><authors><author>${AUTHOR}</author></authors><commentList>` +
        ordered.map((m) => commentXml(m.ref, 0, m.text)).join('') +
        '</commentList></comments>';
      const blocks = takeBlocks(ordered.length);
      const vml = newVml(blocks, ordered.map((m, i) => vmlShape(blocks[0] * 1024 + 1 + i, m)).join(''));
      changed.set(cPart, Buffer.from(comments));
      changed.set(vPart, Buffer.from(vml));
      addOverride(cPart, CT.comments);
      if (!/<Default\s+Extension="vml"/i.test(contentTypes))
        contentTypes = contentTypes.replace(
          /<\/Types>\s*$/,
          `<Default Extension="vml" ContentType="${CT.vml}"/></Types>`,
        );
      const cId = freshRelId(rels);
      rels.push({ id: cId, type: REL.comments, target: '', external: false });
      relsXml = addRel(relsXml, { id: cId, type: REL.comments, target: relativeTarget(sheet.part, cPart) });
      // A sheet that has a VML part of its own (form controls) but no notes still gets a separate one for notes:
      // one legacyDrawing per sheet, so reuse its relationship when it exists.
      if (vmlRel && oldVml !== undefined && vmlPart) {
        const shapes = vml.slice(vml.indexOf('<v:shape '), vml.lastIndexOf('</xml>'));
        const typeDecl = /_x0000_t202/.test(oldVml)
          ? ''
          : vml.slice(vml.indexOf('<v:shapetype'), vml.indexOf('<v:shape '));
        const end = oldVml.lastIndexOf('</xml>');
        const withIds = oldVml
          .slice(0, end)
          .replace(
            /(<o:idmap\b[^>]*data=")([^"]*)"/,
            (_, a: string, d: string) => `${a}${[d, ...blocks].filter(Boolean).join(',')}"`,
          );
        changed.set(vmlPart, Buffer.from(withIds + typeDecl + shapes + oldVml.slice(end)));
        changed.delete(vPart);
      } else {
        legacyRelId = freshRelId(rels);
        rels.push({ id: legacyRelId, type: REL.vmlDrawing, target: '', external: false });
        relsXml = addRel(relsXml, {
          id: legacyRelId,
          type: REL.vmlDrawing,
          target: relativeTarget(sheet.part, vPart),
        });
      }
      changed.set(relsPath, Buffer.from(relsXml));
    }

    const patch = patchSheet(zip.read(entry), marks, styleOf, legacyRelId);
    changed.set(sheet.part, patch.pieces);
    if (Object.keys(sheetState).length) state.marks[sheetName] = sheetState;
  }

  // The 问题清单 sheet: the one we wrote last time is rewritten in place, else a new one.
  let wbXml = info.xml;
  const rDecl = new RegExp(`xmlns:r\\s*=\\s*["']${NS_REL.replace(/[./]/g, '\\$&')}["']`).test(wbXml)
    ? ''
    : ` xmlns:r="${NS_REL}"`;
  let nextSheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  const sheetsClose = /<\/((?:\w+:)?)sheets>/.exec(wbXml)!;
  const px = sheetsClose[1];
  const newSheetTags: string[] = [];
  /** Adds a worksheet part at the end of the workbook (its tag is inserted once, below). */
  const addSheet = (name: string, xml: string, veryHidden: boolean): void => {
    const part = freshPart(zip, taken, (n) => `xl/worksheets/sheet${n}.xml`);
    changed.set(part, Buffer.from(xml));
    addOverride(part, CT.worksheet);
    const relId = freshRelId(wbRels);
    wbRels.push({ id: relId, type: REL.worksheet, target: '', external: false });
    wbRelsXml = addRel(wbRelsXml, {
      id: relId,
      type: REL.worksheet,
      target: relativeTarget(info.part, part),
    });
    newSheetTags.push(
      `<${px}sheet name="${xmlEscape(name)}" sheetId="${nextSheetId++}"${veryHidden ? ' state="veryHidden"' : ''}${rDecl} r:id="${relId}"/>`,
    );
  };
  const oldList = old?.list ? info.sheets.find((s) => s.name === old.list && s.isWorksheet) : undefined;
  let listName: string;
  let listIndex: number;
  if (oldList && zip.byName.has(oldList.part)) {
    listName = oldList.name;
    listIndex = info.sheets.indexOf(oldList);
    changed.set(oldList.part, Buffer.from(findingsSheetXml(findings, styles)));
    // Its old AutoFilter range goes; the new one is added below.
    wbXml = wbXml.replace(
      new RegExp(
        `<${px}definedName\\b(?=[^>]*name="_xlnm\\._FilterDatabase")(?=[^>]*localSheetId="${listIndex}")[^>]*>[\\s\\S]*?</${px}definedName>`,
      ),
      '',
    );
  } else {
    const names = new Set(info.sheets.map((s) => s.name.toLowerCase()));
    listName = FINDINGS_SHEET;
    for (let i = 2; names.has(listName.toLowerCase()); i++) listName = `${FINDINGS_SHEET}(${i})`;
    listIndex = info.sheets.length;
    addSheet(listName, findingsSheetXml(findings, styles), false);
  }
  state.list = listName;
  const stateXml = copyStateSheetXml(state, NS_MAIN);
  const oldStateSheet = info.sheets.find((s) => s.name === COPY_STATE_SHEET && s.isWorksheet);
  if (oldStateSheet && zip.byName.has(oldStateSheet.part))
    changed.set(oldStateSheet.part, Buffer.from(stateXml));
  else addSheet(COPY_STATE_SHEET, stateXml, true);
  wbXml = wbXml.slice(0, sheetsClose.index) + newSheetTags.join('') + wbXml.slice(sheetsClose.index);
  if (findings.length) {
    // Excel keeps an AutoFilter's range in a hidden defined name.
    const dn =
      `<${px}definedName name="_xlnm._FilterDatabase" localSheetId="${listIndex}" hidden="1">` +
      `${xmlEscape(sheetRef(listName, `$A$1:$H$${findings.length + 1}`))}</${px}definedName>`;
    if (new RegExp(`</${px}definedNames>`).test(wbXml))
      wbXml = wbXml.replace(`</${px}definedNames>`, `${dn}</${px}definedNames>`);
    else {
      const after =
        /<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?functionGroups>|<(?:\w+:)?functionGroups\b[^>]*\/>|<\/(?:\w+:)?sheets>/g;
      let at = 0;
      for (const m of wbXml.matchAll(after)) at = Math.max(at, m.index + m[0].length);
      wbXml = wbXml.slice(0, at) + `<${px}definedNames>${dn}</${px}definedNames>` + wbXml.slice(at);
    }
  }
  changed.set(info.part, Buffer.from(wbXml));
  changed.set(relsPathOf(info.part), Buffer.from(wbRelsXml!));
  changed.set(stylesPart, Buffer.from(styles.toXml()));
  changed.set('[Content_Types].xml', Buffer.from(contentTypes));

  // Write: the package's entries in their order (untouched ones raw), then the new parts. Every rewritten part
  // deflates at once on zlib's threads — the patched sheet beside the notes and the 问题清单 — and each is put in
  // its place when done.
  const w = new ZipWriter();
  const deflated = new Map<string, Promise<DeflatedEntry>>();
  for (const [name, c] of changed) {
    const d = deflatePieces(name, Array.isArray(c) ? c : [c]);
    d.catch(() => undefined); // awaited in order below; an earlier failure must not leave this one unhandled
    deflated.set(name, d);
  }
  for (const e of zip.entries) {
    const d = deflated.get(e.name);
    if (d === undefined) w.copy(zip, e);
    else w.putDeflated(await d);
    deflated.delete(e.name);
  }
  for (const d of deflated.values()) w.putDeflated(await d);
  // Atomic: a full disk or a crash never leaves a truncated copy under the requested name.
  await writeFileAtomically(out, w.finish());
}
