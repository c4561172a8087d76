// 变动: last month's generated ledger against this month's with planted changes, both through real .xlsx files.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { diffWorkbooks } from '../../src/core/compare';
import { readWorkbook } from '../../src/hosts/xlsx/readWorkbook';
import type { CellValue } from '../../src/core/types';
import { writeWorkbook } from '../generator';
import { cleanId, ledger, otherIdSameBirth, pick, type LedgerGrid } from './fixtures';
import { checkChar } from '../../src/core/id/gb11643';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-diff-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function clone(l: LedgerGrid): LedgerGrid {
  const spec = structuredClone(l.spec);
  const values = spec.sheets[0].values;
  return { ...l, spec, values, rows: [...l.rows], col: l.col };
}

function households(l: LedgerGrid, hid: number): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of l.rows) {
    const h = String(l.values[r][hid]);
    m.set(h, [...(m.get(h) ?? []), r]);
  }
  return m;
}

/** Removes sheet rows (0-based), keeping number formats aligned. */
function removeRows(l: LedgerGrid, rows: number[]): void {
  const drop = new Set(rows);
  const s = l.spec.sheets[0];
  s.values = s.values.filter((_, r) => !drop.has(r));
  s.numberFormats = s.numberFormats.filter((_, r) => !drop.has(r));
  l.values = s.values;
}

function appendRow(l: LedgerGrid, cells: CellValue[]): void {
  const s = l.spec.sheets[0];
  s.values.push(cells);
  s.numberFormats.push(cells.map(() => 'General'));
  l.values = s.values;
}

const newId = (prefix: string, birth: string, seq: number) => {
  const first17 = prefix + birth + String(seq).padStart(3, '0');
  return first17 + checkChar(first17);
};

test('新增/减少 户 and 人, 人员变动, field changes and the suspicious ones — each found once, nothing else', async () => {
  const prev = ledger(21, 220);
  const c = {
    id: pick(prev, '证件号码', '公民身份号码'),
    name: prev.col('姓名'),
    hid: pick(prev, '户编号', '家庭编号'),
    size: pick(prev, '人数', '家庭人口数'),
    type: prev.col('户类型'),
    risk: pick(prev, '风险是否消除', '风险是否已消除'),
    wage: pick(prev, '工资性收入', '工资性收入合计'),
    business: pick(prev, '生产经营性收入', '家庭经营性收入'),
    property: prev.col('财产性收入'),
    transfer: prev.col('转移性收入'),
    expense: pick(prev, '生产经营性支出', '生产经营费用总支出'),
    net: pick(prev, '纯收入', '家庭纯收入'),
    pc: pick(prev, '人均纯收入', '家庭人均纯收入'),
    relation: prev.col('与户主关系'),
  };
  const hs = [...households(prev, c.hid).entries()].filter(([, rs]) => rs.length >= 3);
  expect(hs.length).toBeGreaterThan(12);
  // H2 before H1 in the sheet: the moved member row comes after H2's own rows, so H2's fields stay its own.
  const [A, B, C, D, E, F, H2, H1, I, J, K, L] = hs;
  // Incomes set so that only the planted changes are changes: all wage, per capita as given.
  const setIncome = (l: LedgerGrid, rows: number[], pc: number) => {
    const size = Number(l.values[rows[0]][c.size]);
    for (const r of rows) {
      for (const k of [c.business, c.property, c.transfer, c.expense]) l.values[r][k] = 0;
      l.values[r][c.wage] = l.values[r][c.net] = pc * size;
      l.values[r][c.pc] = pc;
    }
  };
  const setRisk = (l: LedgerGrid, rows: number[], v: string) => {
    for (const r of rows) {
      l.values[r][c.risk] = v;
      if (v === '否') l.values[r][c.type] = '监测户';
    }
  };
  setIncome(prev, I[1], 9000);
  setRisk(prev, I[1], '否');
  setIncome(prev, J[1], 6500);
  setIncome(prev, K[1], 5500);
  setIncome(prev, L[1], 10000);
  const cur = clone(prev);
  setIncome(cur, I[1], 8600);
  setRisk(cur, I[1], '是');
  setIncome(cur, J[1], 5900);
  setIncome(cur, K[1], 6100);
  setIncome(cur, L[1], 15000);
  // F: a member's ID changes (same name, same birth date).
  const fRow = F[1][1];
  const fOld = cleanId(prev.values[fRow][c.id]);
  cur.values[fRow][c.id] = otherIdSameBirth(fOld);
  // M moves from H1 to H2.
  const mRow = H1[1][2];
  cur.values[mRow][c.hid] = H2[0];
  // A reason column: B's members and one member of C are marked, not deleted.
  const reason = cur.values[cur.header].length;
  for (let r = 0; r < cur.values.length; r++) {
    cur.values[r][reason] = r === cur.header ? '减少原因' : '';
    cur.spec.sheets[0].numberFormats[r][reason] = 'General';
  }
  for (const r of B[1]) cur.values[r][reason] = '识别不准清退';
  const cDead = C[1][2];
  cur.values[cDead][reason] = '死亡';
  // D: a newborn; E: a new household (copies with new IDs and 户编号).
  const newborn = [...cur.values[D[1][0]]];
  newborn[c.id] = newId(fOld.slice(0, 6), '20240601', 901);
  newborn[c.name] = '新生儿甲';
  newborn[c.relation] = '之子';
  appendRow(cur, newborn);
  const eId = `${E[0]}9`;
  E[1].forEach((r, i) => {
    const row = [...cur.values[r]];
    row[c.hid] = eId;
    row[c.id] = newId(fOld.slice(0, 6), `19${70 + i}0101`, 500 + i);
    appendRow(cur, row);
  });
  // A disappears without a reason.
  removeRows(cur, A[1]);

  const fileP = path.join(dir, 'prev.xlsx');
  const fileC = path.join(dir, 'cur.xlsx');
  await writeWorkbook(prev.spec, fileP);
  await writeWorkbook(cur.spec, fileC);
  const out = diffWorkbooks((await readWorkbook(fileP)).sheets, (await readWorkbook(fileC)).sheets, {});

  expect(out.addedHouseholds.map((h) => h.householdId)).toEqual([eId]);
  expect(out.removedHouseholds.map((h) => [h.householdId, h.reason])).toEqual([
    [A[0], ''],
    [B[0], '识别不准清退'],
  ]);
  expect(out.previousFindings.map((f) => [f.rule, f.row])).toEqual([
    ['compare.removed-no-reason', A[1][0] + 1],
  ]);
  expect(out.counts.addedPersons).toBe(E[1].length + 1);
  expect(out.counts.removedPersons).toBe(A[1].length + B[1].length + 1);
  const kinds = out.memberChanges.map((m) => `${m.kind}:${m.householdId}`).sort();
  expect(kinds).toEqual(
    [`死亡:${C[0]}`, `新生儿:${D[0]}`, `证件号码变更:${F[0]}`, `户间迁移:${H2[0]}`].sort(),
  );
  expect(out.removedPersons.find((p) => p.reason === '死亡')?.householdId).toBe(C[0]);
  // Rows after A's shift up by A's size in this month's file.
  const shifted = (r: number) => r + 1 - (r > A[1][0] ? A[1].length : 0);
  expect(out.findings.map((f) => `${f.rule}@${f.row}`).sort()).toEqual(
    [
      `compare.risk-eliminated-income-fell@${shifted(I[1][0])}`,
      `compare.fell-below-monitoring-line@${shifted(J[1][0])}`,
      `compare.rose-above-monitoring-line@${shifted(K[1][0])}`,
      `compare.large-income-change@${shifted(L[1][0])}`,
      `compare.id-changed@${shifted(fRow)}`,
    ].sort(),
  );
  // Field changes: I's 风险 and incomes, J/K/L incomes; nothing else changed.
  const changed = new Set(out.fieldChanges.map((f) => f.householdId));
  expect([...changed].sort()).toEqual([I[0], J[0], K[0], L[0]].sort());
  const lpc = out.fieldChanges.find((f) => f.householdId === L[0] && f.key === 'perCapitaNetIncome')!;
  expect([lpc.before, lpc.after, lpc.percent, lpc.large]).toEqual(['10000', '15000', 50, true]);
  expect(out.fieldChanges.find((f) => f.householdId === I[0] && f.key === 'riskEliminated')).toMatchObject({
    before: '否',
    after: '是',
  });
  expect(out.counts.riskEliminatedHouseholds).toBe(1);
  // Village table adds up.
  const sum = (k: 'addedHouseholds' | 'removedPersons') => out.villages.reduce((s, v) => s + v[k], 0);
  expect(sum('addedHouseholds')).toBe(1);
  expect(sum('removedPersons')).toBe(out.counts.removedPersons);
  expect(out.counts.currentHouseholds).toBe(out.counts.previousHouseholds - 2 + 1);
});

test('the large-change threshold is configurable', async () => {
  const prev = ledger(22, 80);
  const pcCol = pick(prev, '人均纯收入', '家庭人均纯收入');
  const wage = pick(prev, '工资性收入', '工资性收入合计');
  const net = pick(prev, '纯收入', '家庭纯收入');
  const hid = pick(prev, '户编号', '家庭编号');
  const cur = clone(prev);
  const [, rows] = [...households(prev, hid).entries()][0];
  // +20 %: large at 10 %, not at the default 30 %.
  for (const r of rows) {
    const w = Number(prev.values[r][wage]);
    const n = Number(prev.values[r][net]);
    const add = Math.round(n * 0.2 * 100) / 100;
    cur.values[r][wage] = Math.round((w + add) * 100) / 100;
    cur.values[r][net] = Math.round((n + add) * 100) / 100;
    cur.values[r][pcCol] = '';
  }
  const p = (await import('../generator')).toSheetInputs(prev.spec);
  const q = (await import('../generator')).toSheetInputs(cur.spec);
  const at30 = diffWorkbooks(p, q, {});
  const at10 = diffWorkbooks(p, q, {}, { largeChangePercent: 10 });
  const rule = (o: typeof at30) => o.findings.filter((f) => f.rule === 'compare.large-income-change').length;
  expect(rule(at30)).toBe(0);
  expect(rule(at10)).toBe(1);
});
