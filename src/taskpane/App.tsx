// The task pane: four tabs over one shared state (settings, last read sheets, last report), plus the workbook
// watch: where the clerk's selection is (marked cells' reasons on Excel without notes) and whether the checked
// sheets changed since the check (results out of date).
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import type { CellRef, PaneHost, SheetChange } from './excelEnv';
import { abortError, runEngine } from './engineClient';
import { fingerprint, isOwnSheet, sheetHeaders, type MarkFeatures, type SettingsForm } from './model';
import { CheckTab } from './CheckTab';
import { CalcTab } from './CalcTab';
import { SummaryTab } from './SummaryTab';
import { SettingsTab } from './SettingsTab';
import { CompareTab } from './CompareTab';
import { withStoredExemptions } from './compareModel';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', minWidth: '300px' },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  panel: { padding: '6px 10px 16px' },
});

export type TabKey = 'check' | 'calc' | 'summary' | 'compare' | 'settings';

export interface Analysis {
  inputs: SheetInput[];
  report: Report;
  /** Hash of the ledger sheets' values at check time (to tell a changed workbook by re-reading). */
  fingerprint: string;
  /** Chinese note when the engine could not run off the UI thread. */
  engineNote?: string;
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

/** Since the last check: which cells changed (from events), or that a re-read found a difference. */
export interface Staleness {
  cells: string[];
  /** Found by comparing a fresh read (no change events on this Excel). */
  byReread: boolean;
}

/** Error text for the clerk; aborts read as 已取消. */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as { name: string }).name === 'AbortError')
    return '已取消。';
  const msg = e instanceof Error ? e.message : String(e);
  return msg || '发生未知错误。';
}

export function isAbort(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { name?: string }).name === 'AbortError';
}

const ledgerNames = (report: Report) =>
  new Set(report.sheets.filter((s) => s.kind !== 'unknown').map((s) => s.name.toLowerCase()));

const ledgerInputs = (a: { inputs: SheetInput[]; report: Report }) => {
  const names = ledgerNames(a.report);
  return a.inputs.filter((s) => names.has(s.name.toLowerCase()));
};

export function App(props: { host: PaneHost }) {
  const { host } = props;
  const styles = useStyles();
  const [tab, setTab] = useState<TabKey>('check');
  const [settings, setSettings] = useState<unknown>(null);
  const [settingsError, setSettingsError] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [stale, setStale] = useState<Staleness | null>(null);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [changeEvents, setChangeEvents] = useState(false);
  const [focusField, setFocusField] = useState<{ field: keyof SettingsForm; n: number } | null>(null);
  const settingsRef = useRef<unknown>(null);
  settingsRef.current = settings;
  const analysisRef = useRef<Analysis | null>(null);
  analysisRef.current = analysis;

  const caps = host.capabilities?.();
  const features: MarkFeatures | null = caps
    ? { notes: caps.notes, pageLayout: caps.pageLayout, apiMinor: caps.apiMinor }
    : null;

  useEffect(() => {
    host.loadSettings().then(
      (s) => setSettings(s ?? {}),
      (e) => {
        setSettings({});
        setSettingsError(`读取工作簿中保存的设置失败：${errorText(e)}`);
      },
    );
  }, [host]);

  // Selection and change events, where this Excel has them.
  useEffect(() => {
    if (!host.watch) return;
    let stopped = false;
    let stop: (() => Promise<void>) | null = null;
    const onChange = (c: SheetChange) => {
      const a = analysisRef.current;
      if (!a || !ledgerNames(a.report).has(c.sheet.toLowerCase())) return;
      setStale((prev) => ({
        cells: [...(prev?.cells ?? []), `${c.sheet}!${c.address}`].slice(-20),
        byReread: false,
      }));
    };
    host.watch({ onSelection: setSelected, onChange }).then(
      (w) => {
        if (stopped) void w.stop();
        else {
          stop = w.stop;
          setChangeEvents(w.changes);
        }
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      void stop?.();
    };
  }, [host]);

  /** Reads the sheets through the host, then runs the engine. Shared by 检查, 计算 and 汇总. */
  const run = useCallback(
    async (opts: RunOptions): Promise<Analysis> => {
      const names = opts.sheets ?? (await host.listSheets()).filter((n) => !isOwnSheet(n));
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
      if (opts.signal.aborted) throw abortError();
      opts.onProgress({ label: '正在检查台账…', value: names.length / (names.length + 1) });
      const {
        report: checked,
        note,
        fingerprint: print,
      } = await runEngine(inputs, settingsRef.current ?? {}, {
        signal: opts.signal,
        onPhase: (phase, done, total) =>
          opts.onProgress({
            // Engine phases read "读取表头", "检查：…", "计算".
            label: `正在${phase}`,
            value: (names.length + (total ? done / total : 0)) / (names.length + 1),
          }),
      });
      if (opts.signal.aborted) throw abortError();
      // 已核实 findings (比对 tab, kept in the workbook) are not counted as open in 检查 or 汇总.
      const report = await withStoredExemptions(host, inputs, checked, settingsRef.current);
      const result: Analysis = {
        inputs,
        report,
        fingerprint: print,
        engineNote: note,
      };
      // A transition: React renders the new results in slices, so a big report never freezes the pane.
      startTransition(() => {
        setAnalysis(result);
        setStale(null);
      });
      return result;
    },
    [host],
  );

  // Without change events: when the clerk comes back to the pane, re-read the checked sheets and compare.
  useEffect(() => {
    if (changeEvents) return;
    let busy = false;
    const onFocus = async () => {
      const a = analysisRef.current;
      if (!a || busy) return;
      busy = true;
      try {
        const fresh: SheetInput[] = [];
        for (const s of ledgerInputs(a)) fresh.push(await host.readSheet(s.name));
        if (analysisRef.current === a && fingerprint(fresh) !== a.fingerprint)
          setStale({ cells: [], byReread: true });
      } catch {
        // A sheet renamed or deleted since the check: that is a change too.
        if (analysisRef.current === a) setStale({ cells: [], byReread: true });
      } finally {
        busy = false;
      }
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [host, changeEvents]);

  const headers = useMemo(() => (analysis ? sheetHeaders(analysis.report, analysis.inputs) : []), [analysis]);

  const editSetting = (field: keyof SettingsForm) => {
    setTab('settings');
    setFocusField((prev) => ({ field, n: (prev?.n ?? 0) + 1 }));
  };

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
        <Tab value="compare">比对</Tab>
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
          <CheckTab
            host={host}
            analysis={analysis}
            run={run}
            stale={stale}
            selected={selected}
            features={features}
            onEditSetting={editSetting}
          />
        </div>
        <div hidden={tab !== 'calc'}>
          <CalcTab host={host} analysis={analysis} />
        </div>
        <div hidden={tab !== 'summary'}>
          <SummaryTab host={host} settings={settings} run={run} features={features} />
        </div>
        <div hidden={tab !== 'compare'}>
          <CompareTab host={host} settings={settings} />
        </div>
        <div hidden={tab !== 'settings'}>
          {settings !== null && (
            <SettingsTab
              host={host}
              settings={settings}
              onSaved={setSettings}
              focusField={focusField}
              headers={headers}
            />
          )}
        </div>
      </div>
    </FluentProvider>
  );
}

const TAB_LABEL: Record<TabKey, string> = {
  check: '检查',
  calc: '计算',
  summary: '汇总',
  compare: '比对',
  settings: '设置',
};
