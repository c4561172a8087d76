// Fields: required columns, code lists, numbers, dates, numbers stored as text and phone numbers, cell by cell;
// on person and household sheets also the error values (#N/A …, sheet.error-values) of every mapped column.
// Household-level columns repeated on member rows are checked on every row (each cell is wrong on its own).
// ID columns belong to the identity rules.
//
// One row-major pass per sheet: a big ledger is hundreds of thousands of row arrays, and walking it once per
// column (a different row per cell) cost more than the checks themselves. Each row is loaded once and every
// check of every column runs on it while it is in cache.
import type { RuleContext } from './context';
import type { CellValue, ColumnInfo, ParsedSheet } from '../types';
import {
  cellText,
  isEmpty,
  isErrorValue,
  isValidYMD,
  normText,
  parseDate,
  parseNumber,
  plainDecimal,
  plainDayNumber,
  roundHalfAway,
  toHalfWidth,
} from '../grid/normalise';
import { householdIdAt } from '../model/ledger';
import { closestCode, codeValue, type CodeList } from '../profiles/codeLists';
import { columnLabel } from '../profiles/synonyms';
import {
  AMOUNT_COLUMNS,
  CODE_COLUMNS,
  COUNT_COLUMNS,
  DATE_COLUMNS,
  EDUCATION_SHORT_FORMS,
  EXTRA_NUMERIC_CODES,
  MULTI_VALUE_SEPARATOR,
  NO_PHONE_VALUES,
  PHONE_COLUMNS,
  RELATION_SPELLINGS,
  REQUIRED_COLUMNS,
  SCHOOL_STATUS_SHORT_FORMS,
} from '../profiles/personTables';
import { quote } from '../grid/quote';
import { emitErrorValue } from './structure';
import type { RowCheck } from './context';

/** 元 per 万元. */
const YUAN_PER_WAN = 10000;
/** Bare integers in this range in a date column are years, not Excel serials (a serial there is a 1905 date). */
const YEAR_LIKE = { min: 1900, max: 2100 };

export const MOBILE_RE = /^1[3-9]\d{9}$/;
// Landline with area code: 0851-1234567, 08511234567, (0851)1234567; optional extension -123.
const LANDLINE_RE = /^(0\d{2,3}-?|\(0\d{2,3}\))\d{7,8}(-\d{1,5})?$/;

/** Normalised code: trim, half-width, 其它 → 其他, numeric code → label. */
function normCode(key: string, raw: string): string {
  const t = normText(raw);
  return EXTRA_NUMERIC_CODES[key]?.[t] ?? codeValue(key, t);
}

/** A plain "YYYY-MM-DD" text of a real date: parseDate would find its date (no parsing or cache entry). */
function plainDateValid(s: string): boolean {
  const n = plainDayNumber(s);
  return n >= 0 && isValidYMD(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** One phone number is a mobile (11 digits, 1[3-9]) or a landline with area code. */
function validPhone(s: string): boolean {
  const t = s.replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
  return MOBILE_RE.test(t) || LANDLINE_RE.test(t);
}

export function phoneText(raw: CellValue): string {
  return toHalfWidth(cellText(raw)).replace(/^'/, '').replace(/\s+/g, '');
}

/** A plain mobile number as typed: 11 ASCII digits, 1 then 3–9 (phoneOk's answer for it is true). */
function plainMobile(s: string): boolean {
  if (s.length !== 11 || s.charCodeAt(0) !== 49) return false;
  const c1 = s.charCodeAt(1);
  if (c1 < 51 || c1 > 57) return false;
  for (let i = 2; i < 11; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Empty, an error value, a 无-type value, or every number in the cell valid. */
export function phoneOk(raw: CellValue): boolean {
  if (isEmpty(raw) || isErrorValue(raw)) return true;
  const text = phoneText(raw);
  if (NO_PHONE_VALUES.has(text)) return true;
  // Several numbers in one cell: each must be valid.
  const parts = text.split(/[/、,，;；]/).filter((p) => p !== '');
  return parts.length > 0 && parts.every(validPhone);
}

// Per-column state of the pass. Household columns repeat on member rows, so each check first compares the raw
// value with the last one it accepted (identity, no parsing).
interface RequiredCheck {
  ci: number;
  key: string;
  prevFilled: CellValue | undefined;
}
interface CodeCheck {
  ci: number;
  key: string;
  list: CodeList;
  okValues: Set<CellValue>;
  prevOk: CellValue | undefined;
}
interface NumberCheck {
  ci: number;
  key: string;
  isAmount: boolean;
  header: string;
  /** A cell held a real number: text numbers of this column are reported one by one. */
  typed: boolean;
  /** Text numbers seen while no real number was (reported per cell if one turns up, else summarised). */
  textCells: number;
}
interface DateCheck {
  ci: number;
  key: string;
  prevOk: CellValue | undefined;
}
interface PhoneCheck {
  ci: number;
  key: string;
  verdicts: Map<CellValue, boolean>;
  prevRaw: CellValue | undefined;
  prevOk: boolean;
}

function requiredChecks(
  ctx: RuleContext,
  sheet: ParsedSheet,
  villageOnHouseholdSheet: boolean,
): RequiredCheck[] {
  const out: RequiredCheck[] = [];
  for (const req of REQUIRED_COLUMNS[sheet.kind] ?? []) {
    const col = sheet.byKey[req.key];
    if (!col) {
      const optional =
        req.ifPresent || (sheet.kind === 'person' && req.key === 'village' && villageOnHouseholdSheet);
      if (!optional) ctx.missingColumn(sheet, req.key, ['field.required']);
      continue;
    }
    if (columnAllEmpty(ctx, sheet, col)) continue;
    out.push({ ci: col.index, key: req.key, prevFilled: undefined });
  }
  return out;
}

/** sheet.column-all-empty needs at least this many rows (rules-v2 allEmptyMinRows). */
const ALL_EMPTY_MIN_ROWS = 5;

/** Present, but empty on every data row (at least ALL_EMPTY_MIN_ROWS): the field was not ticked in the export,
 * or never entered. Stops at the first filled cell (the usual case: the first row). */
function allEmpty(sheet: ParsedSheet, ci: number): boolean {
  if (sheet.dataRows.length < ALL_EMPTY_MIN_ROWS) return false;
  for (const r of sheet.dataRows) if (!isEmpty(sheet.grid[r]?.[ci])) return false;
  return true;
}

/** Per sheet, the columns already judged: true = all empty (reported once as sheet.column-all-empty). Rules ask
 * per household, so the scan runs once per column. */
const ALL_EMPTY_SEEN = new WeakMap<ParsedSheet, Map<number, boolean>>();

/**
 * True when the column is present but empty on every data row; emits sheet.column-all-empty for it once per
 * sheet, whichever rule asks first (field.required, field.status-*, monitor.elimination-record-incomplete).
 */
export function columnAllEmpty(ctx: RuleContext, sheet: ParsedSheet, col: ColumnInfo): boolean {
  let seen = ALL_EMPTY_SEEN.get(sheet);
  if (seen === undefined) ALL_EMPTY_SEEN.set(sheet, (seen = new Map()));
  const known = seen.get(col.index);
  if (known !== undefined) return known;
  const empty = allEmpty(sheet, col.index);
  seen.set(col.index, empty);
  if (empty) emitColumnAllEmpty(ctx, sheet, col);
  return empty;
}

function emitColumnAllEmpty(ctx: RuleContext, sheet: ParsedSheet, col: ColumnInfo): void {
  ctx.emit({
    rule: 'sheet.column-all-empty',
    sheet,
    r: (sheet.headerRows[sheet.headerRows.length - 1] ?? 1) - 1,
    col: col.index,
    message: `“${col.header}”列在应填写的${sheet.dataRows.length}行中全部为空，可能是导出时未勾选该字段，或该项从未录入。请确认导出字段；确未录入的请在系统中补录。`,
  });
}

/** One cell of a required column. A raw value identical to the previous non-empty one (household fields on
 * member rows) is non-empty too. */
function checkRequiredCell(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  q: RequiredCheck,
  raw: CellValue,
): void {
  if (raw === q.prevFilled) return;
  if (!isEmpty(raw)) q.prevFilled = raw;
  else emitRequired(ctx, sheet, r, q.key);
}

function emitRequired(ctx: RuleContext, sheet: ParsedSheet, r: number, key: string): void {
  const label = columnLabel(key);
  ctx.emit({
    rule: 'field.required',
    sheet,
    r,
    col: key,
    householdId: householdIdAt(sheet, r),
    message: `“${label}”为空，此项为必填。请补录${label}。`,
  });
}

/** Spellings a code column accepts besides its list (在校生状况 初中, 高中 …), each with the value it stands for. */
const SHORT_FORMS: Record<string, Record<string, string>> = {
  schoolStatus: SCHOOL_STATUS_SHORT_FORMS,
  education: EDUCATION_SHORT_FORMS,
};
/** Spellings that are refused but have one sure meaning: the finding offers the code value as a fix. */
const SURE_SPELLINGS: Record<string, Record<string, string>> = {
  relationToHead: Object.fromEntries(Object.entries(RELATION_SPELLINGS).map(([k, v]) => [k, v.code])),
};

/** "可填写的值：a、b。也可简写为：x、y。" — what the column accepts, for the refusal message. */
function acceptedText(key: string, list: CodeList): string {
  const short = SHORT_FORMS[key];
  const extra = short ? Object.keys(short).filter((v) => !list.normalised.has(v)) : [];
  return `可填写的值：${list.values.join('、')}。${extra.length ? `也可简写为：${extra.join('、')}。` : ''}`;
}

/** True when the code cell is valid; emits field.code otherwise. */
function checkCode(ctx: RuleContext, sheet: ParsedSheet, r: number, c: CodeCheck, raw: CellValue): boolean {
  const { key, list } = c;
  const text = cellText(raw);
  const sep = MULTI_VALUE_SEPARATOR[key];
  const parts = sep
    ? text
        .split(sep)
        .map((p) => p.trim())
        .filter((p) => p !== '')
    : [text];
  const short = SHORT_FORMS[key];
  const bad = parts.filter((p) => {
    const v = normCode(key, p);
    return !list.normalised.has(v) && !(short && short[v] !== undefined);
  });
  if (bad.length === 0) return true;
  const sure = SURE_SPELLINGS[key];
  const hints = bad.map((p) => {
    const v = normCode(key, p);
    const near =
      (sure?.[v] !== undefined && list.normalised.has(sure[v]) ? sure[v] : undefined) ?? closestCode(list, v);
    return near ? `“${quote(p)}”应为“${near}”？` : `“${quote(p)}”无相近的标准值`;
  });
  // One refused value with one sure meaning: a one-click fix to the code value.
  const fixTo = !sep && sure ? sure[normCode(key, text)] : undefined;
  ctx.emit({
    rule: 'field.code',
    sheet,
    r,
    col: key,
    value: raw,
    householdId: householdIdAt(sheet, r),
    message: `“${columnLabel(key)}”填写为“${quote(text)}”，不在代码表内（${hints.join('；')}）。${acceptedText(key, list)}请改为代码表中的值。`,
    ...(fixTo !== undefined && list.normalised.has(fixTo) ? { fixTo, fixLabel: `改为“${fixTo}”` } : {}),
  });
  return false;
}

/** The number a text cell of a number column stands for; null when unreadable (units other than 元 / 万). */
function textNumberValue(
  n: NumberCheck,
  raw: CellValue,
): { kind: 'skip' | 'invalid' | 'text'; value: number | null } {
  const p = parseNumber(raw);
  if (p.kind === 'empty' || p.kind === 'error' || p.kind === 'number') return { kind: 'skip', value: null };
  let value = p.value;
  // A unit inside the cell: 元 in an amount column is harmless, 万 converts; any other unit is unreadable.
  if (p.unit === '万元' && n.isAmount && value !== null) value = roundHalfAway(value * YUAN_PER_WAN, 2);
  else if (p.unit !== undefined && !(p.unit === '元' && n.isAmount)) value = null;
  return p.kind === 'invalid' || value === null ? { kind: 'invalid', value: null } : { kind: 'text', value };
}

function emitTextNumber(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  key: string,
  raw: CellValue,
  value: number,
): void {
  ctx.emit({
    rule: 'field.text-number',
    sheet,
    r,
    col: key,
    value: raw,
    householdId: householdIdAt(sheet, r),
    fixTo: value,
    fixLabel: '文本转为数字',
    message: `“${columnLabel(key)}”的“${quote(raw)}”是以文本存储的数字，已按${value}读取。建议转为数字格式，以免求和、导入时出错。`,
  });
}

/**
 * A number column cell that is neither empty nor a plain number. A text number is reported per cell only once
 * the column has shown a real number; before that it is counted (sheet.numbers-as-text summarises a column that
 * is text throughout, as the national export writes every cell — ledgers-national §8 #1).
 */
function checkNumber(ctx: RuleContext, sheet: ParsedSheet, r: number, n: NumberCheck, raw: CellValue): void {
  const t = textNumberValue(n, raw);
  if (t.kind === 'skip') return;
  const { key, isAmount } = n;
  if (t.kind === 'invalid') {
    // Label and household id only for a finding: nearly every text number of a national export is fine.
    const label = columnLabel(key);
    const hid = householdIdAt(sheet, r);
    ctx.emit({
      rule: 'field.number',
      sheet,
      r,
      col: key,
      value: raw,
      householdId: hid,
      message: `“${label}”填写为“${quote(raw)}”，不是有效数字${isAmount ? '（金额应为以元为单位的准确数字，不能写“约”“千”“万”等字样）' : ''}。请填写准确数字。`,
    });
    return;
  }
  if (n.typed) emitTextNumber(ctx, sheet, r, key, raw, t.value as number);
  else n.textCells++;
}

/** The first real number of a column: its text numbers counted so far (rows before `upTo`) are reported now. */
function backfillTextNumbers(ctx: RuleContext, sheet: ParsedSheet, n: NumberCheck, upTo: number): void {
  n.typed = true;
  if (n.textCells === 0) return;
  for (const r of sheet.dataRows) {
    if (r >= upTo) break;
    const raw = sheet.grid[r]?.[n.ci] ?? '';
    if (typeof raw !== 'string' || raw === '') continue;
    const t = textNumberValue(n, raw);
    if (t.kind === 'text') emitTextNumber(ctx, sheet, r, n.key, raw, t.value as number);
  }
  n.textCells = 0;
}

/** sheet.numbers-as-text: one note for the columns whose every number is text. */
function emitNumbersAsText(ctx: RuleContext, sheet: ParsedSheet, numbers: NumberCheck[]): void {
  const cols = numbers.filter((n) => !n.typed && n.textCells > 0).sort((a, b) => a.ci - b.ci);
  if (cols.length === 0) return;
  const names = cols.slice(0, 5).map((n) => `“${n.header}”`);
  ctx.emit({
    rule: 'sheet.numbers-as-text',
    sheet,
    r: (sheet.headerRows[sheet.headerRows.length - 1] ?? 1) - 1,
    col: cols[0].ci,
    message: `本表有${cols.length}列数值以文本形式存储（${names.join('、')}${cols.length > 5 ? `等${cols.length}列` : ''}，国家系统导出表的常见格式），已按数值读取，不影响检查。如需在表内求和，可将这些列转为数字。`,
  });
}

/** True when the date cell is valid (or empty / an error value); emits field.date otherwise. */
function checkDate(ctx: RuleContext, sheet: ParsedSheet, r: number, d: DateCheck, raw: CellValue): boolean {
  if (isEmpty(raw) || isErrorValue(raw)) return false;
  const yearLike =
    typeof raw === 'number' && Number.isInteger(raw) && raw >= YEAR_LIKE.min && raw <= YEAR_LIKE.max;
  if (!yearLike && parseDate(raw).date) return true;
  const label = columnLabel(d.key);
  ctx.emit({
    rule: 'field.date',
    sheet,
    r,
    col: d.key,
    value: raw,
    householdId: householdIdAt(sheet, r),
    message: yearLike
      ? `“${label}”填写为${raw}，像是年份而不是日期。请填写完整日期，如“${raw}-03-05”或“${raw}年3月”。`
      : `“${label}”填写为“${quote(raw)}”，不是有效日期。应为如“2021-03-05”“2021年3月5日”的日期，请更正。`,
  });
  return false;
}

function emitPhone(ctx: RuleContext, sheet: ParsedSheet, r: number, key: string, raw: CellValue): void {
  ctx.emit({
    rule: 'field.phone',
    sheet,
    r,
    col: key,
    value: raw,
    householdId: householdIdAt(sheet, r),
    message: `“${columnLabel(key)}”填写为“${quote(raw)}”，既不是11位手机号码（1开头，第二位3–9），也不是带区号的固定电话（如0851-1234567）。请核对后更正。`,
  });
}

/** The field checks of one person or household sheet's row, for the one pass over the rows (rules/cells.ts). */
export function fieldRowCheck(
  ctx: RuleContext,
  sheet: ParsedSheet,
  villageOnHouseholdSheet: boolean,
): FieldRowCheck {
  const has = (key: string): ColumnInfo | undefined => sheet.byKey[key];
  const required = requiredChecks(ctx, sheet, villageOnHouseholdSheet);
  const codes: CodeCheck[] = [];
  for (const key of CODE_COLUMNS) {
    const list: CodeList | undefined = ctx.codes[key];
    const col = has(key);
    if (list && col) codes.push({ ci: col.index, key, list, okValues: new Set(), prevOk: undefined });
  }
  const amount = new Set(AMOUNT_COLUMNS);
  const numbers: NumberCheck[] = [];
  for (const key of [...AMOUNT_COLUMNS, ...COUNT_COLUMNS]) {
    const col = has(key);
    if (col)
      numbers.push({
        ci: col.index,
        key,
        isAmount: amount.has(key),
        header: col.header,
        typed: false,
        textCells: 0,
      });
  }
  const dates: DateCheck[] = [];
  for (const key of DATE_COLUMNS) {
    const col = has(key);
    if (col) dates.push({ ci: col.index, key, prevOk: undefined });
  }
  const phones: PhoneCheck[] = [];
  for (const key of PHONE_COLUMNS) {
    const col = has(key);
    if (col) phones.push({ ci: col.index, key, verdicts: new Map(), prevRaw: undefined, prevOk: true });
  }
  // Error values in every mapped column (plain index array: this touches every mapped cell).
  const cols = sheet.columns;
  const errIdx = cols.map((c) => c.index);
  const nErr = errIdx.length;

  const check = (r: number, row: readonly CellValue[]): void => {
    for (let i = 0; i < nErr; i++) {
      const v = row[errIdx[i]];
      if (typeof v === 'string' && v.charCodeAt(0) === 35 && isErrorValue(v))
        emitErrorValue(ctx, sheet, r, cols[i], v);
    }
    for (let i = 0; i < required.length; i++)
      checkRequiredCell(ctx, sheet, r, required[i], row[required[i].ci] ?? '');
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      const raw = row[c.ci] ?? '';
      if (raw === c.prevOk || c.okValues.has(raw)) continue;
      if (isEmpty(raw) || isErrorValue(raw)) continue;
      if (checkCode(ctx, sheet, r, c, raw)) {
        c.prevOk = raw;
        if (c.okValues.size < 10_000) c.okValues.add(raw);
      }
    }
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i];
      const raw = row[n.ci] ?? '';
      // Plain numbers and empty cells (nearly every cell) need no parsing.
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        if (!n.typed) backfillTextNumbers(ctx, sheet, n, r);
        continue;
      }
      if (raw === '') continue;
      // A plain decimal text (every number of a national export) is a text number: Number() only for a finding.
      if (typeof raw === 'string' && plainDecimal(raw)) {
        if (n.typed) emitTextNumber(ctx, sheet, r, n.key, raw, Number(raw));
        else n.textCells++;
        continue;
      }
      checkNumber(ctx, sheet, r, n, raw);
    }
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      const raw = row[d.ci] ?? '';
      if (raw === d.prevOk) continue;
      if (typeof raw === 'string' && plainDateValid(raw)) continue;
      if (checkDate(ctx, sheet, r, d, raw)) d.prevOk = raw;
    }
    for (let i = 0; i < phones.length; i++) {
      const p = phones[i];
      const raw = row[p.ci] ?? '';
      if (raw !== p.prevRaw) {
        // Personal numbers are unique: a plain mobile number is settled without the verdict cache.
        let ok = typeof raw === 'string' && plainMobile(raw) ? true : p.verdicts.get(raw);
        if (ok === undefined) {
          ok = phoneOk(raw);
          if (p.verdicts.size < 10_000) p.verdicts.set(raw, ok);
        }
        p.prevRaw = raw;
        p.prevOk = ok;
      }
      if (!p.prevOk) emitPhone(ctx, sheet, r, p.key, raw);
    }
  };
  return Object.assign(check, { finish: () => emitNumbersAsText(ctx, sheet, numbers) });
}

/** The field checks of a row, and `finish` once the sheet's rows are done (sheet-level notes). */
export type FieldRowCheck = RowCheck & { finish: () => void };

/** In a two-sheet workbook the household sheet carries the location; member sheets may leave it out. */
export function villageOnHouseholdSheet(ctx: RuleContext): boolean {
  return ctx.ledger.twoSheet && ctx.ledger.householdSheets.some((s) => s.byKey.village);
}

/** Village base sheets: only their required columns (a handful of rows). */
export function checkVillageSheets(ctx: RuleContext): void {
  const onHousehold = villageOnHouseholdSheet(ctx);
  for (const sheet of ctx.ledger.villageSheets) {
    for (const q of requiredChecks(ctx, sheet, onHousehold)) {
      for (const r of sheet.dataRows) checkRequiredCell(ctx, sheet, r, q, sheet.grid[r]?.[q.ci] ?? '');
    }
  }
}
