// Default 贫困线 / 监测线 table (formulas.md §3). Editable through config.lines; provinces set their own.
import type { Config } from './schema';

export interface LineRow {
  region: string;
  year: number;
  povertyLine: number;
  monitoringLine?: number;
}

export const DEFAULT_LINES: LineRow[] = [
  { region: '', year: 2010, povertyLine: 2300 },
  { region: '', year: 2011, povertyLine: 2536 },
  { region: '', year: 2012, povertyLine: 2625 },
  { region: '', year: 2013, povertyLine: 2736 },
  { region: '', year: 2014, povertyLine: 2800 },
  { region: '', year: 2015, povertyLine: 2855 },
  { region: '', year: 2016, povertyLine: 2952 },
  { region: '', year: 2017, povertyLine: 2952 },
  { region: '', year: 2018, povertyLine: 2995 },
  { region: '', year: 2019, povertyLine: 3218 },
  { region: '', year: 2020, povertyLine: 4000, monitoringLine: 6000 },
  { region: '', year: 2021, povertyLine: 4000, monitoringLine: 6000 },
];

export interface ResolvedLines {
  povertyLine: number;
  monitoringLine: number;
  /** Chinese note when the table had no row for the year/region (e.g. "请按本省标准设置"). */
  warning?: string;
  source: string;
}

/** 贵州省 → 贵州, 广西壮族自治区 → 广西, 北京市 → 北京: a province's short and full names mean the same region. */
export const shortProvince = (name: string): string =>
  name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/, '');

/** Looks up the lines for (region, year): region row, else national row, else the latest earlier row. Regions
 * compare by short name, so region "贵州" finds rows of "贵州省" and the reverse. */
export function resolveLines(
  config: Pick<Config, 'lines' | 'region' | 'povertyLine' | 'monitoringLine' | 'edgeFactor'>,
  year: number,
): ResolvedLines {
  const rows = [...config.lines, ...DEFAULT_LINES];
  const pick = (region: string): LineRow | undefined => {
    const key = shortProvince(region);
    const mine = rows.filter((r) => shortProvince(r.region) === key);
    const exact = mine.find((r) => r.year === year);
    if (exact) return exact;
    return mine.filter((r) => r.year < year).sort((a, b) => b.year - a.year)[0];
  };
  const row = (config.region ? pick(config.region) : undefined) ?? pick('') ?? DEFAULT_LINES[0];
  const carried = row.year !== year;
  const povertyLine = config.povertyLine ?? row.povertyLine;
  const monitoringLine =
    config.monitoringLine ?? row.monitoringLine ?? Math.round(povertyLine * config.edgeFactor);
  const where = row.region || '全国';
  return {
    povertyLine,
    monitoringLine,
    source:
      config.povertyLine !== undefined
        ? '设置中的贫困线'
        : `${where}${row.year}年标准${carried ? `（沿用至${year}年）` : ''}`,
    warning:
      carried && year > 2021 && config.povertyLine === undefined
        ? `${year}年的贫困线、监测线沿用${row.year}年标准，请按本省标准设置`
        : undefined,
  };
}
