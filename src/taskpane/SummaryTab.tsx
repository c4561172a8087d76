// 汇总: re-read and re-check the workbook as it is now, then build the chosen summary sheets (all by default) for
// the chosen villages/townships (all by default) from that fresh report and show the report sentences. Summaries
// never come from an older check.
import { useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Analysis, Progress, RunOptions } from './App';
import { errorText, isAbort } from './App';
import { createSheets, type PaneHost } from './excelEnv';
import { buildSummaries } from './lazyCore';
import { PAGE_LAYOUT_NOTE, type MarkFeatures } from './model';
import { SUMMARY_TABLES, splitList, type SummaryTableId } from '../core/summaries/catalog';

/** The tables the clerk can tick (汇总表说明 always goes with them). */
const CHOOSABLE = SUMMARY_TABLES.filter((t) => t.id !== 'notes');

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  list: { margin: 0, paddingLeft: '20px' },
  choices: { display: 'flex', flexDirection: 'column', gap: '0' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function SummaryTab(props: {
  host: PaneHost;
  settings: unknown;
  run: (o: RunOptions) => Promise<Analysis>;
  features: MarkFeatures | null;
}) {
  const { host, settings, run, features } = props;
  const styles = useStyles();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [created, setCreated] = useState<string[]>([]);
  const [narrative, setNarrative] = useState('');
  const [status, setStatus] = useState<{ intent: 'success' | 'error' | 'warning'; text: string } | null>(
    null,
  );
  const [chosen, setChosen] = useState<Set<SummaryTableId>>(() => new Set(CHOOSABLE.map((t) => t.id)));
  const [places, setPlaces] = useState('');
  const [period, setPeriod] = useState<'year' | 'quarter' | 'month'>('year');
  const narrativeRef = useRef<HTMLTextAreaElement>(null);
  const allChosen = chosen.size === CHOOSABLE.length;
  const toggle = (id: SummaryTableId, on: boolean) =>
    setChosen((cur) => {
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const abortRef = useRef<AbortController | null>(null);

  const generate = async () => {
    setStatus(null);
    if (chosen.size === 0) {
      setStatus({ intent: 'error', text: '请至少勾选一张汇总表。' });
      return;
    }
    const ctl = new AbortController();
    abortRef.current = ctl;
    setProgress({ label: '正在重新读取表格…', value: 0 });
    try {
      // Always from the workbook as it is now: the clerk may have edited cells since the last check.
      const a = await run({
        sheets: null,
        signal: ctl.signal,
        onProgress: (p) => setProgress({ label: `重新检查：${p.label}`, value: (p.value ?? 0) * 0.8 }),
      });
      setProgress({ label: '正在生成汇总表…', value: 0.85 });
      const villages = splitList(places);
      const specs = await buildSummaries(a.report, settings ?? {}, {
        // All ticked: every table the ledger supports (new kinds included), not a fixed list.
        ...(allChosen ? {} : { tables: [...chosen] }),
        ...(villages.length > 0 ? { villages } : {}),
        ...(period !== 'year' ? { period } : {}),
      });
      if (!specs.length)
        throw new Error(
          allChosen
            ? '没有可生成的汇总表：未识别到台账数据。'
            : '所选汇总表都没有可统计的数据（见各表说明），未生成。',
        );
      if (ctl.signal.aborted) throw Object.assign(new Error('已取消。'), { name: 'AbortError' });
      setProgress({ label: `正在写入 ${specs.length} 张汇总表…`, value: 0.9 });
      const names = await createSheets(host, specs);
      setCreated(names);
      setNarrative(specs.flatMap((s) => s.narrative ?? []).join('\n'));
      const c = a.report.counts;
      const print = features && !features.pageLayout ? `${PAGE_LAYOUT_NOTE}。` : '';
      setStatus({
        intent: print ? 'warning' : 'success',
        text:
          `已按表格当前内容重新检查（错误 ${c.error} 处、警告 ${c.warning} 处）并生成 ${specs.length} 张汇总表` +
          `（已有同名表时新表名后加序号，原有表格和台账均未改动）。${print}`,
      });
    } catch (e) {
      setStatus(
        isAbort(e)
          ? { intent: 'warning', text: '已取消，未生成汇总表。' }
          : { intent: 'error', text: `生成汇总表失败：${errorText(e)}` },
      );
    } finally {
      setProgress(null);
      abortRef.current = null;
    }
  };

  const copy = async () => {
    // The clipboard API is often blocked inside Office webviews: fall back to selecting the text.
    try {
      await navigator.clipboard.writeText(narrative);
      setStatus({ intent: 'success', text: '已复制到剪贴板。' });
    } catch {
      narrativeRef.current?.focus();
      narrativeRef.current?.select();
      const ok = document.execCommand?.('copy');
      setStatus(
        ok
          ? { intent: 'success', text: '已复制到剪贴板。' }
          : { intent: 'error', text: '无法直接复制，文字已选中，请按 Ctrl+C 复制。' },
      );
    }
  };

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={generate} disabled={!!progress}>
          生成汇总表
        </Button>
        {progress && (
          <Button onClick={() => abortRef.current?.abort()} aria-label="取消生成">
            取消
          </Button>
        )}
      </div>
      <div>
        在本工作簿中新建勾选的汇总表，并附“汇总表说明”（口径、公式、所用标准）。已有的工作表不会被覆盖。
      </div>
      <fieldset className={styles.choices} aria-label="选择汇总表" data-testid="summary-tables">
        <Checkbox
          label="全部"
          checked={allChosen ? true : chosen.size === 0 ? false : 'mixed'}
          onChange={(_, d) => setChosen(new Set(d.checked === true ? CHOOSABLE.map((t) => t.id) : []))}
        />
        {CHOOSABLE.map((t) => (
          <Checkbox
            key={t.id}
            label={t.when ? `${t.name}（${t.when}）` : t.name}
            checked={chosen.has(t.id)}
            onChange={(_, d) => toggle(t.id, d.checked === true)}
          />
        ))}
      </fieldset>
      <Field label="只统计这些村或乡镇（留空为全部，用“、”分隔）">
        <Input
          value={places}
          onChange={(_, d) => setPlaces(d.value)}
          placeholder="如：东山村、花园乡"
          data-testid="summary-villages"
        />
      </Field>
      <Field label="本期新识别和风险消除的统计期">
        <Select
          value={period}
          onChange={(_, d) => setPeriod(d.value as 'year' | 'quarter' | 'month')}
          data-testid="summary-period"
        >
          <option value="year">数据日期所在年度</option>
          <option value="quarter">数据日期所在季度</option>
          <option value="month">数据日期所在月</option>
        </Select>
      </Field>
      <div className={styles.note}>
        每次生成前都会重新读取并检查全部工作表，汇总表总是反映表格的当前内容。
      </div>
      {features && !features.pageLayout && (
        <div className={styles.note} data-testid="page-layout-note">
          {PAGE_LAYOUT_NOTE}（需 ExcelApi 1.9，本 Excel 为 1.{features.apiMinor}）。
        </div>
      )}
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} aria-label="生成进度" data-testid="summary-progress" />
        </Field>
      )}
      {status && (
        <MessageBar intent={status.intent} role="status" data-testid="summary-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {created.length > 0 && (
        <>
          <div>已生成的工作表：</div>
          <ul className={styles.list} data-testid="created-sheets">
            {created.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {narrative && (
        <>
          <Field label="报告可引用的文字">
            <Textarea ref={narrativeRef} value={narrative} readOnly resize="vertical" rows={8} />
          </Field>
          <div className={styles.row}>
            <Button onClick={copy}>复制文字</Button>
          </div>
        </>
      )}
    </div>
  );
}
