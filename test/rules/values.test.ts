// Values as clerks write them: 辍学/失学 mean out of school (edu.out-of-school and the 三保障 table's 失学辍学人数),
// short 在校生状况 forms (初中, 高中, 学前 …) are accepted and read at their level, a refused value lists the
// accepted ones, and a 与户主关系 spelling that contradicts 性别 (a male 妻子) is person.relation-gender.
import { analyze } from '../../src/core/engine';
import { buildAllSummaries } from '../../src/core/summaries';
import type { SheetSpec } from '../../src/core/summaries/sheetSpec';
import { CONFIG, TODAY, hits, makeId, only, run, sheet } from './helpers';

const H = [
  '序号',
  '行政村',
  '户编号',
  '姓名',
  '证件号码',
  '性别',
  '与户主关系',
  '户类型',
  '文化程度',
  '在校生状况',
  '是否参加城乡居民基本医疗保险',
];

let seq = 0;
function m(hid: string, birth: string, rel: string, male: boolean, o: Record<string, string> = {}) {
  seq++;
  return {
    序号: seq,
    行政村: '甲村',
    户编号: hid,
    姓名: `成员${seq}`,
    证件号码: makeId(birth, seq, male),
    性别: male ? '男' : '女',
    与户主关系: rel,
    户类型: '脱贫户',
    文化程度: '初中',
    是否参加城乡居民基本医疗保险: '是',
    ...o,
  };
}
const pupil = (status: string) => ({ 文化程度: '', 在校生状况: status });

/** The value of the 合计 row under the header cell `header` of a summary sheet. */
function totalUnder(spec: SheetSpec, header: string): unknown {
  let col = -1;
  for (const row of spec.rows.slice(0, (spec.headerRowRange[1] ?? 0) + 1))
    row.forEach((c, i) => {
      if (c?.v === header) col = i;
    });
  expect(col).toBeGreaterThanOrEqual(0);
  const total = spec.rows.find((row) => row.some((c) => c?.v === '合计'));
  return total?.[col]?.v;
}

describe('辍学 / 失学 mean out of school', () => {
  test('a 10-year-old 辍学 (and 失学, 初中辍学, 已辍学) is edu.out-of-school and counted in 失学辍学人数', () => {
    seq = 0;
    const sheets = [
      sheet('名单', H, [
        m('H1', '19800101', '户主', true),
        m('H1', '20140601', '之子', true, pupil('辍学')), // 10
        m('H1', '20130601', '之女', false, pupil('失学')), // 11
        m('H1', '20110601', '之子', true, pupil('初中辍学')), // 13
        m('H1', '20120601', '之女', false, pupil('已辍学')), // 12
        m('H1', '20150601', '之子', true, pupil('小学')), // 9, in school
        m('H1', '20000601', '之子', true, { 文化程度: '初中', 在校生状况: '辍学' }), // 24: outside the ages
      ]),
    ];
    const { report, config } = analyze(sheets, CONFIG, TODAY);
    const out = only(report.findings, 'edu.out-of-school');
    expect(out.map((f) => f.cell)).toEqual(['J5', 'J6', 'J7', 'J8']);
    expect(out[0].message).toContain('在校生状况为“辍学”，属于义务教育阶段失学辍学');
    // 辍学 and 失学 are accepted values (no code-list hint); 初中辍学 is not a short form, so it gets the list.
    expect(hits(report.findings, 'field.code')).toEqual(['field.code@名单!J7']);
    expect(report.households[0].outOfSchoolMembers).toBe(4);
    const guarantee = buildAllSummaries(report, config).find((s) => s.title.includes('三保障'))!;
    expect(totalUnder(guarantee, '失学辍学人数')).toBe(4);
    // 辍学 fills 在校生状况: with 文化程度 filled too it is a conflict, alone it is not.
    expect(hits(report.findings, 'edu.status-conflict')).toEqual(['edu.status-conflict@名单!I10']);
  });
});

describe('short 在校生状况 forms', () => {
  test('初中, 高中, 学前, 大专, 本科, 初二 are accepted and read at their level', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主', true),
        m('H1', '20110601', '之子', true, pupil('初中')), // 13: in school, no finding
        m('H1', '20120601', '之女', false, pupil('初二')), // 12
        m('H1', '20080601', '之子', true, pupil('高中')), // 16
        m('H1', '20200601', '之女', false, pupil('学前')), // 4
        m('H1', '20040601', '之子', true, pupil('大专')), // 20
        m('H1', '20030601', '之女', false, pupil('本科')), // 21
        m('H1', '20120601', '之子', true, pupil('高中')), // 12: 高中 is senior → grade-age
        m('H1', '20140601', '之女', false, pupil('学前')), // 10: preschool is not a grade → out of school
      ]),
    ]);
    expect(hits(f, 'field.code')).toEqual([]);
    expect(hits(f, 'edu.grade-age')).toEqual(['edu.grade-age@名单!J11']);
    expect(hits(f, 'edu.out-of-school')).toEqual(['edu.out-of-school@名单!J12']);
  });

  test('a refused value lists the accepted values and the short forms', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [m('H1', '19800101', '户主', true), m('H1', '20110601', '之子', true, pupil('在读'))]),
    ]);
    const [code] = only(f, 'field.code');
    expect(code.message).toContain('“在校生状况”填写为“在读”，不在代码表内');
    expect(code.message).toContain('可填写的值：学龄前儿童、学前教育、小学、七年级');
    expect(code.message).toContain('也可简写为：学前、幼儿园');
    expect(code.message).toContain('初中');
    // Short lists too (性别): every accepted value is named.
    const g = run([sheet('名单', H, [m('H1', '19800101', '户主', true, { 性别: '公' })])]);
    expect(only(g, 'field.code')[0].message).toContain('可填写的值：男、女、男性、女性、未说明的性别。');
  });
});

describe('short 文化程度 forms and 本人', () => {
  test('大学, 中专, 文盲 are accepted as 文化程度; 学前 counts as 学龄前儿童; 本人 gets a fix to 户主', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '本人', true, { 文化程度: '大学' }),
        m('H1', '19820101', '配偶', false, { 文化程度: '中专' }),
        m('H1', '19500101', '之母', false, { 文化程度: '文盲' }),
        m('H1', '20200601', '之子', true, { 文化程度: '学前', 在校生状况: '' }), // 4: student side, no conflict
      ]),
    ]);
    expect(hits(f, 'field.code')).toEqual(['field.code@名单!G4']);
    expect(only(f, 'field.code')[0].fix).toMatchObject({ from: '本人', to: '户主' });
    expect(hits(f, 'edu.status-conflict')).toEqual([]);
  });
});

describe('person.relation-gender for spellings outside the code list', () => {
  test('a male 妻子 / 女儿 / 儿媳 / 母亲 and a female 丈夫 / 儿子 contradict 性别', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主', false),
        m('H1', '19820101', '妻子', true),
        m('H1', '20050601', '女儿', true),
        m('H1', '20010601', '儿媳', true),
        m('H1', '19500101', '母亲', true),
        m('H2', '19800101', '户主', true),
        m('H2', '19820101', '丈夫', false),
        m('H2', '20050601', '儿子', false),
        m('H2', '20060601', '儿子', true), // agrees
        m('H2', '20070601', '女儿', false), // agrees
      ]),
    ]);
    expect(hits(f, 'person.relation-gender')).toEqual(
      ['G5', 'G6', 'G7', 'G8', 'G10', 'G11'].map((c) => `person.relation-gender@名单!${c}`).sort(),
    );
    const wife = only(f, 'person.relation-gender').find((x) => x.cell === 'G5')!;
    expect(wife.message).toContain('与户主关系为“妻子”，性别为“男”，“妻子”应为女性');
    // The spelling is still not a code value: field.code names it and offers the one-click fix.
    const code = only(f, 'field.code').find((x) => x.cell === 'G5')!;
    expect(code.message).toContain('“妻子”应为“配偶”？');
    expect(code.fix).toMatchObject({ cell: 'G5', from: '妻子', to: '配偶' });
    expect(only(f, 'field.code').find((x) => x.cell === 'G6')!.fix?.to).toBe('之女');
  });
});

describe('IDs with stray characters are read, matched and reported', () => {
  test('full-width digit, trailing space, embedded space, NBSP, zero-width: id.stray-characters with the clean ID as fix', () => {
    seq = 0;
    const clean = (birth: string, n: number, male: boolean) => makeId(birth, n, male);
    const a = clean('19800101', 1, true);
    const b = clean('19820101', 2, false);
    const c = clean('20050601', 3, true);
    const d = clean('20070601', 4, false);
    const e = clean('20090601', 5, true);
    const fullWidth = a.slice(0, 5) + String.fromCharCode(a.charCodeAt(5) + 0xfee0) + a.slice(6);
    const rows = [
      { ...m('H1', '19800101', '户主', true), 证件号码: fullWidth },
      { ...m('H1', '19820101', '配偶', false), 证件号码: b + ' ' },
      { ...m('H1', '20050601', '之子', true), 证件号码: c.slice(0, 6) + ' ' + c.slice(6) },
      { ...m('H1', '20070601', '之女', false), 证件号码: d + '\u00a0' },
      // 性别 contradicts the ID: the ID is still trusted after cleaning, so the mismatch is found.
      { ...m('H1', '20090601', '之子', true), 证件号码: '\u200b' + e, 性别: '女' },
      // The same person typed clean: matched as a duplicate through the normalised key.
      { ...m('H2', '19800101', '户主', true), 证件号码: a },
    ];
    const f = run([sheet('名单', H, rows)]);
    const stray = only(f, 'id.stray-characters');
    expect(stray.map((x) => x.cell)).toEqual(['E4', 'E5', 'E6', 'E7', 'E8']);
    expect(stray.map((x) => x.fix?.to)).toEqual([a, b, c, d, e]);
    expect(stray.map((x) => x.fix?.from)).toEqual(rows.slice(0, 5).map((r) => r.证件号码));
    expect(stray.every((x) => x.severity === 'warning')).toBe(true);
    expect(stray[0].message).toContain('全角数字或字母');
    expect(stray[1].message).toContain('首尾空格');
    expect(stray[2].message).toContain('中间的空格');
    expect(stray[3].message).toContain('不间断空格');
    expect(stray[4].message).toContain('不可见的零宽字符');
    expect(hits(f, 'id.duplicate')).toEqual(['id.duplicate@名单!E4', 'id.duplicate@名单!E9']);
    expect(hits(f, 'person.gender-mismatch')).toEqual(['person.gender-mismatch@名单!F8']);
    expect(hits(f, 'id.checksum', 'id.length', 'id.birthdate', 'id.region')).toEqual([]);

    // Applying the fixes leaves no stray-character finding.
    const fixed = rows.map((r, i) => ({ ...r, 证件号码: stray[i]?.fix?.to ?? r.证件号码 }));
    expect(hits(run([sheet('名单', H, fixed)]), 'id.stray-characters')).toEqual([]);
  });
});
