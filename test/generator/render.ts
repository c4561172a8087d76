// Renders the model into sheet documents for layouts a, b, c and the village sheet (d).
import type { CellValue } from '../../src/core/types';
import { amount, dateCell, type ColDef, type Layout, type RowDoc, type SheetDoc } from './doc';
import { isoDate } from './doc';
import type { Household, Model, Person } from './model';
import { isRiskOpen, netIncome, perCapita, transferSum, TRANSFER_KEYS } from './model';

type Syn = readonly [key: string, ...headers: string[]];
const pick = (s: Syn, variant: number): ColDef => ({ key: s[0], header: s[1 + (variant % (s.length - 1))] });

// Layout a: the 2021+ 名单 export extended with income, insurance, helper and monitoring columns.
// Each entry lists header synonyms from ledgers.md §3; `headerVariant` chooses among them.
const A_COLUMNS: Syn[] = [
  ['seq', '序号'],
  ['dataDate', '数据日期'],
  ['county', '县(市、区、旗)', '县'],
  ['township', '乡(镇)', '乡'],
  ['village', '行政村', '村'],
  ['naturalVillage', '自然村'],
  ['householdId', '户编号', '家庭编号'],
  ['personId', '人编号', '个人编号'],
  ['name', '姓名'],
  ['gender', '性别'],
  ['birthDate', '出生日期'],
  ['idNumber', '证件号码', '公民身份号码'],
  ['householdSize', '人数', '家庭人口数'],
  ['relationToHead', '与户主关系'],
  ['ethnicity', '民族'],
  ['education', '文化程度'],
  ['schoolStatus', '在校生状况', '在校生情况'],
  ['notInSchoolReason', '义务教育阶段未上学原因', '失学或辍学原因'],
  ['health', '健康状况'],
  ['laborSkill', '劳动技能', '劳动能力'],
  ['workMonths', '务工时间（月）', '务工时间'],
  ['publicWelfareJob', '公益性岗位'],
  ['residentMedical', '是否参加城乡居民基本医疗保险', '是否参加新型农村合作医疗（城乡居民基本医疗保险）'],
  ['employeeMedical', '是否参加城镇职工基本医疗保险'],
  ['seriousIllnessInsurance', '是否参加大病保险'],
  ['mainCause', '致贫原因1', '主要致贫原因'],
  ['unsafeHousing', '危房户', '是否危房户'],
  ['safeWater', '是否解决安全饮用水', '饮水安全'],
  ['wageIncome', '工资性收入', '工资性收入合计'],
  ['businessIncome', '生产经营性收入', '家庭经营性收入'],
  ['propertyIncome', '财产性收入'],
  ['transferIncome', '转移性收入'],
  ['familyPlanning', '计划生育金'],
  ['minimumLiving', '低保金', '最低生活保障金'],
  ['extremePovertySupport', '特困供养金', '特困人员救助供养金'],
  ['pension', '养老金或离退休金', '养老保险金'],
  ['ecoCompensation', '生态补偿金'],
  ['otherTransfer', '其他转移性收入'],
  ['businessExpense', '生产经营性支出', '生产经营费用总支出'],
  ['netIncome', '纯收入', '家庭纯收入'],
  ['perCapitaNetIncome', '人均纯收入', '家庭人均纯收入'],
  ['householdPhone', '户联系电话'],
  ['personPhone', '人联系电话'],
  ['firstIdentifiedDate', '首次识别时间'],
  ['householdType', '户类型'],
  ['monitorCategory', '易返贫致贫户(监测对象)类型', '监测对象类别'],
  ['riskEliminated', '风险是否消除', '风险是否已消除'],
  ['monitorStart', '风险识别时间', '识别监测时间'],
  ['riskEliminatedDate', '风险消除时间'],
  ['helperName', '帮扶责任人', '帮扶干部'],
  ['helperPhone', '帮扶责任人手机号'],
  ['measures', '帮扶措施', '已落实帮扶措施'],
];

// Layout b: 户信息 (one row per household) + 人员信息 (one row per member), joined by 户编号.
const B_HOUSEHOLD: Syn[] = [
  ['householdId', '户编号'],
  ['county', '县'],
  ['township', '乡'],
  ['village', '村', '行政村'],
  ['headName', '户主姓名'],
  ['headIdNumber', '户主证件号码'],
  ['householdSize', '家庭人口数'],
  ['householdType', '户类型'],
  ['monitorCategory', '监测对象类别'],
  ['riskEliminated', '风险是否消除'],
  ['monitorStart', '识别监测时间'],
  ['riskEliminatedDate', '风险消除时间'],
  ['mainCause', '主要致贫原因'],
  ['wageIncome', '工资性收入'],
  ['businessIncome', '生产经营性收入'],
  ['propertyIncome', '财产性收入'],
  ['transferIncome', '转移性收入'],
  ['familyPlanning', '计划生育金'],
  ['minimumLiving', '最低生活保障金'],
  ['extremePovertySupport', '特困人员救助供养金'],
  ['pension', '养老金或离退休金'],
  ['ecoCompensation', '生态补偿金'],
  ['otherTransfer', '其他转移性收入'],
  ['businessExpense', '生产经营性支出'],
  ['netIncome', '家庭纯收入'],
  ['perCapitaNetIncome', '家庭人均纯收入'],
  ['unsafeHousing', '是否危房户'],
  ['safeWater', '是否解决安全饮用水'],
  ['householdPhone', '联系电话'],
  ['firstIdentifiedDate', '首次识别时间'],
  ['helperName', '帮扶责任人'],
  ['helperPhone', '帮扶责任人手机号'],
  ['measures', '帮扶措施'],
];
const B_MEMBER: Syn[] = [
  ['householdId', '户编号'],
  ['personId', '人口编号'],
  ['name', '姓名'],
  ['gender', '性别'],
  ['birthDate', '出生日期'],
  ['idType', '证件类型'],
  ['idNumber', '证件号码'],
  ['relationToHead', '与户主关系'],
  ['ethnicity', '民族'],
  ['education', '文化程度'],
  ['schoolStatus', '在校生状况'],
  ['notInSchoolReason', '义务教育阶段未上学原因'],
  ['health', '健康状况'],
  ['laborSkill', '劳动技能'],
  ['workMonths', '务工时间（月）'],
  ['publicWelfareJob', '公益性岗位'],
  ['residentMedical', '是否参加城乡居民基本医疗保险'],
  ['employeeMedical', '是否参加城镇职工基本医疗保险'],
  ['personPhone', '人联系电话'],
];

// Layout c: hand-kept person ledger, two header rows with merged groups, 合计 row at the bottom.
const C_COLUMNS: ColDef[] = [
  { key: 'seq', header: '序号' },
  { key: 'village', header: '行政村' },
  { key: 'householdId', header: '户编号' },
  { key: 'name', header: '姓名' },
  { key: 'gender', header: '性别' },
  { key: 'idNumber', header: '公民身份号码' },
  { key: 'birthDate', header: '出生日期' },
  { key: 'relationToHead', header: '与户主关系' },
  { key: 'ethnicity', header: '民族' },
  { key: 'householdSize', header: '家庭人口数' },
  { key: 'education', header: '文化程度', group: '教育情况' },
  { key: 'schoolStatus', header: '在校生状况', group: '教育情况' },
  { key: 'notInSchoolReason', header: '失学或辍学原因', group: '教育情况' },
  { key: 'health', header: '健康状况' },
  { key: 'laborSkill', header: '劳动技能', group: '就业情况' },
  { key: 'workMonths', header: '务工时间（月）', group: '就业情况' },
  { key: 'publicWelfareJob', header: '公益性岗位', group: '就业情况' },
  { key: 'householdType', header: '户类型' },
  { key: 'monitorCategory', header: '监测对象类别' },
  { key: 'riskEliminated', header: '风险是否消除' },
  { key: 'monitorStart', header: '识别监测时间' },
  { key: 'riskEliminatedDate', header: '风险消除时间' },
  { key: 'wageIncome', header: '工资性收入', group: '年收入情况（元）' },
  { key: 'businessIncome', header: '生产经营性收入', group: '年收入情况（元）' },
  { key: 'propertyIncome', header: '财产性收入', group: '年收入情况（元）' },
  { key: 'transferIncome', header: '转移性收入', group: '年收入情况（元）' },
  { key: 'businessExpense', header: '生产经营性支出', group: '年收入情况（元）' },
  { key: 'netIncome', header: '纯收入', group: '年收入情况（元）' },
  { key: 'perCapitaNetIncome', header: '人均纯收入', group: '年收入情况（元）' },
  { key: 'residentMedical', header: '是否参加城乡居民基本医疗保险', group: '三保障情况' },
  { key: 'employeeMedical', header: '是否参加城镇职工基本医疗保险', group: '三保障情况' },
  { key: 'unsafeHousing', header: '是否危房户', group: '三保障情况' },
  { key: 'safeWater', header: '是否解决安全饮用水', group: '三保障情况' },
  { key: 'householdPhone', header: '户联系电话' },
  { key: 'personPhone', header: '人联系电话' },
  { key: 'helperName', header: '帮扶责任人' },
  { key: 'measures', header: '帮扶措施' },
];

/**
 * Village base sheet (layout d). 脱贫户户数/脱贫人口数 count the ledger's households with 户类型 脱贫户 and
 * their member rows; 监测对象户数/监测对象人数 count all 监测对象 (risk eliminated or not). These are the
 * "户数/人数 of covered households" village.count-mismatch compares.
 */
export const VILLAGE_COLUMNS: ColDef[] = [
  { key: 'seq', header: '序号' },
  { key: 'township', header: '乡(镇)' },
  { key: 'village', header: '行政村' },
  { key: 'villageCode', header: '行政区划代码' },
  { key: 'totalHouseholds', header: '总户数' },
  { key: 'totalPopulation', header: '总人口' },
  { key: 'agriPopulation', header: '农业户籍人口' },
  { key: 'exitedHouseholds', header: '脱贫户户数' },
  { key: 'exitedPersons', header: '脱贫人口数' },
  { key: 'monitoredHouseholds', header: '监测对象户数' },
  { key: 'monitoredPersons', header: '监测对象人数' },
];

const yesNo = (b: boolean): string => (b ? '是' : '否');

export interface RenderOptions {
  layout: Layout;
  headerVariant: number;
  year: number;
  transferSubItems: boolean;
}

/** Household-level cells (repeated on every member row in layouts a and c). */
export function householdCells(
  h: Household,
  m: Model,
  o: RenderOptions,
): { cells: Record<string, CellValue>; fmt: Record<string, string> } {
  const cells: Record<string, CellValue> = {};
  const fmt: Record<string, string> = {};
  const date = (key: string, d: Parameters<typeof dateCell>[0]) => {
    const c = dateCell(d, h.dateStyle);
    cells[key] = c.v;
    if (c.fmt) fmt[key] = c.fmt;
  };
  cells.dataDate = isoDate(m.ref);
  cells.county = m.county[1];
  cells.township = h.village.township;
  cells.village = h.village.name;
  cells.naturalVillage = h.naturalVillage;
  cells.householdId = h.id;
  cells.householdSize = h.sizeStored;
  cells.householdType = h.type;
  cells.monitorCategory = h.category;
  cells.riskEliminated = h.riskEliminated === null ? '' : yesNo(h.riskEliminated);
  date('monitorStart', h.monitorStart);
  date('riskEliminatedDate', h.eliminatedDate);
  date('firstIdentifiedDate', h.firstIdentified);
  cells.mainCause = h.mainCause;
  cells.unsafeHousing = yesNo(h.unsafeHousing);
  cells.safeWater = yesNo(h.safeWater);
  Object.assign(cells, incomeCells(h, o));
  cells.householdPhone = h.phone;
  cells.helperName = h.helper?.name ?? '';
  cells.helperPhone = h.helper?.phone ?? '';
  cells.measures = h.measures;
  const head = h.persons.find((p) => p.relation === '户主') ?? h.persons[0];
  cells.headName = head?.name ?? '';
  cells.headIdNumber = head?.id ?? '';
  return { cells, fmt };
}

/** Income cells of a household from its components (元, 2 decimals). */
export function incomeCells(
  h: Household,
  o: Pick<RenderOptions, 'transferSubItems'>,
): Record<string, CellValue> {
  const c: Record<string, CellValue> = {
    wageIncome: amount(h.wage),
    businessIncome: amount(h.business),
    propertyIncome: amount(h.property),
    transferIncome: amount(transferSum(h)),
    businessExpense: amount(h.expense),
    netIncome: amount(netIncome(h)),
    perCapitaNetIncome: amount(perCapita(h)),
  };
  if (o.transferSubItems) for (const k of TRANSFER_KEYS) c[k] = amount(h.transfer[k]);
  return c;
}

export function personCells(
  p: Person,
  index: number,
): { cells: Record<string, CellValue>; fmt: Record<string, string> } {
  const b = dateCell(p.birth, p.dateStyle);
  const cells: Record<string, CellValue> = {
    personId: p.hh.id + String(index + 1).padStart(2, '0'),
    name: p.name,
    gender: p.gender,
    birthDate: b.v,
    idType: '居民身份证',
    idNumber: p.id,
    relationToHead: p.relation,
    ethnicity: p.ethnicity,
    education: p.education,
    schoolStatus: p.school,
    notInSchoolReason: '',
    health: p.health,
    laborSkill: p.labor,
    workMonths: p.workMonths,
    publicWelfareJob: yesNo(p.publicJob),
    residentMedical: yesNo(p.residentMedical),
    employeeMedical: yesNo(!p.residentMedical),
    seriousIllnessInsurance: yesNo(p.residentMedical),
    personPhone: p.phone,
  };
  return { cells, fmt: b.fmt ? { birthDate: b.fmt } : {} };
}

export interface Rendered {
  docs: SheetDoc[];
  /** Sheet holding household-level fields, per household. */
  hhSheet: Map<Household, SheetDoc>;
  /** Rows holding household fields: all member rows (a, c) or the household row (b). */
  hhRows: Map<Household, RowDoc[]>;
  /** Sheet and row of each person. */
  personSheet: Map<Person, SheetDoc>;
  personRow: Map<Person, RowDoc>;
  /** Member rows per household (a, c: same as hhRows). */
  memberRows: Map<Household, RowDoc[]>;
}

export function columnsFor(
  layout: Layout,
  variant: number,
  transferSubItems: boolean,
): { person?: ColDef[]; household?: ColDef[]; member?: ColDef[] } {
  const subs = new Set<string>(TRANSFER_KEYS);
  const keep = (c: ColDef) => transferSubItems || !subs.has(c.key);
  if (layout === 'a') return { person: A_COLUMNS.map((s) => pick(s, variant)).filter(keep) };
  if (layout === 'b')
    return {
      household: B_HOUSEHOLD.map((s) => pick(s, variant)).filter(keep),
      member: B_MEMBER.map((s) => pick(s, variant)),
    };
  return { person: C_COLUMNS };
}

/** Person-level sheet (layouts a, c) for the given households. */
export function personSheet(
  name: string,
  households: Household[],
  m: Model,
  o: RenderOptions,
  columns: ColDef[],
  r: Rendered,
): SheetDoc {
  const doc: SheetDoc = {
    name,
    kind: 'person',
    columns,
    top: [],
    topMerges: [],
    headerRows: o.layout === 'c' ? 2 : 1,
    rows: [],
  };
  const width = columns.length;
  const townships = [...new Set(households.map((h) => h.village.township))].join('、');
  if (o.layout === 'a') {
    doc.top = [
      [`${m.county[1]}脱贫人口及监测对象信息名单`],
      [`${m.county[1]}${townships}    数据日期：${m.ref.y}年${m.ref.m}月${m.ref.d}日`],
    ];
    doc.topMerges = [
      { r1: 0, c1: 0, r2: 0, c2: width - 1 },
      { r1: 1, c1: 0, r2: 1, c2: width - 1 },
    ];
  } else {
    const line: CellValue[] = Array<CellValue>(width).fill('');
    line[0] = `填报单位：${townships}人民政府`;
    line[Math.floor(width / 2)] = `截至日期：${m.ref.y}年${m.ref.m}月${m.ref.d}日`;
    line[width - 1] = '单位：人、元';
    doc.top = [[`${townships}${o.year}年脱贫户及监测对象信息台账`], line];
    doc.topMerges = [{ r1: 0, c1: 0, r2: 0, c2: width - 1 }];
  }
  let seq = 0;
  for (const h of households) {
    const hc = householdCells(h, m, o);
    const rows: RowDoc[] = [];
    h.persons.forEach((p, i) => {
      const pc = personCells(p, i);
      const row: RowDoc = {
        kind: 'data',
        cells: { ...hc.cells, ...pc.cells, seq: ++seq },
        fmt: { ...hc.fmt, ...pc.fmt },
        hh: h,
        person: p,
      };
      rows.push(row);
      r.personRow.set(p, row);
      r.personSheet.set(p, doc);
    });
    doc.rows.push(...rows);
    r.hhRows.set(h, rows);
    r.memberRows.set(h, rows);
    r.hhSheet.set(h, doc);
  }
  if (o.layout === 'c') {
    // Hand-kept ledgers end with a 合计 row (sums over households, not over member rows).
    const sum = (f: (h: Household) => number) => amount(households.reduce((s, h) => s + f(h), 0));
    doc.rows.push({
      kind: 'total',
      cells: {
        seq: '合计',
        householdSize: households.reduce((s, h) => s + h.sizeStored, 0),
        wageIncome: sum((h) => h.wage),
        businessIncome: sum((h) => h.business),
        propertyIncome: sum((h) => h.property),
        transferIncome: sum(transferSum),
        businessExpense: sum((h) => h.expense),
        netIncome: sum(netIncome),
      },
      fmt: {},
    });
  }
  return doc;
}

export function render(m: Model, o: RenderOptions, households: Household[]): Rendered {
  const r: Rendered = {
    docs: [],
    hhSheet: new Map(),
    hhRows: new Map(),
    personSheet: new Map(),
    personRow: new Map(),
    memberRows: new Map(),
  };
  const cols = columnsFor(o.layout, o.headerVariant, o.transferSubItems);
  if (o.layout === 'b') {
    const hs: SheetDoc = {
      name: '户信息',
      kind: 'household',
      columns: cols.household!,
      top: [],
      topMerges: [],
      headerRows: 1,
      rows: [],
    };
    const ms: SheetDoc = {
      name: '人员信息',
      kind: 'member',
      columns: cols.member!,
      top: [],
      topMerges: [],
      headerRows: 1,
      rows: [],
    };
    for (const h of households) {
      const hc = householdCells(h, m, o);
      const hrow: RowDoc = { kind: 'data', cells: hc.cells, fmt: hc.fmt, hh: h };
      hs.rows.push(hrow);
      r.hhRows.set(h, [hrow]);
      r.hhSheet.set(h, hs);
      const mrows = h.persons.map((p, i) => {
        const pc = personCells(p, i);
        const row: RowDoc = {
          kind: 'data',
          cells: { ...pc.cells, householdId: h.id },
          fmt: pc.fmt,
          hh: h,
          person: p,
        };
        r.personRow.set(p, row);
        r.personSheet.set(p, ms);
        return row;
      });
      ms.rows.push(...mrows);
      r.memberRows.set(h, mrows);
    }
    r.docs.push(hs, ms);
  } else {
    r.docs.push(
      personSheet(
        o.layout === 'a' ? '脱贫人口及监测对象名单' : '帮扶台账',
        households,
        m,
        o,
        cols.person!,
        r,
      ),
    );
  }
  return r;
}

/** Village base sheet from the model as it stands (call after household injections). */
export function villageSheet(m: Model, year: number): { doc: SheetDoc; rowOf: Map<string, RowDoc> } {
  const doc: SheetDoc = {
    name: '行政村基本情况',
    kind: 'village',
    columns: VILLAGE_COLUMNS,
    top: [[`${m.county[1]}${year}年行政村基本情况表`]],
    topMerges: [{ r1: 0, c1: 0, r2: 0, c2: VILLAGE_COLUMNS.length - 1 }],
    headerRows: 1,
    rows: [],
  };
  const rowOf = new Map<string, RowDoc>();
  m.villages.forEach((v, i) => {
    const hs = m.households.filter((h) => h.village === v);
    const members = (h: Household) => (h.noMembers ? 0 : h.persons.length);
    const exited = hs.filter((h) => h.type === '脱贫户');
    const monitored = hs.filter((h) => h.type !== '脱贫户');
    const row: RowDoc = {
      kind: 'data',
      cells: {
        seq: i + 1,
        township: v.township,
        village: v.name,
        villageCode: v.code,
        totalHouseholds: v.totalHouseholds,
        totalPopulation: v.totalPopulation,
        agriPopulation: v.agriPopulation,
        exitedHouseholds: exited.length,
        exitedPersons: exited.reduce((s, h) => s + members(h), 0),
        monitoredHouseholds: monitored.length,
        monitoredPersons: monitored.reduce((s, h) => s + members(h), 0),
      },
      fmt: {},
    };
    doc.rows.push(row);
    rowOf.set(v.name, row);
  });
  return { doc, rowOf };
}

export { isRiskOpen };
