// Synthetic exports of 全国防止返贫监测信息系统 as a clerk downloads them (ledgers-national.md): five workbooks —
// （自定义）监测对象信息, （乡村建设）户信息, （务工月监测）已外出务工信息, 计划外出务工信息, （自定义）行政村信息 — each
// with two title rows, the header on row 3, every cell text (amounts "1200.00", 性别 1/2, 出生日期 YYYYMMDD,
// 识别监测时间 YYYYMM, 开始时间 YYYY年MM月, comma-joined measure cells, 残疾人证号 of 20/22 characters), written with
// inline strings and no shared-strings part, as the system's streaming writer does. Deterministic per seed; the
// households come from the ledger model (model.ts), so incomes are consistent. Test-only code, synthetic data.
import { promises as fs } from 'fs';
import path from 'path';
import type { SheetInput } from '../../src/core/types';
import { ZipWriter } from '../../src/hosts/xlsx/zip';
import { xmlEscape } from '../../src/hosts/xlsx/ooxml';
import { Rng } from './prng';
import {
  buildModel,
  netIncome,
  perCapita,
  transferSum,
  type Household,
  type Model,
  type Person,
  type YMD,
} from './model';

export type ExportName = 'person' | 'householdBuild' | 'work' | 'workPlan' | 'village';

export interface ExportFile {
  export: ExportName;
  /** File name as downloaded (with the _YYYYMMDD suffix where the system adds one). */
  fileName: string;
  sheetName: string;
  /** Every cell text; '' = empty. Row 0–1 titles, row 2 header, data from row 3. */
  rows: string[][];
  /** Title merges (0-based, inclusive). */
  merges: Array<{ r1: number; c1: number; r2: number; c2: number }>;
}

/** An injected error and where the engine must report it. */
export interface NationalExpectation {
  rule: string;
  /** The export's sheet name. */
  sheet: string;
  fileName: string;
  /** A1 address. */
  cell: string;
}

/** Errors that can be injected, one household or row each. */
export type NationalInjection =
  | 'id.checksum'
  | 'person.gender-mismatch'
  | 'field.date'
  | 'field.code'
  | 'income.subitem-exceeds-component'
  | 'income.per-capita-mismatch'
  | 'id.disability-suffix-invalid'
  | 'household.size-mismatch'
  | 'id.duplicate'
  | 'work.person-not-in-ledger';

export const NATIONAL_INJECTIONS: readonly NationalInjection[] = [
  'id.checksum',
  'person.gender-mismatch',
  'field.date',
  'field.code',
  'income.subitem-exceeds-component',
  'income.per-capita-mismatch',
  'id.disability-suffix-invalid',
  'household.size-mismatch',
  'id.duplicate',
  'work.person-not-in-ledger',
];

export interface NationalOptions {
  seed: number;
  /** Approximate persons in the main export. Default 300. */
  persons?: number;
  /** Income year. Default 2023. */
  year?: number;
  /** Export date (title rows and file names). Default 2023-12-18. */
  exportDate?: YMD;
  inject?: readonly NationalInjection[];
}

export interface NationalExport {
  files: ExportFile[];
  expected: NationalExpectation[];
  model: Model;
  year: number;
  exportDate: YMD;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymd8 = (d: YMD): string => `${d.y}${pad2(d.m)}${pad2(d.d)}`;
const ym6 = (d: YMD): string => `${d.y}${pad2(d.m)}`;
const yuan = (fen: number): string => (fen / 100).toFixed(2);
const flag = (b: boolean): string => (b ? '是' : '否');

function colLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One export as columns of (header, value of a row source). */
interface Column<T> {
  header: string;
  value: (x: T) => string;
}

interface PersonExtra {
  personId: string;
  /** 证件类型 and the number as exported (残疾人证号 for disabled persons). */
  idType: string;
  idText: string;
  measures: Record<string, string>;
}

const MEASURE_HEADERS = ['产业帮扶', '就业帮扶', '金融帮扶', '公益岗位帮扶', '健康帮扶', '综合保障'] as const;
type MeasureHeader = (typeof MEASURE_HEADERS)[number];
const MEASURE_ITEMS: Record<MeasureHeader, string[]> = {
  产业帮扶: ['其他', '技能培训'],
  就业帮扶: ['技能培训,外出务工补贴', '外出务工补贴', '技能培训、其他'],
  金融帮扶: ['其他'],
  公益岗位帮扶: ['其他'],
  健康帮扶: ['城乡居民基本医疗保险个人缴费补贴'],
  综合保障: ['低保', '特困供养', '残疾人补贴'],
};

const TYPE_LABEL = (h: Household): string => (h.type === '脱贫户' ? '脱贫户' : '普通农户');

function titleRows(title: string, exportDate: YMD, width: number): string[][] {
  const t1 = [title, ...new Array<string>(width - 1).fill('')];
  const t2 = [
    `导出时间：${exportDate.y}-${pad2(exportDate.m)}-${pad2(exportDate.d)} 10:32:05`,
    ...new Array<string>(width - 1).fill(''),
  ];
  return [t1, t2];
}

function table<T>(
  title: string,
  exportDate: YMD,
  cols: Array<Column<T>>,
  items: T[],
): { rows: string[][]; merges: ExportFile['merges'] } {
  const rows = [
    ...titleRows(title, exportDate, cols.length),
    cols.map((c) => c.header),
    ...items.map((x) => cols.map((c) => c.value(x))),
  ];
  return { rows, merges: [{ r1: 0, c1: 0, r2: 0, c2: cols.length - 1 }] };
}

/** The five exports of one county for about `persons` people, with the injected errors listed in `expected`. */
export function generateNationalExport(o: NationalOptions): NationalExport {
  const year = o.year ?? 2023;
  const exportDate = o.exportDate ?? { y: 2023, m: 12, d: 18 };
  const model = buildModel({
    seed: o.seed,
    persons: o.persons ?? 300,
    year,
    referenceDate: { y: year, m: 12, d: 31 },
    monitoredShare: 0.2,
  });
  const rng = new Rng(o.seed * 7919 + 17);
  const county = model.county[1];
  const suffix = `_${ymd8(exportDate)}`;
  const persons = model.households.flatMap((h) => h.persons);
  const extra = new Map<Person, PersonExtra>();
  const householdMeasures = new Map<Household, Record<string, string>>();
  for (const h of model.households) {
    const m: Record<string, string> = {};
    // 监测对象: one to three measure columns; a no-labour household may have only 综合保障.
    if (h.category !== '') {
      const picks = rng.shuffle([...MEASURE_HEADERS]).slice(0, rng.int(1, 3));
      for (const k of picks) m[k] = rng.pick(MEASURE_ITEMS[k]);
    } else if (rng.chance(0.4)) {
      const k = rng.pick(MEASURE_HEADERS);
      m[k] = rng.pick(MEASURE_ITEMS[k]);
    }
    householdMeasures.set(h, m);
    h.persons.forEach((p, i) => {
      const disabled = p.health === '残疾';
      let idText = p.id;
      if (disabled) {
        // 18-digit ID + 残疾类别 (1–7) + 等级 (1–4), sometimes two more digits (22 characters).
        idText += `${rng.int(1, 7)}${rng.int(1, 4)}${rng.chance(0.3) ? pad2(rng.int(1, 99)) : ''}`;
      }
      extra.set(p, {
        personId: `${h.id}${pad2(i + 1)}`,
        idType: disabled ? '残疾人证' : '居民身份证',
        idText,
        measures: m,
      });
    });
  }
  const x = (p: Person): PersonExtra => extra.get(p)!;
  const head = (h: Household): Person => h.persons.find((p) => p.relation === '户主') ?? h.persons[0];
  const measureCell = (h: Household, k: MeasureHeader) => householdMeasures.get(h)![k] ?? '';

  // ---- （自定义）监测对象信息: one row per person, household fields repeated ----
  const personCols: Array<Column<Person>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (p) => p.hh.village.township },
    { header: '村', value: (p) => p.hh.village.name },
    { header: '户编号', value: (p) => p.hh.id },
    { header: '人编号', value: (p) => x(p).personId },
    { header: '姓名', value: (p) => p.name },
    { header: '证件类型', value: (p) => x(p).idType },
    { header: '证件号码', value: (p) => x(p).idText },
    { header: '性别', value: (p) => (p.gender === '男' ? '1' : '2') },
    { header: '出生日期', value: (p) => ymd8(p.birth) },
    { header: '与户主关系', value: (p) => p.relation },
    { header: '民族', value: (p) => p.ethnicity },
    { header: '人数', value: (p) => String(p.hh.sizeStored) },
    { header: '文化程度', value: (p) => p.education },
    { header: '在校生状况', value: (p) => p.school },
    { header: '健康状况', value: (p) => p.health },
    { header: '劳动技能', value: (p) => p.labor },
    { header: '务工时间（月）', value: (p) => String(p.workMonths) },
    { header: '务工所在地', value: (p) => (p.workMonths > 0 ? county : '') },
    { header: '公益性岗位', value: (p) => (p.publicJob ? '是' : '否') },
    { header: '公益性岗位(月数)', value: (p) => (p.publicJob ? '12' : '0') },
    { header: '是否参加城乡居民基本医疗保险', value: (p) => flag(p.residentMedical) },
    { header: '是否参加城镇职工基本医疗保险', value: (p) => flag(!p.residentMedical) },
    { header: '是否参加大病保险', value: (p) => flag(p.residentMedical) },
    { header: '是否参加城乡居民基本养老保险', value: (p) => flag(p.age >= 16) },
    { header: '享受低保政策情况', value: (p) => (p.hh.transfer.minimumLiving > 0 ? '农村低保' : '未享受') },
    {
      header: '享受特困供养政策情况',
      value: (p) => (p.hh.transfer.extremePovertySupport > 0 ? '农村特困' : '不享受'),
    },
    { header: '家庭成员联系电话', value: (p) => p.phone },
    { header: '户类型', value: (p) => TYPE_LABEL(p.hh) },
    { header: '监测对象类别', value: (p) => p.hh.category },
    {
      header: '风险是否已消除',
      value: (p) => (p.hh.riskEliminated === null ? '' : flag(p.hh.riskEliminated)),
    },
    { header: '风险消除方式', value: (p) => (p.hh.riskEliminated ? '帮扶消除' : '') },
    { header: '识别监测时间', value: (p) => (p.hh.monitorStart ? ym6(p.hh.monitorStart) : '') },
    { header: '消除监测时间', value: (p) => (p.hh.eliminatedDate ? ym6(p.hh.eliminatedDate) : '') },
    { header: '致贫/返贫风险1', value: (p) => (p.hh.category !== '' ? '因病' : '') },
    { header: '是否危房户', value: (p) => flag(p.hh.unsafeHousing) },
    { header: '是否解决安全饮用水', value: (p) => flag(p.hh.safeWater) },
    { header: '户联系电话', value: (p) => p.hh.phone },
    { header: '耕地面积（亩）', value: (p) => (p.hh.seq % 3 === 0 ? '0' : `${(p.hh.seq % 7) + 1}.50`) },
    { header: '工资性收入', value: (p) => yuan(p.hh.wage) },
    { header: '生产经营性收入', value: (p) => yuan(p.hh.business) },
    { header: '财产性收入', value: (p) => yuan(p.hh.property) },
    { header: '转移性收入', value: (p) => yuan(transferSum(p.hh)) },
    // Two of the six 转移性收入 sub-items: a partial breakdown (ledgers-national §8 #2).
    { header: '最低生活保障金', value: (p) => yuan(p.hh.transfer.minimumLiving) },
    { header: '特困人员救助供养金', value: (p) => yuan(p.hh.transfer.extremePovertySupport) },
    { header: '生产经营性支出', value: (p) => yuan(p.hh.expense) },
    { header: '家庭纯收入', value: (p) => yuan(netIncome(p.hh)) },
    { header: '人均纯收入（元）', value: (p) => yuan(perCapita(p.hh)) },
    { header: '帮扶责任人', value: (p) => p.hh.helper?.name ?? '' },
    { header: '帮扶责任人联系电话', value: (p) => p.hh.helper?.phone ?? '' },
    // A 是/尚未实施 flag, not the measures (ledgers-national §10.1): often empty.
    {
      header: '实施开发式帮扶措施情况',
      value: (p) => (measureCell(p.hh, '产业帮扶') || measureCell(p.hh, '就业帮扶') ? '是' : ''),
    },
    ...MEASURE_HEADERS.map((k) => ({ header: k, value: (p: Person) => measureCell(p.hh, k) })),
    // The second spelling of 公益岗位帮扶 in the same export (both occur).
    { header: '公益性岗位帮扶', value: () => '' },
    // Columns no rule reads (a full export has about 180): ignored silently. 风险是否已消除0 maps to nothing.
    { header: '风险是否已消除0', value: (p) => (p.hh.riskEliminated ? '是' : '') },
    { header: '就业渠道（易地搬迁后扶使用）', value: () => '' },
    { header: '是否军烈属', value: () => '否' },
    { header: '政治面貌', value: (p) => (p.age >= 18 ? '群众' : '') },
    { header: '牧草地面积（亩）', value: () => '0' },
    { header: '户籍所在地详细地址', value: (p) => `${p.hh.village.name}${p.hh.naturalVillage}` },
  ];
  const personSheet = '（自定义）监测对象信息';
  const main = table(personSheet, exportDate, personCols, persons);

  // ---- （乡村建设）户信息: one row per household (head's 证件号码) ----
  const buildCols: Array<Column<Household>> = [
    { header: '县(市、区、旗)', value: () => county },
    { header: '乡(镇)', value: (h) => h.village.township },
    { header: '行政村', value: (h) => h.village.name },
    { header: '户编号', value: (h) => h.id },
    { header: '证件号码', value: (h) => x(head(h)).idText },
    { header: '户类型', value: (h) => TYPE_LABEL(h) },
    { header: '卫生厕所是否能正常使用', value: (h) => flag(h.seq % 5 !== 0) },
  ];
  const buildSheet = '（乡村建设）户信息';
  const build = table(buildSheet, exportDate, buildCols, model.households);

  // ---- （务工月监测）已外出务工信息: one row per work spell ----
  interface Spell {
    p: Person;
    start: YMD;
    end?: YMD;
    county: string;
  }
  const spells: Spell[] = [];
  for (const p of persons) {
    if (p.workMonths === 0) continue;
    const n = rng.chance(0.3) ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const start = { y: year - (n - i) + 1, m: rng.int(1, 6), d: 1 };
      spells.push({
        p,
        start,
        end: i < n - 1 ? { y: start.y, m: start.m + rng.int(1, 5), d: 1 } : undefined,
        county: rng.chance(0.5)
          ? county
          : rng.pick(['浙江省宁波市鄞州区', '广东省东莞市', '江苏省苏州市吴中区']),
      });
    }
  }
  const ymCn = (d: YMD, short: boolean): string => `${d.y}年${short ? d.m : pad2(d.m)}月`;
  const workCols: Array<Column<Spell>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (s) => s.p.hh.village.township },
    { header: '行政村', value: (s) => s.p.hh.village.name },
    { header: '户编号', value: (s) => s.p.hh.id },
    { header: '人编号', value: (s) => x(s.p).personId },
    { header: '姓名', value: (s) => s.p.name },
    { header: '证件号码', value: (s) => x(s.p).idText },
    { header: '户类型', value: (s) => TYPE_LABEL(s.p.hh) },
    { header: '监测对象类别', value: (s) => s.p.hh.category },
    { header: '开始时间', value: (s) => ymCn(s.start, s.start.m % 2 === 0) },
    { header: '结束时间', value: (s) => (s.end ? ymCn(s.end, false) : '') },
    { header: '是否已务工', value: (s) => flag(s.end === undefined) },
    { header: '务工所在县', value: (s) => s.county },
    { header: '就业渠道', value: (s) => (s.p.publicJob ? '公益性岗位' : '外出务工') },
    { header: '务工月收入', value: (s) => `${3000 + (s.p.age % 7) * 250}.00` },
    { header: '务工企业名称', value: () => '某某制造有限公司' },
    { header: '所属行业', value: () => '制造业' },
    { header: '是否点对点输送', value: () => '否' },
    { header: '年度交通费补助', value: (s) => (s.county === county ? '0.00' : '500.00') },
  ];
  const workSheet = '（务工月监测）已外出务工信息';
  const work = table(workSheet, exportDate, workCols, spells);

  // ---- 计划外出务工信息: persons of working age who plan to work ----
  const planners = persons.filter((p) => p.age >= 16 && p.age < 60 && p.workMonths === 0 && p.school === '');
  const planCols: Array<Column<Person>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (p) => p.hh.village.township },
    { header: '行政村', value: (p) => p.hh.village.name },
    { header: '户编号', value: (p) => p.hh.id },
    { header: '人编号', value: (p) => x(p).personId },
    { header: '证件号码', value: (p) => x(p).idText },
    { header: '户类型', value: (p) => TYPE_LABEL(p.hh) },
    { header: '劳动技能', value: (p) => p.labor },
    { header: '是否计划务工', value: () => '是' },
    { header: '是否计划外出务工', value: (p) => flag(p.age < 45) },
    { header: '就业服务需求', value: () => '岗位信息' },
    { header: '计划务工所在县', value: (p) => (p.age < 45 ? '广东省东莞市' : county) },
  ];
  const planSheet = '计划外出务工信息';
  const plan = table(planSheet, exportDate, planCols, planners);

  // ---- （自定义）行政村信息: village-wide figures ----
  const villageCols: Array<Column<Model['villages'][number]>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (v) => v.township },
    { header: '村', value: (v) => v.name },
    { header: '是否出列', value: () => '是' },
    { header: '总户数', value: (v) => String(200 + v.name.length * 37) },
    { header: '总人口数', value: (v) => String(800 + v.name.length * 131) },
    { header: '村级集体经济收入（万元）', value: () => '12.50' },
    { header: '低保户数', value: () => '18' },
    { header: '低保人口数', value: () => '41' },
    { header: '残疾人口数', value: () => '23' },
    { header: '危房户数', value: () => '0' },
    { header: '未实现饮水安全户数', value: () => '0' },
    { header: '行政村文化（图书）室个数 （个）', value: () => '1' },
  ];
  const villageSheet = '（自定义）行政村信息';
  const village = table(villageSheet, exportDate, villageCols, model.villages);

  const files: ExportFile[] = [
    { export: 'person', fileName: `${personSheet} (22).xlsx`, sheetName: personSheet, ...main },
    { export: 'householdBuild', fileName: `${buildSheet}${suffix}.xlsx`, sheetName: buildSheet, ...build },
    { export: 'work', fileName: `${workSheet}${suffix}.xlsx`, sheetName: workSheet, ...work },
    { export: 'workPlan', fileName: `${planSheet}${suffix}.xlsx`, sheetName: planSheet, ...plan },
    { export: 'village', fileName: `${villageSheet}.xlsx`, sheetName: villageSheet, ...village },
  ];
  const expected = inject(
    o.inject ?? [],
    files,
    persons,
    spells.map((s) => s.p),
    rng,
  );
  return { files, expected, model, year, exportDate };
}

/** Applies the injections to the rendered rows; every one changes a different household. */
function inject(
  which: readonly NationalInjection[],
  files: ExportFile[],
  persons: Person[],
  workers: Person[],
  rng: Rng,
): NationalExpectation[] {
  const out: NationalExpectation[] = [];
  const main = files[0];
  const header = main.rows[2];
  const col = (h: string): number => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };
  const rowOf = (p: Person): number => 3 + persons.indexOf(p);
  const used = new Set<Household>();
  /** A person of an unused household that fits `ok`, deterministic. */
  const pick = (ok: (p: Person) => boolean): Person => {
    const candidates = persons.filter((p) => !used.has(p.hh) && ok(p));
    if (candidates.length === 0) throw new Error('no candidate for an injection');
    const p = rng.pick(candidates);
    used.add(p.hh);
    return p;
  };
  const expect = (rule: string, file: ExportFile, r: number, c: number) =>
    out.push({ rule, sheet: file.sheetName, fileName: file.fileName, cell: `${colLetter(c)}${r + 1}` });
  const set = (file: ExportFile, r: number, c: number, v: string) => {
    file.rows[r][c] = v;
  };
  const hhRows = (h: Household): number[] => h.persons.map(rowOf);
  const idCol = col('证件号码');
  for (const rule of which) {
    switch (rule) {
      case 'id.checksum': {
        const p = pick((q) => q.health !== '残疾' && q.workMonths === 0);
        const id = main.rows[rowOf(p)][idCol];
        const last = id[17] === '0' ? '1' : id[17] === 'X' ? '0' : id[17] === '9' ? 'X' : String(+id[17] + 1);
        set(main, rowOf(p), idCol, id.slice(0, 17) + last);
        expect(rule, main, rowOf(p), idCol);
        break;
      }
      case 'person.gender-mismatch': {
        const p = pick((q) => q.relation === '户主' && q.hh.persons.length === 1);
        const c = col('性别');
        set(main, rowOf(p), c, p.gender === '男' ? '2' : '1');
        expect(rule, main, rowOf(p), c);
        break;
      }
      case 'field.date': {
        const p = pick((q) => q.hh.monitorStart !== undefined && q.relation === '户主');
        const c = col('识别监测时间');
        for (const r of hhRows(p.hh)) set(main, r, c, `${p.hh.monitorStart!.y}13`);
        for (const r of hhRows(p.hh)) expect(rule, main, r, c);
        break;
      }
      case 'field.code': {
        const p = pick((q) => q.age >= 30 && q.relation !== '户主');
        const c = col('健康状况');
        set(main, rowOf(p), c, '残疾,长期病');
        expect(rule, main, rowOf(p), c);
        break;
      }
      case 'income.subitem-exceeds-component': {
        const p = pick((q) => q.relation === '户主' && q.hh.transfer.extremePovertySupport === 0);
        const c = col('特困人员救助供养金');
        const over = transferSum(p.hh) + 50_000;
        for (const r of hhRows(p.hh)) set(main, r, c, yuan(over));
        expect(rule, main, rowOf(p.hh.persons[0]), col('转移性收入'));
        break;
      }
      case 'income.per-capita-mismatch': {
        const p = pick((q) => q.relation === '户主' && perCapita(q.hh) > 2_000_000);
        const c = col('人均纯收入（元）');
        for (const r of hhRows(p.hh)) set(main, r, c, yuan(perCapita(p.hh) + 100_000));
        expect(rule, main, rowOf(p.hh.persons[0]), c);
        break;
      }
      case 'id.disability-suffix-invalid': {
        const p = pick((q) => q.health === '残疾');
        const id = main.rows[rowOf(p)][idCol];
        set(main, rowOf(p), idCol, `${id.slice(0, 18)}98${id.slice(20)}`);
        expect(rule, main, rowOf(p), idCol);
        break;
      }
      case 'household.size-mismatch': {
        const p = pick((q) => q.relation === '户主' && q.hh.persons.length >= 2);
        const c = col('人数');
        for (const r of hhRows(p.hh)) set(main, r, c, String(p.hh.persons.length + 1));
        expect(rule, main, rowOf(p.hh.persons[0]), c);
        break;
      }
      case 'id.duplicate': {
        // A member typed with the 户主's number: both rows are reported.
        const p = pick((q) => q.relation === '户主' && q.hh.persons.length >= 3 && q.health !== '残疾');
        const other = p.hh.persons.find((q) => q !== p && q.health !== '残疾' && q.gender === p.gender);
        if (!other) throw new Error('no member to duplicate');
        set(main, rowOf(other), idCol, main.rows[rowOf(p)][idCol]);
        // The copied ID's birth date differs from the member's 出生日期 column: clear it so the only finding is the
        // duplicate (an export without 出生日期 for that person).
        set(main, rowOf(other), col('出生日期'), '');
        expect(rule, main, rowOf(p), idCol);
        expect(rule, main, rowOf(other), idCol);
        break;
      }
      case 'work.person-not-in-ledger': {
        // A work spell whose 证件号码 and 人编号 name nobody in the main export.
        const work = files[2];
        const wh = work.rows[2];
        const r = 3 + workers.findIndex((q) => !used.has(q.hh));
        used.add(workers[r - 3].hh);
        const wId = wh.indexOf('证件号码');
        const id = work.rows[r][wId];
        const swapped = id.slice(0, 14) + (id[14] === '9' ? '0' : String(+id[14] + 1)) + id.slice(15, 17);
        // Keep a valid check character so the row is only "not in the ledger".
        set(work, r, wId, swapped + checkCharOf(swapped));
        set(work, r, wh.indexOf('人编号'), work.rows[r][wh.indexOf('人编号')] + '9');
        expect(rule, work, r, wId);
        break;
      }
    }
  }
  return out;
}

function checkCharOf(first17: string): string {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * W[i];
  return '10X98765432'[sum % 11];
}

/** The export as a host hands it to the engine (every cell a string). */
export function toSheetInput(file: ExportFile): SheetInput {
  return {
    name: file.sheetName,
    values: file.rows.map((r) => [...r]),
    merges: file.merges.map((m) => ({ ...m })),
  };
}

/** Writes the export as the system does: inline strings (`t="inlineStr"`), no sharedStrings part, no styles. */
export async function writeInlineXlsx(file: ExportFile, out: string): Promise<void> {
  const z = new ZipWriter();
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  z.add(
    '[Content_Types].xml',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
  );
  z.add(
    '_rels/.rels',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  z.add(
    'xl/workbook.xml',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}">` +
        `<sheets><sheet name="${xmlEscape(file.sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  );
  z.add(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  );
  const parts: Buffer[] = [
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}"><sheetData>`,
    ),
  ];
  file.rows.forEach((row, r) => {
    let xml = `<row r="${r + 1}">`;
    row.forEach((v, c) => {
      if (v === '') return;
      xml += `<c r="${colLetter(c)}${r + 1}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
    });
    parts.push(Buffer.from(xml + '</row>'));
  });
  const merges = file.merges
    .map((m) => `<mergeCell ref="${colLetter(m.c1)}${m.r1 + 1}:${colLetter(m.c2)}${m.r2 + 1}"/>`)
    .join('');
  parts.push(
    Buffer.from(
      `</sheetData>${merges ? `<mergeCells count="${file.merges.length}">${merges}</mergeCells>` : ''}</worksheet>`,
    ),
  );
  await z.addPieces('xl/worksheets/sheet1.xml', parts);
  await fs.writeFile(out, Buffer.concat(z.finish()));
}

/** Writes all files of an export set into `dir` under their download names; returns the paths. */
export async function writeExportSet(exp: NationalExport, dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const f of exp.files) {
    const p = path.join(dir, f.fileName);
    await writeInlineXlsx(f, p);
    paths.push(p);
  }
  return paths;
}
