// Identity (person rows): 证件号码 checks via the GB 11643 analysis, duplicates across the workbook, and 性别 /
// 出生日期 / 与户主关系 against the ID. The ID rules also run on 户主证件号码 of household sheets (two-sheet layout).
import { idTrusted, type RowCheck, type RuleContext } from './context';
import type { CellValue, ParsedSheet } from '../types';
import { a1 } from '../grid/address';
import {
  cellText,
  compareYMD,
  formatYMD,
  isEmpty,
  isErrorValue,
  normText,
  parseDate,
  plainDayNumber,
} from '../grid/normalise';
import { analyseIdNumber, cleanId18Analysis, type IdAnalysis } from '../id/gb11643';
import { invalidDisabilitySuffix } from '../id/disability';
import { cell, householdIdAt, type HouseholdRec, type RowRef } from '../model/ledger';
import { codeValue } from '../profiles/codeLists';
import { quote } from '../grid/quote';
import { ValueMemo } from '../model/members';
import {
  GENDER_VALUES,
  HEAD_RELATION,
  RELATION_SEX,
  RELATION_SPELLINGS,
  SPOUSE_RELATION,
  type Sex,
} from '../profiles/personTables';

const ID_RULES = [
  'id.stray-characters',
  'id.missing',
  'id.length',
  'id.numeric-precision',
  'id.checksum',
  'id.birthdate',
  'id.region',
  'id.lowercase-x',
  'id.old-15-digit',
  'id.duplicate',
  'person.gender-mismatch',
  'person.birthdate-mismatch',
  'id.disability-suffix-invalid',
];

const FIX_LABELS: Record<string, string> = {
  'id.stray-characters': '去掉空格、全角等多余字符',
  'id.lowercase-x': '小写x改为大写X',
  'id.old-15-digit': '15位旧号码换为18位',
};

export { idTrusted };

/** The sex a 性别 cell states: 男/女; undefined when empty, unreadable or 未说明 (memoised: a handful of values). */
const GENDER_SEX = new ValueMemo((raw): Sex | undefined =>
  isEmpty(raw) ? undefined : GENDER_VALUES[codeValue('gender', cellText(raw))],
);

/** 性别 column as 男/女; undefined when absent, empty, unreadable or 未说明. */
function genderOf(ref: RowRef): Sex | undefined {
  const v = cell(ref, 'gender');
  return v === undefined ? undefined : GENDER_SEX.get(v);
}

function emitIdIssues(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  key: string,
  raw: CellValue,
  id: IdAnalysis,
  householdId?: string,
): void {
  for (const issue of id.issues) {
    ctx.emit({
      rule: issue.rule,
      sheet,
      r,
      col: key,
      value: raw,
      householdId,
      message: key === 'headIdNumber' ? `户主证件号码：${issue.message}` : issue.message,
      ...(issue.fix !== undefined
        ? { fixTo: issue.fix, fixLabel: FIX_LABELS[issue.rule] ?? '修正证件号码' }
        : {}),
    });
  }
}

/** Two-sheet layout: 户主证件号码 on the household sheet. Optional there, so no column-missing. */
export function checkHeadIds(ctx: RuleContext): void {
  for (const sheet of ctx.ledger.householdSheets) {
    if (!sheet.byKey.headIdNumber) continue;
    for (const r of sheet.dataRows) {
      const ref = { sheet, r };
      const raw = cell(ref, 'headIdNumber') ?? '';
      if (isErrorValue(raw)) continue;
      emitIdIssues(
        ctx,
        sheet,
        r,
        'headIdNumber',
        raw,
        analyseIdNumber(raw, ctx.ref),
        cellText(cell(ref, 'householdId')),
      );
    }
  }
}

const dayNumber = (d: { y: number; m: number; d: number }): number => d.y * 10000 + d.m * 100 + d.d;

/**
 * Rows of ledger.persons (by index) per 18-digit key, to find IDs entered twice. An open-addressing table on typed
 * arrays sized once for every person: a Map of 300,000 strings cost a fifth of the whole check in hashing,
 * rehashing and cache misses. Keys are compared by their own hash first, then as strings.
 */
export class DuplicateIndex {
  private readonly mask: number;
  /** Per slot: the key's hash and its first row's person index + 1 (0 = free), side by side (one cache line). */
  private readonly slots: Int32Array;
  private readonly keys: string[];
  /** Keys seen more than once → every person index carrying them, first-seen order. */
  readonly repeats = new Map<string, number[]>();

  constructor(persons: number) {
    let size = 16;
    while (size < persons * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.keys = new Array<string>(size).fill('');
  }

  add(key: string, personIndex: number): void {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    const slots = this.slots;
    let slot = h & this.mask;
    for (;;) {
      const first = slots[2 * slot + 1];
      if (first === 0) {
        slots[2 * slot] = h;
        slots[2 * slot + 1] = personIndex + 1;
        this.keys[slot] = key;
        return;
      }
      if (slots[2 * slot] === h && this.keys[slot] === key) {
        const list = this.repeats.get(key);
        if (list) list.push(personIndex);
        else this.repeats.set(key, [first - 1, personIndex]);
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Identity checks of one person sheet's row, for the one pass over the rows (rules/cells.ts): the 证件号码
 * issues, the duplicate index, and 性别 / 出生日期 against a trusted ID. Undefined when the sheet has no ID column
 * (sheet.column-missing names the rules skipped).
 */
export function identityRowCheck(
  ctx: RuleContext,
  sheet: ParsedSheet,
  dups: DuplicateIndex,
): RowCheck | undefined {
  if (!sheet.byKey.idNumber) {
    ctx.missingColumn(sheet, 'idNumber', ID_RULES);
    return undefined;
  }
  const ci = sheet.byKey.idNumber.index;
  const genderIndex = sheet.byKey.gender?.index ?? -1;
  const birthIndex = sheet.byKey.birthDate?.index ?? -1;
  return (r, row, personIndex) => {
    const raw = row[ci] ?? '';
    // A clean, valid ID (nearly all): no issues, key18 is the cell itself, facts packed (no analysis object).
    const packed = ctx.cleanIdAt(sheet, r);
    let id: IdAnalysis | undefined;
    let idGender: Sex | undefined;
    let birthDay: number;
    if (packed >= 0) {
      dups.add(raw as string, personIndex);
      idGender = packed % 2 === 1 ? '男' : '女';
      birthDay = Math.floor(packed / 2);
    } else {
      const full = ctx.personAt(sheet, r).id;
      if (full === null) return;
      id = full;
      // 户编号 only when there is something to report; sheet.error-values owns error values.
      if (id.issues.length > 0 && !isErrorValue(raw))
        emitIdIssues(ctx, sheet, r, 'idNumber', raw, id, householdIdAt(sheet, r));
      const suffix = invalidDisabilitySuffix(id.text);
      if (suffix !== null)
        ctx.emit({
          rule: 'id.disability-suffix-invalid',
          sheet,
          r,
          col: 'idNumber',
          value: raw,
          householdId: householdIdAt(sheet, r),
          message: `残疾人证号第19–20位为“${suffix}”，不是常见的残疾类别（1–7）和等级（1–4）编码，请核对证号是否完整。`,
        });
      if (id.key18) dups.add(id.key18, personIndex);
      if (!idTrusted(id)) return;
      idGender = id.gender;
      birthDay = id.birth ? dayNumber(id.birth) : -1;
    }
    /** The analysis, for messages (rebuilt for a clean ID only when a finding needs it). */
    const analysis = (): IdAnalysis => id ?? cleanId18Analysis(raw as string, packed);
    if (genderIndex >= 0) {
      const g = row[genderIndex] ?? '';
      const sex = GENDER_SEX.get(g);
      if (sex && idGender && sex !== idGender) {
        ctx.emit({
          rule: 'person.gender-mismatch',
          sheet,
          r,
          col: 'gender',
          value: g,
          householdId: householdIdAt(sheet, r),
          message: `性别填写为“${quote(g)}”，但证件号码“${quote(analysis().text)}”第17位表示${idGender}性。请按证件原件核对性别或证件号码。`,
        });
      }
    }
    if (birthIndex >= 0 && birthDay >= 0) {
      // The usual cell, a plain "YYYY-MM-DD" text equal to the ID's date, matches without parsing.
      const b = row[birthIndex] ?? '';
      if (typeof b === 'string' && plainDayNumber(b) === birthDay) return;
      const bd = parseDate(b);
      if (!bd.date) return; // empty or unreadable: field.date's concern
      const idBirth = analysis().birth!;
      const differs =
        bd.precision === 'month'
          ? bd.date.y !== idBirth.y || bd.date.m !== idBirth.m
          : compareYMD(bd.date, idBirth) !== 0;
      if (differs) {
        ctx.emit({
          rule: 'person.birthdate-mismatch',
          sheet,
          r,
          col: 'birthDate',
          value: b,
          householdId: householdIdAt(sheet, r),
          message: `出生日期填写为${formatYMD(bd.date)}，但证件号码“${quote(analysis().text)}”中的出生日期为${formatYMD(idBirth)}。请按证件原件核对出生日期或证件号码。`,
        });
      }
    }
  };
}

/** id.duplicate for every copy of a repeated ID (after the pass). */
export function emitDuplicates(ctx: RuleContext, dups: DuplicateIndex): void {
  const persons = ctx.ledger.persons;
  const place = (ref: RowRef) =>
    `“${ref.sheet.name}”表 ${a1(ref.r, ref.sheet.byKey.idNumber.index)}（${quote(cell(ref, 'name')) || '姓名空'}）`;
  // Every copy is flagged: which of the rows is the wrong one is for the clerk to decide, not the sheet order.
  for (const indexes of dups.repeats.values()) {
    const refs = indexes.map((i) => persons[i]);
    for (const ref of refs) {
      const others = refs.filter((o) => o !== ref).map(place);
      const raw = cell(ref, 'idNumber') ?? '';
      ctx.emit({
        rule: 'id.duplicate',
        sheet: ref.sheet,
        r: ref.r,
        col: 'idNumber',
        value: raw,
        householdId: cellText(cell(ref, 'householdId')),
        message: `证件号码“${quote(raw)}”与${others.join('、')}重复，同一人不应登记两次。请核对是否重复录入或号码录错，删除重复行或更正号码。`,
      });
    }
  }
}

/** person.relation-gender for one household at a time (the household pass calls it first for each household). */
export function relationGenderCheck(ctx: RuleContext): (h: HouseholdRec) => void {
  // 与户主关系: normalised form (户主?) and code value; 性别: the sex it states.
  // A spelling outside the code list (妻子, 女儿 …) is field.code's concern, but its sex is checked all the same.
  const relations = new ValueMemo((raw) => {
    const relation = codeValue('relationToHead', cellText(raw));
    const spelt = RELATION_SPELLINGS[relation];
    return {
      norm: normText(raw),
      relation,
      code: spelt?.code ?? relation,
      sex: spelt?.sex ?? RELATION_SEX[spelt?.code ?? relation],
    };
  });
  const sameSexRule = ctx.enabled('household.spouse-same-sex');
  const relationAt = (m: RowRef) =>
    relations.get(m.sheet.grid[m.r]?.[m.sheet.byKey.relationToHead.index] ?? '');
  /** Sex used for relation checks: ID and 性别 agree, or only one is known; undefined when they disagree. */
  const sexAt = (m: RowRef): Sex | undefined => {
    const fromId = ctx.trustedIdSexAt(m.sheet, m.r);
    const g = m.sheet.byKey.gender;
    const fromColumn = g === undefined ? undefined : GENDER_SEX.get(m.sheet.grid[m.r]?.[g.index] ?? '');
    if (fromId && fromColumn && fromId !== fromColumn) return undefined;
    return fromId ?? fromColumn;
  };
  return (h) => {
    // Counted without building member lists (every household is visited).
    let withRelation = 0;
    let headCount = 0;
    let spouseCount = 0;
    let head: RowRef | undefined;
    for (const m of h.members) {
      if (!m.sheet.byKey.relationToHead) continue;
      withRelation++;
      const norm = relationAt(m).norm;
      if (norm === HEAD_RELATION) {
        headCount++;
        head ??= m;
      } else if (norm === SPOUSE_RELATION) spouseCount++;
    }
    if (withRelation === 0) return;
    // 配偶 is checked only against a single, known-sex 户主 (several heads are household.multiple-heads).
    const headSex = headCount === 1 ? sexAt(head!) : undefined;
    for (const m of h.members) {
      if (!m.sheet.byKey.relationToHead) continue;
      const rel = relationAt(m);
      const relation = rel.relation;
      let implied: Sex | undefined = rel.sex;
      const bySpouse = rel.code === SPOUSE_RELATION && !rel.sex && headSex !== undefined;
      // One 户主 and one 配偶 of the same sex: household.spouse-same-sex reports it (rules/people.ts).
      if (bySpouse && spouseCount === 1 && rel.norm === SPOUSE_RELATION && sameSexRule) continue;
      if (bySpouse) implied = headSex === '男' ? '女' : '男';
      if (!implied) continue;
      const sex = sexAt(m);
      if (!sex || sex === implied) continue;
      const why = bySpouse
        ? `户主为${headSex}性，“配偶”应为${implied}性`
        : `“${quote(relation)}”应为${implied}性`;
      const source = genderOf(m) ? `性别为“${quote(cell(m, 'gender'))}”` : '证件号码显示为' + sex + '性';
      ctx.emit({
        rule: 'person.relation-gender',
        sheet: m.sheet,
        r: m.r,
        col: 'relationToHead',
        value: cell(m, 'relationToHead'),
        householdId: h.id || h.key,
        message: `与户主关系为“${quote(relation)}”，${source}，${why}。请核对与户主关系或性别。`,
      });
    }
  };
}
