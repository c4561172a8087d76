// 数据依据: the year, lines, age base date, data date (截至) and 填报单位 a check used, each with where it came
// from, so the pane can show them at the top of the results and the clerk can correct a wrong guess in one click.
// Pure; reads only the rows above each ledger's header block and the columns the engine already mapped.
import type { ParsedSheet } from './types';
import { cell } from './model/ledger';
import { normText, parseDate, type YMD } from './grid/normalise';
import type { FoundDataDate } from './model/dataDate';

/** Where a basis value came from (Chinese labels in BASIS_SOURCE_LABEL). */
export type BasisSource =
  | 'setting' // 设置
  | 'ledgerTitle' // 台账标题
  | 'asOfDate' // 截至日期
  | 'exportTime' // 导出时间
  | 'yearColumn' // 年度列
  | 'dataDateColumn' // 数据日期列
  | 'townshipColumn' // 乡(镇)列
  | 'fileName' // 文件名中的日期
  | 'standard' // 贫困线标准表
  | 'villageColumns' // 行政村表只有这一人口列
  | 'default'; // 默认

export const BASIS_SOURCE_LABEL: Record<BasisSource, string> = {
  setting: '设置',
  ledgerTitle: '台账标题',
  asOfDate: '截至日期',
  exportTime: '导出时间',
  yearColumn: '年度列',
  dataDateColumn: '数据日期列',
  townshipColumn: '乡(镇)列',
  fileName: '文件名',
  standard: '标准',
  villageColumns: '行政村表的人口列',
  default: '默认',
};

export interface BasisItem<T> {
  value: T;
  source: BasisSource;
  /** e.g. the sheet the value was read from, or "全国2021年标准". */
  detail?: string;
}

/** contract — report.basis. */
export interface DataBasis {
  /** 收入年度. */
  year: BasisItem<number>;
  /** 年龄计算基准日, YYYY-MM-DD. */
  referenceDate: BasisItem<string>;
  povertyLine: BasisItem<number>;
  monitoringLine: BasisItem<number>;
  /** 截至 (data date) of the ledger, YYYY-MM-DD; null when the ledger names none. */
  dataDate: BasisItem<string> | null;
  /** 填报单位 (e.g. "花园乡人民政府"); null when neither the setting nor the ledger names one. */
  reportingUnit: BasisItem<string> | null;
  /** 贫困发生率的分母 (logical key): the setting, else 农业户籍人口, else the population column the village sheets
   * have (the national 行政村信息 export has only 总人口数). Absent without village sheets. */
  incidenceDenominator?: BasisItem<string>;
}

export const isoDate = (d: YMD): string =>
  `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

const UNIT_LINE = /填报单位\s*[:：]\s*([\u4e00-\u9fa5]{2,30})/;

/** Text of the rows above a sheet's header block (title, 填报单位, 截至日期, 导出时间 lines). */
function aboveHeader(s: ParsedSheet): string[] {
  const first = s.headerRows.length ? s.headerRows[0] - 1 : 0;
  const out: string[] = [];
  for (let r = 0; r < first && r < 15; r++) {
    for (const v of s.grid[r] ?? []) if (typeof v === 'string' && v.trim()) out.push(v.trim());
  }
  return out;
}

/** The basis source of the ledger's data date (model/dataDate.ts says where in Chinese; kept as `detail`). */
export function dataDateSource(found: FoundDataDate): BasisSource {
  if (found.source.includes('“数据日期”列')) return 'dataDateColumn';
  if (found.source.startsWith('文件名')) return 'fileName';
  if (/导出/.test(found.source)) return 'exportTime';
  return 'asOfDate';
}

/** Income year from the ledger: most common 年度 / 数据日期 year and title year, with the winner's source. */
export function ledgerYear(parsed: ParsedSheet[]): BasisItem<number> | null {
  const counts = new Map<number, { n: number; source: BasisSource; sheet: string }>();
  const add = (y: number | undefined, source: BasisSource, sheet: string) => {
    if (!y || y < 2010 || y > 2100) return;
    const c = counts.get(y);
    if (c) c.n++;
    else counts.set(y, { n: 1, source, sheet });
  };
  for (const s of parsed) {
    for (const key of ['year', 'dataDate'] as const) {
      if (!s.byKey[key]) continue;
      for (const r of s.dataRows.slice(0, 2000)) {
        const v = cell({ sheet: s, r }, key);
        if (key === 'year') {
          const m = /^(\d{4})/.exec(normText(v));
          add(m ? Number(m[1]) : undefined, 'yearColumn', s.name);
        } else add(parseDate(v).date?.y, 'dataDateColumn', s.name);
      }
    }
    // A title such as "XX村2024年…台账" names the year too.
    const t = /((?:19|20)\d{2})年/.exec(s.title ?? '');
    if (t) add(Number(t[1]), 'ledgerTitle', s.name);
  }
  let best: BasisItem<number> | null = null;
  let bestN = 0;
  for (const [y, c] of counts)
    if (c.n > bestN) {
      best = { value: y, source: c.source, detail: c.sheet };
      bestN = c.n;
    }
  return best;
}

const UNIT_IN_TITLE =
  /(?:^|[省市县区旗州盟])([\u4e00-\u9fa5]{1,8}?(?:乡|镇|街道|苏木))(?=[\u4e00-\u9fa5\d（(]|$)/;

/** 填报单位 from the ledger's 填报单位 line or a title naming the township, else the most common 乡(镇) column value. */
export function ledgerReportingUnit(parsed: ParsedSheet[]): BasisItem<string> | null {
  const unit = (town: string) => (/(人民政府|办事处)$/.test(town) ? town : `${town}人民政府`);
  for (const s of parsed) {
    if (s.kind === 'unknown') continue;
    for (const text of aboveHeader(s)) {
      const u = UNIT_LINE.exec(text);
      if (u && u[1] !== '盖章') return { value: u[1], source: 'ledgerTitle', detail: s.name };
    }
    const m = UNIT_IN_TITLE.exec(s.title ?? '');
    const town = m?.[1].replace(/^.*[省市县区旗州盟]/, '');
    if (town && !/村|振兴/.test(town)) return { value: unit(town), source: 'ledgerTitle', detail: s.name };
  }
  const counts = new Map<string, { n: number; sheet: string }>();
  for (const s of parsed) {
    if (!s.byKey.township) continue;
    for (const r of s.dataRows.slice(0, 2000)) {
      const t = normText(cell({ sheet: s, r }, 'township'));
      if (!t) continue;
      const c = counts.get(t);
      if (c) c.n++;
      else counts.set(t, { n: 1, sheet: s.name });
    }
  }
  let best: BasisItem<string> | null = null;
  let bestN = 0;
  for (const [t, c] of counts)
    if (c.n > bestN) {
      best = { value: unit(t), source: 'townshipColumn', detail: c.sheet };
      bestN = c.n;
    }
  return best;
}
