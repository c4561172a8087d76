// The ribbon's 一键生成汇总: read every sheet, check, build all summary sheets, write them. Returns the Chinese
// completion message; throws (with a Chinese message) when it could not finish.
import { createSheets, type PaneHost } from '../taskpane/excelEnv';
import { analyze, buildSummaries } from '../taskpane/lazyCore';
import type { SheetInput } from '../core/types';
import { isOwnSheet } from '../taskpane/model';

export async function generateAllSummaries(host: PaneHost): Promise<string> {
  const settings = (await host.loadSettings()) ?? {};
  // The workbook as it is now, without the summary sheets written last time.
  const names = (await host.listSheets()).filter((n) => !isOwnSheet(n));
  const inputs: SheetInput[] = [];
  for (const name of names) inputs.push(await host.readSheet(name));
  const report = await analyze(inputs, settings, {});
  const specs = await buildSummaries(report, settings);
  if (!specs.length) throw new Error('未识别到台账数据，没有生成汇总表。请检查表头是否为台账格式。');
  const created = await createSheets(host, specs);
  const c = report.counts;
  return (
    `已生成 ${specs.length} 张汇总表：${created.join('、')}。` +
    `检查发现错误 ${c.error} 处、警告 ${c.warning} 处、提示 ${c.info} 处，详情请打开助手查看。`
  );
}
