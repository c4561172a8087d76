'use strict';
(self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []).push([
  [365],
  {
    8365(e, t, n) {
      n.d(t, { p: () => W, $: () => T });
      function s() {
        return globalThis.Office;
      }
      function o() {
        const e = s()?.context?.requirements;
        let t = 0;
        if (e) for (let n = 1; n <= 40 && e.isSetSupported('ExcelApi', `1.${n}`); n++) t = n;
        const n = (e) => t >= e;
        return {
          apiMinor: t,
          rangeByIndexes: n(7),
          suspendApiCalculation: n(6),
          suspendScreenUpdating: n(9),
          fillPattern: n(9),
          pageLayout: n(9),
          comments: n(10),
          mergedAreas: n(13),
          notes: n(18),
        };
      }
      const r = {
        ItemNotFound: '找不到指定的工作表或单元格，可能已被重命名或删除',
        AccessDenied: '工作表或工作簿受保护，无法修改；请撤销保护后重试',
        InvalidOperation: 'Excel 拒绝了此操作（工作表可能受保护或正在编辑单元格），请退出单元格编辑后重试',
        RequestPayloadSizeLimitExceeded: '单次写入的数据超过 Excel 网页版上限，请分批处理',
        ResponsePayloadSizeLimitExceeded: '单次读取的数据超过 Excel 网页版上限，请分批处理',
        ApiNotFound: '当前 Excel 版本不支持所需接口，请升级到 Office 2021 或 Microsoft 365',
        GeneralException: 'Excel 内部错误，请保存工作簿后重试',
      };
      async function a(e, t) {
        try {
          return await t();
        } catch (t) {
          const n = t?.code;
          if ('string' == typeof n && r[n]) {
            const s = new Error(`${e}失败：${r[n]}`);
            throw ((s.code = n), (s.cause = t), s);
          }
          throw t;
        }
      }
      const l = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
      function c(e) {
        const t = l.exec(e.trim());
        if (!t) return null;
        let n = 0;
        for (const e of t[1].toUpperCase()) n = 26 * n + e.charCodeAt(0) - 64;
        const s = Number(t[2]) - 1;
        return s >= 0 ? { r: s, c: n - 1 } : null;
      }
      function i(e) {
        const t = c(e);
        return t
          ? ((n = t.r),
            (function (e) {
              let t = '';
              for (let n = e + 1; n > 0; n = Math.floor((n - 1) / 26))
                t = String.fromCharCode(65 + ((n - 1) % 26)) + t;
              return t;
            })(t.c) +
              (n + 1))
          : null;
        var n;
      }
      function u(e) {
        const t = e.trim();
        if (t.startsWith("'")) {
          for (let e = 1; e < t.length; e++)
            if ("'" === t[e]) {
              if ("'" === t[e + 1]) {
                e++;
                continue;
              }
              return t.slice(e + 2);
            }
          return t;
        }
        const n = t.lastIndexOf('!');
        return n < 0 ? t : t.slice(n + 1);
      }
      function f(e) {
        if ('number' == typeof e) return String(e).length;
        if ('boolean' == typeof e) return e ? 4 : 5;
        if ('string' != typeof e) return 4;
        let t = 2;
        for (let n = 0; n < e.length; n++) {
          const s = e.charCodeAt(n);
          t += s < 32 || 34 === s || 92 === s ? (s < 32 ? 6 : 2) : s < 128 ? 1 : s < 2048 ? 2 : 3;
        }
        return t;
      }
      function h(e) {
        let t = 1 + e.length;
        for (let n = 0; n < e.length; n++) t += f(e[n]);
        return t;
      }
      function g(e, t = 64) {
        if (!e.length) return 0;
        const n = Math.max(1, Math.floor(e.length / t));
        let s = 0,
          o = 0;
        for (let t = 0; t < e.length; t += n) ((s += h(e[t])), o++);
        return s / o;
      }
      class m {
        constructor(e, t, n) {
          ((this.ctx = e), (this.budget = t), (this.onBatchStart = n), (this.used = 0));
        }
        async reserve(e) {
          (this.used > 0 && this.used + e > this.budget && (await this.flush()),
            0 === this.used && this.onBatchStart?.(),
            (this.used += e));
        }
        async flush() {
          0 !== this.used && ((this.used = 0), await this.ctx.sync());
        }
      }
      function d(e) {
        const t = e?.code;
        return 'RequestPayloadSizeLimitExceeded' === t || 'ResponsePayloadSizeLimitExceeded' === t;
      }
      const w = '_bangfu_state',
        p = ['marks', 'settings'];
      function y(e) {
        return { sheet: e.workbook.worksheets.getItemOrNullObject(w) };
      }
      function v(e) {
        if (e.sheet.isNullObject)
          return { exists: !1, result: () => ({ exists: !1, marks: null, settings: null, rows: [0, 0] }) };
        const t = e.sheet.getUsedRangeOrNullObject(!0);
        return (
          t.load('values, rowIndex, columnIndex'),
          {
            exists: !0,
            result: () => {
              if (t.isNullObject) return { exists: !0, marks: null, settings: null, rows: [0, 0] };
              const e = [0, 1].map((e) => {
                  const n = [],
                    s = e - t.columnIndex;
                  for (let e = 1 - t.rowIndex; e < t.values.length; e++) {
                    if (e < 0 || s < 0) continue;
                    const o = t.values[e][s];
                    if ('string' != typeof o || !o.startsWith('j:')) break;
                    n.push(o.slice(2));
                  }
                  return n;
                }),
                n = (e) => {
                  if (!e.length) return null;
                  try {
                    return JSON.parse(e.join(''));
                  } catch {
                    return null;
                  }
                },
                s = n(e[0]);
              return {
                exists: !0,
                marks: s && 1 === s.v && s.sheets ? s : null,
                settings: n(e[1]),
                rows: [e[0].length, e[1].length],
              };
            },
          }
        );
      }
      async function b(e, t, n, s, o) {
        const r =
            null === n
              ? []
              : (function (e) {
                  const t = [];
                  let n = 0;
                  for (; n < e.length;) {
                    let s = Math.min(e.length, n + 3e4);
                    const o = e.charCodeAt(s - 1);
                    (s < e.length && o >= 55296 && o <= 56319 && s--, t.push('j:' + e.slice(n, s)), (n = s));
                  }
                  return t;
                })(JSON.stringify(n)),
          a = Math.max(r.length, s),
          l = [p[t], ...r];
        for (; l.length < a + 1;) l.push('');
        for (let n = 0; n < l.length; n += 32) {
          const s = l.slice(n, n + 32);
          (await o.reserve(160 + s.reduce((e, t) => e + 3 * t.length + 4, 0)),
            (e.getRangeByIndexes(n, t, s.length, 1).values = s.map((e) => [e])));
        }
      }
      function x(e, t) {
        if (t) return e.workbook.worksheets.getItem(w);
        const n = e.workbook.worksheets.add(w);
        return ((n.visibility = 'VeryHidden'), n);
      }
      function k(e) {
        let t = 2166136261;
        for (let n = 0; n < e.length; n++) ((t ^= e.charCodeAt(n)), (t = Math.imul(t, 16777619)));
        return (t >>> 0).toString(16).padStart(8, '0');
      }
      const C = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' },
        S = { error: 3, warning: 2, info: 1 };
      function E(e, t) {
        return () => {
          (t.suspendApiCalculation && e.application.suspendApiCalculationUntilNextSync(),
            t.suspendScreenUpdating && e.application.suspendScreenUpdatingUntilNextSync());
        };
      }
      function B(e) {
        const t = '【台账检查】' + e.join('\n');
        return t.length > 2e3 ? t.slice(0, 1999) + '…' : t;
      }
      function M(e) {
        return 3 * e.length;
      }
      function I(e, t) {
        const n = e.format.fill;
        return (n.load(t.fillPattern ? 'color, pattern, patternColor' : 'color'), { fill: n });
      }
      function F({ fill: e }, t) {
        if (t.fillPattern) {
          if ('None' === e.pattern) return null;
          const t = { c: e.color };
          return ('Solid' !== e.pattern && ((t.p = e.pattern), e.patternColor && (t.pc = e.patternColor)), t);
        }
        return e.color && '#FFFFFF' !== e.color.toUpperCase() ? { c: e.color } : null;
      }
      function O(e, t) {
        const n = e.format.fill;
        t ? ((n.color = t.c), t.p && ((n.pattern = t.p), t.pc && (n.patternColor = t.pc))) : n.clear();
      }
      async function z(e) {
        const t = e.workbook.worksheets;
        return (
          t.load('items/name'),
          {
            sheets: t,
            resolve: () =>
              new Map(t.items.filter((e) => e.name !== w).map((e) => [e.name.toLowerCase(), e.name])),
          }
        );
      }
      const R = (e) => {
        if (e?.aborted) throw e.reason ?? new Error('读取已取消');
      };
      function A(e) {
        if (!e || 'General' === e || '@' === e) return !1;
        const t = e
          .replace(/"[^"]*"/g, '')
          .replace(/\\./g, '')
          .replace(/\[[^\]]*\]/g, '');
        return /[ymdhs年月日时分秒]/i.test(t);
      }
      function j(e, t = 'General') {
        return 'string' != typeof e || '@' === t
          ? e
          : '' !== (n = e) && (/^[=+\-@'#]/.test(n) || /\d/.test(n) || /^\s*(true|false)\s*$/i.test(n))
            ? "'" + e
            : e;
        var n;
      }
      const N = {
          title: { bold: !0, size: 16, font: '黑体', h: 'Center', v: 'Center' },
          code: { size: 9, h: 'Right' },
          info: { size: 10, h: 'Left' },
          unit: { size: 10, h: 'Right' },
          header: { bold: !0, size: 10, h: 'Center', v: 'Center', wrap: !0, border: !0 },
          body: { size: 10, v: 'Center', border: !0 },
          total: { bold: !0, size: 10, v: 'Center', border: !0 },
          note: { size: 9, h: 'Left' },
          footer: { size: 10, h: 'Left' },
        },
        $ = { left: 'Left', center: 'Center', right: 'Right' };
      async function L(e, t, n, s) {
        const o = Math.max(1, t.columnWidths.length, ...t.rows.map((e) => e.length));
        for (let n = 0; n < t.rows.length; n += 2e3) {
          const r = t.rows.slice(n, n + 2e3),
            a = (e, t) => Array.from({ length: o }, (n, s) => t(e[s])),
            l = r.map((e) => a(e, (e) => e?.numFmt ?? null)),
            c = r.map((e) =>
              a(e, (e) => (e && void 0 === e.f && void 0 !== e.v && null !== e.v ? j(e.v, e.numFmt) : null)),
            ),
            i = r.map((e) => a(e, (e) => (void 0 !== e?.f ? '=' + e.f : null))),
            u = e.getRangeByIndexes(n, 0, r.length, o);
          (l.some((e) => e.some((e) => null !== e)) &&
            (await s.reserve(160 + l.reduce((e, t) => e + h(t), 0)), (u.numberFormat = l)),
            await s.reserve(160 + c.reduce((e, t) => e + h(t), 0)),
            (u.values = c),
            i.some((e) => e.some((e) => null !== e)) &&
              (await s.reserve(160 + i.reduce((e, t) => e + h(t), 0)), (u.formulas = i)));
        }
        for (const n of t.merges)
          (await s.reserve(320), e.getRangeByIndexes(n.r1, n.c1, n.r2 - n.r1 + 1, n.c2 - n.c1 + 1).merge(!1));
        for (const n of (function (e) {
          const t = new Map(),
            n = [];
          return (
            e.rows.forEach((e, s) => {
              const o = new Set();
              let r = 0;
              for (; r < e.length;) {
                const a = e[r];
                if (!a?.style) {
                  r++;
                  continue;
                }
                let l = r + 1;
                for (; l < e.length && e[l]?.style === a.style && e[l]?.align === a.align;) l++;
                const c = `${r}:${l}:${a.style}:${a.align ?? ''}`,
                  i = t.get(c);
                if (i && i.r + i.rows === s) i.rows++;
                else {
                  const e = { r: s, c: r, rows: 1, cols: l - r, style: a.style, align: a.align };
                  (t.set(c, e), n.push(e));
                }
                (o.add(c), (r = l));
              }
              for (const e of [...t.keys()]) o.has(e) || t.delete(e);
            }),
            n
          );
        })(t)) {
          const t = N[n.style];
          await s.reserve(1920);
          const o = e.getRangeByIndexes(n.r, n.c, n.rows, n.cols).format;
          (t.bold && (o.font.bold = !0), t.size && (o.font.size = t.size), t.font && (o.font.name = t.font));
          const r = n.align ? $[n.align] : t.h;
          if (
            (r && (o.horizontalAlignment = r),
            t.v && (o.verticalAlignment = t.v),
            t.wrap && (o.wrapText = !0),
            t.border)
          ) {
            const e = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
            (n.cols > 1 && e.push('InsideVertical'), n.rows > 1 && e.push('InsideHorizontal'));
            for (const t of e) {
              const e = o.borders.getItem(t);
              ((e.style = 'Continuous'), (e.weight = 'Thin'));
            }
          }
        }
        for (let n = 0; n < t.rows.length; n++) {
          const o = t.rows[n];
          for (let t = 0; t < o.length; t++) {
            const r = o[t]?.link;
            r &&
              (await s.reserve(160 + 3 * r.length),
              (e.getRangeByIndexes(n, t, 1, 1).hyperlink = {
                documentReference: r.replace(/^#/, ''),
                textToDisplay: String(o[t]?.v ?? ''),
              }));
          }
        }
        if (
          (await s.reserve(160 * (t.columnWidths.length + 8)),
          t.columnWidths.forEach((t, n) => {
            var s;
            t > 0 &&
              (e.getRangeByIndexes(0, n, 1, 1).format.columnWidth =
                ((s = t), Math.round(0.75 * (7 * s + 5) * 100) / 100));
          }),
          t.freeze && (t.freeze.row > 0 || t.freeze.col > 0))
        ) {
          const { row: n, col: s } = t.freeze;
          0 === s
            ? e.freezePanes.freezeRows(n)
            : 0 === n
              ? e.freezePanes.freezeColumns(s)
              : e.freezePanes.freezeAt(e.getRangeByIndexes(0, 0, n, s));
        }
        if (n.pageLayout) {
          const n = e.pageLayout;
          ((n.orientation = 'landscape' === t.print.orientation ? 'Landscape' : 'Portrait'),
            (n.paperSize = 'A4'),
            t.print.fitToWidth && (n.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }));
          const [s, o] = t.headerRowRange;
          o >= s && s >= 0 && n.setPrintTitleRows(`$${s + 1}:$${o + 1}`);
        }
      }
      async function P(e, t, n, s = {}) {
        if (!e.length) return;
        const o = new Set();
        for (const t of e) {
          const e = t.name.toLowerCase();
          if (o.has(e)) throw new Error(`汇总表名称重复：“${t.name}”`);
          if (e === w) throw new Error(`工作表名称“${t.name}”为本加载项保留`);
          o.add(e);
        }
        await Excel.run(async (o) => {
          const r = e.map((e) => o.workbook.worksheets.getItemOrNullObject(e.name));
          await o.sync();
          const a = e.filter((e, t) => !r[t].isNullObject);
          if (a.length && !s.replace)
            throw new Error(`工作表“${a.map((e) => e.name).join('”“')}”已存在，未生成汇总表`);
          const l = new m(o, n.requestBudgetBytes, () => {
              (t.suspendApiCalculation && o.application.suspendApiCalculationUntilNextSync(),
                t.suspendScreenUpdating && o.application.suspendScreenUpdatingUntilNextSync());
            }),
            c = Date.now().toString(36).slice(-5),
            i = [];
          for (let n = 0; n < e.length; n++) {
            (await l.reserve(480), r[n].isNullObject || ((r[n].name = `~bf${n}_${c}`), i.push(r[n])));
            const s = o.workbook.worksheets.add(e[n].name);
            await L(s, e[n], t, l);
          }
          for (const e of i) (await l.reserve(160), e.delete());
          await l.flush();
        });
      }
      const U = 1048576;
      function q(e = {}) {
        let t = e.capabilities;
        const n = () => t ?? (t = o()),
          s = e.requestBudgetBytes ?? 4 * U,
          r = { requestBudgetBytes: s },
          l = {
            capabilities: n,
            listSheets: async () =>
              Excel.run(async (e) => {
                const t = e.workbook.worksheets;
                return (
                  t.load('items/name, items/visibility'),
                  await e.sync(),
                  t.items.filter((e) => 'VeryHidden' !== e.visibility && e.name !== w).map((e) => e.name)
                );
              }),
            readSheet: (t, s) =>
              (async function (e, t, n, s = {}) {
                const { signal: o, onProgress: r } = s;
                return (
                  R(o),
                  Excel.run(async (s) => {
                    const a = s.workbook.worksheets.getItem(e),
                      l = a.getUsedRangeOrNullObject(!0);
                    if (
                      (l.load('rowIndex, columnIndex, rowCount, columnCount'),
                      await s.sync(),
                      R(o),
                      l.isNullObject)
                    )
                      return (r?.(0, 0), { name: e, values: [], numberFormats: [] });
                    const i = l.rowIndex,
                      f = l.columnIndex,
                      h = l.rowCount,
                      m = l.columnCount,
                      w = f + m,
                      p = h * m <= n.fullFormatCells,
                      y = Math.max(1, Math.min(h, n.sampleRows, Math.floor(1e5 / m))),
                      v = a.getRangeByIndexes(i, f, y, m);
                    v.load('values, numberFormat');
                    let b = null;
                    (t.mergedAreas &&
                      ((b = a
                        .getRangeByIndexes(0, 0, Math.min(i + h, i + 15), w)
                        .getMergedAreasOrNullObject()),
                      b.load('address')),
                      await s.sync(),
                      R(o));
                    const x = new Array(i + h),
                      k = p ? new Array(i + h) : null,
                      C = () => new Array(w).fill('');
                    for (let e = 0; e < i; e++) x[e] = C();
                    const S = (e, t, n) => {
                        for (let n = 0; n < t.length; n++)
                          x[i + e + n] = f ? C().slice(0, f).concat(t[n]) : t[n];
                        if (k && n)
                          for (let t = 0; t < n.length; t++)
                            k[i + e + t] = f ? new Array(f).fill('General').concat(n[t]) : n[t];
                      },
                      E = [];
                    if (!p)
                      for (let e = 0; e < m; e++)
                        for (let t = 0; t < v.values.length; t++)
                          if ('number' == typeof v.values[t][e] && A(v.numberFormat[t][e])) {
                            E.push(e);
                            break;
                          }
                    const B = [];
                    for (const e of E) {
                      const t = B[B.length - 1];
                      t && t.col + t.cols === e ? t.cols++ : B.push({ col: e, cols: 1 });
                    }
                    const M = new Map(),
                      I = (e, t, n) => {
                        for (let s = 0; s < n.length; s++) {
                          let o = M.get(i + e + s);
                          o || M.set(i + e + s, (o = []));
                          for (let e = 0; e < t.cols; e++) o[t.col + e] = n[s][e];
                        }
                      };
                    if ((S(0, v.values, v.numberFormat), !p))
                      for (const e of B)
                        I(
                          0,
                          e,
                          v.numberFormat.map((t) => t.slice(e.col, e.col + e.cols)),
                        );
                    let F = y;
                    r?.(F, h);
                    const O = p
                      ? g(v.numberFormat)
                      : B.reduce(
                          (e, t) => e + g(v.numberFormat.map((e) => e.slice(t.col, t.col + t.cols))),
                          0,
                        );
                    let z = Math.max(8, g(v.values) + O);
                    const j = n.responseBudgetBytes;
                    for (; F < h;) {
                      R(o);
                      const e = Math.max(1, Math.min(Math.floor(j / 10 / (1.03 * z)), Math.floor(1e6 / m))),
                        t = [];
                      let n = 0,
                        l = F;
                      for (; l < h;) {
                        const s = Math.min(e, h - l),
                          o = s * z * 1.03;
                        if (t.length && n + o > j) break;
                        const r = {
                          start: l,
                          rows: s,
                          values: a.getRangeByIndexes(i + l, f, s, m),
                          formats: [],
                        };
                        r.values.load(p ? 'values, numberFormat' : 'values');
                        for (const e of B) {
                          const t = a.getRangeByIndexes(i + l, f + e.col, s, e.cols);
                          (t.load('numberFormat'), r.formats.push({ ...e, range: t }));
                        }
                        (t.push(r), (n += o), (l += s));
                      }
                      try {
                        await s.sync();
                      } catch (n) {
                        if (d(n) && (t.length > 1 || e > 1)) {
                          z *= 4;
                          continue;
                        }
                        throw n;
                      }
                      let c = 0,
                        u = 0;
                      for (const e of t) {
                        const t = e.values.values,
                          n = p ? e.values.numberFormat : null;
                        (S(e.start, t, n), (c += g(t) * e.rows + (n ? g(n) * e.rows : 0)));
                        for (const t of e.formats)
                          (I(e.start, t, t.range.numberFormat), (c += g(t.range.numberFormat) * e.rows));
                        u += e.rows;
                      }
                      ((z = Math.max(8, c / u)), (F = l), r?.(F, h));
                    }
                    let N, $;
                    if (k) {
                      for (let e = 0; e < i; e++) k[e] = new Array(w).fill('General');
                      N = k;
                    } else if (B.length) {
                      N = new Array(x.length);
                      for (let e = 0; e < x.length; e++) {
                        const t = new Array(w).fill('General'),
                          n = M.get(e);
                        (n && n.forEach((e, n) => (t[f + n] = e)), (N[e] = t));
                      }
                    }
                    b &&
                      !b.isNullObject &&
                      ($ = (function (e) {
                        const t = [];
                        for (const n of (function (e) {
                          const t = [];
                          let n = '',
                            s = !1;
                          for (const o of e)
                            ("'" === o && (s = !s),
                              ',' !== o || s ? (n += o) : (n.trim() && t.push(n.trim()), (n = '')));
                          return (n.trim() && t.push(n.trim()), t);
                        })(e)) {
                          const [e, s = e] = u(n).split(':'),
                            o = c(e),
                            r = c(s);
                          o &&
                            r &&
                            t.push({
                              r1: Math.min(o.r, r.r),
                              c1: Math.min(o.c, r.c),
                              r2: Math.max(o.r, r.r),
                              c2: Math.max(o.c, r.c),
                            });
                        }
                        return t;
                      })(b.address));
                    const L = { name: e, values: x };
                    return (N && (L.numberFormats = N), $ && (L.merges = $), L);
                  })
                );
              })(
                t,
                n(),
                {
                  responseBudgetBytes: e.responseBudgetBytes ?? 4 * U,
                  sampleRows: e.sampleRows ?? 200,
                  fullFormatCells: e.fullFormatCells ?? 5e5,
                },
                s,
              ),
            applyMarks: (e) =>
              (async function (e, t, n) {
                e.length &&
                  (await Excel.run(async (s) => {
                    var o, r;
                    const a = await z(s),
                      l = y(s);
                    await s.sync();
                    const c = a.resolve(),
                      u = new Map();
                    for (const t of e) {
                      const e = c.get(t.sheet.toLowerCase()),
                        n = i(t.cell);
                      if (!e || !n) continue;
                      const s = e + '\0' + n,
                        o = u.get(s);
                      o
                        ? (S[t.severity] > S[o.severity] && (o.severity = t.severity),
                          o.messages.includes(t.message) || o.messages.push(t.message))
                        : u.set(s, { sheet: e, cell: n, severity: t.severity, messages: [t.message] });
                    }
                    if (!u.size) return;
                    const f = v(l),
                      h = new m(s, n.requestBudgetBytes),
                      g = new Map(),
                      d = (e) => {
                        let t = g.get(e);
                        return (t || g.set(e, (t = s.workbook.worksheets.getItem(e))), t);
                      },
                      w = [];
                    for (const e of u.values()) {
                      await h.reserve(160 * (t.notes ? 6 : 3));
                      const n = d(e.sheet),
                        s = n.getRange(e.cell),
                        o = I(s, t);
                      let r = null;
                      (t.notes && ((r = n.notes.getItemOrNullObject(e.cell)), r.load('content')),
                        w.push({ t: e, s: n, range: s, fill: o, note: r }));
                    }
                    await s.sync();
                    const p = f.result(),
                      O = p.marks ?? { v: 1, sheets: {} },
                      R = new m(s, n.requestBudgetBytes, E(s, t));
                    for (const { t: e, s: n, range: s, fill: a, note: l } of w) {
                      const c = C[e.severity],
                        i = B(e.messages),
                        u = (o = O.sheets)[(r = e.sheet)] ?? (o[r] = {});
                      let f = u[e.cell];
                      const h = l && !l.isNullObject ? l.content : null;
                      ((f && void 0 !== f.m) || ((f = { ...f, f: F(a, t), m: c }), (u[e.cell] = f)),
                        t.notes && void 0 === f.n && (f.n = h),
                        (f.m = c),
                        await R.reserve(320 + (t.notes ? 320 + M(i) : 0)),
                        (s.format.fill.color = c),
                        t.fillPattern &&
                          'Solid' !== a.fill.pattern &&
                          'None' !== a.fill.pattern &&
                          (s.format.fill.pattern = 'Solid'),
                        t.notes &&
                          (null !== h && l ? (l.content = i) : n.notes.add(e.cell, i), (f.h = k(i))));
                    }
                    const A = x(s, p.exists);
                    (await b(A, 0, O, p.rows[0], R), await R.flush());
                  }));
              })(e, n(), r),
            clearMarks: () =>
              (async function (e, t) {
                await Excel.run(async (n) => {
                  var s;
                  const o = await z(n),
                    r = y(n);
                  if ((await n.sync(), r.sheet.isNullObject)) return;
                  const a = o.resolve(),
                    l = v(r);
                  await n.sync();
                  const c = l.result(),
                    i = c.marks;
                  if (!i) return;
                  const u = new m(n, t.requestBudgetBytes),
                    f = [],
                    h = { v: 1, sheets: {} };
                  for (const [t, s] of Object.entries(i.sheets)) {
                    const o = a.get(t.toLowerCase());
                    if (!o) continue;
                    const r = n.workbook.worksheets.getItem(o);
                    for (const [t, n] of Object.entries(s)) {
                      await u.reserve(960);
                      const s = r.getRange(t),
                        a = I(s, e);
                      let l = null;
                      (e.notes && void 0 !== n.n && ((l = r.notes.getItemOrNullObject(t)), l.load('content')),
                        f.push({ sheet: o, cell: t, rec: n, s: r, range: s, fill: a, note: l }));
                    }
                  }
                  await u.flush();
                  const g = new m(n, t.requestBudgetBytes, E(n, e));
                  for (const { sheet: t, cell: n, rec: o, s: r, range: a, fill: l, note: c } of f) {
                    if (void 0 !== o.m) {
                      const t = F(l, e);
                      t &&
                        t.c.toUpperCase() === o.m.toUpperCase() &&
                        !t.p &&
                        (await g.reserve(480), O(a, o.f ?? null));
                    }
                    if (void 0 !== o.n) {
                      if (!e.notes) {
                        ((s = h.sheets)[t] ?? (s[t] = {}))[n] = { n: o.n, h: o.h };
                        continue;
                      }
                      const a = c && !c.isNullObject ? c.content : null;
                      (await g.reserve(320 + M(o.n ?? '')),
                        null === a
                          ? null !== o.n && r.notes.add(n, o.n)
                          : k(a) === o.h && (null === o.n ? c.delete() : (c.content = o.n)));
                    }
                  }
                  const d = Object.keys(h.sheets).length > 0,
                    p = n.workbook.worksheets.getItem(w);
                  (d || null !== c.settings
                    ? await b(p, 0, d ? h : null, c.rows[0], g)
                    : (await g.reserve(160), p.delete()),
                    await g.flush());
                });
              })(n(), r),
            markedCount: () =>
              (async function () {
                return Excel.run(async (e) => {
                  const t = y(e);
                  await e.sync();
                  const n = v(t);
                  n.exists && (await e.sync());
                  const s = n.result().marks;
                  if (!s) return 0;
                  let o = 0;
                  for (const e of Object.values(s.sheets))
                    for (const t of Object.values(e)) void 0 !== t.m && o++;
                  return o;
                });
              })(),
            writeCells: (e) =>
              (async function (e, t, n) {
                return e.length
                  ? Excel.run(async (s) => {
                      const o = s.workbook.worksheets;
                      (o.load('items/name'), await s.sync());
                      const r = new Map(o.items.map((e) => [e.name.toLowerCase(), e.name])),
                        a = new Map(),
                        l = new m(s, n.requestBudgetBytes);
                      for (const t of e) {
                        const e = r.get(t.sheet.toLowerCase());
                        if (!e) throw new Error(`找不到工作表“${t.sheet}”，未写入任何单元格`);
                        const n = i(t.cell);
                        if (!n) throw new Error(`单元格地址“${t.cell}”无效，未写入任何单元格`);
                        const o = e + '\0' + n;
                        let c = a.get(o);
                        if (!c) {
                          await l.reserve(480);
                          const r = s.workbook.worksheets.getItem(e).getRange(n);
                          (r.load('values, formulas, numberFormat'),
                            (c = { sheet: e, cell: n, range: r, value: t.value }),
                            a.set(o, c));
                        }
                        c.value = t.value;
                      }
                      await s.sync();
                      const c = [...a.values()].filter((e) => {
                        const t = e.range.formulas[0][0];
                        return 'string' == typeof t && t.startsWith('=') && t !== e.range.values[0][0];
                      });
                      if (c.length) {
                        const e = c
                          .slice(0, 5)
                          .map((e) => `${e.sheet}!${e.cell}`)
                          .join('、');
                        throw new Error(
                          `以下单元格含公式，为免丢失公式未写入任何单元格：${e}${c.length > 5 ? ' 等' : ''}`,
                        );
                      }
                      const u = [...a.values()].map((e) => ({
                          sheet: e.sheet,
                          cell: e.cell,
                          value: e.range.values[0][0],
                        })),
                        h = new m(s, n.requestBudgetBytes, () => {
                          t.suspendApiCalculation && s.application.suspendApiCalculationUntilNextSync();
                        });
                      for (const e of a.values())
                        (await h.reserve(160 + f(e.value) + 1),
                          (e.range.values = [[j(e.value, e.range.numberFormat[0][0])]]));
                      return (await h.flush(), u);
                    })
                  : [];
              })(e, n(), r),
            createSheet: (e, t) => P([e], n(), r, t),
            createSheets: (e, t) => P(e, n(), r, t),
            async selectCell(e, t) {
              await Excel.run(async (n) => {
                const s = n.workbook.worksheets.getItem(e);
                (s.activate(), s.getRange(t).select(), await n.sync());
              });
            },
            loadSettings: async () =>
              Excel.run(async (e) => {
                const t = y(e);
                await e.sync();
                const n = v(t);
                return (n.exists && (await e.sync()), n.result().settings);
              }),
            async saveSettings(e) {
              await Excel.run(async (t) => {
                const n = y(t);
                await t.sync();
                const o = v(n);
                o.exists && (await t.sync());
                const r = o.result(),
                  a = new m(t, s),
                  l = x(t, r.exists);
                (await b(l, 1, e ?? null, r.rows[1], a), await a.flush());
              });
            },
          },
          h = {
            listSheets: '读取工作表列表',
            readSheet: '读取工作表',
            applyMarks: '标记问题单元格',
            clearMarks: '清除标记',
            markedCount: '统计标记',
            writeCells: '写入单元格',
            createSheet: '生成汇总表',
            createSheets: '生成汇总表',
            selectCell: '定位单元格',
            loadSettings: '读取设置',
            saveSettings: '保存设置',
          },
          p = { ...l };
        for (const [e, t] of Object.entries(h)) {
          const n = l[e];
          p[e] = (...e) => a(t, () => n(...e));
        }
        return p;
      }
      const T = {
        createHost: () => q(),
        checkSupport: () =>
          (function (e = o()) {
            return s()?.context?.requirements
              ? e.apiMinor >= 7
                ? null
                : '当前 Excel 版本过旧，请升级到 Office 2021 或 Microsoft 365 后使用'
              : '未检测到 Excel 环境，请在 Excel 中打开本加载项';
          })(),
      };
      async function W(e, t) {
        if (e.createSheets) await e.createSheets(t, { replace: !0 });
        else for (const n of t) await e.createSheet(n, { replace: !0 });
      }
    },
  },
]);
