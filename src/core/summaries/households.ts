// Household-based village tables: 4.2 收入情况汇总表, 4.3 人均纯收入分组表, 4.4 致贫原因/风险类型统计表,
// 4.5 两不愁三保障及饮水安全情况表, 4.6 帮扶责任人落实情况表.
import type { HouseholdFigure } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { maxOf, sheetRef } from './format';
import { titleOf, withOpenNote, type SummaryContext } from './context';
import { gapNote, gapOf, partialNote, UNSTATED } from './gaps';

/** Households grouped by village, in report.villages order, then any village only the households name. */
export function byVillage(
  ctx: SummaryContext,
  households: HouseholdFigure[],
): Array<[string, HouseholdFigure[]]> {
  const groups = new Map<string, HouseholdFigure[]>();
  for (const v of ctx.report.villages) groups.set(v.village, []);
  for (const h of households) {
    const key = h.village || '（未注明村）';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(h);
  }
  return [...groups.entries()];
}

/** Persons of a household as every table counts them (report `persons`: member rows, or 人数 in a household-only
 * ledger), so 基本情况 and 收入情况 show the same number; older reports: the size, else the member rows. */
export const personsOf = (h: HouseholdFigure): number => h.persons ?? h.size ?? h.members;

/** Households whose stated 人数 differs from the persons counted (a note explains the tables' 人数). */
export function sizeDiffers(hs: HouseholdFigure[]): number {
  let n = 0;
  for (const h of hs) if (h.persons !== undefined && h.size !== null && h.size !== h.persons) n++;
  return n;
}

const common = (ctx: SummaryContext) => ({
  totalsPosition: ctx.totalsPosition,
  reportingUnit: ctx.reportingUnit,
  dateText: ctx.dateText,
  codeBlock: ctx.options.codeBlock,
});

const idx: TableColumn = { key: 'idx', path: ['序号'], kind: 'index' };
const village: TableColumn = { key: 'village', path: ['行政村'], kind: 'label' };
const count = (key: string, path: string[], width?: number): TableColumn => ({
  key,
  path,
  kind: 'count',
  width,
});
const pct = (key: string, path: string[], num: string, den: string): TableColumn => ({
  key,
  path,
  kind: 'percent',
  ratio: { num, den },
});

// ---------- 4.2 收入情况汇总表 ----------

const COMPONENTS = [
  ['wageIncome', '工资性收入'],
  ['businessIncome', '生产经营性收入'],
  ['propertyIncome', '财产性收入'],
  ['transferIncome', '转移性收入'],
  ['businessExpense', '生产经营性支出'],
] as const;

export function buildIncomeSummary(ctx: SummaryContext): SheetSpec {
  const gap = gapOf(ctx, 'income');
  // Without any income column every household is listed (户数, 人数) and the amounts print 未统计.
  const withIncome = gap ? ctx.report.households : ctx.report.households.filter((h) => h.netIncome !== null);
  const missing = ctx.report.households.length - withIncome.length;
  // A component no household carries (its column is missing) is 未统计, not 0.
  const absent = new Set<string>(
    COMPONENTS.filter(([key]) => !withIncome.some((h) => h.components?.[key] !== undefined)).map(([k]) => k),
  );
  const off = (key: string) => (gap || absent.has(key) ? { unavailable: UNSTATED } : {});
  const columns: TableColumn[] = [
    idx,
    village,
    count('households', ['户数']),
    count('persons', ['人数']),
    ...[...COMPONENTS, ['netIncome', '纯收入'] as const].flatMap(([key, label]): TableColumn[] => [
      { key, path: [label, '合计（元）'], kind: 'yuan', ...off(key) },
      {
        key: `${key}Avg`,
        path: [label, '户均（元）'],
        kind: 'average',
        ratio: { num: key, den: 'households' },
      },
    ]),
    {
      key: 'perCapita',
      path: ['人均纯收入（元）'],
      kind: 'average',
      width: 12,
      ratio: { num: 'netIncome', den: 'persons' },
    },
    { ...count('belowMonH', ['低于监测线', '户数']), ...off('netIncome') },
    { ...count('belowMonP', ['低于监测线', '人数']), ...off('netIncome') },
    { ...count('belowPovH', ['低于贫困线', '户数']), ...off('netIncome') },
    { ...count('belowPovP', ['低于贫困线', '人数']), ...off('netIncome') },
  ];
  const rows: RowInput[] = byVillage(ctx, withIncome).map(([name, hs]) => {
    const row: RowInput = {
      village: name,
      households: hs.length,
      persons: hs.reduce((s, h) => s + personsOf(h), 0),
    };
    for (const [key] of COMPONENTS)
      row[key] = roundCents(hs.reduce((s, h) => s + (h.components?.[key] ?? 0), 0));
    row.netIncome = roundCents(hs.reduce((s, h) => s + (h.netIncome ?? 0), 0));
    const below = (line: number) =>
      hs.filter((h) => h.perCapitaNetIncome !== null && h.perCapitaNetIncome < line);
    const mon = below(ctx.monitoringLine);
    const pov = below(ctx.povertyLine);
    row.belowMonH = mon.length;
    row.belowMonP = mon.reduce((s, h) => s + personsOf(h), 0);
    row.belowPovH = pov.length;
    row.belowPovP = pov.reduce((s, h) => s + personsOf(h), 0);
    return row;
  });
  const notes = [
    '注：人均纯收入 = 纯收入合计 ÷ 人数合计（按人口加权），不是各户人均纯收入的平均数；户均 = 合计 ÷ 户数。',
    `贫困线${ctx.povertyLine}元、监测线${ctx.monitoringLine}元（${ctx.linesSource}），按户人均纯收入比较。`,
  ];
  if (missing > 0) notes.push(`另有${missing}户缺少纯收入，未计入本表，故户数、人数可少于基本情况汇总表。`);
  const differ = sizeDiffers(withIncome);
  if (differ > 0)
    notes.push(
      `人数按成员记录计（与基本情况汇总表一致）；其中${differ}户台账填写的“人数”与成员记录数不同，这些户的人均纯收入仍按核查所用的家庭人口数计算，故本表人均纯收入可与各户人均略有差异。`,
    );
  const gapLine = gapNote([gap]);
  if (gapLine) notes.push(gapLine);
  if (!gap && absent.size > 0)
    notes.push(
      `注：台账中没有${[...absent].map((k) => COMPONENTS.find(([c]) => c === k)![1]).join('、')}列，该项${UNSTATED}（不是0）。`,
    );
  return buildTableSheet({
    ...common(ctx),
    name: '收入情况汇总表',
    title: titleOf(ctx, '脱贫户和监测对象收入情况汇总表'),
    columns,
    blocks: [{ rows }],
    unitLine: '单位：户、人、元',
    notes: withOpenNote(ctx, notes),
  });
}

/** Cents-exact sum of 元 amounts (formulas.md §1: compute in 分). */
function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

// ---------- 4.3 人均纯收入分组表 ----------

export interface IncomeBand {
  /** Inclusive lower bound (元); null = open below. */
  from: number | null;
  /** Exclusive upper bound; null = open above. */
  to: number | null;
  label: string;
}

/** Left-closed bands from bounds; default bounds from the lines: 贫困线, 监测线, 10000, 15000, 20000. */
export function incomeBands(ctx: SummaryContext): IncomeBand[] {
  const raw = ctx.config.incomeBands ?? [ctx.povertyLine, ctx.monitoringLine, 10000, 15000, 20000];
  const bounds = [...new Set(raw)].sort((a, b) => a - b);
  const bands: IncomeBand[] = [];
  bands.push({ from: null, to: bounds[0], label: `${bounds[0]}元（不含）以下` });
  for (let i = 0; i + 1 < bounds.length; i++)
    bands.push({ from: bounds[i], to: bounds[i + 1], label: `${bounds[i]}-${bounds[i + 1]}元` });
  bands.push({ from: bounds[bounds.length - 1], to: null, label: `${bounds[bounds.length - 1]}元及以上` });
  return bands;
}

export function bandOf(bands: IncomeBand[], perCapita: number): number {
  return bands.findIndex(
    (b) => (b.from === null || perCapita >= b.from) && (b.to === null || perCapita < b.to),
  );
}

export function buildIncomeBandSummary(ctx: SummaryContext): SheetSpec {
  const bands = incomeBands(ctx);
  const gap = gapOf(ctx, 'income');
  const known = gap
    ? ctx.report.households
    : ctx.report.households.filter((h) => h.perCapitaNetIncome !== null);
  const missing = ctx.report.households.length - known.length;
  const columns: TableColumn[] = [
    idx,
    village,
    count('households', ['总户数']),
    ...bands.flatMap((b, i) => [
      { ...count(`b${i}`, [b.label, '户数（户）']), ...(gap ? { unavailable: UNSTATED } : {}) },
      pct(`b${i}Pct`, [b.label, '占比（%）'], `b${i}`, 'households'),
    ]),
  ];
  const rows: RowInput[] = byVillage(ctx, known).map(([name, hs]) => {
    const row: RowInput = { village: name, households: hs.length };
    bands.forEach((_, i) => (row[`b${i}`] = 0));
    if (!gap)
      for (const h of hs) {
        const k = `b${bandOf(bands, h.perCapitaNetIncome!)}`;
        row[k] = (row[k] as number) + 1;
      }
    return row;
  });
  const notes = [
    `注：按户人均纯收入分组，各组含下限、不含上限，每户只计入一组；默认分组界限取自贫困线${ctx.povertyLine}元、监测线${ctx.monitoringLine}元，可在设置中修改。`,
  ];
  if (missing > 0) notes.push(`另有${missing}户缺少人均纯收入，未计入本表。`);
  const gapLine = gapNote([gap]);
  if (gapLine) notes.push(gapLine);
  return buildTableSheet({
    ...common(ctx),
    name: '人均纯收入分组表',
    title: titleOf(ctx, '脱贫户和监测对象人均纯收入分组情况统计表'),
    columns,
    blocks: [{ rows }],
    unitLine: '单位：户',
    notes: withOpenNote(ctx, notes),
  });
}

// ---------- 4.4 致贫原因/风险类型统计表 ----------

// Customary column order; other values follow by frequency.
const CAUSE_ORDER = [
  '因病',
  '因残',
  '因学',
  '因灾',
  '因意外事故',
  '因产业失败',
  '因务工就业不稳',
  '缺劳动力',
  '缺劳力',
  '缺土地',
  '缺水',
  '缺技术',
  '缺资金',
  '交通条件落后',
  '自身发展动力不足',
  '因婚',
  '因丧',
  '其他',
];

const causeName = (c: string) => (CAUSE_ORDER.includes(`因${c}`) ? `因${c}` : c.trim());

export function buildCauseSummary(ctx: SummaryContext): SheetSpec {
  const mode = ctx.options.causeMode ?? 'main';
  const hs = ctx.report.households;
  const causesOf = (h: HouseholdFigure): string[] => {
    if (mode === 'main') {
      const main = h.mainCause ?? h.causes?.[0];
      return [main ? causeName(main) : '未注明'];
    }
    const list = [
      ...new Set((h.causes ?? (h.mainCause ? [h.mainCause] : [])).map(causeName).filter(Boolean)),
    ];
    return list.length ? list : ['未注明'];
  };
  const freq = new Map<string, number>();
  for (const h of hs) for (const c of causesOf(h)) freq.set(c, (freq.get(c) ?? 0) + 1);
  const causes = [...freq.keys()].sort((a, b) => {
    const ia =
      a === '未注明' ? 1e9 : CAUSE_ORDER.indexOf(a) >= 0 ? CAUSE_ORDER.indexOf(a) : 1e6 - freq.get(a)!;
    const ib =
      b === '未注明' ? 1e9 : CAUSE_ORDER.indexOf(b) >= 0 ? CAUSE_ORDER.indexOf(b) : 1e6 - freq.get(b)!;
    return ia - ib || a.localeCompare(b);
  });
  const suffix = ctx.legacy ? '致贫' : '';
  // No cause/risk column at all: one 未统计 column and the reason, not a table of 100 % “未注明”.
  const gap = gapOf(ctx, 'cause');
  if (gap) causes.length = 0;
  const columns: TableColumn[] = [
    idx,
    village,
    count('households', ['总户数']),
    ...(gap
      ? [
          {
            ...count('none', [ctx.legacy ? '致贫原因' : '致贫返贫风险类型'], 20),
            unavailable: UNSTATED,
          },
        ]
      : []),
    ...causes.flatMap((c, i) => [
      count(`c${i}`, [`${c}${c === '未注明' ? '' : suffix}`, '户数（户）']),
      pct(`c${i}Pct`, [`${c}${c === '未注明' ? '' : suffix}`, '占比（%）'], `c${i}`, 'households'),
    ]),
  ];
  const rows: RowInput[] = byVillage(ctx, hs).map(([name, list]) => {
    const row: RowInput = { village: name, households: list.length };
    causes.forEach((_, i) => (row[`c${i}`] = 0));
    for (const h of gap ? [] : list)
      for (const c of causesOf(h)) {
        const k = `c${causes.indexOf(c)}`;
        row[k] = (row[k] as number) + 1;
      }
    return row;
  });
  const what = ctx.legacy ? '致贫原因' : '致贫返贫风险';
  const note =
    mode === 'main'
      ? `注：按${ctx.legacy ? '主要致贫原因' : '致贫返贫风险1（主要风险）'}统计，每户计一次，占比合计为100%。`
      : `注：按全部${what}统计（每户可计多项），占比合计可能超过100%。`;
  return buildTableSheet({
    ...common(ctx),
    name: ctx.legacy ? '致贫原因统计表' : '致贫原因风险类型统计表',
    title: titleOf(
      ctx,
      ctx.legacy ? '贫困户主要致贫原因情况统计表' : '脱贫户和监测对象致贫返贫风险类型统计表',
    ),
    columns,
    blocks: [{ rows }],
    unitLine: '单位：户',
    notes: withOpenNote(ctx, gap ? [gapNote([gap])!] : [note]),
  });
}

// ---------- 4.5 两不愁三保障及饮水安全情况表 ----------

export function buildGuaranteeSummary(ctx: SummaryContext, findingsSheet?: string): SheetSpec {
  const covered = ctx.report.households.filter((h) => h.covered);
  const school = gapOf(ctx, 'school');
  const medical = gapOf(ctx, 'medical');
  const housing = gapOf(ctx, 'housing');
  const water = gapOf(ctx, 'water');
  const difficulty = gapOf(ctx, 'waterDifficulty');
  const off = (g: unknown) => (g ? { unavailable: UNSTATED } : {});
  const columns: TableColumn[] = [
    idx,
    village,
    count('households', ['覆盖户数']),
    count('persons', ['覆盖人数']),
    { ...count('eduAge', ['义务教育', '适龄人数']), ...off(school) },
    { ...count('dropout', ['义务教育', '失学辍学人数']), ...off(school) },
    pct('dropoutPct', ['义务教育', '占比（%）'], 'dropout', 'eduAge'),
    { ...count('uninsured', ['基本医疗', '未参加基本医疗保险人数'], 12), ...off(medical) },
    pct('uninsuredPct', ['基本医疗', '占比（%）'], 'uninsured', 'persons'),
    { ...count('unsafeHousing', ['住房安全', '危房户数']), ...off(housing) },
    pct('unsafeHousingPct', ['住房安全', '占比（%）'], 'unsafeHousing', 'households'),
    { ...count('unsafeWater', ['饮水安全', '未解决安全饮用水户数'], 12), ...off(water) },
    pct('unsafeWaterPct', ['饮水安全', '占比（%）'], 'unsafeWater', 'households'),
    { ...count('waterDifficulty', ['饮水安全', '饮水困难户数']), ...off(difficulty) },
    pct('waterDifficultyPct', ['饮水安全', '占比（%）'], 'waterDifficulty', 'households'),
  ];
  const sum = (list: HouseholdFigure[], f: (h: HouseholdFigure) => number) =>
    list.reduce((s, h) => s + f(h), 0);
  const rows: RowInput[] = byVillage(ctx, covered).map(([name, list]) => ({
    village: name,
    households: list.length,
    persons: sum(list, personsOf),
    eduAge: sum(list, (h) => h.compulsoryAgeMembers ?? 0),
    dropout: sum(list, (h) => h.outOfSchoolMembers ?? 0),
    uninsured: sum(list, (h) => h.uninsuredMembers ?? 0),
    unsafeHousing: list.filter((h) => h.unsafeHousing).length,
    unsafeWater: list.filter((h) => h.unsafeWater).length,
    waterDifficulty: list.filter((h) => h.waterDifficulty).length,
  }));
  const notes: Array<string | { v: string; link: string }> = [
    '注：统计覆盖户（脱贫户及风险未消除的监测对象）；危房户指是否危房户为“是”或危房级别为C、D级。各项应动态清零，非零项需逐户核实。',
  ];
  const gaps = gapNote([school, medical, housing, water, difficulty]);
  if (gaps) notes.push(gaps);
  for (const k of ['school', 'medical', 'housing', 'water', 'waterDifficulty'] as const) {
    const p = partialNote(ctx, k, covered);
    if (p) notes.push(p);
  }
  if (findingsSheet)
    notes.push({
      v: `非零项的具体户见「${findingsSheet}」（点击跳转）`,
      link: sheetRef(findingsSheet, 'A1'),
    });
  return buildTableSheet({
    ...common(ctx),
    name: '两不愁三保障及饮水安全情况表',
    title: titleOf(ctx, '“两不愁三保障”及饮水安全情况表'),
    columns,
    blocks: [{ rows }],
    unitLine: '单位：户、人',
    notes: [...notes, ...withOpenNote(ctx, [])],
  });
}

// ---------- 4.6 帮扶责任人落实情况表 ----------

export const HELPER_LEVELS = ['中央', '省级', '市级', '县级', '乡镇', '村级', '未注明'] as const;

/** 隶属关系 → level, by its leading word ("县直" → 县级, "乡镇" → 乡镇); unknown → 未注明. */
export function helperLevel(affiliation: string | undefined): (typeof HELPER_LEVELS)[number] {
  const s = (affiliation ?? '').trim();
  if (!s) return '未注明';
  if (/^(中央|国家)/.test(s)) return '中央';
  if (/^省/.test(s)) return '省级';
  if (/^市/.test(s)) return '市级';
  if (/^县/.test(s)) return '县级';
  if (/^(乡|镇|街道)/.test(s)) return '乡镇';
  if (/^村/.test(s)) return '村级';
  if (/中央/.test(s)) return '中央';
  if (/省/.test(s)) return '省级';
  if (/市/.test(s)) return '市级';
  if (/县/.test(s)) return '县级';
  return '未注明';
}

export function buildHelperSummary(ctx: SummaryContext): SheetSpec {
  const covered = ctx.report.households.filter((h) => h.covered);
  const max = ctx.config.helperMaxHouseholds;
  // A helper is identified by name (+ 隶属关系); they may help households of several villages.
  const helperKey = (h: HouseholdFigure) => `${h.helperName!.trim()}|${h.helperAffiliation ?? ''}`;
  const stats = (list: HouseholdFigure[]) => {
    const helped = list.filter((h) => h.helperName && h.helperName.trim());
    const perHelper = new Map<string, { n: number; level: string }>();
    for (const h of helped) {
      const k = helperKey(h);
      const cur = perHelper.get(k) ?? { n: 0, level: helperLevel(h.helperAffiliation) };
      cur.n++;
      perHelper.set(k, cur);
    }
    const byLevel: Record<string, number> = {};
    for (const { level } of perHelper.values()) byLevel[level] = (byLevel[level] ?? 0) + 1;
    const counts = [...perHelper.values()].map((x) => x.n);
    return {
      helped: helped.length,
      helpers: perHelper.size,
      byLevel,
      maxPerHelper: maxOf(counts) ?? 0,
      over: counts.filter((n) => n > max).length,
    };
  };
  const shownLevels = HELPER_LEVELS.filter(
    (l) =>
      l !== '未注明' || covered.some((h) => h.helperName && helperLevel(h.helperAffiliation) === '未注明'),
  );
  const all = stats(covered);
  // No 帮扶责任人 column: 未统计, not "0 户落实"; no 隶属关系 column: the levels are 未统计, the 小计 still counts.
  const gap = gapOf(ctx, 'helper');
  const levelGap = gap ?? gapOf(ctx, 'helperLevel');
  const off = (g: unknown) => (g ? { unavailable: UNSTATED } : {});
  const columns: TableColumn[] = [
    idx,
    village,
    count('households', ['总户数']),
    { ...count('helped', ['落实帮扶责任人户数']), ...off(gap) },
    pct('helpedPct', ['占比（%）'], 'helped', 'households'),
    // Helpers serving several villages count once in 合计, so these totals are values, not SUM.
    { ...count('helpers', ['帮扶责任人人数', '小计']), total: { value: all.helpers }, ...off(gap) },
    ...(levelGap
      ? [{ ...count('lv', ['帮扶责任人人数', '按隶属关系分级'], 12), unavailable: UNSTATED }]
      : shownLevels.map((l) => ({
          ...count(`lv_${l}`, ['帮扶责任人人数', l]),
          total: { value: all.byLevel[l] ?? 0 },
        }))),
    { key: 'avg', path: ['人均联系户数'], kind: 'average', ratio: { num: 'helped', den: 'helpers' } },
    { ...count('maxPer', ['最多联系户数']), total: { value: all.maxPerHelper }, ...off(gap) },
    { ...count('over', [`联系超过${max}户的人数`], 12), total: { value: all.over }, ...off(gap) },
  ];
  const rows: RowInput[] = byVillage(ctx, covered).map(([name, list]) => {
    const s = stats(list);
    const row: RowInput = {
      village: name,
      households: list.length,
      helped: s.helped,
      helpers: s.helpers,
      maxPer: s.maxPerHelper,
      over: s.over,
    };
    for (const l of shownLevels) row[`lv_${l}`] = s.byLevel[l] ?? 0;
    return row;
  });
  const notes = [
    `注：统计覆盖户；帮扶责任人按姓名及隶属关系识别，跨村联系的责任人在合计中只计一次，其联系户数按全部联系户计算；每人联系户数上限${max}户。`,
  ];
  const gapLine = gapNote([gap, gap ? null : levelGap]);
  if (gapLine) notes.push(gapLine);
  return buildTableSheet({
    ...common(ctx),
    name: '帮扶责任人落实情况表',
    title: titleOf(ctx, '帮扶责任人落实情况表'),
    columns,
    blocks: [{ rows }],
    unitLine: '单位：户、人',
    notes: withOpenNote(ctx, notes),
  });
}
