// 账账相符 — one ledger against department lists. Persons meet by the normalised 18-character ID; the name is a
// second key (same ID, other name; or same name and birth date, other ID). Per list kind, the ledger's own
// statement is checked against being on the list, both ways, and matched persons' 村 / 人数 / amounts compared.
import type { Config } from '../config/schema';
import type { CellValue, Finding, Severity } from '../types';
import { a1 } from '../grid/address';
import { normText, parseFlag } from '../grid/normalise';
import { hcell, householdHasColumn, type HouseholdRec, type Ledger } from '../model/ledger';
import { amountOf } from '../calc/income';
import { RULES } from '../rules/catalogue';
import { emitter, type Emitter } from './emit';
import { LIST_KIND_LABEL, type ListKind, type ListRecord, type ParsedList } from './lists';
import {
  decodeEnjoys,
  householdAttribute,
  indexLedger,
  statusColumn,
  statusValue,
  villageKey,
  type LedgerIndex,
  type LedgerPerson,
  type StatusField,
} from './ledgerPeople';

/** One row of the 比对结果 table: one discrepancy with both sides' values. */
export interface Discrepancy {
  rule: string;
  severity: Severity;
  /** "低保名单.xlsx / Sheet1" */
  list: string;
  kind: ListKind;
  /** 比对项: the field compared. */
  item: string;
  name: string;
  idText: string;
  householdId: string;
  village: string;
  ledgerValue: string;
  listValue: string;
  ledgerCell?: { sheet: string; cell: string };
  listCell?: { source: string; sheet: string; cell: string };
  message: string;
}

export interface ListSummary {
  source: string;
  sheet: string;
  kind: ListKind;
  kindLabel: string;
  guessed: boolean;
  rows: number;
  /** Rows whose ID met a ledger person. */
  matched: number;
  /** Rows whose ID could not be read (empty, number-typed, malformed). */
  unreadableIds: number;
  perHousehold: boolean;
}

export interface CompareResult {
  findings: Finding[];
  discrepancies: Discrepancy[];
  lists: ListSummary[];
}

interface KindRule {
  /** Field of the ledger that states the kind, and its decoded value for a person. */
  field?: StatusField;
  says: (p: LedgerPerson, idx: LedgerIndex) => boolean | null;
  /** Whether the person should be on the list (default: says). */
  expects?: (p: LedgerPerson) => boolean | null;
  /** Rule when the ledger says yes and the person is not on the list. */
  missing?: string;
  /** Rule when the person is on the list and the ledger says no. */
  contradicts?: string;
  /** Rule when merely being on the list is the problem (死亡, 财政供养, other lists). */
  listed?: string;
  /** Ledger amount key compared with the list's annual amount. */
  amountKey?: string;
}

const flag = (v: CellValue | undefined) => (v === undefined ? null : parseFlag(v));

function enjoys(field: 'dibao' | 'tekun') {
  return (p: LedgerPerson): boolean | null => {
    const v = statusValue(p, field);
    if (v !== undefined) return decodeEnjoys(v);
    return householdAttribute(p.household, field);
  };
}

const KIND_RULES: Record<ListKind, KindRule> = {
  dibao: {
    field: 'dibao',
    says: enjoys('dibao'),
    missing: 'compare.dibao-missing',
    contradicts: 'compare.dibao-not-enjoying',
    amountKey: 'minimumLiving',
  },
  tekun: {
    field: 'tekun',
    says: enjoys('tekun'),
    missing: 'compare.tekun-missing',
    contradicts: 'compare.tekun-not-supported',
    amountKey: 'extremePovertySupport',
  },
  disabled: {
    field: 'health',
    says: (p) => {
      const v = statusValue(p, 'health');
      if (v === undefined) return null;
      const t = normText(v);
      if (t.includes('残疾')) return true;
      return t === '健康' ? false : null;
    },
    missing: 'compare.disabled-missing',
    contradicts: 'compare.disabled-healthy',
  },
  medical: {
    field: 'residentMedical',
    says: (p) => {
      const a = flag(statusValue(p, 'residentMedical'));
      const b = flag(statusValue(p, 'employeeMedical'));
      if (a === true || b === true) return true;
      return a === false ? false : null;
    },
    contradicts: 'compare.medical-uninsured',
    missing: 'compare.medical-missing',
    // A 城乡居民医保 list has no 城镇职工 enrollees: only the resident scheme says the person should be on it.
    expects: (p) => flag(statusValue(p, 'residentMedical')),
  },
  student: {
    field: 'schoolStatus',
    says: (p) => {
      const v = statusValue(p, 'schoolStatus');
      if (v === undefined) return null;
      const t = normText(v);
      if (t === '') return null;
      return !/非在校|学龄前|辍学|毕业/.test(t);
    },
    missing: 'compare.student-missing',
    contradicts: 'compare.student-not-in-school',
  },
  death: { says: () => null, listed: 'compare.deceased-member' },
  publicServant: { says: () => null, listed: 'compare.public-servant' },
  other: { says: () => null, listed: 'compare.other-list-match' },
};

const YES_LABEL: Record<ListKind, [string, string]> = {
  dibao: ['享受低保', '未享受低保'],
  tekun: ['享受特困供养', '未享受特困供养'],
  disabled: ['残疾', '健康'],
  medical: ['已参保', '未参保'],
  student: ['在校', '非在校'],
  death: ['', ''],
  publicServant: ['', ''],
  other: ['', ''],
};

function listName(l: ParsedList): string {
  return `${l.source} / ${l.sheet.name}`;
}

function listCell(l: ParsedList, rec: ListRecord, col = l.columns.id) {
  return { source: l.source, sheet: l.sheet.name, cell: a1(rec.r, col?.index ?? 0) };
}

function householdSize(h: HouseholdRec): number {
  const v = amountOf(hcell(h, 'householdSize'));
  return v !== null && Number.isInteger(v) ? v : h.members.length;
}

interface Ctx {
  emit: Emitter;
  out: CompareResult;
  idx: LedgerIndex;
}

/** Emits a finding on the ledger and the matching 比对结果 row. */
function report(
  c: Ctx,
  l: ParsedList,
  p: LedgerPerson,
  rule: string,
  item: string,
  col: number,
  ledgerValue: string,
  listValue: string,
  message: string,
  rec?: ListRecord,
): void {
  const f = c.emit({
    rule,
    sheet: p.sheet,
    r: p.r,
    c: col,
    message,
    householdId: p.householdId || undefined,
    value: `台账：${ledgerValue || '（空）'}；名单：${listValue || '（空）'}`,
  });
  if (!f) return;
  c.out.discrepancies.push({
    rule,
    severity: f.severity,
    list: listName(l),
    kind: l.kind,
    item,
    name: p.name,
    idText: p.idText,
    householdId: p.householdId,
    village: p.village,
    ledgerValue,
    listValue,
    ledgerCell: { sheet: f.sheet, cell: f.cell },
    ...(rec ? { listCell: listCell(l, rec) } : {}),
    message,
  });
}

const idColOf = (p: LedgerPerson) => p.sheet.byKey.idNumber?.index ?? p.sheet.columns[0]?.index ?? 0;

function colOf(p: LedgerPerson, field: StatusField | undefined): number {
  const col = field ? statusColumn(p.sheet, field) : undefined;
  return col?.index ?? idColOf(p);
}

function who(p: LedgerPerson): string {
  return `${p.name || '（无姓名）'}（${p.idText}${p.householdId ? `，户编号${p.householdId}` : ''}）`;
}

function compareOne(c: Ctx, l: ParsedList): void {
  const rules = KIND_RULES[l.kind];
  const label = LIST_KIND_LABEL[l.kind];
  const lname = `“${l.source}”${l.kind === 'other' ? '' : `（${label}名单）`}`;
  const byKey = new Map<string, ListRecord[]>();
  const summary: ListSummary = {
    source: l.source,
    sheet: l.sheet.name,
    kind: l.kind,
    kindLabel: label,
    guessed: l.guessed,
    rows: l.records.length,
    matched: 0,
    unreadableIds: 0,
    perHousehold: l.perHousehold,
  };
  for (const rec of l.records) {
    if (rec.key) {
      const list = byKey.get(rec.key);
      if (list) list.push(rec);
      else byKey.set(rec.key, [rec]);
    } else if (rec.keyProblem !== 'empty' || rec.name !== '') {
      summary.unreadableIds++;
      c.out.discrepancies.push({
        rule: 'compare.list-id-invalid',
        severity: RULES['compare.list-id-invalid'].severity,
        list: listName(l),
        kind: l.kind,
        item: '证件号码',
        name: rec.name,
        idText: rec.idText,
        householdId: '',
        village: rec.village,
        ledgerValue: '',
        listValue: rec.idText,
        listCell: listCell(l, rec),
        message:
          rec.keyProblem === 'number-precision'
            ? `名单第${rec.r + 1}行证件号码以数字存储，后几位已丢失，无法比对。请让提供名单的部门以文本格式导出。`
            : `名单第${rec.r + 1}行证件号码“${rec.idText}”${rec.keyProblem === 'empty' ? '为空' : '不是有效的身份证号码'}，无法比对。`,
      });
    }
  }
  const [yes, no] = YES_LABEL[l.kind];

  // Households with a listed member (per-household lists name only the 户主).
  const listedHouseholds = new Map<HouseholdRec, { p: LedgerPerson; recs: ListRecord[] }>();
  const matchedKeys = new Set<string>();
  for (const p of c.idx.persons) {
    if (!p.key) continue;
    const recs = byKey.get(p.key);
    if (!recs) continue;
    if (!matchedKeys.has(p.key)) {
      matchedKeys.add(p.key);
      summary.matched++;
    }
    const hl = listedHouseholds.get(p.household);
    if (hl) hl.recs.push(...recs);
    else listedHouseholds.set(p.household, { p, recs: [...recs] });
    const rec = recs[0];
    const listValue = rec.status || '在名单中';
    // Same person, other name (a typo on one side, or an ID given to the wrong person).
    if (rec.nameKey && p.nameKey && rec.nameKey !== p.nameKey)
      report(
        c,
        l,
        p,
        'compare.name-mismatch',
        '姓名',
        p.sheet.byKey.name?.index ?? idColOf(p),
        p.name,
        rec.name,
        `${lname}中证件号码${p.idText}的姓名为“${rec.name}”，台账为“${p.name}”。请按身份证核对姓名或证件号码。`,
        rec,
      );
    if (rules.listed) {
      const s = c.idx.status(p.household);
      const type = s.monitored ? `监测对象（${s.category || s.type || '类别未填'}）` : s.type || '台账';
      const msg =
        l.kind === 'death'
          ? `${who(p)}在${lname}中${rec.deathDate ? `（死亡日期${rec.deathDate}）` : ''}，台账仍将其列为家庭成员。请核实后办理自然减少并更新家庭人口数。`
          : l.kind === 'publicServant'
            ? `${who(p)}在${lname}中${rec.unit ? `（${rec.unit}）` : ''}，其家庭为${type}。财政供养人员家庭一般不应纳入，请核实识别是否准确。`
            : `${who(p)}在${lname}中，其家庭为${type}。请核实名单所列情况（如车辆、房产、经营主体）是否影响认定。`;
      report(c, l, p, rules.listed, '在名单中', idColOf(p), type, listValue, msg, rec);
    }
    if (rules.contradicts && rules.says(p, c.idx) === false) {
      const ledgerValue = String(
        (rules.field && statusValue(p, rules.field)) ??
          (rules.field === 'dibao' || rules.field === 'tekun' ? no : ''),
      );
      report(
        c,
        l,
        p,
        rules.contradicts,
        l.kind === 'disabled'
          ? '健康状况'
          : l.kind === 'student'
            ? '在校生状况'
            : l.kind === 'medical'
              ? '参保情况'
              : `享受${label}`,
        colOf(p, rules.field),
        ledgerValue || no,
        listValue,
        `${who(p)}在${lname}中，台账却为“${ledgerValue || no}”。请核实后更新台账（或告知名单部门）。`,
        rec,
      );
    }
    // 村 on both sides.
    if (rec.village && p.village && villageKey(rec.village) !== villageKey(p.village)) {
      const a = villageKey(rec.village);
      const b = villageKey(p.village);
      if (!a.endsWith(b) && !b.endsWith(a))
        report(
          c,
          l,
          p,
          'compare.field-mismatch',
          '村',
          p.sheet.byKey.village?.index ?? idColOf(p),
          p.village,
          rec.village,
          `${who(p)}的村：台账为“${p.village}”，${lname}为“${rec.village}”。请核实户籍或居住地。`,
          rec,
        );
    }
  }

  // 人数 and amounts per listed household.
  for (const [h, { p, recs }] of listedHouseholds) {
    const head = recs.find((r) => r.count !== null);
    if (head && head.count !== null && (l.kind === 'dibao' || l.kind === 'tekun')) {
      // 保障人数 against the members the ledger marks as enjoying, else the household size.
      const field = rules.field!;
      const marked = h.members.some((m) => statusColumn(m.sheet, field) !== undefined);
      const ledgerCount = marked
        ? h.members.filter((m) => decodeEnjoys(statusValue(m, field)) === true).length
        : householdSize(h);
      if (ledgerCount !== head.count)
        report(
          c,
          l,
          p,
          'compare.field-mismatch',
          marked ? `享受${label}人数` : '人数',
          h.main.sheet.byKey.householdSize?.index ?? idColOf(p),
          String(ledgerCount),
          String(head.count),
          `户编号${h.id || '（空）'}：${lname}的保障人数为${head.count}，台账${marked ? `标为享受${label}的成员` : '家庭人口数'}为${ledgerCount}。请核对。`,
          head,
        );
    }
    const amountCol = l.columns.amount;
    if (
      rules.amountKey &&
      amountCol &&
      /年|全年|累计/.test(normText(amountCol.path.join(''))) &&
      householdHasColumn(h, rules.amountKey)
    ) {
      const ledgerAmount = amountOf(hcell(h, rules.amountKey));
      const unique = [...new Set(recs)];
      const listAmount = unique.reduce((s, r) => s + (r.amount ?? 0), 0);
      if (
        ledgerAmount !== null &&
        unique.some((r) => r.amount !== null) &&
        Math.abs(ledgerAmount - listAmount) > 1
      ) {
        const col = h.main.sheet.byKey[rules.amountKey] ?? h.members[0].sheet.byKey[rules.amountKey];
        report(
          c,
          l,
          p,
          'compare.field-mismatch',
          rules.amountKey === 'minimumLiving' ? '低保金' : '特困供养金',
          col?.index ?? idColOf(p),
          String(ledgerAmount),
          String(Math.round(listAmount * 100) / 100),
          `户编号${h.id || '（空）'}：${lname}的全年金额为${Math.round(listAmount * 100) / 100}元，台账为${ledgerAmount}元。请核对发放记录。`,
          unique[0],
        );
      }
    }
  }

  // The ledger says yes, the list does not have the person (only villages the list covers, when it names them).
  if (rules.missing) {
    const villages = l.columns.village
      ? new Set(l.records.map((r) => villageKey(r.village)).filter((v) => v !== ''))
      : null;
    const reported = new Set<HouseholdRec>();
    for (const p of c.idx.persons) {
      if ((rules.expects ? rules.expects(p) : rules.says(p, c.idx)) !== true) continue;
      if (p.key && byKey.has(p.key)) continue;
      if (l.perHousehold && listedHouseholds.has(p.household)) continue;
      if (villages && !villages.has(villageKey(p.village))) continue;
      // A per-household list is missing the household once, not each member.
      if (l.perHousehold) {
        if (reported.has(p.household)) continue;
        reported.add(p.household);
      }
      const v = rules.field ? statusValue(p, rules.field) : undefined;
      const ledgerValue = v !== undefined && v !== '' ? String(v) : yes;
      report(
        c,
        l,
        p,
        rules.missing,
        '是否在名单中',
        colOf(p, rules.field),
        ledgerValue,
        '不在名单中',
        `台账中${who(p)}为“${ledgerValue}”，但不在${lname}中。请核实是否${l.kind === 'medical' ? '已参保' : l.kind === 'student' ? '在校' : `享受${label}`}，并更正台账或告知名单部门。`,
      );
    }
  }

  // Same name and birth date, other ID: the list has the person under another number.
  const byNameBirth = new Map<string, LedgerPerson[]>();
  for (const p of c.idx.persons) {
    if (!p.key || !p.nameKey || matchedKeys.has(p.key)) continue;
    const k = `${p.nameKey}\u0000${p.key.slice(6, 14)}`;
    const list = byNameBirth.get(k);
    if (list) list.push(p);
    else byNameBirth.set(k, [p]);
  }
  for (const rec of l.records) {
    if (!rec.nameKey || !rec.birth || (rec.key && c.idx.byKey.has(rec.key))) continue;
    const cands = byNameBirth.get(`${rec.nameKey}\u0000${rec.birth}`);
    if (!cands || cands.length !== 1) continue;
    const p = cands[0];
    report(
      c,
      l,
      p,
      'compare.id-mismatch',
      '证件号码',
      idColOf(p),
      p.idText,
      rec.idText,
      `${lname}中“${rec.name}”（出生日期${rec.birth}）的证件号码为“${rec.idText}”，台账为“${p.idText}”。同名同生日、号码不同：请按身份证核对哪一方录错。`,
      rec,
    );
  }
  c.out.lists.push(summary);
}

/** Compares the ledger (already parsed and grouped) with each list. */
export function compareWithLists(ledger: Ledger, lists: ParsedList[], config: Config): CompareResult {
  const out: CompareResult = { findings: [], discrepancies: [], lists: [] };
  const c: Ctx = { emit: emitter(config, out.findings), out, idx: indexLedger(ledger) };
  for (const l of lists) compareOne(c, l);
  return out;
}
