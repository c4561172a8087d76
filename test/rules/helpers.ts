// Hand-built grids for rule tests: national-export shape (title row, 填报单位 row, header on row 3, data from
// row 4). Synthetic ids only (valid GB 11643 check character, no real person).
import { analyze } from '../../src/core/engine';
import { checkChar } from '../../src/core/id/gb11643';
import type { CellValue, Finding, SheetInput } from '../../src/core/types';

export const CONFIG = { referenceDate: '2024-12-31', year: 2024 };
export const TODAY = { today: { y: 2025, m: 1, d: 1 } };

/** A valid 18-digit id: region 520102, birth yyyymmdd, 3-digit sequence (odd = 男, even = 女). */
export function makeId(birth: string, seq: number, male: boolean): string {
  const order = String(seq * 2 + (male ? 1 : 0)).padStart(3, '0');
  const first17 = `520102${birth}${order}`;
  return first17 + checkChar(first17);
}

/** A valid id whose check character is X (searching sequence numbers). */
export function makeXId(birth: string, male: boolean): string {
  for (let seq = 1; seq < 400; seq++) {
    const id = makeId(birth, seq, male);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X id');
}

/** A sheet: title, 填报单位 line, header (row 3), data rows (row 4 …). Missing cells are ''. */
export function sheet(name: string, header: string[], rows: Array<Record<string, CellValue>>): SheetInput {
  const width = header.length;
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(width - 1).fill('')];
  const values: CellValue[][] = [
    pad(`${name}2024年脱贫户及监测对象信息台账`),
    pad('填报单位：示例县示例镇'),
    [...header],
  ];
  for (const row of rows) values.push(header.map((h) => row[h] ?? ''));
  return { name, values };
}

/** Runs the engine with the test config and fixed today. */
export function run(sheets: SheetInput[], extra: Record<string, unknown> = {}): Finding[] {
  return analyze(sheets, { ...CONFIG, ...extra }, TODAY).report.findings;
}

/** Findings of the given rules (or rule prefix ending in '.'), as "rule@sheet!cell". */
export function hits(findings: Finding[], ...rules: string[]): string[] {
  return findings
    .filter((f) => rules.some((r) => (r.endsWith('.') ? f.rule.startsWith(r) : f.rule === r)))
    .map((f) => `${f.rule}@${f.sheet}!${f.cell}`)
    .sort();
}

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
