// Error injection. Each injector changes one household (or sheet/village) so that exactly the named rule fires,
// and records the inevitable secondary findings too. Injectors never touch the same household twice.
import type { CellValue } from '../../src/core/types';
import { amount, amountText, dateCell, type ExpRef, type Layout, type RowDoc, type SheetDoc } from './doc';
import {
  addDays,
  ageAt,
  isCovered,
  isRiskOpen,
  makeHousehold,
  makeId,
  netIncome,
  newHelper,
  perCapita,
  roundDiv,
  transferSum,
  type Household,
  type Model,
  type ModelOptions,
  type Person,
  type Village,
} from './model';
import type { Rng } from './prng';
import { incomeCells, personCells, type Rendered, type RenderOptions } from './render';
import { checkChar as checkCharOf } from '../../src/core/id/gb11643';

export interface InjectCtx {
  m: Model;
  mo: ModelOptions;
  r: Rendered;
  ro: RenderOptions;
  layout: Layout;
  rng: Rng;
  used: Set<Household>;
  usedVillages: Map<string, Set<string>>;
  refs: ExpRef[];
  /** Sheets appended by structure injections (notes sheets). */
  extraDocs: SheetDoc[];
  village?: { doc: SheetDoc; rowOf: Map<string, RowDoc> };
  /** The sheet totals/blank rows go into. */
  dataSheet: SheetDoc;
}

type Injector = (c: InjectCtx) => boolean;

// ---------- helpers ----------

function* candidates(c: InjectCtx, pred: (h: Household) => boolean): Generator<Household> {
  const hs = c.m.households.filter(
    (h) => h.sheetGroup === 'main' && !c.used.has(h) && !h.noMembers && pred(h),
  );
  c.rng.shuffle(hs);
  yield* hs;
}

function pickHousehold(c: InjectCtx, pred: (h: Household) => boolean): Household | undefined {
  for (const h of candidates(c, pred)) {
    c.used.add(h);
    return h;
  }
  return undefined;
}

/** Picks a person in an unused household; in layout b never the 户主 (whose name/id the household row repeats). */
function pickPerson(
  c: InjectCtx,
  pred: (p: Person) => boolean,
  hhPred: (h: Household) => boolean = () => true,
  allowHead = false,
): Person | undefined {
  const ok = (p: Person) => pred(p) && (allowHead || c.layout !== 'b' || p.relation !== '户主');
  for (const h of candidates(c, (x) => hhPred(x) && x.persons.some(ok))) {
    c.used.add(h);
    return c.rng.pick(h.persons.filter(ok));
  }
  return undefined;
}

const hhRows = (c: InjectCtx, h: Household): RowDoc[] => c.r.hhRows.get(h)!;
function setHH(c: InjectCtx, h: Household, key: string, v: CellValue, fmt?: string): void {
  for (const row of hhRows(c, h)) {
    row.cells[key] = v;
    if (fmt) row.fmt[key] = fmt;
    else delete row.fmt[key];
  }
}
function setP(c: InjectCtx, p: Person, key: string, v: CellValue, fmt?: string): void {
  const row = c.r.personRow.get(p)!;
  row.cells[key] = v;
  if (fmt) row.fmt[key] = fmt;
  else delete row.fmt[key];
}
function rerenderIncome(c: InjectCtx, h: Household): void {
  const cells = incomeCells(h, c.ro);
  for (const row of hhRows(c, h)) Object.assign(row.cells, cells);
}

/** Household-level finding at the household's first row (household sheet in layout b). */
function expHH(c: InjectCtx, rule: string, h: Household, key: string, extra: Partial<ExpRef> = {}): void {
  c.refs.push({ rule, sheet: c.r.hhSheet.get(h)!, row: hhRows(c, h)[0], key, householdId: h.id, ...extra });
}
/** Household-level finding pointing at a member-sheet column (与户主关系 in layout b). */
function expMembers(
  c: InjectCtx,
  rule: string,
  h: Household,
  key: string,
  extra: Partial<ExpRef> = {},
): void {
  const rows = c.r.memberRows.get(h)!;
  c.refs.push({
    rule,
    sheet: c.r.personSheet.get(h.persons[0])!,
    row: rows[0],
    key,
    householdId: h.id,
    ...extra,
  });
}
/** Cell-level finding on a household field: first row; the other member rows repeat it (layouts a, c). */
function expHHCell(c: InjectCtx, rule: string, h: Household, key: string): void {
  const rows = hhRows(c, h);
  c.refs.push({ rule, sheet: c.r.hhSheet.get(h)!, row: rows[0], key, also: rows.slice(1) });
}
/** A 三保障 / 饮水 problem of a 脱贫户 not monitored is also 应纳未纳 (rules-v2 §8 monitor.should-monitor). */
function expShouldMonitor(c: InjectCtx, h: Household): void {
  if (h.type === '脱贫户') expHH(c, 'monitor.should-monitor', h, '', { maybe: true, note: '应纳未纳' });
}
function expP(c: InjectCtx, rule: string, p: Person, key: string, extra: Partial<ExpRef> = {}): void {
  c.refs.push({ rule, sheet: c.r.personSheet.get(p)!, row: c.r.personRow.get(p)!, key, ...extra });
}

const lowerBound = (h: Household): number => (isRiskOpen(h) ? 410_000 : 610_000);
const inBounds = (h: Household): boolean => perCapita(h) >= lowerBound(h) && perCapita(h) <= 9_500_000;
const yuan = (rng: Rng, lo: number, hi: number): number => rng.int(lo * 100, hi * 100);

/** Sets components so that 人均纯收入 is exactly `pcFen` (keeps transfers; keeps wage > 0 when there are workers). */
function setPerCapita(c: InjectCtx, h: Household, pcFen: number): boolean {
  const n = pcFen * h.sizeStored;
  const t = transferSum(h);
  const workers = h.persons.some((p) => p.workMonths > 0 || p.publicJob);
  let rest = n - t;
  const property = h.property <= rest * 0.3 ? h.property : 0;
  rest -= property;
  if (rest < (workers ? 150_000 : 0)) return false;
  const wage = workers ? Math.max(Math.round(rest * (0.5 + 0.4 * c.rng.next())), 100_000) : 0;
  const x = rest - wage;
  if (x < 0) return false;
  h.property = property;
  h.wage = wage;
  if (x > 0) {
    h.expense = Math.max(Math.round(x * (0.15 + 0.4 * c.rng.next())), 10_000);
    h.business = x + h.expense;
  } else {
    h.business = 0;
    h.expense = 0;
  }
  return perCapita(h) === pcFen;
}

/** Tries households until `change` succeeds (it must undo nothing itself: the household is snapshotted). */
function withHousehold(
  c: InjectCtx,
  pred: (h: Household) => boolean,
  change: (h: Household) => boolean,
): Household | undefined {
  for (const h of candidates(c, pred)) {
    const snap = {
      wage: h.wage,
      business: h.business,
      property: h.property,
      expense: h.expense,
      sizeStored: h.sizeStored,
    };
    if (change(h)) {
      c.used.add(h);
      return h;
    }
    Object.assign(h, snap);
  }
  return undefined;
}

const adult = (lo: number, hi: number) => (p: Person) => p.age >= lo && p.age <= hi;
const hasSpouse = (h: Household) => h.persons.some((p) => p.relation === '配偶');
const head = (h: Household) => h.persons.find((p) => p.relation === '户主')!;
const workersOf = (h: Household) => h.persons.filter((p) => p.workMonths > 0 || p.publicJob);

// ---------- injectors (one comment each: what changes, what is expected) ----------

export const INJECTORS: Record<string, { layouts?: Layout[]; run: Injector }> = {
  // Identity --------------------------------------------------------------------------------------------
  // Clears a non-head member's 证件号码. Expect id.missing there; nothing else can be checked on that person.
  'id.missing': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主');
      if (!p) return false;
      setP(c, p, 'idNumber', '');
      expP(c, 'id.missing', p, 'idNumber');
      return true;
    },
  },
  // Drops the last character (17 characters). Expect id.length only (no checksum/date checks on a bad length).
  'id.length': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主');
      if (!p) return false;
      setP(c, p, 'idNumber', p.id.slice(0, 17));
      expP(c, 'id.length', p, 'idNumber');
      return true;
    },
  },
  // Stores the id as a JS number (an 18-digit id typed into a General cell). Expect id.numeric-precision only.
  'id.numeric-precision': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主' && !x.id.endsWith('X'));
      if (!p) return false;
      setP(c, p, 'idNumber', Number(p.id));
      expP(c, 'id.numeric-precision', p, 'idNumber');
      return true;
    },
  },
  // Replaces the check character with another valid one. Birth date and sex digit unchanged. Expect id.checksum.
  'id.checksum': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主');
      if (!p) return false;
      const other = c.rng.pick([...'0123456789X'].filter((ch) => ch !== p.id[17]));
      setP(c, p, 'idNumber', p.id.slice(0, 17) + other);
      expP(c, 'id.checksum', p, 'idNumber');
      return true;
    },
  },
  // Date digits become YYYY0230 (not a date), check char recomputed. Adult 20–59 so age-based rules are moot;
  // the 出生日期 column keeps the true date (an engine cannot compare it with an invalid ID date).
  'id.birthdate': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主' && x.age >= 20 && x.age <= 59);
      if (!p) return false;
      const first17 = p.id.slice(0, 6) + p.birth.y + '0230' + p.id.slice(14, 17);
      const id = first17 + checkCharOf(first17);
      setP(c, p, 'idNumber', id);
      expP(c, 'id.birthdate', p, 'idNumber');
      return true;
    },
  },
  // Province digits become 99 (no province), check char recomputed. Expect id.region only.
  'id.region': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主');
      if (!p) return false;
      const first17 = '99' + p.id.slice(2, 17);
      setP(c, p, 'idNumber', first17 + checkCharOf(first17));
      expP(c, 'id.region', p, 'idNumber');
      return true;
    },
  },
  // Gives the person a fresh valid id ending in X (same region, birth, sex) written with lowercase x.
  // Expect id.lowercase-x only (info).
  'id.lowercase-x': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主');
      if (!p) return false;
      p.id = makeId(p.id.slice(0, 6), p.birth, p.gender, c.m.usedIds, c.rng, true);
      setP(c, p, 'idNumber', p.id.slice(0, 17) + 'x');
      expP(c, 'id.lowercase-x', p, 'idNumber');
      return true;
    },
  },
  // Writes the 15-digit first-generation form of a person born 1900–1999 (its 18-digit form is the true id).
  // Expect id.old-15-digit only (warning).
  'id.old-15-digit': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主' && x.birth.y >= 1900 && x.birth.y <= 1999);
      if (!p) return false;
      setP(c, p, 'idNumber', p.id.slice(0, 6) + p.id.slice(8, 17));
      expP(c, 'id.old-15-digit', p, 'idNumber');
      return true;
    },
  },
  // Person B (other household) gets A's id; B's 性别 is already A's and B's 出生日期 is set to A's, both adults
  // 22–55 so education/labour stay plausible. Expect id.duplicate on B; on A too if the engine flags all copies.
  'id.duplicate': {
    run: (c) => {
      const ok = (x: Person) => x.relation !== '户主' && x.age >= 22 && x.age <= 55;
      const a = pickPerson(c, ok);
      if (!a) return false;
      const b = pickPerson(c, (x) => ok(x) && x.gender === a.gender && x.hh !== a.hh);
      if (!b) return false;
      b.id = a.id;
      b.birth = { ...a.birth };
      b.age = a.age;
      const d = dateCell(b.birth, b.dateStyle);
      setP(c, b, 'birthDate', d.v, d.fmt);
      setP(c, b, 'idNumber', a.id);
      expP(c, 'id.duplicate', b, 'idNumber');
      expP(c, 'id.duplicate', a, 'idNumber', { maybe: true, note: 'first occurrence' });
      return true;
    },
  },
  // Flips 性别 of a 户主 in a household without 配偶 (户主 implies no sex, and no spouse to compare with).
  // Expect person.gender-mismatch only.
  'person.gender-mismatch': {
    run: (c) => {
      const p = pickPerson(
        c,
        (x) => x.relation === '户主',
        (h) => !hasSpouse(h),
        true,
      );
      if (!p) return false;
      setP(c, p, 'gender', p.gender === '男' ? '女' : '男');
      expP(c, 'person.gender-mismatch', p, 'gender');
      return true;
    },
  },
  // Moves 出生日期 to another date of the same birth year with the same age at the reference date.
  // Expect person.birthdate-mismatch only.
  'person.birthdate-mismatch': {
    run: (c) => {
      const p = pickPerson(c, () => true);
      if (!p) return false;
      let nb = p.birth;
      for (let k = 1; k < 12; k++) {
        const cand = { y: p.birth.y, m: ((p.birth.m - 1 + k) % 12) + 1, d: Math.min(p.birth.d, 28) };
        if (ageAt(cand, c.m.ref) === p.age && (cand.m !== p.birth.m || cand.d !== p.birth.d)) {
          nb = cand;
          break;
        }
      }
      if (nb === p.birth) return false;
      const d = dateCell(nb, p.dateStyle);
      setP(c, p, 'birthDate', d.v, d.fmt);
      expP(c, 'person.birthdate-mismatch', p, 'birthDate');
      return true;
    },
  },
  // A son (男) is recorded as 之女. Expect person.relation-gender (warning) only.
  'person.relation-gender': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation === '之子');
      if (!p) return false;
      setP(c, p, 'relationToHead', '之女');
      expP(c, 'person.relation-gender', p, 'relationToHead');
      return true;
    },
  },

  // Household structure ----------------------------------------------------------------------------------
  // The 户主's relation becomes 其他. Expect household.no-head (layout b: head-mismatch may follow).
  'household.no-head': {
    run: (c) => {
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      setP(c, head(h), 'relationToHead', '其他');
      expMembers(c, 'household.no-head', h, 'relationToHead');
      if (c.layout === 'b') expHH(c, 'household.head-mismatch', h, 'headName', { maybe: true });
      return true;
    },
  },
  // The 配偶 becomes a second 户主. Expect household.multiple-heads (layout b: head-mismatch may follow).
  'household.multiple-heads': {
    run: (c) => {
      const h = pickHousehold(c, hasSpouse);
      if (!h) return false;
      setP(
        c,
        h.persons.find((p) => p.relation === '配偶')!,
        'relationToHead',
        '户主',
      );
      expMembers(c, 'household.multiple-heads', h, 'relationToHead');
      if (c.layout === 'b') expHH(c, 'household.head-mismatch', h, 'headName', { maybe: true });
      return true;
    },
  },
  // An adult member of the sex opposite to the 户主 (之女, 之儿媳, 之母 …) becomes a second 配偶, so no
  // relation-gender finding arises. Expect household.multiple-spouses.
  'household.multiple-spouses': {
    run: (c) => {
      const other = (h: Household) =>
        h.persons.filter(
          (p) => p.age >= 18 && p.gender !== head(h).gender && p.relation !== '户主' && p.relation !== '配偶',
        );
      const h = pickHousehold(c, (x) => hasSpouse(x) && other(x).length > 0);
      if (!h) return false;
      setP(c, c.rng.pick(other(h)), 'relationToHead', '配偶');
      expMembers(c, 'household.multiple-spouses', h, 'relationToHead');
      return true;
    },
  },
  // 人数 = member rows − 1 (a member left, rows not deleted), 人均纯收入 restated for the new 人数 (what a clerk
  // would do), so the per-capita check against 人数 passes. Expect household.size-mismatch only.
  'household.size-mismatch': {
    run: (c) => {
      const h = withHousehold(
        c,
        (x) => x.persons.length >= 2,
        (x) => {
          x.sizeStored = x.persons.length - 1;
          return inBounds(x);
        },
      );
      if (!h) return false;
      setHH(c, h, 'householdSize', h.sizeStored);
      rerenderIncome(c, h);
      expHH(c, 'household.size-mismatch', h, 'householdSize');
      return true;
    },
  },
  // The last member row carries 财产性收入 + 100 元 (the first row is right). Expect household.inconsistent.
  'household.inconsistent': {
    layouts: ['a', 'c'],
    run: (c) => {
      const h = pickHousehold(c, (x) => x.persons.length >= 2);
      if (!h) return false;
      const rows = hhRows(c, h);
      rows[rows.length - 1].cells.propertyIncome = amount(h.property + 10_000);
      expHH(c, 'household.inconsistent', h, 'propertyIncome', { also: [rows[rows.length - 1]] });
      return true;
    },
  },
  // Two-sheet layout: the household row's 户主姓名 names someone else. Expect household.head-mismatch.
  'household.head-mismatch': {
    layouts: ['b'],
    run: (c) => {
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      const names = new Set(h.persons.map((p) => p.name));
      let name = head(h).name;
      while (names.has(name)) name = name[0] + c.rng.pick(['建军', '秀梅', '国强', '玉珍', '德明']);
      setHH(c, h, 'headName', name);
      expHH(c, 'household.head-mismatch', h, 'headName');
      return true;
    },
  },
  // Two-sheet layout: the household's member rows are removed. Expect household.no-members; an engine may
  // also report size-mismatch (家庭人口数 ≠ 0) and no-head. Truth counts the household with 0 persons.
  'household.no-members': {
    layouts: ['b'],
    run: (c) => {
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      const ms = c.r.personSheet.get(h.persons[0])!;
      const gone = new Set(c.r.memberRows.get(h)!);
      ms.rows = ms.rows.filter((row) => !gone.has(row));
      h.noMembers = true;
      expHH(c, 'household.no-members', h, 'householdId');
      expHH(c, 'household.size-mismatch', h, 'householdSize', { maybe: true });
      expHH(c, 'household.no-head', h, 'householdId', { maybe: true });
      return true;
    },
  },
  // Two-sheet layout: a clean adult member row whose 户编号 has no household row (appended to 人员信息).
  // Expect household.orphan-member; the person is not part of any household in the truth.
  'household.orphan-member': {
    layouts: ['b'],
    run: (c) => {
      const ms = c.r.docs.find((d) => d.kind === 'member')!;
      const v = c.rng.pick(c.m.villages);
      const ghost = makeHousehold(c.m, c.mo, v, 900 + c.refs.length, 'orphan', '脱贫户');
      const p = ghost.persons[0];
      const row: RowDoc = { kind: 'data', cells: {}, fmt: {}, person: p };
      const pc = personCells(p, 0);
      row.cells = { ...pc.cells, householdId: ghost.id };
      row.fmt = pc.fmt;
      ms.rows.push(row);
      c.refs.push({
        rule: 'household.orphan-member',
        sheet: ms,
        row,
        key: 'householdId',
        householdId: ghost.id,
      });
      return true;
    },
  },

  // Fields -----------------------------------------------------------------------------------------------
  // Clears 姓名 of a non-head member. Expect field.required there.
  'field.required': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主');
      if (!p) return false;
      setP(c, p, 'name', '');
      expP(c, 'field.required', p, 'name');
      return true;
    },
  },
  // 民族 汉族 typed as 汉. Expect field.code (closest value 汉族).
  'field.code': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.ethnicity === '汉族');
      if (!p) return false;
      setP(c, p, 'ethnicity', '汉');
      expP(c, 'field.code', p, 'ethnicity');
      return true;
    },
  },
  // 务工时间（月） written "约6" for one of at least two working members, so the household still has a worker
  // (no wage-no-worker). Expect field.number.
  'field.number': {
    run: (c) => {
      const p = pickPerson(
        c,
        (x) => x.workMonths > 0,
        (h) => workersOf(h).length >= 2,
      );
      if (!p) return false;
      setP(c, p, 'workMonths', `约${p.workMonths}`);
      expP(c, 'field.number', p, 'workMonths');
      return true;
    },
  },
  // 出生日期 written 不详 (the ID still gives the date). Expect field.date; no birthdate-mismatch (nothing to compare).
  'field.date': {
    run: (c) => {
      const p = pickPerson(c, adult(20, 59));
      if (!p) return false;
      setP(c, p, 'birthDate', '不详');
      expP(c, 'field.date', p, 'birthDate');
      return true;
    },
  },
  // 纯收入 stored as text "12,345.67" (or full-width digits) on every row of the household: read correctly.
  // Expect field.text-number (info) at the first row; alsoRows for the repeats.
  'field.text-number': {
    run: (c) => {
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      setHH(c, h, 'netIncome', amountText(netIncome(h), c.rng.chance(0.3)));
      expHHCell(c, 'field.text-number', h, 'netIncome');
      return true;
    },
  },
  // 人联系电话 of an adult with an own phone loses its last digit (10 digits). Expect field.phone.
  'field.phone': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.relation !== '户主' && x.phone !== x.hh.phone);
      if (!p) return false;
      setP(c, p, 'personPhone', p.phone.slice(0, 10));
      expP(c, 'field.phone', p, 'personPhone');
      return true;
    },
  },

  // 两不愁三保障 (covered households only) ----------------------------------------------------------------
  // A covered child aged 8–14 with 在校生状况 blank and 文化程度 小学 (exactly one filled), no 未上学原因.
  // Expect edu.out-of-school only.
  'edu.out-of-school': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.age >= 8 && x.age <= 14 && x.school !== '', isCovered);
      if (!p) return false;
      setP(c, p, 'schoolStatus', '');
      setP(c, p, 'education', '小学');
      expP(c, 'edu.out-of-school', p, 'schoolStatus');
      expShouldMonitor(c, p.hh);
      return true;
    },
  },
  // A covered pupil aged 7–13 recorded as 普通高中一年级 (高中 at 14 or younger). Still a school grade, so not
  // out of school. Expect edu.grade-age only.
  'edu.grade-age': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.age >= 7 && x.age <= 13 && x.school !== '', isCovered);
      if (!p) return false;
      setP(c, p, 'schoolStatus', '普通高中一年级');
      expP(c, 'edu.grade-age', p, 'schoolStatus');
      return true;
    },
  },
  // A covered adult 25–59 with 文化程度 cleared: both 文化程度 and 在校生状况 empty. Expect edu.status-conflict.
  'edu.status-conflict': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.age >= 25 && x.age <= 59 && x.education !== '', isCovered);
      if (!p) return false;
      setP(c, p, 'education', '');
      expP(c, 'edu.status-conflict', p, 'education');
      return true;
    },
  },
  // A covered member with both insurance flags 否. Expect medical.uninsured.
  'medical.uninsured': {
    run: (c) => {
      const p = pickPerson(c, () => true, isCovered);
      if (!p) return false;
      setP(c, p, 'residentMedical', '否');
      setP(c, p, 'employeeMedical', '否');
      expP(c, 'medical.uninsured', p, 'residentMedical');
      expShouldMonitor(c, p.hh);
      return true;
    },
  },
  // A covered member with both insurance flags 是. Expect medical.double-insured.
  'medical.double-insured': {
    run: (c) => {
      const p = pickPerson(c, () => true, isCovered);
      if (!p) return false;
      setP(c, p, 'residentMedical', '是');
      setP(c, p, 'employeeMedical', '是');
      expP(c, 'medical.double-insured', p, 'residentMedical');
      return true;
    },
  },
  // A covered household marked 是否危房户 = 是 (all rows). Expect housing.unsafe.
  'housing.unsafe': {
    run: (c) => {
      const h = pickHousehold(c, isCovered);
      if (!h) return false;
      h.unsafeHousing = true;
      setHH(c, h, 'unsafeHousing', '是');
      expHH(c, 'housing.unsafe', h, 'unsafeHousing');
      expShouldMonitor(c, h);
      return true;
    },
  },
  // A covered household with 是否解决安全饮用水 = 否 (all rows). Expect water.unsafe.
  'water.unsafe': {
    run: (c) => {
      const h = pickHousehold(c, isCovered);
      if (!h) return false;
      h.safeWater = false;
      setHH(c, h, 'safeWater', '否');
      expHH(c, 'water.unsafe', h, 'safeWater');
      expShouldMonitor(c, h);
      return true;
    },
  },

  // Labour -----------------------------------------------------------------------------------------------
  // A worker's 务工时间 becomes 13–15 months (still a worker, wage unchanged). Expect labor.work-months.
  'labor.work-months': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.workMonths > 0);
      if (!p) return false;
      setP(c, p, 'workMonths', c.rng.int(13, 15));
      expP(c, 'labor.work-months', p, 'workMonths');
      return true;
    },
  },
  // A child 6–15 recorded as 普通劳动力 (no work months, so wages are unaffected). Expect labor.child-worker.
  'labor.child-worker': {
    run: (c) => {
      const p = pickPerson(c, (x) => x.age >= 6 && x.age < 16);
      if (!p) return false;
      setP(c, p, 'laborSkill', '普通劳动力');
      expP(c, 'labor.child-worker', p, 'laborSkill');
      return true;
    },
  },

  // Income -----------------------------------------------------------------------------------------------
  // 财产性收入 = −100…−500 元 with 纯收入/人均 recomputed (the household stays within its lines).
  // Expect income.negative only.
  'income.negative': {
    run: (c) => {
      const h = withHousehold(
        c,
        () => true,
        (x) => {
          x.property = -yuan(c.rng, 100, 500);
          return inBounds(x);
        },
      );
      if (!h) return false;
      rerenderIncome(c, h);
      expHHCell(c, 'income.negative', h, 'propertyIncome');
      return true;
    },
  },
  // Stored 纯收入 + 500 元 and 人均纯收入 restated from it (components unchanged, so the true 人均 is unchanged).
  // Expect income.net-mismatch; per-capita-mismatch only if the engine divides the recomputed 纯收入.
  'income.net-mismatch': {
    run: (c) => {
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      const stored = netIncome(h) + 50_000;
      setHH(c, h, 'netIncome', amount(stored));
      setHH(c, h, 'perCapitaNetIncome', amount(roundDiv(stored, h.sizeStored)));
      expHH(c, 'income.net-mismatch', h, 'netIncome');
      expHH(c, 'income.per-capita-mismatch', h, 'perCapitaNetIncome', { maybe: true });
      return true;
    },
  },
  // Stored 人均纯收入 + 100 元 (纯收入 right). Expect income.per-capita-mismatch.
  'income.per-capita-mismatch': {
    run: (c) => {
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      setHH(c, h, 'perCapitaNetIncome', amount(perCapita(h) + 10_000));
      expHH(c, 'income.per-capita-mismatch', h, 'perCapitaNetIncome');
      return true;
    },
  },
  // 其他转移性收入 + 100 元 while 转移性收入 keeps the true sum. Expect income.subtotal-mismatch (needs the
  // sub-item columns: layouts a and b).
  'income.subtotal-mismatch': {
    layouts: ['a', 'b'],
    run: (c) => {
      if (!c.ro.transferSubItems) return false;
      const h = pickHousehold(c, () => true);
      if (!h) return false;
      setHH(c, h, 'otherTransfer', amount(h.transfer.otherTransfer + 10_000));
      expHH(c, 'income.subtotal-mismatch', h, 'transferIncome');
      return true;
    },
  },
  // A 脱贫户 whose 生产经营性收入 rises until 人均纯收入 is 100 500–140 000 元, all stored figures consistent.
  // Expect income.implausible only.
  'income.implausible': {
    run: (c) => {
      const h = withHousehold(
        c,
        (x) => x.type === '脱贫户' && x.expense > 0,
        (x) => {
          const target = yuan(c.rng, 100_500, 140_000) * x.sizeStored;
          x.business += target - netIncome(x);
          return perCapita(x) > 10_000_000;
        },
      );
      if (!h) return false;
      rerenderIncome(c, h);
      expHH(c, 'income.implausible', h, 'perCapitaNetIncome');
      return true;
    },
  },
  // A 脱贫户 with 人均纯收入 2 500–3 800 元 (components consistent). Expect income.below-poverty-line, and
  // income.below-monitoring-line as the inevitable secondary (a 脱贫户 is not under active monitoring).
  'income.below-poverty-line': {
    run: (c) => {
      const h = withHousehold(
        c,
        (x) => x.type === '脱贫户',
        (x) => setPerCapita(c, x, yuan(c.rng, 2500, 3800)),
      );
      if (!h) return false;
      rerenderIncome(c, h);
      expHH(c, 'income.below-poverty-line', h, 'perCapitaNetIncome');
      expHH(c, 'income.below-monitoring-line', h, 'perCapitaNetIncome');
      return true;
    },
  },
  // A 脱贫户 with 人均纯收入 4 300–5 800 元: above the poverty line, below the monitoring line 6000.
  // Expect income.below-monitoring-line only.
  'income.below-monitoring-line': {
    run: (c) => {
      const h = withHousehold(
        c,
        (x) => x.type === '脱贫户',
        (x) => setPerCapita(c, x, yuan(c.rng, 4300, 5800)),
      );
      if (!h) return false;
      rerenderIncome(c, h);
      expHH(c, 'income.below-monitoring-line', h, 'perCapitaNetIncome');
      return true;
    },
  },
  // 生产经营性支出 set to 0 with 纯收入/人均 recomputed (人均 only rises). Expect income.business-no-expense.
  'income.business-no-expense': {
    run: (c) => {
      const h = withHousehold(
        c,
        (x) => x.business > 0,
        (x) => {
          x.expense = 0;
          return inBounds(x);
        },
      );
      if (!h) return false;
      rerenderIncome(c, h);
      expHH(c, 'income.business-no-expense', h, 'businessExpense');
      return true;
    },
  },
  // Every member's 务工时间 set to 0 and 公益性岗位 否 while 工资性收入 > 0. Expect income.wage-no-worker.
  'income.wage-no-worker': {
    run: (c) => {
      const h = pickHousehold(c, (x) => x.wage > 0);
      if (!h) return false;
      for (const p of h.persons) {
        setP(c, p, 'workMonths', 0);
        setP(c, p, 'publicWelfareJob', '否');
      }
      expHH(c, 'income.wage-no-worker', h, 'wageIncome');
      return true;
    },
  },

  // Assistance and monitoring -----------------------------------------------------------------------------
  // A covered household without 帮扶责任人 (name and phone cleared). Expect helper.missing.
  'helper.missing': {
    run: (c) => {
      const h = pickHousehold(c, isCovered);
      if (!h) return false;
      h.helper = null;
      setHH(c, h, 'helperName', '');
      setHH(c, h, 'helperPhone', '');
      expHH(c, 'helper.missing', h, 'helperName');
      return true;
    },
  },
  // One helper gets a 6th household (moved from other helpers). Expect helper.overload on all 6 households.
  'helper.overload': {
    run: (c) => {
      const free = (h: Household) => h.sheetGroup === 'main' && !c.used.has(h) && !h.noMembers;
      const by = new Map<string, Household[]>();
      for (const h of c.m.households)
        if (h.helper) by.set(h.helper.name, [...(by.get(h.helper.name) ?? []), h]);
      const helpers = c.rng.shuffle([...by.entries()].filter(([, hs]) => hs.every(free)));
      if (helpers.length === 0) return false;
      const [, mine] = helpers[0];
      const helper = mine[0].helper!;
      const donors = c.rng.shuffle(c.m.households.filter((h) => free(h) && h.helper !== helper));
      while (mine.length < 6 && donors.length) {
        const h = donors.pop()!;
        h.helper = helper;
        setHH(c, h, 'helperName', helper.name);
        setHH(c, h, 'helperPhone', helper.phone);
        mine.push(h);
      }
      if (mine.length < 6) return false;
      for (const h of mine) {
        c.used.add(h);
        expHH(c, 'helper.overload', h, 'helperName');
      }
      return true;
    },
  },
  // A risk-open 监测对象 with 监测对象类别 cleared (户类型 监测户, 风险是否消除 否 remain). Expect
  // monitor.category-missing; the truth counts the household under category ''.
  'monitor.category-missing': {
    run: (c) => {
      const h = pickHousehold(c, isRiskOpen);
      if (!h) return false;
      h.category = '';
      setHH(c, h, 'monitorCategory', '');
      expHH(c, 'monitor.category-missing', h, 'monitorCategory');
      return true;
    },
  },
  // A risk-eliminated 监测对象 whose 风险消除时间 is 30–200 days before 识别监测时间. Expect monitor.date-order.
  'monitor.date-order': {
    run: (c) => {
      const h = pickHousehold(c, (x) => x.riskEliminated === true);
      if (!h) return false;
      h.eliminatedDate = addDays(h.monitorStart!, -c.rng.int(30, 200));
      const d = dateCell(h.eliminatedDate, h.dateStyle);
      setHH(c, h, 'riskEliminatedDate', d.v, d.fmt);
      expHH(c, 'monitor.date-order', h, 'riskEliminatedDate');
      return true;
    },
  },
  // A 监测对象 whose risk was eliminated, with 帮扶措施 cleared. Expect monitor.no-measures (a risk-open one
  // identified months ago is monitor.measures-overdue instead, rules-v2 §21).
  'monitor.no-measures': {
    run: (c) => {
      const h = pickHousehold(c, (x) => x.type !== '脱贫户' && x.riskEliminated === true);
      if (!h) return false;
      h.measures = '';
      setHH(c, h, 'measures', '');
      expHH(c, 'monitor.no-measures', h, 'measures');
      return true;
    },
  },

  // Villages (run after the village sheet exists) ------------------------------------------------------------
  // A village row with 总人口 and 农业户籍人口 empty. Expect village.population-missing; truth population null.
  'village.population-missing': {
    run: (c) => {
      const v = pickVillage(c, 'village.population-missing');
      if (!v) return false;
      const row = c.village!.rowOf.get(v.name)!;
      row.cells.totalPopulation = '';
      row.cells.agriPopulation = '';
      (v as Village & { populationMissing?: boolean }).populationMissing = true;
      c.refs.push({ rule: 'village.population-missing', sheet: c.village!.doc, row, key: 'agriPopulation' });
      return true;
    },
  },
  // 脱贫人口数 on a village row is 2 more than the ledger's 脱贫户 member rows. Expect village.count-mismatch.
  'village.count-mismatch': {
    run: (c) => {
      const v = pickVillage(c, 'village.count-mismatch');
      if (!v) return false;
      const row = c.village!.rowOf.get(v.name)!;
      row.cells.exitedPersons = Number(row.cells.exitedPersons) + 2;
      c.refs.push({ rule: 'village.count-mismatch', sheet: c.village!.doc, row, key: 'exitedPersons' });
      return true;
    },
  },

  // Structure ---------------------------------------------------------------------------------------------
  // A notes sheet (填表说明) with no ledger header in its first 15 rows. Expect sheet.header-not-found at row 1.
  'sheet.header-not-found': {
    run: (c) => {
      const n = c.extraDocs.filter((d) => d.kind === 'notes').length + 1;
      const doc: SheetDoc = {
        name: `填表说明${n}`,
        kind: 'notes',
        columns: [],
        top: [
          ['填表说明'],
          ['一、本台账由村文书按户填写，数据截至年底。'],
          ['二、收入单位为元，保留两位小数。'],
          ['三、如有疑问请联系乡镇扶贫专干。'],
        ],
        topMerges: [],
        headerRows: 0,
        rows: [],
      };
      c.extraDocs.push(doc);
      c.refs.push({ rule: 'sheet.header-not-found', sheet: doc, fixedRow: 1 });
      return true;
    },
  },
  // A 小计 row after the last household of a village (first column 小计, 人数 and 纯收入 summed).
  // Expect sheet.totals-row (info) at that row.
  'sheet.totals-row': {
    run: (c) => {
      const rows = c.dataSheet.rows;
      const ends: number[] = [];
      for (let i = 0; i + 1 < rows.length; i++) {
        const a = rows[i].hh;
        const b = rows[i + 1].hh;
        if (rows[i].kind === 'data' && rows[i + 1].kind === 'data' && a && b && a.village !== b.village)
          ends.push(i);
      }
      if (ends.length === 0) return false;
      const i = c.rng.pick(ends);
      const v = rows[i].hh!.village;
      const hs = c.m.households.filter((h) => h.village === v && h.sheetGroup === 'main');
      const firstKey = c.dataSheet.columns[0].key;
      const total: RowDoc = {
        kind: 'total',
        cells: {
          [firstKey]: '小计',
          householdSize: hs.reduce((s, h) => s + h.sizeStored, 0),
          netIncome: amount(hs.reduce((s, h) => s + netIncome(h), 0)),
        },
        fmt: {},
      };
      rows.splice(i + 1, 0, total);
      c.refs.push({ rule: 'sheet.totals-row', sheet: c.dataSheet, row: total });
      return true;
    },
  },
  // An empty row between two households inside the data. Expect sheet.blank-row (info) at that row.
  'sheet.blank-row': {
    run: (c) => {
      const doc = c.r.docs.find((d) => d.kind === 'member') ?? c.dataSheet;
      const rows = doc.rows;
      const gaps: number[] = [];
      for (let i = 0; i + 1 < rows.length; i++) {
        if (rows[i].kind === 'data' && rows[i + 1].kind === 'data' && rows[i].hh !== rows[i + 1].hh)
          gaps.push(i);
      }
      if (gaps.length === 0) return false;
      const blank: RowDoc = { kind: 'blank', cells: {}, fmt: {} };
      rows.splice(c.rng.pick(gaps) + 1, 0, blank);
      c.refs.push({ rule: 'sheet.blank-row', sheet: doc, row: blank });
      return true;
    },
  },
};

function pickVillage(c: InjectCtx, rule: string): Village | undefined {
  const used = c.usedVillages.get(rule) ?? new Set<string>();
  c.usedVillages.set(rule, used);
  const withHouseholds = new Set(c.m.households.map((h) => h.village.name));
  const vs = c.rng.shuffle(c.m.villages.filter((v) => !used.has(v.name) && withHouseholds.has(v.name)));
  const v = vs[0];
  if (v) used.add(v.name);
  return v;
}

/** Rules handled outside INJECTORS: sheet.column-missing (extra sheets built in generateLedger). */
export const SPECIAL_RULES = ['sheet.column-missing'];
export const VILLAGE_RULES = ['village.population-missing', 'village.count-mismatch'];
export const STRUCTURE_RULES = ['sheet.header-not-found', 'sheet.totals-row', 'sheet.blank-row'];
export { newHelper };
