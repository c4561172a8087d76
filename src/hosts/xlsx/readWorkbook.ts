// Reads an .xlsx file into SheetInput grids (values as Office.js would hand them over), with clear Chinese
// errors for files that are not xlsx, encrypted or damaged. The input file is only ever read.
import { promises as fs } from 'fs';
import { Readable } from 'stream';
import ExcelJS from 'exceljs';
import type { CellValue, MergeRange, SheetInput } from '../../core/types';
import { EventEmitter } from 'events';
import { readWorkbookInfo, REL, relsPathOf, resolveTarget, type WorkbookInfo } from './ooxml';
import { inlineToTable, readSharedStrings } from './strings';
import {
  DEFAULT_LIMITS,
  inflatedTooLarge,
  LimitError,
  RATIO_FLOOR,
  ratioTooHigh,
  tooManyCells,
  type ReadLimits,
} from './limits';
import { scanSheet, type SheetScan } from './sheetScan';
import { readZip, ZipWriter, type ZipArchive } from './zip';

export class InputError extends Error {
  constructor(
    /** Chinese reason, one line. */
    public readonly zh: string,
    /** English reason, one line. */
    public readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** Grids up to this many cells are padded to a rectangle. */
const RECTANGLE_MAX_CELLS = 5_000_000;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS gives dates as JS Dates (UTC); Office.js gives the serial number. */
export function dateToSerial(d: Date): number {
  const serial = (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
  return Math.round(serial * 86400) / 86400;
}

type ExcelJsValue = ExcelJS.CellValue;

/** One ExcelJS cell value → Office.js-style value. `formula` reports whether it was a formula cell. */
export function toCellValue(v: ExcelJsValue, onFormula?: () => void): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      onFormula?.();
      const result = (v as { result?: ExcelJsValue }).result;
      if (result && typeof result === 'object' && 'error' in result)
        return String((result as { error: string }).error);
      return toCellValue(result as ExcelJsValue);
    }
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t)
        return (t as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    }
  }
  return String(v);
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merges in a private map; `ws.model` would rebuild every row's model, which is slow on big sheets. */
function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model: MergeModel }> })._merges ?? {};
  return Object.values(merges).map(({ model: m }) => ({
    r1: m.top - 1,
    c1: m.left - 1,
    r2: m.bottom - 1,
    c2: m.right - 1,
  }));
}

/** Converts one worksheet to a SheetInput (from A1; trailing empty rows dropped). */
export function worksheetToInput(ws: ExcelJS.Worksheet): SheetInput {
  const values: CellValue[][] = [];
  const formulaCells: Array<[number, number]> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // Merged slave cells report the master's value in ExcelJS; Office.js reports ''. Keep Office.js semantics.
      if (cell.isMerged && cell.master !== cell) return;
      const v = toCellValue(cell.value, () => formulaCells.push([r, c]));
      while (out.length < c) out.push('');
      out[c] = v;
    });
    while (values.length < r) values.push([]);
    values[r] = out;
  });
  // Office.js hands over a rectangle with '' for empty cells; do the same unless the sheet is absurdly wide
  // (one stray cell in column XFD must not blow memory up: the engine reads ragged rows too).
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  if (values.length * width <= RECTANGLE_MAX_CELLS) {
    for (const row of values) while (row.length < width) row.push('');
  }
  return { name: ws.name, values, merges: mergesOf(ws), ...(formulaCells.length ? { formulaCells } : {}) };
}

const SAVE_AS = '请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（*.xlsx）后再检查';

/** An OLE compound file: an encrypted (password-protected) xlsx, or a legacy .xls / WPS .et workbook. */
function oleMessage(path: string, head: Buffer): InputError {
  // The directory names its streams in UTF-16LE; an encrypted OOXML package is stored as "EncryptedPackage".
  if (
    head.includes(Buffer.from('EncryptedPackage', 'utf16le')) ||
    head.includes(Buffer.from('EncryptionInfo', 'utf16le'))
  )
    return new InputError(
      '文件设置了打开密码：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存一份再检查',
      'the workbook is password-protected: remove the password and save a copy',
    );
  if (/\.et$/i.test(path))
    return new InputError(
      `这是 WPS 表格的 .et 格式，不是 .xlsx：${SAVE_AS}`,
      'a WPS .et workbook: save it as .xlsx',
    );
  return new InputError(
    `这是旧版 Excel 97-2003 的 .xls 格式（或设置了打开密码），不是 .xlsx：${SAVE_AS}`,
    'a legacy .xls workbook (or a password-protected one): save it as .xlsx',
  );
}

/** A zip that is not an xlsx: an OpenDocument spreadsheet, a binary .xlsb, or something else. */
function zipKindMessage(zip: ZipArchive, path: string): InputError | undefined {
  const mimetype = zip.byName.get('mimetype');
  if (mimetype && zip.read(mimetype).toString('latin1').includes('opendocument.spreadsheet'))
    return new InputError(
      `这是 OpenDocument 表格（.ods，如 LibreOffice / WPS 保存的格式），不是 .xlsx：${SAVE_AS}`,
      'an OpenDocument spreadsheet (.ods): save it as .xlsx',
    );
  if (zip.byName.has('xl/workbook.bin'))
    return new InputError(
      `这是 Excel 二进制工作簿（.xlsb），不是 .xlsx：${SAVE_AS}`,
      'a binary .xlsb workbook: save it as .xlsx',
    );
  if (!zip.byName.has('[Content_Types].xml'))
    return new InputError(
      `这是一个压缩包，不是 xlsx 工作簿：${path}`,
      `a zip archive, not an xlsx workbook: ${path}`,
    );
  return undefined;
}

/** Sniffs the first bytes: xlsx is a zip ("PK"); an encrypted workbook or a legacy .xls is an OLE file. */
async function sniff(path: string): Promise<void> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(path, 'r');
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (bytesRead < 4)
      throw new InputError('文件为空或不是 xlsx 工作簿', 'the file is empty or not an xlsx workbook');
    if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
      // The directory sits anywhere in the file; its first sector is usually near the start.
      throw oleMessage(path, buf.subarray(0, bytesRead));
    }
    if (buf[0] !== 0x50 || buf[1] !== 0x4b)
      throw new InputError(
        '不是 xlsx 工作簿（请在 Excel 中另存为 .xlsx 格式）',
        'not an xlsx workbook (save it as .xlsx)',
      );
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`找不到文件：${path}`, `file not found: ${path}`);
    if (code === 'EISDIR')
      throw new InputError(`这是一个文件夹，不是工作簿：${path}`, `is a directory: ${path}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(`没有读取该文件的权限：${path}`, `permission denied: ${path}`);
    throw new InputError(`无法读取文件：${path}`, `cannot read the file: ${path}`);
  } finally {
    await fh?.close();
  }
}

/** The full ExcelJS model of a workbook (the file host and benchmarks; the CLI streams instead). */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  await sniff(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw DAMAGED();
  }
  return wb;
}

const DAMAGED = () =>
  new InputError(
    '文件已损坏或不完整，无法打开（可在 Excel 中打开后另存一份再试）',
    'the workbook is damaged or truncated',
  );

/** Grid rows from ExcelJS's streaming reader → SheetInput, with the byte scan's merges and corrections. */
class GridBuilder {
  values: CellValue[][] = [];
  formulaCells: Array<[number, number]> = [];
  private cells = 0;

  constructor(
    private readonly name: string,
    private readonly limits: ReadLimits,
  ) {}

  addRow(row: ExcelJS.Row): void {
    const r = row.number - 1;
    const out: CellValue[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      any = true;
      this.cells++;
      const c = colNumber - 1;
      const v = toCellValue(cell.value, () => this.formulaCells.push([r, c]));
      while (out.length < c) out.push('');
      out[c] = v;
    });
    if (!any) return;
    if (this.cells > this.limits.maxCellsPerSheet) throw tooManyCells(this.name, this.limits);
    while (this.values.length < r) this.values.push([]);
    this.values[r] = out;
  }

  finish(scan: SheetScan): SheetInput {
    const name = this.name;
    const { values } = this;
    for (const [r, cols] of scan.overrides) {
      const row = values[r];
      if (!row) continue;
      for (const [c, v] of cols) if (c < row.length) row[c] = v;
    }
    // Merged slave cells read '' (Office.js); ExcelJS's model also lists every row a merge covers.
    const SLAVE = Symbol('slave') as unknown as CellValue;
    for (const m of scan.merges) {
      if (m.r2 > m.r1 || m.c2 > m.c1) while (values.length <= m.r2) values.push([]);
      for (let r = m.r1; r <= m.r2 && r < values.length; r++) {
        const row = values[r];
        for (let c = m.c1; c <= m.c2 && c < row.length; c++) if (r !== m.r1 || c !== m.c1) row[c] = SLAVE;
      }
    }
    if (scan.merges.length) {
      for (const row of values) {
        while (row.length && row[row.length - 1] === SLAVE) row.pop();
        for (let c = 0; c < row.length; c++) if (row[c] === SLAVE) row[c] = '';
      }
    }
    let width = 0;
    for (const row of values) if (row.length > width) width = row.length;
    if (values.length * width <= RECTANGLE_MAX_CELLS) {
      for (const row of values) while (row.length < width) row.push('');
    }
    const formulaCells = this.formulaCells;
    return { name, values, merges: scan.merges, ...(formulaCells.length ? { formulaCells } : {}) };
  }
}

/**
 * The package as ExcelJS's streaming reader should see it: workbook, rels, an empty shared-strings part and styles
 * first, then every worksheet under the name `xl/worksheets/sheet<k>.xml` (k = its 1-based position in `parts`;
 * the reader recognises no other part names), inline strings moved into `table`.
 *
 * The empty shared-strings part matters: without one (inline-string files: POI, openpyxl, system exports) the
 * reader parks every worksheet in a temp file and re-reads it in chunks that split UTF-8 characters ("花���村"),
 * leaving plaintext copies of the ledger behind on errors. The strings themselves are decoded by us (strings.ts).
 *
 * Entries are stored uncompressed and cut only after a '>': ExcelJS decodes every chunk it gets as UTF-8 on its
 * own, so a character split between two chunks would turn into U+FFFD; unzipper passes stored chunks on whole.
 */
function streamForReader(
  zip: ZipArchive,
  info: WorkbookInfo,
  parts: string[],
  table: string[],
  onPart: (k: number, xml: Buffer) => void,
  onError: (e: unknown) => void,
): Readable {
  const CHUNK = 1 << 16;
  function* cut(chunks: Buffer[]): Generator<Buffer> {
    for (const c of chunks) {
      let i = 0;
      while (c.length - i > CHUNK) {
        const at = c.lastIndexOf(0x3e /* > */, i + CHUNK);
        const end = at > i ? at + 1 : i + CHUNK;
        yield c.subarray(i, end);
        i = end;
      }
      if (i < c.length) yield c.subarray(i);
    }
  }
  const styles = info.rels.find((r) => r.type === REL.styles);
  return Readable.from(
    (function* () {
      try {
        yield* parts_();
      } catch (e) {
        // A damaged part: end the stream at an entry boundary (so the reader finishes instead of waiting) and
        // let the caller report it.
        onError(e);
      }
    })(),
  );
  function* parts_(): Generator<Buffer> {
    const w = new ZipWriter();
    const pass = (name: string, from = name) => {
      const e = zip.byName.get(from);
      if (e) w.store(name, zip.read(e));
    };
    pass('_rels/.rels');
    pass('xl/_rels/workbook.xml.rels', relsPathOf(info.part));
    pass('xl/workbook.xml', info.part);
    w.store('xl/sharedStrings.xml', EMPTY_SST);
    if (styles) pass('xl/styles.xml', resolveTarget(info.part, styles.target));
    yield* cut(w.drain());
    const index = new Map<string, number>();
    // One part inflated at a time: it is dropped once streamed.
    for (let k = 0; k < parts.length; k++) {
      const e = zip.byName.get(parts[k]);
      if (!e) continue;
      const xml = zip.read(e);
      onPart(k + 1, xml);
      w.store(`xl/worksheets/sheet${k + 1}.xml`, inlineToTable(xml, table, index));
      yield* cut(w.drain());
    }
    yield* cut(w.finish());
  }
}

const EMPTY_SST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/**
 * Reads every worksheet of an .xlsx file into SheetInput grids, in workbook order (hidden sheets included), by
 * streaming: no ExcelJS cell model is kept, so memory is about the grids. Returns the file's bytes too, for the
 * annotated copy.
 */
export async function readWorkbook(
  path: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<{ sheets: SheetInput[]; file: Buffer }> {
  await sniff(path);
  const file = await fs.readFile(path);
  let zip: ZipArchive;
  let info: WorkbookInfo;
  try {
    zip = readZip(file);
  } catch {
    throw DAMAGED();
  }
  const other = zipKindMessage(zip, path);
  if (other) throw other;
  checkInflation(zip, limits);
  try {
    info = readWorkbookInfo(zip);
  } catch {
    throw DAMAGED();
  }
  const worksheets = info.sheets.filter((s) => s.isWorksheet && zip.byName.has(s.part));

  // The string table: the workbook's shared strings (wherever its rels put them), then every inline string.
  const sstRel = info.rels.find((r) => r.type === REL.sharedStrings);
  const sstEntry = sstRel ? zip.byName.get(resolveTarget(info.part, sstRel.target)) : undefined;
  let table: string[];
  try {
    table = readSharedStrings(sstEntry ? zip.read(sstEntry) : undefined);
  } catch {
    throw DAMAGED();
  }

  // A damaged part ends the source stream early (see streamForReader); the reason is kept here.
  let sourceError: unknown;
  const grids = new Map<number, SheetInput>();
  const scans = new Map<number, SheetScan>();
  const source = streamForReader(
    zip,
    info,
    worksheets.map((s) => s.part),
    table,
    (k, xml) => scans.set(k, scanSheet(xml)),
    (err) => (sourceError ??= err),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  // The part number the reader announces just before each worksheet identifies it; at that point the reader
  // has parsed the (empty) shared-strings part, and our decoded table takes its place.
  let sheetNo = 0;
  (reader as unknown as EventEmitter).on('entry', (e: { type: string; id?: string }) => {
    if (e.type !== 'worksheet') return;
    sheetNo = Number(e.id);
    (reader as unknown as { sharedStrings: string[] }).sharedStrings = table;
  });
  try {
    for await (const ws of reader) {
      const k = sheetNo;
      const entry = worksheets[k - 1];
      const builder = new GridBuilder(entry?.name ?? '', limits);
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) builder.addRow(row);
      if (!entry || grids.has(k)) continue;
      grids.set(k, builder.finish(scans.get(k) ?? { merges: [], overrides: new Map() }));
    }
  } catch (e) {
    throw readFailure(sourceError ?? e);
  }
  if (sourceError) throw readFailure(sourceError);
  const sheets: SheetInput[] = [];
  worksheets.forEach((s, i) => {
    const g = grids.get(i + 1);
    // A worksheet part with no rows at all is still a sheet.
    sheets.push(g ?? { name: s.name, values: [], merges: scans.get(i + 1)?.merges ?? [] });
  });
  return { sheets, file };
}

/** A read failure as the clerk should see it: a limit that was hit says which, anything else is damage. */
function readFailure(e: unknown): InputError {
  if (e instanceof InputError) return e;
  if (e instanceof LimitError) return new InputError(e.zh, e.en);
  return DAMAGED();
}

/** Refuses, before inflating anything, a package whose parts declare more than the limits allow. */
function checkInflation(zip: ZipArchive, limits: ReadLimits): void {
  let total = 0;
  for (const e of zip.entries) {
    total += e.size;
    if (e.size > RATIO_FLOOR && e.size / Math.max(1, e.compressedSize) > limits.maxRatio)
      throw readFailure(ratioTooHigh(e.name, e.size / Math.max(1, e.compressedSize), limits));
  }
  if (total > limits.maxInflatedBytes) throw readFailure(inflatedTooLarge(total, limits));
}
