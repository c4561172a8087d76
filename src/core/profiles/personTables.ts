// Person and household tables the identity, fields, security (两不愁三保障) and labour rules read (rules.md,
// ledgers.md §3–§4, formulas.md §8). Data, not code: a clerk's config can extend these later.
import type { SheetKind } from '../types';

export type Sex = '男' | '女';

/** 与户主关系 value for the head of household. */
export const HEAD_RELATION = '户主';
/** 配偶 — sex implied as the opposite of the 户主's. */
export const SPOUSE_RELATION = '配偶';

/** 与户主关系 → the sex it implies (person.relation-gender). Relations without a sex (其他, 之兄弟姐妹 …) are absent. */
export const RELATION_SEX: Record<string, Sex> = {
  之子: '男',
  之女婿: '男',
  之孙子: '男',
  之外孙子: '男',
  之父: '男',
  之岳父: '男',
  之公公: '男',
  之祖父: '男',
  之外祖父: '男',
  之侄儿: '男',
  之曾孙子: '男',
  之女: '女',
  之儿媳: '女',
  之孙女: '女',
  之外孙女: '女',
  之母: '女',
  之岳母: '女',
  之婆婆: '女',
  之祖母: '女',
  之外祖母: '女',
  之侄女: '女',
  之曾孙女: '女',
  之兄弟媳妇: '女',
};

/** 性别 after code normalisation (1/2 → 男/女) → sex; 未说明的性别 is absent (no sex to compare). */
export const GENDER_VALUES: Record<string, Sex> = { 男: '男', 男性: '男', 女: '女', 女性: '女' };

/**
 * 在校生状况 level by value prefix (2016 and 2021+ lists). 'preschool' and 'none' are not school grades
 * (edu.out-of-school); 'senior' = 高中及以上 (edu.grade-age). Longest prefix wins.
 */
export type SchoolLevel = 'none' | 'preschool' | 'primary' | 'junior' | 'senior';
export const SCHOOL_STATUS_LEVELS: Array<[prefix: string, level: SchoolLevel]> = [
  ['非在校生', 'none'],
  ['学龄前儿童', 'preschool'],
  ['学前教育', 'preschool'],
  ['小学', 'primary'],
  ['七年级', 'junior'],
  ['八年级', 'junior'],
  ['九年级', 'junior'],
  ['普通高中', 'senior'],
  ['高中', 'senior'],
  ['中职', 'senior'],
  ['高职', 'senior'],
  ['技师学院', 'senior'],
  ['本科', 'senior'],
  ['硕士', 'senior'],
  ['大专', 'senior'],
];

/** Levels that count as "in school" for edu.out-of-school. */
export const SCHOOL_GRADE_LEVELS: ReadonlySet<SchoolLevel> = new Set(['primary', 'junior', 'senior']);

/**
 * Plausible ages per 在校生状况 level (edu.grade-age), inclusive bounds: 小学 6–14 (formulas.md §8); 高中及以上 not
 * at 14 or younger; 小学及以下 (学前) not at 20 or older (小学 at 20+ is already outside 6–14).
 */
export const GRADE_AGE_BOUNDS: Partial<Record<SchoolLevel, { min?: number; max?: number; label: string }>> = {
  primary: { min: 6, max: 14, label: '小学一般为6–14岁' },
  senior: { min: 15, label: '高中及以上一般在15岁及以上' },
  preschool: { max: 19, label: '学前阶段不应在20岁及以上' },
};

/** 在校生状况 values that mean "not a student" (2016 lists): treated as empty by edu.status-conflict. */
export const NOT_STUDENT_STATUS: ReadonlySet<string> = new Set(['非在校生']);
/** 文化程度 values that belong to the student side (2016 lists put 学龄前儿童 there). */
export const STUDENT_SIDE_EDUCATION: ReadonlySet<string> = new Set(['学龄前儿童']);

/** Required columns per sheet kind (field.required). `ifPresent`: only checked when the sheet has the column. */
export interface RequiredColumn {
  key: string;
  ifPresent?: boolean;
}
export const REQUIRED_COLUMNS: Partial<Record<SheetKind, RequiredColumn[]>> = {
  person: [
    { key: 'name' },
    { key: 'relationToHead' },
    { key: 'householdId', ifPresent: true },
    { key: 'village' },
  ],
  household: [{ key: 'householdId' }, { key: 'headName' }],
  village: [{ key: 'village' }],
};

/** Columns checked against their code list (field.code); the list is ctx.codes[key]. */
export const CODE_COLUMNS: string[] = [
  'relationToHead',
  'gender',
  'ethnicity',
  'education',
  'schoolStatus',
  'health',
  'laborSkill',
  'workStatus',
  'politicalStatus',
  'monitorCategory',
  'riskEliminated',
  'povertyAttribute',
  'mainCause',
  'housingGrade',
];

/** Code columns whose cells may combine several values ("残疾,长期慢性病"). */
export const MULTI_VALUE_SEPARATOR: Record<string, RegExp> = { health: /[,，、;；]/ };

/**
 * Numeric codes in addition to codeLists.NUMERIC_CODES: the later 贫困户属性 export (`aac006`) writes two-digit
 * codes, which do not clash with the single-digit codes of the older forms.
 */
export const EXTRA_NUMERIC_CODES: Record<string, Record<string, string>> = {
  povertyAttribute: {
    '01': '一般贫困户',
    '02': '低保脱贫户',
    '03': '特困供养脱贫户',
    '04': '低保贫困户',
    '05': '一般脱贫户',
    '06': '特困供养贫困户',
    '07': '低保特困供养贫困户',
    '08': '低保特困供养户',
  },
};

/** Amount columns in 元 (field.number, field.text-number): "1.2万" is read as 12000. */
export const AMOUNT_COLUMNS: string[] = [
  'wageIncome',
  'publicWelfareJobIncome',
  'otherWageIncome',
  'businessIncome',
  'propertyIncome',
  'dividendIncome',
  'otherPropertyIncome',
  'transferIncome',
  'familyPlanning',
  'minimumLiving',
  'extremePovertySupport',
  'pension',
  'ecoCompensation',
  'otherTransfer',
  'industryReward',
  'employmentReward',
  'businessExpense',
  'businessExpenseGross',
  'expenseReductionSubsidy',
  'grossIncome',
  'netIncome',
  'perCapitaNetIncome',
  'claimIncome',
  'compliantSelfPaid',
];

/** Other numeric columns (counts, months, land areas in 亩 — the land keys apply once synonyms map them). */
export const COUNT_COLUMNS: string[] = [
  'householdSize',
  'householdSizeYear',
  'workMonths',
  'publicWelfareJobMonths',
  'cultivatedLand',
  'forestLand',
  'returnedFarmland',
  'orchardLand',
  'pastureLand',
  'waterSurface',
];

/** Date columns (field.date). */
export const DATE_COLUMNS: string[] = [
  'birthDate',
  'firstIdentifiedDate',
  'monitorStart',
  'riskEliminatedDate',
  'personIdentifiedDate',
  'dataDate',
];

/** Phone columns (field.phone). */
export const PHONE_COLUMNS: string[] = ['personPhone', 'householdPhone', 'helperPhone'];
/** Phone cell values that mean "no phone" (treated as empty). */
export const NO_PHONE_VALUES: ReadonlySet<string> = new Set(['无', '/', '-', '—', '暂无']);

/** Labour age: under 16 is a child (formulas.md §8: labour age 16–60, 16 inclusive). */
export const LABOR_MIN_AGE = 16;
/** 劳动技能 values that mean the person works (labor.child-worker). */
export const WORKING_SKILLS: ReadonlySet<string> = new Set(['普通劳动力', '技能劳动力']);
/** 务工时间（月） range. */
export const WORK_MONTHS_MAX = 12;
/** 公益性岗位 values that mean "no post". */
export const NO_POST_VALUES: ReadonlySet<string> = new Set(['否', '无']);

/** 危房级别 values that mean unsafe housing (C级、D级). */
export const UNSAFE_HOUSING_GRADES: ReadonlySet<string> = new Set(['C', 'D']);
