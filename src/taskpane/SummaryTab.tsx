// 汇总: build every summary sheet from the report (checking first when needed) and show the report sentences.
import { useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import type { Analysis, Progress, RunOptions } from './App';
import { errorText } from './App';
import { createSheets, type PaneHost } from './excelEnv';
import { buildSummaries } from './lazyCore';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  list: { margin: 0, paddingLeft: '20px' },
});

export function SummaryTab(props: {
  host: PaneHost;
  analysis: Analysis | null;
  settings: unknown;
  run: (o: RunOptions) => Promise<Analysis>;
}) {
  const { host, analysis, settings, run } = props;
  const styles = useStyles();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [created, setCreated] = useState<string[]>([]);
  const [narrative, setNarrative] = useState('');
  const [status, setStatus] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const narrativeRef = useRef<HTMLTextAreaElement>(null);

  const generate = async () => {
    setStatus(null);
    setProgress({ label: '准备中…' });
    try {
      const a =
        analysis ??
        (await run({ sheets: null, signal: new AbortController().signal, onProgress: setProgress }));
      setProgress({ label: '正在生成汇总表…' });
      const specs = await buildSummaries(a.report, settings ?? {});
      if (!specs.length) throw new Error('没有可生成的汇总表：未识别到台账数据。');
      const names = await createSheets(host, specs);
      setCreated(names);
      setNarrative(specs.flatMap((s) => s.narrative ?? []).join('\n'));
      setStatus({
        intent: 'success',
        text: `已生成 ${specs.length} 张汇总表（已有同名表时新表名后加序号，原有表格和台账均未改动）。`,
      });
    } catch (e) {
      setStatus({ intent: 'error', text: `生成汇总表失败：${errorText(e)}` });
    } finally {
      setProgress(null);
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
      </div>
      <div>
        在本工作簿中新建：基本情况汇总表、收入情况汇总表、人均纯收入分组表、致贫原因/风险类型统计表、两不愁三保障及饮水安全情况表、
        帮扶责任人落实情况表、资金使用情况汇总表（有项目台账时）、问题整改清单、问题汇总、公示名单。已有的工作表不会被覆盖。
      </div>
      {!analysis && !progress && <div>尚未检查：点击后会先读取并检查全部工作表，再生成汇总表。</div>}
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} aria-label="生成进度" />
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
