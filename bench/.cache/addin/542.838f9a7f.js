'use strict';
(self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []).push([
  [542],
  {
    6542(e, t, n) {
      function r(e) {
        const t = Object.values(e).filter((e) => 'number' == typeof e);
        return Object.entries(e)
          .filter(([e, n]) => -1 === t.indexOf(+e))
          .map(([e, t]) => t);
      }
      function i(e, t = '|') {
        return e.map((e) => x(e)).join(t);
      }
      function o(e, t) {
        return 'bigint' == typeof t ? t.toString() : t;
      }
      n.d(t, {
        YOg: () => Gi,
        k5n: () => oo,
        aig: () => Ui,
        Ikc: () => Xi,
        g1P: () => ro,
        YjP: () => gi,
        PVZ: () => to,
      });
      class s {
        constructor(e) {
          ((this._getter = e), (this._value = void 0));
        }
        get value() {
          const e = this._getter;
          return (void 0 !== e && ((this._value = e()), (this._getter = void 0)), this._value);
        }
      }
      function a(e) {
        return new s(e);
      }
      function u(e) {
        const t = e.startsWith('^') ? 1 : 0,
          n = e.endsWith('$') ? e.length - 1 : e.length;
        return e.slice(t, n);
      }
      function c(e, t, n) {
        Object.defineProperty(e, t, { value: n, writable: !0, enumerable: !0, configurable: !0 });
      }
      function l(e) {
        const t = Object.getOwnPropertyDescriptor(e, 'shape');
        return t?.get ? t.get.raw : t?.value;
      }
      function d(e) {
        return l(e._zod.def) ?? e._zod.def.shape;
      }
      function f(e, t, n) {
        Object.defineProperty(e, t, {
          get() {
            const e = n();
            return (c(this, t, e), e);
          },
          enumerable: !0,
          configurable: !0,
        });
      }
      function p(e, t, n) {
        t in e ? c(e, t, n) : (e[t] = n);
      }
      function h(e, t, n, r) {
        const i = d(t);
        for (const o of n) {
          const n = Object.getOwnPropertyDescriptor(i, o);
          n.enumerable &&
            (n.get
              ? f(e, o, () => {
                  const e = t._zod.def.shape[o];
                  return r ? r(e, o) : e;
                })
              : p(e, o, r ? r(n.value, o) : n.value));
        }
      }
      function m(...e) {
        const t = {};
        for (const n of e) {
          const e = Object.getOwnPropertyDescriptors(n);
          Object.assign(t, e);
        }
        return Object.defineProperties({}, t);
      }
      function g(e) {
        return JSON.stringify(e);
      }
      const y = 'captureStackTrace' in Error ? Error.captureStackTrace : (...e) => {};
      function v(e) {
        return 'object' == typeof e && null !== e && !Array.isArray(e);
      }
      const _ = a(() => {
        if (ie.jitless) return !1;
        if ('undefined' != typeof navigator && navigator?.userAgent?.includes('Cloudflare')) return !1;
        try {
          return (new Function(''), !0);
        } catch (e) {
          return !1;
        }
      });
      function b(e) {
        if (!1 === v(e)) return !1;
        const t = e.constructor;
        if (void 0 === t) return !0;
        if ('function' != typeof t) return !0;
        const n = t.prototype;
        return !1 !== v(n) && !1 !== Object.prototype.hasOwnProperty.call(n, 'isPrototypeOf');
      }
      function w(e) {
        return b(e)
          ? { ...e }
          : Array.isArray(e)
            ? [...e]
            : e instanceof Map
              ? new Map(e)
              : e instanceof Set
                ? new Set(e)
                : e;
      }
      const z = new Set(['string', 'number', 'symbol']);
      function k(e) {
        return e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      function $(e, t, n) {
        const r = new e._zod.constr(t ?? e._zod.def);
        return ((t && !n?.parent) || (r._zod.parent = e), r);
      }
      function O(e) {
        const t = e;
        if (!t) return {};
        if ('string' == typeof t) return { error: () => t };
        if (void 0 !== t?.message) {
          if (void 0 !== t?.error) throw new Error('Cannot specify both `message` and `error` params');
          t.error = t.message;
        }
        return (delete t.message, 'string' == typeof t.error ? { ...t, error: () => t.error } : t);
      }
      function x(e) {
        return 'bigint' == typeof e ? e.toString() + 'n' : 'string' == typeof e ? `"${e}"` : `${e}`;
      }
      const S = (() => ({
          safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
          int32: [-2147483648, 2147483647],
          uint32: [0, 4294967295],
          float32: [-34028234663852886e22, 34028234663852886e22],
          float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
        }))(),
        P = {
          int64: [BigInt('-9223372036854775808'), BigInt('9223372036854775807')],
          uint64: [BigInt(0), BigInt('18446744073709551615')],
        };
      function I(e, t) {
        const n = d(e),
          r = [];
        for (const e of Reflect.ownKeys(t)) {
          if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable)
            throw new Error(`Unrecognized key: "${String(e)}"`);
          t[e] && r.push(e);
        }
        return r;
      }
      function E(e, t) {
        const n = {};
        return (
          h(n, e, Reflect.ownKeys(d(e))),
          (function (e, t) {
            for (const n of Reflect.ownKeys(t)) {
              const r = Object.getOwnPropertyDescriptor(t, n);
              r.enumerable && (r.get ? f(e, n, () => t[n]) : p(e, n, r.value));
            }
          })(n, t),
          n
        );
      }
      function j(e, t, n, r = 'partial') {
        const i = t._zod.def.checks;
        if (i && i.length > 0)
          throw new Error(`.${r}() cannot be used on object schemas containing refinements`);
        const o = n ? new Set(I(t, n)) : void 0,
          s = {};
        return (
          h(
            s,
            t,
            Reflect.ownKeys(d(t)),
            e && ((t, n) => (o && !o.has(n) ? t : new e({ type: 'optional', innerType: t }))),
          ),
          $(t, m(t._zod.def, { shape: s, checks: [] }))
        );
      }
      function T(e, t = 0) {
        if (!0 === e.aborted) return !0;
        for (let n = t; n < e.issues.length; n++) if (!0 !== e.issues[n]?.continue) return !0;
        return !1;
      }
      function Z(e, t = 0) {
        if (!0 === e.aborted) return !0;
        for (let n = t; n < e.issues.length; n++) if (!1 === e.issues[n]?.continue) return !0;
        return !1;
      }
      function A(e, t) {
        return t.map((t) => {
          var n;
          return ((n = t).path ?? (n.path = []), t.path.unshift(e), t);
        });
      }
      function N(e) {
        return 'string' == typeof e ? e : e?.message;
      }
      function F(e) {
        const t = [];
        for (const n of e ?? []) {
          const e = n._zod.def;
          if (!/_(length|size)$|_equals$/.test(e.check)) break;
          const r = e.maximum ?? e.length ?? e.size;
          r >= 0 && t.push([r, n]);
        }
        return t;
      }
      function R(e, t, n) {
        var r;
        for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
      }
      function D(e, t, n) {
        var r;
        const i = e.inst?._zod?.traits;
        i?.has('$ZodType') &&
          (i.has('$ZodCheck') ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
        const o = e.schema !== e.inst ? e.schema?._zod.def?.error : void 0,
          s = e.message
            ? e.message
            : (N(e.inst?._zod.def?.error?.(e)) ??
              N(o?.(e)) ??
              N(t?.error?.(e)) ??
              N(n.customError?.(e)) ??
              N(n.localeError?.(e)) ??
              'Invalid input'),
          a = {};
        for (const t of Object.keys(e))
          'inst' !== t &&
            'schema' !== t &&
            'continue' !== t &&
            'input' !== t &&
            '__proto__' !== t &&
            (a[t] = e[t]);
        return (a.path ?? (a.path = []), (a.message = s), t?.reportInput && (a.input = e.input), a);
      }
      const C = /[\uD800-\uDBFF]/;
      function J(e) {
        const t = e.length;
        if (!C.test(e)) return t;
        let n = t;
        for (let r = 0; r < t - 1; r++)
          55296 == (64512 & e.charCodeAt(r)) && 56320 == (64512 & e.charCodeAt(r + 1)) && (n--, r++);
        return n;
      }
      function M(e) {
        return Array.isArray(e) ? 'array' : 'string' == typeof e ? 'string' : 'unknown';
      }
      function U(...e) {
        const [t, n, r] = e;
        return 'string' == typeof t ? { message: t, code: 'custom', input: n, inst: r } : { ...t };
      }
      function L(e, t, n, r = !0) {
        return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: n }), n);
      }
      function V(e, t, n) {
        return L(e, t, n, !1);
      }
      function K(e, t) {
        for (const n in e) {
          const r = e[n];
          Object.defineProperty(t, n, {
            configurable: !0,
            enumerable: !0,
            get() {
              return L(this, n, r(this));
            },
            set(e) {
              L(this, n, e);
            },
          });
        }
        return t;
      }
      function W(e, t, n) {
        Object.defineProperty(e, t, {
          configurable: !0,
          get() {
            return null == this ? n : L(this, t, n.bind(this));
          },
          set(e) {
            L(this, t, e);
          },
        });
      }
      let B,
        q = !1;
      const G = {
        configurable: !0,
        get() {
          q = !0;
        },
      };
      function Y(e, t, n) {
        const r = Object.getPrototypeOf(e._zod);
        t in r && B !== e._zod
          ? (B = void 0)
          : ((B = e._zod),
            Object.defineProperty(r, t, {
              configurable: !0,
              get() {
                Object.defineProperty(this, t, G);
                const e = q;
                q = !1;
                try {
                  const r = n(this);
                  return (
                    q
                      ? delete this[t]
                      : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: r }),
                    (q = q || e),
                    r
                  );
                } catch (n) {
                  throw (delete this[t], (q = q || e), n);
                }
              },
              set(e) {
                Object.defineProperty(this, t, { configurable: !0, writable: !0, value: e });
              },
            }));
      }
      function X(e) {
        const t = () => e;
        return ((t['~constantCatch'] = !0), t);
      }
      var H;
      const Q = { value: void 0, enumerable: !1 };
      let ee = 'captureStackTrace' in Error ? Error : null;
      function te(e, t, n, r) {
        function i(e) {
          ((this.def = e), (this.constr = l), (this.traits = new Set()));
        }
        i.prototype = {};
        const o = n,
          s = o && new WeakSet();
        function a(n, r) {
          if (n._zod) {
            if (n._zod.traits.has(e)) return;
          } else {
            Q.value = new i(r);
            try {
              Object.defineProperty(n, '_zod', Q);
            } finally {
              Q.value = void 0;
            }
          }
          if ((n._zod.traits.add(e), t(n, r), s)) {
            const e = Object.getPrototypeOf(n),
              t = n._zod.constr.prototype;
            let r = e;
            for (; r && r !== t;) r = Object.getPrototypeOf(r);
            const i = r ?? e;
            s.has(i) ||
              (s.add(i),
              (function (e, t) {
                for (const n in t) {
                  const r = Object.getOwnPropertyDescriptor(t, n);
                  r.get ? Object.defineProperty(e, n, { ...r, enumerable: !1 }) : W(e, n, r.value);
                }
              })(i, o));
          }
          const a = l.prototype;
          for (const e in a) Object.prototype.hasOwnProperty.call(a, e) && (e in n || (n[e] = a[e].bind(n)));
        }
        const u = r?.Parent ?? Object;
        class c extends u {}
        function l(e) {
          const t = r?.Parent
            ? (function (e) {
                const t = ee;
                if (t) {
                  const n = t.stackTraceLimit;
                  if ('number' == typeof n) {
                    try {
                      t.stackTraceLimit = 0;
                    } catch {
                      return ((ee = null), new e());
                    }
                    try {
                      return new e();
                    } finally {
                      t.stackTraceLimit = n;
                    }
                  }
                }
                return new e();
              })(c)
            : this;
          a(t, e);
          const n = t._zod.deferred;
          if (n) {
            for (const e of n) e();
            t._zod.deferred = void 0;
          }
          const i = globalThis.__zod_globalConfig?.postProcessor;
          return (i && i(t), t);
        }
        return (
          Object.defineProperty(c, 'name', { value: e }),
          Object.defineProperty(l, 'init', { value: a }),
          Object.defineProperty(l, Symbol.hasInstance, {
            value: (t) => !!(r?.Parent && t instanceof r.Parent) || t?._zod?.traits?.has(e),
          }),
          Object.defineProperty(l, 'name', { value: e }),
          l
        );
      }
      class ne extends Error {
        constructor() {
          super('Encountered Promise during synchronous parse. Use .parseAsync() instead.');
        }
      }
      class re extends Error {
        constructor(e) {
          (super(`Encountered unidirectional transform during encode: ${e}`), (this.name = 'ZodEncodeError'));
        }
      }
      (H = globalThis).__zod_globalConfig ?? (H.__zod_globalConfig = {});
      const ie = globalThis.__zod_globalConfig;
      function oe(e) {
        return (e && Object.assign(ie, e), ie);
      }
      class se extends Error {
        constructor() {
          (super('Cannot parse a reference cycle that closes through a transform'),
            (this.name = 'ZodCyclicError'));
        }
      }
      const ae = '~memo',
        ue = [];
      function ce(e) {
        return null !== e && 'object' == typeof e;
      }
      function le(e) {
        return e.map((e) => (e.path ? { ...e, path: e.path.slice() } : { ...e }));
      }
      const de = new WeakMap();
      function fe(e, t, n) {
        const r = de.get(e);
        if (void 0 !== r) return r ? 2 : 0;
        if (t.has(e)) return 2;
        t.add(e);
        let i = 0;
        const o = (e) => {
            if (2 !== i && e?._zod) {
              const r = fe(e, t, n);
              r > i && (i = r);
            }
          },
          s = (e) => {
            e > i && (i = e);
          },
          a = e._zod.def;
        switch (a.type) {
          case 'object': {
            const e = l(a);
            (s(
              e
                ? ((e) => {
                    let r = 0;
                    for (const i of Reflect.ownKeys(e)) {
                      const o = Object.getOwnPropertyDescriptor(e, i);
                      if (!o.enumerable) continue;
                      const s = o.get ? 1 : o.value?._zod ? fe(o.value, t, n) : 0;
                      s > r && (r = s);
                    }
                    return r;
                  })(e)
                : 1,
            ),
              o(a.catchall));
            break;
          }
          case 'array':
            o(a.element);
            break;
          case 'tuple':
            for (const e of a.items) o(e);
            o(a.rest);
            break;
          case 'record':
          case 'map':
            (o(a.keyType), o(a.valueType));
            break;
          case 'set':
            o(a.valueType);
            break;
          case 'union':
            for (const e of a.options) o(e);
            break;
          case 'intersection':
            (o(a.left), o(a.right));
            break;
          case 'optional':
          case 'nullable':
          case 'default':
          case 'prefault':
          case 'catch':
          case 'readonly':
          case 'nonoptional':
          case 'promise':
          case 'success':
            o(a.innerType);
            break;
          case 'pipe':
            (o(a.in), o(a.out));
            break;
          case 'function':
            (o(a.input), o(a.output));
            break;
          case 'lazy': {
            const r = a._cachedInner ?? (n ? e._zod.innerType : void 0);
            s(r ? fe(r, t, !1) : 1);
            break;
          }
          case 'template_literal':
          case 'string':
          case 'number':
          case 'int':
          case 'boolean':
          case 'bigint':
          case 'symbol':
          case 'undefined':
          case 'null':
          case 'void':
          case 'never':
          case 'any':
          case 'unknown':
          case 'date':
          case 'nan':
          case 'enum':
          case 'literal':
          case 'file':
          case 'transform':
          case 'custom':
            break;
          default:
            for (const e in a) {
              const t = Object.getOwnPropertyDescriptor(a, e);
              if (!t || t.get) continue;
              const n = t.value;
              if (n && 'object' == typeof n)
                if (n._zod) o(n);
                else if (Array.isArray(n)) for (const e of n) o(e);
            }
        }
        return (
          t.delete(e),
          (function (e, t) {
            return (1 !== t && de.set(e, 2 === t), t);
          })(e, i)
        );
      }
      let pe;
      const he = [],
        me = {
          alloc(e, t, n) {
            const r = pe;
            if (!r) return n;
            pe = void 0;
            const i = { value: n, issues: null };
            return (r.set(t.value, i), he.push(i), n);
          },
          guard(e) {
            var t;
            ((t = e._zod).deferred ?? (t.deferred = []),
              e._zod.deferred.push(() => {
                const t = e._zod.parse,
                  n = (e, n) => {
                    if (
                      'backward' !== n.direction &&
                      (function (e, t) {
                        const n = e[ae]?.backEdges;
                        return void 0 !== n && ce(t) && n.has(t);
                      })(n, e.value)
                    )
                      throw new se();
                    return t(e, n);
                  };
                ((e._zod.parse = n), e._zod.run === t && (e._zod.run = n));
              }));
          },
          attach(e) {
            var t;
            let n,
              r,
              i,
              o = !1;
            ((t = e._zod).deferred ?? (t.deferred = []),
              e._zod.deferred.push(() => {
                const t = e._zod.parse,
                  s = (a, u) => {
                    if (void 0 === n) {
                      const r = fe(e, new Set(), !1);
                      if (0 === r) return ((e._zod.parse = t), e._zod.run === s && (e._zod.run = t), t(a, u));
                      2 === r || o ? (n = !0) : (o = !0);
                    }
                    const c = a.value;
                    if (!ce(c)) return t(a, u);
                    let l,
                      d = u[ae];
                    (d || ((d = { buckets: new WeakMap(), backEdges: void 0 }), (u[ae] = d)),
                      r === u
                        ? (l = i)
                        : ((l = (function (e, t) {
                            let n = e.buckets.get(t);
                            return (n || ((n = new WeakMap()), e.buckets.set(t, n)), n);
                          })(d, e)),
                          (r = u),
                          (i = l)));
                    const f = l.get(c);
                    if (f)
                      return (
                        (a.value = f.value),
                        f.issues
                          ? f.issues.length && a.issues.push(...le(f.issues))
                          : ((a.memo = !0),
                            d.backEdges ?? (d.backEdges = new WeakSet()),
                            d.backEdges.add(f.value)),
                        a
                      );
                    pe = l;
                    const p = he.length,
                      h = t(a, u);
                    pe = void 0;
                    const m = he.length > p ? he.pop() : void 0;
                    return h instanceof Promise
                      ? h.then((e) => (m && (m.issues = e.issues.length ? le(e.issues) : ue), e))
                      : (m && (m.issues = h.issues.length ? le(h.issues) : ue), h);
                  };
                ((e._zod.parse = s), e._zod.run === t && (e._zod.run = s));
              }));
          },
        },
        ge = /^[cC][0-9a-z]{6,}$/,
        ye = /^[0-9a-z]+$/,
        ve = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
        _e = /^[0-9a-vA-V]{20}$/,
        be = /^[A-Za-z0-9]{27}$/,
        we = /^[a-zA-Z0-9_-]{21}$/,
        ze = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
        ke = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
        $e = (e) =>
          e
            ? new RegExp(
                `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
              )
            : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
        Oe =
          /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
        xe =
          /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
        Se =
          /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
        Pe =
          /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
        Ie =
          /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
        Ee = /^https?$/,
        je = /^\+[1-9]\d{6,14}$/,
        Te =
          '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
      function Ze(e) {
        return new RegExp(`^${e}$`);
      }
      const Ae = Ze(Te);
      function Ne(e) {
        const t = '(?:[01]\\d|2[0-3]):[0-5]\\d';
        return 'number' == typeof e.precision
          ? -1 === e.precision
            ? `${t}`
            : 0 === e.precision
              ? `${t}:[0-5]\\d`
              : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
          : e.seconds
            ? `${t}:[0-5]\\d(?:\\.\\d+)?`
            : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
      }
      const Fe = /^[\s\S]{0,}$/,
        Re = /^-?\d+$/,
        De = /^-?\d+(?:\.\d+)?$/,
        Ce = /^[^A-Z]*$/,
        Je = /^[^a-z]*$/,
        Me = te('$ZodCheck', (e, t) => {
          var n;
          (e._zod ?? (e._zod = {}), (e._zod.def = t), (n = e._zod).onattach ?? (n.onattach = []));
        }),
        Ue = (e) => {
          const t = e.value;
          return !(null == t || void 0 === t.length);
        },
        Le = { number: 'number', bigint: 'bigint', object: 'date' },
        Ve = te('$ZodCheckLessThan', (e, t) => {
          Me.init(e, t);
          const n = Le[typeof t.value];
          e._zod.check = (r) => {
            (t.inclusive ? r.value <= t.value : r.value < t.value) ||
              r.issues.push({
                origin: Le[typeof r.value] ?? n,
                code: 'too_big',
                maximum: 'object' == typeof t.value ? t.value.getTime() : t.value,
                input: r.value,
                inclusive: t.inclusive,
                inst: e,
                continue: !t.abort,
              });
          };
        }),
        Ke = te('$ZodCheckGreaterThan', (e, t) => {
          Me.init(e, t);
          const n = Le[typeof t.value];
          e._zod.check = (r) => {
            (t.inclusive ? r.value >= t.value : r.value > t.value) ||
              r.issues.push({
                origin: Le[typeof r.value] ?? n,
                code: 'too_small',
                minimum: 'object' == typeof t.value ? t.value.getTime() : t.value,
                input: r.value,
                inclusive: t.inclusive,
                inst: e,
                continue: !t.abort,
              });
          };
        }),
        We = te('$ZodCheckMultipleOf', (e, t) => {
          (Me.init(e, t),
            (e._zod.check = (n) => {
              if (typeof n.value != typeof t.value)
                throw new Error('Cannot mix number and bigint in multiple_of check.');
              ('bigint' == typeof n.value
                ? t.value !== BigInt(0) && n.value % t.value === BigInt(0)
                : 0 ===
                  (function (e, t) {
                    const n = e / t,
                      r = Math.round(n),
                      i = 4 * Number.EPSILON * Math.max(Math.abs(n), 1);
                    return Math.abs(n - r) < i ? 0 : n - r;
                  })(n.value, t.value)) ||
                n.issues.push({
                  origin: typeof n.value,
                  code: 'not_multiple_of',
                  divisor: t.value,
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        Be = te('$ZodCheckNumberFormat', (e, t) => {
          (Me.init(e, t), (t.format = t.format || 'float64'));
          const n = t.format?.includes('int'),
            r = n ? 'int' : 'number',
            [i, o] = S[t.format];
          e._zod.check = (s) => {
            const a = s.value;
            if (n) {
              if (!Number.isInteger(a))
                return void s.issues.push({
                  expected: r,
                  format: t.format,
                  code: 'invalid_type',
                  continue: !1,
                  input: a,
                  inst: e,
                });
              if (!Number.isSafeInteger(a))
                return void (a > 0
                  ? s.issues.push({
                      input: a,
                      code: 'too_big',
                      maximum: Number.MAX_SAFE_INTEGER,
                      note: 'Integers must be within the safe integer range.',
                      inst: e,
                      origin: r,
                      inclusive: !0,
                      continue: !t.abort,
                    })
                  : s.issues.push({
                      input: a,
                      code: 'too_small',
                      minimum: Number.MIN_SAFE_INTEGER,
                      note: 'Integers must be within the safe integer range.',
                      inst: e,
                      origin: r,
                      inclusive: !0,
                      continue: !t.abort,
                    }));
            }
            (a < i &&
              s.issues.push({
                origin: 'number',
                input: a,
                code: 'too_small',
                minimum: i,
                inclusive: !0,
                inst: e,
                continue: !t.abort,
              }),
              a > o &&
                s.issues.push({
                  origin: 'number',
                  input: a,
                  code: 'too_big',
                  maximum: o,
                  inclusive: !0,
                  inst: e,
                  continue: !t.abort,
                }));
          };
        }),
        qe = te('$ZodCheckMaxLength', (e, t) => {
          var n;
          (Me.init(e, t),
            (n = e._zod.def).when ?? (n.when = Ue),
            (e._zod.check = (n) => {
              const r = n.value,
                i = r.length;
              if (('string' == typeof r && i > t.maximum ? J(r) : i) <= t.maximum) return;
              const o = M(r);
              n.issues.push({
                origin: o,
                code: 'too_big',
                maximum: t.maximum,
                inclusive: !0,
                input: r,
                inst: e,
                continue: !t.abort,
              });
            }));
        }),
        Ge = te('$ZodCheckMinLength', (e, t) => {
          var n;
          (Me.init(e, t),
            (n = e._zod.def).when ?? (n.when = Ue),
            (e._zod.check = (n) => {
              const r = n.value,
                i = r.length;
              if (('string' == typeof r && i >= t.minimum && i < 2 * t.minimum ? J(r) : i) >= t.minimum)
                return;
              const o = M(r);
              n.issues.push({
                origin: o,
                code: 'too_small',
                minimum: t.minimum,
                inclusive: !0,
                input: r,
                inst: e,
                continue: !t.abort,
              });
            }));
        }),
        Ye = te('$ZodCheckLengthEquals', (e, t) => {
          var n;
          (Me.init(e, t),
            (n = e._zod.def).when ?? (n.when = Ue),
            (e._zod.check = (n) => {
              const r = n.value,
                i = r.length,
                o = 'string' == typeof r && i >= t.length && i <= 2 * t.length ? J(r) : i;
              if (o === t.length) return;
              const s = M(r),
                a = o > t.length;
              n.issues.push({
                origin: s,
                ...(a ? { code: 'too_big', maximum: t.length } : { code: 'too_small', minimum: t.length }),
                inclusive: !0,
                exact: !0,
                input: n.value,
                inst: e,
                continue: !t.abort,
              });
            }));
        }),
        Xe = te('$ZodCheckStringFormat', (e, t) => {
          var n, r;
          (Me.init(e, t),
            t.pattern
              ? ((n = e._zod).check ??
                (n.check = (n) => {
                  ((t.pattern.lastIndex = 0),
                    t.pattern.test(n.value) ||
                      n.issues.push({
                        origin: 'string',
                        code: 'invalid_format',
                        format: t.format,
                        input: n.value,
                        ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                        inst: e,
                        continue: !t.abort,
                      }));
                }))
              : ((r = e._zod).check ?? (r.check = () => {})));
        }),
        He = te('$ZodCheckRegex', (e, t) => {
          (Xe.init(e, t),
            (e._zod.check = (n) => {
              ((t.pattern.lastIndex = 0),
                t.pattern.test(n.value) ||
                  n.issues.push({
                    origin: 'string',
                    code: 'invalid_format',
                    format: 'regex',
                    input: n.value,
                    pattern: t.pattern.toString(),
                    inst: e,
                    continue: !t.abort,
                  }));
            }));
        }),
        Qe = te('$ZodCheckLowerCase', (e, t) => {
          (t.pattern ?? (t.pattern = Ce), Xe.init(e, t));
        }),
        et = te('$ZodCheckUpperCase', (e, t) => {
          (t.pattern ?? (t.pattern = Je), Xe.init(e, t));
        }),
        tt = te('$ZodCheckIncludes', (e, t) => {
          Me.init(e, t);
          const n = k(t.includes),
            r = new RegExp('number' == typeof t.position ? `^.{${t.position},}${n}` : n);
          ((t.pattern = r),
            (e._zod.check = (n) => {
              n.value.includes(t.includes, t.position) ||
                n.issues.push({
                  origin: 'string',
                  code: 'invalid_format',
                  format: 'includes',
                  includes: t.includes,
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        nt = te('$ZodCheckStartsWith', (e, t) => {
          Me.init(e, t);
          const n = new RegExp(`^${k(t.prefix)}.*`);
          (t.pattern ?? (t.pattern = n),
            (e._zod.check = (n) => {
              n.value.startsWith(t.prefix) ||
                n.issues.push({
                  origin: 'string',
                  code: 'invalid_format',
                  format: 'starts_with',
                  prefix: t.prefix,
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        rt = te('$ZodCheckEndsWith', (e, t) => {
          Me.init(e, t);
          const n = new RegExp(`.*${k(t.suffix)}$`);
          (t.pattern ?? (t.pattern = n),
            (e._zod.check = (n) => {
              n.value.endsWith(t.suffix) ||
                n.issues.push({
                  origin: 'string',
                  code: 'invalid_format',
                  format: 'ends_with',
                  suffix: t.suffix,
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        it = te('$ZodCheckOverwrite', (e, t) => {
          (Me.init(e, t),
            (e._zod.check = (e) => {
              e.value = t.tx(e.value);
            }));
        });
      class ot {
        constructor(e = [], t = {}) {
          ((this.content = []), (this.indent = 0), (this.args = e), (this.closed = t));
        }
        indented(e) {
          this.indent += 1;
          try {
            e(this);
          } finally {
            this.indent -= 1;
          }
        }
        write(e) {
          if ('function' == typeof e)
            return (e(this, { execution: 'sync' }), void e(this, { execution: 'async' }));
          const t = e.split('\n').filter((e) => e),
            n = Math.min(...t.map((e) => e.length - e.trimStart().length)),
            r = t.map((e) => e.slice(n)).map((e) => ' '.repeat(2 * this.indent) + e);
          for (const e of r) this.content.push(e);
        }
        compile() {
          const e = Function,
            t = this?.content ?? [''];
          return new e(
            ...Object.keys(this.closed),
            `return function (${this.args.join(', ')}) {\n${t.join('\n')}\n};`,
          )(...Object.values(this.closed));
        }
      }
      const st = { major: 4, minor: 6, patch: 7 },
        at = te(
          '$ZodType',
          (e, t) => {
            var n;
            (e ?? (e = {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = st));
            const r = e._zod.def.checks,
              i = e._zod.traits.has('$ZodCheck') ? [e, ...(r ?? [])] : r?.length ? [...r] : [];
            for (const t of i) for (const n of t._zod.onattach) n(e);
            if (0 === i.length)
              ((n = e._zod).deferred ?? (n.deferred = []),
                e._zod.deferred?.push(() => {
                  e._zod.run = e._zod.parse;
                }));
            else {
              const t = (t, n, r) => {
                  if (t.memo) return t;
                  let i,
                    o = T(t);
                  for (const s of n) {
                    if (s._zod.def.when) {
                      if (Z(t)) continue;
                      if (!s._zod.def.when(t)) continue;
                    } else if (o) continue;
                    const n = t.issues.length,
                      a = s._zod.check(t);
                    if (a instanceof Promise && !1 === r?.async) throw new ne();
                    if (i || a instanceof Promise)
                      i = (i ?? Promise.resolve()).then(async () => {
                        (await a, t.issues.length !== n && (R(t.issues, n, e), o || (o = T(t, n))));
                      });
                    else {
                      if (t.issues.length === n) continue;
                      (R(t.issues, n, e), o || (o = T(t, n)));
                    }
                  }
                  return i ? i.then(() => t) : t;
                },
                n = (n, r, o) => {
                  if (T(n)) return ((n.aborted = !0), n);
                  const s = t(r, i, o);
                  if (s instanceof Promise) {
                    if (!1 === o.async) throw new ne();
                    return s.then((t) => e._zod.parse(t, o));
                  }
                  return e._zod.parse(s, o);
                };
              e._zod.run = (r, o) => {
                if (o.skipChecks) return e._zod.parse(r, o);
                if ('backward' === o.direction) {
                  const t = e._zod.parse({ value: r.value, issues: [] }, { ...o, skipChecks: !0 });
                  return t instanceof Promise ? t.then((e) => n(e, r, o)) : n(t, r, o);
                }
                const s = e._zod.parse(r, o);
                if (s instanceof Promise) {
                  if (!1 === o.async) throw new ne();
                  return s.then((e) => t(e, i, o));
                }
                return t(s, i, o);
              };
            }
          },
          {
            get '~standard'() {
              return V(this, '~standard', ct(this));
            },
            set '~standard'(e) {
              L(this, '~standard', e);
            },
          },
        ),
        ut = (e, t) =>
          e.issues.length ? { issues: e.issues.map((e) => D(e, t, oe())) } : { value: e.value };
      function ct(e) {
        return {
          validate: (t) => {
            const n = { async: !1 };
            try {
              const r = e._zod.run({ value: t, issues: [] }, n);
              if (!(r instanceof Promise)) return ut(r, n);
            } catch (e) {}
            return (async function (e, t) {
              const n = { async: !0 };
              return ut(await e._zod.run({ value: t, issues: [] }, n), n);
            })(e, t);
          },
          vendor: 'zod',
          version: 1,
        };
      }
      const lt = te('$ZodString', (e, t) => {
          (at.init(e, t),
            (e._zod.pattern = t.pattern ?? Fe),
            (e._zod.parse = (n, r) => {
              if (t.coerce)
                try {
                  n.value = String(n.value);
                } catch (r) {}
              return (
                'string' == typeof n.value ||
                  n.issues.push({ expected: 'string', code: 'invalid_type', input: n.value, inst: e }),
                n
              );
            }));
        }),
        dt = te('$ZodStringFormat', (e, t) => {
          (Xe.init(e, t), lt.init(e, t));
        }),
        ft = te('$ZodGUID', (e, t) => {
          (t.pattern ?? (t.pattern = ke), dt.init(e, t));
        }),
        pt = te('$ZodUUID', (e, t) => {
          if (t.version) {
            const e = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
            if (void 0 === e) throw new Error(`Invalid UUID version: "${t.version}"`);
            t.pattern ?? (t.pattern = $e(e));
          } else t.pattern ?? (t.pattern = $e());
          dt.init(e, t);
        }),
        ht = te('$ZodEmail', (e, t) => {
          (t.pattern ?? (t.pattern = Oe), dt.init(e, t));
        });
      function mt(e) {
        try {
          return 'undefined' != typeof URL && 'function' == typeof URL.canParse
            ? URL.canParse(e)
            : (new URL(e), !0);
        } catch {
          return !1;
        }
      }
      const gt = /[\t\n\r]/g;
      function yt(e) {
        return e.replace(gt, '');
      }
      const vt = te('$ZodURL', (e, t) => {
          (dt.init(e, t),
            (e._zod.check = (n) => {
              try {
                const r = n.value.trim(),
                  i = (function (e, t) {
                    return 'normalize' in t || 'hostname' in t || 'protocol' in t
                      ? (function (e, t) {
                          if (!t.normalize && t.protocol?.source === Ee.source && !/^https?:\/\//i.test(e))
                            return 1;
                          try {
                            if ('undefined' != typeof URL) {
                              const t = URL;
                              if ('function' == typeof t.parse) return t.parse(e) ?? 2;
                            }
                            return new URL(e);
                          } catch {
                            return 2;
                          }
                        })(e, t)
                      : mt(e) || 2;
                  })(r, t);
                return 1 === i
                  ? void n.issues.push({
                      code: 'invalid_format',
                      format: 'url',
                      note: 'Invalid URL format',
                      input: n.value,
                      inst: e,
                      continue: !t.abort,
                    })
                  : 2 === i
                    ? void n.issues.push({
                        code: 'invalid_format',
                        format: 'url',
                        input: n.value,
                        inst: e,
                        continue: !t.abort,
                      })
                    : !0 === i
                      ? void (n.value = yt(r))
                      : (t.hostname &&
                          !(function (e, t) {
                            return ((t.lastIndex = 0), t.test(e.hostname));
                          })(i, t.hostname) &&
                          n.issues.push({
                            code: 'invalid_format',
                            format: 'url',
                            note: 'Invalid hostname',
                            pattern: t.hostname.source,
                            input: n.value,
                            inst: e,
                            continue: !t.abort,
                          }),
                        t.protocol &&
                          !(function (e, t) {
                            return (
                              (t.lastIndex = 0),
                              t.test(e.protocol.endsWith(':') ? e.protocol.slice(0, -1) : e.protocol)
                            );
                          })(i, t.protocol) &&
                          n.issues.push({
                            code: 'invalid_format',
                            format: 'url',
                            note: 'Invalid protocol',
                            pattern: t.protocol.source,
                            input: n.value,
                            inst: e,
                            continue: !t.abort,
                          }),
                        void (n.value = t.normalize ? i.href : yt(r)));
              } catch (r) {
                n.issues.push({
                  code: 'invalid_format',
                  format: 'url',
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
              }
            }));
        }),
        _t = te('$ZodEmoji', (e, t) => {
          (t.pattern ??
            (t.pattern = new RegExp(
              '^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$',
              'u',
            )),
            dt.init(e, t));
        }),
        bt = te('$ZodNanoID', (e, t) => {
          if (void 0 !== t.length && (!Number.isInteger(t.length) || t.length < 1))
            throw new Error(`Invalid nanoid length: ${t.length}`);
          var n;
          (t.pattern ??
            (t.pattern = void 0 === t.length ? we : ((n = t.length), new RegExp(`^[a-zA-Z0-9_-]{${n}}$`))),
            dt.init(e, t));
        }),
        wt = te('$ZodCUID', (e, t) => {
          (t.pattern ?? (t.pattern = ge), dt.init(e, t));
        }),
        zt = te('$ZodCUID2', (e, t) => {
          (t.pattern ?? (t.pattern = ye), dt.init(e, t));
        }),
        kt = te('$ZodULID', (e, t) => {
          (t.pattern ?? (t.pattern = ve), dt.init(e, t));
        }),
        $t = te('$ZodXID', (e, t) => {
          (t.pattern ?? (t.pattern = _e), dt.init(e, t));
        }),
        Ot = te('$ZodKSUID', (e, t) => {
          (t.pattern ?? (t.pattern = be), dt.init(e, t));
        }),
        xt = te('$ZodISODateTime', (e, t) => {
          (t.pattern ??
            (t.pattern = (function (e) {
              const t = ['Z'];
              e.offset && t.push('([+-](?:[01]\\d|2[0-3]):[0-5]\\d)');
              const n = `${Ne({ precision: e.precision, seconds: !0 })}(?:${t.join('|')})`,
                r = e.local ? `${n}|${Ne({ precision: e.precision })}` : n;
              return new RegExp(`^${Te}T(?:${r})$`);
            })(t)),
            dt.init(e, t));
        }),
        St = te('$ZodISODate', (e, t) => {
          (t.pattern ?? (t.pattern = Ae), dt.init(e, t));
        }),
        Pt = te('$ZodISOTime', (e, t) => {
          (t.pattern ?? (t.pattern = new RegExp(`^${Ne(t)}$`)), dt.init(e, t));
        }),
        It = te('$ZodISODuration', (e, t) => {
          (t.pattern ?? (t.pattern = ze), dt.init(e, t));
        }),
        Et = te('$ZodIPv4', (e, t) => {
          (t.pattern ?? (t.pattern = xe), dt.init(e, t));
        }),
        jt = /^[0-9a-fA-F:.]+$/;
      function Tt(e) {
        return !!jt.test(e) && mt(`http://[${e}]`);
      }
      const Zt = te('$ZodIPv6', (e, t) => {
          (t.pattern ?? (t.pattern = Se),
            dt.init(e, t),
            (e._zod.check = (n) => {
              Tt(n.value) ||
                n.issues.push({
                  code: 'invalid_format',
                  format: 'ipv6',
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        At = te('$ZodCIDRv4', (e, t) => {
          (t.pattern ?? (t.pattern = Pe), dt.init(e, t));
        }),
        Nt = te('$ZodCIDRv6', (e, t) => {
          (t.pattern ?? (t.pattern = Ie),
            dt.init(e, t),
            (e._zod.check = (n) => {
              (function (e) {
                const t = e.split('/');
                if (2 !== t.length) return !1;
                const [n, r] = t;
                if (!r) return !1;
                const i = Number(r);
                return `${i}` === r && !(i < 0 || i > 128) && Tt(n);
              })(n.value) ||
                n.issues.push({
                  code: 'invalid_format',
                  format: 'cidrv6',
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        });
      function Ft(e) {
        if ('' === e) return !0;
        if (/\s/.test(e)) return !1;
        if (e.length % 4 != 0) return !1;
        try {
          return (atob(e), !0);
        } catch {
          return !1;
        }
      }
      const Rt = /^[0-9a-zA-Z+/]*={0,2}$/,
        Dt = te('$ZodBase64', (e, t) => {
          (t.pattern ?? (t.pattern = Rt),
            dt.init(e, t),
            (e._zod.check = (n) => {
              Ft(n.value) ||
                n.issues.push({
                  code: 'invalid_format',
                  format: 'base64',
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        Ct = /^[A-Za-z0-9_-]*$/,
        Jt = te('$ZodBase64URL', (e, t) => {
          (t.pattern ?? (t.pattern = Ct),
            dt.init(e, t),
            (e._zod.check = (n) => {
              (function (e) {
                if (!Ct.test(e)) return !1;
                const t = e.replace(/[-_]/g, (e) => ('-' === e ? '+' : '/'));
                return Ft(t.padEnd(4 * Math.ceil(t.length / 4), '='));
              })(n.value) ||
                n.issues.push({
                  code: 'invalid_format',
                  format: 'base64url',
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        Mt = te('$ZodE164', (e, t) => {
          (t.pattern ?? (t.pattern = je), dt.init(e, t));
        }),
        Ut = te('$ZodJWT', (e, t) => {
          (dt.init(e, t),
            (e._zod.check = (n) => {
              (function (e, t = null) {
                try {
                  const n = e.split('.');
                  if (3 !== n.length) return !1;
                  const [r] = n;
                  if (!r) return !1;
                  const i = JSON.parse(atob(r));
                  return !(
                    ('typ' in i && 'JWT' !== i?.typ) ||
                    !i.alg ||
                    (t && (!('alg' in i) || i.alg !== t))
                  );
                } catch {
                  return !1;
                }
              })(n.value, t.alg) ||
                n.issues.push({
                  code: 'invalid_format',
                  format: 'jwt',
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                });
            }));
        }),
        Lt = te('$ZodNumber', (e, t) => {
          (at.init(e, t),
            (e._zod.pattern = De),
            (e._zod.parse = (n, r) => {
              if (t.coerce)
                try {
                  n.value = Number(n.value);
                } catch (e) {}
              const i = n.value;
              if ('number' == typeof i && !Number.isNaN(i) && Number.isFinite(i)) return n;
              const o =
                'number' == typeof i
                  ? Number.isNaN(i)
                    ? 'NaN'
                    : Number.isFinite(i)
                      ? void 0
                      : String(i)
                  : void 0;
              return (
                n.issues.push({
                  expected: 'number',
                  code: 'invalid_type',
                  input: i,
                  inst: e,
                  ...(o ? { received: o } : {}),
                }),
                n
              );
            }));
        }),
        Vt = te('$ZodNumberFormat', (e, t) => {
          (Be.init(e, t), Lt.init(e, t));
        }),
        Kt = te('$ZodUnknown', (e, t) => {
          (at.init(e, t), (e._zod.parse = (e) => e));
        }),
        Wt = te('$ZodNever', (e, t) => {
          (at.init(e, t),
            (e._zod.parse = (t, n) => (
              t.issues.push({ expected: 'never', code: 'invalid_type', input: t.value, inst: e }),
              t
            )));
        });
      const Bt = (e) => (Array.isArray(e) ? e.length : -1);
      function qt(e, t, n) {
        (e.issues.length && t.issues.push(...A(n, e.issues)), (t.value[n] = e.value));
      }
      const Gt = te('$ZodArray', (e, t) => {
        at.init(e, t);
        const n = ie.memoizer;
        (n?.attach(e),
          (e._zod.parse = (r, i) => {
            const o = r.value;
            if (!Array.isArray(o))
              return (r.issues.push({ expected: 'array', code: 'invalid_type', input: o, inst: e }), r);
            r.value = n ? n.alloc(e, r, Array(o.length), i) : Array(o.length);
            const s = [],
              a = i?.abortEarly;
            for (let e = 0; e < o.length; e++) {
              const n = o[e],
                u = t.element._zod.run({ value: n, issues: [] }, i);
              if (u instanceof Promise) s.push(u.then((t) => qt(t, r, e)));
              else if ((qt(u, r, e), a && 0 !== u.issues.length && T(u))) break;
            }
            return s.length ? Promise.all(s).then(() => r) : r;
          }),
          (function (e, t) {
            const n = F(e._zod.def.checks);
            if (!n.length) return;
            const r = Math.min(...n.map((e) => e[0])),
              i = e._zod.parse;
            e._zod.parse = (n, o) => {
              const s = t(n.value);
              if (s > r && !o?.skipChecks && 'backward' !== o?.direction)
                for (const [t, r] of F(e._zod.def.checks))
                  if (s > t && r._zod.def.when(n)) {
                    const t = n.issues.length;
                    return (r._zod.check(n), (n.issues[t].continue = !1), R(n.issues, t, e), n);
                  }
              return i(n, o);
            };
          })(e, Bt));
      });
      function Yt(e, t, n, r, i, o) {
        const s = n in r,
          a = 'optional' === o;
        if (s || !a || 'optional' !== i) {
          if (e.issues.length) {
            if (void 0 !== i && a && !s) return;
            t.issues.push(...A(n, e.issues));
          }
          s || void 0 !== i
            ? void 0 === e.value
              ? (s || ('defaulted' === i && !a)) && (t.value[n] = void 0)
              : (t.value[n] = e.value)
            : e.issues.length ||
              t.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: void 0, path: [n] });
        }
      }
      const Xt = [];
      function Ht(e) {
        const t = Object.keys(e.shape),
          n = Object.getOwnPropertySymbols(e.shape),
          r = n.length ? n : Xt,
          i = r.length ? [...t, ...r] : t;
        for (const t of i)
          if (!e.shape?.[t]?._zod?.traits?.has('$ZodType'))
            throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
        const o =
          ((s = e.shape),
          Object.keys(s).filter((e) => void 0 !== s[e]._zod.optin && 'optional' === s[e]._zod.optout));
        var s;
        return {
          ...e,
          allKeys: i,
          symbolKeys: r,
          keySet: new Set(t),
          numKeys: t.length,
          optionalKeys: new Set(o),
        };
      }
      function Qt(e, t, n, r, i, o, s) {
        const a = [],
          u = i.keySet,
          c = i.catchall._zod,
          l = c.def.type,
          d = c.optin,
          f = c.optout;
        let p = 0;
        for (const i in t) {
          if (s && n.issues.length !== p) {
            if (T(n, p)) break;
            p = n.issues.length;
          }
          if (u.has(i)) continue;
          if ('__proto__' === i) {
            'never' === l && a.push(i);
            continue;
          }
          if ('never' === l) {
            a.push(i);
            continue;
          }
          const o = c.run({ value: t[i], issues: [] }, r);
          o instanceof Promise ? e.push(o.then((e) => Yt(e, n, i, t, d, f))) : Yt(o, n, i, t, d, f);
        }
        return (
          a.length && n.issues.push({ code: 'unrecognized_keys', keys: a, input: t, inst: o, continue: !0 }),
          e.length ? Promise.all(e).then(() => n) : n
        );
      }
      const en = te('$ZodObject', (e, t) => {
          at.init(e, t);
          const n = Object.getOwnPropertyDescriptor(t, 'shape'),
            r = n?.get ? n.get.raw : (t.shape ?? {});
          if (r) {
            const e = () => {
              const n = { ...r };
              return (Object.defineProperty(t, 'shape', { value: n }), (e.raw = n), n);
            };
            ((e.raw = r), Object.defineProperty(t, 'shape', { get: e }));
          }
          const i = a(() => Ht(t));
          Y(e, 'propValues', (e) => {
            const t = e.def.shape,
              n = {};
            for (const e in t) {
              const r = t[e]._zod;
              if (r.values) {
                Object.prototype.hasOwnProperty.call(n, e) || c(n, e, new Set());
                for (const t of r.values) n[e].add(t);
                void 0 !== r.optin && n[e].add(void 0);
              }
            }
            return n;
          });
          const o = v,
            s = t.catchall;
          let u;
          const l = ie.memoizer;
          (l?.attach(e),
            (e._zod.parse = (t, n) => {
              u ?? (u = i.value);
              const r = t.value;
              if (!o(r))
                return (t.issues.push({ expected: 'object', code: 'invalid_type', input: r, inst: e }), t);
              t.value = l ? l.alloc(e, t, {}, n) : {};
              const a = [],
                c = u.shape,
                d = n?.abortEarly;
              let f = t.issues.length;
              for (const e of u.allKeys) {
                if (d && t.issues.length !== f) {
                  if (T(t, f)) break;
                  f = t.issues.length;
                }
                if ('__proto__' === e) continue;
                const i = c[e],
                  o = i._zod.optin,
                  s = i._zod.optout,
                  u = i._zod.run({ value: r[e], issues: [] }, n);
                u instanceof Promise ? a.push(u.then((n) => Yt(n, t, e, r, o, s))) : Yt(u, t, e, r, o, s);
              }
              return s ? Qt(a, r, t, n, i.value, e, !0 === d) : a.length ? Promise.all(a).then(() => t) : t;
            }));
        }),
        tn = te('$ZodObjectJIT', (e, t) => {
          en.init(e, t);
          const n = e._zod.parse,
            r = a(() => Ht(t)),
            i = ie.memoizer;
          let o;
          const s = v,
            u = !ie.jitless,
            c = u && _.value,
            l = t.catchall;
          let d;
          e._zod.parse = (a, f) => {
            d ?? (d = r.value);
            const p = a.value;
            return s(p)
              ? u && c && !1 === f?.async && !0 !== f.jitless
                ? (o ||
                    (o = ((t) => {
                      const n = r.value,
                        o = n.symbolKeys,
                        s = new ot(['payload', 'ctx'], { shape: t, inst: e, memo: i, syms: o }),
                        a = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,
                        u = (e, t) =>
                          `\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;
                      s.write('const input = payload.value;');
                      const c = Object.create(null);
                      let l = 0;
                      for (const e of n.allKeys) c[e] = 'key_' + l++;
                      s.write(
                        i ? 'const newResult = memo.alloc(inst, payload, {}, ctx);' : 'const newResult = {};',
                      );
                      for (const e of n.allKeys) {
                        if ('__proto__' === e) continue;
                        const n = c[e],
                          r = 'symbol' == typeof e ? `syms[${o.indexOf(e)}]` : g(e),
                          i = `${r} in input`,
                          l = t[e],
                          d = l?._zod?.optin,
                          f = void 0 !== d,
                          p = 'optional' === l?._zod?.optout;
                        if ((s.write(`const ${n} = ${a(r)};`), f && p)) {
                          const e =
                            'optional' === d ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
                          s.write(
                            `\n        const ${n}_present = ${i};\n        if (!${n}.issues.length || ${n}_present) {\n          if (${n}.issues.length) {${u(n, r)}\n          }\n\n          if (${e}) {\n            newResult[${r}] = ${n}.value;\n          }\n        }\n\n      `,
                          );
                        } else
                          f
                            ? (s.write(`\n        if (${n}.issues.length) {${u(n, r)}\n        }\n      `),
                              'defaulted' === d
                                ? s.write(`newResult[${r}] = ${n}.value;`)
                                : s.write(
                                    `\n        if (${n}.value !== undefined || ${i}) {\n          newResult[${r}] = ${n}.value;\n        }\n      `,
                                  ))
                            : s.write(
                                `\n        const ${n}_present = ${i};\n        if (${n}.issues.length) {${u(n, r)}\n        }\n        if (!${n}_present && !${n}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${r}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${n}_present) {\n          newResult[${r}] = ${n}.value;\n        }\n\n      `,
                              );
                      }
                      return (s.write('payload.value = newResult;'), s.write('return payload;'), s.compile());
                    })(t.shape)),
                  (a = o(a, f)),
                  l ? Qt([], p, a, f, d, e, !0 === f?.abortEarly) : a)
                : n(a, f)
              : (a.issues.push({ expected: 'object', code: 'invalid_type', input: p, inst: e }), a);
          };
        });
      function nn(e, t, n, r) {
        for (const n of e) if (0 === n.issues.length) return ((t.value = n.value), t);
        const i = e.filter((e) => !T(e));
        return 1 === i.length
          ? ((t.value = i[0].value), i[0])
          : (t.issues.push({
              code: 'invalid_union',
              input: t.value,
              inst: n,
              errors: e.map((e) => e.issues.map((e) => D(e, r, oe()))),
            }),
            t);
      }
      const rn = te('$ZodUnion', (e, t) => {
          (at.init(e, t),
            Y(e, 'optin', (e) =>
              e.def.options.some((e) => 'defaulted' === e._zod.optin)
                ? 'defaulted'
                : e.def.options.some((e) => void 0 !== e._zod.optin)
                  ? 'optional'
                  : void 0,
            ),
            Y(e, 'optout', (e) =>
              e.def.options.some((e) => 'optional' === e._zod.optout) ? 'optional' : void 0,
            ),
            Y(e, 'values', (e) => {
              if (e.def.options.every((e) => e._zod.values))
                return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
            }),
            Y(e, 'pattern', (e) => {
              if (e.def.options.every((e) => e._zod.pattern)) {
                const t = e.def.options.map((e) => e._zod.pattern);
                return new RegExp(`^(${t.map((e) => u(e.source)).join('|')})$`);
              }
            }));
          const n = 1 === t.options.length ? t.options[0]._zod.run : null;
          e._zod.parse = (r, i) => {
            if (n) return n(r, i);
            let o = !1;
            const s = [];
            for (const e of t.options) {
              const t = e._zod.run({ value: r.value, issues: [] }, i);
              if (t instanceof Promise) (s.push(t), (o = !0));
              else {
                if (0 === t.issues.length) return t;
                s.push(t);
              }
            }
            return o ? Promise.all(s).then((t) => nn(t, r, e, i)) : nn(s, r, e, i);
          };
        }),
        on = te('$ZodIntersection', (e, t) => {
          (at.init(e, t),
            (e._zod.parse = (e, n) => {
              const r = e.value,
                i = t.left._zod.run({ value: r, issues: [] }, n),
                o = t.right._zod.run({ value: r, issues: [] }, n);
              return i instanceof Promise || o instanceof Promise
                ? Promise.all([i, o]).then(([t, n]) => an(e, t, n))
                : an(e, i, o);
            }));
        });
      function sn(e, t) {
        if (e === t) return { valid: !0, data: e };
        if (e instanceof Date && t instanceof Date && +e === +t) return { valid: !0, data: e };
        if (b(e) && b(t)) {
          const n = Object.keys(t),
            r = Object.keys(e).filter((e) => -1 !== n.indexOf(e)),
            i = { ...e, ...t };
          Object.prototype.hasOwnProperty.call(i, '__proto__') && delete i.__proto__;
          for (const n of r) {
            if ('__proto__' === n) continue;
            const r = sn(e[n], t[n]);
            if (!r.valid) return { valid: !1, mergeErrorPath: [n, ...r.mergeErrorPath] };
            i[n] = r.data;
          }
          return { valid: !0, data: i };
        }
        if (Array.isArray(e) && Array.isArray(t)) {
          if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
          const n = [];
          for (let r = 0; r < e.length; r++) {
            const i = sn(e[r], t[r]);
            if (!i.valid) return { valid: !1, mergeErrorPath: [r, ...i.mergeErrorPath] };
            n.push(i.data);
          }
          return { valid: !0, data: n };
        }
        return { valid: !1, mergeErrorPath: [] };
      }
      function an(e, t, n) {
        const r = new Map();
        let i;
        const o = new Map(),
          s = (e, t) => {
            let n;
            if ('unrecognized_keys' !== e.code || e.path?.length) {
              if ('invalid_key' !== e.code || 'record' !== e.origin || 1 !== e.path?.length) return !1;
              {
                const t = String(e.path[0]);
                (o.has(t) || o.set(t, e), (n = [t]));
              }
            } else (i ?? (i = e), (n = e.keys));
            for (const e of n) (r.has(e) || r.set(e, {}), (r.get(e)[t] = !0));
            return !0;
          };
        for (const n of t.issues) s(n, 'l') || e.issues.push(n);
        for (const t of n.issues) s(t, 'r') || e.issues.push(t);
        const a = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
        if (a.length) {
          const t = i ? a.filter((e) => i.keys.includes(e)) : [];
          t.length && e.issues.push({ ...i, keys: t });
          for (const n of a) !t.includes(n) && o.has(n) && e.issues.push(o.get(n));
        }
        const u = sn(t.value, n.value);
        if (!u.valid) {
          if (T(e)) return e;
          throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`);
        }
        return ((e.value = u.data), e);
      }
      const un = te('$ZodTuple', (e, t) => {
        at.init(e, t);
        const n = t.items,
          r = ie.memoizer;
        (r?.attach(e),
          (e._zod.parse = (i, o) => {
            const s = i.value;
            if (!Array.isArray(s))
              return (i.issues.push({ input: s, inst: e, expected: 'tuple', code: 'invalid_type' }), i);
            i.value = r ? r.alloc(e, i, [], o) : [];
            const a = [],
              u = cn(n, 'optin'),
              c = cn(n, 'optout');
            if (!t.rest) {
              if (s.length < u)
                return (
                  i.issues.push({
                    code: 'too_small',
                    minimum: u,
                    inclusive: !0,
                    input: s,
                    inst: e,
                    origin: 'array',
                  }),
                  i
                );
              s.length > n.length &&
                i.issues.push({
                  code: 'too_big',
                  maximum: n.length,
                  inclusive: !0,
                  input: s,
                  inst: e,
                  origin: 'array',
                });
            }
            const l = new Array(n.length),
              d = t.rest ? o?.abortEarly : void 0;
            let f = !1;
            for (let e = 0; e < n.length; e++) {
              const t = n[e]._zod.run({ value: s[e], issues: [] }, o);
              t instanceof Promise
                ? a.push(
                    t.then((t) => {
                      l[e] = t;
                    }),
                  )
                : ((l[e] = t), d && !f && t.issues.length && (f = T(t)));
            }
            if (t.rest && !f) {
              let e = n.length - 1;
              const r = s.slice(n.length);
              let u = i.issues.length;
              for (const n of r) {
                if (d && i.issues.length !== u) {
                  if (T(i, u)) break;
                  u = i.issues.length;
                }
                e++;
                const r = t.rest._zod.run({ value: n, issues: [] }, o);
                r instanceof Promise ? a.push(r.then((t) => ln(t, i, e))) : ln(r, i, e);
              }
            }
            return a.length ? Promise.all(a).then(() => dn(l, i, n, s, c)) : dn(l, i, n, s, c);
          }));
      });
      function cn(e, t) {
        for (let n = e.length - 1; n >= 0; n--)
          if (!('optin' === t ? void 0 !== e[n]._zod.optin : 'optional' === e[n]._zod.optout)) return n + 1;
        return 0;
      }
      function ln(e, t, n) {
        (e.issues.length && t.issues.push(...A(n, e.issues)), (t.value[n] = e.value));
      }
      function dn(e, t, n, r, i) {
        for (let o = 0; o < n.length; o++) {
          const s = e[o],
            a = o < r.length;
          if (!a && o >= i && 'optional' === n[o]._zod.optin) {
            t.value.length = o;
            break;
          }
          if (s.issues.length) {
            if (!a && o >= i) {
              t.value.length = o;
              break;
            }
            t.issues.push(...A(o, s.issues));
          }
          t.value[o] = s.value;
        }
        for (
          let e = t.value.length - 1;
          e >= r.length && 'optional' === n[e]._zod.optout && void 0 === t.value[e];
          e--
        )
          t.value.length = e;
        return t;
      }
      const fn = te('$ZodRecord', (e, t) => {
          at.init(e, t);
          const n = ie.memoizer;
          (n?.attach(e),
            (e._zod.parse = (r, i) => {
              const o = r.value;
              if (!b(o))
                return (r.issues.push({ expected: 'record', code: 'invalid_type', input: o, inst: e }), r);
              const s = [],
                a = t.keyType._zod.values;
              if (a && !t.partial) {
                r.value = n ? n.alloc(e, r, {}, i) : {};
                const u = new Set();
                for (const n of a)
                  if ('string' == typeof n || 'number' == typeof n || 'symbol' == typeof n) {
                    if ((u.add('number' == typeof n ? n.toString() : n), '__proto__' === n)) continue;
                    const a = t.keyType._zod.run({ value: n, issues: [] }, i);
                    if (a instanceof Promise)
                      throw new Error('Async schemas not supported in object keys currently');
                    if (a.issues.length) {
                      r.issues.push({
                        code: 'invalid_key',
                        origin: 'record',
                        issues: a.issues.map((e) => D(e, i, oe())),
                        input: n,
                        path: [n],
                        inst: e,
                      });
                      continue;
                    }
                    const c = a.value;
                    if ('__proto__' === c) continue;
                    const l = t.valueType._zod.run({ value: o[n], issues: [] }, i);
                    l instanceof Promise
                      ? s.push(
                          l.then((e) => {
                            (e.issues.length && r.issues.push(...A(n, e.issues)), (r.value[c] = e.value));
                          }),
                        )
                      : (l.issues.length && r.issues.push(...A(n, l.issues)), (r.value[c] = l.value));
                  }
                let c;
                for (const e in o)
                  if (!u.has(e))
                    if ('loose' === t.mode) {
                      if ('__proto__' === e) continue;
                      r.value[e] = o[e];
                    } else ((c = c ?? []), c.push(e));
                c &&
                  c.length > 0 &&
                  r.issues.push({ code: 'unrecognized_keys', input: o, inst: e, keys: c, continue: !0 });
              } else {
                let u;
                r.value = n ? n.alloc(e, r, {}, i) : {};
                for (const n of Reflect.ownKeys(o)) {
                  if ('__proto__' === n) continue;
                  if (!Object.prototype.propertyIsEnumerable.call(o, n)) continue;
                  let c = t.keyType._zod.run({ value: n, issues: [] }, i);
                  if (c instanceof Promise)
                    throw new Error('Async schemas not supported in object keys currently');
                  if ('string' == typeof n && De.test(n) && c.issues.length) {
                    const e = t.keyType._zod.run({ value: Number(n), issues: [] }, i);
                    if (e instanceof Promise)
                      throw new Error('Async schemas not supported in object keys currently');
                    0 === e.issues.length && (c = e);
                  }
                  if (c.issues.length) {
                    'loose' === t.mode
                      ? (r.value[n] = o[n])
                      : a
                        ? ((u = u ?? []), u.push(n))
                        : r.issues.push({
                            code: 'invalid_key',
                            origin: 'record',
                            issues: c.issues.map((e) => D(e, i, oe())),
                            input: n,
                            path: [n],
                            inst: e,
                          });
                    continue;
                  }
                  const l = c.value;
                  if ('__proto__' === l) continue;
                  const d = t.valueType._zod.run({ value: o[n], issues: [] }, i);
                  d instanceof Promise
                    ? s.push(
                        d.then((e) => {
                          (e.issues.length && r.issues.push(...A(n, e.issues)), (r.value[l] = e.value));
                        }),
                      )
                    : (d.issues.length && r.issues.push(...A(n, d.issues)), (r.value[l] = d.value));
                }
                u &&
                  u.length > 0 &&
                  r.issues.push({ code: 'unrecognized_keys', input: o, inst: e, keys: u, continue: !0 });
              }
              return s.length ? Promise.all(s).then(() => r) : r;
            }));
        }),
        pn = te('$ZodEnum', (e, t) => {
          at.init(e, t);
          const n = r(t.entries),
            i = new Set(n);
          ((e._zod.values = i),
            Y(e, 'pattern', (e) => {
              const t = r(e.def.entries).filter((e) => z.has(typeof e));
              return new RegExp(t.length ? `^(${t.map((e) => k(e.toString())).join('|')})$` : '^[^\\s\\S]$');
            }),
            (e._zod.parse = (t, r) => {
              const o = t.value;
              return (i.has(o) || t.issues.push({ code: 'invalid_value', values: n, input: o, inst: e }), t);
            }));
        }),
        hn = te('$ZodTransform', (e, t) => {
          (at.init(e, t),
            (e._zod.optin = 'optional'),
            ie.memoizer?.guard(e),
            (e._zod.parse = (n, r) => {
              if ('backward' === r.direction) throw new re(e.constructor.name);
              const i = t.transform(n.value, n);
              if (r.async)
                return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => ((n.value = e), n));
              if (i instanceof Promise) throw new ne();
              return ((n.value = i), n);
            }));
        });
      function mn(e, t) {
        return ((e.value = t.issues.length ? void 0 : t.value), e);
      }
      const gn = te('$ZodOptional', (e, t) => {
          (at.init(e, t),
            Y(e, 'optin', (e) => ('defaulted' === e.def.innerType._zod.optin ? 'defaulted' : 'optional')),
            (e._zod.optout = 'optional'),
            Y(e, 'values', (e) => {
              const t = e.def.innerType._zod.values;
              return t ? new Set([...t, void 0]) : void 0;
            }),
            Y(e, 'pattern', (e) => {
              const t = e.def.innerType._zod.pattern;
              return t ? new RegExp(`^(${u(t.source)})?$`) : void 0;
            }),
            (e._zod.parse = (e, n) => {
              if (void 0 === e.value) {
                if ('defaulted' !== t.innerType._zod.optin) return e;
                const r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
                return r instanceof Promise ? r.then((t) => mn(e, t)) : mn(e, r);
              }
              return t.innerType._zod.run(e, n);
            }));
        }),
        yn = te('$ZodExactOptional', (e, t) => {
          (gn.init(e, t),
            Y(e, 'values', (e) => e.def.innerType._zod.values),
            Y(e, 'pattern', (e) => e.def.innerType._zod.pattern),
            (e._zod.parse = (e, n) => t.innerType._zod.run(e, n)));
        }),
        vn = te('$ZodNullable', (e, t) => {
          (at.init(e, t),
            Y(e, 'optin', (e) => e.def.innerType._zod.optin),
            Y(e, 'optout', (e) => e.def.innerType._zod.optout),
            Y(e, 'pattern', (e) => {
              const t = e.def.innerType._zod.pattern;
              return t ? new RegExp(`^(${u(t.source)}|null)$`) : void 0;
            }),
            Y(e, 'values', (e) =>
              e.def.innerType._zod.values ? new Set([...e.def.innerType._zod.values, null]) : void 0,
            ),
            (e._zod.parse = (e, n) => (null === e.value ? e : t.innerType._zod.run(e, n))));
        }),
        _n = te('$ZodDefault', (e, t) => {
          (at.init(e, t),
            (e._zod.optin = 'defaulted'),
            Y(e, 'values', (e) => e.def.innerType._zod.values),
            (e._zod.parse = (e, n) => {
              if ('backward' === n.direction) return t.innerType._zod.run(e, n);
              if (void 0 === e.value) return ((e.value = t.defaultValue), e);
              const r = t.innerType._zod.run(e, n);
              return r instanceof Promise ? r.then((e) => bn(e, t)) : bn(r, t);
            }));
        });
      function bn(e, t) {
        return (void 0 === e.value && (e.value = t.defaultValue), e);
      }
      const wn = te('$ZodPrefault', (e, t) => {
          (at.init(e, t),
            (e._zod.optin = 'defaulted'),
            Y(e, 'values', (e) => e.def.innerType._zod.values),
            (e._zod.parse = (e, n) => (
              'backward' === n.direction || (void 0 === e.value && (e.value = t.defaultValue)),
              t.innerType._zod.run(e, n)
            )));
        }),
        zn = te('$ZodNonOptional', (e, t) => {
          (at.init(e, t),
            Y(e, 'values', (e) => {
              const t = e.def.innerType._zod.values;
              return t ? new Set([...t].filter((e) => void 0 !== e)) : void 0;
            }),
            (e._zod.parse = (n, r) => {
              const i = t.innerType._zod.run(n, r);
              return i instanceof Promise ? i.then((t) => kn(t, e)) : kn(i, e);
            }));
        });
      function kn(e, t) {
        return (
          e.issues.length ||
            void 0 !== e.value ||
            e.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: e.value, inst: t }),
          e
        );
      }
      function $n(e, t, n, r) {
        return t.issues.length
          ? ((e.value = n.catchValue({
              ...t,
              value: e.value,
              error: { issues: t.issues.map((e) => D(e, r, oe())) },
              input: e.value,
            })),
            e)
          : ((e.value = t.value), t.memo && (e.memo = !0), e);
      }
      const On = te('$ZodCatch', (e, t) => {
          (at.init(e, t),
            Y(e, 'optin', (e) => ('defaulted' === e.def.innerType._zod.optin ? 'defaulted' : 'optional')),
            Y(e, 'optout', (e) => e.def.innerType._zod.optout),
            Y(e, 'values', (e) => e.def.innerType._zod.values),
            (e._zod.parse = (e, n) => {
              if ('backward' === n.direction) return t.innerType._zod.run(e, n);
              const r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
              return r instanceof Promise ? r.then((r) => $n(e, r, t, n)) : $n(e, r, t, n);
            }));
        }),
        xn = te('$ZodPipe', (e, t) => {
          (at.init(e, t),
            Y(e, 'values', (e) => e.def.in._zod.values),
            Y(e, 'optin', (e) => e.def.in._zod.optin),
            Y(e, 'optout', (e) => e.def.out._zod.optout),
            Y(e, 'propValues', (e) => e.def.in._zod.propValues),
            (e._zod.parse = (e, n) => {
              if ('backward' === n.direction) {
                const r = t.out._zod.run(e, n);
                return r instanceof Promise ? r.then((e) => Sn(e, t.in, n)) : Sn(r, t.in, n);
              }
              const r = t.in._zod.run(e, n);
              return r instanceof Promise ? r.then((e) => Sn(e, t.out, n)) : Sn(r, t.out, n);
            }));
        });
      function Sn(e, t, n) {
        return e.issues.some((e) => 'unrecognized_keys' !== e.code)
          ? ((e.aborted = !0), e)
          : t._zod.run({ value: e.value, issues: e.issues }, n);
      }
      const Pn = te('$ZodReadonly', (e, t) => {
        (at.init(e, t),
          Y(e, 'propValues', (e) => e.def.innerType._zod.propValues),
          Y(e, 'values', (e) => e.def.innerType._zod.values),
          Y(e, 'optin', (e) => e.def.innerType?._zod?.optin),
          Y(e, 'optout', (e) => e.def.innerType?._zod?.optout),
          (e._zod.parse = (e, n) => {
            if ('backward' === n.direction) return t.innerType._zod.run(e, n);
            const r = t.innerType._zod.run(e, n);
            return r instanceof Promise ? r.then(In) : In(r);
          }));
      });
      function In(e) {
        return (e.memo || (e.value = Object.freeze(e.value)), e);
      }
      const En = te('$ZodCustom', (e, t) => {
        (Me.init(e, t),
          at.init(e, t),
          (e._zod.parse = (e, t) => e),
          (e._zod.check = (n) => {
            const r = n.value,
              i = t.fn(r);
            if (i instanceof Promise) return i.then((t) => jn(t, n, r, e));
            jn(i, n, r, e);
          }));
      });
      function jn(e, t, n, r) {
        if (!e) {
          const e = {
            code: 'custom',
            input: n,
            inst: r,
            path: [...(r._zod.def.path ?? [])],
            continue: !r._zod.def.abort,
          };
          (r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(U(e)));
        }
      }
      var Tn;
      (Tn = globalThis).__zod_globalRegistry ??
        (Tn.__zod_globalRegistry = new (class {
          constructor() {
            ((this._map = new WeakMap()), (this._idmap = new Map()));
          }
          add(e, ...t) {
            const n = t[0];
            return (
              this._map.set(e, n),
              n && 'object' == typeof n && 'id' in n && this._idmap.set(n.id, e),
              this
            );
          }
          clear() {
            return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
          }
          remove(e) {
            const t = this._map.get(e);
            return (
              t && 'object' == typeof t && 'id' in t && this._idmap.delete(t.id),
              this._map.delete(e),
              this
            );
          }
          get(e) {
            const t = e._zod.parent;
            if (t) {
              const n = { ...(this.get(t) ?? {}) };
              delete n.id;
              const r = { ...n, ...this._map.get(e) };
              return Object.keys(r).length ? r : void 0;
            }
            return this._map.get(e);
          }
          has(e) {
            return this._map.has(e);
          }
        })());
      const Zn = globalThis.__zod_globalRegistry;
      function An(e) {
        return (e.checks && (e.checks = [...e.checks]), e);
      }
      function Nn(e, t) {
        return new Ve({ check: 'less_than', ...O(t), value: e, inclusive: !1 });
      }
      function Fn(e, t) {
        return new Ve({ check: 'less_than', ...O(t), value: e, inclusive: !0 });
      }
      function Rn(e, t) {
        return new Ke({ check: 'greater_than', ...O(t), value: e, inclusive: !1 });
      }
      function Dn(e, t) {
        return new Ke({ check: 'greater_than', ...O(t), value: e, inclusive: !0 });
      }
      function Cn(e, t) {
        return new We({ check: 'multiple_of', ...O(t), value: e });
      }
      function Jn(e, t) {
        return new qe({ check: 'max_length', ...O(t), maximum: e });
      }
      function Mn(e, t) {
        return new Ge({ check: 'min_length', ...O(t), minimum: e });
      }
      function Un(e, t) {
        return new Ye({ check: 'length_equals', ...O(t), length: e });
      }
      function Ln(e) {
        return new it({ check: 'overwrite', tx: e });
      }
      function Vn(e, ...t) {
        for (const n of t)
          for (const t of Reflect.ownKeys(n))
            Object.prototype.propertyIsEnumerable.call(n, t) && c(e, t, n[t]);
        return e;
      }
      function Kn(e) {
        let t = e?.target ?? 'draft-2020-12';
        return (
          'draft-4' === t && (t = 'draft-04'),
          'draft-7' === t && (t = 'draft-07'),
          {
            processors: e.processors ?? {},
            metadataRegistry: e?.metadata ?? Zn,
            target: t,
            unrepresentable: e?.unrepresentable ?? 'throw',
            override: e?.override ?? (() => {}),
            io: e?.io ?? 'output',
            counter: 0,
            seen: new Map(),
            sharedDefsExtractedFor: void 0,
            sharedEmitDoneFor: void 0,
            cycles: e?.cycles ?? 'ref',
            reused: e?.reused ?? 'inline',
            intersections: [],
            deferred: [],
            external: e?.external ?? void 0,
          }
        );
      }
      function Wn(e, t, n, r, i) {
        const o =
          'function' == typeof t.unrepresentable
            ? t.unrepresentable({ zodSchema: e, path: r.path, message: i })
            : t.unrepresentable;
        if ('any' === o) return !1;
        if (void 0 === o || 'throw' === o) throw new Error(i);
        return (Object.assign(n, o), !0);
      }
      function Bn(e, t, n = { path: [], schemaPath: [] }) {
        var r;
        const i = e._zod.def,
          o = t.seen.get(e);
        if (o) return (o.count++, n.schemaPath.includes(e) && (o.cycle = n.path), o.schema);
        const s = { schema: {}, count: 1, cycle: void 0, path: n.path };
        (t.seen.set(e, s), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0));
        const a = e._zod.toJSONSchema?.();
        if (a) s.schema = a;
        else {
          const r = { ...n, schemaPath: [...n.schemaPath, e], path: n.path };
          if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, s.schema, r);
          else {
            const n = s.schema,
              o = t.processors[i.type];
            if (!o) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
            o(e, t, n, r);
          }
          const o = e._zod.parent;
          o && (s.ref || (s.ref = o), Bn(o, t, r), (t.seen.get(o).isParent = !0));
        }
        const u = t.metadataRegistry.get(e);
        return (
          u && Vn(s.schema, u),
          'input' === t.io && rr(e) && (delete s.schema.examples, delete s.schema.default),
          'input' === t.io &&
            '_prefault' in s.schema &&
            ((r = s.schema).default ?? (r.default = s.schema._prefault)),
          delete s.schema._prefault,
          t.seen.get(e).schema
        );
      }
      function qn(e) {
        return e.replace(/~/g, '~0').replace(/\//g, '~1');
      }
      function Gn(e, t) {
        const n = e.seen.get(t);
        if (!n) throw new Error('Unprocessed schema. This is a bug in Zod.');
        if (e.external && e.sharedDefsExtractedFor === e.external) return;
        const r = new Map();
        for (const t of e.seen.entries()) {
          const n = e.metadataRegistry.get(t[0])?.id;
          if (n) {
            const e = r.get(n);
            if (e && e !== t[0])
              throw new Error(
                `Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
              );
            r.set(n, t[0]);
          }
        }
        const i = (t) => {
          if (t[1].schema.$ref) return;
          const r = t[1],
            { ref: i, defId: o } = ((t) => {
              const r = 'draft-2020-12' === e.target ? '$defs' : 'definitions';
              if (e.external) {
                const n = e.external.registry.get(t[0])?.id,
                  i = e.external.uri ?? ((e) => e);
                if (n) return { ref: i(n) };
                const o = t[1].defId ?? t[1].schema.id ?? 'schema' + e.counter++;
                return ((t[1].defId = o), { defId: o, ref: `${i('__shared')}#/${r}/${qn(o)}` });
              }
              const i = `#/${r}/`;
              if (t[1] === n && !t[1].schema.id) return { ref: '#' };
              const o = t[1].schema.id ?? '__schema' + e.counter++;
              return { defId: o, ref: i + qn(o) };
            })(t);
          ((r.def = { ...r.schema }), o && (r.defId = o));
          const s = r.schema;
          for (const e in s) delete s[e];
          s.$ref = i;
        };
        if ('throw' === e.cycles)
          for (const t of e.seen.entries()) {
            const e = t[1];
            if (e.cycle)
              throw new Error(
                `Cycle detected: #/${e.cycle?.join('/')}/<root>\n\nSet the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`,
              );
          }
        for (const n of e.seen.entries()) {
          const r = n[1];
          if (t === n[0]) {
            i(n);
            continue;
          }
          if (e.external) {
            const r = e.external.registry.get(n[0])?.id;
            if (t !== n[0] && r) {
              i(n);
              continue;
            }
          }
          const o = e.metadataRegistry.get(n[0])?.id;
          (o || r.cycle || (r.count > 1 && 'ref' === e.reused)) && i(n);
        }
        e.external && (e.sharedDefsExtractedFor = e.external);
      }
      function Yn(e) {
        const t = e.anyOf;
        if (!Array.isArray(t) || 0 === t.length || void 0 !== e.type) return;
        const n = [];
        for (const e of t) {
          if (!e || 'object' != typeof e) return;
          Yn(e);
          const t = Object.keys(e);
          if (1 !== t.length || 'type' !== t[0]) return;
          const r = e.type;
          for (const e of Array.isArray(r) ? r : [r]) {
            if ('string' != typeof e) return;
            n.includes(e) || n.push(e);
          }
        }
        (delete e.anyOf, (e.type = 1 === n.length ? n[0] : n));
      }
      const Xn = new Set(['type', 'properties', 'required', 'additionalProperties']),
        Hn = ['oneOf', 'anyOf'];
      function Qn(e) {
        const t = e.additionalProperties;
        return void 0 === t || !1 === t || 'object' != typeof t || null === t
          ? null
          : Object.keys(t).length
            ? t
            : null;
      }
      function er(e) {
        const t = [];
        for (const n of e) {
          if ('object' != typeof n || 'object' !== n.type) return null;
          for (const e in n) if (!Xn.has(e)) return null;
          t.push(n);
        }
        const n = {},
          r = new Set();
        for (const e of t) {
          for (const r in e.properties) {
            if (Object.prototype.hasOwnProperty.call(n, r)) continue;
            const e = [];
            for (const n of t) {
              const t = n.properties?.[r] ?? Qn(n);
              null != t && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
            }
            c(n, r, 1 === e.length ? e[0] : (er(e) ?? { allOf: e }));
          }
          for (const t of e.required ?? []) r.add(t);
        }
        const i = { type: 'object', properties: n };
        if ((r.size && (i.required = [...r]), t.every((e) => !1 === e.additionalProperties)))
          i.additionalProperties = !1;
        else {
          const e = [];
          for (const n of t) {
            const t = Qn(n);
            t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
          }
          1 === e.length
            ? (i.additionalProperties = e[0])
            : e.length > 1 && (i.additionalProperties = { allOf: e });
        }
        return i;
      }
      function tr(e) {
        const t = e.allOf;
        if (!Array.isArray(t) || t.length < 2) return;
        for (const t of Xn) if (t in e) return;
        const n = t.filter((e) => Hn.some((t) => Array.isArray(e[t])));
        let r = null;
        if (n.length) {
          const e = n[0],
            i = Hn.find((t) => Array.isArray(e[t]));
          if (1 !== Object.keys(e).length) return;
          const o = t.filter((t) => t !== e),
            s = e[i].map((e) => er([...o, e]));
          if (s.some((e) => !e)) return;
          r = { [i]: s };
        } else r = er(t);
        r && (delete e.allOf, Vn(e, r));
      }
      function nr(e, t) {
        const n = e.seen.get(t);
        if (!n) throw new Error('Unprocessed schema. This is a bug in Zod.');
        const r = (t) => {
          const n = e.seen.get(t);
          if (null === n.ref) return;
          const i = n.def ?? n.schema,
            o = { ...i },
            s = n.ref;
          if (((n.ref = null), s)) {
            r(s);
            const n = e.seen.get(s),
              a = n.schema;
            if (
              (!a.$ref || ('draft-07' !== e.target && 'draft-04' !== e.target && 'openapi-3.0' !== e.target)
                ? Vn(i, a)
                : ((i.allOf = i.allOf ?? []), i.allOf.push(a)),
              Vn(i, o),
              t._zod.parent === s)
            )
              for (const e in i) '$ref' !== e && 'allOf' !== e && (e in o || delete i[e]);
            if (a.$ref && n.def)
              for (const e in i)
                '$ref' !== e &&
                  'allOf' !== e &&
                  e in n.def &&
                  JSON.stringify(i[e]) === JSON.stringify(n.def[e]) &&
                  delete i[e];
          }
          const a = t._zod.parent;
          if (a && a !== s) {
            r(a);
            const t = e.seen.get(a);
            if (t?.schema.$ref && ((i.$ref = t.schema.$ref), t.def))
              for (const e in i)
                '$ref' !== e &&
                  'allOf' !== e &&
                  e in t.def &&
                  JSON.stringify(i[e]) === JSON.stringify(t.def[e]) &&
                  delete i[e];
          }
          e.override({ zodSchema: t, jsonSchema: i, path: n.path ?? [] });
        };
        if (!e.external || e.sharedEmitDoneFor !== e.external) {
          for (const t of [...e.seen.entries()].reverse()) r(t[0]);
          if ('openapi-3.0' !== e.target) for (const t of e.seen.entries()) Yn(t[1].def ?? t[1].schema);
          for (const t of e.deferred) t();
          if (e.intersections.length) {
            const t = new Map();
            for (const n of e.seen.values())
              for (const e of [n.schema, n.def]) {
                const n = e?.allOf;
                if (!Array.isArray(n)) continue;
                const r = t.get(n);
                r ? r.push(e) : t.set(n, [e]);
              }
            for (const n of e.intersections) for (const e of t.get(n) ?? []) tr(e);
          }
        }
        const i = {};
        if (
          ('draft-2020-12' === e.target
            ? (i.$schema = 'https://json-schema.org/draft/2020-12/schema')
            : 'draft-07' === e.target
              ? (i.$schema = 'http://json-schema.org/draft-07/schema#')
              : 'draft-04' === e.target
                ? (i.$schema = 'http://json-schema.org/draft-04/schema#')
                : e.target,
          e.external?.uri)
        ) {
          const n = e.external.registry.get(t)?.id;
          if (!n) throw new Error('Schema is missing an `id` property');
          i.$id = e.external.uri(n);
        }
        Vn(i, n.defId ? n.schema : (n.def ?? n.schema));
        const o = e.metadataRegistry.get(t)?.id;
        void 0 !== o && i.id === o && delete i.id;
        const s = e.external?.defs ?? {};
        if (!e.external || e.sharedEmitDoneFor !== e.external)
          for (const t of e.seen.entries()) {
            const e = t[1];
            e.def && e.defId && (e.def.id === e.defId && delete e.def.id, c(s, e.defId, e.def));
          }
        (e.external && (e.sharedEmitDoneFor = e.external),
          e.external ||
            (Object.keys(s).length > 0 &&
              ('draft-2020-12' === e.target ? (i.$defs = s) : (i.definitions = s))));
        try {
          const n = JSON.parse(JSON.stringify(i));
          return (
            Object.defineProperty(n, '~standard', {
              value: {
                ...t['~standard'],
                jsonSchema: { input: ir(t, 'input', e.processors), output: ir(t, 'output', e.processors) },
              },
              enumerable: !1,
              writable: !1,
            }),
            n
          );
        } catch (e) {
          throw new Error('Error converting schema to JSON.');
        }
      }
      function rr(e, t) {
        const n = t ?? { seen: new Set() };
        if (n.seen.has(e)) return !1;
        n.seen.add(e);
        const r = e._zod.def;
        if ('transform' === r.type) return !0;
        if ('array' === r.type) return rr(r.element, n);
        if ('set' === r.type) return rr(r.valueType, n);
        if ('lazy' === r.type) return rr(r.getter(), n);
        if (
          'promise' === r.type ||
          'optional' === r.type ||
          'nonoptional' === r.type ||
          'nullable' === r.type ||
          'readonly' === r.type ||
          'default' === r.type ||
          'prefault' === r.type ||
          'catch' === r.type
        )
          return rr(r.innerType, n);
        if ('intersection' === r.type) return rr(r.left, n) || rr(r.right, n);
        if ('record' === r.type || 'map' === r.type) return rr(r.keyType, n) || rr(r.valueType, n);
        if ('pipe' === r.type) return !!e._zod.traits.has('$ZodCodec') || rr(r.in, n) || rr(r.out, n);
        if ('object' === r.type) {
          for (const e in r.shape) if (rr(r.shape[e], n)) return !0;
          return !1;
        }
        if ('union' === r.type) {
          for (const e of r.options) if (rr(e, n)) return !0;
          return !1;
        }
        if ('tuple' === r.type) {
          for (const e of r.items) if (rr(e, n)) return !0;
          return !(!r.rest || !rr(r.rest, n));
        }
        return !1;
      }
      const ir =
          (e, t, n = {}) =>
          (r) => {
            const { libraryOptions: i, target: o } = r ?? {},
              s = Kn({ ...(i ?? {}), target: o, io: t, processors: n });
            return (Bn(e, s), Gn(s, e), nr(s, e));
          },
        or = (e, t, n) => {
          (void 0 === e[t] || n > e[t]) && (e[t] = n);
        },
        sr = (e, t, n) => {
          (void 0 === e[t] || n < e[t]) && (e[t] = n);
        },
        ar = (e, t) => {
          (or(e, 'minimum', t), sr(e, 'maximum', t));
        },
        ur = (e, t) => {
          (e.multipleOf ?? (e.multipleOf = []), e.multipleOf.includes(t) || e.multipleOf.push(t));
        },
        cr = (e, t) => {
          (e.patterns ?? (e.patterns = new Set()), e.patterns.add(t));
        },
        lr = (e, t) => {
          e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
        },
        dr = (e, t) => {
          ((e.format = t), t.includes('int') && (e.isInt = !0));
        },
        fr = (e, t) => or(e, 'minimum', t.minimum),
        pr = (e, t) => sr(e, 'maximum', t.maximum),
        hr = (e) => (t, n) => {
          dr(t, n.format);
          const [r, i] = e[n.format];
          (or(t, 'minimum', r), sr(t, 'maximum', i));
        },
        mr = {
          greater_than: (e, t) => or(e, t.inclusive ? 'minimum' : 'exclusiveMinimum', t.value),
          less_than: (e, t) => sr(e, t.inclusive ? 'maximum' : 'exclusiveMaximum', t.value),
          multiple_of: (e, t) => ur(e, t.value),
          number_format: hr(S),
          bigint_format: hr(P),
          min_length: fr,
          max_length: pr,
          length_equals: (e, t) => ar(e, t.length),
          min_size: fr,
          max_size: pr,
          size_equals: (e, t) => ar(e, t.size),
          string_format: (e, t) => {
            (dr(e, t.format),
              t.pattern && cr(e, t.pattern),
              ('base64' !== t.format && 'base64url' !== t.format) || (e.contentEncoding = t.format),
              (t.local || -1 === t.precision) && (e.laxFormat = !0));
          },
          mime_type: (e, t) => lr(e, t.mime),
        };
      function gr(e) {
        const t = {},
          n = e._zod.def,
          r = e._zod.traits.has('$ZodCheck') ? [e, ...(n.checks ?? [])] : (n.checks ?? []);
        for (const e of r) mr[e._zod.def.check]?.(t, e._zod.def);
        const i = e._zod.bag;
        (void 0 !== i.minimum && or(t, 'minimum', i.minimum),
          void 0 !== i.exclusiveMinimum && or(t, 'exclusiveMinimum', i.exclusiveMinimum),
          void 0 !== i.maximum && sr(t, 'maximum', i.maximum),
          void 0 !== i.exclusiveMaximum && sr(t, 'exclusiveMaximum', i.exclusiveMaximum),
          void 0 !== i.multipleOf && ur(t, i.multipleOf),
          void 0 !== i.format &&
            (t.format ?? (t.format = i.format), i.format.includes('int') && (t.isInt = !0)),
          i.mime && lr(t, i.mime));
        for (const e of i.patterns ?? []) cr(t, e);
        return t;
      }
      const yr = { guid: 'uuid', url: 'uri', datetime: 'date-time', json_string: 'json-string', regex: '' },
        vr = new Map([
          [Rt, /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/],
          [Ct, /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/],
        ]),
        _r = (e) => vr.get(e) ?? e;
      function br(e) {
        const t = e._zod.def;
        return 'pipe' === t.type && t.in._zod.traits.has('$ZodTransform')
          ? br(t.out)
          : 'catch' === t.type
            ? br(t.innerType)
            : e._zod.optin;
      }
      function wr(e, t, n) {
        if (t.$ref) {
          if (n.has(t)) return t;
          n.add(t);
          const r = e.get(t)?.def;
          if (!r) return t;
          const i = wr(e, r, n);
          return i === r ? t : i;
        }
        for (const r of ['anyOf', 'oneOf']) {
          const i = t[r];
          if (!Array.isArray(i)) continue;
          const o = i.map((t) => wr(e, t, n));
          o.some((e, t) => e !== i[t]) && (t = { ...t, [r]: o });
        }
        const r = Array.isArray(t.type) ? t.type : [t.type],
          i = !r.includes('string') && r.some((e) => 'number' === e || 'integer' === e),
          o = t.enum ?? (void 0 !== t.const ? [t.const] : void 0);
        if (!i && !o?.some((e) => 'number' == typeof e)) return t;
        const {
          minimum: s,
          maximum: a,
          exclusiveMinimum: u,
          exclusiveMaximum: c,
          multipleOf: l,
          format: d,
          id: f,
          ...p
        } = t;
        return (
          p.enum
            ? (p.enum = p.enum.map((e) => ('number' == typeof e ? String(e) : e)))
            : 'number' == typeof p.const && (p.const = String(p.const)),
          i ? ((p.type = 'string'), o || (p.pattern = (r.includes('number') ? De : Re).source), p) : p
        );
      }
      const zr = new WeakMap(),
        kr = Symbol();
      function $r(e, t, n, r, i) {
        let o = !1;
        const s = JSON.stringify(e, (e, t) => ('bigint' != typeof t ? t : ((o = !0), null)));
        return o
          ? (Wn(t, n, r, i, 'BigInt defaults cannot be represented in JSON Schema'), kr)
          : JSON.parse(s);
      }
      const Or = (e, t, n, r) => {
        const i = e._zod.def;
        (Bn(i.innerType, t, r), (t.seen.get(e).ref = i.innerType));
      };
      n.dn(Sr);
      const xr = () => {
        const e = {
          string: { unit: 'characters', verb: 'to have' },
          file: { unit: 'bytes', verb: 'to have' },
          array: { unit: 'items', verb: 'to have' },
          set: { unit: 'items', verb: 'to have' },
          map: { unit: 'entries', verb: 'to have' },
        };
        function t(t) {
          return e[t] ?? null;
        }
        const n = {
            regex: 'input',
            email: 'email address',
            url: 'URL',
            emoji: 'emoji',
            uuid: 'UUID',
            uuidv4: 'UUIDv4',
            uuidv6: 'UUIDv6',
            nanoid: 'nanoid',
            guid: 'GUID',
            cuid: 'cuid',
            cuid2: 'cuid2',
            ulid: 'ULID',
            xid: 'XID',
            ksuid: 'KSUID',
            datetime: 'ISO datetime',
            date: 'ISO date',
            time: 'ISO time',
            duration: 'ISO duration',
            ipv4: 'IPv4 address',
            ipv6: 'IPv6 address',
            mac: 'MAC address',
            cidrv4: 'IPv4 range',
            cidrv6: 'IPv6 range',
            base64: 'base64-encoded string',
            base64url: 'base64url-encoded string',
            json_string: 'JSON string',
            e164: 'E.164 number',
            currency_code: 'currency code',
            credit_card: 'credit card number',
            iban: 'IBAN',
            jwt: 'JWT',
            template_literal: 'input',
          },
          r = { nan: 'NaN' };
        function o(e, t) {
          return 'number' !== e || 'number' != typeof t || Number.isFinite(t) ? (r[e] ?? e) : String(t);
        }
        return (e) => {
          switch (e.code) {
            case 'invalid_type':
              return `Invalid input: expected ${o(e.expected)}, received ${o(
                (function (e) {
                  const t = typeof e;
                  switch (t) {
                    case 'number':
                      return Number.isNaN(e) ? 'nan' : 'number';
                    case 'object': {
                      if (null === e) return 'null';
                      if (Array.isArray(e)) return 'array';
                      const t = e;
                      if (
                        t &&
                        Object.getPrototypeOf(t) !== Object.prototype &&
                        'constructor' in t &&
                        t.constructor
                      )
                        return t.constructor.name;
                    }
                  }
                  return t;
                })(e.input),
                e.input,
              )}`;
            case 'invalid_value':
              return 1 === e.values.length
                ? `Invalid input: expected ${x(e.values[0])}`
                : `Invalid option: expected one of ${i(e.values, '|')}`;
            case 'too_big': {
              const n = e.exact ? 'exactly ' : e.inclusive ? '<=' : '<',
                r = t(e.origin);
              return r
                ? `Too big: expected ${e.origin ?? 'value'} to have ${n}${e.maximum.toString()} ${r.unit ?? 'elements'}`
                : `Too big: expected ${e.origin ?? 'value'} to be ${n}${e.maximum.toString()}`;
            }
            case 'too_small': {
              const n = e.exact ? 'exactly ' : e.inclusive ? '>=' : '>',
                r = t(e.origin);
              return r
                ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`
                : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
            }
            case 'invalid_format': {
              const t = e;
              return 'starts_with' === t.format
                ? `Invalid string: must start with "${t.prefix}"`
                : 'ends_with' === t.format
                  ? `Invalid string: must end with "${t.suffix}"`
                  : 'includes' === t.format
                    ? `Invalid string: must include "${t.includes}"`
                    : 'regex' === t.format
                      ? `Invalid string: must match pattern ${t.pattern}`
                      : `Invalid ${n[t.format] ?? e.format}`;
            }
            case 'not_multiple_of':
              return `Invalid number: must be a multiple of ${e.divisor}`;
            case 'unrecognized_keys':
              return `Unrecognized key${e.keys.length > 1 ? 's' : ''}: ${i(e.keys, ', ')}`;
            case 'invalid_key':
              return `Invalid key in ${e.origin}`;
            case 'invalid_union':
              return e.options && Array.isArray(e.options) && e.options.length > 0
                ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(' | ')}`
                : !1 === e.inclusive
                  ? 'Invalid input: more than one option matched'
                  : 'Invalid input';
            case 'invalid_element':
              return `Invalid value in ${e.origin}`;
            default:
              return 'Invalid input';
          }
        };
      };
      function Sr() {
        return { localeError: xr() };
      }
      const Pr = {
          get: function () {
            const e = this._zod;
            return (e.message ?? (e.message = JSON.stringify(e.def, o, 2)), e.message);
          },
          set: function (e) {
            this._zod.message = e;
          },
          enumerable: !0,
          configurable: !0,
        },
        Ir = { value: void 0, enumerable: !1 },
        Er = new WeakSet([Object.prototype, Error.prototype]),
        jr = (e, t) => {
          ((e.name = '$ZodError'),
            (Ir.value = t),
            Object.defineProperty(e, 'issues', Ir),
            (Ir.value = void 0),
            Object.defineProperty(e, 'message', Pr));
          const n = Object.getPrototypeOf(e);
          Er.has(n) ||
            (Er.add(n),
            Object.defineProperty(n, 'toString', {
              configurable: !0,
              enumerable: !1,
              get() {
                const e = () => this.message;
                return (
                  Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 }),
                  e
                );
              },
              set(e) {
                Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 });
              },
            }));
        },
        Tr = te('$ZodError', jr);
      function Zr(e, t, n) {
        return (
          Object.prototype.hasOwnProperty.call(e, t) ||
            ('__proto__' === t
              ? Object.defineProperty(e, t, { value: n(), writable: !0, enumerable: !0, configurable: !0 })
              : (e[t] = n())),
          e[t]
        );
      }
      function Ar(e, t) {
        return { callee: t?.callee ?? e, Err: t?.Err };
      }
      te('$ZodError', jr, void 0, { Parent: Error });
      const Nr = (e) => {
          const t = (n, r, i, o) => {
            const s = i ? { ...i, async: !1 } : { async: !1 },
              a = n._zod.run({ value: r, issues: [] }, s);
            if (a instanceof Promise) throw new ne();
            if (a.issues.length) {
              const n = new (o?.Err ?? e)(a.issues.map((e) => D(e, s, oe())));
              throw (y(n, o?.callee ?? t), n);
            }
            return a.value;
          };
          return t;
        },
        Fr = (e) => {
          const t = async (n, r, i, o) => {
            const s = i ? { ...i, async: !0 } : { async: !0 };
            let a = n._zod.run({ value: r, issues: [] }, s);
            if ((a instanceof Promise && (a = await a), a.issues.length)) {
              const n = new (o?.Err ?? e)(a.issues.map((e) => D(e, s, oe())));
              throw (y(n, o?.callee ?? t), n);
            }
            return a.value;
          };
          return t;
        },
        Rr = (e) => (t, n, r) => {
          const i = r ? { ...r, async: !1 } : { async: !1 },
            o = t._zod.run({ value: n, issues: [] }, i);
          if (o instanceof Promise) throw new ne();
          return o.issues.length ? Dr(e, o.issues, i) : { success: !0, data: o.value };
        };
      function Dr(e, t, n) {
        let r;
        return {
          success: !1,
          get error() {
            return (r || ((r = new e(t.map((e) => D(e, n, oe())))), (t = void 0), (n = void 0)), r);
          },
          set error(e) {
            ((r = e), (t = void 0), (n = void 0));
          },
        };
      }
      const Cr = (e) => async (t, n, r) => {
          const i = r ? { ...r, async: !0 } : { async: !0 };
          let o = t._zod.run({ value: n, issues: [] }, i);
          return (
            o instanceof Promise && (o = await o),
            o.issues.length ? Dr(e, o.issues, i) : { success: !0, data: o.value }
          );
        },
        Jr = Symbol.for('zod.compile.invalid'),
        Mr = Symbol.for('zod.compile.fallback'),
        Ur = (e) => {
          const t = Nr(e),
            n = (e, r, i, o) => {
              const s = i ? { ...i, direction: 'backward' } : { direction: 'backward' };
              return t(e, r, s, Ar(n, o));
            };
          return n;
        },
        Lr = (e) => {
          const t = Nr(e),
            n = (e, r, i, o) => t(e, r, i, Ar(n, o));
          return n;
        },
        Vr = (e) => {
          const t = Fr(e),
            n = async (e, r, i, o) => {
              const s = i ? { ...i, direction: 'backward' } : { direction: 'backward' };
              return await t(e, r, s, Ar(n, o));
            };
          return n;
        },
        Kr = (e) => {
          const t = Fr(e),
            n = async (e, r, i, o) => await t(e, r, i, Ar(n, o));
          return n;
        },
        Wr = (e) => (t, n, r) => {
          const i = r ? { ...r, direction: 'backward' } : { direction: 'backward' };
          return Rr(e)(t, n, i);
        },
        Br = (e) => (t, n, r) => Rr(e)(t, n, r),
        qr = (e) => async (t, n, r) => {
          const i = r ? { ...r, direction: 'backward' } : { direction: 'backward' };
          return Cr(e)(t, n, i);
        },
        Gr = (e) => async (t, n, r) => Cr(e)(t, n, r),
        Yr = new WeakSet([Object.prototype, Error.prototype]);
      function Xr(e, t, n) {
        Object.defineProperty(e, t, {
          configurable: !0,
          enumerable: !1,
          get() {
            const e = n(this);
            return (Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 }), e);
          },
          set(e) {
            Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 });
          },
        });
      }
      const Hr = (e, t) => {
          (Tr.init(e, t), (e.name = 'ZodError'));
          const n = Object.getPrototypeOf(e);
          Yr.has(n) ||
            (Yr.add(n),
            Xr(
              n,
              'format',
              (e) => (t) =>
                (function (e, t = (e) => e.message) {
                  const n = { _errors: [] },
                    r = (e, i = []) => {
                      for (const o of e.issues)
                        if ('invalid_union' === o.code && o.errors.length)
                          o.errors.map((e) => r({ issues: e }, [...i, ...o.path]));
                        else if ('invalid_key' === o.code) r({ issues: o.issues }, [...i, ...o.path]);
                        else if ('invalid_element' === o.code) r({ issues: o.issues }, [...i, ...o.path]);
                        else {
                          const e = [...i, ...o.path];
                          if (0 === e.length) n._errors.push(t(o));
                          else {
                            let r = n,
                              i = 0;
                            for (; i < e.length;) {
                              const n = e[i],
                                s = i === e.length - 1;
                              if ('_errors' === n) {
                                (s && r._errors.push(t(o)), i++);
                                continue;
                              }
                              Object.prototype.hasOwnProperty.call(r, n) ||
                                Object.defineProperty(r, n, {
                                  value: { _errors: [] },
                                  enumerable: !0,
                                  writable: !0,
                                  configurable: !0,
                                });
                              const a = r[n];
                              (s && a._errors.push(t(o)), (r = a), i++);
                            }
                          }
                        }
                    };
                  return (r(e), n);
                })(e, t),
            ),
            Xr(
              n,
              'flatten',
              (e) => (t) =>
                (function (e, t = (e) => e.message) {
                  const n = {},
                    r = [];
                  for (const i of e.issues)
                    i.path.length > 0 ? Zr(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
                  return { formErrors: r, fieldErrors: n };
                })(e, t),
            ),
            Xr(n, 'addIssue', (e) => (t) => {
              (e.issues.push(t), (e.message = JSON.stringify(e.issues, o, 2)));
            }),
            Xr(n, 'addIssues', (e) => (t) => {
              (e.issues.push(...t), (e.message = JSON.stringify(e.issues, o, 2)));
            }),
            Object.defineProperty(n, 'isEmpty', {
              configurable: !0,
              enumerable: !1,
              get() {
                return 0 === this.issues.length;
              },
            }));
        },
        Qr = te('ZodError', Hr, void 0, { Parent: Error }),
        ei = Nr(Qr),
        ti = Fr(Qr),
        ni = Rr(Qr),
        ri = Cr(Qr),
        ii = Ur(Qr),
        oi = Lr(Qr),
        si = Vr(Qr),
        ai = Kr(Qr),
        ui = Wr(Qr),
        ci = Br(Qr),
        li = qr(Qr),
        di = Gr(Qr);
      function fi() {
        ie.memoizer || oe({ memoizer: me });
      }
      const pi = te(
          'ZodType',
          (e, t) => (ie.localeError || oe(Sr()), at.init(e, t), (e.def = t), (e.type = t.type), e),
          {
            check(...e) {
              const t = this.def;
              return this.clone(
                m(t, {
                  checks: [
                    ...(t.checks ?? []),
                    ...e.map((e) =>
                      'function' == typeof e
                        ? { _zod: { check: e, def: { check: 'custom' }, onattach: [] } }
                        : e,
                    ),
                  ],
                }),
                { parent: !0 },
              );
            },
            with(...e) {
              return this.check(...e);
            },
            clone(e, t) {
              return $(this, e, t);
            },
            brand() {
              return this;
            },
            register(e, t) {
              return (e.add(this, t), this);
            },
            refine(e, t) {
              return this.check(
                (function (e, t = {}) {
                  return (function (e, t, n) {
                    return new e({ type: 'custom', check: 'custom', fn: t, ...O(n) });
                  })(bo, e, t);
                })(e, t),
              );
            },
            superRefine(e, t) {
              return this.check(
                (function (e, t) {
                  return (function (e, t) {
                    const n = (function (e, t) {
                      const n = new Me({ check: 'custom', ...O(t) });
                      return ((n._zod.check = e), n);
                    })(
                      (t) => (
                        (t.addIssue = (e) => {
                          if ('string' == typeof e) t.issues.push(U(e, t.value, n._zod.def));
                          else {
                            const r = e;
                            (r.fatal && (r.continue = !1),
                              r.code ?? (r.code = 'custom'),
                              'input' in r || (r.input = t.value),
                              r.inst ?? (r.inst = n),
                              r.continue ?? (r.continue = !n._zod.def.abort),
                              t.issues.push(U(r)));
                          }
                        }),
                        e(t.value, t)
                      ),
                      t,
                    );
                    return n;
                  })(e, t);
                })(e, t),
              );
            },
            overwrite(e) {
              return this.check(Ln(e));
            },
            optional() {
              return uo(this);
            },
            exactOptional() {
              return new co({ type: 'optional', innerType: this });
            },
            nullable() {
              return fo(this);
            },
            nullish() {
              return uo(fo(this));
            },
            nonoptional(e) {
              return (function (e, t) {
                return new mo({ type: 'nonoptional', innerType: e, ...O(t) });
              })(this, e);
            },
            array() {
              return Gi(this);
            },
            or(e) {
              return new Hi({ type: 'union', options: [this, e], ...O(t) });
              var t;
            },
            and(e) {
              return new Qi({ type: 'intersection', left: this, right: e });
            },
            transform(e) {
              return vo(this, new so({ type: 'transform', transform: e }));
            },
            default(e) {
              return (
                (t = e),
                new po({
                  type: 'default',
                  innerType: this,
                  get defaultValue() {
                    return 'function' == typeof t ? t() : w(t);
                  },
                })
              );
              var t;
            },
            prefault(e) {
              return (
                (t = e),
                new ho({
                  type: 'prefault',
                  innerType: this,
                  get defaultValue() {
                    return 'function' == typeof t ? t() : w(t);
                  },
                })
              );
              var t;
            },
            catch(e) {
              return new go({
                type: 'catch',
                innerType: this,
                catchValue: 'function' == typeof (t = e) ? t : X(t),
              });
              var t;
            },
            pipe(e) {
              return vo(this, e);
            },
            readonly() {
              return new _o({ type: 'readonly', innerType: this });
            },
            describe(e) {
              const t = this.clone();
              return (Zn.add(t, { description: e }), t);
            },
            meta(...e) {
              if (0 === e.length) return Zn.get(this);
              const t = this.clone();
              return (Zn.add(t, e[0]), t);
            },
            isOptional() {
              return this.safeParse(void 0).success;
            },
            isNullable() {
              return this.safeParse(null).success;
            },
            apply(e, ...t) {
              return 0 === t.length ? e(this) : e(this, ...t);
            },
            get '~standard'() {
              return V(this, '~standard', {
                ...ct(this),
                jsonSchema: { input: ir(this, 'input'), output: ir(this, 'output') },
              });
            },
            set '~standard'(e) {
              L(this, '~standard', e);
            },
            parse: function e(t, n) {
              return ei(this, t, n, { callee: e });
            },
            parseAsync: async function e(t, n) {
              return await ti(this, t, n, { callee: e });
            },
            safeParse(e, t) {
              return ni(this, e, t);
            },
            async safeParseAsync(e, t) {
              return ri(this, e, t);
            },
            get spa() {
              return this?.safeParseAsync;
            },
            set spa(e) {
              L(this, 'spa', e);
            },
            validate(e, t) {
              return ((e, t, n) => {
                const r = e._zod.bag.validator;
                if (void 0 !== r) {
                  if (r(t) !== Jr) return !0;
                  if (!0 === r.definite && void 0 === n) return !1;
                }
                return (function (e, t, n) {
                  const r = n ? { ...n, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
                    i = e._zod.bag.fallbackRun;
                  let o;
                  if (
                    (i
                      ? ((r[Mr] = !0), (o = i({ value: t, issues: [] }, r)))
                      : (o = e._zod.run({ value: t, issues: [] }, r)),
                    o instanceof Promise)
                  )
                    throw new ne();
                  return 0 === o.issues.length;
                })(e, t, n);
              })(this, e, t);
            },
            validateAsync(e, t) {
              return (async (e, t, n) => {
                const r = n ? { ...n, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 };
                let i = e._zod.run({ value: t, issues: [] }, r);
                return (i instanceof Promise && (i = await i), 0 === i.issues.length);
              })(this, e, t);
            },
            encode: function e(t, n) {
              return ii(this, t, n, { callee: e });
            },
            decode: function e(t, n) {
              return oi(this, t, n, { callee: e });
            },
            encodeAsync: async function e(t, n) {
              return await si(this, t, n, { callee: e });
            },
            decodeAsync: async function e(t, n) {
              return await ai(this, t, n, { callee: e });
            },
            safeEncode(e, t) {
              return ui(this, e, t);
            },
            safeDecode(e, t) {
              return ci(this, e, t);
            },
            async safeEncodeAsync(e, t) {
              return li(this, e, t);
            },
            async safeDecodeAsync(e, t) {
              return di(this, e, t);
            },
            toJSONSchema(e) {
              return (
                (e, t = {}) =>
                (n) => {
                  const r = Kn({ ...n, processors: t });
                  return (Bn(e, r), Gn(r, e), nr(r, e));
                }
              )(
                this,
                {},
              )(e);
            },
            get description() {
              return Zn.get(this)?.description;
            },
            get _def() {
              return this._zod.def;
            },
          },
        ),
        hi = te(
          '_ZodString',
          (e, t) => {
            (lt.init(e, t),
              pi.init(e, t),
              (e._zod.processJSONSchema = (t, n, r) =>
                ((e, t, n) => {
                  const r = n;
                  r.type = 'string';
                  const {
                    minimum: i,
                    maximum: o,
                    format: s,
                    patterns: a,
                    contentEncoding: u,
                    laxFormat: c,
                  } = gr(e);
                  if (
                    ('number' == typeof i && (r.minLength = i),
                    'number' == typeof o && (r.maxLength = o),
                    s &&
                      ((r.format = yr[s] ?? s),
                      '' === r.format && delete r.format,
                      ('time' === s || c) && delete r.format),
                    u && (r.contentEncoding = u),
                    a && a.size > 0)
                  ) {
                    const e = [...a].map(_r);
                    1 === e.length
                      ? (r.pattern = e[0].source)
                      : e.length > 1 &&
                        (r.allOf = [
                          ...e.map((e) => ({
                            ...('draft-07' === t.target ||
                            'draft-04' === t.target ||
                            'openapi-3.0' === t.target
                              ? { type: 'string' }
                              : {}),
                            pattern: e.source,
                          })),
                        ]);
                  }
                })(e, t, n)));
          },
          K(
            {
              format: (e) => gr(e).format ?? null,
              minLength: (e) => gr(e).minimum ?? null,
              maxLength: (e) => gr(e).maximum ?? null,
            },
            {
              regex(...e) {
                return this.check(
                  (function (e, t) {
                    return new He({ check: 'string_format', format: 'regex', ...O(t), pattern: e });
                  })(...e),
                );
              },
              includes(...e) {
                return this.check(
                  (function (e, t) {
                    return new tt({ check: 'string_format', format: 'includes', ...O(t), includes: e });
                  })(...e),
                );
              },
              startsWith(...e) {
                return this.check(
                  (function (e, t) {
                    return new nt({ check: 'string_format', format: 'starts_with', ...O(t), prefix: e });
                  })(...e),
                );
              },
              endsWith(...e) {
                return this.check(
                  (function (e, t) {
                    return new rt({ check: 'string_format', format: 'ends_with', ...O(t), suffix: e });
                  })(...e),
                );
              },
              min(...e) {
                return this.check(Mn(...e));
              },
              max(...e) {
                return this.check(Jn(...e));
              },
              length(...e) {
                return this.check(Un(...e));
              },
              nonempty(...e) {
                return this.check(Mn(1, ...e));
              },
              lowercase(e) {
                return this.check(
                  (function (e) {
                    return new Qe({ check: 'string_format', format: 'lowercase', ...O(e) });
                  })(e),
                );
              },
              uppercase(e) {
                return this.check(
                  (function (e) {
                    return new et({ check: 'string_format', format: 'uppercase', ...O(e) });
                  })(e),
                );
              },
              trim() {
                return this.check(Ln((e) => e.trim()));
              },
              normalize(...e) {
                return this.check(
                  (function (e) {
                    return Ln((t) => t.normalize(e));
                  })(...e),
                );
              },
              toLowerCase() {
                return this.check(Ln((e) => e.toLowerCase()));
              },
              toUpperCase() {
                return this.check(Ln((e) => e.toUpperCase()));
              },
              slugify() {
                return this.check(
                  Ln((e) =>
                    (function (e) {
                      return e
                        .toLowerCase()
                        .trim()
                        .replace(/[^\w\s-]/g, '')
                        .replace(/[\s_-]+/g, '-')
                        .replace(/^-+|-+$/g, '');
                    })(e),
                  ),
                );
              },
            },
          ),
        ),
        mi = te(
          'ZodString',
          (e, t) => {
            (lt.init(e, t), hi.init(e, t));
          },
          {
            email(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'email',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(zi, e),
              );
            },
            url(e) {
              return this.check(
                (function (e, t) {
                  return new e({ type: 'string', format: 'url', check: 'string_format', abort: !1, ...O(t) });
                })(Oi, e),
              );
            },
            jwt(e) {
              return this.check(
                (function (e, t) {
                  return new e({ type: 'string', format: 'jwt', check: 'string_format', abort: !1, ...O(t) });
                })(Ji, e),
              );
            },
            emoji(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'emoji',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(xi, e),
              );
            },
            guid(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'guid',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(ki, e),
              );
            },
            uuid(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'uuid',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })($i, e),
              );
            },
            uuidv4(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'uuid',
                    check: 'string_format',
                    abort: !1,
                    version: 'v4',
                    ...O(t),
                  });
                })($i, e),
              );
            },
            uuidv6(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'uuid',
                    check: 'string_format',
                    abort: !1,
                    version: 'v6',
                    ...O(t),
                  });
                })($i, e),
              );
            },
            uuidv7(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'uuid',
                    check: 'string_format',
                    abort: !1,
                    version: 'v7',
                    ...O(t),
                  });
                })($i, e),
              );
            },
            nanoid(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'nanoid',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Si, e),
              );
            },
            cuid(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'cuid',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Pi, e),
              );
            },
            cuid2(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'cuid2',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ii, e),
              );
            },
            ulid(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'ulid',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ei, e),
              );
            },
            base64(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'base64',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ri, e),
              );
            },
            base64url(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'base64url',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Di, e),
              );
            },
            xid(e) {
              return this.check(
                (function (e, t) {
                  return new e({ type: 'string', format: 'xid', check: 'string_format', abort: !1, ...O(t) });
                })(ji, e),
              );
            },
            ksuid(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'ksuid',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ti, e),
              );
            },
            ipv4(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'ipv4',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Zi, e),
              );
            },
            ipv6(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'ipv6',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ai, e),
              );
            },
            cidrv4(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'cidrv4',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ni, e),
              );
            },
            cidrv6(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'cidrv6',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Fi, e),
              );
            },
            e164(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'e164',
                    check: 'string_format',
                    abort: !1,
                    ...O(t),
                  });
                })(Ci, e),
              );
            },
            datetime(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'datetime',
                    check: 'string_format',
                    offset: !1,
                    local: !1,
                    precision: null,
                    ...O(t),
                  });
                })(vi, e),
              );
            },
            date(e) {
              return this.check(
                (function (e, t) {
                  return new e({ type: 'string', format: 'date', check: 'string_format', ...O(t) });
                })(_i, e),
              );
            },
            time(e) {
              return this.check(
                (function (e, t) {
                  return new e({
                    type: 'string',
                    format: 'time',
                    check: 'string_format',
                    precision: null,
                    ...O(t),
                  });
                })(bi, e),
              );
            },
            duration(e) {
              return this.check(
                (function (e, t) {
                  return new e({ type: 'string', format: 'duration', check: 'string_format', ...O(t) });
                })(wi, e),
              );
            },
          },
        );
      function gi(e) {
        return (function (e, t) {
          return new e(An({ type: 'string', ...O(t) }));
        })(mi, e);
      }
      const yi = te('ZodStringFormat', (e, t) => {
          (dt.init(e, t), hi.init(e, t));
        }),
        vi = te('ZodISODateTime', (e, t) => {
          (xt.init(e, t), yi.init(e, t));
        }),
        _i = te('ZodISODate', (e, t) => {
          (St.init(e, t), yi.init(e, t));
        }),
        bi = te('ZodISOTime', (e, t) => {
          (Pt.init(e, t), yi.init(e, t));
        }),
        wi = te('ZodISODuration', (e, t) => {
          (It.init(e, t), yi.init(e, t));
        }),
        zi = te('ZodEmail', (e, t) => {
          (ht.init(e, t), yi.init(e, t));
        }),
        ki = te('ZodGUID', (e, t) => {
          (ft.init(e, t), yi.init(e, t));
        }),
        $i = te('ZodUUID', (e, t) => {
          (pt.init(e, t), yi.init(e, t));
        }),
        Oi = te('ZodURL', (e, t) => {
          (vt.init(e, t), yi.init(e, t));
        }),
        xi = te('ZodEmoji', (e, t) => {
          (_t.init(e, t), yi.init(e, t));
        }),
        Si = te('ZodNanoID', (e, t) => {
          (bt.init(e, t), yi.init(e, t));
        }),
        Pi = te('ZodCUID', (e, t) => {
          (wt.init(e, t), yi.init(e, t));
        }),
        Ii = te('ZodCUID2', (e, t) => {
          (zt.init(e, t), yi.init(e, t));
        }),
        Ei = te('ZodULID', (e, t) => {
          (kt.init(e, t), yi.init(e, t));
        }),
        ji = te('ZodXID', (e, t) => {
          ($t.init(e, t), yi.init(e, t));
        }),
        Ti = te('ZodKSUID', (e, t) => {
          (Ot.init(e, t), yi.init(e, t));
        }),
        Zi = te('ZodIPv4', (e, t) => {
          (Et.init(e, t), yi.init(e, t));
        }),
        Ai = te('ZodIPv6', (e, t) => {
          (Zt.init(e, t), yi.init(e, t));
        }),
        Ni = te('ZodCIDRv4', (e, t) => {
          (At.init(e, t), yi.init(e, t));
        }),
        Fi = te('ZodCIDRv6', (e, t) => {
          (Nt.init(e, t), yi.init(e, t));
        }),
        Ri = te('ZodBase64', (e, t) => {
          (Dt.init(e, t), yi.init(e, t));
        }),
        Di = te('ZodBase64URL', (e, t) => {
          (Jt.init(e, t), yi.init(e, t));
        }),
        Ci = te('ZodE164', (e, t) => {
          (Mt.init(e, t), yi.init(e, t));
        }),
        Ji = te('ZodJWT', (e, t) => {
          (Ut.init(e, t), yi.init(e, t));
        }),
        Mi = te(
          'ZodNumber',
          (e, t) => {
            (Lt.init(e, t),
              pi.init(e, t),
              (e._zod.processJSONSchema = (t, n, r) =>
                ((e, t, n, r) => {
                  const i = n,
                    {
                      minimum: o,
                      maximum: s,
                      multipleOf: a,
                      exclusiveMaximum: u,
                      exclusiveMinimum: c,
                      isInt: l,
                    } = gr(e);
                  i.type = l ? 'integer' : 'number';
                  const d = 'number' == typeof c && c >= (o ?? Number.NEGATIVE_INFINITY),
                    f = 'number' == typeof u && u <= (s ?? Number.POSITIVE_INFINITY),
                    p = 'draft-04' === t.target || 'openapi-3.0' === t.target;
                  if (
                    (d
                      ? p
                        ? ((i.minimum = c), (i.exclusiveMinimum = !0))
                        : (i.exclusiveMinimum = c)
                      : 'number' == typeof o && (i.minimum = o),
                    f
                      ? p
                        ? ((i.maximum = u), (i.exclusiveMaximum = !0))
                        : (i.exclusiveMaximum = u)
                      : 'number' == typeof s && (i.maximum = s),
                    a)
                  ) {
                    const n = new Set();
                    for (const o of a)
                      Number.isFinite(o) && 0 !== o
                        ? n.add(Math.abs(o))
                        : Wn(e, t, i, r, `A multipleOf divisor of ${o} cannot be represented in JSON Schema`);
                    const [o, ...s] = n;
                    (void 0 !== o && (i.multipleOf = o),
                      s.length && (i.allOf = [...(i.allOf ?? []), ...s.map((e) => ({ multipleOf: e }))]));
                  }
                })(e, t, n, r)),
              (e.isFinite = !0));
          },
          K(
            {
              minValue: (e) => {
                const { minimum: t, exclusiveMinimum: n } = gr(e);
                return Math.max(t ?? Number.NEGATIVE_INFINITY, n ?? Number.NEGATIVE_INFINITY);
              },
              maxValue: (e) => {
                const { maximum: t, exclusiveMaximum: n } = gr(e);
                return Math.min(t ?? Number.POSITIVE_INFINITY, n ?? Number.POSITIVE_INFINITY);
              },
              isInt: (e) => {
                const { isInt: t, multipleOf: n } = gr(e);
                return !!t || !!n?.some(Number.isSafeInteger);
              },
              format: (e) => gr(e).format ?? null,
            },
            {
              gt(e, t) {
                return this.check(Rn(e, t));
              },
              gte(e, t) {
                return this.check(Dn(e, t));
              },
              min(e, t) {
                return this.check(Dn(e, t));
              },
              lt(e, t) {
                return this.check(Nn(e, t));
              },
              lte(e, t) {
                return this.check(Fn(e, t));
              },
              max(e, t) {
                return this.check(Fn(e, t));
              },
              int(e) {
                return this.check(Vi(e));
              },
              safe(e) {
                return this.check(Vi(e));
              },
              positive(e) {
                return this.check(Rn(0, e));
              },
              nonnegative(e) {
                return this.check(Dn(0, e));
              },
              negative(e) {
                return this.check(Nn(0, e));
              },
              nonpositive(e) {
                return this.check(Fn(0, e));
              },
              multipleOf(e, t) {
                return this.check(Cn(e, t));
              },
              step(e, t) {
                return this.check(Cn(e, t));
              },
              finite() {
                return this;
              },
            },
          ),
        );
      function Ui(e) {
        return (function (e, t) {
          return new e(An({ type: 'number', checks: [], ...O(t) }));
        })(Mi, e);
      }
      const Li = te('ZodNumberFormat', (e, t) => {
        (Vt.init(e, t), Mi.init(e, t));
      });
      function Vi(e) {
        return (function (e, t) {
          return new e({ type: 'number', check: 'number_format', abort: !1, format: 'safeint', ...O(t) });
        })(Li, e);
      }
      const Ki = te('ZodUnknown', (e, t) => {
        (Kt.init(e, t), pi.init(e, t), (e._zod.processJSONSchema = (e, t, n) => {}));
      });
      function Wi() {
        return new Ki({ type: 'unknown' });
      }
      const Bi = te('ZodNever', (e, t) => {
        (Wt.init(e, t),
          pi.init(e, t),
          (e._zod.processJSONSchema = (e, t, n) =>
            ((e, t, n) => {
              n.not = {};
            })(0, 0, t)));
      });
      const qi = te(
        'ZodArray',
        (e, t) => {
          (fi(),
            Gt.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = n,
                  o = e._zod.def,
                  { minimum: s, maximum: a } = gr(e);
                ('number' == typeof s && (i.minItems = s),
                  'number' == typeof a && (i.maxItems = a),
                  (i.type = 'array'),
                  (i.items = Bn(o.element, t, { ...r, path: [...r.path, 'items'] })));
              })(e, t, n, r)),
            (e.element = t.element));
        },
        {
          min(e, t) {
            return this.check(Mn(e, t));
          },
          nonempty(e) {
            return this.check(Mn(1, e));
          },
          max(e, t) {
            return this.check(Jn(e, t));
          },
          length(e, t) {
            return this.check(Un(e, t));
          },
          unwrap() {
            return this.element;
          },
        },
      );
      function Gi(e, t) {
        return (function (e, t, n) {
          return new e({ type: 'array', element: t, ...O(n) });
        })(qi, e, t);
      }
      const Yi = te(
        'ZodObject',
        (e, t) => {
          (fi(),
            tn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = n,
                  o = e._zod.def,
                  s = o.shape;
                if (
                  Object.getOwnPropertySymbols(s).length &&
                  Wn(e, t, i, r, 'Symbol keys cannot be represented in JSON Schema')
                )
                  return;
                ((i.type = 'object'), (i.properties = {}));
                for (const e in s)
                  c(i.properties, e, Bn(s[e], t, { ...r, path: [...r.path, 'properties', e] }));
                const a = [];
                for (const e of Object.keys(s)) {
                  const n = o.shape[e];
                  ('input' === t.io ? void 0 === br(n) : void 0 === n._zod.optout) && a.push(e);
                }
                (a.length > 0 && (i.required = a),
                  'never' === o.catchall?._zod.def.type
                    ? (i.additionalProperties = !1)
                    : o.catchall
                      ? o.catchall &&
                        (i.additionalProperties = Bn(o.catchall, t, {
                          ...r,
                          path: [...r.path, 'additionalProperties'],
                        }))
                      : 'output' === t.io && (i.additionalProperties = !1));
              })(e, t, n, r)),
            (function (e, t, n, r) {
              const i = (function (e, t) {
                const n = Object.getPrototypeOf(e);
                return t in n ? void 0 : n;
              })(e, t);
              i &&
                Object.defineProperty(i, t, {
                  configurable: !0,
                  get() {
                    const e = { configurable: !0, writable: !0, enumerable: r, value: void 0 };
                    return (
                      Object.defineProperty(this, t, e),
                      (e.value = n(this)),
                      Object.defineProperty(this, t, e),
                      e.value
                    );
                  },
                  set(e) {
                    Object.defineProperty(this, t, {
                      configurable: !0,
                      writable: !0,
                      enumerable: r,
                      value: e,
                    });
                  },
                });
            })(e, 'shape', (e) => e._zod.def.shape, !1));
        },
        {
          keyof() {
            return oo(Object.keys(this._zod.def.shape));
          },
          catchall(e) {
            return this.clone(m(this._zod.def, { catchall: e }));
          },
          passthrough() {
            return this.clone(m(this._zod.def, { catchall: Wi() }));
          },
          loose() {
            return this.clone(m(this._zod.def, { catchall: Wi() }));
          },
          strict() {
            return this.clone(
              m(this._zod.def, {
                catchall: (function (e, t) {
                  return new e({ type: 'never', ...O(t) });
                })(Bi, e),
              }),
            );
            var e;
          },
          strip() {
            return this.clone(m(this._zod.def, { catchall: void 0 }));
          },
          extend(e) {
            return (function (e, t) {
              if (!b(t)) throw new Error('Invalid input to extend: expected a plain object');
              const n = e._zod.def.checks;
              if (n && n.length > 0) {
                const n = d(e);
                for (const e of Reflect.ownKeys(t))
                  if (void 0 !== Object.getOwnPropertyDescriptor(n, e))
                    throw new Error(
                      'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
                    );
              }
              return $(e, m(e._zod.def, { shape: E(e, t) }));
            })(this, e);
          },
          safeExtend(e) {
            return (function (e, t) {
              if (!b(t)) throw new Error('Invalid input to safeExtend: expected a plain object');
              return $(e, m(e._zod.def, { shape: E(e, t) }));
            })(this, e);
          },
          merge(e) {
            return (function (e, t) {
              if (!t?._zod?.def)
                throw new Error(
                  'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
                );
              if (e._zod.def.checks?.length)
                throw new Error(
                  '.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.',
                );
              const n = {};
              return (
                h(n, e, Reflect.ownKeys(d(e))),
                h(n, t, Reflect.ownKeys(d(t))),
                $(
                  e,
                  m(e._zod.def, {
                    shape: n,
                    get catchall() {
                      return t._zod.def.catchall;
                    },
                    checks: t._zod.def.checks ?? [],
                  }),
                )
              );
            })(this, e);
          },
          pick(e) {
            return (function (e, t) {
              const n = e._zod.def,
                r = n.checks;
              if (r && r.length > 0)
                throw new Error('.pick() cannot be used on object schemas containing refinements');
              const i = {};
              return (h(i, e, I(e, t)), $(e, m(n, { shape: i, checks: [] })));
            })(this, e);
          },
          omit(e) {
            return (function (e, t) {
              const n = e._zod.def,
                r = n.checks;
              if (r && r.length > 0)
                throw new Error('.omit() cannot be used on object schemas containing refinements');
              const i = new Set(I(e, t)),
                o = {};
              return (
                h(
                  o,
                  e,
                  Reflect.ownKeys(d(e)).filter((e) => !i.has(e)),
                ),
                $(e, m(n, { shape: o, checks: [] }))
              );
            })(this, e);
          },
          partial(...e) {
            return j(ao, this, e[0]);
          },
          exactPartial(...e) {
            return j(co, this, e[0], 'exactPartial');
          },
          required(...e) {
            return (function (e, t, n) {
              const r = n ? new Set(I(t, n)) : void 0,
                i = {};
              return (
                h(i, t, Reflect.ownKeys(d(t)), (t, n) =>
                  r && !r.has(n) ? t : new e({ type: 'nonoptional', innerType: t }),
                ),
                $(t, m(t._zod.def, { shape: i }))
              );
            })(mo, this, e[0]);
          },
        },
      );
      function Xi(e, t) {
        const n = { type: 'object', shape: e ?? {}, ...O(t) };
        return new Yi(n);
      }
      const Hi = te('ZodUnion', (e, t) => {
        (rn.init(e, t),
          pi.init(e, t),
          (e._zod.processJSONSchema = (t, n, r) =>
            ((e, t, n, r) => {
              const i = e._zod.def,
                o = !1 === i.inclusive,
                s = i.options.map((e, n) => Bn(e, t, { ...r, path: [...r.path, o ? 'oneOf' : 'anyOf', n] }));
              o ? (n.oneOf = s) : (n.anyOf = s);
            })(e, t, n, r)),
          (e.options = t.options));
      });
      const Qi = te('ZodIntersection', (e, t) => {
          (on.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def,
                  o = Bn(i.left, t, { ...r, path: [...r.path, 'allOf', 0] }),
                  s = Bn(i.right, t, { ...r, path: [...r.path, 'allOf', 1] }),
                  a = (e) => 'allOf' in e && 1 === Object.keys(e).length,
                  u = [...(a(o) ? o.allOf : [o]), ...(a(s) ? s.allOf : [s])];
                ((n.allOf = u), t.intersections.push(u));
              })(e, t, n, r)));
        }),
        eo = te(
          'ZodTuple',
          (e, t) => {
            (fi(),
              un.init(e, t),
              pi.init(e, t),
              (e._zod.processJSONSchema = (t, n, r) =>
                ((e, t, n, r) => {
                  const i = n,
                    o = e._zod.def;
                  i.type = 'array';
                  const s = 'draft-2020-12' === t.target ? 'prefixItems' : 'items',
                    a =
                      'draft-2020-12' === t.target || 'openapi-3.0' === t.target
                        ? 'items'
                        : 'additionalItems',
                    u = o.items.map((e, n) => Bn(e, t, { ...r, path: [...r.path, s, n] })),
                    c = o.rest
                      ? Bn(o.rest, t, {
                          ...r,
                          path: [...r.path, a, ...('openapi-3.0' === t.target ? [o.items.length] : [])],
                        })
                      : null;
                  let l = o.items.length;
                  for (; l > 0;) {
                    const e = o.items[l - 1];
                    if (!('input' === t.io ? void 0 !== br(e) : 'optional' === e._zod.optout)) break;
                    l--;
                  }
                  const d = o.items.length,
                    f = !o.rest;
                  'draft-2020-12' === t.target
                    ? ((i.prefixItems = u),
                      f ? (i.items = !1) : c && (i.items = c),
                      l > 0 && (i.minItems = l),
                      f && (i.maxItems = d))
                    : 'openapi-3.0' === t.target
                      ? ((i.items = { anyOf: u }),
                        c && i.items.anyOf.push(c),
                        l > 0 && (i.minItems = l),
                        f && (i.maxItems = d))
                      : ((i.items = u),
                        f ? (i.additionalItems = !1) : c && (i.additionalItems = c),
                        l > 0 && (i.minItems = l),
                        f && (i.maxItems = d));
                  const { minimum: p, maximum: h } = gr(e);
                  ('number' == typeof p && (i.minItems = p), 'number' == typeof h && (i.maxItems = h));
                })(e, t, n, r)));
          },
          {
            rest(e) {
              return this.clone({ ...this._zod.def, rest: e });
            },
            partial() {
              const e = this._zod.def;
              if (e.checks?.length)
                throw new Error('.partial() cannot be used on tuple schemas containing refinements');
              return this.clone({
                ...e,
                items: e.items.map((e) => new ao({ type: 'optional', innerType: e })),
              });
            },
          },
        );
      function to(e, t, n) {
        const r = t instanceof at;
        return new eo({ type: 'tuple', items: e, rest: r ? t : null, ...O(r ? n : t) });
      }
      const no = te('ZodRecord', (e, t) => {
        (fi(),
          fn.init(e, t),
          pi.init(e, t),
          (e._zod.processJSONSchema = (t, n, r) =>
            ((e, t, n, r) => {
              const i = n,
                o = e._zod.def;
              i.type = 'object';
              const s = o.keyType,
                a = gr(s).patterns;
              if ('loose' === o.mode && a && a.size > 0) {
                const e = Bn(o.valueType, t, { ...r, path: [...r.path, 'patternProperties', '*'] });
                i.patternProperties = {};
                for (const t of a) c(i.patternProperties, _r(t).source, e);
              } else {
                if ('draft-07' === t.target || 'draft-2020-12' === t.target) {
                  i.propertyNames = Bn(o.keyType, t, { ...r, path: [...r.path, 'propertyNames'] });
                  let n = zr.get(t);
                  (n ||
                    ((n = []),
                    zr.set(t, n),
                    t.deferred.push(() =>
                      (function (e) {
                        const t = new Map();
                        for (const n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
                        const n = new Map();
                        for (const r of zr.get(e) ?? []) {
                          const i = e.seen.get(r),
                            o = (i?.def ?? i?.schema)?.propertyNames;
                          if (!o || !0 === o || n.has(o)) continue;
                          const s = wr(t, o, new Set());
                          s !== o && n.set(o, s);
                        }
                        if (n.size)
                          for (const t of e.seen.values())
                            for (const e of [t.schema, t.def]) {
                              const t = e && n.get(e.propertyNames);
                              t && (e.propertyNames = t);
                            }
                      })(t),
                    )),
                    n.push(e));
                }
                i.additionalProperties = Bn(o.valueType, t, {
                  ...r,
                  path: [...r.path, 'additionalProperties'],
                });
              }
              const u = s._zod.values,
                l = 'input' === t.io && void 0 !== br(o.valueType);
              if (u && !o.partial && !l) {
                const e = [...u].filter((e) => 'string' == typeof e || 'number' == typeof e);
                e.length > 0 && (i.required = e.map(String));
              }
            })(e, t, n, r)),
          (e.keyType = t.keyType),
          (e.valueType = t.valueType));
      });
      function ro(e, t, n) {
        return t && t._zod
          ? new no({ type: 'record', keyType: e, valueType: t, ...O(n) })
          : new no({ type: 'record', keyType: gi(), valueType: e, ...O(t) });
      }
      const io = te('ZodEnum', (e, t) => {
        (pn.init(e, t),
          pi.init(e, t),
          (e._zod.processJSONSchema = (t, n, i) =>
            ((e, t, n) => {
              const i = r(e._zod.def.entries);
              0 !== i.length
                ? (i.every((e) => 'number' == typeof e) && (n.type = 'number'),
                  i.every((e) => 'string' == typeof e) && (n.type = 'string'),
                  (n.enum = i))
                : (n.not = {});
            })(e, 0, n)),
          (e.enum = t.entries),
          (e.options = [...e._zod.values]));
        const n = new Set(Object.keys(t.entries));
        ((e.extract = (e, r) => {
          const i = {};
          for (const r of e) {
            if (!n.has(r)) throw new Error(`Key ${r} not found in enum`);
            i[r] = t.entries[r];
          }
          return new io({ ...t, checks: [], ...O(r), entries: i });
        }),
          (e.exclude = (e, r) => {
            const i = { ...t.entries };
            for (const t of e) {
              if (!n.has(t)) throw new Error(`Key ${t} not found in enum`);
              delete i[t];
            }
            return new io({ ...t, checks: [], ...O(r), entries: i });
          }));
      });
      function oo(e, t) {
        const n = Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e;
        return new io({ type: 'enum', entries: n, ...O(t) });
      }
      const so = te('ZodTransform', (e, t) => {
        (fi(),
          hn.init(e, t),
          pi.init(e, t),
          (e._zod.processJSONSchema = (t, n, r) =>
            ((e, t, n, r) => {
              Wn(e, t, n, r, 'Transforms cannot be represented in JSON Schema');
            })(e, t, n, r)),
          (e._zod.parse = (n, r) => {
            if ('backward' === r.direction) throw new re(e.constructor.name);
            n.addIssue = (r) => {
              if ('string' == typeof r) n.issues.push(U(r, n.value, t));
              else {
                const t = r;
                (t.fatal && (t.continue = !1),
                  t.code ?? (t.code = 'custom'),
                  'input' in t || (t.input = n.value),
                  t.inst ?? (t.inst = e),
                  n.issues.push(U(t)));
              }
            };
            const i = t.transform(n.value, n);
            return i instanceof Promise ? i.then((e) => ((n.value = e), n)) : ((n.value = i), n);
          }));
      });
      const ao = te('ZodOptional', (e, t) => {
        (gn.init(e, t),
          pi.init(e, t),
          (e._zod.processJSONSchema = (t, n, r) => Or(e, t, 0, r)),
          (e.unwrap = () => e._zod.def.innerType));
      });
      function uo(e) {
        return new ao({ type: 'optional', innerType: e });
      }
      const co = te('ZodExactOptional', (e, t) => {
          (yn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) => Or(e, t, 0, r)),
            (e.unwrap = () => e._zod.def.innerType));
        }),
        lo = te('ZodNullable', (e, t) => {
          (vn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def,
                  o = Bn(i.innerType, t, r),
                  s = t.seen.get(e);
                'openapi-3.0' === t.target
                  ? ((s.ref = i.innerType), (n.nullable = !0))
                  : (n.anyOf = [o, { type: 'null' }]);
              })(e, t, n, r)),
            (e.unwrap = () => e._zod.def.innerType));
        });
      function fo(e) {
        return new lo({ type: 'nullable', innerType: e });
      }
      const po = te('ZodDefault', (e, t) => {
          (_n.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def;
                (Bn(i.innerType, t, r), (t.seen.get(e).ref = i.innerType));
                const o = $r(i.defaultValue, e, t, n, r);
                o !== kr && (n.default = o);
              })(e, t, n, r)),
            (e.unwrap = () => e._zod.def.innerType),
            (e.removeDefault = e.unwrap));
        }),
        ho = te('ZodPrefault', (e, t) => {
          (wn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def;
                if ((Bn(i.innerType, t, r), (t.seen.get(e).ref = i.innerType), 'input' !== t.io)) return;
                const o = $r(i.defaultValue, e, t, n, r);
                o !== kr && (n._prefault = o);
              })(e, t, n, r)),
            (e.unwrap = () => e._zod.def.innerType));
        }),
        mo = te('ZodNonOptional', (e, t) => {
          (zn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def;
                (Bn(i.innerType, t, r), (t.seen.get(e).ref = i.innerType));
              })(e, t, 0, r)),
            (e.unwrap = () => e._zod.def.innerType));
        }),
        go = te('ZodCatch', (e, t) => {
          (On.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def;
                let o;
                (Bn(i.innerType, t, r), (t.seen.get(e).ref = i.innerType));
                try {
                  o = i.catchValue(void 0);
                } catch {
                  return void Wn(e, t, n, r, 'Dynamic catch values are not supported in JSON Schema');
                }
                n.default = o;
              })(e, t, n, r)),
            (e.unwrap = () => e._zod.def.innerType),
            (e.removeCatch = e.unwrap));
        }),
        yo = te('ZodPipe', (e, t) => {
          (xn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def,
                  o = i.in._zod.traits.has('$ZodTransform'),
                  s = 'input' === t.io ? (o ? i.out : i.in) : i.out;
                (Bn(s, t, r), (t.seen.get(e).ref = s));
              })(e, t, 0, r)),
            (e.in = t.in),
            (e.out = t.out));
        });
      function vo(e, t) {
        return new yo({ type: 'pipe', in: e, out: t });
      }
      const _o = te('ZodReadonly', (e, t) => {
          (Pn.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                const i = e._zod.def;
                (Bn(i.innerType, t, r), (t.seen.get(e).ref = i.innerType), (n.readOnly = !0));
              })(e, t, n, r)),
            (e.unwrap = () => e._zod.def.innerType));
        }),
        bo = te('ZodCustom', (e, t) => {
          (En.init(e, t),
            pi.init(e, t),
            (e._zod.processJSONSchema = (t, n, r) =>
              ((e, t, n, r) => {
                Wn(e, t, n, r, 'Custom types cannot be represented in JSON Schema');
              })(e, t, n, r)));
        });
    },
  },
]);
