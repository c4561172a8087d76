// The console summary: every finding is counted under its own (effective) severity, so each section's rows add up
// to the count in its header and in the 问题 line; a rule reported at two severities appears in both sections.
import { analyze } from '../../src/core/engine';
import { formatReport } from '../../src/cli/format';
import type { Report } from '../../src/core/types';
import { CONFIG, TODAY, makeId, sheet } from '../rules/helpers';

const HEADER = ['行政村', '户编号', '姓名', '证件号码', '性别', '与户主关系', '联系电话'];

function ledger() {
  return [
    sheet('人员台账', HEADER, [
      {
        行政村: '一村',
        户编号: 'H1',
        姓名: '甲',
        证件号码: makeId('19800101', 1, true),
        性别: '男',
        与户主关系: '户主',
        联系电话: '123',
      },
      {
        行政村: '一村',
        户编号: 'H1',
        姓名: '乙',
        证件号码: makeId('19820101', 2, false),
        性别: '女',
        与户主关系: '配偶',
        联系电话: '456',
      },
      {
        行政村: '一村',
        户编号: 'H1',
        姓名: '丙',
        证件号码: makeId('20100101', 3, true),
        性别: '男',
        与户主关系: '之子',
        联系电话: '13800000000',
      },
    ]),
  ];
}

/** The 按规则汇总 table parsed back: section header counts and the rows under each. */
function sections(text: string): Map<string, { header: number; rows: Array<[string, number]> }> {
  const lines = text.split('\n');
  const start = lines.indexOf('按规则汇总：');
  const out = new Map<string, { header: number; rows: Array<[string, number]> }>();
  let current: { header: number; rows: Array<[string, number]> } | undefined;
  for (const line of lines.slice(start + 3)) {
    if (line.trim() === '') break;
    const head = /^(错误|警告|提示)（共 (\d+) 条）/.exec(line);
    if (head) {
      current = { header: Number(head[2]), rows: [] };
      out.set(head[1], current);
      continue;
    }
    const cols = line.split(/\s{2,}/);
    expect(cols[0]).toBe([...out.keys()].pop());
    current!.rows.push([cols[1], Number(cols[cols.length - 1])]);
  }
  return out;
}

test('a config severity override moves the rule to its section; the rows add up to the header counts', () => {
  const { report } = analyze(ledger(), { ...CONFIG, severity: { 'field.phone': 'error' } }, TODAY);
  expect(report.counts.error).toBeGreaterThanOrEqual(2);
  const s = sections(formatReport(report));
  expect(s.get('错误')!.rows.map((r) => r[0])).toContain('field.phone');
  expect(s.get('警告')?.rows.map((r) => r[0]) ?? []).not.toContain('field.phone');
  for (const [name, sec] of s) {
    const sev = { 错误: 'error', 警告: 'warning', 提示: 'info' }[name] as keyof Report['counts'];
    expect(sec.header).toBe(report.counts[sev]);
    expect(sec.rows.reduce((a, r) => a + r[1], 0)).toBe(sec.header);
  }
  expect(formatReport(report)).toContain(
    `问题：错误 ${report.counts.error} 条，警告 ${report.counts.warning} 条，提示 ${report.counts.info} 条`,
  );
});

test('one rule reported at two severities is listed under both, never an error under 提示', () => {
  const { report } = analyze(ledger(), CONFIG, TODAY);
  const phone = report.findings.filter((f) => f.rule === 'field.phone');
  expect(phone.length).toBe(2);
  // The first finding of the rule is softened to info, the other stays an error (as the engine does for
  // income.per-capita-mismatch's other-size case).
  phone[0].severity = 'info';
  phone[1].severity = 'error';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  const mixed: Report = { ...report, counts };
  const s = sections(formatReport(mixed));
  expect(s.get('错误')!.rows).toContainEqual(['field.phone', 1]);
  expect(s.get('提示')!.rows).toContainEqual(['field.phone', 1]);
  for (const [name, sec] of s) {
    const sev = { 错误: 'error', 警告: 'warning', 提示: 'info' }[name] as keyof Report['counts'];
    expect(sec.rows.reduce((a, r) => a + r[1], 0)).toBe(counts[sev]);
  }
  // The detail list shows each finding at its own severity.
  const detail = formatReport(mixed).split('问题明细')[1];
  expect(detail).toMatch(/错误\s+人员台账!G5\s+field\.phone/);
  expect(detail).toMatch(/提示\s+人员台账!G4\s+field\.phone/);
});

test('a config severity override applies to every finding of the rule, softer cases included', () => {
  const { report } = analyze(
    ledger(),
    { ...CONFIG, severity: { 'sheet.header-not-found': 'warning' } },
    TODAY,
  );
  expect(report.findings.filter((f) => f.rule === 'sheet.header-not-found')).toEqual([]);
  const extra = { name: '说明', values: [['这是说明页'], ['没有表头']] };
  const withNote = analyze(
    [...ledger(), extra],
    { ...CONFIG, severity: { 'sheet.header-not-found': 'warning' } },
    TODAY,
  );
  const notes = withNote.report.findings.filter((f) => f.rule === 'sheet.header-not-found');
  expect(notes.map((f) => f.severity)).toEqual(['warning']);
});
