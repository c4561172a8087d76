// Boots the pane: waits for Office, refuses politely outside Excel or on a too-old Excel, then renders the app
// with the Office.js host. The test harness calls the same function after installing the Excel simulator.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { Notice } from './Notice';
import { excelEnvironment, type PaneEnvironment } from './excelEnv';

interface OfficeLike {
  onReady(): Promise<{ host: unknown } | undefined>;
}

export const NOT_IN_OFFICE_MESSAGE =
  '帮扶台账助手需要在 Excel 中运行：请在 Excel 的“开始”选项卡点击“打开助手”。直接用浏览器打开此页面时无法读取工作簿。';

export async function startPane(
  container: HTMLElement,
  env: PaneEnvironment = excelEnvironment,
): Promise<void> {
  const root = createRoot(container);
  const office = (globalThis as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== 'function') {
    root.render(<Notice title="未检测到 Office" text={NOT_IN_OFFICE_MESSAGE} />);
    return;
  }
  let host: unknown;
  try {
    host = (await office.onReady())?.host;
  } catch {
    host = null;
  }
  // Office.HostType.Excel is the string 'Excel'; compare the string so a minimal Office object also works.
  if (host !== 'Excel') {
    root.render(<Notice title="未检测到 Excel" text={NOT_IN_OFFICE_MESSAGE} />);
    return;
  }
  const unsupported = env.checkSupport();
  if (unsupported) {
    root.render(<Notice title="Excel 版本过旧" text={unsupported} />);
    return;
  }
  root.render(<App host={env.createHost()} />);
}
