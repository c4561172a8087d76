// 动态管理 — this month's ledger against last month's: households by 户编号, persons by ID. New and removed
// households and persons (with the reason column where the ledger has one), member changes inside households,
// field changes that matter, and findings where a change is suspicious by rule.
import type { Config } from '../config/schema';
import type { Finding, HouseholdFigure, ParsedSheet } from '../types';
import { a1 } from '../grid/address';
import { ageAt, cellText, normText } from '../grid/normalise';
import type { Analysis } from '../engine';
import { hRef, type HouseholdRec } from '../model/ledger';
import { columnLabel } from '../profiles/synonyms';
import { emitter, type Emitter } from './emit';
import { indexLedger, villageKey, type LedgerPerson } from './ledgerPeople';

export interface DiffOptions {
  /** A change of 人均纯收入 (or an income component) by at least this percent is "large". Default 30. */
  largeChangePercent?: number;
}

export interface DiffHousehold {
  householdId: string;
  village: string;
  headName: string;
  persons: number;
  householdType: string;
  /** Where the household is: the current ledger for new ones, last month's for removed ones. */
  sheet: string;
  row: number;
  /** 减少原因 / 人员状态 where the ledger states one ('' when none). */
  reason: string;
}

export type MemberChangeKind = '新增成员' | '新生儿' | '减少成员' | '死亡' | '户间迁移' | '证件号码变更';

export interface DiffPerson {
  name: string;
  idText: string;
  householdId: string;
  village: string;
  sheet: string;
  row: number;
  reason: string;
}

export interface MemberChange extends DiffPerson {
  kind: MemberChangeKind;
  /** 户间迁移: the household last month; 证件号码变更: last month's ID. */
  before?: string;
}

export interface FieldChange {
  householdId: string;
  village: string;
  headName: string;
  /** Logical key (householdType, perCapitaNetIncome, unsafeHousing …). */
  key: string;
  /** Chinese name of the field. */
  field: string;
  before: string;
  after: string;
  /** Percent change for amounts (null when last month was 0 or empty). */
  percent: number | null;
  large: boolean;
  sheet: string;
  cell: string;
}

export interface VillageDiff {
  village: string;
  previousHouseholds: number;
  previousPersons: number;
  currentHouseholds: number;
  currentPersons: number;
  addedHouseholds: number;
  addedPersons: number;
  removedHouseholds: number;
  removedPersons: number;
  memberChanges: number;
  fieldChanges: number;
}

export interface DiffCounts {
  previousHouseholds: number;
  previousPersons: number;
  currentHouseholds: number;
  currentPersons: number;
  addedHouseholds: number;
  addedPersons: number;
  removedHouseholds: number;
  removedPersons: number;
  /** 新识别监测对象: new households that are monitored, or households that became monitored. */
  newlyMonitoredHouseholds: number;
  newlyMonitoredPersons: number;
  /** 风险消除: 风险是否消除 turned 是. */
  riskEliminatedHouseholds: number;
  riskEliminatedPersons: number;
  memberChanges: number;
  fieldChanges: number;
  largeIncomeChanges: number;
}

export interface DiffResult {
  /** Findings on this month's ledger. */
  findings: Finding[];
  /** Findings on last month's ledger (a household removed without a reason). */
  previousFindings: Finding[];
  addedHouseholds: DiffHousehold[];
  removedHouseholds: DiffHousehold[];
  addedPersons: DiffPerson[];
  removedPersons: DiffPerson[];
  memberChanges: MemberChange[];
  fieldChanges: FieldChange[];
  villages: VillageDiff[];
  counts: DiffCounts;
  largeChangePercent: number;
}

// A column that says why a person left, or a status that says they did.
const REASON_RE = /(减少|退出|注销|减员|变动|变更|删除)(原因|类型)/;
const STATUS_RE = /^(人员状态|成员状态|人口状态|家庭成员状态|变动情况|变动类型|是否减少)$/;
const REMOVED_STATUS = /死亡|迁出|注销|减少|删除|出嫁|失踪|服刑|转出|销户|已故/;

const reasonCols = new WeakMap<ParsedSheet, { reason: number; status: number }>();
function reasonColumns(sheet: ParsedSheet): { reason: number; status: number } {
  let c = reasonCols.get(sheet);
  if (!c) {
    const find = (re: RegExp) =>
      sheet.columns.find((col) => re.test(normText(col.path[col.path.length - 1] ?? col.header)))?.index ??
      -1;
    reasonCols.set(sheet, (c = { reason: find(REASON_RE), status: find(STATUS_RE) }));
  }
  return c;
}

/** The reason a row states for leaving: the reason column, else a status that means removal; '' when none. */
export function removalReason(sheet: ParsedSheet, r: number): string {
  const c = reasonColumns(sheet);
  const row = sheet.grid[r];
  if (c.reason >= 0) {
    const t = cellText(row?.[c.reason]);
    if (t) return t;
  }
  if (c.status >= 0) {
    const t = cellText(row?.[c.status]);
    if (REMOVED_STATUS.test(t)) return t;
  }
  return '';
}

function householdKey(h: HouseholdRec, idx: Map<HouseholdRec, LedgerPerson[]>): string {
  if (h.id) return `h:${h.id}`;
  const head = idx.get(h)?.find((p) => p.key);
  return head?.key ? `p:${head.key}` : `k:${h.key}`;
}

interface Side {
  a: Analysis;
  persons: LedgerPerson[];
  /** Active persons by key (removal-marked rows left out). */
  byKey: Map<string, LedgerPerson>;
  active: LedgerPerson[];
  removedRows: Map<LedgerPerson, string>;
  members: Map<HouseholdRec, LedgerPerson[]>;
  households: Map<string, HouseholdRec>;
  figure: (h: HouseholdRec) => HouseholdFigure;
}

function side(a: Analysis): Side {
  const idx = indexLedger(a.ctx.ledger);
  const byKey = new Map<string, LedgerPerson>();
  const active: LedgerPerson[] = [];
  const removedRows = new Map<LedgerPerson, string>();
  const members = new Map<HouseholdRec, LedgerPerson[]>();
  for (const p of idx.persons) {
    const why = removalReason(p.sheet, p.r);
    if (why) {
      removedRows.set(p, why);
      continue;
    }
    active.push(p);
    if (p.key && !byKey.has(p.key)) byKey.set(p.key, p);
    const list = members.get(p.household);
    if (list) list.push(p);
    else members.set(p.household, [p]);
  }
  const households = new Map<string, HouseholdRec>();
  for (const h of a.ctx.ledger.households) {
    // A household whose every member row is marked as removed has left.
    if (!members.has(h) && h.members.length > 0) continue;
    const k = householdKey(h, members);
    if (!households.has(k)) households.set(k, h);
  }
  const figs = a.report.households;
  return {
    a,
    persons: idx.persons,
    byKey,
    active,
    removedRows,
    members,
    households,
    figure: (h) => figs[h.index],
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function yesNo(v: boolean | null | undefined): string {
  return v === true ? '是' : v === false ? '否' : '';
}

type Num = number | null | undefined;

const AMOUNT_FIELDS: Array<[string, (f: HouseholdFigure) => Num]> = [
  ['wageIncome', (f) => f.components?.wageIncome],
  ['businessIncome', (f) => f.components?.businessIncome],
  ['propertyIncome', (f) => f.components?.propertyIncome],
  ['transferIncome', (f) => f.components?.transferIncome],
  ['businessExpense', (f) => f.components?.businessExpense],
  ['netIncome', (f) => f.netIncome],
  ['perCapitaNetIncome', (f) => f.perCapitaNetIncome],
];

const FLAG_FIELDS: Array<[string, string, (f: HouseholdFigure) => string]> = [
  ['householdType', '户类型', (f) => f.householdType ?? ''],
  ['monitorCategory', '监测对象类别', (f) => f.monitorCategory ?? ''],
  ['riskEliminated', '风险是否已消除', (f) => yesNo(f.riskEliminated)],
  ['unsafeHousing', '住房安全（是否危房）', (f) => yesNo(f.unsafeHousing)],
  ['safeWater', '饮水安全', (f) => (f.unsafeWater === undefined ? '' : f.unsafeWater ? '否' : '是')],
  [
    'residentMedical',
    '未参保人数',
    (f) => (f.uninsuredMembers === undefined ? '' : String(f.uninsuredMembers)),
  ],
  [
    'schoolStatus',
    '义务教育适龄失学人数',
    (f) => (f.outOfSchoolMembers === undefined ? '' : String(f.outOfSchoolMembers)),
  ],
];

function diffPerson(p: LedgerPerson, reason: string): DiffPerson {
  return {
    name: p.name,
    idText: p.idText,
    householdId: p.householdId,
    village: p.village,
    sheet: p.sheet.name,
    row: p.r + 1,
    reason,
  };
}

/** Where a household-level field sits on the current ledger. */
function fieldCell(h: HouseholdRec, key: string): { sheet: ParsedSheet; r: number; c: number } {
  const ref = hRef(h, key);
  const c = ref.sheet.byKey[key]?.index ?? ref.sheet.byKey.householdId?.index ?? 0;
  return { sheet: ref.sheet, r: ref.r, c };
}

/** Compares two analysed versions of the same ledger. `config` decides severities (this month's). */
export function diffLedgers(
  previous: Analysis,
  current: Analysis,
  config: Config,
  options: DiffOptions = {},
): DiffResult {
  const threshold = options.largeChangePercent ?? 30;
  const P = side(previous);
  const C = side(current);
  const findings: Finding[] = [];
  const previousFindings: Finding[] = [];
  const emit: Emitter = emitter(config, findings);
  const emitPrev: Emitter = emitter(config, previousFindings);
  const line = current.report.config.monitoringLine as number;
  const ref = current.ctx.ref;

  // Reasons from this month's rows marked as removed, by person and by household.
  const reasonByKey = new Map<string, string>();
  const reasonByHousehold = new Map<string, string>();
  for (const [p, why] of C.removedRows) {
    if (p.key) reasonByKey.set(p.key, why);
    if (p.householdId && !reasonByHousehold.has(p.householdId)) reasonByHousehold.set(p.householdId, why);
  }

  const addedHouseholds: DiffHousehold[] = [];
  const removedHouseholds: DiffHousehold[] = [];
  const hh = (s: Side, h: HouseholdRec, reason: string): DiffHousehold => {
    const f = s.figure(h);
    return {
      householdId: h.id,
      village: f.village,
      headName: f.headName ?? '',
      persons: s.members.get(h)?.length ?? h.members.length,
      householdType: f.householdType ?? '',
      sheet: f.sheet,
      row: f.row,
      reason,
    };
  };
  for (const [k, h] of C.households) if (!P.households.has(k)) addedHouseholds.push(hh(C, h, ''));
  for (const [k, h] of P.households) {
    if (C.households.has(k)) continue;
    const members = P.members.get(h) ?? [];
    const reason =
      (h.id ? reasonByHousehold.get(h.id) : undefined) ??
      members.map((m) => (m.key ? reasonByKey.get(m.key) : undefined)).find((x) => x) ??
      members.map((m) => removalReason(m.sheet, m.r)).find((x) => x) ??
      '';
    const d = hh(P, h, reason);
    removedHouseholds.push(d);
    if (!reason) {
      const at = fieldCell(h, 'householdId');
      emitPrev({
        rule: 'compare.removed-no-reason',
        sheet: at.sheet,
        r: at.r,
        c: at.c,
        householdId: h.id || undefined,
        value: h.id,
        message: `户编号${h.id || '（空）'}（户主${d.headName || '未知'}，${d.village}，${d.persons}人）上月在台账中，本月已没有，且未填写减少原因。请在本月台账中注明减少原因（如自然减少、识别不准清退、风险消除后退出）。`,
      });
    }
  }

  // Persons: by ID. Unmatched leavers and newcomers with the same name and birth date (or the same name in the
  // same household) are one person whose ID changed.
  const removedP: LedgerPerson[] = [];
  const addedP: LedgerPerson[] = [];
  for (const p of P.active) if (!p.key || !C.byKey.has(p.key)) removedP.push(p);
  for (const p of C.active) if (!p.key || !P.byKey.has(p.key)) addedP.push(p);
  // Persons without a readable ID meet by household and name.
  const nameInHousehold = (p: LedgerPerson) => `${p.householdId}\u0000${p.nameKey}`;
  const prevNoKey = new Map(removedP.filter((p) => !p.key).map((p) => [nameInHousehold(p), p]));
  const pairedNoKey = new Set<LedgerPerson>();
  const addedAfterNoKey = addedP.filter((p) => {
    if (p.key) return true;
    const q = prevNoKey.get(nameInHousehold(p));
    if (q) {
      pairedNoKey.add(q);
      return false;
    }
    return true;
  });
  const byBirthName = new Map<string, LedgerPerson>();
  const byHouseName = new Map<string, LedgerPerson>();
  for (const p of removedP) {
    if (pairedNoKey.has(p) || !p.nameKey) continue;
    if (p.key) byBirthName.set(`${p.nameKey}\u0000${p.key.slice(6, 14)}`, p);
    byHouseName.set(nameInHousehold(p), p);
  }
  const idChanged = new Map<LedgerPerson, LedgerPerson>();
  const pairedPrev = new Set<LedgerPerson>();
  for (const p of addedAfterNoKey) {
    if (!p.key || !p.nameKey) continue;
    const q =
      byBirthName.get(`${p.nameKey}\u0000${p.key.slice(6, 14)}`) ?? byHouseName.get(nameInHousehold(p));
    if (!q || pairedPrev.has(q)) continue;
    idChanged.set(p, q);
    pairedPrev.add(q);
  }

  const memberChanges: MemberChange[] = [];
  const addedPersons: DiffPerson[] = [];
  const removedPersons: DiffPerson[] = [];
  const prevHouseholdIds = new Set([...P.households.values()].map((h) => h.id));
  const curHouseholdIds = new Set([...C.households.values()].map((h) => h.id));

  for (const [p, q] of idChanged) {
    memberChanges.push({ ...diffPerson(p, ''), kind: '证件号码变更', before: q.idText });
    const idCol = p.sheet.byKey.idNumber?.index ?? 0;
    emit({
      rule: 'compare.id-changed',
      sheet: p.sheet,
      r: p.r,
      c: idCol,
      householdId: p.householdId || undefined,
      value: `${q.idText}→${p.idText}`,
      message: `${p.name}（户编号${p.householdId || '（空）'}）上月证件号码为“${q.idText}”，本月为“${p.idText}”。同一人员的证件号码不应改变：请按身份证核对哪一个正确，并在系统中办理信息变更。`,
    });
  }
  for (const p of addedAfterNoKey) {
    if (idChanged.has(p)) continue;
    addedPersons.push(diffPerson(p, ''));
    if (!prevHouseholdIds.has(p.householdId) || !p.householdId) continue;
    const birth = p.key ? { y: +p.key.slice(6, 10), m: +p.key.slice(10, 12), d: +p.key.slice(12, 14) } : null;
    const newborn = birth !== null && ageAt(birth, ref) < 2;
    memberChanges.push({ ...diffPerson(p, ''), kind: newborn ? '新生儿' : '新增成员' });
  }
  for (const p of removedP) {
    if (pairedPrev.has(p) || pairedNoKey.has(p)) continue;
    const reason = (p.key ? reasonByKey.get(p.key) : undefined) ?? removalReason(p.sheet, p.r);
    removedPersons.push(diffPerson(p, reason));
    if (!curHouseholdIds.has(p.householdId) || !p.householdId) continue;
    memberChanges.push({ ...diffPerson(p, reason), kind: /死亡|已故/.test(reason) ? '死亡' : '减少成员' });
  }
  // Same person, other household.
  for (const p of C.active) {
    if (!p.key) continue;
    const q = P.byKey.get(p.key);
    if (q && q.householdId !== p.householdId)
      memberChanges.push({ ...diffPerson(p, ''), kind: '户间迁移', before: q.householdId });
  }

  // Field changes and suspicious ones, for households in both months.
  const fieldChanges: FieldChange[] = [];
  let newlyMonitoredHouseholds = 0;
  let newlyMonitoredPersons = 0;
  let riskEliminatedHouseholds = 0;
  let riskEliminatedPersons = 0;
  let largeIncomeChanges = 0;
  for (const [k, h] of C.households) {
    const f = C.figure(h);
    const persons = C.members.get(h)?.length ?? h.members.length;
    const ph = P.households.get(k);
    if (!ph) {
      if (f.monitored) {
        newlyMonitoredHouseholds++;
        newlyMonitoredPersons += persons;
      }
      continue;
    }
    const g = P.figure(ph);
    if (f.monitored && !g.monitored) {
      newlyMonitoredHouseholds++;
      newlyMonitoredPersons += persons;
    }
    const change = (
      key: string,
      field: string,
      before: string,
      after: string,
      percent: number | null,
      large: boolean,
    ) => {
      const at = fieldCell(h, key);
      fieldChanges.push({
        householdId: h.id,
        village: f.village,
        headName: f.headName ?? '',
        key,
        field,
        before,
        after,
        percent,
        large,
        sheet: at.sheet.name,
        cell: a1(at.r, at.c),
      });
      return at;
    };
    for (const [key, label, get] of FLAG_FIELDS) {
      const before = get(g);
      const after = get(f);
      if (before !== after && normText(before) !== normText(after))
        change(key, label, before, after, null, false);
    }
    for (const [key, get] of AMOUNT_FIELDS) {
      const before = get(g);
      const after = get(f);
      if (before === after || (before == null && after == null)) continue;
      if (before != null && after != null && Math.abs(before - after) < 0.005) continue;
      const percent =
        before != null && after != null && before !== 0
          ? round2(((after - before) / Math.abs(before)) * 100)
          : null;
      const large = percent !== null ? Math.abs(percent) >= threshold : before != null && after != null;
      const at = change(
        key,
        columnLabel(key),
        before == null ? '' : String(before),
        after == null ? '' : String(after),
        percent,
        large,
      );
      if (key === 'perCapitaNetIncome' && large && before != null && after != null) {
        largeIncomeChanges++;
        emit({
          rule: 'compare.large-income-change',
          sheet: at.sheet,
          r: at.r,
          c: at.c,
          householdId: h.id || undefined,
          value: `${before}→${after}`,
          message: `户编号${h.id}（户主${f.headName ?? ''}）人均纯收入由上月${before}元变为${after}元（${percent === null ? '由0变化' : `${percent > 0 ? '+' : ''}${percent}%`}），变化超过${threshold}%。请核实收入数据。`,
        });
      }
    }

    const pcB = g.perCapitaNetIncome;
    const pcA = f.perCapitaNetIncome;
    const pcAt = fieldCell(h, 'perCapitaNetIncome');
    if (g.riskEliminated !== true && f.riskEliminated === true) {
      riskEliminatedHouseholds++;
      riskEliminatedPersons += persons;
      if (pcB != null && pcA != null && pcA < pcB) {
        const at = fieldCell(h, 'riskEliminated');
        emit({
          rule: 'compare.risk-eliminated-income-fell',
          sheet: at.sheet,
          r: at.r,
          c: at.c,
          householdId: h.id || undefined,
          value: `${pcB}→${pcA}`,
          message: `户编号${h.id}（户主${f.headName ?? ''}）本月标为风险已消除，但人均纯收入由上月${pcB}元降为${pcA}元。请核实风险消除的依据。`,
        });
      }
    }
    if (pcB != null && pcA != null && Number.isFinite(line)) {
      if (pcB >= line && pcA < line)
        emit({
          rule: 'compare.fell-below-monitoring-line',
          sheet: pcAt.sheet,
          r: pcAt.r,
          c: pcAt.c,
          householdId: h.id || undefined,
          value: `${pcB}→${pcA}`,
          message: `户编号${h.id}（户主${f.headName ?? ''}）人均纯收入由上月${pcB}元降到${pcA}元，低于监测线${line}元。请及时开展监测对象识别评估。`,
        });
      else if (pcB < line && pcA >= line)
        emit({
          rule: 'compare.rose-above-monitoring-line',
          sheet: pcAt.sheet,
          r: pcAt.r,
          c: pcAt.c,
          householdId: h.id || undefined,
          value: `${pcB}→${pcA}`,
          message: `户编号${h.id}（户主${f.headName ?? ''}）人均纯收入由上月${pcB}元升到${pcA}元，达到监测线${line}元以上。请核实收入，符合条件的按程序评估风险消除。`,
        });
    }
  }

  // By village.
  const villages = new Map<string, VillageDiff>();
  const v = (name: string): VillageDiff => {
    const key = villageKey(name);
    let e = villages.get(key);
    if (!e) {
      e = {
        village: name,
        previousHouseholds: 0,
        previousPersons: 0,
        currentHouseholds: 0,
        currentPersons: 0,
        addedHouseholds: 0,
        addedPersons: 0,
        removedHouseholds: 0,
        removedPersons: 0,
        memberChanges: 0,
        fieldChanges: 0,
      };
      villages.set(key, e);
    }
    return e;
  };
  for (const h of P.households.values()) {
    const e = v(P.figure(h).village);
    e.previousHouseholds++;
    e.previousPersons += P.members.get(h)?.length ?? 0;
  }
  for (const h of C.households.values()) {
    const e = v(C.figure(h).village);
    e.currentHouseholds++;
    e.currentPersons += C.members.get(h)?.length ?? 0;
  }
  for (const x of addedHouseholds) v(x.village).addedHouseholds++;
  for (const x of removedHouseholds) v(x.village).removedHouseholds++;
  for (const x of addedPersons) v(x.village).addedPersons++;
  for (const x of removedPersons) v(x.village).removedPersons++;
  for (const x of memberChanges) v(x.village).memberChanges++;
  for (const x of fieldChanges) v(x.village).fieldChanges++;

  const sum = (k: keyof VillageDiff) => [...villages.values()].reduce((s, e) => s + (e[k] as number), 0);
  const counts: DiffCounts = {
    previousHouseholds: sum('previousHouseholds'),
    previousPersons: sum('previousPersons'),
    currentHouseholds: sum('currentHouseholds'),
    currentPersons: sum('currentPersons'),
    addedHouseholds: addedHouseholds.length,
    addedPersons: addedPersons.length,
    removedHouseholds: removedHouseholds.length,
    removedPersons: removedPersons.length,
    newlyMonitoredHouseholds,
    newlyMonitoredPersons,
    riskEliminatedHouseholds,
    riskEliminatedPersons,
    memberChanges: memberChanges.length,
    fieldChanges: fieldChanges.length,
    largeIncomeChanges,
  };
  return {
    findings,
    previousFindings,
    addedHouseholds,
    removedHouseholds,
    addedPersons,
    removedPersons,
    memberChanges,
    fieldChanges,
    villages: [...villages.values()].sort((a, b) => a.village.localeCompare(b.village, 'zh')),
    counts,
    largeChangePercent: threshold,
  };
}
