// Everything we write into a cell fits Excel's 32,767-character limit: messages quote long cell values shortened
// with "…" (one helper, quote), every finding's message is capped (fitCell), and the annotated copy's notes and
// 问题清单 rows stay within the limit even when a cell collects many long findings.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { CELL_TEXT_MAX, QUOTE_MAX, fitCell, quote } from '../../src/core/grid/quote';
import { analyze } from '../../src/core/engine';
import type { CellValue, Finding } from '../../src/core/types';
import { NOTE_MARK, writeAnnotatedCopy } from '../../src/hosts/xlsx/patchXlsx';
import { CONFIG, TODAY, makeId, sheet } from '../rules/helpers';

const BIG = 30000;

test('quote shortens a long value around "…" keeping its start and end; Extension B characters stay whole', () => {
  expect(quote('初中')).toBe('初中');
  const long = '甲'.repeat(100) + '尾巴';
  const q = quote(long);
  expect(q.length).toBeLessThanOrEqual(QUOTE_MAX);
  expect(q.startsWith('甲甲甲')).toBe(true);
  expect(q).toContain('…');
  expect(q.endsWith('尾巴')).toBe(true);
  // 𠀀 is a surrogate pair: no half of it is ever left at a cut.
  const ext = '𠀀'.repeat(100);
  for (const max of [10, 11, 59, 60]) {
    const s = quote(ext, max);
    expect(s.length).toBeLessThanOrEqual(max);
    expect(s).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
  const huge = 'x'.repeat(CELL_TEXT_MAX + 5);
  expect(fitCell(huge).length).toBe(CELL_TEXT_MAX);
  expect(fitCell(huge).endsWith('…')).toBe(true);
  expect(fitCell('短')).toBe('短');
});

test('findings on 30,000-character cells quote them shortened; no message comes near the cell limit', () => {
  const long = (c: string) => c.repeat(BIG);
  const H = [
    '户编号',
    '姓名',
    '证件号码',
    '性别',
    '与户主关系',
    '在校生状况',
    '联系电话',
    '出生日期',
    '人均纯收入',
  ];
  const rows: Array<Record<string, CellValue>> = [
    { 户编号: 'H1', 姓名: '甲', 证件号码: makeId('19800101', 1, true), 性别: '男', 与户主关系: '户主' },
    { 户编号: 'H1', 姓名: '乙', 证件号码: long('1'), 性别: long('男'), 与户主关系: long('之') },
    {
      户编号: 'H1',
      姓名: '丙',
      证件号码: makeId('20140101', 2, true),
      在校生状况: long('辍') + '辍学',
      联系电话: long('9'),
    },
    {
      户编号: 'H1',
      姓名: '丁',
      证件号码: makeId('19900101', 3, false),
      出生日期: long('日'),
      人均纯收入: long('约'),
    },
  ];
  const { report } = analyze([sheet('名单', H, rows)], CONFIG, TODAY);
  const onLong = report.findings.filter((f) => typeof f.value === 'string' && f.value.length >= BIG);
  expect(new Set(onLong.map((f) => f.rule))).toEqual(
    new Set([
      'id.length',
      'field.code',
      'field.phone',
      'field.date',
      'field.number',
      'edu.out-of-school',
      'household.inconsistent',
    ]),
  );
  for (const f of report.findings) expect(f.message.length).toBeLessThan(1000);
  for (const f of onLong) expect(f.message).toContain('…');
});

test('the annotated copy: a note of many long findings and a 问题清单 row of a huge message fit one cell', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-limit-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['姓名', '证件号码']).commit();
    await wb.xlsx.writeFile(input);
    const f = (message: string): Finding => ({
      sheet: '名单',
      cell: 'B1',
      row: 1,
      column: 'B',
      rule: 'id.length',
      severity: 'error',
      message,
    });
    const findings = [f('甲'.repeat(20000)), f('乙'.repeat(20000)), f('丙'.repeat(40000))];
    const out = path.join(dir, 'out.xlsx');
    await writeAnnotatedCopy(await fs.readFile(input), findings, out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const note = back.getWorksheet('名单')!.getCell('B1').note as ExcelJS.Comment;
    const text = note.texts!.map((t) => t.text).join('');
    expect(text.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(text.startsWith(`${NOTE_MARK}\n【错误】甲甲`)).toBe(true);
    const list = back.getWorksheet('问题清单')!;
    for (let r = 2; r <= 4; r++) {
      const v = String(list.getCell(`H${r}`).value);
      expect(v.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    }
    expect(String(list.getCell('H4').value).endsWith('…')).toBe(true);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
