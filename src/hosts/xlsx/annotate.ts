// The annotated copy: each finding's cell filled by severity with a note carrying the message(s), plus a
// 问题清单 sheet with a hyperlink to every cell. The user's cell values are untouched.
import ExcelJS from 'exceljs';
import type { Finding, Severity } from '../../core/types';
import { RULES } from '../../core/rules/catalogue';
import { sheetRef } from '../../core/grid/address';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};
export const SEVERITY_NAME: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const FINDINGS_SHEET = '问题清单';

function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base}(${i})`;
  return name;
}

/** Marks findings on the workbook in memory. */
export function annotateWorkbook(wb: ExcelJS.Workbook, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  for (const list of byCell.values()) {
    const ws = wb.getWorksheet(list[0].sheet);
    if (!ws) continue;
    const cell = ws.getCell(list[0].cell);
    const worst = list.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info');
    // A fresh style object: ExcelJS shares style objects between cells read from a file.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worst] } },
    };
    const text = list.map((f) => `【${SEVERITY_NAME[f.severity]}】${f.message}（${f.rule}）`).join('\n');
    cell.note = { texts: [{ text }] } as ExcelJS.Comment;
  }

  const ws = wb.addWorksheet(uniqueSheetName(wb, FINDINGS_SHEET));
  ws.columns = [
    { header: '序号', width: 6 },
    { header: '严重程度', width: 9 },
    { header: '规则编号', width: 26 },
    { header: '错误类型', width: 22 },
    { header: '工作表', width: 16 },
    { header: '位置', width: 9 },
    { header: '户编号', width: 20 },
    { header: '问题说明', width: 90 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  findings.forEach((f, i) => {
    const row = ws.addRow([
      i + 1,
      SEVERITY_NAME[f.severity],
      f.rule,
      RULES[f.rule]?.title ?? f.rule,
      f.sheet,
      f.cell,
      f.householdId ?? '',
      f.message,
    ]);
    // Internal link only (never an external URL).
    row.getCell(6).value = { text: f.cell, hyperlink: `#${sheetRef(f.sheet, f.cell)}` };
    row.getCell(6).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[f.severity] } };
  });
  if (findings.length > 0) ws.autoFilter = { from: 'A1', to: `H${findings.length + 1}` };
}
