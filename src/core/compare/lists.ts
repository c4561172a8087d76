// Department lists (低保, 特困, 残疾人, 医保参保, 学籍, 死亡/火化, 财政供养 …) read like ledgers: any sheet with an ID
// column, found by its headers; the kind is the clerk's choice or guessed from the title, sheet and file name.
import type { CellValue, ColumnInfo, ParsedSheet, SheetInput } from '../types';
import { buildSynonymIndex, parseSheet } from '../grid/parseSheet';
import { cellText, normText, parseNumber } from '../grid/normalise';
import { idKey, nameKey, type IdKeyProblem } from './idKey';
import { trimIdText } from '../id/gb11643';

export type ListKind =
  'dibao' | 'tekun' | 'disabled' | 'medical' | 'student' | 'death' | 'publicServant' | 'other';

/** Chinese names of the kinds (also what `--kind` accepts). */
export const LIST_KIND_LABEL: Record<ListKind, string> = {
  dibao: '低保',
  tekun: '特困',
  disabled: '残疾',
  medical: '医保',
  student: '学籍',
  death: '死亡',
  publicServant: '财政供养',
  other: '其他',
};

// Title / file-name words per kind, in priority order (死亡 before 低保: "低保死亡人员名单" is a death list).
const KIND_WORDS: Array<[ListKind, RegExp]> = [
  ['death', /死亡|火化|殡葬|注销户口/],
  ['publicServant', /财政供养|公职|在编|编制|工资统发|机关事业/],
  ['tekun', /特困|五保/],
  ['dibao', /低保|最低生活保障/],
  ['disabled', /残疾|残联/],
  ['medical', /医保|参保|医疗保险|医疗保障/],
  ['student', /学籍|学生|在校|资助|教育/],
];

/** The kind named by `--kind` (Chinese label or English key), or undefined. */
export function kindFromLabel(s: string): ListKind | undefined {
  const t = normText(s);
  for (const [k, label] of Object.entries(LIST_KIND_LABEL)) if (t === label || t === k) return k as ListKind;
  for (const [k, re] of KIND_WORDS) if (re.test(t)) return k;
  return undefined;
}

/** Guesses a list's kind from its title, sheet name and file name (first that names one wins). */
export function guessKind(...texts: Array<string | undefined>): ListKind {
  for (const t of texts) {
    if (!t) continue;
    for (const [k, re] of KIND_WORDS) if (re.test(t)) return k;
  }
  return 'other';
}

// List-only columns, mapped by header (the ledger synonyms cover ID, 姓名, 村, 人数).
const LIST_SYNONYMS: Record<string, string[]> = {
  idNumber: ['身份证号码', '保障对象身份证号', '身份证', '证件号', '公民身份证号码', '证件号码(身份证号)'],
  name: ['保障对象姓名', '人员姓名', '死者姓名', '学生姓名', '参保人姓名', '姓 名'],
  householdSize: ['保障人数', '供养人数', '享受人数', '家庭人数'],
  village: ['村(社区)', '所属村', '村委会', '社区'],
};

const AMOUNT_RE = /(保障金|救助金|供养金|补贴|补助|发放|金额|低保金)/;
const STATUS_RE = /(状态|参保情况|在校情况|是否)/;
const DEATH_DATE_RE = /(死亡|火化).*(日期|时间)/;
const UNIT_RE = /(工作单位|所在单位|单位名称|供职单位|任职单位)/;
const BIRTH_RE = /^出生(日期|年月)/;

export interface ListRecord {
  /** 0-based grid row on the list sheet. */
  r: number;
  key: string | null;
  keyProblem?: IdKeyProblem;
  idText: string;
  name: string;
  nameKey: string;
  village: string;
  /** 保障人数 / 家庭人数 when the list has the column. */
  count: number | null;
  /** An amount column's value (元). */
  amount: number | null;
  status: string;
  deathDate: string;
  unit: string;
  /** YYYYMMDD from a 出生日期 column, for rows whose ID gives no key. */
  birth: string;
}

export interface ParsedList {
  /** Where the list came from ("低保名单.xlsx"), for messages. */
  source: string;
  sheet: ParsedSheet;
  kind: ListKind;
  /** The kind was guessed (not chosen). */
  guessed: boolean;
  records: ListRecord[];
  columns: Partial<
    Record<'id' | 'name' | 'village' | 'count' | 'amount' | 'status' | 'deathDate' | 'unit', ColumnInfo>
  >;
  /** One record per household (a 保障人数 column): members of a listed household count as listed. */
  perHousehold: boolean;
}

const LIST_INDEX = buildSynonymIndex(LIST_SYNONYMS);

function byHeader(sheet: ParsedSheet, re: RegExp, skip: Set<number>): ColumnInfo | undefined {
  return sheet.columns.find((c) => !skip.has(c.index) && re.test(normText(c.path.join(''))));
}

function birthDigits(v: CellValue | undefined): string {
  if (typeof v === 'number') return '';
  const m = /(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(normText(v));
  return m ? m[1] + m[2].padStart(2, '0') + m[3].padStart(2, '0') : '';
}

/**
 * Reads the recognisable list sheets of one workbook. A sheet counts when it has an ID column; the others are
 * skipped. `kind` forces the kind; otherwise it is guessed from the sheet title, sheet name, then `source`.
 */
export function readLists(inputs: SheetInput[], source: string, kind?: ListKind): ParsedList[] {
  const out: ParsedList[] = [];
  for (const input of inputs) {
    if (
      input.name.startsWith('_bangfu') ||
      input.name.startsWith('比对结果') ||
      input.name.startsWith('问题清单')
    )
      continue;
    const sheet = parseSheet(input, LIST_INDEX);
    const idCol = sheet.byKey.idNumber;
    if (!idCol) continue;
    const used = new Set(
      ['idNumber', 'name', 'village', 'householdSize'].map((k) => sheet.byKey[k]?.index ?? -1),
    );
    const columns: ParsedList['columns'] = {
      id: idCol,
      name: sheet.byKey.name,
      village: sheet.byKey.village,
      count: sheet.byKey.householdSize,
    };
    columns.deathDate = byHeader(sheet, DEATH_DATE_RE, used);
    if (columns.deathDate) used.add(columns.deathDate.index);
    columns.amount = byHeader(sheet, AMOUNT_RE, used);
    if (columns.amount) used.add(columns.amount.index);
    columns.status = byHeader(sheet, STATUS_RE, used);
    columns.unit = byHeader(sheet, UNIT_RE, used);
    const birthCol = byHeader(sheet, BIRTH_RE, used);
    const get = (r: number, c: ColumnInfo | undefined): CellValue | undefined =>
      c ? (sheet.grid[r]?.[c.index] ?? '') : undefined;
    const records: ListRecord[] = [];
    for (const r of sheet.dataRows) {
      const rawId = get(r, idCol);
      const k = idKey(rawId);
      const count = parseNumber(get(r, columns.count));
      const amount = parseNumber(get(r, columns.amount));
      records.push({
        r,
        key: k.key,
        ...(k.problem ? { keyProblem: k.problem } : {}),
        idText: rawId === undefined ? '' : trimIdText(rawId),
        name: cellText(get(r, columns.name)),
        nameKey: nameKey(get(r, columns.name)),
        village: cellText(get(r, columns.village)),
        count: count.value ?? null,
        amount: amount.value ?? null,
        status: cellText(get(r, columns.status)),
        deathDate: cellText(get(r, columns.deathDate)),
        unit: cellText(get(r, columns.unit)),
        birth: k.key ? k.key.slice(6, 14) : birthDigits(get(r, birthCol)),
      });
    }
    const guessedKind = guessKind(sheet.title, input.name, source);
    out.push({
      source,
      sheet,
      kind: kind ?? guessedKind,
      guessed: kind === undefined,
      records,
      columns,
      perHousehold: columns.count !== undefined,
    });
  }
  return out;
}
