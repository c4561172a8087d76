// 汇总: re-read and re-check the workbook as it is now, then build every summary sheet from that fresh report and
// show the report sentences. Summaries never come from an older check.
import { useRef, useState } from 'react';
import {
  Button,
  Field,
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

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  list: { margin: 0, paddingLeft: '20px' },
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
  const narrativeRef = useRef<HTMLTextAreaElement>(null);
  const abortRef = useRef<AbortController | null>(null);

  const generate = async () => {
    setStatus(null);
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
      const specs = await buildSummaries(a.report, settings ?? {});
      if (!specs.length) throw new Error('没有可生成的汇总表：未识别到台账数据。');
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
        在本工作簿中新建：基本情况汇总表、收入情况汇总表、人均纯收入分组表、致贫原因/风险类型统计表、两不愁三保障及饮水安全情况表、
        帮扶责任人落实情况表、资金使用情况汇总表（有项目台账时）、问题整改清单、问题汇总、公示名单。已有的工作表不会被覆盖。
      </div>
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
