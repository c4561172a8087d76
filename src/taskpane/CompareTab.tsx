// 比对: this workbook's ledger against department lists (比对) or against last month's version (变动), with
// 已核实 exemptions kept in the workbook so a re-run does not repeat what the clerk verified.
import { useCallback, useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SheetInput } from '../core/types';
import type { Exemption, ListKind } from '../core/compare';
import { RULES } from '../core/rules/catalogue';
import { errorText } from './App';
import { createSheets, type PaneHost } from './excelEnv';
import {
  guessRoles,
  newExemption,
  ROLE_OPTIONS,
  runListComparison,
  runMonthComparison,
  storedExemptions,
  type CompareItem,
  type PaneOutcome,
  type SheetRole,
} from './compareModel';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '4px 6px',
    alignItems: 'center',
  },
  name: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  h: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px' },
});

const SHOWN = 100;

export function CompareTab(props: { host: PaneHost; settings: unknown }) {
  const { host, settings } = props;
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[]>([]);
  const [roles, setRoles] = useState<Record<string, SheetRole>>({});
  const [threshold, setThreshold] = useState('30');
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [outcome, setOutcome] = useState<PaneOutcome | null>(null);
  const [exemptions, setExemptions] = useState<Exemption[]>([]);
  const [verifying, setVerifying] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');

  const refresh = useCallback(async () => {
    const names = await host.listSheets();
    setSheets(names);
    setRoles((old) => ({
      ...guessRoles(names),
      ...Object.fromEntries(names.filter((n) => old[n]).map((n) => [n, old[n]])),
    }));
  }, [host]);

  useEffect(() => {
    refresh().catch((e) => setStatus({ intent: 'error', text: `读取工作表列表失败：${errorText(e)}` }));
    host.loadExemptions?.().then(
      (raw) => setExemptions(storedExemptions(raw)),
      (e) => setStatus({ intent: 'error', text: `读取已核实记录失败：${errorText(e)}` }),
    );
  }, [host, refresh]);

  const read = async (names: string[]): Promise<SheetInput[]> => {
    const out: SheetInput[] = [];
    for (const n of names) {
      setBusy(`正在读取“${n}”…`);
      out.push(await host.readSheet(n));
    }
    return out;
  };
  const withRole = (pred: (r: SheetRole) => boolean) => sheets.filter((n) => pred(roles[n] ?? 'skip'));

  const run = async (mode: 'compare' | 'diff', ex = exemptions) => {
    setStatus(null);
    try {
      const ledgerNames = withRole((r) => r === 'ledger');
      if (!ledgerNames.length) throw new Error('请至少把一个工作表设为“本月台账”。');
      const ledger = await read(ledgerNames);
      let result: PaneOutcome;
      if (mode === 'compare') {
        const listNames = withRole((r) => r.startsWith('list:'));
        if (!listNames.length) throw new Error('请至少把一个工作表设为“名单：…”。');
        const lists = (await read(listNames)).map((input) => ({
          input,
          kind: roles[input.name].slice(5) as ListKind,
        }));
        setBusy('正在比对…');
        result = await runListComparison(ledger, lists, settings, ex);
      } else {
        const prevNames = withRole((r) => r === 'previous');
        if (!prevNames.length)
          throw new Error('请把上月的台账工作表设为“上月台账”（可先用“移动或复制工作表”复制到本工作簿）。');
        const pct = Number(threshold);
        if (!Number.isFinite(pct) || pct <= 0) throw new Error('“大幅变化”阈值应为正数（百分比）。');
        const previous = await read(prevNames);
        setBusy('正在比对两个月的台账…');
        result = await runMonthComparison(previous, ledger, settings, pct, ex);
      }
      setOutcome(result);
      setStatus({ intent: result.open.length ? 'info' : 'success', text: result.summary });
    } catch (e) {
      setStatus({ intent: 'error', text: `比对未完成：${errorText(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const save = async (next: Exemption[]) => {
    if (!host.saveExemptions) throw new Error('此版本无法在工作簿中保存已核实记录。');
    await host.saveExemptions(next);
    setExemptions(next);
    return next;
  };

  const verify = async (item: CompareItem) => {
    if (!outcome) return;
    try {
      if (!reason.trim()) throw new Error('请填写核实原因。');
      const e = await newExemption(outcome, item, reason, by);
      const next = await save([...exemptions.filter((x) => x.key !== e.key), e]);
      setVerifying(null);
      setReason('');
      await run(outcome.mode, next);
    } catch (e) {
      setStatus({ intent: 'error', text: `标记已核实失败：${errorText(e)}` });
    }
  };

  const revoke = async (key: string) => {
    try {
      const next = await save(exemptions.filter((x) => x.key !== key));
      if (outcome) await run(outcome.mode, next);
    } catch (e) {
      setStatus({ intent: 'error', text: `撤销失败：${errorText(e)}` });
    }
  };

  const writeTable = async () => {
    if (!outcome) return;
    try {
      const [name] = await createSheets(host, [outcome.spec]);
      setStatus({ intent: 'success', text: `已写出“${name}”（已有同名表时新表名后加序号）。` });
    } catch (e) {
      setStatus({ intent: 'error', text: `写出失败：${errorText(e)}` });
    }
  };

  const select = (item: CompareItem) =>
    host
      .selectCell(item.finding.sheet, item.finding.cell)
      .catch((e) => setStatus({ intent: 'error', text: `无法定位：${errorText(e)}` }));

  return (
    <div className={styles.stack}>
      <div className={styles.h}>工作表用途</div>
      <div className={styles.roles} data-testid="compare-roles">
        {sheets.map((n) => (
          <div key={n} style={{ display: 'contents' }}>
            <span className={styles.name}>{n}</span>
            <Select
              aria-label={`${n} 的用途`}
              value={roles[n] ?? 'skip'}
              onChange={(_, d) => setRoles({ ...roles, [n]: d.value as SheetRole })}
            >
              {ROLE_OPTIONS.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
        ))}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!!busy} onClick={() => void run('compare')}>
          部门名单比对
        </Button>
        <Button appearance="primary" disabled={!!busy} onClick={() => void run('diff')}>
          与上月比对
        </Button>
        <Field label="大幅变化阈值（%）" orientation="horizontal">
          <Input value={threshold} onChange={(_, d) => setThreshold(d.value)} style={{ width: '64px' }} />
        </Field>
        <Button appearance="subtle" disabled={!!busy} onClick={() => void refresh()}>
          刷新工作表
        </Button>
      </div>
      {busy && <ProgressBar aria-label={busy} />}
      {busy && <div>{busy}</div>}
      {status && (
        <MessageBar intent={status.intent} data-testid="compare-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <div className={styles.row}>
            <Badge appearance="tint" color="warning">
              待核实 {outcome.open.length}
            </Badge>
            <Badge appearance="tint" color="success" data-testid="compare-verified-count">
              已核实 {outcome.exempted.length}
            </Badge>
            {outcome.stale.length > 0 && <Badge appearance="tint">已失效 {outcome.stale.length}</Badge>}
            <Button size="small" onClick={() => void writeTable()}>
              {outcome.mode === 'compare' ? '写出比对结果表' : '写出变动情况表'}
            </Button>
          </div>
          <ul className={styles.list} aria-label="待核实" data-testid="compare-open">
            {outcome.open.slice(0, SHOWN).map((item) => (
              <li
                key={`${item.side}${item.finding.sheet}!${item.finding.cell}${item.finding.rule}`}
                className={styles.item}
              >
                <div>
                  <strong>{RULES[item.finding.rule]?.title ?? item.finding.rule}</strong>{' '}
                  <Button size="small" appearance="transparent" onClick={() => void select(item)}>
                    {item.finding.sheet}!{item.finding.cell}
                  </Button>
                </div>
                <div>{item.finding.message}</div>
                {verifying === item.key ? (
                  <div className={styles.row}>
                    <Input
                      aria-label="核实原因"
                      placeholder="核实原因"
                      value={reason}
                      onChange={(_, d) => setReason(d.value)}
                    />
                    <Input
                      aria-label="核实人"
                      placeholder="核实人（可选）"
                      value={by}
                      onChange={(_, d) => setBy(d.value)}
                      style={{ width: '96px' }}
                    />
                    <Button size="small" appearance="primary" onClick={() => void verify(item)}>
                      确定
                    </Button>
                    <Button size="small" onClick={() => setVerifying(null)}>
                      取消
                    </Button>
                  </div>
                ) : (
                  <Button size="small" onClick={() => setVerifying(item.key)}>
                    标为已核实
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {outcome.open.length > SHOWN && (
            <div>另有 {outcome.open.length - SHOWN} 处，请写出结果表查看全部。</div>
          )}
          {outcome.exempted.length > 0 && (
            <>
              <div className={styles.h}>已核实（不计入待核实）</div>
              <ul className={styles.list} aria-label="已核实" data-testid="compare-verified">
                {outcome.exempted.map((item) => (
                  <li key={item.key + item.finding.cell} className={styles.item}>
                    <div>
                      <strong>{RULES[item.finding.rule]?.title ?? item.finding.rule}</strong>{' '}
                      {item.exemption.subject}
                    </div>
                    <div>
                      核实原因：{item.exemption.reason}
                      {item.exemption.by ? `（${item.exemption.by}` : ''}
                      {item.exemption.by && item.exemption.at
                        ? `，${item.exemption.at}）`
                        : item.exemption.by
                          ? '）'
                          : ''}
                    </div>
                    <Button size="small" onClick={() => void revoke(item.exemption.key)}>
                      撤销核实
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
