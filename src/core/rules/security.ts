// 两不愁三保障 and drinking water, covered households only (rules.md): 义务教育 (out of school, grade vs age,
// 文化程度 vs 在校生状况), 基本医疗保险, 住房安全, 饮水安全. Person rules point at the member's cell; household rules
// emit once per household at hRef.
import type { RuleContext } from './context';
import type { CellValue } from '../types';
import {
  EMPLOYEE_MEDICAL_YES,
  memberColumns,
  memberValue,
  RESIDENT_MEDICAL_YES,
  ValueMemo,
  type MemberColumns,
} from '../model/members';
import { ageAt, cellText, isEmpty, normText, parseFlag } from '../grid/normalise';
import { setting } from './settings';
import { quote } from '../grid/quote';
import { cell, hcell, hRef, householdHasColumn, type HouseholdRec, type PersonRow } from '../model/ledger';
import {
  EDUCATION_SHORT_FORMS,
  GRADE_AGE_BOUNDS,
  NOT_STUDENT_STATUS,
  OUT_OF_SCHOOL_RE,
  SCHOOL_GRADE_LEVELS,
  SCHOOL_STATUS_SHORT_FORMS,
  SCHOOL_STATUS_LEVELS,
  STUDENT_SIDE_EDUCATION,
  UNSAFE_HOUSING_GRADES,
  type SchoolLevel,
} from '../profiles/personTables';

/** 在校生状况 level by longest matching prefix; undefined for values outside the table (field.code reports them). */
export function schoolLevel(value: string): SchoolLevel | undefined {
  // Called for every member row with few distinct values: memoised (null = no level), bounded.
  const hit = SCHOOL_LEVEL_CACHE.get(value);
  if (hit !== undefined) return hit ?? undefined;
  const level = schoolLevelUncached(value);
  if (SCHOOL_LEVEL_CACHE.size > 10_000) SCHOOL_LEVEL_CACHE.clear();
  SCHOOL_LEVEL_CACHE.set(value, level ?? null);
  return level;
}

const SCHOOL_LEVEL_CACHE = new Map<string, SchoolLevel | null>();

function schoolLevelUncached(value: string): SchoolLevel | undefined {
  // "辍学", "初中辍学": out of school whatever grade the value names (edu.out-of-school, 失学辍学人数).
  if (OUT_OF_SCHOOL_RE.test(value)) return 'none';
  const short = SCHOOL_STATUS_SHORT_FORMS[value];
  if (short !== undefined) value = short;
  let best: [string, SchoolLevel] | undefined;
  for (const entry of SCHOOL_STATUS_LEVELS) {
    if (value.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1];
}

const hidOf = (h: HouseholdRec): string => h.id || h.key;
/** Message prefix naming the household, when it has a 户编号 (generated keys are not shown). */
const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');

/** "姓名（n岁）" for messages; built only when a finding is emitted (not per member row). */
function whoOf(m: PersonRow, age: number | undefined): string {
  const name = cellText(cell(m, 'name'));
  return name ? `${name}（${age ?? '?'}岁）` : `该成员（${age ?? '?'}岁）`;
}

/** 危房级别 as compared with UNSAFE_HOUSING_GRADES: normText, upper case, no trailing 级 (memoised). */
const GRADE_KEYS = new ValueMemo((v) => normText(v).toUpperCase().replace(/级$/, ''));
export const housingGradeKey = (v: CellValue | undefined): string =>
  v === undefined ? '' : GRADE_KEYS.get(v);

const EDU_RULES = ['edu.out-of-school', 'edu.grade-age', 'edu.status-conflict'];
const EDU_CONFLICT_RULES = ['edu.status-conflict'];
const MEDICAL_RULES = ['medical.uninsured', 'medical.double-insured'];

/** 在校生状况 decoded once per distinct value. */
const SCHOOL_STATUS = new ValueMemo((raw) => {
  const status = normText(raw);
  const level: SchoolLevel | 'none' | undefined = status === '' ? 'none' : schoolLevel(status);
  return {
    status,
    level,
    /** A level that is not a school grade (out of school when at compulsory-education age). */
    notInGrade: level !== undefined && !SCHOOL_GRADE_LEVELS.has(level as SchoolLevel),
    bounds: level !== undefined ? GRADE_AGE_BOUNDS[level as SchoolLevel] : undefined,
    /** The status says "student". */
    studentSide: status !== '' && !NOT_STUDENT_STATUS.has(status),
    /** 辍学 / 失学 written in the value. */
    dropout: OUT_OF_SCHOOL_RE.test(status),
  };
});

/** 文化程度 decoded once per distinct value. */
const EDUCATION = new ValueMemo((raw) => {
  const written = normText(raw);
  // A short form (学前, 大学 …) counts as the code value it stands for.
  const education = EDUCATION_SHORT_FORMS[written] ?? written;
  return {
    written,
    educationSide: education !== '' && !STUDENT_SIDE_EDUCATION.has(education),
    studentSide: STUDENT_SIDE_EDUCATION.has(education),
  };
});

function checkEducation(ctx: RuleContext, m: PersonRow, mc: MemberColumns): void {
  const sheet = m.sheet;
  const hid = hidOf(m.household);
  const hasStatus = mc.schoolStatus >= 0;
  if (!hasStatus) ctx.missingColumn(sheet, 'schoolStatus', EDU_RULES);
  const hasEducation = mc.education >= 0;
  if (!hasEducation) ctx.missingColumn(sheet, 'education', EDU_CONFLICT_RULES);
  if (!hasStatus) return;
  const statusRaw = memberValue(m, mc.schoolStatus)!;
  const info = SCHOOL_STATUS.get(statusRaw);
  const status = info.status;
  const age = ctx.ageAt(sheet, m.r);

  // edu.out-of-school: compulsory-education age, not in a school grade, no reason recorded.
  const [from, to] = ctx.config.compulsoryEducationAges;
  {
    if (outOfSchool(ctx, m, mc)) {
      ctx.emit({
        rule: 'edu.out-of-school',
        sheet,
        r: m.r,
        col: 'schoolStatus',
        value: statusRaw,
        householdId: hid,
        message: info.dropout
          ? `${whoOf(m, age)}处于义务教育年龄（${from}–${to - 1}岁），在校生状况为“${quote(status)}”，属于义务教育阶段失学辍学，也未填写未上学原因。请核实并落实控辍保学：已劝返复学的改为所在年级，确因病残等不能上学的填写未上学原因（如送教上门）。`
          : `${whoOf(m, age)}处于义务教育年龄（${from}–${to - 1}岁），在校生状况为“${quote(status) || '空'}”，不是在读年级，也未填写未上学原因。请核实是否失学辍学：在读的填写所在年级，确因病残等未上学的填写未上学原因。`,
      });
    }
  }

  // edu.grade-age: grade implausible for the age.
  const bounds = info.bounds;
  if (
    age !== undefined &&
    bounds &&
    ((bounds.min !== undefined && age < bounds.min) || (bounds.max !== undefined && age > bounds.max))
  ) {
    const source = ctx.idTrustedAt(sheet, m.r) ? '按证件号码' : '按出生日期';
    ctx.emit({
      rule: 'edu.grade-age',
      sheet,
      r: m.r,
      col: 'schoolStatus',
      value: statusRaw,
      householdId: hid,
      message: `${whoOf(m, age)}在校生状况为“${quote(status)}”，与年龄不符（${bounds.label}；年龄${source}计算至${ctx.ref.y}年${ctx.ref.m}月${ctx.ref.d}日）。请核对在校生状况或证件号码、出生日期。`,
    });
  }

  // edu.status-conflict: exactly one of 文化程度 (non-students) and 在校生状况 (students) applies.
  if (!hasEducation) return;
  const educationRaw = memberValue(m, mc.education)!;
  const edu = EDUCATION.get(educationRaw);
  const educationSide = edu.educationSide;
  const studentSide = info.studentSide || edu.studentSide;
  if (educationSide === studentSide) {
    const education = edu.written;
    ctx.emit({
      rule: 'edu.status-conflict',
      sheet,
      r: m.r,
      col: 'education',
      value: educationRaw,
      householdId: hid,
      message: educationSide
        ? `${whoOf(m, age)}文化程度为“${quote(education)}”，在校生状况又为“${quote(status)}”，两项只应填一项（在校生填在校生状况，非在校生填文化程度）。请核对并清空不适用的一项。`
        : `${whoOf(m, age)}文化程度和在校生状况都为空，应填写其中一项（在校生填在校生状况，非在校生填文化程度）。请补录。`,
    });
  }
}

/** The age compared with compulsoryEducationAges: at referenceDate, or at 1 September of the reference year with
 * compulsoryEducationAgeDate = 'schoolYearStart' (rules-v2 §21; the 贵州 engine counts 6–16 on 09-01). */
export function compulsoryAge(ctx: RuleContext, m: PersonRow): number | undefined {
  if (setting(ctx, 'compulsoryEducationAgeDate') !== 'schoolYearStart') return ctx.ageAt(m.sheet, m.r);
  const birth = ctx.personAt(m.sheet, m.r).birth;
  return birth ? ageAt(birth, { y: ctx.ref.y, m: 9, d: 1 }) : undefined;
}

/** edu.out-of-school's condition: compulsory-education age, not in a school grade, no 未上学原因 (also read by
 * monitor.should-monitor, monitor.eliminated-unresolved and edu.dropout-flag-mismatch). */
export function outOfSchool(ctx: RuleContext, m: PersonRow, mc: MemberColumns): boolean {
  if (mc.schoolStatus < 0) return false;
  if (!SCHOOL_STATUS.get(memberValue(m, mc.schoolStatus)!).notInGrade) return false;
  const age = compulsoryAge(ctx, m);
  const [from, to] = ctx.config.compulsoryEducationAges;
  if (age === undefined || age < from || age >= to) return false;
  const reason = memberValue(m, mc.notInSchoolReason);
  return reason === undefined || isEmpty(reason);
}

/** medical.uninsured's condition: insured in neither basic medical scheme; null when the sheet has neither column. */
export function uninsured(m: PersonRow, mc: MemberColumns): boolean | null {
  if (mc.residentMedical < 0 && mc.employeeMedical < 0) return null;
  const resident = mc.residentMedical >= 0 && RESIDENT_MEDICAL_YES.yes(memberValue(m, mc.residentMedical));
  const employee = mc.employeeMedical >= 0 && EMPLOYEE_MEDICAL_YES.yes(memberValue(m, mc.employeeMedical));
  return !resident && !employee;
}

/** housing.unsafe's condition: 是否危房户 = 是 or 危房级别 C/D; null when the household has neither column. */
export function housingUnsafe(h: HouseholdRec): boolean | null {
  const hasFlag = householdHasColumn(h, 'unsafeHousing');
  const hasGrade = householdHasColumn(h, 'housingGrade');
  if (!hasFlag && !hasGrade) return null;
  if (hasFlag && parseFlag(hcell(h, 'unsafeHousing')) === true) return true;
  return hasGrade && UNSAFE_HOUSING_GRADES.has(housingGradeKey(hcell(h, 'housingGrade')));
}

function checkMedical(ctx: RuleContext, m: PersonRow, mc: MemberColumns): void {
  const sheet = m.sheet;
  const hasResident = mc.residentMedical >= 0;
  const hasEmployee = mc.employeeMedical >= 0;
  if (!hasResident && !hasEmployee) {
    ctx.missingColumn(sheet, 'residentMedical', MEDICAL_RULES);
    return;
  }
  const resident = hasResident ? RESIDENT_MEDICAL_YES.yes(memberValue(m, mc.residentMedical)) : false;
  const employee = hasEmployee ? EMPLOYEE_MEDICAL_YES.yes(memberValue(m, mc.employeeMedical)) : false;
  if (resident !== employee) return; // exactly one: insured once
  const col = hasResident ? 'residentMedical' : 'employeeMedical';
  if (!resident) {
    const name = cellText(cell(m, 'name')) || '该成员';
    const found = [
      hasResident ? `城乡居民基本医疗保险“${quote(cell(m, 'residentMedical')) || '空'}”` : '',
      hasEmployee ? `城镇职工基本医疗保险“${quote(cell(m, 'employeeMedical')) || '空'}”` : '',
    ]
      .filter(Boolean)
      .join('、');
    ctx.emit({
      rule: 'medical.uninsured',
      sheet,
      r: m.r,
      col,
      value: cell(m, col),
      householdId: hidOf(m.household),
      message: `${name}未参加基本医疗保险（${found}），脱贫人口和监测对象应做到应保尽保。请核实参保情况：已参保的改为“是”，未参保的督促参保。`,
    });
  } else {
    const name = cellText(cell(m, 'name')) || '该成员';
    ctx.emit({
      rule: 'medical.double-insured',
      sheet,
      r: m.r,
      col,
      value: cell(m, col),
      householdId: hidOf(m.household),
      message: `${name}同时登记参加了城乡居民基本医疗保险和城镇职工基本医疗保险，一般只应参加一种。请核实，重复参保的应办理退保或更正登记。`,
    });
  }
}

function checkHousing(ctx: RuleContext, h: HouseholdRec): void {
  const hasFlag = householdHasColumn(h, 'unsafeHousing');
  const hasGrade = householdHasColumn(h, 'housingGrade');
  if (!hasFlag && !hasGrade) {
    ctx.missingColumn(hRef(h).sheet, 'unsafeHousing', ['housing.unsafe']);
    return;
  }
  const flag = hasFlag ? parseFlag(hcell(h, 'unsafeHousing')) : null;
  const grade = hasGrade ? housingGradeKey(hcell(h, 'housingGrade')) : '';
  const unsafeGrade = UNSAFE_HOUSING_GRADES.has(grade);
  if (flag !== true && !unsafeGrade) return;
  const key = flag === true ? 'unsafeHousing' : 'housingGrade';
  const ref = hRef(h, key);
  const what =
    flag === true
      ? `是否危房户为“${quote(hcell(h, 'unsafeHousing'))}”`
      : `危房级别为“${quote(hcell(h, 'housingGrade'))}”`;
  ctx.emit({
    rule: 'housing.unsafe',
    sheet: ref.sheet,
    r: ref.r,
    col: key,
    value: hcell(h, key),
    householdId: hidOf(h),
    message: `${hLabel(h)}${what}，住房安全未保障。应纳入危房改造等住房安全保障措施；已改造或已鉴定安全的，请更新为“否”或A/B级。`,
  });
}

function checkWater(ctx: RuleContext, h: HouseholdRec): void {
  if (!householdHasColumn(h, 'safeWater')) {
    ctx.missingColumn(hRef(h).sheet, 'safeWater', ['water.unsafe']);
    return;
  }
  if (parseFlag(hcell(h, 'safeWater')) !== false) return;
  const ref = hRef(h, 'safeWater');
  ctx.emit({
    rule: 'water.unsafe',
    sheet: ref.sheet,
    r: ref.r,
    col: 'safeWater',
    value: hcell(h, 'safeWater'),
    householdId: hidOf(h),
    message: `${hLabel(h)}${ref.sheet.byKey.safeWater?.header ?? '饮水安全'}为“${quote(hcell(h, 'safeWater'))}”，饮水安全未保障。应落实安全饮水措施；已解决的请更新为“是”。`,
  });
}

/** The checks of one household (covered households only); rules/households.ts runs it in the household pass. */
export function securityHousehold(ctx: RuleContext, h: HouseholdRec): void {
  if (!ctx.status(h).covered) return;
  for (const m of h.members) {
    const mc = memberColumns(m.sheet);
    checkEducation(ctx, m, mc);
    checkMedical(ctx, m, mc);
  }
  checkHousing(ctx, h);
  checkWater(ctx, h);
}
