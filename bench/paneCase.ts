// Browser bench of the task pane: the test pages (BANGFU_TEST=1: the production pane over the Excel simulator,
// test/e2e/harness) built with webpack, served on 127.0.0.1, a 10,000-person check clicked in Debian's Chromium
// (playwright-core), and the main thread's long tasks recorded with a PerformanceObserver (type "longtask": every
// task over 50 ms). The engine runs in a Web Worker; what the main thread still does is read the sheet through the
// host, post it, and render the findings.
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { performance } from 'perf_hooks';
import { CACHE_DIR } from './inputs';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';

export interface PaneRun {
  /** Click on 开始检查 to 检查完成 shown, ms. */
  checkMs: number;
  longTasks: number[];
}

export interface PaneResult {
  persons: number;
  buildMs: number;
  runs: PaneRun[];
  /** Set when the case could not run (no Chromium): the section says so instead of failing the bench. */
  skipped?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

function serve(dir: string): Promise<http.Server> {
  return new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

export async function paneCase(persons: number, runs: number): Promise<PaneResult> {
  if (!existsSync(CHROMIUM)) return { persons, buildMs: 0, runs: [], skipped: `${CHROMIUM} not installed` };
  const out = path.join(CACHE_DIR, 'addin-test');
  rmSync(out, { recursive: true, force: true });
  const t = performance.now();
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const res = spawnSync(process.execPath, [cli, '--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, BANGFU_OUT: out, BANGFU_TEST: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`webpack failed:\n${res.stdout}\n${res.stderr}`);
  const buildMs = performance.now() - t;
  const { chromium } = await import('playwright-core');
  const server = await serve(out);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const done: PaneRun[] = [];
  try {
    // One unmeasured run first: the first page load compiles the bundles and the worker.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: 'zh-CN' });
      // Nothing leaves the origin.
      await context.route('**/*', (route) =>
        route
          .request()
          .url()
          .startsWith(origin + '/')
          ? route.continue()
          : route.abort(),
      );
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${origin}/taskpane-test.html?persons=${persons}`);
      const button = page.getByRole('button', { name: '开始检查' });
      await button.waitFor({ timeout: 120_000 });
      // Only the check counts: the simulator building 10,000 rows in the page is the test harness, not the pane.
      await page.evaluate(() => {
        (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
      });
      const t0 = performance.now();
      await button.click();
      const status = page.getByTestId('check-status');
      await status.filter({ hasText: /检查完成|检查未完成/ }).waitFor({ timeout: 300_000 });
      const checkMs = performance.now() - t0;
      const text = (await status.textContent()) ?? '';
      if (!text.includes('检查完成')) throw new Error(`pane check did not finish: ${text}`);
      if ((await page.getByText('界面线程').count()) > 0) throw new Error('the check ran on the UI thread');
      // Long tasks are reported after they end; give the observer a frame.
      await page.waitForTimeout(200);
      const longTasks = await page.evaluate(() => [
        ...(window as unknown as { __longTasks: number[] }).__longTasks,
      ]);
      if (i > 0) done.push({ checkMs, longTasks });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(out, { recursive: true, force: true });
  }
  return { persons, buildMs, runs: done };
}
