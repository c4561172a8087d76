// A fresh clone anywhere: nothing the build or the tests use lives outside the project, and every locked
// dependency runs on the Node version package.json promises (npm ci warned EBADENGINE when one needed 22.15).
import { promises as fs } from 'fs';
import path from 'path';
import semver from 'semver';

const root = path.resolve(__dirname, '..', '..');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(rel)));
    else if (/\.(ts|tsx|js|mjs|cjs|sh|json)$/.test(e.name)) out.push(rel);
  }
  return out;
}

// The team's folder beside the checkout; spelled from parts so this file does not mention it itself.
const BESIDE = ['..', 'shared'].join('/');
const SHARED_ABS = ['', 'work', 'shared'].join('/');

test('no test, script, benchmark or source reads anything beside the project', async () => {
  const files = [
    ...(await filesUnder('src')),
    ...(await filesUnder('test')),
    ...(await filesUnder('scripts')),
    ...(await filesUnder('bench')),
    ...(await filesUnder('bin')),
    '.ci/run',
    'package.json',
    'jest.config.js',
    'webpack.config.js',
  ];
  expect(files.length).toBeGreaterThan(50);
  const offenders: string[] = [];
  for (const f of files) {
    const text = await fs.readFile(path.join(root, f), 'utf8');
    if (text.includes(BESIDE) || text.includes(SHARED_ABS)) offenders.push(f);
  }
  expect(offenders).toEqual([]);
  // What the manifest check needs is vendored.
  await fs.access(path.join(root, 'test/fixtures/office-manifest-xsd/OfficeAppManifestV1_1.xsd'));
});

test('every locked package supports the Node version package.json requires', async () => {
  const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(await fs.readFile(path.join(root, 'package-lock.json'), 'utf8'));
  const floor = semver.minVersion(pkg.engines.node)!.version;
  expect(semver.gte(floor, '20.19.0')).toBe(true);
  const unsupported: string[] = [];
  let checked = 0;
  for (const [where, p] of Object.entries(
    lock.packages as Record<string, { engines?: { node?: string } | string[] }>,
  )) {
    const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
    if (!range || !where) continue;
    checked++;
    if (!semver.satisfies(floor, range)) unsupported.push(`${where} needs node ${range}`);
  }
  expect(checked).toBeGreaterThan(100);
  expect(unsupported).toEqual([]);
});
