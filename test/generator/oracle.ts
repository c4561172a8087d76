// A deliberately small, independent checker used only to test the generator: it re-derives, from the cells of
// a generated workbook, which rules should fire where. It is not the engine (src/core/rules) and is simpler.
import { analyseIdNumber } from '../../src/core/id/gb11643';
import type { CellValue } from '../../src/core/types';
import type { SheetSpec, WorkbookSpec } from './doc';

export interface OracleFinding {
  rule: string;
  sheet: string;
  row: number;
}
interface YMD {
  y: number;
  m: number;
  d: number;
}
export interface Row {
  sheet: SheetSpec;
  row: number;
  c: Record<string, CellValue>;
}

const half = (s: string) =>
  s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
export function num(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const s = half(v).replace(/,/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}
export function date(v: CellValue | undefined): YMD | null {
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  const m = /^(\d{4})[-.年](\d{1,2})[-.月](\d{1,2})日?$/.exec(String(v ?? ''));
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
const cmp = (a: YMD, b: YMD) => a.y - b.y || a.m - b.m || a.d - b.d;
const ageAt = (b: YMD, r: YMD) => r.y - b.y - (r.m < b.m || (r.m === b.m && r.d < b.d) ? 1 : 0);
const REL: Record<string, string> = {
  之子: '男',
  之女: '女',
  之儿媳: '女',
  之女婿: '男',
  之父: '男',
  之母: '女',
  之孙子: '男',
  之孙女: '女',
  之外孙子: '男',
  之外孙女: '女',
};
const GRADES = /^(小学|七年级|八年级|九年级|普通高中.年级|中职.年级|本科.年级)$/;

export function rowsOf(s: SheetSpec): Row[] {
  const start = s.headerRows[s.headerRows.length - 1] ?? 0;
  const out: Row[] = [];
  for (let r = start; r < s.values.length; r++) {
    const c: Record<string, CellValue> = {};
    s.columnKeys.forEach((k, i) => (c[k] = s.values[r][i]));
    out.push({ sheet: s, row: r + 1, c });
  }
  return out;
}

export function oracle(spec: WorkbookSpec, ref: YMD): OracleFinding[] {
  const out: OracleFinding[] = [];
  const f = (rule: string, r: Row) => out.push({ rule, sheet: r.sheet.name, row: r.row });
  const personSheets = spec.sheets.filter((s) => s.kind === 'person' || s.kind === 'member');
  const hhSheet = spec.sheets.find((s) => s.kind === 'household');
  const mainKeys = new Set(personSheets[0].columnKeys);
  for (const s of spec.sheets) {
    if (s.kind === 'notes') out.push({ rule: 'sheet.header-not-found', sheet: s.name, row: 1 });
    if (s.kind === 'person' && [...mainKeys].some((k) => !s.columnKeys.includes(k)))
      out.push({ rule: 'sheet.column-missing', sheet: s.name, row: s.headerRows[s.headerRows.length - 1] });
  }
  const data: Row[] = [];
  for (const s of [...personSheets, ...(hhSheet ? [hhSheet] : [])]) {
    for (const r of rowsOf(s)) {
      if (Object.values(r.c).every((v) => v === '')) f('sheet.blank-row', r);
      else if (/^(合计|小计|总计)$/.test(String(r.c[s.columnKeys[0]]))) f('sheet.totals-row', r);
      else data.push(r);
    }
  }
  const persons = data.filter((r) => r.sheet.kind !== 'household');
  const households = new Map<string, Row[]>();
  for (const r of persons)
    households.set(String(r.c.householdId), [...(households.get(String(r.c.householdId)) ?? []), r]);
  const hhRow = new Map<string, Row>();
  for (const r of data.filter((x) => x.sheet.kind === 'household')) hhRow.set(String(r.c.householdId), r);

  // Persons
  const seen = new Map<string, number>();
  for (const r of persons) {
    const a = analyseIdNumber(r.c.idNumber, ref);
    for (const i of a.issues) f(i.rule, r);
    if (a.key18 && a.issues.every((i) => i.rule === 'id.lowercase-x' || i.rule === 'id.old-15-digit'))
      seen.set(a.key18, (seen.get(a.key18) ?? 0) + 1);
  }
  const typeOf = (hid: string): Row => hhRow.get(hid) ?? households.get(hid)![0];
  const covered = (h: Row) => h.c.householdType === '脱贫户' || h.c.riskEliminated === '否';
  for (const r of persons) {
    const a = analyseIdNumber(r.c.idNumber, ref);
    if (a.key18 && (seen.get(a.key18) ?? 0) > 1) f('id.duplicate', r);
    if (a.gender && r.c.gender !== a.gender) f('person.gender-mismatch', r);
    const bd = date(r.c.birthDate);
    if (r.c.birthDate !== '' && !bd) f('field.date', r);
    if (a.birth && bd && cmp(a.birth, bd) !== 0) f('person.birthdate-mismatch', r);
    const rg = REL[String(r.c.relationToHead)];
    if (rg && rg !== r.c.gender) f('person.relation-gender', r);
    if (r.c.name === '') f('field.required', r);
    if (typeof r.c.ethnicity === 'string' && !r.c.ethnicity.endsWith('族')) f('field.code', r);
    const wm = r.c.workMonths;
    if (typeof wm === 'string' && num(wm) === null) f('field.number', r);
    if (!/^1[3-9]\d{9}$/.test(String(r.c.personPhone))) f('field.phone', r);
    const birth = a.birth ?? bd;
    const age = birth ? ageAt(birth, ref) : undefined;
    const hid = String(r.c.householdId);
    const h = hhRow.get(hid) ?? households.get(hid)?.[0];
    const isCovered = h ? covered(h) : false;
    const school = String(r.c.schoolStatus);
    if (isCovered && age !== undefined) {
      if (age >= 6 && age < 15 && !GRADES.test(school) && r.c.notInSchoolReason === '')
        f('edu.out-of-school', r);
      if ((/高中|中职|本科/.test(school) && age <= 14) || (school === '小学' && (age < 6 || age > 14)))
        f('edu.grade-age', r);
      if ((r.c.education === '') === (school === '')) f('edu.status-conflict', r);
      if (r.c.residentMedical !== '是' && r.c.employeeMedical !== '是') f('medical.uninsured', r);
      if (r.c.residentMedical === '是' && r.c.employeeMedical === '是') f('medical.double-insured', r);
    }
    const m = num(wm);
    if (m !== null && (m < 0 || m > 12)) f('labor.work-months', r);
    if (
      age !== undefined &&
      age < 16 &&
      (/普通劳动力|技能劳动力/.test(String(r.c.laborSkill)) || (m ?? 0) > 0 || r.c.publicWelfareJob === '是')
    )
      f('labor.child-worker', r);
    if (hhSheet && !hhRow.has(hid)) f('household.orphan-member', r);
  }

  // Households
  const helperCount = new Map<string, number>();
  const allHh = hhSheet ? [...hhRow.keys()] : [...households.keys()];
  for (const hid of allHh) {
    const name = String(typeOf(hid).c.helperName ?? '');
    if (name) helperCount.set(name, (helperCount.get(name) ?? 0) + 1);
  }
  for (const hid of allHh) {
    const members = households.get(hid) ?? [];
    const h = typeOf(hid);
    if (hhSheet && members.length === 0) {
      f('household.no-members', h);
      continue;
    }
    const rel = members.map((x) => x.c.relationToHead);
    const heads = rel.filter((x) => x === '户主').length;
    // Relation findings point at the 与户主关系 column: the first member row.
    if (heads === 0) f('household.no-head', members[0]);
    if (heads > 1) f('household.multiple-heads', members[0]);
    if (rel.filter((x) => x === '配偶').length > 1) f('household.multiple-spouses', members[0]);
    if (num(h.c.householdSize) !== members.length) f('household.size-mismatch', h);
    if (!hhSheet) {
      const keys = [
        'village',
        'householdSize',
        'householdType',
        'wageIncome',
        'businessIncome',
        'propertyIncome',
        'transferIncome',
        'businessExpense',
        'netIncome',
        'perCapitaNetIncome',
      ];
      if (
        members.some((x) =>
          keys.some((k) => num(x.c[k]) !== num(h.c[k]) || (num(h.c[k]) === null && x.c[k] !== h.c[k])),
        )
      )
        f('household.inconsistent', h);
    } else {
      const head = members.find((x) => x.c.relationToHead === '户主');
      const idKey = (v: CellValue) => analyseIdNumber(v, ref).key18;
      if (
        heads === 1 &&
        head &&
        (head.c.name !== h.c.headName || idKey(head.c.idNumber) !== idKey(h.c.headIdNumber))
      )
        f('household.head-mismatch', h);
    }
    const v = (k: string) => num(h.c[k]) ?? 0;
    for (const k of ['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessExpense'])
      if (v(k) < 0) f('income.negative', h);
    for (const k of [
      'wageIncome',
      'businessIncome',
      'propertyIncome',
      'transferIncome',
      'businessExpense',
      'netIncome',
      'perCapitaNetIncome',
    ])
      if (typeof h.c[k] === 'string' && h.c[k] !== '') f('field.text-number', h);
    const net =
      v('wageIncome') +
      v('businessIncome') +
      v('propertyIncome') +
      v('transferIncome') -
      v('businessExpense');
    const size = num(h.c.householdSize) ?? members.length;
    if (Math.abs(net - v('netIncome')) > 1) f('income.net-mismatch', h);
    if (Math.abs(v('netIncome') / size - v('perCapitaNetIncome')) > 1) f('income.per-capita-mismatch', h);
    if (h.sheet.columnKeys.includes('otherTransfer')) {
      const subs = [
        'familyPlanning',
        'minimumLiving',
        'extremePovertySupport',
        'pension',
        'ecoCompensation',
        'otherTransfer',
      ].reduce((s, k) => s + v(k), 0);
      if (Math.abs(subs - v('transferIncome')) > 0.005) f('income.subtotal-mismatch', h);
    }
    const pc = net / size;
    if (pc <= 0 || pc > 100_000) f('income.implausible', h);
    if (h.c.householdType === '脱贫户' && pc < 4000) f('income.below-poverty-line', h);
    if (!(h.c.householdType !== '脱贫户' && h.c.riskEliminated === '否') && pc < 6000)
      f('income.below-monitoring-line', h);
    if (v('businessIncome') > 0 && v('businessExpense') <= 0) f('income.business-no-expense', h);
    const works = members.some(
      (x) => (num(x.c.workMonths) ?? (x.c.workMonths !== 0 ? 1 : 0)) > 0 || x.c.publicWelfareJob === '是',
    );
    if (v('wageIncome') > 0 !== works) f('income.wage-no-worker', h);
    if (covered(h)) {
      if (h.c.unsafeHousing === '是') f('housing.unsafe', h);
      if (h.c.safeWater === '否') f('water.unsafe', h);
      if (h.sheet.columnKeys.includes('helperName') && h.c.helperName === '') f('helper.missing', h);
    }
    if ((helperCount.get(String(h.c.helperName)) ?? 0) > 5) f('helper.overload', h);
    const monitored = h.c.householdType !== '脱贫户';
    if (monitored && h.c.monitorCategory === '') f('monitor.category-missing', h);
    const s = date(h.c.monitorStart);
    const e = date(h.c.riskEliminatedDate);
    if (s && e && cmp(e, s) < 0) f('monitor.date-order', h);
    if (monitored && h.c.measures === '') f('monitor.no-measures', h);
    if (h.c.householdPhone !== undefined && !/^1[3-9]\d{9}$/.test(String(h.c.householdPhone)))
      f('field.phone', h);
  }

  // Villages
  const vs = spec.sheets.find((s) => s.kind === 'village');
  if (vs) {
    const exited = new Map<string, number>();
    for (const hid of allHh) {
      const h = typeOf(hid);
      if (h.c.householdType === '脱贫户')
        exited.set(
          String(h.c.village),
          (exited.get(String(h.c.village)) ?? 0) + (households.get(hid)?.length ?? 0),
        );
    }
    for (const r of rowsOf(vs)) {
      if (r.c.agriPopulation === '') f('village.population-missing', r);
      if (num(r.c.exitedPersons) !== (exited.get(String(r.c.village)) ?? 0)) f('village.count-mismatch', r);
    }
  }
  return out;
}
