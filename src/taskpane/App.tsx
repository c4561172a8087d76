// The task pane: four tabs over one shared state (settings, last read sheets, last report).
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { Report, SheetInput } from '../core/types';
import type { PaneHost } from './excelEnv';
import { analyze } from './lazyCore';
import { CheckTab } from './CheckTab';
import { CalcTab } from './CalcTab';
import { SummaryTab } from './SummaryTab';
import { SettingsTab } from './SettingsTab';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', minWidth: '300px' },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  panel: { padding: '8px 10px 16px' },
});

export type TabKey = 'check' | 'calc' | 'summary' | 'settings';

export interface Analysis {
  inputs: SheetInput[];
  report: Report;
}

export interface Progress {
  label: string;
  /** 0..1, or undefined for indeterminate. */
  value?: number;
}

export interface RunOptions {
  /** Sheets to read; null = every sheet (the engine finds ledgers by their headers). */
  sheets: string[] | null;
  signal: AbortSignal;
  onProgress: (p: Progress) => void;
}

/** Error text for the clerk; aborts read as 已取消. */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as { name: string }).name === 'AbortError')
    return '已取消。';
  const msg = e instanceof Error ? e.message : String(e);
  return msg || '发生未知错误。';
}

function abortError(): Error {
  const e = new Error('已取消。');
  e.name = 'AbortError';
  return e;
}

const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

export function App(props: { host: PaneHost }) {
  const { host } = props;
  const styles = useStyles();
  const [tab, setTab] = useState<TabKey>('check');
  const [settings, setSettings] = useState<unknown>(null);
  const [settingsError, setSettingsError] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const settingsRef = useRef<unknown>(null);
  settingsRef.current = settings;

  useEffect(() => {
    host.loadSettings().then(
      (s) => setSettings(s ?? {}),
      (e) => {
        setSettings({});
        setSettingsError(`读取工作簿中保存的设置失败：${errorText(e)}`);
      },
    );
  }, [host]);

  /** Reads the sheets through the host, then runs the engine. Shared by 检查, 计算 and 汇总. */
  const run = useCallback(
    async (opts: RunOptions): Promise<Analysis> => {
      const names = opts.sheets ?? (await host.listSheets());
      const inputs: SheetInput[] = [];
      for (let i = 0; i < names.length; i++) {
        if (opts.signal.aborted) throw abortError();
        const name = names[i];
        opts.onProgress({
          label: `正在读取“${name}”（${i + 1}/${names.length}）`,
          value: i / (names.length + 1),
        });
        inputs.push(
          await host.readSheet(name, {
            signal: opts.signal,
            onProgress: (done, total) =>
              opts.onProgress({
                label: `正在读取“${name}”：${done}/${total} 行（${i + 1}/${names.length}）`,
                value: (i + (total ? done / total : 1)) / (names.length + 1),
              }),
          }),
        );
      }
      opts.onProgress({ label: '正在检查台账…', value: names.length / (names.length + 1) });
      await nextFrame();
      const report = await analyze(inputs, settingsRef.current ?? {}, {
        onPhase: (phase, done, total) => {
          if (opts.signal.aborted) throw abortError();
          opts.onProgress({
            // Engine phases read "读取表头", "检查：…", "计算".
            label: `正在${phase}`,
            value: (names.length + (total ? done / total : 0)) / (names.length + 1),
          });
        },
      });
      if (opts.signal.aborted) throw abortError();
      const result = { inputs, report };
      setAnalysis(result);
      return result;
    },
    [host],
  );

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabKey)}
        aria-label="功能"
        size="medium"
      >
        <Tab value="check">检查</Tab>
        <Tab value="calc">计算</Tab>
        <Tab value="summary">汇总</Tab>
        <Tab value="settings">设置</Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-label={TAB_LABEL[tab]}>
        {settingsError && (
          <MessageBar intent="warning">
            <MessageBarBody>{settingsError}</MessageBarBody>
          </MessageBar>
        )}
        {/* Tabs stay mounted so a running check or a list position survives switching tabs. */}
        <div hidden={tab !== 'check'}>
          <CheckTab host={host} analysis={analysis} run={run} />
        </div>
        <div hidden={tab !== 'calc'}>
          <CalcTab host={host} analysis={analysis} />
        </div>
        <div hidden={tab !== 'summary'}>
          <SummaryTab host={host} analysis={analysis} settings={settings} run={run} />
        </div>
        <div hidden={tab !== 'settings'}>
          {settings !== null && <SettingsTab host={host} settings={settings} onSaved={setSettings} />}
        </div>
      </div>
    </FluentProvider>
  );
}

const TAB_LABEL: Record<TabKey, string> = { check: '检查', calc: '计算', summary: '汇总', settings: '设置' };
