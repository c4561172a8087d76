// Reads an .xlsx file into SheetInput grids (values as Office.js would hand them over), with clear Chinese
// errors for files that are not xlsx, encrypted or damaged. The input file is only ever read.
import { promises as fs } from 'fs';
import { Readable } from 'stream';
import ExcelJS from 'exceljs';
import type { CellValue, MergeRange, SheetInput } from '../../core/types';
import { EventEmitter } from 'events';
import { readWorkbookInfo, relsPathOf, type WorkbookInfo } from './ooxml';
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

/** Sniffs the first bytes: xlsx is a zip ("PK"); an encrypted workbook or a legacy .xls is an OLE file. */
async function sniff(path: string): Promise<void> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(path, 'r');
    const buf = Buffer.alloc(8);
    const { bytesRead } = await fh.read(buf, 0, 8, 0);
    if (bytesRead < 4)
      throw new InputError('文件为空或不是 xlsx 工作簿', 'the file is empty or not an xlsx workbook');
    if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0)
      throw new InputError(
        '文件设置了打开密码，或是旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx 后再检查',
        'the workbook is password-protected or a legacy .xls file: remove the password and save as .xlsx',
      );
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
    throw new InputError(
      '工作簿已损坏或不完整，无法打开（可在 Excel 中打开后另存一份再试）',
      'the workbook is damaged or truncated',
    );
  }
  return wb;
}

/** A worksheet part as ExcelJS's streaming reader names it (it recognises no other part names). */
const STREAMABLE_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const DAMAGED = () =>
  new InputError(
    '工作簿已损坏或不完整，无法打开（可在 Excel 中打开后另存一份再试）',
    'the workbook is damaged or truncated',
  );

/** Grid rows from ExcelJS's streaming reader → SheetInput, with the byte scan's merges and corrections. */
class GridBuilder {
  values: CellValue[][] = [];
  formulaCells: Array<[number, number]> = [];

  addRow(row: ExcelJS.Row): void {
    const r = row.number - 1;
    const out: CellValue[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      any = true;
      const c = colNumber - 1;
      const v = toCellValue(cell.value, () => this.formulaCells.push([r, c]));
      while (out.length < c) out.push('');
      out[c] = v;
    });
    if (!any) return;
    while (this.values.length < r) this.values.push([]);
    this.values[r] = out;
  }

  finish(name: string, scan: SheetScan): SheetInput {
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
 * The parts the streaming reader needs, as a zip stream with the workbook, shared strings and styles first (it
 * parks every worksheet that precedes them in a temporary file otherwise; ExcelJS writes worksheets first).
 *
 * The entries are stored uncompressed and cut only after a '>': ExcelJS decodes every chunk it gets as UTF-8 on
 * its own, so a multi-byte character split between two chunks of inflated data turns into U+FFFD ("丁文博" read
 * as "丁���博" on a 10,000-person ledger). Stored entries reach it in the chunks we cut (unzipper passes whole
 * chunks on), so no character is ever split.
 */
function streamForReader(
  zip: ZipArchive,
  info: WorkbookInfo,
  parts: string[],
  onPart: (part: string, xml: Buffer) => void,
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
  const first = ['_rels/.rels', relsPathOf(info.part), info.part, 'xl/sharedStrings.xml', 'xl/styles.xml'];
  return Readable.from(
    (function* () {
      const w = new ZipWriter();
      // One part inflated at a time: it is dropped once streamed.
      for (const name of [...first, ...parts]) {
        const e = zip.byName.get(name);
        if (!e) continue;
        const xml = zip.read(e);
        onPart(name, xml);
        w.store(name, xml);
        yield* cut(w.drain());
      }
      yield* cut(w.finish());
    })(),
  );
}

/**
 * Reads every worksheet of an .xlsx file into SheetInput grids, in workbook order (hidden sheets included), by
 * streaming: no ExcelJS cell model is kept, so memory is about the grids. Returns the file's bytes too, for the
 * annotated copy.
 */
export async function readWorkbook(path: string): Promise<{ sheets: SheetInput[]; file: Buffer }> {
  await sniff(path);
  const file = await fs.readFile(path);
  let zip: ZipArchive;
  let info: WorkbookInfo;
  try {
    zip = readZip(file);
    info = readWorkbookInfo(zip);
  } catch {
    throw DAMAGED();
  }
  const worksheets = info.sheets.filter((s) => s.isWorksheet);
  if (worksheets.some((s) => !STREAMABLE_PART.test(s.part) || !zip.byName.has(s.part))) {
    // Part names other than sheetN.xml (some producers) are invisible to the streaming reader: use the model.
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(file as never);
    } catch {
      throw DAMAGED();
    }
    return { sheets: wb.worksheets.map(worksheetToInput), file };
  }

  const grids = new Map<string, SheetInput>();
  const scans = new Map<string, SheetScan>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    streamForReader(
      zip,
      info,
      worksheets.map((s) => s.part),
      (part, xml) => {
        if (STREAMABLE_PART.test(part)) scans.set(part, scanSheet(xml));
      },
    ),
    {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles tell dates from numbers.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'emit',
    } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions,
  );
  // The reader renames a worksheet after its workbook entry only for some rels layouts; the part number it
  // announces just before each worksheet is what identifies it.
  let sheetNo = '';
  (reader as unknown as EventEmitter).on('entry', (e: { type: string; id?: string }) => {
    if (e.type === 'worksheet') sheetNo = String(e.id);
  });
  try {
    for await (const ws of reader) {
      const part = `xl/worksheets/sheet${sheetNo}.xml`;
      const entry = info.sheets.find((s) => s.part === part);
      const builder = new GridBuilder();
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) builder.addRow(row);
      if (!entry || grids.has(part)) continue;
      grids.set(part, builder.finish(entry.name, scans.get(part) ?? { merges: [], overrides: new Map() }));
    }
  } catch {
    throw DAMAGED();
  }
  const sheets: SheetInput[] = [];
  for (const s of worksheets) {
    const g = grids.get(s.part);
    // A worksheet part with no rows at all is still a sheet.
    sheets.push(g ?? { name: s.name, values: [], merges: scans.get(s.part)?.merges ?? [] });
  }
  return { sheets, file };
}
