import fc from 'fast-check';
import {
  analyseIdNumber,
  checkChar,
  convert15to18,
  maskId,
  maskPhone,
  PROVINCE_CODES,
  type IdAnalysis,
} from '../../src/core/id/gb11643';

const REF = { y: 2024, m: 12, d: 31 };
const make = (first17: string): string => first17 + checkChar(first17);
const rules = (a: IdAnalysis): string[] => a.issues.map((i) => i.rule).sort();

// Synthetic numbers built with checkChar (no real person).
const MALE = make('52272919850307001'); // 17th digit 1 → 男
const FEMALE = make('41152220100228012'); // 17th digit 2 → 女
const LEAP = make('43052420000229003'); // 2000 is a leap year

describe('checkChar / convert15to18', () => {
  it('reproduces the GB 11643 worked example 11010519491231002X', () => {
    expect(checkChar('11010519491231002')).toBe('X');
  });
  it('computes digit check characters', () => {
    // The standard's 1880 example 440524188001010014, recomputed by hand from the weights.
    const digits = '44052418800101001';
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...digits].reduce((s, c, i) => s + Number(c) * w[i], 0);
    expect(checkChar(digits)).toBe('10X98765432'[sum % 11]);
    expect(checkChar(digits)).toBe('4');
  });
  it('rejects input that is not 17 digits', () => {
    expect(() => checkChar('1234')).toThrow(RangeError);
    expect(() => checkChar('1101051949123100X')).toThrow(RangeError);
  });
  it('converts 15 → 18 by inserting 19 and appending the check char', () => {
    expect(convert15to18('110105491231002')).toBe('11010519491231002X');
    expect(() => convert15to18('11010549123100')).toThrow(RangeError);
  });
  it('lists exactly the 34 province codes', () => {
    expect(PROVINCE_CODES.size).toBe(34);
    for (const c of [
      '11',
      '15',
      '21',
      '23',
      '31',
      '37',
      '41',
      '46',
      '50',
      '54',
      '61',
      '65',
      '71',
      '81',
      '82',
    ]) {
      expect(PROVINCE_CODES.has(c)).toBe(true);
    }
    for (const c of [
      '10',
      '16',
      '20',
      '24',
      '30',
      '38',
      '40',
      '47',
      '55',
      '60',
      '66',
      '70',
      '80',
      '83',
      '99',
    ]) {
      expect(PROVINCE_CODES.has(c)).toBe(false);
    }
  });
});

describe('analyseIdNumber', () => {
  it('accepts valid 18-digit ids with no issues and reads birth and gender', () => {
    const m = analyseIdNumber(MALE, REF);
    expect(m.issues).toEqual([]);
    expect(m.key18).toBe(MALE);
    expect(m.birth).toEqual({ y: 1985, m: 3, d: 7 });
    expect(m.gender).toBe('男');
    const f = analyseIdNumber(FEMALE, REF);
    expect(f.issues).toEqual([]);
    expect(f.gender).toBe('女');
    expect(analyseIdNumber(LEAP, REF).issues).toEqual([]);
    expect(analyseIdNumber('11010519491231002X', REF).issues).toEqual([]);
  });

  it('id.missing for empty and blank cells', () => {
    expect(rules(analyseIdNumber('', REF))).toEqual(['id.missing']);
    expect(rules(analyseIdNumber('  \u3000', REF))).toEqual(['id.missing']);
  });

  it('id.length for 17 and 19 characters, not for 20 and 22 (残疾人证号)', () => {
    expect(rules(analyseIdNumber(MALE.slice(0, 17), REF))).toEqual(['id.length']);
    expect(rules(analyseIdNumber(MALE + '1', REF))).toEqual(['id.length']);
    const d20 = analyseIdNumber(MALE + '11', REF);
    expect(d20.issues).toEqual([]);
    expect(d20.key18).toBe(MALE);
    const d22 = analyseIdNumber(MALE + '11B1', REF);
    expect(d22.issues).toEqual([]);
    expect(d22.gender).toBe('男');
    const msg = analyseIdNumber(MALE.slice(0, 17), REF).issues[0].message;
    expect(msg).toContain(MALE.slice(0, 17));
    expect(msg).toContain('17位');
    expect(msg).toContain('18位');
  });

  it('checks the first 18 of a 20-character number', () => {
    const bad = MALE.slice(0, 17) + (MALE[17] === '0' ? '1' : '0') + '11';
    expect(rules(analyseIdNumber(bad, REF))).toEqual(['id.checksum']);
  });

  it('id.numeric-precision for an 18-digit id that arrived as a number; not for text of the same digits', () => {
    const noX = make('36073219900101011');
    const n = Number(noX);
    const a = analyseIdNumber(n, REF);
    expect(rules(a)).toEqual(['id.numeric-precision']);
    expect(a.key18).toBeUndefined();
    expect(a.text).toHaveLength(18);
    expect(a.text.slice(0, 15)).toBe(noX.slice(0, 15)); // Excel keeps 15 significant digits
    expect(a.birth).toBeUndefined();
    expect(a.gender).toBeUndefined();
    expect(analyseIdNumber(noX, REF).issues).toEqual([]);
  });

  it('a 15-digit number stored as a number is exact: only id.old-15-digit', () => {
    expect(rules(analyseIdNumber(110105491231002, REF))).toEqual(['id.old-15-digit']);
  });

  it('id.checksum names the expected check character', () => {
    const wrong = MALE.slice(0, 17) + (MALE[17] === '7' ? '8' : '7');
    const a = analyseIdNumber(wrong, REF);
    expect(rules(a)).toEqual(['id.checksum']);
    expect(a.issues[0].message).toContain(`应为${MALE[17]}`);
    expect(a.issues[0].message).toContain(wrong);
    expect(a.issues[0].fix).toBeUndefined();
    expect(a.key18).toBe(wrong);
  });

  it('id.checksum for a letter inside the first 17 characters', () => {
    expect(rules(analyseIdNumber('5227291985030X0011', REF))).toContain('id.checksum');
  });

  it('id.birthdate: not a real date, in the future, before 1900; close cases pass', () => {
    expect(rules(analyseIdNumber(make('52272919850230001'), REF))).toEqual(['id.birthdate']); // 2月30日
    expect(rules(analyseIdNumber(make('52272919001301001'), REF))).toEqual(['id.birthdate']); // 13月
    expect(rules(analyseIdNumber(make('52272919000229001'), REF))).toEqual(['id.birthdate']); // 1900 not leap
    expect(rules(analyseIdNumber(make('52272920250101001'), REF))).toEqual(['id.birthdate']); // future
    expect(rules(analyseIdNumber(make('52272918991231001'), REF))).toEqual(['id.birthdate']); // before 1900
    expect(analyseIdNumber(make('52272920241231001'), REF).issues).toEqual([]); // on the reference date
    expect(analyseIdNumber(make('52272919000101001'), REF).issues).toEqual([]); // 1900-01-01
    const future = analyseIdNumber(make('52272920250101001'), REF);
    expect(future.birth).toBeUndefined();
    expect(future.issues[0].message).toContain('2025年1月1日');
    // The standard's 1880 example is well-formed but fails the 1900 bound.
    expect(rules(analyseIdNumber('440524188001010014', REF))).toEqual(['id.birthdate']);
  });

  it('id.region for a non-province prefix; neighbours that are provinces pass', () => {
    const a = analyseIdNumber(make('99072919850307001'), REF);
    expect(rules(a)).toEqual(['id.region']);
    expect(a.issues[0].message).toContain('“99”');
    expect(rules(analyseIdNumber(make('10072919850307001'), REF))).toEqual(['id.region']);
    expect(rules(analyseIdNumber(make('66072919850307001'), REF))).toEqual(['id.region']);
    expect(analyseIdNumber(make('11072919850307001'), REF).issues).toEqual([]);
    expect(analyseIdNumber(make('65072919850307001'), REF).issues).toEqual([]);
  });

  it('lowercase x with a correct check yields only id.lowercase-x, fix upper-cases it', () => {
    const a = analyseIdNumber('11010519491231002x', REF);
    expect(rules(a)).toEqual(['id.lowercase-x']);
    expect(a.issues[0].fix).toBe('11010519491231002X');
    expect(a.key18).toBe('11010519491231002X');
    // lowercase x where the check should be a digit is a checksum error, not a case problem
    expect(rules(analyseIdNumber(MALE.slice(0, 17) + 'x', REF))).toEqual(['id.checksum']);
  });

  it('id.old-15-digit with the 18-digit form as fix, birth and gender from the 15 digits', () => {
    const a = analyseIdNumber('110105491231002', REF);
    expect(rules(a)).toEqual(['id.old-15-digit']);
    expect(a.issues[0].fix).toBe('11010519491231002X');
    expect(a.key18).toBe('11010519491231002X');
    expect(a.birth).toEqual({ y: 1949, m: 12, d: 31 });
    expect(a.gender).toBe('女'); // 15th digit 2
    const bad = analyseIdNumber('110105491331002', REF);
    expect(rules(bad)).toEqual(['id.birthdate', 'id.old-15-digit']);
    expect(bad.issues.find((i) => i.rule === 'id.old-15-digit')?.fix).toBeUndefined();
  });

  it('reads through apostrophes, spaces, ="…" and full-width characters, and reports them with the clean number as fix', () => {
    const fw = MALE.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const cases: Array<[string, string]> = [
      [`'${MALE}`, '开头的撇号'],
      [` ${MALE} `, '首尾空格'],
      [`="${MALE}"`, '="…"包装'],
      [fw, '全角数字或字母'],
      [MALE.slice(0, 6) + ' ' + MALE.slice(6), '中间的空格'],
      [MALE + '\u00a0', '不间断空格'],
      [MALE.slice(0, 9) + '\u200b' + MALE.slice(9), '不可见的零宽字符'],
    ];
    for (const [v, what] of cases) {
      const a = analyseIdNumber(v, REF);
      expect(a.text).toBe(MALE);
      expect(a.key18).toBe(MALE);
      expect(a.gender).toBe('男');
      expect(rules(a)).toEqual(['id.stray-characters']);
      expect(a.issues[0].message).toContain(what);
      expect(a.issues[0].fix).toBe(MALE);
    }
    const fx = analyseIdNumber('11010519491231002Ｘ', REF);
    expect(rules(fx)).toEqual(['id.stray-characters']);
    expect(fx.issues[0].fix).toBe('11010519491231002X');
    // With a lowercase x as well, the one fix writes the clean upper-case number.
    const both = analyseIdNumber(' 11010519491231002x', REF);
    expect(both.issues.map((i) => i.rule)).toEqual(['id.stray-characters', 'id.lowercase-x']);
    expect(both.issues[0].fix).toBe('11010519491231002X');
    // A clean cell reports nothing.
    expect(analyseIdNumber(MALE, REF).issues).toEqual([]);
  });

  it('writes messages in Chinese with the value found', () => {
    for (const v of ['', '123', make('99072919850307001'), '110105491231002']) {
      for (const i of analyseIdNumber(v, REF).issues) {
        expect(i.message).toMatch(/[\u4e00-\u9fff]/);
        if (v !== '') expect(i.message).toContain(v);
      }
    }
  });
});

describe('masking', () => {
  it('keeps first 6 and last 4 of ids', () => {
    expect(maskId('11010519491231002X')).toBe('110105********002X');
    expect(maskId('110105491231002')).toBe('110105*****1002');
    expect(maskId(MALE + '11')).toBe(MALE.slice(0, 6) + '*'.repeat(10) + (MALE + '11').slice(-4));
    expect(maskId(MALE + '11').match(/\*/g)).toHaveLength(10);
    expect(maskId(MALE + '11B1').match(/\*/g)).toHaveLength(12);
    expect(maskId(MALE + '11B1').endsWith('11B1')).toBe(true);
  });
  it('masks phones as XXX****XXXX', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

// Property tests: arbitrary valid synthetic ids.
const provinces = [...PROVINCE_CODES];
const validId = fc
  .record({
    p: fc.constantFrom(...provinces),
    rest: fc.integer({ min: 0, max: 9999 }),
    day: fc.integer({ min: 0, max: 45_000 }), // days after 1900-01-01, ≤ 2023
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ p, rest, day, seq }) => {
    const dt = new Date(Date.UTC(1900, 0, 1) + day * 86_400_000);
    const ymd = `${dt.getUTCFullYear()}${String(dt.getUTCMonth() + 1).padStart(2, '0')}${String(dt.getUTCDate()).padStart(2, '0')}`;
    return make(p + String(rest).padStart(4, '0') + ymd + String(seq).padStart(3, '0'));
  });

describe('properties', () => {
  it('every generated valid id passes with no issues', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const a = analyseIdNumber(id, REF);
        return a.issues.length === 0 && a.key18 === id && a.gender !== undefined && a.birth !== undefined;
      }),
      { numRuns: 2000 },
    );
  });

  it('every single-character substitution is caught by id.checksum', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...'0123456789X'),
        (id, pos, ch) => {
          fc.pre(id[pos].toUpperCase() !== ch);
          const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
          return rules(analyseIdNumber(changed, REF)).includes('id.checksum');
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('every adjacent transposition of two different characters is caught by id.checksum', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        return rules(analyseIdNumber(swapped, REF)).includes('id.checksum');
      }),
      { numRuns: 5000 },
    );
  });

  it('exhaustively: all substitutions and transpositions of a few ids', () => {
    for (const id of [MALE, FEMALE, '11010519491231002X']) {
      for (let pos = 0; pos < 18; pos++) {
        for (const ch of '0123456789X') {
          if (ch === id[pos]) continue;
          const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
          expect(rules(analyseIdNumber(changed, REF))).toContain('id.checksum');
        }
        if (pos < 17 && id[pos] !== id[pos + 1]) {
          const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
          expect(rules(analyseIdNumber(swapped, REF))).toContain('id.checksum');
        }
      }
    }
  });
});
