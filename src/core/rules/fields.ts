// Fields: required columns, code lists, numbers, dates, numbers stored as text and phone numbers, cell by cell.
// Household-level columns repeated on member rows are checked on every row (each cell is wrong on its own).
// ID columns belong to the identity rules; error values (#N/A …) to sheet.error-values.
import type { RuleContext } from './context';
import type { CellValue, ParsedSheet } from '../types';
import {
  cellText,
  isEmpty,
  isErrorValue,
  isValidYMD,
  normText,
  parseDate,
  parseNumber,
  plainDayNumber,
  roundHalfAway,
  toHalfWidth,
} from '../grid/normalise';
import { cell } from '../model/ledger';
import { closestCode, codeValue, type CodeList } from '../profiles/codeLists';
import { columnLabel } from '../profiles/synonyms';
import {
  AMOUNT_COLUMNS,
  CODE_COLUMNS,
  COUNT_COLUMNS,
  DATE_COLUMNS,
  EXTRA_NUMERIC_CODES,
  MULTI_VALUE_SEPARATOR,
  NO_PHONE_VALUES,
  PHONE_COLUMNS,
  REQUIRED_COLUMNS,
} from '../profiles/personTables';

/** 元 per 万元. */
const YUAN_PER_WAN = 10000;
/** Bare integers in this range in a date column are years, not Excel serials (a serial there is a 1905 date). */
const YEAR_LIKE = { min: 1900, max: 2100 };

const MOBILE_RE = /^1[3-9]\d{9}$/;
// Landline with area code: 0851-1234567, 08511234567, (0851)1234567; optional extension -123.
const LANDLINE_RE = /^(0\d{2,3}-?|\(0\d{2,3}\))\d{7,8}(-\d{1,5})?$/;

const householdIdOf = (sheet: ParsedSheet, r: number): string => cellText(cell({ sheet, r }, 'householdId'));

/** Sheets whose person/household columns these rules check. */
function ledgerSheets(ctx: RuleContext): ParsedSheet[] {
  return [...ctx.ledger.personSheets, ...ctx.ledger.householdSheets];
}

function checkRequired(ctx: RuleContext): void {
  // In a two-sheet workbook the household sheet carries the location; member sheets may leave it out.
  const villageOnHouseholdSheet =
    ctx.ledger.twoSheet && ctx.ledger.householdSheets.some((s) => s.byKey.village);
  for (const sheet of [...ledgerSheets(ctx), ...ctx.ledger.villageSheets]) {
    for (const req of REQUIRED_COLUMNS[sheet.kind] ?? []) {
      if (!sheet.byKey[req.key]) {
        const optional =
          req.ifPresent || (sheet.kind === 'person' && req.key === 'village' && villageOnHouseholdSheet);
        if (!optional) ctx.missingColumn(sheet, req.key, ['field.required']);
        continue;
      }
      const ci = sheet.byKey[req.key].index;
      // A raw value identical to the previous non-empty one (household fields on member rows) is non-empty too.
      let prevFilled: CellValue | undefined;
      for (const r of sheet.dataRows) {
        const raw = sheet.grid[r]?.[ci] ?? '';
        if (raw === prevFilled) continue;
        if (!isEmpty(raw)) {
          prevFilled = raw;
          continue;
        }
        const label = columnLabel(req.key);
        ctx.emit({
          rule: 'field.required',
          sheet,
          r,
          col: req.key,
          householdId: householdIdOf(sheet, r),
          message: `“${label}”为空，此项为必填。请补录${label}。`,
        });
      }
    }
  }
}

/** Normalised code: trim, half-width, 其它 → 其他, numeric code → label. */
function normCode(key: string, raw: string): string {
  const t = normText(raw);
  return EXTRA_NUMERIC_CODES[key]?.[t] ?? codeValue(key, t);
}

function checkCodes(ctx: RuleContext): void {
  for (const sheet of ledgerSheets(ctx)) {
    for (const key of CODE_COLUMNS) {
      const list: CodeList | undefined = ctx.codes[key];
      if (!list || !sheet.byKey[key]) continue;
      const label = columnLabel(key);
      const ci = sheet.byKey[key].index;
      const okValues = new Set<CellValue>();
      // The row above's value, when valid: checked before the Set (member rows repeat household codes).
      let prevOk: CellValue | undefined;
      for (const r of sheet.dataRows) {
        const raw = sheet.grid[r]?.[ci] ?? '';
        if (raw === prevOk || okValues.has(raw)) continue;
        if (isEmpty(raw) || isErrorValue(raw)) continue;
        const text = cellText(raw);
        const sep = MULTI_VALUE_SEPARATOR[key];
        const parts = sep
          ? text
              .split(sep)
              .map((p) => p.trim())
              .filter((p) => p !== '')
          : [text];
        const bad = parts.filter((p) => !list.normalised.has(normCode(key, p)));
        if (bad.length === 0) {
          prevOk = raw;
          if (okValues.size < 10_000) okValues.add(raw);
          continue;
        }
        const hints = bad.map((p) => {
          const near = closestCode(list, normCode(key, p));
          return near ? `“${p}”应为“${near}”？` : `“${p}”无相近的标准值`;
        });
        const shown = list.values.length <= 12 ? `标准值：${list.values.join('、')}。` : '';
        ctx.emit({
          rule: 'field.code',
          sheet,
          r,
          col: key,
          value: raw,
          householdId: householdIdOf(sheet, r),
          message: `“${label}”填写为“${text}”，不在代码表内（${hints.join('；')}）。${shown}请改为代码表中的值。`,
        });
      }
    }
  }
}

function checkNumbers(ctx: RuleContext): void {
  const amount = new Set(AMOUNT_COLUMNS);
  for (const sheet of ledgerSheets(ctx)) {
    for (const key of [...AMOUNT_COLUMNS, ...COUNT_COLUMNS]) {
      if (!sheet.byKey[key]) continue;
      const label = columnLabel(key);
      const isAmount = amount.has(key);
      const ci = sheet.byKey[key].index;
      for (const r of sheet.dataRows) {
        const raw = sheet.grid[r]?.[ci] ?? '';
        // Plain numbers and empty cells (nearly every cell) need no parsing.
        if ((typeof raw === 'number' && Number.isFinite(raw)) || raw === '') continue;
        const p = parseNumber(raw);
        if (p.kind === 'empty' || p.kind === 'error' || p.kind === 'number') continue;
        let value = p.value;
        // A unit inside the cell: 元 in an amount column is harmless, 万 converts; any other unit is unreadable.
        if (p.unit === '万元' && isAmount && value !== null) value = roundHalfAway(value * YUAN_PER_WAN, 2);
        else if (p.unit !== undefined && !(p.unit === '元' && isAmount)) value = null;
        const hid = householdIdOf(sheet, r);
        if (p.kind === 'invalid' || value === null) {
          ctx.emit({
            rule: 'field.number',
            sheet,
            r,
            col: key,
            value: raw,
            householdId: hid,
            message: `“${label}”填写为“${cellText(raw)}”，不是有效数字${isAmount ? '（金额应为以元为单位的准确数字，不能写“约”“千”“万”等字样）' : ''}。请填写准确数字。`,
          });
          continue;
        }
        ctx.emit({
          rule: 'field.text-number',
          sheet,
          r,
          col: key,
          value: raw,
          householdId: hid,
          fixTo: value,
          fixLabel: '文本转为数字',
          message: `“${label}”的“${cellText(raw)}”是以文本存储的数字，已按${value}读取。建议转为数字格式，以免求和、导入时出错。`,
        });
      }
    }
  }
}

/** A plain "YYYY-MM-DD" text of a real date: parseDate would find its date (no parsing or cache entry). */
function plainDateValid(s: string): boolean {
  const n = plainDayNumber(s);
  return n >= 0 && isValidYMD(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

function checkDates(ctx: RuleContext): void {
  for (const sheet of ledgerSheets(ctx)) {
    for (const key of DATE_COLUMNS) {
      if (!sheet.byKey[key]) continue;
      const label = columnLabel(key);
      const ci = sheet.byKey[key].index;
      // Dates repeat on member rows: a raw value identical to the last one found valid needs no parsing.
      let prevOk: CellValue | undefined;
      for (const r of sheet.dataRows) {
        const raw = sheet.grid[r]?.[ci] ?? '';
        if (raw === prevOk) continue;
        if (typeof raw === 'string' && plainDateValid(raw)) continue;
        if (isEmpty(raw) || isErrorValue(raw)) continue;
        const yearLike =
          typeof raw === 'number' && Number.isInteger(raw) && raw >= YEAR_LIKE.min && raw <= YEAR_LIKE.max;
        if (!yearLike && parseDate(raw).date) {
          prevOk = raw;
          continue;
        }
        ctx.emit({
          rule: 'field.date',
          sheet,
          r,
          col: key,
          value: raw,
          householdId: householdIdOf(sheet, r),
          message: yearLike
            ? `“${label}”填写为${raw}，像是年份而不是日期。请填写完整日期，如“${raw}-03-05”或“${raw}年3月”。`
            : `“${label}”填写为“${cellText(raw)}”，不是有效日期。应为如“2021-03-05”“2021年3月5日”的日期，请更正。`,
        });
      }
    }
  }
}

/** One phone number is a mobile (11 digits, 1[3-9]) or a landline with area code. */
function validPhone(s: string): boolean {
  const t = s.replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
  return MOBILE_RE.test(t) || LANDLINE_RE.test(t);
}

function phoneText(raw: CellValue): string {
  return toHalfWidth(cellText(raw)).replace(/^'/, '').replace(/\s+/g, '');
}

/** Empty, an error value, a 无-type value, or every number in the cell valid. */
function phoneOk(raw: CellValue): boolean {
  if (isEmpty(raw) || isErrorValue(raw)) return true;
  const text = phoneText(raw);
  if (NO_PHONE_VALUES.has(text)) return true;
  // Several numbers in one cell: each must be valid.
  const parts = text.split(/[/、,，;；]/).filter((p) => p !== '');
  return parts.length > 0 && parts.every(validPhone);
}

function checkPhones(ctx: RuleContext): void {
  for (const sheet of ledgerSheets(ctx)) {
    for (const key of PHONE_COLUMNS) {
      if (!sheet.byKey[key]) continue;
      const label = columnLabel(key);
      const ci = sheet.byKey[key].index;
      // Phones repeat on member rows (户联系电话): one verdict per distinct value, row above tried first.
      const verdicts = new Map<CellValue, boolean>();
      let prevRaw: CellValue | undefined;
      let prevOk = true;
      for (const r of sheet.dataRows) {
        const raw = sheet.grid[r]?.[ci] ?? '';
        if (raw !== prevRaw) {
          let ok = verdicts.get(raw);
          if (ok === undefined) verdicts.set(raw, (ok = phoneOk(raw)));
          prevRaw = raw;
          prevOk = ok;
        }
        if (prevOk) continue;
        ctx.emit({
          rule: 'field.phone',
          sheet,
          r,
          col: key,
          value: raw,
          householdId: householdIdOf(sheet, r),
          message: `“${label}”填写为“${cellText(raw)}”，既不是11位手机号码（1开头，第二位3–9），也不是带区号的固定电话（如0851-1234567）。请核对后更正。`,
        });
      }
    }
  }
}

export function run(ctx: RuleContext): void {
  checkRequired(ctx);
  checkCodes(ctx);
  checkNumbers(ctx);
  checkDates(ctx);
  checkPhones(ctx);
}
