// bangfu check --rules: the example county pack runs with the built-in rules on the bundled sample; a malformed
// pack stops the run with Chinese messages (file, line) and exit code 2, before anything is written.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/types';

const root = path.join(__dirname, '../..');
const sample = path.join(root, 'examples/sample-ledger.xlsx');
const example = path.join(root, 'examples/县规则示例.json');

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-rules-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

it('runs the example pack on the sample ledger and lists its pack in the report', async () => {
  const json = path.join(dir, 'r.json');
  const { code, out, err } = await cli(['check', sample, '--rules', example, '--json', json]);
  expect(err).toBe('');
  expect(code).toBeLessThanOrEqual(1);
  expect(out).toContain('已加载规则包：示例县补充规则（3条规则）');
  const report = JSON.parse(await fs.readFile(json, 'utf8')) as Report;
  expect(report.rulePacks?.find((p) => !p.builtin)).toMatchObject({
    name: '示例县补充规则',
    rules: 3,
    errors: [],
  });
});

it('stops on a malformed pack with the line and a Chinese message, writing nothing', async () => {
  const bad = path.join(dir, '坏规则.json');
  await fs.writeFile(
    bad,
    '{\n  "name": "坏",\n  "rules": [\n    {\n      "id": "county.x",\n      "title": "X",\n      "severity": "warning",\n      "scope": "person",\n      "columns": ["姓名"],\n      "condition": "p[\\"姓名\\"] == && true",\n      "message": "x"\n    }\n  ]\n}\n',
  );
  const json = path.join(dir, 'bad.json');
  const { code, err } = await cli(['check', sample, '--rules', bad, '--json', json]);
  expect(code).toBe(2);
  expect(err).toContain('规则包有误，未执行检查');
  expect(err).toContain('坏规则.json第10行');
  expect(err).toContain('语法错误');
  await expect(fs.stat(json)).rejects.toThrow();
});
