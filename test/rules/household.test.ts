import { hits, makeId, only, run, sheet } from './helpers';

// One-sheet 名单 layout. Columns: A 序号, B 行政村, C 户编号, D 姓名, E 证件号码, F 与户主关系, G 人数, H 户类型,
// I 人均纯收入. Header on row 3, data from row 4.
const H = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '人数', '户类型', '人均纯收入'];
const STRUCT = [
  'household.no-head',
  'household.multiple-heads',
  'household.multiple-spouses',
  'household.size-mismatch',
  'household.inconsistent',
  'household.head-mismatch',
  'household.no-members',
  'household.orphan-member',
];

let seq = 0;
function m(hid: string, rel: string, size: number, o: Record<string, string | number> = {}) {
  seq++;
  return {
    序号: seq,
    行政村: '甲村',
    户编号: hid,
    姓名: `成员${seq}`,
    证件号码: makeId('19800101', seq, rel === '户主' || rel === '之子'),
    与户主关系: rel,
    人数: size,
    户类型: '脱贫户',
    人均纯收入: 8000,
    ...o,
  };
}

beforeEach(() => {
  seq = 0;
});

describe('relations', () => {
  it('household.no-head fires for a household without 户主, at its first member row, not for one with a 户主', () => {
    const f = run([
      sheet('名单', H, [
        m('H1', '户主', 2),
        m('H1', '配偶', 2),
        m('H2', '之子', 2), // row 6: no 户主 in H2
        m('H2', '之女', 2),
      ]),
    ]);
    expect(hits(f, ...STRUCT)).toEqual(['household.no-head@名单!F6']);
    const x = only(f, 'household.no-head')[0];
    expect(x.householdId).toBe('H2');
    expect(x.message).toContain('户编号H2');
  });

  it('household.multiple-heads fires for two 户主 only', () => {
    const f = run([
      sheet('名单', H, [m('H1', '户主', 2), m('H1', '户主', 2), m('H2', '户主', 2), m('H2', '配偶', 2)]),
    ]);
    expect(hits(f, ...STRUCT)).toEqual(['household.multiple-heads@名单!F4']);
    expect(only(f, 'household.multiple-heads')[0].message).toContain('2名成员');
  });

  it('household.multiple-spouses fires for two 配偶, not for one 配偶 with a 之儿媳', () => {
    const f = run([
      sheet('名单', H, [
        m('H1', '户主', 3),
        m('H1', '配偶', 3),
        m('H1', '配偶', 3),
        m('H2', '户主', 3),
        m('H2', '配偶', 3),
        m('H2', '之儿媳', 3),
      ]),
    ]);
    expect(hits(f, ...STRUCT)).toEqual(['household.multiple-spouses@名单!F4']);
  });
});

describe('household.size-mismatch', () => {
  it('fires when 人数 differs from the member rows (once per household), not when equal', () => {
    const f = run([
      sheet('名单', H, [
        m('H1', '户主', 3), // 3 stated, 2 rows
        m('H1', '配偶', 3),
        m('H2', '户主', 2),
        m('H2', '配偶', 2),
      ]),
    ]);
    expect(hits(f, ...STRUCT)).toEqual(['household.size-mismatch@名单!G4']);
    expect(only(f, 'household.size-mismatch')[0].message).toBe(
      '户编号H1：人数填写为3，但本户有2条成员记录。请核对人数或补全成员信息（新增、死亡、分户的成员应同步增删）。',
    );
  });
});

describe('household.inconsistent', () => {
  it('fires once per field at the first differing row; numbers compare by value', () => {
    const f = run([
      sheet('名单', H, [
        m('H1', '户主', 3, { 人均纯收入: 8000 }),
        m('H1', '配偶', 3, { 人均纯收入: '8,000.00' }), // same value written as text: consistent
        m('H1', '之子', 3, { 人均纯收入: 8000 }),
        m('H2', '户主', 3),
        m('H2', '配偶', 3, { 行政村: '乙村', 人均纯收入: 8100 }), // row 8: two fields differ
        m('H2', '之子', 3, { 行政村: '丙村' }), // a third value: still one finding per field
      ]),
    ]);
    expect(hits(f, 'household.inconsistent')).toEqual([
      'household.inconsistent@名单!B8',
      'household.inconsistent@名单!I8',
    ]);
    const v = only(f, 'household.inconsistent').find((x) => x.cell === 'B8')!;
    expect(v.message).toContain('第7行为“甲村”，第8行为“乙村”');
    expect(v.householdId).toBe('H2');
  });
});

// Two-sheet layout: 户信息 (A 户编号, B 行政村, C 户主姓名, D 户主证件号码, E 家庭人口数, F 人均纯收入) and 人员信息
// (A 户编号, B 姓名, C 证件号码, D 与户主关系).
const HH = ['户编号', '行政村', '户主姓名', '户主证件号码', '家庭人口数', '人均纯收入'];
const PP = ['户编号', '姓名', '证件号码', '与户主关系'];

describe('two-sheet join', () => {
  const id = (n: number) => makeId('19700101', n, true);
  const idW = (n: number) => makeId('19720101', n, false);
  function workbook(hh: Array<Record<string, string | number>>, pp: Array<Record<string, string | number>>) {
    return run([sheet('户信息', HH, hh), sheet('人员信息', PP, pp)]);
  }
  const house = (hid: string, head: string, headId: string, size: number) => ({
    户编号: hid,
    行政村: '甲村',
    户主姓名: head,
    户主证件号码: headId,
    家庭人口数: size,
    人均纯收入: 8000,
  });
  const person = (hid: string, name: string, pid: string, rel: string) => ({
    户编号: hid,
    姓名: name,
    证件号码: pid,
    与户主关系: rel,
  });

  it('checks head, members, orphans and size across the sheets', () => {
    const f = workbook(
      [
        house('H1', '张一', id(1), 2), // row 4: correct
        house('H2', '李二', id(2), 1), // row 5: household row names 李二, member 户主 is 王二
        house('H3', '赵三', id(3), 1), // row 6: no member rows
        house('H4', '钱四', id(4), 3), // row 7: 3 stated, 2 members
        house('H5', ' 孙 五 ', ` ${id(5)} `, 1), // row 8: spaces only — same person
        house('H6', '周六', id(66), 1), // row 9: id differs
      ],
      [
        person('H1', '张一', id(1), '户主'),
        person('H1', '张一妻', idW(1), '配偶'),
        person('H2', '王二', id(2), '户主'),
        person('H4', '钱四', id(4), '户主'),
        person('H4', '钱四妻', idW(4), '配偶'),
        person('H5', '孙五', id(5), '户主'),
        person('H6', '周六', id(6), '户主'),
        person('H9', '吴九', id(9), '户主'), // row 11: 户编号 H9 has no household row
      ],
    );
    expect(hits(f, ...STRUCT)).toEqual([
      'household.head-mismatch@户信息!C5',
      'household.head-mismatch@户信息!D9',
      'household.no-members@户信息!A6',
      'household.orphan-member@人员信息!A11',
      'household.size-mismatch@户信息!E7',
    ]);
    expect(only(f, 'household.head-mismatch')[0].message).toContain(
      '户主姓名为“李二”，成员表中的户主为“王二”',
    );
    expect(only(f, 'household.orphan-member')[0].householdId).toBe('H9');
    expect(only(f, 'household.no-members')[0].householdId).toBe('H3');
  });

  it('reports a 户编号 repeated on the household sheet with differing fields', () => {
    const f = workbook(
      [house('H1', '张一', id(1), 1), { ...house('H1', '张一', id(1), 1), 人均纯收入: 9000 }],
      [person('H1', '张一', id(1), '户主')],
    );
    expect(hits(f, ...STRUCT)).toEqual(['household.inconsistent@户信息!F5']);
  });
});

describe('grouping without 户编号', () => {
  it('groups by 户主 blocks and announces the missing 户编号 column once', () => {
    const NO_ID = ['序号', '行政村', '姓名', '证件号码', '与户主关系', '人数'];
    const rows = [
      m('', '户主', 2),
      m('', '配偶', 2),
      m('', '户主', 1),
      m('', '户主', 3),
      m('', '之子', 3),
    ].map(({ 户编号: _drop, ...r }) => r);
    const f = run([sheet('名单', NO_ID, rows)]);
    // Third block: 人数 3 but 2 rows (row 7).
    expect(hits(f, ...STRUCT)).toEqual(['household.size-mismatch@名单!F7']);
    const missing = only(f, 'sheet.column-missing').filter((x) => x.message.includes('户编号'));
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('家庭无户主');
  });
});
