// Household structure (rules.md): one 户主 and at most one 配偶 per household, 家庭人口数 vs member rows,
// household-level fields equal on every row of a household, and the two-sheet join (户 sheet ↔ 人 sheet).
import type { RuleContext } from './context';
import { quote } from '../grid/quote';
import type { CellValue, ParsedSheet } from '../types';
import { cellText, isEmpty, normText, parseDate, parseNumber, formatYMD } from '../grid/normalise';
import {
  cell,
  hcell,
  hRef,
  householdHasColumn,
  type HouseholdRec,
  type PersonRow,
  type RowRef,
} from '../model/ledger';
import { COLUMN_DEFS, columnLabel } from '../profiles/synonyms';
import { HEAD_RELATION, SPOUSE_RELATION } from '../profiles/personTables';
import { analyseIdNumber, trimIdText } from '../id/gb11643';
import { amountOf } from '../calc/income';
import { memberColumns, memberValue } from '../model/members';

/** Household-level logical keys (level H), except the grouping key itself. */
const HOUSEHOLD_KEYS = COLUMN_DEFS.filter((d) => d.level === 'H' && d.key !== 'householdId').map(
  (d) => d.key,
);

const RELATION_RULES = ['household.no-head', 'household.multiple-heads', 'household.multiple-spouses'];

const hidOf = (h: HouseholdRec): string => h.id || h.key;
const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');

/** Comparable form of a household field: numbers by value, dates by day, text after normText. */
function comparable(v: CellValue | undefined): string {
  if (v === undefined || isEmpty(v)) return '';
  // Long digit strings (证件号码, 银行卡号) lose digits as numbers: compare them as text.
  if (typeof v === 'string' && /\d{16,}/.test(v)) return `t:${normText(v).replace(/^'/, '').toUpperCase()}`;
  const n = parseNumber(v);
  if ((n.kind === 'number' || n.kind === 'text-number') && n.unit !== '%') return `n:${amountOf(v)}`;
  const d = parseDate(v);
  if (d.date) return `d:${formatYMD(d.date)}`;
  return `t:${normText(v)}`;
}

const shown = (v: CellValue | undefined): string => (v === undefined || isEmpty(v) ? '空' : quote(v));

/** household.inconsistent over a group of rows of one sheet: one finding per field, at the first differing row. */
/** The household-level columns a sheet has, in HOUSEHOLD_KEYS order, with their grid indexes. */
interface HouseholdColumn {
  key: string;
  ci: number;
}

// Per sheet, so checkConsistency does not look up every household key for every household.
const HOUSEHOLD_COLUMNS = new WeakMap<ParsedSheet, HouseholdColumn[]>();

function householdColumns(sheet: ParsedSheet): HouseholdColumn[] {
  let cols = HOUSEHOLD_COLUMNS.get(sheet);
  if (!cols) {
    cols = [];
    for (const key of HOUSEHOLD_KEYS) {
      const col = sheet.byKey[key];
      if (col) cols.push({ key, ci: col.index });
    }
    HOUSEHOLD_COLUMNS.set(sheet, cols);
  }
  return cols;
}

function checkConsistency(ctx: RuleContext, h: HouseholdRec, sheet: ParsedSheet, rows: RowRef[]): void {
  if (rows.length < 2) return;
  const first = rows[0];
  const grid = sheet.grid;
  for (const { key, ci } of householdColumns(sheet)) {
    // Identical raw values (the usual case) are equal without normalising either.
    const baseRaw = grid[first.r]?.[ci] ?? '';
    let base: string | undefined;
    let other: RowRef | undefined;
    for (let i = 1; i < rows.length; i++) {
      const v = grid[rows[i].r]?.[ci] ?? '';
      if (v === baseRaw) continue;
      base ??= comparable(baseRaw);
      if (comparable(v) !== base) {
        other = rows[i];
        break;
      }
    }
    if (!other) continue;
    const label = sheet.byKey[key].header || columnLabel(key);
    const a = cell(first, key);
    const b = cell(other, key);
    ctx.emit({
      rule: 'household.inconsistent',
      sheet,
      r: other.r,
      col: key,
      value: b,
      householdId: hidOf(h),
      message: `${hLabel(h)}同一户的“${label}”不一致：第${first.r + 1}行为“${shown(a)}”，第${other.r + 1}行为“${shown(b)}”。户级信息在本户各行应相同，请核实后统一填写。`,
    });
  }
}

/** Members whose 与户主关系 is `relation` (only built when a finding lists them). */
function withRelationTo(h: HouseholdRec, relation: string): PersonRow[] {
  return h.members.filter(
    (m) => m.sheet.byKey.relationToHead && normText(cell(m, 'relationToHead')) === relation,
  );
}

/** "姓名（第n行）、…" for messages. */
function names(rows: RowRef[]): string {
  return rows.map((p) => `${quote(cell(p, 'name')) || '（无姓名）'}（第${p.r + 1}行）`).join('、');
}

function checkRelations(ctx: RuleContext, h: HouseholdRec): void {
  // Counted first; the member lists are built only when a finding needs them (almost never).
  let at: PersonRow | undefined;
  let withRelation = 0;
  let headCount = 0;
  let spouseCount = 0;
  for (const m of h.members) {
    const ci = memberColumns(m.sheet).relationToHead;
    if (ci < 0) {
      ctx.missingColumn(m.sheet, 'relationToHead', RELATION_RULES);
      continue;
    }
    at ??= m;
    withRelation++;
    const rel = normText(memberValue(m, ci));
    if (rel === HEAD_RELATION) headCount++;
    else if (rel === SPOUSE_RELATION) spouseCount++;
  }
  if (at === undefined) return;
  const heads = headCount > 1 ? withRelationTo(h, HEAD_RELATION) : [];
  const spouses = spouseCount > 1 ? withRelationTo(h, SPOUSE_RELATION) : [];
  if (headCount === 0) {
    ctx.emit({
      rule: 'household.no-head',
      sheet: at.sheet,
      r: at.r,
      col: 'relationToHead',
      value: cell(at, 'relationToHead'),
      householdId: hidOf(h),
      message: `${hLabel(h)}本户${withRelation}名成员中没有与户主关系为“户主”的成员，每户应有且只有一名户主。请核对各成员的与户主关系，把户主标为“户主”。`,
    });
  } else if (headCount > 1) {
    ctx.emit({
      rule: 'household.multiple-heads',
      sheet: at.sheet,
      r: at.r,
      col: 'relationToHead',
      value: cell(heads[1], 'relationToHead'),
      householdId: hidOf(h),
      message: `${hLabel(h)}本户有${heads.length}名成员的与户主关系为“户主”：${names(heads)}，每户只能有一名户主。请保留实际户主，其他成员改为与户主的实际关系（如“配偶”“之子”）。`,
    });
  }
  if (spouseCount > 1) {
    ctx.emit({
      rule: 'household.multiple-spouses',
      sheet: at.sheet,
      r: at.r,
      col: 'relationToHead',
      value: cell(spouses[1], 'relationToHead'),
      householdId: hidOf(h),
      message: `${hLabel(h)}本户有${spouses.length}名成员的与户主关系为“配偶”：${names(spouses)}，一户最多一名配偶。请核对，把其他成员改为实际关系（如“之女”“之儿媳”）。`,
    });
  }
}

function checkSize(ctx: RuleContext, h: HouseholdRec): void {
  if (h.members.length === 0) return;
  if (!householdHasColumn(h, 'householdSize')) {
    ctx.missingColumn(hRef(h).sheet, 'householdSize', ['household.size-mismatch']);
    return;
  }
  const raw = hcell(h, 'householdSize');
  const size = amountOf(raw);
  if (size === null) return; // empty or unreadable: field.required / field.number report it
  if (size === h.members.length) return;
  const ref = hRef(h, 'householdSize');
  const label = ref.sheet.byKey.householdSize?.header || '家庭人口数';
  ctx.emit({
    rule: 'household.size-mismatch',
    sheet: ref.sheet,
    r: ref.r,
    col: 'householdSize',
    value: raw,
    householdId: hidOf(h),
    message: `${hLabel(h)}${label}填写为${size}，但本户有${h.members.length}条成员记录。请核对人数或补全成员信息（新增、死亡、分户的成员应同步增删）。`,
  });
}

function checkHeadMatch(ctx: RuleContext, h: HouseholdRec): void {
  const row = h.householdRow;
  if (!row || h.members.length === 0) return;
  const heads = h.members.filter((m) => normText(cell(m, 'relationToHead')) === HEAD_RELATION);
  if (heads.length !== 1) return; // no-head / multiple-heads report it
  const head = heads[0];
  const problems: Array<{ key: string; text: string }> = [];
  const rowName = cell(row, 'headName');
  const memberName = cell(head, 'name');
  if (
    rowName !== undefined &&
    memberName !== undefined &&
    !isEmpty(rowName) &&
    normText(rowName) !== normText(memberName)
  ) {
    problems.push({
      key: 'headName',
      text: `户主姓名为“${quote(rowName)}”，成员表中的户主为“${quote(memberName)}”`,
    });
  }
  const rowId = cell(row, 'headIdNumber');
  const memberId = cell(head, 'idNumber');
  if (rowId !== undefined && memberId !== undefined && !isEmpty(rowId) && !isEmpty(memberId)) {
    const k = (v: CellValue) => analyseIdNumber(v, ctx.ref).key18 ?? trimIdText(v).toUpperCase();
    if (k(rowId) !== k(memberId)) {
      problems.push({
        key: 'headIdNumber',
        text: `户主证件号码为“${quote(trimIdText(rowId))}”，成员表中户主的证件号码为“${quote(trimIdText(memberId))}”`,
      });
    }
  }
  if (problems.length === 0) return;
  ctx.emit({
    rule: 'household.head-mismatch',
    sheet: row.sheet,
    r: row.r,
    col: problems[0].key,
    value: cell(row, problems[0].key),
    householdId: hidOf(h),
    message: `${hLabel(h)}户表与成员表的户主不一致：${problems.map((p) => p.text).join('；')}（成员表第${head.r + 1}行）。请核实户主后统一两表。`,
  });
}

/** The checks of one household; rules/households.ts runs it in the household pass. `inferredSheets` collects the
 * sheets grouped by 户主 blocks for householdFinish. */
export function householdChecks(ctx: RuleContext, h: HouseholdRec, inferredSheets: Set<ParsedSheet>): void {
  const { ledger } = ctx;
  if (h.inferred) inferredSheets.add(h.main.sheet);
  if (ledger.twoSheet && h.householdRow && h.members.length === 0) {
    const row = h.householdRow;
    ctx.emit({
      rule: 'household.no-members',
      sheet: row.sheet,
      r: row.r,
      col: 'householdId',
      value: cell(row, 'householdId'),
      householdId: hidOf(h),
      message: `户编号${h.id || '（空）'}在户表中有记录，但成员表中没有该户的成员。请在成员表补录本户成员，或核对两表的户编号是否一致。`,
    });
    return;
  }
  if (h.members.length === 0) return;
  checkRelations(ctx, h);
  checkSize(ctx, h);
  checkHeadMatch(ctx, h);
  // Member rows of each person sheet (layout a repeats household fields on every member row). Almost every
  // household sits on one sheet: then the members are the group, no Map needed.
  if (h.sheet !== null) {
    checkConsistency(ctx, h, h.sheet, h.members);
    return;
  }
  const sheet0 = h.members[0].sheet;
  if (h.members.every((m) => m.sheet === sheet0)) {
    checkConsistency(ctx, h, sheet0, h.members);
    return;
  }
  const bySheet = new Map<ParsedSheet, RowRef[]>();
  for (const m of h.members) {
    const list = bySheet.get(m.sheet);
    if (list) list.push(m);
    else bySheet.set(m.sheet, [m]);
  }
  for (const [sheet, rows] of bySheet) checkConsistency(ctx, h, sheet, rows);
}

/** The household checks after the pass: duplicated household-sheet rows, orphan members, inferred grouping. */
export function householdFinish(ctx: RuleContext, inferredSheets: Set<ParsedSheet>): void {
  const { ledger } = ctx;
  // Household sheets: a 户编号 on more than one row (the ledger keeps the first row).
  for (const sheet of ledger.householdSheets) {
    if (!sheet.byKey.householdId) continue;
    const groups = new Map<string, RowRef[]>();
    for (const r of sheet.dataRows) {
      const id = cellText(cell({ sheet, r }, 'householdId'));
      if (id === '') continue;
      const list = groups.get(id);
      if (list) list.push({ sheet, r });
      else groups.set(id, [{ sheet, r }]);
    }
    for (const [id, rows] of groups) {
      if (rows.length < 2) continue;
      const h = ledger.households.find((x) => x.id === id && x.householdRow?.sheet === sheet);
      if (h) checkConsistency(ctx, h, sheet, rows);
    }
  }

  for (const p of ledger.orphans) {
    ctx.emit({
      rule: 'household.orphan-member',
      sheet: p.sheet,
      r: p.r,
      col: 'householdId',
      value: cell(p, 'householdId'),
      householdId: p.household.id,
      message: `成员${quote(cell(p, 'name')) || ''}的户编号为“${quote(p.household.id)}”，但户表中没有这个户编号。请核对户编号是否录错，或在户表中补录该户。`,
    });
  }

  // Grouped by 户主 blocks: say once per sheet that 户编号 is missing and the grouping is a guess.
  for (const sheet of inferredSheets)
    ctx.missingColumn(sheet, 'householdId', ['household.no-head', 'household.multiple-heads']);
}
