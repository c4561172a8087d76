// 检查: read the chosen sheets, run the engine, list findings; jump to cells, mark, preview and undo safe fixes.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CellEdit } from '../core/host/workbookHost';
import type { Severity } from '../core/types';
import { RULES } from '../core/rules/catalogue';
import type { Analysis, Progress, RunOptions } from './App';
import { errorText } from './App';
import type { PaneHost } from './excelEnv';
import {
  SEVERITIES,
  SEVERITY_LABEL,
  countBySeverity,
  distinct,
  filterFindings,
  findingVillages,
  fixEdits,
  groupByRule,
  marksFor,
  type FindingFilter,
} from './model';

export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  sheets: { display: 'flex', flexDirection: 'column', maxHeight: '160px', overflowY: 'auto' },
  counts: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  groups: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  groupBtn: { justifyContent: 'space-between', width: '100%', minWidth: 0, fontFamily: 'monospace' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'block',
    overflowWrap: 'anywhere',
    width: '100%',
    textAlign: 'left',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: '6px 8px',
    cursor: 'pointer',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  where: { fontWeight: tokens.fontWeightSemibold },
  // min(): one column at 320 px, three at 800 px; minWidth 0 lets the selects shrink below their content width.
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))',
    gap: '6px',
    '& > *': { minWidth: 0 },
  },
  select: { minWidth: 0, width: '100%' },
  fixList: { maxHeight: '50vh', overflowY: 'auto', margin: 0, paddingLeft: '18px' },
  h: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px' },
});

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export function CheckTab(props: {
  host: PaneHost;
  analysis: Analysis | null;
  run: (o: RunOptions) => Promise<Analysis>;
}) {
  const { host, analysis, run } = props;
  const styles = useStyles();
  const [auto, setAuto] = useState(true);
  const [allSheets, setAllSheets] = useState<string[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [filter, setFilter] = useState<FindingFilter>({ village: '', rule: '', severity: '' });
  const [page, setPage] = useState(0);
  const [current, setCurrent] = useState<number | null>(null);
  const [marked, setMarked] = useState(0);
  const [fixOpen, setFixOpen] = useState(false);
  const [undoEdits, setUndoEdits] = useState<CellEdit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const itemRefs = useRef(new Map<number, HTMLButtonElement>());

  const report = analysis?.report ?? null;
  const villages = useMemo(() => (report ? findingVillages(report) : []), [report]);
  const visible = useMemo(
    () => (report ? filterFindings(report, villages, filter) : []),
    [report, villages, filter],
  );
  const groups = useMemo(() => (report ? groupByRule(report.findings) : []), [report]);
  const counts = useMemo(() => (report ? countBySeverity(report.findings) : null), [report]);
  const fixes = useMemo(() => (report ? fixEdits(report.findings) : []), [report]);
  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));

  useEffect(() => {
    host.markedCount().then(setMarked, () => undefined);
  }, [host]);

  useEffect(() => {
    if (auto || allSheets.length) return;
    host.listSheets().then(
      (names) => {
        setAllSheets(names);
        setChosen(new Set(names));
      },
      (e) => setStatus({ intent: 'error', text: `读取工作表列表失败：${errorText(e)}` }),
    );
  }, [auto, allSheets.length, host]);

  const start = async () => {
    const ctl = new AbortController();
    abortRef.current = ctl;
    setStatus(null);
    setProgress({ label: '准备读取…', value: 0 });
    try {
      const sheets = auto ? null : allSheets.filter((s) => chosen.has(s));
      if (sheets && !sheets.length) throw new Error('请至少选择一个工作表。');
      const result = await run({ sheets, signal: ctl.signal, onProgress: setProgress });
      setFilter({ village: '', rule: '', severity: '' });
      setPage(0);
      setCurrent(null);
      const c = result.report.counts;
      setStatus({
        intent: c.error ? 'info' : 'success',
        text: `检查完成：读取 ${result.inputs.length} 个工作表，发现错误 ${c.error} 处、警告 ${c.warning} 处、提示 ${c.info} 处。`,
      });
    } catch (e) {
      setStatus({ intent: 'error', text: `检查未完成：${errorText(e)}` });
    } finally {
      setProgress(null);
      abortRef.current = null;
    }
  };

  /** Selects finding `index` (into report.findings) in the list and in Excel. */
  const select = async (index: number, focus = false) => {
    if (!report) return;
    setCurrent(index);
    const pos = visible.indexOf(index);
    if (pos >= 0) setPage(Math.floor(pos / PAGE_SIZE));
    if (focus) setTimeout(() => itemRefs.current.get(index)?.focus(), 0);
    const f = report.findings[index];
    try {
      await host.selectCell(f.sheet, f.cell);
    } catch (e) {
      setStatus({ intent: 'error', text: `无法定位到 ${f.sheet}!${f.cell}：${errorText(e)}` });
    }
  };

  const step = (delta: number) => {
    if (!visible.length) return;
    const pos = current === null ? -1 : visible.indexOf(current);
    const next =
      pos < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, pos + delta));
    void select(visible[next], true);
  };

  const guarded = async (what: string, fn: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ intent: 'success', text: await fn() });
    } catch (e) {
      setStatus({ intent: 'error', text: `${what}失败：${errorText(e)}` });
    } finally {
      setBusy(false);
      host.markedCount().then(setMarked, () => undefined);
    }
  };

  const applyMarks = () =>
    guarded('标记', async () => {
      const list = visible.map((i) => report!.findings[i]);
      await host.applyMarks(marksFor(list));
      return `已在表格中标记 ${list.length} 处（按当前筛选）。点“清除标记”可原样恢复。`;
    });
  const clearMarks = () =>
    guarded('清除标记', async () => {
      await host.clearMarks();
      return '已清除全部标记，单元格已恢复原样。';
    });
  const applyFixes = () =>
    guarded('修复', async () => {
      setFixOpen(false);
      const restore = await host.writeCells(fixes.map((x) => x.edit));
      setUndoEdits((prev) => [...restore, ...(prev ?? [])]);
      return `已修复 ${fixes.length} 处。如需还原请点“撤销修复”；修复后建议重新检查。`;
    });
  const undoFixes = () =>
    guarded('撤销修复', async () => {
      await host.writeCells(undoEdits ?? []);
      const n = undoEdits?.length ?? 0;
      setUndoEdits(null);
      return `已撤销修复，${n} 个单元格恢复为原值。`;
    });

  const pageItems = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const ruleOptions = useMemo(() => distinct(report?.findings.map((f) => f.rule) ?? []), [report]);
  const villageOptions = useMemo(() => distinct(villages), [villages]);

  return (
    <div className={styles.stack}>
      <Checkbox
        label="自动识别台账（检查全部工作表）"
        checked={auto}
        onChange={(_, d) => setAuto(Boolean(d.checked))}
        disabled={!!progress}
      />
      {!auto && (
        <div className={styles.sheets} role="group" aria-label="选择工作表">
          {allSheets.map((s) => (
            <Checkbox
              key={s}
              label={s}
              checked={chosen.has(s)}
              onChange={(_, d) => {
                const next = new Set(chosen);
                if (d.checked) next.add(s);
                else next.delete(s);
                setChosen(next);
              }}
            />
          ))}
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={start} disabled={!!progress || busy}>
          开始检查
        </Button>
        {progress && (
          <Button onClick={() => abortRef.current?.abort()} aria-label="取消检查">
            取消
          </Button>
        )}
      </div>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} aria-label="检查进度" />
        </Field>
      )}
      {status && (
        <MessageBar intent={status.intent} role="status" data-testid="check-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}

      {report && counts && (
        <>
          <div className={styles.counts} aria-label="按严重程度统计" data-testid="severity-counts">
            {SEVERITIES.map((s) => (
              <Button
                key={s}
                size="small"
                appearance={filter.severity === s ? 'primary' : 'secondary'}
                onClick={() => {
                  setFilter({ ...filter, severity: filter.severity === s ? '' : s });
                  setPage(0);
                }}
                data-severity={s}
                data-count={counts[s]}
              >
                {SEVERITY_LABEL[s]} {counts[s]}
              </Button>
            ))}
          </div>

          {groups.length > 0 && (
            <>
              <h3 className={styles.h}>按规则</h3>
              <ul className={styles.groups} aria-label="按规则统计" data-testid="rule-groups">
                {groups.map((g) => (
                  <li key={g.rule}>
                    <Button
                      size="small"
                      appearance={filter.rule === g.rule ? 'primary' : 'subtle'}
                      className={styles.groupBtn}
                      onClick={() => {
                        setFilter({ ...filter, rule: filter.rule === g.rule ? '' : g.rule });
                        setPage(0);
                      }}
                      data-rule={g.rule}
                    >
                      <span title={g.rule}>{RULES[g.rule]?.title ?? g.rule}</span>
                      <Badge appearance="tint" color={SEVERITY_COLOR[g.severity]}>
                        {g.count}
                      </Badge>
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}

          <div className={styles.filters}>
            <Field label="村">
              <Select
                className={styles.select}
                value={filter.village}
                onChange={(_, d) => {
                  setFilter({ ...filter, village: d.value });
                  setPage(0);
                }}
              >
                <option value="">全部村</option>
                {villageOptions.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="规则">
              <Select
                className={styles.select}
                value={filter.rule}
                onChange={(_, d) => {
                  setFilter({ ...filter, rule: d.value });
                  setPage(0);
                }}
              >
                <option value="">全部规则</option>
                {ruleOptions.map((r) => (
                  <option key={r} value={r}>
                    {RULES[r]?.title ?? r}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="严重程度">
              <Select
                className={styles.select}
                value={filter.severity}
                onChange={(_, d) => {
                  setFilter({ ...filter, severity: d.value as Severity | '' });
                  setPage(0);
                }}
              >
                <option value="">全部</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {SEVERITY_LABEL[s]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>

          <div className={styles.row}>
            <Button size="small" onClick={() => step(-1)} disabled={!visible.length}>
              上一个
            </Button>
            <Button size="small" onClick={() => step(1)} disabled={!visible.length}>
              下一个
            </Button>
            <span aria-live="polite">
              {current !== null && visible.includes(current)
                ? `第 ${visible.indexOf(current) + 1} / ${visible.length} 条`
                : `共 ${visible.length} 条`}
            </span>
          </div>

          <ul className={styles.list} aria-label="问题列表" data-testid="findings">
            {pageItems.map((i) => {
              const f = report.findings[i];
              return (
                <li key={i}>
                  <button
                    type="button"
                    ref={(el) => {
                      if (el) itemRefs.current.set(i, el);
                      else itemRefs.current.delete(i);
                    }}
                    className={mergeClasses(styles.item, current === i && styles.current)}
                    aria-current={current === i ? 'true' : undefined}
                    onClick={() => void select(i)}
                    data-rule={f.rule}
                    data-cell={`${f.sheet}!${f.cell}`}
                  >
                    <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small">
                      {SEVERITY_LABEL[f.severity]}
                    </Badge>{' '}
                    <span className={styles.where}>
                      {f.sheet}!{f.cell}
                    </span>{' '}
                    <span>{f.message}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {pageCount > 1 && (
            <div className={styles.row} aria-label="翻页">
              <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                上一页
              </Button>
              <span>
                第 {page + 1} / {pageCount} 页
              </span>
              <Button size="small" disabled={page >= pageCount - 1} onClick={() => setPage(page + 1)}>
                下一页
              </Button>
            </div>
          )}

          <h3 className={styles.h}>表格操作</h3>
          <div className={styles.row}>
            <Button onClick={applyMarks} disabled={busy || !visible.length}>
              标记到表格
            </Button>
            <Button onClick={clearMarks} disabled={busy}>
              清除标记
            </Button>
            <span data-testid="marked-count">已标记 {marked} 处</span>
          </div>
          <div className={styles.row}>
            <Button onClick={() => setFixOpen(true)} disabled={busy || !fixes.length}>
              预览可自动修复项（{fixes.length}）
            </Button>
            <Button onClick={undoFixes} disabled={busy || !undoEdits?.length}>
              撤销修复
            </Button>
          </div>
        </>
      )}

      <Dialog open={fixOpen} onOpenChange={(_, d) => setFixOpen(d.open)}>
        <DialogSurface aria-describedby="fix-desc">
          <DialogBody>
            <DialogTitle>修复预览</DialogTitle>
            <DialogContent>
              <p id="fix-desc">以下单元格将被改写。原值会被保留，可随时“撤销修复”。</p>
              <ol className={styles.fixList}>
                {fixes.map((x) => (
                  <li key={`${x.edit.sheet}!${x.edit.cell}`}>
                    {x.edit.sheet}!{x.edit.cell}：{x.label}（“{String(x.from)}” → “{String(x.edit.value)}”）
                  </li>
                ))}
              </ol>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={applyFixes}>
                应用修复
              </Button>
              <Button onClick={() => setFixOpen(false)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
