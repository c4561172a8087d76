// Synthetic exports of 全国防止返贫监测信息系统 as a clerk downloads them (ledgers-national.md): five workbooks —
// （自定义）监测对象信息, （乡村建设）户信息, （务工月监测）已外出务工信息, 计划外出务工信息, （自定义）行政村信息 — each
// with two title rows, the header on row 3, every cell text (amounts "1200.00", 性别 1/2, 出生日期 YYYYMMDD,
// 识别监测时间 YYYYMM, 开始时间 YYYY年MM月, comma-joined measure cells, 残疾人证号 of 20/22 characters), written with
// inline strings and no shared-strings part, as the system's streaming writer does. Deterministic per seed; the
// households come from the ledger model (model.ts), so incomes are consistent. Test-only code, synthetic data.
import { promises as fs } from 'fs';
import path from 'path';
import { villageColumns } from './nationalVillage';
import type { SheetInput } from '../../src/core/types';
import { ZipWriter } from '../../src/hosts/xlsx/zip';
import { xmlEscape } from '../../src/hosts/xlsx/ooxml';
import { injectWork, WORK_INJECTIONS, type WorkInjectContext, type WorkInjection } from './nationalWork';
import { Rng } from './prng';
import {
  buildModel,
  perCapita,
  transferSum,
  type Household,
  type Model,
  type Person,
  type YMD,
} from './model';
import { buildFacts, isStudent, NONE, type NatFacts, type NatPerson, type Spell } from './nationalFacts';
import { personColumns, personSheet, yuan, type Column } from './nationalColumns';
import { planV2, type V2Step } from './nationalV2';

export type ExportName = 'person' | 'householdBuild' | 'work' | 'workPlan' | 'village';

export interface ExportFile {
  export: ExportName;
  /** File name as downloaded (with the _YYYYMMDD suffix where the system adds one). */
  fileName: string;
  sheetName: string;
  /** Every cell text; '' = empty. Row 0–1 titles, row 2 header, data from row 3. */
  rows: string[][];
  /** Title merges (0-based, inclusive). */
  merges: Array<{ r1: number; c1: number; r2: number; c2: number }>;
}

/** An injected error and where the engine must report it. */
export interface NationalExpectation {
  rule: string;
  /** The export's sheet name. */
  sheet: string;
  fileName: string;
  /** A1 address. */
  cell: string;
  /** A finding the injection makes inevitable besides its own. */
  secondary?: boolean;
  /** Allowed but not required (a rule whose yielding is being settled). */
  optional?: boolean;
}

/** Errors that can be injected, one household or row each. */
export type NationalInjection =
  | 'id.checksum'
  | 'person.gender-mismatch'
  | 'field.date'
  | 'field.code'
  | 'income.subitem-exceeds-component'
  | 'income.per-capita-mismatch'
  | 'id.disability-suffix-invalid'
  | 'household.size-mismatch'
  | 'id.duplicate'
  | 'work.person-not-in-ledger'
  | WorkInjection;

/** Injections of the first national round (cell edits after rendering); the v2 ones are in nationalV2.ts. */
export const NATIONAL_INJECTIONS: readonly NationalInjection[] = [
  'id.checksum',
  'person.gender-mismatch',
  'field.date',
  'field.code',
  'income.subitem-exceeds-component',
  'income.per-capita-mismatch',
  'id.disability-suffix-invalid',
  'household.size-mismatch',
  'id.duplicate',
  'work.person-not-in-ledger',
  ...WORK_INJECTIONS,
];
const OLD_INJECTIONS: ReadonlySet<string> = new Set(NATIONAL_INJECTIONS);

export interface NationalOptions {
  seed: number;
  /** Approximate persons in the main export. Default 300. */
  persons?: number;
  /** Income year. Default 2023. */
  year?: number;
  /** Export date (title rows and file names). Default 2023-12-18. */
  exportDate?: YMD;
  /** Rule ids to inject (NATIONAL_INJECTIONS and V2_INJECTIONS); an id listed n times is injected n times. */
  inject?: readonly string[];
  /** Share of monitored households (model). Default 0.2. */
  monitoredShare?: number;
}

export interface NationalExport {
  files: ExportFile[];
  expected: NationalExpectation[];
  model: Model;
  /** The v2 facts the exports were rendered from. */
  facts: NatFacts;
  year: number;
  exportDate: YMD;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymd8 = (d: YMD): string => `${d.y}${pad2(d.m)}${pad2(d.d)}`;
const flag = (b: boolean): string => (b ? '是' : '否');

function colLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const TYPE_LABEL = (h: Household): string => (h.type === '脱贫户' ? '脱贫户' : '普通农户');

function titleRows(title: string, exportDate: YMD, width: number): string[][] {
  const t1 = [title, ...new Array<string>(width - 1).fill('')];
  const t2 = [
    `导出时间：${exportDate.y}-${pad2(exportDate.m)}-${pad2(exportDate.d)} 10:32:05`,
    ...new Array<string>(width - 1).fill(''),
  ];
  return [t1, t2];
}

function table<T>(
  title: string,
  exportDate: YMD,
  cols: Array<Column<T>>,
  items: T[],
): { rows: string[][]; merges: ExportFile['merges'] } {
  const rows = [
    ...titleRows(title, exportDate, cols.length),
    cols.map((c) => c.header),
    ...items.map((x) => cols.map((c) => c.value(x))),
  ];
  return { rows, merges: [{ r1: 0, c1: 0, r2: 0, c2: cols.length - 1 }] };
}

/** The five exports of one county for about `persons` people, with the injected errors listed in `expected`. */
export function generateNationalExport(o: NationalOptions): NationalExport {
  const year = o.year ?? 2023;
  const exportDate = o.exportDate ?? { y: 2023, m: 12, d: 18 };
  const model = buildModel({
    seed: o.seed,
    persons: o.persons ?? 300,
    year,
    referenceDate: { y: year, m: 12, d: 31 },
    monitoredShare: o.monitoredShare ?? 0.2,
  });
  const rng = new Rng(o.seed * 7919 + 17);
  const county = model.county[1];
  const suffix = `_${ymd8(exportDate)}`;
  const facts = buildFacts(model, exportDate, rng.fork(1));
  const persons = facts.persons;
  // v2 injections that change facts run before rendering; the ones that change cells, after.
  const steps = planV2(
    (o.inject ?? []).filter((r) => !OLD_INJECTIONS.has(r)),
    facts,
    rng.fork(2),
  );
  const head = (h: Household): Person => h.persons.find((p) => p.relation === '户主') ?? h.persons[0];
  const byPerson = new Map(persons.map((np) => [np.p, np]));
  const x = (p: Person): NatPerson => byPerson.get(p)!;

  // ---- （自定义）监测对象信息: one row per person, household fields repeated ----
  const main = table(personSheet, exportDate, personColumns(facts), persons);
  // ---- （乡村建设）户信息: one row per household (head's 证件号码) ----
  const buildCols: Array<Column<Household>> = [
    { header: '县(市、区、旗)', value: () => county },
    { header: '乡(镇)', value: (h) => h.village.township },
    { header: '行政村', value: (h) => h.village.name },
    { header: '户编号', value: (h) => h.id },
    { header: '证件号码', value: (h) => x(head(h)).idText },
    { header: '户类型', value: (h) => TYPE_LABEL(h) },
    { header: '卫生厕所是否能正常使用', value: (h) => flag(h.seq % 5 !== 0) },
  ];
  const buildSheet = '（乡村建设）户信息';
  const build = table(buildSheet, exportDate, buildCols, model.households);

  // ---- （务工月监测）已外出务工信息: one row per work spell ----
  const spells = facts.spells;
  const ymCn = (d: YMD, short: boolean): string => `${d.y}年${short ? d.m : pad2(d.m)}月`;
  const workCols: Array<Column<Spell>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (s) => s.np.p.hh.village.township },
    { header: '行政村', value: (s) => s.np.p.hh.village.name },
    { header: '户编号', value: (s) => s.np.p.hh.id },
    { header: '人编号', value: (s) => s.np.personId },
    { header: '姓名', value: (s) => s.np.p.name },
    { header: '证件号码', value: (s) => s.np.idText },
    { header: '户类型', value: (s) => TYPE_LABEL(s.np.p.hh) },
    { header: '监测对象类别', value: (s) => s.np.p.hh.category },
    { header: '开始时间', value: (s) => ymCn(s.start, s.start.m % 2 === 0) },
    { header: '结束时间', value: (s) => (s.end ? ymCn(s.end, false) : '') },
    { header: '是否已务工', value: (s) => flag(s.end === undefined) },
    { header: '务工所在县', value: (s) => s.county },
    { header: '就业渠道', value: (s) => s.channel },
    { header: '务工月收入', value: (s) => `${3000 + (s.np.p.age % 7) * 250}.00` },
    { header: '务工企业名称', value: () => '某某制造有限公司' },
    { header: '所属行业', value: () => '制造业' },
    { header: '是否点对点输送', value: () => '否' },
    { header: '年度交通费补助', value: (s) => (s.county === county ? '0.00' : '500.00') },
  ];
  const workSheet = '（务工月监测）已外出务工信息';
  const work = table(workSheet, exportDate, workCols, spells);

  // ---- 计划外出务工信息: persons of working age who plan to work ----
  const planners = persons
    .filter(
      (np) =>
        np.p.age >= 16 &&
        np.p.age < 60 &&
        np.spells.length === 0 &&
        !isStudent(np) &&
        !NONE.includes(np.labour),
    )
    .map((np) => np.p);
  const planCols: Array<Column<Person>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (p) => p.hh.village.township },
    { header: '行政村', value: (p) => p.hh.village.name },
    { header: '户编号', value: (p) => p.hh.id },
    { header: '人编号', value: (p) => x(p).personId },
    { header: '证件号码', value: (p) => x(p).idText },
    { header: '户类型', value: (p) => TYPE_LABEL(p.hh) },
    { header: '劳动技能', value: (p) => x(p).labour },
    { header: '是否计划务工', value: () => '是' },
    { header: '是否计划外出务工', value: (p) => flag(p.age < 45) },
    { header: '就业服务需求', value: () => '岗位信息' },
    { header: '计划务工所在县', value: (p) => (p.age < 45 ? '广东省东莞市' : county) },
  ];
  const planSheet = '计划外出务工信息';
  const plan = table(planSheet, exportDate, planCols, planners);

  // ---- （自定义）行政村信息: village-wide figures ----
  const villageCols: Array<Column<Model['villages'][number]>> = villageColumns(county);
  const villageSheet = '（自定义）行政村信息';
  const village = table(villageSheet, exportDate, villageCols, model.villages);

  const files: ExportFile[] = [
    { export: 'person', fileName: `${personSheet} (22).xlsx`, sheetName: personSheet, ...main },
    { export: 'householdBuild', fileName: `${buildSheet}${suffix}.xlsx`, sheetName: buildSheet, ...build },
    { export: 'work', fileName: `${workSheet}${suffix}.xlsx`, sheetName: workSheet, ...work },
    { export: 'workPlan', fileName: `${planSheet}${suffix}.xlsx`, sheetName: planSheet, ...plan },
    { export: 'village', fileName: `${villageSheet}.xlsx`, sheetName: villageSheet, ...village },
  ];
  const used = new Set(steps.flatMap((step) => step.households));
  const expected = [
    ...inject(
      (o.inject ?? []).filter((r) => OLD_INJECTIONS.has(r)) as NationalInjection[],
      files,
      persons.map((np) => np.p),
      spells.map((s) => s.np.p),
      used,
      rng,
      {
        spells: spells.map((s) => ({
          p: s.np.p,
          start: s.start,
          end: s.end,
          county: s.county,
          channel: s.channel,
        })),
        planners,
        planRow: (p) => planCols.map((c) => c.value(p)),
        facts: (p) => x(p),
        county,
        riskOpen: (h) => x(h.persons[0]).nh.open,
      },
    ),
    ...applyV2(steps, files[0]),
  ];
  return { files, expected, model, facts, year, exportDate };
}

/** Applies the injections to the rendered rows; every one changes a different household. */
function inject(
  which: readonly NationalInjection[],
  files: ExportFile[],
  persons: Person[],
  workers: Person[],
  used: Set<Household>,
  rng: Rng,
  workExp: Pick<WorkInjectContext, 'spells' | 'planners' | 'planRow' | 'facts' | 'county' | 'riskOpen'>,
): NationalExpectation[] {
  const out: NationalExpectation[] = [];
  const injected = new Map<string, number>();
  const main = files[0];
  const header = main.rows[2];
  const col = (h: string): number => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };
  const rowOf = (p: Person): number => 3 + persons.indexOf(p);
  /** A person of an unused household that fits `ok`, deterministic. */
  const pick = (ok: (p: Person) => boolean): Person => {
    const candidates = persons.filter((p) => !used.has(p.hh) && ok(p));
    if (candidates.length === 0) throw new Error('no candidate for an injection');
    const p = rng.pick(candidates);
    used.add(p.hh);
    return p;
  };
  const expect = (rule: string, file: ExportFile, r: number, c: number) =>
    out.push({ rule, sheet: file.sheetName, fileName: file.fileName, cell: `${colLetter(c)}${r + 1}` });
  const set = (file: ExportFile, r: number, c: number, v: string) => {
    file.rows[r][c] = v;
  };
  const hhRows = (h: Household): number[] => h.persons.map(rowOf);
  const idCol = col('证件号码');
  for (const rule of which) {
    switch (rule) {
      case 'id.checksum': {
        const p = pick((q) => q.health !== '残疾' && q.workMonths === 0);
        const id = main.rows[rowOf(p)][idCol];
        const last = id[17] === '0' ? '1' : id[17] === 'X' ? '0' : id[17] === '9' ? 'X' : String(+id[17] + 1);
        set(main, rowOf(p), idCol, id.slice(0, 17) + last);
        expect(rule, main, rowOf(p), idCol);
        break;
      }
      case 'person.gender-mismatch': {
        const p = pick((q) => q.relation === '户主' && q.hh.persons.length === 1);
        const c = col('性别');
        set(main, rowOf(p), c, p.gender === '男' ? '2' : '1');
        expect(rule, main, rowOf(p), c);
        break;
      }
      case 'field.date': {
        const p = pick((q) => q.hh.monitorStart !== undefined && q.relation === '户主');
        const c = col('识别监测时间');
        for (const r of hhRows(p.hh)) set(main, r, c, `${p.hh.monitorStart!.y}13`);
        for (const r of hhRows(p.hh)) expect(rule, main, r, c);
        break;
      }
      case 'field.code': {
        // A healthy member of a household not monitored (残疾 would also ask for a 残疾人证; a risk may rest on
        // the member's health): one valid and one unknown item.
        const p = pick(
          (q) => q.age >= 30 && q.relation !== '户主' && q.health === '健康' && q.hh.category === '',
        );
        const c = col('健康状况');
        set(main, rowOf(p), c, '长期慢性病,长期病');
        expect(rule, main, rowOf(p), c);
        break;
      }
      case 'income.subitem-exceeds-component': {
        // A household not monitored: a 特困 payment there raises no 综合保障 measure finding.
        const p = pick(
          (q) => q.relation === '户主' && q.hh.transfer.extremePovertySupport === 0 && q.hh.category === '',
        );
        const c = col('特困人员救助供养金');
        const over = transferSum(p.hh) + 50_000;
        for (const r of hhRows(p.hh)) set(main, r, c, yuan(over));
        expect(rule, main, rowOf(p.hh.persons[0]), col('转移性收入'));
        // A 特困 payment in a household without a 特困 member (rules-v2 §9).
        expect('income.support-income-status-mismatch', main, rowOf(p.hh.persons[0]), c);
        break;
      }
      case 'income.per-capita-mismatch': {
        const p = pick((q) => q.relation === '户主' && perCapita(q.hh) > 2_000_000);
        const c = col('人均纯收入（元）');
        for (const r of hhRows(p.hh)) set(main, r, c, yuan(perCapita(p.hh) + 100_000));
        expect(rule, main, rowOf(p.hh.persons[0]), c);
        break;
      }
      case 'id.disability-suffix-invalid': {
        const p = pick((q) => q.health === '残疾');
        const id = main.rows[rowOf(p)][idCol];
        set(main, rowOf(p), idCol, `${id.slice(0, 18)}98${id.slice(20)}`);
        expect(rule, main, rowOf(p), idCol);
        break;
      }
      case 'household.size-mismatch': {
        const p = pick((q) => q.relation === '户主' && q.hh.persons.length >= 2);
        const c = col('人数');
        for (const r of hhRows(p.hh)) set(main, r, c, String(p.hh.persons.length + 1));
        expect(rule, main, rowOf(p.hh.persons[0]), c);
        break;
      }
      case 'id.duplicate': {
        // A member typed with the 户主's number: both rows are reported.
        const sameSex = (q: Person) => (o: Person) =>
          o !== q && o.health !== '残疾' && o.gender === q.gender && o.school === '';
        const p = pick(
          (q) =>
            q.relation === '户主' &&
            q.hh.persons.length >= 3 &&
            q.health !== '残疾' &&
            q.hh.persons.some(sameSex(q)),
        );
        const other = p.hh.persons.find(sameSex(p));
        if (!other) throw new Error('no member to duplicate');
        set(main, rowOf(other), idCol, main.rows[rowOf(p)][idCol]);
        // The copied ID's birth date differs from the member's 出生日期 column: clear it so the only finding is the
        // duplicate (an export without 出生日期 for that person).
        set(main, rowOf(other), col('出生日期'), '');
        expect(rule, main, rowOf(p), idCol);
        expect(rule, main, rowOf(other), idCol);
        break;
      }
      case 'work.person-not-in-ledger': {
        // A work spell whose 证件号码 and 人编号 name nobody in the main export.
        const work = files[2];
        const wh = work.rows[2];
        // A person with two spells: the other still joins, so no rule loses the person's work.
        const twice = (q: Person) => workers.filter((w) => w === q).length >= 2;
        const r = 3 + workers.findIndex((q) => !used.has(q.hh) && twice(q));
        used.add(workers[r - 3].hh);
        const wId = wh.indexOf('证件号码');
        const id = work.rows[r][wId];
        const swapped = id.slice(0, 14) + (id[14] === '9' ? '0' : String(+id[14] + 1)) + id.slice(15, 17);
        // Keep a valid check character so the row is only "not in the ledger".
        set(work, r, wId, swapped + checkCharOf(swapped));
        set(work, r, wh.indexOf('人编号'), work.rows[r][wh.indexOf('人编号')] + '9');
        expect(rule, work, r, wId);
        break;
      }
      default: {
        // The work rules (rules-v2 §16): nationalWork.ts.
        const nth = injected.get(rule) ?? 0;
        injected.set(rule, nth + 1);
        injectWork(rule, {
          main,
          work: files[2],
          plan: files[3],
          persons,
          ...workExp,
          used,
          rng,
          riskOpen: workExp.riskOpen,
          expect: (id, f, r, c) =>
            void out.push({
              rule: id,
              sheet: f.sheetName,
              fileName: f.fileName,
              cell: `${colLetter(c)}${r + 1}`,
            }),
          nth,
        });
      }
    }
  }
  return out;
}

/** The v2 expectations as cells of the person export (header row for sheet-level findings). */
function applyV2(plan: V2Step[], main: ExportFile): NationalExpectation[] {
  const header = main.rows[2];
  return plan.flatMap((step) =>
    step.expect.map((e) => {
      const c = header.indexOf(e.header);
      if (c < 0) throw new Error(`no column ${e.header}`);
      const r = e.np ? 3 + e.np.index : 2;
      return {
        rule: e.rule,
        sheet: main.sheetName,
        fileName: main.fileName,
        cell: `${colLetter(c)}${r + 1}`,
        ...(e.secondary ? { secondary: true } : {}),
        ...(e.optional ? { optional: true } : {}),
      };
    }),
  );
}

function checkCharOf(first17: string): string {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * W[i];
  return '10X98765432'[sum % 11];
}

/** The export as a host hands it to the engine (every cell a string). */
export function toSheetInput(file: ExportFile): SheetInput {
  return {
    name: file.sheetName,
    values: file.rows.map((r) => [...r]),
    merges: file.merges.map((m) => ({ ...m })),
  };
}

/** Writes the export as the system does: inline strings (`t="inlineStr"`), no sharedStrings part, no styles. */
export async function writeInlineXlsx(file: ExportFile, out: string): Promise<void> {
  const z = new ZipWriter();
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  z.add(
    '[Content_Types].xml',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
  );
  z.add(
    '_rels/.rels',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  z.add(
    'xl/workbook.xml',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}">` +
        `<sheets><sheet name="${xmlEscape(file.sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  );
  z.add(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  );
  const parts: Buffer[] = [
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}"><sheetData>`,
    ),
  ];
  file.rows.forEach((row, r) => {
    let xml = `<row r="${r + 1}">`;
    row.forEach((v, c) => {
      if (v === '') return;
      xml += `<c r="${colLetter(c)}${r + 1}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
    });
    parts.push(Buffer.from(xml + '</row>'));
  });
  const merges = file.merges
    .map((m) => `<mergeCell ref="${colLetter(m.c1)}${m.r1 + 1}:${colLetter(m.c2)}${m.r2 + 1}"/>`)
    .join('');
  parts.push(
    Buffer.from(
      `</sheetData>${merges ? `<mergeCells count="${file.merges.length}">${merges}</mergeCells>` : ''}</worksheet>`,
    ),
  );
  await z.addPieces('xl/worksheets/sheet1.xml', parts);
  await fs.writeFile(out, Buffer.concat(z.finish()));
}

/** Writes all files of an export set into `dir` under their download names; returns the paths. */
export async function writeExportSet(exp: NationalExport, dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const f of exp.files) {
    const p = path.join(dir, f.fileName);
    await writeInlineXlsx(f, p);
    paths.push(p);
  }
  return paths;
}
