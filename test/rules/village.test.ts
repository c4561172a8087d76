import { hits, only, run, sheet } from './helpers';

// Ledger: A 序号, B 行政村, C 户编号, D 姓名, E 与户主关系, F 人数, G 户类型. Village sheet: A 序号, B 行政村, C 总户数,
// D 总人口, E 农业户籍人口, F 脱贫户户数, G 脱贫人口数.
const L = ['序号', '行政村', '户编号', '姓名', '与户主关系', '人数', '户类型'];
const V = ['序号', '行政村', '总户数', '总人口', '农业户籍人口', '脱贫户户数', '脱贫人口数'];
const VR = ['village.'];

let seq = 0;
let hid = 0;
/** A household of `size` rows in `village`. */
function hh(village: string, size: number, type = '脱贫户') {
  hid++;
  return Array.from({ length: size }, (_, i) => {
    seq++;
    return {
      序号: seq,
      行政村: village,
      户编号: `H${hid}`,
      姓名: `成员${seq}`,
      与户主关系: i ? '之子' : '户主',
      人数: size,
      户类型: type,
    };
  });
}
const vrow = (
  name: string,
  agri: number | string,
  exitedH: number | string = '',
  exitedP: number | string = '',
) => ({
  序号: 1,
  行政村: name,
  总户数: 100,
  总人口: 400,
  农业户籍人口: agri,
  脱贫户户数: exitedH,
  脱贫人口数: exitedP,
});

beforeEach(() => {
  seq = 0;
  hid = 0;
});

describe('village.population-missing', () => {
  it('fires for a village without population (empty cell or no row), not when the sheet or config has it', () => {
    const ledger = sheet('台账', L, [
      ...hh('甲村', 2), // rows 4–5
      ...hh('乙村', 2), // rows 6–7
      ...hh('丙村', 2), // rows 8–9: not on the village sheet
      ...hh('丁村', 1), // row 10: not on the sheet, population in config
    ]);
    const villages = sheet('行政村基本情况', V, [
      vrow('甲村委会', 500), // row 4: name differs by 村委会 only
      vrow('乙村', ''), // row 5: denominator empty
      vrow('戊村', ''), // row 6: no households in the ledger → not reported
    ]);
    const f = run([ledger, villages], { villagePopulation: { 丁村: 300 } });
    expect(hits(f, 'village.population-missing')).toEqual([
      'village.population-missing@台账!B8',
      'village.population-missing@行政村基本情况!E5',
    ]);
    expect(only(f, 'village.population-missing').find((x) => x.sheet === '台账')!.message).toContain(
      '丙村有台账户，但行政村基本情况表中没有这个村',
    );
  });

  it('uses config.incidenceDenominator', () => {
    const ledger = sheet('台账', L, hh('甲村', 2));
    const villages = sheet('行政村基本情况', V, [vrow('甲村', '')]); // 总人口 400 filled, 农业户籍人口 empty
    expect(hits(run([ledger, villages]), 'village.population-missing')).toEqual([
      'village.population-missing@行政村基本情况!E4',
    ]);
    expect(
      hits(
        run([ledger, villages], { incidenceDenominator: 'totalPopulation' }),
        'village.population-missing',
      ),
    ).toEqual([]);
  });

  it('without any village sheet, reports each village once at its first ledger row', () => {
    const f = run([sheet('台账', L, [...hh('甲村', 2), ...hh('甲村', 1), ...hh('乙村', 1)])]);
    expect(hits(f, ...VR)).toEqual([
      'village.population-missing@台账!B4',
      'village.population-missing@台账!B7',
    ]);
  });
});

describe('village.count-mismatch', () => {
  it('fires where the sheet’s 脱贫户户数/人数 differ from the ledger, not where they agree', () => {
    const ledger = sheet('台账', L, [
      ...hh('甲村', 3),
      ...hh('甲村', 2),
      ...hh('甲村', 2, '监测户'), // not a 脱贫户
      ...hh('乙村', 4),
    ]);
    const villages = sheet('行政村基本情况', V, [
      vrow('甲村', 500, 2, 5), // agrees: 2 households, 5 persons
      vrow('乙', 500, 1, 6), // row 5: 乙 = 乙村; persons 6 ≠ 4
    ]);
    const f = run([ledger, villages]);
    expect(hits(f, ...VR)).toEqual(['village.count-mismatch@行政村基本情况!G5']);
    expect(only(f, 'village.count-mismatch')[0].message).toBe(
      '乙的脱贫人口数填写为6，但台账中该村脱贫人口数为4（按成员记录计）。请核对行政村基本情况表与台账，更新其中有误的一方。',
    );
  });
});
