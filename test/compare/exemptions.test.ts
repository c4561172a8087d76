// 已核实: exemptions keyed by rule + identity + value survive sorting and inserted rows, return when the value
// changes, and round-trip through the JSON and workbook forms of the exemptions file.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/engine';
import {
  applyExemptions,
  buildExemptionFileSheet,
  ExemptionFileError,
  exemptionsFromSheets,
  exemptReport,
  exemptionsJson,
  makeExemption,
  parseExemptionsJson,
  revokeExemptions,
} from '../../src/core/compare';
import { renderSheetSpec } from '../../src/hosts/xlsx/renderSheetSpec';
import { readWorkbook } from '../../src/hosts/xlsx/readWorkbook';
import { generateLedger, toSheetInputs } from '../generator';
import type { SheetInput } from '../../src/core/types';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-exempt-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function base() {
  const g = generateLedger({
    seed: 31,
    persons: 150,
    villageSheet: false,
    inject: { 'income.net-mismatch': 2, 'id.checksum': 2 },
  });
  return toSheetInputs(g.spec);
}

/** Reverses the data rows and inserts an unrelated row above them (a clerk sorted and added a line). */
function resort(inputs: SheetInput[]): SheetInput[] {
  return inputs.map((s, i) => {
    if (i !== 0) return s;
    const header = s.values.findIndex((r) => r.includes('姓名'));
    const head = s.values.slice(0, header + 1);
    const data = s.values.slice(header + 1).reverse();
    return { ...s, values: [...head, ...data], numberFormats: undefined };
  });
}

test('verified findings stay verified after re-sorting; a changed value brings the finding back', () => {
  const inputs = base();
  const a = analyze(inputs);
  const net = a.report.findings.find((f) => f.rule === 'income.net-mismatch')!;
  const id = a.report.findings.find((f) => f.rule === 'id.checksum')!;
  expect(net && id).toBeTruthy();
  const ex = [
    makeExemption(a.parsed, net, '已入户核实，系统口径不同', '李四', '2024-12-20'),
    makeExemption(a.parsed, id, '证件原件如此'),
  ];
  expect(ex[0].subject).toMatch(/^户编号/);
  expect(ex[1].subject).not.toMatch(/\d{18}/); // masked

  const sorted = resort(inputs);
  const b = analyze(sorted);
  expect(b.report.findings.length).toBe(a.report.findings.length);
  const out = applyExemptions(b.parsed, b.report.findings, ex);
  expect(out.exempted.map((e) => e.finding.rule).sort()).toEqual(['id.checksum', 'income.net-mismatch']);
  // Same household / person, now at another row.
  expect(out.exempted.find((e) => e.finding.rule === 'id.checksum')!.finding.row).not.toBe(id.row);
  expect(out.open.length).toBe(b.report.findings.length - 2);
  expect(out.stale).toEqual([]);

  // The verified 纯收入 changes: that finding returns, its exemption is reported as no longer matching.
  const s = sorted[0];
  const h = net.householdId!;
  const hidCol = b.parsed[0].byKey.householdId.index;
  const netCol = b.parsed[0].byKey.netIncome.index;
  for (const row of s.values) if (row[hidCol] === h) row[netCol] = Number(row[netCol]) + 123;
  const c = analyze(sorted);
  const again = applyExemptions(c.parsed, c.report.findings, ex);
  expect(again.exempted.map((e) => e.finding.rule)).toEqual(['id.checksum']);
  expect(again.open.some((f) => f.rule === 'income.net-mismatch' && f.householdId === h)).toBe(true);
  expect(again.stale.map((e) => e.rule)).toEqual(['income.net-mismatch']);

  // Revoked: open again.
  const revoked = applyExemptions(c.parsed, c.report.findings, revokeExemptions(ex, [ex[1].key]));
  expect(revoked.exempted).toEqual([]);
});

test("exemptReport: the pane's check report without the verified findings, listed apart", () => {
  const inputs = base();
  const a = analyze(inputs);
  const f = a.report.findings.find((x) => x.severity === 'error')!;
  const r = exemptReport(inputs, a.report, {}, [makeExemption(a.parsed, f, '已核实')]);
  expect(r.findings.length).toBe(a.report.findings.length - 1);
  expect(r.counts.error).toBe(a.report.counts.error - 1);
  expect(r.exempted?.map((e) => e.finding)).toEqual([f]);
  expect(exemptReport(inputs, a.report, {}, [])).toBe(a.report);
});

test('the exemptions file: JSON and workbook forms round-trip; bad files give a Chinese reason', async () => {
  const inputs = base();
  const a = analyze(inputs);
  const ex = a.report.findings
    .slice(0, 3)
    .map((f, i) => makeExemption(a.parsed, f, `原因${i}`, i ? '王五' : undefined, '2024-12-01'));
  expect(parseExemptionsJson(exemptionsJson(ex))).toEqual(ex);
  // No plain ID number in the file a county shares: subjects are masked, keys hashed.
  expect(exemptionsJson(ex)).not.toMatch(/\d{17}[\dXx]/);
  // A candidate row without 核实原因 is not an exemption.
  const candidate = makeExemption(a.parsed, a.report.findings[3], '');
  expect(parseExemptionsJson(exemptionsJson([...ex, candidate]))).toEqual(ex);

  const wb = new ExcelJS.Workbook();
  renderSheetSpec(wb, buildExemptionFileSheet([...ex, candidate]));
  const file = path.join(dir, '豁免清单.xlsx');
  await wb.xlsx.writeFile(file);
  expect(exemptionsFromSheets((await readWorkbook(file)).sheets)).toEqual(ex);

  expect(() => parseExemptionsJson('{nope')).toThrow(ExemptionFileError);
  expect(() => parseExemptionsJson('{"exemptions":[{"key":"x"}]}')).toThrow(/缺少/);
  expect(() => exemptionsFromSheets([{ name: 'S', values: [['a', 'b']] }])).toThrow(/表头/);
});
