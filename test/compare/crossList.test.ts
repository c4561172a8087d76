// 比对: a generated ledger against generated department lists written as real .xlsx files. Every planted
// discrepancy is found, none is invented, and IDs match however the list spells them.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { compareLedger, type ListInput } from '../../src/core/compare';
import { readWorkbook } from '../../src/hosts/xlsx/readWorkbook';
import type { Finding } from '../../src/core/types';
import {
  cleanId,
  ledger,
  otherIdSameBirth,
  pick,
  to15,
  writeLedger,
  writeList,
  addColumn,
  type LedgerGrid,
  type ListRow,
} from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-compare-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Cols {
  id: number;
  name: number;
  village: number;
  hid: number;
}
function cols(l: LedgerGrid): Cols {
  return {
    id: pick(l, '证件号码', '公民身份号码'),
    name: l.col('姓名'),
    village: pick(l, '行政村', '村'),
    hid: pick(l, '户编号', '家庭编号'),
  };
}

async function run(
  l: LedgerGrid,
  lists: Array<{
    file: string;
    sheet?: string;
    title: string;
    headers: string[];
    rows: ListRow[];
    kind?: ListInput['kind'];
  }>,
) {
  const ledgerFile = path.join(dir, `ledger-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeLedger(l, ledgerFile);
  const inputs: ListInput[] = [];
  for (const x of lists) {
    const f = path.join(dir, x.file);
    await writeList(f, x.sheet ?? 'Sheet1', x.title, x.headers, x.rows);
    inputs.push({
      source: x.file,
      sheets: (await readWorkbook(f)).sheets,
      ...(x.kind ? { kind: x.kind } : {}),
    });
  }
  return compareLedger((await readWorkbook(ledgerFile)).sheets, inputs);
}

const pairs = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.row}`).sort();
const at = (rule: string, r: number) => `${rule}@${r + 1}`;

describe('低保 list against 享受低保政策情况', () => {
  test('every planted discrepancy found, none invented; IDs match in every spelling', async () => {
    const l = ledger(11);
    const c = cols(l);
    const on = new Set(l.rows.filter((_, i) => i % 5 === 0));
    const dib = addColumn(l, '享受低保政策情况', (r) => (on.has(r) ? '农村低保' : '未享受'));
    expect(dib).toBeGreaterThan(0);
    const id = (r: number) => cleanId(l.values[r][c.id]);
    const person = (r: number, over: Partial<ListRow> = {}): ListRow => ({
      村: l.values[r][c.village],
      姓名: l.values[r][c.name],
      身份证号码: id(r),
      ...over,
    });
    const onRows = [...on];
    // Planted: two missing, one wrongly listed, a name typo, another person's ID, a wrong village.
    const villagesOf = (rs: number[]) => new Set(rs.map((r) => l.values[r][c.village]));
    const [e, g, f, ...rest] = onRows;
    const listed = rest.slice(2);
    const listedVillages = villagesOf(listed);
    const missing = rest.slice(0, 2).filter((r) => listedVillages.has(l.values[r][c.village]));
    expect(missing.length).toBeGreaterThan(0);
    const notOn = l.rows.find((r) => !on.has(r))!;
    const rows: ListRow[] = listed.map((r) => person(r));
    // ID spellings: 15-digit, spaces, full-width digits, lower-case x, apostrophe.
    const nineteen = listed.filter((r) => id(r).slice(6, 8) === '19');
    rows[listed.indexOf(nineteen[0])].身份证号码 = to15(id(nineteen[0]));
    rows[listed.indexOf(nineteen[1])].身份证号码 = id(nineteen[1]).replace(/^(\d{6})(\d{8})/, '$1 $2 ');
    rows[listed.indexOf(nineteen[2])].身份证号码 = id(nineteen[2]).replace(/\d/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    rows[listed.indexOf(nineteen[3])].身份证号码 = `'${id(nineteen[3]).toLowerCase()}`;
    rows.push(person(notOn));
    rows.push(person(e, { 姓名: `${l.values[e][c.name]}某` }));
    rows.push(person(f, { 身份证号码: otherIdSameBirth(id(f)) }));
    rows.push(person(g, { 村: '不存在村' }));
    rows.push({
      村: l.values[listed[0]][c.village],
      姓名: '路人甲',
      身份证号码: otherIdSameBirth(id(listed[0])),
    });
    rows.push({ 村: l.values[listed[0]][c.village], 姓名: '数字号', 身份证号码: 520102198001011200 });

    const out = await run(l, [
      {
        file: '城关镇农村低保名单.xlsx',
        title: '2024年12月农村低保保障对象花名册',
        headers: ['序号', '村', '姓名', '身份证号码'],
        rows,
      },
    ]);
    expect(out.lists).toHaveLength(1);
    expect(out.lists[0]).toMatchObject({ kind: 'dibao', guessed: true, unreadableIds: 1 });
    const expected = [
      ...missing.map((r) => at('compare.dibao-missing', r)),
      at('compare.dibao-missing', f),
      at('compare.dibao-not-enjoying', notOn),
      at('compare.name-mismatch', e),
      at('compare.id-mismatch', f),
      at('compare.field-mismatch', g),
    ].sort();
    expect(pairs(out.findings)).toEqual(expected);
    // The not-enjoying finding sits on the 享受低保政策情况 cell and shows both sides.
    const ne = out.findings.find((x) => x.rule === 'compare.dibao-not-enjoying')!;
    expect(ne.column).toBe(
      String.fromCharCode(65 + Math.floor(dib / 26) - 1) + String.fromCharCode(65 + (dib % 26)),
    );
    expect(ne.message).toContain('未享受');
    // 比对结果: one row per finding plus the unreadable list ID, with both values.
    expect(out.discrepancies).toHaveLength(expected.length + 1);
    const v = out.discrepancies.find((d) => d.rule === 'compare.field-mismatch')!;
    expect([v.ledgerValue, v.listValue]).toEqual([l.values[g][c.village], '不存在村']);
    const nm = out.discrepancies.find((d) => d.rule === 'compare.name-mismatch')!;
    expect(nm.listValue).toBe(`${l.values[e][c.name]}某`);
    expect(out.discrepancies.find((d) => d.rule === 'compare.list-id-invalid')?.listCell?.cell).toMatch(
      /^D\d+$/,
    );
  });

  test('a per-household list (保障人数): members of a listed household count as listed; 人数 compared', async () => {
    const l = ledger(12, 120);
    const c = cols(l);
    const byHousehold = new Map<string, number[]>();
    for (const r of l.rows) {
      const h = String(l.values[r][c.hid]);
      byHousehold.set(h, [...(byHousehold.get(h) ?? []), r]);
    }
    const multi = [...byHousehold.values()].filter((rs) => rs.length >= 2);
    const [x, y, z] = multi;
    const on = new Set([...x, ...y, ...z]);
    addColumn(l, '享受低保政策情况', (r) => (on.has(r) ? '农村低保' : '未享受'));
    const head = (rs: number[], count: number): ListRow => ({
      村: l.values[rs[0]][c.village],
      户主姓名: l.values[rs[0]][c.name],
      身份证号: cleanId(l.values[rs[0]][c.id]),
      保障人数: count,
    });
    const out = await run(l, [
      {
        file: 'dibao.xlsx',
        title: '低保户名册',
        headers: ['序号', '村', '户主姓名', '身份证号', '保障人数'],
        rows: [head(x, x.length), head(y, y.length + 1)],
      },
    ]);
    expect(out.lists[0].perHousehold).toBe(true);
    const villages = new Set([x, y].map((rs) => l.values[rs[0]][c.village]));
    const expected = [at('compare.field-mismatch', y[0])];
    if (villages.has(l.values[z[0]][c.village])) expected.push(at('compare.dibao-missing', z[0]));
    expect(pairs(out.findings)).toEqual(expected.sort());
    const d = out.discrepancies.find((q) => q.rule === 'compare.field-mismatch')!;
    expect([d.item, d.ledgerValue, d.listValue]).toEqual([
      '享受低保人数',
      String(y.length),
      String(y.length + 1),
    ]);
  });
});

describe('the other kinds', () => {
  test('死亡, 财政供养 and other lists: each listed ledger member found, strangers ignored', async () => {
    const l = ledger(13, 100);
    const c = cols(l);
    const p = (r: number): ListRow => ({ 姓名: l.values[r][c.name], 身份证号码: cleanId(l.values[r][c.id]) });
    const stranger = {
      姓名: '外人',
      身份证号码: otherIdSameBirth(otherIdSameBirth(cleanId(l.values[l.rows[0]][c.id]))),
    };
    const [d1, d2, s1, o1] = [l.rows[3], l.rows[20], l.rows[30], l.rows[40]];
    const out = await run(l, [
      {
        file: '名单1.xlsx',
        title: '2024年死亡人员名单',
        headers: ['序号', '姓名', '身份证号码', '死亡日期'],
        rows: [{ ...p(d1), 死亡日期: '2024-10-01' }, p(d2), stranger],
      },
      {
        file: '财政供养人员.xlsx',
        title: '人员信息',
        headers: ['序号', '姓名', '身份证号码', '工作单位'],
        rows: [{ ...p(s1), 工作单位: '县教育局' }, stranger],
      },
      {
        file: '车辆登记.xlsx',
        title: '机动车登记信息',
        headers: ['序号', '姓名', '身份证号码', '号牌'],
        rows: [p(o1)],
      },
    ]);
    expect(out.lists.map((x) => x.kind)).toEqual(['death', 'publicServant', 'other']);
    expect(pairs(out.findings)).toEqual(
      [
        at('compare.deceased-member', d1),
        at('compare.deceased-member', d2),
        at('compare.public-servant', s1),
        at('compare.other-list-match', o1),
      ].sort(),
    );
    expect(out.findings.find((f) => f.row === d1 + 1)!.message).toContain('2024-10-01');
    expect(out.findings.find((f) => f.rule === 'compare.public-servant')!.message).toContain('县教育局');
  });

  test('残疾, 医保 and 学籍 lists both ways; the kind can be chosen over the guess', async () => {
    const l = ledger(14, 160);
    const c = cols(l);
    const health = l.col('健康状况');
    const resident = pick(
      l,
      '是否参加城乡居民基本医疗保险',
      '是否参加新型农村合作医疗（城乡居民基本医疗保险）',
    );
    const employee = l.col('是否参加城镇职工基本医疗保险');
    const school = pick(l, '在校生状况', '在校生情况');
    const p = (r: number): ListRow => ({ 姓名: l.values[r][c.name], 身份证号码: cleanId(l.values[r][c.id]) });
    // 残疾: two disabled members; the list has one of them and a healthy member.
    const [dA, dB] = [l.rows[5], l.rows[9]];
    l.values[dA][health] = '残疾';
    l.values[dB][health] = '残疾,长期慢性病';
    const disabled = l.rows.filter((r) => String(l.values[r][health]).includes('残疾'));
    const healthy = l.rows.find((r) => l.values[r][health] === '健康')!;
    // 医保: one member insured in neither scheme but on the list; one resident enrollee missing from it.
    const u = l.rows.find((r) => l.values[r][resident] === '是' && !disabled.includes(r))!;
    l.values[u][resident] = '否';
    l.values[u][employee] = '否';
    const enrolled = l.rows.filter((r) => l.values[r][resident] === '是');
    const m = enrolled[2];
    // 学籍: one pupil missing, one 非在校生 adult listed.
    const pupils = l.rows.filter(
      (r) =>
        l.values[r][school] !== '' &&
        l.values[r][school] !== '非在校生' &&
        l.values[r][school] !== '学龄前儿童',
    );
    expect(pupils.length).toBeGreaterThan(1);
    const adult = l.rows.find((r) => l.values[r][school] === '')!;
    l.values[adult][school] = '非在校生';

    const out = await run(l, [
      {
        file: 'a.xlsx',
        title: '残疾人名单',
        headers: ['序号', '姓名', '身份证号码', '残疾类别'],
        rows: [...disabled.filter((r) => r !== dB).map(p), p(healthy)],
      },
      {
        file: 'b.xlsx',
        title: '参保人员',
        headers: ['序号', '姓名', '身份证号码'],
        rows: [...enrolled.filter((r) => r !== m).map(p), p(u)],
        kind: 'medical',
      },
      {
        file: 'c.xlsx',
        title: '学生名单',
        headers: ['序号', '姓名', '身份证号码', '学校'],
        rows: [...pupils.slice(1).map(p), p(adult)],
      },
    ]);
    expect(out.lists.map((x) => [x.kind, x.guessed])).toEqual([
      ['disabled', true],
      ['medical', false],
      ['student', true],
    ]);
    expect(pairs(out.findings)).toEqual(
      [
        at('compare.disabled-missing', dB),
        at('compare.disabled-healthy', healthy),
        at('compare.medical-missing', m),
        at('compare.medical-uninsured', u),
        at('compare.student-missing', pupils[0]),
        at('compare.student-not-in-school', adult),
      ].sort(),
    );
  });
});
