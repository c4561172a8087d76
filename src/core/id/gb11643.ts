// 公民身份号码 (GB 11643-1999) utilities: check character, 15→18 conversion, per-cell analysis, masking.
// Pure: no Node or DOM APIs. Messages stay local (they quote the full number; only public lists are masked).
import { PROVINCE_CODES } from './regions';
import { isValidYMD } from '../grid/normalise';
import { quote } from '../grid/quote';

export { PROVINCE_CODES, PROVINCE_NAMES } from './regions';

export interface IdYMD {
  y: number;
  m: number;
  d: number;
}

export interface IdIssue {
  /** A rule id from domain/rules.md (id.*). */
  rule: string;
  /** Chinese: what is wrong, the value found, what was expected, how to fix. */
  message: string;
  /** Safe replacement text for the cell, when one exists. */
  fix?: string;
}

export interface IdAnalysis {
  /** Trimmed text: no apostrophe, spaces or `="…"` wrapper, full-width digits/X made half-width. */
  text: string;
  /** Identity key for duplicate detection: first 18 characters upper-cased, or the 18-digit form of a 15-digit. */
  key18?: string;
  birth?: IdYMD;
  gender?: '男' | '女';
  issues: IdIssue[];
}

// ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 for positions 1..17.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const VALID_LENGTHS = new Set([15, 18, 20, 22]);

/** GB 11643 check character of the first 17 digits: '0'–'9' or 'X'. Throws on anything but 17 digits. */
export function checkChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`checkChar needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** First-generation 15-digit number → 18 digits: insert the century '19' before YYMMDD, append the check char. */
export function convert15to18(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError(`convert15to18 needs 15 digits, got "${id15}"`);
  const first17 = id15.slice(0, 6) + '19' + id15.slice(6);
  return first17 + checkChar(first17);
}

/** Full-width digits and X (０–９, Ｘ, ｘ) → half-width; everything else unchanged. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A JS number as the digits Excel kept (15 significant digits), without exponent notation. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (!Number.isInteger(n) || Math.abs(n) < 1e15) return String(n);
  const [mant, exp] = Math.abs(n).toPrecision(15).split('e');
  const digits = mant.replace('.', '');
  const len = Number(exp ?? '0') + 1;
  return (n < 0 ? '-' : '') + (digits.length >= len ? digits.slice(0, len) : digits.padEnd(len, '0'));
}

function isAsciiAlphanumeric(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Text of an ID cell as a clerk meant it. */
export function trimIdText(value: string | number | boolean): string {
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Nearly every ID cell is plain ASCII letters and digits, which none of the steps below changes.
  if (isAsciiAlphanumeric(value)) return value;
  let s = halfWidth(value).replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]/g, '');
  // CSV round-trips write ="…" to keep the number text.
  const wrapped = /^="(.*)"$/.exec(s);
  if (wrapped) s = wrapped[1];
  return s.replace(/^['‘’＇`]+/, '');
}

const isRealDate = isValidYMD;

/** What trimIdText removed or changed in a string cell, in Chinese ("首尾空格、全角数字"); '' for a clean cell. */
export function strayIdCharacters(value: string): string {
  const found: string[] = [];
  const inner = value.replace(
    /^[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+$/g,
    '',
  );
  if (/^[ \t\u3000]|[ \t\u3000]$/.test(value)) found.push('首尾空格');
  if (/[ \t\u3000]/.test(inner)) found.push('中间的空格');
  if (/[\r\n]/.test(value)) found.push('换行符');
  if (/\u00a0/.test(value)) found.push('不间断空格');
  if (/[\u200b-\u200d\u2060\ufeff]/.test(value)) found.push('不可见的零宽字符');
  if (/[\uFF10-\uFF19\uFF38\uFF58]/.test(value)) found.push('全角数字或字母');
  if (/^=".*"$/.test(inner)) found.push('="…"包装');
  if (/^[=" ]*['‘’＇`]/.test(inner)) found.push('开头的撇号');
  return found.join('、');
}

function cmp(a: IdYMD, b: IdYMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function fmt(d: IdYMD): string {
  return `${d.y}年${d.m}月${d.d}日`;
}

/** Checks the 8 date digits; returns the date when it is a real date between 1900 and the reference date. */
function checkBirth(digits8: string, ref: IdYMD, text: string, issues: IdIssue[]): IdYMD | undefined {
  const y = Number(digits8.slice(0, 4));
  const m = Number(digits8.slice(4, 6));
  const d = Number(digits8.slice(6, 8));
  const where = text.length === 15 ? '第7–12位' : '第7–14位';
  if (!/^\d{8}$/.test(digits8) || !isRealDate(y, m, d)) {
    issues.push({
      rule: 'id.birthdate',
      message: `证件号码“${quote(text)}”${where}的出生日期“${digits8}”不是有效日期，应为年月日（如19850307）。请按证件原件核对号码。`,
    });
    return undefined;
  }
  const birth = { y, m, d };
  if (y < 1900) {
    issues.push({
      rule: 'id.birthdate',
      message: `证件号码“${quote(text)}”中的出生日期${fmt(birth)}早于1900年，不可能有效。请按证件原件核对号码。`,
    });
    return undefined;
  }
  if (cmp(birth, ref) > 0) {
    issues.push({
      rule: 'id.birthdate',
      message: `证件号码“${quote(text)}”中的出生日期${fmt(birth)}晚于参考日期${fmt(ref)}，应为已出生的日期。请按证件原件核对号码。`,
    });
    return undefined;
  }
  return birth;
}

function checkRegion(text: string, issues: IdIssue[]): void {
  const p = text.slice(0, 2);
  if (!PROVINCE_CODES.has(p)) {
    issues.push({
      rule: 'id.region',
      message: `证件号码“${quote(text)}”前两位“${p}”不是省级行政区划代码（应为11–15、21–23、31–37、41–46、50–54、61–65、71、81、82之一）。请按证件原件核对号码。`,
    });
  }
}

function genderOf(digit: string): '男' | '女' | undefined {
  if (!/^\d$/.test(digit)) return undefined;
  return Number(digit) % 2 === 1 ? '男' : '女';
}

/** Two-digit province prefixes as numbers (index = prefix), for the fast path. */
const PROVINCE_NUMBERS: boolean[] = (() => {
  const out: boolean[] = [];
  for (let n = 0; n < 100; n++) out.push(PROVINCE_CODES.has(String(n).padStart(2, '0')));
  return out;
})();

const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * The common case in one pass without regexes, substrings or objects: an 18-character string that is already
 * clean (17 ASCII digits and a digit or upper-case X) and fully valid. Returns its birth date and sex packed as
 * (y·10000 + m·100 + d)·2 + (1 for 男), or −1 for anything else — any issue, lower-case x, spaces, full-width
 * characters — which then takes the general path. For these inputs the general path finds no issue, key18 = the
 * string itself, and the same birth date and sex.
 */
export function packCleanId18(s: string, ref: IdYMD): number {
  if (s.length !== 18) return -1;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d * WEIGHTS[i];
  }
  const last = s.charCodeAt(17);
  if (!((last >= 48 && last <= 57) || last === 88)) return -1;
  if (CHECK.charCodeAt(sum % 11) !== last) return -1;
  if (!PROVINCE_NUMBERS[(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48)]) return -1;
  const y = digitAt(s, 6) * 1000 + digitAt(s, 7) * 100 + digitAt(s, 8) * 10 + digitAt(s, 9);
  const m = digitAt(s, 10) * 10 + digitAt(s, 11);
  const d = digitAt(s, 12) * 10 + digitAt(s, 13);
  if (!isRealDate(y, m, d) || y < 1900) return -1;
  if (y * 10000 + m * 100 + d > ref.y * 10000 + ref.m * 100 + ref.d) return -1;
  return (y * 10000 + m * 100 + d) * 2 + (digitAt(s, 16) % 2);
}

/** The analysis of a string packCleanId18 accepted, rebuilt from its packed facts. */
export function cleanId18Analysis(s: string, packed: number): IdAnalysis {
  const day = Math.floor(packed / 2);
  const birth = { y: Math.floor(day / 10000), m: Math.floor(day / 100) % 100, d: day % 100 };
  // Same property order as the general path (text, issues, key18, birth, gender).
  return { text: s, issues: [], key18: s, birth, gender: packed % 2 === 1 ? '男' : '女' };
}

/**
 * Analyses one 证件号码 cell. `referenceDate` bounds the birth date (no future births).
 * Issues use the rule ids id.stray-characters, id.missing, id.length, id.numeric-precision, id.checksum,
 * id.birthdate, id.region, id.lowercase-x and id.old-15-digit. A valid 18-digit number yields no issues.
 */
export function analyseIdNumber(value: string | number | boolean, referenceDate: IdYMD): IdAnalysis {
  if (typeof value === 'string' && value.length === 18) {
    const packed = packCleanId18(value, referenceDate);
    if (packed >= 0) return cleanId18Analysis(value, packed);
  }
  const text = trimIdText(value);
  const issues: IdIssue[] = [];
  const result: IdAnalysis = { text, issues };
  const stray =
    typeof value === 'string' && text !== value && text !== '' ? strayIdCharacters(value) || '多余字符' : '';
  analyseText(value, text, referenceDate, result);
  if (stray) {
    // Read as the clean number for every check and for matching (key18), but reported: other systems compare
    // the cell's text and would see a different number. The fix writes the clean text (with X if x was fixed too).
    const fix = issues.find((i) => i.rule === 'id.lowercase-x')?.fix ?? text;
    issues.unshift({
      rule: 'id.stray-characters',
      message: `证件号码“${quote(text)}”的单元格中含有${stray}，本工具已按“${quote(text)}”核对，但导入系统、比对名单时会被当作不同的号码。可一键改为“${quote(fix)}”。`,
      fix,
    });
  }
  return result;
}

function analyseText(
  value: string | number | boolean,
  text: string,
  referenceDate: IdYMD,
  result: IdAnalysis,
): void {
  const issues = result.issues;

  if (text === '') {
    issues.push({ rule: 'id.missing', message: '证件号码为空，应填写18位公民身份号码。请按证件原件补录。' });
    return;
  }

  // A number keeps only 15 significant digits: an 18-digit ID stored as a number lost its last digits.
  if (typeof value === 'number' && text.replace('-', '').length > 15) {
    issues.push({
      rule: 'id.numeric-precision',
      message: `证件号码以数字形式存储（显示为“${quote(text)}”），Excel只保留15位有效数字，后几位已丢失，无法从表中恢复。应为文本格式的18位号码：请将该列设为“文本”格式后按证件原件重新录入。`,
    });
    // No birth or gender either: rounding at the 15th digit can carry into the date digits.
    return;
  }

  if (!VALID_LENGTHS.has(text.length)) {
    issues.push({
      rule: 'id.length',
      message: `证件号码“${quote(text)}”为${text.length}位，应为18位（旧号码15位，残疾人证号20或22位）。请按证件原件核对，补齐或删去多余字符。`,
    });
    return;
  }

  if (text.length === 15) {
    if (!/^\d{15}$/.test(text)) {
      issues.push({
        rule: 'id.checksum',
        message: `15位证件号码“${quote(text)}”含非数字字符，应全部为数字。请按证件原件核对号码。`,
      });
      return;
    }
    checkRegion(text, issues);
    result.birth = checkBirth('19' + text.slice(6, 12), referenceDate, text, issues);
    result.gender = genderOf(text[14]);
    const id18 = convert15to18(text);
    result.key18 = id18;
    const ok = result.birth !== undefined && !issues.some((i) => i.rule === 'id.region');
    issues.push({
      rule: 'id.old-15-digit',
      message: ok
        ? `“${quote(text)}”是15位旧身份证号码，应换为18位号码“${id18}”。可一键替换，或按新证件核对后录入。`
        : `“${quote(text)}”是15位旧身份证号码，应换为18位号码；因号码本身有误，无法自动换算，请按新证件录入。`,
      fix: ok ? id18 : undefined,
    });
    return;
  }

  // 18, 20 or 22 characters: the first 18 are a GB 11643 number (20/22 = 残疾人证号 with a suffix).
  const core = text.slice(0, 18);
  // 999999…: the system's placeholder for a person without an ID (rules-v2 §21). One id.region finding; no birth
  // date, sex or duplicate key, so age, sex and duplicate rules skip the person instead of cascading.
  if (core.startsWith('999999')) {
    issues.push({
      rule: 'id.region',
      message: `证件号码“${quote(text)}”以999999开头，是系统中无证件人员的占位号码，不是有效的公民身份号码。已办理身份证的请按证件原件更正；确无证件的请核实并按规定登记。`,
    });
    return;
  }
  result.key18 = core.toUpperCase();
  if (!/^\d{17}[\dXx]$/.test(core)) {
    issues.push({
      rule: 'id.checksum',
      message: `证件号码“${quote(text)}”${text.length > 18 ? '前18位' : ''}格式不对：前17位应全部为数字，第18位为数字或X。请按证件原件核对号码。`,
    });
    if (/^\d{2}/.test(core)) checkRegion(core, issues);
    if (/^\d{14}/.test(core)) result.birth = checkBirth(core.slice(6, 14), referenceDate, text, issues);
    return;
  }
  checkRegion(core, issues);
  result.birth = checkBirth(core.slice(6, 14), referenceDate, text, issues);
  result.gender = genderOf(core[16]);
  const expected = checkChar(core.slice(0, 17));
  const actual = core[17].toUpperCase();
  if (actual !== expected) {
    issues.push({
      rule: 'id.checksum',
      message: `证件号码“${quote(text)}”校验码（第18位）为${core[17]}，按前17位计算应为${expected}，号码中有错位或错字。请按证件原件核对证件号码（常见原因：某一位录错或相邻两位颠倒）。`,
    });
  } else if (core[17] === 'x') {
    const fixed = text.slice(0, 17) + 'X' + text.slice(18);
    issues.push({
      rule: 'id.lowercase-x',
      message: `证件号码“${quote(text)}”末位校验码为小写x，应为大写X：“${quote(fixed)}”。可一键改为大写。`,
      fix: fixed,
    });
  }
}

/** For public lists (公示): keep the first 6 and last 4 characters, star the rest (18 → 8 stars). */
export function maskId(id: string): string {
  const s = trimIdText(id);
  if (s.length <= 10) return '*'.repeat(s.length);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/** Phone for public lists: 138****5678. Landlines and odd lengths keep at most the first 3 and last 4. */
export function maskPhone(phone: string): string {
  const s = halfWidth(phone).replace(/[\s\u3000-]/g, '');
  if (s.length <= 7) return '*'.repeat(s.length);
  return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
}
