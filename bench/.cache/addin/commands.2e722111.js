(() => {
  'use strict';
  var e = {
    2286(e, t, n) {
      var o = n(8365);
      function r(e) {
        return async function (t) {
          let r;
          try {
            r =
              e.checkSupport() ??
              (await (async function (e) {
                const t = (await e.loadSettings()) ?? {},
                  r = await e.listSheets(),
                  a = [];
                for (const t of r) a.push(await e.readSheet(t));
                const i = await (async function (e, t) {
                    const { analyzeWorkbook: o } = await Promise.all([n.e(542), n.e(209)]).then(() =>
                      n(9960),
                    );
                    return o(e, t ?? {}, {});
                  })(a, t),
                  c = await (async function (e, t) {
                    const o = await Promise.all([n.e(542), n.e(553)]).then(() => n(7676)),
                      { parseConfig: r } = await Promise.all([n.e(542), n.e(209)]).then(() => n(4053)),
                      a = r(t ?? {});
                    if (!a.ok) throw new Error(a.errors.join('；'));
                    return o.buildAllSummaries(e, a.config);
                  })(i, t);
                if (!c.length)
                  throw new Error('未识别到台账数据，没有生成汇总表。请检查表头是否为台账格式。');
                await (0, o.p)(e, c);
                const s = i.counts;
                return `已生成 ${c.length} 张汇总表：${c.map((e) => e.name).join('、')}。检查发现错误 ${s.error} 处、警告 ${s.warning} 处、提示 ${s.info} 处，详情请打开助手查看。`;
              })(e.createHost()));
          } catch (e) {
            r = `一键生成汇总未完成：${(function (e) {
              return (e instanceof Error ? e.message : String(e)) || '未知错误';
            })(e)}`;
          }
          try {
            await (async function (e) {
              (document.body.setAttribute('data-last-notice', e),
                (document.getElementById('root').textContent = e));
              const t = 'undefined' != typeof Office ? Office.context?.ui : void 0;
              if (!t || 'function' != typeof t.displayDialogAsync) return;
              const n = new URL(location.href);
              ((n.search = ''),
                n.searchParams.set('notice', e),
                await new Promise((e) => {
                  const o = setTimeout(e, 12e4),
                    r = () => {
                      (clearTimeout(o), e());
                    };
                  try {
                    t.displayDialogAsync(n.href, { height: 30, width: 35, displayInIframe: !0 }, (e) => {
                      if (e.status !== Office.AsyncResultStatus.Succeeded) return r();
                      const t = e.value;
                      (t.addEventHandler(Office.EventType.DialogMessageReceived, () => {
                        (t.close(), r());
                      }),
                        t.addEventHandler(Office.EventType.DialogEventReceived, r));
                    });
                  } catch {
                    r();
                  }
                }));
            })(r);
          } finally {
            t?.completed();
          }
        };
      }
      !(function (e = o.$) {
        const t = new URLSearchParams(location.search).get('notice');
        if (null !== t)
          return void Office.onReady(() =>
            (function (e) {
              const t = document.getElementById('root');
              t.textContent = '';
              const n = document.createElement('p');
              ((n.textContent = e),
                (n.style.cssText = 'padding:12px;margin:0;font-size:14px;line-height:1.6'));
              const o = document.createElement('button');
              ((o.textContent = '确定'),
                (o.style.cssText = 'margin:0 12px 12px;padding:4px 20px'),
                o.addEventListener('click', () => Office.context.ui.messageParent('close')),
                t.append(n, o),
                o.focus());
            })(t),
          );
        const n = r(e);
        ((globalThis.generateSummaries = n),
          Office.onReady(() => {
            Office.actions.associate('generateSummaries', n);
          }));
      })();
    },
  };
  const t = {};
  function n(o) {
    const r = t[o];
    if (void 0 !== r) return r.exports;
    const a = (t[o] = { exports: {} });
    return (e[o](a, a.exports, n), a.exports);
  }
  ((n.m = e),
    (() => {
      const e = [];
      n.O = (t, o, r) => {
        if (!o) {
          for (var a = 0; a < e.length; a++) {
            let [o, r] = e[a],
              c = !0;
            for (var i = 0; i < o.length; i++) n.O.j(o[i]) ? o.splice(i--, 1) : (c = !1);
            if (c) {
              e.splice(a--, 1);
              const n = r();
              void 0 !== n && (t = n);
            }
          }
          return t;
        }
        e.push([o, r]);
      };
    })(),
    (n.d = (e, t) => {
      if (Array.isArray(t))
        for (var o = 0; o < t.length;) {
          var r = t[o++],
            a = t[o++],
            i = 0 === a ? { enumerable: !0, value: t[o++] } : { enumerable: !0, get: a };
          n.o(e, r) || Object.defineProperty(e, r, i);
        }
      else
        for (var r in t)
          n.o(t, r) && !n.o(e, r) && Object.defineProperty(e, r, { enumerable: !0, get: t[r] });
    }),
    (n.f = {}),
    (n.e = (e) => {
      const t = [];
      return (n.f.j(e, t), Promise.all(t));
    }),
    (n.u = (e) =>
      (({ 209: 'engine', 553: 'summaries' })[e] || e) +
      '.' +
      { 209: 'ef77d871', 542: '838f9a7f', 553: 'b164ee54' }[e] +
      '.js'),
    (n.o = (e, t) => Object.prototype.hasOwnProperty.call(e, t)),
    (() => {
      const e = {},
        t = 'bangfu-taizhang:';
      n.l = (o, r, a, i) => {
        if (e[o]) return void e[o].push(r);
        let c, s;
        if (void 0 !== a) {
          const e = document.getElementsByTagName('script');
          for (var l = 0; l < e.length; l++) {
            const n = e[l];
            if (n.getAttribute('src') == o || n.getAttribute('data-webpack') == t + a) {
              c = n;
              break;
            }
          }
        }
        (c ||
          ((s = !0),
          (c = document.createElement('script')),
          (c.charset = 'utf-8'),
          n.nc && c.setAttribute('nonce', n.nc),
          c.setAttribute('data-webpack', t + a),
          (c.src = o)),
          (e[o] = [r]));
        const u = (t, n) => {
            ((c.onerror = c.onload = null), clearTimeout(f));
            const r = e[o];
            if ((delete e[o], c.parentNode?.removeChild(c), r?.forEach((e) => e(n)), t)) return t(n);
          },
          f = setTimeout(u.bind(null, void 0, { type: 'timeout', target: c }), 12e4);
        ((c.onerror = u.bind(null, c.onerror)),
          (c.onload = u.bind(null, c.onload)),
          s && document.head.appendChild(c));
      };
    })(),
    (n.dn = (e) => {
      var t = Object.getOwnPropertyDescriptor(e, 'name');
      (!t || (!t.writable && t.configurable)) &&
        Object.defineProperty(e, 'name', { value: 'default', configurable: !0 });
    }),
    (n.p = ''),
    (() => {
      const e = { 217: 0 };
      ((n.f.j = (t, o) => {
        let r = n.o(e, t) ? e[t] : void 0;
        if (0 !== r)
          if (r) o.push(r[2]);
          else {
            const a = new Promise((n, o) => (r = e[t] = [n, o]));
            o.push((r[2] = a));
            const i = new Error(),
              c = (o) => {
                if (n.o(e, t) && ((r = e[t]), 0 !== r && (e[t] = void 0), r)) {
                  const e = o && ('load' === o.type ? 'missing' : o.type),
                    n = o && o.target && o.target.src;
                  ((i.message = 'Loading chunk ' + t + ' failed.\n(' + e + ': ' + n + ')'),
                    (i.name = 'ChunkLoadError'),
                    (i.type = e),
                    (i.request = n),
                    (i.event = o),
                    r[1](i));
                }
              };
            n.l(n.p + n.u(t), c, 'chunk-' + t, t);
          }
      }),
        (n.O.j = (t) => 0 === e[t]));
      const t = (t, o) => {
          let [r, a, i] = o;
          var c,
            s,
            l = 0;
          if (r.some((t) => 0 !== e[t])) {
            for (c in a) n.o(a, c) && (n.m[c] = a[c]);
            if (i) var u = i(n);
          }
          for (t && t(o); l < r.length; l++) ((s = r[l]), n.o(e, s) && e[s] && e[s][0](), (e[s] = 0));
          return n.O(u);
        },
        o = (self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []);
      (o.forEach(t.bind(null, 0)), (o.push = t.bind(null, o.push.bind(o))));
    })());
  let o = n.O(void 0, [365], () => n(2286));
  o = n.O(o);
})();
