// 修复预览: every safe fix with a checkbox (全选 / 全不选); fixes that rewrite an income figure start unticked,
// since the recomputed value is only right if the income items are.
import { useEffect, useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import type { FixItem } from './model';

const useStyles = makeStyles({
  list: { maxHeight: '50vh', overflowY: 'auto', display: 'flex', flexDirection: 'column' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

export const fixKey = (x: FixItem) => `${x.edit.sheet}!${x.edit.cell}`;

export function FixDialog(props: {
  open: boolean;
  fixes: FixItem[];
  onClose: () => void;
  onApply: (chosen: FixItem[]) => void;
}) {
  const { open, fixes, onClose, onApply } = props;
  const styles = useStyles();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (open) setChosen(new Set(fixes.filter((x) => !x.rewritesFigure).map(fixKey)));
  }, [open, fixes]);
  const picked = fixes.filter((x) => chosen.has(fixKey(x)));
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby="fix-desc">
        <DialogBody>
          <DialogTitle>修复预览</DialogTitle>
          <DialogContent>
            <p id="fix-desc">
              勾选要改写的单元格。原值会被保留，可随时“撤销修复”。改写收入数值的项默认不勾选，请核实后再选。
            </p>
            <div className={styles.row}>
              <Button size="small" onClick={() => setChosen(new Set(fixes.map(fixKey)))}>
                全选
              </Button>
              <Button size="small" onClick={() => setChosen(new Set())}>
                全不选
              </Button>
              <span>
                已选 {picked.length} / {fixes.length} 项
              </span>
            </div>
            <div className={styles.list} role="group" aria-label="可自动修复项">
              {fixes.map((x) => (
                <Checkbox
                  key={fixKey(x)}
                  checked={chosen.has(fixKey(x))}
                  onChange={(_, d) => {
                    const next = new Set(chosen);
                    if (d.checked) next.add(fixKey(x));
                    else next.delete(fixKey(x));
                    setChosen(next);
                  }}
                  label={`${x.edit.sheet}!${x.edit.cell}：${x.label}（“${String(x.from)}” → “${String(x.edit.value)}”）`}
                  data-fix={fixKey(x)}
                />
              ))}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!picked.length} onClick={() => onApply(picked)}>
              应用所选修复（{picked.length}）
            </Button>
            <Button onClick={onClose}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
