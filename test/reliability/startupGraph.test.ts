// Start-up (#17): a plain `bangfu check` loads only what it uses. zod (≈1 MB) only with --config, ExcelJS only
// for the renderer behind --summary, the summaries and the annotator only with their flags. Each module below is
// replaced by a recorder that loads the real one, so a static import anywhere on the check's path shows up here.
import os from 'os';
import path from 'path';
import { promises as fs } from 'fs';
import { writeRawPackage } from '../xlsx/rawPackage';
import { makeId } from '../rules/helpers';

const WATCHED = ['zod', 'exceljs', '../../src/core/summaries/index', '../../src/hosts/xlsx/patchXlsx'];

let dir = '';
let file = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-startup-'));
  file = path.join(dir, '台账.xlsx');
  const header = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '人数', '户类型'];
  const rows = [1, 2].map((i) => [
    i,
    '甲村',
    'H1',
    `成员${i}`,
    makeId('19800101', i, i === 1),
    i === 1 ? '户主' : '之女',
    2,
    '脱贫户',
  ]);
  await writeRawPackage(file, [{ name: '名单', rows: [['2024年脱贫户信息台账'], header, ...rows] }], {
    strings: 'shared',
  });
  await fs.writeFile(path.join(dir, '配置.json'), JSON.stringify({ helperMaxHouseholds: 6 }));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const io = () => {
  const out: string[] = [];
  return {
    out,
    io: { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => out.push(s) } },
  };
};

test('a check without --config, --summary or --annotate loads none of zod, ExcelJS, the summaries, the annotator', async () => {
  const loaded: string[] = [];
  await jest.isolateModulesAsync(async () => {
    for (const m of WATCHED)
      jest.doMock(m, () => {
        loaded.push(m);
        return jest.requireActual(m);
      });
    const { main } = await import('../../src/cli/main');
    const plain = io();
    expect(await main(['check', file], plain.io)).toBeLessThan(2);
    expect(plain.out.join('')).toContain('甲村'); // the ledger was read and checked
    expect(loaded).toEqual([]);
    // The recorders are live: settings load zod, --summary the summaries (and ExcelJS to write them).
    const withConfig = io();
    expect(
      await main(['check', file, '--config', path.join(dir, '配置.json'), '--quiet'], withConfig.io),
    ).toBeLessThan(2);
    expect(loaded).toEqual(['zod']);
    const summary = path.join(dir, '汇总表.xlsx');
    expect(await main(['check', file, '--summary', summary, '--quiet'], io().io)).toBeLessThan(2);
    expect(loaded).toEqual(expect.arrayContaining(['zod', '../../src/core/summaries/index', 'exceljs']));
  });
});
