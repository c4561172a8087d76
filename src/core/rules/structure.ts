// Structure (sheet level): totals and blank rows skipped, merged cells and error values inside the data.
// sheet.header-not-found and sheet.column-missing are emitted by the engine and the context.
import type { RuleContext } from './context';
import { quote } from '../grid/quote';
import { cellText, isErrorValue } from '../grid/normalise';
import { a1 } from '../grid/address';
import type { CellValue, ColumnInfo, ParsedSheet } from '../types';

/** sheet.error-values for one cell. */
export function emitErrorValue(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  col: ColumnInfo,
  v: CellValue,
): void {
  ctx.emit({
    rule: 'sheet.error-values',
    sheet,
    r,
    col: col.index,
    value: v,
    message: `“${col.header}”为错误值 ${v}，无法检查。请修正产生该值的公式，或直接录入正确数值。`,
  });
}

export function run(ctx: RuleContext): void {
  for (const sheet of ctx.ledger.sheets) {
    if (sheet.kind === 'unknown') continue;
    for (const r of sheet.totalRows) {
      const label = sheet.grid[r]?.map(cellText).find((t) => /合计|小计|总计|累计/.test(t)) ?? '合计';
      ctx.emit({
        rule: 'sheet.totals-row',
        sheet,
        r,
        message: `第${r + 1}行是“${label}”行，已识别为合计行，不作为数据参与检查和统计。`,
      });
    }
    for (const r of sheet.blankRows) {
      ctx.emit({
        rule: 'sheet.blank-row',
        sheet,
        r,
        message: `第${r + 1}行是数据中的空行，已跳过。如无用可删除该行。`,
      });
    }
    if (sheet.ignoredAfter) {
      const { blankFrom, contentRow } = sheet.ignoredAfter;
      ctx.emit({
        rule: 'sheet.blank-row',
        sheet,
        r: blankFrom,
        message: `第${blankFrom + 1}行起是连续的空行，表格到此结束；第${contentRow + 1}行及以后的内容未作为台账数据读取。如那里还有数据，请删除中间的空行。`,
      });
    }
    for (const m of sheet.dataMerges) {
      ctx.emit({
        rule: 'sheet.merged-cells',
        sheet,
        r: m.r1,
        col: m.c1,
        message: `数据区 ${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)} 是合并单元格，已按每行都填写了“${quote(sheet.grid[m.r1]?.[m.c1])}”读取。建议取消合并并逐行填写，以便系统导入。`,
      });
    }
    // Person and household sheets: the fields pass finds their error values in its one pass over the rows.
    if (sheet.kind !== 'person' && sheet.kind !== 'household') {
      const cols = sheet.columns;
      for (const r of sheet.dataRows) {
        const row = sheet.grid[r];
        if (!row) continue;
        for (const col of cols) {
          const v = row[col.index];
          if (typeof v === 'string' && v.charCodeAt(0) === 35 && isErrorValue(v))
            emitErrorValue(ctx, sheet, r, col, v);
        }
      }
    }
    const formulas =
      sheet.input.formulaCells?.filter(
        ([r]) => r > (sheet.headerRows[sheet.headerRows.length - 1] ?? 0) - 1,
      ) ?? [];
    if (formulas.length > 0) {
      const [r, c] = formulas[0];
      ctx.emit({
        rule: 'sheet.formula-cells',
        sheet,
        r,
        col: c,
        message: `数据区有${formulas.length}个单元格是公式（首个在 ${a1(r, c)}），已按公式的计算结果检查。导入系统前建议“选择性粘贴为数值”。`,
      });
    }
  }
}
