// Normalisation: what clerks type, read correctly; property tests that it never throws and is idempotent.
import fc from 'fast-check';
import {
  ageAt,
  normText,
  num,
  parseDate,
  parseFlag,
  parseNumber,
  roundHalfAway,
  serialToYMD,
  toFen,
  ymdToSerial,
} from '../../src/core/grid/normalise';

const cellArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(
    '',
    ' ',
    '#N/A',
    '３,２００.５０元',
    '１２.５万',
    '约3000',
    '2021年3月5日',
    "'520102",
    '\u3000',
  ),
);

test('normalisers never throw on any cell value', () => {
  fc.assert(
    fc.property(cellArb, (v) => {
      normText(v);
      parseNumber(v);
      parseDate(v);
      parseFlag(v);
    }),
    { numRuns: 3000 },
  );
});

test('normText is idempotent', () => {
  fc.assert(
    fc.property(cellArb, (v) => normText(normText(v)) === normText(v)),
    { numRuns: 3000 },
  );
});

test('a number printed as text, with or without separators, full-width, parses back to the same value', () => {
  fc.assert(
    fc.property(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), (fen) => {
      const x = fen / 100;
      const grouped = x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const fullWidth = grouped.replace(/[0-9.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      return (
        parseNumber(grouped).value === x &&
        parseNumber(fullWidth).value === x &&
        parseNumber(x).kind === 'number'
      );
    }),
  );
});

test('a printable-ASCII text (an ID, a phone) is its own normal form, as the general path finds', () => {
  // Surrounding spaces send the same text through the general path (trim, whitespace, half-width).
  fc.assert(
    fc.property(fc.stringMatching(/^[!-~]{1,30}$/), (s) => normText(s) === s && normText(` ${s} `) === s),
    { numRuns: 2000 },
  );
});

test('a plain decimal text (the fast path national exports take) reads as the general path reads it', () => {
  // A leading space sends the same text through the general path (trim, half-width, units, grouping).
  const decimal = fc
    .tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{0,8}$/)))
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);
  fc.assert(
    fc.property(decimal, (s) => {
      expect(parseNumber(s)).toStrictEqual(parseNumber(` ${s}`));
      expect(parseNumber(s)).toStrictEqual({ kind: 'text-number', value: Number(s), unit: undefined });
    }),
    { numRuns: 2000 },
  );
  for (const s of ['-', '.', '1.2.3', '.5', '1e3', '+1', '1-', '١٢'])
    expect(parseNumber(s)).toStrictEqual(parseNumber(` ${s}`));
});

test('num (read per household without a result object) is parseNumber’s value on any cell', () => {
  fc.assert(
    fc.property(
      fc.oneof(cellArb, fc.stringMatching(/^-?\d{0,12}(\.\d{0,6})?$/), fc.constantFrom(undefined, null, '')),
      (v) => Object.is(num(v), parseNumber(v).value),
    ),
    { numRuns: 3000 },
  );
  for (const v of [Infinity, -Infinity, NaN, -0, ' 12', '12 ', '1,200', '12元', '#N/A'])
    expect(Object.is(num(v), parseNumber(v).value)).toBe(true);
});

test.each([
  ['3,200.50', 'text-number', 3200.5, undefined],
  ['125,000元', 'text-number', 125000, '元'],
  ['12.5万', 'text-number', 12.5, '万元'],
  ['94.8%', 'text-number', 94.8, '%'],
  ['约3000', 'invalid', null, undefined],
  ['3千', 'invalid', null, undefined],
  ['1,23', 'invalid', null, undefined],
  ['#DIV/0!', 'error', null, undefined],
  ['', 'empty', null, undefined],
])('parseNumber(%p)', (input, kind, value, unit) => {
  const p = parseNumber(input);
  expect(p.kind).toBe(kind);
  expect(p.value).toBe(value);
  expect(p.unit).toBe(unit);
});

test.each([
  ['1987-03-05', { y: 1987, m: 3, d: 5 }, 'day'],
  ['1987.03.05', { y: 1987, m: 3, d: 5 }, 'day'],
  ['1987/3/5', { y: 1987, m: 3, d: 5 }, 'day'],
  ['1987年3月5日', { y: 1987, m: 3, d: 5 }, 'day'],
  ['２０２１年３月', { y: 2021, m: 3, d: 1 }, 'month'],
  [19870305, { y: 1987, m: 3, d: 5 }, 'day'],
  [31841, { y: 1987, m: 3, d: 5 }, 'day'],
])('parseDate(%p)', (input, date, precision) => {
  const p = parseDate(input);
  expect(p.date).toEqual(date);
  expect(p.precision).toBe(precision);
});

test('invalid dates are invalid, not shifted', () => {
  expect(parseDate('2021-02-29').kind).toBe('invalid');
  expect(parseDate('2020-02-29').date).toEqual({ y: 2020, m: 2, d: 29 });
  expect(parseDate('明年').kind).toBe('invalid');
});

test('Excel serials round-trip, including around the 1900 leap-year quirk', () => {
  expect(serialToYMD(59)).toEqual({ y: 1900, m: 2, d: 28 });
  expect(serialToYMD(61)).toEqual({ y: 1900, m: 3, d: 1 });
  fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => ymdToSerial(serialToYMD(s)!) === s));
});

test('age in full years at the reference date', () => {
  expect(ageAt({ y: 2018, m: 12, d: 31 }, { y: 2024, m: 12, d: 31 })).toBe(6);
  expect(ageAt({ y: 2019, m: 1, d: 1 }, { y: 2024, m: 12, d: 31 })).toBe(5);
});

test('rounding is half away from zero like Excel ROUND, and 分 sums are exact', () => {
  expect(roundHalfAway(1.005, 2)).toBe(1.01);
  expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
  expect(roundHalfAway(3333.335, 2)).toBe(3333.34);
  expect(toFen(0.1) + toFen(0.2)).toBe(toFen(0.3));
});

test('是/否 flags in the spellings exports use', () => {
  expect(['是', '有', '参加', 1, true].map(parseFlag)).toEqual([true, true, true, true, true]);
  expect(['否', '无', '没参加', 0, false].map(parseFlag)).toEqual([false, false, false, false, false]);
  expect(['', '不详'].map(parseFlag)).toEqual([null, null]);
});
