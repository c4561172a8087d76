// Function file of the ribbon (commands.html). Two roles:
// - normally: registers generateSummaries for the 一键生成汇总 button;
// - opened as a dialog with ?notice=…: shows that completion message (Excel has no notification API for
//   function commands — Office notificationMessages exist only for Outlook items — so we use the Dialog API).
import { excelEnvironment, type PaneEnvironment } from '../taskpane/excelEnv';
import { generateAllSummaries } from './generate';

interface CommandEvent {
  completed(): void;
}

function errorText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg || '未知错误';
}

/** Shows the message in a small dialog; falls back to this (hidden) page's body when the Dialog API is missing. */
async function notify(message: string): Promise<void> {
  document.body.setAttribute('data-last-notice', message);
  document.getElementById('root')!.textContent = message;
  const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
  if (!ui || typeof ui.displayDialogAsync !== 'function') return;
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('notice', message);
  await new Promise<void>((resolve) => {
    // Never hang the button: Excel waits for event.completed().
    const timer = setTimeout(resolve, 120_000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true }, (res) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) return done();
        const dialog = res.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          done();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      });
    } catch {
      done();
    }
  });
}

export function makeGenerateSummaries(env: PaneEnvironment) {
  return async function generateSummaries(event?: CommandEvent): Promise<void> {
    let message: string;
    try {
      const unsupported = env.checkSupport();
      message = unsupported ?? (await generateAllSummaries(env.createHost()));
    } catch (e) {
      message = `一键生成汇总未完成：${errorText(e)}`;
    }
    try {
      await notify(message);
    } finally {
      event?.completed();
    }
  };
}

function showNotice(text: string): void {
  const root = document.getElementById('root')!;
  root.textContent = '';
  const p = document.createElement('p');
  p.textContent = text; // text, never HTML: the message may quote cell contents
  p.style.cssText = 'padding:12px;margin:0;font-size:14px;line-height:1.6';
  const ok = document.createElement('button');
  ok.textContent = '确定';
  ok.style.cssText = 'margin:0 12px 12px;padding:4px 20px';
  ok.addEventListener('click', () => Office.context.ui.messageParent('close'));
  root.append(p, ok);
  ok.focus();
}

export function registerCommands(env: PaneEnvironment = excelEnvironment): void {
  const notice = new URLSearchParams(location.search).get('notice');
  if (notice !== null) {
    void Office.onReady(() => showNotice(notice));
    return;
  }
  const generateSummaries = makeGenerateSummaries(env);
  // Older function-file clients call the global function named in the manifest.
  (globalThis as Record<string, unknown>).generateSummaries = generateSummaries;
  void Office.onReady(() => {
    Office.actions.associate('generateSummaries', generateSummaries);
  });
}

registerCommands();
