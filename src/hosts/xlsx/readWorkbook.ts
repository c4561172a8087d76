// Reads an .xlsx file into SheetInput grids (values as Office.js would hand them over), with clear Chinese
// errors for files that are not xlsx, encrypted, damaged or over a read limit. The input file is only ever read.
// No ExcelJS here: the cells are read from the parts' bytes (sheetCells.ts), so a CLI run never loads it.
import { promises as fs } from 'fs';
import type { CellValue, MergeRange, SheetInput } from '../../core/types';
import { attr, readWorkbookInfo, REL, resolveTarget, type WorkbookInfo } from './ooxml';
import { readSharedStrings } from './strings';
import { readMerges } from './merges';
import { readSheetCells } from './sheetCells';
import { dateStyles } from './cellStyles';
import {
  DEFAULT_LIMITS,
  inflatedTooLarge,
  LimitError,
  RATIO_FLOOR,
  ratioTooHigh,
  tooManyCells,
  type ReadLimits,
} from './limits';
import { readZip, type ZipArchive } from './zip';

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
export const RECTANGLE_MAX_CELLS = 5_000_000;

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
export async function sniff(path: string): Promise<void> {
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

export const DAMAGED = () =>
  new InputError(
    '文件已损坏或不完整，无法打开（可在 Excel 中打开后另存一份再试）',
    'the workbook is damaged or truncated',
  );

/** Office.js semantics for merges: slave cells read ''; the grid is a rectangle unless absurdly wide. */
export function finishGrid(values: CellValue[][], merges: MergeRange[]): void {
  const SLAVE = Symbol('slave') as unknown as CellValue;
  for (const m of merges) {
    if (m.r2 > m.r1 || m.c2 > m.c1) while (values.length <= m.r2) values.push([]);
    for (let r = m.r1; r <= m.r2 && r < values.length; r++) {
      const row = (values[r] ??= []);
      for (let c = m.c1; c <= m.c2 && c < row.length; c++) if (r !== m.r1 || c !== m.c1) row[c] = SLAVE;
    }
  }
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  if (merges.length) {
    for (const row of values) {
      while (row.length && row[row.length - 1] === SLAVE) row.pop();
      for (let c = 0; c < row.length; c++) if (row[c] === SLAVE) row[c] = '';
    }
  }
  // Office.js hands over a rectangle with '' for empty cells; do the same unless the sheet is absurdly wide
  // (one stray cell in column XFD must not blow memory up: the engine reads ragged rows too).
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  if (values.length * width <= RECTANGLE_MAX_CELLS) {
    // A short row is replaced by a copy of the full width (pushing onto it would leave spare capacity behind).
    const blank: CellValue[] = Array.from({ length: width }, () => '');
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (row.length === width) continue;
      const full = blank.slice();
      for (let c = 0; c < row.length; c++) full[c] = row[c];
      values[r] = full;
    }
  }
}

/**
 * Reads every worksheet of an .xlsx file into SheetInput grids, in workbook order (hidden sheets included), one
 * part inflated at a time. Returns the file's bytes too, for the annotated copy.
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
    const part = (type: string) => {
      const rel = info.rels.find((r) => r.type === type);
      const e = rel ? zip.byName.get(resolveTarget(info.part, rel.target)) : undefined;
      return e ? zip.read(e) : undefined;
    };
    const strings = readSharedStrings(part(REL.sharedStrings));
    const dateStyle = dateStyles(part(REL.styles)?.toString('utf8'));
    const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(info.xml)?.[0];
    const date1904 = pr ? /^(1|true)$/.test(attr(pr, 'date1904') ?? '') : false;
    const sheets: SheetInput[] = [];
    for (const s of info.sheets) {
      if (!s.isWorksheet) continue;
      const e = zip.byName.get(s.part);
      if (!e) continue;
      const xml = zip.read(e);
      const merges = readMerges(xml);
      const { values, formulaCells } = readSheetCells(xml, {
        strings,
        dateStyle,
        date1904,
        onCells: (n) => {
          if (n > limits.maxCellsPerSheet) throw tooManyCells(s.name, limits);
        },
      });
      finishGrid(values, merges);
      sheets.push({ name: s.name, values, merges, ...(formulaCells.length ? { formulaCells } : {}) });
    }
    return { sheets, file };
  } catch (e) {
    throw readFailure(e);
  }
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
