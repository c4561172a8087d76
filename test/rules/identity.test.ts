import { convert15to18, checkChar } from '../../src/core/id/gb11643';
import { hits, makeId, makeXId, only, run, sheet } from './helpers';

const H = ['序号', '行政村', '户编号', '姓名', '性别', '出生日期', '证件号码', '与户主关系'];
// Columns: A 序号, B 行政村, C 户编号, D 姓名, E 性别, F 出生日期, G 证件号码, H 与户主关系.
const HEAD = makeId('19650412', 1, true);
const WIFE = makeId('19670820', 2, false);
const SON = makeId('19921103', 3, true);
const DAUGHTER = makeId('19950505', 4, false);

const member = (n: number, hid: string, name: string, sex: string, id: unknown, rel: string, birth = '') => ({
  序号: n,
  行政村: '甲村',
  户编号: hid,
  姓名: name,
  性别: sex,
  出生日期: birth,
  证件号码: id as string,
  与户主关系: rel,
});

const ID = ['id.', 'person.'];

describe('identity rules', () => {
  it('a consistent household has no identity findings', () => {
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '张一', '男', HEAD, '户主', '1965-04-12'),
        member(2, 'H1', '李二', '女', WIFE, '配偶', '1967年8月20日'),
        member(3, 'H1', '张三', '1', SON, '之子'),
        member(4, 'H1', '张四', '女性', DAUGHTER, '之女'),
      ]),
    ]);
    expect(hits(f, ...ID)).toEqual([]);
  });

  it('lowercase x: info only, with a fix to upper case', () => {
    const x = makeXId('19900315', false);
    const f = run([sheet('名单', H, [member(1, 'H1', '刘九', '女', x.slice(0, 17) + 'x', '户主')])]);
    expect(hits(f, ...ID)).toEqual(['id.lowercase-x@名单!G4']);
    const [lx] = only(f, 'id.lowercase-x');
    expect(lx.severity).toBe('info');
    expect(lx.fix).toEqual({
      sheet: '名单',
      cell: 'G4',
      from: x.slice(0, 17) + 'x',
      to: x,
      label: '小写x改为大写X',
    });
  });

  it('20- and 22-character 残疾人证号 are valid lengths; 21 is not', () => {
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '男', HEAD + '43', '户主'),
        member(2, 'H1', '乙', '女', WIFE + '4302', '配偶'),
        member(3, 'H1', '丙', '男', SON + '431', '之子'),
      ]),
    ]);
    expect(hits(f, ...ID)).toEqual(['id.length@名单!G6']);
  });

  it('15-digit old number: warning with the 18-digit form as fix', () => {
    const old = '520102650412003';
    const f = run([sheet('名单', H, [member(1, 'H1', '张一', '男', old, '户主')])]);
    expect(hits(f, ...ID)).toEqual(['id.old-15-digit@名单!G4']);
    const [o] = only(f, 'id.old-15-digit');
    expect(o.severity).toBe('warning');
    expect(o.fix?.to).toBe(convert15to18(old));
    expect(o.fix?.to).toHaveLength(18);
  });

  it('an 18-digit id stored as a number: numeric-precision only', () => {
    const f = run([sheet('名单', H, [member(1, 'H1', '张一', '男', Number(HEAD), '户主')])]);
    expect(hits(f, ...ID)).toEqual(['id.numeric-precision@名单!G4']);
    expect(only(f, 'id.numeric-precision')[0].severity).toBe('error');
  });

  it('missing, wrong length, checksum, region and birth date errors point at the id cell', () => {
    const badCheck = HEAD.slice(0, 17) + (HEAD[17] === '0' ? '1' : '0');
    const region17 = '99010219650412003';
    const date17 = '52010219651332003';
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '男', '', '户主'),
        member(2, 'H1', '乙', '女', WIFE.slice(0, 17), '配偶'),
        member(3, 'H1', '丙', '男', badCheck, '之子'),
        member(4, 'H1', '丁', '男', region17 + checkChar(region17), '之子'),
        member(5, 'H1', '戊', '男', date17 + checkChar(date17), '之子'),
      ]),
    ]);
    expect(hits(f, ...ID)).toEqual([
      'id.birthdate@名单!G8',
      'id.checksum@名单!G6',
      'id.length@名单!G5',
      'id.missing@名单!G4',
      'id.region@名单!G7',
    ]);
  });

  it('性别 against the ID: 男/女, codes 1/2 and 男性/女性; unknown 性别 is not compared', () => {
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '女', HEAD, '户主'),
        member(2, 'H1', '乙', '2', WIFE, '配偶'),
        member(3, 'H1', '丙', '女性', SON, '之子'),
        member(4, 'H1', '丁', '未说明的性别', DAUGHTER, '之女'),
      ]),
    ]);
    // Row 6: 性别 女性 vs a male id → gender-mismatch only (relation-gender is skipped when 性别 and ID disagree).
    expect(hits(f, ...ID)).toEqual(['person.gender-mismatch@名单!E4', 'person.gender-mismatch@名单!E6']);
  });

  it('出生日期 against the ID; an unreadable 出生日期 is left to field.date', () => {
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '男', HEAD, '户主', '1965-04-13'),
        member(2, 'H1', '乙', '女', WIFE, '配偶', '1967年8月'),
        member(3, 'H1', '丙', '男', SON, '之子', '1992/11/03'),
        member(4, 'H1', '丁', '女', DAUGHTER, '之女', '不详'),
      ]),
    ]);
    expect(hits(f, ...ID)).toEqual(['person.birthdate-mismatch@名单!F4']);
    expect(hits(f, 'field.date')).toEqual(['field.date@名单!F7']);
  });

  it('与户主关系 implying a sex: 之子 as 女, 配偶 of the same sex as the 户主', () => {
    const daughterAsSon = makeId('19950505', 5, false);
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '男', HEAD, '户主'),
        member(2, 'H1', '乙', '男', makeId('19670820', 6, true), '配偶'),
        member(3, 'H1', '丙', '女', daughterAsSon, '之子'),
        member(4, 'H1', '丁', '女', DAUGHTER, '之儿媳'),
        member(5, 'H2', '戊', '女', makeId('19700101', 7, false), '户主'),
        member(6, 'H2', '己', '男', makeId('19700202', 8, true), '配偶'),
        member(7, 'H2', '庚', '男', makeId('19900303', 9, true), '之兄弟姐妹'),
      ]),
    ]);
    // A 配偶 of the 户主's sex is household.spouse-same-sex (one finding for the fact, not two).
    expect(hits(f, ...ID)).toEqual(['person.relation-gender@名单!H6']);
    expect(hits(f, 'household.spouse-same-sex')).toEqual(['household.spouse-same-sex@名单!H5']);
    expect(only(f, 'person.relation-gender')[0].severity).toBe('warning');
  });

  it('without a 性别 column the ID decides the sex for 与户主关系', () => {
    const noSex = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系'];
    const f = run([
      sheet('名单', noSex, [
        { 序号: 1, 行政村: '甲村', 户编号: 'H1', 姓名: '甲', 证件号码: HEAD, 与户主关系: '户主' },
        { 序号: 2, 行政村: '甲村', 户编号: 'H1', 姓名: '乙', 证件号码: SON, 与户主关系: '之女' },
      ]),
    ]);
    expect(hits(f, ...ID)).toEqual(['person.relation-gender@名单!F5']);
  });

  it('id.duplicate across two sheets (case-insensitive): every copy flagged, each naming the others', () => {
    const x = makeXId('19800101', true);
    const f = run([
      sheet('甲村', H, [member(1, 'H1', '甲', '男', x, '户主'), member(2, 'H1', '乙', '女', WIFE, '配偶')]),
      sheet('乙村', H, [
        member(1, 'H9', '甲', '男', x.slice(0, 17) + 'x', '户主'),
        member(2, 'H9', '乙', '女', WIFE + '43', '配偶'),
        member(3, 'H9', '丙', '男', x, '之子'),
      ]),
    ]);
    expect(hits(f, 'id.duplicate')).toEqual([
      'id.duplicate@乙村!G4',
      'id.duplicate@乙村!G5',
      'id.duplicate@乙村!G6',
      'id.duplicate@甲村!G4',
      'id.duplicate@甲村!G5',
    ]);
    const copy = only(f, 'id.duplicate').find((d) => d.sheet === '乙村' && d.cell === 'G4');
    expect(copy?.message).toContain('“甲村”表 G4');
    expect(copy?.message).toContain('“乙村”表 G6');
    expect(copy?.severity).toBe('error');
  });

  it('the same id twice on one sheet flags both rows, each pointing at the other', () => {
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '男', HEAD, '户主'),
        member(2, 'H2', '甲', '男', HEAD, '户主'),
      ]),
    ]);
    expect(hits(f, 'id.duplicate')).toEqual(['id.duplicate@名单!G4', 'id.duplicate@名单!G5']);
    expect(only(f, 'id.duplicate')[0].message).toContain('“名单”表 G5');
  });

  it('two-sheet layout: 户主证件号码 on the household sheet gets the id rules but not id.duplicate', () => {
    const x = makeXId('19751212', true);
    const households = sheet(
      '户信息',
      ['户编号', '户主姓名', '户主证件号码', '家庭人口数', '行政村'],
      [
        { 户编号: 'H1', 户主姓名: '甲', 户主证件号码: x.slice(0, 17) + 'x', 家庭人口数: 1, 行政村: '甲村' },
        { 户编号: 'H2', 户主姓名: '乙', 户主证件号码: '', 家庭人口数: 1, 行政村: '甲村' },
      ],
    );
    const persons = sheet('人信息', H, [
      member(1, 'H1', '甲', '男', x, '户主'),
      member(2, 'H2', '乙', '女', WIFE, '户主'),
    ]);
    const f = run([households, persons]);
    expect(hits(f, ...ID)).toEqual(['id.lowercase-x@户信息!C4', 'id.missing@户信息!C5']);
    expect(only(f, 'id.lowercase-x')[0].message).toContain('户主证件号码');
  });

  it('a 合计 row yields no findings but sheet.totals-row', () => {
    const f = run([
      sheet('名单', H, [
        member(1, 'H1', '甲', '男', HEAD, '户主'),
        { 序号: '合计', 行政村: '', 户编号: '', 姓名: '', 性别: '', 证件号码: '', 与户主关系: '' },
      ]),
    ]);
    expect(f.filter((x) => x.row === 5).map((x) => x.rule)).toEqual(['sheet.totals-row']);
  });

  it('a person sheet without an id column gets one sheet.column-missing, not one per row', () => {
    const noId = ['序号', '行政村', '户编号', '姓名', '性别', '与户主关系'];
    const f = run([
      sheet('名单', noId, [
        { 序号: 1, 行政村: '甲村', 户编号: 'H1', 姓名: '甲', 性别: '男', 与户主关系: '户主' },
        { 序号: 2, 行政村: '甲村', 户编号: 'H1', 姓名: '乙', 性别: '女', 与户主关系: '配偶' },
      ]),
    ]);
    expect(hits(f, 'id.')).toEqual([]);
    const missing = only(f, 'sheet.column-missing').filter((m) => m.message.includes('证件号码'));
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('证件号码为空');
  });
});
