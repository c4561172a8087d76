(() => {
  'use strict';
  var e = {
    8466(e, n, t) {
      function r(e) {
        let n = e + 1,
          t = '';
        for (; n > 0;) {
          const e = (n - 1) % 26;
          ((t = String.fromCharCode(65 + e) + t), (n = Math.floor((n - 1) / 26)));
        }
        return t;
      }
      function l(e, n) {
        return r(n) + String(e + 1);
      }
      t.d(n, { FN: () => r, a1: () => l });
    },
    9551(e, n, t) {
      var r = t(4848),
        l = t(5338),
        s = t(6540),
        i = t(5260),
        a = t(125),
        o = t(4594),
        c = t(8114),
        u = t(7465),
        d = t(439),
        h = t(6616),
        m = t(8685),
        x = t(2328),
        f = t(3976),
        p = t(8744),
        g = t(5346),
        j = t(8335),
        v = t(2892),
        y = t(738),
        b = t(6164),
        w = t(2287),
        S = t(4616),
        $ = t(3781),
        k = t(5770),
        C = t(152),
        N = t(8466);
      const M = { error: '错误', warning: '警告', info: '提示' },
        L = ['error', 'warning', 'info'];
      function O(e) {
        return [...new Set(e)].sort((e, n) => e.localeCompare(n, 'zh-CN'));
      }
      function D(e) {
        let n = 0;
        for (const t of e.values)
          for (let e = t.length - 1; e >= n; e--)
            if ('' !== t[e] && null !== t[e] && void 0 !== t[e]) {
              n = e + 1;
              break;
            }
        return n;
      }
      const P = ['year', 'povertyLine', 'monitoringLine', 'helperMaxHouseholds', 'incomeTolerance'],
        z = ['region', 'referenceDate', 'incidenceDenominator'];
      function E(e) {
        const n = e && 'object' == typeof e ? e : {},
          t = (e) => (null == e ? '' : String(e)),
          r = n.columnSynonyms && 'object' == typeof n.columnSynonyms ? n.columnSynonyms : {};
        return {
          year: t(n.year),
          region: t(n.region),
          povertyLine: t(n.povertyLine),
          monitoringLine: t(n.monitoringLine),
          helperMaxHouseholds: t(n.helperMaxHouseholds),
          incomeTolerance: t(n.incomeTolerance),
          referenceDate: t(n.referenceDate),
          incidenceDenominator: t(n.incidenceDenominator),
          columnSynonyms: Object.entries(r)
            .map(([e, n]) => `${e}: ${Array.isArray(n) ? n.join('，') : String(n)}`)
            .join('\n'),
        };
      }
      const T = {
          year: '收入年度',
          region: '地区（省份）',
          povertyLine: '贫困线（元/人·年）',
          monitoringLine: '监测线（元/人·年）',
          helperMaxHouseholds: '帮扶责任人最多户数',
          incomeTolerance: '收入核对容差（元）',
          referenceDate: '年龄计算基准日',
          incidenceDenominator: '贫困发生率分母',
          columnSynonyms: '列名对应（补充表头）',
        },
        B = [
          { value: '', label: '默认（农业户籍人口）' },
          { value: 'agriPopulation', label: '农业户籍人口' },
          { value: 'ruralPopulation', label: '乡村人口' },
          { value: 'totalPopulation', label: '总人口' },
          { value: 'residentPopulation', label: '常住人口' },
        ],
        R = (0, i.n)({
          stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
          row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
          sheets: { display: 'flex', flexDirection: 'column', maxHeight: '160px', overflowY: 'auto' },
          counts: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
          groups: {
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: '2px',
          },
          groupBtn: { justifyContent: 'space-between', width: '100%', minWidth: 0, fontFamily: 'monospace' },
          list: {
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: '4px',
          },
          item: {
            display: 'block',
            overflowWrap: 'anywhere',
            width: '100%',
            textAlign: 'left',
            border: `1px solid ${a.L.colorNeutralStroke2}`,
            borderRadius: a.L.borderRadiusMedium,
            backgroundColor: a.L.colorNeutralBackground1,
            padding: '6px 8px',
            cursor: 'pointer',
            font: 'inherit',
            fontSize: a.L.fontSizeBase200,
            color: a.L.colorNeutralForeground1,
            ':hover': { backgroundColor: a.L.colorNeutralBackground1Hover },
            ':focus-visible': { outline: `2px solid ${a.L.colorStrokeFocus2}`, outlineOffset: '1px' },
          },
          current: {
            border: `2px solid ${a.L.colorBrandStroke1}`,
            backgroundColor: a.L.colorBrandBackground2,
          },
          where: { fontWeight: a.L.fontWeightSemibold },
          filters: {
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))',
            gap: '6px',
            '& > *': { minWidth: 0 },
          },
          select: { minWidth: 0, width: '100%' },
          fixList: { maxHeight: '50vh', overflowY: 'auto', margin: 0, paddingLeft: '18px' },
          h: { fontSize: a.L.fontSizeBase300, fontWeight: a.L.fontWeightSemibold, margin: '8px 0 2px' },
        }),
        W = { error: 'danger', warning: 'warning', info: 'informative' };
      function A(e) {
        const { host: n, analysis: t, run: l } = e,
          i = R(),
          [a, o] = (0, s.useState)(!0),
          [c, u] = (0, s.useState)([]),
          [d, N] = (0, s.useState)(new Set()),
          [D, P] = (0, s.useState)(null),
          [z, E] = (0, s.useState)(null),
          T = (0, s.useRef)(null),
          [B, A] = (0, s.useState)({ village: '', rule: '', severity: '' }),
          [H, F] = (0, s.useState)(0),
          [I, _] = (0, s.useState)(null),
          [Y, q] = (0, s.useState)(0),
          [V, X] = (0, s.useState)(!1),
          [Z, G] = (0, s.useState)(null),
          [J, K] = (0, s.useState)(!1),
          Q = (0, s.useRef)(new Map()),
          U = t?.report ?? null,
          ee = (0, s.useMemo)(
            () =>
              U
                ? (function (e) {
                    const n = new Map(),
                      t = new Map();
                    for (const r of e.households)
                      (r.householdId && n.set(r.householdId, r.village),
                        t.set(`${r.sheet}\0${r.row}`, r.village));
                    return e.findings.map(
                      (e) =>
                        (e.householdId && n.get(e.householdId)) ||
                        t.get(`${e.sheet}\0${e.row}`) ||
                        '（未识别村）',
                    );
                  })(U)
                : [],
            [U],
          ),
          ne = (0, s.useMemo)(
            () =>
              U
                ? (function (e, n, t) {
                    const r = [];
                    return (
                      e.findings.forEach((e, l) => {
                        (t.severity && e.severity !== t.severity) ||
                          (t.rule && e.rule !== t.rule) ||
                          (t.village && n[l] !== t.village) ||
                          r.push(l);
                      }),
                      r
                    );
                  })(U, ee, B)
                : [],
            [U, ee, B],
          ),
          te = (0, s.useMemo)(
            () =>
              U
                ? (function (e) {
                    const n = new Map();
                    for (const t of e) {
                      const e = n.get(t.rule);
                      e
                        ? (e.count++,
                          L.indexOf(t.severity) < L.indexOf(e.severity) && (e.severity = t.severity))
                        : n.set(t.rule, { rule: t.rule, severity: t.severity, count: 1 });
                    }
                    return [...n.values()].sort(
                      (e, n) =>
                        L.indexOf(e.severity) - L.indexOf(n.severity) ||
                        n.count - e.count ||
                        e.rule.localeCompare(n.rule),
                    );
                  })(U.findings)
                : [],
            [U],
          ),
          re = (0, s.useMemo)(
            () =>
              U
                ? (function (e) {
                    const n = { error: 0, warning: 0, info: 0 };
                    for (const t of e) n[t.severity]++;
                    return n;
                  })(U.findings)
                : null,
            [U],
          ),
          se = (0, s.useMemo)(
            () =>
              U
                ? (function (e) {
                    const n = new Set(),
                      t = [];
                    for (const r of e) {
                      if (!r.fix) continue;
                      const e = `${r.fix.sheet}\0${r.fix.cell}`;
                      n.has(e) ||
                        (n.add(e),
                        t.push({
                          edit: { sheet: r.fix.sheet, cell: r.fix.cell, value: r.fix.to },
                          label: r.fix.label,
                          from: r.fix.from,
                        }));
                    }
                    return t;
                  })(U.findings)
                : [],
            [U],
          ),
          ie = Math.max(1, Math.ceil(ne.length / 50));
        ((0, s.useEffect)(() => {
          n.markedCount().then(q, () => {});
        }, [n]),
          (0, s.useEffect)(() => {
            a ||
              c.length ||
              n.listSheets().then(
                (e) => {
                  (u(e), N(new Set(e)));
                },
                (e) => E({ intent: 'error', text: `读取工作表列表失败：${le(e)}` }),
              );
          }, [a, c.length, n]));
        const ae = async (e, t = !1) => {
            if (!U) return;
            _(e);
            const r = ne.indexOf(e);
            (r >= 0 && F(Math.floor(r / 50)), t && setTimeout(() => Q.current.get(e)?.focus(), 0));
            const l = U.findings[e];
            try {
              await n.selectCell(l.sheet, l.cell);
            } catch (e) {
              E({ intent: 'error', text: `无法定位到 ${l.sheet}!${l.cell}：${le(e)}` });
            }
          },
          oe = (e) => {
            if (!ne.length) return;
            const n = null === I ? -1 : ne.indexOf(I),
              t = n < 0 ? (e > 0 ? 0 : ne.length - 1) : Math.min(ne.length - 1, Math.max(0, n + e));
            ae(ne[t], !0);
          },
          ce = async (e, t) => {
            K(!0);
            try {
              E({ intent: 'success', text: await t() });
            } catch (n) {
              E({ intent: 'error', text: `${e}失败：${le(n)}` });
            } finally {
              (K(!1), n.markedCount().then(q, () => {}));
            }
          },
          ue = ne.slice(50 * H, 50 * (H + 1)),
          de = (0, s.useMemo)(() => O(U?.findings.map((e) => e.rule) ?? []), [U]),
          he = (0, s.useMemo)(() => O(ee), [ee]);
        return (0, r.jsxs)('div', {
          className: i.stack,
          children: [
            (0, r.jsx)(x.S, {
              label: '自动识别台账（检查全部工作表）',
              checked: a,
              onChange: (e, n) => o(Boolean(n.checked)),
              disabled: !!D,
            }),
            !a &&
              (0, r.jsx)('div', {
                className: i.sheets,
                role: 'group',
                'aria-label': '选择工作表',
                children: c.map((e) =>
                  (0, r.jsx)(
                    x.S,
                    {
                      label: e,
                      checked: d.has(e),
                      onChange: (n, t) => {
                        const r = new Set(d);
                        (t.checked ? r.add(e) : r.delete(e), N(r));
                      },
                    },
                    e,
                  ),
                ),
              }),
            (0, r.jsxs)('div', {
              className: i.row,
              children: [
                (0, r.jsx)(f.$, {
                  appearance: 'primary',
                  onClick: async () => {
                    const e = new AbortController();
                    ((T.current = e), E(null), P({ label: '准备读取…', value: 0 }));
                    try {
                      const n = a ? null : c.filter((e) => d.has(e));
                      if (n && !n.length) throw new Error('请至少选择一个工作表。');
                      const t = await l({ sheets: n, signal: e.signal, onProgress: P });
                      (A({ village: '', rule: '', severity: '' }), F(0), _(null));
                      const r = t.report.counts;
                      E({
                        intent: r.error ? 'info' : 'success',
                        text: `检查完成：读取 ${t.inputs.length} 个工作表，发现错误 ${r.error} 处、警告 ${r.warning} 处、提示 ${r.info} 处。`,
                      });
                    } catch (e) {
                      E({ intent: 'error', text: `检查未完成：${le(e)}` });
                    } finally {
                      (P(null), (T.current = null));
                    }
                  },
                  disabled: !!D || J,
                  children: '开始检查',
                }),
                D &&
                  (0, r.jsx)(f.$, {
                    onClick: () => T.current?.abort(),
                    'aria-label': '取消检查',
                    children: '取消',
                  }),
              ],
            }),
            D &&
              (0, r.jsx)(p.D, {
                validationMessage: D.label,
                validationState: 'none',
                children: (0, r.jsx)(g.z, { value: D.value, 'aria-label': '检查进度' }),
              }),
            z &&
              (0, r.jsx)(h.n, {
                intent: z.intent,
                role: 'status',
                'data-testid': 'check-status',
                children: (0, r.jsx)(m.R, { children: z.text }),
              }),
            U &&
              re &&
              (0, r.jsxs)(r.Fragment, {
                children: [
                  (0, r.jsx)('div', {
                    className: i.counts,
                    'aria-label': '按严重程度统计',
                    'data-testid': 'severity-counts',
                    children: L.map((e) =>
                      (0, r.jsxs)(
                        f.$,
                        {
                          size: 'small',
                          appearance: B.severity === e ? 'primary' : 'secondary',
                          onClick: () => {
                            (A({ ...B, severity: B.severity === e ? '' : e }), F(0));
                          },
                          'data-severity': e,
                          'data-count': re[e],
                          children: [M[e], ' ', re[e]],
                        },
                        e,
                      ),
                    ),
                  }),
                  te.length > 0 &&
                    (0, r.jsxs)(r.Fragment, {
                      children: [
                        (0, r.jsx)('h3', { className: i.h, children: '按规则' }),
                        (0, r.jsx)('ul', {
                          className: i.groups,
                          'aria-label': '按规则统计',
                          'data-testid': 'rule-groups',
                          children: te.map((e) =>
                            (0, r.jsx)(
                              'li',
                              {
                                children: (0, r.jsxs)(f.$, {
                                  size: 'small',
                                  appearance: B.rule === e.rule ? 'primary' : 'subtle',
                                  className: i.groupBtn,
                                  onClick: () => {
                                    (A({ ...B, rule: B.rule === e.rule ? '' : e.rule }), F(0));
                                  },
                                  'data-rule': e.rule,
                                  children: [
                                    (0, r.jsx)('span', { children: e.rule }),
                                    (0, r.jsx)(j.E, {
                                      appearance: 'tint',
                                      color: W[e.severity],
                                      children: e.count,
                                    }),
                                  ],
                                }),
                              },
                              e.rule,
                            ),
                          ),
                        }),
                      ],
                    }),
                  (0, r.jsxs)('div', {
                    className: i.filters,
                    children: [
                      (0, r.jsx)(p.D, {
                        label: '村',
                        children: (0, r.jsxs)(v.l, {
                          className: i.select,
                          value: B.village,
                          onChange: (e, n) => {
                            (A({ ...B, village: n.value }), F(0));
                          },
                          children: [
                            (0, r.jsx)('option', { value: '', children: '全部村' }),
                            he.map((e) => (0, r.jsx)('option', { value: e, children: e }, e)),
                          ],
                        }),
                      }),
                      (0, r.jsx)(p.D, {
                        label: '规则',
                        children: (0, r.jsxs)(v.l, {
                          className: i.select,
                          value: B.rule,
                          onChange: (e, n) => {
                            (A({ ...B, rule: n.value }), F(0));
                          },
                          children: [
                            (0, r.jsx)('option', { value: '', children: '全部规则' }),
                            de.map((e) => (0, r.jsx)('option', { value: e, children: e }, e)),
                          ],
                        }),
                      }),
                      (0, r.jsx)(p.D, {
                        label: '严重程度',
                        children: (0, r.jsxs)(v.l, {
                          className: i.select,
                          value: B.severity,
                          onChange: (e, n) => {
                            (A({ ...B, severity: n.value }), F(0));
                          },
                          children: [
                            (0, r.jsx)('option', { value: '', children: '全部' }),
                            L.map((e) => (0, r.jsx)('option', { value: e, children: M[e] }, e)),
                          ],
                        }),
                      }),
                    ],
                  }),
                  (0, r.jsxs)('div', {
                    className: i.row,
                    children: [
                      (0, r.jsx)(f.$, {
                        size: 'small',
                        onClick: () => oe(-1),
                        disabled: !ne.length,
                        children: '上一个',
                      }),
                      (0, r.jsx)(f.$, {
                        size: 'small',
                        onClick: () => oe(1),
                        disabled: !ne.length,
                        children: '下一个',
                      }),
                      (0, r.jsx)('span', {
                        'aria-live': 'polite',
                        children:
                          null !== I && ne.includes(I)
                            ? `第 ${ne.indexOf(I) + 1} / ${ne.length} 条`
                            : `共 ${ne.length} 条`,
                      }),
                    ],
                  }),
                  (0, r.jsx)('ul', {
                    className: i.list,
                    'aria-label': '问题列表',
                    'data-testid': 'findings',
                    children: ue.map((e) => {
                      const n = U.findings[e];
                      return (0, r.jsx)(
                        'li',
                        {
                          children: (0, r.jsxs)('button', {
                            type: 'button',
                            ref: (n) => {
                              n ? Q.current.set(e, n) : Q.current.delete(e);
                            },
                            className: (0, y.z)(i.item, I === e && i.current),
                            'aria-current': I === e ? 'true' : void 0,
                            onClick: () => {
                              ae(e);
                            },
                            'data-rule': n.rule,
                            'data-cell': `${n.sheet}!${n.cell}`,
                            children: [
                              (0, r.jsx)(j.E, {
                                appearance: 'filled',
                                color: W[n.severity],
                                size: 'small',
                                children: M[n.severity],
                              }),
                              ' ',
                              (0, r.jsxs)('span', { className: i.where, children: [n.sheet, '!', n.cell] }),
                              ' ',
                              (0, r.jsx)('span', { children: n.message }),
                            ],
                          }),
                        },
                        e,
                      );
                    }),
                  }),
                  ie > 1 &&
                    (0, r.jsxs)('div', {
                      className: i.row,
                      'aria-label': '翻页',
                      children: [
                        (0, r.jsx)(f.$, {
                          size: 'small',
                          disabled: 0 === H,
                          onClick: () => F(H - 1),
                          children: '上一页',
                        }),
                        (0, r.jsxs)('span', { children: ['第 ', H + 1, ' / ', ie, ' 页'] }),
                        (0, r.jsx)(f.$, {
                          size: 'small',
                          disabled: H >= ie - 1,
                          onClick: () => F(H + 1),
                          children: '下一页',
                        }),
                      ],
                    }),
                  (0, r.jsx)('h3', { className: i.h, children: '表格操作' }),
                  (0, r.jsxs)('div', {
                    className: i.row,
                    children: [
                      (0, r.jsx)(f.$, {
                        onClick: () =>
                          ce('标记', async () => {
                            const e = ne.map((e) => U.findings[e]);
                            var t;
                            return (
                              await n.applyMarks(
                                ((t = e),
                                t.map((e) => ({
                                  sheet: e.sheet,
                                  cell: e.cell,
                                  severity: e.severity,
                                  message: e.message,
                                }))),
                              ),
                              `已在表格中标记 ${e.length} 处（按当前筛选）。点“清除标记”可原样恢复。`
                            );
                          }),
                        disabled: J || !ne.length,
                        children: '标记到表格',
                      }),
                      (0, r.jsx)(f.$, {
                        onClick: () =>
                          ce(
                            '清除标记',
                            async () => (await n.clearMarks(), '已清除全部标记，单元格已恢复原样。'),
                          ),
                        disabled: J,
                        children: '清除标记',
                      }),
                      (0, r.jsxs)('span', { 'data-testid': 'marked-count', children: ['已标记 ', Y, ' 处'] }),
                    ],
                  }),
                  (0, r.jsxs)('div', {
                    className: i.row,
                    children: [
                      (0, r.jsxs)(f.$, {
                        onClick: () => X(!0),
                        disabled: J || !se.length,
                        children: ['预览可自动修复项（', se.length, '）'],
                      }),
                      (0, r.jsx)(f.$, {
                        onClick: () =>
                          ce('撤销修复', async () => {
                            await n.writeCells(Z ?? []);
                            const e = Z?.length ?? 0;
                            return (G(null), `已撤销修复，${e} 个单元格恢复为原值。`);
                          }),
                        disabled: J || !Z?.length,
                        children: '撤销修复',
                      }),
                    ],
                  }),
                ],
              }),
            (0, r.jsx)(b.l, {
              open: V,
              onOpenChange: (e, n) => X(n.open),
              children: (0, r.jsx)(w.E, {
                'aria-describedby': 'fix-desc',
                children: (0, r.jsxs)(S.R, {
                  children: [
                    (0, r.jsx)($.L, { children: '修复预览' }),
                    (0, r.jsxs)(k.C, {
                      children: [
                        (0, r.jsx)('p', {
                          id: 'fix-desc',
                          children: '以下单元格将被改写。原值会被保留，可随时“撤销修复”。',
                        }),
                        (0, r.jsx)('ol', {
                          className: i.fixList,
                          children: se.map((e) =>
                            (0, r.jsxs)(
                              'li',
                              {
                                children: [
                                  e.edit.sheet,
                                  '!',
                                  e.edit.cell,
                                  '：',
                                  e.label,
                                  '（“',
                                  String(e.from),
                                  '” → “',
                                  String(e.edit.value),
                                  '”）',
                                ],
                              },
                              `${e.edit.sheet}!${e.edit.cell}`,
                            ),
                          ),
                        }),
                      ],
                    }),
                    (0, r.jsxs)(C.i, {
                      children: [
                        (0, r.jsx)(f.$, {
                          appearance: 'primary',
                          onClick: () =>
                            ce('修复', async () => {
                              X(!1);
                              const e = await n.writeCells(se.map((e) => e.edit));
                              return (
                                G((n) => [...e, ...(n ?? [])]),
                                `已修复 ${se.length} 处。如需还原请点“撤销修复”；修复后建议重新检查。`
                              );
                            }),
                          children: '应用修复',
                        }),
                        (0, r.jsx)(f.$, { onClick: () => X(!1), children: '取消' }),
                      ],
                    }),
                  ],
                }),
              }),
            }),
          ],
        });
      }
      var H = t(8472),
        F = t(5970),
        I = t(1426),
        _ = t(6186),
        Y = t(4614),
        q = t(7583);
      const V = (0, i.n)({
        stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
        row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
        scroll: { overflowX: 'auto' },
        table: { minWidth: '280px', fontSize: a.L.fontSizeBase200 },
        num: { textAlign: 'right', justifyContent: 'flex-end' },
        total: { fontWeight: a.L.fontWeightSemibold },
        basis: { color: a.L.colorNeutralForeground3, fontSize: a.L.fontSizeBase200 },
      });
      function X(e) {
        const n = V(),
          { v: t } = e;
        return (0, r.jsxs)(H.H, {
          className: e.total ? n.total : void 0,
          children: [
            (0, r.jsx)(F.n, { children: t.village }),
            (0, r.jsx)(F.n, { className: n.num, children: t.households }),
            (0, r.jsx)(F.n, { className: n.num, children: t.persons }),
            (0, r.jsxs)(F.n, {
              className: n.num,
              children: [t.monitoredHouseholds, '户/', t.monitoredPersons, '人'],
            }),
            (0, r.jsx)(F.n, {
              className: n.num,
              children: ((l = t.incidencePercent), null === l ? '—' : `${l.toFixed(2)}%`),
            }),
          ],
        });
        var l;
      }
      function Z(e) {
        const { host: n, analysis: t } = e,
          l = V(),
          [i, a] = (0, s.useState)(null),
          [o, c] = (0, s.useState)(null),
          [u, d] = (0, s.useState)(!1);
        if (!t)
          return (0, r.jsx)(h.n, {
            intent: 'info',
            children: (0, r.jsx)(m.R, {
              children: '请先在“检查”页点击“开始检查”，这里会显示各村户数、人数、监测对象和贫困发生率。',
            }),
          });
        const { report: x, inputs: p } = t,
          g = async (e) => {
            d(!0);
            try {
              a({ intent: 'success', text: await e() });
            } catch (e) {
              a({ intent: 'error', text: `写入失败：${le(e)}` });
            } finally {
              d(!1);
            }
          };
        return (0, r.jsxs)('div', {
          className: l.stack,
          children: [
            (0, r.jsx)('div', {
              className: l.scroll,
              children: (0, r.jsxs)(I.X, {
                className: l.table,
                size: 'extra-small',
                'aria-label': '各村统计',
                'data-testid': 'village-table',
                children: [
                  (0, r.jsx)(_.A, {
                    children: (0, r.jsxs)(H.H, {
                      children: [
                        (0, r.jsx)(Y.M, { children: '村' }),
                        (0, r.jsx)(Y.M, { className: l.num, children: '户数' }),
                        (0, r.jsx)(Y.M, { className: l.num, children: '人数' }),
                        (0, r.jsx)(Y.M, { className: l.num, children: '监测对象' }),
                        (0, r.jsx)(Y.M, { className: l.num, children: '贫困发生率' }),
                      ],
                    }),
                  }),
                  (0, r.jsxs)(q.B, {
                    children: [
                      x.villages.map((e) => (0, r.jsx)(X, { v: e }, e.village)),
                      x.total && (0, r.jsx)(X, { v: x.total, total: !0 }),
                    ],
                  }),
                ],
              }),
            }),
            !x.villages.length &&
              (0, r.jsx)(h.n, {
                intent: 'info',
                children: (0, r.jsx)(m.R, { children: '未识别到户或人员台账，没有可统计的村。' }),
              }),
            x.incidenceBasis &&
              (0, r.jsxs)('div', { className: l.basis, children: ['贫困发生率口径：', x.incidenceBasis] }),
            (0, r.jsxs)('div', {
              className: l.row,
              children: [
                (0, r.jsx)(f.$, {
                  appearance: 'primary',
                  onClick: () =>
                    g(async () => {
                      const e = (function (e, n) {
                        const t = [],
                          r = new Map();
                        for (const n of e.households) {
                          const e = r.get(n.sheet) ?? [];
                          (e.push(n), r.set(n.sheet, e));
                        }
                        for (const [l, s] of r) {
                          const r = n.find((e) => e.name === l);
                          if (!r) continue;
                          const i = D(r),
                            a = (0, N.FN)(i),
                            o = (0, N.FN)(i + 1),
                            c = e.sheets.find((e) => e.name === l)?.headerRows ?? [],
                            u = c.length ? Math.max(...c) : Math.max(1, Math.min(...s.map((e) => e.row)) - 1);
                          (t.push({ sheet: l, cell: `${a}${u}`, value: '纯收入（重算）' }),
                            t.push({ sheet: l, cell: `${o}${u}`, value: '人均纯收入（重算）' }));
                          for (const e of s)
                            (t.push({ sheet: l, cell: `${a}${e.row}`, value: e.netIncome ?? '' }),
                              t.push({ sheet: l, cell: `${o}${e.row}`, value: e.perCapitaNetIncome ?? '' }));
                        }
                        return t;
                      })(x, p);
                      if (!e.length) throw new Error('没有识别到户级收入数据，无法写入。');
                      const t = await n.writeCells(e);
                      return (
                        c(t),
                        `已在 ${[...new Set(e.map((e) => e.sheet))].join('、')} 右侧空白列写入“纯收入（重算）”“人均纯收入（重算）”，共 ${e.length} 个单元格。`
                      );
                    }),
                  disabled: u || !x.households.length,
                  children: '写入重算收入列',
                }),
                (0, r.jsx)(f.$, {
                  onClick: () =>
                    g(async () => (await n.writeCells(o ?? []), c(null), '已撤销写入，单元格恢复为原值。')),
                  disabled: u || !o,
                  children: '撤销写入',
                }),
              ],
            }),
            i &&
              (0, r.jsx)(h.n, {
                intent: i.intent,
                role: 'status',
                children: (0, r.jsx)(m.R, { children: i.text }),
              }),
          ],
        });
      }
      var G = t(9886),
        J = t(8365);
      const K = (0, i.n)({
        stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
        row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
        list: { margin: 0, paddingLeft: '20px' },
      });
      function Q(e) {
        const { host: n, analysis: l, settings: i, run: a } = e,
          o = K(),
          [c, u] = (0, s.useState)(null),
          [d, x] = (0, s.useState)([]),
          [j, v] = (0, s.useState)(''),
          [y, b] = (0, s.useState)(null),
          w = (0, s.useRef)(null);
        return (0, r.jsxs)('div', {
          className: o.stack,
          children: [
            (0, r.jsx)('div', {
              className: o.row,
              children: (0, r.jsx)(f.$, {
                appearance: 'primary',
                onClick: async () => {
                  (b(null), u({ label: '准备中…' }));
                  try {
                    const e =
                      l ?? (await a({ sheets: null, signal: new AbortController().signal, onProgress: u }));
                    u({ label: '正在生成汇总表…' });
                    const r = await (async function (e, n) {
                      const r = await Promise.all([t.e(542), t.e(553)]).then(() => t(7676)),
                        { parseConfig: l } = await Promise.all([t.e(542), t.e(209)]).then(() => t(4053)),
                        s = l(n ?? {});
                      if (!s.ok) throw new Error(s.errors.join('；'));
                      return r.buildAllSummaries(e, s.config);
                    })(e.report, i ?? {});
                    if (!r.length) throw new Error('没有可生成的汇总表：未识别到台账数据。');
                    (await (0, J.p)(n, r),
                      x(r.map((e) => e.name)),
                      v(r.flatMap((e) => e.narrative ?? []).join('\n')),
                      b({
                        intent: 'success',
                        text: `已生成 ${r.length} 张汇总表（同名表已替换，原台账未改动）。`,
                      }));
                  } catch (e) {
                    b({ intent: 'error', text: `生成汇总表失败：${le(e)}` });
                  } finally {
                    u(null);
                  }
                },
                disabled: !!c,
                children: '生成汇总表',
              }),
            }),
            !l &&
              !c &&
              (0, r.jsx)('div', { children: '尚未检查：点击后会先读取并检查全部工作表，再生成汇总表。' }),
            c &&
              (0, r.jsx)(p.D, {
                validationMessage: c.label,
                validationState: 'none',
                children: (0, r.jsx)(g.z, { value: c.value, 'aria-label': '生成进度' }),
              }),
            y &&
              (0, r.jsx)(h.n, {
                intent: y.intent,
                role: 'status',
                'data-testid': 'summary-status',
                children: (0, r.jsx)(m.R, { children: y.text }),
              }),
            d.length > 0 &&
              (0, r.jsxs)(r.Fragment, {
                children: [
                  (0, r.jsx)('div', { children: '已生成的工作表：' }),
                  (0, r.jsx)('ul', {
                    className: o.list,
                    'data-testid': 'created-sheets',
                    children: d.map((e) => (0, r.jsx)('li', { children: e }, e)),
                  }),
                ],
              }),
            j &&
              (0, r.jsxs)(r.Fragment, {
                children: [
                  (0, r.jsx)(p.D, {
                    label: '报告可引用的文字',
                    children: (0, r.jsx)(G.T, {
                      ref: w,
                      value: j,
                      readOnly: !0,
                      resize: 'vertical',
                      rows: 8,
                    }),
                  }),
                  (0, r.jsx)('div', {
                    className: o.row,
                    children: (0, r.jsx)(f.$, {
                      onClick: async () => {
                        try {
                          (await navigator.clipboard.writeText(j),
                            b({ intent: 'success', text: '已复制到剪贴板。' }));
                        } catch {
                          (w.current?.focus(), w.current?.select());
                          const e = document.execCommand?.('copy');
                          b(
                            e
                              ? { intent: 'success', text: '已复制到剪贴板。' }
                              : { intent: 'error', text: '无法直接复制，文字已选中，请按 Ctrl+C 复制。' },
                          );
                        }
                      },
                      children: '复制文字',
                    }),
                  }),
                ],
              }),
          ],
        });
      }
      var U = t(4386);
      const ee = (0, i.n)({
          form: { display: 'flex', flexDirection: 'column', gap: '8px' },
          row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
          errors: { margin: 0, paddingLeft: '18px' },
        }),
        ne = {
          year: '留空：取台账中的年度',
          region: '如“贵州”；留空用全国标准',
          povertyLine: '留空：按年度和地区取标准',
          monitoringLine: '留空：按年度和地区取标准',
          helperMaxHouseholds: '默认 5',
          incomeTolerance: '默认 1 元',
          referenceDate: 'YYYY-MM-DD；留空取收入年度 12 月 31 日',
          columnSynonyms: '每行一个：字段键: 表头1，表头2，例如 idNumber: 身份证，公民身份号码',
        };
      function te(e) {
        const { host: n, settings: l, onSaved: i } = e,
          a = ee(),
          [o, c] = (0, s.useState)(() => E(l)),
          [u, d] = (0, s.useState)([]),
          [x, g] = (0, s.useState)(''),
          [j, y] = (0, s.useState)(!1),
          b = (e) => (n, t) => {
            (c({ ...o, [e]: t.value }), g(''));
          },
          w = (e, n = 'text') =>
            (0, r.jsx)(p.D, {
              label: T[e],
              hint: ne[e],
              children: (0, r.jsx)(U.p, { type: n, value: o[e], onChange: b(e), name: e }),
            });
        return (0, r.jsxs)('form', {
          className: a.form,
          onSubmit: (e) => {
            (e.preventDefault(),
              (async () => {
                (y(!0), g(''));
                try {
                  const { raw: e, errors: r } = (function (e, n) {
                    const t = { ...(n && 'object' == typeof n ? n : {}) },
                      r = [];
                    for (const n of P) {
                      const l = e[n].trim();
                      if ((delete t[n], !l)) continue;
                      const s = Number(l);
                      Number.isFinite(s) ? (t[n] = s) : r.push(`“${T[n]}”应为数字，现为“${l}”`);
                    }
                    for (const n of z) {
                      const r = e[n].trim();
                      (delete t[n], r && (t[n] = r));
                    }
                    delete t.columnSynonyms;
                    const l = {};
                    return (
                      e.columnSynonyms.split(/\r?\n/).forEach((e, n) => {
                        const t = e.trim();
                        if (!t) return;
                        const s = /^([A-Za-z][A-Za-z0-9_]*)\s*[:：]\s*(.+)$/.exec(t);
                        if (!s)
                          return void r.push(
                            `列名对应第 ${n + 1} 行格式应为“字段键: 表头1，表头2”，现为“${t}”`,
                          );
                        const i = s[2]
                          .split(/[,，、;；]/)
                          .map((e) => e.trim())
                          .filter(Boolean);
                        l[s[1]] = [...(l[s[1]] ?? []), ...i];
                      }),
                      Object.keys(l).length && (t.columnSynonyms = l),
                      { raw: t, errors: r }
                    );
                  })(o, l);
                  if (r.length) return void d(r);
                  const s = await (async function (e) {
                    const { parseConfig: n } = await Promise.all([t.e(542), t.e(209)]).then(() => t(4053)),
                      r = n(e);
                    return r.ok ? { ok: !0 } : { ok: !1, errors: r.errors };
                  })(e);
                  if (!s.ok) return void d(s.errors);
                  (await n.saveSettings(e), d([]), i(e), g('设置已保存到本工作簿，下次检查起生效。'));
                } catch (e) {
                  d([`保存失败：${le(e)}`]);
                } finally {
                  y(!1);
                }
              })());
          },
          children: [
            w('year', 'number'),
            w('region'),
            w('povertyLine', 'number'),
            w('monitoringLine', 'number'),
            w('helperMaxHouseholds', 'number'),
            w('incomeTolerance', 'number'),
            w('referenceDate'),
            (0, r.jsx)(p.D, {
              label: T.incidenceDenominator,
              children: (0, r.jsx)(v.l, {
                value: o.incidenceDenominator,
                onChange: b('incidenceDenominator'),
                name: 'incidenceDenominator',
                children: B.map((e) => (0, r.jsx)('option', { value: e.value, children: e.label }, e.value)),
              }),
            }),
            (0, r.jsx)(p.D, {
              label: T.columnSynonyms,
              hint: ne.columnSynonyms,
              children: (0, r.jsx)(G.T, {
                value: o.columnSynonyms,
                onChange: b('columnSynonyms'),
                rows: 4,
                name: 'columnSynonyms',
              }),
            }),
            (0, r.jsxs)('div', {
              className: a.row,
              children: [
                (0, r.jsx)(f.$, { appearance: 'primary', type: 'submit', disabled: j, children: '保存设置' }),
                (0, r.jsx)(f.$, {
                  type: 'button',
                  onClick: () => {
                    (c(E(l)), d([]));
                  },
                  children: '还原',
                }),
              ],
            }),
            u.length > 0 &&
              (0, r.jsx)(h.n, {
                intent: 'error',
                layout: 'multiline',
                role: 'alert',
                'data-testid': 'settings-errors',
                children: (0, r.jsx)(m.R, {
                  children: (0, r.jsx)('ul', {
                    className: a.errors,
                    children: u.map((e) => (0, r.jsx)('li', { children: e }, e)),
                  }),
                }),
              }),
            x &&
              (0, r.jsx)(h.n, {
                intent: 'success',
                role: 'status',
                children: (0, r.jsx)(m.R, { children: x }),
              }),
          ],
        });
      }
      const re = (0, i.n)({
        root: { minHeight: '100vh', boxSizing: 'border-box', minWidth: '300px' },
        tabs: { borderBottom: `1px solid ${a.L.colorNeutralStroke2}`, flexWrap: 'wrap' },
        panel: { padding: '8px 10px 16px' },
      });
      function le(e) {
        return e && 'object' == typeof e && 'name' in e && 'AbortError' === e.name
          ? '已取消。'
          : (e instanceof Error ? e.message : String(e)) || '发生未知错误。';
      }
      function se() {
        const e = new Error('已取消。');
        return ((e.name = 'AbortError'), e);
      }
      function ie(e) {
        const { host: n } = e,
          l = re(),
          [i, a] = (0, s.useState)('check'),
          [x, f] = (0, s.useState)(null),
          [p, g] = (0, s.useState)(''),
          [j, v] = (0, s.useState)(null),
          y = (0, s.useRef)(null);
        ((y.current = x),
          (0, s.useEffect)(() => {
            n.loadSettings().then(
              (e) => f(e ?? {}),
              (e) => {
                (f({}), g(`读取工作簿中保存的设置失败：${le(e)}`));
              },
            );
          }, [n]));
        const b = (0, s.useCallback)(
          async (e) => {
            const r = e.sheets ?? (await n.listSheets()),
              l = [];
            for (let t = 0; t < r.length; t++) {
              if (e.signal.aborted) throw se();
              const s = r[t];
              (e.onProgress({ label: `正在读取“${s}”（${t + 1}/${r.length}）`, value: t / (r.length + 1) }),
                l.push(
                  await n.readSheet(s, {
                    signal: e.signal,
                    onProgress: (n, l) =>
                      e.onProgress({
                        label: `正在读取“${s}”：${n}/${l} 行（${t + 1}/${r.length}）`,
                        value: (t + (l ? n / l : 1)) / (r.length + 1),
                      }),
                  }),
                ));
            }
            (e.onProgress({ label: '正在检查台账…', value: r.length / (r.length + 1) }),
              await new Promise((e) => setTimeout(e, 0)));
            const s = await (async function (e, n, r) {
              const { analyzeWorkbook: l } = await Promise.all([t.e(542), t.e(209)]).then(() => t(9960));
              return l(e, n ?? {}, r);
            })(l, y.current ?? {}, {
              onPhase: (n, t, l) => {
                if (e.signal.aborted) throw se();
                e.onProgress({
                  label: `正在检查：${n}`,
                  value: (r.length + (l ? t / l : 0)) / (r.length + 1),
                });
              },
            });
            if (e.signal.aborted) throw se();
            const i = { inputs: l, report: s };
            return (v(i), i);
          },
          [n],
        );
        return (0, r.jsxs)(o.q, {
          theme: c.o,
          className: l.root,
          children: [
            (0, r.jsxs)(u.w, {
              className: l.tabs,
              selectedValue: i,
              onTabSelect: (e, n) => a(n.value),
              'aria-label': '功能',
              size: 'medium',
              children: [
                (0, r.jsx)(d.o, { value: 'check', children: '检查' }),
                (0, r.jsx)(d.o, { value: 'calc', children: '计算' }),
                (0, r.jsx)(d.o, { value: 'summary', children: '汇总' }),
                (0, r.jsx)(d.o, { value: 'settings', children: '设置' }),
              ],
            }),
            (0, r.jsxs)('div', {
              className: l.panel,
              role: 'tabpanel',
              'aria-label': ae[i],
              children: [
                p && (0, r.jsx)(h.n, { intent: 'warning', children: (0, r.jsx)(m.R, { children: p }) }),
                (0, r.jsx)('div', {
                  hidden: 'check' !== i,
                  children: (0, r.jsx)(A, { host: n, analysis: j, run: b }),
                }),
                (0, r.jsx)('div', {
                  hidden: 'calc' !== i,
                  children: (0, r.jsx)(Z, { host: n, analysis: j }),
                }),
                (0, r.jsx)('div', {
                  hidden: 'summary' !== i,
                  children: (0, r.jsx)(Q, { host: n, analysis: j, settings: x, run: b }),
                }),
                (0, r.jsx)('div', {
                  hidden: 'settings' !== i,
                  children: null !== x && (0, r.jsx)(te, { host: n, settings: x, onSaved: f }),
                }),
              ],
            }),
          ],
        });
      }
      const ae = { check: '检查', calc: '计算', summary: '汇总', settings: '设置' };
      var oe = t(5043);
      function ce(e) {
        return (0, r.jsx)(o.q, {
          theme: c.o,
          style: { padding: 12 },
          children: (0, r.jsx)(h.n, {
            intent: 'warning',
            layout: 'multiline',
            role: 'alert',
            children: (0, r.jsxs)(m.R, {
              children: [(0, r.jsx)(oe.V, { children: e.title }), (0, r.jsx)('div', { children: e.text })],
            }),
          }),
        });
      }
      const ue =
        '帮扶台账助手需要在 Excel 中运行：请在 Excel 的“开始”选项卡点击“打开助手”。直接用浏览器打开此页面时无法读取工作簿。';
      !(async function (e, n = J.$) {
        const t = (0, l.H)(e),
          s = globalThis.Office;
        if (!s || 'function' != typeof s.onReady)
          return void t.render((0, r.jsx)(ce, { title: '未检测到 Office', text: ue }));
        let i;
        try {
          i = (await s.onReady())?.host;
        } catch {
          i = null;
        }
        if ('Excel' !== i) return void t.render((0, r.jsx)(ce, { title: '未检测到 Excel', text: ue }));
        const a = n.checkSupport();
        a
          ? t.render((0, r.jsx)(ce, { title: 'Excel 版本过旧', text: a }))
          : t.render((0, r.jsx)(ie, { host: n.createHost() }));
      })(document.getElementById('root'));
    },
  };
  const n = {};
  function t(r) {
    const l = n[r];
    if (void 0 !== l) return l.exports;
    const s = (n[r] = { exports: {} });
    return (e[r](s, s.exports, t), s.exports);
  }
  ((t.m = e),
    (() => {
      const e = [];
      t.O = (n, r, l) => {
        if (!r) {
          for (var s = 0; s < e.length; s++) {
            let [r, l] = e[s],
              a = !0;
            for (var i = 0; i < r.length; i++) t.O.j(r[i]) ? r.splice(i--, 1) : (a = !1);
            if (a) {
              e.splice(s--, 1);
              const t = l();
              void 0 !== t && (n = t);
            }
          }
          return n;
        }
        e.push([r, l]);
      };
    })(),
    (t.cw = (e) => {
      var n;
      return () => {
        if (e) {
          var t = e;
          ((e = 0), (n = { exports: {} }), t.call(n.exports, n, n.exports));
        }
        return n.exports;
      };
    }),
    (() => {
      const e = Object.getPrototypeOf;
      let n;
      t.t = function (r, l) {
        if ((1 & l && (r = this(r)), 8 & l)) return r;
        if ('object' == typeof r && r) {
          if (4 & l && r.__esModule) return r;
          if (16 & l && 'function' == typeof r.then) return r;
        }
        const s = Object.create(null);
        t.r(s);
        const i = {};
        n = n || [null, e({}), e([]), e(e)];
        for (var a = 2 & l && r; ('object' == typeof a || 'function' == typeof a) && !~n.indexOf(a); a = e(a))
          Object.getOwnPropertyNames(a).forEach((e) => (i[e] = () => r[e]));
        return ((i.default = () => r), t.d(s, i), s);
      };
    })(),
    (t.d = (e, n) => {
      if (Array.isArray(n))
        for (var r = 0; r < n.length;) {
          var l = n[r++],
            s = n[r++],
            i = 0 === s ? { enumerable: !0, value: n[r++] } : { enumerable: !0, get: s };
          t.o(e, l) || Object.defineProperty(e, l, i);
        }
      else
        for (var l in n)
          t.o(n, l) && !t.o(e, l) && Object.defineProperty(e, l, { enumerable: !0, get: n[l] });
    }),
    (t.f = {}),
    (t.e = (e) => {
      const n = [];
      return (t.f.j(e, n), Promise.all(n));
    }),
    (t.u = (e) =>
      (({ 209: 'engine', 553: 'summaries' })[e] || e) +
      '.' +
      { 209: 'ef77d871', 542: '838f9a7f', 553: 'b164ee54' }[e] +
      '.js'),
    (t.g = (function () {
      if ('object' == typeof globalThis) return globalThis;
      try {
        return this || new Function('return this')();
      } catch (e) {
        if ('object' == typeof window) return window;
      }
    })()),
    (t.o = (e, n) => Object.prototype.hasOwnProperty.call(e, n)),
    (() => {
      const e = {},
        n = 'bangfu-taizhang:';
      t.l = (r, l, s, i) => {
        if (e[r]) return void e[r].push(l);
        let a, o;
        if (void 0 !== s) {
          const e = document.getElementsByTagName('script');
          for (var c = 0; c < e.length; c++) {
            const t = e[c];
            if (t.getAttribute('src') == r || t.getAttribute('data-webpack') == n + s) {
              a = t;
              break;
            }
          }
        }
        (a ||
          ((o = !0),
          (a = document.createElement('script')),
          (a.charset = 'utf-8'),
          t.nc && a.setAttribute('nonce', t.nc),
          a.setAttribute('data-webpack', n + s),
          (a.src = r)),
          (e[r] = [l]));
        const u = (n, t) => {
            ((a.onerror = a.onload = null), clearTimeout(d));
            const l = e[r];
            if ((delete e[r], a.parentNode?.removeChild(a), l?.forEach((e) => e(t)), n)) return n(t);
          },
          d = setTimeout(u.bind(null, void 0, { type: 'timeout', target: a }), 12e4);
        ((a.onerror = u.bind(null, a.onerror)),
          (a.onload = u.bind(null, a.onload)),
          o && document.head.appendChild(a));
      };
    })(),
    (t.r = (e) => {
      (Object.defineProperty(e, Symbol.toStringTag, { value: 'Module' }),
        Object.defineProperty(e, '__esModule', { value: !0 }));
    }),
    (t.dn = (e) => {
      var n = Object.getOwnPropertyDescriptor(e, 'name');
      (!n || (!n.writable && n.configurable)) &&
        Object.defineProperty(e, 'name', { value: 'default', configurable: !0 });
    }),
    (t.p = ''),
    (() => {
      const e = { 926: 0 };
      ((t.f.j = (n, r) => {
        let l = t.o(e, n) ? e[n] : void 0;
        if (0 !== l)
          if (l) r.push(l[2]);
          else {
            const s = new Promise((t, r) => (l = e[n] = [t, r]));
            r.push((l[2] = s));
            const i = new Error(),
              a = (r) => {
                if (t.o(e, n) && ((l = e[n]), 0 !== l && (e[n] = void 0), l)) {
                  const e = r && ('load' === r.type ? 'missing' : r.type),
                    t = r && r.target && r.target.src;
                  ((i.message = 'Loading chunk ' + n + ' failed.\n(' + e + ': ' + t + ')'),
                    (i.name = 'ChunkLoadError'),
                    (i.type = e),
                    (i.request = t),
                    (i.event = r),
                    l[1](i));
                }
              };
            t.l(t.p + t.u(n), a, 'chunk-' + n, n);
          }
      }),
        (t.O.j = (n) => 0 === e[n]));
      const n = (n, r) => {
          let [l, s, i] = r;
          var a,
            o,
            c = 0;
          if (l.some((n) => 0 !== e[n])) {
            for (a in s) t.o(s, a) && (t.m[a] = s[a]);
            if (i) var u = i(t);
          }
          for (n && n(r); c < l.length; c++) ((o = l[c]), t.o(e, o) && e[o] && e[o][0](), (e[o] = 0));
          return t.O(u);
        },
        r = (self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []);
      (r.forEach(n.bind(null, 0)), (r.push = n.bind(null, r.push.bind(r))));
    })());
  let r = t.O(void 0, [577, 365], () => t(9551));
  r = t.O(r);
})();
