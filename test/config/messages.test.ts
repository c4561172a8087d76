// Config problems are Chinese: each names the setting by its Chinese label, shows the value and what is allowed,
// suggests the nearest valid key or rule id, and refuses settings that cannot be meant. zod's English never leaks.
import fc from 'fast-check';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { parseConfig } from '../../src/core/config/schema';
import { SETTINGS } from '../../src/core/config/messages';
import { analyze, ConfigError } from '../../src/core/engine';
import { main } from '../../src/cli/main';
import { FIELD_LABEL, formFromSettings, settingsFromForm } from '../../src/taskpane/model';
import { makeId, sheet, TODAY } from '../rules/helpers';

/** Phrases zod writes in its own English messages. */
const ZOD_ENGLISH = /Invalid|expected|received|Too small|Too big|Unrecognized|must match|option/;

function errorsOf(raw: unknown): string[] {
  const r = parseConfig(raw);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(raw)}`);
  for (const e of r.errors) {
    expect(e).not.toMatch(ZOD_ENGLISH);
    expect(e).toMatch(/[\u4e00-\u9fff]/);
  }
  return r.errors;
}

test('schema errors name the setting in Chinese with the value found and the allowed range', () => {
  const [e] = errorsOf({ helperMaxHouseholds: -1 });
  expect(e).toContain('“帮扶责任人最多户数”（helperMaxHouseholds）');
  expect(e).toContain('现为 -1');
  expect(e).toContain('允许：大于 0 的整数');
  expect(errorsOf({ year: 1999 })[0]).toContain('允许：2010–2100 之间的整数年份');
  expect(errorsOf({ industryShareMin: 120 })[0]).toMatch(/“产业发展资金最低占比（%）”.*不能大于 100.*0–100/);
  expect(errorsOf({ referenceDate: '2024/12/31' })[0]).toContain('“年龄计算基准日”（referenceDate）格式不对');
  expect(errorsOf({ lines: [{ year: 2024, povertyLine: 'x' }] })[0]).toContain(
    '“贫困线、监测线表”第 1 行的“贫困线”（lines[0].povertyLine）应为数字',
  );
  expect(errorsOf({ severity: { 'field.phone': 'fatal' } })[0]).toContain(
    '应为 "error"（错误）、"warning"（警告）或 "info"（提示），现为 "fatal"',
  );
  expect(errorsOf({ incidenceDenominator: 'agripopulation' })[0]).toContain('是否应为“agriPopulation”？');
  expect(errorsOf([])[0]).toContain('设置应为一个 JSON 对象');
});

test('an unknown key gets the nearest valid key with its Chinese label', () => {
  expect(errorsOf({ povertyLien: 4000 })).toEqual([
    '没有设置项“povertyLien”，是否应为“povertyLine”（贫困线（元/人·年））？可用的设置项见 README“设置”一节。',
  ]);
  expect(errorsOf({ HelperMaxHousehold: 3 })[0]).toContain('是否应为“helperMaxHouseholds”');
  expect(errorsOf({ lines: [{ regoin: '贵州', year: 2024, povertyLine: 5000 }] })[0]).toContain(
    '没有设置项“regoin”，是否应为“region”',
  );
  expect(errorsOf({ columnSynonyms: { 身份证号码: ['身份证'] } })[0]).toContain(
    '是否应为“idNumber”（证件号码）',
  );
  expect(errorsOf({ codeLists: { relationToHaed: ['户主'] } })[0]).toContain('是否应为“relationToHead”');
  // Nothing near: no made-up suggestion.
  expect(errorsOf({ zzzzzzzzzz: 1 })[0]).not.toContain('是否应为');
});

test('settings that cannot be meant are refused: reversed ages, impossible dates, unknown rules and regions, lines upside down', () => {
  expect(errorsOf({ compulsoryEducationAges: [15, 6] })[0]).toContain('起始年龄应小于截止年龄');
  expect(errorsOf({ referenceDate: '2024-02-30' })[0]).toContain('“2024-02-30”，不是真实存在的日期');
  expect(errorsOf({ referenceDate: '2023-13-01' })[0]).toContain('不是真实存在的日期');
  expect(errorsOf({ severity: { 'id.checksun': 'warning' } })[0]).toBe(
    '“规则严重程度”中的“id.checksun”（severity.id.checksun）：没有规则“id.checksun”，是否应为“id.checksum”（证件号码校验码错误）？',
  );
  expect(errorsOf({ disabledRules: ['field.phone', 'edu.out-of-scool'] })).toEqual([
    '“停用的规则”第 2 项（disabledRules[1]）：没有规则“edu.out-of-scool”，是否应为“edu.out-of-school”（义务教育适龄未在校）？',
  ]);
  expect(errorsOf({ region: '贵洲' })[0]).toContain('不是已知地区，是否应为“贵州”？');
  expect(errorsOf({ povertyLine: 7000, monitoringLine: 6000 })[0]).toContain('监测线应不低于贫困线');
  expect(
    errorsOf({ lines: [{ region: '贵州', year: 2024, povertyLine: 7000, monitoringLine: 5000 }] })[0],
  ).toContain('贵州2024年贫困线 7000 元高于监测线 5000 元');
  expect(errorsOf({ edgeFactor: 0.8 })[0]).toContain('会使监测线低于贫困线');
  expect(errorsOf({ incomeBands: [6000, 4000, 6000] })[0]).toContain('有重复的金额');
});

test('valid settings still pass: provinces short and full, a region of its own line rows, every rule id', () => {
  for (const raw of [
    {},
    { region: '贵州' },
    { region: '贵州省' },
    {
      region: '黔东南州',
      lines: [{ region: '黔东南州', year: 2024, povertyLine: 4500, monitoringLine: 7000 }],
    },
    { compulsoryEducationAges: [6, 16], referenceDate: '2024-02-29' },
    { severity: { 'field.phone': 'info', 'id.checksum': 'warning' }, disabledRules: ['helper.overload'] },
    { columnSynonyms: { idNumber: ['身份证'] }, codeLists: { relationToHead: ['户主', '配偶'] } },
  ])
    expect(parseConfig(raw)).toMatchObject({ ok: true });
});

test("a 贫困线 set above the table's 监测线 is refused by the engine, naming both", () => {
  const input = [
    sheet(
      '人员台账',
      ['户编号', '姓名', '证件号码', '与户主关系'],
      [{ 户编号: 'H1', 姓名: '甲', 证件号码: makeId('19800101', 1, true), 与户主关系: '户主' }],
    ),
  ];
  let error: unknown;
  try {
    analyze(input, { year: 2021, povertyLine: 7000 }, TODAY);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).problems[0]).toContain('2021年的贫困线 7000 元高于监测线 6000 元');
});

test('property: any config made of known and misspelt keys with odd values gives Chinese problems or a config, never a throw', () => {
  const keys = [...Object.keys(SETTINGS), 'povertyLien', 'yaer', 'Severity', 'disabledRule', '地区'];
  const value = fc.oneof(
    fc.integer({ min: -100000, max: 100000 }),
    fc.double({ noNaN: true }),
    fc.constantFrom('贵州', '2024-02-30', '2024-12-31', 'error', 'fatal', '', '村'),
    fc.array(fc.integer({ min: -5, max: 30 }), { maxLength: 3 }),
    fc.array(fc.constantFrom('field.phone', 'id.checksun', 'x'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('id.checksum', 'idNumber', '一村', 'foo'),
      fc.constantFrom('error', 1, ['a']),
    ),
    fc.boolean(),
    fc.constant(null),
  );
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...keys), value), (raw) => {
      const r = parseConfig(raw);
      if (r.ok) return;
      expect(r.errors.length).toBeGreaterThan(0);
      for (const e of r.errors) {
        expect(e).not.toMatch(ZOD_ENGLISH);
        expect(e).toMatch(/[\u4e00-\u9fff]/);
      }
    }),
    { numRuns: 300 },
  );
});

describe('CLI: a config file not in UTF-8 is named for what it is', () => {
  let dir: string;
  let ledger: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-config-'));
    ledger = path.join(dir, 'ledger.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员台账');
    ws.addRow(['户编号', '姓名', '证件号码', '与户主关系']);
    ws.addRow(['H1', '甲', makeId('19800101', 1, true), '户主']);
    await wb.xlsx.writeFile(ledger);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function run(bytes: Buffer): Promise<{ code: number; err: string }> {
    const cfg = path.join(dir, 'cfg.json');
    await fs.writeFile(cfg, bytes);
    let err = '';
    const io = { out: { write: () => true }, err: { write: (s: string) => ((err += s), true) } };
    return { code: await main(['check', ledger, '--config', cfg, '--quiet'], io), err };
  }

  test('GBK (记事本 ANSI), UTF-16 and stray bytes: exit 2 with a Chinese line; UTF-8 with a BOM is read', async () => {
    // {"region":"贵州"} in GBK: 贵 = B9 F3, 州 = D6 DD.
    const gbk = Buffer.concat([
      Buffer.from('{\n"region":"'),
      Buffer.from([0xb9, 0xf3, 0xd6, 0xdd]),
      Buffer.from('"}'),
    ]);
    const a = await run(gbk);
    expect(a.code).toBe(2);
    expect(a.err).toContain('配置文件是 GBK（GB2312/ANSI）编码，不是 UTF-8（第 2 行起');
    expect(a.err).toContain('另存为');
    const b = await run(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"year":2024}', 'utf16le')]));
    expect(b.code).toBe(2);
    expect(b.err).toContain('UTF-16');
    const c = await run(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xc3, 0x28, 0x7d]));
    expect(c.code).toBe(2);
    expect(c.err).toContain('配置文件不是 UTF-8 编码');
    const d = await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"region":"贵州"}')]));
    expect(d.err).toBe('');
    expect(d.code).toBe(0);
    const e = await run(Buffer.from('{"region":"贵洲"}'));
    expect(e.code).toBe(2);
    expect(e.err).toContain('是否应为“贵州”');
  });
});

test("the pane's 设置 form uses the same labels and messages as the config check", () => {
  const form = { ...formFromSettings({}), year: 'abc', referenceDate: '2024-02-30' };
  const { raw, errors } = settingsFromForm(form, {});
  expect(errors).toEqual(['“收入年度”（year）应为数字，现为“abc”。允许：2010–2100 之间的整数年份。']);
  // What the form passes on is checked by parseConfig, whose message names the form's own label.
  const checked = parseConfig(raw);
  expect(checked.ok).toBe(false);
  expect(!checked.ok && checked.errors[0]).toContain(`“${FIELD_LABEL.referenceDate}”（referenceDate）`);
  for (const [key, label] of Object.entries(FIELD_LABEL)) expect(SETTINGS[key].label).toBe(label);
});

test('a province named short or full finds its own line rows (贵州 ↔ 贵州省)', () => {
  const input = [
    sheet(
      '人员台账',
      ['户编号', '姓名', '证件号码', '与户主关系'],
      [{ 户编号: 'H1', 姓名: '甲', 证件号码: makeId('19800101', 1, true), 与户主关系: '户主' }],
    ),
  ];
  const line = { year: 2024, povertyLine: 4500, monitoringLine: 7000 };
  for (const [region, rowRegion] of [
    ['贵州', '贵州省'],
    ['贵州省', '贵州'],
    ['广西', '广西壮族自治区'],
  ]) {
    const { report } = analyze(input, { year: 2024, region, lines: [{ ...line, region: rowRegion }] }, TODAY);
    expect([report.config.povertyLine, report.config.monitoringLine]).toEqual([4500, 7000]);
    expect(report.config.linesSource).toBe(`${rowRegion}2024年标准`);
  }
});
