// 已核实 kept in the workbook by the Office.js host (Excel simulator): saved beside the marks state, read back by a
// new pane, untouched by clearing marks, and the state sheet removed when nothing is kept any more.
import { createExcelHost, STATE_SHEET } from '../../src/hosts/excel';
import { installExcelSimulator, type ExcelSimulator } from '../excel-sim';
import { guessRoles, storedExemptions } from '../../src/taskpane/compareModel';
import type { Exemption } from '../../src/core/compare';

let sim: ExcelSimulator | null = null;
afterEach(() => {
  sim?.uninstall();
  sim = null;
});

const sheet = {
  name: '台账',
  values: [
    ['姓名', '证件号码'],
    ['甲', '110101199003071234'],
  ],
};
const ex: Exemption[] = [
  {
    key: 'abc123',
    rule: 'compare.deceased-member',
    subject: '甲 110101********1234',
    reason: '同名不同人',
    by: '张三',
    at: '2024-12-01',
  },
];

test.each(['1.18', '1.7'])(
  'ExcelApi %s: exemptions survive reopening and clearing marks; empty removes the state sheet',
  async (v) => {
    sim = installExcelSimulator(globalThis, [sheet], { apiVersion: v });
    const host = createExcelHost();
    expect(await host.loadExemptions!()).toBeNull();
    await host.saveExemptions!(ex);
    const names = () => sim!.snapshot().sheets.map((s) => s.name);
    expect(names()).toContain(STATE_SHEET);
    expect(await host.listSheets()).toEqual(['台账']);
    // Another pane (a new host) reads them back; settings and marks live beside them.
    const other = createExcelHost();
    expect(storedExemptions(await other.loadExemptions!())).toEqual(ex);
    await other.saveSettings({ year: 2024 });
    await other.applyMarks([{ sheet: '台账', cell: 'B2', severity: 'error', message: 'x' }]);
    await other.clearMarks();
    expect(storedExemptions(await host.loadExemptions!())).toEqual(ex);
    expect(await host.loadSettings()).toEqual({ year: 2024 });
    // Revoking the last one while settings remain keeps the sheet; with nothing left it goes.
    await host.saveExemptions!([]);
    expect(await host.loadExemptions!()).toBeNull();
    expect(names()).toContain(STATE_SHEET);
    await host.saveSettings(null);
    await host.saveExemptions!([]);
    expect(names()).not.toContain(STATE_SHEET);
    expect(sim.snapshot().sheets.find((s) => s.name === '台账')).toBeTruthy();
  },
);

test('stored exemptions: only valid records are used', () => {
  expect(storedExemptions(null)).toEqual([]);
  expect(storedExemptions({ a: 1 })).toEqual([]);
  expect(storedExemptions([ex[0], { key: 1 }, null])).toEqual(ex);
});

test('sheet roles are guessed from names and never pick our own tables', () => {
  expect(
    guessRoles(['脱贫人口名单', '上月台账', '低保名单', '死亡人员', '比对结果', '问题整改清单']),
  ).toEqual({
    脱贫人口名单: 'ledger',
    上月台账: 'previous',
    低保名单: 'list:dibao',
    死亡人员: 'list:death',
    比对结果: 'skip',
    问题整改清单: 'skip',
  });
});
