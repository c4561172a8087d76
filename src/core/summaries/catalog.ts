// Which summary tables exist, by id and Chinese name, and what each counts (the 说明 sheet quotes `counts`).
// The clerk chooses tables by either spelling (CLI --summary-tables, the pane's checkboxes).

export type SummaryTableId =
  | 'basic'
  | 'income'
  | 'income-bands'
  | 'causes'
  | 'guarantees'
  | 'helpers'
  | 'ages'
  | 'period'
  | 'work'
  | 'village-exit'
  | 'funds'
  | 'rectification'
  | 'findings'
  | 'publicity'
  | 'notes';

export interface SummaryTableDef {
  id: SummaryTableId;
  /** The sheet name (公示名单 sheets add the village in brackets). */
  name: string;
  /** Other names a clerk may type. */
  aliases: string[];
  /** What the table counts, for the 说明 sheet. */
  counts: string;
  /** Written only when the ledger has the data; said in the pane. */
  when?: string;
}

export const SUMMARY_TABLES: readonly SummaryTableDef[] = [
  {
    id: 'basic',
    name: '基本情况汇总表',
    aliases: ['基本情况'],
    counts:
      '按行政村统计总户数、总人口（取自行政村基本情况表）、脱贫户、监测对象及其类别、风险已消除/未消除的户数和人数，以及监测对象（风险未消除）人口占比或贫困发生率。',
  },
  {
    id: 'income',
    name: '收入情况汇总表',
    aliases: ['收入情况'],
    counts:
      '按行政村统计有纯收入的户的各项收入合计与户均、人均纯收入（按人口加权），以及低于监测线、贫困线的户数和人数。',
  },
  {
    id: 'income-bands',
    name: '人均纯收入分组表',
    aliases: ['收入分组', '人均纯收入分组'],
    counts: '按户人均纯收入分组（含下限、不含上限）统计户数和占比，每户只计一组。',
  },
  {
    id: 'causes',
    name: '致贫原因风险类型统计表',
    aliases: ['致贫原因统计表', '致贫原因', '风险类型'],
    counts: '按致贫原因（2014–2020）或致贫返贫风险类型（2021年起）统计户数和占比。',
  },
  {
    id: 'guarantees',
    name: '两不愁三保障及饮水安全情况表',
    aliases: ['三保障', '两不愁三保障'],
    counts:
      '统计覆盖户（脱贫户及风险未消除的监测对象）的义务教育失学辍学、未参加基本医疗保险、危房、饮水安全情况。',
  },
  {
    id: 'helpers',
    name: '帮扶责任人落实情况表',
    aliases: ['帮扶责任人'],
    counts: '统计覆盖户落实帮扶责任人的户数、帮扶责任人人数（按隶属关系分级）、人均和最多联系户数。',
  },
  {
    id: 'ages',
    name: '监测对象年龄结构表',
    aliases: ['年龄结构', '年龄分组'],
    counts: '按行政村统计监测对象人口（第二块为脱贫户人口）在数据日期的年龄分组人数和占比。',
    when: '有出生日期或证件号码时',
  },
  {
    id: 'period',
    name: '本期新识别和风险消除情况表',
    aliases: ['本期新识别', '本期风险消除', '新识别', '风险消除'],
    counts:
      '统计本期（默认数据日期所在年度）识别监测时间在本期内的新识别监测对象、消除监测时间在本期内的风险消除户数和人数，按行政村和监测对象类别，风险消除再按帮扶消除、自然消除拆分。',
    when: '有识别监测时间或风险消除时间列时',
  },
  {
    id: 'work',
    name: '务工情况统计表',
    aliases: ['务工情况', '务工'],
    counts:
      '按行政村统计劳动力人数、本年有务工记录的人数，按务工地点（县内、县外省内、省外）和就业渠道（公益性岗位、帮扶车间、其他）分列，以及人均务工月数和务工收入合计。',
    when: '有（务工月监测）已外出务工信息表时',
  },
  {
    id: 'village-exit',
    name: '村出列指标核对表',
    aliases: ['出列指标', '村出列'],
    counts: '逐村逐项核对贫困村出列指标：指标、标准、本村现状、是否达标；缺数据的指标写明未统计。',
    when: '有行政村信息表时',
  },
  {
    id: 'funds',
    name: '资金使用情况汇总表',
    aliases: ['资金使用', '资金'],
    counts: '按资金来源和项目类型统计项目个数、计划投资、下达、已拨付、已支出、支出进度和带贫户数。',
    when: '有项目资金台账时',
  },
  {
    id: 'rectification',
    name: '问题整改清单',
    aliases: ['整改清单'],
    counts: '逐条列出错误和警告：问题类型、问题描述、位置、整改措施、责任单位、整改时限、整改状态。',
  },
  {
    id: 'findings',
    name: '问题汇总',
    aliases: ['疑点数据统计表'],
    counts: '按规则统计问题条数和涉及户数。',
  },
  {
    id: 'publicity',
    name: '公示名单',
    aliases: ['公示'],
    counts: '每村一份户主名单（序号、村民小组、户主姓名、家庭人口数），证件号码和电话不全显，不含健康状况。',
  },
  {
    id: 'notes',
    name: '汇总表说明',
    aliases: ['说明', '说明页', '填表说明'],
    counts: '本说明：各表统计口径、计算公式、所用标准、数据日期和尚未整改的问题。',
  },
];

/** A selection the clerk typed that names no table (or several): the message says which names exist. */
export class SummarySelectionError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(zh);
    this.name = 'SummarySelectionError';
  }
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s（）()“”"/、]/g, '')
    .toLowerCase();

/** The names a clerk may choose from, for messages. */
export const TABLE_CHOICES = SUMMARY_TABLES.map((t) => `${t.name}（${t.id}）`).join('、');

/**
 * Table ids from names or ids ("基本情况汇总表", "basic", "务工", "1,3"-style lists split by the caller):
 * exact id, name or alias first, then a name that contains the text if exactly one does. Throws a Chinese
 * SummarySelectionError for a text naming no table or several.
 */
export function resolveTables(names: readonly string[]): SummaryTableId[] {
  const out: SummaryTableId[] = [];
  for (const raw of names) {
    const t = norm(raw);
    if (!t) continue;
    const exact = SUMMARY_TABLES.find(
      (d) => d.id === t || norm(d.name) === t || d.aliases.some((a) => norm(a) === t),
    );
    const hits = exact ? [exact] : SUMMARY_TABLES.filter((d) => norm(d.name).includes(t));
    if (hits.length === 0)
      throw new SummarySelectionError(
        `未知的汇总表：“${raw}”。可选的表：${TABLE_CHOICES}。`,
        `unknown summary table "${raw}"`,
      );
    if (hits.length > 1)
      throw new SummarySelectionError(
        `“${raw}”对应多张汇总表（${hits.map((d) => d.name).join('、')}），请写全表名或编号（如 ${hits[0].id}）。`,
        `"${raw}" names several summary tables`,
      );
    if (!out.includes(hits[0].id)) out.push(hits[0].id);
  }
  return out;
}

/** Splits a CLI / settings list: 基本情况汇总表,收入情况汇总表 or with 、，; separators. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
