// Generated ledgers and department lists with known discrepancies, written as real .xlsx files (test-only).
import ExcelJS from 'exceljs';
import { checkChar } from '../../src/core/id/gb11643';
import type { CellValue, SheetInput } from '../../src/core/types';
import { generateLedger, toSheetInputs, writeWorkbook, type WorkbookSpec } from '../generator';

export interface LedgerGrid {
  spec: WorkbookSpec;
  /** The person sheet (first sheet). */
  values: CellValue[][];
  name: string;
  /** 0-based header row. */
  header: number;
  col(label: string): number;
  /** 0-based data rows. */
  rows: number[];
}

export function ledger(seed: number, persons = 240): LedgerGrid {
  const g = generateLedger({ seed, persons, villageSheet: false, clerkStyle: 0.3 });
  const sheet = g.spec.sheets[0];
  const header = sheet.headerRows[sheet.headerRows.length - 1] - 1;
  const values = sheet.values;
  const col = (label: string) => {
    const i = values[header].findIndex((v) => v === label);
    if (i < 0) throw new Error(`no column ${label}`);
    return i;
  };
  const rows: number[] = [];
  for (let r = header + 1; r < values.length; r++) if (values[r].some((v) => v !== '')) rows.push(r);
  return { spec: g.spec, values, name: sheet.name, header, col, rows };
}

/** The header label among synonyms the generated sheet used. */
export function pick(l: LedgerGrid, ...labels: string[]): number {
  for (const x of labels) {
    const i = l.values[l.header].indexOf(x);
    if (i >= 0) return i;
  }
  throw new Error(`none of ${labels.join('/')}`);
}

/** The ledger person's ID as a clean 18-character string. */
export function cleanId(v: CellValue): string {
  return String(v)
    .replace(/^'/, '')
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** Another valid ID with the same birth date (sequence digits changed). */
export function otherIdSameBirth(id: string): string {
  const seq = (Number(id.slice(14, 17)) + 2) % 1000;
  const first17 = id.slice(0, 14) + String(seq).padStart(3, '0');
  return first17 + checkChar(first17);
}

/** Adds a column at the end of the person sheet. */
export function addColumn(l: LedgerGrid, label: string, value: (r: number) => CellValue): number {
  const c = l.values[l.header].length;
  for (let r = 0; r < l.values.length; r++)
    l.values[r][c] = r === l.header ? label : l.rows.includes(r) ? value(r) : '';
  for (const nf of l.spec.sheets[0].numberFormats) nf[c] = 'General';
  return c;
}

export type ListRow = Record<string, CellValue>;

/** A list workbook: a title row, then the header, then rows. */
export async function writeList(
  file: string,
  sheetName: string,
  title: string,
  headers: string[],
  rows: ListRow[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([title]);
  ws.addRow(headers);
  rows.forEach((r, i) => ws.addRow(headers.map((h) => (h === '序号' ? i + 1 : (r[h] ?? '')))));
  await wb.xlsx.writeFile(file);
}

export async function writeLedger(l: LedgerGrid, file: string): Promise<void> {
  await writeWorkbook(l.spec, file);
}

export function inputs(l: LedgerGrid): SheetInput[] {
  return toSheetInputs(l.spec);
}

/** The 15-digit first-generation form of a 19xx ID. */
export function to15(id: string): string {
  return id.slice(0, 6) + id.slice(8, 17);
}
