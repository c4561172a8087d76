// The add-in manifest: schema-valid (offline xmllint against Microsoft's XSDs), readable by office-addin-manifest's
// parser (no network validator), icons present, and every URL pointing at the same origin and at pages webpack builds.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifest.xml');
const xml = fs.readFileSync(manifestPath, 'utf8');

function attrValues(attr: string): string[] {
  return [...xml.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

describe('manifest.xml', () => {
  it('validates against the v1.1 XML schema (scripts/validate-manifest.sh)', () => {
    const out = execFileSync('bash', [path.join(root, 'scripts/validate-manifest.sh')], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // xmllint prints "<file> validates" on stderr; a failure throws (non-zero exit).
    expect(out).toBe('');
  });

  it('the schema check is not vacuous: a manifest with a misplaced element fails', () => {
    const xsd = path.resolve(root, 'test/fixtures/office-manifest-xsd/OfficeAppManifestV1_1.xsd');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const broken = path.join(dir, 'manifest.xml');
    // Permissions must come after DefaultSettings; swapping them breaks the sequence.
    fs.writeFileSync(
      broken,
      xml
        .replace('<Permissions>ReadWriteDocument</Permissions>', '')
        .replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions><DefaultSettings>'),
    );
    expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, broken], { stdio: 'pipe' })).toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is read by office-addin-manifest with the expected identity', () => {
    // Run in a plain Node child: the package pulls in ESM-only dependencies Jest's CommonJS runtime cannot load.
    // readManifestFile only parses the XML (no network validator, no usage data).
    const script =
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
      '.then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })';
    const info = JSON.parse(
      execFileSync(process.execPath, ['-e', script, manifestPath], { cwd: root, encoding: 'utf8' }),
    ) as { [k: string]: unknown; defaultSettings?: { sourceLocation?: string } };
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.displayName).toBe('帮扶台账助手');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('requires ExcelApi 1.7 or later', () => {
    const m = xml.match(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/);
    expect(m).not.toBeNull();
    const [major, minor] = m![1].split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(7);
  });

  it('has the two Home-tab buttons: ShowTaskpane and ExecuteFunction generateSummaries', () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(
      /<Action xsi:type="ExecuteFunction">\s*<FunctionName>generateSummaries<\/FunctionName>/,
    );
    expect(xml).toContain('DefaultValue="打开助手"');
    expect(xml).toContain('DefaultValue="一键生成汇总"');
    // The command file must register the same function name.
    const commands = fs.readFileSync(path.join(root, 'src/commands/commands.ts'), 'utf8');
    expect(commands).toMatch(/Office\.actions\.associate\(\s*'generateSummaries'/);
  });

  it('references only icons that exist and are PNGs of the stated size', () => {
    const iconUrls = attrValues('DefaultValue').filter((u) => u.endsWith('.png'));
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of iconUrls) {
      const rel = new URL(url).pathname.replace(/^\//, '');
      const file = path.join(root, rel);
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(rel)![1]);
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
    // The Image resources must declare the size their file has.
    for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="[^"]*icon-(\d+)\.png"\/>/g)) {
      expect(m[1]).toBe(m[2]);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(fs.existsSync(path.join(root, `assets/icon-${size}.png`))).toBe(true);
    }
  });

  it('uses one https origin for every URL, listed in AppDomains, and only pages webpack builds', () => {
    const urls = attrValues('DefaultValue').filter((v) => /^https?:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(['https://localhost:3000']);
    expect(xml).toContain('<AppDomain>https://localhost:3000</AppDomain>');
    const pages = new Set(urls.filter((u) => u.endsWith('.html')).map((u) => new URL(u).pathname));
    expect([...pages].sort()).toEqual(['/commands.html', '/taskpane.html']);
    const webpackConfig = fs.readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
    for (const page of pages) expect(webpackConfig).toContain(`'${page.slice(1)}'`);
    // Every resid used is defined once.
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
  });
});
