// Terminal output of a report: counts, findings grouped by rule, village figures. CJK characters take two
// columns in a terminal, so padding counts display width, not string length.
import type { Finding, Report } from '../core/types';
import { SHEET_KIND_LABELS } from '../core/profiles/sheetKinds';
import { RULES } from '../core/rules/catalogue';

const SEV: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const gap = Math.max(0, width - displayWidth(s));
  return right ? ' '.repeat(gap) + s : s + ' '.repeat(gap);
}

export function table(headers: string[], rows: string[][], numeric: boolean[] = []): string {
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], numeric[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined
    ? '—'
    : n.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The one-line tally of a check (what `--quiet` prints). */
export function countsLine(report: Report): string {
  return `问题：错误 ${report.counts.error} 条，警告 ${report.counts.warning} 条，提示 ${report.counts.info} 条`;
}

export function formatReport(report: Report, options: { all?: boolean; perRule?: number } = {}): string {
  const out: string[] = [];
  const perRule = options.all ? Infinity : (options.perRule ?? 5);
  out.push('帮扶台账助手 — 检查结果');
  out.push(
    '工作表：' +
      report.sheets.map((s) => `${s.name}（${SHEET_KIND_LABELS[s.kind]}，${s.dataRows}行）`).join('；'),
  );
  out.push(countsLine(report));
  const warn = (report.config as { linesWarning?: string }).linesWarning;
  if (warn) out.push(`注意：${warn}`);
  out.push('');

  // Grouped by (effective severity, rule): one rule can report at two severities (a softer case, or a config
  // override), and each finding is listed and counted under its own severity, so the rows of a section add up
  // to the header's count for that severity.
  const byGroup = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const k = `${f.severity}\u0000${f.rule}`;
    const list = byGroup.get(k);
    if (list) list.push(f);
    else byGroup.set(k, [f]);
  }
  const rank = { error: 0, warning: 1, info: 2 };
  const groups = [...byGroup.values()].sort(
    (a, b) => rank[a[0].severity] - rank[b[0].severity] || b.length - a.length,
  );
  if (groups.length > 0) {
    out.push('按规则汇总：');
    const summary: string[][] = [];
    for (const sev of ['error', 'warning', 'info'] as const) {
      const mine = groups.filter((g) => g[0].severity === sev);
      if (mine.length === 0) continue;
      summary.push([`${SEV[sev]}（共 ${report.counts[sev]} 条）`, '', '', '']);
      for (const list of mine)
        summary.push([
          SEV[sev],
          list[0].rule,
          RULES[list[0].rule]?.title ?? list[0].rule,
          String(list.length),
        ]);
    }
    out.push(table(['严重程度', '规则编号', '错误类型', '条数'], summary, [false, false, false, true]));
    out.push('');
    out.push(
      options.all ? '问题明细：' : `问题明细（每类最多 ${perRule} 条；--all 显示全部，--json 导出全部）：`,
    );
    const rows: string[][] = [];
    for (const list of groups) {
      for (const f of list.slice(0, perRule))
        rows.push([SEV[f.severity], `${f.file ? `[${f.file}]` : ''}${f.sheet}!${f.cell}`, f.rule, f.message]);
      if (list.length > perRule) rows.push(['', '', '', `……该类还有 ${list.length - perRule} 条`]);
    }
    out.push(table(['级别', '位置', '规则', '说明'], rows));
    out.push('');
  }

  if (report.villages.length > 0) {
    out.push(`村级数据（贫困发生率分子：${report.incidenceBasis || '—'}）：`);
    const rows = [...report.villages, ...(report.total ? [report.total] : [])].map((v) => [
      v.village,
      fmt(v.households),
      fmt(v.persons),
      fmt(v.exitedHouseholds),
      fmt(v.monitoredHouseholds),
      fmt(v.monitoredPersons),
      fmt(v.riskOpenPersons),
      fmt(v.population),
      v.incidencePercent === null ? '—' : `${v.incidencePercent.toFixed(2)}%`,
    ]);
    out.push(
      table(
        [
          '行政村',
          '户数',
          '人数',
          '脱贫户',
          '监测户',
          '监测人数',
          '风险未消除人数',
          '人口(分母)',
          '贫困发生率',
        ],
        rows,
        [false, true, true, true, true, true, true, true, true],
      ),
    );
    out.push('');
  }
  if (report.fundRollup) {
    const r = report.fundRollup;
    out.push(
      `项目资金（单位：${r.unit}；支出进度按${r.progressBase === 'released' ? '下达' : '计划'}资金计算）：`,
    );
    const rows = [...r.byType, r.total].map((l) => [
      l.label,
      fmt(l.projects),
      fmt(l.planned, 2),
      fmt(l.released, 2),
      fmt(l.spent, 2),
      l.progressPercent === null ? '—' : `${l.progressPercent.toFixed(1)}%`,
    ]);
    out.push(
      table(['项目类型', '项目数', '计划', '下达', '已支出', '支出进度'], rows, [
        false,
        true,
        true,
        true,
        true,
        true,
      ]),
    );
    if (r.industrySharePercent !== null)
      out.push(
        `产业发展资金占${r.industryShareBase === 'central' ? '中央衔接资金' : '衔接资金'}比重 ${r.industrySharePercent.toFixed(2)}%`,
      );
    if (r.convertedNote) out.push(r.convertedNote);
    out.push('');
  }
  return out.join('\n');
}
