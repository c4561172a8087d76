// Hand-built, synthetic reports for the summary tests (no real persons).
import { configSchema, type Config } from '../../src/core/config/schema';
import type { Finding, FundRollup, HouseholdFigure, Report, VillageFigure } from '../../src/core/types';
import type { SheetSpec, SpecCell } from '../../src/core/summaries/sheetSpec';

export const EVIL_VILLAGE = '=HYPERLINK("http://x")';

let seq = 0;
export function hh(p: Partial<HouseholdFigure> & { village: string; size: number }): HouseholdFigure {
  seq++;
  const net = p.netIncome ?? null;
  return {
    sheet: '户信息',
    row: 4 + seq,
    householdId: p.householdId ?? `H${seq}`,
    members: p.size,
    covered: true,
    netIncome: net,
    perCapitaNetIncome: net === null ? null : Math.round((net / p.size) * 100) / 100,
    ...p,
  };
}

/** Village figures the way the engine aggregates them (test-side, so the builders see consistent input). */
export function villagesOf(
  households: HouseholdFigure[],
  population: Record<string, number | null>,
): VillageFigure[] {
  const names = [...new Set(households.map((h) => h.village))];
  return names.map((village) => {
    const hs = households.filter((h) => h.village === village);
    const persons = (list: HouseholdFigure[]) => list.reduce((s, h) => s + (h.size ?? h.members), 0);
    const mon = hs.filter((h) => h.monitored);
    const monitored: VillageFigure['monitored'] = {};
    for (const h of mon) {
      const k = h.monitorCategory ?? '';
      monitored[k] ??= { households: 0, persons: 0 };
      monitored[k].households++;
      monitored[k].persons += h.size ?? h.members;
    }
    const elim = mon.filter((h) => h.riskEliminated === true);
    const open = mon.filter((h) => h.riskEliminated !== true);
    const pop = population[village] ?? null;
    const incidencePersons = persons(open);
    return {
      village,
      households: hs.length,
      persons: persons(hs),
      coveredHouseholds: hs.filter((h) => h.covered).length,
      coveredPersons: persons(hs.filter((h) => h.covered)),
      exitedHouseholds: hs.filter((h) => h.exited).length,
      exitedPersons: persons(hs.filter((h) => h.exited)),
      monitored,
      monitoredHouseholds: mon.length,
      monitoredPersons: persons(mon),
      riskEliminatedHouseholds: elim.length,
      riskEliminatedPersons: persons(elim),
      riskOpenHouseholds: open.length,
      riskOpenPersons: persons(open),
      stillPoorHouseholds: 0,
      stillPoorPersons: 0,
      incidencePersons,
      population: pop,
      totalHouseholds: pop === null ? null : Math.round(pop / 3),
      totalPopulation: pop === null ? null : pop + 20,
      agriPopulation: pop,
      incidencePercent: pop ? Math.round((incidencePersons / pop) * 10000) / 100 : null,
    };
  });
}

export function emptyReport(): Report {
  return {
    tool: { name: 'bangfu', version: 'test' },
    config: {},
    findings: [],
    sheets: [],
    households: [],
    villages: [],
    total: null,
    incidenceBasis: '监测对象中风险未消除的人数',
    funds: [],
    fundRollup: null,
    counts: { error: 0, warning: 0, info: 0 },
  };
}

export const config: Config = configSchema.parse({
  year: 2023,
  povertyLine: 4000,
  monitoringLine: 6000,
  reportingUnit: '测试镇人民政府',
});

function finding(
  p: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cell' | 'message'>,
): Finding {
  const m = /^([A-Z]+)(\d+)$/.exec(p.cell)!;
  return { row: Number(m[2]), column: m[1], ...p };
}

export function sampleRollup(): FundRollup {
  const line = (
    label: string,
    projects: number,
    planned: number,
    released: number,
    disbursed: number,
    spent: number,
    b: number,
  ) => ({
    label,
    projects,
    planned,
    released,
    disbursed,
    spent,
    progressPercent: Math.round((spent / released) * 10000) / 100,
    beneficiaryHouseholds: b,
  });
  return {
    unit: '万元',
    progressBase: 'released',
    bySource: [
      line('中央衔接资金', 3, 100, 90, 80, 70.5, 40),
      line('省级衔接资金', 2, 30.5, 30, 25, 20.1234, 10),
      line('县级衔接资金', 1, 10, 10, 10, 9.3, 5),
    ],
    byType: [
      line('产业发展（到户）', 2, 60, 55, 50, 45.5, 30),
      line('乡村建设（基础设施）', 2, 80.5, 75, 65, 54.4234, 25),
    ],
    total: line('合计', 4, 140.5, 130, 115, 99.9234, 55),
    industrySharePercent: 60,
    industryShareBase: 'central',
  };
}

/** Three villages (one named like a formula), eight households, five findings, a fund roll-up. */
export function sampleReport(): Report {
  seq = 0;
  const households: HouseholdFigure[] = [
    hh({
      village: '东山村',
      group: '一组',
      headName: '赵甲',
      size: 4,
      exited: true,
      householdType: '脱贫户',
      netIncome: 16000,
      components: { wageIncome: 10000, businessIncome: 5000, transferIncome: 2000, businessExpense: 1000 },
      causes: ['因病', '缺技术'],
      helperName: '张三',
      helperAffiliation: '县直',
      compulsoryAgeMembers: 1,
      headIdNumber: '110101199001011234',
    }),
    hh({
      village: '东山村',
      group: '一组',
      headName: '钱乙',
      size: 2,
      exited: true,
      householdType: '脱贫户',
      netIncome: 30000,
      components: { wageIncome: 30000 },
      causes: ['因残'],
      helperName: '张三',
      helperAffiliation: '县直',
    }),
    hh({
      village: '东山村',
      group: '二组',
      headName: '孙丙',
      size: 3,
      monitored: true,
      monitorCategory: '边缘易致贫户',
      riskEliminated: false,
      householdType: '监测户',
      netIncome: 9000,
      components: { transferIncome: 9000 },
      causes: ['因学'],
      helperName: '李四',
      helperAffiliation: '乡镇',
      unsafeHousing: true,
    }),
    hh({
      village: '东山村',
      group: '二组',
      headName: '李丁',
      size: 5,
      monitored: true,
      monitorCategory: '脱贫监测户',
      riskEliminated: true,
      covered: false,
      netIncome: 50000,
      components: { wageIncome: 50000 },
      causes: ['因病'],
      helperName: '李四',
      helperAffiliation: '乡镇',
      uninsuredMembers: 1,
    }),
    hh({
      village: '西岭村',
      group: '三组',
      headName: '周戊',
      size: 1,
      exited: true,
      householdType: '脱贫户',
      netIncome: 5500,
      components: { transferIncome: 5500 },
      causes: ['缺劳动力'],
      helperName: '王五',
      helperAffiliation: '市直',
      unsafeWater: true,
    }),
    hh({
      village: '西岭村',
      group: '三组',
      headName: '吴己',
      size: 2,
      monitored: true,
      monitorCategory: '突发严重困难户',
      riskEliminated: false,
      netIncome: 7000,
      components: { wageIncome: 7000 },
      causes: ['因灾'],
      helperName: '王五',
      helperAffiliation: '市直',
      compulsoryAgeMembers: 1,
      outOfSchoolMembers: 1,
      uninsuredMembers: 1,
    }),
    hh({
      village: '西岭村',
      group: '四组',
      headName: '郑庚',
      size: 3,
      exited: true,
      householdType: '脱贫户',
      netIncome: 75000,
      components: { wageIncome: 60000, propertyIncome: 15000 },
      causes: ['因病'],
      helperName: '张三',
      helperAffiliation: '县直',
      waterDifficulty: true,
    }),
    hh({
      village: EVIL_VILLAGE,
      group: '+1组',
      headName: '@王辛',
      size: 2,
      exited: true,
      householdType: '脱贫户',
      netIncome: 12000,
      components: { wageIncome: 12000 },
    }),
  ];
  const villages = villagesOf(households, { 东山村: 1000, 西岭村: 500, [EVIL_VILLAGE]: null });
  const findings: Finding[] = [
    finding({
      rule: 'id.checksum',
      severity: 'error',
      sheet: '户信息',
      cell: 'D5',
      householdId: 'H1',
      message: '证件号码校验位错误：应为X，请核对证件',
    }),
    finding({
      rule: 'income.below-poverty-line',
      severity: 'warning',
      sheet: '户信息',
      cell: 'P7',
      householdId: 'H3',
      message: '人均纯收入3000元低于贫困线4000元',
    }),
    finding({
      rule: 'fund.spent-exceeds-allocated',
      severity: 'error',
      sheet: '项目资金',
      cell: 'H9',
      message: '已支出大于下达金额',
    }),
    finding({
      rule: 'sheet.blank-row',
      severity: 'info',
      sheet: '户信息',
      cell: 'A20',
      message: '空行已跳过',
    }),
    finding({
      rule: 'helper.overload',
      severity: 'warning',
      sheet: '户信息',
      cell: 'Q5',
      householdId: 'H1',
      message: '帮扶责任人联系户数超过上限',
    }),
  ];
  return {
    ...emptyReport(),
    findings,
    households,
    villages,
    fundRollup: sampleRollup(),
    counts: { error: 2, warning: 2, info: 1 },
  };
}

// ---------- reading specs back ----------

/** Leaf header paths of a spec, reconstructed from its header rows and merges. */
export function headerPaths(spec: SheetSpec): string[][] {
  const [h1, h2] = spec.headerRowRange;
  const ncols = spec.columnWidths.length;
  const labelAt = (r: number, c: number): string => {
    const m = spec.merges.find((x) => r >= x.r1 && r <= x.r2 && c >= x.c1 && c <= x.c2);
    const cell = m ? spec.rows[m.r1][m.c1] : spec.rows[r][c];
    return typeof cell?.v === 'string' ? cell.v : '';
  };
  const out: string[][] = [];
  for (let c = 0; c < ncols; c++) {
    const path: string[] = [];
    for (let r = h1; r <= h2; r++) {
      const l = labelAt(r, c);
      if (l && path[path.length - 1] !== l) path.push(l);
    }
    out.push(path);
  }
  return out;
}

/** Column whose header path ends with `suffix` (exactly one must match). */
export function col(spec: SheetSpec, ...suffix: string[]): number {
  const paths = headerPaths(spec);
  const hits = paths
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p }) => p.length >= suffix.length && suffix.every((s, k) => p[p.length - suffix.length + k] === s),
    );
  if (hits.length !== 1)
    throw new Error(`header ${suffix.join('/')} matched ${hits.length} columns: ${JSON.stringify(paths)}`);
  return hits[0].i;
}

/** Row index whose cell in column `c` has value `v`. */
export function rowWhere(spec: SheetSpec, c: number, v: string | number): number {
  const [d1, d2] = spec.dataRowRange!;
  for (let r = d1; r <= d2; r++) if (spec.rows[r]?.[c]?.v === v) return r;
  throw new Error(`no row with ${v}`);
}

export function cell(spec: SheetSpec, r: number, c: number): SpecCell {
  return spec.rows[r]?.[c] ?? {};
}

export function allText(spec: SheetSpec): string[] {
  return spec.rows.flatMap((r) => r.map((c) => (typeof c?.v === 'string' ? c.v : ''))).filter(Boolean);
}
