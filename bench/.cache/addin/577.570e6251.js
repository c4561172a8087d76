/*! For license information please see 577.570e6251.js.LICENSE.txt */
'use strict';
(self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []).push([
  [577],
  {
    5137(e, r, t) {
      function o(e) {
        for (var r, t = 0, o = 0, n = e.length; n >= 4; ++o, n -= 4)
          ((r =
            1540483477 *
              (65535 &
                (r =
                  (255 & e.charCodeAt(o)) |
                  ((255 & e.charCodeAt(++o)) << 8) |
                  ((255 & e.charCodeAt(++o)) << 16) |
                  ((255 & e.charCodeAt(++o)) << 24))) +
            ((59797 * (r >>> 16)) << 16)),
            (t =
              (1540483477 * (65535 & (r ^= r >>> 24)) + ((59797 * (r >>> 16)) << 16)) ^
              (1540483477 * (65535 & t) + ((59797 * (t >>> 16)) << 16))));
        switch (n) {
          case 3:
            t ^= (255 & e.charCodeAt(o + 2)) << 16;
          case 2:
            t ^= (255 & e.charCodeAt(o + 1)) << 8;
          case 1:
            t = 1540483477 * (65535 & (t ^= 255 & e.charCodeAt(o))) + ((59797 * (t >>> 16)) << 16);
        }
        return (
          ((t = 1540483477 * (65535 & (t ^= t >>> 13)) + ((59797 * (t >>> 16)) << 16)) ^ (t >>> 15)) >>>
          0
        ).toString(36);
      }
      t.d(r, { A: () => o });
    },
    2551(e, r, t) {
      var o = t(6540),
        n = t(194);
      function a(e) {
        for (
          var r = 'https://reactjs.org/docs/error-decoder.html?invariant=' + e, t = 1;
          t < arguments.length;
          t++
        )
          r += '&args[]=' + encodeURIComponent(arguments[t]);
        return (
          'Minified React error #' +
          e +
          '; visit ' +
          r +
          ' for the full message or use the non-minified dev environment for full errors and additional helpful warnings.'
        );
      }
      var i = new Set(),
        l = {};
      function c(e, r) {
        (s(e, r), s(e + 'Capture', r));
      }
      function s(e, r) {
        for (l[e] = r, e = 0; e < r.length; e++) i.add(r[e]);
      }
      var u = !(
          'undefined' == typeof window ||
          void 0 === window.document ||
          void 0 === window.document.createElement
        ),
        d = Object.prototype.hasOwnProperty,
        f =
          /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
        g = {},
        p = {};
      function v(e, r, t, o, n, a, i) {
        ((this.acceptsBooleans = 2 === r || 3 === r || 4 === r),
          (this.attributeName = o),
          (this.attributeNamespace = n),
          (this.mustUseProperty = t),
          (this.propertyName = e),
          (this.type = r),
          (this.sanitizeURL = a),
          (this.removeEmptyString = i));
      }
      var h = {};
      ('children dangerouslySetInnerHTML defaultValue defaultChecked innerHTML suppressContentEditableWarning suppressHydrationWarning style'
        .split(' ')
        .forEach(function (e) {
          h[e] = new v(e, 0, !1, e, null, !1, !1);
        }),
        [
          ['acceptCharset', 'accept-charset'],
          ['className', 'class'],
          ['htmlFor', 'for'],
          ['httpEquiv', 'http-equiv'],
        ].forEach(function (e) {
          var r = e[0];
          h[r] = new v(r, 1, !1, e[1], null, !1, !1);
        }),
        ['contentEditable', 'draggable', 'spellCheck', 'value'].forEach(function (e) {
          h[e] = new v(e, 2, !1, e.toLowerCase(), null, !1, !1);
        }),
        ['autoReverse', 'externalResourcesRequired', 'focusable', 'preserveAlpha'].forEach(function (e) {
          h[e] = new v(e, 2, !1, e, null, !1, !1);
        }),
        'allowFullScreen async autoFocus autoPlay controls default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope'
          .split(' ')
          .forEach(function (e) {
            h[e] = new v(e, 3, !1, e.toLowerCase(), null, !1, !1);
          }),
        ['checked', 'multiple', 'muted', 'selected'].forEach(function (e) {
          h[e] = new v(e, 3, !0, e, null, !1, !1);
        }),
        ['capture', 'download'].forEach(function (e) {
          h[e] = new v(e, 4, !1, e, null, !1, !1);
        }),
        ['cols', 'rows', 'size', 'span'].forEach(function (e) {
          h[e] = new v(e, 6, !1, e, null, !1, !1);
        }),
        ['rowSpan', 'start'].forEach(function (e) {
          h[e] = new v(e, 5, !1, e.toLowerCase(), null, !1, !1);
        }));
      var m = /[\-:]([a-z])/g;
      function b(e) {
        return e[1].toUpperCase();
      }
      function y(e, r, t, o) {
        var n = h.hasOwnProperty(r) ? h[r] : null;
        (null !== n
          ? 0 !== n.type
          : o || !(2 < r.length) || ('o' !== r[0] && 'O' !== r[0]) || ('n' !== r[1] && 'N' !== r[1])) &&
          ((function (e, r, t, o) {
            if (
              null == r ||
              (function (e, r, t, o) {
                if (null !== t && 0 === t.type) return !1;
                switch (typeof r) {
                  case 'function':
                  case 'symbol':
                    return !0;
                  case 'boolean':
                    return (
                      !o &&
                      (null !== t
                        ? !t.acceptsBooleans
                        : 'data-' !== (e = e.toLowerCase().slice(0, 5)) && 'aria-' !== e)
                    );
                  default:
                    return !1;
                }
              })(e, r, t, o)
            )
              return !0;
            if (o) return !1;
            if (null !== t)
              switch (t.type) {
                case 3:
                  return !r;
                case 4:
                  return !1 === r;
                case 5:
                  return isNaN(r);
                case 6:
                  return isNaN(r) || 1 > r;
              }
            return !1;
          })(r, t, n, o) && (t = null),
          o || null === n
            ? (function (e) {
                return !!d.call(p, e) || (!d.call(g, e) && (f.test(e) ? (p[e] = !0) : ((g[e] = !0), !1)));
              })(r) && (null === t ? e.removeAttribute(r) : e.setAttribute(r, '' + t))
            : n.mustUseProperty
              ? (e[n.propertyName] = null === t ? 3 !== n.type && '' : t)
              : ((r = n.attributeName),
                (o = n.attributeNamespace),
                null === t
                  ? e.removeAttribute(r)
                  : ((t = 3 === (n = n.type) || (4 === n && !0 === t) ? '' : '' + t),
                    o ? e.setAttributeNS(o, r, t) : e.setAttribute(r, t))));
      }
      ('accent-height alignment-baseline arabic-form baseline-shift cap-height clip-path clip-rule color-interpolation color-interpolation-filters color-profile color-rendering dominant-baseline enable-background fill-opacity fill-rule flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight glyph-name glyph-orientation-horizontal glyph-orientation-vertical horiz-adv-x horiz-origin-x image-rendering letter-spacing lighting-color marker-end marker-mid marker-start overline-position overline-thickness paint-order panose-1 pointer-events rendering-intent shape-rendering stop-color stop-opacity strikethrough-position strikethrough-thickness stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering underline-position underline-thickness unicode-bidi unicode-range units-per-em v-alphabetic v-hanging v-ideographic v-mathematical vector-effect vert-adv-y vert-origin-x vert-origin-y word-spacing writing-mode xmlns:xlink x-height'
        .split(' ')
        .forEach(function (e) {
          var r = e.replace(m, b);
          h[r] = new v(r, 1, !1, e, null, !1, !1);
        }),
        'xlink:actuate xlink:arcrole xlink:role xlink:show xlink:title xlink:type'
          .split(' ')
          .forEach(function (e) {
            var r = e.replace(m, b);
            h[r] = new v(r, 1, !1, e, 'http://www.w3.org/1999/xlink', !1, !1);
          }),
        ['xml:base', 'xml:lang', 'xml:space'].forEach(function (e) {
          var r = e.replace(m, b);
          h[r] = new v(r, 1, !1, e, 'http://www.w3.org/XML/1998/namespace', !1, !1);
        }),
        ['tabIndex', 'crossOrigin'].forEach(function (e) {
          h[e] = new v(e, 1, !1, e.toLowerCase(), null, !1, !1);
        }),
        (h.xlinkHref = new v('xlinkHref', 1, !1, 'xlink:href', 'http://www.w3.org/1999/xlink', !0, !1)),
        ['src', 'href', 'action', 'formAction'].forEach(function (e) {
          h[e] = new v(e, 1, !1, e.toLowerCase(), null, !0, !0);
        }));
      var k = o.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED,
        w = Symbol.for('react.element'),
        B = Symbol.for('react.portal'),
        x = Symbol.for('react.fragment'),
        S = Symbol.for('react.strict_mode'),
        z = Symbol.for('react.profiler'),
        _ = Symbol.for('react.provider'),
        N = Symbol.for('react.context'),
        P = Symbol.for('react.forward_ref'),
        F = Symbol.for('react.suspense'),
        T = Symbol.for('react.suspense_list'),
        j = Symbol.for('react.memo'),
        C = Symbol.for('react.lazy');
      (Symbol.for('react.scope'), Symbol.for('react.debug_trace_mode'));
      var E = Symbol.for('react.offscreen');
      (Symbol.for('react.legacy_hidden'), Symbol.for('react.cache'), Symbol.for('react.tracing_marker'));
      var q = Symbol.iterator;
      function D(e) {
        return null === e || 'object' != typeof e
          ? null
          : 'function' == typeof (e = (q && e[q]) || e['@@iterator'])
            ? e
            : null;
      }
      var R,
        H = Object.assign;
      function I(e) {
        if (void 0 === R)
          try {
            throw Error();
          } catch (e) {
            var r = e.stack.trim().match(/\n( *(at )?)/);
            R = (r && r[1]) || '';
          }
        return '\n' + R + e;
      }
      var M = !1;
      function A(e, r) {
        if (!e || M) return '';
        M = !0;
        var t = Error.prepareStackTrace;
        Error.prepareStackTrace = void 0;
        try {
          if (r)
            if (
              ((r = function () {
                throw Error();
              }),
              Object.defineProperty(r.prototype, 'props', {
                set: function () {
                  throw Error();
                },
              }),
              'object' == typeof Reflect && Reflect.construct)
            ) {
              try {
                Reflect.construct(r, []);
              } catch (e) {
                var o = e;
              }
              Reflect.construct(e, [], r);
            } else {
              try {
                r.call();
              } catch (e) {
                o = e;
              }
              e.call(r.prototype);
            }
          else {
            try {
              throw Error();
            } catch (e) {
              o = e;
            }
            e();
          }
        } catch (r) {
          if (r && o && 'string' == typeof r.stack) {
            for (
              var n = r.stack.split('\n'), a = o.stack.split('\n'), i = n.length - 1, l = a.length - 1;
              1 <= i && 0 <= l && n[i] !== a[l];
            )
              l--;
            for (; 1 <= i && 0 <= l; i--, l--)
              if (n[i] !== a[l]) {
                if (1 !== i || 1 !== l)
                  do {
                    if ((i--, 0 > --l || n[i] !== a[l])) {
                      var c = '\n' + n[i].replace(' at new ', ' at ');
                      return (
                        e.displayName &&
                          c.includes('<anonymous>') &&
                          (c = c.replace('<anonymous>', e.displayName)),
                        c
                      );
                    }
                  } while (1 <= i && 0 <= l);
                break;
              }
          }
        } finally {
          ((M = !1), (Error.prepareStackTrace = t));
        }
        return (e = e ? e.displayName || e.name : '') ? I(e) : '';
      }
      function L(e) {
        switch (e.tag) {
          case 5:
            return I(e.type);
          case 16:
            return I('Lazy');
          case 13:
            return I('Suspense');
          case 19:
            return I('SuspenseList');
          case 0:
          case 2:
          case 15:
            return A(e.type, !1);
          case 11:
            return A(e.type.render, !1);
          case 1:
            return A(e.type, !0);
          default:
            return '';
        }
      }
      function O(e) {
        if (null == e) return null;
        if ('function' == typeof e) return e.displayName || e.name || null;
        if ('string' == typeof e) return e;
        switch (e) {
          case x:
            return 'Fragment';
          case B:
            return 'Portal';
          case z:
            return 'Profiler';
          case S:
            return 'StrictMode';
          case F:
            return 'Suspense';
          case T:
            return 'SuspenseList';
        }
        if ('object' == typeof e)
          switch (e.$$typeof) {
            case N:
              return (e.displayName || 'Context') + '.Consumer';
            case _:
              return (e._context.displayName || 'Context') + '.Provider';
            case P:
              var r = e.render;
              return (
                (e = e.displayName) ||
                  (e = '' !== (e = r.displayName || r.name || '') ? 'ForwardRef(' + e + ')' : 'ForwardRef'),
                e
              );
            case j:
              return null !== (r = e.displayName || null) ? r : O(e.type) || 'Memo';
            case C:
              ((r = e._payload), (e = e._init));
              try {
                return O(e(r));
              } catch (e) {}
          }
        return null;
      }
      function W(e) {
        var r = e.type;
        switch (e.tag) {
          case 24:
            return 'Cache';
          case 9:
            return (r.displayName || 'Context') + '.Consumer';
          case 10:
            return (r._context.displayName || 'Context') + '.Provider';
          case 18:
            return 'DehydratedFragment';
          case 11:
            return (
              (e = (e = r.render).displayName || e.name || ''),
              r.displayName || ('' !== e ? 'ForwardRef(' + e + ')' : 'ForwardRef')
            );
          case 7:
            return 'Fragment';
          case 5:
            return r;
          case 4:
            return 'Portal';
          case 3:
            return 'Root';
          case 6:
            return 'Text';
          case 16:
            return O(r);
          case 8:
            return r === S ? 'StrictMode' : 'Mode';
          case 22:
            return 'Offscreen';
          case 12:
            return 'Profiler';
          case 21:
            return 'Scope';
          case 13:
            return 'Suspense';
          case 19:
            return 'SuspenseList';
          case 25:
            return 'TracingMarker';
          case 1:
          case 0:
          case 17:
          case 2:
          case 14:
          case 15:
            if ('function' == typeof r) return r.displayName || r.name || null;
            if ('string' == typeof r) return r;
        }
        return null;
      }
      function V(e) {
        switch (typeof e) {
          case 'boolean':
          case 'number':
          case 'string':
          case 'undefined':
          case 'object':
            return e;
          default:
            return '';
        }
      }
      function X(e) {
        var r = e.type;
        return (e = e.nodeName) && 'input' === e.toLowerCase() && ('checkbox' === r || 'radio' === r);
      }
      function $(e) {
        e._valueTracker ||
          (e._valueTracker = (function (e) {
            var r = X(e) ? 'checked' : 'value',
              t = Object.getOwnPropertyDescriptor(e.constructor.prototype, r),
              o = '' + e[r];
            if (
              !e.hasOwnProperty(r) &&
              void 0 !== t &&
              'function' == typeof t.get &&
              'function' == typeof t.set
            ) {
              var n = t.get,
                a = t.set;
              return (
                Object.defineProperty(e, r, {
                  configurable: !0,
                  get: function () {
                    return n.call(this);
                  },
                  set: function (e) {
                    ((o = '' + e), a.call(this, e));
                  },
                }),
                Object.defineProperty(e, r, { enumerable: t.enumerable }),
                {
                  getValue: function () {
                    return o;
                  },
                  setValue: function (e) {
                    o = '' + e;
                  },
                  stopTracking: function () {
                    ((e._valueTracker = null), delete e[r]);
                  },
                }
              );
            }
          })(e));
      }
      function U(e) {
        if (!e) return !1;
        var r = e._valueTracker;
        if (!r) return !0;
        var t = r.getValue(),
          o = '';
        return (
          e && (o = X(e) ? (e.checked ? 'true' : 'false') : e.value),
          (e = o) !== t && (r.setValue(e), !0)
        );
      }
      function G(e) {
        if (void 0 === (e = e || ('undefined' != typeof document ? document : void 0))) return null;
        try {
          return e.activeElement || e.body;
        } catch (r) {
          return e.body;
        }
      }
      function Y(e, r) {
        var t = r.checked;
        return H({}, r, {
          defaultChecked: void 0,
          defaultValue: void 0,
          value: void 0,
          checked: null != t ? t : e._wrapperState.initialChecked,
        });
      }
      function Q(e, r) {
        var t = null == r.defaultValue ? '' : r.defaultValue,
          o = null != r.checked ? r.checked : r.defaultChecked;
        ((t = V(null != r.value ? r.value : t)),
          (e._wrapperState = {
            initialChecked: o,
            initialValue: t,
            controlled: 'checkbox' === r.type || 'radio' === r.type ? null != r.checked : null != r.value,
          }));
      }
      function K(e, r) {
        null != (r = r.checked) && y(e, 'checked', r, !1);
      }
      function J(e, r) {
        K(e, r);
        var t = V(r.value),
          o = r.type;
        if (null != t)
          'number' === o
            ? ((0 === t && '' === e.value) || e.value != t) && (e.value = '' + t)
            : e.value !== '' + t && (e.value = '' + t);
        else if ('submit' === o || 'reset' === o) return void e.removeAttribute('value');
        (r.hasOwnProperty('value')
          ? ee(e, r.type, t)
          : r.hasOwnProperty('defaultValue') && ee(e, r.type, V(r.defaultValue)),
          null == r.checked && null != r.defaultChecked && (e.defaultChecked = !!r.defaultChecked));
      }
      function Z(e, r, t) {
        if (r.hasOwnProperty('value') || r.hasOwnProperty('defaultValue')) {
          var o = r.type;
          if (!(('submit' !== o && 'reset' !== o) || (void 0 !== r.value && null !== r.value))) return;
          ((r = '' + e._wrapperState.initialValue),
            t || r === e.value || (e.value = r),
            (e.defaultValue = r));
        }
        ('' !== (t = e.name) && (e.name = ''),
          (e.defaultChecked = !!e._wrapperState.initialChecked),
          '' !== t && (e.name = t));
      }
      function ee(e, r, t) {
        ('number' === r && G(e.ownerDocument) === e) ||
          (null == t
            ? (e.defaultValue = '' + e._wrapperState.initialValue)
            : e.defaultValue !== '' + t && (e.defaultValue = '' + t));
      }
      var re = Array.isArray;
      function te(e, r, t, o) {
        if (((e = e.options), r)) {
          r = {};
          for (var n = 0; n < t.length; n++) r['$' + t[n]] = !0;
          for (t = 0; t < e.length; t++)
            ((n = r.hasOwnProperty('$' + e[t].value)),
              e[t].selected !== n && (e[t].selected = n),
              n && o && (e[t].defaultSelected = !0));
        } else {
          for (t = '' + V(t), r = null, n = 0; n < e.length; n++) {
            if (e[n].value === t) return ((e[n].selected = !0), void (o && (e[n].defaultSelected = !0)));
            null !== r || e[n].disabled || (r = e[n]);
          }
          null !== r && (r.selected = !0);
        }
      }
      function oe(e, r) {
        if (null != r.dangerouslySetInnerHTML) throw Error(a(91));
        return H({}, r, { value: void 0, defaultValue: void 0, children: '' + e._wrapperState.initialValue });
      }
      function ne(e, r) {
        var t = r.value;
        if (null == t) {
          if (((t = r.children), (r = r.defaultValue), null != t)) {
            if (null != r) throw Error(a(92));
            if (re(t)) {
              if (1 < t.length) throw Error(a(93));
              t = t[0];
            }
            r = t;
          }
          (null == r && (r = ''), (t = r));
        }
        e._wrapperState = { initialValue: V(t) };
      }
      function ae(e, r) {
        var t = V(r.value),
          o = V(r.defaultValue);
        (null != t &&
          ((t = '' + t) !== e.value && (e.value = t),
          null == r.defaultValue && e.defaultValue !== t && (e.defaultValue = t)),
          null != o && (e.defaultValue = '' + o));
      }
      function ie(e) {
        var r = e.textContent;
        r === e._wrapperState.initialValue && '' !== r && null !== r && (e.value = r);
      }
      function le(e) {
        switch (e) {
          case 'svg':
            return 'http://www.w3.org/2000/svg';
          case 'math':
            return 'http://www.w3.org/1998/Math/MathML';
          default:
            return 'http://www.w3.org/1999/xhtml';
        }
      }
      function ce(e, r) {
        return null == e || 'http://www.w3.org/1999/xhtml' === e
          ? le(r)
          : 'http://www.w3.org/2000/svg' === e && 'foreignObject' === r
            ? 'http://www.w3.org/1999/xhtml'
            : e;
      }
      var se,
        ue,
        de =
          ((ue = function (e, r) {
            if ('http://www.w3.org/2000/svg' !== e.namespaceURI || 'innerHTML' in e) e.innerHTML = r;
            else {
              for (
                (se = se || document.createElement('div')).innerHTML =
                  '<svg>' + r.valueOf().toString() + '</svg>',
                  r = se.firstChild;
                e.firstChild;
              )
                e.removeChild(e.firstChild);
              for (; r.firstChild;) e.appendChild(r.firstChild);
            }
          }),
          'undefined' != typeof MSApp && MSApp.execUnsafeLocalFunction
            ? function (e, r, t, o) {
                MSApp.execUnsafeLocalFunction(function () {
                  return ue(e, r);
                });
              }
            : ue);
      function fe(e, r) {
        if (r) {
          var t = e.firstChild;
          if (t && t === e.lastChild && 3 === t.nodeType) return void (t.nodeValue = r);
        }
        e.textContent = r;
      }
      var ge = {
          animationIterationCount: !0,
          aspectRatio: !0,
          borderImageOutset: !0,
          borderImageSlice: !0,
          borderImageWidth: !0,
          boxFlex: !0,
          boxFlexGroup: !0,
          boxOrdinalGroup: !0,
          columnCount: !0,
          columns: !0,
          flex: !0,
          flexGrow: !0,
          flexPositive: !0,
          flexShrink: !0,
          flexNegative: !0,
          flexOrder: !0,
          gridArea: !0,
          gridRow: !0,
          gridRowEnd: !0,
          gridRowSpan: !0,
          gridRowStart: !0,
          gridColumn: !0,
          gridColumnEnd: !0,
          gridColumnSpan: !0,
          gridColumnStart: !0,
          fontWeight: !0,
          lineClamp: !0,
          lineHeight: !0,
          opacity: !0,
          order: !0,
          orphans: !0,
          tabSize: !0,
          widows: !0,
          zIndex: !0,
          zoom: !0,
          fillOpacity: !0,
          floodOpacity: !0,
          stopOpacity: !0,
          strokeDasharray: !0,
          strokeDashoffset: !0,
          strokeMiterlimit: !0,
          strokeOpacity: !0,
          strokeWidth: !0,
        },
        pe = ['Webkit', 'ms', 'Moz', 'O'];
      function ve(e, r, t) {
        return null == r || 'boolean' == typeof r || '' === r
          ? ''
          : t || 'number' != typeof r || 0 === r || (ge.hasOwnProperty(e) && ge[e])
            ? ('' + r).trim()
            : r + 'px';
      }
      function he(e, r) {
        for (var t in ((e = e.style), r))
          if (r.hasOwnProperty(t)) {
            var o = 0 === t.indexOf('--'),
              n = ve(t, r[t], o);
            ('float' === t && (t = 'cssFloat'), o ? e.setProperty(t, n) : (e[t] = n));
          }
      }
      Object.keys(ge).forEach(function (e) {
        pe.forEach(function (r) {
          ((r = r + e.charAt(0).toUpperCase() + e.substring(1)), (ge[r] = ge[e]));
        });
      });
      var me = H(
        { menuitem: !0 },
        {
          area: !0,
          base: !0,
          br: !0,
          col: !0,
          embed: !0,
          hr: !0,
          img: !0,
          input: !0,
          keygen: !0,
          link: !0,
          meta: !0,
          param: !0,
          source: !0,
          track: !0,
          wbr: !0,
        },
      );
      function be(e, r) {
        if (r) {
          if (me[e] && (null != r.children || null != r.dangerouslySetInnerHTML)) throw Error(a(137, e));
          if (null != r.dangerouslySetInnerHTML) {
            if (null != r.children) throw Error(a(60));
            if ('object' != typeof r.dangerouslySetInnerHTML || !('__html' in r.dangerouslySetInnerHTML))
              throw Error(a(61));
          }
          if (null != r.style && 'object' != typeof r.style) throw Error(a(62));
        }
      }
      function ye(e, r) {
        if (-1 === e.indexOf('-')) return 'string' == typeof r.is;
        switch (e) {
          case 'annotation-xml':
          case 'color-profile':
          case 'font-face':
          case 'font-face-src':
          case 'font-face-uri':
          case 'font-face-format':
          case 'font-face-name':
          case 'missing-glyph':
            return !1;
          default:
            return !0;
        }
      }
      var ke = null;
      function we(e) {
        return (
          (e = e.target || e.srcElement || window).correspondingUseElement && (e = e.correspondingUseElement),
          3 === e.nodeType ? e.parentNode : e
        );
      }
      var Be = null,
        xe = null,
        Se = null;
      function ze(e) {
        if ((e = kn(e))) {
          if ('function' != typeof Be) throw Error(a(280));
          var r = e.stateNode;
          r && ((r = Bn(r)), Be(e.stateNode, e.type, r));
        }
      }
      function _e(e) {
        xe ? (Se ? Se.push(e) : (Se = [e])) : (xe = e);
      }
      function Ne() {
        if (xe) {
          var e = xe,
            r = Se;
          if (((Se = xe = null), ze(e), r)) for (e = 0; e < r.length; e++) ze(r[e]);
        }
      }
      function Pe(e, r) {
        return e(r);
      }
      function Fe() {}
      var Te = !1;
      function je(e, r, t) {
        if (Te) return e(r, t);
        Te = !0;
        try {
          return Pe(e, r, t);
        } finally {
          ((Te = !1), (null !== xe || null !== Se) && (Fe(), Ne()));
        }
      }
      function Ce(e, r) {
        var t = e.stateNode;
        if (null === t) return null;
        var o = Bn(t);
        if (null === o) return null;
        t = o[r];
        e: switch (r) {
          case 'onClick':
          case 'onClickCapture':
          case 'onDoubleClick':
          case 'onDoubleClickCapture':
          case 'onMouseDown':
          case 'onMouseDownCapture':
          case 'onMouseMove':
          case 'onMouseMoveCapture':
          case 'onMouseUp':
          case 'onMouseUpCapture':
          case 'onMouseEnter':
            ((o = !o.disabled) ||
              (o = !('button' === (e = e.type) || 'input' === e || 'select' === e || 'textarea' === e)),
              (e = !o));
            break e;
          default:
            e = !1;
        }
        if (e) return null;
        if (t && 'function' != typeof t) throw Error(a(231, r, typeof t));
        return t;
      }
      var Ee = !1;
      if (u)
        try {
          var qe = {};
          (Object.defineProperty(qe, 'passive', {
            get: function () {
              Ee = !0;
            },
          }),
            window.addEventListener('test', qe, qe),
            window.removeEventListener('test', qe, qe));
        } catch (ue) {
          Ee = !1;
        }
      function De(e, r, t, o, n, a, i, l, c) {
        var s = Array.prototype.slice.call(arguments, 3);
        try {
          r.apply(t, s);
        } catch (e) {
          this.onError(e);
        }
      }
      var Re = !1,
        He = null,
        Ie = !1,
        Me = null,
        Ae = {
          onError: function (e) {
            ((Re = !0), (He = e));
          },
        };
      function Le(e, r, t, o, n, a, i, l, c) {
        ((Re = !1), (He = null), De.apply(Ae, arguments));
      }
      function Oe(e) {
        var r = e,
          t = e;
        if (e.alternate) for (; r.return;) r = r.return;
        else {
          e = r;
          do {
            (!!(4098 & (r = e).flags) && (t = r.return), (e = r.return));
          } while (e);
        }
        return 3 === r.tag ? t : null;
      }
      function We(e) {
        if (13 === e.tag) {
          var r = e.memoizedState;
          if ((null === r && null !== (e = e.alternate) && (r = e.memoizedState), null !== r))
            return r.dehydrated;
        }
        return null;
      }
      function Ve(e) {
        if (Oe(e) !== e) throw Error(a(188));
      }
      function Xe(e) {
        return null !==
          (e = (function (e) {
            var r = e.alternate;
            if (!r) {
              if (null === (r = Oe(e))) throw Error(a(188));
              return r !== e ? null : e;
            }
            for (var t = e, o = r; ;) {
              var n = t.return;
              if (null === n) break;
              var i = n.alternate;
              if (null === i) {
                if (null !== (o = n.return)) {
                  t = o;
                  continue;
                }
                break;
              }
              if (n.child === i.child) {
                for (i = n.child; i;) {
                  if (i === t) return (Ve(n), e);
                  if (i === o) return (Ve(n), r);
                  i = i.sibling;
                }
                throw Error(a(188));
              }
              if (t.return !== o.return) ((t = n), (o = i));
              else {
                for (var l = !1, c = n.child; c;) {
                  if (c === t) {
                    ((l = !0), (t = n), (o = i));
                    break;
                  }
                  if (c === o) {
                    ((l = !0), (o = n), (t = i));
                    break;
                  }
                  c = c.sibling;
                }
                if (!l) {
                  for (c = i.child; c;) {
                    if (c === t) {
                      ((l = !0), (t = i), (o = n));
                      break;
                    }
                    if (c === o) {
                      ((l = !0), (o = i), (t = n));
                      break;
                    }
                    c = c.sibling;
                  }
                  if (!l) throw Error(a(189));
                }
              }
              if (t.alternate !== o) throw Error(a(190));
            }
            if (3 !== t.tag) throw Error(a(188));
            return t.stateNode.current === t ? e : r;
          })(e))
          ? $e(e)
          : null;
      }
      function $e(e) {
        if (5 === e.tag || 6 === e.tag) return e;
        for (e = e.child; null !== e;) {
          var r = $e(e);
          if (null !== r) return r;
          e = e.sibling;
        }
        return null;
      }
      var Ue = n.unstable_scheduleCallback,
        Ge = n.unstable_cancelCallback,
        Ye = n.unstable_shouldYield,
        Qe = n.unstable_requestPaint,
        Ke = n.unstable_now,
        Je = n.unstable_getCurrentPriorityLevel,
        Ze = n.unstable_ImmediatePriority,
        er = n.unstable_UserBlockingPriority,
        rr = n.unstable_NormalPriority,
        tr = n.unstable_LowPriority,
        or = n.unstable_IdlePriority,
        nr = null,
        ar = null,
        ir = Math.clz32
          ? Math.clz32
          : function (e) {
              return 0 === (e >>>= 0) ? 32 : (31 - ((lr(e) / cr) | 0)) | 0;
            },
        lr = Math.log,
        cr = Math.LN2,
        sr = 64,
        ur = 4194304;
      function dr(e) {
        switch (e & -e) {
          case 1:
            return 1;
          case 2:
            return 2;
          case 4:
            return 4;
          case 8:
            return 8;
          case 16:
            return 16;
          case 32:
            return 32;
          case 64:
          case 128:
          case 256:
          case 512:
          case 1024:
          case 2048:
          case 4096:
          case 8192:
          case 16384:
          case 32768:
          case 65536:
          case 131072:
          case 262144:
          case 524288:
          case 1048576:
          case 2097152:
            return 4194240 & e;
          case 4194304:
          case 8388608:
          case 16777216:
          case 33554432:
          case 67108864:
            return 130023424 & e;
          case 134217728:
            return 134217728;
          case 268435456:
            return 268435456;
          case 536870912:
            return 536870912;
          case 1073741824:
            return 1073741824;
          default:
            return e;
        }
      }
      function fr(e, r) {
        var t = e.pendingLanes;
        if (0 === t) return 0;
        var o = 0,
          n = e.suspendedLanes,
          a = e.pingedLanes,
          i = 268435455 & t;
        if (0 !== i) {
          var l = i & ~n;
          0 !== l ? (o = dr(l)) : 0 !== (a &= i) && (o = dr(a));
        } else 0 !== (i = t & ~n) ? (o = dr(i)) : 0 !== a && (o = dr(a));
        if (0 === o) return 0;
        if (
          0 !== r &&
          r !== o &&
          0 === (r & n) &&
          ((n = o & -o) >= (a = r & -r) || (16 === n && 4194240 & a))
        )
          return r;
        if ((4 & o && (o |= 16 & t), 0 !== (r = e.entangledLanes)))
          for (e = e.entanglements, r &= o; 0 < r;) ((n = 1 << (t = 31 - ir(r))), (o |= e[t]), (r &= ~n));
        return o;
      }
      function gr(e, r) {
        switch (e) {
          case 1:
          case 2:
          case 4:
            return r + 250;
          case 8:
          case 16:
          case 32:
          case 64:
          case 128:
          case 256:
          case 512:
          case 1024:
          case 2048:
          case 4096:
          case 8192:
          case 16384:
          case 32768:
          case 65536:
          case 131072:
          case 262144:
          case 524288:
          case 1048576:
          case 2097152:
            return r + 5e3;
          default:
            return -1;
        }
      }
      function pr(e) {
        return 0 != (e = -1073741825 & e.pendingLanes) ? e : 1073741824 & e ? 1073741824 : 0;
      }
      function vr() {
        var e = sr;
        return (!(4194240 & (sr <<= 1)) && (sr = 64), e);
      }
      function hr(e) {
        for (var r = [], t = 0; 31 > t; t++) r.push(e);
        return r;
      }
      function mr(e, r, t) {
        ((e.pendingLanes |= r),
          536870912 !== r && ((e.suspendedLanes = 0), (e.pingedLanes = 0)),
          ((e = e.eventTimes)[(r = 31 - ir(r))] = t));
      }
      function br(e, r) {
        var t = (e.entangledLanes |= r);
        for (e = e.entanglements; t;) {
          var o = 31 - ir(t),
            n = 1 << o;
          ((n & r) | (e[o] & r) && (e[o] |= r), (t &= ~n));
        }
      }
      var yr = 0;
      function kr(e) {
        return 1 < (e &= -e) ? (4 < e ? (268435455 & e ? 16 : 536870912) : 4) : 1;
      }
      var wr,
        Br,
        xr,
        Sr,
        zr,
        _r = !1,
        Nr = [],
        Pr = null,
        Fr = null,
        Tr = null,
        jr = new Map(),
        Cr = new Map(),
        Er = [],
        qr =
          'mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset submit'.split(
            ' ',
          );
      function Dr(e, r) {
        switch (e) {
          case 'focusin':
          case 'focusout':
            Pr = null;
            break;
          case 'dragenter':
          case 'dragleave':
            Fr = null;
            break;
          case 'mouseover':
          case 'mouseout':
            Tr = null;
            break;
          case 'pointerover':
          case 'pointerout':
            jr.delete(r.pointerId);
            break;
          case 'gotpointercapture':
          case 'lostpointercapture':
            Cr.delete(r.pointerId);
        }
      }
      function Rr(e, r, t, o, n, a) {
        return null === e || e.nativeEvent !== a
          ? ((e = {
              blockedOn: r,
              domEventName: t,
              eventSystemFlags: o,
              nativeEvent: a,
              targetContainers: [n],
            }),
            null !== r && null !== (r = kn(r)) && Br(r),
            e)
          : ((e.eventSystemFlags |= o),
            (r = e.targetContainers),
            null !== n && -1 === r.indexOf(n) && r.push(n),
            e);
      }
      function Hr(e) {
        var r = yn(e.target);
        if (null !== r) {
          var t = Oe(r);
          if (null !== t)
            if (13 === (r = t.tag)) {
              if (null !== (r = We(t)))
                return (
                  (e.blockedOn = r),
                  void zr(e.priority, function () {
                    xr(t);
                  })
                );
            } else if (3 === r && t.stateNode.current.memoizedState.isDehydrated)
              return void (e.blockedOn = 3 === t.tag ? t.stateNode.containerInfo : null);
        }
        e.blockedOn = null;
      }
      function Ir(e) {
        if (null !== e.blockedOn) return !1;
        for (var r = e.targetContainers; 0 < r.length;) {
          var t = Yr(e.domEventName, e.eventSystemFlags, r[0], e.nativeEvent);
          if (null !== t) return (null !== (r = kn(t)) && Br(r), (e.blockedOn = t), !1);
          var o = new (t = e.nativeEvent).constructor(t.type, t);
          ((ke = o), t.target.dispatchEvent(o), (ke = null), r.shift());
        }
        return !0;
      }
      function Mr(e, r, t) {
        Ir(e) && t.delete(r);
      }
      function Ar() {
        ((_r = !1),
          null !== Pr && Ir(Pr) && (Pr = null),
          null !== Fr && Ir(Fr) && (Fr = null),
          null !== Tr && Ir(Tr) && (Tr = null),
          jr.forEach(Mr),
          Cr.forEach(Mr));
      }
      function Lr(e, r) {
        e.blockedOn === r &&
          ((e.blockedOn = null),
          _r || ((_r = !0), n.unstable_scheduleCallback(n.unstable_NormalPriority, Ar)));
      }
      function Or(e) {
        function r(r) {
          return Lr(r, e);
        }
        if (0 < Nr.length) {
          Lr(Nr[0], e);
          for (var t = 1; t < Nr.length; t++) {
            var o = Nr[t];
            o.blockedOn === e && (o.blockedOn = null);
          }
        }
        for (
          null !== Pr && Lr(Pr, e),
            null !== Fr && Lr(Fr, e),
            null !== Tr && Lr(Tr, e),
            jr.forEach(r),
            Cr.forEach(r),
            t = 0;
          t < Er.length;
          t++
        )
          (o = Er[t]).blockedOn === e && (o.blockedOn = null);
        for (; 0 < Er.length && null === (t = Er[0]).blockedOn;) (Hr(t), null === t.blockedOn && Er.shift());
      }
      var Wr = k.ReactCurrentBatchConfig,
        Vr = !0;
      function Xr(e, r, t, o) {
        var n = yr,
          a = Wr.transition;
        Wr.transition = null;
        try {
          ((yr = 1), Ur(e, r, t, o));
        } finally {
          ((yr = n), (Wr.transition = a));
        }
      }
      function $r(e, r, t, o) {
        var n = yr,
          a = Wr.transition;
        Wr.transition = null;
        try {
          ((yr = 4), Ur(e, r, t, o));
        } finally {
          ((yr = n), (Wr.transition = a));
        }
      }
      function Ur(e, r, t, o) {
        if (Vr) {
          var n = Yr(e, r, t, o);
          if (null === n) (Vo(e, r, o, Gr, t), Dr(e, o));
          else if (
            (function (e, r, t, o, n) {
              switch (r) {
                case 'focusin':
                  return ((Pr = Rr(Pr, e, r, t, o, n)), !0);
                case 'dragenter':
                  return ((Fr = Rr(Fr, e, r, t, o, n)), !0);
                case 'mouseover':
                  return ((Tr = Rr(Tr, e, r, t, o, n)), !0);
                case 'pointerover':
                  var a = n.pointerId;
                  return (jr.set(a, Rr(jr.get(a) || null, e, r, t, o, n)), !0);
                case 'gotpointercapture':
                  return ((a = n.pointerId), Cr.set(a, Rr(Cr.get(a) || null, e, r, t, o, n)), !0);
              }
              return !1;
            })(n, e, r, t, o)
          )
            o.stopPropagation();
          else if ((Dr(e, o), 4 & r && -1 < qr.indexOf(e))) {
            for (; null !== n;) {
              var a = kn(n);
              if ((null !== a && wr(a), null === (a = Yr(e, r, t, o)) && Vo(e, r, o, Gr, t), a === n)) break;
              n = a;
            }
            null !== n && o.stopPropagation();
          } else Vo(e, r, o, null, t);
        }
      }
      var Gr = null;
      function Yr(e, r, t, o) {
        if (((Gr = null), null !== (e = yn((e = we(o))))))
          if (null === (r = Oe(e))) e = null;
          else if (13 === (t = r.tag)) {
            if (null !== (e = We(r))) return e;
            e = null;
          } else if (3 === t) {
            if (r.stateNode.current.memoizedState.isDehydrated)
              return 3 === r.tag ? r.stateNode.containerInfo : null;
            e = null;
          } else r !== e && (e = null);
        return ((Gr = e), null);
      }
      function Qr(e) {
        switch (e) {
          case 'cancel':
          case 'click':
          case 'close':
          case 'contextmenu':
          case 'copy':
          case 'cut':
          case 'auxclick':
          case 'dblclick':
          case 'dragend':
          case 'dragstart':
          case 'drop':
          case 'focusin':
          case 'focusout':
          case 'input':
          case 'invalid':
          case 'keydown':
          case 'keypress':
          case 'keyup':
          case 'mousedown':
          case 'mouseup':
          case 'paste':
          case 'pause':
          case 'play':
          case 'pointercancel':
          case 'pointerdown':
          case 'pointerup':
          case 'ratechange':
          case 'reset':
          case 'resize':
          case 'seeked':
          case 'submit':
          case 'touchcancel':
          case 'touchend':
          case 'touchstart':
          case 'volumechange':
          case 'change':
          case 'selectionchange':
          case 'textInput':
          case 'compositionstart':
          case 'compositionend':
          case 'compositionupdate':
          case 'beforeblur':
          case 'afterblur':
          case 'beforeinput':
          case 'blur':
          case 'fullscreenchange':
          case 'focus':
          case 'hashchange':
          case 'popstate':
          case 'select':
          case 'selectstart':
            return 1;
          case 'drag':
          case 'dragenter':
          case 'dragexit':
          case 'dragleave':
          case 'dragover':
          case 'mousemove':
          case 'mouseout':
          case 'mouseover':
          case 'pointermove':
          case 'pointerout':
          case 'pointerover':
          case 'scroll':
          case 'toggle':
          case 'touchmove':
          case 'wheel':
          case 'mouseenter':
          case 'mouseleave':
          case 'pointerenter':
          case 'pointerleave':
            return 4;
          case 'message':
            switch (Je()) {
              case Ze:
                return 1;
              case er:
                return 4;
              case rr:
              case tr:
                return 16;
              case or:
                return 536870912;
              default:
                return 16;
            }
          default:
            return 16;
        }
      }
      var Kr = null,
        Jr = null,
        Zr = null;
      function et() {
        if (Zr) return Zr;
        var e,
          r,
          t = Jr,
          o = t.length,
          n = 'value' in Kr ? Kr.value : Kr.textContent,
          a = n.length;
        for (e = 0; e < o && t[e] === n[e]; e++);
        var i = o - e;
        for (r = 1; r <= i && t[o - r] === n[a - r]; r++);
        return (Zr = n.slice(e, 1 < r ? 1 - r : void 0));
      }
      function rt(e) {
        var r = e.keyCode;
        return (
          'charCode' in e ? 0 === (e = e.charCode) && 13 === r && (e = 13) : (e = r),
          10 === e && (e = 13),
          32 <= e || 13 === e ? e : 0
        );
      }
      function tt() {
        return !0;
      }
      function ot() {
        return !1;
      }
      function nt(e) {
        function r(r, t, o, n, a) {
          for (var i in ((this._reactName = r),
          (this._targetInst = o),
          (this.type = t),
          (this.nativeEvent = n),
          (this.target = a),
          (this.currentTarget = null),
          e))
            e.hasOwnProperty(i) && ((r = e[i]), (this[i] = r ? r(n) : n[i]));
          return (
            (this.isDefaultPrevented = (
              null != n.defaultPrevented ? n.defaultPrevented : !1 === n.returnValue
            )
              ? tt
              : ot),
            (this.isPropagationStopped = ot),
            this
          );
        }
        return (
          H(r.prototype, {
            preventDefault: function () {
              this.defaultPrevented = !0;
              var e = this.nativeEvent;
              e &&
                (e.preventDefault
                  ? e.preventDefault()
                  : 'unknown' != typeof e.returnValue && (e.returnValue = !1),
                (this.isDefaultPrevented = tt));
            },
            stopPropagation: function () {
              var e = this.nativeEvent;
              e &&
                (e.stopPropagation
                  ? e.stopPropagation()
                  : 'unknown' != typeof e.cancelBubble && (e.cancelBubble = !0),
                (this.isPropagationStopped = tt));
            },
            persist: function () {},
            isPersistent: tt,
          }),
          r
        );
      }
      var at,
        it,
        lt,
        ct = {
          eventPhase: 0,
          bubbles: 0,
          cancelable: 0,
          timeStamp: function (e) {
            return e.timeStamp || Date.now();
          },
          defaultPrevented: 0,
          isTrusted: 0,
        },
        st = nt(ct),
        ut = H({}, ct, { view: 0, detail: 0 }),
        dt = nt(ut),
        ft = H({}, ut, {
          screenX: 0,
          screenY: 0,
          clientX: 0,
          clientY: 0,
          pageX: 0,
          pageY: 0,
          ctrlKey: 0,
          shiftKey: 0,
          altKey: 0,
          metaKey: 0,
          getModifierState: St,
          button: 0,
          buttons: 0,
          relatedTarget: function (e) {
            return void 0 === e.relatedTarget
              ? e.fromElement === e.srcElement
                ? e.toElement
                : e.fromElement
              : e.relatedTarget;
          },
          movementX: function (e) {
            return 'movementX' in e
              ? e.movementX
              : (e !== lt &&
                  (lt && 'mousemove' === e.type
                    ? ((at = e.screenX - lt.screenX), (it = e.screenY - lt.screenY))
                    : (it = at = 0),
                  (lt = e)),
                at);
          },
          movementY: function (e) {
            return 'movementY' in e ? e.movementY : it;
          },
        }),
        gt = nt(ft),
        pt = nt(H({}, ft, { dataTransfer: 0 })),
        vt = nt(H({}, ut, { relatedTarget: 0 })),
        ht = nt(H({}, ct, { animationName: 0, elapsedTime: 0, pseudoElement: 0 })),
        mt = H({}, ct, {
          clipboardData: function (e) {
            return 'clipboardData' in e ? e.clipboardData : window.clipboardData;
          },
        }),
        bt = nt(mt),
        yt = nt(H({}, ct, { data: 0 })),
        kt = {
          Esc: 'Escape',
          Spacebar: ' ',
          Left: 'ArrowLeft',
          Up: 'ArrowUp',
          Right: 'ArrowRight',
          Down: 'ArrowDown',
          Del: 'Delete',
          Win: 'OS',
          Menu: 'ContextMenu',
          Apps: 'ContextMenu',
          Scroll: 'ScrollLock',
          MozPrintableKey: 'Unidentified',
        },
        wt = {
          8: 'Backspace',
          9: 'Tab',
          12: 'Clear',
          13: 'Enter',
          16: 'Shift',
          17: 'Control',
          18: 'Alt',
          19: 'Pause',
          20: 'CapsLock',
          27: 'Escape',
          32: ' ',
          33: 'PageUp',
          34: 'PageDown',
          35: 'End',
          36: 'Home',
          37: 'ArrowLeft',
          38: 'ArrowUp',
          39: 'ArrowRight',
          40: 'ArrowDown',
          45: 'Insert',
          46: 'Delete',
          112: 'F1',
          113: 'F2',
          114: 'F3',
          115: 'F4',
          116: 'F5',
          117: 'F6',
          118: 'F7',
          119: 'F8',
          120: 'F9',
          121: 'F10',
          122: 'F11',
          123: 'F12',
          144: 'NumLock',
          145: 'ScrollLock',
          224: 'Meta',
        },
        Bt = { Alt: 'altKey', Control: 'ctrlKey', Meta: 'metaKey', Shift: 'shiftKey' };
      function xt(e) {
        var r = this.nativeEvent;
        return r.getModifierState ? r.getModifierState(e) : !!(e = Bt[e]) && !!r[e];
      }
      function St() {
        return xt;
      }
      var zt = H({}, ut, {
          key: function (e) {
            if (e.key) {
              var r = kt[e.key] || e.key;
              if ('Unidentified' !== r) return r;
            }
            return 'keypress' === e.type
              ? 13 === (e = rt(e))
                ? 'Enter'
                : String.fromCharCode(e)
              : 'keydown' === e.type || 'keyup' === e.type
                ? wt[e.keyCode] || 'Unidentified'
                : '';
          },
          code: 0,
          location: 0,
          ctrlKey: 0,
          shiftKey: 0,
          altKey: 0,
          metaKey: 0,
          repeat: 0,
          locale: 0,
          getModifierState: St,
          charCode: function (e) {
            return 'keypress' === e.type ? rt(e) : 0;
          },
          keyCode: function (e) {
            return 'keydown' === e.type || 'keyup' === e.type ? e.keyCode : 0;
          },
          which: function (e) {
            return 'keypress' === e.type ? rt(e) : 'keydown' === e.type || 'keyup' === e.type ? e.keyCode : 0;
          },
        }),
        _t = nt(zt),
        Nt = nt(
          H({}, ft, {
            pointerId: 0,
            width: 0,
            height: 0,
            pressure: 0,
            tangentialPressure: 0,
            tiltX: 0,
            tiltY: 0,
            twist: 0,
            pointerType: 0,
            isPrimary: 0,
          }),
        ),
        Pt = nt(
          H({}, ut, {
            touches: 0,
            targetTouches: 0,
            changedTouches: 0,
            altKey: 0,
            metaKey: 0,
            ctrlKey: 0,
            shiftKey: 0,
            getModifierState: St,
          }),
        ),
        Ft = nt(H({}, ct, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 })),
        Tt = H({}, ft, {
          deltaX: function (e) {
            return 'deltaX' in e ? e.deltaX : 'wheelDeltaX' in e ? -e.wheelDeltaX : 0;
          },
          deltaY: function (e) {
            return 'deltaY' in e
              ? e.deltaY
              : 'wheelDeltaY' in e
                ? -e.wheelDeltaY
                : 'wheelDelta' in e
                  ? -e.wheelDelta
                  : 0;
          },
          deltaZ: 0,
          deltaMode: 0,
        }),
        jt = nt(Tt),
        Ct = [9, 13, 27, 32],
        Et = u && 'CompositionEvent' in window,
        qt = null;
      u && 'documentMode' in document && (qt = document.documentMode);
      var Dt = u && 'TextEvent' in window && !qt,
        Rt = u && (!Et || (qt && 8 < qt && 11 >= qt)),
        Ht = String.fromCharCode(32),
        It = !1;
      function Mt(e, r) {
        switch (e) {
          case 'keyup':
            return -1 !== Ct.indexOf(r.keyCode);
          case 'keydown':
            return 229 !== r.keyCode;
          case 'keypress':
          case 'mousedown':
          case 'focusout':
            return !0;
          default:
            return !1;
        }
      }
      function At(e) {
        return 'object' == typeof (e = e.detail) && 'data' in e ? e.data : null;
      }
      var Lt = !1,
        Ot = {
          color: !0,
          date: !0,
          datetime: !0,
          'datetime-local': !0,
          email: !0,
          month: !0,
          number: !0,
          password: !0,
          range: !0,
          search: !0,
          tel: !0,
          text: !0,
          time: !0,
          url: !0,
          week: !0,
        };
      function Wt(e) {
        var r = e && e.nodeName && e.nodeName.toLowerCase();
        return 'input' === r ? !!Ot[e.type] : 'textarea' === r;
      }
      function Vt(e, r, t, o) {
        (_e(o),
          0 < (r = $o(r, 'onChange')).length &&
            ((t = new st('onChange', 'change', null, t, o)), e.push({ event: t, listeners: r })));
      }
      var Xt = null,
        $t = null;
      function Ut(e) {
        Io(e, 0);
      }
      function Gt(e) {
        if (U(wn(e))) return e;
      }
      function Yt(e, r) {
        if ('change' === e) return r;
      }
      var Qt = !1;
      if (u) {
        var Kt;
        if (u) {
          var Jt = 'oninput' in document;
          if (!Jt) {
            var Zt = document.createElement('div');
            (Zt.setAttribute('oninput', 'return;'), (Jt = 'function' == typeof Zt.oninput));
          }
          Kt = Jt;
        } else Kt = !1;
        Qt = Kt && (!document.documentMode || 9 < document.documentMode);
      }
      function eo() {
        Xt && (Xt.detachEvent('onpropertychange', ro), ($t = Xt = null));
      }
      function ro(e) {
        if ('value' === e.propertyName && Gt($t)) {
          var r = [];
          (Vt(r, $t, e, we(e)), je(Ut, r));
        }
      }
      function to(e, r, t) {
        'focusin' === e
          ? (eo(), ($t = t), (Xt = r).attachEvent('onpropertychange', ro))
          : 'focusout' === e && eo();
      }
      function oo(e) {
        if ('selectionchange' === e || 'keyup' === e || 'keydown' === e) return Gt($t);
      }
      function no(e, r) {
        if ('click' === e) return Gt(r);
      }
      function ao(e, r) {
        if ('input' === e || 'change' === e) return Gt(r);
      }
      var io =
        'function' == typeof Object.is
          ? Object.is
          : function (e, r) {
              return (e === r && (0 !== e || 1 / e == 1 / r)) || (e != e && r != r);
            };
      function lo(e, r) {
        if (io(e, r)) return !0;
        if ('object' != typeof e || null === e || 'object' != typeof r || null === r) return !1;
        var t = Object.keys(e),
          o = Object.keys(r);
        if (t.length !== o.length) return !1;
        for (o = 0; o < t.length; o++) {
          var n = t[o];
          if (!d.call(r, n) || !io(e[n], r[n])) return !1;
        }
        return !0;
      }
      function co(e) {
        for (; e && e.firstChild;) e = e.firstChild;
        return e;
      }
      function so(e, r) {
        var t,
          o = co(e);
        for (e = 0; o;) {
          if (3 === o.nodeType) {
            if (((t = e + o.textContent.length), e <= r && t >= r)) return { node: o, offset: r - e };
            e = t;
          }
          e: {
            for (; o;) {
              if (o.nextSibling) {
                o = o.nextSibling;
                break e;
              }
              o = o.parentNode;
            }
            o = void 0;
          }
          o = co(o);
        }
      }
      function uo(e, r) {
        return (
          !(!e || !r) &&
          (e === r ||
            ((!e || 3 !== e.nodeType) &&
              (r && 3 === r.nodeType
                ? uo(e, r.parentNode)
                : 'contains' in e
                  ? e.contains(r)
                  : !!e.compareDocumentPosition && !!(16 & e.compareDocumentPosition(r)))))
        );
      }
      function fo() {
        for (var e = window, r = G(); r instanceof e.HTMLIFrameElement;) {
          try {
            var t = 'string' == typeof r.contentWindow.location.href;
          } catch (e) {
            t = !1;
          }
          if (!t) break;
          r = G((e = r.contentWindow).document);
        }
        return r;
      }
      function go(e) {
        var r = e && e.nodeName && e.nodeName.toLowerCase();
        return (
          r &&
          (('input' === r &&
            ('text' === e.type ||
              'search' === e.type ||
              'tel' === e.type ||
              'url' === e.type ||
              'password' === e.type)) ||
            'textarea' === r ||
            'true' === e.contentEditable)
        );
      }
      function po(e) {
        var r = fo(),
          t = e.focusedElem,
          o = e.selectionRange;
        if (r !== t && t && t.ownerDocument && uo(t.ownerDocument.documentElement, t)) {
          if (null !== o && go(t))
            if (((r = o.start), void 0 === (e = o.end) && (e = r), 'selectionStart' in t))
              ((t.selectionStart = r), (t.selectionEnd = Math.min(e, t.value.length)));
            else if ((e = ((r = t.ownerDocument || document) && r.defaultView) || window).getSelection) {
              e = e.getSelection();
              var n = t.textContent.length,
                a = Math.min(o.start, n);
              ((o = void 0 === o.end ? a : Math.min(o.end, n)),
                !e.extend && a > o && ((n = o), (o = a), (a = n)),
                (n = so(t, a)));
              var i = so(t, o);
              n &&
                i &&
                (1 !== e.rangeCount ||
                  e.anchorNode !== n.node ||
                  e.anchorOffset !== n.offset ||
                  e.focusNode !== i.node ||
                  e.focusOffset !== i.offset) &&
                ((r = r.createRange()).setStart(n.node, n.offset),
                e.removeAllRanges(),
                a > o
                  ? (e.addRange(r), e.extend(i.node, i.offset))
                  : (r.setEnd(i.node, i.offset), e.addRange(r)));
            }
          for (r = [], e = t; (e = e.parentNode);)
            1 === e.nodeType && r.push({ element: e, left: e.scrollLeft, top: e.scrollTop });
          for ('function' == typeof t.focus && t.focus(), t = 0; t < r.length; t++)
            (((e = r[t]).element.scrollLeft = e.left), (e.element.scrollTop = e.top));
        }
      }
      var vo = u && 'documentMode' in document && 11 >= document.documentMode,
        ho = null,
        mo = null,
        bo = null,
        yo = !1;
      function ko(e, r, t) {
        var o = t.window === t ? t.document : 9 === t.nodeType ? t : t.ownerDocument;
        yo ||
          null == ho ||
          ho !== G(o) ||
          ((o =
            'selectionStart' in (o = ho) && go(o)
              ? { start: o.selectionStart, end: o.selectionEnd }
              : {
                  anchorNode: (o = (
                    (o.ownerDocument && o.ownerDocument.defaultView) ||
                    window
                  ).getSelection()).anchorNode,
                  anchorOffset: o.anchorOffset,
                  focusNode: o.focusNode,
                  focusOffset: o.focusOffset,
                }),
          (bo && lo(bo, o)) ||
            ((bo = o),
            0 < (o = $o(mo, 'onSelect')).length &&
              ((r = new st('onSelect', 'select', null, r, t)),
              e.push({ event: r, listeners: o }),
              (r.target = ho))));
      }
      function wo(e, r) {
        var t = {};
        return (
          (t[e.toLowerCase()] = r.toLowerCase()),
          (t['Webkit' + e] = 'webkit' + r),
          (t['Moz' + e] = 'moz' + r),
          t
        );
      }
      var Bo = {
          animationend: wo('Animation', 'AnimationEnd'),
          animationiteration: wo('Animation', 'AnimationIteration'),
          animationstart: wo('Animation', 'AnimationStart'),
          transitionend: wo('Transition', 'TransitionEnd'),
        },
        xo = {},
        So = {};
      function zo(e) {
        if (xo[e]) return xo[e];
        if (!Bo[e]) return e;
        var r,
          t = Bo[e];
        for (r in t) if (t.hasOwnProperty(r) && r in So) return (xo[e] = t[r]);
        return e;
      }
      u &&
        ((So = document.createElement('div').style),
        'AnimationEvent' in window ||
          (delete Bo.animationend.animation,
          delete Bo.animationiteration.animation,
          delete Bo.animationstart.animation),
        'TransitionEvent' in window || delete Bo.transitionend.transition);
      var _o = zo('animationend'),
        No = zo('animationiteration'),
        Po = zo('animationstart'),
        Fo = zo('transitionend'),
        To = new Map(),
        jo =
          'abort auxClick cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel'.split(
            ' ',
          );
      function Co(e, r) {
        (To.set(e, r), c(r, [e]));
      }
      for (var Eo = 0; Eo < jo.length; Eo++) {
        var qo = jo[Eo];
        Co(qo.toLowerCase(), 'on' + (qo[0].toUpperCase() + qo.slice(1)));
      }
      (Co(_o, 'onAnimationEnd'),
        Co(No, 'onAnimationIteration'),
        Co(Po, 'onAnimationStart'),
        Co('dblclick', 'onDoubleClick'),
        Co('focusin', 'onFocus'),
        Co('focusout', 'onBlur'),
        Co(Fo, 'onTransitionEnd'),
        s('onMouseEnter', ['mouseout', 'mouseover']),
        s('onMouseLeave', ['mouseout', 'mouseover']),
        s('onPointerEnter', ['pointerout', 'pointerover']),
        s('onPointerLeave', ['pointerout', 'pointerover']),
        c('onChange', 'change click focusin focusout input keydown keyup selectionchange'.split(' ')),
        c(
          'onSelect',
          'focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange'.split(' '),
        ),
        c('onBeforeInput', ['compositionend', 'keypress', 'textInput', 'paste']),
        c('onCompositionEnd', 'compositionend focusout keydown keypress keyup mousedown'.split(' ')),
        c('onCompositionStart', 'compositionstart focusout keydown keypress keyup mousedown'.split(' ')),
        c('onCompositionUpdate', 'compositionupdate focusout keydown keypress keyup mousedown'.split(' ')));
      var Do =
          'abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting'.split(
            ' ',
          ),
        Ro = new Set('cancel close invalid load scroll toggle'.split(' ').concat(Do));
      function Ho(e, r, t) {
        var o = e.type || 'unknown-event';
        ((e.currentTarget = t),
          (function (e, r, t, o, n, i, l, c, s) {
            if ((Le.apply(this, arguments), Re)) {
              if (!Re) throw Error(a(198));
              var u = He;
              ((Re = !1), (He = null), Ie || ((Ie = !0), (Me = u)));
            }
          })(o, r, void 0, e),
          (e.currentTarget = null));
      }
      function Io(e, r) {
        r = !!(4 & r);
        for (var t = 0; t < e.length; t++) {
          var o = e[t],
            n = o.event;
          o = o.listeners;
          e: {
            var a = void 0;
            if (r)
              for (var i = o.length - 1; 0 <= i; i--) {
                var l = o[i],
                  c = l.instance,
                  s = l.currentTarget;
                if (((l = l.listener), c !== a && n.isPropagationStopped())) break e;
                (Ho(n, l, s), (a = c));
              }
            else
              for (i = 0; i < o.length; i++) {
                if (
                  ((c = (l = o[i]).instance),
                  (s = l.currentTarget),
                  (l = l.listener),
                  c !== a && n.isPropagationStopped())
                )
                  break e;
                (Ho(n, l, s), (a = c));
              }
          }
        }
        if (Ie) throw ((e = Me), (Ie = !1), (Me = null), e);
      }
      function Mo(e, r) {
        var t = r[hn];
        void 0 === t && (t = r[hn] = new Set());
        var o = e + '__bubble';
        t.has(o) || (Wo(r, e, 2, !1), t.add(o));
      }
      function Ao(e, r, t) {
        var o = 0;
        (r && (o |= 4), Wo(t, e, o, r));
      }
      var Lo = '_reactListening' + Math.random().toString(36).slice(2);
      function Oo(e) {
        if (!e[Lo]) {
          ((e[Lo] = !0),
            i.forEach(function (r) {
              'selectionchange' !== r && (Ro.has(r) || Ao(r, !1, e), Ao(r, !0, e));
            }));
          var r = 9 === e.nodeType ? e : e.ownerDocument;
          null === r || r[Lo] || ((r[Lo] = !0), Ao('selectionchange', !1, r));
        }
      }
      function Wo(e, r, t, o) {
        switch (Qr(r)) {
          case 1:
            var n = Xr;
            break;
          case 4:
            n = $r;
            break;
          default:
            n = Ur;
        }
        ((t = n.bind(null, r, t, e)),
          (n = void 0),
          !Ee || ('touchstart' !== r && 'touchmove' !== r && 'wheel' !== r) || (n = !0),
          o
            ? void 0 !== n
              ? e.addEventListener(r, t, { capture: !0, passive: n })
              : e.addEventListener(r, t, !0)
            : void 0 !== n
              ? e.addEventListener(r, t, { passive: n })
              : e.addEventListener(r, t, !1));
      }
      function Vo(e, r, t, o, n) {
        var a = o;
        if (!(1 & r || 2 & r || null === o))
          e: for (;;) {
            if (null === o) return;
            var i = o.tag;
            if (3 === i || 4 === i) {
              var l = o.stateNode.containerInfo;
              if (l === n || (8 === l.nodeType && l.parentNode === n)) break;
              if (4 === i)
                for (i = o.return; null !== i;) {
                  var c = i.tag;
                  if (
                    (3 === c || 4 === c) &&
                    ((c = i.stateNode.containerInfo) === n || (8 === c.nodeType && c.parentNode === n))
                  )
                    return;
                  i = i.return;
                }
              for (; null !== l;) {
                if (null === (i = yn(l))) return;
                if (5 === (c = i.tag) || 6 === c) {
                  o = a = i;
                  continue e;
                }
                l = l.parentNode;
              }
            }
            o = o.return;
          }
        je(function () {
          var o = a,
            n = we(t),
            i = [];
          e: {
            var l = To.get(e);
            if (void 0 !== l) {
              var c = st,
                s = e;
              switch (e) {
                case 'keypress':
                  if (0 === rt(t)) break e;
                case 'keydown':
                case 'keyup':
                  c = _t;
                  break;
                case 'focusin':
                  ((s = 'focus'), (c = vt));
                  break;
                case 'focusout':
                  ((s = 'blur'), (c = vt));
                  break;
                case 'beforeblur':
                case 'afterblur':
                  c = vt;
                  break;
                case 'click':
                  if (2 === t.button) break e;
                case 'auxclick':
                case 'dblclick':
                case 'mousedown':
                case 'mousemove':
                case 'mouseup':
                case 'mouseout':
                case 'mouseover':
                case 'contextmenu':
                  c = gt;
                  break;
                case 'drag':
                case 'dragend':
                case 'dragenter':
                case 'dragexit':
                case 'dragleave':
                case 'dragover':
                case 'dragstart':
                case 'drop':
                  c = pt;
                  break;
                case 'touchcancel':
                case 'touchend':
                case 'touchmove':
                case 'touchstart':
                  c = Pt;
                  break;
                case _o:
                case No:
                case Po:
                  c = ht;
                  break;
                case Fo:
                  c = Ft;
                  break;
                case 'scroll':
                  c = dt;
                  break;
                case 'wheel':
                  c = jt;
                  break;
                case 'copy':
                case 'cut':
                case 'paste':
                  c = bt;
                  break;
                case 'gotpointercapture':
                case 'lostpointercapture':
                case 'pointercancel':
                case 'pointerdown':
                case 'pointermove':
                case 'pointerout':
                case 'pointerover':
                case 'pointerup':
                  c = Nt;
              }
              var u = !!(4 & r),
                d = !u && 'scroll' === e,
                f = u ? (null !== l ? l + 'Capture' : null) : l;
              u = [];
              for (var g, p = o; null !== p;) {
                var v = (g = p).stateNode;
                if (
                  (5 === g.tag &&
                    null !== v &&
                    ((g = v), null !== f && null != (v = Ce(p, f)) && u.push(Xo(p, v, g))),
                  d)
                )
                  break;
                p = p.return;
              }
              0 < u.length && ((l = new c(l, s, null, t, n)), i.push({ event: l, listeners: u }));
            }
          }
          if (!(7 & r)) {
            if (
              ((c = 'mouseout' === e || 'pointerout' === e),
              (!(l = 'mouseover' === e || 'pointerover' === e) ||
                t === ke ||
                !(s = t.relatedTarget || t.fromElement) ||
                (!yn(s) && !s[vn])) &&
                (c || l) &&
                ((l = n.window === n ? n : (l = n.ownerDocument) ? l.defaultView || l.parentWindow : window),
                c
                  ? ((c = o),
                    null !== (s = (s = t.relatedTarget || t.toElement) ? yn(s) : null) &&
                      (s !== (d = Oe(s)) || (5 !== s.tag && 6 !== s.tag)) &&
                      (s = null))
                  : ((c = null), (s = o)),
                c !== s))
            ) {
              if (
                ((u = gt),
                (v = 'onMouseLeave'),
                (f = 'onMouseEnter'),
                (p = 'mouse'),
                ('pointerout' !== e && 'pointerover' !== e) ||
                  ((u = Nt), (v = 'onPointerLeave'), (f = 'onPointerEnter'), (p = 'pointer')),
                (d = null == c ? l : wn(c)),
                (g = null == s ? l : wn(s)),
                ((l = new u(v, p + 'leave', c, t, n)).target = d),
                (l.relatedTarget = g),
                (v = null),
                yn(n) === o &&
                  (((u = new u(f, p + 'enter', s, t, n)).target = g), (u.relatedTarget = d), (v = u)),
                (d = v),
                c && s)
              )
                e: {
                  for (f = s, p = 0, g = u = c; g; g = Uo(g)) p++;
                  for (g = 0, v = f; v; v = Uo(v)) g++;
                  for (; 0 < p - g;) ((u = Uo(u)), p--);
                  for (; 0 < g - p;) ((f = Uo(f)), g--);
                  for (; p--;) {
                    if (u === f || (null !== f && u === f.alternate)) break e;
                    ((u = Uo(u)), (f = Uo(f)));
                  }
                  u = null;
                }
              else u = null;
              (null !== c && Go(i, l, c, u, !1), null !== s && null !== d && Go(i, d, s, u, !0));
            }
            if (
              'select' === (c = (l = o ? wn(o) : window).nodeName && l.nodeName.toLowerCase()) ||
              ('input' === c && 'file' === l.type)
            )
              var h = Yt;
            else if (Wt(l))
              if (Qt) h = ao;
              else {
                h = oo;
                var m = to;
              }
            else
              (c = l.nodeName) &&
                'input' === c.toLowerCase() &&
                ('checkbox' === l.type || 'radio' === l.type) &&
                (h = no);
            switch (
              (h && (h = h(e, o))
                ? Vt(i, h, t, n)
                : (m && m(e, l, o),
                  'focusout' === e &&
                    (m = l._wrapperState) &&
                    m.controlled &&
                    'number' === l.type &&
                    ee(l, 'number', l.value)),
              (m = o ? wn(o) : window),
              e)
            ) {
              case 'focusin':
                (Wt(m) || 'true' === m.contentEditable) && ((ho = m), (mo = o), (bo = null));
                break;
              case 'focusout':
                bo = mo = ho = null;
                break;
              case 'mousedown':
                yo = !0;
                break;
              case 'contextmenu':
              case 'mouseup':
              case 'dragend':
                ((yo = !1), ko(i, t, n));
                break;
              case 'selectionchange':
                if (vo) break;
              case 'keydown':
              case 'keyup':
                ko(i, t, n);
            }
            var b;
            if (Et)
              e: {
                switch (e) {
                  case 'compositionstart':
                    var y = 'onCompositionStart';
                    break e;
                  case 'compositionend':
                    y = 'onCompositionEnd';
                    break e;
                  case 'compositionupdate':
                    y = 'onCompositionUpdate';
                    break e;
                }
                y = void 0;
              }
            else
              Lt
                ? Mt(e, t) && (y = 'onCompositionEnd')
                : 'keydown' === e && 229 === t.keyCode && (y = 'onCompositionStart');
            (y &&
              (Rt &&
                'ko' !== t.locale &&
                (Lt || 'onCompositionStart' !== y
                  ? 'onCompositionEnd' === y && Lt && (b = et())
                  : ((Jr = 'value' in (Kr = n) ? Kr.value : Kr.textContent), (Lt = !0))),
              0 < (m = $o(o, y)).length &&
                ((y = new yt(y, e, null, t, n)),
                i.push({ event: y, listeners: m }),
                (b || null !== (b = At(t))) && (y.data = b))),
              (b = Dt
                ? (function (e, r) {
                    switch (e) {
                      case 'compositionend':
                        return At(r);
                      case 'keypress':
                        return 32 !== r.which ? null : ((It = !0), Ht);
                      case 'textInput':
                        return (e = r.data) === Ht && It ? null : e;
                      default:
                        return null;
                    }
                  })(e, t)
                : (function (e, r) {
                    if (Lt)
                      return 'compositionend' === e || (!Et && Mt(e, r))
                        ? ((e = et()), (Zr = Jr = Kr = null), (Lt = !1), e)
                        : null;
                    switch (e) {
                      case 'paste':
                      default:
                        return null;
                      case 'keypress':
                        if (!(r.ctrlKey || r.altKey || r.metaKey) || (r.ctrlKey && r.altKey)) {
                          if (r.char && 1 < r.char.length) return r.char;
                          if (r.which) return String.fromCharCode(r.which);
                        }
                        return null;
                      case 'compositionend':
                        return Rt && 'ko' !== r.locale ? null : r.data;
                    }
                  })(e, t)) &&
                0 < (o = $o(o, 'onBeforeInput')).length &&
                ((n = new yt('onBeforeInput', 'beforeinput', null, t, n)),
                i.push({ event: n, listeners: o }),
                (n.data = b)));
          }
          Io(i, r);
        });
      }
      function Xo(e, r, t) {
        return { instance: e, listener: r, currentTarget: t };
      }
      function $o(e, r) {
        for (var t = r + 'Capture', o = []; null !== e;) {
          var n = e,
            a = n.stateNode;
          (5 === n.tag &&
            null !== a &&
            ((n = a),
            null != (a = Ce(e, t)) && o.unshift(Xo(e, a, n)),
            null != (a = Ce(e, r)) && o.push(Xo(e, a, n))),
            (e = e.return));
        }
        return o;
      }
      function Uo(e) {
        if (null === e) return null;
        do {
          e = e.return;
        } while (e && 5 !== e.tag);
        return e || null;
      }
      function Go(e, r, t, o, n) {
        for (var a = r._reactName, i = []; null !== t && t !== o;) {
          var l = t,
            c = l.alternate,
            s = l.stateNode;
          if (null !== c && c === o) break;
          (5 === l.tag &&
            null !== s &&
            ((l = s),
            n
              ? null != (c = Ce(t, a)) && i.unshift(Xo(t, c, l))
              : n || (null != (c = Ce(t, a)) && i.push(Xo(t, c, l)))),
            (t = t.return));
        }
        0 !== i.length && e.push({ event: r, listeners: i });
      }
      var Yo = /\r\n?/g,
        Qo = /\u0000|\uFFFD/g;
      function Ko(e) {
        return ('string' == typeof e ? e : '' + e).replace(Yo, '\n').replace(Qo, '');
      }
      function Jo(e, r, t) {
        if (((r = Ko(r)), Ko(e) !== r && t)) throw Error(a(425));
      }
      function Zo() {}
      var en = null,
        rn = null;
      function tn(e, r) {
        return (
          'textarea' === e ||
          'noscript' === e ||
          'string' == typeof r.children ||
          'number' == typeof r.children ||
          ('object' == typeof r.dangerouslySetInnerHTML &&
            null !== r.dangerouslySetInnerHTML &&
            null != r.dangerouslySetInnerHTML.__html)
        );
      }
      var on = 'function' == typeof setTimeout ? setTimeout : void 0,
        nn = 'function' == typeof clearTimeout ? clearTimeout : void 0,
        an = 'function' == typeof Promise ? Promise : void 0,
        ln =
          'function' == typeof queueMicrotask
            ? queueMicrotask
            : void 0 !== an
              ? function (e) {
                  return an.resolve(null).then(e).catch(cn);
                }
              : on;
      function cn(e) {
        setTimeout(function () {
          throw e;
        });
      }
      function sn(e, r) {
        var t = r,
          o = 0;
        do {
          var n = t.nextSibling;
          if ((e.removeChild(t), n && 8 === n.nodeType))
            if ('/$' === (t = n.data)) {
              if (0 === o) return (e.removeChild(n), void Or(r));
              o--;
            } else ('$' !== t && '$?' !== t && '$!' !== t) || o++;
          t = n;
        } while (t);
        Or(r);
      }
      function un(e) {
        for (; null != e; e = e.nextSibling) {
          var r = e.nodeType;
          if (1 === r || 3 === r) break;
          if (8 === r) {
            if ('$' === (r = e.data) || '$!' === r || '$?' === r) break;
            if ('/$' === r) return null;
          }
        }
        return e;
      }
      function dn(e) {
        e = e.previousSibling;
        for (var r = 0; e;) {
          if (8 === e.nodeType) {
            var t = e.data;
            if ('$' === t || '$!' === t || '$?' === t) {
              if (0 === r) return e;
              r--;
            } else '/$' === t && r++;
          }
          e = e.previousSibling;
        }
        return null;
      }
      var fn = Math.random().toString(36).slice(2),
        gn = '__reactFiber$' + fn,
        pn = '__reactProps$' + fn,
        vn = '__reactContainer$' + fn,
        hn = '__reactEvents$' + fn,
        mn = '__reactListeners$' + fn,
        bn = '__reactHandles$' + fn;
      function yn(e) {
        var r = e[gn];
        if (r) return r;
        for (var t = e.parentNode; t;) {
          if ((r = t[vn] || t[gn])) {
            if (((t = r.alternate), null !== r.child || (null !== t && null !== t.child)))
              for (e = dn(e); null !== e;) {
                if ((t = e[gn])) return t;
                e = dn(e);
              }
            return r;
          }
          t = (e = t).parentNode;
        }
        return null;
      }
      function kn(e) {
        return !(e = e[gn] || e[vn]) || (5 !== e.tag && 6 !== e.tag && 13 !== e.tag && 3 !== e.tag)
          ? null
          : e;
      }
      function wn(e) {
        if (5 === e.tag || 6 === e.tag) return e.stateNode;
        throw Error(a(33));
      }
      function Bn(e) {
        return e[pn] || null;
      }
      var xn = [],
        Sn = -1;
      function zn(e) {
        return { current: e };
      }
      function _n(e) {
        0 > Sn || ((e.current = xn[Sn]), (xn[Sn] = null), Sn--);
      }
      function Nn(e, r) {
        (Sn++, (xn[Sn] = e.current), (e.current = r));
      }
      var Pn = {},
        Fn = zn(Pn),
        Tn = zn(!1),
        jn = Pn;
      function Cn(e, r) {
        var t = e.type.contextTypes;
        if (!t) return Pn;
        var o = e.stateNode;
        if (o && o.__reactInternalMemoizedUnmaskedChildContext === r)
          return o.__reactInternalMemoizedMaskedChildContext;
        var n,
          a = {};
        for (n in t) a[n] = r[n];
        return (
          o &&
            (((e = e.stateNode).__reactInternalMemoizedUnmaskedChildContext = r),
            (e.__reactInternalMemoizedMaskedChildContext = a)),
          a
        );
      }
      function En(e) {
        return null != e.childContextTypes;
      }
      function qn() {
        (_n(Tn), _n(Fn));
      }
      function Dn(e, r, t) {
        if (Fn.current !== Pn) throw Error(a(168));
        (Nn(Fn, r), Nn(Tn, t));
      }
      function Rn(e, r, t) {
        var o = e.stateNode;
        if (((r = r.childContextTypes), 'function' != typeof o.getChildContext)) return t;
        for (var n in (o = o.getChildContext())) if (!(n in r)) throw Error(a(108, W(e) || 'Unknown', n));
        return H({}, t, o);
      }
      function Hn(e) {
        return (
          (e = ((e = e.stateNode) && e.__reactInternalMemoizedMergedChildContext) || Pn),
          (jn = Fn.current),
          Nn(Fn, e),
          Nn(Tn, Tn.current),
          !0
        );
      }
      function In(e, r, t) {
        var o = e.stateNode;
        if (!o) throw Error(a(169));
        (t
          ? ((e = Rn(e, r, jn)), (o.__reactInternalMemoizedMergedChildContext = e), _n(Tn), _n(Fn), Nn(Fn, e))
          : _n(Tn),
          Nn(Tn, t));
      }
      var Mn = null,
        An = !1,
        Ln = !1;
      function On(e) {
        null === Mn ? (Mn = [e]) : Mn.push(e);
      }
      function Wn() {
        if (!Ln && null !== Mn) {
          Ln = !0;
          var e = 0,
            r = yr;
          try {
            var t = Mn;
            for (yr = 1; e < t.length; e++) {
              var o = t[e];
              do {
                o = o(!0);
              } while (null !== o);
            }
            ((Mn = null), (An = !1));
          } catch (r) {
            throw (null !== Mn && (Mn = Mn.slice(e + 1)), Ue(Ze, Wn), r);
          } finally {
            ((yr = r), (Ln = !1));
          }
        }
        return null;
      }
      var Vn = [],
        Xn = 0,
        $n = null,
        Un = 0,
        Gn = [],
        Yn = 0,
        Qn = null,
        Kn = 1,
        Jn = '';
      function Zn(e, r) {
        ((Vn[Xn++] = Un), (Vn[Xn++] = $n), ($n = e), (Un = r));
      }
      function ea(e, r, t) {
        ((Gn[Yn++] = Kn), (Gn[Yn++] = Jn), (Gn[Yn++] = Qn), (Qn = e));
        var o = Kn;
        e = Jn;
        var n = 32 - ir(o) - 1;
        ((o &= ~(1 << n)), (t += 1));
        var a = 32 - ir(r) + n;
        if (30 < a) {
          var i = n - (n % 5);
          ((a = (o & ((1 << i) - 1)).toString(32)),
            (o >>= i),
            (n -= i),
            (Kn = (1 << (32 - ir(r) + n)) | (t << n) | o),
            (Jn = a + e));
        } else ((Kn = (1 << a) | (t << n) | o), (Jn = e));
      }
      function ra(e) {
        null !== e.return && (Zn(e, 1), ea(e, 1, 0));
      }
      function ta(e) {
        for (; e === $n;) (($n = Vn[--Xn]), (Vn[Xn] = null), (Un = Vn[--Xn]), (Vn[Xn] = null));
        for (; e === Qn;)
          ((Qn = Gn[--Yn]),
            (Gn[Yn] = null),
            (Jn = Gn[--Yn]),
            (Gn[Yn] = null),
            (Kn = Gn[--Yn]),
            (Gn[Yn] = null));
      }
      var oa = null,
        na = null,
        aa = !1,
        ia = null;
      function la(e, r) {
        var t = Ts(5, null, null, 0);
        ((t.elementType = 'DELETED'),
          (t.stateNode = r),
          (t.return = e),
          null === (r = e.deletions) ? ((e.deletions = [t]), (e.flags |= 16)) : r.push(t));
      }
      function ca(e, r) {
        switch (e.tag) {
          case 5:
            var t = e.type;
            return (
              null !== (r = 1 !== r.nodeType || t.toLowerCase() !== r.nodeName.toLowerCase() ? null : r) &&
              ((e.stateNode = r), (oa = e), (na = un(r.firstChild)), !0)
            );
          case 6:
            return (
              null !== (r = '' === e.pendingProps || 3 !== r.nodeType ? null : r) &&
              ((e.stateNode = r), (oa = e), (na = null), !0)
            );
          case 13:
            return (
              null !== (r = 8 !== r.nodeType ? null : r) &&
              ((t = null !== Qn ? { id: Kn, overflow: Jn } : null),
              (e.memoizedState = { dehydrated: r, treeContext: t, retryLane: 1073741824 }),
              ((t = Ts(18, null, null, 0)).stateNode = r),
              (t.return = e),
              (e.child = t),
              (oa = e),
              (na = null),
              !0)
            );
          default:
            return !1;
        }
      }
      function sa(e) {
        return !(!(1 & e.mode) || 128 & e.flags);
      }
      function ua(e) {
        if (aa) {
          var r = na;
          if (r) {
            var t = r;
            if (!ca(e, r)) {
              if (sa(e)) throw Error(a(418));
              r = un(t.nextSibling);
              var o = oa;
              r && ca(e, r) ? la(o, t) : ((e.flags = (-4097 & e.flags) | 2), (aa = !1), (oa = e));
            }
          } else {
            if (sa(e)) throw Error(a(418));
            ((e.flags = (-4097 & e.flags) | 2), (aa = !1), (oa = e));
          }
        }
      }
      function da(e) {
        for (e = e.return; null !== e && 5 !== e.tag && 3 !== e.tag && 13 !== e.tag;) e = e.return;
        oa = e;
      }
      function fa(e) {
        if (e !== oa) return !1;
        if (!aa) return (da(e), (aa = !0), !1);
        var r;
        if (
          ((r = 3 !== e.tag) &&
            !(r = 5 !== e.tag) &&
            (r = 'head' !== (r = e.type) && 'body' !== r && !tn(e.type, e.memoizedProps)),
          r && (r = na))
        ) {
          if (sa(e)) throw (ga(), Error(a(418)));
          for (; r;) (la(e, r), (r = un(r.nextSibling)));
        }
        if ((da(e), 13 === e.tag)) {
          if (!(e = null !== (e = e.memoizedState) ? e.dehydrated : null)) throw Error(a(317));
          e: {
            for (e = e.nextSibling, r = 0; e;) {
              if (8 === e.nodeType) {
                var t = e.data;
                if ('/$' === t) {
                  if (0 === r) {
                    na = un(e.nextSibling);
                    break e;
                  }
                  r--;
                } else ('$' !== t && '$!' !== t && '$?' !== t) || r++;
              }
              e = e.nextSibling;
            }
            na = null;
          }
        } else na = oa ? un(e.stateNode.nextSibling) : null;
        return !0;
      }
      function ga() {
        for (var e = na; e;) e = un(e.nextSibling);
      }
      function pa() {
        ((na = oa = null), (aa = !1));
      }
      function va(e) {
        null === ia ? (ia = [e]) : ia.push(e);
      }
      var ha = k.ReactCurrentBatchConfig;
      function ma(e, r, t) {
        if (null !== (e = t.ref) && 'function' != typeof e && 'object' != typeof e) {
          if (t._owner) {
            if ((t = t._owner)) {
              if (1 !== t.tag) throw Error(a(309));
              var o = t.stateNode;
            }
            if (!o) throw Error(a(147, e));
            var n = o,
              i = '' + e;
            return null !== r && null !== r.ref && 'function' == typeof r.ref && r.ref._stringRef === i
              ? r.ref
              : ((r = function (e) {
                  var r = n.refs;
                  null === e ? delete r[i] : (r[i] = e);
                }),
                (r._stringRef = i),
                r);
          }
          if ('string' != typeof e) throw Error(a(284));
          if (!t._owner) throw Error(a(290, e));
        }
        return e;
      }
      function ba(e, r) {
        throw (
          (e = Object.prototype.toString.call(r)),
          Error(a(31, '[object Object]' === e ? 'object with keys {' + Object.keys(r).join(', ') + '}' : e))
        );
      }
      function ya(e) {
        return (0, e._init)(e._payload);
      }
      function ka(e) {
        function r(r, t) {
          if (e) {
            var o = r.deletions;
            null === o ? ((r.deletions = [t]), (r.flags |= 16)) : o.push(t);
          }
        }
        function t(t, o) {
          if (!e) return null;
          for (; null !== o;) (r(t, o), (o = o.sibling));
          return null;
        }
        function o(e, r) {
          for (e = new Map(); null !== r;)
            (null !== r.key ? e.set(r.key, r) : e.set(r.index, r), (r = r.sibling));
          return e;
        }
        function n(e, r) {
          return (((e = Cs(e, r)).index = 0), (e.sibling = null), e);
        }
        function i(r, t, o) {
          return (
            (r.index = o),
            e
              ? null !== (o = r.alternate)
                ? (o = o.index) < t
                  ? ((r.flags |= 2), t)
                  : o
                : ((r.flags |= 2), t)
              : ((r.flags |= 1048576), t)
          );
        }
        function l(r) {
          return (e && null === r.alternate && (r.flags |= 2), r);
        }
        function c(e, r, t, o) {
          return null === r || 6 !== r.tag
            ? (((r = Rs(t, e.mode, o)).return = e), r)
            : (((r = n(r, t)).return = e), r);
        }
        function s(e, r, t, o) {
          var a = t.type;
          return a === x
            ? d(e, r, t.props.children, o, t.key)
            : null !== r &&
                (r.elementType === a ||
                  ('object' == typeof a && null !== a && a.$$typeof === C && ya(a) === r.type))
              ? (((o = n(r, t.props)).ref = ma(e, r, t)), (o.return = e), o)
              : (((o = Es(t.type, t.key, t.props, null, e.mode, o)).ref = ma(e, r, t)), (o.return = e), o);
        }
        function u(e, r, t, o) {
          return null === r ||
            4 !== r.tag ||
            r.stateNode.containerInfo !== t.containerInfo ||
            r.stateNode.implementation !== t.implementation
            ? (((r = Hs(t, e.mode, o)).return = e), r)
            : (((r = n(r, t.children || [])).return = e), r);
        }
        function d(e, r, t, o, a) {
          return null === r || 7 !== r.tag
            ? (((r = qs(t, e.mode, o, a)).return = e), r)
            : (((r = n(r, t)).return = e), r);
        }
        function f(e, r, t) {
          if (('string' == typeof r && '' !== r) || 'number' == typeof r)
            return (((r = Rs('' + r, e.mode, t)).return = e), r);
          if ('object' == typeof r && null !== r) {
            switch (r.$$typeof) {
              case w:
                return (
                  ((t = Es(r.type, r.key, r.props, null, e.mode, t)).ref = ma(e, null, r)),
                  (t.return = e),
                  t
                );
              case B:
                return (((r = Hs(r, e.mode, t)).return = e), r);
              case C:
                return f(e, (0, r._init)(r._payload), t);
            }
            if (re(r) || D(r)) return (((r = qs(r, e.mode, t, null)).return = e), r);
            ba(e, r);
          }
          return null;
        }
        function g(e, r, t, o) {
          var n = null !== r ? r.key : null;
          if (('string' == typeof t && '' !== t) || 'number' == typeof t)
            return null !== n ? null : c(e, r, '' + t, o);
          if ('object' == typeof t && null !== t) {
            switch (t.$$typeof) {
              case w:
                return t.key === n ? s(e, r, t, o) : null;
              case B:
                return t.key === n ? u(e, r, t, o) : null;
              case C:
                return g(e, r, (n = t._init)(t._payload), o);
            }
            if (re(t) || D(t)) return null !== n ? null : d(e, r, t, o, null);
            ba(e, t);
          }
          return null;
        }
        function p(e, r, t, o, n) {
          if (('string' == typeof o && '' !== o) || 'number' == typeof o)
            return c(r, (e = e.get(t) || null), '' + o, n);
          if ('object' == typeof o && null !== o) {
            switch (o.$$typeof) {
              case w:
                return s(r, (e = e.get(null === o.key ? t : o.key) || null), o, n);
              case B:
                return u(r, (e = e.get(null === o.key ? t : o.key) || null), o, n);
              case C:
                return p(e, r, t, (0, o._init)(o._payload), n);
            }
            if (re(o) || D(o)) return d(r, (e = e.get(t) || null), o, n, null);
            ba(r, o);
          }
          return null;
        }
        function v(n, a, l, c) {
          for (var s = null, u = null, d = a, v = (a = 0), h = null; null !== d && v < l.length; v++) {
            d.index > v ? ((h = d), (d = null)) : (h = d.sibling);
            var m = g(n, d, l[v], c);
            if (null === m) {
              null === d && (d = h);
              break;
            }
            (e && d && null === m.alternate && r(n, d),
              (a = i(m, a, v)),
              null === u ? (s = m) : (u.sibling = m),
              (u = m),
              (d = h));
          }
          if (v === l.length) return (t(n, d), aa && Zn(n, v), s);
          if (null === d) {
            for (; v < l.length; v++)
              null !== (d = f(n, l[v], c)) &&
                ((a = i(d, a, v)), null === u ? (s = d) : (u.sibling = d), (u = d));
            return (aa && Zn(n, v), s);
          }
          for (d = o(n, d); v < l.length; v++)
            null !== (h = p(d, n, v, l[v], c)) &&
              (e && null !== h.alternate && d.delete(null === h.key ? v : h.key),
              (a = i(h, a, v)),
              null === u ? (s = h) : (u.sibling = h),
              (u = h));
          return (
            e &&
              d.forEach(function (e) {
                return r(n, e);
              }),
            aa && Zn(n, v),
            s
          );
        }
        function h(n, l, c, s) {
          var u = D(c);
          if ('function' != typeof u) throw Error(a(150));
          if (null == (c = u.call(c))) throw Error(a(151));
          for (
            var d = (u = null), v = l, h = (l = 0), m = null, b = c.next();
            null !== v && !b.done;
            h++, b = c.next()
          ) {
            v.index > h ? ((m = v), (v = null)) : (m = v.sibling);
            var y = g(n, v, b.value, s);
            if (null === y) {
              null === v && (v = m);
              break;
            }
            (e && v && null === y.alternate && r(n, v),
              (l = i(y, l, h)),
              null === d ? (u = y) : (d.sibling = y),
              (d = y),
              (v = m));
          }
          if (b.done) return (t(n, v), aa && Zn(n, h), u);
          if (null === v) {
            for (; !b.done; h++, b = c.next())
              null !== (b = f(n, b.value, s)) &&
                ((l = i(b, l, h)), null === d ? (u = b) : (d.sibling = b), (d = b));
            return (aa && Zn(n, h), u);
          }
          for (v = o(n, v); !b.done; h++, b = c.next())
            null !== (b = p(v, n, h, b.value, s)) &&
              (e && null !== b.alternate && v.delete(null === b.key ? h : b.key),
              (l = i(b, l, h)),
              null === d ? (u = b) : (d.sibling = b),
              (d = b));
          return (
            e &&
              v.forEach(function (e) {
                return r(n, e);
              }),
            aa && Zn(n, h),
            u
          );
        }
        return function e(o, a, i, c) {
          if (
            ('object' == typeof i && null !== i && i.type === x && null === i.key && (i = i.props.children),
            'object' == typeof i && null !== i)
          ) {
            switch (i.$$typeof) {
              case w:
                e: {
                  for (var s = i.key, u = a; null !== u;) {
                    if (u.key === s) {
                      if ((s = i.type) === x) {
                        if (7 === u.tag) {
                          (t(o, u.sibling), ((a = n(u, i.props.children)).return = o), (o = a));
                          break e;
                        }
                      } else if (
                        u.elementType === s ||
                        ('object' == typeof s && null !== s && s.$$typeof === C && ya(s) === u.type)
                      ) {
                        (t(o, u.sibling), ((a = n(u, i.props)).ref = ma(o, u, i)), (a.return = o), (o = a));
                        break e;
                      }
                      t(o, u);
                      break;
                    }
                    (r(o, u), (u = u.sibling));
                  }
                  i.type === x
                    ? (((a = qs(i.props.children, o.mode, c, i.key)).return = o), (o = a))
                    : (((c = Es(i.type, i.key, i.props, null, o.mode, c)).ref = ma(o, a, i)),
                      (c.return = o),
                      (o = c));
                }
                return l(o);
              case B:
                e: {
                  for (u = i.key; null !== a;) {
                    if (a.key === u) {
                      if (
                        4 === a.tag &&
                        a.stateNode.containerInfo === i.containerInfo &&
                        a.stateNode.implementation === i.implementation
                      ) {
                        (t(o, a.sibling), ((a = n(a, i.children || [])).return = o), (o = a));
                        break e;
                      }
                      t(o, a);
                      break;
                    }
                    (r(o, a), (a = a.sibling));
                  }
                  (((a = Hs(i, o.mode, c)).return = o), (o = a));
                }
                return l(o);
              case C:
                return e(o, a, (u = i._init)(i._payload), c);
            }
            if (re(i)) return v(o, a, i, c);
            if (D(i)) return h(o, a, i, c);
            ba(o, i);
          }
          return ('string' == typeof i && '' !== i) || 'number' == typeof i
            ? ((i = '' + i),
              null !== a && 6 === a.tag
                ? (t(o, a.sibling), ((a = n(a, i)).return = o), (o = a))
                : (t(o, a), ((a = Rs(i, o.mode, c)).return = o), (o = a)),
              l(o))
            : t(o, a);
        };
      }
      var wa = ka(!0),
        Ba = ka(!1),
        xa = zn(null),
        Sa = null,
        za = null,
        _a = null;
      function Na() {
        _a = za = Sa = null;
      }
      function Pa(e) {
        var r = xa.current;
        (_n(xa), (e._currentValue = r));
      }
      function Fa(e, r, t) {
        for (; null !== e;) {
          var o = e.alternate;
          if (
            ((e.childLanes & r) !== r
              ? ((e.childLanes |= r), null !== o && (o.childLanes |= r))
              : null !== o && (o.childLanes & r) !== r && (o.childLanes |= r),
            e === t)
          )
            break;
          e = e.return;
        }
      }
      function Ta(e, r) {
        ((Sa = e),
          (_a = za = null),
          null !== (e = e.dependencies) &&
            null !== e.firstContext &&
            (0 !== (e.lanes & r) && (yl = !0), (e.firstContext = null)));
      }
      function ja(e) {
        var r = e._currentValue;
        if (_a !== e)
          if (((e = { context: e, memoizedValue: r, next: null }), null === za)) {
            if (null === Sa) throw Error(a(308));
            ((za = e), (Sa.dependencies = { lanes: 0, firstContext: e }));
          } else za = za.next = e;
        return r;
      }
      var Ca = null;
      function Ea(e) {
        null === Ca ? (Ca = [e]) : Ca.push(e);
      }
      function qa(e, r, t, o) {
        var n = r.interleaved;
        return (
          null === n ? ((t.next = t), Ea(r)) : ((t.next = n.next), (n.next = t)),
          (r.interleaved = t),
          Da(e, o)
        );
      }
      function Da(e, r) {
        e.lanes |= r;
        var t = e.alternate;
        for (null !== t && (t.lanes |= r), t = e, e = e.return; null !== e;)
          ((e.childLanes |= r), null !== (t = e.alternate) && (t.childLanes |= r), (t = e), (e = e.return));
        return 3 === t.tag ? t.stateNode : null;
      }
      var Ra = !1;
      function Ha(e) {
        e.updateQueue = {
          baseState: e.memoizedState,
          firstBaseUpdate: null,
          lastBaseUpdate: null,
          shared: { pending: null, interleaved: null, lanes: 0 },
          effects: null,
        };
      }
      function Ia(e, r) {
        ((e = e.updateQueue),
          r.updateQueue === e &&
            (r.updateQueue = {
              baseState: e.baseState,
              firstBaseUpdate: e.firstBaseUpdate,
              lastBaseUpdate: e.lastBaseUpdate,
              shared: e.shared,
              effects: e.effects,
            }));
      }
      function Ma(e, r) {
        return { eventTime: e, lane: r, tag: 0, payload: null, callback: null, next: null };
      }
      function Aa(e, r, t) {
        var o = e.updateQueue;
        if (null === o) return null;
        if (((o = o.shared), 2 & Nc)) {
          var n = o.pending;
          return (null === n ? (r.next = r) : ((r.next = n.next), (n.next = r)), (o.pending = r), Da(e, t));
        }
        return (
          null === (n = o.interleaved) ? ((r.next = r), Ea(o)) : ((r.next = n.next), (n.next = r)),
          (o.interleaved = r),
          Da(e, t)
        );
      }
      function La(e, r, t) {
        if (null !== (r = r.updateQueue) && ((r = r.shared), 4194240 & t)) {
          var o = r.lanes;
          ((t |= o &= e.pendingLanes), (r.lanes = t), br(e, t));
        }
      }
      function Oa(e, r) {
        var t = e.updateQueue,
          o = e.alternate;
        if (null !== o && t === (o = o.updateQueue)) {
          var n = null,
            a = null;
          if (null !== (t = t.firstBaseUpdate)) {
            do {
              var i = {
                eventTime: t.eventTime,
                lane: t.lane,
                tag: t.tag,
                payload: t.payload,
                callback: t.callback,
                next: null,
              };
              (null === a ? (n = a = i) : (a = a.next = i), (t = t.next));
            } while (null !== t);
            null === a ? (n = a = r) : (a = a.next = r);
          } else n = a = r;
          return (
            (t = {
              baseState: o.baseState,
              firstBaseUpdate: n,
              lastBaseUpdate: a,
              shared: o.shared,
              effects: o.effects,
            }),
            void (e.updateQueue = t)
          );
        }
        (null === (e = t.lastBaseUpdate) ? (t.firstBaseUpdate = r) : (e.next = r), (t.lastBaseUpdate = r));
      }
      function Wa(e, r, t, o) {
        var n = e.updateQueue;
        Ra = !1;
        var a = n.firstBaseUpdate,
          i = n.lastBaseUpdate,
          l = n.shared.pending;
        if (null !== l) {
          n.shared.pending = null;
          var c = l,
            s = c.next;
          ((c.next = null), null === i ? (a = s) : (i.next = s), (i = c));
          var u = e.alternate;
          null !== u &&
            (l = (u = u.updateQueue).lastBaseUpdate) !== i &&
            (null === l ? (u.firstBaseUpdate = s) : (l.next = s), (u.lastBaseUpdate = c));
        }
        if (null !== a) {
          var d = n.baseState;
          for (i = 0, u = s = c = null, l = a; ;) {
            var f = l.lane,
              g = l.eventTime;
            if ((o & f) === f) {
              null !== u &&
                (u = u.next =
                  {
                    eventTime: g,
                    lane: 0,
                    tag: l.tag,
                    payload: l.payload,
                    callback: l.callback,
                    next: null,
                  });
              e: {
                var p = e,
                  v = l;
                switch (((f = r), (g = t), v.tag)) {
                  case 1:
                    if ('function' == typeof (p = v.payload)) {
                      d = p.call(g, d, f);
                      break e;
                    }
                    d = p;
                    break e;
                  case 3:
                    p.flags = (-65537 & p.flags) | 128;
                  case 0:
                    if (null == (f = 'function' == typeof (p = v.payload) ? p.call(g, d, f) : p)) break e;
                    d = H({}, d, f);
                    break e;
                  case 2:
                    Ra = !0;
                }
              }
              null !== l.callback &&
                0 !== l.lane &&
                ((e.flags |= 64), null === (f = n.effects) ? (n.effects = [l]) : f.push(l));
            } else
              ((g = {
                eventTime: g,
                lane: f,
                tag: l.tag,
                payload: l.payload,
                callback: l.callback,
                next: null,
              }),
                null === u ? ((s = u = g), (c = d)) : (u = u.next = g),
                (i |= f));
            if (null === (l = l.next)) {
              if (null === (l = n.shared.pending)) break;
              ((l = (f = l).next), (f.next = null), (n.lastBaseUpdate = f), (n.shared.pending = null));
            }
          }
          if (
            (null === u && (c = d),
            (n.baseState = c),
            (n.firstBaseUpdate = s),
            (n.lastBaseUpdate = u),
            null !== (r = n.shared.interleaved))
          ) {
            n = r;
            do {
              ((i |= n.lane), (n = n.next));
            } while (n !== r);
          } else null === a && (n.shared.lanes = 0);
          ((Dc |= i), (e.lanes = i), (e.memoizedState = d));
        }
      }
      function Va(e, r, t) {
        if (((e = r.effects), (r.effects = null), null !== e))
          for (r = 0; r < e.length; r++) {
            var o = e[r],
              n = o.callback;
            if (null !== n) {
              if (((o.callback = null), (o = t), 'function' != typeof n)) throw Error(a(191, n));
              n.call(o);
            }
          }
      }
      var Xa = {},
        $a = zn(Xa),
        Ua = zn(Xa),
        Ga = zn(Xa);
      function Ya(e) {
        if (e === Xa) throw Error(a(174));
        return e;
      }
      function Qa(e, r) {
        switch ((Nn(Ga, r), Nn(Ua, e), Nn($a, Xa), (e = r.nodeType))) {
          case 9:
          case 11:
            r = (r = r.documentElement) ? r.namespaceURI : ce(null, '');
            break;
          default:
            r = ce((r = (e = 8 === e ? r.parentNode : r).namespaceURI || null), (e = e.tagName));
        }
        (_n($a), Nn($a, r));
      }
      function Ka() {
        (_n($a), _n(Ua), _n(Ga));
      }
      function Ja(e) {
        Ya(Ga.current);
        var r = Ya($a.current),
          t = ce(r, e.type);
        r !== t && (Nn(Ua, e), Nn($a, t));
      }
      function Za(e) {
        Ua.current === e && (_n($a), _n(Ua));
      }
      var ei = zn(0);
      function ri(e) {
        for (var r = e; null !== r;) {
          if (13 === r.tag) {
            var t = r.memoizedState;
            if (null !== t && (null === (t = t.dehydrated) || '$?' === t.data || '$!' === t.data)) return r;
          } else if (19 === r.tag && void 0 !== r.memoizedProps.revealOrder) {
            if (128 & r.flags) return r;
          } else if (null !== r.child) {
            ((r.child.return = r), (r = r.child));
            continue;
          }
          if (r === e) break;
          for (; null === r.sibling;) {
            if (null === r.return || r.return === e) return null;
            r = r.return;
          }
          ((r.sibling.return = r.return), (r = r.sibling));
        }
        return null;
      }
      var ti = [];
      function oi() {
        for (var e = 0; e < ti.length; e++) ti[e]._workInProgressVersionPrimary = null;
        ti.length = 0;
      }
      var ni = k.ReactCurrentDispatcher,
        ai = k.ReactCurrentBatchConfig,
        ii = 0,
        li = null,
        ci = null,
        si = null,
        ui = !1,
        di = !1,
        fi = 0,
        gi = 0;
      function pi() {
        throw Error(a(321));
      }
      function vi(e, r) {
        if (null === r) return !1;
        for (var t = 0; t < r.length && t < e.length; t++) if (!io(e[t], r[t])) return !1;
        return !0;
      }
      function hi(e, r, t, o, n, i) {
        if (
          ((ii = i),
          (li = r),
          (r.memoizedState = null),
          (r.updateQueue = null),
          (r.lanes = 0),
          (ni.current = null === e || null === e.memoizedState ? Zi : el),
          (e = t(o, n)),
          di)
        ) {
          i = 0;
          do {
            if (((di = !1), (fi = 0), 25 <= i)) throw Error(a(301));
            ((i += 1), (si = ci = null), (r.updateQueue = null), (ni.current = rl), (e = t(o, n)));
          } while (di);
        }
        if (
          ((ni.current = Ji),
          (r = null !== ci && null !== ci.next),
          (ii = 0),
          (si = ci = li = null),
          (ui = !1),
          r)
        )
          throw Error(a(300));
        return e;
      }
      function mi() {
        var e = 0 !== fi;
        return ((fi = 0), e);
      }
      function bi() {
        var e = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
        return (null === si ? (li.memoizedState = si = e) : (si = si.next = e), si);
      }
      function yi() {
        if (null === ci) {
          var e = li.alternate;
          e = null !== e ? e.memoizedState : null;
        } else e = ci.next;
        var r = null === si ? li.memoizedState : si.next;
        if (null !== r) ((si = r), (ci = e));
        else {
          if (null === e) throw Error(a(310));
          ((e = {
            memoizedState: (ci = e).memoizedState,
            baseState: ci.baseState,
            baseQueue: ci.baseQueue,
            queue: ci.queue,
            next: null,
          }),
            null === si ? (li.memoizedState = si = e) : (si = si.next = e));
        }
        return si;
      }
      function ki(e, r) {
        return 'function' == typeof r ? r(e) : r;
      }
      function wi(e) {
        var r = yi(),
          t = r.queue;
        if (null === t) throw Error(a(311));
        t.lastRenderedReducer = e;
        var o = ci,
          n = o.baseQueue,
          i = t.pending;
        if (null !== i) {
          if (null !== n) {
            var l = n.next;
            ((n.next = i.next), (i.next = l));
          }
          ((o.baseQueue = n = i), (t.pending = null));
        }
        if (null !== n) {
          ((i = n.next), (o = o.baseState));
          var c = (l = null),
            s = null,
            u = i;
          do {
            var d = u.lane;
            if ((ii & d) === d)
              (null !== s &&
                (s = s.next =
                  {
                    lane: 0,
                    action: u.action,
                    hasEagerState: u.hasEagerState,
                    eagerState: u.eagerState,
                    next: null,
                  }),
                (o = u.hasEagerState ? u.eagerState : e(o, u.action)));
            else {
              var f = {
                lane: d,
                action: u.action,
                hasEagerState: u.hasEagerState,
                eagerState: u.eagerState,
                next: null,
              };
              (null === s ? ((c = s = f), (l = o)) : (s = s.next = f), (li.lanes |= d), (Dc |= d));
            }
            u = u.next;
          } while (null !== u && u !== i);
          (null === s ? (l = o) : (s.next = c),
            io(o, r.memoizedState) || (yl = !0),
            (r.memoizedState = o),
            (r.baseState = l),
            (r.baseQueue = s),
            (t.lastRenderedState = o));
        }
        if (null !== (e = t.interleaved)) {
          n = e;
          do {
            ((i = n.lane), (li.lanes |= i), (Dc |= i), (n = n.next));
          } while (n !== e);
        } else null === n && (t.lanes = 0);
        return [r.memoizedState, t.dispatch];
      }
      function Bi(e) {
        var r = yi(),
          t = r.queue;
        if (null === t) throw Error(a(311));
        t.lastRenderedReducer = e;
        var o = t.dispatch,
          n = t.pending,
          i = r.memoizedState;
        if (null !== n) {
          t.pending = null;
          var l = (n = n.next);
          do {
            ((i = e(i, l.action)), (l = l.next));
          } while (l !== n);
          (io(i, r.memoizedState) || (yl = !0),
            (r.memoizedState = i),
            null === r.baseQueue && (r.baseState = i),
            (t.lastRenderedState = i));
        }
        return [i, o];
      }
      function xi() {}
      function Si(e, r) {
        var t = li,
          o = yi(),
          n = r(),
          i = !io(o.memoizedState, n);
        if (
          (i && ((o.memoizedState = n), (yl = !0)),
          (o = o.queue),
          Ri(Ni.bind(null, t, o, e), [e]),
          o.getSnapshot !== r || i || (null !== si && 1 & si.memoizedState.tag))
        ) {
          if (((t.flags |= 2048), ji(9, _i.bind(null, t, o, n, r), void 0, null), null === Pc))
            throw Error(a(349));
          30 & ii || zi(t, r, n);
        }
        return n;
      }
      function zi(e, r, t) {
        ((e.flags |= 16384),
          (e = { getSnapshot: r, value: t }),
          null === (r = li.updateQueue)
            ? ((r = { lastEffect: null, stores: null }), (li.updateQueue = r), (r.stores = [e]))
            : null === (t = r.stores)
              ? (r.stores = [e])
              : t.push(e));
      }
      function _i(e, r, t, o) {
        ((r.value = t), (r.getSnapshot = o), Pi(r) && Fi(e));
      }
      function Ni(e, r, t) {
        return t(function () {
          Pi(r) && Fi(e);
        });
      }
      function Pi(e) {
        var r = e.getSnapshot;
        e = e.value;
        try {
          var t = r();
          return !io(e, t);
        } catch (e) {
          return !0;
        }
      }
      function Fi(e) {
        var r = Da(e, 1);
        null !== r && rs(r, e, 1, -1);
      }
      function Ti(e) {
        var r = bi();
        return (
          'function' == typeof e && (e = e()),
          (r.memoizedState = r.baseState = e),
          (e = {
            pending: null,
            interleaved: null,
            lanes: 0,
            dispatch: null,
            lastRenderedReducer: ki,
            lastRenderedState: e,
          }),
          (r.queue = e),
          (e = e.dispatch = Gi.bind(null, li, e)),
          [r.memoizedState, e]
        );
      }
      function ji(e, r, t, o) {
        return (
          (e = { tag: e, create: r, destroy: t, deps: o, next: null }),
          null === (r = li.updateQueue)
            ? ((r = { lastEffect: null, stores: null }), (li.updateQueue = r), (r.lastEffect = e.next = e))
            : null === (t = r.lastEffect)
              ? (r.lastEffect = e.next = e)
              : ((o = t.next), (t.next = e), (e.next = o), (r.lastEffect = e)),
          e
        );
      }
      function Ci() {
        return yi().memoizedState;
      }
      function Ei(e, r, t, o) {
        var n = bi();
        ((li.flags |= e), (n.memoizedState = ji(1 | r, t, void 0, void 0 === o ? null : o)));
      }
      function qi(e, r, t, o) {
        var n = yi();
        o = void 0 === o ? null : o;
        var a = void 0;
        if (null !== ci) {
          var i = ci.memoizedState;
          if (((a = i.destroy), null !== o && vi(o, i.deps))) return void (n.memoizedState = ji(r, t, a, o));
        }
        ((li.flags |= e), (n.memoizedState = ji(1 | r, t, a, o)));
      }
      function Di(e, r) {
        return Ei(8390656, 8, e, r);
      }
      function Ri(e, r) {
        return qi(2048, 8, e, r);
      }
      function Hi(e, r) {
        return qi(4, 2, e, r);
      }
      function Ii(e, r) {
        return qi(4, 4, e, r);
      }
      function Mi(e, r) {
        return 'function' == typeof r
          ? ((e = e()),
            r(e),
            function () {
              r(null);
            })
          : null != r
            ? ((e = e()),
              (r.current = e),
              function () {
                r.current = null;
              })
            : void 0;
      }
      function Ai(e, r, t) {
        return ((t = null != t ? t.concat([e]) : null), qi(4, 4, Mi.bind(null, r, e), t));
      }
      function Li() {}
      function Oi(e, r) {
        var t = yi();
        r = void 0 === r ? null : r;
        var o = t.memoizedState;
        return null !== o && null !== r && vi(r, o[1]) ? o[0] : ((t.memoizedState = [e, r]), e);
      }
      function Wi(e, r) {
        var t = yi();
        r = void 0 === r ? null : r;
        var o = t.memoizedState;
        return null !== o && null !== r && vi(r, o[1]) ? o[0] : ((e = e()), (t.memoizedState = [e, r]), e);
      }
      function Vi(e, r, t) {
        return 21 & ii
          ? (io(t, r) || ((t = vr()), (li.lanes |= t), (Dc |= t), (e.baseState = !0)), r)
          : (e.baseState && ((e.baseState = !1), (yl = !0)), (e.memoizedState = t));
      }
      function Xi(e, r) {
        var t = yr;
        ((yr = 0 !== t && 4 > t ? t : 4), e(!0));
        var o = ai.transition;
        ai.transition = {};
        try {
          (e(!1), r());
        } finally {
          ((yr = t), (ai.transition = o));
        }
      }
      function $i() {
        return yi().memoizedState;
      }
      function Ui(e, r, t) {
        var o = es(e);
        ((t = { lane: o, action: t, hasEagerState: !1, eagerState: null, next: null }),
          Yi(e) ? Qi(r, t) : null !== (t = qa(e, r, t, o)) && (rs(t, e, o, Zc()), Ki(t, r, o)));
      }
      function Gi(e, r, t) {
        var o = es(e),
          n = { lane: o, action: t, hasEagerState: !1, eagerState: null, next: null };
        if (Yi(e)) Qi(r, n);
        else {
          var a = e.alternate;
          if (0 === e.lanes && (null === a || 0 === a.lanes) && null !== (a = r.lastRenderedReducer))
            try {
              var i = r.lastRenderedState,
                l = a(i, t);
              if (((n.hasEagerState = !0), (n.eagerState = l), io(l, i))) {
                var c = r.interleaved;
                return (
                  null === c ? ((n.next = n), Ea(r)) : ((n.next = c.next), (c.next = n)),
                  void (r.interleaved = n)
                );
              }
            } catch (e) {}
          null !== (t = qa(e, r, n, o)) && (rs(t, e, o, (n = Zc())), Ki(t, r, o));
        }
      }
      function Yi(e) {
        var r = e.alternate;
        return e === li || (null !== r && r === li);
      }
      function Qi(e, r) {
        di = ui = !0;
        var t = e.pending;
        (null === t ? (r.next = r) : ((r.next = t.next), (t.next = r)), (e.pending = r));
      }
      function Ki(e, r, t) {
        if (4194240 & t) {
          var o = r.lanes;
          ((t |= o &= e.pendingLanes), (r.lanes = t), br(e, t));
        }
      }
      var Ji = {
          readContext: ja,
          useCallback: pi,
          useContext: pi,
          useEffect: pi,
          useImperativeHandle: pi,
          useInsertionEffect: pi,
          useLayoutEffect: pi,
          useMemo: pi,
          useReducer: pi,
          useRef: pi,
          useState: pi,
          useDebugValue: pi,
          useDeferredValue: pi,
          useTransition: pi,
          useMutableSource: pi,
          useSyncExternalStore: pi,
          useId: pi,
          unstable_isNewReconciler: !1,
        },
        Zi = {
          readContext: ja,
          useCallback: function (e, r) {
            return ((bi().memoizedState = [e, void 0 === r ? null : r]), e);
          },
          useContext: ja,
          useEffect: Di,
          useImperativeHandle: function (e, r, t) {
            return ((t = null != t ? t.concat([e]) : null), Ei(4194308, 4, Mi.bind(null, r, e), t));
          },
          useLayoutEffect: function (e, r) {
            return Ei(4194308, 4, e, r);
          },
          useInsertionEffect: function (e, r) {
            return Ei(4, 2, e, r);
          },
          useMemo: function (e, r) {
            var t = bi();
            return ((r = void 0 === r ? null : r), (e = e()), (t.memoizedState = [e, r]), e);
          },
          useReducer: function (e, r, t) {
            var o = bi();
            return (
              (r = void 0 !== t ? t(r) : r),
              (o.memoizedState = o.baseState = r),
              (e = {
                pending: null,
                interleaved: null,
                lanes: 0,
                dispatch: null,
                lastRenderedReducer: e,
                lastRenderedState: r,
              }),
              (o.queue = e),
              (e = e.dispatch = Ui.bind(null, li, e)),
              [o.memoizedState, e]
            );
          },
          useRef: function (e) {
            return ((e = { current: e }), (bi().memoizedState = e));
          },
          useState: Ti,
          useDebugValue: Li,
          useDeferredValue: function (e) {
            return (bi().memoizedState = e);
          },
          useTransition: function () {
            var e = Ti(!1),
              r = e[0];
            return ((e = Xi.bind(null, e[1])), (bi().memoizedState = e), [r, e]);
          },
          useMutableSource: function () {},
          useSyncExternalStore: function (e, r, t) {
            var o = li,
              n = bi();
            if (aa) {
              if (void 0 === t) throw Error(a(407));
              t = t();
            } else {
              if (((t = r()), null === Pc)) throw Error(a(349));
              30 & ii || zi(o, r, t);
            }
            n.memoizedState = t;
            var i = { value: t, getSnapshot: r };
            return (
              (n.queue = i),
              Di(Ni.bind(null, o, i, e), [e]),
              (o.flags |= 2048),
              ji(9, _i.bind(null, o, i, t, r), void 0, null),
              t
            );
          },
          useId: function () {
            var e = bi(),
              r = Pc.identifierPrefix;
            if (aa) {
              var t = Jn;
              ((r = ':' + r + 'R' + (t = (Kn & ~(1 << (32 - ir(Kn) - 1))).toString(32) + t)),
                0 < (t = fi++) && (r += 'H' + t.toString(32)),
                (r += ':'));
            } else r = ':' + r + 'r' + (t = gi++).toString(32) + ':';
            return (e.memoizedState = r);
          },
          unstable_isNewReconciler: !1,
        },
        el = {
          readContext: ja,
          useCallback: Oi,
          useContext: ja,
          useEffect: Ri,
          useImperativeHandle: Ai,
          useInsertionEffect: Hi,
          useLayoutEffect: Ii,
          useMemo: Wi,
          useReducer: wi,
          useRef: Ci,
          useState: function () {
            return wi(ki);
          },
          useDebugValue: Li,
          useDeferredValue: function (e) {
            return Vi(yi(), ci.memoizedState, e);
          },
          useTransition: function () {
            return [wi(ki)[0], yi().memoizedState];
          },
          useMutableSource: xi,
          useSyncExternalStore: Si,
          useId: $i,
          unstable_isNewReconciler: !1,
        },
        rl = {
          readContext: ja,
          useCallback: Oi,
          useContext: ja,
          useEffect: Ri,
          useImperativeHandle: Ai,
          useInsertionEffect: Hi,
          useLayoutEffect: Ii,
          useMemo: Wi,
          useReducer: Bi,
          useRef: Ci,
          useState: function () {
            return Bi(ki);
          },
          useDebugValue: Li,
          useDeferredValue: function (e) {
            var r = yi();
            return null === ci ? (r.memoizedState = e) : Vi(r, ci.memoizedState, e);
          },
          useTransition: function () {
            return [Bi(ki)[0], yi().memoizedState];
          },
          useMutableSource: xi,
          useSyncExternalStore: Si,
          useId: $i,
          unstable_isNewReconciler: !1,
        };
      function tl(e, r) {
        if (e && e.defaultProps) {
          for (var t in ((r = H({}, r)), (e = e.defaultProps))) void 0 === r[t] && (r[t] = e[t]);
          return r;
        }
        return r;
      }
      function ol(e, r, t, o) {
        ((t = null == (t = t(o, (r = e.memoizedState))) ? r : H({}, r, t)),
          (e.memoizedState = t),
          0 === e.lanes && (e.updateQueue.baseState = t));
      }
      var nl = {
        isMounted: function (e) {
          return !!(e = e._reactInternals) && Oe(e) === e;
        },
        enqueueSetState: function (e, r, t) {
          e = e._reactInternals;
          var o = Zc(),
            n = es(e),
            a = Ma(o, n);
          ((a.payload = r),
            null != t && (a.callback = t),
            null !== (r = Aa(e, a, n)) && (rs(r, e, n, o), La(r, e, n)));
        },
        enqueueReplaceState: function (e, r, t) {
          e = e._reactInternals;
          var o = Zc(),
            n = es(e),
            a = Ma(o, n);
          ((a.tag = 1),
            (a.payload = r),
            null != t && (a.callback = t),
            null !== (r = Aa(e, a, n)) && (rs(r, e, n, o), La(r, e, n)));
        },
        enqueueForceUpdate: function (e, r) {
          e = e._reactInternals;
          var t = Zc(),
            o = es(e),
            n = Ma(t, o);
          ((n.tag = 2),
            null != r && (n.callback = r),
            null !== (r = Aa(e, n, o)) && (rs(r, e, o, t), La(r, e, o)));
        },
      };
      function al(e, r, t, o, n, a, i) {
        return 'function' == typeof (e = e.stateNode).shouldComponentUpdate
          ? e.shouldComponentUpdate(o, a, i)
          : !(r.prototype && r.prototype.isPureReactComponent && lo(t, o) && lo(n, a));
      }
      function il(e, r, t) {
        var o = !1,
          n = Pn,
          a = r.contextType;
        return (
          'object' == typeof a && null !== a
            ? (a = ja(a))
            : ((n = En(r) ? jn : Fn.current), (a = (o = null != (o = r.contextTypes)) ? Cn(e, n) : Pn)),
          (r = new r(t, a)),
          (e.memoizedState = null !== r.state && void 0 !== r.state ? r.state : null),
          (r.updater = nl),
          (e.stateNode = r),
          (r._reactInternals = e),
          o &&
            (((e = e.stateNode).__reactInternalMemoizedUnmaskedChildContext = n),
            (e.__reactInternalMemoizedMaskedChildContext = a)),
          r
        );
      }
      function ll(e, r, t, o) {
        ((e = r.state),
          'function' == typeof r.componentWillReceiveProps && r.componentWillReceiveProps(t, o),
          'function' == typeof r.UNSAFE_componentWillReceiveProps && r.UNSAFE_componentWillReceiveProps(t, o),
          r.state !== e && nl.enqueueReplaceState(r, r.state, null));
      }
      function cl(e, r, t, o) {
        var n = e.stateNode;
        ((n.props = t), (n.state = e.memoizedState), (n.refs = {}), Ha(e));
        var a = r.contextType;
        ('object' == typeof a && null !== a
          ? (n.context = ja(a))
          : ((a = En(r) ? jn : Fn.current), (n.context = Cn(e, a))),
          (n.state = e.memoizedState),
          'function' == typeof (a = r.getDerivedStateFromProps) &&
            (ol(e, r, a, t), (n.state = e.memoizedState)),
          'function' == typeof r.getDerivedStateFromProps ||
            'function' == typeof n.getSnapshotBeforeUpdate ||
            ('function' != typeof n.UNSAFE_componentWillMount && 'function' != typeof n.componentWillMount) ||
            ((r = n.state),
            'function' == typeof n.componentWillMount && n.componentWillMount(),
            'function' == typeof n.UNSAFE_componentWillMount && n.UNSAFE_componentWillMount(),
            r !== n.state && nl.enqueueReplaceState(n, n.state, null),
            Wa(e, t, n, o),
            (n.state = e.memoizedState)),
          'function' == typeof n.componentDidMount && (e.flags |= 4194308));
      }
      function sl(e, r) {
        try {
          var t = '',
            o = r;
          do {
            ((t += L(o)), (o = o.return));
          } while (o);
          var n = t;
        } catch (e) {
          n = '\nError generating stack: ' + e.message + '\n' + e.stack;
        }
        return { value: e, source: r, stack: n, digest: null };
      }
      function ul(e, r, t) {
        return { value: e, source: null, stack: null != t ? t : null, digest: null != r ? r : null };
      }
      function dl(e, r) {
        try {
          console.error(r.value);
        } catch (e) {
          setTimeout(function () {
            throw e;
          });
        }
      }
      var fl = 'function' == typeof WeakMap ? WeakMap : Map;
      function gl(e, r, t) {
        (((t = Ma(-1, t)).tag = 3), (t.payload = { element: null }));
        var o = r.value;
        return (
          (t.callback = function () {
            (Wc || ((Wc = !0), (Vc = o)), dl(0, r));
          }),
          t
        );
      }
      function pl(e, r, t) {
        (t = Ma(-1, t)).tag = 3;
        var o = e.type.getDerivedStateFromError;
        if ('function' == typeof o) {
          var n = r.value;
          ((t.payload = function () {
            return o(n);
          }),
            (t.callback = function () {
              dl(0, r);
            }));
        }
        var a = e.stateNode;
        return (
          null !== a &&
            'function' == typeof a.componentDidCatch &&
            (t.callback = function () {
              (dl(0, r), 'function' != typeof o && (null === Xc ? (Xc = new Set([this])) : Xc.add(this)));
              var e = r.stack;
              this.componentDidCatch(r.value, { componentStack: null !== e ? e : '' });
            }),
          t
        );
      }
      function vl(e, r, t) {
        var o = e.pingCache;
        if (null === o) {
          o = e.pingCache = new fl();
          var n = new Set();
          o.set(r, n);
        } else void 0 === (n = o.get(r)) && ((n = new Set()), o.set(r, n));
        n.has(t) || (n.add(t), (e = Ss.bind(null, e, r, t)), r.then(e, e));
      }
      function hl(e) {
        do {
          var r;
          if (((r = 13 === e.tag) && (r = null === (r = e.memoizedState) || null !== r.dehydrated), r))
            return e;
          e = e.return;
        } while (null !== e);
        return null;
      }
      function ml(e, r, t, o, n) {
        return 1 & e.mode
          ? ((e.flags |= 65536), (e.lanes = n), e)
          : (e === r
              ? (e.flags |= 65536)
              : ((e.flags |= 128),
                (t.flags |= 131072),
                (t.flags &= -52805),
                1 === t.tag &&
                  (null === t.alternate ? (t.tag = 17) : (((r = Ma(-1, 1)).tag = 2), Aa(t, r, 1))),
                (t.lanes |= 1)),
            e);
      }
      var bl = k.ReactCurrentOwner,
        yl = !1;
      function kl(e, r, t, o) {
        r.child = null === e ? Ba(r, null, t, o) : wa(r, e.child, t, o);
      }
      function wl(e, r, t, o, n) {
        t = t.render;
        var a = r.ref;
        return (
          Ta(r, n),
          (o = hi(e, r, t, o, a, n)),
          (t = mi()),
          null === e || yl
            ? (aa && t && ra(r), (r.flags |= 1), kl(e, r, o, n), r.child)
            : ((r.updateQueue = e.updateQueue), (r.flags &= -2053), (e.lanes &= ~n), Wl(e, r, n))
        );
      }
      function Bl(e, r, t, o, n) {
        if (null === e) {
          var a = t.type;
          return 'function' != typeof a ||
            js(a) ||
            void 0 !== a.defaultProps ||
            null !== t.compare ||
            void 0 !== t.defaultProps
            ? (((e = Es(t.type, null, o, r, r.mode, n)).ref = r.ref), (e.return = r), (r.child = e))
            : ((r.tag = 15), (r.type = a), xl(e, r, a, o, n));
        }
        if (((a = e.child), 0 === (e.lanes & n))) {
          var i = a.memoizedProps;
          if ((t = null !== (t = t.compare) ? t : lo)(i, o) && e.ref === r.ref) return Wl(e, r, n);
        }
        return ((r.flags |= 1), ((e = Cs(a, o)).ref = r.ref), (e.return = r), (r.child = e));
      }
      function xl(e, r, t, o, n) {
        if (null !== e) {
          var a = e.memoizedProps;
          if (lo(a, o) && e.ref === r.ref) {
            if (((yl = !1), (r.pendingProps = o = a), 0 === (e.lanes & n)))
              return ((r.lanes = e.lanes), Wl(e, r, n));
            131072 & e.flags && (yl = !0);
          }
        }
        return _l(e, r, t, o, n);
      }
      function Sl(e, r, t) {
        var o = r.pendingProps,
          n = o.children,
          a = null !== e ? e.memoizedState : null;
        if ('hidden' === o.mode)
          if (1 & r.mode) {
            if (!(1073741824 & t))
              return (
                (e = null !== a ? a.baseLanes | t : t),
                (r.lanes = r.childLanes = 1073741824),
                (r.memoizedState = { baseLanes: e, cachePool: null, transitions: null }),
                (r.updateQueue = null),
                Nn(Cc, jc),
                (jc |= e),
                null
              );
            ((r.memoizedState = { baseLanes: 0, cachePool: null, transitions: null }),
              (o = null !== a ? a.baseLanes : t),
              Nn(Cc, jc),
              (jc |= o));
          } else
            ((r.memoizedState = { baseLanes: 0, cachePool: null, transitions: null }), Nn(Cc, jc), (jc |= t));
        else
          (null !== a ? ((o = a.baseLanes | t), (r.memoizedState = null)) : (o = t), Nn(Cc, jc), (jc |= o));
        return (kl(e, r, n, t), r.child);
      }
      function zl(e, r) {
        var t = r.ref;
        ((null === e && null !== t) || (null !== e && e.ref !== t)) &&
          ((r.flags |= 512), (r.flags |= 2097152));
      }
      function _l(e, r, t, o, n) {
        var a = En(t) ? jn : Fn.current;
        return (
          (a = Cn(r, a)),
          Ta(r, n),
          (t = hi(e, r, t, o, a, n)),
          (o = mi()),
          null === e || yl
            ? (aa && o && ra(r), (r.flags |= 1), kl(e, r, t, n), r.child)
            : ((r.updateQueue = e.updateQueue), (r.flags &= -2053), (e.lanes &= ~n), Wl(e, r, n))
        );
      }
      function Nl(e, r, t, o, n) {
        if (En(t)) {
          var a = !0;
          Hn(r);
        } else a = !1;
        if ((Ta(r, n), null === r.stateNode)) (Ol(e, r), il(r, t, o), cl(r, t, o, n), (o = !0));
        else if (null === e) {
          var i = r.stateNode,
            l = r.memoizedProps;
          i.props = l;
          var c = i.context,
            s = t.contextType;
          s = 'object' == typeof s && null !== s ? ja(s) : Cn(r, (s = En(t) ? jn : Fn.current));
          var u = t.getDerivedStateFromProps,
            d = 'function' == typeof u || 'function' == typeof i.getSnapshotBeforeUpdate;
          (d ||
            ('function' != typeof i.UNSAFE_componentWillReceiveProps &&
              'function' != typeof i.componentWillReceiveProps) ||
            ((l !== o || c !== s) && ll(r, i, o, s)),
            (Ra = !1));
          var f = r.memoizedState;
          ((i.state = f),
            Wa(r, o, i, n),
            (c = r.memoizedState),
            l !== o || f !== c || Tn.current || Ra
              ? ('function' == typeof u && (ol(r, t, u, o), (c = r.memoizedState)),
                (l = Ra || al(r, t, l, o, f, c, s))
                  ? (d ||
                      ('function' != typeof i.UNSAFE_componentWillMount &&
                        'function' != typeof i.componentWillMount) ||
                      ('function' == typeof i.componentWillMount && i.componentWillMount(),
                      'function' == typeof i.UNSAFE_componentWillMount && i.UNSAFE_componentWillMount()),
                    'function' == typeof i.componentDidMount && (r.flags |= 4194308))
                  : ('function' == typeof i.componentDidMount && (r.flags |= 4194308),
                    (r.memoizedProps = o),
                    (r.memoizedState = c)),
                (i.props = o),
                (i.state = c),
                (i.context = s),
                (o = l))
              : ('function' == typeof i.componentDidMount && (r.flags |= 4194308), (o = !1)));
        } else {
          ((i = r.stateNode),
            Ia(e, r),
            (l = r.memoizedProps),
            (s = r.type === r.elementType ? l : tl(r.type, l)),
            (i.props = s),
            (d = r.pendingProps),
            (f = i.context),
            (c =
              'object' == typeof (c = t.contextType) && null !== c
                ? ja(c)
                : Cn(r, (c = En(t) ? jn : Fn.current))));
          var g = t.getDerivedStateFromProps;
          ((u = 'function' == typeof g || 'function' == typeof i.getSnapshotBeforeUpdate) ||
            ('function' != typeof i.UNSAFE_componentWillReceiveProps &&
              'function' != typeof i.componentWillReceiveProps) ||
            ((l !== d || f !== c) && ll(r, i, o, c)),
            (Ra = !1),
            (f = r.memoizedState),
            (i.state = f),
            Wa(r, o, i, n));
          var p = r.memoizedState;
          l !== d || f !== p || Tn.current || Ra
            ? ('function' == typeof g && (ol(r, t, g, o), (p = r.memoizedState)),
              (s = Ra || al(r, t, s, o, f, p, c) || !1)
                ? (u ||
                    ('function' != typeof i.UNSAFE_componentWillUpdate &&
                      'function' != typeof i.componentWillUpdate) ||
                    ('function' == typeof i.componentWillUpdate && i.componentWillUpdate(o, p, c),
                    'function' == typeof i.UNSAFE_componentWillUpdate &&
                      i.UNSAFE_componentWillUpdate(o, p, c)),
                  'function' == typeof i.componentDidUpdate && (r.flags |= 4),
                  'function' == typeof i.getSnapshotBeforeUpdate && (r.flags |= 1024))
                : ('function' != typeof i.componentDidUpdate ||
                    (l === e.memoizedProps && f === e.memoizedState) ||
                    (r.flags |= 4),
                  'function' != typeof i.getSnapshotBeforeUpdate ||
                    (l === e.memoizedProps && f === e.memoizedState) ||
                    (r.flags |= 1024),
                  (r.memoizedProps = o),
                  (r.memoizedState = p)),
              (i.props = o),
              (i.state = p),
              (i.context = c),
              (o = s))
            : ('function' != typeof i.componentDidUpdate ||
                (l === e.memoizedProps && f === e.memoizedState) ||
                (r.flags |= 4),
              'function' != typeof i.getSnapshotBeforeUpdate ||
                (l === e.memoizedProps && f === e.memoizedState) ||
                (r.flags |= 1024),
              (o = !1));
        }
        return Pl(e, r, t, o, a, n);
      }
      function Pl(e, r, t, o, n, a) {
        zl(e, r);
        var i = !!(128 & r.flags);
        if (!o && !i) return (n && In(r, t, !1), Wl(e, r, a));
        ((o = r.stateNode), (bl.current = r));
        var l = i && 'function' != typeof t.getDerivedStateFromError ? null : o.render();
        return (
          (r.flags |= 1),
          null !== e && i
            ? ((r.child = wa(r, e.child, null, a)), (r.child = wa(r, null, l, a)))
            : kl(e, r, l, a),
          (r.memoizedState = o.state),
          n && In(r, t, !0),
          r.child
        );
      }
      function Fl(e) {
        var r = e.stateNode;
        (r.pendingContext
          ? Dn(0, r.pendingContext, r.pendingContext !== r.context)
          : r.context && Dn(0, r.context, !1),
          Qa(e, r.containerInfo));
      }
      function Tl(e, r, t, o, n) {
        return (pa(), va(n), (r.flags |= 256), kl(e, r, t, o), r.child);
      }
      var jl,
        Cl,
        El,
        ql = { dehydrated: null, treeContext: null, retryLane: 0 };
      function Dl(e) {
        return { baseLanes: e, cachePool: null, transitions: null };
      }
      function Rl(e, r, t) {
        var o,
          n = r.pendingProps,
          i = ei.current,
          l = !1,
          c = !!(128 & r.flags);
        if (
          ((o = c) || (o = (null === e || null !== e.memoizedState) && !!(2 & i)),
          o ? ((l = !0), (r.flags &= -129)) : (null !== e && null === e.memoizedState) || (i |= 1),
          Nn(ei, 1 & i),
          null === e)
        )
          return (
            ua(r),
            null !== (e = r.memoizedState) && null !== (e = e.dehydrated)
              ? (1 & r.mode ? ('$!' === e.data ? (r.lanes = 8) : (r.lanes = 1073741824)) : (r.lanes = 1),
                null)
              : ((c = n.children),
                (e = n.fallback),
                l
                  ? ((n = r.mode),
                    (l = r.child),
                    (c = { mode: 'hidden', children: c }),
                    1 & n || null === l
                      ? (l = Ds(c, n, 0, null))
                      : ((l.childLanes = 0), (l.pendingProps = c)),
                    (e = qs(e, n, t, null)),
                    (l.return = r),
                    (e.return = r),
                    (l.sibling = e),
                    (r.child = l),
                    (r.child.memoizedState = Dl(t)),
                    (r.memoizedState = ql),
                    e)
                  : Hl(r, c))
          );
        if (null !== (i = e.memoizedState) && null !== (o = i.dehydrated))
          return (function (e, r, t, o, n, i, l) {
            if (t)
              return 256 & r.flags
                ? ((r.flags &= -257), Il(e, r, l, (o = ul(Error(a(422))))))
                : null !== r.memoizedState
                  ? ((r.child = e.child), (r.flags |= 128), null)
                  : ((i = o.fallback),
                    (n = r.mode),
                    (o = Ds({ mode: 'visible', children: o.children }, n, 0, null)),
                    ((i = qs(i, n, l, null)).flags |= 2),
                    (o.return = r),
                    (i.return = r),
                    (o.sibling = i),
                    (r.child = o),
                    1 & r.mode && wa(r, e.child, null, l),
                    (r.child.memoizedState = Dl(l)),
                    (r.memoizedState = ql),
                    i);
            if (!(1 & r.mode)) return Il(e, r, l, null);
            if ('$!' === n.data) {
              if ((o = n.nextSibling && n.nextSibling.dataset)) var c = o.dgst;
              return ((o = c), Il(e, r, l, (o = ul((i = Error(a(419))), o, void 0))));
            }
            if (((c = 0 !== (l & e.childLanes)), yl || c)) {
              if (null !== (o = Pc)) {
                switch (l & -l) {
                  case 4:
                    n = 2;
                    break;
                  case 16:
                    n = 8;
                    break;
                  case 64:
                  case 128:
                  case 256:
                  case 512:
                  case 1024:
                  case 2048:
                  case 4096:
                  case 8192:
                  case 16384:
                  case 32768:
                  case 65536:
                  case 131072:
                  case 262144:
                  case 524288:
                  case 1048576:
                  case 2097152:
                  case 4194304:
                  case 8388608:
                  case 16777216:
                  case 33554432:
                  case 67108864:
                    n = 32;
                    break;
                  case 536870912:
                    n = 268435456;
                    break;
                  default:
                    n = 0;
                }
                0 !== (n = 0 !== (n & (o.suspendedLanes | l)) ? 0 : n) &&
                  n !== i.retryLane &&
                  ((i.retryLane = n), Da(e, n), rs(o, e, n, -1));
              }
              return (ps(), Il(e, r, l, (o = ul(Error(a(421))))));
            }
            return '$?' === n.data
              ? ((r.flags |= 128), (r.child = e.child), (r = _s.bind(null, e)), (n._reactRetry = r), null)
              : ((e = i.treeContext),
                (na = un(n.nextSibling)),
                (oa = r),
                (aa = !0),
                (ia = null),
                null !== e &&
                  ((Gn[Yn++] = Kn),
                  (Gn[Yn++] = Jn),
                  (Gn[Yn++] = Qn),
                  (Kn = e.id),
                  (Jn = e.overflow),
                  (Qn = r)),
                ((r = Hl(r, o.children)).flags |= 4096),
                r);
          })(e, r, c, n, o, i, t);
        if (l) {
          ((l = n.fallback), (c = r.mode), (o = (i = e.child).sibling));
          var s = { mode: 'hidden', children: n.children };
          return (
            1 & c || r.child === i
              ? ((n = Cs(i, s)).subtreeFlags = 14680064 & i.subtreeFlags)
              : (((n = r.child).childLanes = 0), (n.pendingProps = s), (r.deletions = null)),
            null !== o ? (l = Cs(o, l)) : ((l = qs(l, c, t, null)).flags |= 2),
            (l.return = r),
            (n.return = r),
            (n.sibling = l),
            (r.child = n),
            (n = l),
            (l = r.child),
            (c =
              null === (c = e.child.memoizedState)
                ? Dl(t)
                : { baseLanes: c.baseLanes | t, cachePool: null, transitions: c.transitions }),
            (l.memoizedState = c),
            (l.childLanes = e.childLanes & ~t),
            (r.memoizedState = ql),
            n
          );
        }
        return (
          (e = (l = e.child).sibling),
          (n = Cs(l, { mode: 'visible', children: n.children })),
          !(1 & r.mode) && (n.lanes = t),
          (n.return = r),
          (n.sibling = null),
          null !== e && (null === (t = r.deletions) ? ((r.deletions = [e]), (r.flags |= 16)) : t.push(e)),
          (r.child = n),
          (r.memoizedState = null),
          n
        );
      }
      function Hl(e, r) {
        return (((r = Ds({ mode: 'visible', children: r }, e.mode, 0, null)).return = e), (e.child = r));
      }
      function Il(e, r, t, o) {
        return (
          null !== o && va(o),
          wa(r, e.child, null, t),
          ((e = Hl(r, r.pendingProps.children)).flags |= 2),
          (r.memoizedState = null),
          e
        );
      }
      function Ml(e, r, t) {
        e.lanes |= r;
        var o = e.alternate;
        (null !== o && (o.lanes |= r), Fa(e.return, r, t));
      }
      function Al(e, r, t, o, n) {
        var a = e.memoizedState;
        null === a
          ? (e.memoizedState = {
              isBackwards: r,
              rendering: null,
              renderingStartTime: 0,
              last: o,
              tail: t,
              tailMode: n,
            })
          : ((a.isBackwards = r),
            (a.rendering = null),
            (a.renderingStartTime = 0),
            (a.last = o),
            (a.tail = t),
            (a.tailMode = n));
      }
      function Ll(e, r, t) {
        var o = r.pendingProps,
          n = o.revealOrder,
          a = o.tail;
        if ((kl(e, r, o.children, t), 2 & (o = ei.current))) ((o = (1 & o) | 2), (r.flags |= 128));
        else {
          if (null !== e && 128 & e.flags)
            e: for (e = r.child; null !== e;) {
              if (13 === e.tag) null !== e.memoizedState && Ml(e, t, r);
              else if (19 === e.tag) Ml(e, t, r);
              else if (null !== e.child) {
                ((e.child.return = e), (e = e.child));
                continue;
              }
              if (e === r) break e;
              for (; null === e.sibling;) {
                if (null === e.return || e.return === r) break e;
                e = e.return;
              }
              ((e.sibling.return = e.return), (e = e.sibling));
            }
          o &= 1;
        }
        if ((Nn(ei, o), 1 & r.mode))
          switch (n) {
            case 'forwards':
              for (t = r.child, n = null; null !== t;)
                (null !== (e = t.alternate) && null === ri(e) && (n = t), (t = t.sibling));
              (null === (t = n) ? ((n = r.child), (r.child = null)) : ((n = t.sibling), (t.sibling = null)),
                Al(r, !1, n, t, a));
              break;
            case 'backwards':
              for (t = null, n = r.child, r.child = null; null !== n;) {
                if (null !== (e = n.alternate) && null === ri(e)) {
                  r.child = n;
                  break;
                }
                ((e = n.sibling), (n.sibling = t), (t = n), (n = e));
              }
              Al(r, !0, t, null, a);
              break;
            case 'together':
              Al(r, !1, null, null, void 0);
              break;
            default:
              r.memoizedState = null;
          }
        else r.memoizedState = null;
        return r.child;
      }
      function Ol(e, r) {
        !(1 & r.mode) && null !== e && ((e.alternate = null), (r.alternate = null), (r.flags |= 2));
      }
      function Wl(e, r, t) {
        if ((null !== e && (r.dependencies = e.dependencies), (Dc |= r.lanes), 0 === (t & r.childLanes)))
          return null;
        if (null !== e && r.child !== e.child) throw Error(a(153));
        if (null !== r.child) {
          for (t = Cs((e = r.child), e.pendingProps), r.child = t, t.return = r; null !== e.sibling;)
            ((e = e.sibling), ((t = t.sibling = Cs(e, e.pendingProps)).return = r));
          t.sibling = null;
        }
        return r.child;
      }
      function Vl(e, r) {
        if (!aa)
          switch (e.tailMode) {
            case 'hidden':
              r = e.tail;
              for (var t = null; null !== r;) (null !== r.alternate && (t = r), (r = r.sibling));
              null === t ? (e.tail = null) : (t.sibling = null);
              break;
            case 'collapsed':
              t = e.tail;
              for (var o = null; null !== t;) (null !== t.alternate && (o = t), (t = t.sibling));
              null === o
                ? r || null === e.tail
                  ? (e.tail = null)
                  : (e.tail.sibling = null)
                : (o.sibling = null);
          }
      }
      function Xl(e) {
        var r = null !== e.alternate && e.alternate.child === e.child,
          t = 0,
          o = 0;
        if (r)
          for (var n = e.child; null !== n;)
            ((t |= n.lanes | n.childLanes),
              (o |= 14680064 & n.subtreeFlags),
              (o |= 14680064 & n.flags),
              (n.return = e),
              (n = n.sibling));
        else
          for (n = e.child; null !== n;)
            ((t |= n.lanes | n.childLanes),
              (o |= n.subtreeFlags),
              (o |= n.flags),
              (n.return = e),
              (n = n.sibling));
        return ((e.subtreeFlags |= o), (e.childLanes = t), r);
      }
      function $l(e, r, t) {
        var o = r.pendingProps;
        switch ((ta(r), r.tag)) {
          case 2:
          case 16:
          case 15:
          case 0:
          case 11:
          case 7:
          case 8:
          case 12:
          case 9:
          case 14:
            return (Xl(r), null);
          case 1:
          case 17:
            return (En(r.type) && qn(), Xl(r), null);
          case 3:
            return (
              (o = r.stateNode),
              Ka(),
              _n(Tn),
              _n(Fn),
              oi(),
              o.pendingContext && ((o.context = o.pendingContext), (o.pendingContext = null)),
              (null !== e && null !== e.child) ||
                (fa(r)
                  ? (r.flags |= 4)
                  : null === e ||
                    (e.memoizedState.isDehydrated && !(256 & r.flags)) ||
                    ((r.flags |= 1024), null !== ia && (as(ia), (ia = null)))),
              Xl(r),
              null
            );
          case 5:
            Za(r);
            var n = Ya(Ga.current);
            if (((t = r.type), null !== e && null != r.stateNode))
              (Cl(e, r, t, o), e.ref !== r.ref && ((r.flags |= 512), (r.flags |= 2097152)));
            else {
              if (!o) {
                if (null === r.stateNode) throw Error(a(166));
                return (Xl(r), null);
              }
              if (((e = Ya($a.current)), fa(r))) {
                ((o = r.stateNode), (t = r.type));
                var i = r.memoizedProps;
                switch (((o[gn] = r), (o[pn] = i), (e = !!(1 & r.mode)), t)) {
                  case 'dialog':
                    (Mo('cancel', o), Mo('close', o));
                    break;
                  case 'iframe':
                  case 'object':
                  case 'embed':
                    Mo('load', o);
                    break;
                  case 'video':
                  case 'audio':
                    for (n = 0; n < Do.length; n++) Mo(Do[n], o);
                    break;
                  case 'source':
                    Mo('error', o);
                    break;
                  case 'img':
                  case 'image':
                  case 'link':
                    (Mo('error', o), Mo('load', o));
                    break;
                  case 'details':
                    Mo('toggle', o);
                    break;
                  case 'input':
                    (Q(o, i), Mo('invalid', o));
                    break;
                  case 'select':
                    ((o._wrapperState = { wasMultiple: !!i.multiple }), Mo('invalid', o));
                    break;
                  case 'textarea':
                    (ne(o, i), Mo('invalid', o));
                }
                for (var c in (be(t, i), (n = null), i))
                  if (i.hasOwnProperty(c)) {
                    var s = i[c];
                    'children' === c
                      ? 'string' == typeof s
                        ? o.textContent !== s &&
                          (!0 !== i.suppressHydrationWarning && Jo(o.textContent, s, e),
                          (n = ['children', s]))
                        : 'number' == typeof s &&
                          o.textContent !== '' + s &&
                          (!0 !== i.suppressHydrationWarning && Jo(o.textContent, s, e),
                          (n = ['children', '' + s]))
                      : l.hasOwnProperty(c) && null != s && 'onScroll' === c && Mo('scroll', o);
                  }
                switch (t) {
                  case 'input':
                    ($(o), Z(o, i, !0));
                    break;
                  case 'textarea':
                    ($(o), ie(o));
                    break;
                  case 'select':
                  case 'option':
                    break;
                  default:
                    'function' == typeof i.onClick && (o.onclick = Zo);
                }
                ((o = n), (r.updateQueue = o), null !== o && (r.flags |= 4));
              } else {
                ((c = 9 === n.nodeType ? n : n.ownerDocument),
                  'http://www.w3.org/1999/xhtml' === e && (e = le(t)),
                  'http://www.w3.org/1999/xhtml' === e
                    ? 'script' === t
                      ? (((e = c.createElement('div')).innerHTML = '<script><\/script>'),
                        (e = e.removeChild(e.firstChild)))
                      : 'string' == typeof o.is
                        ? (e = c.createElement(t, { is: o.is }))
                        : ((e = c.createElement(t)),
                          'select' === t &&
                            ((c = e), o.multiple ? (c.multiple = !0) : o.size && (c.size = o.size)))
                    : (e = c.createElementNS(e, t)),
                  (e[gn] = r),
                  (e[pn] = o),
                  jl(e, r),
                  (r.stateNode = e));
                e: {
                  switch (((c = ye(t, o)), t)) {
                    case 'dialog':
                      (Mo('cancel', e), Mo('close', e), (n = o));
                      break;
                    case 'iframe':
                    case 'object':
                    case 'embed':
                      (Mo('load', e), (n = o));
                      break;
                    case 'video':
                    case 'audio':
                      for (n = 0; n < Do.length; n++) Mo(Do[n], e);
                      n = o;
                      break;
                    case 'source':
                      (Mo('error', e), (n = o));
                      break;
                    case 'img':
                    case 'image':
                    case 'link':
                      (Mo('error', e), Mo('load', e), (n = o));
                      break;
                    case 'details':
                      (Mo('toggle', e), (n = o));
                      break;
                    case 'input':
                      (Q(e, o), (n = Y(e, o)), Mo('invalid', e));
                      break;
                    case 'option':
                    default:
                      n = o;
                      break;
                    case 'select':
                      ((e._wrapperState = { wasMultiple: !!o.multiple }),
                        (n = H({}, o, { value: void 0 })),
                        Mo('invalid', e));
                      break;
                    case 'textarea':
                      (ne(e, o), (n = oe(e, o)), Mo('invalid', e));
                  }
                  for (i in (be(t, n), (s = n)))
                    if (s.hasOwnProperty(i)) {
                      var u = s[i];
                      'style' === i
                        ? he(e, u)
                        : 'dangerouslySetInnerHTML' === i
                          ? null != (u = u ? u.__html : void 0) && de(e, u)
                          : 'children' === i
                            ? 'string' == typeof u
                              ? ('textarea' !== t || '' !== u) && fe(e, u)
                              : 'number' == typeof u && fe(e, '' + u)
                            : 'suppressContentEditableWarning' !== i &&
                              'suppressHydrationWarning' !== i &&
                              'autoFocus' !== i &&
                              (l.hasOwnProperty(i)
                                ? null != u && 'onScroll' === i && Mo('scroll', e)
                                : null != u && y(e, i, u, c));
                    }
                  switch (t) {
                    case 'input':
                      ($(e), Z(e, o, !1));
                      break;
                    case 'textarea':
                      ($(e), ie(e));
                      break;
                    case 'option':
                      null != o.value && e.setAttribute('value', '' + V(o.value));
                      break;
                    case 'select':
                      ((e.multiple = !!o.multiple),
                        null != (i = o.value)
                          ? te(e, !!o.multiple, i, !1)
                          : null != o.defaultValue && te(e, !!o.multiple, o.defaultValue, !0));
                      break;
                    default:
                      'function' == typeof n.onClick && (e.onclick = Zo);
                  }
                  switch (t) {
                    case 'button':
                    case 'input':
                    case 'select':
                    case 'textarea':
                      o = !!o.autoFocus;
                      break e;
                    case 'img':
                      o = !0;
                      break e;
                    default:
                      o = !1;
                  }
                }
                o && (r.flags |= 4);
              }
              null !== r.ref && ((r.flags |= 512), (r.flags |= 2097152));
            }
            return (Xl(r), null);
          case 6:
            if (e && null != r.stateNode) El(0, r, e.memoizedProps, o);
            else {
              if ('string' != typeof o && null === r.stateNode) throw Error(a(166));
              if (((t = Ya(Ga.current)), Ya($a.current), fa(r))) {
                if (
                  ((o = r.stateNode),
                  (t = r.memoizedProps),
                  (o[gn] = r),
                  (i = o.nodeValue !== t) && null !== (e = oa))
                )
                  switch (e.tag) {
                    case 3:
                      Jo(o.nodeValue, t, !!(1 & e.mode));
                      break;
                    case 5:
                      !0 !== e.memoizedProps.suppressHydrationWarning && Jo(o.nodeValue, t, !!(1 & e.mode));
                  }
                i && (r.flags |= 4);
              } else
                (((o = (9 === t.nodeType ? t : t.ownerDocument).createTextNode(o))[gn] = r),
                  (r.stateNode = o));
            }
            return (Xl(r), null);
          case 13:
            if (
              (_n(ei),
              (o = r.memoizedState),
              null === e || (null !== e.memoizedState && null !== e.memoizedState.dehydrated))
            ) {
              if (aa && null !== na && 1 & r.mode && !(128 & r.flags))
                (ga(), pa(), (r.flags |= 98560), (i = !1));
              else if (((i = fa(r)), null !== o && null !== o.dehydrated)) {
                if (null === e) {
                  if (!i) throw Error(a(318));
                  if (!(i = null !== (i = r.memoizedState) ? i.dehydrated : null)) throw Error(a(317));
                  i[gn] = r;
                } else (pa(), !(128 & r.flags) && (r.memoizedState = null), (r.flags |= 4));
                (Xl(r), (i = !1));
              } else (null !== ia && (as(ia), (ia = null)), (i = !0));
              if (!i) return 65536 & r.flags ? r : null;
            }
            return 128 & r.flags
              ? ((r.lanes = t), r)
              : ((o = null !== o) != (null !== e && null !== e.memoizedState) &&
                  o &&
                  ((r.child.flags |= 8192),
                  1 & r.mode && (null === e || 1 & ei.current ? 0 === Ec && (Ec = 3) : ps())),
                null !== r.updateQueue && (r.flags |= 4),
                Xl(r),
                null);
          case 4:
            return (Ka(), null === e && Oo(r.stateNode.containerInfo), Xl(r), null);
          case 10:
            return (Pa(r.type._context), Xl(r), null);
          case 19:
            if ((_n(ei), null === (i = r.memoizedState))) return (Xl(r), null);
            if (((o = !!(128 & r.flags)), null === (c = i.rendering)))
              if (o) Vl(i, !1);
              else {
                if (0 !== Ec || (null !== e && 128 & e.flags))
                  for (e = r.child; null !== e;) {
                    if (null !== (c = ri(e))) {
                      for (
                        r.flags |= 128,
                          Vl(i, !1),
                          null !== (o = c.updateQueue) && ((r.updateQueue = o), (r.flags |= 4)),
                          r.subtreeFlags = 0,
                          o = t,
                          t = r.child;
                        null !== t;
                      )
                        ((e = o),
                          ((i = t).flags &= 14680066),
                          null === (c = i.alternate)
                            ? ((i.childLanes = 0),
                              (i.lanes = e),
                              (i.child = null),
                              (i.subtreeFlags = 0),
                              (i.memoizedProps = null),
                              (i.memoizedState = null),
                              (i.updateQueue = null),
                              (i.dependencies = null),
                              (i.stateNode = null))
                            : ((i.childLanes = c.childLanes),
                              (i.lanes = c.lanes),
                              (i.child = c.child),
                              (i.subtreeFlags = 0),
                              (i.deletions = null),
                              (i.memoizedProps = c.memoizedProps),
                              (i.memoizedState = c.memoizedState),
                              (i.updateQueue = c.updateQueue),
                              (i.type = c.type),
                              (e = c.dependencies),
                              (i.dependencies =
                                null === e ? null : { lanes: e.lanes, firstContext: e.firstContext })),
                          (t = t.sibling));
                      return (Nn(ei, (1 & ei.current) | 2), r.child);
                    }
                    e = e.sibling;
                  }
                null !== i.tail && Ke() > Lc && ((r.flags |= 128), (o = !0), Vl(i, !1), (r.lanes = 4194304));
              }
            else {
              if (!o)
                if (null !== (e = ri(c))) {
                  if (
                    ((r.flags |= 128),
                    (o = !0),
                    null !== (t = e.updateQueue) && ((r.updateQueue = t), (r.flags |= 4)),
                    Vl(i, !0),
                    null === i.tail && 'hidden' === i.tailMode && !c.alternate && !aa)
                  )
                    return (Xl(r), null);
                } else
                  2 * Ke() - i.renderingStartTime > Lc &&
                    1073741824 !== t &&
                    ((r.flags |= 128), (o = !0), Vl(i, !1), (r.lanes = 4194304));
              i.isBackwards
                ? ((c.sibling = r.child), (r.child = c))
                : (null !== (t = i.last) ? (t.sibling = c) : (r.child = c), (i.last = c));
            }
            return null !== i.tail
              ? ((r = i.tail),
                (i.rendering = r),
                (i.tail = r.sibling),
                (i.renderingStartTime = Ke()),
                (r.sibling = null),
                (t = ei.current),
                Nn(ei, o ? (1 & t) | 2 : 1 & t),
                r)
              : (Xl(r), null);
          case 22:
          case 23:
            return (
              us(),
              (o = null !== r.memoizedState),
              null !== e && (null !== e.memoizedState) !== o && (r.flags |= 8192),
              o && 1 & r.mode
                ? !!(1073741824 & jc) && (Xl(r), 6 & r.subtreeFlags && (r.flags |= 8192))
                : Xl(r),
              null
            );
          case 24:
          case 25:
            return null;
        }
        throw Error(a(156, r.tag));
      }
      function Ul(e, r) {
        switch ((ta(r), r.tag)) {
          case 1:
            return (En(r.type) && qn(), 65536 & (e = r.flags) ? ((r.flags = (-65537 & e) | 128), r) : null);
          case 3:
            return (
              Ka(),
              _n(Tn),
              _n(Fn),
              oi(),
              65536 & (e = r.flags) && !(128 & e) ? ((r.flags = (-65537 & e) | 128), r) : null
            );
          case 5:
            return (Za(r), null);
          case 13:
            if ((_n(ei), null !== (e = r.memoizedState) && null !== e.dehydrated)) {
              if (null === r.alternate) throw Error(a(340));
              pa();
            }
            return 65536 & (e = r.flags) ? ((r.flags = (-65537 & e) | 128), r) : null;
          case 19:
            return (_n(ei), null);
          case 4:
            return (Ka(), null);
          case 10:
            return (Pa(r.type._context), null);
          case 22:
          case 23:
            return (us(), null);
          default:
            return null;
        }
      }
      ((jl = function (e, r) {
        for (var t = r.child; null !== t;) {
          if (5 === t.tag || 6 === t.tag) e.appendChild(t.stateNode);
          else if (4 !== t.tag && null !== t.child) {
            ((t.child.return = t), (t = t.child));
            continue;
          }
          if (t === r) break;
          for (; null === t.sibling;) {
            if (null === t.return || t.return === r) return;
            t = t.return;
          }
          ((t.sibling.return = t.return), (t = t.sibling));
        }
      }),
        (Cl = function (e, r, t, o) {
          var n = e.memoizedProps;
          if (n !== o) {
            ((e = r.stateNode), Ya($a.current));
            var a,
              i = null;
            switch (t) {
              case 'input':
                ((n = Y(e, n)), (o = Y(e, o)), (i = []));
                break;
              case 'select':
                ((n = H({}, n, { value: void 0 })), (o = H({}, o, { value: void 0 })), (i = []));
                break;
              case 'textarea':
                ((n = oe(e, n)), (o = oe(e, o)), (i = []));
                break;
              default:
                'function' != typeof n.onClick && 'function' == typeof o.onClick && (e.onclick = Zo);
            }
            for (u in (be(t, o), (t = null), n))
              if (!o.hasOwnProperty(u) && n.hasOwnProperty(u) && null != n[u])
                if ('style' === u) {
                  var c = n[u];
                  for (a in c) c.hasOwnProperty(a) && (t || (t = {}), (t[a] = ''));
                } else
                  'dangerouslySetInnerHTML' !== u &&
                    'children' !== u &&
                    'suppressContentEditableWarning' !== u &&
                    'suppressHydrationWarning' !== u &&
                    'autoFocus' !== u &&
                    (l.hasOwnProperty(u) ? i || (i = []) : (i = i || []).push(u, null));
            for (u in o) {
              var s = o[u];
              if (
                ((c = null != n ? n[u] : void 0), o.hasOwnProperty(u) && s !== c && (null != s || null != c))
              )
                if ('style' === u)
                  if (c) {
                    for (a in c)
                      !c.hasOwnProperty(a) || (s && s.hasOwnProperty(a)) || (t || (t = {}), (t[a] = ''));
                    for (a in s) s.hasOwnProperty(a) && c[a] !== s[a] && (t || (t = {}), (t[a] = s[a]));
                  } else (t || (i || (i = []), i.push(u, t)), (t = s));
                else
                  'dangerouslySetInnerHTML' === u
                    ? ((s = s ? s.__html : void 0),
                      (c = c ? c.__html : void 0),
                      null != s && c !== s && (i = i || []).push(u, s))
                    : 'children' === u
                      ? ('string' != typeof s && 'number' != typeof s) || (i = i || []).push(u, '' + s)
                      : 'suppressContentEditableWarning' !== u &&
                        'suppressHydrationWarning' !== u &&
                        (l.hasOwnProperty(u)
                          ? (null != s && 'onScroll' === u && Mo('scroll', e), i || c === s || (i = []))
                          : (i = i || []).push(u, s));
            }
            t && (i = i || []).push('style', t);
            var u = i;
            (r.updateQueue = u) && (r.flags |= 4);
          }
        }),
        (El = function (e, r, t, o) {
          t !== o && (r.flags |= 4);
        }));
      var Gl = !1,
        Yl = !1,
        Ql = 'function' == typeof WeakSet ? WeakSet : Set,
        Kl = null;
      function Jl(e, r) {
        var t = e.ref;
        if (null !== t)
          if ('function' == typeof t)
            try {
              t(null);
            } catch (t) {
              xs(e, r, t);
            }
          else t.current = null;
      }
      function Zl(e, r, t) {
        try {
          t();
        } catch (t) {
          xs(e, r, t);
        }
      }
      var ec = !1;
      function rc(e, r, t) {
        var o = r.updateQueue;
        if (null !== (o = null !== o ? o.lastEffect : null)) {
          var n = (o = o.next);
          do {
            if ((n.tag & e) === e) {
              var a = n.destroy;
              ((n.destroy = void 0), void 0 !== a && Zl(r, t, a));
            }
            n = n.next;
          } while (n !== o);
        }
      }
      function tc(e, r) {
        if (null !== (r = null !== (r = r.updateQueue) ? r.lastEffect : null)) {
          var t = (r = r.next);
          do {
            if ((t.tag & e) === e) {
              var o = t.create;
              t.destroy = o();
            }
            t = t.next;
          } while (t !== r);
        }
      }
      function oc(e) {
        var r = e.ref;
        if (null !== r) {
          var t = e.stateNode;
          (e.tag, (e = t), 'function' == typeof r ? r(e) : (r.current = e));
        }
      }
      function nc(e) {
        var r = e.alternate;
        (null !== r && ((e.alternate = null), nc(r)),
          (e.child = null),
          (e.deletions = null),
          (e.sibling = null),
          5 === e.tag &&
            null !== (r = e.stateNode) &&
            (delete r[gn], delete r[pn], delete r[hn], delete r[mn], delete r[bn]),
          (e.stateNode = null),
          (e.return = null),
          (e.dependencies = null),
          (e.memoizedProps = null),
          (e.memoizedState = null),
          (e.pendingProps = null),
          (e.stateNode = null),
          (e.updateQueue = null));
      }
      function ac(e) {
        return 5 === e.tag || 3 === e.tag || 4 === e.tag;
      }
      function ic(e) {
        e: for (;;) {
          for (; null === e.sibling;) {
            if (null === e.return || ac(e.return)) return null;
            e = e.return;
          }
          for (e.sibling.return = e.return, e = e.sibling; 5 !== e.tag && 6 !== e.tag && 18 !== e.tag;) {
            if (2 & e.flags) continue e;
            if (null === e.child || 4 === e.tag) continue e;
            ((e.child.return = e), (e = e.child));
          }
          if (!(2 & e.flags)) return e.stateNode;
        }
      }
      function lc(e, r, t) {
        var o = e.tag;
        if (5 === o || 6 === o)
          ((e = e.stateNode),
            r
              ? 8 === t.nodeType
                ? t.parentNode.insertBefore(e, r)
                : t.insertBefore(e, r)
              : (8 === t.nodeType ? (r = t.parentNode).insertBefore(e, t) : (r = t).appendChild(e),
                null != (t = t._reactRootContainer) || null !== r.onclick || (r.onclick = Zo)));
        else if (4 !== o && null !== (e = e.child))
          for (lc(e, r, t), e = e.sibling; null !== e;) (lc(e, r, t), (e = e.sibling));
      }
      function cc(e, r, t) {
        var o = e.tag;
        if (5 === o || 6 === o) ((e = e.stateNode), r ? t.insertBefore(e, r) : t.appendChild(e));
        else if (4 !== o && null !== (e = e.child))
          for (cc(e, r, t), e = e.sibling; null !== e;) (cc(e, r, t), (e = e.sibling));
      }
      var sc = null,
        uc = !1;
      function dc(e, r, t) {
        for (t = t.child; null !== t;) (fc(e, r, t), (t = t.sibling));
      }
      function fc(e, r, t) {
        if (ar && 'function' == typeof ar.onCommitFiberUnmount)
          try {
            ar.onCommitFiberUnmount(nr, t);
          } catch (e) {}
        switch (t.tag) {
          case 5:
            Yl || Jl(t, r);
          case 6:
            var o = sc,
              n = uc;
            ((sc = null),
              dc(e, r, t),
              (uc = n),
              null !== (sc = o) &&
                (uc
                  ? ((e = sc),
                    (t = t.stateNode),
                    8 === e.nodeType ? e.parentNode.removeChild(t) : e.removeChild(t))
                  : sc.removeChild(t.stateNode)));
            break;
          case 18:
            null !== sc &&
              (uc
                ? ((e = sc),
                  (t = t.stateNode),
                  8 === e.nodeType ? sn(e.parentNode, t) : 1 === e.nodeType && sn(e, t),
                  Or(e))
                : sn(sc, t.stateNode));
            break;
          case 4:
            ((o = sc),
              (n = uc),
              (sc = t.stateNode.containerInfo),
              (uc = !0),
              dc(e, r, t),
              (sc = o),
              (uc = n));
            break;
          case 0:
          case 11:
          case 14:
          case 15:
            if (!Yl && null !== (o = t.updateQueue) && null !== (o = o.lastEffect)) {
              n = o = o.next;
              do {
                var a = n,
                  i = a.destroy;
                ((a = a.tag), void 0 !== i && (2 & a || 4 & a) && Zl(t, r, i), (n = n.next));
              } while (n !== o);
            }
            dc(e, r, t);
            break;
          case 1:
            if (!Yl && (Jl(t, r), 'function' == typeof (o = t.stateNode).componentWillUnmount))
              try {
                ((o.props = t.memoizedProps), (o.state = t.memoizedState), o.componentWillUnmount());
              } catch (e) {
                xs(t, r, e);
              }
            dc(e, r, t);
            break;
          case 21:
            dc(e, r, t);
            break;
          case 22:
            1 & t.mode ? ((Yl = (o = Yl) || null !== t.memoizedState), dc(e, r, t), (Yl = o)) : dc(e, r, t);
            break;
          default:
            dc(e, r, t);
        }
      }
      function gc(e) {
        var r = e.updateQueue;
        if (null !== r) {
          e.updateQueue = null;
          var t = e.stateNode;
          (null === t && (t = e.stateNode = new Ql()),
            r.forEach(function (r) {
              var o = Ns.bind(null, e, r);
              t.has(r) || (t.add(r), r.then(o, o));
            }));
        }
      }
      function pc(e, r) {
        var t = r.deletions;
        if (null !== t)
          for (var o = 0; o < t.length; o++) {
            var n = t[o];
            try {
              var i = e,
                l = r,
                c = l;
              e: for (; null !== c;) {
                switch (c.tag) {
                  case 5:
                    ((sc = c.stateNode), (uc = !1));
                    break e;
                  case 3:
                  case 4:
                    ((sc = c.stateNode.containerInfo), (uc = !0));
                    break e;
                }
                c = c.return;
              }
              if (null === sc) throw Error(a(160));
              (fc(i, l, n), (sc = null), (uc = !1));
              var s = n.alternate;
              (null !== s && (s.return = null), (n.return = null));
            } catch (e) {
              xs(n, r, e);
            }
          }
        if (12854 & r.subtreeFlags) for (r = r.child; null !== r;) (vc(r, e), (r = r.sibling));
      }
      function vc(e, r) {
        var t = e.alternate,
          o = e.flags;
        switch (e.tag) {
          case 0:
          case 11:
          case 14:
          case 15:
            if ((pc(r, e), hc(e), 4 & o)) {
              try {
                (rc(3, e, e.return), tc(3, e));
              } catch (r) {
                xs(e, e.return, r);
              }
              try {
                rc(5, e, e.return);
              } catch (r) {
                xs(e, e.return, r);
              }
            }
            break;
          case 1:
            (pc(r, e), hc(e), 512 & o && null !== t && Jl(t, t.return));
            break;
          case 5:
            if ((pc(r, e), hc(e), 512 & o && null !== t && Jl(t, t.return), 32 & e.flags)) {
              var n = e.stateNode;
              try {
                fe(n, '');
              } catch (r) {
                xs(e, e.return, r);
              }
            }
            if (4 & o && null != (n = e.stateNode)) {
              var i = e.memoizedProps,
                l = null !== t ? t.memoizedProps : i,
                c = e.type,
                s = e.updateQueue;
              if (((e.updateQueue = null), null !== s))
                try {
                  ('input' === c && 'radio' === i.type && null != i.name && K(n, i), ye(c, l));
                  var u = ye(c, i);
                  for (l = 0; l < s.length; l += 2) {
                    var d = s[l],
                      f = s[l + 1];
                    'style' === d
                      ? he(n, f)
                      : 'dangerouslySetInnerHTML' === d
                        ? de(n, f)
                        : 'children' === d
                          ? fe(n, f)
                          : y(n, d, f, u);
                  }
                  switch (c) {
                    case 'input':
                      J(n, i);
                      break;
                    case 'textarea':
                      ae(n, i);
                      break;
                    case 'select':
                      var g = n._wrapperState.wasMultiple;
                      n._wrapperState.wasMultiple = !!i.multiple;
                      var p = i.value;
                      null != p
                        ? te(n, !!i.multiple, p, !1)
                        : g !== !!i.multiple &&
                          (null != i.defaultValue
                            ? te(n, !!i.multiple, i.defaultValue, !0)
                            : te(n, !!i.multiple, i.multiple ? [] : '', !1));
                  }
                  n[pn] = i;
                } catch (r) {
                  xs(e, e.return, r);
                }
            }
            break;
          case 6:
            if ((pc(r, e), hc(e), 4 & o)) {
              if (null === e.stateNode) throw Error(a(162));
              ((n = e.stateNode), (i = e.memoizedProps));
              try {
                n.nodeValue = i;
              } catch (r) {
                xs(e, e.return, r);
              }
            }
            break;
          case 3:
            if ((pc(r, e), hc(e), 4 & o && null !== t && t.memoizedState.isDehydrated))
              try {
                Or(r.containerInfo);
              } catch (r) {
                xs(e, e.return, r);
              }
            break;
          case 4:
          default:
            (pc(r, e), hc(e));
            break;
          case 13:
            (pc(r, e),
              hc(e),
              8192 & (n = e.child).flags &&
                ((i = null !== n.memoizedState),
                (n.stateNode.isHidden = i),
                !i || (null !== n.alternate && null !== n.alternate.memoizedState) || (Ac = Ke())),
              4 & o && gc(e));
            break;
          case 22:
            if (
              ((d = null !== t && null !== t.memoizedState),
              1 & e.mode ? ((Yl = (u = Yl) || d), pc(r, e), (Yl = u)) : pc(r, e),
              hc(e),
              8192 & o)
            ) {
              if (((u = null !== e.memoizedState), (e.stateNode.isHidden = u) && !d && 1 & e.mode))
                for (Kl = e, d = e.child; null !== d;) {
                  for (f = Kl = d; null !== Kl;) {
                    switch (((p = (g = Kl).child), g.tag)) {
                      case 0:
                      case 11:
                      case 14:
                      case 15:
                        rc(4, g, g.return);
                        break;
                      case 1:
                        Jl(g, g.return);
                        var v = g.stateNode;
                        if ('function' == typeof v.componentWillUnmount) {
                          ((o = g), (t = g.return));
                          try {
                            ((r = o),
                              (v.props = r.memoizedProps),
                              (v.state = r.memoizedState),
                              v.componentWillUnmount());
                          } catch (e) {
                            xs(o, t, e);
                          }
                        }
                        break;
                      case 5:
                        Jl(g, g.return);
                        break;
                      case 22:
                        if (null !== g.memoizedState) {
                          kc(f);
                          continue;
                        }
                    }
                    null !== p ? ((p.return = g), (Kl = p)) : kc(f);
                  }
                  d = d.sibling;
                }
              e: for (d = null, f = e; ;) {
                if (5 === f.tag) {
                  if (null === d) {
                    d = f;
                    try {
                      ((n = f.stateNode),
                        u
                          ? 'function' == typeof (i = n.style).setProperty
                            ? i.setProperty('display', 'none', 'important')
                            : (i.display = 'none')
                          : ((c = f.stateNode),
                            (l =
                              null != (s = f.memoizedProps.style) && s.hasOwnProperty('display')
                                ? s.display
                                : null),
                            (c.style.display = ve('display', l))));
                    } catch (r) {
                      xs(e, e.return, r);
                    }
                  }
                } else if (6 === f.tag) {
                  if (null === d)
                    try {
                      f.stateNode.nodeValue = u ? '' : f.memoizedProps;
                    } catch (r) {
                      xs(e, e.return, r);
                    }
                } else if (
                  ((22 !== f.tag && 23 !== f.tag) || null === f.memoizedState || f === e) &&
                  null !== f.child
                ) {
                  ((f.child.return = f), (f = f.child));
                  continue;
                }
                if (f === e) break e;
                for (; null === f.sibling;) {
                  if (null === f.return || f.return === e) break e;
                  (d === f && (d = null), (f = f.return));
                }
                (d === f && (d = null), (f.sibling.return = f.return), (f = f.sibling));
              }
            }
            break;
          case 19:
            (pc(r, e), hc(e), 4 & o && gc(e));
          case 21:
        }
      }
      function hc(e) {
        var r = e.flags;
        if (2 & r) {
          try {
            e: {
              for (var t = e.return; null !== t;) {
                if (ac(t)) {
                  var o = t;
                  break e;
                }
                t = t.return;
              }
              throw Error(a(160));
            }
            switch (o.tag) {
              case 5:
                var n = o.stateNode;
                (32 & o.flags && (fe(n, ''), (o.flags &= -33)), cc(e, ic(e), n));
                break;
              case 3:
              case 4:
                var i = o.stateNode.containerInfo;
                lc(e, ic(e), i);
                break;
              default:
                throw Error(a(161));
            }
          } catch (r) {
            xs(e, e.return, r);
          }
          e.flags &= -3;
        }
        4096 & r && (e.flags &= -4097);
      }
      function mc(e, r, t) {
        ((Kl = e), bc(e, r, t));
      }
      function bc(e, r, t) {
        for (var o = !!(1 & e.mode); null !== Kl;) {
          var n = Kl,
            a = n.child;
          if (22 === n.tag && o) {
            var i = null !== n.memoizedState || Gl;
            if (!i) {
              var l = n.alternate,
                c = (null !== l && null !== l.memoizedState) || Yl;
              l = Gl;
              var s = Yl;
              if (((Gl = i), (Yl = c) && !s))
                for (Kl = n; null !== Kl;)
                  ((c = (i = Kl).child),
                    22 === i.tag && null !== i.memoizedState
                      ? wc(n)
                      : null !== c
                        ? ((c.return = i), (Kl = c))
                        : wc(n));
              for (; null !== a;) ((Kl = a), bc(a, r, t), (a = a.sibling));
              ((Kl = n), (Gl = l), (Yl = s));
            }
            yc(e);
          } else 8772 & n.subtreeFlags && null !== a ? ((a.return = n), (Kl = a)) : yc(e);
        }
      }
      function yc(e) {
        for (; null !== Kl;) {
          var r = Kl;
          if (8772 & r.flags) {
            var t = r.alternate;
            try {
              if (8772 & r.flags)
                switch (r.tag) {
                  case 0:
                  case 11:
                  case 15:
                    Yl || tc(5, r);
                    break;
                  case 1:
                    var o = r.stateNode;
                    if (4 & r.flags && !Yl)
                      if (null === t) o.componentDidMount();
                      else {
                        var n = r.elementType === r.type ? t.memoizedProps : tl(r.type, t.memoizedProps);
                        o.componentDidUpdate(n, t.memoizedState, o.__reactInternalSnapshotBeforeUpdate);
                      }
                    var i = r.updateQueue;
                    null !== i && Va(r, i, o);
                    break;
                  case 3:
                    var l = r.updateQueue;
                    if (null !== l) {
                      if (((t = null), null !== r.child))
                        switch (r.child.tag) {
                          case 5:
                          case 1:
                            t = r.child.stateNode;
                        }
                      Va(r, l, t);
                    }
                    break;
                  case 5:
                    var c = r.stateNode;
                    if (null === t && 4 & r.flags) {
                      t = c;
                      var s = r.memoizedProps;
                      switch (r.type) {
                        case 'button':
                        case 'input':
                        case 'select':
                        case 'textarea':
                          s.autoFocus && t.focus();
                          break;
                        case 'img':
                          s.src && (t.src = s.src);
                      }
                    }
                    break;
                  case 6:
                  case 4:
                  case 12:
                  case 19:
                  case 17:
                  case 21:
                  case 22:
                  case 23:
                  case 25:
                    break;
                  case 13:
                    if (null === r.memoizedState) {
                      var u = r.alternate;
                      if (null !== u) {
                        var d = u.memoizedState;
                        if (null !== d) {
                          var f = d.dehydrated;
                          null !== f && Or(f);
                        }
                      }
                    }
                    break;
                  default:
                    throw Error(a(163));
                }
              Yl || (512 & r.flags && oc(r));
            } catch (e) {
              xs(r, r.return, e);
            }
          }
          if (r === e) {
            Kl = null;
            break;
          }
          if (null !== (t = r.sibling)) {
            ((t.return = r.return), (Kl = t));
            break;
          }
          Kl = r.return;
        }
      }
      function kc(e) {
        for (; null !== Kl;) {
          var r = Kl;
          if (r === e) {
            Kl = null;
            break;
          }
          var t = r.sibling;
          if (null !== t) {
            ((t.return = r.return), (Kl = t));
            break;
          }
          Kl = r.return;
        }
      }
      function wc(e) {
        for (; null !== Kl;) {
          var r = Kl;
          try {
            switch (r.tag) {
              case 0:
              case 11:
              case 15:
                var t = r.return;
                try {
                  tc(4, r);
                } catch (e) {
                  xs(r, t, e);
                }
                break;
              case 1:
                var o = r.stateNode;
                if ('function' == typeof o.componentDidMount) {
                  var n = r.return;
                  try {
                    o.componentDidMount();
                  } catch (e) {
                    xs(r, n, e);
                  }
                }
                var a = r.return;
                try {
                  oc(r);
                } catch (e) {
                  xs(r, a, e);
                }
                break;
              case 5:
                var i = r.return;
                try {
                  oc(r);
                } catch (e) {
                  xs(r, i, e);
                }
            }
          } catch (e) {
            xs(r, r.return, e);
          }
          if (r === e) {
            Kl = null;
            break;
          }
          var l = r.sibling;
          if (null !== l) {
            ((l.return = r.return), (Kl = l));
            break;
          }
          Kl = r.return;
        }
      }
      var Bc,
        xc = Math.ceil,
        Sc = k.ReactCurrentDispatcher,
        zc = k.ReactCurrentOwner,
        _c = k.ReactCurrentBatchConfig,
        Nc = 0,
        Pc = null,
        Fc = null,
        Tc = 0,
        jc = 0,
        Cc = zn(0),
        Ec = 0,
        qc = null,
        Dc = 0,
        Rc = 0,
        Hc = 0,
        Ic = null,
        Mc = null,
        Ac = 0,
        Lc = 1 / 0,
        Oc = null,
        Wc = !1,
        Vc = null,
        Xc = null,
        $c = !1,
        Uc = null,
        Gc = 0,
        Yc = 0,
        Qc = null,
        Kc = -1,
        Jc = 0;
      function Zc() {
        return 6 & Nc ? Ke() : -1 !== Kc ? Kc : (Kc = Ke());
      }
      function es(e) {
        return 1 & e.mode
          ? 2 & Nc && 0 !== Tc
            ? Tc & -Tc
            : null !== ha.transition
              ? (0 === Jc && (Jc = vr()), Jc)
              : 0 !== (e = yr)
                ? e
                : (e = void 0 === (e = window.event) ? 16 : Qr(e.type))
          : 1;
      }
      function rs(e, r, t, o) {
        if (50 < Yc) throw ((Yc = 0), (Qc = null), Error(a(185)));
        (mr(e, t, o),
          (2 & Nc && e === Pc) ||
            (e === Pc && (!(2 & Nc) && (Rc |= t), 4 === Ec && is(e, Tc)),
            ts(e, o),
            1 === t && 0 === Nc && !(1 & r.mode) && ((Lc = Ke() + 500), An && Wn())));
      }
      function ts(e, r) {
        var t = e.callbackNode;
        !(function (e, r) {
          for (
            var t = e.suspendedLanes, o = e.pingedLanes, n = e.expirationTimes, a = e.pendingLanes;
            0 < a;
          ) {
            var i = 31 - ir(a),
              l = 1 << i,
              c = n[i];
            (-1 === c
              ? (0 !== (l & t) && 0 === (l & o)) || (n[i] = gr(l, r))
              : c <= r && (e.expiredLanes |= l),
              (a &= ~l));
          }
        })(e, r);
        var o = fr(e, e === Pc ? Tc : 0);
        if (0 === o) (null !== t && Ge(t), (e.callbackNode = null), (e.callbackPriority = 0));
        else if (((r = o & -o), e.callbackPriority !== r)) {
          if ((null != t && Ge(t), 1 === r))
            (0 === e.tag
              ? (function (e) {
                  ((An = !0), On(e));
                })(ls.bind(null, e))
              : On(ls.bind(null, e)),
              ln(function () {
                !(6 & Nc) && Wn();
              }),
              (t = null));
          else {
            switch (kr(o)) {
              case 1:
                t = Ze;
                break;
              case 4:
                t = er;
                break;
              case 16:
              default:
                t = rr;
                break;
              case 536870912:
                t = or;
            }
            t = Ps(t, os.bind(null, e));
          }
          ((e.callbackPriority = r), (e.callbackNode = t));
        }
      }
      function os(e, r) {
        if (((Kc = -1), (Jc = 0), 6 & Nc)) throw Error(a(327));
        var t = e.callbackNode;
        if (ws() && e.callbackNode !== t) return null;
        var o = fr(e, e === Pc ? Tc : 0);
        if (0 === o) return null;
        if (30 & o || 0 !== (o & e.expiredLanes) || r) r = vs(e, o);
        else {
          r = o;
          var n = Nc;
          Nc |= 2;
          var i = gs();
          for ((Pc === e && Tc === r) || ((Oc = null), (Lc = Ke() + 500), ds(e, r)); ;)
            try {
              ms();
              break;
            } catch (r) {
              fs(e, r);
            }
          (Na(), (Sc.current = i), (Nc = n), null !== Fc ? (r = 0) : ((Pc = null), (Tc = 0), (r = Ec)));
        }
        if (0 !== r) {
          if ((2 === r && 0 !== (n = pr(e)) && ((o = n), (r = ns(e, n))), 1 === r))
            throw ((t = qc), ds(e, 0), is(e, o), ts(e, Ke()), t);
          if (6 === r) is(e, o);
          else {
            if (
              ((n = e.current.alternate),
              !(
                30 & o ||
                (function (e) {
                  for (var r = e; ;) {
                    if (16384 & r.flags) {
                      var t = r.updateQueue;
                      if (null !== t && null !== (t = t.stores))
                        for (var o = 0; o < t.length; o++) {
                          var n = t[o],
                            a = n.getSnapshot;
                          n = n.value;
                          try {
                            if (!io(a(), n)) return !1;
                          } catch (e) {
                            return !1;
                          }
                        }
                    }
                    if (((t = r.child), 16384 & r.subtreeFlags && null !== t)) ((t.return = r), (r = t));
                    else {
                      if (r === e) break;
                      for (; null === r.sibling;) {
                        if (null === r.return || r.return === e) return !0;
                        r = r.return;
                      }
                      ((r.sibling.return = r.return), (r = r.sibling));
                    }
                  }
                  return !0;
                })(n) ||
                ((r = vs(e, o)), 2 === r && ((i = pr(e)), 0 !== i && ((o = i), (r = ns(e, i)))), 1 !== r)
              ))
            )
              throw ((t = qc), ds(e, 0), is(e, o), ts(e, Ke()), t);
            switch (((e.finishedWork = n), (e.finishedLanes = o), r)) {
              case 0:
              case 1:
                throw Error(a(345));
              case 2:
              case 5:
                ks(e, Mc, Oc);
                break;
              case 3:
                if ((is(e, o), (130023424 & o) === o && 10 < (r = Ac + 500 - Ke()))) {
                  if (0 !== fr(e, 0)) break;
                  if (((n = e.suspendedLanes) & o) !== o) {
                    (Zc(), (e.pingedLanes |= e.suspendedLanes & n));
                    break;
                  }
                  e.timeoutHandle = on(ks.bind(null, e, Mc, Oc), r);
                  break;
                }
                ks(e, Mc, Oc);
                break;
              case 4:
                if ((is(e, o), (4194240 & o) === o)) break;
                for (r = e.eventTimes, n = -1; 0 < o;) {
                  var l = 31 - ir(o);
                  ((i = 1 << l), (l = r[l]) > n && (n = l), (o &= ~i));
                }
                if (
                  ((o = n),
                  10 <
                    (o =
                      (120 > (o = Ke() - o)
                        ? 120
                        : 480 > o
                          ? 480
                          : 1080 > o
                            ? 1080
                            : 1920 > o
                              ? 1920
                              : 3e3 > o
                                ? 3e3
                                : 4320 > o
                                  ? 4320
                                  : 1960 * xc(o / 1960)) - o))
                ) {
                  e.timeoutHandle = on(ks.bind(null, e, Mc, Oc), o);
                  break;
                }
                ks(e, Mc, Oc);
                break;
              default:
                throw Error(a(329));
            }
          }
        }
        return (ts(e, Ke()), e.callbackNode === t ? os.bind(null, e) : null);
      }
      function ns(e, r) {
        var t = Ic;
        return (
          e.current.memoizedState.isDehydrated && (ds(e, r).flags |= 256),
          2 !== (e = vs(e, r)) && ((r = Mc), (Mc = t), null !== r && as(r)),
          e
        );
      }
      function as(e) {
        null === Mc ? (Mc = e) : Mc.push.apply(Mc, e);
      }
      function is(e, r) {
        for (r &= ~Hc, r &= ~Rc, e.suspendedLanes |= r, e.pingedLanes &= ~r, e = e.expirationTimes; 0 < r;) {
          var t = 31 - ir(r),
            o = 1 << t;
          ((e[t] = -1), (r &= ~o));
        }
      }
      function ls(e) {
        if (6 & Nc) throw Error(a(327));
        ws();
        var r = fr(e, 0);
        if (!(1 & r)) return (ts(e, Ke()), null);
        var t = vs(e, r);
        if (0 !== e.tag && 2 === t) {
          var o = pr(e);
          0 !== o && ((r = o), (t = ns(e, o)));
        }
        if (1 === t) throw ((t = qc), ds(e, 0), is(e, r), ts(e, Ke()), t);
        if (6 === t) throw Error(a(345));
        return (
          (e.finishedWork = e.current.alternate),
          (e.finishedLanes = r),
          ks(e, Mc, Oc),
          ts(e, Ke()),
          null
        );
      }
      function cs(e, r) {
        var t = Nc;
        Nc |= 1;
        try {
          return e(r);
        } finally {
          0 === (Nc = t) && ((Lc = Ke() + 500), An && Wn());
        }
      }
      function ss(e) {
        null !== Uc && 0 === Uc.tag && !(6 & Nc) && ws();
        var r = Nc;
        Nc |= 1;
        var t = _c.transition,
          o = yr;
        try {
          if (((_c.transition = null), (yr = 1), e)) return e();
        } finally {
          ((yr = o), (_c.transition = t), !(6 & (Nc = r)) && Wn());
        }
      }
      function us() {
        ((jc = Cc.current), _n(Cc));
      }
      function ds(e, r) {
        ((e.finishedWork = null), (e.finishedLanes = 0));
        var t = e.timeoutHandle;
        if ((-1 !== t && ((e.timeoutHandle = -1), nn(t)), null !== Fc))
          for (t = Fc.return; null !== t;) {
            var o = t;
            switch ((ta(o), o.tag)) {
              case 1:
                null != (o = o.type.childContextTypes) && qn();
                break;
              case 3:
                (Ka(), _n(Tn), _n(Fn), oi());
                break;
              case 5:
                Za(o);
                break;
              case 4:
                Ka();
                break;
              case 13:
              case 19:
                _n(ei);
                break;
              case 10:
                Pa(o.type._context);
                break;
              case 22:
              case 23:
                us();
            }
            t = t.return;
          }
        if (
          ((Pc = e),
          (Fc = e = Cs(e.current, null)),
          (Tc = jc = r),
          (Ec = 0),
          (qc = null),
          (Hc = Rc = Dc = 0),
          (Mc = Ic = null),
          null !== Ca)
        ) {
          for (r = 0; r < Ca.length; r++)
            if (null !== (o = (t = Ca[r]).interleaved)) {
              t.interleaved = null;
              var n = o.next,
                a = t.pending;
              if (null !== a) {
                var i = a.next;
                ((a.next = n), (o.next = i));
              }
              t.pending = o;
            }
          Ca = null;
        }
        return e;
      }
      function fs(e, r) {
        for (;;) {
          var t = Fc;
          try {
            if ((Na(), (ni.current = Ji), ui)) {
              for (var o = li.memoizedState; null !== o;) {
                var n = o.queue;
                (null !== n && (n.pending = null), (o = o.next));
              }
              ui = !1;
            }
            if (
              ((ii = 0),
              (si = ci = li = null),
              (di = !1),
              (fi = 0),
              (zc.current = null),
              null === t || null === t.return)
            ) {
              ((Ec = 1), (qc = r), (Fc = null));
              break;
            }
            e: {
              var i = e,
                l = t.return,
                c = t,
                s = r;
              if (
                ((r = Tc),
                (c.flags |= 32768),
                null !== s && 'object' == typeof s && 'function' == typeof s.then)
              ) {
                var u = s,
                  d = c,
                  f = d.tag;
                if (!(1 & d.mode || (0 !== f && 11 !== f && 15 !== f))) {
                  var g = d.alternate;
                  g
                    ? ((d.updateQueue = g.updateQueue),
                      (d.memoizedState = g.memoizedState),
                      (d.lanes = g.lanes))
                    : ((d.updateQueue = null), (d.memoizedState = null));
                }
                var p = hl(l);
                if (null !== p) {
                  ((p.flags &= -257), ml(p, l, c, 0, r), 1 & p.mode && vl(i, u, r), (s = u));
                  var v = (r = p).updateQueue;
                  if (null === v) {
                    var h = new Set();
                    (h.add(s), (r.updateQueue = h));
                  } else v.add(s);
                  break e;
                }
                if (!(1 & r)) {
                  (vl(i, u, r), ps());
                  break e;
                }
                s = Error(a(426));
              } else if (aa && 1 & c.mode) {
                var m = hl(l);
                if (null !== m) {
                  (!(65536 & m.flags) && (m.flags |= 256), ml(m, l, c, 0, r), va(sl(s, c)));
                  break e;
                }
              }
              ((i = s = sl(s, c)), 4 !== Ec && (Ec = 2), null === Ic ? (Ic = [i]) : Ic.push(i), (i = l));
              do {
                switch (i.tag) {
                  case 3:
                    ((i.flags |= 65536), (r &= -r), (i.lanes |= r), Oa(i, gl(0, s, r)));
                    break e;
                  case 1:
                    c = s;
                    var b = i.type,
                      y = i.stateNode;
                    if (!(
                      128 & i.flags ||
                      ('function' != typeof b.getDerivedStateFromError &&
                        (null === y ||
                          'function' != typeof y.componentDidCatch ||
                          (null !== Xc && Xc.has(y))))
                    )) {
                      ((i.flags |= 65536), (r &= -r), (i.lanes |= r), Oa(i, pl(i, c, r)));
                      break e;
                    }
                }
                i = i.return;
              } while (null !== i);
            }
            ys(t);
          } catch (e) {
            ((r = e), Fc === t && null !== t && (Fc = t = t.return));
            continue;
          }
          break;
        }
      }
      function gs() {
        var e = Sc.current;
        return ((Sc.current = Ji), null === e ? Ji : e);
      }
      function ps() {
        ((0 !== Ec && 3 !== Ec && 2 !== Ec) || (Ec = 4),
          null === Pc || (!(268435455 & Dc) && !(268435455 & Rc)) || is(Pc, Tc));
      }
      function vs(e, r) {
        var t = Nc;
        Nc |= 2;
        var o = gs();
        for ((Pc === e && Tc === r) || ((Oc = null), ds(e, r)); ;)
          try {
            hs();
            break;
          } catch (r) {
            fs(e, r);
          }
        if ((Na(), (Nc = t), (Sc.current = o), null !== Fc)) throw Error(a(261));
        return ((Pc = null), (Tc = 0), Ec);
      }
      function hs() {
        for (; null !== Fc;) bs(Fc);
      }
      function ms() {
        for (; null !== Fc && !Ye();) bs(Fc);
      }
      function bs(e) {
        var r = Bc(e.alternate, e, jc);
        ((e.memoizedProps = e.pendingProps), null === r ? ys(e) : (Fc = r), (zc.current = null));
      }
      function ys(e) {
        var r = e;
        do {
          var t = r.alternate;
          if (((e = r.return), 32768 & r.flags)) {
            if (null !== (t = Ul(t, r))) return ((t.flags &= 32767), void (Fc = t));
            if (null === e) return ((Ec = 6), void (Fc = null));
            ((e.flags |= 32768), (e.subtreeFlags = 0), (e.deletions = null));
          } else if (null !== (t = $l(t, r, jc))) return void (Fc = t);
          if (null !== (r = r.sibling)) return void (Fc = r);
          Fc = r = e;
        } while (null !== r);
        0 === Ec && (Ec = 5);
      }
      function ks(e, r, t) {
        var o = yr,
          n = _c.transition;
        try {
          ((_c.transition = null),
            (yr = 1),
            (function (e, r, t, o) {
              do {
                ws();
              } while (null !== Uc);
              if (6 & Nc) throw Error(a(327));
              t = e.finishedWork;
              var n = e.finishedLanes;
              if (null === t) return null;
              if (((e.finishedWork = null), (e.finishedLanes = 0), t === e.current)) throw Error(a(177));
              ((e.callbackNode = null), (e.callbackPriority = 0));
              var i = t.lanes | t.childLanes;
              if (
                ((function (e, r) {
                  var t = e.pendingLanes & ~r;
                  ((e.pendingLanes = r),
                    (e.suspendedLanes = 0),
                    (e.pingedLanes = 0),
                    (e.expiredLanes &= r),
                    (e.mutableReadLanes &= r),
                    (e.entangledLanes &= r),
                    (r = e.entanglements));
                  var o = e.eventTimes;
                  for (e = e.expirationTimes; 0 < t;) {
                    var n = 31 - ir(t),
                      a = 1 << n;
                    ((r[n] = 0), (o[n] = -1), (e[n] = -1), (t &= ~a));
                  }
                })(e, i),
                e === Pc && ((Fc = Pc = null), (Tc = 0)),
                (!(2064 & t.subtreeFlags) && !(2064 & t.flags)) ||
                  $c ||
                  (($c = !0),
                  Ps(rr, function () {
                    return (ws(), null);
                  })),
                (i = !!(15990 & t.flags)),
                15990 & t.subtreeFlags || i)
              ) {
                ((i = _c.transition), (_c.transition = null));
                var l = yr;
                yr = 1;
                var c = Nc;
                ((Nc |= 4),
                  (zc.current = null),
                  (function (e, r) {
                    if (((en = Vr), go((e = fo())))) {
                      if ('selectionStart' in e) var t = { start: e.selectionStart, end: e.selectionEnd };
                      else
                        e: {
                          var o =
                            (t = ((t = e.ownerDocument) && t.defaultView) || window).getSelection &&
                            t.getSelection();
                          if (o && 0 !== o.rangeCount) {
                            t = o.anchorNode;
                            var n = o.anchorOffset,
                              i = o.focusNode;
                            o = o.focusOffset;
                            try {
                              (t.nodeType, i.nodeType);
                            } catch (e) {
                              t = null;
                              break e;
                            }
                            var l = 0,
                              c = -1,
                              s = -1,
                              u = 0,
                              d = 0,
                              f = e,
                              g = null;
                            r: for (;;) {
                              for (
                                var p;
                                f !== t || (0 !== n && 3 !== f.nodeType) || (c = l + n),
                                  f !== i || (0 !== o && 3 !== f.nodeType) || (s = l + o),
                                  3 === f.nodeType && (l += f.nodeValue.length),
                                  null !== (p = f.firstChild);
                              )
                                ((g = f), (f = p));
                              for (;;) {
                                if (f === e) break r;
                                if (
                                  (g === t && ++u === n && (c = l),
                                  g === i && ++d === o && (s = l),
                                  null !== (p = f.nextSibling))
                                )
                                  break;
                                g = (f = g).parentNode;
                              }
                              f = p;
                            }
                            t = -1 === c || -1 === s ? null : { start: c, end: s };
                          } else t = null;
                        }
                      t = t || { start: 0, end: 0 };
                    } else t = null;
                    for (rn = { focusedElem: e, selectionRange: t }, Vr = !1, Kl = r; null !== Kl;)
                      if (((e = (r = Kl).child), 1028 & r.subtreeFlags && null !== e))
                        ((e.return = r), (Kl = e));
                      else
                        for (; null !== Kl;) {
                          r = Kl;
                          try {
                            var v = r.alternate;
                            if (1024 & r.flags)
                              switch (r.tag) {
                                case 0:
                                case 11:
                                case 15:
                                case 5:
                                case 6:
                                case 4:
                                case 17:
                                  break;
                                case 1:
                                  if (null !== v) {
                                    var h = v.memoizedProps,
                                      m = v.memoizedState,
                                      b = r.stateNode,
                                      y = b.getSnapshotBeforeUpdate(
                                        r.elementType === r.type ? h : tl(r.type, h),
                                        m,
                                      );
                                    b.__reactInternalSnapshotBeforeUpdate = y;
                                  }
                                  break;
                                case 3:
                                  var k = r.stateNode.containerInfo;
                                  1 === k.nodeType
                                    ? (k.textContent = '')
                                    : 9 === k.nodeType &&
                                      k.documentElement &&
                                      k.removeChild(k.documentElement);
                                  break;
                                default:
                                  throw Error(a(163));
                              }
                          } catch (e) {
                            xs(r, r.return, e);
                          }
                          if (null !== (e = r.sibling)) {
                            ((e.return = r.return), (Kl = e));
                            break;
                          }
                          Kl = r.return;
                        }
                    ((v = ec), (ec = !1));
                  })(e, t),
                  vc(t, e),
                  po(rn),
                  (Vr = !!en),
                  (rn = en = null),
                  (e.current = t),
                  mc(t, e, n),
                  Qe(),
                  (Nc = c),
                  (yr = l),
                  (_c.transition = i));
              } else e.current = t;
              if (
                ($c && (($c = !1), (Uc = e), (Gc = n)),
                0 === (i = e.pendingLanes) && (Xc = null),
                (function (e) {
                  if (ar && 'function' == typeof ar.onCommitFiberRoot)
                    try {
                      ar.onCommitFiberRoot(nr, e, void 0, !(128 & ~e.current.flags));
                    } catch (e) {}
                })(t.stateNode),
                ts(e, Ke()),
                null !== r)
              )
                for (o = e.onRecoverableError, t = 0; t < r.length; t++)
                  o((n = r[t]).value, { componentStack: n.stack, digest: n.digest });
              if (Wc) throw ((Wc = !1), (e = Vc), (Vc = null), e);
              (!!(1 & Gc) && 0 !== e.tag && ws(),
                1 & (i = e.pendingLanes) ? (e === Qc ? Yc++ : ((Yc = 0), (Qc = e))) : (Yc = 0),
                Wn());
            })(e, r, t, o));
        } finally {
          ((_c.transition = n), (yr = o));
        }
        return null;
      }
      function ws() {
        if (null !== Uc) {
          var e = kr(Gc),
            r = _c.transition,
            t = yr;
          try {
            if (((_c.transition = null), (yr = 16 > e ? 16 : e), null === Uc)) var o = !1;
            else {
              if (((e = Uc), (Uc = null), (Gc = 0), 6 & Nc)) throw Error(a(331));
              var n = Nc;
              for (Nc |= 4, Kl = e.current; null !== Kl;) {
                var i = Kl,
                  l = i.child;
                if (16 & Kl.flags) {
                  var c = i.deletions;
                  if (null !== c) {
                    for (var s = 0; s < c.length; s++) {
                      var u = c[s];
                      for (Kl = u; null !== Kl;) {
                        var d = Kl;
                        switch (d.tag) {
                          case 0:
                          case 11:
                          case 15:
                            rc(8, d, i);
                        }
                        var f = d.child;
                        if (null !== f) ((f.return = d), (Kl = f));
                        else
                          for (; null !== Kl;) {
                            var g = (d = Kl).sibling,
                              p = d.return;
                            if ((nc(d), d === u)) {
                              Kl = null;
                              break;
                            }
                            if (null !== g) {
                              ((g.return = p), (Kl = g));
                              break;
                            }
                            Kl = p;
                          }
                      }
                    }
                    var v = i.alternate;
                    if (null !== v) {
                      var h = v.child;
                      if (null !== h) {
                        v.child = null;
                        do {
                          var m = h.sibling;
                          ((h.sibling = null), (h = m));
                        } while (null !== h);
                      }
                    }
                    Kl = i;
                  }
                }
                if (2064 & i.subtreeFlags && null !== l) ((l.return = i), (Kl = l));
                else
                  e: for (; null !== Kl;) {
                    if (2048 & (i = Kl).flags)
                      switch (i.tag) {
                        case 0:
                        case 11:
                        case 15:
                          rc(9, i, i.return);
                      }
                    var b = i.sibling;
                    if (null !== b) {
                      ((b.return = i.return), (Kl = b));
                      break e;
                    }
                    Kl = i.return;
                  }
              }
              var y = e.current;
              for (Kl = y; null !== Kl;) {
                var k = (l = Kl).child;
                if (2064 & l.subtreeFlags && null !== k) ((k.return = l), (Kl = k));
                else
                  e: for (l = y; null !== Kl;) {
                    if (2048 & (c = Kl).flags)
                      try {
                        switch (c.tag) {
                          case 0:
                          case 11:
                          case 15:
                            tc(9, c);
                        }
                      } catch (e) {
                        xs(c, c.return, e);
                      }
                    if (c === l) {
                      Kl = null;
                      break e;
                    }
                    var w = c.sibling;
                    if (null !== w) {
                      ((w.return = c.return), (Kl = w));
                      break e;
                    }
                    Kl = c.return;
                  }
              }
              if (((Nc = n), Wn(), ar && 'function' == typeof ar.onPostCommitFiberRoot))
                try {
                  ar.onPostCommitFiberRoot(nr, e);
                } catch (e) {}
              o = !0;
            }
            return o;
          } finally {
            ((yr = t), (_c.transition = r));
          }
        }
        return !1;
      }
      function Bs(e, r, t) {
        ((e = Aa(e, (r = gl(0, (r = sl(t, r)), 1)), 1)), (r = Zc()), null !== e && (mr(e, 1, r), ts(e, r)));
      }
      function xs(e, r, t) {
        if (3 === e.tag) Bs(e, e, t);
        else
          for (; null !== r;) {
            if (3 === r.tag) {
              Bs(r, e, t);
              break;
            }
            if (1 === r.tag) {
              var o = r.stateNode;
              if (
                'function' == typeof r.type.getDerivedStateFromError ||
                ('function' == typeof o.componentDidCatch && (null === Xc || !Xc.has(o)))
              ) {
                ((r = Aa(r, (e = pl(r, (e = sl(t, e)), 1)), 1)),
                  (e = Zc()),
                  null !== r && (mr(r, 1, e), ts(r, e)));
                break;
              }
            }
            r = r.return;
          }
      }
      function Ss(e, r, t) {
        var o = e.pingCache;
        (null !== o && o.delete(r),
          (r = Zc()),
          (e.pingedLanes |= e.suspendedLanes & t),
          Pc === e &&
            (Tc & t) === t &&
            (4 === Ec || (3 === Ec && (130023424 & Tc) === Tc && 500 > Ke() - Ac) ? ds(e, 0) : (Hc |= t)),
          ts(e, r));
      }
      function zs(e, r) {
        0 === r && (1 & e.mode ? ((r = ur), !(130023424 & (ur <<= 1)) && (ur = 4194304)) : (r = 1));
        var t = Zc();
        null !== (e = Da(e, r)) && (mr(e, r, t), ts(e, t));
      }
      function _s(e) {
        var r = e.memoizedState,
          t = 0;
        (null !== r && (t = r.retryLane), zs(e, t));
      }
      function Ns(e, r) {
        var t = 0;
        switch (e.tag) {
          case 13:
            var o = e.stateNode,
              n = e.memoizedState;
            null !== n && (t = n.retryLane);
            break;
          case 19:
            o = e.stateNode;
            break;
          default:
            throw Error(a(314));
        }
        (null !== o && o.delete(r), zs(e, t));
      }
      function Ps(e, r) {
        return Ue(e, r);
      }
      function Fs(e, r, t, o) {
        ((this.tag = e),
          (this.key = t),
          (this.sibling = this.child = this.return = this.stateNode = this.type = this.elementType = null),
          (this.index = 0),
          (this.ref = null),
          (this.pendingProps = r),
          (this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null),
          (this.mode = o),
          (this.subtreeFlags = this.flags = 0),
          (this.deletions = null),
          (this.childLanes = this.lanes = 0),
          (this.alternate = null));
      }
      function Ts(e, r, t, o) {
        return new Fs(e, r, t, o);
      }
      function js(e) {
        return !(!(e = e.prototype) || !e.isReactComponent);
      }
      function Cs(e, r) {
        var t = e.alternate;
        return (
          null === t
            ? (((t = Ts(e.tag, r, e.key, e.mode)).elementType = e.elementType),
              (t.type = e.type),
              (t.stateNode = e.stateNode),
              (t.alternate = e),
              (e.alternate = t))
            : ((t.pendingProps = r),
              (t.type = e.type),
              (t.flags = 0),
              (t.subtreeFlags = 0),
              (t.deletions = null)),
          (t.flags = 14680064 & e.flags),
          (t.childLanes = e.childLanes),
          (t.lanes = e.lanes),
          (t.child = e.child),
          (t.memoizedProps = e.memoizedProps),
          (t.memoizedState = e.memoizedState),
          (t.updateQueue = e.updateQueue),
          (r = e.dependencies),
          (t.dependencies = null === r ? null : { lanes: r.lanes, firstContext: r.firstContext }),
          (t.sibling = e.sibling),
          (t.index = e.index),
          (t.ref = e.ref),
          t
        );
      }
      function Es(e, r, t, o, n, i) {
        var l = 2;
        if (((o = e), 'function' == typeof e)) js(e) && (l = 1);
        else if ('string' == typeof e) l = 5;
        else
          e: switch (e) {
            case x:
              return qs(t.children, n, i, r);
            case S:
              ((l = 8), (n |= 8));
              break;
            case z:
              return (((e = Ts(12, t, r, 2 | n)).elementType = z), (e.lanes = i), e);
            case F:
              return (((e = Ts(13, t, r, n)).elementType = F), (e.lanes = i), e);
            case T:
              return (((e = Ts(19, t, r, n)).elementType = T), (e.lanes = i), e);
            case E:
              return Ds(t, n, i, r);
            default:
              if ('object' == typeof e && null !== e)
                switch (e.$$typeof) {
                  case _:
                    l = 10;
                    break e;
                  case N:
                    l = 9;
                    break e;
                  case P:
                    l = 11;
                    break e;
                  case j:
                    l = 14;
                    break e;
                  case C:
                    ((l = 16), (o = null));
                    break e;
                }
              throw Error(a(130, null == e ? e : typeof e, ''));
          }
        return (((r = Ts(l, t, r, n)).elementType = e), (r.type = o), (r.lanes = i), r);
      }
      function qs(e, r, t, o) {
        return (((e = Ts(7, e, o, r)).lanes = t), e);
      }
      function Ds(e, r, t, o) {
        return (((e = Ts(22, e, o, r)).elementType = E), (e.lanes = t), (e.stateNode = { isHidden: !1 }), e);
      }
      function Rs(e, r, t) {
        return (((e = Ts(6, e, null, r)).lanes = t), e);
      }
      function Hs(e, r, t) {
        return (
          ((r = Ts(4, null !== e.children ? e.children : [], e.key, r)).lanes = t),
          (r.stateNode = {
            containerInfo: e.containerInfo,
            pendingChildren: null,
            implementation: e.implementation,
          }),
          r
        );
      }
      function Is(e, r, t, o, n) {
        ((this.tag = r),
          (this.containerInfo = e),
          (this.finishedWork = this.pingCache = this.current = this.pendingChildren = null),
          (this.timeoutHandle = -1),
          (this.callbackNode = this.pendingContext = this.context = null),
          (this.callbackPriority = 0),
          (this.eventTimes = hr(0)),
          (this.expirationTimes = hr(-1)),
          (this.entangledLanes =
            this.finishedLanes =
            this.mutableReadLanes =
            this.expiredLanes =
            this.pingedLanes =
            this.suspendedLanes =
            this.pendingLanes =
              0),
          (this.entanglements = hr(0)),
          (this.identifierPrefix = o),
          (this.onRecoverableError = n),
          (this.mutableSourceEagerHydrationData = null));
      }
      function Ms(e, r, t, o, n, a, i, l, c) {
        return (
          (e = new Is(e, r, t, l, c)),
          1 === r ? ((r = 1), !0 === a && (r |= 8)) : (r = 0),
          (a = Ts(3, null, null, r)),
          (e.current = a),
          (a.stateNode = e),
          (a.memoizedState = {
            element: o,
            isDehydrated: t,
            cache: null,
            transitions: null,
            pendingSuspenseBoundaries: null,
          }),
          Ha(a),
          e
        );
      }
      function As(e) {
        if (!e) return Pn;
        e: {
          if (Oe((e = e._reactInternals)) !== e || 1 !== e.tag) throw Error(a(170));
          var r = e;
          do {
            switch (r.tag) {
              case 3:
                r = r.stateNode.context;
                break e;
              case 1:
                if (En(r.type)) {
                  r = r.stateNode.__reactInternalMemoizedMergedChildContext;
                  break e;
                }
            }
            r = r.return;
          } while (null !== r);
          throw Error(a(171));
        }
        if (1 === e.tag) {
          var t = e.type;
          if (En(t)) return Rn(e, t, r);
        }
        return r;
      }
      function Ls(e, r, t, o, n, a, i, l, c) {
        return (
          ((e = Ms(t, o, !0, e, 0, a, 0, l, c)).context = As(null)),
          (t = e.current),
          ((a = Ma((o = Zc()), (n = es(t)))).callback = null != r ? r : null),
          Aa(t, a, n),
          (e.current.lanes = n),
          mr(e, n, o),
          ts(e, o),
          e
        );
      }
      function Os(e, r, t, o) {
        var n = r.current,
          a = Zc(),
          i = es(n);
        return (
          (t = As(t)),
          null === r.context ? (r.context = t) : (r.pendingContext = t),
          ((r = Ma(a, i)).payload = { element: e }),
          null !== (o = void 0 === o ? null : o) && (r.callback = o),
          null !== (e = Aa(n, r, i)) && (rs(e, n, i, a), La(e, n, i)),
          i
        );
      }
      function Ws(e) {
        return (e = e.current).child ? (e.child.tag, e.child.stateNode) : null;
      }
      function Vs(e, r) {
        if (null !== (e = e.memoizedState) && null !== e.dehydrated) {
          var t = e.retryLane;
          e.retryLane = 0 !== t && t < r ? t : r;
        }
      }
      function Xs(e, r) {
        (Vs(e, r), (e = e.alternate) && Vs(e, r));
      }
      Bc = function (e, r, t) {
        if (null !== e)
          if (e.memoizedProps !== r.pendingProps || Tn.current) yl = !0;
          else {
            if (0 === (e.lanes & t) && !(128 & r.flags))
              return (
                (yl = !1),
                (function (e, r, t) {
                  switch (r.tag) {
                    case 3:
                      (Fl(r), pa());
                      break;
                    case 5:
                      Ja(r);
                      break;
                    case 1:
                      En(r.type) && Hn(r);
                      break;
                    case 4:
                      Qa(r, r.stateNode.containerInfo);
                      break;
                    case 10:
                      var o = r.type._context,
                        n = r.memoizedProps.value;
                      (Nn(xa, o._currentValue), (o._currentValue = n));
                      break;
                    case 13:
                      if (null !== (o = r.memoizedState))
                        return null !== o.dehydrated
                          ? (Nn(ei, 1 & ei.current), (r.flags |= 128), null)
                          : 0 !== (t & r.child.childLanes)
                            ? Rl(e, r, t)
                            : (Nn(ei, 1 & ei.current), null !== (e = Wl(e, r, t)) ? e.sibling : null);
                      Nn(ei, 1 & ei.current);
                      break;
                    case 19:
                      if (((o = 0 !== (t & r.childLanes)), 128 & e.flags)) {
                        if (o) return Ll(e, r, t);
                        r.flags |= 128;
                      }
                      if (
                        (null !== (n = r.memoizedState) &&
                          ((n.rendering = null), (n.tail = null), (n.lastEffect = null)),
                        Nn(ei, ei.current),
                        o)
                      )
                        break;
                      return null;
                    case 22:
                    case 23:
                      return ((r.lanes = 0), Sl(e, r, t));
                  }
                  return Wl(e, r, t);
                })(e, r, t)
              );
            yl = !!(131072 & e.flags);
          }
        else ((yl = !1), aa && 1048576 & r.flags && ea(r, Un, r.index));
        switch (((r.lanes = 0), r.tag)) {
          case 2:
            var o = r.type;
            (Ol(e, r), (e = r.pendingProps));
            var n = Cn(r, Fn.current);
            (Ta(r, t), (n = hi(null, r, o, e, n, t)));
            var i = mi();
            return (
              (r.flags |= 1),
              'object' == typeof n && null !== n && 'function' == typeof n.render && void 0 === n.$$typeof
                ? ((r.tag = 1),
                  (r.memoizedState = null),
                  (r.updateQueue = null),
                  En(o) ? ((i = !0), Hn(r)) : (i = !1),
                  (r.memoizedState = null !== n.state && void 0 !== n.state ? n.state : null),
                  Ha(r),
                  (n.updater = nl),
                  (r.stateNode = n),
                  (n._reactInternals = r),
                  cl(r, o, e, t),
                  (r = Pl(null, r, o, !0, i, t)))
                : ((r.tag = 0), aa && i && ra(r), kl(null, r, n, t), (r = r.child)),
              r
            );
          case 16:
            o = r.elementType;
            e: {
              switch (
                (Ol(e, r),
                (e = r.pendingProps),
                (o = (n = o._init)(o._payload)),
                (r.type = o),
                (n = r.tag =
                  (function (e) {
                    if ('function' == typeof e) return js(e) ? 1 : 0;
                    if (null != e) {
                      if ((e = e.$$typeof) === P) return 11;
                      if (e === j) return 14;
                    }
                    return 2;
                  })(o)),
                (e = tl(o, e)),
                n)
              ) {
                case 0:
                  r = _l(null, r, o, e, t);
                  break e;
                case 1:
                  r = Nl(null, r, o, e, t);
                  break e;
                case 11:
                  r = wl(null, r, o, e, t);
                  break e;
                case 14:
                  r = Bl(null, r, o, tl(o.type, e), t);
                  break e;
              }
              throw Error(a(306, o, ''));
            }
            return r;
          case 0:
            return (
              (o = r.type),
              (n = r.pendingProps),
              _l(e, r, o, (n = r.elementType === o ? n : tl(o, n)), t)
            );
          case 1:
            return (
              (o = r.type),
              (n = r.pendingProps),
              Nl(e, r, o, (n = r.elementType === o ? n : tl(o, n)), t)
            );
          case 3:
            e: {
              if ((Fl(r), null === e)) throw Error(a(387));
              ((o = r.pendingProps), (n = (i = r.memoizedState).element), Ia(e, r), Wa(r, o, null, t));
              var l = r.memoizedState;
              if (((o = l.element), i.isDehydrated)) {
                if (
                  ((i = {
                    element: o,
                    isDehydrated: !1,
                    cache: l.cache,
                    pendingSuspenseBoundaries: l.pendingSuspenseBoundaries,
                    transitions: l.transitions,
                  }),
                  (r.updateQueue.baseState = i),
                  (r.memoizedState = i),
                  256 & r.flags)
                ) {
                  r = Tl(e, r, o, t, (n = sl(Error(a(423)), r)));
                  break e;
                }
                if (o !== n) {
                  r = Tl(e, r, o, t, (n = sl(Error(a(424)), r)));
                  break e;
                }
                for (
                  na = un(r.stateNode.containerInfo.firstChild),
                    oa = r,
                    aa = !0,
                    ia = null,
                    t = Ba(r, null, o, t),
                    r.child = t;
                  t;
                )
                  ((t.flags = (-3 & t.flags) | 4096), (t = t.sibling));
              } else {
                if ((pa(), o === n)) {
                  r = Wl(e, r, t);
                  break e;
                }
                kl(e, r, o, t);
              }
              r = r.child;
            }
            return r;
          case 5:
            return (
              Ja(r),
              null === e && ua(r),
              (o = r.type),
              (n = r.pendingProps),
              (i = null !== e ? e.memoizedProps : null),
              (l = n.children),
              tn(o, n) ? (l = null) : null !== i && tn(o, i) && (r.flags |= 32),
              zl(e, r),
              kl(e, r, l, t),
              r.child
            );
          case 6:
            return (null === e && ua(r), null);
          case 13:
            return Rl(e, r, t);
          case 4:
            return (
              Qa(r, r.stateNode.containerInfo),
              (o = r.pendingProps),
              null === e ? (r.child = wa(r, null, o, t)) : kl(e, r, o, t),
              r.child
            );
          case 11:
            return (
              (o = r.type),
              (n = r.pendingProps),
              wl(e, r, o, (n = r.elementType === o ? n : tl(o, n)), t)
            );
          case 7:
            return (kl(e, r, r.pendingProps, t), r.child);
          case 8:
          case 12:
            return (kl(e, r, r.pendingProps.children, t), r.child);
          case 10:
            e: {
              if (
                ((o = r.type._context),
                (n = r.pendingProps),
                (i = r.memoizedProps),
                (l = n.value),
                Nn(xa, o._currentValue),
                (o._currentValue = l),
                null !== i)
              )
                if (io(i.value, l)) {
                  if (i.children === n.children && !Tn.current) {
                    r = Wl(e, r, t);
                    break e;
                  }
                } else
                  for (null !== (i = r.child) && (i.return = r); null !== i;) {
                    var c = i.dependencies;
                    if (null !== c) {
                      l = i.child;
                      for (var s = c.firstContext; null !== s;) {
                        if (s.context === o) {
                          if (1 === i.tag) {
                            (s = Ma(-1, t & -t)).tag = 2;
                            var u = i.updateQueue;
                            if (null !== u) {
                              var d = (u = u.shared).pending;
                              (null === d ? (s.next = s) : ((s.next = d.next), (d.next = s)),
                                (u.pending = s));
                            }
                          }
                          ((i.lanes |= t),
                            null !== (s = i.alternate) && (s.lanes |= t),
                            Fa(i.return, t, r),
                            (c.lanes |= t));
                          break;
                        }
                        s = s.next;
                      }
                    } else if (10 === i.tag) l = i.type === r.type ? null : i.child;
                    else if (18 === i.tag) {
                      if (null === (l = i.return)) throw Error(a(341));
                      ((l.lanes |= t),
                        null !== (c = l.alternate) && (c.lanes |= t),
                        Fa(l, t, r),
                        (l = i.sibling));
                    } else l = i.child;
                    if (null !== l) l.return = i;
                    else
                      for (l = i; null !== l;) {
                        if (l === r) {
                          l = null;
                          break;
                        }
                        if (null !== (i = l.sibling)) {
                          ((i.return = l.return), (l = i));
                          break;
                        }
                        l = l.return;
                      }
                    i = l;
                  }
              (kl(e, r, n.children, t), (r = r.child));
            }
            return r;
          case 9:
            return (
              (n = r.type),
              (o = r.pendingProps.children),
              Ta(r, t),
              (o = o((n = ja(n)))),
              (r.flags |= 1),
              kl(e, r, o, t),
              r.child
            );
          case 14:
            return ((n = tl((o = r.type), r.pendingProps)), Bl(e, r, o, (n = tl(o.type, n)), t));
          case 15:
            return xl(e, r, r.type, r.pendingProps, t);
          case 17:
            return (
              (o = r.type),
              (n = r.pendingProps),
              (n = r.elementType === o ? n : tl(o, n)),
              Ol(e, r),
              (r.tag = 1),
              En(o) ? ((e = !0), Hn(r)) : (e = !1),
              Ta(r, t),
              il(r, o, n),
              cl(r, o, n, t),
              Pl(null, r, o, !0, e, t)
            );
          case 19:
            return Ll(e, r, t);
          case 22:
            return Sl(e, r, t);
        }
        throw Error(a(156, r.tag));
      };
      var $s =
        'function' == typeof reportError
          ? reportError
          : function (e) {
              console.error(e);
            };
      function Us(e) {
        this._internalRoot = e;
      }
      function Gs(e) {
        this._internalRoot = e;
      }
      function Ys(e) {
        return !(!e || (1 !== e.nodeType && 9 !== e.nodeType && 11 !== e.nodeType));
      }
      function Qs(e) {
        return !(
          !e ||
          (1 !== e.nodeType &&
            9 !== e.nodeType &&
            11 !== e.nodeType &&
            (8 !== e.nodeType || ' react-mount-point-unstable ' !== e.nodeValue))
        );
      }
      function Ks() {}
      function Js(e, r, t, o, n) {
        var a = t._reactRootContainer;
        if (a) {
          var i = a;
          if ('function' == typeof n) {
            var l = n;
            n = function () {
              var e = Ws(i);
              l.call(e);
            };
          }
          Os(r, i, e, n);
        } else
          i = (function (e, r, t, o, n) {
            if (n) {
              if ('function' == typeof o) {
                var a = o;
                o = function () {
                  var e = Ws(i);
                  a.call(e);
                };
              }
              var i = Ls(r, o, e, 0, null, !1, 0, '', Ks);
              return (
                (e._reactRootContainer = i),
                (e[vn] = i.current),
                Oo(8 === e.nodeType ? e.parentNode : e),
                ss(),
                i
              );
            }
            for (; (n = e.lastChild);) e.removeChild(n);
            if ('function' == typeof o) {
              var l = o;
              o = function () {
                var e = Ws(c);
                l.call(e);
              };
            }
            var c = Ms(e, 0, !1, null, 0, !1, 0, '', Ks);
            return (
              (e._reactRootContainer = c),
              (e[vn] = c.current),
              Oo(8 === e.nodeType ? e.parentNode : e),
              ss(function () {
                Os(r, c, t, o);
              }),
              c
            );
          })(t, r, e, n, o);
        return Ws(i);
      }
      ((Gs.prototype.render = Us.prototype.render =
        function (e) {
          var r = this._internalRoot;
          if (null === r) throw Error(a(409));
          Os(e, r, null, null);
        }),
        (Gs.prototype.unmount = Us.prototype.unmount =
          function () {
            var e = this._internalRoot;
            if (null !== e) {
              this._internalRoot = null;
              var r = e.containerInfo;
              (ss(function () {
                Os(null, e, null, null);
              }),
                (r[vn] = null));
            }
          }),
        (Gs.prototype.unstable_scheduleHydration = function (e) {
          if (e) {
            var r = Sr();
            e = { blockedOn: null, target: e, priority: r };
            for (var t = 0; t < Er.length && 0 !== r && r < Er[t].priority; t++);
            (Er.splice(t, 0, e), 0 === t && Hr(e));
          }
        }),
        (wr = function (e) {
          switch (e.tag) {
            case 3:
              var r = e.stateNode;
              if (r.current.memoizedState.isDehydrated) {
                var t = dr(r.pendingLanes);
                0 !== t && (br(r, 1 | t), ts(r, Ke()), !(6 & Nc) && ((Lc = Ke() + 500), Wn()));
              }
              break;
            case 13:
              (ss(function () {
                var r = Da(e, 1);
                if (null !== r) {
                  var t = Zc();
                  rs(r, e, 1, t);
                }
              }),
                Xs(e, 1));
          }
        }),
        (Br = function (e) {
          if (13 === e.tag) {
            var r = Da(e, 134217728);
            (null !== r && rs(r, e, 134217728, Zc()), Xs(e, 134217728));
          }
        }),
        (xr = function (e) {
          if (13 === e.tag) {
            var r = es(e),
              t = Da(e, r);
            (null !== t && rs(t, e, r, Zc()), Xs(e, r));
          }
        }),
        (Sr = function () {
          return yr;
        }),
        (zr = function (e, r) {
          var t = yr;
          try {
            return ((yr = e), r());
          } finally {
            yr = t;
          }
        }),
        (Be = function (e, r, t) {
          switch (r) {
            case 'input':
              if ((J(e, t), (r = t.name), 'radio' === t.type && null != r)) {
                for (t = e; t.parentNode;) t = t.parentNode;
                for (
                  t = t.querySelectorAll('input[name=' + JSON.stringify('' + r) + '][type="radio"]'), r = 0;
                  r < t.length;
                  r++
                ) {
                  var o = t[r];
                  if (o !== e && o.form === e.form) {
                    var n = Bn(o);
                    if (!n) throw Error(a(90));
                    (U(o), J(o, n));
                  }
                }
              }
              break;
            case 'textarea':
              ae(e, t);
              break;
            case 'select':
              null != (r = t.value) && te(e, !!t.multiple, r, !1);
          }
        }),
        (Pe = cs),
        (Fe = ss));
      var Zs = { usingClientEntryPoint: !1, Events: [kn, wn, Bn, _e, Ne, cs] },
        eu = {
          findFiberByHostInstance: yn,
          bundleType: 0,
          version: '18.3.1',
          rendererPackageName: 'react-dom',
        },
        ru = {
          bundleType: eu.bundleType,
          version: eu.version,
          rendererPackageName: eu.rendererPackageName,
          rendererConfig: eu.rendererConfig,
          overrideHookState: null,
          overrideHookStateDeletePath: null,
          overrideHookStateRenamePath: null,
          overrideProps: null,
          overridePropsDeletePath: null,
          overridePropsRenamePath: null,
          setErrorHandler: null,
          setSuspenseHandler: null,
          scheduleUpdate: null,
          currentDispatcherRef: k.ReactCurrentDispatcher,
          findHostInstanceByFiber: function (e) {
            return null === (e = Xe(e)) ? null : e.stateNode;
          },
          findFiberByHostInstance:
            eu.findFiberByHostInstance ||
            function () {
              return null;
            },
          findHostInstancesForRefresh: null,
          scheduleRefresh: null,
          scheduleRoot: null,
          setRefreshHandler: null,
          getCurrentFiber: null,
          reconcilerVersion: '18.3.1-next-f1338f8080-20240426',
        };
      if ('undefined' != typeof __REACT_DEVTOOLS_GLOBAL_HOOK__) {
        var tu = __REACT_DEVTOOLS_GLOBAL_HOOK__;
        if (!tu.isDisabled && tu.supportsFiber)
          try {
            ((nr = tu.inject(ru)), (ar = tu));
          } catch (ue) {}
      }
      ((r.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED = Zs),
        (r.createPortal = function (e, r) {
          var t = 2 < arguments.length && void 0 !== arguments[2] ? arguments[2] : null;
          if (!Ys(r)) throw Error(a(200));
          return (function (e, r, t) {
            var o = 3 < arguments.length && void 0 !== arguments[3] ? arguments[3] : null;
            return {
              $$typeof: B,
              key: null == o ? null : '' + o,
              children: e,
              containerInfo: r,
              implementation: t,
            };
          })(e, r, null, t);
        }),
        (r.createRoot = function (e, r) {
          if (!Ys(e)) throw Error(a(299));
          var t = !1,
            o = '',
            n = $s;
          return (
            null != r &&
              (!0 === r.unstable_strictMode && (t = !0),
              void 0 !== r.identifierPrefix && (o = r.identifierPrefix),
              void 0 !== r.onRecoverableError && (n = r.onRecoverableError)),
            (r = Ms(e, 1, !1, null, 0, t, 0, o, n)),
            (e[vn] = r.current),
            Oo(8 === e.nodeType ? e.parentNode : e),
            new Us(r)
          );
        }),
        (r.findDOMNode = function (e) {
          if (null == e) return null;
          if (1 === e.nodeType) return e;
          var r = e._reactInternals;
          if (void 0 === r) {
            if ('function' == typeof e.render) throw Error(a(188));
            throw ((e = Object.keys(e).join(',')), Error(a(268, e)));
          }
          return null === (e = Xe(r)) ? null : e.stateNode;
        }),
        (r.flushSync = function (e) {
          return ss(e);
        }),
        (r.hydrate = function (e, r, t) {
          if (!Qs(r)) throw Error(a(200));
          return Js(null, e, r, !0, t);
        }),
        (r.hydrateRoot = function (e, r, t) {
          if (!Ys(e)) throw Error(a(405));
          var o = (null != t && t.hydratedSources) || null,
            n = !1,
            i = '',
            l = $s;
          if (
            (null != t &&
              (!0 === t.unstable_strictMode && (n = !0),
              void 0 !== t.identifierPrefix && (i = t.identifierPrefix),
              void 0 !== t.onRecoverableError && (l = t.onRecoverableError)),
            (r = Ls(r, null, e, 1, null != t ? t : null, n, 0, i, l)),
            (e[vn] = r.current),
            Oo(e),
            o)
          )
            for (e = 0; e < o.length; e++)
              ((n = (n = (t = o[e])._getVersion)(t._source)),
                null == r.mutableSourceEagerHydrationData
                  ? (r.mutableSourceEagerHydrationData = [t, n])
                  : r.mutableSourceEagerHydrationData.push(t, n));
          return new Gs(r);
        }),
        (r.render = function (e, r, t) {
          if (!Qs(r)) throw Error(a(200));
          return Js(null, e, r, !1, t);
        }),
        (r.unmountComponentAtNode = function (e) {
          if (!Qs(e)) throw Error(a(40));
          return (
            !!e._reactRootContainer &&
            (ss(function () {
              Js(null, null, e, !1, function () {
                ((e._reactRootContainer = null), (e[vn] = null));
              });
            }),
            !0)
          );
        }),
        (r.unstable_batchedUpdates = cs),
        (r.unstable_renderSubtreeIntoContainer = function (e, r, t, o) {
          if (!Qs(t)) throw Error(a(200));
          if (null == e || void 0 === e._reactInternals) throw Error(a(38));
          return Js(e, r, t, !1, o);
        }),
        (r.version = '18.3.1-next-f1338f8080-20240426'));
    },
    5338(e, r, t) {
      var o = t(961);
      ((r.H = o.createRoot), o.hydrateRoot);
    },
    961(e, r, t) {
      (!(function e() {
        if (
          'undefined' != typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ &&
          'function' == typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE
        )
          try {
            __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(e);
          } catch (e) {
            console.error(e);
          }
      })(),
        (e.exports = t(2551)));
    },
    8731(e, r) {
      function t(e, r) {
        var t = e.length;
        e.push(r);
        e: for (; 0 < t;) {
          var o = (t - 1) >>> 1,
            n = e[o];
          if (!(0 < a(n, r))) break e;
          ((e[o] = r), (e[t] = n), (t = o));
        }
      }
      function o(e) {
        return 0 === e.length ? null : e[0];
      }
      function n(e) {
        if (0 === e.length) return null;
        var r = e[0],
          t = e.pop();
        if (t !== r) {
          e[0] = t;
          e: for (var o = 0, n = e.length, i = n >>> 1; o < i;) {
            var l = 2 * (o + 1) - 1,
              c = e[l],
              s = l + 1,
              u = e[s];
            if (0 > a(c, t))
              s < n && 0 > a(u, c) ? ((e[o] = u), (e[s] = t), (o = s)) : ((e[o] = c), (e[l] = t), (o = l));
            else {
              if (!(s < n && 0 > a(u, t))) break e;
              ((e[o] = u), (e[s] = t), (o = s));
            }
          }
        }
        return r;
      }
      function a(e, r) {
        var t = e.sortIndex - r.sortIndex;
        return 0 !== t ? t : e.id - r.id;
      }
      if ('object' == typeof performance && 'function' == typeof performance.now) {
        var i = performance;
        r.unstable_now = function () {
          return i.now();
        };
      } else {
        var l = Date,
          c = l.now();
        r.unstable_now = function () {
          return l.now() - c;
        };
      }
      var s = [],
        u = [],
        d = 1,
        f = null,
        g = 3,
        p = !1,
        v = !1,
        h = !1,
        m = 'function' == typeof setTimeout ? setTimeout : null,
        b = 'function' == typeof clearTimeout ? clearTimeout : null,
        y = 'undefined' != typeof setImmediate ? setImmediate : null;
      function k(e) {
        for (var r = o(u); null !== r;) {
          if (null === r.callback) n(u);
          else {
            if (!(r.startTime <= e)) break;
            (n(u), (r.sortIndex = r.expirationTime), t(s, r));
          }
          r = o(u);
        }
      }
      function w(e) {
        if (((h = !1), k(e), !v))
          if (null !== o(s)) ((v = !0), E(B));
          else {
            var r = o(u);
            null !== r && q(w, r.startTime - e);
          }
      }
      function B(e, t) {
        ((v = !1), h && ((h = !1), b(_), (_ = -1)), (p = !0));
        var a = g;
        try {
          for (k(t), f = o(s); null !== f && (!(f.expirationTime > t) || (e && !F()));) {
            var i = f.callback;
            if ('function' == typeof i) {
              ((f.callback = null), (g = f.priorityLevel));
              var l = i(f.expirationTime <= t);
              ((t = r.unstable_now()), 'function' == typeof l ? (f.callback = l) : f === o(s) && n(s), k(t));
            } else n(s);
            f = o(s);
          }
          if (null !== f) var c = !0;
          else {
            var d = o(u);
            (null !== d && q(w, d.startTime - t), (c = !1));
          }
          return c;
        } finally {
          ((f = null), (g = a), (p = !1));
        }
      }
      'undefined' != typeof navigator &&
        void 0 !== navigator.scheduling &&
        void 0 !== navigator.scheduling.isInputPending &&
        navigator.scheduling.isInputPending.bind(navigator.scheduling);
      var x,
        S = !1,
        z = null,
        _ = -1,
        N = 5,
        P = -1;
      function F() {
        return !(r.unstable_now() - P < N);
      }
      function T() {
        if (null !== z) {
          var e = r.unstable_now();
          P = e;
          var t = !0;
          try {
            t = z(!0, e);
          } finally {
            t ? x() : ((S = !1), (z = null));
          }
        } else S = !1;
      }
      if ('function' == typeof y)
        x = function () {
          y(T);
        };
      else if ('undefined' != typeof MessageChannel) {
        var j = new MessageChannel(),
          C = j.port2;
        ((j.port1.onmessage = T),
          (x = function () {
            C.postMessage(null);
          }));
      } else
        x = function () {
          m(T, 0);
        };
      function E(e) {
        ((z = e), S || ((S = !0), x()));
      }
      function q(e, t) {
        _ = m(function () {
          e(r.unstable_now());
        }, t);
      }
      ((r.unstable_IdlePriority = 5),
        (r.unstable_ImmediatePriority = 1),
        (r.unstable_LowPriority = 4),
        (r.unstable_NormalPriority = 3),
        (r.unstable_Profiling = null),
        (r.unstable_UserBlockingPriority = 2),
        (r.unstable_cancelCallback = function (e) {
          e.callback = null;
        }),
        (r.unstable_continueExecution = function () {
          v || p || ((v = !0), E(B));
        }),
        (r.unstable_forceFrameRate = function (e) {
          0 > e || 125 < e
            ? console.error(
                'forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported',
              )
            : (N = 0 < e ? Math.floor(1e3 / e) : 5);
        }),
        (r.unstable_getCurrentPriorityLevel = function () {
          return g;
        }),
        (r.unstable_getFirstCallbackNode = function () {
          return o(s);
        }),
        (r.unstable_next = function (e) {
          switch (g) {
            case 1:
            case 2:
            case 3:
              var r = 3;
              break;
            default:
              r = g;
          }
          var t = g;
          g = r;
          try {
            return e();
          } finally {
            g = t;
          }
        }),
        (r.unstable_pauseExecution = function () {}),
        (r.unstable_requestPaint = function () {}),
        (r.unstable_runWithPriority = function (e, r) {
          switch (e) {
            case 1:
            case 2:
            case 3:
            case 4:
            case 5:
              break;
            default:
              e = 3;
          }
          var t = g;
          g = e;
          try {
            return r();
          } finally {
            g = t;
          }
        }),
        (r.unstable_scheduleCallback = function (e, n, a) {
          var i = r.unstable_now();
          switch (
            ((a =
              'object' == typeof a && null !== a && 'number' == typeof (a = a.delay) && 0 < a ? i + a : i),
            e)
          ) {
            case 1:
              var l = -1;
              break;
            case 2:
              l = 250;
              break;
            case 5:
              l = 1073741823;
              break;
            case 4:
              l = 1e4;
              break;
            default:
              l = 5e3;
          }
          return (
            (e = {
              id: d++,
              callback: n,
              priorityLevel: e,
              startTime: a,
              expirationTime: (l = a + l),
              sortIndex: -1,
            }),
            a > i
              ? ((e.sortIndex = a),
                t(u, e),
                null === o(s) && e === o(u) && (h ? (b(_), (_ = -1)) : (h = !0), q(w, a - i)))
              : ((e.sortIndex = l), t(s, e), v || p || ((v = !0), E(B))),
            e
          );
        }),
        (r.unstable_shouldYield = F),
        (r.unstable_wrapCallback = function (e) {
          var r = g;
          return function () {
            var t = g;
            g = r;
            try {
              return e.apply(this, arguments);
            } finally {
              g = t;
            }
          };
        }));
    },
    194(e, r, t) {
      e.exports = t(8731);
    },
    1020(e, r, t) {
      var o = t(6540),
        n = Symbol.for('react.element'),
        a = Symbol.for('react.fragment'),
        i = Object.prototype.hasOwnProperty,
        l = o.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,
        c = { key: !0, ref: !0, __self: !0, __source: !0 };
      function s(e, r, t) {
        var o,
          a = {},
          s = null,
          u = null;
        for (o in (void 0 !== t && (s = '' + t),
        void 0 !== r.key && (s = '' + r.key),
        void 0 !== r.ref && (u = r.ref),
        r))
          i.call(r, o) && !c.hasOwnProperty(o) && (a[o] = r[o]);
        if (e && e.defaultProps) for (o in (r = e.defaultProps)) void 0 === a[o] && (a[o] = r[o]);
        return { $$typeof: n, type: e, key: s, ref: u, props: a, _owner: l.current };
      }
      ((r.Fragment = a), (r.jsx = s), (r.jsxs = s));
    },
    5287(e, r) {
      var t = Symbol.for('react.element'),
        o = Symbol.for('react.portal'),
        n = Symbol.for('react.fragment'),
        a = Symbol.for('react.strict_mode'),
        i = Symbol.for('react.profiler'),
        l = Symbol.for('react.provider'),
        c = Symbol.for('react.context'),
        s = Symbol.for('react.forward_ref'),
        u = Symbol.for('react.suspense'),
        d = Symbol.for('react.memo'),
        f = Symbol.for('react.lazy'),
        g = Symbol.iterator,
        p = {
          isMounted: function () {
            return !1;
          },
          enqueueForceUpdate: function () {},
          enqueueReplaceState: function () {},
          enqueueSetState: function () {},
        },
        v = Object.assign,
        h = {};
      function m(e, r, t) {
        ((this.props = e), (this.context = r), (this.refs = h), (this.updater = t || p));
      }
      function b() {}
      function y(e, r, t) {
        ((this.props = e), (this.context = r), (this.refs = h), (this.updater = t || p));
      }
      ((m.prototype.isReactComponent = {}),
        (m.prototype.setState = function (e, r) {
          if ('object' != typeof e && 'function' != typeof e && null != e)
            throw Error(
              'setState(...): takes an object of state variables to update or a function which returns an object of state variables.',
            );
          this.updater.enqueueSetState(this, e, r, 'setState');
        }),
        (m.prototype.forceUpdate = function (e) {
          this.updater.enqueueForceUpdate(this, e, 'forceUpdate');
        }),
        (b.prototype = m.prototype));
      var k = (y.prototype = new b());
      ((k.constructor = y), v(k, m.prototype), (k.isPureReactComponent = !0));
      var w = Array.isArray,
        B = Object.prototype.hasOwnProperty,
        x = { current: null },
        S = { key: !0, ref: !0, __self: !0, __source: !0 };
      function z(e, r, o) {
        var n,
          a = {},
          i = null,
          l = null;
        if (null != r)
          for (n in (void 0 !== r.ref && (l = r.ref), void 0 !== r.key && (i = '' + r.key), r))
            B.call(r, n) && !S.hasOwnProperty(n) && (a[n] = r[n]);
        var c = arguments.length - 2;
        if (1 === c) a.children = o;
        else if (1 < c) {
          for (var s = Array(c), u = 0; u < c; u++) s[u] = arguments[u + 2];
          a.children = s;
        }
        if (e && e.defaultProps) for (n in (c = e.defaultProps)) void 0 === a[n] && (a[n] = c[n]);
        return { $$typeof: t, type: e, key: i, ref: l, props: a, _owner: x.current };
      }
      function _(e) {
        return 'object' == typeof e && null !== e && e.$$typeof === t;
      }
      var N = /\/+/g;
      function P(e, r) {
        return 'object' == typeof e && null !== e && null != e.key
          ? (function (e) {
              var r = { '=': '=0', ':': '=2' };
              return (
                '$' +
                e.replace(/[=:]/g, function (e) {
                  return r[e];
                })
              );
            })('' + e.key)
          : r.toString(36);
      }
      function F(e, r, n, a, i) {
        var l = typeof e;
        ('undefined' !== l && 'boolean' !== l) || (e = null);
        var c = !1;
        if (null === e) c = !0;
        else
          switch (l) {
            case 'string':
            case 'number':
              c = !0;
              break;
            case 'object':
              switch (e.$$typeof) {
                case t:
                case o:
                  c = !0;
              }
          }
        if (c)
          return (
            (i = i((c = e))),
            (e = '' === a ? '.' + P(c, 0) : a),
            w(i)
              ? ((n = ''),
                null != e && (n = e.replace(N, '$&/') + '/'),
                F(i, r, n, '', function (e) {
                  return e;
                }))
              : null != i &&
                (_(i) &&
                  (i = (function (e, r) {
                    return {
                      $$typeof: t,
                      type: e.type,
                      key: r,
                      ref: e.ref,
                      props: e.props,
                      _owner: e._owner,
                    };
                  })(
                    i,
                    n + (!i.key || (c && c.key === i.key) ? '' : ('' + i.key).replace(N, '$&/') + '/') + e,
                  )),
                r.push(i)),
            1
          );
        if (((c = 0), (a = '' === a ? '.' : a + ':'), w(e)))
          for (var s = 0; s < e.length; s++) {
            var u = a + P((l = e[s]), s);
            c += F(l, r, n, u, i);
          }
        else if (
          ((u = (function (e) {
            return null === e || 'object' != typeof e
              ? null
              : 'function' == typeof (e = (g && e[g]) || e['@@iterator'])
                ? e
                : null;
          })(e)),
          'function' == typeof u)
        )
          for (e = u.call(e), s = 0; !(l = e.next()).done;)
            c += F((l = l.value), r, n, (u = a + P(l, s++)), i);
        else if ('object' === l)
          throw (
            (r = String(e)),
            Error(
              'Objects are not valid as a React child (found: ' +
                ('[object Object]' === r ? 'object with keys {' + Object.keys(e).join(', ') + '}' : r) +
                '). If you meant to render a collection of children, use an array instead.',
            )
          );
        return c;
      }
      function T(e, r, t) {
        if (null == e) return e;
        var o = [],
          n = 0;
        return (
          F(e, o, '', '', function (e) {
            return r.call(t, e, n++);
          }),
          o
        );
      }
      function j(e) {
        if (-1 === e._status) {
          var r = e._result;
          ((r = r()).then(
            function (r) {
              (0 !== e._status && -1 !== e._status) || ((e._status = 1), (e._result = r));
            },
            function (r) {
              (0 !== e._status && -1 !== e._status) || ((e._status = 2), (e._result = r));
            },
          ),
            -1 === e._status && ((e._status = 0), (e._result = r)));
        }
        if (1 === e._status) return e._result.default;
        throw e._result;
      }
      var C = { current: null },
        E = { transition: null },
        q = { ReactCurrentDispatcher: C, ReactCurrentBatchConfig: E, ReactCurrentOwner: x };
      function D() {
        throw Error('act(...) is not supported in production builds of React.');
      }
      ((r.Children = {
        map: T,
        forEach: function (e, r, t) {
          T(
            e,
            function () {
              r.apply(this, arguments);
            },
            t,
          );
        },
        count: function (e) {
          var r = 0;
          return (
            T(e, function () {
              r++;
            }),
            r
          );
        },
        toArray: function (e) {
          return (
            T(e, function (e) {
              return e;
            }) || []
          );
        },
        only: function (e) {
          if (!_(e)) throw Error('React.Children.only expected to receive a single React element child.');
          return e;
        },
      }),
        (r.Component = m),
        (r.Fragment = n),
        (r.Profiler = i),
        (r.PureComponent = y),
        (r.StrictMode = a),
        (r.Suspense = u),
        (r.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED = q),
        (r.act = D),
        (r.cloneElement = function (e, r, o) {
          if (null == e)
            throw Error(
              'React.cloneElement(...): The argument must be a React element, but you passed ' + e + '.',
            );
          var n = v({}, e.props),
            a = e.key,
            i = e.ref,
            l = e._owner;
          if (null != r) {
            if (
              (void 0 !== r.ref && ((i = r.ref), (l = x.current)),
              void 0 !== r.key && (a = '' + r.key),
              e.type && e.type.defaultProps)
            )
              var c = e.type.defaultProps;
            for (s in r)
              B.call(r, s) && !S.hasOwnProperty(s) && (n[s] = void 0 === r[s] && void 0 !== c ? c[s] : r[s]);
          }
          var s = arguments.length - 2;
          if (1 === s) n.children = o;
          else if (1 < s) {
            c = Array(s);
            for (var u = 0; u < s; u++) c[u] = arguments[u + 2];
            n.children = c;
          }
          return { $$typeof: t, type: e.type, key: a, ref: i, props: n, _owner: l };
        }),
        (r.createContext = function (e) {
          return (
            ((e = {
              $$typeof: c,
              _currentValue: e,
              _currentValue2: e,
              _threadCount: 0,
              Provider: null,
              Consumer: null,
              _defaultValue: null,
              _globalName: null,
            }).Provider = { $$typeof: l, _context: e }),
            (e.Consumer = e)
          );
        }),
        (r.createElement = z),
        (r.createFactory = function (e) {
          var r = z.bind(null, e);
          return ((r.type = e), r);
        }),
        (r.createRef = function () {
          return { current: null };
        }),
        (r.forwardRef = function (e) {
          return { $$typeof: s, render: e };
        }),
        (r.isValidElement = _),
        (r.lazy = function (e) {
          return { $$typeof: f, _payload: { _status: -1, _result: e }, _init: j };
        }),
        (r.memo = function (e, r) {
          return { $$typeof: d, type: e, compare: void 0 === r ? null : r };
        }),
        (r.startTransition = function (e) {
          var r = E.transition;
          E.transition = {};
          try {
            e();
          } finally {
            E.transition = r;
          }
        }),
        (r.unstable_act = D),
        (r.useCallback = function (e, r) {
          return C.current.useCallback(e, r);
        }),
        (r.useContext = function (e) {
          return C.current.useContext(e);
        }),
        (r.useDebugValue = function () {}),
        (r.useDeferredValue = function (e) {
          return C.current.useDeferredValue(e);
        }),
        (r.useEffect = function (e, r) {
          return C.current.useEffect(e, r);
        }),
        (r.useId = function () {
          return C.current.useId();
        }),
        (r.useImperativeHandle = function (e, r, t) {
          return C.current.useImperativeHandle(e, r, t);
        }),
        (r.useInsertionEffect = function (e, r) {
          return C.current.useInsertionEffect(e, r);
        }),
        (r.useLayoutEffect = function (e, r) {
          return C.current.useLayoutEffect(e, r);
        }),
        (r.useMemo = function (e, r) {
          return C.current.useMemo(e, r);
        }),
        (r.useReducer = function (e, r, t) {
          return C.current.useReducer(e, r, t);
        }),
        (r.useRef = function (e) {
          return C.current.useRef(e);
        }),
        (r.useState = function (e) {
          return C.current.useState(e);
        }),
        (r.useSyncExternalStore = function (e, r, t) {
          return C.current.useSyncExternalStore(e, r, t);
        }),
        (r.useTransition = function () {
          return C.current.useTransition();
        }),
        (r.version = '18.3.1'));
    },
    6540(e, r, t) {
      e.exports = t(5287);
    },
    4848(e, r, t) {
      e.exports = t(1020);
    },
    1551(e, r, t) {
      t.d(r, { F: () => n });
      var o = t(3502);
      function n(e, r) {
        const {
            disabled: t,
            disabledFocusable: n = !1,
            'aria-disabled': a,
            onClick: i,
            onKeyDown: l,
            onKeyUp: c,
            ...s
          } = null != r ? r : {},
          u = 'string' == typeof a ? 'true' === a : a,
          d = t || n || u,
          f = (0, o.D)((e) => {
            d ? (e.preventDefault(), e.stopPropagation()) : null == i || i(e);
          }),
          g = (0, o.D)((e) => {
            if ((null == l || l(e), e.isDefaultPrevented())) return;
            const r = e.key;
            if (d && ('Enter' === r || ' ' === r)) return (e.preventDefault(), void e.stopPropagation());
            ' ' !== r ? 'Enter' === r && (e.preventDefault(), e.currentTarget.click()) : e.preventDefault();
          }),
          p = (0, o.D)((e) => {
            if ((null == c || c(e), e.isDefaultPrevented())) return;
            const r = e.key;
            if (d && ('Enter' === r || ' ' === r)) return (e.preventDefault(), void e.stopPropagation());
            ' ' === r && (e.preventDefault(), e.currentTarget.click());
          });
        if ('button' === e || void 0 === e)
          return {
            ...s,
            disabled: t && !n,
            'aria-disabled': !!n || u,
            onClick: n ? void 0 : f,
            onKeyUp: n ? void 0 : c,
            onKeyDown: n ? void 0 : l,
          };
        {
          const r = !!s.href;
          let o = r ? void 0 : 'button';
          !o && d && (o = 'link');
          const a = {
            role: o,
            tabIndex: n || (!r && !t) ? 0 : void 0,
            ...s,
            onClick: f,
            onKeyUp: p,
            onKeyDown: g,
            'aria-disabled': d,
          };
          return ('a' === e && d && (a.href = void 0), a);
        }
      }
    },
    8335(e, r, t) {
      t.d(r, { E: () => b });
      var o = t(6540),
        n = t(8048),
        a = t(5061);
      const i = (e, r) => {
        const { iconPosition: t = 'before' } = e;
        return {
          iconPosition: t,
          components: { root: 'div', icon: 'span' },
          root: n.Gk((0, a.g)('div', { ref: r, ...e }), { elementType: 'div' }),
          icon: n.lq(e.icon, { elementType: 'span' }),
        };
      };
      var l = t(7953),
        c = t(2002),
        s = t(738),
        u = t(125);
      const d =
          (u.L.spacingHorizontalXXS,
          (0, l.y)('r1iycov', 'r115jdol', [
            '.r1iycov{display:inline-flex;box-sizing:border-box;align-items:center;justify-content:center;position:relative;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase200);height:20px;min-width:20px;padding:0 calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));border-radius:var(--borderRadiusCircular);border-color:var(--colorTransparentStroke);}',
            '.r1iycov::after{content:"";position:absolute;top:0;left:0;bottom:0;right:0;border-style:solid;border-color:inherit;border-width:var(--strokeWidthThin);border-radius:inherit;}',
            '.r115jdol{display:inline-flex;box-sizing:border-box;align-items:center;justify-content:center;position:relative;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase200);height:20px;min-width:20px;padding:0 calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));border-radius:var(--borderRadiusCircular);border-color:var(--colorTransparentStroke);}',
            '.r115jdol::after{content:"";position:absolute;top:0;right:0;bottom:0;left:0;border-style:solid;border-color:inherit;border-width:var(--strokeWidthThin);border-radius:inherit;}',
          ])),
        f = (0, c.X)(
          {
            fontSmallToTiny: {
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'f13mqy1h',
              Bhrd7zp: 'fl43uef',
              Bg96gwp: 'fcpl73t',
            },
            tiny: {
              a9b677: 'f16dn6v3',
              Bqenvij: 'f3mu39s',
              Be2twd7: 'f130uwy9',
              Bg96gwp: 'fod1mrr',
              Bf4jedk: 'f18p0k4z',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f19jm9xf',
            },
            'extra-small': {
              a9b677: 'fpd43o0',
              Bqenvij: 'f30q22z',
              Be2twd7: 'f1tccstq',
              Bg96gwp: 'f1y3arg5',
              Bf4jedk: 'f18p0k4z',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f19jm9xf',
            },
            small: {
              Bf4jedk: 'fq2vo04',
              Bqenvij: 'fd461yt',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'fupdldz',
            },
            medium: {},
            large: {
              Bf4jedk: 'f17fgpbq',
              Bqenvij: 'frvgh55',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1996nqw',
            },
            'extra-large': {
              Bf4jedk: 'fwbmr0d',
              Bqenvij: 'f1d2rq10',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'fty64o7',
            },
            square: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'f1fabniw' },
            rounded: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'ft85np5' },
            roundedSmallToTiny: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'fq9zq91' },
            circular: {},
            borderGhost: { ap17g6: 'f10ludwy' },
            filled: {},
            'filled-brand': { De3pzq: 'ffp7eso', sj55zd: 'f1phragk' },
            'filled-danger': { De3pzq: 'fdl5y0r', sj55zd: 'f1phragk' },
            'filled-important': { De3pzq: 'f1c73kur', sj55zd: 'fr0bkrk' },
            'filled-informative': { De3pzq: 'f3vzo32', sj55zd: 'f11d4kpn' },
            'filled-severe': { De3pzq: 'f1s438gw', sj55zd: 'f1phragk' },
            'filled-subtle': { De3pzq: 'fxugw4r', sj55zd: 'f19n0e5' },
            'filled-success': { De3pzq: 'flxk52p', sj55zd: 'f1phragk' },
            'filled-warning': { De3pzq: 'ffq97bm', sj55zd: 'ff5vbop' },
            ghost: {},
            'ghost-brand': { sj55zd: 'f16muhyy' },
            'ghost-danger': { sj55zd: 'f1whyuy6' },
            'ghost-important': { sj55zd: 'f19n0e5' },
            'ghost-informative': { sj55zd: 'f11d4kpn' },
            'ghost-severe': { sj55zd: 'f1l8vj45' },
            'ghost-subtle': { sj55zd: 'fonrgv7' },
            'ghost-success': { sj55zd: 'f1m7fhi8' },
            'ghost-warning': { sj55zd: 'fpti2h4' },
            outline: {
              g2u3we: 'f23ftbb',
              h3c5rm: ['f1gkuv52', 'f1p1bl80'],
              B9xav0g: 'fioka3i',
              zhjwy3: ['f1p1bl80', 'f1gkuv52'],
            },
            'outline-brand': { sj55zd: 'f16muhyy' },
            'outline-danger': {
              sj55zd: 'f1whyuy6',
              g2u3we: 'fyqpifd',
              h3c5rm: ['f3ukxca', 'f1k7dugc'],
              B9xav0g: 'f1njxb2b',
              zhjwy3: ['f1k7dugc', 'f3ukxca'],
            },
            'outline-important': {
              sj55zd: 'f11d4kpn',
              g2u3we: 'fq0vr37',
              h3c5rm: ['f1byw159', 'f11cr0be'],
              B9xav0g: 'f1c1zstj',
              zhjwy3: ['f11cr0be', 'f1byw159'],
            },
            'outline-informative': {
              sj55zd: 'f11d4kpn',
              g2u3we: 'f68mrw8',
              h3c5rm: ['f7pw515', 'fw35ms5'],
              B9xav0g: 'frpde29',
              zhjwy3: ['fw35ms5', 'f7pw515'],
            },
            'outline-severe': { sj55zd: 'f1l8vj45' },
            'outline-subtle': { sj55zd: 'fonrgv7' },
            'outline-success': {
              sj55zd: 'f1m7fhi8',
              g2u3we: 'f1mmhl11',
              h3c5rm: ['f1tjpp2f', 'f1ocn5n7'],
              B9xav0g: 'f1gjv25d',
              zhjwy3: ['f1ocn5n7', 'f1tjpp2f'],
            },
            'outline-warning': { sj55zd: 'fpti2h4' },
            tint: {},
            'tint-brand': {
              De3pzq: 'f16xkysk',
              sj55zd: 'faj9fo0',
              g2u3we: 'f161y7kd',
              h3c5rm: ['f1c8dzaj', 'f1sl6hi9'],
              B9xav0g: 'f1619yhw',
              zhjwy3: ['f1sl6hi9', 'f1c8dzaj'],
            },
            'tint-danger': {
              De3pzq: 'ff0poqj',
              sj55zd: 'f1hcrxcs',
              g2u3we: 'f1oqjm8o',
              h3c5rm: ['fkgrb8g', 'frb5wm0'],
              B9xav0g: 'f1iai1ph',
              zhjwy3: ['frb5wm0', 'fkgrb8g'],
            },
            'tint-important': {
              De3pzq: 'f945g0u',
              sj55zd: 'fr0bkrk',
              g2u3we: 'fghlq4f',
              h3c5rm: ['f1gn591s', 'fjscplz'],
              B9xav0g: 'fb073pr',
              zhjwy3: ['fjscplz', 'f1gn591s'],
            },
            'tint-informative': {
              De3pzq: 'f1ctqxl6',
              sj55zd: 'f11d4kpn',
              g2u3we: 'f68mrw8',
              h3c5rm: ['f7pw515', 'fw35ms5'],
              B9xav0g: 'frpde29',
              zhjwy3: ['fw35ms5', 'f7pw515'],
            },
            'tint-severe': {
              De3pzq: 'f1xzsg4',
              sj55zd: 'f1k5f75o',
              g2u3we: 'fxy9dsj',
              h3c5rm: ['f54u6j2', 'fcm23ze'],
              B9xav0g: 'f4vf0uq',
              zhjwy3: ['fcm23ze', 'f54u6j2'],
            },
            'tint-subtle': {
              De3pzq: 'fxugw4r',
              sj55zd: 'f11d4kpn',
              g2u3we: 'f68mrw8',
              h3c5rm: ['f7pw515', 'fw35ms5'],
              B9xav0g: 'frpde29',
              zhjwy3: ['fw35ms5', 'f7pw515'],
            },
            'tint-success': {
              De3pzq: 'f2vsrz6',
              sj55zd: 'ffmvakt',
              g2u3we: 'fdmic9h',
              h3c5rm: ['f196y6m', 'fetptd8'],
              B9xav0g: 'f1pev5xq',
              zhjwy3: ['fetptd8', 'f196y6m'],
            },
            'tint-warning': {
              De3pzq: 'f10s6hli',
              sj55zd: 'f42v8de',
              g2u3we: 'fn9i3n',
              h3c5rm: ['f1aw8cx4', 'f51if14'],
              B9xav0g: 'fvq8iai',
              zhjwy3: ['f51if14', 'f1aw8cx4'],
            },
          },
          {
            d: [
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.f13mqy1h{font-size:var(--fontSizeBase100);}',
              '.fl43uef{font-weight:var(--fontWeightSemibold);}',
              '.fcpl73t{line-height:var(--lineHeightBase100);}',
              '.f16dn6v3{width:6px;}',
              '.f3mu39s{height:6px;}',
              '.f130uwy9{font-size:4px;}',
              '.fod1mrr{line-height:4px;}',
              '.f18p0k4z{min-width:unset;}',
              ['.f19jm9xf{padding:unset;}', { p: -1 }],
              '.fpd43o0{width:10px;}',
              '.f30q22z{height:10px;}',
              '.f1tccstq{font-size:6px;}',
              '.f1y3arg5{line-height:6px;}',
              ['.f19jm9xf{padding:unset;}', { p: -1 }],
              '.fq2vo04{min-width:16px;}',
              '.fd461yt{height:16px;}',
              [
                '.fupdldz{padding:0 calc(var(--spacingHorizontalXXS) + var(--spacingHorizontalXXS));}',
                { p: -1 },
              ],
              '.f17fgpbq{min-width:24px;}',
              '.frvgh55{height:24px;}',
              [
                '.f1996nqw{padding:0 calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));}',
                { p: -1 },
              ],
              '.fwbmr0d{min-width:32px;}',
              '.f1d2rq10{height:32px;}',
              [
                '.fty64o7{padding:0 calc(var(--spacingHorizontalSNudge) + var(--spacingHorizontalXXS));}',
                { p: -1 },
              ],
              ['.f1fabniw{border-radius:var(--borderRadiusNone);}', { p: -1 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              ['.fq9zq91{border-radius:var(--borderRadiusSmall);}', { p: -1 }],
              '.f10ludwy::after{display:none;}',
              '.ffp7eso{background-color:var(--colorBrandBackground);}',
              '.f1phragk{color:var(--colorNeutralForegroundOnBrand);}',
              '.fdl5y0r{background-color:var(--colorPaletteRedBackground3);}',
              '.f1c73kur{background-color:var(--colorNeutralForeground1);}',
              '.fr0bkrk{color:var(--colorNeutralBackground1);}',
              '.f3vzo32{background-color:var(--colorNeutralBackground5);}',
              '.f11d4kpn{color:var(--colorNeutralForeground3);}',
              '.f1s438gw{background-color:var(--colorPaletteDarkOrangeBackground3);}',
              '.fxugw4r{background-color:var(--colorNeutralBackground1);}',
              '.f19n0e5{color:var(--colorNeutralForeground1);}',
              '.flxk52p{background-color:var(--colorPaletteGreenBackground3);}',
              '.ffq97bm{background-color:var(--colorPaletteYellowBackground3);}',
              '.ff5vbop{color:var(--colorNeutralForeground1Static);}',
              '.f16muhyy{color:var(--colorBrandForeground1);}',
              '.f1whyuy6{color:var(--colorPaletteRedForeground3);}',
              '.f1l8vj45{color:var(--colorPaletteDarkOrangeForeground3);}',
              '.fonrgv7{color:var(--colorNeutralForegroundStaticInverted);}',
              '.f1m7fhi8{color:var(--colorPaletteGreenForeground3);}',
              '.fpti2h4{color:var(--colorPaletteYellowForeground2);}',
              '.f23ftbb{border-top-color:currentColor;}',
              '.f1gkuv52{border-right-color:currentColor;}',
              '.f1p1bl80{border-left-color:currentColor;}',
              '.fioka3i{border-bottom-color:currentColor;}',
              '.fyqpifd{border-top-color:var(--colorPaletteRedBorder2);}',
              '.f3ukxca{border-right-color:var(--colorPaletteRedBorder2);}',
              '.f1k7dugc{border-left-color:var(--colorPaletteRedBorder2);}',
              '.f1njxb2b{border-bottom-color:var(--colorPaletteRedBorder2);}',
              '.fq0vr37{border-top-color:var(--colorNeutralStrokeAccessible);}',
              '.f1byw159{border-right-color:var(--colorNeutralStrokeAccessible);}',
              '.f11cr0be{border-left-color:var(--colorNeutralStrokeAccessible);}',
              '.f1c1zstj{border-bottom-color:var(--colorNeutralStrokeAccessible);}',
              '.f68mrw8{border-top-color:var(--colorNeutralStroke2);}',
              '.f7pw515{border-right-color:var(--colorNeutralStroke2);}',
              '.fw35ms5{border-left-color:var(--colorNeutralStroke2);}',
              '.frpde29{border-bottom-color:var(--colorNeutralStroke2);}',
              '.f1mmhl11{border-top-color:var(--colorPaletteGreenBorder2);}',
              '.f1tjpp2f{border-right-color:var(--colorPaletteGreenBorder2);}',
              '.f1ocn5n7{border-left-color:var(--colorPaletteGreenBorder2);}',
              '.f1gjv25d{border-bottom-color:var(--colorPaletteGreenBorder2);}',
              '.f16xkysk{background-color:var(--colorBrandBackground2);}',
              '.faj9fo0{color:var(--colorBrandForeground2);}',
              '.f161y7kd{border-top-color:var(--colorBrandStroke2);}',
              '.f1c8dzaj{border-right-color:var(--colorBrandStroke2);}',
              '.f1sl6hi9{border-left-color:var(--colorBrandStroke2);}',
              '.f1619yhw{border-bottom-color:var(--colorBrandStroke2);}',
              '.ff0poqj{background-color:var(--colorPaletteRedBackground1);}',
              '.f1hcrxcs{color:var(--colorPaletteRedForeground1);}',
              '.f1oqjm8o{border-top-color:var(--colorPaletteRedBorder1);}',
              '.fkgrb8g{border-right-color:var(--colorPaletteRedBorder1);}',
              '.frb5wm0{border-left-color:var(--colorPaletteRedBorder1);}',
              '.f1iai1ph{border-bottom-color:var(--colorPaletteRedBorder1);}',
              '.f945g0u{background-color:var(--colorNeutralForeground3);}',
              '.fghlq4f{border-top-color:var(--colorTransparentStroke);}',
              '.f1gn591s{border-right-color:var(--colorTransparentStroke);}',
              '.fjscplz{border-left-color:var(--colorTransparentStroke);}',
              '.fb073pr{border-bottom-color:var(--colorTransparentStroke);}',
              '.f1ctqxl6{background-color:var(--colorNeutralBackground4);}',
              '.f1xzsg4{background-color:var(--colorPaletteDarkOrangeBackground1);}',
              '.f1k5f75o{color:var(--colorPaletteDarkOrangeForeground1);}',
              '.fxy9dsj{border-top-color:var(--colorPaletteDarkOrangeBorder1);}',
              '.f54u6j2{border-right-color:var(--colorPaletteDarkOrangeBorder1);}',
              '.fcm23ze{border-left-color:var(--colorPaletteDarkOrangeBorder1);}',
              '.f4vf0uq{border-bottom-color:var(--colorPaletteDarkOrangeBorder1);}',
              '.f2vsrz6{background-color:var(--colorPaletteGreenBackground1);}',
              '.ffmvakt{color:var(--colorPaletteGreenForeground1);}',
              '.fdmic9h{border-top-color:var(--colorPaletteGreenBorder1);}',
              '.f196y6m{border-right-color:var(--colorPaletteGreenBorder1);}',
              '.fetptd8{border-left-color:var(--colorPaletteGreenBorder1);}',
              '.f1pev5xq{border-bottom-color:var(--colorPaletteGreenBorder1);}',
              '.f10s6hli{background-color:var(--colorPaletteYellowBackground1);}',
              '.f42v8de{color:var(--colorPaletteYellowForeground1);}',
              '.fn9i3n{border-top-color:var(--colorPaletteYellowBorder1);}',
              '.f1aw8cx4{border-right-color:var(--colorPaletteYellowBorder1);}',
              '.f51if14{border-left-color:var(--colorPaletteYellowBorder1);}',
              '.fvq8iai{border-bottom-color:var(--colorPaletteYellowBorder1);}',
            ],
          },
        ),
        g = (0, l.y)('rttl5z0', null, [
          '.rttl5z0{display:flex;line-height:1;margin:0 calc(-1 * var(--spacingHorizontalXXS));font-size:12px;}',
        ]),
        p = (0, c.X)(
          {
            beforeText: { t21cq0: ['f1t8l4o1', 'f11juvx6'] },
            afterText: { Frg6f3: ['f11juvx6', 'f1t8l4o1'] },
            beforeTextXL: { t21cq0: ['f1rs9grm', 'f1kwmkpi'] },
            afterTextXL: { Frg6f3: ['f1kwmkpi', 'f1rs9grm'] },
            tiny: { Be2twd7: 'f1tccstq' },
            'extra-small': { Be2twd7: 'fnmn6fi' },
            small: { Be2twd7: 'f1ugzwwg' },
            medium: {},
            large: { Be2twd7: 'f4ybsrx' },
            'extra-large': { Be2twd7: 'fe5j1ua' },
          },
          {
            d: [
              '.f1t8l4o1{margin-right:calc(var(--spacingHorizontalXXS) + var(--spacingHorizontalXXS));}',
              '.f11juvx6{margin-left:calc(var(--spacingHorizontalXXS) + var(--spacingHorizontalXXS));}',
              '.f1rs9grm{margin-right:calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));}',
              '.f1kwmkpi{margin-left:calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));}',
              '.f1tccstq{font-size:6px;}',
              '.fnmn6fi{font-size:10px;}',
              '.f1ugzwwg{font-size:12px;}',
              '.f4ybsrx{font-size:16px;}',
              '.fe5j1ua{font-size:20px;}',
            ],
          },
        );
      var v = t(546),
        h = t(8638),
        m = t(7509);
      const b = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const {
            shape: t = 'circular',
            size: o = 'medium',
            appearance: n = 'filled',
            color: a = 'brand',
            ...l
          } = e;
          return { ...i(l, r), shape: t, size: o, appearance: n, color: a };
        })(e, r);
        return (
          ((e) => {
            const r = d(),
              t = f(),
              n = 'small' === e.size || 'extra-small' === e.size || 'tiny' === e.size;
            e.root.className = (0, s.z)(
              'fui-Badge',
              r,
              n && t.fontSmallToTiny,
              t[e.size],
              t[e.shape],
              'rounded' === e.shape && n && t.roundedSmallToTiny,
              'ghost' === e.appearance && t.borderGhost,
              t[e.appearance],
              t[`${e.appearance}-${e.color}`],
              e.root.className,
            );
            const a = g(),
              i = p();
            if (e.icon) {
              let r;
              (o.Children.toArray(e.root.children).length > 0 &&
                (r =
                  'extra-large' === e.size
                    ? 'after' === e.iconPosition
                      ? i.afterTextXL
                      : i.beforeTextXL
                    : 'after' === e.iconPosition
                      ? i.afterText
                      : i.beforeText),
                (e.icon.className = (0, s.z)('fui-Badge__icon', a, r, i[e.size], e.icon.className)));
            }
          })(t),
          (0, v.$e)('useBadgeStyles_unstable')(t),
          ((e) => (
            (0, m.C)(e),
            (0, h.FD)(e.root, {
              children: [
                'before' === e.iconPosition && e.icon && (0, h.Y)(e.icon, {}),
                e.root.children,
                'after' === e.iconPosition && e.icon && (0, h.Y)(e.icon, {}),
              ],
            })
          ))(t)
        );
      });
      b.displayName = 'Badge';
    },
    3976(e, r, t) {
      t.d(r, { $: () => x });
      var o = t(6540),
        n = t(8638),
        a = t(7509);
      const i = o.createContext(void 0),
        l = {};
      i.Provider;
      var c = t(1551),
        s = t(8048);
      const u = (e, r) => {
        var t, o;
        const { icon: n, iconPosition: a = 'before', ...i } = e,
          l = s.lq(n, { elementType: 'span' });
        return {
          disabled: null !== (t = e.disabled) && void 0 !== t && t,
          disabledFocusable: null !== (o = e.disabledFocusable) && void 0 !== o && o,
          iconPosition: a,
          iconOnly: Boolean((null == l ? void 0 : l.children) && !e.children),
          components: { root: 'button', icon: 'span' },
          root: s.Gk((0, c.F)(i.as, i), {
            elementType: 'button',
            defaultProps: { ref: r, type: 'a' !== e.as ? 'button' : void 0 },
          }),
          icon: l,
        };
      };
      var d = t(125),
        f = t(7953),
        g = t(2002),
        p = t(738);
      const v =
          (d.L.strokeWidthThin,
          (0, f.y)('r1f29ykk', null, {
            r: [
              '.r1f29ykk{align-items:center;box-sizing:border-box;display:inline-flex;justify-content:center;text-decoration-line:none;vertical-align:middle;margin:0;overflow:hidden;background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);font-family:var(--fontFamilyBase);outline-style:none;padding:5px var(--spacingHorizontalM);min-width:96px;border-radius:var(--borderRadiusMedium);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase300);transition-duration:var(--durationFaster);transition-property:background,border,color;transition-timing-function:var(--curveEasyEase);}',
              '.r1f29ykk:hover{background-color:var(--colorNeutralBackground1Hover);border-color:var(--colorNeutralStroke1Hover);color:var(--colorNeutralForeground1Hover);cursor:pointer;}',
              '.r1f29ykk:hover:active,.r1f29ykk:active:focus-visible{background-color:var(--colorNeutralBackground1Pressed);border-color:var(--colorNeutralStroke1Pressed);color:var(--colorNeutralForeground1Pressed);outline-style:none;}',
              '.r1f29ykk[data-fui-focus-visible]{border-color:var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);border-width:1px;outline:var(--strokeWidthThick) solid var(--colorTransparentStroke);box-shadow:0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset;z-index:1;}',
            ],
            s: [
              '@media screen and (prefers-reduced-motion: reduce){.r1f29ykk{transition-duration:0.01ms;}}',
              '@media (forced-colors: active){.r1f29ykk:focus{border-color:ButtonText;}.r1f29ykk:hover{background-color:HighlightText;border-color:Highlight;color:Highlight;forced-color-adjust:none;}.r1f29ykk:hover:active,.r1f29ykk:active:focus-visible{background-color:HighlightText;border-color:Highlight;color:Highlight;forced-color-adjust:none;}}',
              '@supports (-moz-appearance:button){.r1f29ykk[data-fui-focus-visible]{box-shadow:0 0 0 calc(var(--strokeWidthThin) + 0.25px) var(--colorStrokeFocus2) inset;}}',
            ],
          })),
        h = (0, f.y)('rywnvv2', null, [
          '.rywnvv2{align-items:center;display:inline-flex;justify-content:center;font-size:20px;height:20px;width:20px;--fui-Button__icon--spacing:var(--spacingHorizontalSNudge);}',
        ]),
        m = (0, g.X)(
          {
            outline: { De3pzq: 'f1c21dwh', Jwef8y: 'fjxutwb', Bpjbzib: 'fkoldzo' },
            primary: {
              De3pzq: 'ffp7eso',
              g2u3we: 'f1p3nwhy',
              h3c5rm: ['f11589ue', 'f1pdflbu'],
              B9xav0g: 'f1q5o8ev',
              zhjwy3: ['f1pdflbu', 'f11589ue'],
              sj55zd: 'f1phragk',
              Jwef8y: 'f15wkkf3',
              Bgoe8wy: 'f1s2uweq',
              Bwzppfd: ['fr80ssc', 'fecsdlb'],
              oetu4i: 'f1ukrpxl',
              gg5e9n: ['fecsdlb', 'fr80ssc'],
              Bi91k9c: 'f1rq72xc',
              Bpjbzib: 'f1ksv2xa',
              im15vp: 'fhvnf4x',
              Hjvxdg: ['fb6swo4', 'f232fm2'],
              Gpfmf1: 'f1klyf7k',
              ustxxc: ['f232fm2', 'fb6swo4'],
              Brsut9c: 'f1d6mv4x',
              By8wz76: 'f1nz3ub2',
              Bcq6wej: 'fag2qd2',
              Jcjdmf: ['fmvhcg7', 'f14bpyus'],
              sc4o1m: 'f1o3dhpw',
              Bosien3: ['f14bpyus', 'fmvhcg7'],
              B7iucu3: 'fqc85l4',
              B8gzw0y: 'f1h3a8gf',
              Bbkh6qg: 'fkiggi6',
              F230oe: 'f8gmj8i',
              Bdw8ktp: ['f1ap8nzx', 'fjag8bx'],
              Bj1xduy: 'f1igan7k',
              Bhh2cfd: ['fjag8bx', 'f1ap8nzx'],
              Bahaeuw: 'f1v3eptx',
              Bv2bamp: 'f1ysmecq',
              vxuvv6: 'faulsx',
              Bli9q98: ['f79t15f', 'f8qmx7k'],
              Bx2tt8t: 'fbtzoaq',
              yad0b3: ['f8qmx7k', 'f79t15f'],
              j2fop7: 'fd4bjan',
            },
            secondary: {},
            subtle: {
              De3pzq: 'fhovq9v',
              g2u3we: 'f1p3nwhy',
              h3c5rm: ['f11589ue', 'f1pdflbu'],
              B9xav0g: 'f1q5o8ev',
              zhjwy3: ['f1pdflbu', 'f11589ue'],
              sj55zd: 'fkfq4zb',
              Jwef8y: 'f1t94bn6',
              Bgoe8wy: 'f1s2uweq',
              Bwzppfd: ['fr80ssc', 'fecsdlb'],
              oetu4i: 'f1ukrpxl',
              gg5e9n: ['fecsdlb', 'fr80ssc'],
              Bi91k9c: 'fnwyq0v',
              Bk3fhr4: 'ft1hn21',
              Bmfj8id: 'fuxngvv',
              Bbdnnc7: 'fy5bs14',
              Bpjbzib: 'f1q1yqic',
              im15vp: 'fhvnf4x',
              Hjvxdg: ['fb6swo4', 'f232fm2'],
              Gpfmf1: 'f1klyf7k',
              ustxxc: ['f232fm2', 'fb6swo4'],
              Brsut9c: 'fwga7ee',
              Bqou3pl: 'f1nhwcv0',
              Bsnehw8: 'f1gm6xmp',
              wsxvnf: 'f1xxsver',
              Bahaeuw: 'f1v3eptx',
              Buhizc3: 'fivsta0',
              j2fop7: 'fd4bjan',
              Bqabnb4: 'f3m6zum',
            },
            transparent: {
              De3pzq: 'f1c21dwh',
              g2u3we: 'f1p3nwhy',
              h3c5rm: ['f11589ue', 'f1pdflbu'],
              B9xav0g: 'f1q5o8ev',
              zhjwy3: ['f1pdflbu', 'f11589ue'],
              sj55zd: 'fkfq4zb',
              Jwef8y: 'fjxutwb',
              Bgoe8wy: 'f1s2uweq',
              Bwzppfd: ['fr80ssc', 'fecsdlb'],
              oetu4i: 'f1ukrpxl',
              gg5e9n: ['fecsdlb', 'fr80ssc'],
              Bi91k9c: 'f139oj5f',
              Bk3fhr4: 'ft1hn21',
              Bmfj8id: 'fuxngvv',
              Bpjbzib: 'fkoldzo',
              im15vp: 'fhvnf4x',
              Hjvxdg: ['fb6swo4', 'f232fm2'],
              Gpfmf1: 'f1klyf7k',
              ustxxc: ['f232fm2', 'fb6swo4'],
              Brsut9c: 'f1l983o9',
              Bqou3pl: 'f1nhwcv0',
              Bsnehw8: 'f1gm6xmp',
              Bbkh6qg: 'fxoo9op',
              Bahaeuw: 'f1v3eptx',
              Bv2bamp: 'f1i0gk12',
              j2fop7: 'fd4bjan',
            },
            circular: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'f44lkw9' },
            rounded: {},
            square: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'f1fabniw' },
            small: {
              Bf4jedk: 'fh7ncta',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'fneth5b',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'ft85np5',
              Be2twd7: 'fy9rknc',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'fwrc4pm',
            },
            smallWithIcon: { Byoj8tv: 'f1brlhvm', z8tnut: 'f1sl3k7w' },
            medium: {},
            large: {
              Bf4jedk: 'f14es27b',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f4db1ww',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'ft85np5',
              Be2twd7: 'fod5ikn',
              Bhrd7zp: 'fl43uef',
              Bg96gwp: 'faaz57k',
            },
            largeWithIcon: { Byoj8tv: 'fy7v416', z8tnut: 'f1a1bwwz' },
          },
          {
            d: [
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              '.ffp7eso{background-color:var(--colorBrandBackground);}',
              '.f1p3nwhy{border-top-color:transparent;}',
              '.f11589ue{border-right-color:transparent;}',
              '.f1pdflbu{border-left-color:transparent;}',
              '.f1q5o8ev{border-bottom-color:transparent;}',
              '.f1phragk{color:var(--colorNeutralForegroundOnBrand);}',
              '.fhovq9v{background-color:var(--colorSubtleBackground);}',
              '.fkfq4zb{color:var(--colorNeutralForeground2);}',
              ['.f44lkw9{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
              ['.f1fabniw{border-radius:var(--borderRadiusNone);}', { p: -1 }],
              '.fh7ncta{min-width:64px;}',
              ['.fneth5b{padding:3px var(--spacingHorizontalS);}', { p: -1 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              '.fy9rknc{font-size:var(--fontSizeBase200);}',
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              '.fwrc4pm{line-height:var(--lineHeightBase200);}',
              '.f1brlhvm{padding-bottom:1px;}',
              '.f1sl3k7w{padding-top:1px;}',
              '.f14es27b{min-width:96px;}',
              ['.f4db1ww{padding:8px var(--spacingHorizontalL);}', { p: -1 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              '.fod5ikn{font-size:var(--fontSizeBase400);}',
              '.fl43uef{font-weight:var(--fontWeightSemibold);}',
              '.faaz57k{line-height:var(--lineHeightBase400);}',
              '.fy7v416{padding-bottom:7px;}',
              '.f1a1bwwz{padding-top:7px;}',
            ],
            h: [
              '.fjxutwb:hover{background-color:var(--colorTransparentBackgroundHover);}',
              '.fkoldzo:hover:active,.fkoldzo:active:focus-visible{background-color:var(--colorTransparentBackgroundPressed);}',
              '.f15wkkf3:hover{background-color:var(--colorBrandBackgroundHover);}',
              '.f1s2uweq:hover{border-top-color:transparent;}',
              '.fr80ssc:hover{border-right-color:transparent;}',
              '.fecsdlb:hover{border-left-color:transparent;}',
              '.f1ukrpxl:hover{border-bottom-color:transparent;}',
              '.f1rq72xc:hover{color:var(--colorNeutralForegroundOnBrand);}',
              '.f1ksv2xa:hover:active,.f1ksv2xa:active:focus-visible{background-color:var(--colorBrandBackgroundPressed);}',
              '.fhvnf4x:hover:active,.fhvnf4x:active:focus-visible{border-top-color:transparent;}',
              '.fb6swo4:hover:active,.fb6swo4:active:focus-visible{border-right-color:transparent;}',
              '.f232fm2:hover:active,.f232fm2:active:focus-visible{border-left-color:transparent;}',
              '.f1klyf7k:hover:active,.f1klyf7k:active:focus-visible{border-bottom-color:transparent;}',
              '.f1d6mv4x:hover:active,.f1d6mv4x:active:focus-visible{color:var(--colorNeutralForegroundOnBrand);}',
              '.f1t94bn6:hover{background-color:var(--colorSubtleBackgroundHover);}',
              '.fnwyq0v:hover{color:var(--colorNeutralForeground2Hover);}',
              '.ft1hn21:hover .fui-Icon-filled{display:inline;}',
              '.fuxngvv:hover .fui-Icon-regular{display:none;}',
              '.fy5bs14:hover .fui-Button__icon{color:var(--colorNeutralForeground2BrandHover);}',
              '.f1q1yqic:hover:active,.f1q1yqic:active:focus-visible{background-color:var(--colorSubtleBackgroundPressed);}',
              '.fwga7ee:hover:active,.fwga7ee:active:focus-visible{color:var(--colorNeutralForeground2Pressed);}',
              '.f1nhwcv0:hover:active .fui-Icon-filled,.f1nhwcv0:active:focus-visible .fui-Icon-filled{display:inline;}',
              '.f1gm6xmp:hover:active .fui-Icon-regular,.f1gm6xmp:active:focus-visible .fui-Icon-regular{display:none;}',
              '.f1xxsver:hover:active .fui-Button__icon,.f1xxsver:active:focus-visible .fui-Button__icon{color:var(--colorNeutralForeground2BrandPressed);}',
              '.f139oj5f:hover{color:var(--colorNeutralForeground2BrandHover);}',
              '.f1l983o9:hover:active,.f1l983o9:active:focus-visible{color:var(--colorNeutralForeground2BrandPressed);}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f1nz3ub2{background-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fag2qd2{border-top-color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f14bpyus{border-left-color:HighlightText;}.fmvhcg7{border-right-color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1o3dhpw{border-bottom-color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fqc85l4{color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1h3a8gf{forced-color-adjust:none;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fkiggi6:hover{background-color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f8gmj8i:hover{border-top-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1ap8nzx:hover{border-right-color:Highlight;}.fjag8bx:hover{border-left-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1igan7k:hover{border-bottom-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1v3eptx:hover{color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1ysmecq:hover:active,.f1ysmecq:active:focus-visible{background-color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.faulsx:hover:active,.faulsx:active:focus-visible{border-top-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f79t15f:hover:active,.f79t15f:active:focus-visible{border-right-color:Highlight;}.f8qmx7k:hover:active,.f8qmx7k:active:focus-visible{border-left-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fbtzoaq:hover:active,.fbtzoaq:active:focus-visible{border-bottom-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fd4bjan:hover:active,.fd4bjan:active:focus-visible{color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fivsta0:hover .fui-Button__icon{color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f3m6zum:hover:active .fui-Button__icon,.f3m6zum:active:focus-visible .fui-Button__icon{color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fxoo9op:hover{background-color:var(--colorTransparentBackground);}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1i0gk12:hover:active,.f1i0gk12:active:focus-visible{background-color:var(--colorTransparentBackground);}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        ),
        b = (0, g.X)(
          {
            base: {
              De3pzq: 'f1bg9a2p',
              g2u3we: 'f1jj8ep1',
              h3c5rm: ['f15xbau', 'fy0fskl'],
              B9xav0g: 'f4ikngz',
              zhjwy3: ['fy0fskl', 'f15xbau'],
              sj55zd: 'f1s2aq7o',
              Bceei9c: 'fdrzuqr',
              Bfinmwp: 'f15x8b5r',
              Jwef8y: 'f1falr9n',
              Bgoe8wy: 'f12mpcsy',
              Bwzppfd: ['f1gwvigk', 'f18rmfxp'],
              oetu4i: 'f1jnshp0',
              gg5e9n: ['f18rmfxp', 'f1gwvigk'],
              Bi91k9c: 'fvgxktp',
              eoavqd: 'fphbwmw',
              Bk3fhr4: 'f19vpps7',
              Bmfj8id: 'fv5swzo',
              Bbdnnc7: 'f1al02dq',
              Bpjbzib: 'f1jct5ie',
              im15vp: 'f13txml0',
              Hjvxdg: ['f1ncddno', 'f1axfvow'],
              Gpfmf1: 'f1z04ada',
              ustxxc: ['f1axfvow', 'f1ncddno'],
              Brsut9c: 'f1uhomfy',
              Bses4qk: 'fy9mucy',
              Bqou3pl: 'f1g9va8i',
              Bsnehw8: 'fwgvudy',
              wsxvnf: 'fom6jww',
            },
            highContrast: {
              By8wz76: 'f14ptb23',
              Bcq6wej: 'f9dbb4x',
              Jcjdmf: ['f3qs60o', 'f5u9ap2'],
              sc4o1m: 'fwd1oij',
              Bosien3: ['f5u9ap2', 'f3qs60o'],
              B7iucu3: 'f1cyfu5x',
              Grqk0h: 'f127ot8j',
              h3ptyc: 'f19etb0b',
              Buw724y: ['f4f984j', 'fw441p0'],
              Buk7464: 'f3d22hf',
              Hwei09: ['fw441p0', 'f4f984j'],
              Bbkh6qg: 'fj8k9ua',
              F230oe: 'fifrq0d',
              Bdw8ktp: ['f196mwp7', 'fnekfq'],
              Bj1xduy: 'f1l6uprw',
              Bhh2cfd: ['fnekfq', 'f196mwp7'],
              Bahaeuw: 'fa9u7a5',
              Buhizc3: 'f1m71e0y',
              Bv2bamp: 'fw24f3',
              vxuvv6: 'f1nznrny',
              Bli9q98: ['fq8nxuu', 'f1ao3jkc'],
              Bx2tt8t: 'ftoixeo',
              yad0b3: ['f1ao3jkc', 'fq8nxuu'],
              j2fop7: 'fpmuzpx',
              Bqabnb4: 'f168odog',
            },
            outline: { De3pzq: 'f1c21dwh', Jwef8y: 'f9ql6rf', Bpjbzib: 'f9r0db0' },
            primary: {
              g2u3we: 'f1p3nwhy',
              h3c5rm: ['f11589ue', 'f1pdflbu'],
              B9xav0g: 'f1q5o8ev',
              zhjwy3: ['f1pdflbu', 'f11589ue'],
              Bgoe8wy: 'f1s2uweq',
              Bwzppfd: ['fr80ssc', 'fecsdlb'],
              oetu4i: 'f1ukrpxl',
              gg5e9n: ['fecsdlb', 'fr80ssc'],
              im15vp: 'fhvnf4x',
              Hjvxdg: ['fb6swo4', 'f232fm2'],
              Gpfmf1: 'f1klyf7k',
              ustxxc: ['f232fm2', 'fb6swo4'],
            },
            secondary: {},
            subtle: {
              De3pzq: 'f1c21dwh',
              g2u3we: 'f1p3nwhy',
              h3c5rm: ['f11589ue', 'f1pdflbu'],
              B9xav0g: 'f1q5o8ev',
              zhjwy3: ['f1pdflbu', 'f11589ue'],
              Jwef8y: 'f9ql6rf',
              Bgoe8wy: 'f1s2uweq',
              Bwzppfd: ['fr80ssc', 'fecsdlb'],
              oetu4i: 'f1ukrpxl',
              gg5e9n: ['fecsdlb', 'fr80ssc'],
              Bpjbzib: 'f9r0db0',
              im15vp: 'fhvnf4x',
              Hjvxdg: ['fb6swo4', 'f232fm2'],
              Gpfmf1: 'f1klyf7k',
              ustxxc: ['f232fm2', 'fb6swo4'],
            },
            transparent: {
              De3pzq: 'f1c21dwh',
              g2u3we: 'f1p3nwhy',
              h3c5rm: ['f11589ue', 'f1pdflbu'],
              B9xav0g: 'f1q5o8ev',
              zhjwy3: ['f1pdflbu', 'f11589ue'],
              Jwef8y: 'f9ql6rf',
              Bgoe8wy: 'f1s2uweq',
              Bwzppfd: ['fr80ssc', 'fecsdlb'],
              oetu4i: 'f1ukrpxl',
              gg5e9n: ['fecsdlb', 'fr80ssc'],
              Bpjbzib: 'f9r0db0',
              im15vp: 'fhvnf4x',
              Hjvxdg: ['fb6swo4', 'f232fm2'],
              Gpfmf1: 'f1klyf7k',
              ustxxc: ['f232fm2', 'fb6swo4'],
            },
          },
          {
            d: [
              '.f1bg9a2p{background-color:var(--colorNeutralBackgroundDisabled);}',
              '.f1jj8ep1{border-top-color:var(--colorNeutralStrokeDisabled);}',
              '.f15xbau{border-right-color:var(--colorNeutralStrokeDisabled);}',
              '.fy0fskl{border-left-color:var(--colorNeutralStrokeDisabled);}',
              '.f4ikngz{border-bottom-color:var(--colorNeutralStrokeDisabled);}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.fdrzuqr{cursor:not-allowed;}',
              '.f15x8b5r .fui-Button__icon{color:var(--colorNeutralForegroundDisabled);}',
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              '.f1p3nwhy{border-top-color:transparent;}',
              '.f11589ue{border-right-color:transparent;}',
              '.f1pdflbu{border-left-color:transparent;}',
              '.f1q5o8ev{border-bottom-color:transparent;}',
            ],
            h: [
              '.f1falr9n:hover{background-color:var(--colorNeutralBackgroundDisabled);}',
              '.f12mpcsy:hover{border-top-color:var(--colorNeutralStrokeDisabled);}',
              '.f1gwvigk:hover{border-right-color:var(--colorNeutralStrokeDisabled);}',
              '.f18rmfxp:hover{border-left-color:var(--colorNeutralStrokeDisabled);}',
              '.f1jnshp0:hover{border-bottom-color:var(--colorNeutralStrokeDisabled);}',
              '.fvgxktp:hover{color:var(--colorNeutralForegroundDisabled);}',
              '.fphbwmw:hover{cursor:not-allowed;}',
              '.f19vpps7:hover .fui-Icon-filled{display:none;}',
              '.fv5swzo:hover .fui-Icon-regular{display:inline;}',
              '.f1al02dq:hover .fui-Button__icon{color:var(--colorNeutralForegroundDisabled);}',
              '.f1jct5ie:hover:active,.f1jct5ie:active:focus-visible{background-color:var(--colorNeutralBackgroundDisabled);}',
              '.f13txml0:hover:active,.f13txml0:active:focus-visible{border-top-color:var(--colorNeutralStrokeDisabled);}',
              '.f1ncddno:hover:active,.f1ncddno:active:focus-visible{border-right-color:var(--colorNeutralStrokeDisabled);}',
              '.f1axfvow:hover:active,.f1axfvow:active:focus-visible{border-left-color:var(--colorNeutralStrokeDisabled);}',
              '.f1z04ada:hover:active,.f1z04ada:active:focus-visible{border-bottom-color:var(--colorNeutralStrokeDisabled);}',
              '.f1uhomfy:hover:active,.f1uhomfy:active:focus-visible{color:var(--colorNeutralForegroundDisabled);}',
              '.fy9mucy:hover:active,.fy9mucy:active:focus-visible{cursor:not-allowed;}',
              '.f1g9va8i:hover:active .fui-Icon-filled,.f1g9va8i:active:focus-visible .fui-Icon-filled{display:none;}',
              '.fwgvudy:hover:active .fui-Icon-regular,.fwgvudy:active:focus-visible .fui-Icon-regular{display:inline;}',
              '.fom6jww:hover:active .fui-Button__icon,.fom6jww:active:focus-visible .fui-Button__icon{color:var(--colorNeutralForegroundDisabled);}',
              '.f9ql6rf:hover{background-color:var(--colorTransparentBackground);}',
              '.f9r0db0:hover:active,.f9r0db0:active:focus-visible{background-color:var(--colorTransparentBackground);}',
              '.f1s2uweq:hover{border-top-color:transparent;}',
              '.fr80ssc:hover{border-right-color:transparent;}',
              '.fecsdlb:hover{border-left-color:transparent;}',
              '.f1ukrpxl:hover{border-bottom-color:transparent;}',
              '.fhvnf4x:hover:active,.fhvnf4x:active:focus-visible{border-top-color:transparent;}',
              '.fb6swo4:hover:active,.fb6swo4:active:focus-visible{border-right-color:transparent;}',
              '.f232fm2:hover:active,.f232fm2:active:focus-visible{border-left-color:transparent;}',
              '.f1klyf7k:hover:active,.f1klyf7k:active:focus-visible{border-bottom-color:transparent;}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f14ptb23{background-color:ButtonFace;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f9dbb4x{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f3qs60o{border-right-color:GrayText;}.f5u9ap2{border-left-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fwd1oij{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1cyfu5x{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f127ot8j .fui-Button__icon{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f19etb0b:focus{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f4f984j:focus{border-right-color:GrayText;}.fw441p0:focus{border-left-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f3d22hf:focus{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fj8k9ua:hover{background-color:ButtonFace;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fifrq0d:hover{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f196mwp7:hover{border-right-color:GrayText;}.fnekfq:hover{border-left-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1l6uprw:hover{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fa9u7a5:hover{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1m71e0y:hover .fui-Button__icon{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fw24f3:hover:active,.fw24f3:active:focus-visible{background-color:ButtonFace;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1nznrny:hover:active,.f1nznrny:active:focus-visible{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1ao3jkc:hover:active,.f1ao3jkc:active:focus-visible{border-left-color:GrayText;}.fq8nxuu:hover:active,.fq8nxuu:active:focus-visible{border-right-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.ftoixeo:hover:active,.ftoixeo:active:focus-visible{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fpmuzpx:hover:active,.fpmuzpx:active:focus-visible{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f168odog:hover:active .fui-Button__icon,.f168odog:active:focus-visible .fui-Button__icon{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        ),
        y = (0, g.X)(
          {
            circular: { Bw81rd7: 0, kdpuga: 0, dm238s: 0, B6xbmo0: 0, B3whbx2: 'f1062rbf' },
            rounded: {},
            square: { Bw81rd7: 0, kdpuga: 0, dm238s: 0, B6xbmo0: 0, B3whbx2: 'fj0ryk1' },
            primary: {
              B8q5s1w: 'f17t0x8g',
              Bci5o5g: ['f194v5ow', 'fk7jm04'],
              n8qw10: 'f1qgg65p',
              Bdrgwmp: ['fk7jm04', 'f194v5ow'],
              j6ew2k: ['fhgccpy', 'fjo7pq6'],
              he4mth: 'f32wu9k',
              Byr4aka: 'fu5nqqq',
              lks7q5: ['f13prjl2', 'f1nl83rv'],
              Bnan3qt: 'f1czftr5',
              k1dn9: ['f1nl83rv', 'f13prjl2'],
              Bqsb82s: ['fixhny3', 'f18mfu3r'],
              jg1oma: 'feygou5',
            },
            small: { Bw81rd7: 0, kdpuga: 0, dm238s: 0, B6xbmo0: 0, B3whbx2: 'fazmxh' },
            medium: {},
            large: { Bw81rd7: 0, kdpuga: 0, dm238s: 0, B6xbmo0: 0, B3whbx2: 'f1b6alqh' },
          },
          {
            d: [
              ['.f1062rbf[data-fui-focus-visible]{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
              ['.fj0ryk1[data-fui-focus-visible]{border-radius:var(--borderRadiusNone);}', { p: -1 }],
              '.f17t0x8g[data-fui-focus-visible]{border-top-color:var(--colorStrokeFocus2);}',
              '.f194v5ow[data-fui-focus-visible]{border-right-color:var(--colorStrokeFocus2);}',
              '.fk7jm04[data-fui-focus-visible]{border-left-color:var(--colorStrokeFocus2);}',
              '.f1qgg65p[data-fui-focus-visible]{border-bottom-color:var(--colorStrokeFocus2);}',
              '.fhgccpy[data-fui-focus-visible]{box-shadow:var(--shadow2),0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset,0 0 0 var(--strokeWidthThick) var(--colorNeutralForegroundOnBrand) inset;}',
              '.fjo7pq6[data-fui-focus-visible]{box-shadow:var(--shadow2),0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset,0 0 0 var(--strokeWidthThick) var(--colorNeutralForegroundOnBrand) inset;}',
              '.f32wu9k[data-fui-focus-visible]:hover{box-shadow:var(--shadow2),0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset;}',
              '.fu5nqqq[data-fui-focus-visible]:hover{border-top-color:var(--colorStrokeFocus2);}',
              '.f13prjl2[data-fui-focus-visible]:hover{border-right-color:var(--colorStrokeFocus2);}',
              '.f1nl83rv[data-fui-focus-visible]:hover{border-left-color:var(--colorStrokeFocus2);}',
              '.f1czftr5[data-fui-focus-visible]:hover{border-bottom-color:var(--colorStrokeFocus2);}',
              ['.fazmxh[data-fui-focus-visible]{border-radius:var(--borderRadiusSmall);}', { p: -1 }],
              ['.f1b6alqh[data-fui-focus-visible]{border-radius:var(--borderRadiusLarge);}', { p: -1 }],
            ],
            t: [
              '@supports (-moz-appearance:button){.f18mfu3r[data-fui-focus-visible]{box-shadow:var(--shadow2),0 0 0 calc(var(--strokeWidthThin) + 0.25px) var(--colorStrokeFocus2) inset,0 0 0 var(--strokeWidthThick) var(--colorNeutralForegroundOnBrand) inset;}.fixhny3[data-fui-focus-visible]{box-shadow:var(--shadow2),0 0 0 calc(var(--strokeWidthThin) + 0.25px) var(--colorStrokeFocus2) inset,0 0 0 var(--strokeWidthThick) var(--colorNeutralForegroundOnBrand) inset;}}',
              '@supports (-moz-appearance:button){.feygou5[data-fui-focus-visible]:hover{box-shadow:var(--shadow2),0 0 0 calc(var(--strokeWidthThin) + 0.25px) var(--colorStrokeFocus2) inset;}}',
            ],
          },
        ),
        k = (0, g.X)(
          {
            small: {
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'fu97m5z',
              Bf4jedk: 'f17fgpbq',
              B2u0y6b: 'f1jt17bm',
            },
            medium: {
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f18ktai2',
              Bf4jedk: 'fwbmr0d',
              B2u0y6b: 'f44c6la',
            },
            large: {
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1hbd1aw',
              Bf4jedk: 'f12clzc2',
              B2u0y6b: 'fjy1crr',
            },
          },
          {
            d: [
              ['.fu97m5z{padding:1px;}', { p: -1 }],
              '.f17fgpbq{min-width:24px;}',
              '.f1jt17bm{max-width:24px;}',
              ['.f18ktai2{padding:5px;}', { p: -1 }],
              '.fwbmr0d{min-width:32px;}',
              '.f44c6la{max-width:32px;}',
              ['.f1hbd1aw{padding:7px;}', { p: -1 }],
              '.f12clzc2{min-width:40px;}',
              '.fjy1crr{max-width:40px;}',
            ],
          },
        ),
        w = (0, g.X)(
          {
            small: { Be2twd7: 'fe5j1ua', Bqenvij: 'fjamq6b', a9b677: 'f64fuq3', Bqrlyyl: 'fbaiahx' },
            medium: {},
            large: { Be2twd7: 'f1rt2boy', Bqenvij: 'frvgh55', a9b677: 'fq4mcun', Bqrlyyl: 'f1exjqw5' },
            before: { t21cq0: ['f1nizpg2', 'f1a695kz'] },
            after: { Frg6f3: ['f1a695kz', 'f1nizpg2'] },
          },
          {
            d: [
              '.fe5j1ua{font-size:20px;}',
              '.fjamq6b{height:20px;}',
              '.f64fuq3{width:20px;}',
              '.fbaiahx{--fui-Button__icon--spacing:var(--spacingHorizontalXS);}',
              '.f1rt2boy{font-size:24px;}',
              '.frvgh55{height:24px;}',
              '.fq4mcun{width:24px;}',
              '.f1exjqw5{--fui-Button__icon--spacing:var(--spacingHorizontalSNudge);}',
              '.f1nizpg2{margin-right:var(--fui-Button__icon--spacing);}',
              '.f1a695kz{margin-left:var(--fui-Button__icon--spacing);}',
            ],
          },
        );
      var B = t(546);
      const x = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { size: t } = null !== (n = o.useContext(i)) && void 0 !== n ? n : l;
          var n;
          const {
            appearance: a = 'secondary',
            shape: c = 'rounded',
            size: s = null != t ? t : 'medium',
            ...d
          } = e;
          return { appearance: a, shape: c, size: s, ...u(d, r) };
        })(e, r);
        return (
          ((e) => {
            const r = v(),
              t = h(),
              o = m(),
              n = b(),
              a = y(),
              i = k(),
              l = w(),
              {
                appearance: c,
                disabled: s,
                disabledFocusable: u,
                icon: d,
                iconOnly: f,
                iconPosition: g,
                shape: B,
                size: x,
              } = e;
            ((e.root.className = (0, p.z)(
              'fui-Button',
              r,
              c && o[c],
              o[x],
              d && 'small' === x && o.smallWithIcon,
              d && 'large' === x && o.largeWithIcon,
              o[B],
              (s || u) && n.base,
              (s || u) && n.highContrast,
              c && (s || u) && n[c],
              'primary' === c && a.primary,
              a[x],
              a[B],
              f && i[x],
              e.root.className,
            )),
              e.icon &&
                (e.icon.className = (0, p.z)(
                  'fui-Button__icon',
                  t,
                  !!e.root.children && l[g],
                  l[x],
                  e.icon.className,
                )));
          })(t),
          (0, B.$e)('useButtonStyles_unstable')(t),
          ((e) => {
            (0, a.C)(e);
            const { iconOnly: r, iconPosition: t } = e;
            return (0, n.FD)(e.root, {
              children: [
                'after' !== t && e.icon && (0, n.Y)(e.icon, {}),
                !r && e.root.children,
                'after' === t && e.icon && (0, n.Y)(e.icon, {}),
              ],
            });
          })(t)
        );
      });
      x.displayName = 'Button';
    },
    2328(e, r, t) {
      t.d(r, { S: () => C });
      var o = t(6540),
        n = t(4120),
        a = t(8048),
        i = t(4585),
        l = t(1539),
        c = t(1343),
        s = t(8571),
        u = t(6451),
        d = t(5267),
        f = t(4391);
      const g = (0, f.U)('CircleFilled', '1em', ['M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16']),
        p = (0, f.U)('Square12Filled', '12', [
          'M2 4c0-1.1.9-2 2-2h4a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2z',
        ]),
        v = (0, f.U)('Square16Filled', '16', [
          'M2 4.5A2.5 2.5 0 0 1 4.5 2h7A2.5 2.5 0 0 1 14 4.5v7a2.5 2.5 0 0 1-2.5 2.5h-7A2.5 2.5 0 0 1 2 11.5z',
        ]);
      var h = t(8465),
        m = t(7771),
        b = t(6588);
      var y = t(8638),
        k = t(7509),
        w = t(7953),
        B = t(2002),
        x = t(738);
      const S = (0, w.y)('r1nzur1d', 'r128arqq', {
          r: [
            '.r1nzur1d{position:relative;display:inline-flex;cursor:pointer;max-width:fit-content;vertical-align:middle;color:var(--colorNeutralForeground3);}',
            '.r1nzur1d:focus{outline-style:none;}',
            '.r1nzur1d:focus-visible{outline-style:none;}',
            '.r1nzur1d[data-fui-focus-within]:focus-within{border-top-color:transparent;border-right-color:transparent;border-bottom-color:transparent;border-left-color:transparent;}',
            '.r1nzur1d[data-fui-focus-within]:focus-within::after{content:"";position:absolute;pointer-events:none;z-index:1;border:2px solid var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);top:calc(2px * -1);right:calc(2px * -1);bottom:calc(2px * -1);left:calc(2px * -1);}',
            '.r128arqq{position:relative;display:inline-flex;cursor:pointer;max-width:fit-content;vertical-align:middle;color:var(--colorNeutralForeground3);}',
            '.r128arqq:focus{outline-style:none;}',
            '.r128arqq:focus-visible{outline-style:none;}',
            '.r128arqq[data-fui-focus-within]:focus-within{border-top-color:transparent;border-left-color:transparent;border-bottom-color:transparent;border-right-color:transparent;}',
            '.r128arqq[data-fui-focus-within]:focus-within::after{content:"";position:absolute;pointer-events:none;z-index:1;border:2px solid var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);top:calc(2px * -1);left:calc(2px * -1);bottom:calc(2px * -1);right:calc(2px * -1);}',
          ],
          s: [
            '@media (forced-colors: active){.r1nzur1d[data-fui-focus-within]:focus-within::after{border-top-color:Highlight;border-right-color:Highlight;border-bottom-color:Highlight;border-left-color:Highlight;}}',
            '@media (forced-colors: active){.r128arqq[data-fui-focus-within]:focus-within::after{border-top-color:Highlight;border-left-color:Highlight;border-bottom-color:Highlight;border-right-color:Highlight;}}',
          ],
        }),
        z = (0, B.X)(
          {
            unchecked: { Bi91k9c: 'f3p8bqa', pv5h1i: 'fium13f', lj723h: 'f1r2dosr', Hnthvo: 'f1729es6' },
            checked: {
              sj55zd: 'f19n0e5',
              wkncrt: 'f35ds98',
              zxk7z7: 'f12mnkne',
              Hmsnfy: 'fei9a8h',
              e6czan: 'fix56y3',
              pv5h1i: 'f1bcv2js',
              qbydtz: 'f7dr4go',
              Hnthvo: 'f1r5cpua',
            },
            mixed: {
              sj55zd: 'f19n0e5',
              Hmsnfy: 'f1l27tf0',
              zxk7z7: 'fcilktj',
              pv5h1i: 'f1lphd54',
              Bunfa6h: 'f1obkvq7',
              Hnthvo: 'f2gmbuh',
              B15ykmv: 'f1oy4fa1',
            },
            disabled: {
              Bceei9c: 'f158kwzp',
              sj55zd: 'f1s2aq7o',
              Hmsnfy: 'f1w7mfl5',
              zxk7z7: 'fcoafq6',
              B7iucu3: 'f1cyfu5x',
              Bptavk6: 'f1lwde8o',
            },
          },
          {
            h: [
              '.f3p8bqa:hover{color:var(--colorNeutralForeground2);}',
              '.fium13f:hover{--fui-Checkbox__indicator--borderColor:var(--colorNeutralStrokeAccessibleHover);}',
              '.fix56y3:hover{--fui-Checkbox__indicator--backgroundColor:var(--colorCompoundBrandBackgroundHover);}',
              '.f1bcv2js:hover{--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandBackgroundHover);}',
              '.f1lphd54:hover{--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandStrokeHover);}',
              '.f1obkvq7:hover{--fui-Checkbox__indicator--color:var(--colorCompoundBrandForeground1Hover);}',
            ],
            a: [
              '.f1r2dosr:active{color:var(--colorNeutralForeground1);}',
              '.f1729es6:active{--fui-Checkbox__indicator--borderColor:var(--colorNeutralStrokeAccessiblePressed);}',
              '.f7dr4go:active{--fui-Checkbox__indicator--backgroundColor:var(--colorCompoundBrandBackgroundPressed);}',
              '.f1r5cpua:active{--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandBackgroundPressed);}',
              '.f2gmbuh:active{--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandStrokePressed);}',
              '.f1oy4fa1:active{--fui-Checkbox__indicator--color:var(--colorCompoundBrandForeground1Pressed);}',
            ],
            d: [
              '.f19n0e5{color:var(--colorNeutralForeground1);}',
              '.f35ds98{--fui-Checkbox__indicator--backgroundColor:var(--colorCompoundBrandBackground);}',
              '.f12mnkne{--fui-Checkbox__indicator--color:var(--colorNeutralForegroundInverted);}',
              '.fei9a8h{--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandBackground);}',
              '.f1l27tf0{--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandStroke);}',
              '.fcilktj{--fui-Checkbox__indicator--color:var(--colorCompoundBrandForeground1);}',
              '.f158kwzp{cursor:default;}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.f1w7mfl5{--fui-Checkbox__indicator--borderColor:var(--colorNeutralStrokeDisabled);}',
              '.fcoafq6{--fui-Checkbox__indicator--color:var(--colorNeutralForegroundDisabled);}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f1cyfu5x{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1lwde8o{--fui-Checkbox__indicator--color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        ),
        _ = (0, w.y)('ruo9svu', null, [
          '.ruo9svu{box-sizing:border-box;cursor:inherit;height:100%;margin:0;opacity:0;position:absolute;top:0;width:calc(16px + 2 * var(--spacingHorizontalS));}',
        ]),
        N = (0, B.X)(
          {
            before: { j35jbq: ['f1e31b4d', 'f1vgc2s3'] },
            after: { oyh7mz: ['f1vgc2s3', 'f1e31b4d'] },
            large: { a9b677: 'f1mq5jt6' },
          },
          {
            d: [
              '.f1e31b4d{right:0;}',
              '.f1vgc2s3{left:0;}',
              '.f1mq5jt6{width:calc(20px + 2 * var(--spacingHorizontalS));}',
            ],
          },
        ),
        P = (0, w.y)('rl7ci6d', null, [
          '.rl7ci6d{align-self:flex-start;box-sizing:border-box;flex-shrink:0;display:flex;align-items:center;justify-content:center;overflow:hidden;color:var(--fui-Checkbox__indicator--color);background-color:var(--fui-Checkbox__indicator--backgroundColor);border-color:var(--fui-Checkbox__indicator--borderColor, var(--colorNeutralStrokeAccessible));border-style:solid;border-width:var(--strokeWidthThin);border-radius:var(--borderRadiusSmall);margin:var(--spacingVerticalS) var(--spacingHorizontalS);fill:currentColor;pointer-events:none;font-size:12px;height:16px;width:16px;}',
        ]),
        F = (0, B.X)(
          {
            large: { Be2twd7: 'f4ybsrx', Bqenvij: 'fjamq6b', a9b677: 'f64fuq3' },
            circular: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'f44lkw9' },
          },
          {
            d: [
              '.f4ybsrx{font-size:16px;}',
              '.fjamq6b{height:20px;}',
              '.f64fuq3{width:20px;}',
              ['.f44lkw9{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
            ],
          },
        ),
        T = (0, B.X)(
          {
            base: {
              qb2dma: 'f7nlbp4',
              sj55zd: 'f1ym3bx4',
              Bceei9c: 'fpo1scq',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1f5q0n8',
            },
            before: { z189sj: ['f7x41pl', 'fruq291'] },
            after: { uwmqm3: ['fruq291', 'f7x41pl'] },
            medium: { B6of3ja: 'fjzwpt6', jrapky: 'fh6j2fo' },
            large: { B6of3ja: 'f1xlvstr', jrapky: 'f49ad5g' },
          },
          {
            d: [
              '.f7nlbp4{align-self:center;}',
              '.f1ym3bx4{color:inherit;}',
              '.fpo1scq{cursor:inherit;}',
              ['.f1f5q0n8{padding:var(--spacingVerticalS) var(--spacingHorizontalS);}', { p: -1 }],
              '.f7x41pl{padding-right:var(--spacingHorizontalXS);}',
              '.fruq291{padding-left:var(--spacingHorizontalXS);}',
              '.fjzwpt6{margin-top:calc((16px - var(--lineHeightBase300)) / 2);}',
              '.fh6j2fo{margin-bottom:calc((16px - var(--lineHeightBase300)) / 2);}',
              '.f1xlvstr{margin-top:calc((20px - var(--lineHeightBase300)) / 2);}',
              '.f49ad5g{margin-bottom:calc((20px - var(--lineHeightBase300)) / 2);}',
            ],
          },
        );
      var j = t(546);
      const C = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { shape: t = 'square', size: f = 'medium', ...y } = e,
            k = ((e, r) => {
              e = (0, n.c)(e, { supportsLabelFor: !0, supportsRequired: !0 });
              const { disabled: t = !1, required: o, labelPosition: f = 'after', onChange: g } = e,
                [p, v] = (0, i.i)({ defaultState: e.defaultChecked, state: e.checked, initialState: !1 }),
                h = (0, l.n)({
                  props: e,
                  primarySlotTagName: 'input',
                  excludedPropNames: ['checked', 'defaultChecked', 'onChange'],
                }),
                m = 'mixed' === p,
                y = (0, c.Bi)('checkbox-', h.primary.id),
                k = {
                  checked: p,
                  disabled: t,
                  labelPosition: f,
                  components: { root: 'span', input: 'input', indicator: 'div', label: 'label' },
                  root: a.Gk(e.root, { defaultProps: { ref: (0, b.R)(), ...h.root }, elementType: 'span' }),
                  input: a.Gk(e.input, {
                    defaultProps: { type: 'checkbox', id: y, ref: r, checked: !0 === p, ...h.primary },
                    elementType: 'input',
                  }),
                  label: a.lq(e.label, {
                    defaultProps: { htmlFor: y, disabled: t, required: o },
                    elementType: 'label',
                  }),
                  indicator: a.lq(e.indicator, {
                    renderByDefault: !0,
                    defaultProps: { 'aria-hidden': !0 },
                    elementType: 'div',
                  }),
                };
              k.input.onChange = (0, s.p)(k.input.onChange, (e) => {
                const r = e.currentTarget.indeterminate ? 'mixed' : e.currentTarget.checked;
                (null == g || g(e, { checked: r }), v(r));
              });
              const w = (0, u.a)(k.input.ref);
              return (
                (k.input.ref = w),
                (0, d.E)(() => {
                  w.current && (w.current.indeterminate = m);
                }, [w, m]),
                k
              );
            })(y, r);
          let w;
          var B, x;
          return (
            'mixed' === k.checked
              ? (w =
                  'circular' === t
                    ? o.createElement(g, null)
                    : 'large' === f
                      ? o.createElement(v, null)
                      : o.createElement(p, null))
              : k.checked &&
                (w = 'large' === f ? o.createElement(h.FUA, null) : o.createElement(h.jvo, null)),
            k.indicator && ((null !== (x = (B = k.indicator).children) && void 0 !== x) || (B.children = w)),
            {
              shape: t,
              size: f,
              ...k,
              components: { ...k.components, label: m.J },
              label: a.lq(e.label, { defaultProps: { ...k.label, size: 'medium' }, elementType: m.J }),
            }
          );
        })(e, r);
        return (
          ((e) => {
            const { checked: r, disabled: t, labelPosition: o, shape: n, size: a } = e,
              i = S(),
              l = z();
            e.root.className = (0, x.z)(
              'fui-Checkbox',
              i,
              t ? l.disabled : 'mixed' === r ? l.mixed : r ? l.checked : l.unchecked,
              e.root.className,
            );
            const c = _(),
              s = N();
            e.input.className = (0, x.z)(
              'fui-Checkbox__input',
              c,
              'large' === a && s.large,
              s[o],
              e.input.className,
            );
            const u = P(),
              d = F();
            e.indicator &&
              (e.indicator.className = (0, x.z)(
                'fui-Checkbox__indicator',
                u,
                'large' === a && d.large,
                'circular' === n && d.circular,
                e.indicator.className,
              ));
            const f = T();
            e.label &&
              (e.label.className = (0, x.z)('fui-Checkbox__label', f.base, f[a], f[o], e.label.className));
          })(t),
          (0, j.$e)('useCheckboxStyles_unstable')(t),
          ((e) => (
            (0, k.C)(e),
            (0, y.FD)(e.root, {
              children: [
                (0, y.Y)(e.input, {}),
                'before' === e.labelPosition && e.label && (0, y.Y)(e.label, {}),
                e.indicator && (0, y.Y)(e.indicator, {}),
                'after' === e.labelPosition && e.label && (0, y.Y)(e.label, {}),
              ],
            })
          ))(t)
        );
      });
      C.displayName = 'Checkbox';
    },
    5335(e, r, t) {
      t.d(r, { q: () => l });
      var o = t.cw((e, r) => {
          function t(e, r) {
            var t = e.length;
            e.push(r);
            e: for (; 0 < t;) {
              var o = (t - 1) >>> 1,
                n = e[o];
              if (!(0 < a(n, r))) break e;
              ((e[o] = r), (e[t] = n), (t = o));
            }
          }
          function o(e) {
            return 0 === e.length ? null : e[0];
          }
          function n(e) {
            if (0 === e.length) return null;
            var r = e[0],
              t = e.pop();
            if (t !== r) {
              e[0] = t;
              e: for (var o = 0, n = e.length, i = n >>> 1; o < i;) {
                var l = 2 * (o + 1) - 1,
                  c = e[l],
                  s = l + 1,
                  u = e[s];
                if (0 > a(c, t))
                  s < n && 0 > a(u, c)
                    ? ((e[o] = u), (e[s] = t), (o = s))
                    : ((e[o] = c), (e[l] = t), (o = l));
                else {
                  if (!(s < n && 0 > a(u, t))) break e;
                  ((e[o] = u), (e[s] = t), (o = s));
                }
              }
            }
            return r;
          }
          function a(e, r) {
            var t = e.sortIndex - r.sortIndex;
            return 0 !== t ? t : e.id - r.id;
          }
          if (
            ((r.unstable_now = void 0),
            'object' == typeof performance && 'function' == typeof performance.now)
          ) {
            var i = performance;
            r.unstable_now = function () {
              return i.now();
            };
          } else {
            var l = Date,
              c = l.now();
            r.unstable_now = function () {
              return l.now() - c;
            };
          }
          var s = [],
            u = [],
            d = 1,
            f = null,
            g = 3,
            p = !1,
            v = !1,
            h = !1,
            m = !1,
            b = 'function' == typeof setTimeout ? setTimeout : null,
            y = 'function' == typeof clearTimeout ? clearTimeout : null,
            k = 'undefined' != typeof setImmediate ? setImmediate : null;
          function w(e) {
            for (var r = o(u); null !== r;) {
              if (null === r.callback) n(u);
              else {
                if (!(r.startTime <= e)) break;
                (n(u), (r.sortIndex = r.expirationTime), t(s, r));
              }
              r = o(u);
            }
          }
          function B(e) {
            if (((h = !1), w(e), !v))
              if (null !== o(s)) ((v = !0), S || ((S = !0), x()));
              else {
                var r = o(u);
                null !== r && C(B, r.startTime - e);
              }
          }
          var x,
            S = !1,
            z = -1,
            _ = 5,
            N = -1;
          function P() {
            return !(!m && r.unstable_now() - N < _);
          }
          function F() {
            if (((m = !1), S)) {
              var e = r.unstable_now();
              N = e;
              var t = !0;
              try {
                e: {
                  ((v = !1), h && ((h = !1), y(z), (z = -1)), (p = !0));
                  var a = g;
                  try {
                    r: {
                      for (w(e), f = o(s); null !== f && !(f.expirationTime > e && P());) {
                        var i = f.callback;
                        if ('function' == typeof i) {
                          ((f.callback = null), (g = f.priorityLevel));
                          var l = i(f.expirationTime <= e);
                          if (((e = r.unstable_now()), 'function' == typeof l)) {
                            ((f.callback = l), w(e), (t = !0));
                            break r;
                          }
                          (f === o(s) && n(s), w(e));
                        } else n(s);
                        f = o(s);
                      }
                      if (null !== f) t = !0;
                      else {
                        var c = o(u);
                        (null !== c && C(B, c.startTime - e), (t = !1));
                      }
                    }
                    break e;
                  } finally {
                    ((f = null), (g = a), (p = !1));
                  }
                  t = void 0;
                }
              } finally {
                t ? x() : (S = !1);
              }
            }
          }
          if ('function' == typeof k)
            x = function () {
              k(F);
            };
          else if ('undefined' != typeof MessageChannel) {
            var T = new MessageChannel(),
              j = T.port2;
            ((T.port1.onmessage = F),
              (x = function () {
                j.postMessage(null);
              }));
          } else
            x = function () {
              b(F, 0);
            };
          function C(e, t) {
            z = b(function () {
              e(r.unstable_now());
            }, t);
          }
          ((r.unstable_IdlePriority = 5),
            (r.unstable_ImmediatePriority = 1),
            (r.unstable_LowPriority = 4),
            (r.unstable_NormalPriority = 3),
            (r.unstable_Profiling = null),
            (r.unstable_UserBlockingPriority = 2),
            (r.unstable_cancelCallback = function (e) {
              e.callback = null;
            }),
            (r.unstable_forceFrameRate = function (e) {
              0 > e || 125 < e
                ? console.error(
                    'forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported',
                  )
                : (_ = 0 < e ? Math.floor(1e3 / e) : 5);
            }),
            (r.unstable_getCurrentPriorityLevel = function () {
              return g;
            }),
            (r.unstable_next = function (e) {
              switch (g) {
                case 1:
                case 2:
                case 3:
                  var r = 3;
                  break;
                default:
                  r = g;
              }
              var t = g;
              g = r;
              try {
                return e();
              } finally {
                g = t;
              }
            }),
            (r.unstable_requestPaint = function () {
              m = !0;
            }),
            (r.unstable_runWithPriority = function (e, r) {
              switch (e) {
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                  break;
                default:
                  e = 3;
              }
              var t = g;
              g = e;
              try {
                return r();
              } finally {
                g = t;
              }
            }),
            (r.unstable_scheduleCallback = function (e, n, a) {
              var i = r.unstable_now();
              switch (
                ((a =
                  'object' == typeof a && null !== a && 'number' == typeof (a = a.delay) && 0 < a
                    ? i + a
                    : i),
                e)
              ) {
                case 1:
                  var l = -1;
                  break;
                case 2:
                  l = 250;
                  break;
                case 5:
                  l = 1073741823;
                  break;
                case 4:
                  l = 1e4;
                  break;
                default:
                  l = 5e3;
              }
              return (
                (e = {
                  id: d++,
                  callback: n,
                  priorityLevel: e,
                  startTime: a,
                  expirationTime: (l = a + l),
                  sortIndex: -1,
                }),
                a > i
                  ? ((e.sortIndex = a),
                    t(u, e),
                    null === o(s) && e === o(u) && (h ? (y(z), (z = -1)) : (h = !0), C(B, a - i)))
                  : ((e.sortIndex = l), t(s, e), v || p || ((v = !0), S || ((S = !0), x()))),
                e
              );
            }),
            (r.unstable_shouldYield = P),
            (r.unstable_wrapCallback = function (e) {
              var r = g;
              return function () {
                var t = g;
                g = r;
                try {
                  return e.apply(this, arguments);
                } finally {
                  g = t;
                }
              };
            }));
        }),
        n = t.cw((e) => {
          e.exports = o();
        }),
        a = t(5267),
        i = t(6540);
      n();
      const l = (e) => {
        const r = i.createContext({ value: { current: e }, listeners: [], isDefault: !0 });
        var t;
        return (
          (r.Provider =
            ((t = r.Provider),
            (e) => {
              const r = i.useRef(e.value),
                n = i.useRef(null);
              return (
                n.current || (n.current = { value: r, listeners: [] }),
                (0, a.E)(() => {
                  ((r.current = e.value),
                    (0, o().unstable_runWithPriority)(o().unstable_NormalPriority, () => {
                      n.current.listeners.forEach((r) => {
                        r(e.value);
                      });
                    }));
                }, [e.value]),
                i.createElement(t, { value: n.current }, e.children)
              );
            })),
          delete r.Consumer,
          r
        );
      };
    },
    6765(e, r, t) {
      var o = t(5267),
        n = t(6540);
      t.d(r, [
        'i',
        0,
        (e, r) => {
          const t = n.useContext(e),
            { value: a, listeners: i } = t,
            l = r(a.current),
            [, c] = n.useReducer((e) => e + 1, 0),
            s = n.useRef(r),
            u = n.useRef(l);
          return (
            (0, o.E)(() => {
              ((s.current = r), (u.current = l));
            }),
            (0, o.E)(() => {
              const e = (e) => {
                try {
                  const r = s.current(e);
                  Object.is(u.current, r) || c();
                } catch {}
              };
              return (
                i.push(e),
                e(a.current),
                () => {
                  const r = i.indexOf(e);
                  -1 !== r && i.splice(r, 1);
                }
              );
            }, [i, a]),
            l
          );
        },
      ]);
    },
    6164(e, r, t) {
      t.d(r, { l: () => S });
      var o = t(6540),
        n = t(5396),
        a = t(452),
        i = t(1343),
        l = t(4585),
        c = t(3502),
        s = t(7382),
        u = t(1792);
      var d = t(5315),
        f = t(9015),
        g = t(5745),
        p = t(2943),
        v = t(2660);
      const h = ({
          direction: e,
          duration: r,
          easing: t = g.TV.curveLinear,
          delay: o = 0,
          outScale: n = 0.9,
          inScale: a = 1,
        }) => {
          const i = [{ scale: n }, { scale: a }];
          return ('exit' === e && i.reverse(), { keyframes: i, duration: r, easing: t, delay: o });
        },
        m = (0, p.$)(
          ({
            duration: e = g.TV.durationGentle,
            easing: r = g.TV.curveDecelerateMax,
            delay: t = 0,
            exitDuration: o = g.TV.durationNormal,
            exitEasing: n = g.TV.curveAccelerateMax,
            exitDelay: a = t,
            outScale: i = 0.9,
            inScale: l = 1,
            animateOpacity: c = !0,
          }) => {
            const s = [h({ direction: 'enter', duration: e, easing: r, delay: t, outScale: i, inScale: l })],
              u = [h({ direction: 'exit', duration: o, easing: n, delay: a, outScale: i, inScale: l })];
            return (
              c &&
                (s.push((0, v.w)({ direction: 'enter', duration: e, easing: r, delay: t })),
                u.push((0, v.w)({ direction: 'exit', duration: o, easing: n, delay: a }))),
              { enter: s, exit: u }
            );
          },
        ),
        b =
          ((0, f.Y)(m, { duration: g.TV.durationNormal, exitDuration: g.TV.durationFast }),
          (0, f.Y)(m, { duration: g.TV.durationSlow, exitDuration: g.TV.durationGentle }),
          (0, f.Y)(m, {
            outScale: 0.85,
            easing: g.TV.curveDecelerateMid,
            duration: g.TV.durationGentle,
            exitEasing: g.TV.curveAccelerateMin,
            exitDuration: g.TV.durationGentle,
          })),
        y = (e) => {
          const {
              children: r,
              modalType: t = 'modal',
              onOpenChange: f,
              inertTrapFocus: g = !1,
              unmountOnClose: p = !0,
            } = e,
            v = (0, i.Bi)('dialog-title-'),
            [h, m] = (function (e) {
              const r = o.Children.toArray(e);
              switch (r.length) {
                case 2:
                  return r;
                case 1:
                  return [void 0, r[0]];
                default:
                  return [void 0, void 0];
              }
            })(r),
            [y, k] = (0, l.i)({ state: e.open, defaultState: e.defaultOpen, initialState: !1 }),
            w = (0, c.D)((e) => {
              (null == f || f(e.event, e), e.event.isDefaultPrevented() || k(e.open));
            }),
            B = (function (e, r) {
              const { findFirstFocusable: t } = (() => {
                  const e = (0, u.p)(),
                    { targetDocument: r } = (0, s.Y)();
                  return {
                    findAllFocusable: o.useCallback(
                      (r, t) => {
                        var o;
                        return (
                          (r &&
                            (null === (o = e.current) || void 0 === o
                              ? void 0
                              : o.focusable.findAll({ container: r, acceptCondition: t }))) ||
                          []
                        );
                      },
                      [e],
                    ),
                    findFirstFocusable: o.useCallback(
                      (r) => {
                        var t;
                        return (
                          r &&
                          (null === (t = e.current) || void 0 === t
                            ? void 0
                            : t.focusable.findFirst({ container: r }))
                        );
                      },
                      [e],
                    ),
                    findLastFocusable: o.useCallback(
                      (r) => {
                        var t;
                        return (
                          r &&
                          (null === (t = e.current) || void 0 === t
                            ? void 0
                            : t.focusable.findLast({ container: r }))
                        );
                      },
                      [e],
                    ),
                    findNextFocusable: o.useCallback(
                      (t, o = {}) => {
                        if (!e.current || !r || !t) return null;
                        const { container: n = r.body } = o;
                        return e.current.focusable.findNext({ currentElement: t, container: n });
                      },
                      [e, r],
                    ),
                    findPrevFocusable: o.useCallback(
                      (t, o = {}) => {
                        if (!e.current || !r || !t) return null;
                        const { container: n = r.body } = o;
                        return e.current.focusable.findPrev({ currentElement: t, container: n });
                      },
                      [e, r],
                    ),
                  };
                })(),
                { targetDocument: n } = (0, s.Y)(),
                a = o.useRef(null);
              return (
                o.useEffect(() => {
                  if (!e) return;
                  const r = a.current && t(a.current);
                  var o;
                  r ? r.focus() : null === (o = a.current) || void 0 === o || o.focus();
                }, [t, e, r, n]),
                a
              );
            })(y, t),
            { modalAttributes: x, triggerAttributes: S } = (0, n.y)({
              trapFocus: 'non-modal' !== t,
              legacyTrapFocus: !g,
            }),
            z = ((_ = d.MV), !o.useContext(_).isDefault);
          var _;
          return {
            components: { surfaceMotion: b },
            inertTrapFocus: g,
            open: y,
            modalType: t,
            content: m,
            trigger: h,
            requestOpenChange: w,
            dialogTitleId: v,
            isNestedDialog: z,
            unmountOnClose: p,
            dialogRef: B,
            modalAttributes: x,
            triggerAttributes: S,
            surfaceMotion: (0, a.s)(e.surfaceMotion, {
              elementType: b,
              defaultProps: { visible: y, appear: p, unmountOnExit: p },
            }),
          };
        };
      var k = t(8638),
        w = t(7509),
        B = t(7435),
        x = t(7612);
      const S = o.memo((e) => {
        const r = y(e),
          t = (function (e) {
            const {
              modalType: r,
              open: t,
              dialogRef: n,
              dialogTitleId: a,
              isNestedDialog: i,
              inertTrapFocus: l,
              requestOpenChange: c,
              modalAttributes: s,
              triggerAttributes: u,
              unmountOnClose: d,
            } = e;
            return {
              dialog: o.useMemo(
                () => ({
                  open: t,
                  modalType: r,
                  dialogRef: n,
                  dialogTitleId: a,
                  isNestedDialog: i,
                  inertTrapFocus: l,
                  modalAttributes: s,
                  triggerAttributes: u,
                  unmountOnClose: d,
                  requestOpenChange: c,
                }),
                [t, r, n, a, i, l, s, u, d, c],
              ),
              dialogSurface: !1,
            };
          })(r);
        return ((e, r) => (
          (0, w.C)(e),
          (0, k.Y)(d.Co, {
            value: r.dialog,
            children: (0, k.FD)(x.Rc, {
              value: r.dialogSurface,
              children: [
                e.trigger,
                e.content && (0, k.Y)(e.surfaceMotion, { children: (0, k.Y)(B.KT, { children: e.content }) }),
              ],
            }),
          })
        ))(r, t);
      });
      S.displayName = 'Dialog';
    },
    152(e, r, t) {
      t.d(r, { i: () => p });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(8638),
        l = t(7509),
        c = t(7953),
        s = t(2002),
        u = t(738);
      const d = (0, c.y)('rhfpeu0', null, {
          r: [
            '.rhfpeu0{gap:8px;height:fit-content;box-sizing:border-box;display:flex;grid-row-start:3;grid-row-end:3;}',
          ],
          s: ['@media screen and (max-width: 480px){.rhfpeu0{flex-direction:column;justify-self:stretch;}}'],
        }),
        f = (0, s.X)(
          {
            gridPositionEnd: {
              Bdqf98w: 'f1a7i8kp',
              Br312pm: 'fd46tj4',
              Bw0ie65: 'fsyjsko',
              Btsd7tp: 'f1n00o3b',
              ufxxby: 'f1mvsp37',
              Bq5p579: 'flbz1vp',
            },
            gridPositionStart: {
              Bdqf98w: 'fsxvdwy',
              Br312pm: 'fwpfdsa',
              Bw0ie65: 'f1e2fz10',
              Ew0qkd: 'f119phc2',
              ufxxby: 'f1j719yo',
              Bq5p579: 'flbz1vp',
            },
            fluidStart: { Bw0ie65: 'fsyjsko' },
            fluidEnd: { Br312pm: 'fwpfdsa' },
          },
          {
            d: [
              '.f1a7i8kp{justify-self:end;}',
              '.fd46tj4{grid-column-start:2;}',
              '.fsyjsko{grid-column-end:4;}',
              '.fsxvdwy{justify-self:start;}',
              '.fwpfdsa{grid-column-start:1;}',
              '.f1e2fz10{grid-column-end:2;}',
            ],
            m: [
              [
                '@media screen and (max-width: 480px){.f1n00o3b{grid-column-start:1;}}',
                { m: 'screen and (max-width: 480px)' },
              ],
              [
                '@media screen and (max-width: 480px){.f1mvsp37{grid-row-start:4;}}',
                { m: 'screen and (max-width: 480px)' },
              ],
              [
                '@media screen and (max-width: 480px){.flbz1vp{grid-row-end:auto;}}',
                { m: 'screen and (max-width: 480px)' },
              ],
              [
                '@media screen and (max-width: 480px){.f119phc2{grid-column-end:4;}}',
                { m: 'screen and (max-width: 480px)' },
              ],
              [
                '@media screen and (max-width: 480px){.f1j719yo{grid-row-start:3;}}',
                { m: 'screen and (max-width: 480px)' },
              ],
            ],
          },
        );
      var g = t(546);
      const p = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { position: t = 'end', fluid: o = !1 } = e;
          return {
            components: { root: 'div' },
            root: n.Gk((0, a.g)('div', { ref: r, ...e }), { elementType: 'div' }),
            position: t,
            fluid: o,
          };
        })(e, r);
        return (
          ((e) => {
            const r = d(),
              t = f();
            e.root.className = (0, u.z)(
              'fui-DialogActions',
              r,
              'start' === e.position && t.gridPositionStart,
              'end' === e.position && t.gridPositionEnd,
              e.fluid && 'start' === e.position && t.fluidStart,
              e.fluid && 'end' === e.position && t.fluidEnd,
              e.root.className,
            );
          })(t),
          (0, g.$e)('useDialogActionsStyles_unstable')(t),
          ((e) => ((0, l.C)(e), (0, i.Y)(e.root, {})))(t)
        );
      });
      p.displayName = 'DialogActions';
    },
    4616(e, r, t) {
      t.d(r, { R: () => f });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(8638),
        l = t(7509),
        c = t(7953),
        s = t(738);
      const u = (0, c.y)('rhwx3p8', null, {
        r: [
          '.rhwx3p8{overflow:unset;gap:8px;display:grid;max-height:calc(100vh - 2 * 24px);max-height:calc(100dvh - 2 * 24px);box-sizing:border-box;grid-template-rows:auto 1fr;grid-template-columns:1fr 1fr auto;}',
        ],
        s: [
          '@media screen and (max-width: 480px){.rhwx3p8{max-width:100vw;grid-template-rows:auto 1fr auto;}}',
          '@media screen and (max-height: 359px){.rhwx3p8{max-height:unset;}}',
        ],
      });
      var d = t(546);
      const f = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          var t;
          return {
            components: { root: 'div' },
            root: n.Gk((0, a.g)(null !== (t = e.as) && void 0 !== t ? t : 'div', { ref: r, ...e }), {
              elementType: 'div',
            }),
          };
        })(e, r);
        return (
          ((e) => {
            const r = u();
            e.root.className = (0, s.z)('fui-DialogBody', r, e.root.className);
          })(t),
          (0, d.$e)('useDialogBodyStyles_unstable')(t),
          ((e) => ((0, l.C)(e), (0, i.Y)(e.root, {})))(t)
        );
      });
      f.displayName = 'DialogBody';
    },
    5770(e, r, t) {
      t.d(r, { C: () => f });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(8638),
        l = t(7509),
        c = t(7953),
        s = t(738);
      const u = (0, c.y)('r1v5zwsm', null, {
        r: [
          '.r1v5zwsm{padding:var(--strokeWidthThick);margin:calc(var(--strokeWidthThick) * -1);font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase300);overflow-y:auto;min-height:32px;box-sizing:border-box;grid-row-start:2;grid-row-end:2;grid-column-start:1;grid-column-end:4;}',
        ],
        s: ['@media screen and (max-height: 359px){.r1v5zwsm{overflow-y:unset;}}'],
      });
      var d = t(546);
      const f = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          var t;
          return {
            components: { root: 'div' },
            root: n.Gk((0, a.g)(null !== (t = e.as) && void 0 !== t ? t : 'div', { ref: r, ...e }), {
              elementType: 'div',
            }),
          };
        })(e, r);
        return (
          ((e) => {
            const r = u();
            e.root.className = (0, s.z)('fui-DialogContent', r, e.root.className);
          })(t),
          (0, d.$e)('useDialogContentStyles_unstable')(t),
          ((e) => ((0, l.C)(e), (0, i.Y)(e.root, {})))(t)
        );
      });
      f.displayName = 'DialogContent';
    },
    2287(e, r, t) {
      t.d(r, { E: () => X });
      var o = t(6540),
        n = t.t(o, 2),
        a = t(452),
        i = t(3502),
        l = t(8048),
        c = t(5267),
        s = t(5061),
        u = t(6451),
        d = t(5315);
      const f = o.createContext(void 0);
      f.Provider;
      var g = t(7382),
        p = t(7953);
      const v = (0, p.y)('r6pzz3z', null, [
          '.r6pzz3z{overflow-y:hidden;overflow-y:clip;scrollbar-gutter:stable;}',
        ]),
        h = (0, p.y)('r144vlu9', null, ['.r144vlu9{overflow-y:hidden;}']);
      var m = t(5745),
        b = t(2943),
        y = t(9015),
        k = t(2660);
      const w = (0, b.$)(
          ({
            duration: e = m.TV.durationNormal,
            easing: r = m.TV.curveEasyEase,
            delay: t = 0,
            exitDuration: o = e,
            exitEasing: n = r,
            exitDelay: a = t,
            outOpacity: i = 0,
            inOpacity: l = 1,
          }) => ({
            enter: (0, k.w)({
              direction: 'enter',
              duration: e,
              easing: r,
              delay: t,
              outOpacity: i,
              inOpacity: l,
            }),
            exit: (0, k.w)({
              direction: 'exit',
              duration: o,
              easing: n,
              delay: a,
              outOpacity: i,
              inOpacity: l,
            }),
          }),
        ),
        B = ((0, y.Y)(w, { duration: m.TV.durationFast }), (0, y.Y)(w, { duration: m.TV.durationGentle }));
      var x = t(7435);
      var S = t(8638);
      function z(e, r) {
        e && Object.assign(e, { _virtual: { parent: r } });
      }
      var _ = t(2796);
      const N = o.createContext(void 0);
      N.Provider;
      var P = t(2098),
        F = t(738),
        T = t(8181),
        j = t(2002);
      const C = (0, j.X)(
          {
            root: {
              qhf8xq: 'f1euv43f',
              Bhzewxz: 'f15twtuk',
              oyh7mz: ['f1vgc2s3', 'f1e31b4d'],
              j35jbq: ['f1e31b4d', 'f1vgc2s3'],
              Bj3rh1h: 'f494woh',
            },
          },
          {
            d: [
              '.f1euv43f{position:absolute;}',
              '.f15twtuk{top:0;}',
              '.f1vgc2s3{left:0;}',
              '.f1e31b4d{right:0;}',
              '.f494woh{z-index:1000000;}',
            ],
          },
        ),
        E = n.useInsertionEffect,
        q = () => {
          let e;
          return {
            get: function (r, t) {
              return e || (t && ((e = r.ownerDocument.createElement('div')), r.appendChild(e)), e);
            },
            dispose: function () {
              e && (e.remove(), (e = void 0));
            },
          };
        },
        D = E
          ? (e) => {
              const { className: r, dir: t, focusVisibleRef: n, targetNode: a } = e,
                [i] = o.useState(q),
                l = o.useMemo(
                  () =>
                    void 0 === a || e.disabled
                      ? null
                      : new Proxy(
                          {},
                          {
                            get(e, r) {
                              if ('nodeType' === r) return 1;
                              if ('remove' === r) {
                                const e = i.get(a, !1);
                                return (e && 0 === e.childNodes.length && i.dispose(), () => {});
                              }
                              const t = i.get(a, !0),
                                o = t ? t[r] : void 0;
                              return 'function' == typeof o ? o.bind(t) : o;
                            },
                            set(e, r, t) {
                              const o = '_virtual' === r || 'focusVisible' === r,
                                n = o ? i.get(a, !1) : i.get(a, !0);
                              return !(!o || n) || (!!n && (Object.assign(n, { [r]: t }), !0));
                            },
                          },
                        ),
                  [i, a, e.disabled],
                );
              return (
                E(() => {
                  if (!l) return;
                  const e = r.split(' ').filter(Boolean);
                  return (
                    l.classList.add(...e),
                    l.setAttribute('dir', t),
                    l.setAttribute('data-portal-node', 'true'),
                    (n.current = l),
                    () => {
                      (l.classList.remove(...e), l.removeAttribute('dir'));
                    }
                  );
                }, [r, t, l, n]),
                o.useEffect(
                  () => () => {
                    null == l || l.remove();
                  },
                  [l],
                ),
                l
              );
            }
          : (e) => {
              const { className: r, dir: t, focusVisibleRef: n, targetNode: a } = e,
                i = o.useMemo(() => {
                  if (void 0 === a || e.disabled) return null;
                  const r = a.ownerDocument.createElement('div');
                  return (a.appendChild(r), r);
                }, [a, e.disabled]);
              return (
                o.useMemo(() => {
                  i &&
                    ((i.className = r),
                    i.setAttribute('dir', t),
                    i.setAttribute('data-portal-node', 'true'),
                    (n.current = i));
                }, [r, t, i, n]),
                o.useEffect(
                  () => () => {
                    null == i || i.remove();
                  },
                  [i],
                ),
                i
              );
            },
        R = (e) => {
          const { element: r, className: t } = (function (e) {
              return (0, _.s)(e)
                ? { element: e }
                : 'object' == typeof e
                  ? null === e
                    ? { element: null }
                    : e
                  : {};
            })(e.mountNode),
            n = o.useRef(null),
            a = ((e) => {
              const { targetDocument: r, dir: t } = (0, g.Y)(),
                n = o.useContext(N),
                a = (0, T.Y)(),
                i = C(),
                l = (0, P.q)(),
                c = {
                  dir: t,
                  disabled: e.disabled,
                  focusVisibleRef: a,
                  className: (0, F.z)(l, i.root, e.className),
                  targetNode: null != n ? n : null == r ? void 0 : r.body,
                };
              return D(c);
            })({ disabled: !!r, className: t }),
            i = null != r ? r : a,
            l = { children: e.children, mountNode: i, virtualParentRootRef: n };
          return (
            o.useEffect(() => {
              if (!i) return;
              const e = n.current,
                r = i.contains(e);
              return e && !r
                ? (z(i, e),
                  () => {
                    z(i, void 0);
                  })
                : void 0;
            }, [n, i]),
            l
          );
        };
      var H = t(961);
      const I = (e) => {
        return (
          (r = R(e)),
          o.createElement(
            'span',
            { hidden: !0, ref: r.virtualParentRootRef },
            r.mountNode &&
              H.createPortal(
                o.createElement(o.Fragment, null, r.children, o.createElement('span', { hidden: !0 })),
                r.mountNode,
              ),
          )
        );
        var r;
      };
      I.displayName = 'Portal';
      var M = t(7509),
        A = t(7612);
      const L = (0, p.y)('r1u3t6p6', 'r5coedp', {
          r: [
            '.r1u3t6p6{inset:0;padding:24px;margin:auto;border-style:none;overflow:unset;border:1px solid var(--colorTransparentStroke);border-radius:var(--borderRadiusXLarge);display:block;-webkit-user-select:unset;-moz-user-select:unset;user-select:unset;visibility:unset;position:fixed;height:fit-content;max-width:600px;max-height:100vh;max-height:100dvh;box-sizing:border-box;background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);box-shadow:var(--shadow64);}',
            '.r1u3t6p6:focus{outline-style:none;}',
            '.r1u3t6p6:focus-visible{outline-style:none;}',
            '.r1u3t6p6[data-fui-focus-visible]{border-top-color:transparent;border-right-color:transparent;border-bottom-color:transparent;border-left-color:transparent;}',
            '.r1u3t6p6[data-fui-focus-visible]::after{content:"";position:absolute;pointer-events:none;z-index:1;border:2px solid var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);top:calc(2px * -1);right:calc(2px * -1);bottom:calc(2px * -1);left:calc(2px * -1);}',
            '.r5coedp{inset:0;padding:24px;margin:auto;border-style:none;overflow:unset;border:1px solid var(--colorTransparentStroke);border-radius:var(--borderRadiusXLarge);display:block;-webkit-user-select:unset;-moz-user-select:unset;user-select:unset;visibility:unset;position:fixed;height:fit-content;max-width:600px;max-height:100vh;max-height:100dvh;box-sizing:border-box;background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);box-shadow:var(--shadow64);}',
            '.r5coedp:focus{outline-style:none;}',
            '.r5coedp:focus-visible{outline-style:none;}',
            '.r5coedp[data-fui-focus-visible]{border-top-color:transparent;border-left-color:transparent;border-bottom-color:transparent;border-right-color:transparent;}',
            '.r5coedp[data-fui-focus-visible]::after{content:"";position:absolute;pointer-events:none;z-index:1;border:2px solid var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);top:calc(2px * -1);left:calc(2px * -1);bottom:calc(2px * -1);right:calc(2px * -1);}',
          ],
          s: [
            '@media (forced-colors: active){.r1u3t6p6[data-fui-focus-visible]::after{border-top-color:Highlight;border-right-color:Highlight;border-bottom-color:Highlight;border-left-color:Highlight;}}',
            '@media screen and (max-width: 480px){.r1u3t6p6{max-width:100vw;}}',
            '@media screen and (max-height: 359px){.r1u3t6p6{overflow-y:auto;padding-right:calc(24px - 4px);border-right-width:4px;border-top-width:4px;border-bottom-width:4px;}}',
            '@media (forced-colors: active){.r5coedp[data-fui-focus-visible]::after{border-top-color:Highlight;border-left-color:Highlight;border-bottom-color:Highlight;border-right-color:Highlight;}}',
            '@media screen and (max-width: 480px){.r5coedp{max-width:100vw;}}',
            '@media screen and (max-height: 359px){.r5coedp{overflow-y:auto;padding-left:calc(24px - 4px);border-left-width:4px;border-top-width:4px;border-bottom-width:4px;}}',
          ],
        }),
        O = (0, p.y)('r1e18s3l', null, [
          '.r1e18s3l{inset:0px;background-color:var(--colorBackgroundOverlay);position:fixed;}',
        ]),
        W = (0, j.X)(
          { nestedDialogBackdrop: { De3pzq: 'f1c21dwh' }, dialogHidden: { Bkecrkj: 'f1aehjj5' } },
          {
            d: [
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              '.f1aehjj5{pointer-events:none;}',
            ],
          },
        );
      var V = t(546);
      const X = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const t = (0, x.Z1)(),
            n = (0, d.e4)((e) => e.modalType),
            p = (0, d.e4)((e) => e.isNestedDialog),
            m = o.useContext(f),
            b = null != m ? m : p,
            y = (0, d.e4)((e) => e.modalAttributes),
            k = (0, d.e4)((e) => e.dialogRef),
            w = (0, d.e4)((e) => e.requestOpenChange),
            S = (0, d.e4)((e) => e.dialogTitleId),
            z = (0, d.e4)((e) => e.open),
            _ = (0, d.e4)((e) => e.unmountOnClose),
            N = (0, i.D)((r) => {
              var t, a, i;
              (null === (i = e.backdrop) ||
                'object' != typeof i ||
                Array.isArray(i) ||
                o.isValidElement(i) ||
                null === (t = (a = e.backdrop).onClick) ||
                void 0 === t ||
                t.call(a, r),
                'modal' !== n || r.isDefaultPrevented() || w({ event: r, open: !1, type: 'backdropClick' }));
            }),
            P = (0, i.D)((r) => {
              var t;
              (null === (t = e.onKeyDown) || void 0 === t || t.call(e, r),
                'Escape' !== r.key ||
                  r.isDefaultPrevented() ||
                  (w({ event: r, open: !1, type: 'escapeKeyDown' }), r.preventDefault()));
            }),
            F = l.lq(e.backdrop, {
              renderByDefault: 'non-modal' !== n,
              defaultProps: { 'aria-hidden': 'true' },
              elementType: 'div',
            }),
            T = null == F ? void 0 : F.appearance;
          F && ((F.onClick = N), delete F.appearance);
          const { disableBodyScroll: j, enableBodyScroll: C } = (function () {
            const e = v(),
              r = h(),
              { targetDocument: t } = (0, g.Y)();
            return {
              disableBodyScroll: o.useCallback(() => {
                var o, n;
                t &&
                  Math.floor(t.body.getBoundingClientRect().height) >
                    (null !== (n = null === (o = t.defaultView) || void 0 === o ? void 0 : o.innerHeight) &&
                    void 0 !== n
                      ? n
                      : 0) &&
                  (t.documentElement.classList.add(e), t.body.classList.add(r));
              }, [t, e, r]),
              enableBodyScroll: o.useCallback(() => {
                t && (t.documentElement.classList.remove(e), t.body.classList.remove(r));
              }, [t, e, r]),
            };
          })();
          return (
            (0, c.E)(() => {
              if (z) {
                if (!p && 'non-modal' !== n) return (j(), () => C());
              } else C();
            }, [z, n, p, j, C]),
            {
              components: { backdrop: 'div', root: 'div', backdropMotion: B },
              open: z,
              backdrop: F,
              isNestedDialog: p,
              treatBackdropAsNested: b,
              backdropAppearance: T,
              unmountOnClose: _,
              mountNode: e.mountNode,
              root: l.Gk(
                (0, s.g)('div', {
                  tabIndex: -1,
                  role: 'alert' === n ? 'alertdialog' : 'dialog',
                  'aria-modal': 'non-modal' !== n,
                  'aria-labelledby': e['aria-label'] ? void 0 : S,
                  'aria-hidden': (!_ && !z) || void 0,
                  ...e,
                  ...y,
                  onKeyDown: P,
                  ref: (0, u.a)(r, t, k),
                }),
                { elementType: 'div' },
              ),
              backdropMotion: (0, a.s)(e.backdropMotion, {
                elementType: B,
                defaultProps: { appear: _, visible: z },
              }),
              transitionStatus: void 0,
            }
          );
        })(e, r);
        return (
          ((e) => {
            const {
                root: r,
                backdrop: t,
                open: o,
                unmountOnClose: n,
                treatBackdropAsNested: a,
                backdropAppearance: i,
              } = e,
              l = L(),
              c = O(),
              s = W(),
              u = i ? 'transparent' === i : a,
              d = !n && !o;
            ((r.className = (0, F.z)('fui-DialogSurface', l, d && s.dialogHidden, r.className)),
              t &&
                (t.className = (0, F.z)(
                  'fui-DialogSurface__backdrop',
                  c,
                  d && s.dialogHidden,
                  u && s.nestedDialogBackdrop,
                  t.className,
                )));
          })(t),
          (0, V.$e)('useDialogSurfaceStyles_unstable')(t),
          ((e, r) => (
            (0, M.C)(e),
            (0, S.FD)(I, {
              mountNode: e.mountNode,
              children: [
                e.backdrop &&
                  e.backdropMotion &&
                  (0, S.Y)(e.backdropMotion, { children: (0, S.Y)(e.backdrop, {}) }),
                (0, S.Y)(x.Hx, {
                  children: (0, S.Y)(A.Rc, { value: r.dialogSurface, children: (0, S.Y)(e.root, {}) }),
                }),
              ],
            })
          ))(t, { dialogSurface: !0 })
        );
      });
      X.displayName = 'DialogSurface';
    },
    3781(e, r, t) {
      t.d(r, { L: () => F });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(5315),
        l = t(4261);
      function c(e) {
        return Boolean(e.type.isFluentTriggerComponent);
      }
      function s(e) {
        return o.isValidElement(e) ? (c(e) ? s(e.props.children) : e) : null;
      }
      var u = t(3502),
        d = t(1837);
      function f(e, r) {
        return 'function' == typeof e ? e(r) : e ? g(e, r) : e || null;
      }
      function g(e, r) {
        if (!o.isValidElement(e) || e.type === o.Fragment)
          throw new Error(
            "A trigger element must be a single element for this component. Please ensure that you're not using React Fragments.",
          );
        if (c(e)) {
          const t = g(e.props.children, r);
          return o.cloneElement(e, void 0, t);
        }
        return o.cloneElement(e, r);
      }
      var p = t(7612),
        v = t(1551),
        h = t(5396);
      const m = (e) => {
          const r = (0, p.z6)(),
            { children: t, disableButtonEnhancement: o = !1, action: n = r ? 'close' : 'open' } = e,
            a = s(t),
            l = (0, i.e4)((e) => e.requestOpenChange),
            { triggerAttributes: c } = (0, h.y)(),
            g = (0, u.D)((e) => {
              var r, t;
              (null == a || null === (r = (t = a.props).onClick) || void 0 === r || r.call(t, e),
                e.isDefaultPrevented() || l({ event: e, type: 'triggerClick', open: 'open' === n }));
            }),
            m = { ...(null == a ? void 0 : a.props), ref: (0, d.v)(a), onClick: g, ...c },
            b = (0, v.F)(
              'button' === (null == a ? void 0 : a.type) || 'a' === (null == a ? void 0 : a.type)
                ? a.type
                : 'div',
              { ...m, type: 'button' },
            );
          return { children: f(t, o ? m : b) };
        },
        b = (e) => m(e).children;
      ((b.displayName = 'DialogTrigger'), (b.isFluentTriggerComponent = !0));
      var y = t(7953),
        k = t(2002),
        w = t(738);
      const B = (0, y.y)('rxjm636', null, [
          '.rxjm636{font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase500);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase500);margin:0;grid-row-start:1;grid-row-end:1;grid-column-start:1;grid-column-end:3;}',
        ]),
        x = (0, k.X)({ rootWithoutAction: { Bw0ie65: 'fsyjsko' } }, { d: ['.fsyjsko{grid-column-end:4;}'] }),
        S = (0, y.y)('r13kcrze', null, [
          '.r13kcrze{grid-row-start:1;grid-row-end:1;grid-column-start:3;justify-self:end;align-self:start;}',
        ]),
        z = (0, y.y)('r2avt6e', 'roj2bbc', {
          r: [
            '.r2avt6e{overflow:visible;padding:0;border-style:none;position:relative;box-sizing:content-box;background-color:inherit;color:inherit;font-family:inherit;font-size:inherit;cursor:pointer;line-height:0;-webkit-appearance:button;text-align:unset;}',
            '.r2avt6e:focus{outline-style:none;}',
            '.r2avt6e:focus-visible{outline-style:none;}',
            '.r2avt6e[data-fui-focus-visible]{border-top-color:transparent;border-right-color:transparent;border-bottom-color:transparent;border-left-color:transparent;}',
            '.r2avt6e[data-fui-focus-visible]::after{content:"";position:absolute;pointer-events:none;z-index:1;border:2px solid var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);top:calc(2px * -1);right:calc(2px * -1);bottom:calc(2px * -1);left:calc(2px * -1);}',
            '.roj2bbc{overflow:visible;padding:0;border-style:none;position:relative;box-sizing:content-box;background-color:inherit;color:inherit;font-family:inherit;font-size:inherit;cursor:pointer;line-height:0;-webkit-appearance:button;text-align:unset;}',
            '.roj2bbc:focus{outline-style:none;}',
            '.roj2bbc:focus-visible{outline-style:none;}',
            '.roj2bbc[data-fui-focus-visible]{border-top-color:transparent;border-left-color:transparent;border-bottom-color:transparent;border-right-color:transparent;}',
            '.roj2bbc[data-fui-focus-visible]::after{content:"";position:absolute;pointer-events:none;z-index:1;border:2px solid var(--colorStrokeFocus2);border-radius:var(--borderRadiusMedium);top:calc(2px * -1);left:calc(2px * -1);bottom:calc(2px * -1);right:calc(2px * -1);}',
          ],
          s: [
            '@media (forced-colors: active){.r2avt6e[data-fui-focus-visible]::after{border-top-color:Highlight;border-right-color:Highlight;border-bottom-color:Highlight;border-left-color:Highlight;}}',
            '@media (forced-colors: active){.roj2bbc[data-fui-focus-visible]::after{border-top-color:Highlight;border-left-color:Highlight;border-bottom-color:Highlight;border-right-color:Highlight;}}',
          ],
        });
      var _ = t(8638),
        N = t(7509),
        P = t(546);
      const F = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { action: t } = e,
            c = (0, i.e4)((e) => e.modalType),
            s = z();
          return {
            components: { root: 'h2', action: 'div' },
            root: n.Gk((0, a.g)('h2', { ref: r, id: (0, i.e4)((e) => e.dialogTitleId), ...e }), {
              elementType: 'h2',
            }),
            action: n.lq(t, {
              renderByDefault: 'non-modal' === c,
              defaultProps: {
                children: o.createElement(
                  b,
                  { disableButtonEnhancement: !0, action: 'close' },
                  o.createElement(
                    'button',
                    { type: 'button', className: s, 'aria-label': 'close' },
                    o.createElement(l.LMj, null),
                  ),
                ),
              },
              elementType: 'div',
            }),
          };
        })(e, r);
        return (
          ((e) => {
            const r = B(),
              t = S(),
              o = x();
            ((e.root.className = (0, w.z)(
              'fui-DialogTitle',
              r,
              !e.action && o.rootWithoutAction,
              e.root.className,
            )),
              e.action && (e.action.className = (0, w.z)('fui-DialogTitle__action', t, e.action.className)));
          })(t),
          (0, P.$e)('useDialogTitleStyles_unstable')(t),
          ((e) => (
            (0, N.C)(e),
            (0, _.FD)(o.Fragment, {
              children: [(0, _.Y)(e.root, { children: e.root.children }), e.action && (0, _.Y)(e.action, {})],
            })
          ))(t)
        );
      });
      F.displayName = 'DialogTitle';
    },
    5315(e, r, t) {
      var o = t(5335),
        n = t(6765);
      const a = {
          open: !1,
          inertTrapFocus: !1,
          modalType: 'modal',
          isNestedDialog: !1,
          unmountOnClose: !0,
          dialogRef: { current: null },
          requestOpenChange() {},
        },
        i = (0, o.q)(void 0),
        l = i.Provider;
      t.d(r, ['Co', 0, l, 'MV', 0, i, 'e4', 0, (e) => (0, n.i)(i, (r = a) => e(r))]);
    },
    7612(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = n.Provider;
      t.d(r, [
        'Rc',
        0,
        a,
        'z6',
        0,
        () => {
          var e;
          return null !== (e = o.useContext(n)) && void 0 !== e && e;
        },
      ]);
    },
    8744(e, r, t) {
      t.d(r, { D: () => j });
      var o = t(6540),
        n = t(8638),
        a = t(7509),
        i = t(4120),
        l = t(2791),
        c = t(4261);
      const s = (0, t(4391).U)('Warning12Filled', '12', [
        'M4.28 1.97a2 2 0 0 1 3.43 0l3 5A2 2 0 0 1 9 10H3A2 2 0 0 1 1.3 6.98zM6 6.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5M6 3.5a.5.5 0 0 0-.5.5v1.5a.5.5 0 0 0 1 0V4a.5.5 0 0 0-.5-.5',
      ]);
      var u = t(8465),
        d = t(7771),
        f = t(8048),
        g = t(1343),
        p = t(5061);
      const v = {
        error: o.createElement(c.sWF, null),
        warning: o.createElement(s, null),
        success: o.createElement(u.D7b, null),
        none: void 0,
      };
      var h = t(2002),
        m = t(7953),
        b = t(738);
      const y = 'fui-Field',
        k = 'fui-Field__label',
        w = 'fui-Field__validationMessage',
        B = 'fui-Field__validationMessageIcon',
        x = 'fui-Field__hint',
        S = (0, h.X)(
          {
            base: { mc9l5x: 'f13qh94s' },
            horizontal: { Budl1dq: 'f2wwaib', wkccdc: 'f1645dqt' },
            horizontalNoLabel: { uwmqm3: ['f15jqgz8', 'fggqkej'], Budl1dq: 'f1c2z91y' },
          },
          {
            d: [
              '.f13qh94s{display:grid;}',
              '.f2wwaib{grid-template-columns:33% 1fr;}',
              '.f1645dqt{grid-template-rows:auto auto auto 1fr;}',
              '.f15jqgz8{padding-left:33%;}',
              '.fggqkej{padding-right:33%;}',
              '.f1c2z91y{grid-template-columns:1fr;}',
            ],
          },
        ),
        z = (0, h.X)(
          {
            base: { B2u0y6b: 'f6nezus', Bxyxcbc: 'f1iqmcbn' },
            vertical: { z8tnut: 'fclwglc', Byoj8tv: 'fywfov9', jrapky: 'fyacil5' },
            verticalLarge: { z8tnut: 'f1sl3k7w', Byoj8tv: 'f1brlhvm', jrapky: 'f8l5zjj' },
            horizontal: {
              z8tnut: 'fp2oml8',
              Byoj8tv: 'f1tdddsa',
              t21cq0: ['fkujibs', 'f199hnxi'],
              Ijaq50: 'f16hsg94',
              nk6f5a: 'f1nzqi2z',
            },
            horizontalSmall: { z8tnut: 'f1ywm7hm', Byoj8tv: 'f14wxoun' },
            horizontalLarge: { z8tnut: 'f1hqyr95', Byoj8tv: 'fm4hlj0' },
          },
          {
            d: [
              '.f6nezus{max-width:max-content;}',
              '.f1iqmcbn{max-height:max-content;}',
              '.fclwglc{padding-top:var(--spacingVerticalXXS);}',
              '.fywfov9{padding-bottom:var(--spacingVerticalXXS);}',
              '.fyacil5{margin-bottom:var(--spacingVerticalXXS);}',
              '.f1sl3k7w{padding-top:1px;}',
              '.f1brlhvm{padding-bottom:1px;}',
              '.f8l5zjj{margin-bottom:var(--spacingVerticalXS);}',
              '.fp2oml8{padding-top:var(--spacingVerticalSNudge);}',
              '.f1tdddsa{padding-bottom:var(--spacingVerticalSNudge);}',
              '.fkujibs{margin-right:var(--spacingHorizontalM);}',
              '.f199hnxi{margin-left:var(--spacingHorizontalM);}',
              '.f16hsg94{grid-row-start:1;}',
              '.f1nzqi2z{grid-row-end:-1;}',
              '.f1ywm7hm{padding-top:var(--spacingVerticalXS);}',
              '.f14wxoun{padding-bottom:var(--spacingVerticalXS);}',
              '.f1hqyr95{padding-top:9px;}',
              '.fm4hlj0{padding-bottom:9px;}',
            ],
          },
        ),
        _ = (0, m.y)('r5c4z9l', null, [
          '.r5c4z9l{margin-top:var(--spacingVerticalXXS);color:var(--colorNeutralForeground3);font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase200);}',
        ]),
        N = (0, h.X)(
          { error: { sj55zd: 'f1hcrxcs' }, withIcon: { uwmqm3: ['frawy03', 'fg4c52'] } },
          {
            d: [
              '.f1hcrxcs{color:var(--colorPaletteRedForeground1);}',
              '.frawy03{padding-left:calc(12px + var(--spacingHorizontalXS));}',
              '.fg4c52{padding-right:calc(12px + var(--spacingHorizontalXS));}',
            ],
          },
        ),
        P = (0, m.y)('ra7h1uk', 'r1rh6bd7', [
          '.ra7h1uk{display:inline-block;font-size:12px;margin-left:calc(-12px - var(--spacingHorizontalXS));margin-right:var(--spacingHorizontalXS);line-height:0;vertical-align:-1px;}',
          '.r1rh6bd7{display:inline-block;font-size:12px;margin-right:calc(-12px - var(--spacingHorizontalXS));margin-left:var(--spacingHorizontalXS);line-height:0;vertical-align:-1px;}',
        ]),
        F = (0, h.X)(
          { error: { sj55zd: 'f1hcrxcs' }, warning: { sj55zd: 'f1k5f75o' }, success: { sj55zd: 'ffmvakt' } },
          {
            d: [
              '.f1hcrxcs{color:var(--colorPaletteRedForeground1);}',
              '.f1k5f75o{color:var(--colorPaletteDarkOrangeForeground1);}',
              '.ffmvakt{color:var(--colorPaletteGreenForeground1);}',
            ],
          },
        );
      var T = t(546);
      const j = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { orientation: t = 'vertical', size: o = 'medium', ...n } = e,
            a = ((e, r) => {
              const {
                  children: t,
                  required: o = !1,
                  validationState: n = e.validationMessage ? 'error' : 'none',
                } = e,
                a = (0, g.Bi)('field-'),
                i = a + '__control',
                l = f.Gk((0, p.g)('div', { ...e, ref: r }, ['children']), { elementType: 'div' }),
                c = f.lq(e.label, {
                  defaultProps: { htmlFor: i, id: a + '__label', required: o },
                  elementType: 'label',
                }),
                s = f.lq(e.validationMessage, {
                  defaultProps: {
                    id: a + '__validationMessage',
                    role: 'error' === n || 'warning' === n ? 'alert' : void 0,
                  },
                  elementType: 'div',
                }),
                u = f.lq(e.hint, { defaultProps: { id: a + '__hint' }, elementType: 'div' });
              return {
                children: t,
                generatedControlId: i,
                required: o,
                validationState: n,
                components: {
                  root: 'div',
                  label: 'label',
                  validationMessage: 'div',
                  validationMessageIcon: 'span',
                  hint: 'div',
                },
                root: l,
                label: c,
                validationMessageIcon: f.lq(e.validationMessageIcon, {
                  renderByDefault: !1,
                  elementType: 'span',
                }),
                validationMessage: s,
                hint: u,
              };
            })(n, r),
            i = v[a.validationState];
          return {
            ...a,
            components: { ...a.components, label: d.J },
            label: f.lq(e.label, { defaultProps: { size: o, ...a.label }, elementType: d.J }),
            validationMessageIcon: f.lq(e.validationMessageIcon, {
              renderByDefault: !!i,
              defaultProps: { children: i },
              elementType: 'span',
            }),
            orientation: t,
            size: o,
          };
        })(e, r);
        (((e) => {
          const { validationState: r, size: t } = e,
            o = 'horizontal' === e.orientation,
            n = S();
          e.root.className = (0, b.z)(
            y,
            n.base,
            o && n.horizontal,
            o && !e.label && n.horizontalNoLabel,
            e.root.className,
          );
          const a = z();
          e.label &&
            (e.label.className = (0, b.z)(
              k,
              a.base,
              o && a.horizontal,
              o && 'small' === t && a.horizontalSmall,
              o && 'large' === t && a.horizontalLarge,
              !o && a.vertical,
              !o && 'large' === t && a.verticalLarge,
              e.label.className,
            ));
          const i = P(),
            l = F();
          e.validationMessageIcon &&
            (e.validationMessageIcon.className = (0, b.z)(
              B,
              i,
              'none' !== r && l[r],
              e.validationMessageIcon.className,
            ));
          const c = _(),
            s = N();
          (e.validationMessage &&
            (e.validationMessage.className = (0, b.z)(
              w,
              c,
              'error' === r && s.error,
              !!e.validationMessageIcon && s.withIcon,
              e.validationMessage.className,
            )),
            e.hint && (e.hint.className = (0, b.z)(x, c, e.hint.className)));
        })(t),
          (0, T.$e)('useFieldStyles_unstable')(t));
        const c = ((e) => {
          var r, t, n, a;
          const { generatedControlId: i, orientation: l, required: c, size: s, validationState: u } = e,
            d = null === (r = e.label) || void 0 === r ? void 0 : r.htmlFor,
            f = null === (t = e.label) || void 0 === t ? void 0 : t.id,
            g = null === (n = e.validationMessage) || void 0 === n ? void 0 : n.id,
            p = null === (a = e.hint) || void 0 === a ? void 0 : a.id;
          return {
            field: o.useMemo(
              () => ({
                generatedControlId: i,
                hintId: p,
                labelFor: d,
                labelId: f,
                orientation: l,
                required: c,
                size: s,
                validationMessageId: g,
                validationState: u,
              }),
              [i, p, d, f, l, c, s, g, u],
            ),
          };
        })(t);
        return ((e, r) => {
          (0, a.C)(e);
          let { children: t } = e;
          return (
            'function' == typeof t && (t = t((0, i.m)(r.field) || {})),
            (0, n.Y)(l.Z, {
              value: null == r ? void 0 : r.field,
              children: (0, n.FD)(e.root, {
                children: [
                  e.label && (0, n.Y)(e.label, {}),
                  t,
                  e.validationMessage &&
                    (0, n.FD)(e.validationMessage, {
                      children: [
                        e.validationMessageIcon && (0, n.Y)(e.validationMessageIcon, {}),
                        e.validationMessage.children,
                      ],
                    }),
                  e.hint && (0, n.Y)(e.hint, {}),
                ],
              }),
            })
          );
        })(t, c);
      });
      j.displayName = 'Field';
    },
    2791(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = n.Provider;
      t.d(r, ['Z', 0, a, 'o', 0, () => o.useContext(n)]);
    },
    4120(e, r, t) {
      t.d(r, { c: () => n, m: () => a });
      var o = t(2791);
      function n(e, r) {
        return a((0, o.o)(), e, r);
      }
      function a(e, r, t) {
        if (!e) return r;
        r = { ...r };
        const {
          generatedControlId: o,
          hintId: n,
          labelFor: a,
          labelId: i,
          required: l,
          validationMessageId: c,
          validationState: s,
        } = e;
        var u, d, f, g, p, v, h, m, b, y, k, w;
        return (
          o && ((null !== (d = (u = r).id) && void 0 !== d) || (u.id = o)),
          !i ||
            ((null == t ? void 0 : t.supportsLabelFor) && a === r.id) ||
            (null !== (g = (f = r)['aria-labelledby']) && void 0 !== g) ||
            (f['aria-labelledby'] = i),
          (c || n) &&
            (r['aria-describedby'] = [c, n, null == r ? void 0 : r['aria-describedby']]
              .filter(Boolean)
              .join(' ')),
          'error' === s &&
            ((null !== (v = (p = r)['aria-invalid']) && void 0 !== v) || (p['aria-invalid'] = !0)),
          l &&
            ((null == t ? void 0 : t.supportsRequired)
              ? (null !== (m = (h = r).required) && void 0 !== m) || (h.required = !0)
              : (null !== (y = (b = r)['aria-required']) && void 0 !== y) || (b['aria-required'] = !0)),
          (null == t ? void 0 : t.supportsSize) &&
            ((null !== (w = (k = r).size) && void 0 !== w) || (k.size = e.size)),
          r
        );
      }
    },
    3087(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = {},
        i = n.Provider;
      t.d(r, [
        'F',
        0,
        i,
        'U',
        0,
        () => {
          const e = o.useContext(n);
          return null != e ? e : a;
        },
      ]);
    },
    7026(e, r, t) {
      var o = t(4391);
      const n = (0, o.U)('CheckmarkCircleFilled', '1em', [
          'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16m3.36 5.65a.5.5 0 0 0-.64-.06l-.07.06L9 11.3 7.35 9.65l-.07-.06a.5.5 0 0 0-.7.7l.07.07 2 2 .07.06c.17.11.4.11.56 0l.07-.06 4-4 .07-.08a.5.5 0 0 0-.06-.63',
        ]),
        a = (0, o.U)('ChevronDownRegular', '1em', [
          'M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0',
        ]);
      t.d(r, ['gcm', 0, n, 'yuG', 0, a]);
    },
    8465(e, r, t) {
      var o = t(4391);
      const n = (0, o.U)('Checkmark12Filled', '12', [
          'M9.76 3.2c.3.29.32.76.04 1.06l-4.25 4.5a.75.75 0 0 1-1.08.02L2.22 6.53a.75.75 0 0 1 1.06-1.06l1.7 1.7L8.7 3.24a.75.75 0 0 1 1.06-.04',
        ]),
        a = (0, o.U)('Checkmark16Filled', '16', [
          'M14.05 3.49c.28.3.27.77-.04 1.06l-7.93 7.47A.85.85 0 0 1 4.9 12L2.22 9.28a.75.75 0 1 1 1.06-1.06l2.24 2.27 7.47-7.04a.75.75 0 0 1 1.06.04',
        ]),
        i = (0, o.U)('CheckmarkCircle12Filled', '12', [
          'M1 6a5 5 0 1 1 10 0A5 5 0 0 1 1 6m7.35-.9a.5.5 0 1 0-.7-.7L5.5 6.54 4.35 5.4a.5.5 0 1 0-.7.7l1.5 1.5c.2.2.5.2.7 0z',
        ]);
      t.d(r, ['D7b', 0, i, 'FUA', 0, a, 'jvo', 0, n]);
    },
    4261(e, r, t) {
      var o = t(4391);
      const n = (0, o.U)('DiamondDismiss12Filled', '12', [
          'M4.59 1.09a2 2 0 0 1 2.82 0l3.5 3.5a2 2 0 0 1 0 2.82l-3.5 3.5a2 2 0 0 1-2.82 0l-3.5-3.5a2 2 0 0 1 0-2.83zm3.26 3.06a.5.5 0 0 0-.7 0L6 5.29 4.85 4.15a.5.5 0 0 0-.7.7L5.29 6 4.15 7.15a.5.5 0 0 0 .7.7L6 6.71l1.15 1.14a.5.5 0 1 0 .7-.7L6.71 6l1.14-1.15a.5.5 0 0 0 0-.7',
        ]),
        a = (0, o.U)('Dismiss20Regular', '20', [
          'm4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14a.5.5 0 0 1 .63-.06l.07.06c.18.17.2.44.06.63l-.06.07L10.71 10l5.14 5.15c.18.17.2.44.06.63l-.06.07a.5.5 0 0 1-.63.06l-.07-.06L10 10.71l-5.15 5.14a.5.5 0 0 1-.63.06l-.07-.06a.5.5 0 0 1-.06-.63l.06-.07L9.29 10 4.15 4.85a.5.5 0 0 1-.06-.63l.06-.07z',
        ]);
      t.d(r, ['LMj', 0, a, 'sWF', 0, n]);
    },
    4391(e, r, t) {
      t.d(r, { U: () => f });
      var o = t(6540),
        n = t(738),
        a = t(2002);
      const i = (0, a.X)(
        { root: { mc9l5x: 'f1w7gpdv', Bg96gwp: 'fez10in' }, rtl: { Bz10aip: 'f13rod7r' } },
        { d: ['.f1w7gpdv{display:inline;}', '.fez10in{line-height:0;}', '.f13rod7r{transform:scaleX(-1);}'] },
      );
      var l = t(3087);
      const c = (0, a.X)(
          { root: { B8gzw0y: 'f1dd5bof' } },
          {
            m: [
              [
                '@media (forced-colors: active){.f1dd5bof{forced-color-adjust:auto;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        ),
        s = (e, r, t) => {
          const [n, a, ...i] = e;
          let l = a;
          if (t && a) {
            const e = {};
            for (const r in a) {
              const o = a[r];
              if ('string' != typeof o) e[r] = o;
              else if ('id' === r) e[r] = t + o;
              else {
                const n = o.indexOf('url(#');
                e[r] = n < 0 ? o : o.slice(0, n + 5) + t + o.slice(n + 5);
              }
            }
            l = e;
          }
          return o.createElement(n, { ...l, key: r }, ...i.map((e, r) => s(e, r, t)));
        },
        u = (e, r, t) =>
          'string' != typeof e && ((null == r ? void 0 : r.color) || Array.isArray(e[0]))
            ? e.map((e, r) => s(e, r, t))
            : void 0,
        d = () => {},
        f = (e, r, t, a) => {
          const s = ((e) => ('1em' === e ? '20' : e))(r),
            f = ((e, r) => {
              const t = u(e, r);
              return t
                ? function (n) {
                    return o.useMemo(() => (n ? u(e, r, n) : t), [n]);
                  }
                : d;
            })(t, a),
            g = o.forwardRef((e, u) => {
              const d = c(),
                g = ((e, r) => {
                  const t = i(),
                    { state: o, isRtlFlip: a } = ((e, r) => {
                      const { filled: t, idPrefix: o, title: n, primaryFill: a = 'currentColor', ...i } = e,
                        c = { ...i, fill: a },
                        s = (0, l.U)(),
                        u = Boolean(
                          (null == r ? void 0 : r.flipInRtl) &&
                          'rtl' === (null == s ? void 0 : s.textDirection),
                        );
                      return (
                        n && (c['aria-label'] = n),
                        c['aria-label'] || c['aria-labelledby'] ? (c.role = 'img') : (c['aria-hidden'] = !0),
                        (c['data-fui-icon'] = ''),
                        { state: c, isRtlFlip: u }
                      );
                    })(e, r);
                  return ((o.className = (0, n.z)(t.root, a && t.rtl, o.className)), o);
                })(e, { flipInRtl: null == a ? void 0 : a.flipInRtl }),
                p = f(e.idPrefix);
              return ((e, r, t) =>
                'string' == typeof r
                  ? o.createElement('svg', { ...e, dangerouslySetInnerHTML: { __html: r } })
                  : t
                    ? o.createElement('svg', e, ...t)
                    : o.createElement(
                        'svg',
                        e,
                        ...r.map((r) => o.createElement('path', { d: r, fill: e.fill })),
                      ))(
                {
                  ...g,
                  className: (0, n.z)('fui-Icon', g.className, d.root),
                  ref: u,
                  width: r,
                  height: r,
                  viewBox: `0 0 ${s} ${s}`,
                  xmlns: 'http://www.w3.org/2000/svg',
                },
                t,
                p,
              );
            });
          return ((g.displayName = e), g);
        };
    },
    4386(e, r, t) {
      t.d(r, { p: () => z });
      var o = t(6540),
        n = t(2791),
        a = t(4120),
        i = t(4585),
        l = t(1539),
        c = t(8048),
        s = t(3502),
        u = t(5196);
      const d = (e, r) => {
        const t = (0, a.c)(e, { supportsLabelFor: !0, supportsRequired: !0 }),
          [o, n] = (0, i.i)({ state: t.value, defaultState: t.defaultValue, initialState: '' }),
          u = (0, l.n)({
            props: t,
            primarySlotTagName: 'input',
            excludedPropNames: ['onChange', 'value', 'defaultValue'],
          }),
          d = {
            components: { root: 'span', input: 'input', contentBefore: 'span', contentAfter: 'span' },
            input: c.Gk(t.input, {
              defaultProps: { type: 'text', ref: r, ...u.primary },
              elementType: 'input',
            }),
            contentAfter: c.lq(t.contentAfter, { elementType: 'span' }),
            contentBefore: c.lq(t.contentBefore, { elementType: 'span' }),
            root: c.Gk(t.root, { defaultProps: u.root, elementType: 'span' }),
          };
        return (
          (d.input.value = o),
          (d.input.onChange = (0, s.D)((e) => {
            var r;
            const o = e.target.value;
            (null === (r = t.onChange) || void 0 === r || r.call(t, e, { value: o }), n(o));
          })),
          d
        );
      };
      var f = t(8638),
        g = t(7509),
        p = t(125),
        v = t(7953),
        h = t(2002),
        m = t(738);
      const b =
          (p.L.spacingHorizontalSNudge,
          p.L.spacingHorizontalMNudge,
          p.L.spacingHorizontalM,
          p.L.spacingHorizontalXXS,
          p.L.spacingHorizontalXXS,
          p.L.spacingHorizontalSNudge,
          p.L.spacingHorizontalS,
          p.L.spacingHorizontalM,
          p.L.spacingHorizontalM,
          p.L.spacingHorizontalSNudge,
          (0, v.y)('r1oeeo9n', 'r9sxh5', {
            r: [
              '.r1oeeo9n{display:inline-flex;align-items:center;flex-wrap:nowrap;gap:var(--spacingHorizontalXXS);border-radius:var(--borderRadiusMedium);position:relative;box-sizing:border-box;vertical-align:middle;min-height:32px;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase300);background-color:var(--colorNeutralBackground1);border:1px solid var(--colorNeutralStroke1);border-bottom-color:var(--colorNeutralStrokeAccessible);}',
              '.r1oeeo9n::after{box-sizing:border-box;content:"";position:absolute;left:-1px;bottom:-1px;right:-1px;height:max(2px, var(--borderRadiusMedium));border-bottom-left-radius:var(--borderRadiusMedium);border-bottom-right-radius:var(--borderRadiusMedium);border-bottom:2px solid var(--colorCompoundBrandStroke);clip-path:inset(calc(100% - 2px) 0 0 0);transform:scaleX(0);transition-property:transform;transition-duration:var(--durationUltraFast);transition-delay:var(--curveAccelerateMid);}',
              '.r1oeeo9n:focus-within::after{transform:scaleX(1);transition-property:transform;transition-duration:var(--durationNormal);transition-delay:var(--curveDecelerateMid);}',
              '.r1oeeo9n:focus-within:active::after{border-bottom-color:var(--colorCompoundBrandStrokePressed);}',
              '.r1oeeo9n:focus-within{outline:2px solid transparent;}',
              '.r9sxh5{display:inline-flex;align-items:center;flex-wrap:nowrap;gap:var(--spacingHorizontalXXS);border-radius:var(--borderRadiusMedium);position:relative;box-sizing:border-box;vertical-align:middle;min-height:32px;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase300);background-color:var(--colorNeutralBackground1);border:1px solid var(--colorNeutralStroke1);border-bottom-color:var(--colorNeutralStrokeAccessible);}',
              '.r9sxh5::after{box-sizing:border-box;content:"";position:absolute;right:-1px;bottom:-1px;left:-1px;height:max(2px, var(--borderRadiusMedium));border-bottom-right-radius:var(--borderRadiusMedium);border-bottom-left-radius:var(--borderRadiusMedium);border-bottom:2px solid var(--colorCompoundBrandStroke);clip-path:inset(calc(100% - 2px) 0 0 0);transform:scaleX(0);transition-property:transform;transition-duration:var(--durationUltraFast);transition-delay:var(--curveAccelerateMid);}',
              '.r9sxh5:focus-within::after{transform:scaleX(1);transition-property:transform;transition-duration:var(--durationNormal);transition-delay:var(--curveDecelerateMid);}',
              '.r9sxh5:focus-within:active::after{border-bottom-color:var(--colorCompoundBrandStrokePressed);}',
              '.r9sxh5:focus-within{outline:2px solid transparent;}',
            ],
            s: [
              '@media screen and (prefers-reduced-motion: reduce){.r1oeeo9n::after{transition-duration:0.01ms;transition-delay:0.01ms;}}',
              '@media screen and (prefers-reduced-motion: reduce){.r1oeeo9n:focus-within::after{transition-duration:0.01ms;transition-delay:0.01ms;}}',
              '@media screen and (prefers-reduced-motion: reduce){.r9sxh5::after{transition-duration:0.01ms;transition-delay:0.01ms;}}',
              '@media screen and (prefers-reduced-motion: reduce){.r9sxh5:focus-within::after{transition-duration:0.01ms;transition-delay:0.01ms;}}',
            ],
          })),
        y = (0, h.X)(
          {
            small: {
              sshi5w: 'f1pha7fy',
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fy9rknc',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'fwrc4pm',
            },
            medium: {},
            large: {
              sshi5w: 'f1w5jphr',
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fod5ikn',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'faaz57k',
              i8kkvl: 0,
              Belr9w4: 0,
              rmohyg: 'f1eyhf9v',
            },
            outline: {},
            outlineInteractive: {
              Bgoe8wy: 'fvcxoqz',
              Bwzppfd: ['f1ub3y4t', 'f1m52nbi'],
              oetu4i: 'f1l4zc64',
              gg5e9n: ['f1m52nbi', 'f1ub3y4t'],
              Drbcw7: 'f8vnjqi',
              udz0bu: ['fz1etlk', 'f1hc16gm'],
              Be8ivqh: 'f1klwx88',
              ofdepl: ['f1hc16gm', 'fz1etlk'],
            },
            underline: {
              De3pzq: 'f1c21dwh',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'fokr779',
              icvyot: 'f1ern45e',
              vrafjx: ['f1n71otn', 'f1deefiw'],
              wvpqe5: ['f1deefiw', 'f1n71otn'],
              Eqx8gd: ['f1n6gb5g', 'f15yvnhg'],
              B1piin3: ['f15yvnhg', 'f1n6gb5g'],
            },
            underlineInteractive: {
              oetu4i: 'f1l4zc64',
              Be8ivqh: 'f1klwx88',
              d9w3h3: 0,
              B3778ie: 0,
              B4j8arr: 0,
              Bl18szs: 0,
              Blrzh8d: 'f2ale1x',
            },
            filled: {
              g2u3we: 'fghlq4f',
              h3c5rm: ['f1gn591s', 'fjscplz'],
              B9xav0g: 'fb073pr',
              zhjwy3: ['fjscplz', 'f1gn591s'],
            },
            filledInteractive: {
              q7v0qe: 'ftmjh5b',
              kmh5ft: ['f17blpuu', 'fsrcdbj'],
              nagaa4: 'f1tpwn32',
              B1yhkcb: ['fsrcdbj', 'f17blpuu'],
            },
            invalid: {
              tvckwq: 'fs4k3qj',
              gk2u95: ['fcee079', 'fmyw78r'],
              hhx65j: 'f1fgmyf4',
              Bxowmz0: ['fmyw78r', 'fcee079'],
            },
            'filled-darker': { De3pzq: 'f16xq7d1' },
            'filled-lighter': { De3pzq: 'fxugw4r' },
            'filled-darker-shadow': { De3pzq: 'f16xq7d1', E5pizo: 'fyed02w' },
            'filled-lighter-shadow': { De3pzq: 'fxugw4r', E5pizo: 'fyed02w' },
            disabled: {
              Bceei9c: 'fdrzuqr',
              De3pzq: 'f1c21dwh',
              g2u3we: 'f1jj8ep1',
              h3c5rm: ['f15xbau', 'fy0fskl'],
              B9xav0g: 'f4ikngz',
              zhjwy3: ['fy0fskl', 'f15xbau'],
              Bcq6wej: 'f9dbb4x',
              Jcjdmf: ['f3qs60o', 'f5u9ap2'],
              sc4o1m: 'fwd1oij',
              Bosien3: ['f5u9ap2', 'f3qs60o'],
              Bsft5z2: 'fhr9occ',
              Bduesf4: 'f99w1ws',
            },
            smallWithContentBefore: { uwmqm3: ['fk8j09s', 'fdw0yi8'] },
            smallWithContentAfter: { z189sj: ['fdw0yi8', 'fk8j09s'] },
            mediumWithContentBefore: { uwmqm3: ['f1ng84yb', 'f11gcy0p'] },
            mediumWithContentAfter: { z189sj: ['f11gcy0p', 'f1ng84yb'] },
            largeWithContentBefore: { uwmqm3: ['f1uw59to', 'fw5db7e'] },
            largeWithContentAfter: { z189sj: ['fw5db7e', 'f1uw59to'] },
          },
          {
            d: [
              '.f1pha7fy{min-height:24px;}',
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.fy9rknc{font-size:var(--fontSizeBase200);}',
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              '.fwrc4pm{line-height:var(--lineHeightBase200);}',
              '.f1w5jphr{min-height:40px;}',
              '.fod5ikn{font-size:var(--fontSizeBase400);}',
              '.faaz57k{line-height:var(--lineHeightBase400);}',
              ['.f1eyhf9v{gap:var(--spacingHorizontalSNudge);}', { p: -1 }],
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              ['.fokr779{border-radius:0;}', { p: -1 }],
              '.f1ern45e{border-top-style:none;}',
              '.f1n71otn{border-right-style:none;}',
              '.f1deefiw{border-left-style:none;}',
              '.f1n6gb5g::after{left:0;}',
              '.f15yvnhg::after{right:0;}',
              ['.f2ale1x::after{border-radius:0;}', { p: -1 }],
              '.fghlq4f{border-top-color:var(--colorTransparentStroke);}',
              '.f1gn591s{border-right-color:var(--colorTransparentStroke);}',
              '.fjscplz{border-left-color:var(--colorTransparentStroke);}',
              '.fb073pr{border-bottom-color:var(--colorTransparentStroke);}',
              '.fs4k3qj:not(:focus-within),.fs4k3qj:hover:not(:focus-within){border-top-color:var(--colorPaletteRedBorder2);}',
              '.fcee079:not(:focus-within),.fcee079:hover:not(:focus-within){border-right-color:var(--colorPaletteRedBorder2);}',
              '.fmyw78r:not(:focus-within),.fmyw78r:hover:not(:focus-within){border-left-color:var(--colorPaletteRedBorder2);}',
              '.f1fgmyf4:not(:focus-within),.f1fgmyf4:hover:not(:focus-within){border-bottom-color:var(--colorPaletteRedBorder2);}',
              '.f16xq7d1{background-color:var(--colorNeutralBackground3);}',
              '.fxugw4r{background-color:var(--colorNeutralBackground1);}',
              '.fyed02w{box-shadow:var(--shadow2);}',
              '.fdrzuqr{cursor:not-allowed;}',
              '.f1jj8ep1{border-top-color:var(--colorNeutralStrokeDisabled);}',
              '.f15xbau{border-right-color:var(--colorNeutralStrokeDisabled);}',
              '.fy0fskl{border-left-color:var(--colorNeutralStrokeDisabled);}',
              '.f4ikngz{border-bottom-color:var(--colorNeutralStrokeDisabled);}',
              '.fhr9occ::after{content:unset;}',
              '.fk8j09s{padding-left:var(--spacingHorizontalSNudge);}',
              '.fdw0yi8{padding-right:var(--spacingHorizontalSNudge);}',
              '.f1ng84yb{padding-left:var(--spacingHorizontalMNudge);}',
              '.f11gcy0p{padding-right:var(--spacingHorizontalMNudge);}',
              '.f1uw59to{padding-left:var(--spacingHorizontalM);}',
              '.fw5db7e{padding-right:var(--spacingHorizontalM);}',
            ],
            h: [
              '.fvcxoqz:hover{border-top-color:var(--colorNeutralStroke1Hover);}',
              '.f1ub3y4t:hover{border-right-color:var(--colorNeutralStroke1Hover);}',
              '.f1m52nbi:hover{border-left-color:var(--colorNeutralStroke1Hover);}',
              '.f1l4zc64:hover{border-bottom-color:var(--colorNeutralStrokeAccessibleHover);}',
              '.ftmjh5b:hover,.ftmjh5b:focus-within{border-top-color:var(--colorTransparentStrokeInteractive);}',
              '.f17blpuu:hover,.f17blpuu:focus-within{border-right-color:var(--colorTransparentStrokeInteractive);}',
              '.fsrcdbj:hover,.fsrcdbj:focus-within{border-left-color:var(--colorTransparentStrokeInteractive);}',
              '.f1tpwn32:hover,.f1tpwn32:focus-within{border-bottom-color:var(--colorTransparentStrokeInteractive);}',
            ],
            a: [
              '.f8vnjqi:active,.f8vnjqi:focus-within{border-top-color:var(--colorNeutralStroke1Pressed);}',
              '.fz1etlk:active,.fz1etlk:focus-within{border-right-color:var(--colorNeutralStroke1Pressed);}',
              '.f1hc16gm:active,.f1hc16gm:focus-within{border-left-color:var(--colorNeutralStroke1Pressed);}',
              '.f1klwx88:active,.f1klwx88:focus-within{border-bottom-color:var(--colorNeutralStrokeAccessiblePressed);}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f9dbb4x{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f3qs60o{border-right-color:GrayText;}.f5u9ap2{border-left-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fwd1oij{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
            w: ['.f99w1ws:focus-within{outline-style:none;}'],
          },
        ),
        k = (0, v.y)('r12stul0', null, [
          '.r12stul0{align-self:stretch;box-sizing:border-box;flex-grow:1;min-width:0;border-style:none;padding:0 var(--spacingHorizontalM);color:var(--colorNeutralForeground1);background-color:transparent;outline-style:none;font-family:inherit;font-size:inherit;font-weight:inherit;line-height:inherit;}',
          '.r12stul0::-webkit-input-placeholder{color:var(--colorNeutralForeground4);opacity:1;}',
          '.r12stul0::-moz-placeholder{color:var(--colorNeutralForeground4);opacity:1;}',
          '.r12stul0::placeholder{color:var(--colorNeutralForeground4);opacity:1;}',
        ]),
        w = (0, h.X)(
          {
            small: { uwmqm3: ['f1f5gg8d', 'f1vdfbxk'], z189sj: ['f1vdfbxk', 'f1f5gg8d'] },
            medium: {},
            large: { uwmqm3: ['fnphzt9', 'flt1dlf'], z189sj: ['flt1dlf', 'fnphzt9'] },
            smallWithContentBefore: { uwmqm3: ['fgiv446', 'ffczdla'] },
            smallWithContentAfter: { z189sj: ['ffczdla', 'fgiv446'] },
            mediumWithContentBefore: { uwmqm3: ['fgiv446', 'ffczdla'] },
            mediumWithContentAfter: { z189sj: ['ffczdla', 'fgiv446'] },
            largeWithContentBefore: { uwmqm3: ['fk8j09s', 'fdw0yi8'] },
            largeWithContentAfter: { z189sj: ['fdw0yi8', 'fk8j09s'] },
            disabled: { sj55zd: 'f1s2aq7o', De3pzq: 'f1c21dwh', Bceei9c: 'fdrzuqr', yvdlaj: 'fahhnxm' },
          },
          {
            d: [
              '.f1f5gg8d{padding-left:var(--spacingHorizontalS);}',
              '.f1vdfbxk{padding-right:var(--spacingHorizontalS);}',
              '.fnphzt9{padding-left:calc(var(--spacingHorizontalM) + var(--spacingHorizontalSNudge));}',
              '.flt1dlf{padding-right:calc(var(--spacingHorizontalM) + var(--spacingHorizontalSNudge));}',
              '.fgiv446{padding-left:var(--spacingHorizontalXXS);}',
              '.ffczdla{padding-right:var(--spacingHorizontalXXS);}',
              '.fk8j09s{padding-left:var(--spacingHorizontalSNudge);}',
              '.fdw0yi8{padding-right:var(--spacingHorizontalSNudge);}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              '.fdrzuqr{cursor:not-allowed;}',
              '.fahhnxm::-webkit-input-placeholder{color:var(--colorNeutralForegroundDisabled);}',
              '.fahhnxm::-moz-placeholder{color:var(--colorNeutralForegroundDisabled);}',
            ],
          },
        ),
        B = (0, v.y)('r1572tok', null, [
          '.r1572tok{box-sizing:border-box;color:var(--colorNeutralForeground3);display:flex;}',
          '.r1572tok>svg{font-size:20px;}',
        ]),
        x = (0, h.X)(
          {
            disabled: { sj55zd: 'f1s2aq7o' },
            small: { Duoase: 'f3qv9w' },
            medium: {},
            large: { Duoase: 'f16u2scb' },
          },
          {
            d: [
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.f3qv9w>svg{font-size:16px;}',
              '.f16u2scb>svg{font-size:24px;}',
            ],
          },
        );
      var S = t(546);
      const z = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const t = (0, u.Pv)(),
            o = (0, n.o)();
          var a, i;
          const {
            size: l = null !== (a = null == o ? void 0 : o.size) && void 0 !== a ? a : 'medium',
            appearance: c = null !== (i = t.inputDefaultAppearance) && void 0 !== i ? i : 'outline',
            ...s
          } = e;
          return { size: l, appearance: c, ...d(s, r) };
        })(e, r);
        return (
          ((e) => {
            const { size: r, appearance: t } = e,
              o = e.input.disabled,
              n = 'true' == `${e.input['aria-invalid']}`,
              a = t.startsWith('filled'),
              i = y(),
              l = w(),
              c = x();
            ((e.root.className = (0, m.z)(
              'fui-Input',
              b(),
              i[r],
              e.contentBefore && i[`${r}WithContentBefore`],
              e.contentAfter && i[`${r}WithContentAfter`],
              i[t],
              !o && 'outline' === t && i.outlineInteractive,
              !o && 'underline' === t && i.underlineInteractive,
              !o && a && i.filledInteractive,
              a && i.filled,
              !o && n && i.invalid,
              o && i.disabled,
              e.root.className,
            )),
              (e.input.className = (0, m.z)(
                'fui-Input__input',
                k(),
                l[r],
                e.contentBefore && l[`${r}WithContentBefore`],
                e.contentAfter && l[`${r}WithContentAfter`],
                o && l.disabled,
                e.input.className,
              )));
            const s = [B(), o && c.disabled, c[r]];
            (e.contentBefore &&
              (e.contentBefore.className = (0, m.z)(
                'fui-Input__contentBefore',
                ...s,
                e.contentBefore.className,
              )),
              e.contentAfter &&
                (e.contentAfter.className = (0, m.z)(
                  'fui-Input__contentAfter',
                  ...s,
                  e.contentAfter.className,
                )));
          })(t),
          (0, S.$e)('useInputStyles_unstable')(t),
          ((e) => (
            (0, g.C)(e),
            (0, f.FD)(e.root, {
              children: [
                e.contentBefore && (0, f.Y)(e.contentBefore, {}),
                (0, f.Y)(e.input, {}),
                e.contentAfter && (0, f.Y)(e.contentAfter, {}),
              ],
            })
          ))(t)
        );
      });
      z.displayName = 'Input';
    },
    8638(e, r, t) {
      t.d(r, { Y: () => u, FD: () => d });
      var o = t(7879);
      function n(e) {
        return Boolean(null == e ? void 0 : e.hasOwnProperty(o.on));
      }
      function a(e, r) {
        return function (t, a, i, l, c) {
          return n(a)
            ? r(
                (function (e, r) {
                  return { ...r, [o.on]: e };
                })(t, a),
                null,
                i,
                l,
                c,
              )
            : n(t)
              ? r(t, a, i, l, c)
              : e(t, a, i, l, c);
        };
      }
      var i = t(6540);
      function l(e) {
        const { as: r, [o.b9]: t, [o.on]: n, [o.Y9]: a, ...i } = e,
          l = i,
          c = 'string' == typeof n && null != r ? r : n;
        return ('string' != typeof c && r && (l.as = r), { elementType: c, props: l, renderFunction: a });
      }
      var c = t(4848);
      const s = t.t(c, 2),
        u = a(s.jsx, (e, r, t) => {
          const { elementType: o, renderFunction: n, props: a } = l(e),
            c = { ...a, ...r };
          return n ? s.jsx(i.Fragment, { children: n(o, c) }, t) : s.jsx(o, c, t);
        }),
        d = a(s.jsxs, (e, r, t) => {
          const { elementType: o, renderFunction: n, props: a } = l(e),
            c = { ...a, ...r };
          return n
            ? s.jsx(
                i.Fragment,
                { children: n(o, { ...c, children: s.jsxs(i.Fragment, { children: c.children }, void 0) }) },
                t,
              )
            : s.jsxs(o, c, t);
        });
    },
    7771(e, r, t) {
      t.d(r, { J: () => g });
      var o = t(6540),
        n = t(8048),
        a = t(5061);
      const i = (e, r) => {
        const { disabled: t = !1, required: o = !1, ...i } = e;
        return {
          disabled: t,
          required: n.lq(!0 === o ? '*' : o || void 0, {
            defaultProps: { 'aria-hidden': 'true' },
            elementType: 'span',
          }),
          components: { root: 'label', required: 'span' },
          root: n.Gk((0, a.g)('label', { ref: r, ...i }), { elementType: 'label' }),
        };
      };
      var l = t(8638),
        c = t(7509),
        s = t(2002),
        u = t(738);
      const d = (0, s.X)(
        {
          root: { Bahqtrf: 'fk6fouc', sj55zd: 'f19n0e5' },
          disabled: { sj55zd: 'f1s2aq7o', B7iucu3: 'f1cyfu5x' },
          required: { sj55zd: 'f1whyuy6', uwmqm3: ['fruq291', 'f7x41pl'] },
          small: { Be2twd7: 'fy9rknc', Bg96gwp: 'fwrc4pm' },
          medium: { Be2twd7: 'fkhj508', Bg96gwp: 'f1i3iumi' },
          large: { Be2twd7: 'fod5ikn', Bg96gwp: 'faaz57k', Bhrd7zp: 'fl43uef' },
          semibold: { Bhrd7zp: 'fl43uef' },
        },
        {
          d: [
            '.fk6fouc{font-family:var(--fontFamilyBase);}',
            '.f19n0e5{color:var(--colorNeutralForeground1);}',
            '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
            '.f1whyuy6{color:var(--colorPaletteRedForeground3);}',
            '.fruq291{padding-left:var(--spacingHorizontalXS);}',
            '.f7x41pl{padding-right:var(--spacingHorizontalXS);}',
            '.fy9rknc{font-size:var(--fontSizeBase200);}',
            '.fwrc4pm{line-height:var(--lineHeightBase200);}',
            '.fkhj508{font-size:var(--fontSizeBase300);}',
            '.f1i3iumi{line-height:var(--lineHeightBase300);}',
            '.fod5ikn{font-size:var(--fontSizeBase400);}',
            '.faaz57k{line-height:var(--lineHeightBase400);}',
            '.fl43uef{font-weight:var(--fontWeightSemibold);}',
          ],
          m: [
            ['@media (forced-colors: active){.f1cyfu5x{color:GrayText;}}', { m: '(forced-colors: active)' }],
          ],
        },
      );
      var f = t(546);
      const g = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { weight: t = 'regular', size: o = 'medium', ...n } = e;
          return { weight: t, size: o, ...i(n, r) };
        })(e, r);
        return (
          ((e) => {
            const r = d();
            ((e.root.className = (0, u.z)(
              'fui-Label',
              r.root,
              e.disabled && r.disabled,
              r[e.size],
              'semibold' === e.weight && r.semibold,
              e.root.className,
            )),
              e.required &&
                (e.required.className = (0, u.z)(
                  'fui-Label__required',
                  r.required,
                  e.disabled && r.disabled,
                  e.required.className,
                )));
          })(t),
          (0, f.$e)('useLabelStyles_unstable')(t),
          ((e) => (
            (0, c.C)(e),
            (0, l.FD)(e.root, { children: [e.root.children, e.required && (0, l.Y)(e.required, {})] })
          ))(t)
        );
      });
      g.displayName = 'Label';
    },
    6616(e, r, t) {
      t.d(r, { n: () => E });
      var o = t(6540),
        n = t(546),
        a = t(1343),
        i = t(8048),
        l = t(5061),
        c = t(6451);
      const s = o.createContext(void 0);
      s.Provider;
      var u = t(4391);
      const d = (0, u.U)('InfoFilled', '1em', [
          'M18 10a8 8 0 1 0-16 0 8 8 0 0 0 16 0M9.5 8.91a.5.5 0 0 1 1 0v4.69a.5.5 0 0 1-1 0V8.9m-.25-2.16a.75.75 0 1 1 1.5 0 .75.75 0 0 1-1.5 0',
        ]),
        f = (0, u.U)('WarningFilled', '1em', [
          'M7.37 3.56a3 3 0 0 1 5.26 0l5.5 10A3 3 0 0 1 15.5 18h-11a3 3 0 0 1-2.63-4.44zM10 12.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5m0-6.25a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0V7a.5.5 0 0 0-.5-.5',
        ]),
        g = (0, u.U)('DiamondDismissFilled', '1em', [
          'M7.88 1.88a3 3 0 0 1 4.24 0l6 6a3 3 0 0 1 0 4.24l-6 6a3 3 0 0 1-4.24 0l-6-6a3 3 0 0 1 0-4.24zM13.1 6.9a.5.5 0 0 0-.7 0L10 9.3 7.6 6.9a.5.5 0 0 0-.7.7L9.3 10l-2.4 2.4a.5.5 0 0 0 .7.7l2.4-2.4 2.4 2.4a.5.5 0 0 0 .7-.7L10.7 10l2.4-2.4a.5.5 0 0 0 0-.7',
        ]);
      var p = t(7026);
      function v(e) {
        switch (e) {
          case 'info':
            return o.createElement(d, null);
          case 'warning':
            return o.createElement(f, null);
          case 'error':
            return o.createElement(g, null);
          case 'success':
            return o.createElement(p.gcm, null);
          default:
            return null;
        }
      }
      var h = t(7382),
        m = t(2796);
      const b = o.createContext(void 0),
        y = { className: '', nodeRef: o.createRef() };
      b.Provider;
      var k = t(7435);
      var w = t(8638),
        B = t(7509),
        x = t(296),
        S = t(7953),
        z = t(2002),
        _ = t(738);
      const N = (0, S.y)('r2oyxsj', 'r1wuyrhw', [
          '.r2oyxsj{white-space:nowrap;display:grid;grid-template-columns:auto 1fr auto auto;grid-template-rows:1fr;grid-template-areas:"icon body secondaryActions actions";padding-left:var(--spacingHorizontalM);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-radius:var(--borderRadiusMedium);align-items:center;min-height:36px;box-sizing:border-box;background-color:var(--colorNeutralBackground3);}',
          '.r1wuyrhw{white-space:nowrap;display:grid;grid-template-columns:auto 1fr auto auto;grid-template-rows:1fr;grid-template-areas:"icon body secondaryActions actions";padding-right:var(--spacingHorizontalM);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-radius:var(--borderRadiusMedium);align-items:center;min-height:36px;box-sizing:border-box;background-color:var(--colorNeutralBackground3);}',
        ]),
        P = (0, S.y)('r1df1z33', 'rivnfjc', [
          '.r1df1z33{grid-area:icon;font-size:var(--fontSizeBase500);margin-right:var(--spacingHorizontalS);color:var(--colorNeutralForeground3);display:flex;align-items:center;}',
          '.rivnfjc{grid-area:icon;font-size:var(--fontSizeBase500);margin-left:var(--spacingHorizontalS);color:var(--colorNeutralForeground3);display:flex;align-items:center;}',
        ]),
        F = (0, S.y)('r1vx593n', null, [
          '.r1vx593n{margin-bottom:var(--spacingVerticalS);grid-area:secondaryActions;}',
        ]),
        T = (0, z.X)(
          {
            rootMultiline: {
              Huce71: 'f6juhto',
              Bt984gj: 'f1s2louj',
              z8tnut: 'f1ngh7ph',
              Budl1dq: 'f17g0uqy',
              zoa1oz: 'f1w7oly7',
            },
            secondaryActionsMultiline: {
              Brf1p80: 'f1e8xxv9',
              B6of3ja: 'f1gaxbfw',
              jrapky: 'fqcjy3b',
              t21cq0: ['fibjyge', 'f9yszdx'],
            },
            square: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'fokr779' },
          },
          {
            d: [
              '.f6juhto{white-space:normal;}',
              '.f1s2louj{align-items:start;}',
              '.f1ngh7ph{padding-top:var(--spacingVerticalMNudge);}',
              '.f17g0uqy{grid-template-columns:auto 1fr auto;}',
              '.f1w7oly7{grid-template-areas:"icon body actions" "secondaryActions secondaryActions secondaryActions";}',
              '.f1e8xxv9{justify-content:end;}',
              '.f1gaxbfw{margin-top:var(--spacingVerticalMNudge);}',
              '.fqcjy3b{margin-bottom:var(--spacingVerticalS);}',
              '.fibjyge{margin-right:0px;}',
              '.f9yszdx{margin-left:0px;}',
              ['.fokr779{border-radius:0;}', { p: -1 }],
            ],
          },
        ),
        j = (0, z.X)(
          {
            info: {},
            error: { sj55zd: 'f1ca9wz' },
            warning: { sj55zd: 'f14a4cve' },
            success: { sj55zd: 'f36rra6' },
          },
          {
            d: [
              '.f1ca9wz{color:var(--colorStatusDangerForeground1);}',
              '.f14a4cve{color:var(--colorStatusWarningForeground3);}',
              '.f36rra6{color:var(--colorStatusSuccessForeground1);}',
            ],
          },
        ),
        C = (0, z.X)(
          {
            info: {},
            error: {
              De3pzq: 'f1eon7jj',
              g2u3we: 'f1f8dvr7',
              h3c5rm: ['f1g1ijmo', 'f1nxacbt'],
              B9xav0g: 'fo25q1j',
              zhjwy3: ['f1nxacbt', 'f1g1ijmo'],
            },
            warning: {
              De3pzq: 'f13ftzij',
              g2u3we: 'frd1ypx',
              h3c5rm: ['f1gyjrma', 'f18qd5xz'],
              B9xav0g: 'fqyqtrt',
              zhjwy3: ['f18qd5xz', 'f1gyjrma'],
            },
            success: {
              De3pzq: 'f64thcm',
              g2u3we: 'f1b4u7v',
              h3c5rm: ['f1nyd2b1', 'f70v3om'],
              B9xav0g: 'fk173vo',
              zhjwy3: ['f70v3om', 'f1nyd2b1'],
            },
          },
          {
            d: [
              '.f1eon7jj{background-color:var(--colorStatusDangerBackground1);}',
              '.f1f8dvr7{border-top-color:var(--colorStatusDangerBorder1);}',
              '.f1g1ijmo{border-right-color:var(--colorStatusDangerBorder1);}',
              '.f1nxacbt{border-left-color:var(--colorStatusDangerBorder1);}',
              '.fo25q1j{border-bottom-color:var(--colorStatusDangerBorder1);}',
              '.f13ftzij{background-color:var(--colorStatusWarningBackground1);}',
              '.frd1ypx{border-top-color:var(--colorStatusWarningBorder1);}',
              '.f1gyjrma{border-right-color:var(--colorStatusWarningBorder1);}',
              '.f18qd5xz{border-left-color:var(--colorStatusWarningBorder1);}',
              '.fqyqtrt{border-bottom-color:var(--colorStatusWarningBorder1);}',
              '.f64thcm{background-color:var(--colorStatusSuccessBackground1);}',
              '.f1b4u7v{border-top-color:var(--colorStatusSuccessBorder1);}',
              '.f1nyd2b1{border-right-color:var(--colorStatusSuccessBorder1);}',
              '.f70v3om{border-left-color:var(--colorStatusSuccessBorder1);}',
              '.fk173vo{border-bottom-color:var(--colorStatusSuccessBorder1);}',
            ],
          },
        ),
        E = o.forwardRef((e, r) => {
          const t = ((e, r) => {
            const { shape: t = 'rounded', ...n } = e,
              u = (0, k.Z1)(),
              d = ((e, r) => {
                const { layout: t = 'auto', intent: n = 'info', politeness: u } = e,
                  d = (null != u ? u : 'info' === n) ? 'polite' : 'assertive',
                  f = 'auto' === t,
                  { ref: g, reflowing: p } = (function (e = !1) {
                    const { targetDocument: r } = (0, h.Y)(),
                      t = o.useReducer(() => ({}), {})[1],
                      n = o.useRef(!1),
                      a = o.useRef(null),
                      i = o.useRef(Number.POSITIVE_INFINITY),
                      l = o.useCallback(
                        (e) => {
                          var r, o, a;
                          const l = e[0],
                            c =
                              null !==
                                (r =
                                  null == l ||
                                  null === (a = l.borderBoxSize) ||
                                  void 0 === a ||
                                  null === (o = a[0]) ||
                                  void 0 === o
                                    ? void 0
                                    : o.inlineSize) && void 0 !== r
                                ? r
                                : null == l
                                  ? void 0
                                  : l.target.getBoundingClientRect().width;
                          if (void 0 === c || !l) return;
                          const { target: s } = l;
                          if (!(0, m.s)(s)) return;
                          let u;
                          if (n.current) c >= i.current && (u = !1);
                          else {
                            const e = s.scrollWidth;
                            c < e && ((u = !0), (i.current = e));
                          }
                          void 0 !== u && n.current !== u && ((n.current = u), t());
                        },
                        [t],
                      ),
                      c = o.useCallback(
                        (t) => {
                          var o;
                          if (!e || !t || !(null == r ? void 0 : r.defaultView)) return;
                          null === (o = a.current) || void 0 === o || o.disconnect();
                          const n = new r.defaultView.ResizeObserver(l);
                          ((a.current = n), n.observe(t, { box: 'border-box' }));
                        },
                        [r, l, e],
                      );
                    return (
                      o.useEffect(
                        () => () => {
                          var e;
                          null === (e = a.current) || void 0 === e || e.disconnect();
                        },
                        [],
                      ),
                      { ref: c, reflowing: n.current }
                    );
                  })(f),
                  v = f ? (p ? 'multiline' : 'singleline') : t,
                  { className: k, nodeRef: w } = null !== (B = o.useContext(b)) && void 0 !== B ? B : y;
                var B;
                const x = o.useRef(null),
                  S = o.useRef(null),
                  { announce: z } = (function () {
                    var e;
                    return null !== (e = o.useContext(s)) && void 0 !== e ? e : { announce: () => {} };
                  })(),
                  _ = (0, a.Bi)();
                return (
                  o.useEffect(() => {
                    var e, r;
                    const t = [
                      null === (e = S.current) || void 0 === e ? void 0 : e.textContent,
                      null === (r = x.current) || void 0 === r ? void 0 : r.textContent,
                    ]
                      .filter(Boolean)
                      .join(',');
                    z(t, { polite: 'polite' === d, alert: 'assertive' === d });
                  }, [S, x, z, d]),
                  {
                    components: { root: 'div', icon: 'div', bottomReflowSpacer: 'div' },
                    root: i.Gk(
                      (0, l.g)('div', { ref: (0, c.a)(r, g, w), role: 'group', 'aria-labelledby': _, ...e }),
                      { elementType: 'div' },
                    ),
                    icon: i.lq(e.icon, { renderByDefault: !0, elementType: 'div' }),
                    bottomReflowSpacer: i.lq(e.bottomReflowSpacer, {
                      renderByDefault: 'multiline' === v,
                      elementType: 'div',
                    }),
                    layout: v,
                    intent: n,
                    transitionClassName: k,
                    actionsRef: x,
                    bodyRef: S,
                    titleId: _,
                  }
                );
              })(n, (0, c.a)(r, u));
            return {
              ...d,
              shape: t,
              icon: i.lq(e.icon, {
                defaultProps: { children: v(d.intent) },
                renderByDefault: !0,
                elementType: 'div',
              }),
            };
          })(e, r);
          return (
            ((e) => {
              const r = N(),
                t = P(),
                o = j(),
                n = C(),
                a = F(),
                i = T();
              ((e.root.className = (0, _.z)(
                'fui-MessageBar',
                r,
                'multiline' === e.layout && i.rootMultiline,
                'square' === e.shape && i.square,
                n[e.intent],
                e.root.className,
              )),
                e.icon &&
                  (e.icon.className = (0, _.z)('fui-MessageBar__icon', t, o[e.intent], e.icon.className)),
                e.bottomReflowSpacer &&
                  (e.bottomReflowSpacer.className = (0, _.z)('fui-MessageBar__bottomReflowSpacer', a)));
            })(t),
            (0, n.$e)('useMessageBarStyles_unstable')(t),
            ((e, r) => (
              (0, B.C)(e),
              (0, w.Y)(x.b1, {
                value: r.messageBar,
                children: (0, w.FD)(e.root, {
                  children: [
                    e.icon && (0, w.Y)(e.icon, {}),
                    e.root.children,
                    e.bottomReflowSpacer && (0, w.Y)(e.bottomReflowSpacer, {}),
                  ],
                }),
              })
            ))(
              t,
              (function (e) {
                const { layout: r, actionsRef: t, bodyRef: n, titleId: a } = e;
                return {
                  messageBar: o.useMemo(
                    () => ({ layout: r, actionsRef: t, bodyRef: n, titleId: a }),
                    [r, t, n, a],
                  ),
                };
              })(t),
            )
          );
        });
      E.displayName = 'MessageBar';
    },
    8685(e, r, t) {
      t.d(r, { R: () => v });
      var o = t(6540),
        n = t(546),
        a = t(8048),
        i = t(5061),
        l = t(6451),
        c = t(296),
        s = t(8638),
        u = t(7509);
      const d = o.createContext(void 0).Provider;
      var f = t(7953),
        g = t(738);
      const p = (0, f.y)('rtatq2b', 're2rary', [
          '.rtatq2b{font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase300);grid-area:body;padding-right:var(--spacingHorizontalM);}',
          '.re2rary{font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase300);grid-area:body;padding-left:var(--spacingHorizontalM);}',
        ]),
        v = o.forwardRef((e, r) => {
          const t = ((e, r) => {
              const { bodyRef: t } = (0, c.pL)();
              return {
                components: { root: 'div' },
                root: a.Gk((0, i.g)('div', { ref: (0, l.a)(r, t), ...e }), { elementType: 'div' }),
              };
            })(e, r),
            f = { link: o.useMemo(() => ({ inline: !0 }), []) };
          return (
            ((e) => {
              const r = p();
              e.root.className = (0, g.z)('fui-MessageBarBody', r, e.root.className);
            })(t),
            (0, n.$e)('useMessageBarBodyStyles_unstable')(t),
            ((e, r) => ((0, u.C)(e), (0, s.Y)(d, { value: r.link, children: (0, s.Y)(e.root, {}) })))(t, f)
          );
        });
      v.displayName = 'MessageBarBody';
    },
    5043(e, r, t) {
      t.d(r, { V: () => g });
      var o = t(6540),
        n = t(546),
        a = t(8048),
        i = t(5061),
        l = t(296),
        c = t(8638),
        s = t(7509),
        u = t(7953),
        d = t(738);
      const f = (0, u.y)('r168xkm9', null, [
          '.r168xkm9{font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase300);}',
          '.r168xkm9::after{content:" ";}',
        ]),
        g = o.forwardRef((e, r) => {
          const t = ((e, r) => {
            const { titleId: t } = (0, l.pL)();
            return {
              components: { root: 'span' },
              root: a.Gk((0, i.g)('span', { ref: r, id: t, ...e }), { elementType: 'span' }),
            };
          })(e, r);
          return (
            ((e) => {
              const r = f();
              e.root.className = (0, d.z)('fui-MessageBarTitle', r, e.root.className);
            })(t),
            (0, n.$e)('useMessageBarTitleStyles_unstable')(t),
            ((e) => ((0, s.C)(e), (0, c.Y)(e.root, {})))(t)
          );
        });
      g.displayName = 'MessageBarTitle';
    },
    296(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = { titleId: '', layout: 'singleline', actionsRef: o.createRef(), bodyRef: o.createRef() },
        i = n.Provider;
      t.d(r, [
        'b1',
        0,
        i,
        'pL',
        0,
        () => {
          var e;
          return null !== (e = o.useContext(n)) && void 0 !== e ? e : a;
        },
      ]);
    },
    2660(e, r, t) {
      var o = t(5745);
      t.d(r, [
        'w',
        0,
        ({
          direction: e,
          duration: r,
          easing: t = o.TV.curveLinear,
          delay: n = 0,
          outOpacity: a = 0,
          inOpacity: i = 1,
        }) => {
          const l = [{ opacity: a }, { opacity: i }];
          return (
            'exit' === e && l.reverse(),
            { keyframes: l, duration: r, easing: t, delay: n, fill: 'both' }
          );
        },
      ]);
    },
    7435(e, r, t) {
      t.d(r, { Z1: () => a });
      var o = t(6540);
      const n = o.createContext(void 0);
      function a() {
        return o.useContext(n);
      }
      const i = o.forwardRef((e, r) => o.createElement(n.Provider, { value: r }, e.children));
      i.displayName = 'MotionRefForwarder';
      const l = (e) => o.createElement(n.Provider, { value: void 0 }, e.children);
      ((l.displayName = 'MotionRefForwarderReset'), t.d(r, ['Hx', 0, l, 'KT', 0, i]));
    },
    6928(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0);
      (n.Provider,
        t.d(r, [
          'c',
          0,
          () => {
            var e;
            return null !== (e = o.useContext(n)) && void 0 !== e ? e : 'default';
          },
        ]));
    },
    7041(e, r, t) {
      t.d(r, { G: () => f });
      var o = t(3502),
        n = t(5267),
        a = t(6540),
        i = t(3380),
        l = t(6272),
        c = t(637),
        s = t(2010),
        u = t(6928);
      const d = Symbol('MOTION_DEFINITION');
      function f(e) {
        return Object.assign(
          (r) => {
            const {
                children: t,
                imperativeRef: d,
                onMotionFinish: f,
                onMotionStart: g,
                onMotionCancel: p,
                replayKey: v,
                ...h
              } = r,
              m = h,
              [b, y] = (0, s.g)(t),
              k = (0, l.Z)(d),
              w = a.useRef(!0),
              B = 'skip' === (0, u.c)(),
              x = a.useRef({ skipMotions: B, params: m }),
              S = (0, i.B)(),
              z = (0, c.u)(),
              _ = (0, o.D)(() => {
                null == g || g(null);
              }),
              N = (0, o.D)(() => {
                null == f || f(null);
              }),
              P = (0, o.D)(() => {
                null == p || p(null);
              }),
              F = a.useCallback(
                (e) => {
                  (_(), e.setMotionEndCallbacks(N, P), x.current.skipMotions && e.finish());
                },
                [_, N, P],
              );
            return (
              (0, n.E)(() => {
                x.current = { skipMotions: B, params: m };
              }),
              (0, n.E)(() => {
                const r = y.current;
                if (r) {
                  const t = 'function' == typeof e ? e({ element: r, ...x.current.params }) : e,
                    o = S(r, t, { isReducedMotion: z() });
                  return (
                    (k.current = o),
                    F(o),
                    () => {
                      o.cancel();
                    }
                  );
                }
              }, [S, y, k, z, F]),
              (0, n.E)(() => {
                if (w.current) return;
                const e = k.current;
                e && (e.cancel(), e.play(), F(e));
              }, [v]),
              (0, n.E)(
                () => (
                  (w.current = !1),
                  () => {
                    w.current = !0;
                  }
                ),
                [],
              ),
              b
            );
          },
          { [d]: 'function' == typeof e ? e : () => e },
        );
      }
    },
    2943(e, r, t) {
      t.d(r, { Z: () => g, $: () => v });
      var o = t(6540),
        n = t(3502),
        a = t(5267);
      const i = o.createContext(void 0);
      i.Provider;
      var l = t(3380),
        c = t(6272);
      var s = t(637),
        u = t(2010),
        d = t(6928),
        f = t(7041);
      const g = Symbol('PRESENCE_MOTION_DEFINITION'),
        p = Symbol.for('interruptablePresence');
      function v(e) {
        return Object.assign(
          (r) => {
            const t = { ...o.useContext(i), ...r },
              f = 'skip' === (0, d.c)(),
              {
                appear: g,
                children: v,
                imperativeRef: h,
                onExit: m,
                onMotionFinish: b,
                onMotionStart: y,
                onMotionCancel: k,
                visible: w,
                unmountOnExit: B,
                ...x
              } = t,
              S = x,
              [z, _] = (function (e = !1, r = !1) {
                const t = o.useRef(!r || e),
                  n = o.useReducer((e) => e + 1, 0)[1],
                  a = o.useCallback(
                    (e) => {
                      t.current !== e && ((t.current = e), n());
                    },
                    [n],
                  );
                return (
                  o.useEffect(() => {
                    e && (t.current = e);
                  }),
                  [e || t.current, a]
                );
              })(w, B),
              [N, P] = (0, u.g)(v, z),
              F = (0, c.Z)(h),
              T = o.useRef({ appear: g, params: S, skipMotions: f }),
              j = (0, l.B)(),
              C = (function () {
                const e = o.useRef(!0);
                return (
                  o.useEffect(() => {
                    e.current && (e.current = !1);
                  }, []),
                  e.current
                );
              })(),
              E = (0, s.u)(),
              q = (0, n.D)((e) => {
                null == y || y(null, { direction: e });
              }),
              D = (0, n.D)((e) => {
                (null == b || b(null, { direction: e }), 'exit' === e && B && (_(!1), null == m || m()));
              }),
              R = (0, n.D)((e) => {
                null == k || k(null, { direction: e });
              });
            return (
              (0, a.E)(() => {
                T.current = { appear: g, params: S, skipMotions: f };
              }),
              (0, a.E)(() => {
                const r = P.current;
                if (!r) return;
                let t;
                function o() {
                  t && ((a && t.isRunning()) || (t.cancel(), (F.current = void 0)));
                }
                const n = 'function' == typeof e ? e({ element: r, ...T.current.params }) : e,
                  a = n[p];
                if (a && ((t = F.current), t && t.isRunning())) return (t.reverse(), o);
                const i = w ? n.enter : n.exit,
                  l = w ? 'enter' : 'exit',
                  c = !T.current.appear && C,
                  s = T.current.skipMotions;
                return (
                  c || q(l),
                  (t = j(r, i, { isReducedMotion: E() })),
                  c
                    ? (t.finish(), o)
                    : ((F.current = t),
                      t.setMotionEndCallbacks(
                        () => D(l),
                        () => R(l),
                      ),
                      s && t.finish(),
                      o)
                );
              }, [j, P, F, E, D, q, R, w]),
              o.useEffect(() => {
                var e;
                B && !z && (null === (e = F.current) || void 0 === e || e.dispose());
              }, [F, B, z]),
              z ? N : null
            );
          },
          { [g]: 'function' == typeof e ? e : () => e },
          {
            In: (0, f.G)('function' == typeof e ? (...r) => e(...r).enter : e.enter),
            Out: (0, f.G)('function' == typeof e ? (...r) => e(...r).exit : e.exit),
          },
        );
      }
    },
    9015(e, r, t) {
      t.d(r, { Y: () => n });
      var o = t(2943);
      function n(e, r) {
        const t = (function (e, r) {
          return (t) => e({ ...r, ...t });
        })(e[o.Z], r);
        return (0, o.$)(t);
      }
    },
    3380(e, r, t) {
      t.d(r, { B: () => l });
      var o = t(6540);
      const n = { fill: 'forwards' },
        a = { duration: 1 };
      function i() {
        var e;
        const r =
          'undefined' != typeof window &&
          'function' ==
            typeof (null === (e = window.Animation) || void 0 === e ? void 0 : e.prototype.persist);
        return o.useCallback(
          (e, t, o) => {
            const i = Array.isArray(t) ? t : [t],
              { isReducedMotion: l } = o;
            return (
              (c = i
                .map((t) => {
                  const { keyframes: o, reducedMotion: i = a, ...c } = t,
                    { keyframes: s = o, ...u } = i,
                    d = l ? s : o,
                    f = { ...n, ...c, ...(l && u) };
                  try {
                    const t = e.animate(d, f);
                    if (r) null == t || t.persist();
                    else {
                      const r = d[d.length - 1];
                      var g;
                      Object.assign(null !== (g = e.style) && void 0 !== g ? g : {}, r);
                    }
                    return t;
                  } catch (e) {
                    return null;
                  }
                })
                .filter((e) => !!e)),
              {
                set playbackRate(e) {
                  c.forEach((r) => {
                    r.playbackRate = e;
                  });
                },
                setMotionEndCallbacks(e, r) {
                  const t = c.map(
                    (e) =>
                      new Promise((r, t) => {
                        ((e.onfinish = () => r()), (e.oncancel = () => t()));
                      }),
                  );
                  Promise.all(t)
                    .then(() => {
                      e();
                    })
                    .catch(() => {
                      r();
                    });
                },
                isRunning: () =>
                  c.some((e) =>
                    (function (e) {
                      if ('running' === e.playState) {
                        var r, t;
                        if (void 0 !== e.overallProgress) {
                          var o;
                          const r = null !== (o = e.overallProgress) && void 0 !== o ? o : 0;
                          return r > 0 && r < 1;
                        }
                        const a = Number(null !== (t = e.currentTime) && void 0 !== t ? t : 0);
                        var n;
                        const i = Number(
                          null !==
                            (n = null === (r = e.effect) || void 0 === r ? void 0 : r.getTiming().duration) &&
                            void 0 !== n
                            ? n
                            : 0,
                        );
                        return a > 0 && a < i;
                      }
                      return !1;
                    })(e),
                  ),
                dispose: () => {
                  c.length = 0;
                },
                cancel: () => {
                  c.forEach((e) => {
                    e.cancel();
                  });
                },
                pause: () => {
                  c.forEach((e) => {
                    e.pause();
                  });
                },
                play: () => {
                  c.forEach((e) => {
                    e.play();
                  });
                },
                finish: () => {
                  c.forEach((e) => {
                    e.finish();
                  });
                },
                reverse: () => {
                  c.forEach((e) => {
                    e.reverse();
                  });
                },
              }
            );
            var c;
          },
          [r],
        );
      }
      function l() {
        return i();
      }
    },
    637(e, r, t) {
      t.d(r, { u: () => i });
      var o = t(7382),
        n = t(5267),
        a = t(6540);
      function i() {
        const { targetDocument: e } = (0, o.Y)();
        var r;
        const t = null !== (r = null == e ? void 0 : e.defaultView) && void 0 !== r ? r : null,
          i = a.useRef(!1),
          l = a.useCallback(() => i.current, []);
        return (
          (0, n.E)(() => {
            if (null === t || 'function' != typeof t.matchMedia) return;
            const e = t.matchMedia('screen and (prefers-reduced-motion: reduce)');
            e.matches && (i.current = !0);
            const r = (e) => {
              i.current = e.matches;
            };
            return (
              e.addEventListener('change', r),
              () => {
                e.removeEventListener('change', r);
              }
            );
          }, [t]),
          l
        );
      }
    },
    6272(e, r, t) {
      t.d(r, { Z: () => n });
      var o = t(6540);
      function n(e) {
        const r = o.useRef(void 0);
        return (
          o.useImperativeHandle(e, () => ({
            setPlayState: (e) => {
              var t, o;
              ('running' === e && (null === (t = r.current) || void 0 === t || t.play()),
                'paused' === e && (null === (o = r.current) || void 0 === o || o.pause()));
            },
            setPlaybackRate: (e) => {
              r.current && (r.current.playbackRate = e);
            },
          })),
          r
        );
      }
    },
    5745(e, r, t) {
      t.d(r, [
        'TV',
        0,
        {
          durationUltraFast: 50,
          durationFaster: 100,
          durationFast: 150,
          durationNormal: 200,
          durationGentle: 250,
          durationSlow: 300,
          durationSlower: 400,
          durationUltraSlow: 500,
          curveAccelerateMax: 'cubic-bezier(0.9,0.1,1,0.2)',
          curveAccelerateMid: 'cubic-bezier(1,0,1,1)',
          curveAccelerateMin: 'cubic-bezier(0.8,0,0.78,1)',
          curveDecelerateMax: 'cubic-bezier(0.1,0.9,0.2,1)',
          curveDecelerateMid: 'cubic-bezier(0,0,0,1)',
          curveDecelerateMin: 'cubic-bezier(0.33,0,0.1,1)',
          curveEasyEaseMax: 'cubic-bezier(0.8,0,0.2,1)',
          curveEasyEase: 'cubic-bezier(0.33,0,0.67,1)',
          curveLinear: 'cubic-bezier(0,0,1,1)',
        },
      ]);
    },
    452(e, r, t) {
      t.d(r, { s: () => a });
      var o = t(6540),
        n = t(7879);
      function a(e, r) {
        const { as: t, children: a, ...i } = null != e ? e : {};
        if (null === e) {
          const e = !r.defaultProps.visible && r.defaultProps.unmountOnExit,
            t = (r, t) => (e ? null : o.createElement(o.Fragment, null, t.children));
          return { [n.Y9]: t, [n.on]: r.elementType };
        }
        const l = { ...r.defaultProps, ...i, [n.on]: r.elementType };
        return ('function' == typeof a && (l[n.Y9] = a), l);
      }
    },
    2010(e, r, t) {
      t.d(r, { g: () => l });
      var o = t(6540),
        n = t(1837),
        a = t(6451);
      const i = [
        '@fluentui/react-motion: Invalid child element.',
        '\n',
        'Motion factories require a single child element to be passed. ',
        'That element element should support ref forwarding i.e. it should be either an intrinsic element (e.g. div) or a component that uses React.forwardRef().',
      ].join('');
      function l(e, r = !0) {
        const t = o.useRef(null);
        o.useEffect(() => {}, [r]);
        try {
          const r = o.Children.only(e);
          if (o.isValidElement(r)) return [o.cloneElement(r, { ref: (0, a.a)(t, (0, n.v)(r)) }), t];
        } catch {}
        throw new Error(i);
      }
    },
    5346(e, r, t) {
      t.d(r, { z: () => y });
      var o = t(6540),
        n = t(2791),
        a = t(7879);
      function i(e, r) {
        const { as: t, children: n, ...i } = null != e ? e : {};
        if (null === e) {
          const e = (e, r) => o.createElement(o.Fragment, null, r.children);
          return { [a.Y9]: e, [a.on]: r.elementType };
        }
        const l = { ...r.defaultProps, ...i, [a.on]: r.elementType };
        return ('function' == typeof n && (l[a.Y9] = n), l);
      }
      var l = t(8048),
        c = t(5061),
        s = t(7041),
        u = t(5745);
      const d = (0, s.G)({
        keyframes: [{ translate: '-100%' }, { translate: '300%' }],
        duration: 3e3,
        iterations: 1 / 0,
        easing: u.TV.curveLinear,
        reducedMotion: {
          keyframes: [{ opacity: 0.2 }, { opacity: 1 }, { opacity: 0.2 }],
          duration: 3e3,
          iterations: 1 / 0,
        },
      });
      var f = t(8638),
        g = t(7509),
        p = t(2002),
        v = t(738);
      const h = (0, p.X)(
          {
            root: {
              mc9l5x: 'ftgm304',
              De3pzq: 'f18f03hv',
              a9b677: 'fly5x3f',
              B68tc82: 0,
              Bmxbyg5: 0,
              Bpg54ce: 'f1a3p1vp',
              Bomf52o: 'f1skxd4g',
            },
            rounded: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'ft85np5' },
            square: { Beyfa6y: 0, Bbmb7ep: 0, Btl43ni: 0, B7oj6ja: 0, Dimara: 'f1fabniw' },
            medium: { Bqenvij: 'f4t8t6x' },
            large: { Bqenvij: 'f6ywr7j' },
          },
          {
            d: [
              '.ftgm304{display:block;}',
              '.f18f03hv{background-color:var(--colorNeutralBackground6);}',
              '.fly5x3f{width:100%;}',
              ['.f1a3p1vp{overflow:hidden;}', { p: -1 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              ['.f1fabniw{border-radius:var(--borderRadiusNone);}', { p: -1 }],
              '.f4t8t6x{height:2px;}',
              '.f6ywr7j{height:4px;}',
            ],
            m: [
              [
                '@media screen and (forced-colors: active){.f1skxd4g{background-color:CanvasText;}}',
                { m: 'screen and (forced-colors: active)' },
              ],
            ],
          },
        ),
        m = (0, p.X)(
          {
            base: {
              Bomf52o: 'f1tnpuu0',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'f12b9xdw',
              Bqenvij: 'f1l02sjl',
            },
            nonZeroDeterminate: { Bmy1vo4: 'fjt6zfz', B3o57yi: 'f1wofebd', Bkqvd7p: 'fv71qf3' },
            indeterminate: {
              B2u0y6b: 'fa0wk36',
              qhf8xq: 'f10pi13n',
              Bcmaq0h: ['fpo0yib', 'f1u5hf6c'],
              jpy9cc: 'f3z2g5w',
            },
            brand: { De3pzq: 'ftywsgz' },
            error: { De3pzq: 'fdl5y0r' },
            warning: { De3pzq: 'f1s438gw' },
            success: { De3pzq: 'flxk52p' },
          },
          {
            m: [
              [
                '@media screen and (forced-colors: active){.f1tnpuu0{background-color:Highlight;}}',
                { m: 'screen and (forced-colors: active)' },
              ],
              [
                '@media screen and (prefers-reduced-motion: reduce){.f3z2g5w{max-width:100%;}}',
                { m: 'screen and (prefers-reduced-motion: reduce)' },
              ],
            ],
            d: [
              ['.f12b9xdw{border-radius:inherit;}', { p: -1 }],
              '.f1l02sjl{height:100%;}',
              '.fjt6zfz{transition-property:width;}',
              '.f1wofebd{transition-duration:0.3s;}',
              '.fv71qf3{transition-timing-function:ease;}',
              '.fa0wk36{max-width:33%;}',
              '.f10pi13n{position:relative;}',
              '.fpo0yib{background-image:linear-gradient(\n      to right,\n      var(--colorNeutralBackground6) 0%,\n      var(--colorTransparentBackground) 50%,\n      var(--colorNeutralBackground6) 100%\n    );}',
              '.f1u5hf6c{background-image:linear-gradient(\n      to left,\n      var(--colorNeutralBackground6) 0%,\n      var(--colorTransparentBackground) 50%,\n      var(--colorNeutralBackground6) 100%\n    );}',
              '.ftywsgz{background-color:var(--colorCompoundBrandBackground);}',
              '.fdl5y0r{background-color:var(--colorPaletteRedBackground3);}',
              '.f1s438gw{background-color:var(--colorPaletteDarkOrangeBackground3);}',
              '.flxk52p{background-color:var(--colorPaletteGreenBackground3);}',
            ],
          },
        );
      var b = t(546);
      const y = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const t = (0, n.o)(),
            o = null == t ? void 0 : t.validationState,
            {
              color: a = 'error' === o || 'warning' === o || 'success' === o ? o : 'brand',
              shape: s = 'rounded',
              thickness: u = 'medium',
              indeterminateMotion: f,
              ...g
            } = e,
            p = ((e, r) => {
              const t = (0, n.o)();
              var o;
              const a = ((e) => (e <= 0 ? 1 : e))(null !== (o = e.max) && void 0 !== o ? o : 1),
                i = ((e, r) => (void 0 === e ? e : e < 0 ? 0 : e > r ? r : e))(e.value, a),
                s = l.Gk(
                  (0, c.g)('div', {
                    ref: r,
                    role: 'progressbar',
                    'aria-valuemin': void 0 !== i ? 0 : void 0,
                    'aria-valuemax': void 0 !== i ? a : void 0,
                    'aria-valuenow': i,
                    'aria-labelledby': null == t ? void 0 : t.labelId,
                    ...e,
                  }),
                  { elementType: 'div' },
                );
              return (
                t &&
                  (t.validationMessageId || t.hintId) &&
                  (s['aria-describedby'] = [
                    null == t ? void 0 : t.validationMessageId,
                    null == t ? void 0 : t.hintId,
                    s['aria-describedby'],
                  ]
                    .filter(Boolean)
                    .join(' ')),
                {
                  max: a,
                  value: i,
                  components: { root: 'div', bar: 'div', indeterminateMotion: 'div' },
                  root: s,
                  bar: l.Gk(e.bar, { elementType: 'div' }),
                }
              );
            })(g, r);
          return {
            ...p,
            components: { ...p.components, indeterminateMotion: d },
            color: a,
            shape: s,
            thickness: u,
            indeterminateMotion: void 0 === p.value ? i(f, { elementType: d, defaultProps: {} }) : void 0,
          };
        })(e, r);
        return (
          ((e) => {
            const { color: r, max: t, shape: o, thickness: n, value: a } = e,
              i = h(),
              l = m();
            ((e.root.className = (0, v.z)('fui-ProgressBar', i.root, i[o], i[n], e.root.className)),
              e.bar &&
                (e.bar.className = (0, v.z)(
                  'fui-ProgressBar__bar',
                  l.base,
                  l.brand,
                  void 0 === a && l.indeterminate,
                  void 0 !== a && a > 0.01 && l.nonZeroDeterminate,
                  r && void 0 !== a && l[r],
                  e.bar.className,
                )),
              e.bar &&
                void 0 !== a &&
                (e.bar.style = { width: Math.min(100, Math.max(0, (a / t) * 100)) + '%', ...e.bar.style }));
          })(t),
          (0, b.$e)('useProgressBarStyles_unstable')(t),
          ((e) => (
            (0, g.C)(e),
            (0, f.Y)(e.root, {
              children:
                e.bar &&
                (e.indeterminateMotion
                  ? (0, f.Y)(e.indeterminateMotion, { children: (0, f.Y)(e.bar, {}) })
                  : (0, f.Y)(e.bar, {})),
            })
          ))(t)
        );
      });
      y.displayName = 'ProgressBar';
    },
    4594(e, r, t) {
      t.d(r, { q: () => H });
      var o = t(6540),
        n = t.t(o, 2),
        a = t(8638),
        i = t(7509),
        l = t(2269),
        c = t(4633),
        s = t(7382);
      const u = o.createContext(void 0),
        d = u.Provider;
      var f = t(2098),
        g = t(546);
      const p = o.createContext(void 0).Provider;
      var v = t(5196),
        h = t(3087),
        m = t(1091),
        b = t(8181),
        y = t(8048),
        k = t(5061),
        w = t(6451),
        B = t(5267),
        x = t(1343);
      const S = /[!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~\u0000-\u0020\u007F]/,
        z = /[!<>{};[\]\\\u0000-\u0008\u000B\u000E-\u001F\u007F]|\/\*/,
        _ = /"[^"\u0000-\u001F\u007F]*"|'[^'\u0000-\u001F\u007F]*'|\([^"'()]*\)/g,
        N = /["'()]/;
      var P = t(5810),
        F = t(738);
      const T = 'fui-FluentProvider',
        j = (0, P.X)(
          {
            root: {
              sj55zd: 'f19n0e5',
              De3pzq: 'fxugw4r',
              fsow6f: ['f1o700av', 'fes3tcz'],
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fkhj508',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'f1i3iumi',
            },
          },
          {
            d: [
              '.f19n0e5{color:var(--colorNeutralForeground1);}',
              '.fxugw4r{background-color:var(--colorNeutralBackground1);}',
              '.f1o700av{text-align:left;}',
              '.fes3tcz{text-align:right;}',
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.fkhj508{font-size:var(--fontSizeBase300);}',
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              '.f1i3iumi{line-height:var(--lineHeightBase300);}',
            ],
          },
        ),
        C = n.useInsertionEffect ? n.useInsertionEffect : B.E,
        E = {},
        q = {},
        D = (e, r) => {
          const t = (0, s.Y)(),
            n = o.useContext(u),
            a = (0, v.Pv)(),
            i = o.useContext(g.k7) || E,
            {
              applyStylesToPortals: l = !0,
              customStyleHooks_unstable: c,
              dir: d = t.dir,
              targetDocument: f = t.targetDocument,
              theme: p,
              overrides_unstable: h = {},
            } = e,
            B = R(n, p),
            P = R(a, h),
            F = R(i, c),
            j = (0, m.J)();
          var D;
          const { styleTagId: H, rule: I } = ((e) => {
            const { targetDocument: r, theme: t, rendererAttributes: n } = e,
              a = o.useRef(void 0),
              i = (0, x.Bi)(T),
              l = n,
              c = o.useMemo(
                () =>
                  (function (e, r) {
                    const t = e.replace(/\\+[<{}]?|[<{}]/g, (e) => {
                      const r = e[e.length - 1];
                      if (!'<{}'.includes(r)) return e;
                      const t = e.length - 1;
                      return (
                        e.slice(0, t - (t % 2)) +
                        (function (e) {
                          return `\\${e.charCodeAt(0).toString(16).toUpperCase()} `;
                        })(r)
                      );
                    });
                    return r
                      ? `${t} { ${Object.keys(r).reduce((e, t) => {
                          const o = r[t];
                          if (!t || S.test(t)) return e;
                          if ('string' != typeof o && ('number' != typeof o || !Number.isFinite(o))) return e;
                          const n = String(o);
                          return z.test(n) || N.test(n.replace(_, '')) ? e : `${e}--${t}: ${n}; `;
                        }, '')} }`
                      : `${t} {}`;
                  })(`.${i}`, t),
                [t, i],
              );
            return (
              (function (e, r) {
                o.useState(() => {
                  if (!e) return;
                  const t = e.getElementById(r);
                  t && e.head.append(t);
                });
              })(r, i),
              C(() => {
                const e = null == r ? void 0 : r.getElementById(i);
                return (
                  e
                    ? (a.current = e)
                    : ((a.current = ((e, r) => {
                        if (!(null == e ? void 0 : e.head)) return;
                        const t = e.createElement('style');
                        return (
                          Object.keys(r).forEach((e) => {
                            t.setAttribute(e, r[e]);
                          }),
                          e.head.appendChild(t),
                          t
                        );
                      })(r, { ...l, id: i })),
                      a.current &&
                        ((e, r) => {
                          const t = e.sheet;
                          t && (t.cssRules.length > 0 && t.deleteRule(0), t.insertRule(r, 0));
                        })(a.current, c)),
                  () => {
                    var e;
                    null === (e = a.current) || void 0 === e || e.remove();
                  }
                );
              }, [i, r, c, l]),
              { styleTagId: i, rule: c }
            );
          })({
            theme: B,
            targetDocument: f,
            rendererAttributes: null !== (D = j.styleElementAttributes) && void 0 !== D ? D : q,
          });
          return {
            applyStylesToPortals: l,
            customStyleHooks_unstable: F,
            dir: d,
            targetDocument: f,
            theme: B,
            overrides_unstable: P,
            themeClassName: H,
            components: { root: 'div' },
            root: y.Gk((0, k.g)('div', { ...e, dir: d, ref: (0, w.a)(r, (0, b.Y)({ targetDocument: f })) }), {
              elementType: 'div',
            }),
            serverStyleProps: { cssRule: I, attributes: { ...j.styleElementAttributes, id: H } },
          };
        };
      function R(e, r) {
        return e && r ? { ...e, ...r } : e || r;
      }
      const H = o.forwardRef((e, r) => {
        const t = D(e, r);
        ((e) => {
          const r = (0, m.J)(),
            t = j({ dir: e.dir, renderer: r });
          e.root.className = (0, F.z)(T, e.themeClassName, t.root, e.root.className);
        })(t);
        const n = (function (e) {
          const {
              applyStylesToPortals: r,
              customStyleHooks_unstable: t,
              dir: n,
              root: a,
              targetDocument: i,
              theme: l,
              themeClassName: c,
              overrides_unstable: s,
            } = e,
            u = o.useMemo(() => ({ dir: n, targetDocument: i }), [n, i]),
            [d] = o.useState(() => ({})),
            f = o.useMemo(() => ({ textDirection: n }), [n]);
          return {
            customStyleHooks_unstable: t,
            overrides_unstable: s,
            provider: u,
            textDirection: n,
            iconDirection: f,
            tooltip: d,
            theme: l,
            themeClassName: r ? a.className : c,
          };
        })(t);
        return ((e, r) => (
          (0, i.C)(e),
          (0, a.Y)(s.K, {
            value: r.provider,
            children: (0, a.Y)(d, {
              value: r.theme,
              children: (0, a.Y)(f.I, {
                value: r.themeClassName,
                children: (0, a.Y)(g.gH, {
                  value: r.customStyleHooks_unstable,
                  children: (0, a.Y)(p, {
                    value: r.tooltip,
                    children: (0, a.Y)(c.e, {
                      dir: r.textDirection,
                      children: (0, a.Y)(h.F, {
                        value: r.iconDirection,
                        children: (0, a.Y)(v.Nv, {
                          value: r.overrides_unstable,
                          children: (0, a.FD)(e.root, {
                            children: [
                              (0, l.S)()
                                ? null
                                : (0, a.Y)('style', {
                                    dangerouslySetInnerHTML: { __html: e.serverStyleProps.cssRule },
                                    ...e.serverStyleProps.attributes,
                                  }),
                              e.root.children,
                            ],
                          }),
                        }),
                      }),
                    }),
                  }),
                }),
              }),
            }),
          })
        ))(t, n);
      });
      H.displayName = 'FluentProvider';
    },
    2892(e, r, t) {
      t.d(r, { l: () => k });
      var o = t(6540),
        n = t(2791),
        a = t(4120),
        i = t(1539),
        l = t(8048),
        c = t(3502),
        s = t(7026),
        u = t(5196);
      var d = t(8638),
        f = t(7509),
        g = t(2002),
        p = t(738),
        v = t(125);
      const h =
          (v.L.spacingHorizontalSNudge,
          v.L.spacingHorizontalXXS,
          v.L.spacingHorizontalXXS,
          v.L.spacingHorizontalMNudge,
          v.L.spacingHorizontalXXS,
          v.L.spacingHorizontalXXS,
          v.L.spacingHorizontalM,
          v.L.spacingHorizontalSNudge,
          v.L.spacingHorizontalSNudge,
          v.L.spacingHorizontalSNudge,
          v.L.spacingHorizontalXXS,
          v.L.spacingHorizontalMNudge,
          v.L.spacingHorizontalXXS,
          v.L.spacingHorizontalM,
          v.L.spacingHorizontalSNudge,
          (0, g.X)(
            {
              base: {
                Bt984gj: 'f122n59',
                B7ck84d: 'f1ewtqcl',
                mc9l5x: 'f22iagw',
                Eh141a: 'flvyvdh',
                Bahqtrf: 'fk6fouc',
                qhf8xq: 'f10pi13n',
                h62rwi: 'f7ll8cq',
                d9w3h3: 0,
                B3778ie: 0,
                B4j8arr: 0,
                Bl18szs: 0,
                Blrzh8d: 'fe5s0lv',
                li1rpt: 'f1gw3sf2',
                Bsft5z2: 'f13zj6fq',
                Dlnsje: 'fhwjr99',
                E3zdtr: 'f1mdlcz9',
                By385i5: 'fo72kxq',
                Eqx8gd: ['f1n6gb5g', 'f15yvnhg'],
                B1piin3: ['f15yvnhg', 'f1n6gb5g'],
                b1kco5: 'f1yk9hq',
                Ba2ppi3: 'fhwpy7i',
                F2fol1: 'f14ee0xe',
                lck23g: 'f1xhbsuh',
                wi16st: 'fsrmcvb',
                ywj3b2: 'f1t3k7v9',
                umuwi5: 'fjw5xc1',
                Blcqepd: 'f1xdyd5c',
                nplu4u: 'fatpbeo',
                Bioka5o: 'fb7uyps',
                Bnupc0a: 'fx04xgm',
                bing71: 'f1c7in40',
              },
            },
            {
              d: [
                '.f122n59{align-items:center;}',
                '.f1ewtqcl{box-sizing:border-box;}',
                '.f22iagw{display:flex;}',
                '.flvyvdh{flex-wrap:nowrap;}',
                '.fk6fouc{font-family:var(--fontFamilyBase);}',
                '.f10pi13n{position:relative;}',
                '.f7ll8cq::after{background-image:linear-gradient(\n        0deg,\n        var(--colorCompoundBrandStroke) 0%,\n        var(--colorCompoundBrandStroke) 50%,\n        transparent 50%,\n        transparent 100%\n      );}',
                [
                  '.fe5s0lv::after{border-radius:0 0 var(--borderRadiusMedium) var(--borderRadiusMedium);}',
                  { p: -1 },
                ],
                '.f1gw3sf2::after{box-sizing:border-box;}',
                '.f13zj6fq::after{content:"";}',
                '.fhwjr99::after{height:var(--borderRadiusMedium);}',
                '.f1mdlcz9::after{position:absolute;}',
                '.fo72kxq::after{bottom:0;}',
                '.f1n6gb5g::after{left:0;}',
                '.f15yvnhg::after{right:0;}',
                '.f1yk9hq::after{transform:scaleX(0);}',
                '.fhwpy7i::after{transition-property:transform;}',
                '.f14ee0xe::after{transition-duration:var(--durationUltraFast);}',
                '.f1xhbsuh::after{transition-delay:var(--curveAccelerateMid);}',
              ],
              m: [
                [
                  '@media screen and (prefers-reduced-motion: reduce){.fsrmcvb::after{transition-duration:0.01ms;}}',
                  { m: 'screen and (prefers-reduced-motion: reduce)' },
                ],
                [
                  '@media screen and (prefers-reduced-motion: reduce){.f1t3k7v9::after{transition-delay:0.01ms;}}',
                  { m: 'screen and (prefers-reduced-motion: reduce)' },
                ],
                [
                  '@media screen and (prefers-reduced-motion: reduce){.fx04xgm:focus-within::after{transition-duration:0.01ms;}}',
                  { m: 'screen and (prefers-reduced-motion: reduce)' },
                ],
                [
                  '@media screen and (prefers-reduced-motion: reduce){.f1c7in40:focus-within::after{transition-delay:0.01ms;}}',
                  { m: 'screen and (prefers-reduced-motion: reduce)' },
                ],
              ],
              w: [
                '.fjw5xc1:focus-within::after{transform:scaleX(1);}',
                '.f1xdyd5c:focus-within::after{transition-property:transform;}',
                '.fatpbeo:focus-within::after{transition-duration:var(--durationNormal);}',
                '.fb7uyps:focus-within::after{transition-delay:var(--curveDecelerateMid);}',
              ],
            },
          )),
        m = (0, g.X)(
          {
            base: {
              Bowrso0: 'fqrijq1',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'faev5xe',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'ft85np5',
              E5pizo: 'f1couhl3',
              B7ck84d: 'f1ewtqcl',
              sj55zd: 'f19n0e5',
              Bceei9c: 'f1k6fduh',
              Bh6795r: 'fqerorx',
              B2u0y6b: 'f6dzj5z',
              Byoj8tv: 'f1qch9an',
              z8tnut: 'f1g0x7ka',
              B3aqqti: 'fatbyko',
              Brovlpu: 'f1grzc83',
              Bxa1mx5: 'f19shzzi',
            },
            disabled: {
              De3pzq: 'f1c21dwh',
              g2u3we: 'f1jj8ep1',
              h3c5rm: ['f15xbau', 'fy0fskl'],
              B9xav0g: 'f4ikngz',
              zhjwy3: ['fy0fskl', 'f15xbau'],
              sj55zd: 'f1s2aq7o',
              Bceei9c: 'fdrzuqr',
              Bcq6wej: 'f9dbb4x',
              Jcjdmf: ['f3qs60o', 'f5u9ap2'],
              sc4o1m: 'fwd1oij',
              Bosien3: ['f5u9ap2', 'f3qs60o'],
            },
            disabledUnderline: {
              g2u3we: 'fgig46g',
              h3c5rm: ['f1mxt3zg', 'fziff3p'],
              B9xav0g: 'f4ikngz',
              zhjwy3: ['fziff3p', 'f1mxt3zg'],
            },
            small: {
              Bqenvij: 'frvgh55',
              uwmqm3: ['f1xile11', 'fqznh8f'],
              z189sj: ['fiqd4sw', 'f11fkzut'],
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fy9rknc',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'fwrc4pm',
            },
            medium: {
              Bqenvij: 'f1d2rq10',
              uwmqm3: ['f1e60jzv', 'f135dnwl'],
              z189sj: ['f154vowv', 'flqamny'],
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fkhj508',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'f1i3iumi',
            },
            large: {
              Bqenvij: 'fbhnoac',
              uwmqm3: ['fnphzt9', 'flt1dlf'],
              z189sj: ['f1xi5ia2', 'f1xi1l47'],
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fod5ikn',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'faaz57k',
            },
            outline: {
              De3pzq: 'fxugw4r',
              Bgfg5da: 0,
              B9xav0g: 'f1c1zstj',
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'fm9niy',
            },
            outlineInteractive: {
              Bgoe8wy: 'fvcxoqz',
              Bwzppfd: ['f1ub3y4t', 'f1m52nbi'],
              oetu4i: 'flmw63s',
              gg5e9n: ['f1m52nbi', 'f1ub3y4t'],
              B6oc9vd: 'fvs00aa',
              ak43y8: ['f1assf6x', 'f4ruux4'],
              wmxk5l: 'fqhmt4z',
              B50zh58: ['f4ruux4', 'f1assf6x'],
            },
            underline: {
              De3pzq: 'f1c21dwh',
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              Bgfg5da: 'fd91s9p',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'fokr779',
              C8i20h: 'fb77jct',
            },
            'filled-lighter': { De3pzq: 'fxugw4r' },
            'filled-darker': { De3pzq: 'f16xq7d1' },
            invalid: {
              tvckwq: 'fs4k3qj',
              gk2u95: ['fcee079', 'fmyw78r'],
              hhx65j: 'f1fgmyf4',
              Bxowmz0: ['fmyw78r', 'fcee079'],
            },
            invalidUnderline: { hhx65j: 'f1fgmyf4' },
          },
          {
            d: [
              '.fqrijq1{-webkit-appearance:none;-moz-appearance:none;appearance:none;}',
              ['.faev5xe{border:1px solid transparent;}', { p: -2 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              '.f1couhl3{box-shadow:none;}',
              '.f1ewtqcl{box-sizing:border-box;}',
              '.f19n0e5{color:var(--colorNeutralForeground1);}',
              '.f1k6fduh{cursor:pointer;}',
              '.fqerorx{flex-grow:1;}',
              '.f6dzj5z{max-width:100%;}',
              '.f1qch9an{padding-bottom:0;}',
              '.f1g0x7ka{padding-top:0;}',
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              '.f1jj8ep1{border-top-color:var(--colorNeutralStrokeDisabled);}',
              '.f15xbau{border-right-color:var(--colorNeutralStrokeDisabled);}',
              '.fy0fskl{border-left-color:var(--colorNeutralStrokeDisabled);}',
              '.f4ikngz{border-bottom-color:var(--colorNeutralStrokeDisabled);}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.fdrzuqr{cursor:not-allowed;}',
              '.fgig46g{border-top-color:var(--colorTransparentStrokeDisabled);}',
              '.f1mxt3zg{border-right-color:var(--colorTransparentStrokeDisabled);}',
              '.fziff3p{border-left-color:var(--colorTransparentStrokeDisabled);}',
              '.frvgh55{height:24px;}',
              '.f1xile11{padding-left:calc(var(--spacingHorizontalSNudge) + var(--spacingHorizontalXXS));}',
              '.fqznh8f{padding-right:calc(var(--spacingHorizontalSNudge) + var(--spacingHorizontalXXS));}',
              '.fiqd4sw{padding-right:calc(var(--spacingHorizontalSNudge)\n    + 16px\n    + var(--spacingHorizontalXXS)\n    + var(--spacingHorizontalXXS));}',
              '.f11fkzut{padding-left:calc(var(--spacingHorizontalSNudge)\n    + 16px\n    + var(--spacingHorizontalXXS)\n    + var(--spacingHorizontalXXS));}',
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.fy9rknc{font-size:var(--fontSizeBase200);}',
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              '.fwrc4pm{line-height:var(--lineHeightBase200);}',
              '.f1d2rq10{height:32px;}',
              '.f1e60jzv{padding-left:calc(var(--spacingHorizontalMNudge) + var(--spacingHorizontalXXS));}',
              '.f135dnwl{padding-right:calc(var(--spacingHorizontalMNudge) + var(--spacingHorizontalXXS));}',
              '.f154vowv{padding-right:calc(var(--spacingHorizontalMNudge)\n    + 20px\n    + var(--spacingHorizontalXXS)\n    + var(--spacingHorizontalXXS));}',
              '.flqamny{padding-left:calc(var(--spacingHorizontalMNudge)\n    + 20px\n    + var(--spacingHorizontalXXS)\n    + var(--spacingHorizontalXXS));}',
              '.fkhj508{font-size:var(--fontSizeBase300);}',
              '.f1i3iumi{line-height:var(--lineHeightBase300);}',
              '.fbhnoac{height:40px;}',
              '.fnphzt9{padding-left:calc(var(--spacingHorizontalM) + var(--spacingHorizontalSNudge));}',
              '.flt1dlf{padding-right:calc(var(--spacingHorizontalM) + var(--spacingHorizontalSNudge));}',
              '.f1xi5ia2{padding-right:calc(var(--spacingHorizontalM)\n    + 24px\n    + var(--spacingHorizontalSNudge)\n    + var(--spacingHorizontalSNudge));}',
              '.f1xi1l47{padding-left:calc(var(--spacingHorizontalM)\n    + 24px\n    + var(--spacingHorizontalSNudge)\n    + var(--spacingHorizontalSNudge));}',
              '.fod5ikn{font-size:var(--fontSizeBase400);}',
              '.faaz57k{line-height:var(--lineHeightBase400);}',
              '.fxugw4r{background-color:var(--colorNeutralBackground1);}',
              ['.fm9niy{border:1px solid var(--colorNeutralStroke1);}', { p: -2 }],
              '.f1c1zstj{border-bottom-color:var(--colorNeutralStrokeAccessible);}',
              ['.fd91s9p{border-bottom:1px solid var(--colorNeutralStrokeAccessible);}', { p: -1 }],
              ['.fokr779{border-radius:0;}', { p: -1 }],
              '.fb77jct option{background-color:var(--colorNeutralBackground1);}',
              '.f16xq7d1{background-color:var(--colorNeutralBackground3);}',
              '.fs4k3qj:not(:focus-within),.fs4k3qj:hover:not(:focus-within){border-top-color:var(--colorPaletteRedBorder2);}',
              '.fcee079:not(:focus-within),.fcee079:hover:not(:focus-within){border-right-color:var(--colorPaletteRedBorder2);}',
              '.fmyw78r:not(:focus-within),.fmyw78r:hover:not(:focus-within){border-left-color:var(--colorPaletteRedBorder2);}',
              '.f1fgmyf4:not(:focus-within),.f1fgmyf4:hover:not(:focus-within){border-bottom-color:var(--colorPaletteRedBorder2);}',
            ],
            f: [
              '.fatbyko:focus{outline-width:2px;}',
              '.f1grzc83:focus{outline-style:solid;}',
              '.f19shzzi:focus{outline-color:transparent;}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f9dbb4x{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f3qs60o{border-right-color:GrayText;}.f5u9ap2{border-left-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fwd1oij{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
            h: [
              '.fvcxoqz:hover{border-top-color:var(--colorNeutralStroke1Hover);}',
              '.f1ub3y4t:hover{border-right-color:var(--colorNeutralStroke1Hover);}',
              '.f1m52nbi:hover{border-left-color:var(--colorNeutralStroke1Hover);}',
              '.flmw63s:hover{border-bottom-color:var(--colorNeutralStrokeAccessible);}',
            ],
            a: [
              '.fvs00aa:active{border-top-color:var(--colorNeutralStroke1Pressed);}',
              '.f1assf6x:active{border-right-color:var(--colorNeutralStroke1Pressed);}',
              '.f4ruux4:active{border-left-color:var(--colorNeutralStroke1Pressed);}',
              '.fqhmt4z:active{border-bottom-color:var(--colorNeutralStrokeAccessible);}',
            ],
          },
        ),
        b = (0, g.X)(
          {
            icon: {
              B7ck84d: 'f1ewtqcl',
              sj55zd: 'fxkbij4',
              mc9l5x: 'ftgm304',
              qhf8xq: 'f1euv43f',
              Bkecrkj: 'f1aehjj5',
              Bo70h7d: 'fvc9v3g',
            },
            disabled: { sj55zd: 'f1s2aq7o', B7iucu3: 'f1cyfu5x' },
            small: {
              Be2twd7: 'f4ybsrx',
              Bqenvij: 'fd461yt',
              j35jbq: ['f13lnp83', 'f1i5nn0v'],
              a9b677: 'fjw5fx7',
            },
            medium: {
              Be2twd7: 'fe5j1ua',
              Bqenvij: 'fjamq6b',
              j35jbq: ['fnyteob', 'f1enpzzf'],
              a9b677: 'f64fuq3',
            },
            large: {
              Be2twd7: 'f1rt2boy',
              Bqenvij: 'frvgh55',
              j35jbq: ['f8b87gs', 'fedtrts'],
              a9b677: 'fq4mcun',
            },
          },
          {
            d: [
              '.f1ewtqcl{box-sizing:border-box;}',
              '.fxkbij4{color:var(--colorNeutralStrokeAccessible);}',
              '.ftgm304{display:block;}',
              '.f1euv43f{position:absolute;}',
              '.f1aehjj5{pointer-events:none;}',
              '.fvc9v3g svg{display:block;}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.f4ybsrx{font-size:16px;}',
              '.fd461yt{height:16px;}',
              '.f13lnp83{right:var(--spacingHorizontalSNudge);}',
              '.f1i5nn0v{left:var(--spacingHorizontalSNudge);}',
              '.fjw5fx7{width:16px;}',
              '.fe5j1ua{font-size:20px;}',
              '.fjamq6b{height:20px;}',
              '.fnyteob{right:var(--spacingHorizontalMNudge);}',
              '.f1enpzzf{left:var(--spacingHorizontalMNudge);}',
              '.f64fuq3{width:20px;}',
              '.f1rt2boy{font-size:24px;}',
              '.frvgh55{height:24px;}',
              '.f8b87gs{right:var(--spacingHorizontalM);}',
              '.fedtrts{left:var(--spacingHorizontalM);}',
              '.fq4mcun{width:24px;}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f1cyfu5x{color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        );
      var y = t(546);
      const k = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const t = (0, u.Pv)(),
            d = (0, n.o)();
          var f, g;
          const {
              appearance: p = null !== (f = t.inputDefaultAppearance) && void 0 !== f ? f : 'outline',
              size: v = null !== (g = null == d ? void 0 : d.size) && void 0 !== g ? g : 'medium',
              ...h
            } = e,
            m = ((e, r) => {
              e = (0, a.c)(e, { supportsLabelFor: !0, supportsRequired: !0 });
              const { defaultValue: t, value: o, select: n, icon: s, root: u, onChange: d } = e,
                f = (0, i.n)({
                  props: e,
                  primarySlotTagName: 'select',
                  excludedPropNames: ['defaultValue', 'onChange', 'value'],
                }),
                g = {
                  components: { root: 'span', select: 'select', icon: 'span' },
                  select: l.Gk(n, {
                    defaultProps: { defaultValue: t, value: o, ref: r, ...f.primary },
                    elementType: 'select',
                  }),
                  icon: l.lq(s, { renderByDefault: !0, elementType: 'span' }),
                  root: l.Gk(u, { defaultProps: f.root, elementType: 'span' }),
                };
              return (
                (g.select.onChange = (0, c.D)((e) => {
                  null == d || d(e, { value: e.target.value });
                })),
                g
              );
            })(h, r);
          var b, y;
          return (
            m.icon &&
              ((null !== (y = (b = m.icon).children) && void 0 !== y) ||
                (b.children = o.createElement(s.yuG, null))),
            { ...m, appearance: p, size: v }
          );
        })(e, r);
        return (
          ((e) => {
            const { size: r, appearance: t } = e,
              o = e.select.disabled,
              n = 'true' == `${e.select['aria-invalid']}`,
              a = b(),
              i = h(),
              l = m();
            ((e.root.className = (0, p.z)('fui-Select', i.base, e.root.className)),
              (e.select.className = (0, p.z)(
                'fui-Select__select',
                l.base,
                l[r],
                l[t],
                !o && 'outline' === t && l.outlineInteractive,
                !o && n && 'underline' !== t && l.invalid,
                !o && n && 'underline' === t && l.invalidUnderline,
                o && l.disabled,
                o && 'underline' === t && l.disabledUnderline,
                e.select.className,
              )),
              e.icon &&
                (e.icon.className = (0, p.z)(
                  'fui-Select__icon',
                  a.icon,
                  o && a.disabled,
                  a[r],
                  e.icon.className,
                )));
          })(t),
          (0, y.$e)('useSelectStyles_unstable')(t),
          ((e) => (
            (0, f.C)(e),
            (0, d.FD)(e.root, {
              children: [(0, d.Y)(e.select, { children: e.select.children }), e.icon && (0, d.Y)(e.icon, {})],
            })
          ))(t)
        );
      });
      k.displayName = 'Select';
    },
    546(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = () => {},
        i = n.Provider;
      t.d(r, [
        '$e',
        0,
        (e) => {
          var r, t;
          return null !== (t = null === (r = o.useContext(n)) || void 0 === r ? void 0 : r[e]) && void 0 !== t
            ? t
            : a;
        },
        'gH',
        0,
        i,
        'k7',
        0,
        n,
      ]);
    },
    5196(e, r, t) {
      t.d(r, { Pv: () => i });
      var o = t(6540);
      const n = o.createContext(void 0),
        a = n.Provider;
      function i() {
        var e;
        return null !== (e = o.useContext(n)) && void 0 !== e ? e : {};
      }
      t.d(r, ['Nv', 0, a]);
    },
    7382(e, r, t) {
      t.d(r, { Y: () => l });
      var o = t(6540);
      const n = o.createContext(void 0),
        a = { targetDocument: 'object' == typeof document ? document : void 0, dir: 'ltr' },
        i = n.Provider;
      function l() {
        var e;
        return null !== (e = o.useContext(n)) && void 0 !== e ? e : a;
      }
      t.d(r, ['K', 0, i]);
    },
    2098(e, r, t) {
      t.d(r, { q: () => i });
      var o = t(6540);
      const n = o.createContext(void 0),
        a = n.Provider;
      function i() {
        var e;
        return null !== (e = o.useContext(n)) && void 0 !== e ? e : '';
      }
      t.d(r, ['I', 0, a]);
    },
    1426(e, r, t) {
      t.d(r, { X: () => v });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(8638),
        l = t(7509),
        c = t(9447),
        s = t(2002),
        u = t(738);
      const d = (0, s.X)(
          { root: { mc9l5x: 'f1w4nmp0', ha4doy: 'fmrv4ls', a9b677: 'fly5x3f', B73mfa3: 'f14m3nip' } },
          {
            d: [
              '.f1w4nmp0{display:table;}',
              '.fmrv4ls{vertical-align:middle;}',
              '.fly5x3f{width:100%;}',
              '.f14m3nip{table-layout:fixed;}',
            ],
          },
        ),
        f = (0, s.X)({ root: { mc9l5x: 'ftgm304' } }, { d: ['.ftgm304{display:block;}'] }),
        g = (0, s.X)(
          { root: { po53p8: 'fgkb47j', De3pzq: 'fhovq9v' } },
          {
            d: [
              '.fgkb47j{border-collapse:collapse;}',
              '.fhovq9v{background-color:var(--colorSubtleBackground);}',
            ],
          },
        );
      var p = t(546);
      const v = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          var t;
          const o = (null !== (t = e.as) && void 0 !== t ? t : e.noNativeElements) ? 'div' : 'table';
          var i, l, c;
          return {
            components: { root: o },
            root: n.Gk((0, a.g)(o, { ref: r, role: 'div' === o ? 'table' : void 0, ...e }), {
              elementType: o,
            }),
            size: null !== (i = e.size) && void 0 !== i ? i : 'medium',
            noNativeElements: null !== (l = e.noNativeElements) && void 0 !== l && l,
            sortable: null !== (c = e.sortable) && void 0 !== c && c,
          };
        })(e, r);
        return (
          ((e) => {
            const r = g(),
              t = { table: d(), flex: f() };
            e.root.className = (0, u.z)(
              'fui-Table',
              r.root,
              e.noNativeElements ? t.flex.root : t.table.root,
              e.root.className,
            );
          })(t),
          (0, p.$e)('useTableStyles_unstable')(t),
          ((e, r) => ((0, l.C)(e), (0, i.Y)(c.ru, { value: r.table, children: (0, i.Y)(e.root, {}) })))(
            t,
            (function (e) {
              const { size: r, noNativeElements: t, sortable: n } = e;
              return { table: o.useMemo(() => ({ noNativeElements: t, size: r, sortable: n }), [t, r, n]) };
            })(t),
          )
        );
      });
      v.displayName = 'Table';
    },
    7583(e, r, t) {
      t.d(r, { B: () => p });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(9447),
        l = t(8638),
        c = t(7509),
        s = t(2002),
        u = t(738);
      const d = (0, s.X)({ root: { mc9l5x: 'f1tp1avn' } }, { d: ['.f1tp1avn{display:table-row-group;}'] }),
        f = (0, s.X)({ root: { mc9l5x: 'ftgm304' } }, { d: ['.ftgm304{display:block;}'] });
      var g = t(546);
      const p = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { noNativeElements: t } = (0, i.$A)();
          var o;
          const l = (null !== (o = e.as) && void 0 !== o ? o : t) ? 'div' : 'tbody';
          return {
            components: { root: l },
            root: n.Gk((0, a.g)(l, { ref: r, role: 'div' === l ? 'rowgroup' : void 0, ...e }), {
              elementType: l,
            }),
            noNativeElements: t,
          };
        })(e, r);
        return (
          ((e) => {
            const r = { table: d(), flex: f() };
            e.root.className = (0, u.z)(
              'fui-TableBody',
              e.noNativeElements ? r.flex.root : r.table.root,
              e.root.className,
            );
          })(t),
          (0, g.$e)('useTableBodyStyles_unstable')(t),
          ((e) => ((0, c.C)(e), (0, l.Y)(e.root, {})))(t)
        );
      });
      p.displayName = 'TableBody';
    },
    5970(e, r, t) {
      t.d(r, { n: () => v });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(9447),
        l = t(8638),
        c = t(7509),
        s = t(2002),
        u = t(738);
      const d = (0, s.X)(
          {
            root: { mc9l5x: 'f15pt5es', ha4doy: 'fmrv4ls' },
            medium: { Bqenvij: 'f1ft4266' },
            small: { Bqenvij: 'fbsu25e' },
            'extra-small': { Bqenvij: 'frvgh55' },
          },
          {
            d: [
              '.f15pt5es{display:table-cell;}',
              '.fmrv4ls{vertical-align:middle;}',
              '.f1ft4266{height:44px;}',
              '.fbsu25e{height:34px;}',
              '.frvgh55{height:24px;}',
            ],
          },
        ),
        f = (0, s.X)(
          {
            root: {
              mc9l5x: 'f22iagw',
              Bf4jedk: 'f10tiqix',
              Bt984gj: 'f122n59',
              xawz: 0,
              Bh6795r: 0,
              Bnnss6s: 0,
              fkmc3a: 'f1izfyrr',
            },
            medium: { sshi5w: 'f5pgtk9' },
            small: { sshi5w: 'fcep9tg' },
            'extra-small': { sshi5w: 'f1pha7fy' },
          },
          {
            d: [
              '.f22iagw{display:flex;}',
              '.f10tiqix{min-width:0px;}',
              '.f122n59{align-items:center;}',
              ['.f1izfyrr{flex:1 1 0px;}', { p: -1 }],
              '.f5pgtk9{min-height:44px;}',
              '.fcep9tg{min-height:34px;}',
              '.f1pha7fy{min-height:24px;}',
            ],
          },
        ),
        g = (0, s.X)(
          {
            root: {
              qhf8xq: 'f10pi13n',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f3gpkru',
              Bfpq7zp: 0,
              g9k6zt: 0,
              Bn4voq9: 0,
              giviqs: 'f1dxfoyt',
              Bw81rd7: 0,
              kdpuga: 0,
              dm238s: 0,
              B6xbmo0: 0,
              B3whbx2: 'f2krc9w',
            },
          },
          {
            d: [
              '.f10pi13n{position:relative;}',
              ['.f3gpkru{padding:0px var(--spacingHorizontalS);}', { p: -1 }],
              ['.f1dxfoyt[data-fui-focus-visible]{outline:2px solid var(--colorStrokeFocus2);}', { p: -1 }],
              ['.f2krc9w[data-fui-focus-visible]{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
            ],
          },
        );
      var p = t(546);
      const v = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { noNativeElements: t, size: o } = (0, i.$A)();
          var l;
          const c = (null !== (l = e.as) && void 0 !== l ? l : t) ? 'div' : 'td';
          return {
            components: { root: c },
            root: n.Gk((0, a.g)(c, { ref: r, role: 'div' === c ? 'cell' : void 0, ...e }), {
              elementType: c,
            }),
            noNativeElements: t,
            size: o,
          };
        })(e, r);
        return (
          ((e) => {
            const r = g(),
              t = { table: d(), flex: f() };
            e.root.className = (0, u.z)(
              'fui-TableCell',
              r.root,
              e.noNativeElements ? t.flex.root : t.table.root,
              e.noNativeElements ? t.flex[e.size] : t.table[e.size],
              e.root.className,
            );
          })(t),
          (0, p.$e)('useTableCellStyles_unstable')(t),
          ((e) => ((0, c.C)(e), (0, l.Y)(e.root, {})))(t)
        );
      });
      v.displayName = 'TableCell';
    },
    6186(e, r, t) {
      t.d(r, { A: () => v });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(9447),
        l = t(8638),
        c = t(7509),
        s = t(4860),
        u = t(2002),
        d = t(738);
      const f = (0, u.X)({ root: { mc9l5x: 'ftgm304' } }, { d: ['.ftgm304{display:block;}'] }),
        g = (0, u.X)({ root: { mc9l5x: 'f1tp1avn' } }, { d: ['.f1tp1avn{display:table-row-group;}'] });
      var p = t(546);
      const v = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { noNativeElements: t } = (0, i.$A)();
          var o;
          const l = (null !== (o = e.as) && void 0 !== o ? o : t) ? 'div' : 'thead';
          return {
            components: { root: l },
            root: n.Gk((0, a.g)(l, { ref: r, role: 'div' === l ? 'rowgroup' : void 0, ...e }), {
              elementType: l,
            }),
            noNativeElements: t,
          };
        })(e, r);
        return (
          ((e) => {
            const r = { table: g(), flex: f() };
            e.root.className = (0, d.z)(
              'fui-TableHeader',
              e.noNativeElements ? r.flex.root : r.table.root,
              e.root.className,
            );
          })(t),
          (0, p.$e)('useTableHeaderStyles_unstable')(t),
          ((e) => ((0, c.C)(e), (0, l.Y)(s.s, { value: '', children: (0, l.Y)(e.root, {}) })))(t)
        );
      });
      v.displayName = 'TableHeader';
    },
    4614(e, r, t) {
      t.d(r, { M: () => B });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(6451),
        l = t(6588),
        c = t(4391);
      const s = (0, c.U)('ArrowDownRegular', '1em', [
          'M16.87 10.84a.5.5 0 1 0-.74-.68l-5.63 6.17V2.5a.5.5 0 0 0-1 0v13.83l-5.63-6.17a.5.5 0 0 0-.74.68l6.31 6.91a.75.75 0 0 0 1.11 0z',
        ]),
        u = (0, c.U)(
          'ArrowUpRegular',
          '1em',
          [
            'M3.13 9.16a.5.5 0 1 0 .74.68L9.5 3.67V17.5a.5.5 0 1 0 1 0V3.67l5.63 6.17a.5.5 0 0 0 .74-.68l-6.32-6.92a.75.75 0 0 0-1.1 0z',
          ],
          { flipInRtl: !0 },
        );
      var d = t(1551),
        f = t(9447);
      const g = {
        ascending: o.createElement(u, { fontSize: 12 }),
        descending: o.createElement(s, { fontSize: 12 }),
      };
      var p = t(8638),
        v = t(7509),
        h = t(2002),
        m = t(738);
      const b = (0, h.X)(
          { root: { mc9l5x: 'f15pt5es', ha4doy: 'fmrv4ls' } },
          { d: ['.f15pt5es{display:table-cell;}', '.fmrv4ls{vertical-align:middle;}'] },
        ),
        y = (0, h.X)(
          {
            root: {
              mc9l5x: 'f22iagw',
              xawz: 0,
              Bh6795r: 0,
              Bnnss6s: 0,
              fkmc3a: 'f1izfyrr',
              Bf4jedk: 'f10tiqix',
            },
          },
          {
            d: [
              '.f22iagw{display:flex;}',
              ['.f1izfyrr{flex:1 1 0px;}', { p: -1 }],
              '.f10tiqix{min-width:0px;}',
            ],
          },
        ),
        k = (0, h.X)(
          {
            root: {
              Bhrd7zp: 'figsok6',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f3gpkru',
              robkg1: 0,
              Bmvh20x: 0,
              B3nxjsc: 0,
              Bmkhcsx: 'f14ym4q2',
              B8osjzx: 0,
              pehzd3: 0,
              Blsv9te: 0,
              u7xebq: 0,
              Bsvwmf7: 'f1euou18',
              qhf8xq: 'f10pi13n',
            },
            rootInteractive: {
              Bi91k9c: 'feu1g3u',
              Jwef8y: 'f1t94bn6',
              lj723h: 'f1g4hkjv',
              ecr2s2: 'f1wfn5kd',
            },
            resetButton: {
              B3rzk8w: 'fq6nmtn',
              B7ck84d: 'f1e4lqlz',
              De3pzq: 'f1u2r49w',
              sj55zd: 'f1ym3bx4',
              Bahqtrf: 'f1mo0ibp',
              Be2twd7: 'fjoy568',
              Bg96gwp: 'fytdu2e',
              B68tc82: 0,
              Bmxbyg5: 0,
              Bpg54ce: 'f1gl81tg',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1mk8lai',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'f3bhgqh',
              fsow6f: 'fgusgyc',
            },
            button: {
              qhf8xq: 'f10pi13n',
              a9b677: 'fly5x3f',
              mc9l5x: 'f22iagw',
              Bh6795r: 0,
              Bqenvij: 'f1l02sjl',
              Bt984gj: 'f122n59',
              i8kkvl: 0,
              Belr9w4: 0,
              rmohyg: 'fkln5zr',
              sshi5w: 'f1nxs5xn',
              xawz: 0,
              Bnnss6s: 0,
              fkmc3a: 'f1izfyrr',
              oeaueh: 'f1s6fcnf',
            },
            sortable: { Bceei9c: 'f1k6fduh' },
            sortIcon: { mc9l5x: 'f22iagw', Bt984gj: 'f122n59', z8tnut: 'fclwglc' },
            resizeHandle: {},
          },
          {
            d: [
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              ['.f3gpkru{padding:0px var(--spacingHorizontalS);}', { p: -1 }],
              [
                '.f14ym4q2[data-fui-focus-within]:focus-within{outline:2px solid var(--colorStrokeFocus2);}',
                { p: -1 },
              ],
              [
                '.f1euou18[data-fui-focus-within]:focus-within{border-radius:var(--borderRadiusMedium);}',
                { p: -1 },
              ],
              '.f10pi13n{position:relative;}',
              '.fq6nmtn{resize:horizontal;}',
              '.f1e4lqlz{box-sizing:content-box;}',
              '.f1u2r49w{background-color:inherit;}',
              '.f1ym3bx4{color:inherit;}',
              '.f1mo0ibp{font-family:inherit;}',
              '.fjoy568{font-size:inherit;}',
              '.fytdu2e{line-height:normal;}',
              ['.f1gl81tg{overflow:visible;}', { p: -1 }],
              ['.f1mk8lai{padding:0;}', { p: -1 }],
              ['.f3bhgqh{border:none;}', { p: -2 }],
              '.fgusgyc{text-align:unset;}',
              '.fly5x3f{width:100%;}',
              '.f22iagw{display:flex;}',
              '.fqerorx{flex-grow:1;}',
              '.f1l02sjl{height:100%;}',
              '.f122n59{align-items:center;}',
              ['.fkln5zr{gap:var(--spacingHorizontalXS);}', { p: -1 }],
              '.f1nxs5xn{min-height:32px;}',
              ['.f1izfyrr{flex:1 1 0px;}', { p: -1 }],
              '.f1s6fcnf{outline-style:none;}',
              '.f1k6fduh{cursor:pointer;}',
              '.fclwglc{padding-top:var(--spacingVerticalXXS);}',
            ],
            h: [
              '.feu1g3u:hover{color:var(--colorNeutralForeground1Hover);}',
              '.f1t94bn6:hover{background-color:var(--colorSubtleBackgroundHover);}',
            ],
            a: [
              '.f1g4hkjv:active{color:var(--colorNeutralForeground1Pressed);}',
              '.f1wfn5kd:active{background-color:var(--colorSubtleBackgroundPressed);}',
            ],
          },
        );
      var w = t(546);
      const B = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { noNativeElements: t, sortable: o } = (0, f.$A)(),
            { sortable: c = o } = e;
          var s;
          const u = (null !== (s = e.as) && void 0 !== s ? s : t) ? 'div' : 'th',
            p = n.Gk(e.button, { elementType: 'div', defaultProps: { as: 'div' } }),
            v = (0, d.F)(p.as, p);
          var h;
          return {
            components: { root: u, button: 'div', sortIcon: 'span', aside: 'span' },
            root: n.Gk(
              (0, a.g)(u, {
                ref: (0, i.a)(r, (0, l.R)()),
                role: 'div' === u ? 'columnheader' : void 0,
                'aria-sort': c ? (null !== (h = e.sortDirection) && void 0 !== h ? h : 'none') : void 0,
                ...e,
              }),
              { elementType: u },
            ),
            aside: n.lq(e.aside, { elementType: 'span' }),
            sortIcon: n.lq(e.sortIcon, {
              renderByDefault: !!e.sortDirection,
              defaultProps: { children: e.sortDirection ? g[e.sortDirection] : void 0 },
              elementType: 'span',
            }),
            button: c ? v : p,
            sortable: c,
            noNativeElements: t,
          };
        })(e, r);
        return (
          ((e) => {
            const r = k(),
              t = { table: b(), flex: y() };
            ((e.root.className = (0, m.z)(
              'fui-TableHeaderCell',
              r.root,
              e.sortable && r.rootInteractive,
              e.noNativeElements ? t.flex.root : t.table.root,
              e.root.className,
            )),
              (e.button.className = (0, m.z)(
                'fui-TableHeaderCell__button',
                r.resetButton,
                r.button,
                e.sortable && r.sortable,
                e.button.className,
              )),
              e.sortIcon &&
                (e.sortIcon.className = (0, m.z)(
                  'fui-TableHeaderCell__sortIcon',
                  r.sortIcon,
                  e.sortIcon.className,
                )),
              e.aside &&
                (e.aside.className = (0, m.z)(
                  'fui-TableHeaderCell__aside',
                  r.resizeHandle,
                  e.aside.className,
                )));
          })(t),
          (0, w.$e)('useTableHeaderCellStyles_unstable')(t),
          ((e) => (
            (0, v.C)(e),
            (0, p.FD)(e.root, {
              children: [
                (0, p.FD)(e.button, { children: [e.root.children, e.sortIcon && (0, p.Y)(e.sortIcon, {})] }),
                e.aside && (0, p.Y)(e.aside, {}),
              ],
            })
          ))(t)
        );
      });
      B.displayName = 'TableHeaderCell';
    },
    8472(e, r, t) {
      t.d(r, { H: () => y });
      var o = t(6540),
        n = t(8048),
        a = t(5061),
        i = t(6451),
        l = t(8181),
        c = t(6588),
        s = t(9447),
        u = t(4860),
        d = t(8638),
        f = t(7509),
        g = t(2002),
        p = t(738);
      const v = (0, g.X)({ root: { mc9l5x: 'f1u0rzck' } }, { d: ['.f1u0rzck{display:table-row;}'] }),
        h = (0, g.X)(
          { root: { mc9l5x: 'f22iagw', Bt984gj: 'f122n59' } },
          { d: ['.f22iagw{display:flex;}', '.f122n59{align-items:center;}'] },
        ),
        m = (0, g.X)(
          {
            root: {
              sj55zd: 'f19n0e5',
              B7ck84d: 'f1ewtqcl',
              Bconypa: 'f1jazu75',
              B6guboy: 'f1xeqee6',
              Bfpq7zp: 0,
              g9k6zt: 0,
              Bn4voq9: 0,
              giviqs: 'f1dxfoyt',
              Bw81rd7: 0,
              kdpuga: 0,
              dm238s: 0,
              B6xbmo0: 0,
              B3whbx2: 'f2krc9w',
            },
            rootInteractive: {
              B6guboy: 'f1xeqee6',
              ecr2s2: 'f1wfn5kd',
              lj723h: 'f1g4hkjv',
              B43xm9u: 'f15ngxrw',
              i921ia: 'fjbbrdp',
              Jwef8y: 'f1t94bn6',
              Bi91k9c: 'feu1g3u',
              Bpt6rm4: 'f1uorfem',
              ff6mpl: 'fw60kww',
              Bahaeuw: 'f1v3eptx',
              F230oe: 'f8gmj8i',
              Bdw8ktp: ['f1ap8nzx', 'fjag8bx'],
              Bj1xduy: 'f1igan7k',
              Bhh2cfd: ['fjag8bx', 'f1ap8nzx'],
            },
            medium: { B9xav0g: 0, oivjwe: 0, Bn0qgzm: 0, Bgfg5da: 'f1facbz3' },
            small: { B9xav0g: 0, oivjwe: 0, Bn0qgzm: 0, Bgfg5da: 'f1facbz3' },
            'extra-small': { Be2twd7: 'fy9rknc' },
            brand: {
              De3pzq: 'f16xkysk',
              g2u3we: 'f1bh3yvw',
              h3c5rm: ['fmi79ni', 'f11fozsx'],
              B9xav0g: 'fnzw4c6',
              zhjwy3: ['f11fozsx', 'fmi79ni'],
              ecr2s2: 'f7tkmfy',
              lj723h: 'f1r2dosr',
              wmvzou: 0,
              sc4o1m: 0,
              wymq9i: 0,
              u9orzk: 0,
              puiv5t: 0,
              Bosien3: 0,
              b2z72d: 0,
              Beulxaw: 0,
              B57pkaw: 0,
              Jcjdmf: 0,
              B8qgbzl: 0,
              Bbmb0sr: 0,
              B14q8qp: 0,
              Bcq6wej: 0,
              Byz1pjr: 0,
              kr9cjb: 0,
              Ff9ifp: 'f1msmgpi',
              Bmclvqj: 0,
              psczho: 0,
              B0tx59b: 0,
              sk7i8k: 0,
              zlwzm7: 'fbo0xvd',
              Bkp2nk: 'fjuvmhu',
              gy0h4g: 'f1kvufhq',
            },
            neutral: {
              wmvzou: 0,
              sc4o1m: 0,
              wymq9i: 0,
              u9orzk: 0,
              puiv5t: 0,
              Bosien3: 0,
              b2z72d: 0,
              Beulxaw: 0,
              B57pkaw: 0,
              Jcjdmf: 0,
              B8qgbzl: 0,
              Bbmb0sr: 0,
              B14q8qp: 0,
              Bcq6wej: 0,
              Byz1pjr: 0,
              kr9cjb: 0,
              Ff9ifp: 'f1msmgpi',
              Bmclvqj: 0,
              psczho: 0,
              B0tx59b: 0,
              sk7i8k: 0,
              zlwzm7: 'fbo0xvd',
              Bkp2nk: 'fjuvmhu',
              gy0h4g: 'f1kvufhq',
              De3pzq: 'fq5gl1p',
              sj55zd: 'f1cgsbmv',
              ecr2s2: 'fa9o754',
              g2u3we: 'frmsihh',
              h3c5rm: ['frttxa5', 'f11o2r7f'],
              B9xav0g: 'fem5et0',
              zhjwy3: ['f11o2r7f', 'frttxa5'],
            },
            none: {},
          },
          {
            d: [
              '.f19n0e5{color:var(--colorNeutralForeground1);}',
              '.f1ewtqcl{box-sizing:border-box;}',
              '.f1jazu75[data-fui-focus-within]:focus-within .fui-TableSelectionCell{opacity:1;}',
              '.f1xeqee6[data-fui-focus-within]:focus-within .fui-TableCellActions{opacity:1;}',
              ['.f1dxfoyt[data-fui-focus-visible]{outline:2px solid var(--colorStrokeFocus2);}', { p: -1 }],
              ['.f2krc9w[data-fui-focus-visible]{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              [
                '.f1facbz3{border-bottom:var(--strokeWidthThin) solid var(--colorNeutralStroke2);}',
                { p: -1 },
              ],
              [
                '.f1facbz3{border-bottom:var(--strokeWidthThin) solid var(--colorNeutralStroke2);}',
                { p: -1 },
              ],
              '.fy9rknc{font-size:var(--fontSizeBase200);}',
              '.f16xkysk{background-color:var(--colorBrandBackground2);}',
              '.f1bh3yvw{border-top-color:var(--colorTransparentStrokeInteractive);}',
              '.fmi79ni{border-right-color:var(--colorTransparentStrokeInteractive);}',
              '.f11fozsx{border-left-color:var(--colorTransparentStrokeInteractive);}',
              '.fnzw4c6{border-bottom-color:var(--colorTransparentStrokeInteractive);}',
              '.fq5gl1p{background-color:var(--colorSubtleBackgroundSelected);}',
              '.f1cgsbmv{color:var(--colorNeutralForeground1Hover);}',
              '.frmsihh{border-top-color:var(--colorNeutralStrokeOnBrand);}',
              '.frttxa5{border-right-color:var(--colorNeutralStrokeOnBrand);}',
              '.f11o2r7f{border-left-color:var(--colorNeutralStrokeOnBrand);}',
              '.fem5et0{border-bottom-color:var(--colorNeutralStrokeOnBrand);}',
            ],
            a: [
              '.f1wfn5kd:active{background-color:var(--colorSubtleBackgroundPressed);}',
              '.f1g4hkjv:active{color:var(--colorNeutralForeground1Pressed);}',
              '.f15ngxrw:active .fui-TableCellActions{opacity:1;}',
              '.fjbbrdp:active .fui-TableSelectionCell{opacity:1;}',
              '.f7tkmfy:active{background-color:var(--colorBrandBackground2);}',
              '.f1r2dosr:active{color:var(--colorNeutralForeground1);}',
              '.fa9o754:active{background-color:var(--colorSubtleBackgroundSelected);}',
            ],
            h: [
              '.f1t94bn6:hover{background-color:var(--colorSubtleBackgroundHover);}',
              '.feu1g3u:hover{color:var(--colorNeutralForeground1Hover);}',
              '.f1uorfem:hover .fui-TableCellActions{opacity:1;}',
              '.fw60kww:hover .fui-TableSelectionCell{opacity:1;}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f1v3eptx:hover{color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f8gmj8i:hover{border-top-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1ap8nzx:hover{border-right-color:Highlight;}.fjag8bx:hover{border-left-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1igan7k:hover{border-bottom-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1msmgpi{border:2px solid transparent;}}',
                { p: -2, m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fbo0xvd{border-radius:var(--borderRadiusMedium);}}',
                { p: -1, m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fjuvmhu{box-sizing:border-box;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1kvufhq:focus-visible{outline-offset:-4px;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        );
      var b = t(546);
      const y = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { noNativeElements: t, size: o } = (0, s.$A)();
          var d;
          const f = (null !== (d = e.as) && void 0 !== d ? d : t) ? 'div' : 'tr',
            g = (0, l.Y)(),
            p = (0, c.R)(),
            v = (0, u.E)();
          var h;
          return {
            components: { root: f },
            root: n.Gk((0, a.g)(f, { ref: (0, i.a)(r, g, p), role: 'div' === f ? 'row' : void 0, ...e }), {
              elementType: f,
            }),
            size: o,
            noNativeElements: t,
            appearance: null !== (h = e.appearance) && void 0 !== h ? h : 'none',
            isHeaderRow: v,
          };
        })(e, r);
        return (
          ((e) => {
            const r = m(),
              t = { table: v(), flex: h() };
            e.root.className = (0, p.z)(
              'fui-TableRow',
              r.root,
              !e.isHeaderRow && r.rootInteractive,
              r[e.size],
              e.noNativeElements ? t.flex.root : t.table.root,
              r[e.appearance],
              e.root.className,
            );
          })(t),
          (0, b.$e)('useTableRowStyles_unstable')(t),
          ((e) => ((0, f.C)(e), (0, d.Y)(e.root, {})))(t)
        );
      });
      y.displayName = 'TableRow';
    },
    9447(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = { size: 'medium', noNativeElements: !1, sortable: !1 },
        i = n.Provider;
      t.d(r, [
        '$A',
        0,
        () => {
          var e;
          return null !== (e = o.useContext(n)) && void 0 !== e ? e : a;
        },
        'ru',
        0,
        i,
      ]);
    },
    4860(e, r, t) {
      var o = t(6540);
      const n = o.createContext(void 0),
        a = n.Provider;
      t.d(r, ['E', 0, () => '' === o.useContext(n), 's', 0, a]);
    },
    439(e, r, t) {
      t.d(r, { o: () => j });
      var o = t(6540),
        n = t(4142),
        a = t(8048),
        i = t(3502),
        l = t(8571),
        c = t(6451),
        s = t(7476);
      var u = t(8638),
        d = t(7509),
        f = t(2002),
        g = t(738),
        p = t(7382);
      const v = (e) => (e(0), 0),
        h = (e) => e;
      const m = '--fui-Tab__indicator--offset',
        b = '--fui-Tab__indicator--scale',
        y = (0, f.X)(
          {
            base: { B68tc82: 0, Bmxbyg5: 0, Bpg54ce: 'f1gl81tg' },
            animated: {
              Ba2ppi3: 'fhwpy7i',
              F2fol1: 'f6zz20j',
              B1dyfl9: 'f1ai4sc1',
              Bu93a1u: 'f1rnm8gg',
              Bdasjez: 'f1x3cmqg',
            },
            horizontal: { sjv3b2: ['fug4aj8', 'f1i5xzg7'], b1kco5: 'f1q7ujh' },
            vertical: { sjv3b2: 'f1hqboyk', b1kco5: 'f1dxupa6' },
          },
          {
            d: [
              ['.f1gl81tg{overflow:visible;}', { p: -1 }],
              '.fhwpy7i::after{transition-property:transform;}',
              '.f6zz20j::after{transition-duration:var(--durationSlow);}',
              '.f1ai4sc1::after{transition-timing-function:var(--curveDecelerateMax);}',
              '.fug4aj8::after{transform-origin:left;}',
              '.f1i5xzg7::after{transform-origin:right;}',
              '.f1q7ujh::after{transform:translateX(var(--fui-Tab__indicator--offset)) scaleX(var(--fui-Tab__indicator--scale));}',
              '.f1hqboyk::after{transform-origin:top;}',
              '.f1dxupa6::after{transform:translateY(var(--fui-Tab__indicator--offset)) scaleY(var(--fui-Tab__indicator--scale));}',
            ],
            m: [
              [
                '@media (prefers-reduced-motion: reduce){.f1rnm8gg::after{transition-property:none;}}',
                { m: '(prefers-reduced-motion: reduce)' },
              ],
              [
                '@media (prefers-reduced-motion: reduce){.f1x3cmqg::after{transition-duration:0.01ms;}}',
                { m: '(prefers-reduced-motion: reduce)' },
              ],
            ],
          },
        ),
        k = (e, r) => {
          var t;
          const o = w(r)
            ? null === (t = e[JSON.stringify(r)]) || void 0 === t
              ? void 0
              : t.ref.current
            : void 0;
          return o
            ? ((e) => {
                if (e) {
                  var r;
                  const t = (null === (r = e.parentElement) || void 0 === r
                      ? void 0
                      : r.getBoundingClientRect()) || { x: 0, y: 0, width: 0, height: 0 },
                    o = e.getBoundingClientRect();
                  return { x: o.x - t.x, y: o.y - t.y, width: o.width, height: o.height };
                }
              })(o)
            : void 0;
        },
        w = (e) => null != e,
        B = (0, f.X)(
          {
            root: {
              Bt984gj: 'f122n59',
              mc9l5x: 'f13qh94s',
              Bnnss6s: 'fi64zpg',
              Bxotwcr: 'f1u07yai',
              Budl1dq: 'frn2hmy',
              wkccdc: 'f1olsevy',
              oeaueh: 'f1s6fcnf',
              qhf8xq: 'f10pi13n',
            },
            button: {
              Bt984gj: 'f122n59',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'f3bhgqh',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'ft85np5',
              Bceei9c: 'f1k6fduh',
              mc9l5x: 'f13qh94s',
              Bnnss6s: 'fi64zpg',
              Bxotwcr: 'f1u07yai',
              Budl1dq: 'frn2hmy',
              wkccdc: 'f1olsevy',
              Bahqtrf: 'fk6fouc',
              Bg96gwp: 'f1i3iumi',
              oeaueh: 'f1s6fcnf',
              qhf8xq: 'f10pi13n',
              B68tc82: 0,
              Bmxbyg5: 0,
              Bpg54ce: 'f1a3p1vp',
              B9bfxx9: 'f1cxpek8',
            },
            horizontal: { Brf1p80: 'f4d9j23' },
            vertical: { Brf1p80: 'f1s9ku6b' },
            smallHorizontal: {
              i8kkvl: 'f14mj54c',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1wmopi4',
            },
            smallVertical: {
              i8kkvl: 'f14mj54c',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f12or63q',
            },
            mediumHorizontal: {
              i8kkvl: 'f1rjii52',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1w08f2p',
            },
            mediumVertical: {
              i8kkvl: 'f1rjii52',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'fymxs25',
            },
            largeHorizontal: {
              i8kkvl: 'f1rjii52',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1ssfvub',
            },
            largeVertical: {
              i8kkvl: 'f1rjii52',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'fwkd1rq',
            },
            transparent: {
              De3pzq: 'f1c21dwh',
              B95qlz1: 'f9rvdkv',
              B7xitij: 'f1051ucx',
              Bptxc3x: 'fmmjozx',
              Bwqhzpy: 'fqhzt5g',
              iyk698: 'f7l5cgy',
              cl4aha: 'fpkze5g',
              B0q3jbp: 'f1iywnoi',
              Be9ayug: 'f9n45c4',
            },
            subtle: {
              De3pzq: 'fhovq9v',
              B95qlz1: 'f1bifk9c',
              B7xitij: 'fo6hitd',
              Bptxc3x: 'fmmjozx',
              Bwqhzpy: 'fqhzt5g',
              iyk698: 'f7l5cgy',
              cl4aha: 'fpkze5g',
              B0q3jbp: 'f1iywnoi',
              Be9ayug: 'f9n45c4',
            },
            disabledCursor: { Bceei9c: 'fdrzuqr' },
            disabled: { De3pzq: 'f1c21dwh', Bptxc3x: 'fato7r6', cl4aha: 'fao1bnu' },
            selected: {
              Bptxc3x: 'f1cadz5z',
              Bwqhzpy: 'fwhdxxj',
              iyk698: 'fintccb',
              cl4aha: 'ffplhdr',
              B0q3jbp: 'fjo17wb',
              Be9ayug: 'f148789c',
            },
          },
          {
            d: [
              '.f122n59{align-items:center;}',
              '.f13qh94s{display:grid;}',
              '.fi64zpg{flex-shrink:0;}',
              '.f1u07yai{grid-auto-flow:column;}',
              '.frn2hmy{grid-template-columns:auto;}',
              '.f1olsevy{grid-template-rows:auto;}',
              '.f1s6fcnf{outline-style:none;}',
              '.f10pi13n{position:relative;}',
              ['.f3bhgqh{border:none;}', { p: -2 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              '.f1k6fduh{cursor:pointer;}',
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.f1i3iumi{line-height:var(--lineHeightBase300);}',
              ['.f1a3p1vp{overflow:hidden;}', { p: -1 }],
              '.f1cxpek8{text-transform:none;}',
              '.f4d9j23{justify-content:center;}',
              '.f1s9ku6b{justify-content:start;}',
              '.f14mj54c{column-gap:var(--spacingHorizontalXXS);}',
              ['.f1wmopi4{padding:var(--spacingVerticalSNudge) var(--spacingHorizontalSNudge);}', { p: -1 }],
              ['.f12or63q{padding:var(--spacingVerticalXXS) var(--spacingHorizontalSNudge);}', { p: -1 }],
              '.f1rjii52{column-gap:var(--spacingHorizontalSNudge);}',
              ['.f1w08f2p{padding:var(--spacingVerticalM) var(--spacingHorizontalMNudge);}', { p: -1 }],
              ['.fymxs25{padding:var(--spacingVerticalSNudge) var(--spacingHorizontalMNudge);}', { p: -1 }],
              ['.f1ssfvub{padding:var(--spacingVerticalL) var(--spacingHorizontalMNudge);}', { p: -1 }],
              ['.fwkd1rq{padding:var(--spacingVerticalS) var(--spacingHorizontalMNudge);}', { p: -1 }],
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              '.f9rvdkv:enabled:hover{background-color:var(--colorTransparentBackgroundHover);}',
              '.f1051ucx:enabled:active{background-color:var(--colorTransparentBackgroundPressed);}',
              '.fmmjozx .fui-Tab__icon{color:var(--colorNeutralForeground2);}',
              '.fqhzt5g:enabled:hover .fui-Tab__icon{color:var(--colorNeutralForeground2Hover);}',
              '.f7l5cgy:enabled:active .fui-Tab__icon{color:var(--colorNeutralForeground2Pressed);}',
              '.fpkze5g .fui-Tab__content{color:var(--colorNeutralForeground2);}',
              '.f1iywnoi:enabled:hover .fui-Tab__content{color:var(--colorNeutralForeground2Hover);}',
              '.f9n45c4:enabled:active .fui-Tab__content{color:var(--colorNeutralForeground2Pressed);}',
              '.fhovq9v{background-color:var(--colorSubtleBackground);}',
              '.f1bifk9c:enabled:hover{background-color:var(--colorSubtleBackgroundHover);}',
              '.fo6hitd:enabled:active{background-color:var(--colorSubtleBackgroundPressed);}',
              '.fdrzuqr{cursor:not-allowed;}',
              '.fato7r6 .fui-Tab__icon{color:var(--colorNeutralForegroundDisabled);}',
              '.fao1bnu .fui-Tab__content{color:var(--colorNeutralForegroundDisabled);}',
              '.f1cadz5z .fui-Tab__icon{color:var(--colorCompoundBrandForeground1);}',
              '.fwhdxxj:enabled:hover .fui-Tab__icon{color:var(--colorCompoundBrandForeground1Hover);}',
              '.fintccb:enabled:active .fui-Tab__icon{color:var(--colorCompoundBrandForeground1Pressed);}',
              '.ffplhdr .fui-Tab__content{color:var(--colorNeutralForeground1);}',
              '.fjo17wb:enabled:hover .fui-Tab__content{color:var(--colorNeutralForeground1Hover);}',
              '.f148789c:enabled:active .fui-Tab__content{color:var(--colorNeutralForeground1Pressed);}',
            ],
          },
        ),
        x = (0, f.X)(
          {
            base: {
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'f44lkw9',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'fp7rvkm',
              Bptxc3x: 'ftorr8m',
              cl4aha: 'f16lqpmv',
            },
            small: { Dbcxam: 0, rjzwhg: 0, Bblux5w: 'fzklhed' },
            medium: { Dbcxam: 0, rjzwhg: 0, Bblux5w: 'f1j721cc' },
            large: { Dbcxam: 0, rjzwhg: 0, Bblux5w: 'frx9knr' },
            subtle: {
              De3pzq: 'fhovq9v',
              sj55zd: 'fkfq4zb',
              B95qlz1: 'f1bifk9c',
              Eo63ln: 0,
              r9osk6: 0,
              Itrz8y: 0,
              zeg6vx: 0,
              l65xgk: 0,
              Bw4olcx: 0,
              Folb0i: 0,
              I2h8y4: 0,
              Bgxgoyi: 0,
              Bvlkotb: 0,
              Fwyncl: 0,
              Byh5edv: 0,
              Becqvjq: 0,
              uumbiq: 0,
              B73q3dg: 0,
              Bblwbaf: 0,
              B0ezav: 'ft57sj0',
              r4wkhp: 'f1fcoy83',
              B7xitij: 'fo6hitd',
              d3wsvi: 0,
              Hdqn7s: 0,
              zu5y1p: 0,
              owqphb: 0,
              g9c53k: 0,
              Btmu08z: 0,
              Bthxvy6: 0,
              gluvuq: 0,
              tb88gp: 0,
              wns6jk: 0,
              kdfdk4: 0,
              Bbw008l: 0,
              Bayi1ib: 0,
              B1kkfu3: 0,
              J1oqyp: 0,
              kem6az: 0,
              goa3yj: 'fhn220o',
              p743kt: 'f15qf7sh',
              wmvzou: 0,
              sc4o1m: 0,
              wymq9i: 0,
              u9orzk: 0,
              puiv5t: 0,
              Bosien3: 0,
              b2z72d: 0,
              Beulxaw: 0,
              B57pkaw: 0,
              Jcjdmf: 0,
              B8qgbzl: 0,
              Bbmb0sr: 0,
              B14q8qp: 0,
              Bcq6wej: 0,
              Byz1pjr: 0,
              kr9cjb: 0,
              Ff9ifp: 'f1mljprk',
            },
            subtleSelected: {
              De3pzq: 'f16xkysk',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'f1c2pc3t',
              sj55zd: 'faj9fo0',
              B95qlz1: 'fsm7zmf',
              Eo63ln: 0,
              r9osk6: 0,
              Itrz8y: 0,
              zeg6vx: 0,
              l65xgk: 0,
              Bw4olcx: 0,
              Folb0i: 0,
              I2h8y4: 0,
              Bgxgoyi: 0,
              Bvlkotb: 0,
              Fwyncl: 0,
              Byh5edv: 0,
              Becqvjq: 0,
              uumbiq: 0,
              B73q3dg: 0,
              Bblwbaf: 0,
              B0ezav: 'f1wo0sfq',
              r4wkhp: 'f1afuynh',
              B7xitij: 'f94ddyl',
              d3wsvi: 0,
              Hdqn7s: 0,
              zu5y1p: 0,
              owqphb: 0,
              g9c53k: 0,
              Btmu08z: 0,
              Bthxvy6: 0,
              gluvuq: 0,
              tb88gp: 0,
              wns6jk: 0,
              kdfdk4: 0,
              Bbw008l: 0,
              Bayi1ib: 0,
              B1kkfu3: 0,
              J1oqyp: 0,
              kem6az: 0,
              goa3yj: 'fmle6oo',
              p743kt: 'f1d3itm4',
              wmvzou: 0,
              sc4o1m: 0,
              wymq9i: 0,
              u9orzk: 0,
              puiv5t: 0,
              Bosien3: 0,
              b2z72d: 0,
              Beulxaw: 0,
              B57pkaw: 0,
              Jcjdmf: 0,
              B8qgbzl: 0,
              Bbmb0sr: 0,
              B14q8qp: 0,
              Bcq6wej: 0,
              Byz1pjr: 0,
              kr9cjb: 0,
              Ff9ifp: 'f1e9l2u',
            },
            subtleDisabled: { De3pzq: 'fhovq9v', sj55zd: 'f1s2aq7o' },
            subtleDisabledSelected: {
              De3pzq: 'f1bg9a2p',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'fegtqic',
              sj55zd: 'f1s2aq7o',
            },
            filled: {
              De3pzq: 'f16xq7d1',
              sj55zd: 'fkfq4zb',
              B95qlz1: 'fwwxidx',
              r4wkhp: 'f1fcoy83',
              B7xitij: 'f14i52sd',
              p743kt: 'f15qf7sh',
              Hhssn: 'f1cpi5f4',
              uaurb9: 'f6pj1s0',
              B401qx7: 'f12sz5kj',
              Buyp1jb: 'f17588c3',
              gsp74p: 'fnthgdt',
            },
            filledSelected: {
              De3pzq: 'ffp7eso',
              sj55zd: 'f1phragk',
              B95qlz1: 'f1lm9dni',
              r4wkhp: 'f1mn5ei1',
              B7xitij: 'f1g6ncd0',
              p743kt: 'fl71aob',
              Gedr8k: 'f14zl92z',
              Bm69vlq: 'f16zy3eu',
              Bodipah: 'f1gdgb7p',
              B5kpen0: 'f1tua9ng',
            },
            filledDisabled: { De3pzq: 'f1bg9a2p', sj55zd: 'f1s2aq7o' },
            filledDisabledSelected: {
              De3pzq: 'f1bg9a2p',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'fegtqic',
              sj55zd: 'f1s2aq7o',
            },
          },
          {
            d: [
              ['.f44lkw9{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
              ['.fp7rvkm{border:solid var(--strokeWidthThin) var(--colorTransparentStroke);}', { p: -2 }],
              '.ftorr8m .fui-Tab__icon{color:inherit;}',
              '.f16lqpmv .fui-Tab__content{color:inherit;}',
              [
                '.fzklhed{padding-block:calc(var(--spacingVerticalXXS) - var(--strokeWidthThin));}',
                { p: -1 },
              ],
              [
                '.f1j721cc{padding-block:calc(var(--spacingVerticalSNudge) - var(--strokeWidthThin));}',
                { p: -1 },
              ],
              ['.frx9knr{padding-block:calc(var(--spacingVerticalS) - var(--strokeWidthThin));}', { p: -1 }],
              '.fhovq9v{background-color:var(--colorSubtleBackground);}',
              '.fkfq4zb{color:var(--colorNeutralForeground2);}',
              '.f1bifk9c:enabled:hover{background-color:var(--colorSubtleBackgroundHover);}',
              [
                '.ft57sj0:enabled:hover{border:solid var(--strokeWidthThin) var(--colorNeutralStroke1Hover);}',
                { p: -2 },
              ],
              '.f1fcoy83:enabled:hover{color:var(--colorNeutralForeground2Hover);}',
              '.fo6hitd:enabled:active{background-color:var(--colorSubtleBackgroundPressed);}',
              [
                '.fhn220o:enabled:active{border:solid var(--strokeWidthThin) var(--colorNeutralStroke1Pressed);}',
                { p: -2 },
              ],
              '.f15qf7sh:enabled:active{color:var(--colorNeutralForeground2Pressed);}',
              '.f16xkysk{background-color:var(--colorBrandBackground2);}',
              ['.f1c2pc3t{border:solid var(--strokeWidthThin) var(--colorCompoundBrandStroke);}', { p: -2 }],
              '.faj9fo0{color:var(--colorBrandForeground2);}',
              '.fsm7zmf:enabled:hover{background-color:var(--colorBrandBackground2Hover);}',
              [
                '.f1wo0sfq:enabled:hover{border:solid var(--strokeWidthThin) var(--colorCompoundBrandStrokeHover);}',
                { p: -2 },
              ],
              '.f1afuynh:enabled:hover{color:var(--colorBrandForeground2Hover);}',
              '.f94ddyl:enabled:active{background-color:var(--colorBrandBackground2Pressed);}',
              [
                '.fmle6oo:enabled:active{border:solid var(--strokeWidthThin) var(--colorCompoundBrandStrokePressed);}',
                { p: -2 },
              ],
              '.f1d3itm4:enabled:active{color:var(--colorBrandForeground2Pressed);}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.f1bg9a2p{background-color:var(--colorNeutralBackgroundDisabled);}',
              ['.fegtqic{border:solid var(--strokeWidthThin) var(--colorNeutralStrokeDisabled);}', { p: -2 }],
              '.f16xq7d1{background-color:var(--colorNeutralBackground3);}',
              '.fwwxidx:enabled:hover{background-color:var(--colorNeutralBackground3Hover);}',
              '.f14i52sd:enabled:active{background-color:var(--colorNeutralBackground3Pressed);}',
              '.ffp7eso{background-color:var(--colorBrandBackground);}',
              '.f1phragk{color:var(--colorNeutralForegroundOnBrand);}',
              '.f1lm9dni:enabled:hover{background-color:var(--colorBrandBackgroundHover);}',
              '.f1mn5ei1:enabled:hover{color:var(--colorNeutralForegroundOnBrand);}',
              '.f1g6ncd0:enabled:active{background-color:var(--colorBrandBackgroundPressed);}',
              '.fl71aob:enabled:active{color:var(--colorNeutralForegroundOnBrand);}',
              ['.fegtqic{border:solid var(--strokeWidthThin) var(--colorNeutralStrokeDisabled);}', { p: -2 }],
            ],
            m: [
              [
                '@media (forced-colors: active){.f1mljprk{border:solid var(--strokeWidthThin) Canvas;}}',
                { p: -2, m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1e9l2u{border:solid var(--strokeWidthThin) Highlight;}}',
                { p: -2, m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1cpi5f4:enabled:hover{background-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f6pj1s0:enabled:hover{forced-color-adjust:none;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f12sz5kj:enabled:hover .fui-Tab__content{color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f17588c3:enabled:hover .fui-Icon-filled{color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fnthgdt:enabled:hover .fui-Icon-regular{color:HighlightText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f14zl92z:enabled{background-color:ButtonText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f16zy3eu:enabled .fui-Tab__content{color:ButtonFace;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1gdgb7p:enabled .fui-Tab__content{forced-color-adjust:none;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1tua9ng:enabled .fui-Tab__icon{color:ButtonFace;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        ),
        S = (0, f.X)(
          {
            base: {
              B8q5s1w: 'f8hki3x',
              Bci5o5g: ['f1d2448m', 'ffh67wi'],
              n8qw10: 'f1bjia2o',
              Bdrgwmp: ['ffh67wi', 'f1d2448m'],
              Bn4voq9: 'f1p7hgxw',
              Bfpq7zp: 'f1way5bb',
              g9k6zt: 'f9znhxp',
              j6ew2k: ['fqa318h', 'fqa318h'],
              Bhxq17a: 'f1vjpng2',
            },
            circular: {
              B8q5s1w: 'f8hki3x',
              Bci5o5g: ['f1d2448m', 'ffh67wi'],
              n8qw10: 'f1bjia2o',
              Bdrgwmp: ['ffh67wi', 'f1d2448m'],
              Bn4voq9: 'f1p7hgxw',
              Bfpq7zp: 'f1way5bb',
              g9k6zt: 'f9znhxp',
              j6ew2k: ['fzgyhws', 'fqxug60'],
              Bhxq17a: 'f1vjpng2',
            },
          },
          {
            d: [
              '.f8hki3x[data-fui-focus-visible]{border-top-color:transparent;}',
              '.f1d2448m[data-fui-focus-visible]{border-right-color:transparent;}',
              '.ffh67wi[data-fui-focus-visible]{border-left-color:transparent;}',
              '.f1bjia2o[data-fui-focus-visible]{border-bottom-color:transparent;}',
              '.f1p7hgxw[data-fui-focus-visible]{outline-width:var(--strokeWidthThick);}',
              '.f1way5bb[data-fui-focus-visible]{outline-color:transparent;}',
              '.f9znhxp[data-fui-focus-visible]{outline-style:solid;}',
              '.fqa318h[data-fui-focus-visible]{box-shadow:var(--shadow4),0 0 0 var(--strokeWidthThick) var(--colorStrokeFocus2);}',
              '.f1vjpng2[data-fui-focus-visible]{z-index:1;}',
              '.fzgyhws[data-fui-focus-visible]{box-shadow:var(--shadow4),0 0 0 var(--strokeWidthThick) var(--colorStrokeFocus2),0 0 0 var(--strokeWidthThin) var(--colorNeutralStrokeOnBrand) inset;}',
              '.fqxug60[data-fui-focus-visible]{box-shadow:var(--shadow4),0 0 0 var(--strokeWidthThick) var(--colorStrokeFocus2),0 0 0 var(--strokeWidthThin) var(--colorNeutralStrokeOnBrand) inset;}',
            ],
          },
        ),
        z = (0, f.X)(
          {
            base: {
              az7l2e: 'fhw179n',
              vqofr: 0,
              Bv4n3vi: 0,
              Bgqb9hq: 0,
              B0uxbk8: 0,
              Bf3jju6: 'fg9j5n4',
              amg5m6: 'f1kmhr4c',
              zkfqfm: 'fl1ydde',
              Bkydozb: 'f1y7maxz',
              Bka2azo: 0,
              vzq8l0: 0,
              csmgbd: 0,
              Br4ovkg: 0,
              aelrif: 'fceyvr4',
              y36c18: 'f16cxu0',
              B1ctymy: 'f1nwgacf',
              xzc5d: 'fm6alxz',
              h5yqg8: 'fhx32z1',
            },
            disabled: { az7l2e: 'f1ut20fw', Bkydozb: 'fhrzcfn', xzc5d: 'fw15awd', h5yqg8: 'faqmq51' },
            smallHorizontal: {
              lawp4y: 'fchca7p',
              Baz25je: 'f1r53b5e',
              Fbdkly: ['f1s6rxz5', 'fo35v8s'],
              mdwyqc: ['fo35v8s', 'f1s6rxz5'],
            },
            smallVertical: {
              lawp4y: 'fze4zud',
              Fbdkly: ['f1fzr1x6', 'f1f351id'],
              Bciustq: 'fdp32p8',
              Ccq8qp: 'f1aij3q',
            },
            mediumHorizontal: {
              lawp4y: 'fchca7p',
              Baz25je: 'f1s2r9ax',
              Fbdkly: ['f1o0nnkk', 'fxb7rol'],
              mdwyqc: ['fxb7rol', 'f1o0nnkk'],
            },
            mediumVertical: {
              lawp4y: 'f17jracn',
              Fbdkly: ['f1fzr1x6', 'f1f351id'],
              Bciustq: 'f117lcb2',
              Ccq8qp: 'f1aij3q',
            },
            largeHorizontal: {
              lawp4y: 'fchca7p',
              Baz25je: 'f1s2r9ax',
              Fbdkly: ['f1o0nnkk', 'fxb7rol'],
              mdwyqc: ['fxb7rol', 'f1o0nnkk'],
            },
            largeVertical: {
              lawp4y: 'fel9d3z',
              Fbdkly: ['f1fzr1x6', 'f1f351id'],
              Bciustq: 'f6vqlre',
              Ccq8qp: 'f1aij3q',
            },
          },
          {
            h: [
              '.fhw179n:hover::before{background-color:var(--colorNeutralStroke1Hover);}',
              ['.fg9j5n4:hover::before{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
              '.f1kmhr4c:hover::before{content:"";}',
              '.fl1ydde:hover::before{position:absolute;}',
              '.f1ut20fw:hover::before{background-color:var(--colorTransparentStroke);}',
            ],
            a: [
              '.f1y7maxz:active::before{background-color:var(--colorNeutralStroke1Pressed);}',
              ['.fceyvr4:active::before{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
              '.f16cxu0:active::before{content:"";}',
              '.f1nwgacf:active::before{position:absolute;}',
              '.fhrzcfn:active::before{background-color:var(--colorTransparentStroke);}',
            ],
            m: [
              [
                '@media (forced-colors: active){.fm6alxz:hover::before{background-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fhx32z1:active::before{background-color:Highlight;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fw15awd:hover::before{background-color:transparent;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.faqmq51:active::before{background-color:transparent;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
            d: [
              '.fchca7p::before{bottom:0;}',
              '.f1r53b5e::before{height:var(--strokeWidthThick);}',
              '.f1s6rxz5::before{left:var(--spacingHorizontalSNudge);}',
              '.fo35v8s::before{right:var(--spacingHorizontalSNudge);}',
              '.fze4zud::before{bottom:var(--spacingVerticalXS);}',
              '.f1fzr1x6::before{left:0;}',
              '.f1f351id::before{right:0;}',
              '.fdp32p8::before{top:var(--spacingVerticalXS);}',
              '.f1aij3q::before{width:var(--strokeWidthThicker);}',
              '.f1s2r9ax::before{height:var(--strokeWidthThicker);}',
              '.f1o0nnkk::before{left:var(--spacingHorizontalM);}',
              '.fxb7rol::before{right:var(--spacingHorizontalM);}',
              '.f17jracn::before{bottom:var(--spacingVerticalS);}',
              '.f117lcb2::before{top:var(--spacingVerticalS);}',
              '.fel9d3z::before{bottom:var(--spacingVerticalMNudge);}',
              '.f6vqlre::before{top:var(--spacingVerticalMNudge);}',
            ],
          },
        ),
        _ = (0, f.X)(
          {
            base: {
              Bjyk6c5: 'f1rp0jgh',
              d9w3h3: 0,
              B3778ie: 0,
              B4j8arr: 0,
              Bl18szs: 0,
              Blrzh8d: 'f3b9emi',
              Bsft5z2: 'f13zj6fq',
              E3zdtr: 'f1mdlcz9',
            },
            selected: {
              Bjyk6c5: 'f1ksivud',
              Bej4dhw: 'f1476jrx',
              B7wqxwa: 'f18q216b',
              Hwb57: 'f1wf6u82',
              Beg08s0: 'f1xwit7m',
              Bo27r1v: 'f1ksfgwi',
            },
            disabled: { Bjyk6c5: 'f13lkzet' },
            smallHorizontal: {
              By385i5: 'fo72kxq',
              Dlnsje: 'f9bb2ob',
              Eqx8gd: ['f1q70ajw', 'f18rbzdx'],
              B1piin3: ['f18rbzdx', 'f1q70ajw'],
            },
            smallVertical: {
              By385i5: 'fqbue9b',
              Eqx8gd: ['f1n6gb5g', 'f15yvnhg'],
              bn5sak: 'fk1klkt',
              a2br6o: 'f1o25lip',
            },
            mediumHorizontal: {
              By385i5: 'fo72kxq',
              Dlnsje: 'f1vx7lu8',
              Eqx8gd: ['fna7m5n', 'f1oxpfwv'],
              B1piin3: ['f1oxpfwv', 'fna7m5n'],
            },
            mediumVertical: {
              By385i5: 'fipylg0',
              Eqx8gd: ['f1n6gb5g', 'f15yvnhg'],
              bn5sak: 'fqchiol',
              a2br6o: 'f1o25lip',
            },
            largeHorizontal: {
              By385i5: 'fo72kxq',
              Dlnsje: 'f1vx7lu8',
              Eqx8gd: ['fna7m5n', 'f1oxpfwv'],
              B1piin3: ['f1oxpfwv', 'fna7m5n'],
            },
            largeVertical: {
              By385i5: 'f1w7dm5g',
              Eqx8gd: ['f1n6gb5g', 'f15yvnhg'],
              bn5sak: 'f1p6em4m',
              a2br6o: 'f1o25lip',
            },
          },
          {
            d: [
              '.f1rp0jgh::after{background-color:var(--colorTransparentStroke);}',
              ['.f3b9emi::after{border-radius:var(--borderRadiusCircular);}', { p: -1 }],
              '.f13zj6fq::after{content:"";}',
              '.f1mdlcz9::after{position:absolute;}',
              '.f1ksivud::after{background-color:var(--colorCompoundBrandStroke);}',
              '.f1476jrx:enabled:hover::after{background-color:var(--colorCompoundBrandStrokeHover);}',
              '.f18q216b:enabled:active::after{background-color:var(--colorCompoundBrandStrokePressed);}',
              '.f13lkzet::after{background-color:var(--colorNeutralForegroundDisabled);}',
              '.fo72kxq::after{bottom:0;}',
              '.f9bb2ob::after{height:var(--strokeWidthThick);}',
              '.f1q70ajw::after{left:var(--spacingHorizontalSNudge);}',
              '.f18rbzdx::after{right:var(--spacingHorizontalSNudge);}',
              '.fqbue9b::after{bottom:var(--spacingVerticalXS);}',
              '.f1n6gb5g::after{left:0;}',
              '.f15yvnhg::after{right:0;}',
              '.fk1klkt::after{top:var(--spacingVerticalXS);}',
              '.f1o25lip::after{width:var(--strokeWidthThicker);}',
              '.f1vx7lu8::after{height:var(--strokeWidthThicker);}',
              '.fna7m5n::after{left:var(--spacingHorizontalM);}',
              '.f1oxpfwv::after{right:var(--spacingHorizontalM);}',
              '.fipylg0::after{bottom:var(--spacingVerticalS);}',
              '.fqchiol::after{top:var(--spacingVerticalS);}',
              '.f1w7dm5g::after{bottom:var(--spacingVerticalMNudge);}',
              '.f1p6em4m::after{top:var(--spacingVerticalMNudge);}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f1wf6u82::after{background-color:ButtonText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1xwit7m:enabled:hover::after{background-color:ButtonText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f1ksfgwi:enabled:active::after{background-color:ButtonText;}}',
                { m: '(forced-colors: active)' },
              ],
            ],
          },
        ),
        N = (0, f.X)(
          {
            base: {
              Br312pm: 'fwpfdsa',
              Ijaq50: 'f16hsg94',
              Bt984gj: 'f122n59',
              mc9l5x: 'ftuwxu6',
              Brf1p80: 'f4d9j23',
              B68tc82: 0,
              Bmxbyg5: 0,
              Bpg54ce: 'f1a3p1vp',
              D0sxk3: 'f16u1re',
              t6yez3: 'f8bsbmo',
            },
            small: { Be2twd7: 'fe5j1ua', Bqenvij: 'fjamq6b', a9b677: 'f64fuq3' },
            medium: { Be2twd7: 'fe5j1ua', Bqenvij: 'fjamq6b', a9b677: 'f64fuq3' },
            large: { Be2twd7: 'f1rt2boy', Bqenvij: 'frvgh55', a9b677: 'fq4mcun' },
            selected: { D0sxk3: 'fxoiby5', t6yez3: 'f15q0o9g' },
          },
          {
            d: [
              '.fwpfdsa{grid-column-start:1;}',
              '.f16hsg94{grid-row-start:1;}',
              '.f122n59{align-items:center;}',
              '.ftuwxu6{display:inline-flex;}',
              '.f4d9j23{justify-content:center;}',
              ['.f1a3p1vp{overflow:hidden;}', { p: -1 }],
              '.f16u1re .fui-Icon-filled{display:none;}',
              '.f8bsbmo .fui-Icon-regular{display:inline;}',
              '.fe5j1ua{font-size:20px;}',
              '.fjamq6b{height:20px;}',
              '.f64fuq3{width:20px;}',
              '.f1rt2boy{font-size:24px;}',
              '.frvgh55{height:24px;}',
              '.fq4mcun{width:24px;}',
              '.fxoiby5 .fui-Icon-filled{display:inline;}',
              '.f15q0o9g .fui-Icon-regular{display:none;}',
            ],
          },
        ),
        P = (0, f.X)(
          {
            base: {
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fkhj508',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'f1i3iumi',
              B68tc82: 0,
              Bmxbyg5: 0,
              Bpg54ce: 'f1a3p1vp',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1bwptpd',
            },
            selected: { Bahqtrf: 'fk6fouc', Be2twd7: 'fkhj508', Bhrd7zp: 'fl43uef', Bg96gwp: 'f1i3iumi' },
            large: { Bahqtrf: 'fk6fouc', Be2twd7: 'fod5ikn', Bhrd7zp: 'figsok6', Bg96gwp: 'faaz57k' },
            largeSelected: { Bahqtrf: 'fk6fouc', Be2twd7: 'fod5ikn', Bhrd7zp: 'fl43uef', Bg96gwp: 'faaz57k' },
            noIconBefore: { Br312pm: 'fwpfdsa', Ijaq50: 'f16hsg94' },
            iconBefore: { Br312pm: 'fd46tj4', Ijaq50: 'f16hsg94' },
            placeholder: { Bcdw1i0: 'fd7fpy0' },
          },
          {
            d: [
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.fkhj508{font-size:var(--fontSizeBase300);}',
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              '.f1i3iumi{line-height:var(--lineHeightBase300);}',
              ['.f1a3p1vp{overflow:hidden;}', { p: -1 }],
              ['.f1bwptpd{padding:var(--spacingVerticalNone) var(--spacingHorizontalXXS);}', { p: -1 }],
              '.fl43uef{font-weight:var(--fontWeightSemibold);}',
              '.fod5ikn{font-size:var(--fontSizeBase400);}',
              '.faaz57k{line-height:var(--lineHeightBase400);}',
              '.fwpfdsa{grid-column-start:1;}',
              '.f16hsg94{grid-row-start:1;}',
              '.fd46tj4{grid-column-start:2;}',
              '.fd7fpy0{visibility:hidden;}',
            ],
          },
        ),
        F = (e) => {
          const r = B(),
            t = z(),
            n = _(),
            { appearance: a, disabled: i, selected: l, size: c, vertical: u } = e,
            d = ['fui-Tab', r.root];
          return (
            'subtle-circular' !== a &&
              'filled-circular' !== a &&
              d.push(
                t.base,
                'small' === c && (u ? t.smallVertical : t.smallHorizontal),
                'medium' === c && (u ? t.mediumVertical : t.mediumHorizontal),
                'large' === c && (u ? t.largeVertical : t.largeHorizontal),
                i && t.disabled,
                l && n.base,
                l && !i && n.selected,
                l && 'small' === c && (u ? n.smallVertical : n.smallHorizontal),
                l && 'medium' === c && (u ? n.mediumVertical : n.mediumHorizontal),
                l && 'large' === c && (u ? n.largeVertical : n.largeHorizontal),
                l && i && n.disabled,
              ),
            (e.root.className = (0, g.z)(...d, e.root.className)),
            ((e) => {
              const { disabled: r, selected: t, vertical: n } = e,
                a = y(),
                [i, l] = o.useState(),
                [c, u] = o.useState({ offset: 0, scale: 1 }),
                d = (0, s.H)((e) => e.getRegisteredTabs),
                [f] = (function () {
                  const { targetDocument: e } = (0, p.Y)(),
                    r = null == e ? void 0 : e.defaultView;
                  return (function (e, r) {
                    const t = o.useRef(void 0),
                      n = o.useCallback(
                        (o, n) => (void 0 !== t.current && r(t.current), (t.current = e(o, n)), t.current),
                        [r, e],
                      ),
                      a = o.useCallback(() => {
                        void 0 !== t.current && (r(t.current), (t.current = void 0));
                      }, [r]);
                    return (o.useEffect(() => a, [a]), [n, a]);
                  })(r ? r.requestAnimationFrame : v, r ? r.cancelAnimationFrame : h);
                })();
              if (t) {
                const { previousSelectedValue: e, selectedValue: r, registeredTabs: t } = d();
                if (w(e) && i !== e) {
                  const o = k(t, e),
                    a = k(t, r);
                  if (a && o) {
                    const r = n ? o.y - a.y : o.x - a.x,
                      t = n ? o.height / a.height : o.width / a.width;
                    (u({ offset: r, scale: t }), l(e), f(() => u({ offset: 0, scale: 1 })));
                  }
                }
              } else w(i) && l(void 0);
              if (r) return e;
              const B = 0 === c.offset && 1 === c.scale;
              e.root.className = (0, g.z)(
                e.root.className,
                t && a.base,
                t && B && a.animated,
                t && (n ? a.vertical : a.horizontal),
              );
              const x = { [m]: `${c.offset}px`, [b]: `${c.scale}` };
              e.root.style = { ...x, ...e.root.style };
            })(e),
            e
          );
        };
      var T = t(546);
      const j = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const { content: t } = e,
            u = ((e, r) => {
              const { content: t, disabled: n = !1, icon: u, onClick: d, onFocus: f, value: g, ...p } = e,
                v = (0, s.H)((e) => e.selectTabOnFocus),
                h = (0, s.H)((e) => e.disabled),
                m = (0, s.H)((e) => e.selectedValue === g),
                b = (0, s.H)((e) => e.onRegister),
                y = (0, s.H)((e) => e.onUnregister),
                k = (0, s.H)((e) => e.onSelect),
                w = (0, s.H)((e) => !!e.vertical),
                B = h || n,
                x = o.useRef(null),
                S = (e) => k(e, { value: g }),
                z = (0, i.D)((0, l.p)(d, S)),
                _ = (0, i.D)((0, l.p)(f, S));
              o.useEffect(
                () => (
                  b({ value: g, ref: x }),
                  () => {
                    y({ value: g, ref: x });
                  }
                ),
                [b, y, x, g],
              );
              const N = a.lq(u, { elementType: 'span' }),
                P = a.Gk(t, { defaultProps: { children: e.children }, elementType: 'span' }),
                F = Boolean((null == N ? void 0 : N.children) && !P.children);
              return {
                components: { root: 'button', icon: 'span', content: 'span', contentReservedSpace: 'span' },
                root: a.Gk(
                  {
                    ref: (0, c.a)(r, x),
                    role: 'tab',
                    type: 'button',
                    'aria-selected': B ? void 0 : `${m}`,
                    value: g,
                    ...p,
                    disabled: B,
                    onClick: z,
                    onFocus: v ? _ : f,
                  },
                  { elementType: 'button' },
                ),
                icon: N,
                iconOnly: F,
                content: P,
                disabled: B,
                selected: m,
                value: g,
                vertical: w,
              };
            })(e, r),
            d = (({ selected: e }) => (0, n.g)({ focusable: { isDefault: e } }))(u),
            f = (0, s.H)((e) => e.appearance),
            g = (0, s.H)((e) => e.reserveSelectedTabSpace),
            p = (0, s.H)((e) => {
              var r;
              return null !== (r = e.size) && void 0 !== r ? r : 'medium';
            }),
            v =
              t && 'object' == typeof t
                ? (function (e, r) {
                    const t = {};
                    for (const o in e) -1 === r.indexOf(o) && e.hasOwnProperty(o) && (t[o] = e[o]);
                    return t;
                  })(t, ['ref'])
                : t;
          return {
            ...u,
            components: { ...u.components, contentReservedSpace: 'span' },
            root: { ...d, ...u.root },
            contentReservedSpace: a.lq(v, {
              renderByDefault: !u.selected && !u.iconOnly && g,
              defaultProps: { children: e.children },
              elementType: 'span',
            }),
            appearance: f,
            size: p,
          };
        })(e, r);
        return (
          ((e) => {
            (F(e),
              ((e, r) => {
                const t = B(),
                  o = S(),
                  n = x(),
                  { appearance: a, disabled: i, selected: l, size: c, vertical: s } = e,
                  u = 'subtle-circular' === a,
                  d = 'filled-circular' === a,
                  f = u || d,
                  p = [
                    n.base,
                    o.circular,
                    'small' === c && n.small,
                    'medium' === c && n.medium,
                    'large' === c && n.large,
                    u && n.subtle,
                    l && u && n.subtleSelected,
                    i && u && n.subtleDisabled,
                    l && i && u && n.subtleDisabledSelected,
                    d && n.filled,
                    l && d && n.filledSelected,
                    i && d && n.filledDisabled,
                    l && i && d && n.filledDisabledSelected,
                  ],
                  v = [
                    o.base,
                    !i && 'subtle' === a && t.subtle,
                    !i && 'transparent' === a && t.transparent,
                    !i && l && t.selected,
                    i && t.disabled,
                  ];
                r.className = (0, g.z)(
                  t.button,
                  s ? t.vertical : t.horizontal,
                  'small' === c && (s ? t.smallVertical : t.smallHorizontal),
                  'medium' === c && (s ? t.mediumVertical : t.mediumHorizontal),
                  'large' === c && (s ? t.largeVertical : t.largeHorizontal),
                  ...(f ? p : v),
                  i && t.disabledCursor,
                  r.className,
                );
              })(e, e.root),
              ((e) => {
                const r = N(),
                  t = P(),
                  { selected: o, size: n } = e;
                (e.icon &&
                  (e.icon.className = (0, g.z)(
                    'fui-Tab__icon',
                    r.base,
                    r[n],
                    o && r.selected,
                    e.icon.className,
                  )),
                  e.contentReservedSpace &&
                    ((e.contentReservedSpace.className = (0, g.z)(
                      'fui-Tab__content--reserved-space',
                      t.base,
                      'large' === n ? t.largeSelected : t.selected,
                      e.icon ? t.iconBefore : t.noIconBefore,
                      t.placeholder,
                      e.content.className,
                    )),
                    (e.contentReservedSpaceClassName = e.contentReservedSpace.className)),
                  (e.content.className = (0, g.z)(
                    'fui-Tab__content',
                    t.base,
                    'large' === n && t.large,
                    o && ('large' === n ? t.largeSelected : t.selected),
                    e.icon ? t.iconBefore : t.noIconBefore,
                    e.content.className,
                  )));
              })(e));
          })(t),
          (0, T.$e)('useTabStyles_unstable')(t),
          ((e) => (
            (0, d.C)(e),
            (0, u.FD)(e.root, {
              children: [
                e.icon && (0, u.Y)(e.icon, {}),
                !e.iconOnly && (0, u.Y)(e.content, {}),
                e.contentReservedSpace && (0, u.Y)(e.contentReservedSpace, {}),
              ],
            })
          ))(t)
        );
      });
      j.displayName = 'Tab';
    },
    7465(e, r, t) {
      t.d(r, { w: () => E });
      var o = t(6540),
        n = t(7956),
        a = t(4351),
        i = t(4785),
        l = t(8458),
        c = t(8754),
        s = t(8802),
        u = t(7911),
        d = t(7086),
        f = t(9093),
        g = t(2462);
      const p = ['input', 'textarea', '*[contenteditable]'].join(', ');
      class v extends d.Af {
        constructor(e, r, t, o) {
          (super(r, e, d.Qd.Mover, o),
            (this._onFocusDummyInput = (e) => {
              const r = this._element.get(),
                t = e.input;
              if (r && t) {
                const o = c.V.getTabsterContext(this._tabster, r);
                let i;
                o && (i = a.T.findNextTabbable(this._tabster, o, void 0, t, void 0, !e.isFirst, !0)?.element);
                const l = this._getMemorized()?.get();
                (l && this._tabster.focusable.isFocusable(l) && (i = l), i && (0, n.kG)(i));
              }
            }),
            (this._tabster = r),
            (this._getMemorized = t),
            this._setHandlers(this._onFocusDummyInput));
        }
      }
      class h extends f.F8 {
        constructor(e, r, t, o, n) {
          (super(e, r, o),
            (this._visible = {}),
            (this._onIntersection = (e) => {
              for (const r of e) {
                const e = r.target,
                  t = (0, f.DT)(this._win, e);
                let o,
                  n = this._fullyVisible;
                if (
                  (r.intersectionRatio >= 0.25
                    ? ((o = r.intersectionRatio >= 0.75 ? s.Jm.Visible : s.Jm.PartiallyVisible),
                      o === s.Jm.Visible && (n = t))
                    : (o = s.Jm.Invisible),
                  this._visible[t] !== o)
                ) {
                  void 0 === o
                    ? (delete this._visible[t], n === t && delete this._fullyVisible)
                    : ((this._visible[t] = o), (this._fullyVisible = n));
                  const r = this.getState(e);
                  r && (0, f.Pt)(e, new u.p4(r));
                }
              }
            }),
            (this._win = e.getWindow),
            (this.visibilityTolerance = o.visibilityTolerance ?? 0.8),
            (this._props.trackState || this._props.visibilityAware) &&
              ((this._intersectionObserver = new IntersectionObserver(this._onIntersection, {
                threshold: [0, 0.25, 0.5, 0.75, 1],
              })),
              this._observeState()),
            (this._onDispose = t));
          e.controlTab ||
            (this.dummyManager = new v(
              this._element,
              e,
              () => (o.memorizeCurrent ? this._current : void 0),
              n,
            ));
        }
        dispose() {
          (this._onDispose(this),
            this._intersectionObserver &&
              (this._intersectionObserver.disconnect(), delete this._intersectionObserver),
            delete this._current,
            delete this._fullyVisible,
            delete this._allElements,
            delete this._updateQueue,
            this._unobserve && (this._unobserve(), delete this._unobserve));
          const e = this._win();
          (this._setCurrentTimer && (e.clearTimeout(this._setCurrentTimer), delete this._setCurrentTimer),
            this._updateTimer && (e.clearTimeout(this._updateTimer), delete this._updateTimer),
            this.dummyManager?.dispose(),
            delete this.dummyManager);
        }
        setCurrent(e) {
          ((this._current = e ? new f.ED(e) : void 0),
            (!this._props.trackState && !this._props.visibilityAware) ||
              this._setCurrentTimer ||
              (this._setCurrentTimer = this._win().setTimeout(() => {
                delete this._setCurrentTimer;
                const e = [];
                this._current !== this._prevCurrent &&
                  (e.push(this._current), e.push(this._prevCurrent), (this._prevCurrent = this._current));
                for (const r of e) {
                  const e = r?.get();
                  if (e && this._allElements?.get(e) === this) {
                    const r = this._props;
                    if (e && (void 0 !== r.visibilityAware || r.trackState)) {
                      const r = this.getState(e);
                      r && (0, f.Pt)(e, new u.p4(r));
                    }
                  }
                }
              })));
        }
        getCurrent() {
          return this._current?.get() || null;
        }
        findNextTabbable(e, r, t, o) {
          const n = this.getElement(),
            a = n && (0, d.E0)(e) === n;
          if (!n) return null;
          let i,
            l = null,
            c = !1;
          if (this._props.tabbable || a || (e && !g.t.nodeContains(n, e))) {
            const a = {
                currentElement: e,
                referenceElement: r,
                container: n,
                ignoreAccessibility: o,
                useActiveModalizer: !0,
              },
              s = {};
            ((l = this._tabster.focusable[t ? 'findPrev' : 'findNext'](a, s)),
              (c = !!s.outOfDOMOrder),
              (i = s.uncontrolled));
          }
          return { element: l, uncontrolled: i, outOfDOMOrder: c };
        }
        acceptElement(e, r) {
          if (!a.T.isTabbing) return r.currentCtx?.excludedFromMover ? NodeFilter.FILTER_REJECT : void 0;
          const { memorizeCurrent: t, visibilityAware: o, hasDefault: n = !0 } = this._props,
            i = this.getElement();
          if (i && (t || o || n) && (!g.t.nodeContains(i, r.from) || (0, d.E0)(r.from) === i)) {
            let e;
            if (t) {
              const t = this._current?.get();
              t && r.acceptCondition(t) && (e = t);
            }
            if (
              (!e && n && (e = this._tabster.focusable.findDefault({ container: i, useActiveModalizer: !0 })),
              !e &&
                o &&
                (e = this._tabster.focusable.findElement({
                  container: i,
                  useActiveModalizer: !0,
                  isBackward: r.isBackward,
                  acceptCondition: (e) => {
                    const t = (0, f.DT)(this._win, e),
                      n = this._visible[t];
                    return (
                      i !== e &&
                      !!this._allElements?.get(e) &&
                      r.acceptCondition(e) &&
                      (n === s.Jm.Visible ||
                        (n === s.Jm.PartiallyVisible && (o === s.Jm.PartiallyVisible || !this._fullyVisible)))
                    );
                  },
                })),
              e)
            )
              return (
                (r.found = !0),
                (r.foundElement = e),
                (r.rejectElementsFrom = i),
                (r.skippedFocusable = !0),
                NodeFilter.FILTER_ACCEPT
              );
          }
        }
        _observeState() {
          const e = this.getElement();
          if (this._unobserve || !e || 'undefined' == typeof MutationObserver) return;
          const r = this._win(),
            t = (this._allElements = new WeakMap()),
            o = this._tabster.focusable;
          let n = (this._updateQueue = []);
          const a = g.t.createMutationObserver((e) => {
              for (const r of e) {
                const e = r.target,
                  t = r.removedNodes,
                  o = r.addedNodes;
                if ('attributes' === r.type)
                  'tabindex' === r.attributeName && n.push({ element: e, type: 2 });
                else {
                  for (let e = 0; e < t.length; e++) n.push({ element: t[e], type: 3 });
                  for (let e = 0; e < o.length; e++) n.push({ element: o[e], type: 1 });
                }
              }
              d();
            }),
            l = (e, r) => {
              const o = t.get(e);
              (o && r && (this._intersectionObserver?.unobserve(e), t.delete(e)),
                o || r || (t.set(e, this), this._intersectionObserver?.observe(e)));
            },
            c = (e) => {
              const r = o.isFocusable(e);
              t.get(e) ? r || l(e, !0) : r && l(e);
            },
            s = (e) => {
              const { mover: t } = p(e);
              if (t && t !== this) {
                if (t.getElement() !== e || !o.isFocusable(e)) return;
                l(e);
              }
              const n = (0, f.bN)(r.document, e, (e) => {
                const { mover: r, groupper: t } = p(e);
                if (r && r !== this) return NodeFilter.FILTER_REJECT;
                const n = t?.getFirst(!0);
                return t && t.getElement() !== e && n && n !== e
                  ? NodeFilter.FILTER_REJECT
                  : (o.isFocusable(e) && l(e), NodeFilter.FILTER_SKIP);
              });
              if (n) for (n.currentNode = e; n.nextNode(););
            },
            u = (e) => {
              t.get(e) && l(e, !0);
              for (let r = g.t.getFirstElementChild(e); r; r = g.t.getNextElementSibling(r)) u(r);
            },
            d = () => {
              !this._updateTimer &&
                n.length &&
                (this._updateTimer = r.setTimeout(() => {
                  delete this._updateTimer;
                  for (const { element: e, type: r } of n)
                    switch (r) {
                      case 2:
                        c(e);
                        break;
                      case 1:
                        s(e);
                        break;
                      case 3:
                        u(e);
                    }
                  n = this._updateQueue = [];
                }, 0));
            },
            p = (e) => {
              const r = {};
              for (let t = e; t; t = g.t.getParentElement(t)) {
                const e = (0, i.N)(this._tabster, t);
                if (e && (e.groupper && !r.groupper && (r.groupper = e.groupper), e.mover)) {
                  r.mover = e.mover;
                  break;
                }
              }
              return r;
            };
          (n.push({ element: e, type: 1 }),
            d(),
            a.observe(e, { childList: !0, subtree: !0, attributes: !0, attributeFilter: ['tabindex'] }),
            (this._unobserve = () => {
              a.disconnect();
            }));
        }
        getState(e) {
          const r = (0, f.DT)(this._win, e);
          if (r in this._visible) {
            const t = this._visible[r] || s.Jm.Invisible;
            return { isCurrent: this._current ? this._current.get() === e : void 0, visibility: t };
          }
        }
      }
      class m {
        constructor(e, r) {
          ((this._init = () => {
            const e = this._win();
            ((0, f.ch)(e, 'keydown', this._onKeyDown, !0),
              (0, f.ch)(e, u.cD, this._onMoveFocus),
              (0, f.ch)(e, u.Vb, this._onMemorizedElement),
              this._tabster.focusedElement.subscribe(this._onFocus));
          }),
            (this._onMoverDispose = (e) => {
              delete this._movers[e.id];
            }),
            (this._onFocus = (e) => {
              let r = e,
                t = e;
              for (let o = g.t.getParentElement(e); o; o = g.t.getParentElement(o)) {
                const e = (0, i.N)(this._tabster, o)?.mover;
                (e && (e.setCurrent(t), (r = void 0)),
                  !r && this._tabster.focusable.isFocusable(o) && (r = t = o));
              }
            }),
            (this._onKeyDown = async (e) => {
              if (
                (this._ignoredInputTimer &&
                  (this._win().clearTimeout(this._ignoredInputTimer), delete this._ignoredInputTimer),
                this._ignoredInputResolve?.(!1),
                e.ctrlKey || e.altKey || e.shiftKey || e.metaKey)
              )
                return;
              const r = e.key;
              let t;
              if (
                (r === l.D.ArrowDown
                  ? (t = s.uH.ArrowDown)
                  : r === l.D.ArrowRight
                    ? (t = s.uH.ArrowRight)
                    : r === l.D.ArrowUp
                      ? (t = s.uH.ArrowUp)
                      : r === l.D.ArrowLeft
                        ? (t = s.uH.ArrowLeft)
                        : r === l.D.PageDown
                          ? (t = s.uH.PageDown)
                          : r === l.D.PageUp
                            ? (t = s.uH.PageUp)
                            : r === l.D.Home
                              ? (t = s.uH.Home)
                              : r === l.D.End && (t = s.uH.End),
                !t)
              )
                return;
              const o = this._tabster.focusedElement.getFocusedElement();
              o && !(await this._isIgnoredInput(o, r)) && this._moveFocus(o, t, e);
            }),
            (this._onMoveFocus = (e) => {
              const r = e.composedPath()[0],
                t = e.detail?.key;
              r &&
                void 0 !== t &&
                !e.defaultPrevented &&
                (this._moveFocus(r, t), e.stopImmediatePropagation());
            }),
            (this._onMemorizedElement = (e) => {
              const r = e.composedPath()[0];
              let t = e.detail?.memorizedElement;
              if (r) {
                const o = c.V.getTabsterContext(this._tabster, r),
                  n = o?.mover;
                n &&
                  (t && !g.t.nodeContains(n.getElement(), t) && (t = void 0),
                  n.setCurrent(t),
                  e.stopImmediatePropagation());
              }
            }),
            (this._tabster = e),
            (this._win = r),
            (this._movers = {}),
            e.queueInit(this._init));
        }
        dispose() {
          const e = this._win();
          (this._tabster.focusedElement.unsubscribe(this._onFocus),
            this._ignoredInputResolve?.(!1),
            this._ignoredInputTimer &&
              (e.clearTimeout(this._ignoredInputTimer), delete this._ignoredInputTimer),
            (0, f.pQ)(e, 'keydown', this._onKeyDown, !0),
            (0, f.pQ)(e, u.cD, this._onMoveFocus),
            (0, f.pQ)(e, u.Vb, this._onMemorizedElement),
            Object.keys(this._movers).forEach((e) => {
              this._movers[e] && (this._movers[e].dispose(), delete this._movers[e]);
            }));
        }
        createMover(e, r, t) {
          const o = new h(this._tabster, e, this._onMoverDispose, r, t);
          return ((this._movers[o.id] = o), o);
        }
        moveFocus(e, r) {
          return this._moveFocus(e, r);
        }
        _moveFocus(e, r, t) {
          const o = this._tabster,
            a = c.V.getTabsterContext(o, e, { checkRtl: !0 });
          if (!a || !a.mover || a.excludedFromMover || (t && a.ignoreKeydown(t))) return null;
          const l = a.mover,
            d = l.getElement();
          if (a.groupperBeforeMover) {
            const e = a.groupper;
            if (!e || e.isActive(!0)) return null;
            for (let r = g.t.getParentElement(e.getElement()); r && r !== d; r = g.t.getParentElement(r))
              if ((0, i.N)(o, r)?.groupper?.isActive(!0)) return null;
          }
          if (!d) return null;
          const p = o.focusable,
            v = l.getProps(),
            h = v.direction || s.iA.Both,
            m = h === s.iA.Both,
            b = m || h === s.iA.Vertical,
            y = m || h === s.iA.Horizontal,
            k = h === s.iA.GridLinear,
            w = k || h === s.iA.Grid,
            B = v.cyclic;
          let x,
            S,
            z,
            _ = 0,
            N = 0;
          if (
            (w && ((z = e.getBoundingClientRect()), (_ = Math.ceil(z.left)), (N = Math.floor(z.right))),
            a.rtl &&
              (r === s.uH.ArrowRight ? (r = s.uH.ArrowLeft) : r === s.uH.ArrowLeft && (r = s.uH.ArrowRight)),
            (r === s.uH.ArrowDown && b) || (r === s.uH.ArrowRight && (y || w)))
          )
            if (((x = p.findNext({ currentElement: e, container: d, useActiveModalizer: !0 })), x && w)) {
              const e = Math.ceil(x.getBoundingClientRect().left);
              !k && N > e && (x = void 0);
            } else !x && B && (x = p.findFirst({ container: d, useActiveModalizer: !0 }));
          else if ((r === s.uH.ArrowUp && b) || (r === s.uH.ArrowLeft && (y || w)))
            if (((x = p.findPrev({ currentElement: e, container: d, useActiveModalizer: !0 })), x && w)) {
              const e = Math.floor(x.getBoundingClientRect().right);
              !k && e > _ && (x = void 0);
            } else !x && B && (x = p.findLast({ container: d, useActiveModalizer: !0 }));
          else if (r === s.uH.Home)
            w
              ? p.findElement({
                  container: d,
                  currentElement: e,
                  useActiveModalizer: !0,
                  isBackward: !0,
                  acceptCondition: (r) => {
                    if (!p.isFocusable(r)) return !1;
                    const t = Math.ceil(r.getBoundingClientRect().left ?? 0);
                    return (r !== e && _ <= t) || ((x = r), !1);
                  },
                })
              : (x = p.findFirst({ container: d, useActiveModalizer: !0 }));
          else if (r === s.uH.End)
            w
              ? p.findElement({
                  container: d,
                  currentElement: e,
                  useActiveModalizer: !0,
                  acceptCondition: (r) => {
                    if (!p.isFocusable(r)) return !1;
                    const t = Math.ceil(r.getBoundingClientRect().left ?? 0);
                    return (r !== e && _ >= t) || ((x = r), !1);
                  },
                })
              : (x = p.findLast({ container: d, useActiveModalizer: !0 }));
          else if (r === s.uH.PageUp) {
            if (
              (p.findElement({
                currentElement: e,
                container: d,
                useActiveModalizer: !0,
                isBackward: !0,
                acceptCondition: (e) =>
                  !(!p.isFocusable(e) || ((0, f.wc)(this._win, e, l.visibilityTolerance) && ((x = e), 1))),
              }),
              w && x)
            ) {
              const e = Math.ceil(x.getBoundingClientRect().left);
              p.findElement({
                currentElement: x,
                container: d,
                useActiveModalizer: !0,
                acceptCondition: (r) => {
                  if (!p.isFocusable(r)) return !1;
                  const t = Math.ceil(r.getBoundingClientRect().left);
                  return _ < t || e >= t || ((x = r), !1);
                },
              });
            }
            S = !1;
          } else if (r === s.uH.PageDown) {
            if (
              (p.findElement({
                currentElement: e,
                container: d,
                useActiveModalizer: !0,
                acceptCondition: (e) =>
                  !(!p.isFocusable(e) || ((0, f.wc)(this._win, e, l.visibilityTolerance) && ((x = e), 1))),
              }),
              w && x)
            ) {
              const e = Math.ceil(x.getBoundingClientRect().left);
              p.findElement({
                currentElement: x,
                container: d,
                useActiveModalizer: !0,
                isBackward: !0,
                acceptCondition: (r) => {
                  if (!p.isFocusable(r)) return !1;
                  const t = Math.ceil(r.getBoundingClientRect().left);
                  return _ > t || e <= t || ((x = r), !1);
                },
              });
            }
            S = !0;
          } else if (w) {
            const t = r === s.uH.ArrowUp,
              o = _,
              n = Math.ceil(z.top),
              a = N,
              i = Math.floor(z.bottom);
            let l,
              c,
              u = 0;
            (p.findAll({
              container: d,
              currentElement: e,
              isBackward: t,
              onElement: (e) => {
                const r = e.getBoundingClientRect(),
                  s = Math.ceil(r.left),
                  d = Math.ceil(r.top),
                  f = Math.floor(r.right),
                  g = Math.floor(r.bottom);
                if ((t && n < g) || (!t && i > d)) return !0;
                const p = Math.ceil(Math.min(a, f)) - Math.floor(Math.max(o, s)),
                  v = Math.ceil(Math.min(a - o, f - s));
                if (p > 0 && v >= p) {
                  const r = p / v;
                  r > u && ((l = e), (u = r));
                } else if (0 === u) {
                  const r = (function (e, r, t, o, n, a, i, l) {
                    const c = t < n ? n - t : i < e ? e - i : 0,
                      s = o < a ? a - o : l < r ? r - l : 0;
                    return 0 === c ? s : 0 === s ? c : Math.sqrt(c * c + s * s);
                  })(o, n, a, i, s, d, f, g);
                  (void 0 === c || r < c) && ((c = r), (l = e));
                } else if (u > 0) return !1;
                return !0;
              },
            }),
              (x = l));
          }
          return x &&
            (!t || (t && (0, f.Pt)(d, new u.hA({ by: 'mover', owner: d, next: x, relatedEvent: t }))))
            ? (void 0 !== S && (0, f.Rt)(this._win, x, S),
              t && (t.preventDefault(), t.stopImmediatePropagation()),
              (0, n.kG)(x),
              x)
            : null;
        }
        async _isIgnoredInput(e, r) {
          if (
            'true' === e.getAttribute('aria-expanded') &&
            (e.hasAttribute('aria-activedescendant') || 'combobox' === e.getAttribute('role'))
          )
            return !0;
          if ((0, f.B5)(e, p)) {
            let t,
              o = 0,
              n = 0,
              a = 0;
            if ('INPUT' === e.tagName || 'TEXTAREA' === e.tagName) {
              const t = e.type,
                i = e.value;
              if (((a = (i || '').length), 'email' === t || 'number' === t)) {
                if (a) {
                  const t = g.t.getSelection(e);
                  if (t) {
                    const e = t.toString().length,
                      o = r === l.D.ArrowLeft || r === l.D.ArrowUp;
                    if (
                      (t.modify('extend', o ? 'backward' : 'forward', 'character'), e !== t.toString().length)
                    )
                      return (t.modify('extend', o ? 'forward' : 'backward', 'character'), !0);
                    a = 0;
                  }
                }
              } else {
                const r = e.selectionStart;
                if (null === r) return 'hidden' === t;
                ((o = r || 0), (n = e.selectionEnd || 0));
              }
            } else
              'true' === e.contentEditable &&
                (t = new Promise((r) => {
                  this._ignoredInputResolve = (e) => {
                    (delete this._ignoredInputResolve, r(e));
                  };
                  const t = this._win();
                  this._ignoredInputTimer && t.clearTimeout(this._ignoredInputTimer);
                  const {
                    anchorNode: i,
                    focusNode: l,
                    anchorOffset: c,
                    focusOffset: s,
                  } = g.t.getSelection(e) || {};
                  this._ignoredInputTimer = t.setTimeout(() => {
                    delete this._ignoredInputTimer;
                    const {
                      anchorNode: r,
                      focusNode: t,
                      anchorOffset: u,
                      focusOffset: d,
                    } = g.t.getSelection(e) || {};
                    if (r === i && t === l && u === c && d === s) {
                      if (
                        ((o = u || 0),
                        (n = d || 0),
                        (a = e.textContent?.length || 0),
                        r && t && g.t.nodeContains(e, r) && g.t.nodeContains(e, t) && r !== e)
                      ) {
                        let a = !1;
                        const i = (e) => {
                          if (e === r) a = !0;
                          else if (e === t) return !0;
                          const l = e.textContent;
                          if (l && !g.t.getFirstChild(e)) {
                            const e = l.length;
                            a ? t !== r && (n += e) : ((o += e), (n += e));
                          }
                          let c = !1;
                          for (let r = g.t.getFirstChild(e); r && !c; r = r.nextSibling) c = i(r);
                          return c;
                        };
                        i(e);
                      }
                      this._ignoredInputResolve?.(!0);
                    } else this._ignoredInputResolve?.(!1);
                  }, 0);
                }));
            if (t && !(await t)) return !0;
            if (o !== n) return !0;
            if (o > 0 && (r === l.D.ArrowLeft || r === l.D.ArrowUp || r === l.D.Home)) return !0;
            if (o < a && (r === l.D.ArrowRight || r === l.D.ArrowDown || r === l.D.End)) return !0;
          }
          return !1;
        }
      }
      function b(e) {
        const r = e.core;
        if (!r.mover) {
          const e = new m(r, r.getWindow);
          ((r.mover = e),
            r.attrHandlers.set('mover', (r, t, o, n, a) =>
              t ? (t.setProps(o), t) : e.createMover(r, o, a),
            ));
        }
        return r.mover;
      }
      var y = t(4142),
        k = t(1792);
      function w(e) {
        switch (e) {
          case 'horizontal':
            return s.iA.Horizontal;
          case 'grid':
            return s.iA.Grid;
          case 'grid-linear':
            return s.iA.GridLinear;
          case 'both':
            return s.iA.Both;
          default:
            return s.iA.Vertical;
        }
      }
      var B = t(4585),
        x = t(3502),
        S = t(8048),
        z = t(6451);
      var _ = t(8638),
        N = t(7509),
        P = t(7476),
        F = t(2002),
        T = t(738);
      const j = (0, F.X)(
        {
          root: {
            mc9l5x: 'f22iagw',
            Beiy3e4: 'f1063pyq',
            Bnnss6s: 'fi64zpg',
            Eh141a: 'flvyvdh',
            qhf8xq: 'f10pi13n',
          },
          horizontal: { Bt984gj: 'f1q9h2pe', Beiy3e4: 'f1063pyq' },
          vertical: { Bt984gj: 'f1q9h2pe', Beiy3e4: 'f1vx9l62' },
          roundedSmall: { i8kkvl: 0, Belr9w4: 0, rmohyg: 'f1eyhf9v' },
          rounded: { i8kkvl: 0, Belr9w4: 0, rmohyg: 'faqewft' },
        },
        {
          d: [
            '.f22iagw{display:flex;}',
            '.f1063pyq{flex-direction:row;}',
            '.fi64zpg{flex-shrink:0;}',
            '.flvyvdh{flex-wrap:nowrap;}',
            '.f10pi13n{position:relative;}',
            '.f1q9h2pe{align-items:stretch;}',
            '.f1vx9l62{flex-direction:column;}',
            ['.f1eyhf9v{gap:var(--spacingHorizontalSNudge);}', { p: -1 }],
            ['.faqewft{gap:var(--spacingHorizontalS);}', { p: -1 }],
          ],
        },
      );
      var C = t(546);
      const E = o.forwardRef((e, r) => {
        const t = ((e, r) => {
            const { appearance: t = 'transparent', reserveSelectedTabSpace: n = !0, size: a = 'medium' } = e,
              i = ((e, r) => {
                const {
                    disabled: t = !1,
                    onTabSelect: n,
                    selectTabOnFocus: a = !1,
                    vertical: i = !1,
                    selectedValue: l,
                    defaultSelectedValue: c,
                    ...s
                  } = e,
                  u = o.useRef(null),
                  [d, f] = (0, B.i)({ state: l, defaultState: c, initialState: void 0 }),
                  g = o.useRef(void 0),
                  p = o.useRef(void 0);
                o.useEffect(() => {
                  ((p.current = g.current), (g.current = d));
                }, [d]);
                const v = (0, x.D)((e, r) => {
                    (f(r.value), null == n || n(e, r));
                  }),
                  h = o.useRef({}),
                  m = (0, x.D)((e) => {
                    const r = JSON.stringify(e.value);
                    h.current[r] = e;
                  }),
                  b = (0, x.D)((e) => {
                    delete h.current[JSON.stringify(e.value)];
                  }),
                  y = o.useCallback(
                    () => ({
                      selectedValue: g.current,
                      previousSelectedValue: p.current,
                      registeredTabs: h.current,
                    }),
                    [],
                  );
                return {
                  components: { root: 'div' },
                  root: S.Gk(
                    {
                      ref: (0, z.a)(r, u),
                      role: 'tablist',
                      'aria-orientation': i ? 'vertical' : 'horizontal',
                      ...s,
                    },
                    { elementType: 'div' },
                  ),
                  disabled: t,
                  selectTabOnFocus: a,
                  selectedValue: d,
                  onRegister: m,
                  onUnregister: b,
                  onSelect: v,
                  getRegisteredTabs: y,
                  vertical: i,
                };
              })(e, r),
              l = (({ vertical: e }) =>
                ((e = {}) => {
                  const {
                    circular: r,
                    axis: t,
                    memorizeCurrent: o = !0,
                    tabbable: n,
                    ignoreDefaultKeydown: a,
                    unstable_hasDefault: i,
                  } = e;
                  return (
                    (0, k.p)(b),
                    (0, y.g)({
                      mover: {
                        cyclic: !!r,
                        direction: w(null != t ? t : 'vertical'),
                        memorizeCurrent: o,
                        tabbable: n,
                        hasDefault: i,
                      },
                      ...(a && { focusable: { ignoreKeydown: a } }),
                    })
                  );
                })({
                  circular: !0,
                  axis: e ? 'vertical' : 'horizontal',
                  memorizeCurrent: !1,
                  unstable_hasDefault: !0,
                }))({ vertical: i.vertical });
            return { ...i, root: { ...l, ...i.root }, appearance: t, reserveSelectedTabSpace: n, size: a };
          })(e, r),
          n = (function (e) {
            const {
              appearance: r,
              reserveSelectedTabSpace: t,
              disabled: n,
              selectTabOnFocus: a,
              selectedValue: i,
              onRegister: l,
              onUnregister: c,
              onSelect: s,
              getRegisteredTabs: u,
              size: d,
              vertical: f,
            } = e;
            return {
              tabList: o.useMemo(
                () => ({
                  appearance: r,
                  reserveSelectedTabSpace: t,
                  disabled: n,
                  selectTabOnFocus: a,
                  selectedValue: i,
                  onSelect: s,
                  onRegister: l,
                  onUnregister: c,
                  getRegisteredTabs: u,
                  size: d,
                  vertical: f,
                }),
                [r, t, n, a, i, s, l, c, u, d, f],
              ),
            };
          })(t);
        return (
          ((e) => {
            const { appearance: r, vertical: t, size: o } = e,
              n = j(),
              a = 'subtle-circular' === r || 'filled-circular' === r;
            e.root.className = (0, T.z)(
              'fui-TabList',
              n.root,
              t ? n.vertical : n.horizontal,
              a && ('small' === o ? n.roundedSmall : n.rounded),
              e.root.className,
            );
          })(t),
          (0, C.$e)('useTabListStyles_unstable')(t),
          ((e, r) => (
            (0, N.C)(e),
            (0, _.Y)(e.root, { children: (0, _.Y)(P.bd, { value: r.tabList, children: e.root.children }) })
          ))(t, n)
        );
      });
      E.displayName = 'TabList';
    },
    7476(e, r, t) {
      var o = t(5335),
        n = t(6765);
      const a = {
          appearance: 'transparent',
          reserveSelectedTabSpace: !0,
          selectTabOnFocus: !1,
          disabled: !1,
          selectedValue: void 0,
          onRegister: () => {},
          onUnregister: () => {},
          onSelect: () => {},
          getRegisteredTabs: () => ({ registeredTabs: {} }),
          size: 'medium',
          vertical: !1,
        },
        i = (0, o.q)(void 0),
        l = i.Provider;
      t.d(r, ['H', 0, (e) => (0, n.i)(i, (r = a) => e(r)), 'bd', 0, l]);
    },
    1436(e, r, t) {
      t.d(r, ['A7', 0, 'data-fui-focus-visible', 'BV', 0, 'data-fui-focus-within']);
    },
    8181(e, r, t) {
      t.d(r, { Y: () => u });
      var o = t(6540),
        n = t(7382),
        a = t(2796),
        i = t(7956),
        l = t(1436);
      function c(e, r) {
        if (s(e)) return () => {};
        const t = { current: void 0 },
          o = (0, i.SQ)(r);
        function n(e) {
          o.isNavigatingWithKeyboard() && (0, a.s)(e) && ((t.current = e), e.setAttribute(l.A7, ''));
        }
        function c() {
          t.current && (t.current.removeAttribute(l.A7), (t.current = void 0));
        }
        o.subscribe((e) => {
          e ? n(r.document.activeElement) : c();
        });
        const u = (e) => {
            (c(), n(e.composedPath()[0]));
          },
          d = (r) => {
            (!r.relatedTarget || ((0, a.s)(r.relatedTarget) && !e.contains(r.relatedTarget))) && c();
          };
        return (
          e.addEventListener(i.Oy, u),
          e.addEventListener('focusout', d),
          (e.focusVisible = !0),
          e.contains(r.document.activeElement) && n(r.document.activeElement),
          () => {
            (c(),
              e.removeEventListener(i.Oy, u),
              e.removeEventListener('focusout', d),
              (e.focusVisible = void 0),
              (0, i.bd)(o));
          }
        );
      }
      function s(e) {
        return !!e && (!!e.focusVisible || s(null == e ? void 0 : e.parentElement));
      }
      function u(e = {}) {
        const r = (0, n.Y)(),
          t = o.useRef(null);
        var a;
        const i = null !== (a = e.targetDocument) && void 0 !== a ? a : r.targetDocument;
        return (
          o.useEffect(() => {
            if ((null == i ? void 0 : i.defaultView) && t.current) return c(t.current, i.defaultView);
          }, [t, i]),
          t
        );
      }
    },
    6588(e, r, t) {
      t.d(r, { R: () => s });
      var o = t(6540),
        n = t(7382),
        a = t(7956),
        i = t(1436);
      function l(e) {
        e.removeAttribute(i.BV);
      }
      function c(e) {
        return !!e && Boolean(e && 'object' == typeof e && 'classList' in e && 'contains' in e);
      }
      function s() {
        const { targetDocument: e } = (0, n.Y)(),
          r = o.useRef(null);
        return (
          o.useEffect(() => {
            if ((null == e ? void 0 : e.defaultView) && r.current)
              return (function (e, r) {
                const t = (0, a.SQ)(r);
                t.subscribe((r) => {
                  r || l(e);
                });
                const o = (r) => {
                    t.isNavigatingWithKeyboard() && c(r.target) && e.setAttribute(i.BV, '');
                  },
                  n = (r) => {
                    (!r.relatedTarget || (c(r.relatedTarget) && !e.contains(r.relatedTarget))) && l(e);
                  };
                return (
                  e.addEventListener(a.Oy, o),
                  e.addEventListener('focusout', n),
                  () => {
                    (e.removeEventListener(a.Oy, o), e.removeEventListener('focusout', n), (0, a.bd)(t));
                  }
                );
              })(r.current, e.defaultView);
          }, [r, e]),
          r
        );
      }
    },
    5396(e, r, t) {
      t.d(r, { y: () => _ });
      var o = t(7956),
        n = t(4785),
        a = t(8754),
        i = t(4351),
        l = t(8458),
        c = t(7911),
        s = t(7086),
        u = t(9093),
        d = t(2462);
      let f = 0;
      const g = 'aria-hidden';
      class p extends s.Af {
        constructor(e, r, t) {
          (super(r, e, s.Qd.Modalizer, t),
            this._setHandlers((t, n) => {
              const l = e.get(),
                c = l && a.V.getRoot(r, l)?.getElement(),
                u = t.input;
              let d;
              if (c && u) {
                const e = (0, s.E0)(u),
                  t = a.V.getTabsterContext(r, e || u);
                (t && (d = i.T.findNextTabbable(r, t, c, u, void 0, n, !0)?.element), d && (0, o.kG)(d));
              }
            }));
        }
      }
      class v extends u.F8 {
        constructor(e, r, t, o, n, a) {
          (super(e, r, o),
            (this._wasFocused = 0),
            (this.userId = o.id),
            (this._onDispose = t),
            (this._activeElements = a),
            e.controlTab || (this.dummyManager = new p(this._element, e, n)));
        }
        makeActive(e) {
          if (this._isActive !== e) {
            this._isActive = e;
            const r = this.getElement();
            if (r) {
              const t = this._activeElements,
                o = t.map((e) => e.get()).indexOf(r);
              e ? o < 0 && t.push(new u.ED(r)) : o >= 0 && t.splice(o, 1);
            }
            this._dispatchEvent(e);
          }
        }
        focused(e) {
          return (e || (this._wasFocused = ++f), this._wasFocused);
        }
        setProps(e) {
          (e.id && (this.userId = e.id), (this._props = { ...e }));
        }
        dispose() {
          (this.makeActive(!1),
            this._onDispose(this),
            this.dummyManager?.dispose(),
            delete this.dummyManager,
            (this._activeElements = []),
            this._remove());
        }
        isActive() {
          return !!this._isActive;
        }
        contains(e) {
          return d.t.nodeContains(this.getElement(), e);
        }
        findNextTabbable(e, r, t, o) {
          if (!this.getElement()) return null;
          const n = this._tabster;
          let i,
            l = null,
            c = !1;
          const s = e && a.V.getRoot(n, e)?.getElement();
          if (s) {
            const a = {
                container: s,
                currentElement: e,
                referenceElement: r,
                ignoreAccessibility: o,
                useActiveModalizer: !0,
              },
              u = {};
            ((l = n.focusable[t ? 'findPrev' : 'findNext'](a, u)),
              !l && this._props.isTrapped && n.modalizer?.activeId
                ? ((l = n.focusable[t ? 'findLast' : 'findFirst'](
                    { container: s, ignoreAccessibility: o, useActiveModalizer: !0 },
                    u,
                  )),
                  null === l && (l = e),
                  (c = !0))
                : (c = !!u.outOfDOMOrder),
              (i = u.uncontrolled));
          }
          return { element: l, uncontrolled: i, outOfDOMOrder: c };
        }
        _dispatchEvent(e, r) {
          const t = this.getElement();
          let o = !1;
          if (t) {
            const n = r ? this._activeElements.map((e) => e.get()) : [t];
            for (const r of n)
              if (r) {
                const n = { id: this.userId, element: t },
                  a = e ? new c.Mh(n) : new c.t(n);
                ((0, u.Pt)(r, a), a.defaultPrevented && (o = !0));
              }
          }
          return o;
        }
        _remove() {}
      }
      class h {
        constructor(e, r, t) {
          ((this._onModalizerDispose = (e) => {
            const r = e.id,
              t = e.userId,
              o = this._parts[t];
            if ((delete this._modalizers[r], o && (delete o[r], 0 === Object.keys(o).length))) {
              delete this._parts[t];
              const e = this._activationHistory,
                r = [];
              let o;
              for (let n = e.length; n--;) {
                const a = e[n];
                a !== t && a !== o && ((o = a), (a || r.length > 0) && r.unshift(a));
              }
              if (((this._activationHistory = r), this.activeId === t)) {
                const e = r[0],
                  t = e ? Object.values(this._parts[e])[0] : void 0;
                this.setActive(t);
              }
            }
          }),
            (this._onKeyDown = (e) => {
              if (e.key !== l.D.Escape) return;
              const r = this._tabster,
                t = r.focusedElement.getFocusedElement();
              if (t) {
                const o = a.V.getTabsterContext(r, t),
                  i = o?.modalizer;
                if (o && !o.groupper && i?.isActive() && !o.ignoreKeydown(e)) {
                  const t = i.userId;
                  if (t) {
                    const o = this._parts[t];
                    if (o) {
                      const t = Object.keys(o)
                        .map((e) => {
                          const t = o[e],
                            a = t.getElement();
                          let i;
                          return (
                            a && (i = (0, n.N)(r, a)?.groupper),
                            t && a && i ? { el: a, focusedSince: t.focused(!0) } : { focusedSince: 0 }
                          );
                        })
                        .filter((e) => e.focusedSince > 0)
                        .sort((e, r) =>
                          e.focusedSince > r.focusedSince ? -1 : e.focusedSince < r.focusedSince ? 1 : 0,
                        );
                      if (t.length) {
                        const o = t[0].el;
                        o && r.groupper?.handleKeyPress(o, e, !0);
                      }
                    }
                  }
                }
              }
            }),
            (this._onFocus = (e, r) => {
              const t = this._tabster,
                o = e && a.V.getTabsterContext(t, e);
              if (!o || !e) return;
              const i = this._augMap;
              for (let r = e; r; r = d.t.getParentElement(r)) i.has(r) && (i.delete(r), (0, u.CQ)(t, r, g));
              let l = o.modalizer;
              const c = (0, n.N)(t, e),
                s = c?.modalizer;
              if (s && (s.focused(), s.userId === this.activeId && c.groupper)) {
                const r = t.getParent(e),
                  o = r && a.V.getTabsterContext(t, r)?.modalizer;
                if (!o) return void this.setActive(void 0);
                l = o;
              }
              if ((l?.focused(), l?.userId !== this.activeId))
                if (
                  r.isFocusedProgrammatically ||
                  this.currentIsOthersAccessible ||
                  l?.getProps().isAlwaysAccessible
                )
                  this.setActive(l);
                else {
                  const r = this._win();
                  (r.clearTimeout(this._restoreModalizerFocusTimer),
                    (this._restoreModalizerFocusTimer = r.setTimeout(
                      () => this._restoreModalizerFocus(e),
                      100,
                    )));
                }
              else this.currentIsOthersAccessible = l?.getProps().isOthersAccessible;
            }),
            (this._tabster = e),
            (this._win = e.getWindow),
            (this._modalizers = {}),
            (this._parts = {}),
            (this._augMap = new WeakMap()),
            (this._aug = []),
            (this._alwaysAccessibleSelector = r),
            (this._accessibleCheck = t),
            (this._activationHistory = []),
            (this.activeElements = []),
            e.controlTab || e.root.addDummyInputs());
          const o = this._win();
          ((0, u.ch)(o, 'keydown', this._onKeyDown, !0),
            e.queueInit(() => {
              this._tabster.focusedElement.subscribe(this._onFocus);
            }));
        }
        dispose() {
          const e = this._win();
          ((0, u.pQ)(e, 'keydown', this._onKeyDown, !0),
            Object.keys(this._modalizers).forEach((e) => {
              this._modalizers[e] && (this._modalizers[e].dispose(), delete this._modalizers[e]);
            }),
            e.clearTimeout(this._restoreModalizerFocusTimer),
            e.clearTimeout(this._hiddenUpdateTimer),
            (this._parts = {}),
            delete this.activeId,
            (this.activeElements = []),
            (this._augMap = new WeakMap()),
            (this._aug = []),
            this._tabster.focusedElement.unsubscribe(this._onFocus));
        }
        createModalizer(e, r, t) {
          const o = new v(this._tabster, e, this._onModalizerDispose, r, t, this.activeElements),
            n = o.id,
            a = r.id;
          this._modalizers[n] = o;
          let i = this._parts[a];
          (i || (i = this._parts[a] = {}), (i[n] = o));
          const l = this._tabster.focusedElement.getFocusedElement() ?? null;
          return (
            e !== l && d.t.nodeContains(e, l) && (a !== this.activeId ? this.setActive(o) : o.makeActive(!0)),
            o
          );
        }
        isAugmented(e) {
          return this._augMap.has(e);
        }
        hiddenUpdate() {
          this._hiddenUpdateTimer ||
            (this._hiddenUpdateTimer = this._win().setTimeout(() => {
              (delete this._hiddenUpdateTimer, this._hiddenUpdate());
            }, 250));
        }
        setActive(e) {
          const r = e?.userId,
            t = this.activeId;
          if (t === r) return;
          if (((this.activeId = r), t)) {
            const e = this._parts[t];
            if (e) for (const r of Object.keys(e)) e[r].makeActive(!1);
          }
          if (r) {
            const e = this._parts[r];
            if (e) for (const r of Object.keys(e)) e[r].makeActive(!0);
          }
          ((this.currentIsOthersAccessible = e?.getProps().isOthersAccessible), this.hiddenUpdate());
          const o = this._activationHistory;
          o[0] !== r && (void 0 !== r || o.length > 0) && o.unshift(r);
        }
        focus(e, r, t) {
          const o = this._tabster,
            n = a.V.getTabsterContext(o, e),
            i = n?.modalizer;
          if (i) {
            this.setActive(i);
            const e = i.getProps(),
              n = i.getElement();
            if (n) {
              if (
                (void 0 === r && (r = e.isNoFocusFirst),
                !r &&
                  o.keyboardNavigation.isNavigatingWithKeyboard() &&
                  o.focusedElement.focusFirst({ container: n }))
              )
                return !0;
              if ((void 0 === t && (t = e.isNoFocusDefault), !t && o.focusedElement.focusDefault(n)))
                return !0;
              o.focusedElement.resetFocus(n);
            }
          }
          return !1;
        }
        activate(e) {
          const r = e ? a.V.getTabsterContext(this._tabster, e)?.modalizer : void 0;
          return !((e && !r) || (this.setActive(r), 0));
        }
        acceptElement(e, r) {
          const t = r.modalizerUserId,
            o = r.currentCtx?.modalizer;
          if (t)
            for (const r of this.activeElements) {
              const t = r.get();
              if (t && (d.t.nodeContains(e, t) || t === e)) return NodeFilter.FILTER_SKIP;
            }
          const n =
            t === o?.userId || (!t && o?.getProps().isAlwaysAccessible) ? void 0 : NodeFilter.FILTER_SKIP;
          return (void 0 !== n && (r.skippedFocusable = !0), n);
        }
        _hiddenUpdate() {
          const e = this._tabster,
            r = e.getWindow().document.body,
            t = this.activeId,
            o = this._parts,
            n = [],
            a = [],
            i = this._alwaysAccessibleSelector,
            l = i ? Array.from(d.t.querySelectorAll(r, i)) : [],
            c = [];
          for (const e of Object.keys(o)) {
            const r = o[e];
            for (const o of Object.keys(r)) {
              const i = r[o],
                s = i.getElement(),
                u = i.getProps().isAlwaysAccessible;
              s &&
                (e === t
                  ? (c.push(s), this.currentIsOthersAccessible || n.push(s))
                  : u
                    ? l.push(s)
                    : a.push(s));
            }
          }
          const s = this._augMap,
            f = n.length > 0 ? [...n, ...l] : void 0,
            p = [],
            v = new WeakMap(),
            h = (r, t) => {
              const o = r.tagName;
              if ('SCRIPT' === o || 'STYLE' === o) return;
              let n = !1;
              (s.has(r)
                ? t
                  ? (n = !0)
                  : (s.delete(r), (0, u.CQ)(e, r, g))
                : t &&
                  !this._accessibleCheck?.(r, c) &&
                  (0, u.CQ)(e, r, g, 'true') &&
                  (s.set(r, !0), (n = !0)),
                n && (p.push(new u.ED(r)), v.set(r, !0)));
            },
            m = (r) => {
              for (let t = d.t.getFirstElementChild(r); t; t = d.t.getNextElementSibling(t)) {
                let r = !1,
                  o = !1,
                  n = !1;
                if (f) {
                  const a = e.getParent(t);
                  for (const e of f) {
                    if (t === e) {
                      r = !0;
                      break;
                    }
                    if (d.t.nodeContains(t, e)) {
                      o = !0;
                      break;
                    }
                    d.t.nodeContains(e, a) && (n = !0);
                  }
                  o || t.__tabsterElementFlags?.noDirectAriaHidden ? m(t) : r || n || h(t, !0);
                } else h(t, !1);
              }
            };
          (f || l.forEach((e) => h(e, !1)),
            a.forEach((e) => h(e, !0)),
            r && m(r),
            this._aug
              ?.map((e) => e.get())
              .forEach((e) => {
                e && !v.get(e) && h(e, !1);
              }),
            (this._aug = p),
            (this._augMap = v));
        }
        _restoreModalizerFocus(e) {
          const r = e?.ownerDocument;
          if (!e || !r) return;
          const t = this._tabster.focusedElement.getFocusedElement(),
            o = t && a.V.getTabsterContext(this._tabster, t)?.modalizer;
          if (!t || (t && o?.userId === this.activeId)) return;
          const n = this._tabster,
            i = a.V.getTabsterContext(n, e),
            l = i?.modalizer,
            c = this.activeId;
          if ((!l && !c) || (l && c === l.userId)) return;
          const s = i?.root.getElement();
          if (s) {
            let r = n.focusable.findFirst({ container: s, useActiveModalizer: !0 });
            if (r) {
              if (
                e.compareDocumentPosition(r) & document.DOCUMENT_POSITION_PRECEDING &&
                ((r = n.focusable.findLast({ container: s, useActiveModalizer: !0 })), !r)
              )
                throw new Error('Something went wrong.');
              return void n.focusedElement.focus(r);
            }
          }
          e.blur();
        }
      }
      var m = t(8802);
      class b extends u.F8 {
        constructor(e, r, t) {
          if (
            (super(e, r, t),
            (this._hasFocus = !1),
            (this._onFocusOut = (e) => {
              const r = this._element?.get();
              (r && null === e.relatedTarget && (0, u.Pt)(r, new c.FA()),
                r && !d.t.nodeContains(r, e.relatedTarget) && (this._hasFocus = !1));
            }),
            (this._onFocusIn = () => {
              this._hasFocus = !0;
            }),
            this._props.type === m.CP.Source)
          ) {
            const e = this._element?.get();
            ((0, u.ch)(e, 'focusout', this._onFocusOut),
              (0, u.ch)(e, 'focusin', this._onFocusIn),
              (this._hasFocus = d.t.nodeContains(e, e && d.t.getActiveElement(e.ownerDocument))));
          }
        }
        dispose() {
          if (this._props.type === m.CP.Source) {
            const e = this._element?.get();
            if (
              ((0, u.pQ)(e, 'focusout', this._onFocusOut),
              (0, u.pQ)(e, 'focusin', this._onFocusIn),
              this._hasFocus)
            ) {
              const e = this._tabster.getWindow().document;
              (0, u.Pt)(e.body, new c.FA());
            }
          }
        }
      }
      class y {
        static {
          this.DEPTH = 10;
        }
        constructor(e) {
          ((this._stack = []), (this._getWindow = e));
        }
        push(e) {
          this._stack[this._stack.length - 1]?.get() !== e &&
            (this._stack.length > y.DEPTH && this._stack.shift(), this._stack.push(new u.ED(e)));
        }
        pop(e = () => !0) {
          const r = this._getWindow().document;
          for (let t = this._stack.length - 1; t >= 0; t--) {
            const t = this._stack.pop()?.get();
            if (t && d.t.nodeContains(r.body, d.t.getParentElement(t)) && e(t)) return t;
          }
        }
      }
      class k {
        constructor(e) {
          ((this._onRestoreFocus = (e) => {
            this._focusedElementState.cancelAsyncFocus(m.BY.Restorer);
            const r = e.composedPath()[0];
            if (r) {
              const e = (0, n.N)(this._tabster, r)?.restorer?.getProps().id;
              this._focusedElementState.requestAsyncFocus(m.BY.Restorer, () => this._restoreFocus(r, e), 0);
            }
          }),
            (this._onFocusIn = (e) => {
              if (!e) return;
              const r = (0, n.N)(this._tabster, e);
              r?.restorer?.getProps().type === m.CP.Target && this._history.push(e);
            }),
            (this._restoreFocus = (e, r) => {
              const t = this._getWindow().document;
              if (d.t.getActiveElement(t) !== t.body) return;
              if (!this._keyboardNavState.isNavigatingWithKeyboard() && d.t.nodeContains(t.body, e)) return;
              const o = (e) => {
                const r = (0, n.N)(this._tabster, e)?.restorer?.getProps();
                return r ? r.id : null;
              };
              this._history.pop((e) => r === o(e))?.focus();
            }),
            (this._tabster = e),
            (this._getWindow = e.getWindow),
            (0, u.ch)(this._getWindow(), c.ks, this._onRestoreFocus),
            (this._history = new y(this._getWindow)),
            (this._keyboardNavState = e.keyboardNavigation),
            (this._focusedElementState = e.focusedElement),
            this._focusedElementState.subscribe(this._onFocusIn));
        }
        dispose() {
          const e = this._getWindow();
          (this._focusedElementState.unsubscribe(this._onFocusIn),
            this._focusedElementState.cancelAsyncFocus(m.BY.Restorer),
            (0, u.pQ)(e, c.ks, this._onRestoreFocus));
        }
        createRestorer(e, r) {
          const t = new b(this._tabster, e, r);
          return (
            r.type === m.CP.Target && d.t.getActiveElement(e.ownerDocument) === e && this._history.push(e),
            t
          );
        }
      }
      var w = t(1343),
        B = t(4142),
        x = t(1792);
      const S = (e) => e.hasAttribute('data-tabster-never-hide');
      function z(e) {
        (!(function (e, r, t) {
          const o = e.core;
          if (!o.modalizer) {
            const e = new h(o, void 0, t);
            ((o.modalizer = e),
              o.attrHandlers.set('modalizer', (r, t, o, n, a) =>
                t
                  ? o.id && n?.id !== o.id
                    ? (t.dispose(), e.createModalizer(r, o, a))
                    : (t.setProps(o), t)
                  : e.createModalizer(r, o, a),
              ));
          }
          o.modalizer;
        })(e, 0, S),
          (function (e) {
            const r = e.core;
            if (!r.restorer) {
              const e = new k(r);
              ((r.restorer = e),
                r.attrHandlers.set('restorer', (r, t, o) =>
                  t ? (t.setProps(o), t) : e.createRestorer(r, o),
                ));
            }
            r.restorer;
          })(e));
      }
      const _ = (e = {}) => {
        const { trapFocus: r, alwaysFocusable: t, legacyTrapFocus: o } = e;
        (0, x.p)(z);
        const n = (0, w.Bi)('modal-', e.id);
        return {
          modalAttributes: (0, B.g)({
            restorer: { type: m.CP.Source },
            ...(r && {
              modalizer: { id: n, isOthersAccessible: !r, isAlwaysAccessible: t, isTrapped: o && r },
            }),
          }),
          triggerAttributes: (0, B.g)({ restorer: { type: m.CP.Target } }),
        };
      };
    },
    1792(e, r, t) {
      t.d(r, { p: () => B });
      var o = t(6540),
        n = t(4785),
        a = t(8754),
        i = t(8802),
        l = t(7086),
        c = t(9093),
        s = t(2462);
      class u {
        constructor(e) {
          this._tabster = e;
        }
        dispose() {}
        getProps(e) {
          const r = (0, n.N)(this._tabster, e);
          return (r && r.focusable) || {};
        }
        isFocusable(e, r, t, o) {
          return (
            !(!(0, c.B5)(e, i.Fy) || (!r && -1 === e.tabIndex)) &&
            (t || this.isVisible(e)) &&
            (o || this.isAccessible(e))
          );
        }
        isVisible(e) {
          if (!e.ownerDocument || e.nodeType !== Node.ELEMENT_NODE) return !1;
          if ((0, c.J1)(e)) return !1;
          const r = e.ownerDocument.body.getBoundingClientRect();
          return 0 !== r.width || 0 !== r.height;
        }
        isAccessible(e) {
          for (let r = e; r; r = s.t.getParentElement(r)) {
            const e = (0, n.N)(this._tabster, r);
            if (this._isHidden(r)) return !1;
            const t = e?.focusable?.ignoreAriaDisabled;
            if (!t && this._isDisabled(r)) return !1;
          }
          return !0;
        }
        _isDisabled(e) {
          return e.hasAttribute('disabled');
        }
        _isHidden(e) {
          const r = e.getAttribute('aria-hidden');
          return !(!r || 'true' !== r.toLowerCase() || this._tabster.modalizer?.isAugmented(e));
        }
        findFirst(e, r) {
          return this.findElement({ ...e }, r);
        }
        findLast(e, r) {
          return this.findElement({ isBackward: !0, ...e }, r);
        }
        findNext(e, r) {
          return this.findElement({ ...e }, r);
        }
        findPrev(e, r) {
          return this.findElement({ ...e, isBackward: !0 }, r);
        }
        findDefault(e, r) {
          return (
            this.findElement(
              {
                ...e,
                acceptCondition: (r) =>
                  this.isFocusable(r, e.includeProgrammaticallyFocusable) && !!this.getProps(r).isDefault,
              },
              r,
            ) || null
          );
        }
        findAll(e) {
          return this._findElements(!0, e) || [];
        }
        findElement(e, r) {
          const t = this._findElements(!1, e, r);
          return t ? t[0] : t;
        }
        _findElements(e, r, t) {
          const {
            container: o,
            currentElement: n = null,
            includeProgrammaticallyFocusable: i,
            useActiveModalizer: l,
            ignoreAccessibility: u,
            modalizerId: d,
            isBackward: f,
            onElement: g,
          } = r;
          t || (t = {});
          const p = [];
          let { acceptCondition: v } = r;
          const h = !!v;
          if (!o) return null;
          v || (v = (e) => this.isFocusable(e, i, !1, u));
          const m = {
              container: o,
              modalizerUserId:
                void 0 === d && l
                  ? this._tabster.modalizer?.activeId
                  : d || a.V.getTabsterContext(this._tabster, o)?.modalizer?.userId,
              from: n || o,
              isBackward: f,
              isFindAll: e,
              acceptCondition: v,
              hasCustomCondition: h,
              includeProgrammaticallyFocusable: i,
              ignoreAccessibility: u,
              cachedGrouppers: {},
              cachedRadioGroups: {},
            },
            b = (0, c.bN)(o.ownerDocument, o, (e) => this._acceptElement(e, m));
          if (!b) return null;
          const y = (r) => {
            const o = m.foundElement ?? m.foundBackward;
            return (
              o && p.push(o),
              e
                ? !(
                    (o &&
                      ((m.found = !1),
                      delete m.foundElement,
                      delete m.foundBackward,
                      delete m.fromCtx,
                      (m.from = o),
                      g && !g(o))) ||
                    (!o && !r)
                  )
                : (o && t && (t.uncontrolled = a.V.getTabsterContext(this._tabster, o)?.uncontrolled),
                  !(!r || o))
            );
          };
          if ((n || (t.outOfDOMOrder = !0), n && s.t.nodeContains(o, n))) b.currentNode = n;
          else if (f) {
            const e = (0, c.j6)(o);
            if (!e) return null;
            if (this._acceptElement(e, m) === NodeFilter.FILTER_ACCEPT && !y(!0))
              return (m.skippedFocusable && (t.outOfDOMOrder = !0), p);
            b.currentNode = e;
          }
          do {
            f ? b.previousNode() : b.nextNode();
          } while (y());
          return (m.skippedFocusable && (t.outOfDOMOrder = !0), p.length ? p : null);
        }
        _acceptElement(e, r) {
          if (r.found) return NodeFilter.FILTER_ACCEPT;
          const t = r.foundBackward;
          if (t && (e === t || !s.t.nodeContains(t, e)))
            return ((r.found = !0), (r.foundElement = t), NodeFilter.FILTER_ACCEPT);
          const o = r.container;
          if (e === o) return NodeFilter.FILTER_SKIP;
          if (!s.t.nodeContains(o, e)) return NodeFilter.FILTER_REJECT;
          if ((0, l.E0)(e)) return NodeFilter.FILTER_REJECT;
          if (s.t.nodeContains(r.rejectElementsFrom, e)) return NodeFilter.FILTER_REJECT;
          const n = (r.currentCtx = a.V.getTabsterContext(this._tabster, e));
          if (!n) return NodeFilter.FILTER_SKIP;
          if ((0, c.as)(e))
            return (this.isFocusable(e, void 0, !0, !0) && (r.skippedFocusable = !0), NodeFilter.FILTER_SKIP);
          if (!r.hasCustomCondition && ('IFRAME' === e.tagName || 'WEBVIEW' === e.tagName))
            return this.isVisible(e) && n.modalizer?.userId === this._tabster.modalizer?.activeId
              ? ((r.found = !0), (r.rejectElementsFrom = r.foundElement = e), NodeFilter.FILTER_ACCEPT)
              : NodeFilter.FILTER_REJECT;
          if (!r.ignoreAccessibility && !this.isAccessible(e))
            return (this.isFocusable(e, !1, !0, !0) && (r.skippedFocusable = !0), NodeFilter.FILTER_REJECT);
          let i,
            u = r.fromCtx;
          u || (u = r.fromCtx = a.V.getTabsterContext(this._tabster, r.from));
          const d = u?.mover;
          let f = n.groupper,
            g = n.mover;
          if (
            ((i = this._tabster.modalizer?.acceptElement(e, r)),
            void 0 !== i && (r.skippedFocusable = !0),
            void 0 === i && (f || g || d))
          ) {
            const t = f?.getElement(),
              n = d?.getElement();
            let a = g?.getElement();
            if (
              (a &&
                s.t.nodeContains(n, a) &&
                s.t.nodeContains(o, n) &&
                (!t || !g || s.t.nodeContains(n, t)) &&
                ((g = d), (a = n)),
              t)
            )
              if (t !== o && s.t.nodeContains(o, t)) {
                if (!s.t.nodeContains(t, e)) return NodeFilter.FILTER_REJECT;
              } else f = void 0;
            if (a)
              if (s.t.nodeContains(o, a)) {
                if (!s.t.nodeContains(a, e)) return NodeFilter.FILTER_REJECT;
              } else g = void 0;
            (f && g && (a && t && !s.t.nodeContains(t, a) ? (g = void 0) : (f = void 0)),
              f && (i = f.acceptElement(e, r)),
              g && (i = g.acceptElement(e, r)));
          }
          if (
            (void 0 === i &&
              ((i = r.acceptCondition(e) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
              i === NodeFilter.FILTER_SKIP && this.isFocusable(e, !1, !0, !0) && (r.skippedFocusable = !0)),
            i === NodeFilter.FILTER_ACCEPT && !r.found)
          ) {
            if (!r.isFindAll && (0, c.qc)(e) && !e.checked) {
              const t = e.name;
              let o = r.cachedRadioGroups[t];
              if (
                (o || ((o = (0, c.Jg)(e)), o && (r.cachedRadioGroups[t] = o)), o?.checked && o.checked !== e)
              )
                return NodeFilter.FILTER_SKIP;
            }
            r.isBackward
              ? ((r.foundBackward = e), (i = NodeFilter.FILTER_SKIP))
              : ((r.found = !0), (r.foundElement = e));
          }
          return i;
        }
      }
      var d = t(4351),
        f = t(7956),
        g = t(4669);
      class p extends g.Q {
        constructor(e) {
          (super(),
            (this._onChange = (e) => {
              this.setVal(e, void 0);
            }),
            (this._keyborg = (0, f.SQ)(e())),
            this._keyborg.subscribe(this._onChange));
        }
        dispose() {
          (super.dispose(),
            this._keyborg &&
              (this._keyborg.unsubscribe(this._onChange), (0, f.bd)(this._keyborg), delete this._keyborg));
        }
        setNavigatingWithKeyboard(e) {
          this._keyborg?.setVal(e);
        }
        isNavigatingWithKeyboard() {
          return !!this._keyborg?.isNavigatingWithKeyboard();
        }
      }
      class v {
        constructor(e) {
          this._isUncontrolledCompletely = e;
        }
        isUncontrolledCompletely(e, r) {
          const t = this._isUncontrolledCompletely?.(e, r);
          return void 0 === t ? r : t;
        }
      }
      class h {
        constructor(e) {
          ((this.keyboardNavigation = e.keyboardNavigation),
            (this.focusedElement = e.focusedElement),
            (this.focusable = e.focusable),
            (this.root = e.root),
            (this.uncontrolled = e.uncontrolled),
            (this.core = e));
        }
      }
      class m {
        constructor(e, r) {
          ((this._forgetMemorizedElements = []),
            (this._wrappers = new Set()),
            (this._initQueue = []),
            (this._version = '8.8.1'),
            (this._noop = !1),
            (this.attrHandlers = new Map()),
            (this.getWindow = () => {
              if (!this._win) throw new Error('Using disposed Tabster.');
              return this._win;
            }),
            (this._storage = new WeakMap()),
            (this._win = e));
          const t = this.getWindow;
          (r?.DOMAPI && (0, s.h)({ ...r.DOMAPI }),
            (this.keyboardNavigation = new p(t)),
            (this.focusedElement = new d.T(this, t)),
            (this.focusable = new u(this)),
            (this.root = new a.V(this, r?.autoRoot)),
            (this.uncontrolled = new v(r?.checkUncontrolledCompletely || r?.checkUncontrolledTrappingFocus)),
            (this.controlTab = r?.controlTab ?? !0),
            (this.rootDummyInputs = !!r?.rootDummyInputs),
            (this._dummyObserver = new l.Vd(t)),
            (this.getParent = r?.getParent ?? s.t.getParentNode),
            (this.internal = {
              stopObserver: () => {
                this._unobserve && (this._unobserve(), delete this._unobserve);
              },
              resumeObserver: (e) => {
                if (!this._unobserve) {
                  const r = t().document;
                  this._unobserve = (function (e, r, t, o) {
                    if ('undefined' == typeof MutationObserver) return () => {};
                    const a = r.getWindow;
                    let l;
                    function u(r, t) {
                      (l || (l = (0, c.h1)(a).elementByUId), d(r, t));
                      const o = (0, c.bN)(e, r, (e) => d(e, t));
                      if (o) for (; o.nextNode(););
                    }
                    function d(e, o) {
                      if (!e.getAttribute) return NodeFilter.FILTER_SKIP;
                      const a = e.__tabsterElementUID;
                      return (
                        a && l && (o ? delete l[a] : (l[a] ??= new c.ED(e))),
                        ((0, n.N)(r, e) || e.hasAttribute(i.h7)) && t(r, e, o),
                        NodeFilter.FILTER_SKIP
                      );
                    }
                    const f = s.t.createMutationObserver((e) => {
                      const o = new Set();
                      for (const n of e) {
                        const e = n.target,
                          a = n.removedNodes,
                          l = n.addedNodes;
                        if ('attributes' === n.type) n.attributeName === i.h7 && (o.has(e) || t(r, e));
                        else {
                          for (const t of a) (o.add(t), u(t, !0), r._dummyObserver.domChanged?.(e));
                          for (const t of l) (u(t), r._dummyObserver.domChanged?.(e));
                        }
                      }
                      (o.clear(), r.modalizer?.hiddenUpdate());
                    });
                    return (
                      o && u(a().document.body),
                      f.observe(e, { childList: !0, subtree: !0, attributes: !0, attributeFilter: [i.h7] }),
                      () => {
                        f.disconnect();
                      }
                    );
                  })(r, this, n.g, e);
                }
              },
            }),
            this.queueInit(() => {
              this.internal.resumeObserver(!0);
            }));
        }
        _mergeProps(e) {
          e && (this.getParent = e.getParent ?? this.getParent);
        }
        createTabster(e, r) {
          const t = new h(this);
          return (e || this._wrappers.add(t), this._mergeProps(r), t);
        }
        disposeTabster(e, r) {
          (r ? this._wrappers.clear() : this._wrappers.delete(e),
            0 === this._wrappers.size && this.dispose());
        }
        dispose() {
          this.internal.stopObserver();
          const e = this._win;
          (e?.clearTimeout(this._initTimer),
            delete this._initTimer,
            (this._initQueue = []),
            (this._forgetMemorizedElements = []),
            e &&
              this._forgetMemorizedTimer &&
              (e.clearTimeout(this._forgetMemorizedTimer), delete this._forgetMemorizedTimer),
            this.outline?.dispose(),
            this.crossOrigin?.dispose(),
            this.deloser?.dispose(),
            this.groupper?.dispose(),
            this.mover?.dispose(),
            this.modalizer?.dispose(),
            this.observedElement?.dispose(),
            this.restorer?.dispose(),
            this.keyboardNavigation.dispose(),
            this.focusable.dispose(),
            this.focusedElement.dispose(),
            this.root.dispose(),
            this._dummyObserver.dispose(),
            this.attrHandlers.clear(),
            (0, c.cX)(this.getWindow),
            (this._storage = new WeakMap()),
            this._wrappers.clear(),
            e && ((0, c.e2)(e), delete e.__tabsterInstance, delete this._win));
        }
        storageEntry(e, r) {
          const t = this._storage;
          let o = t.get(e);
          return (
            o ? !1 === r && 0 === Object.keys(o).length && t.delete(e) : !0 === r && ((o = {}), t.set(e, o)),
            o
          );
        }
        forceCleanup() {
          this._win &&
            (this._forgetMemorizedElements.push(this._win.document.body),
            this._forgetMemorizedTimer ||
              (this._forgetMemorizedTimer = this._win.setTimeout(() => {
                delete this._forgetMemorizedTimer;
                for (
                  let e = this._forgetMemorizedElements.shift();
                  e;
                  e = this._forgetMemorizedElements.shift()
                )
                  ((0, c.cX)(this.getWindow, e), d.T.forgetMemorized(this.focusedElement, e));
              }, 0)));
        }
        queueInit(e) {
          this._win &&
            (this._initQueue.push(e),
            this._initTimer ||
              (this._initTimer = this._win?.setTimeout(() => {
                (delete this._initTimer, this.drainInitQueue());
              }, 0)));
        }
        drainInitQueue() {
          if (!this._win) return;
          const e = this._initQueue;
          ((this._initQueue = []), e.forEach((e) => e()));
        }
      }
      var b = t(7382);
      function y(e, r = {}) {
        if (!e) return null;
        if (!r.skipVirtual) {
          const r = (function (e) {
            return ((r = e) && r._virtual && e._virtual.parent) || null;
            var r;
          })(e);
          if (r) return r;
        }
        const t = e.parentNode;
        return t && 11 === t.nodeType ? t.host : t;
      }
      var k = t(5267);
      const w = (e) => e;
      function B(e = w) {
        const { targetDocument: r } = (0, b.Y)(),
          t = o.useRef(null);
        return (
          (0, k.E)(() => {
            const o = (function (e) {
              const r = (null == e ? void 0 : e.defaultView) || void 0,
                t = null == r ? void 0 : r.__tabsterShadowDOMAPI;
              if (r)
                return (function (e, r) {
                  let t = (function (e) {
                    return e.__tabsterInstance;
                  })(e);
                  return t
                    ? t.createTabster(!1, r)
                    : ((t = new m(e, r)), (e.__tabsterInstance = t), t.createTabster());
                })(r, {
                  autoRoot: {},
                  controlTab: !1,
                  getParent: y,
                  checkUncontrolledCompletely: (e) => {
                    var r;
                    return (
                      !0 ===
                        (null === (r = e.firstElementChild) || void 0 === r
                          ? void 0
                          : r.hasAttribute('data-is-focus-trap-zone-bumper')) || void 0
                    );
                  },
                  DOMAPI: t,
                });
            })(r);
            if (o)
              return (
                (t.current = e(o)),
                () => {
                  (!(function (e) {
                    e.core.disposeTabster(e, void 0);
                  })(o),
                    (t.current = null));
                }
              );
          }, [r, e]),
          t
        );
      }
    },
    4142(e, r, t) {
      var o = t(9171),
        n = t(8802),
        a = t(1792),
        i = t(6540);
      t.d(r, [
        'g',
        0,
        (e) => {
          (0, a.p)();
          const r = (0, o.U6)(e, !0);
          return i.useMemo(() => ({ [n.h7]: r }), [r]);
        },
      ]);
    },
    9886(e, r, t) {
      t.d(r, { T: () => k });
      var o = t(6540),
        n = t(8638),
        a = t(7509),
        i = t(2791),
        l = t(4120),
        c = t(4585),
        s = t(1539),
        u = t(8048),
        d = t(3502),
        f = t(5196);
      const g = (e, r) => {
        e = (0, l.c)(e, { supportsLabelFor: !0, supportsRequired: !0 });
        const { resize: t = 'none', onChange: o } = e,
          [n, a] = (0, c.i)({ state: e.value, defaultState: e.defaultValue, initialState: void 0 }),
          i = (0, s.n)({
            props: e,
            primarySlotTagName: 'textarea',
            excludedPropNames: ['onChange', 'value', 'defaultValue'],
          }),
          f = {
            resize: t,
            components: { root: 'span', textarea: 'textarea' },
            textarea: u.Gk(e.textarea, { defaultProps: { ref: r, ...i.primary }, elementType: 'textarea' }),
            root: u.Gk(e.root, { defaultProps: i.root, elementType: 'span' }),
          };
        return (
          (f.textarea.value = n),
          (f.textarea.onChange = (0, d.D)((e) => {
            const r = e.target.value;
            (null == o || o(e, { value: r }), a(r));
          })),
          f
        );
      };
      var p = t(2002),
        v = t(738);
      const h = (0, p.X)(
          {
            base: {
              mc9l5x: 'ftuwxu6',
              B7ck84d: 'f1ewtqcl',
              qhf8xq: 'f10pi13n',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1yiegib',
              jrapky: 0,
              Frg6f3: 0,
              t21cq0: 0,
              B6of3ja: 0,
              B74szlk: 'f1s184ao',
              Beyfa6y: 0,
              Bbmb7ep: 0,
              Btl43ni: 0,
              B7oj6ja: 0,
              Dimara: 'ft85np5',
              ha4doy: 'f12kltsn',
            },
            disabled: {
              De3pzq: 'f1c21dwh',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'ff3nzm7',
              Bcq6wej: 'f9dbb4x',
              Jcjdmf: ['f3qs60o', 'f5u9ap2'],
              sc4o1m: 'fwd1oij',
              Bosien3: ['f5u9ap2', 'f3qs60o'],
            },
            interactive: {
              li1rpt: 'f1gw3sf2',
              Bsft5z2: 'f13zj6fq',
              E3zdtr: 'f1mdlcz9',
              Eqx8gd: ['f1a7op3', 'f1cjjd47'],
              By385i5: 'f1gboi2j',
              B1piin3: ['f1cjjd47', 'f1a7op3'],
              Dlnsje: 'ffyw7fx',
              d9w3h3: ['f1kp91vd', 'f1ibwz09'],
              B3778ie: ['f1ibwz09', 'f1kp91vd'],
              B1q35kw: 0,
              Bw17bha: 0,
              Bcgy8vk: 0,
              Bjuhk93: 'f1mnjydx',
              Gjdm7m: 'fj2g8qd',
              b1kco5: 'f1yk9hq',
              Ba2ppi3: 'fhwpy7i',
              F2fol1: 'f14ee0xe',
              lck23g: 'f1xhbsuh',
              wi16st: 'fsrmcvb',
              ywj3b2: 'f1t3k7v9',
              umuwi5: 'fjw5xc1',
              Blcqepd: 'f1xdyd5c',
              nplu4u: 'fatpbeo',
              Bioka5o: 'fb7uyps',
              Bnupc0a: 'fx04xgm',
              bing71: 'f1c7in40',
              Bercvud: 'f1ibeo51',
              Bbr2w1p: 'f1vnc8sk',
              Bduesf4: 'f3e99gv',
              Bpq79vn: 'fhljsf7',
            },
            filled: {
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'f88035w',
              q7v0qe: 'ftmjh5b',
              kmh5ft: ['f17blpuu', 'fsrcdbj'],
              nagaa4: 'f1tpwn32',
              B1yhkcb: ['fsrcdbj', 'f17blpuu'],
            },
            'filled-darker': { De3pzq: 'f16xq7d1' },
            'filled-lighter': { De3pzq: 'fxugw4r' },
            'filled-darker-shadow': {
              De3pzq: 'f16xq7d1',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'f1gmd7mu',
              E5pizo: 'fyed02w',
            },
            'filled-lighter-shadow': {
              De3pzq: 'fxugw4r',
              Bgfg5da: 0,
              B9xav0g: 0,
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'f1gmd7mu',
              E5pizo: 'fyed02w',
            },
            outline: {
              De3pzq: 'fxugw4r',
              Bgfg5da: 0,
              B9xav0g: 'f1c1zstj',
              oivjwe: 0,
              Bn0qgzm: 0,
              B4g9neb: 0,
              zhjwy3: 0,
              wvpqe5: 0,
              ibv6hh: 0,
              u1mtju: 0,
              h3c5rm: 0,
              vrafjx: 0,
              Bekrc4i: 0,
              i8vvqc: 0,
              g2u3we: 0,
              icvyot: 0,
              B4j52fo: 0,
              irswps: 'fhz96rm',
            },
            outlineInteractive: {
              kzujx5: 0,
              oetu4i: 'f1l4zc64',
              gvrnp0: 0,
              xv9156: 0,
              jek2p4: 0,
              gg5e9n: 0,
              Beu9t3s: 0,
              dt87k2: 0,
              Bt1vbvt: 0,
              Bwzppfd: 0,
              Bop6t4b: 0,
              B2zwrfe: 0,
              Bwp2tzp: 0,
              Bgoe8wy: 0,
              Bf40cpq: 0,
              ckks6v: 0,
              Baalond: 'f9mts5e',
              v2iqwr: 0,
              wmxk5l: 'f1z0osm6',
              Bj33j0h: 0,
              Bs0cc2w: 0,
              qwjtx1: 0,
              B50zh58: 0,
              f7epvg: 0,
              e1hlit: 0,
              B7mkhst: 0,
              ak43y8: 0,
              Bbcopvn: 0,
              Bvecx4l: 0,
              lwioe0: 0,
              B6oc9vd: 0,
              e2sjt0: 0,
              uqwnxt: 0,
              asj8p9: 'f1acnei2',
              Br8fjdy: 0,
              zoxjo1: 'f1so894s',
              Bt3ojkv: 0,
              B7pmvfx: 0,
              Bfht2n1: 0,
              an54nd: 0,
              t1ykpo: 0,
              Belqbek: 0,
              bbt1vd: 0,
              Brahy3i: 0,
              r7b1zc: 0,
              rexu52: 0,
              ovtnii: 0,
              Bvq3b66: 0,
              Bawrxx6: 0,
              Bbs6y8j: 0,
              B2qpgjt: 'f19ezbcq',
            },
            invalid: {
              tvckwq: 'fs4k3qj',
              gk2u95: ['fcee079', 'fmyw78r'],
              hhx65j: 'f1fgmyf4',
              Bxowmz0: ['fmyw78r', 'fcee079'],
            },
          },
          {
            d: [
              '.ftuwxu6{display:inline-flex;}',
              '.f1ewtqcl{box-sizing:border-box;}',
              '.f10pi13n{position:relative;}',
              ['.f1yiegib{padding:0 0 var(--strokeWidthThick) 0;}', { p: -1 }],
              ['.f1s184ao{margin:0;}', { p: -1 }],
              ['.ft85np5{border-radius:var(--borderRadiusMedium);}', { p: -1 }],
              '.f12kltsn{vertical-align:top;}',
              '.f1c21dwh{background-color:var(--colorTransparentBackground);}',
              ['.ff3nzm7{border:var(--strokeWidthThin) solid var(--colorNeutralStrokeDisabled);}', { p: -2 }],
              '.f1gw3sf2::after{box-sizing:border-box;}',
              '.f13zj6fq::after{content:"";}',
              '.f1mdlcz9::after{position:absolute;}',
              '.f1a7op3::after{left:-1px;}',
              '.f1cjjd47::after{right:-1px;}',
              '.f1gboi2j::after{bottom:-1px;}',
              '.ffyw7fx::after{height:max(var(--strokeWidthThick), var(--borderRadiusMedium));}',
              '.f1kp91vd::after{border-bottom-left-radius:var(--borderRadiusMedium);}',
              '.f1ibwz09::after{border-bottom-right-radius:var(--borderRadiusMedium);}',
              [
                '.f1mnjydx::after{border-bottom:var(--strokeWidthThick) solid var(--colorCompoundBrandStroke);}',
                { p: -1 },
              ],
              '.fj2g8qd::after{clip-path:inset(calc(100% - var(--strokeWidthThick)) 0 0 0);}',
              '.f1yk9hq::after{transform:scaleX(0);}',
              '.fhwpy7i::after{transition-property:transform;}',
              '.f14ee0xe::after{transition-duration:var(--durationUltraFast);}',
              '.f1xhbsuh::after{transition-delay:var(--curveAccelerateMid);}',
              ['.f88035w{border:var(--strokeWidthThin) solid var(--colorTransparentStroke);}', { p: -2 }],
              '.f16xq7d1{background-color:var(--colorNeutralBackground3);}',
              '.fxugw4r{background-color:var(--colorNeutralBackground1);}',
              [
                '.f1gmd7mu{border:var(--strokeWidthThin) solid var(--colorTransparentStrokeInteractive);}',
                { p: -2 },
              ],
              '.fyed02w{box-shadow:var(--shadow2);}',
              [
                '.f1gmd7mu{border:var(--strokeWidthThin) solid var(--colorTransparentStrokeInteractive);}',
                { p: -2 },
              ],
              ['.fhz96rm{border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);}', { p: -2 }],
              '.f1c1zstj{border-bottom-color:var(--colorNeutralStrokeAccessible);}',
              '.fs4k3qj:not(:focus-within),.fs4k3qj:hover:not(:focus-within){border-top-color:var(--colorPaletteRedBorder2);}',
              '.fcee079:not(:focus-within),.fcee079:hover:not(:focus-within){border-right-color:var(--colorPaletteRedBorder2);}',
              '.fmyw78r:not(:focus-within),.fmyw78r:hover:not(:focus-within){border-left-color:var(--colorPaletteRedBorder2);}',
              '.f1fgmyf4:not(:focus-within),.f1fgmyf4:hover:not(:focus-within){border-bottom-color:var(--colorPaletteRedBorder2);}',
            ],
            m: [
              [
                '@media (forced-colors: active){.f9dbb4x{border-top-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.f3qs60o{border-right-color:GrayText;}.f5u9ap2{border-left-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media (forced-colors: active){.fwd1oij{border-bottom-color:GrayText;}}',
                { m: '(forced-colors: active)' },
              ],
              [
                '@media screen and (prefers-reduced-motion: reduce){.fsrmcvb::after{transition-duration:0.01ms;}}',
                { m: 'screen and (prefers-reduced-motion: reduce)' },
              ],
              [
                '@media screen and (prefers-reduced-motion: reduce){.f1t3k7v9::after{transition-delay:0.01ms;}}',
                { m: 'screen and (prefers-reduced-motion: reduce)' },
              ],
              [
                '@media screen and (prefers-reduced-motion: reduce){.fx04xgm:focus-within::after{transition-duration:0.01ms;}}',
                { m: 'screen and (prefers-reduced-motion: reduce)' },
              ],
              [
                '@media screen and (prefers-reduced-motion: reduce){.f1c7in40:focus-within::after{transition-delay:0.01ms;}}',
                { m: 'screen and (prefers-reduced-motion: reduce)' },
              ],
            ],
            w: [
              '.fjw5xc1:focus-within::after{transform:scaleX(1);}',
              '.f1xdyd5c:focus-within::after{transition-property:transform;}',
              '.fatpbeo:focus-within::after{transition-duration:var(--durationNormal);}',
              '.fb7uyps:focus-within::after{transition-delay:var(--curveDecelerateMid);}',
              '.f1ibeo51:focus-within:active::after{border-bottom-color:var(--colorCompoundBrandStrokePressed);}',
              '.f1vnc8sk:focus-within{outline-width:var(--strokeWidthThick);}',
              '.f3e99gv:focus-within{outline-style:solid;}',
              '.fhljsf7:focus-within{outline-color:transparent;}',
              [
                '.f19ezbcq:focus-within{border:var(--strokeWidthThin) solid var(--colorNeutralStroke1Pressed);}',
                { p: -2 },
              ],
              '.f1so894s:focus-within{border-bottom-color:var(--colorCompoundBrandStroke);}',
            ],
            h: [
              '.ftmjh5b:hover,.ftmjh5b:focus-within{border-top-color:var(--colorTransparentStrokeInteractive);}',
              '.f17blpuu:hover,.f17blpuu:focus-within{border-right-color:var(--colorTransparentStrokeInteractive);}',
              '.fsrcdbj:hover,.fsrcdbj:focus-within{border-left-color:var(--colorTransparentStrokeInteractive);}',
              '.f1tpwn32:hover,.f1tpwn32:focus-within{border-bottom-color:var(--colorTransparentStrokeInteractive);}',
              [
                '.f9mts5e:hover{border:var(--strokeWidthThin) solid var(--colorNeutralStroke1Hover);}',
                { p: -2 },
              ],
              '.f1l4zc64:hover{border-bottom-color:var(--colorNeutralStrokeAccessibleHover);}',
            ],
            a: [
              [
                '.f1acnei2:active{border:var(--strokeWidthThin) solid var(--colorNeutralStroke1Pressed);}',
                { p: -2 },
              ],
              '.f1z0osm6:active{border-bottom-color:var(--colorNeutralStrokeAccessiblePressed);}',
            ],
          },
        ),
        m = (0, p.X)(
          {
            base: {
              icvyot: 'f1ern45e',
              vrafjx: ['f1n71otn', 'f1deefiw'],
              oivjwe: 'f1h8hb77',
              wvpqe5: ['f1deefiw', 'f1n71otn'],
              jrapky: 0,
              Frg6f3: 0,
              t21cq0: 0,
              B6of3ja: 0,
              B74szlk: 'f1s184ao',
              De3pzq: 'f3rmtva',
              B7ck84d: 'f1ewtqcl',
              sj55zd: 'f19n0e5',
              Bh6795r: 'fqerorx',
              Bahqtrf: 'fk6fouc',
              Bqenvij: 'f1l02sjl',
              yvdlaj: 'fwyc1cq',
              B3o7kgh: 'f13ta7ih',
              oeaueh: 'f1s6fcnf',
            },
            disabled: { sj55zd: 'f1s2aq7o', Bceei9c: 'fdrzuqr', yvdlaj: 'fahhnxm' },
            small: {
              sshi5w: 'f1w5jphr',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1pnffij',
              Bxyxcbc: 'f192z54u',
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fy9rknc',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'fwrc4pm',
            },
            medium: {
              sshi5w: 'fvmd9f',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f1ww82xo',
              Bxyxcbc: 'f1if7ixc',
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fkhj508',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'f1i3iumi',
            },
            large: {
              sshi5w: 'f1kfson',
              Byoj8tv: 0,
              uwmqm3: 0,
              z189sj: 0,
              z8tnut: 0,
              B0ocmuz: 'f15hvtkj',
              Bxyxcbc: 'f3kip1f',
              Bahqtrf: 'fk6fouc',
              Be2twd7: 'fod5ikn',
              Bhrd7zp: 'figsok6',
              Bg96gwp: 'faaz57k',
            },
          },
          {
            d: [
              '.f1ern45e{border-top-style:none;}',
              '.f1n71otn{border-right-style:none;}',
              '.f1deefiw{border-left-style:none;}',
              '.f1h8hb77{border-bottom-style:none;}',
              ['.f1s184ao{margin:0;}', { p: -1 }],
              '.f3rmtva{background-color:transparent;}',
              '.f1ewtqcl{box-sizing:border-box;}',
              '.f19n0e5{color:var(--colorNeutralForeground1);}',
              '.fqerorx{flex-grow:1;}',
              '.fk6fouc{font-family:var(--fontFamilyBase);}',
              '.f1l02sjl{height:100%;}',
              '.fwyc1cq::-webkit-input-placeholder{color:var(--colorNeutralForeground4);}',
              '.fwyc1cq::-moz-placeholder{color:var(--colorNeutralForeground4);}',
              '.f13ta7ih::-webkit-input-placeholder{opacity:1;}',
              '.f13ta7ih::-moz-placeholder{opacity:1;}',
              '.f1s6fcnf{outline-style:none;}',
              '.f1s2aq7o{color:var(--colorNeutralForegroundDisabled);}',
              '.fdrzuqr{cursor:not-allowed;}',
              '.fahhnxm::-webkit-input-placeholder{color:var(--colorNeutralForegroundDisabled);}',
              '.fahhnxm::-moz-placeholder{color:var(--colorNeutralForegroundDisabled);}',
              '.f1w5jphr{min-height:40px;}',
              [
                '.f1pnffij{padding:var(--spacingVerticalXS) calc(var(--spacingHorizontalSNudge) + var(--spacingHorizontalXXS));}',
                { p: -1 },
              ],
              '.f192z54u{max-height:200px;}',
              '.fy9rknc{font-size:var(--fontSizeBase200);}',
              '.figsok6{font-weight:var(--fontWeightRegular);}',
              '.fwrc4pm{line-height:var(--lineHeightBase200);}',
              '.fvmd9f{min-height:52px;}',
              [
                '.f1ww82xo{padding:var(--spacingVerticalSNudge) calc(var(--spacingHorizontalMNudge) + var(--spacingHorizontalXXS));}',
                { p: -1 },
              ],
              '.f1if7ixc{max-height:260px;}',
              '.fkhj508{font-size:var(--fontSizeBase300);}',
              '.f1i3iumi{line-height:var(--lineHeightBase300);}',
              '.f1kfson{min-height:64px;}',
              [
                '.f15hvtkj{padding:var(--spacingVerticalS) calc(var(--spacingHorizontalM) + var(--spacingHorizontalXXS));}',
                { p: -1 },
              ],
              '.f3kip1f{max-height:320px;}',
              '.fod5ikn{font-size:var(--fontSizeBase400);}',
              '.faaz57k{line-height:var(--lineHeightBase400);}',
            ],
          },
        ),
        b = (0, p.X)(
          {
            none: { B3rzk8w: 'f1o1s39h' },
            both: { B3rzk8w: 'f1pxm0xe' },
            horizontal: { B3rzk8w: 'fq6nmtn' },
            vertical: { B3rzk8w: 'f1f5ktr4' },
          },
          {
            d: [
              '.f1o1s39h{resize:none;}',
              '.f1pxm0xe{resize:both;}',
              '.fq6nmtn{resize:horizontal;}',
              '.f1f5ktr4{resize:vertical;}',
            ],
          },
        );
      var y = t(546);
      const k = o.forwardRef((e, r) => {
        const t = ((e, r) => {
          const t = (0, f.Pv)(),
            o = (0, i.o)();
          var n, a;
          const {
            size: l = null !== (n = null == o ? void 0 : o.size) && void 0 !== n ? n : 'medium',
            appearance: c = null !== (a = t.inputDefaultAppearance) && void 0 !== a ? a : 'outline',
            ...s
          } = e;
          return { ...g(s, r), size: l, appearance: c };
        })(e, r);
        return (
          ((e) => {
            const { size: r, appearance: t, resize: o } = e,
              n = e.textarea.disabled,
              a = 'true' == `${e.textarea['aria-invalid']}`,
              i = t.startsWith('filled'),
              l = h();
            e.root.className = (0, v.z)(
              'fui-Textarea',
              l.base,
              n && l.disabled,
              !n && i && l.filled,
              !n && l[t],
              !n && l.interactive,
              !n && 'outline' === t && l.outlineInteractive,
              !n && a && l.invalid,
              e.root.className,
            );
            const c = m(),
              s = b();
            e.textarea.className = (0, v.z)(
              'fui-Textarea__textarea',
              c.base,
              c[r],
              s[o],
              n && c.disabled,
              e.textarea.className,
            );
          })(t),
          (0, y.$e)('useTextareaStyles_unstable')(t),
          ((e) => ((0, a.C)(e), (0, n.Y)(e.root, { children: (0, n.Y)(e.textarea, {}) })))(t)
        );
      });
      k.displayName = 'Textarea';
    },
    7509(e, r, t) {
      function o(e) {}
      t.d(r, { C: () => o });
    },
    7879(e, r, t) {
      const o = Symbol.for('fui.slotRenderFunction'),
        n = Symbol.for('fui.slotElementType'),
        a = Symbol.for('fui.slotClassNameProp');
      t.d(r, ['Y9', 0, o, 'b9', 0, a, 'on', 0, n]);
    },
    5061(e, r, t) {
      var o = t(1539);
      t.d(r, [
        'g',
        0,
        (e, r, t) => {
          var n;
          return (0, o._)(null !== (n = r.as) && void 0 !== n ? n : e, r, t);
        },
      ]);
    },
    8048(e, r, t) {
      t.d(r, { Gk: () => a, lq: () => i });
      var o = t(6540),
        n = t(7879);
      function a(e, r) {
        const { defaultProps: t, elementType: a } = r,
          i = (function (e) {
            return 'string' == typeof e || 'number' == typeof e || l(e) || o.isValidElement(e)
              ? { children: e }
              : e;
          })(e),
          c = {
            ...t,
            ...i,
            [n.on]: a,
            [n.b9]: (null == i ? void 0 : i.className) || (null == t ? void 0 : t.className),
          };
        return (
          i &&
            'function' == typeof i.children &&
            ((c[n.Y9] = i.children), (c.children = null == t ? void 0 : t.children)),
          c
        );
      }
      function i(e, r) {
        if (null !== e && (void 0 !== e || r.renderByDefault)) return a(e, r);
      }
      const l = (e) => 'object' == typeof e && null !== e && Symbol.iterator in e;
    },
    4585(e, r, t) {
      var o = t(6540);
      t.d(r, [
        'i',
        0,
        (e) => {
          const [r, t] = o.useState(() =>
              void 0 === e.defaultState
                ? e.initialState
                : 'function' == typeof e.defaultState
                  ? e.defaultState()
                  : e.defaultState,
            ),
            n = o.useRef(e.state);
          o.useEffect(() => {
            n.current = e.state;
          }, [e.state]);
          const a = o.useCallback((e) => {
            (function (e) {
              return 'function' == typeof e;
            })(e) && e(n.current);
          }, []);
          return ((e) => {
            const [r] = o.useState(() => void 0 !== e);
            return r;
          })(e.state)
            ? [e.state, a]
            : [r, t];
        },
      ]);
    },
    3502(e, r, t) {
      var o = t(6540),
        n = t(5267);
      t.d(r, [
        'D',
        0,
        (e) => {
          const r = o.useRef(() => {
            throw new Error('Cannot call an event handler while rendering');
          });
          return (
            (0, n.E)(() => {
              r.current = e;
            }, [e]),
            o.useCallback((...e) => (0, r.current)(...e), [r])
          );
        },
      ]);
    },
    1343(e, r, t) {
      t.d(r, { Bi: () => c });
      var o = t(6540),
        n = t.t(o, 2);
      const a = { current: 0 },
        i = o.createContext(void 0);
      const l = o.createContext(void 0);
      function c(e = 'fui-', r) {
        const t = null !== (u = o.useContext(i)) && void 0 !== u ? u : a,
          c = o.useContext(l) || '',
          s = n.useId;
        var u;
        if (s) {
          const t = s(),
            n = o.useMemo(() => t.replace(/:/g, ''), [t]);
          return r || `${c}${e}${n}`;
        }
        return o.useMemo(() => r || `${c}${e}${++t.current}`, [c, e, r, t]);
      }
      l.Provider;
    },
    5267(e, r, t) {
      var o = t(6540);
      const n = (0, t(2269).S)() ? o.useLayoutEffect : o.useEffect;
      t.d(r, ['E', 0, n]);
    },
    6451(e, r, t) {
      t.d(r, { a: () => n });
      var o = t(6540);
      function n(...e) {
        const r = o.useCallback(
          (t) => {
            r.current = t;
            for (const r of e) 'function' == typeof r ? r(t) : r && (r.current = t);
          },
          [...e],
        );
        return r;
      }
    },
    2269(e, r, t) {
      function o() {
        return 'undefined' != typeof window && !(!window.document || !window.document.createElement);
      }
      t.d(r, { S: () => o });
    },
    1539(e, r, t) {
      t.d(r, { _: () => m, n: () => b });
      const o = (...e) => {
          const r = {};
          for (const t of e) {
            const e = Array.isArray(t) ? t : Object.keys(t);
            for (const t of e) r[t] = 1;
          }
          return r;
        },
        n = o([
          'onAuxClick',
          'onAnimationEnd',
          'onAnimationStart',
          'onCopy',
          'onCut',
          'onPaste',
          'onCompositionEnd',
          'onCompositionStart',
          'onCompositionUpdate',
          'onFocus',
          'onFocusCapture',
          'onBlur',
          'onBlurCapture',
          'onChange',
          'onInput',
          'onSubmit',
          'onLoad',
          'onError',
          'onKeyDown',
          'onKeyDownCapture',
          'onKeyPress',
          'onKeyUp',
          'onAbort',
          'onCanPlay',
          'onCanPlayThrough',
          'onDurationChange',
          'onEmptied',
          'onEncrypted',
          'onEnded',
          'onLoadedData',
          'onLoadedMetadata',
          'onLoadStart',
          'onPause',
          'onPlay',
          'onPlaying',
          'onProgress',
          'onRateChange',
          'onSeeked',
          'onSeeking',
          'onStalled',
          'onSuspend',
          'onTimeUpdate',
          'onVolumeChange',
          'onWaiting',
          'onClick',
          'onClickCapture',
          'onContextMenu',
          'onDoubleClick',
          'onDrag',
          'onDragEnd',
          'onDragEnter',
          'onDragExit',
          'onDragLeave',
          'onDragOver',
          'onDragStart',
          'onDrop',
          'onMouseDown',
          'onMouseDownCapture',
          'onMouseEnter',
          'onMouseLeave',
          'onMouseMove',
          'onMouseOut',
          'onMouseOver',
          'onMouseUp',
          'onMouseUpCapture',
          'onSelect',
          'onTouchCancel',
          'onTouchEnd',
          'onTouchMove',
          'onTouchStart',
          'onScroll',
          'onWheel',
          'onPointerCancel',
          'onPointerDown',
          'onPointerEnter',
          'onPointerLeave',
          'onPointerMove',
          'onPointerOut',
          'onPointerOver',
          'onPointerUp',
          'onGotPointerCapture',
          'onLostPointerCapture',
        ]),
        a = o([
          'accessKey',
          'children',
          'className',
          'contentEditable',
          'dir',
          'draggable',
          'hidden',
          'htmlFor',
          'id',
          'lang',
          'popover',
          'focusgroup',
          'focusgroupstart',
          'ref',
          'role',
          'style',
          'tabIndex',
          'title',
          'translate',
          'spellCheck',
          'name',
        ]),
        i = o(['itemID', 'itemProp', 'itemRef', 'itemScope', 'itemType']),
        l = o(a, n, i),
        c = o(l, ['form']),
        s = o(l, ['height', 'loop', 'muted', 'preload', 'src', 'width']),
        u = o(s, ['poster']),
        d = o(l, ['start']),
        f = o(l, ['value']),
        g = o(l, ['download', 'href', 'hrefLang', 'media', 'referrerPolicy', 'rel', 'target', 'type']),
        p = o(l, ['dateTime']),
        v = o(l, [
          'autoFocus',
          'disabled',
          'form',
          'formAction',
          'formEncType',
          'formMethod',
          'formNoValidate',
          'formTarget',
          'popoverTarget',
          'popoverTargetAction',
          'type',
          'value',
        ]),
        h = {
          label: c,
          audio: s,
          video: u,
          ol: d,
          li: f,
          a: g,
          button: v,
          input: o(v, [
            'accept',
            'alt',
            'autoCorrect',
            'autoCapitalize',
            'autoComplete',
            'checked',
            'dirname',
            'form',
            'height',
            'inputMode',
            'list',
            'max',
            'maxLength',
            'min',
            'minLength',
            'multiple',
            'pattern',
            'placeholder',
            'readOnly',
            'required',
            'src',
            'step',
            'size',
            'type',
            'value',
            'width',
          ]),
          textarea: o(v, [
            'autoCapitalize',
            'cols',
            'dirname',
            'form',
            'maxLength',
            'placeholder',
            'readOnly',
            'required',
            'rows',
            'wrap',
          ]),
          select: o(v, ['form', 'multiple', 'required']),
          option: o(l, ['selected', 'value']),
          table: o(l, ['cellPadding', 'cellSpacing']),
          tr: l,
          th: o(l, ['colSpan', 'rowSpan', 'scope']),
          td: o(l, ['colSpan', 'headers', 'rowSpan', 'scope']),
          colGroup: o(l, ['span']),
          col: o(l, ['span']),
          fieldset: o(l, ['disabled', 'form']),
          form: o(l, ['acceptCharset', 'action', 'encType', 'encType', 'method', 'noValidate', 'target']),
          iframe: o(l, [
            'allow',
            'allowFullScreen',
            'allowPaymentRequest',
            'allowTransparency',
            'csp',
            'height',
            'importance',
            'referrerPolicy',
            'sandbox',
            'src',
            'srcDoc',
            'width',
          ]),
          img: o(l, ['alt', 'crossOrigin', 'height', 'loading', 'src', 'srcSet', 'useMap', 'width']),
          time: p,
          dialog: o(l, ['open', 'onCancel', 'onClose']),
        };
      function m(e, r, t) {
        const o = e && Object.prototype.hasOwnProperty.call(h, e) ? h[e] : l;
        return (
          (o.as = 1),
          (function (e, r, t) {
            const o = Array.isArray(r),
              n = {},
              a = Object.keys(e);
            for (const i of a) {
              const a =
                (!o && Object.prototype.hasOwnProperty.call(r, i)) ||
                (o && r.indexOf(i) >= 0) ||
                0 === i.indexOf('data-') ||
                0 === i.indexOf('aria-');
              '__proto__' === i || !a || (t && -1 !== (null == t ? void 0 : t.indexOf(i))) || (n[i] = e[i]);
            }
            return n;
          })(r, o, t)
        );
      }
      const b = ({ primarySlotTagName: e, props: r, excludedPropNames: t }) => ({
        root: { style: r.style, className: r.className },
        primary: m(e, r, [...(t || []), 'style', 'className']),
      });
    },
    1837(e, r, t) {
      t.d(r, { v: () => a });
      var o = t(6540);
      const n = parseInt(o.version, 10) >= 19;
      function a(e) {
        if (e) return n ? e.props.ref : e.ref;
      }
    },
    2796(e, r, t) {
      function o(e, r) {
        var t;
        const o = e;
        var n;
        return Boolean(
          (null == o || null === (t = o.ownerDocument) || void 0 === t ? void 0 : t.defaultView) &&
          o instanceof
            o.ownerDocument.defaultView[
              null !== (n = null == r ? void 0 : r.constructorName) && void 0 !== n ? n : 'HTMLElement'
            ],
        );
      }
      t.d(r, { s: () => o });
    },
    8571(e, r, t) {
      function o(e, r) {
        return (...t) => {
          (null == e || e(...t), null == r || r(...t));
        };
      }
      t.d(r, { p: () => o });
    },
    8114(e, r, t) {
      t.d(r, { o: () => $ });
      const o = '#242424',
        n = '#424242',
        a = '#616161',
        i = '#bdbdbd',
        l = '#d6d6d6',
        c = '#e0e0e0',
        s = '#e6e6e6',
        u = '#ebebeb',
        d = '#f0f0f0',
        f = '#f5f5f5',
        g = '#fafafa',
        p = 'rgba(255, 255, 255, 0.4)',
        v = 'rgba(255, 255, 255, 0.5)',
        h = 'rgba(0, 0, 0, 0.05)',
        m = 'rgba(0, 0, 0, 0.1)',
        b = '#ffffff',
        y = {
          shade50: '#200205',
          shade40: '#3b0509',
          shade30: '#6e0811',
          shade20: '#960b18',
          shade10: '#b10e1c',
          primary: '#c50f1f',
          tint10: '#cc2635',
          tint20: '#d33f4c',
          tint30: '#dc626d',
          tint40: '#eeacb2',
          tint50: '#f6d1d5',
          tint60: '#fdf3f4',
        },
        k = {
          shade50: '#031403',
          shade40: '#052505',
          shade30: '#094509',
          shade20: '#0c5e0c',
          shade10: '#0e700e',
          primary: '#107c10',
          tint10: '#218c21',
          tint20: '#359b35',
          tint30: '#54b054',
          tint40: '#9fd89f',
          tint50: '#c9eac9',
          tint60: '#f1faf1',
        },
        w = {
          red: {
            shade50: '#210809',
            shade40: '#3f1011',
            shade30: '#751d1f',
            shade20: '#9f282b',
            shade10: '#bc2f32',
            primary: '#d13438',
            tint10: '#d7494c',
            tint20: '#dc5e62',
            tint30: '#e37d80',
            tint40: '#f1bbbc',
            tint50: '#f8dadb',
            tint60: '#fdf6f6',
          },
          green: k,
          darkOrange: {
            shade50: '#230900',
            shade40: '#411200',
            shade30: '#7a2101',
            shade20: '#a62d01',
            shade10: '#c43501',
            primary: '#da3b01',
            tint10: '#de501c',
            tint20: '#e36537',
            tint30: '#e9835e',
            tint40: '#f4bfab',
            tint50: '#f9dcd1',
            tint60: '#fdf6f3',
          },
          yellow: {
            shade50: '#282400',
            shade40: '#4c4400',
            shade30: '#817400',
            shade20: '#c0ad00',
            shade10: '#e4cc00',
            primary: '#fde300',
            tint10: '#fde61e',
            tint20: '#fdea3d',
            tint30: '#feee66',
            tint40: '#fef7b2',
            tint50: '#fffad6',
            tint60: '#fffef5',
          },
          berry: {
            shade50: '#1f091d',
            shade40: '#3a1136',
            shade30: '#6d2064',
            shade20: '#932b88',
            shade10: '#af33a1',
            primary: '#c239b3',
            tint10: '#c94cbc',
            tint20: '#d161c4',
            tint30: '#da7ed0',
            tint40: '#edbbe7',
            tint50: '#f5daf2',
            tint60: '#fdf5fc',
          },
          lightGreen: {
            shade50: '#031a02',
            shade40: '#063004',
            shade30: '#0b5a08',
            shade20: '#0e7a0b',
            shade10: '#11910d',
            primary: '#13a10e',
            tint10: '#27ac22',
            tint20: '#3db838',
            tint30: '#5ec75a',
            tint40: '#a7e3a5',
            tint50: '#cef0cd',
            tint60: '#f2fbf2',
          },
          marigold: {
            shade50: '#251a00',
            shade40: '#463100',
            shade30: '#835b00',
            shade20: '#b27c00',
            shade10: '#d39300',
            primary: '#eaa300',
            tint10: '#edad1c',
            tint20: '#efb839',
            tint30: '#f2c661',
            tint40: '#f9e2ae',
            tint50: '#fcefd3',
            tint60: '#fefbf4',
          },
        },
        B = {
          darkRed: {
            shade50: '#130204',
            shade40: '#230308',
            shade30: '#420610',
            shade20: '#590815',
            shade10: '#690a19',
            primary: '#750b1c',
            tint10: '#861b2c',
            tint20: '#962f3f',
            tint30: '#ac4f5e',
            tint40: '#d69ca5',
            tint50: '#e9c7cd',
            tint60: '#f9f0f2',
          },
          cranberry: y,
          pumpkin: {
            shade50: '#200d03',
            shade40: '#3d1805',
            shade30: '#712d09',
            shade20: '#9a3d0c',
            shade10: '#b6480e',
            primary: '#ca5010',
            tint10: '#d06228',
            tint20: '#d77440',
            tint30: '#df8e64',
            tint40: '#efc4ad',
            tint50: '#f7dfd2',
            tint60: '#fdf7f4',
          },
          peach: {
            shade50: '#291600',
            shade40: '#4d2a00',
            shade30: '#8f4e00',
            shade20: '#c26a00',
            shade10: '#e67e00',
            primary: '#ff8c00',
            tint10: '#ff9a1f',
            tint20: '#ffa83d',
            tint30: '#ffba66',
            tint40: '#ffddb3',
            tint50: '#ffedd6',
            tint60: '#fffaf5',
          },
          gold: {
            shade50: '#1f1900',
            shade40: '#3a2f00',
            shade30: '#6c5700',
            shade20: '#937700',
            shade10: '#ae8c00',
            primary: '#c19c00',
            tint10: '#c8a718',
            tint20: '#d0b232',
            tint30: '#dac157',
            tint40: '#ecdfa5',
            tint50: '#f5eece',
            tint60: '#fdfbf2',
          },
          brass: {
            shade50: '#181202',
            shade40: '#2e2103',
            shade30: '#553e06',
            shade20: '#745408',
            shade10: '#89640a',
            primary: '#986f0b',
            tint10: '#a47d1e',
            tint20: '#b18c34',
            tint30: '#c1a256',
            tint40: '#e0cea2',
            tint50: '#efe4cb',
            tint60: '#fbf8f2',
          },
          brown: {
            shade50: '#170e07',
            shade40: '#2b1a0e',
            shade30: '#50301a',
            shade20: '#6c4123',
            shade10: '#804d29',
            primary: '#8e562e',
            tint10: '#9c663f',
            tint20: '#a97652',
            tint30: '#bb8f6f',
            tint40: '#ddc3b0',
            tint50: '#edded3',
            tint60: '#faf7f4',
          },
          forest: {
            shade50: '#0c1501',
            shade40: '#162702',
            shade30: '#294903',
            shade20: '#376304',
            shade10: '#427505',
            primary: '#498205',
            tint10: '#599116',
            tint20: '#6ba02b',
            tint30: '#85b44c',
            tint40: '#bdd99b',
            tint50: '#dbebc7',
            tint60: '#f6faf0',
          },
          seafoam: {
            shade50: '#002111',
            shade40: '#003d20',
            shade30: '#00723b',
            shade20: '#009b51',
            shade10: '#00b85f',
            primary: '#00cc6a',
            tint10: '#19d279',
            tint20: '#34d889',
            tint30: '#5ae0a0',
            tint40: '#a8f0cd',
            tint50: '#cff7e4',
            tint60: '#f3fdf8',
          },
          darkGreen: {
            shade50: '#021102',
            shade40: '#032003',
            shade30: '#063b06',
            shade20: '#085108',
            shade10: '#0a5f0a',
            primary: '#0b6a0b',
            tint10: '#1a7c1a',
            tint20: '#2d8e2d',
            tint30: '#4da64d',
            tint40: '#9ad29a',
            tint50: '#c6e7c6',
            tint60: '#f0f9f0',
          },
          lightTeal: {
            shade50: '#001d1f',
            shade40: '#00373a',
            shade30: '#00666d',
            shade20: '#008b94',
            shade10: '#00a5af',
            primary: '#00b7c3',
            tint10: '#18bfca',
            tint20: '#32c8d1',
            tint30: '#58d3db',
            tint40: '#a6e9ed',
            tint50: '#cef3f5',
            tint60: '#f2fcfd',
          },
          teal: {
            shade50: '#001516',
            shade40: '#012728',
            shade30: '#02494c',
            shade20: '#026467',
            shade10: '#037679',
            primary: '#038387',
            tint10: '#159195',
            tint20: '#2aa0a4',
            tint30: '#4cb4b7',
            tint40: '#9bd9db',
            tint50: '#c7ebec',
            tint60: '#f0fafa',
          },
          steel: {
            shade50: '#000f12',
            shade40: '#001b22',
            shade30: '#00333f',
            shade20: '#004555',
            shade10: '#005265',
            primary: '#005b70',
            tint10: '#0f6c81',
            tint20: '#237d92',
            tint30: '#4496a9',
            tint40: '#94c8d4',
            tint50: '#c3e1e8',
            tint60: '#eff7f9',
          },
          blue: {
            shade50: '#001322',
            shade40: '#002440',
            shade30: '#004377',
            shade20: '#005ba1',
            shade10: '#006cbf',
            primary: '#0078d4',
            tint10: '#1a86d9',
            tint20: '#3595de',
            tint30: '#5caae5',
            tint40: '#a9d3f2',
            tint50: '#d0e7f8',
            tint60: '#f3f9fd',
          },
          royalBlue: {
            shade50: '#000c16',
            shade40: '#00172a',
            shade30: '#002c4e',
            shade20: '#003b6a',
            shade10: '#00467e',
            primary: '#004e8c',
            tint10: '#125e9a',
            tint20: '#286fa8',
            tint30: '#4a89ba',
            tint40: '#9abfdc',
            tint50: '#c7dced',
            tint60: '#f0f6fa',
          },
          cornflower: {
            shade50: '#0d1126',
            shade40: '#182047',
            shade30: '#2c3c85',
            shade20: '#3c51b4',
            shade10: '#4760d5',
            primary: '#4f6bed',
            tint10: '#637cef',
            tint20: '#778df1',
            tint30: '#93a4f4',
            tint40: '#c8d1fa',
            tint50: '#e1e6fc',
            tint60: '#f7f9fe',
          },
          navy: {
            shade50: '#00061d',
            shade40: '#000c36',
            shade30: '#001665',
            shade20: '#001e89',
            shade10: '#0023a2',
            primary: '#0027b4',
            tint10: '#173bbd',
            tint20: '#3050c6',
            tint30: '#546fd2',
            tint40: '#a3b2e8',
            tint50: '#ccd5f3',
            tint60: '#f2f4fc',
          },
          lavender: {
            shade50: '#120f25',
            shade40: '#221d46',
            shade30: '#3f3682',
            shade20: '#5649b0',
            shade10: '#6656d1',
            primary: '#7160e8',
            tint10: '#8172eb',
            tint20: '#9184ee',
            tint30: '#a79cf1',
            tint40: '#d2ccf8',
            tint50: '#e7e4fb',
            tint60: '#f9f8fe',
          },
          purple: {
            shade50: '#0f0717',
            shade40: '#1c0e2b',
            shade30: '#341a51',
            shade20: '#46236e',
            shade10: '#532982',
            primary: '#5c2e91',
            tint10: '#6b3f9e',
            tint20: '#7c52ab',
            tint30: '#9470bd',
            tint40: '#c6b1de',
            tint50: '#e0d3ed',
            tint60: '#f7f4fb',
          },
          grape: {
            shade50: '#160418',
            shade40: '#29072e',
            shade30: '#4c0d55',
            shade20: '#671174',
            shade10: '#7a1589',
            primary: '#881798',
            tint10: '#952aa4',
            tint20: '#a33fb1',
            tint30: '#b55fc1',
            tint40: '#d9a7e0',
            tint50: '#eaceef',
            tint60: '#faf2fb',
          },
          lilac: {
            shade50: '#1c0b1f',
            shade40: '#35153a',
            shade30: '#63276d',
            shade20: '#863593',
            shade10: '#9f3faf',
            primary: '#b146c2',
            tint10: '#ba58c9',
            tint20: '#c36bd1',
            tint30: '#cf87da',
            tint40: '#e6bfed',
            tint50: '#f2dcf5',
            tint60: '#fcf6fd',
          },
          pink: {
            shade50: '#24091b',
            shade40: '#441232',
            shade30: '#80215d',
            shade20: '#ad2d7e',
            shade10: '#cd3595',
            primary: '#e43ba6',
            tint10: '#e750b0',
            tint20: '#ea66ba',
            tint30: '#ef85c8',
            tint40: '#f7c0e3',
            tint50: '#fbddf0',
            tint60: '#fef6fb',
          },
          magenta: {
            shade50: '#1f0013',
            shade40: '#390024',
            shade30: '#6b0043',
            shade20: '#91005a',
            shade10: '#ac006b',
            primary: '#bf0077',
            tint10: '#c71885',
            tint20: '#ce3293',
            tint30: '#d957a8',
            tint40: '#eca5d1',
            tint50: '#f5cee6',
            tint60: '#fcf2f9',
          },
          plum: {
            shade50: '#13000c',
            shade40: '#240017',
            shade30: '#43002b',
            shade20: '#5a003b',
            shade10: '#6b0045',
            primary: '#77004d',
            tint10: '#87105d',
            tint20: '#98246f',
            tint30: '#ad4589',
            tint40: '#d696c0',
            tint50: '#e9c4dc',
            tint60: '#faf0f6',
          },
          beige: {
            shade50: '#141313',
            shade40: '#252323',
            shade30: '#444241',
            shade20: '#5d5958',
            shade10: '#6e6968',
            primary: '#7a7574',
            tint10: '#8a8584',
            tint20: '#9a9594',
            tint30: '#afabaa',
            tint40: '#d7d4d4',
            tint50: '#eae8e8',
            tint60: '#faf9f9',
          },
          mink: {
            shade50: '#0f0e0e',
            shade40: '#1c1b1a',
            shade30: '#343231',
            shade20: '#474443',
            shade10: '#54514f',
            primary: '#5d5a58',
            tint10: '#706d6b',
            tint20: '#84817e',
            tint30: '#9e9b99',
            tint40: '#cecccb',
            tint50: '#e5e4e3',
            tint60: '#f8f8f8',
          },
          platinum: {
            shade50: '#111314',
            shade40: '#1f2426',
            shade30: '#3b4447',
            shade20: '#505c60',
            shade10: '#5f6d71',
            primary: '#69797e',
            tint10: '#79898d',
            tint20: '#89989d',
            tint30: '#a0adb2',
            tint40: '#cdd6d8',
            tint50: '#e4e9ea',
            tint60: '#f8f9fa',
          },
          anchor: {
            shade50: '#090a0b',
            shade40: '#111315',
            shade30: '#202427',
            shade20: '#2b3135',
            shade10: '#333a3f',
            primary: '#394146',
            tint10: '#4d565c',
            tint20: '#626c72',
            tint30: '#808a90',
            tint40: '#bcc3c7',
            tint50: '#dbdfe1',
            tint60: '#f6f7f8',
          },
        },
        x = {
          cranberry: y,
          green: k,
          orange: {
            shade50: '#271002',
            shade40: '#4a1e04',
            shade30: '#8a3707',
            shade20: '#bc4b09',
            shade10: '#de590b',
            primary: '#f7630c',
            tint10: '#f87528',
            tint20: '#f98845',
            tint30: '#faa06b',
            tint40: '#fdcfb4',
            tint50: '#fee5d7',
            tint60: '#fff9f5',
          },
        },
        S = { success: 'green', warning: 'orange', danger: 'cranberry' },
        z = ['red', 'green', 'darkOrange', 'yellow', 'berry', 'lightGreen', 'marigold'].reduce((e, r) => {
          const t = r.slice(0, 1).toUpperCase() + r.slice(1),
            o = {
              [`colorPalette${t}Background1`]: w[r].tint60,
              [`colorPalette${t}Background2`]: w[r].tint40,
              [`colorPalette${t}Background3`]: w[r].primary,
              [`colorPalette${t}Foreground1`]: w[r].shade10,
              [`colorPalette${t}Foreground2`]: w[r].shade30,
              [`colorPalette${t}Foreground3`]: w[r].primary,
              [`colorPalette${t}BorderActive`]: w[r].primary,
              [`colorPalette${t}Border1`]: w[r].tint40,
              [`colorPalette${t}Border2`]: w[r].primary,
            };
          return Object.assign(e, o);
        }, {});
      ((z.colorPaletteYellowForeground1 = w.yellow.shade30),
        (z.colorPaletteRedForegroundInverted = w.red.tint20),
        (z.colorPaletteGreenForegroundInverted = w.green.tint20),
        (z.colorPaletteYellowForegroundInverted = w.yellow.tint40));
      const _ = [
          'darkRed',
          'cranberry',
          'pumpkin',
          'peach',
          'gold',
          'brass',
          'brown',
          'forest',
          'seafoam',
          'darkGreen',
          'lightTeal',
          'teal',
          'steel',
          'blue',
          'royalBlue',
          'cornflower',
          'navy',
          'lavender',
          'purple',
          'grape',
          'lilac',
          'pink',
          'magenta',
          'plum',
          'beige',
          'mink',
          'platinum',
          'anchor',
        ].reduce((e, r) => {
          const t = r.slice(0, 1).toUpperCase() + r.slice(1),
            o = {
              [`colorPalette${t}Background2`]: B[r].tint40,
              [`colorPalette${t}Foreground2`]: B[r].shade30,
              [`colorPalette${t}BorderActive`]: B[r].primary,
            };
          return Object.assign(e, o);
        }, {}),
        N = { ...z, ..._ },
        P = Object.entries(S).reduce((e, [r, t]) => {
          const o = r.slice(0, 1).toUpperCase() + r.slice(1),
            n = {
              [`colorStatus${o}Background1`]: x[t].tint60,
              [`colorStatus${o}Background2`]: x[t].tint40,
              [`colorStatus${o}Background3`]: x[t].primary,
              [`colorStatus${o}Foreground1`]: x[t].shade10,
              [`colorStatus${o}Foreground2`]: x[t].shade30,
              [`colorStatus${o}Foreground3`]: x[t].primary,
              [`colorStatus${o}ForegroundInverted`]: x[t].tint30,
              [`colorStatus${o}BorderActive`]: x[t].primary,
              [`colorStatus${o}Border1`]: x[t].tint40,
              [`colorStatus${o}Border2`]: x[t].primary,
            };
          return Object.assign(e, n);
        }, {});
      ((P.colorStatusDangerBackground3Hover = x[S.danger].shade10),
        (P.colorStatusDangerBackground3Pressed = x[S.danger].shade20),
        (P.colorStatusWarningForeground1 = x[S.warning].shade20),
        (P.colorStatusWarningForeground3 = x[S.warning].shade20),
        (P.colorStatusWarningBorder2 = x[S.warning].shade20));
      const F = {
          borderRadiusNone: '0',
          borderRadiusSmall: '2px',
          borderRadiusMedium: '4px',
          borderRadiusLarge: '6px',
          borderRadiusXLarge: '8px',
          borderRadius2XLarge: '12px',
          borderRadius3XLarge: '16px',
          borderRadius4XLarge: '24px',
          borderRadius5XLarge: '32px',
          borderRadius6XLarge: '40px',
          borderRadiusCircular: '10000px',
        },
        T = {
          fontSizeBase100: '10px',
          fontSizeBase200: '12px',
          fontSizeBase300: '14px',
          fontSizeBase400: '16px',
          fontSizeBase500: '20px',
          fontSizeBase600: '24px',
          fontSizeHero700: '28px',
          fontSizeHero800: '32px',
          fontSizeHero900: '40px',
          fontSizeHero1000: '68px',
        },
        j = {
          lineHeightBase100: '14px',
          lineHeightBase200: '16px',
          lineHeightBase300: '20px',
          lineHeightBase400: '22px',
          lineHeightBase500: '28px',
          lineHeightBase600: '32px',
          lineHeightHero700: '36px',
          lineHeightHero800: '40px',
          lineHeightHero900: '52px',
          lineHeightHero1000: '92px',
        },
        C = { fontWeightRegular: 400, fontWeightMedium: 500, fontWeightSemibold: 600, fontWeightBold: 700 },
        E = {
          fontFamilyBase:
            "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
          fontFamilyMonospace: "Consolas, 'Courier New', Courier, monospace",
          fontFamilyNumeric:
            "Bahnschrift, 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
        },
        q = {
          strokeWidthThin: '1px',
          strokeWidthThick: '2px',
          strokeWidthThicker: '3px',
          strokeWidthThickest: '4px',
        };
      function D(e, r, t = '') {
        return {
          [`shadow2${t}`]: `0 0 2px ${e}, 0 1px 2px ${r}`,
          [`shadow4${t}`]: `0 0 2px ${e}, 0 2px 4px ${r}`,
          [`shadow8${t}`]: `0 0 2px ${e}, 0 4px 8px ${r}`,
          [`shadow16${t}`]: `0 0 2px ${e}, 0 8px 16px ${r}`,
          [`shadow28${t}`]: `0 0 8px ${e}, 0 14px 28px ${r}`,
          [`shadow64${t}`]: `0 0 8px ${e}, 0 32px 64px ${r}`,
        };
      }
      const R = {
          durationUltraFast: '50ms',
          durationFaster: '100ms',
          durationFast: '150ms',
          durationNormal: '200ms',
          durationGentle: '250ms',
          durationSlow: '300ms',
          durationSlower: '400ms',
          durationUltraSlow: '500ms',
        },
        H = {
          curveAccelerateMax: 'cubic-bezier(0.9,0.1,1,0.2)',
          curveAccelerateMid: 'cubic-bezier(1,0,1,1)',
          curveAccelerateMin: 'cubic-bezier(0.8,0,0.78,1)',
          curveDecelerateMax: 'cubic-bezier(0.1,0.9,0.2,1)',
          curveDecelerateMid: 'cubic-bezier(0,0,0,1)',
          curveDecelerateMin: 'cubic-bezier(0.33,0,0.1,1)',
          curveEasyEaseMax: 'cubic-bezier(0.8,0,0.2,1)',
          curveEasyEase: 'cubic-bezier(0.33,0,0.67,1)',
          curveLinear: 'cubic-bezier(0,0,1,1)',
        },
        I = '10px',
        M = '12px',
        A = '16px',
        L = '20px',
        O = '24px',
        W = '32px',
        V = {
          spacingHorizontalNone: '0',
          spacingHorizontalXXS: '2px',
          spacingHorizontalXS: '4px',
          spacingHorizontalSNudge: '6px',
          spacingHorizontalS: '8px',
          spacingHorizontalMNudge: I,
          spacingHorizontalM: M,
          spacingHorizontalL: A,
          spacingHorizontalXL: L,
          spacingHorizontalXXL: O,
          spacingHorizontalXXXL: W,
        },
        X = {
          spacingVerticalNone: '0',
          spacingVerticalXXS: '2px',
          spacingVerticalXS: '4px',
          spacingVerticalSNudge: '6px',
          spacingVerticalS: '8px',
          spacingVerticalMNudge: I,
          spacingVerticalM: M,
          spacingVerticalL: A,
          spacingVerticalXL: L,
          spacingVerticalXXL: O,
          spacingVerticalXXXL: W,
        },
        $ = (() => {
          const e = ((e) => ({
            colorNeutralForeground1: o,
            colorNeutralForeground1Hover: o,
            colorNeutralForeground1Pressed: o,
            colorNeutralForeground1Selected: o,
            colorNeutralForeground2: n,
            colorNeutralForeground2Hover: o,
            colorNeutralForeground2Pressed: o,
            colorNeutralForeground2Selected: o,
            colorNeutralForeground2BrandHover: e[80],
            colorNeutralForeground2BrandPressed: e[70],
            colorNeutralForeground2BrandSelected: e[80],
            colorNeutralForeground3: a,
            colorNeutralForeground3Hover: n,
            colorNeutralForeground3Pressed: n,
            colorNeutralForeground3Selected: n,
            colorNeutralForeground3BrandHover: e[80],
            colorNeutralForeground3BrandPressed: e[70],
            colorNeutralForeground3BrandSelected: e[80],
            colorNeutralForeground4: '#707070',
            colorNeutralForeground5: a,
            colorNeutralForeground5Hover: o,
            colorNeutralForeground5Pressed: o,
            colorNeutralForeground5Selected: o,
            colorNeutralForegroundDisabled: i,
            colorNeutralForegroundInvertedDisabled: p,
            colorBrandForegroundLink: e[70],
            colorBrandForegroundLinkHover: e[60],
            colorBrandForegroundLinkPressed: e[40],
            colorBrandForegroundLinkSelected: e[70],
            colorNeutralForeground2Link: n,
            colorNeutralForeground2LinkHover: o,
            colorNeutralForeground2LinkPressed: o,
            colorNeutralForeground2LinkSelected: o,
            colorCompoundBrandForeground1: e[80],
            colorCompoundBrandForeground1Hover: e[70],
            colorCompoundBrandForeground1Pressed: e[60],
            colorBrandForeground1: e[80],
            colorBrandForeground2: e[70],
            colorBrandForeground2Hover: e[60],
            colorBrandForeground2Pressed: e[30],
            colorNeutralForeground1Static: o,
            colorNeutralForegroundStaticInverted: b,
            colorNeutralForegroundInverted: b,
            colorNeutralForegroundInvertedHover: b,
            colorNeutralForegroundInvertedPressed: b,
            colorNeutralForegroundInvertedSelected: b,
            colorNeutralForegroundInverted2: b,
            colorNeutralForegroundOnBrand: b,
            colorNeutralForegroundInvertedLink: b,
            colorNeutralForegroundInvertedLinkHover: b,
            colorNeutralForegroundInvertedLinkPressed: b,
            colorNeutralForegroundInvertedLinkSelected: b,
            colorBrandForegroundInverted: e[100],
            colorBrandForegroundInvertedHover: e[110],
            colorBrandForegroundInvertedPressed: e[100],
            colorBrandForegroundOnLight: e[80],
            colorBrandForegroundOnLightHover: e[70],
            colorBrandForegroundOnLightPressed: e[50],
            colorBrandForegroundOnLightSelected: e[60],
            colorNeutralBackground1: b,
            colorNeutralBackground1Hover: f,
            colorNeutralBackground1Pressed: c,
            colorNeutralBackground1Selected: u,
            colorNeutralBackground2: g,
            colorNeutralBackground2Hover: d,
            colorNeutralBackground2Pressed: '#dbdbdb',
            colorNeutralBackground2Selected: s,
            colorNeutralBackground3: f,
            colorNeutralBackground3Hover: u,
            colorNeutralBackground3Pressed: l,
            colorNeutralBackground3Selected: c,
            colorNeutralBackground4: d,
            colorNeutralBackground4Hover: g,
            colorNeutralBackground4Pressed: f,
            colorNeutralBackground4Selected: b,
            colorNeutralBackground5: u,
            colorNeutralBackground5Hover: f,
            colorNeutralBackground5Pressed: d,
            colorNeutralBackground5Selected: g,
            colorNeutralBackground6: s,
            colorNeutralBackground7: '#00000000',
            colorNeutralBackground7Hover: u,
            colorNeutralBackground7Pressed: l,
            colorNeutralBackground7Selected: '#00000000',
            colorNeutralBackground8: '#fcfcfc',
            colorNeutralBackgroundInverted: '#292929',
            colorNeutralBackgroundInvertedHover: '#3d3d3d',
            colorNeutralBackgroundInvertedPressed: '#1f1f1f',
            colorNeutralBackgroundInvertedSelected: '#383838',
            colorNeutralBackgroundStatic: '#333333',
            colorNeutralBackgroundAlpha: v,
            colorNeutralBackgroundAlpha2: 'rgba(255, 255, 255, 0.8)',
            colorSubtleBackground: 'transparent',
            colorSubtleBackgroundHover: f,
            colorSubtleBackgroundPressed: c,
            colorSubtleBackgroundSelected: u,
            colorSubtleBackgroundLightAlphaHover: 'rgba(255, 255, 255, 0.7)',
            colorSubtleBackgroundLightAlphaPressed: v,
            colorSubtleBackgroundLightAlphaSelected: 'transparent',
            colorSubtleBackgroundInverted: 'transparent',
            colorSubtleBackgroundInvertedHover: m,
            colorSubtleBackgroundInvertedPressed: 'rgba(0, 0, 0, 0.3)',
            colorSubtleBackgroundInvertedSelected: 'rgba(0, 0, 0, 0.2)',
            colorTransparentBackground: 'transparent',
            colorTransparentBackgroundHover: 'transparent',
            colorTransparentBackgroundPressed: 'transparent',
            colorTransparentBackgroundSelected: 'transparent',
            colorNeutralBackgroundDisabled: d,
            colorNeutralBackgroundDisabled2: b,
            colorNeutralBackgroundInvertedDisabled: 'rgba(255, 255, 255, 0.1)',
            colorNeutralStencil1: s,
            colorNeutralStencil2: g,
            colorNeutralStencil1Alpha: m,
            colorNeutralStencil2Alpha: h,
            colorBackgroundOverlay: 'rgba(0, 0, 0, 0.4)',
            colorScrollbarOverlay: 'rgba(0, 0, 0, 0.5)',
            colorBrandBackground: e[80],
            colorBrandBackgroundHover: e[70],
            colorBrandBackgroundPressed: e[40],
            colorBrandBackgroundSelected: e[60],
            colorCompoundBrandBackground: e[80],
            colorCompoundBrandBackgroundHover: e[70],
            colorCompoundBrandBackgroundPressed: e[60],
            colorBrandBackgroundStatic: e[80],
            colorBrandBackground2: e[160],
            colorBrandBackground2Hover: e[150],
            colorBrandBackground2Pressed: e[130],
            colorBrandBackground3Static: e[60],
            colorBrandBackground4Static: e[40],
            colorBrandBackgroundInverted: b,
            colorBrandBackgroundInvertedHover: e[160],
            colorBrandBackgroundInvertedPressed: e[140],
            colorBrandBackgroundInvertedSelected: e[150],
            colorNeutralCardBackground: g,
            colorNeutralCardBackgroundHover: b,
            colorNeutralCardBackgroundPressed: f,
            colorNeutralCardBackgroundSelected: u,
            colorNeutralCardBackgroundDisabled: d,
            colorNeutralStrokeAccessible: a,
            colorNeutralStrokeAccessibleHover: '#575757',
            colorNeutralStrokeAccessiblePressed: '#4d4d4d',
            colorNeutralStrokeAccessibleSelected: e[80],
            colorNeutralStroke1: '#d1d1d1',
            colorNeutralStroke1Hover: '#c7c7c7',
            colorNeutralStroke1Pressed: '#b3b3b3',
            colorNeutralStroke1Selected: i,
            colorNeutralStroke2: c,
            colorNeutralStroke3: d,
            colorNeutralStroke4: u,
            colorNeutralStroke4Hover: c,
            colorNeutralStroke4Pressed: l,
            colorNeutralStroke4Selected: u,
            colorNeutralStrokeSubtle: c,
            colorNeutralStrokeOnBrand: b,
            colorNeutralStrokeOnBrand2: b,
            colorNeutralStrokeOnBrand2Hover: b,
            colorNeutralStrokeOnBrand2Pressed: b,
            colorNeutralStrokeOnBrand2Selected: b,
            colorBrandStroke1: e[80],
            colorBrandStroke2: e[140],
            colorBrandStroke2Hover: e[120],
            colorBrandStroke2Pressed: e[80],
            colorBrandStroke2Contrast: e[140],
            colorCompoundBrandStroke: e[80],
            colorCompoundBrandStrokeHover: e[70],
            colorCompoundBrandStrokePressed: e[60],
            colorNeutralStrokeDisabled: c,
            colorNeutralStrokeDisabled2: u,
            colorNeutralStrokeInvertedDisabled: p,
            colorTransparentStroke: 'transparent',
            colorTransparentStrokeInteractive: 'transparent',
            colorTransparentStrokeDisabled: 'transparent',
            colorNeutralStrokeAlpha: h,
            colorNeutralStrokeAlpha2: 'rgba(255, 255, 255, 0.2)',
            colorStrokeFocus1: b,
            colorStrokeFocus2: '#000000',
            colorNeutralShadowAmbient: 'rgba(0,0,0,0.12)',
            colorNeutralShadowKey: 'rgba(0,0,0,0.14)',
            colorNeutralShadowAmbientLighter: 'rgba(0,0,0,0.06)',
            colorNeutralShadowKeyLighter: 'rgba(0,0,0,0.07)',
            colorNeutralShadowAmbientDarker: 'rgba(0,0,0,0.20)',
            colorNeutralShadowKeyDarker: 'rgba(0,0,0,0.24)',
            colorBrandShadowAmbient: 'rgba(0,0,0,0.30)',
            colorBrandShadowKey: 'rgba(0,0,0,0.25)',
          }))({
            10: '#061724',
            20: '#082338',
            30: '#0a2e4a',
            40: '#0c3b5e',
            50: '#0e4775',
            60: '#0f548c',
            70: '#115ea3',
            80: '#0f6cbd',
            90: '#2886de',
            100: '#479ef5',
            110: '#62abf5',
            120: '#77b7f7',
            130: '#96c6fa',
            140: '#b4d6fa',
            150: '#cfe4fa',
            160: '#ebf3fc',
          });
          return {
            ...F,
            ...T,
            ...j,
            ...E,
            ...C,
            ...q,
            ...V,
            ...X,
            ...R,
            ...H,
            ...e,
            ...N,
            ...P,
            ...D(e.colorNeutralShadowAmbient, e.colorNeutralShadowKey),
            ...D(e.colorBrandShadowAmbient, e.colorBrandShadowKey, 'Brand'),
          };
        })();
    },
    125(e, r, t) {
      t.d(r, [
        'L',
        0,
        {
          colorNeutralForeground1: 'var(--colorNeutralForeground1)',
          colorNeutralForeground1Hover: 'var(--colorNeutralForeground1Hover)',
          colorNeutralForeground1Pressed: 'var(--colorNeutralForeground1Pressed)',
          colorNeutralForeground1Selected: 'var(--colorNeutralForeground1Selected)',
          colorNeutralForeground2: 'var(--colorNeutralForeground2)',
          colorNeutralForeground2Hover: 'var(--colorNeutralForeground2Hover)',
          colorNeutralForeground2Pressed: 'var(--colorNeutralForeground2Pressed)',
          colorNeutralForeground2Selected: 'var(--colorNeutralForeground2Selected)',
          colorNeutralForeground2BrandHover: 'var(--colorNeutralForeground2BrandHover)',
          colorNeutralForeground2BrandPressed: 'var(--colorNeutralForeground2BrandPressed)',
          colorNeutralForeground2BrandSelected: 'var(--colorNeutralForeground2BrandSelected)',
          colorNeutralForeground3: 'var(--colorNeutralForeground3)',
          colorNeutralForeground3Hover: 'var(--colorNeutralForeground3Hover)',
          colorNeutralForeground3Pressed: 'var(--colorNeutralForeground3Pressed)',
          colorNeutralForeground3Selected: 'var(--colorNeutralForeground3Selected)',
          colorNeutralForeground3BrandHover: 'var(--colorNeutralForeground3BrandHover)',
          colorNeutralForeground3BrandPressed: 'var(--colorNeutralForeground3BrandPressed)',
          colorNeutralForeground3BrandSelected: 'var(--colorNeutralForeground3BrandSelected)',
          colorNeutralForeground4: 'var(--colorNeutralForeground4)',
          colorNeutralForeground5: 'var(--colorNeutralForeground5)',
          colorNeutralForeground5Hover: 'var(--colorNeutralForeground5Hover)',
          colorNeutralForeground5Pressed: 'var(--colorNeutralForeground5Pressed)',
          colorNeutralForeground5Selected: 'var(--colorNeutralForeground5Selected)',
          colorNeutralForegroundDisabled: 'var(--colorNeutralForegroundDisabled)',
          colorBrandForegroundLink: 'var(--colorBrandForegroundLink)',
          colorBrandForegroundLinkHover: 'var(--colorBrandForegroundLinkHover)',
          colorBrandForegroundLinkPressed: 'var(--colorBrandForegroundLinkPressed)',
          colorBrandForegroundLinkSelected: 'var(--colorBrandForegroundLinkSelected)',
          colorNeutralForeground2Link: 'var(--colorNeutralForeground2Link)',
          colorNeutralForeground2LinkHover: 'var(--colorNeutralForeground2LinkHover)',
          colorNeutralForeground2LinkPressed: 'var(--colorNeutralForeground2LinkPressed)',
          colorNeutralForeground2LinkSelected: 'var(--colorNeutralForeground2LinkSelected)',
          colorCompoundBrandForeground1: 'var(--colorCompoundBrandForeground1)',
          colorCompoundBrandForeground1Hover: 'var(--colorCompoundBrandForeground1Hover)',
          colorCompoundBrandForeground1Pressed: 'var(--colorCompoundBrandForeground1Pressed)',
          colorNeutralForegroundOnBrand: 'var(--colorNeutralForegroundOnBrand)',
          colorNeutralForegroundInverted: 'var(--colorNeutralForegroundInverted)',
          colorNeutralForegroundInvertedHover: 'var(--colorNeutralForegroundInvertedHover)',
          colorNeutralForegroundInvertedPressed: 'var(--colorNeutralForegroundInvertedPressed)',
          colorNeutralForegroundInvertedSelected: 'var(--colorNeutralForegroundInvertedSelected)',
          colorNeutralForegroundInverted2: 'var(--colorNeutralForegroundInverted2)',
          colorNeutralForegroundStaticInverted: 'var(--colorNeutralForegroundStaticInverted)',
          colorNeutralForegroundInvertedLink: 'var(--colorNeutralForegroundInvertedLink)',
          colorNeutralForegroundInvertedLinkHover: 'var(--colorNeutralForegroundInvertedLinkHover)',
          colorNeutralForegroundInvertedLinkPressed: 'var(--colorNeutralForegroundInvertedLinkPressed)',
          colorNeutralForegroundInvertedLinkSelected: 'var(--colorNeutralForegroundInvertedLinkSelected)',
          colorNeutralForegroundInvertedDisabled: 'var(--colorNeutralForegroundInvertedDisabled)',
          colorBrandForeground1: 'var(--colorBrandForeground1)',
          colorBrandForeground2: 'var(--colorBrandForeground2)',
          colorBrandForeground2Hover: 'var(--colorBrandForeground2Hover)',
          colorBrandForeground2Pressed: 'var(--colorBrandForeground2Pressed)',
          colorNeutralForeground1Static: 'var(--colorNeutralForeground1Static)',
          colorBrandForegroundInverted: 'var(--colorBrandForegroundInverted)',
          colorBrandForegroundInvertedHover: 'var(--colorBrandForegroundInvertedHover)',
          colorBrandForegroundInvertedPressed: 'var(--colorBrandForegroundInvertedPressed)',
          colorBrandForegroundOnLight: 'var(--colorBrandForegroundOnLight)',
          colorBrandForegroundOnLightHover: 'var(--colorBrandForegroundOnLightHover)',
          colorBrandForegroundOnLightPressed: 'var(--colorBrandForegroundOnLightPressed)',
          colorBrandForegroundOnLightSelected: 'var(--colorBrandForegroundOnLightSelected)',
          colorNeutralBackground1: 'var(--colorNeutralBackground1)',
          colorNeutralBackground1Hover: 'var(--colorNeutralBackground1Hover)',
          colorNeutralBackground1Pressed: 'var(--colorNeutralBackground1Pressed)',
          colorNeutralBackground1Selected: 'var(--colorNeutralBackground1Selected)',
          colorNeutralBackground2: 'var(--colorNeutralBackground2)',
          colorNeutralBackground2Hover: 'var(--colorNeutralBackground2Hover)',
          colorNeutralBackground2Pressed: 'var(--colorNeutralBackground2Pressed)',
          colorNeutralBackground2Selected: 'var(--colorNeutralBackground2Selected)',
          colorNeutralBackground3: 'var(--colorNeutralBackground3)',
          colorNeutralBackground3Hover: 'var(--colorNeutralBackground3Hover)',
          colorNeutralBackground3Pressed: 'var(--colorNeutralBackground3Pressed)',
          colorNeutralBackground3Selected: 'var(--colorNeutralBackground3Selected)',
          colorNeutralBackground4: 'var(--colorNeutralBackground4)',
          colorNeutralBackground4Hover: 'var(--colorNeutralBackground4Hover)',
          colorNeutralBackground4Pressed: 'var(--colorNeutralBackground4Pressed)',
          colorNeutralBackground4Selected: 'var(--colorNeutralBackground4Selected)',
          colorNeutralBackground5: 'var(--colorNeutralBackground5)',
          colorNeutralBackground5Hover: 'var(--colorNeutralBackground5Hover)',
          colorNeutralBackground5Pressed: 'var(--colorNeutralBackground5Pressed)',
          colorNeutralBackground5Selected: 'var(--colorNeutralBackground5Selected)',
          colorNeutralBackground6: 'var(--colorNeutralBackground6)',
          colorNeutralBackground7: 'var(--colorNeutralBackground7)',
          colorNeutralBackground7Hover: 'var(--colorNeutralBackground7Hover)',
          colorNeutralBackground7Pressed: 'var(--colorNeutralBackground7Pressed)',
          colorNeutralBackground7Selected: 'var(--colorNeutralBackground7Selected)',
          colorNeutralBackground8: 'var(--colorNeutralBackground8)',
          colorNeutralBackgroundInverted: 'var(--colorNeutralBackgroundInverted)',
          colorNeutralBackgroundInvertedHover: 'var(--colorNeutralBackgroundInvertedHover)',
          colorNeutralBackgroundInvertedPressed: 'var(--colorNeutralBackgroundInvertedPressed)',
          colorNeutralBackgroundInvertedSelected: 'var(--colorNeutralBackgroundInvertedSelected)',
          colorNeutralBackgroundStatic: 'var(--colorNeutralBackgroundStatic)',
          colorNeutralBackgroundAlpha: 'var(--colorNeutralBackgroundAlpha)',
          colorNeutralBackgroundAlpha2: 'var(--colorNeutralBackgroundAlpha2)',
          colorSubtleBackground: 'var(--colorSubtleBackground)',
          colorSubtleBackgroundHover: 'var(--colorSubtleBackgroundHover)',
          colorSubtleBackgroundPressed: 'var(--colorSubtleBackgroundPressed)',
          colorSubtleBackgroundSelected: 'var(--colorSubtleBackgroundSelected)',
          colorSubtleBackgroundLightAlphaHover: 'var(--colorSubtleBackgroundLightAlphaHover)',
          colorSubtleBackgroundLightAlphaPressed: 'var(--colorSubtleBackgroundLightAlphaPressed)',
          colorSubtleBackgroundLightAlphaSelected: 'var(--colorSubtleBackgroundLightAlphaSelected)',
          colorSubtleBackgroundInverted: 'var(--colorSubtleBackgroundInverted)',
          colorSubtleBackgroundInvertedHover: 'var(--colorSubtleBackgroundInvertedHover)',
          colorSubtleBackgroundInvertedPressed: 'var(--colorSubtleBackgroundInvertedPressed)',
          colorSubtleBackgroundInvertedSelected: 'var(--colorSubtleBackgroundInvertedSelected)',
          colorTransparentBackground: 'var(--colorTransparentBackground)',
          colorTransparentBackgroundHover: 'var(--colorTransparentBackgroundHover)',
          colorTransparentBackgroundPressed: 'var(--colorTransparentBackgroundPressed)',
          colorTransparentBackgroundSelected: 'var(--colorTransparentBackgroundSelected)',
          colorNeutralBackgroundDisabled: 'var(--colorNeutralBackgroundDisabled)',
          colorNeutralBackgroundDisabled2: 'var(--colorNeutralBackgroundDisabled2)',
          colorNeutralBackgroundInvertedDisabled: 'var(--colorNeutralBackgroundInvertedDisabled)',
          colorNeutralStencil1: 'var(--colorNeutralStencil1)',
          colorNeutralStencil2: 'var(--colorNeutralStencil2)',
          colorNeutralStencil1Alpha: 'var(--colorNeutralStencil1Alpha)',
          colorNeutralStencil2Alpha: 'var(--colorNeutralStencil2Alpha)',
          colorBackgroundOverlay: 'var(--colorBackgroundOverlay)',
          colorScrollbarOverlay: 'var(--colorScrollbarOverlay)',
          colorBrandBackground: 'var(--colorBrandBackground)',
          colorBrandBackgroundHover: 'var(--colorBrandBackgroundHover)',
          colorBrandBackgroundPressed: 'var(--colorBrandBackgroundPressed)',
          colorBrandBackgroundSelected: 'var(--colorBrandBackgroundSelected)',
          colorCompoundBrandBackground: 'var(--colorCompoundBrandBackground)',
          colorCompoundBrandBackgroundHover: 'var(--colorCompoundBrandBackgroundHover)',
          colorCompoundBrandBackgroundPressed: 'var(--colorCompoundBrandBackgroundPressed)',
          colorBrandBackgroundStatic: 'var(--colorBrandBackgroundStatic)',
          colorBrandBackground2: 'var(--colorBrandBackground2)',
          colorBrandBackground2Hover: 'var(--colorBrandBackground2Hover)',
          colorBrandBackground2Pressed: 'var(--colorBrandBackground2Pressed)',
          colorBrandBackground3Static: 'var(--colorBrandBackground3Static)',
          colorBrandBackground4Static: 'var(--colorBrandBackground4Static)',
          colorBrandBackgroundInverted: 'var(--colorBrandBackgroundInverted)',
          colorBrandBackgroundInvertedHover: 'var(--colorBrandBackgroundInvertedHover)',
          colorBrandBackgroundInvertedPressed: 'var(--colorBrandBackgroundInvertedPressed)',
          colorBrandBackgroundInvertedSelected: 'var(--colorBrandBackgroundInvertedSelected)',
          colorNeutralCardBackground: 'var(--colorNeutralCardBackground)',
          colorNeutralCardBackgroundHover: 'var(--colorNeutralCardBackgroundHover)',
          colorNeutralCardBackgroundPressed: 'var(--colorNeutralCardBackgroundPressed)',
          colorNeutralCardBackgroundSelected: 'var(--colorNeutralCardBackgroundSelected)',
          colorNeutralCardBackgroundDisabled: 'var(--colorNeutralCardBackgroundDisabled)',
          colorNeutralStrokeAccessible: 'var(--colorNeutralStrokeAccessible)',
          colorNeutralStrokeAccessibleHover: 'var(--colorNeutralStrokeAccessibleHover)',
          colorNeutralStrokeAccessiblePressed: 'var(--colorNeutralStrokeAccessiblePressed)',
          colorNeutralStrokeAccessibleSelected: 'var(--colorNeutralStrokeAccessibleSelected)',
          colorNeutralStroke1: 'var(--colorNeutralStroke1)',
          colorNeutralStroke1Hover: 'var(--colorNeutralStroke1Hover)',
          colorNeutralStroke1Pressed: 'var(--colorNeutralStroke1Pressed)',
          colorNeutralStroke1Selected: 'var(--colorNeutralStroke1Selected)',
          colorNeutralStroke2: 'var(--colorNeutralStroke2)',
          colorNeutralStroke3: 'var(--colorNeutralStroke3)',
          colorNeutralStroke4: 'var(--colorNeutralStroke4)',
          colorNeutralStroke4Hover: 'var(--colorNeutralStroke4Hover)',
          colorNeutralStroke4Pressed: 'var(--colorNeutralStroke4Pressed)',
          colorNeutralStroke4Selected: 'var(--colorNeutralStroke4Selected)',
          colorNeutralStrokeSubtle: 'var(--colorNeutralStrokeSubtle)',
          colorNeutralStrokeOnBrand: 'var(--colorNeutralStrokeOnBrand)',
          colorNeutralStrokeOnBrand2: 'var(--colorNeutralStrokeOnBrand2)',
          colorNeutralStrokeOnBrand2Hover: 'var(--colorNeutralStrokeOnBrand2Hover)',
          colorNeutralStrokeOnBrand2Pressed: 'var(--colorNeutralStrokeOnBrand2Pressed)',
          colorNeutralStrokeOnBrand2Selected: 'var(--colorNeutralStrokeOnBrand2Selected)',
          colorBrandStroke1: 'var(--colorBrandStroke1)',
          colorBrandStroke2: 'var(--colorBrandStroke2)',
          colorBrandStroke2Hover: 'var(--colorBrandStroke2Hover)',
          colorBrandStroke2Pressed: 'var(--colorBrandStroke2Pressed)',
          colorBrandStroke2Contrast: 'var(--colorBrandStroke2Contrast)',
          colorCompoundBrandStroke: 'var(--colorCompoundBrandStroke)',
          colorCompoundBrandStrokeHover: 'var(--colorCompoundBrandStrokeHover)',
          colorCompoundBrandStrokePressed: 'var(--colorCompoundBrandStrokePressed)',
          colorNeutralStrokeDisabled: 'var(--colorNeutralStrokeDisabled)',
          colorNeutralStrokeDisabled2: 'var(--colorNeutralStrokeDisabled2)',
          colorNeutralStrokeInvertedDisabled: 'var(--colorNeutralStrokeInvertedDisabled)',
          colorTransparentStroke: 'var(--colorTransparentStroke)',
          colorTransparentStrokeInteractive: 'var(--colorTransparentStrokeInteractive)',
          colorTransparentStrokeDisabled: 'var(--colorTransparentStrokeDisabled)',
          colorNeutralStrokeAlpha: 'var(--colorNeutralStrokeAlpha)',
          colorNeutralStrokeAlpha2: 'var(--colorNeutralStrokeAlpha2)',
          colorStrokeFocus1: 'var(--colorStrokeFocus1)',
          colorStrokeFocus2: 'var(--colorStrokeFocus2)',
          colorNeutralShadowAmbient: 'var(--colorNeutralShadowAmbient)',
          colorNeutralShadowKey: 'var(--colorNeutralShadowKey)',
          colorNeutralShadowAmbientLighter: 'var(--colorNeutralShadowAmbientLighter)',
          colorNeutralShadowKeyLighter: 'var(--colorNeutralShadowKeyLighter)',
          colorNeutralShadowAmbientDarker: 'var(--colorNeutralShadowAmbientDarker)',
          colorNeutralShadowKeyDarker: 'var(--colorNeutralShadowKeyDarker)',
          colorBrandShadowAmbient: 'var(--colorBrandShadowAmbient)',
          colorBrandShadowKey: 'var(--colorBrandShadowKey)',
          colorPaletteRedBackground1: 'var(--colorPaletteRedBackground1)',
          colorPaletteRedBackground2: 'var(--colorPaletteRedBackground2)',
          colorPaletteRedBackground3: 'var(--colorPaletteRedBackground3)',
          colorPaletteRedBorderActive: 'var(--colorPaletteRedBorderActive)',
          colorPaletteRedBorder1: 'var(--colorPaletteRedBorder1)',
          colorPaletteRedBorder2: 'var(--colorPaletteRedBorder2)',
          colorPaletteRedForeground1: 'var(--colorPaletteRedForeground1)',
          colorPaletteRedForeground2: 'var(--colorPaletteRedForeground2)',
          colorPaletteRedForeground3: 'var(--colorPaletteRedForeground3)',
          colorPaletteRedForegroundInverted: 'var(--colorPaletteRedForegroundInverted)',
          colorPaletteGreenBackground1: 'var(--colorPaletteGreenBackground1)',
          colorPaletteGreenBackground2: 'var(--colorPaletteGreenBackground2)',
          colorPaletteGreenBackground3: 'var(--colorPaletteGreenBackground3)',
          colorPaletteGreenBorderActive: 'var(--colorPaletteGreenBorderActive)',
          colorPaletteGreenBorder1: 'var(--colorPaletteGreenBorder1)',
          colorPaletteGreenBorder2: 'var(--colorPaletteGreenBorder2)',
          colorPaletteGreenForeground1: 'var(--colorPaletteGreenForeground1)',
          colorPaletteGreenForeground2: 'var(--colorPaletteGreenForeground2)',
          colorPaletteGreenForeground3: 'var(--colorPaletteGreenForeground3)',
          colorPaletteGreenForegroundInverted: 'var(--colorPaletteGreenForegroundInverted)',
          colorPaletteDarkOrangeBackground1: 'var(--colorPaletteDarkOrangeBackground1)',
          colorPaletteDarkOrangeBackground2: 'var(--colorPaletteDarkOrangeBackground2)',
          colorPaletteDarkOrangeBackground3: 'var(--colorPaletteDarkOrangeBackground3)',
          colorPaletteDarkOrangeBorderActive: 'var(--colorPaletteDarkOrangeBorderActive)',
          colorPaletteDarkOrangeBorder1: 'var(--colorPaletteDarkOrangeBorder1)',
          colorPaletteDarkOrangeBorder2: 'var(--colorPaletteDarkOrangeBorder2)',
          colorPaletteDarkOrangeForeground1: 'var(--colorPaletteDarkOrangeForeground1)',
          colorPaletteDarkOrangeForeground2: 'var(--colorPaletteDarkOrangeForeground2)',
          colorPaletteDarkOrangeForeground3: 'var(--colorPaletteDarkOrangeForeground3)',
          colorPaletteYellowBackground1: 'var(--colorPaletteYellowBackground1)',
          colorPaletteYellowBackground2: 'var(--colorPaletteYellowBackground2)',
          colorPaletteYellowBackground3: 'var(--colorPaletteYellowBackground3)',
          colorPaletteYellowBorderActive: 'var(--colorPaletteYellowBorderActive)',
          colorPaletteYellowBorder1: 'var(--colorPaletteYellowBorder1)',
          colorPaletteYellowBorder2: 'var(--colorPaletteYellowBorder2)',
          colorPaletteYellowForeground1: 'var(--colorPaletteYellowForeground1)',
          colorPaletteYellowForeground2: 'var(--colorPaletteYellowForeground2)',
          colorPaletteYellowForeground3: 'var(--colorPaletteYellowForeground3)',
          colorPaletteYellowForegroundInverted: 'var(--colorPaletteYellowForegroundInverted)',
          colorPaletteBerryBackground1: 'var(--colorPaletteBerryBackground1)',
          colorPaletteBerryBackground2: 'var(--colorPaletteBerryBackground2)',
          colorPaletteBerryBackground3: 'var(--colorPaletteBerryBackground3)',
          colorPaletteBerryBorderActive: 'var(--colorPaletteBerryBorderActive)',
          colorPaletteBerryBorder1: 'var(--colorPaletteBerryBorder1)',
          colorPaletteBerryBorder2: 'var(--colorPaletteBerryBorder2)',
          colorPaletteBerryForeground1: 'var(--colorPaletteBerryForeground1)',
          colorPaletteBerryForeground2: 'var(--colorPaletteBerryForeground2)',
          colorPaletteBerryForeground3: 'var(--colorPaletteBerryForeground3)',
          colorPaletteMarigoldBackground1: 'var(--colorPaletteMarigoldBackground1)',
          colorPaletteMarigoldBackground2: 'var(--colorPaletteMarigoldBackground2)',
          colorPaletteMarigoldBackground3: 'var(--colorPaletteMarigoldBackground3)',
          colorPaletteMarigoldBorderActive: 'var(--colorPaletteMarigoldBorderActive)',
          colorPaletteMarigoldBorder1: 'var(--colorPaletteMarigoldBorder1)',
          colorPaletteMarigoldBorder2: 'var(--colorPaletteMarigoldBorder2)',
          colorPaletteMarigoldForeground1: 'var(--colorPaletteMarigoldForeground1)',
          colorPaletteMarigoldForeground2: 'var(--colorPaletteMarigoldForeground2)',
          colorPaletteMarigoldForeground3: 'var(--colorPaletteMarigoldForeground3)',
          colorPaletteLightGreenBackground1: 'var(--colorPaletteLightGreenBackground1)',
          colorPaletteLightGreenBackground2: 'var(--colorPaletteLightGreenBackground2)',
          colorPaletteLightGreenBackground3: 'var(--colorPaletteLightGreenBackground3)',
          colorPaletteLightGreenBorderActive: 'var(--colorPaletteLightGreenBorderActive)',
          colorPaletteLightGreenBorder1: 'var(--colorPaletteLightGreenBorder1)',
          colorPaletteLightGreenBorder2: 'var(--colorPaletteLightGreenBorder2)',
          colorPaletteLightGreenForeground1: 'var(--colorPaletteLightGreenForeground1)',
          colorPaletteLightGreenForeground2: 'var(--colorPaletteLightGreenForeground2)',
          colorPaletteLightGreenForeground3: 'var(--colorPaletteLightGreenForeground3)',
          colorPaletteAnchorBackground2: 'var(--colorPaletteAnchorBackground2)',
          colorPaletteAnchorBorderActive: 'var(--colorPaletteAnchorBorderActive)',
          colorPaletteAnchorForeground2: 'var(--colorPaletteAnchorForeground2)',
          colorPaletteBeigeBackground2: 'var(--colorPaletteBeigeBackground2)',
          colorPaletteBeigeBorderActive: 'var(--colorPaletteBeigeBorderActive)',
          colorPaletteBeigeForeground2: 'var(--colorPaletteBeigeForeground2)',
          colorPaletteBlueBackground2: 'var(--colorPaletteBlueBackground2)',
          colorPaletteBlueBorderActive: 'var(--colorPaletteBlueBorderActive)',
          colorPaletteBlueForeground2: 'var(--colorPaletteBlueForeground2)',
          colorPaletteBrassBackground2: 'var(--colorPaletteBrassBackground2)',
          colorPaletteBrassBorderActive: 'var(--colorPaletteBrassBorderActive)',
          colorPaletteBrassForeground2: 'var(--colorPaletteBrassForeground2)',
          colorPaletteBrownBackground2: 'var(--colorPaletteBrownBackground2)',
          colorPaletteBrownBorderActive: 'var(--colorPaletteBrownBorderActive)',
          colorPaletteBrownForeground2: 'var(--colorPaletteBrownForeground2)',
          colorPaletteCornflowerBackground2: 'var(--colorPaletteCornflowerBackground2)',
          colorPaletteCornflowerBorderActive: 'var(--colorPaletteCornflowerBorderActive)',
          colorPaletteCornflowerForeground2: 'var(--colorPaletteCornflowerForeground2)',
          colorPaletteCranberryBackground2: 'var(--colorPaletteCranberryBackground2)',
          colorPaletteCranberryBorderActive: 'var(--colorPaletteCranberryBorderActive)',
          colorPaletteCranberryForeground2: 'var(--colorPaletteCranberryForeground2)',
          colorPaletteDarkGreenBackground2: 'var(--colorPaletteDarkGreenBackground2)',
          colorPaletteDarkGreenBorderActive: 'var(--colorPaletteDarkGreenBorderActive)',
          colorPaletteDarkGreenForeground2: 'var(--colorPaletteDarkGreenForeground2)',
          colorPaletteDarkRedBackground2: 'var(--colorPaletteDarkRedBackground2)',
          colorPaletteDarkRedBorderActive: 'var(--colorPaletteDarkRedBorderActive)',
          colorPaletteDarkRedForeground2: 'var(--colorPaletteDarkRedForeground2)',
          colorPaletteForestBackground2: 'var(--colorPaletteForestBackground2)',
          colorPaletteForestBorderActive: 'var(--colorPaletteForestBorderActive)',
          colorPaletteForestForeground2: 'var(--colorPaletteForestForeground2)',
          colorPaletteGoldBackground2: 'var(--colorPaletteGoldBackground2)',
          colorPaletteGoldBorderActive: 'var(--colorPaletteGoldBorderActive)',
          colorPaletteGoldForeground2: 'var(--colorPaletteGoldForeground2)',
          colorPaletteGrapeBackground2: 'var(--colorPaletteGrapeBackground2)',
          colorPaletteGrapeBorderActive: 'var(--colorPaletteGrapeBorderActive)',
          colorPaletteGrapeForeground2: 'var(--colorPaletteGrapeForeground2)',
          colorPaletteLavenderBackground2: 'var(--colorPaletteLavenderBackground2)',
          colorPaletteLavenderBorderActive: 'var(--colorPaletteLavenderBorderActive)',
          colorPaletteLavenderForeground2: 'var(--colorPaletteLavenderForeground2)',
          colorPaletteLightTealBackground2: 'var(--colorPaletteLightTealBackground2)',
          colorPaletteLightTealBorderActive: 'var(--colorPaletteLightTealBorderActive)',
          colorPaletteLightTealForeground2: 'var(--colorPaletteLightTealForeground2)',
          colorPaletteLilacBackground2: 'var(--colorPaletteLilacBackground2)',
          colorPaletteLilacBorderActive: 'var(--colorPaletteLilacBorderActive)',
          colorPaletteLilacForeground2: 'var(--colorPaletteLilacForeground2)',
          colorPaletteMagentaBackground2: 'var(--colorPaletteMagentaBackground2)',
          colorPaletteMagentaBorderActive: 'var(--colorPaletteMagentaBorderActive)',
          colorPaletteMagentaForeground2: 'var(--colorPaletteMagentaForeground2)',
          colorPaletteMinkBackground2: 'var(--colorPaletteMinkBackground2)',
          colorPaletteMinkBorderActive: 'var(--colorPaletteMinkBorderActive)',
          colorPaletteMinkForeground2: 'var(--colorPaletteMinkForeground2)',
          colorPaletteNavyBackground2: 'var(--colorPaletteNavyBackground2)',
          colorPaletteNavyBorderActive: 'var(--colorPaletteNavyBorderActive)',
          colorPaletteNavyForeground2: 'var(--colorPaletteNavyForeground2)',
          colorPalettePeachBackground2: 'var(--colorPalettePeachBackground2)',
          colorPalettePeachBorderActive: 'var(--colorPalettePeachBorderActive)',
          colorPalettePeachForeground2: 'var(--colorPalettePeachForeground2)',
          colorPalettePinkBackground2: 'var(--colorPalettePinkBackground2)',
          colorPalettePinkBorderActive: 'var(--colorPalettePinkBorderActive)',
          colorPalettePinkForeground2: 'var(--colorPalettePinkForeground2)',
          colorPalettePlatinumBackground2: 'var(--colorPalettePlatinumBackground2)',
          colorPalettePlatinumBorderActive: 'var(--colorPalettePlatinumBorderActive)',
          colorPalettePlatinumForeground2: 'var(--colorPalettePlatinumForeground2)',
          colorPalettePlumBackground2: 'var(--colorPalettePlumBackground2)',
          colorPalettePlumBorderActive: 'var(--colorPalettePlumBorderActive)',
          colorPalettePlumForeground2: 'var(--colorPalettePlumForeground2)',
          colorPalettePumpkinBackground2: 'var(--colorPalettePumpkinBackground2)',
          colorPalettePumpkinBorderActive: 'var(--colorPalettePumpkinBorderActive)',
          colorPalettePumpkinForeground2: 'var(--colorPalettePumpkinForeground2)',
          colorPalettePurpleBackground2: 'var(--colorPalettePurpleBackground2)',
          colorPalettePurpleBorderActive: 'var(--colorPalettePurpleBorderActive)',
          colorPalettePurpleForeground2: 'var(--colorPalettePurpleForeground2)',
          colorPaletteRoyalBlueBackground2: 'var(--colorPaletteRoyalBlueBackground2)',
          colorPaletteRoyalBlueBorderActive: 'var(--colorPaletteRoyalBlueBorderActive)',
          colorPaletteRoyalBlueForeground2: 'var(--colorPaletteRoyalBlueForeground2)',
          colorPaletteSeafoamBackground2: 'var(--colorPaletteSeafoamBackground2)',
          colorPaletteSeafoamBorderActive: 'var(--colorPaletteSeafoamBorderActive)',
          colorPaletteSeafoamForeground2: 'var(--colorPaletteSeafoamForeground2)',
          colorPaletteSteelBackground2: 'var(--colorPaletteSteelBackground2)',
          colorPaletteSteelBorderActive: 'var(--colorPaletteSteelBorderActive)',
          colorPaletteSteelForeground2: 'var(--colorPaletteSteelForeground2)',
          colorPaletteTealBackground2: 'var(--colorPaletteTealBackground2)',
          colorPaletteTealBorderActive: 'var(--colorPaletteTealBorderActive)',
          colorPaletteTealForeground2: 'var(--colorPaletteTealForeground2)',
          colorStatusSuccessBackground1: 'var(--colorStatusSuccessBackground1)',
          colorStatusSuccessBackground2: 'var(--colorStatusSuccessBackground2)',
          colorStatusSuccessBackground3: 'var(--colorStatusSuccessBackground3)',
          colorStatusSuccessForeground1: 'var(--colorStatusSuccessForeground1)',
          colorStatusSuccessForeground2: 'var(--colorStatusSuccessForeground2)',
          colorStatusSuccessForeground3: 'var(--colorStatusSuccessForeground3)',
          colorStatusSuccessForegroundInverted: 'var(--colorStatusSuccessForegroundInverted)',
          colorStatusSuccessBorderActive: 'var(--colorStatusSuccessBorderActive)',
          colorStatusSuccessBorder1: 'var(--colorStatusSuccessBorder1)',
          colorStatusSuccessBorder2: 'var(--colorStatusSuccessBorder2)',
          colorStatusWarningBackground1: 'var(--colorStatusWarningBackground1)',
          colorStatusWarningBackground2: 'var(--colorStatusWarningBackground2)',
          colorStatusWarningBackground3: 'var(--colorStatusWarningBackground3)',
          colorStatusWarningForeground1: 'var(--colorStatusWarningForeground1)',
          colorStatusWarningForeground2: 'var(--colorStatusWarningForeground2)',
          colorStatusWarningForeground3: 'var(--colorStatusWarningForeground3)',
          colorStatusWarningForegroundInverted: 'var(--colorStatusWarningForegroundInverted)',
          colorStatusWarningBorderActive: 'var(--colorStatusWarningBorderActive)',
          colorStatusWarningBorder1: 'var(--colorStatusWarningBorder1)',
          colorStatusWarningBorder2: 'var(--colorStatusWarningBorder2)',
          colorStatusDangerBackground1: 'var(--colorStatusDangerBackground1)',
          colorStatusDangerBackground2: 'var(--colorStatusDangerBackground2)',
          colorStatusDangerBackground3: 'var(--colorStatusDangerBackground3)',
          colorStatusDangerBackground3Hover: 'var(--colorStatusDangerBackground3Hover)',
          colorStatusDangerBackground3Pressed: 'var(--colorStatusDangerBackground3Pressed)',
          colorStatusDangerForeground1: 'var(--colorStatusDangerForeground1)',
          colorStatusDangerForeground2: 'var(--colorStatusDangerForeground2)',
          colorStatusDangerForeground3: 'var(--colorStatusDangerForeground3)',
          colorStatusDangerForegroundInverted: 'var(--colorStatusDangerForegroundInverted)',
          colorStatusDangerBorderActive: 'var(--colorStatusDangerBorderActive)',
          colorStatusDangerBorder1: 'var(--colorStatusDangerBorder1)',
          colorStatusDangerBorder2: 'var(--colorStatusDangerBorder2)',
          borderRadiusNone: 'var(--borderRadiusNone)',
          borderRadiusSmall: 'var(--borderRadiusSmall)',
          borderRadiusMedium: 'var(--borderRadiusMedium)',
          borderRadiusLarge: 'var(--borderRadiusLarge)',
          borderRadiusXLarge: 'var(--borderRadiusXLarge)',
          borderRadius2XLarge: 'var(--borderRadius2XLarge)',
          borderRadius3XLarge: 'var(--borderRadius3XLarge)',
          borderRadius4XLarge: 'var(--borderRadius4XLarge)',
          borderRadius5XLarge: 'var(--borderRadius5XLarge)',
          borderRadius6XLarge: 'var(--borderRadius6XLarge)',
          borderRadiusCircular: 'var(--borderRadiusCircular)',
          fontFamilyBase: 'var(--fontFamilyBase)',
          fontFamilyMonospace: 'var(--fontFamilyMonospace)',
          fontFamilyNumeric: 'var(--fontFamilyNumeric)',
          fontSizeBase100: 'var(--fontSizeBase100)',
          fontSizeBase200: 'var(--fontSizeBase200)',
          fontSizeBase300: 'var(--fontSizeBase300)',
          fontSizeBase400: 'var(--fontSizeBase400)',
          fontSizeBase500: 'var(--fontSizeBase500)',
          fontSizeBase600: 'var(--fontSizeBase600)',
          fontSizeHero700: 'var(--fontSizeHero700)',
          fontSizeHero800: 'var(--fontSizeHero800)',
          fontSizeHero900: 'var(--fontSizeHero900)',
          fontSizeHero1000: 'var(--fontSizeHero1000)',
          fontWeightRegular: 'var(--fontWeightRegular)',
          fontWeightMedium: 'var(--fontWeightMedium)',
          fontWeightSemibold: 'var(--fontWeightSemibold)',
          fontWeightBold: 'var(--fontWeightBold)',
          lineHeightBase100: 'var(--lineHeightBase100)',
          lineHeightBase200: 'var(--lineHeightBase200)',
          lineHeightBase300: 'var(--lineHeightBase300)',
          lineHeightBase400: 'var(--lineHeightBase400)',
          lineHeightBase500: 'var(--lineHeightBase500)',
          lineHeightBase600: 'var(--lineHeightBase600)',
          lineHeightHero700: 'var(--lineHeightHero700)',
          lineHeightHero800: 'var(--lineHeightHero800)',
          lineHeightHero900: 'var(--lineHeightHero900)',
          lineHeightHero1000: 'var(--lineHeightHero1000)',
          shadow2: 'var(--shadow2)',
          shadow4: 'var(--shadow4)',
          shadow8: 'var(--shadow8)',
          shadow16: 'var(--shadow16)',
          shadow28: 'var(--shadow28)',
          shadow64: 'var(--shadow64)',
          shadow2Brand: 'var(--shadow2Brand)',
          shadow4Brand: 'var(--shadow4Brand)',
          shadow8Brand: 'var(--shadow8Brand)',
          shadow16Brand: 'var(--shadow16Brand)',
          shadow28Brand: 'var(--shadow28Brand)',
          shadow64Brand: 'var(--shadow64Brand)',
          strokeWidthThin: 'var(--strokeWidthThin)',
          strokeWidthThick: 'var(--strokeWidthThick)',
          strokeWidthThicker: 'var(--strokeWidthThicker)',
          strokeWidthThickest: 'var(--strokeWidthThickest)',
          spacingHorizontalNone: 'var(--spacingHorizontalNone)',
          spacingHorizontalXXS: 'var(--spacingHorizontalXXS)',
          spacingHorizontalXS: 'var(--spacingHorizontalXS)',
          spacingHorizontalSNudge: 'var(--spacingHorizontalSNudge)',
          spacingHorizontalS: 'var(--spacingHorizontalS)',
          spacingHorizontalMNudge: 'var(--spacingHorizontalMNudge)',
          spacingHorizontalM: 'var(--spacingHorizontalM)',
          spacingHorizontalL: 'var(--spacingHorizontalL)',
          spacingHorizontalXL: 'var(--spacingHorizontalXL)',
          spacingHorizontalXXL: 'var(--spacingHorizontalXXL)',
          spacingHorizontalXXXL: 'var(--spacingHorizontalXXXL)',
          spacingVerticalNone: 'var(--spacingVerticalNone)',
          spacingVerticalXXS: 'var(--spacingVerticalXXS)',
          spacingVerticalXS: 'var(--spacingVerticalXS)',
          spacingVerticalSNudge: 'var(--spacingVerticalSNudge)',
          spacingVerticalS: 'var(--spacingVerticalS)',
          spacingVerticalMNudge: 'var(--spacingVerticalMNudge)',
          spacingVerticalM: 'var(--spacingVerticalM)',
          spacingVerticalL: 'var(--spacingVerticalL)',
          spacingVerticalXL: 'var(--spacingVerticalXL)',
          spacingVerticalXXL: 'var(--spacingVerticalXXL)',
          spacingVerticalXXXL: 'var(--spacingVerticalXXXL)',
          durationUltraFast: 'var(--durationUltraFast)',
          durationFaster: 'var(--durationFaster)',
          durationFast: 'var(--durationFast)',
          durationNormal: 'var(--durationNormal)',
          durationGentle: 'var(--durationGentle)',
          durationSlow: 'var(--durationSlow)',
          durationSlower: 'var(--durationSlower)',
          durationUltraSlow: 'var(--durationUltraSlow)',
          curveAccelerateMax: 'var(--curveAccelerateMax)',
          curveAccelerateMid: 'var(--curveAccelerateMid)',
          curveAccelerateMin: 'var(--curveAccelerateMin)',
          curveDecelerateMax: 'var(--curveDecelerateMax)',
          curveDecelerateMid: 'var(--curveDecelerateMid)',
          curveDecelerateMin: 'var(--curveDecelerateMin)',
          curveEasyEaseMax: 'var(--curveEasyEaseMax)',
          curveEasyEase: 'var(--curveEasyEase)',
          curveLinear: 'var(--curveLinear)',
          zIndexBackground: 'var(--zIndexBackground, 0)',
          zIndexContent: 'var(--zIndexContent, 1)',
          zIndexOverlay: 'var(--zIndexOverlay, 1000)',
          zIndexPopup: 'var(--zIndexPopup, 2000)',
          zIndexMessages: 'var(--zIndexMessages, 3000)',
          zIndexFloating: 'var(--zIndexFloating, 4000)',
          zIndexPriority: 'var(--zIndexPriority, 5000)',
          zIndexDebug: 'var(--zIndexDebug, 6000)',
        },
      ]);
    },
    5810(e, r, t) {
      t.d(r, { X: () => a });
      var o = t(571),
        n = t(1017);
      function a(e, r, t = o.A) {
        const a = t();
        let i = null,
          l = null;
        return function (t) {
          const { dir: o, renderer: c } = t,
            s = 'ltr' === o;
          return (
            s ? null === i && (i = (0, n.N)(e, o)) : null === l && (l = (0, n.N)(e, o)),
            a(c, r),
            s ? i : l
          );
        };
      }
    },
    3857(e, r, t) {
      const o = 'undefined' == typeof window ? t.g : window,
        n = '@griffel/';
      function a(e, r) {
        return (o[Symbol.for(n + e)] || (o[Symbol.for(n + e)] = r), o[Symbol.for(n + e)]);
      }
      const i = a('DEFINITION_LOOKUP_TABLE', {});
      t.d(r, [
        'EJ',
        0,
        'data-priority',
        'Ut',
        0,
        'DO_NOT_USE_DIRECTLY: @griffel/reset-value',
        'VG',
        0,
        'data-container',
        'ed',
        0,
        'data-make-styles-bucket',
        'k1',
        0,
        i,
        'qw',
        0,
        {
          all: 1,
          borderColor: 1,
          borderStyle: 1,
          borderWidth: 1,
          borderBlock: 1,
          borderBlockEnd: 1,
          borderBlockStart: 1,
          borderInline: 1,
          borderInlineEnd: 1,
          borderInlineStart: 1,
        },
        'wn',
        0,
        10,
      ]);
    },
    571(e, r, t) {
      t.d(r, [
        'A',
        0,
        () => {
          const e = {};
          return function (r, t) {
            void 0 === e[r.id] && (r.insertCSSRules(t), (e[r.id] = !0));
          };
        },
      ]);
    },
    738(e, r, t) {
      t.d(r, { z: () => l });
      var o = t(3857),
        n = t(7696),
        a = t(1017);
      const i = {};
      function l() {
        let e = null,
          r = '',
          t = '';
        const l = new Array(arguments.length);
        for (let e = 0; e < arguments.length; e++) {
          const n = arguments[e];
          if ('string' == typeof n && '' !== n) {
            const a = n.indexOf('___');
            if (-1 === a) r += n + ' ';
            else {
              const i = n.substr(a, o.wn);
              (a > 0 && (r += n.slice(0, a)), (t += i), (l[e] = i));
            }
          }
        }
        if ('' === t) return r.slice(0, -1);
        const c = i[t];
        if (void 0 !== c) return r + c;
        const s = [];
        for (let r = 0; r < arguments.length; r++) {
          const t = l[r];
          if (t) {
            const r = o.k1[t];
            r && (s.push(r[0]), (e = r[1]));
          }
        }
        const u = Object.assign.apply(Object, [{}].concat(s)),
          [d, f] = (0, a.z)(u, e),
          g = (0, n.G)(f, e, l),
          p = g + ' ' + d;
        return ((i[t] = p), (o.k1[g] = [u, e]), r + p);
      }
    },
    1017(e, r, t) {
      t.d(r, { N: () => i, z: () => a });
      var o = t(3857),
        n = t(7696);
      function a(e, r) {
        let t = '',
          o = '';
        for (const n in e) {
          const a = e[n];
          if (0 === a) {
            o += n + ' ';
            continue;
          }
          const i = Array.isArray(a),
            l = 'rtl' === r ? (i ? a[1] : a) + ' ' : (i ? a[0] : a) + ' ';
          ((t += l), (o += l));
        }
        return [t.slice(0, -1), o.slice(0, -1)];
      }
      function i(e, r) {
        const t = {};
        for (const i in e) {
          const [l, c] = a(e[i], r);
          if ('' === c) {
            t[i] = '';
            continue;
          }
          const s = (0, n.G)(c, r),
            u = s + ('' === l ? '' : ' ' + l);
          ((o.k1[s] = [e[i], r]), (t[i] = u));
        }
        return t;
      }
    },
    7696(e, r, t) {
      t.d(r, { G: () => n });
      var o = t(5137);
      function n(e, r, t = []) {
        return (
          '___' +
          (function (e) {
            const r = e.length;
            if (7 === r) return e;
            for (let t = r; t < 7; t++) e += '0';
            return e;
          })((0, o.A)(e + r))
        );
      }
    },
    1091(e, r, t) {
      function o(e) {
        return Array.isArray(e) ? e : [e];
      }
      (t.d(r, { J: () => g }), t(4848));
      var n = t(3857);
      const a = ['r', 'd', 'l', 'v', 'w', 'f', 'i', 'h', 'a', 's', 'k', 't', 'm', 'c', 'x'].reduce(
        (e, r, t) => ((e[r] = t), e),
        {},
      );
      function i(e, r, t, o, i = {}) {
        var l, c;
        const s = 'm' === e,
          u = 'x' === e,
          d = i.m,
          f = i.x,
          g = null !== (l = i.p) && void 0 !== l ? l : 0,
          p = (function (e, r, t) {
            return 'm' === e || 'x' === e ? e + r + t : e + t;
          })(e, null !== (c = null != f ? f : d) && void 0 !== c ? c : '0', g);
        if (!o.stylesheets[p]) {
          const l = r && r.createElement('style'),
            c = (function (e, r, t, o) {
              const a = [];
              if (((o[n.ed] = r), (o[n.EJ] = String(t)), e)) for (const r in o) e.setAttribute(r, o[r]);
              return {
                elementAttributes: o,
                insertRule: function (r) {
                  return (null == e ? void 0 : e.sheet)
                    ? e.sheet.insertRule(r, e.sheet.cssRules.length)
                    : a.push(r);
                },
                element: e,
                bucketName: r,
                cssRules: () =>
                  (null == e ? void 0 : e.sheet) ? Array.from(e.sheet.cssRules).map((e) => e.cssText) : a,
              };
            })(l, e, g, { ...o.styleElementAttributes, ...(s && { media: d }), ...(u && { [n.VG]: f }) });
          ((o.stylesheets[p] = c),
            (null == r ? void 0 : r.head) &&
              l &&
              r.head.insertBefore(
                l,
                (function (e, r, t, o, i = {}) {
                  var l, c, s;
                  const u = a[t],
                    d = null !== (l = i.m) && void 0 !== l ? l : '',
                    f = null !== (c = i.x) && void 0 !== c ? c : '',
                    g = null !== (s = i.p) && void 0 !== s ? s : 0;
                  let p = (e) => u - a[e.getAttribute(n.ed)],
                    v = e.head.querySelectorAll(`[${n.ed}]`);
                  if ('m' === t || 'x' === t) {
                    const r = e.head.querySelectorAll(`[${n.ed}="${t}"]`);
                    r.length &&
                      ((v = r),
                      (p =
                        'm' === t
                          ? (e) => o.compareMediaQueries(d, e.media)
                          : (e) => {
                              var r;
                              return o.compareContainerQueries(
                                f,
                                null !== (r = e.getAttribute(n.VG)) && void 0 !== r ? r : '',
                              );
                            }));
                  }
                  const h = (e) => {
                      return (
                        (o = t),
                        (a = i),
                        (r = e).getAttribute(n.ed) === o &&
                        ('m' === o ? a.m === r.media : 'x' !== o || a.x === r.getAttribute(n.VG))
                          ? g - Number(e.getAttribute(n.EJ))
                          : p(e)
                      );
                      var r, o, a;
                    },
                    m = v.length;
                  let b = m - 1;
                  for (; b >= 0;) {
                    const e = v.item(b);
                    if (h(e) > 0) return e.nextSibling;
                    b--;
                  }
                  return m > 0 ? v.item(0) : r ? r.nextSibling : null;
                })(r, t, e, o, i),
              ));
        }
        return o.stylesheets[p];
      }
      function l(e, r) {
        try {
          e.insertRule(r);
        } catch (e) {}
      }
      let c = 0;
      const s = (e, r) => (e < r ? -1 : e > r ? 1 : 0);
      function u(e = 'undefined' == typeof document ? void 0 : document, r = {}) {
        const {
            classNameHashSalt: t,
            unstable_filterCSSRule: n,
            insertionPoint: a,
            styleElementAttributes: u,
            compareMediaQueries: d = s,
            compareContainerQueries: f = d,
          } = r,
          g = {
            classNameHashSalt: t,
            insertionCache: {},
            stylesheets: {},
            styleElementAttributes: Object.freeze(u),
            compareMediaQueries: d,
            compareContainerQueries: f,
            id: 'd' + c++,
            insertCSSRules(r) {
              for (const t in r) {
                const c = r[t];
                for (let r = 0, s = c.length; r < s; r++) {
                  const [s, u] = o(c[r]),
                    d = i(t, e, a || null, g, u);
                  g.insertionCache[s] || ((g.insertionCache[s] = t), n ? n(s) && l(d, s) : l(d, s));
                }
              }
            },
          };
        return g;
      }
      var d = t(6540);
      const f = (0, d.createContext)(u());
      function g() {
        return (0, d.useContext)(f);
      }
    },
    4633(e, r, t) {
      t.d(r, { m: () => i });
      var o = t(4848),
        n = t(6540);
      const a = (0, n.createContext)('ltr');
      function i() {
        return (0, n.useContext)(a);
      }
      t.d(r, ['e', 0, ({ children: e, dir: r }) => (0, o.jsx)(a.Provider, { value: r, children: e })]);
    },
    7953(e, r, t) {
      t.d(r, { y: () => l });
      var o = t(571),
        n = t(4503),
        a = t(1091),
        i = t(4633);
      function l(e, r, t) {
        const l = (function (e, r, t, n = o.A) {
          const a = n();
          return function (o) {
            const { dir: n, renderer: i } = o,
              l = 'ltr' === n ? e : r || e;
            return (a(i, Array.isArray(t) ? { r: t } : t), l);
          };
        })(e, r, t, n.A);
        return function () {
          const e = (0, i.m)(),
            r = (0, a.J)();
          return l({ dir: e, renderer: r });
        };
      }
    },
    2002(e, r, t) {
      t.d(r, { X: () => l });
      var o = t(5810),
        n = t(4503),
        a = t(1091),
        i = t(4633);
      function l(e, r) {
        const t = (0, o.X)(e, r, n.A);
        return function () {
          const e = (0, i.m)(),
            r = (0, a.J)();
          return t({ dir: e, renderer: r });
        };
      }
    },
    4503(e, r, t) {
      t.d(r, { A: () => a });
      var o = t(6540);
      const n = o.useInsertionEffect ? o.useInsertionEffect : void 0,
        a = () => {
          const e = {};
          return function (r, t) {
            n && 'undefined' != typeof window && window.document && window.document.createElement
              ? n(() => {
                  r.insertCSSRules(t);
                }, [r, t])
              : void 0 === e[r.id] && (r.insertCSSRules(t), (e[r.id] = !0));
          };
        };
    },
    5260(e, r, t) {
      t.d(r, { n: () => ir });
      var o = t(571),
        n = t(5137);
      function a(e) {
        return e.reduce(function (e, r) {
          var t = r[0],
            o = r[1];
          return ((e[t] = o), (e[o] = t), e);
        }, {});
      }
      function i(e) {
        return 'number' == typeof e;
      }
      function l(e, r) {
        return -1 !== e.indexOf(r);
      }
      function c(e, r, t, o) {
        return r + ((n = t), 0 === parseFloat(n) ? n : '-' === n[0] ? n.slice(1) : '-' + n) + o;
        var n;
      }
      function s(e) {
        return e
          .replace(/ +/g, ' ')
          .split(' ')
          .map(function (e) {
            return e.trim();
          })
          .filter(Boolean)
          .reduce(
            function (e, r) {
              var t = e.list,
                o = e.state,
                n = (r.match(/\(/g) || []).length,
                a = (r.match(/\)/g) || []).length;
              return (
                o.parensDepth > 0 ? (t[t.length - 1] = t[t.length - 1] + ' ' + r) : t.push(r),
                (o.parensDepth += n - a),
                { list: t, state: o }
              );
            },
            { list: [], state: { parensDepth: 0 } },
          ).list;
      }
      function u(e) {
        var r = s(e);
        if (r.length <= 3 || r.length > 4) return e;
        var t = r[0],
          o = r[1],
          n = r[2];
        return [t, r[3], n, o].join(' ');
      }
      var d = {
        padding: function (e) {
          var r = e.value;
          return i(r) ? r : u(r);
        },
        textShadow: function (e) {
          var r = (function (e) {
            for (var r = [], t = 0, o = 0, n = !1; o < e.length;)
              n || ',' !== e[o]
                ? '(' === e[o]
                  ? ((n = !0), o++)
                  : ')' === e[o]
                    ? ((n = !1), o++)
                    : o++
                : (r.push(e.substring(t, o).trim()), (t = ++o));
            return (t != o && r.push(e.substring(t, o + 1)), r);
          })(e.value).map(function (e) {
            return e.replace(/(^|\s)(-*)([.|\d]+)/, function (e, r, t, o) {
              return '0' === o ? e : r + ('' === t ? '-' : '') + o;
            });
          });
          return r.join(',');
        },
        borderColor: function (e) {
          return u(e.value);
        },
        borderRadius: function (e) {
          var r = e.value;
          if (i(r)) return r;
          if (l(r, '/')) {
            var t = r.split('/'),
              o = t[0],
              n = t[1];
            return d.borderRadius({ value: o.trim() }) + ' / ' + d.borderRadius({ value: n.trim() });
          }
          var a = s(r);
          switch (a.length) {
            case 2:
              return a.reverse().join(' ');
            case 4:
              var c = a[0],
                u = a[1],
                f = a[2];
              return [u, c, a[3], f].join(' ');
            default:
              return r;
          }
        },
        background: function (e) {
          var r = e.value,
            t = e.valuesToConvert,
            o = e.isRtl,
            n = e.bgImgDirectionRegex,
            a = e.bgPosDirectionRegex;
          if (i(r)) return r;
          var l = r
            .replace(/(url\(.*?\))|(rgba?\(.*?\))|(hsl\(.*?\))|(#[a-fA-F0-9]+)|((^| )(\D)+( |$))/g, '')
            .trim();
          return (
            (r = r.replace(
              l,
              d.backgroundPosition({ value: l, valuesToConvert: t, isRtl: o, bgPosDirectionRegex: a }),
            )),
            d.backgroundImage({ value: r, valuesToConvert: t, bgImgDirectionRegex: n })
          );
        },
        backgroundImage: function (e) {
          var r = e.value,
            t = e.valuesToConvert,
            o = e.bgImgDirectionRegex;
          return l(r, 'url(') || l(r, 'linear-gradient(')
            ? r.replace(o, function (e, r, o) {
                return e.replace(o, t[o]);
              })
            : r;
        },
        backgroundPosition: function (e) {
          var r = e.value,
            t = e.valuesToConvert,
            o = e.isRtl,
            n = e.bgPosDirectionRegex;
          return r
            .replace(o ? /^((-|\d|\.)+%)/ : null, function (e, r) {
              return (function (e) {
                var r = e.indexOf('.');
                if (-1 === r) e = 100 - parseFloat(e) + '%';
                else {
                  var t = e.length - r - 2;
                  e = (e = 100 - parseFloat(e)).toFixed(t) + '%';
                }
                return e;
              })(r);
            })
            .replace(n, function (e) {
              return t[e];
            });
        },
        backgroundPositionX: function (e) {
          var r = e.value,
            t = e.valuesToConvert,
            o = e.isRtl,
            n = e.bgPosDirectionRegex;
          return i(r)
            ? r
            : d.backgroundPosition({ value: r, valuesToConvert: t, isRtl: o, bgPosDirectionRegex: n });
        },
        transition: function (e) {
          var r = e.value,
            t = e.propertiesToConvert;
          return r
            .split(/,\s*/g)
            .map(function (e) {
              var r = e.split(' ');
              return ((r[0] = t[r[0]] || r[0]), r.join(' '));
            })
            .join(', ');
        },
        transitionProperty: function (e) {
          var r = e.value,
            t = e.propertiesToConvert;
          return r
            .split(/,\s*/g)
            .map(function (e) {
              return t[e] || e;
            })
            .join(', ');
        },
        transform: function (e) {
          var r = e.value,
            t = '[^\\u0020-\\u007e]',
            o = '(?:(?:(?:\\[0-9a-f]{1,6})(?:\\r\\n|\\s)?)|\\\\[^\\r\\n\\f0-9a-f])',
            n =
              '((?:-?(?:[0-9]*\\.[0-9]+|[0-9]+)(?:\\s*(?:em|ex|px|cm|mm|in|pt|pc|deg|rad|grad|ms|s|hz|khz|%)|-?(?:[_a-z]|' +
              t +
              '|' +
              o +
              ')(?:[_a-z0-9-]|' +
              t +
              '|' +
              o +
              ')*)?)|(?:inherit|auto))',
            a = new RegExp('(translateX\\s*\\(\\s*)' + n + '(\\s*\\))', 'gi'),
            i = new RegExp('(translate\\s*\\(\\s*)' + n + '((?:\\s*,\\s*' + n + '){0,1}\\s*\\))', 'gi'),
            l = new RegExp('(translate3d\\s*\\(\\s*)' + n + '((?:\\s*,\\s*' + n + '){0,2}\\s*\\))', 'gi'),
            s = new RegExp('(rotate[ZY]?\\s*\\(\\s*)' + n + '(\\s*\\))', 'gi');
          return r.replace(a, c).replace(i, c).replace(l, c).replace(s, c);
        },
      };
      ((d.objectPosition = d.backgroundPosition),
        (d.margin = d.padding),
        (d.borderWidth = d.padding),
        (d.boxShadow = d.textShadow),
        (d.webkitBoxShadow = d.boxShadow),
        (d.mozBoxShadow = d.boxShadow),
        (d.WebkitBoxShadow = d.boxShadow),
        (d.MozBoxShadow = d.boxShadow),
        (d.borderStyle = d.borderColor),
        (d.webkitTransform = d.transform),
        (d.mozTransform = d.transform),
        (d.WebkitTransform = d.transform),
        (d.MozTransform = d.transform),
        (d.transformOrigin = d.backgroundPosition),
        (d.webkitTransformOrigin = d.transformOrigin),
        (d.mozTransformOrigin = d.transformOrigin),
        (d.WebkitTransformOrigin = d.transformOrigin),
        (d.MozTransformOrigin = d.transformOrigin),
        (d.webkitTransition = d.transition),
        (d.mozTransition = d.transition),
        (d.WebkitTransition = d.transition),
        (d.MozTransition = d.transition),
        (d.webkitTransitionProperty = d.transitionProperty),
        (d.mozTransitionProperty = d.transitionProperty),
        (d.WebkitTransitionProperty = d.transitionProperty),
        (d.MozTransitionProperty = d.transitionProperty),
        (d['text-shadow'] = d.textShadow),
        (d['border-color'] = d.borderColor),
        (d['border-radius'] = d.borderRadius),
        (d['background-image'] = d.backgroundImage),
        (d['background-position'] = d.backgroundPosition),
        (d['background-position-x'] = d.backgroundPositionX),
        (d['object-position'] = d.objectPosition),
        (d['border-width'] = d.padding),
        (d['box-shadow'] = d.textShadow),
        (d['-webkit-box-shadow'] = d.textShadow),
        (d['-moz-box-shadow'] = d.textShadow),
        (d['border-style'] = d.borderColor),
        (d['-webkit-transform'] = d.transform),
        (d['-moz-transform'] = d.transform),
        (d['transform-origin'] = d.transformOrigin),
        (d['-webkit-transform-origin'] = d.transformOrigin),
        (d['-moz-transform-origin'] = d.transformOrigin),
        (d['-webkit-transition'] = d.transition),
        (d['-moz-transition'] = d.transition),
        (d['transition-property'] = d.transitionProperty),
        (d['-webkit-transition-property'] = d.transitionProperty),
        (d['-moz-transition-property'] = d.transitionProperty));
      var f = a([
          ['paddingLeft', 'paddingRight'],
          ['marginLeft', 'marginRight'],
          ['left', 'right'],
          ['borderLeft', 'borderRight'],
          ['borderLeftColor', 'borderRightColor'],
          ['borderLeftStyle', 'borderRightStyle'],
          ['borderLeftWidth', 'borderRightWidth'],
          ['borderTopLeftRadius', 'borderTopRightRadius'],
          ['borderBottomLeftRadius', 'borderBottomRightRadius'],
          ['padding-left', 'padding-right'],
          ['margin-left', 'margin-right'],
          ['border-left', 'border-right'],
          ['border-left-color', 'border-right-color'],
          ['border-left-style', 'border-right-style'],
          ['border-left-width', 'border-right-width'],
          ['border-top-left-radius', 'border-top-right-radius'],
          ['border-bottom-left-radius', 'border-bottom-right-radius'],
        ]),
        g = ['content'],
        p = a([
          ['ltr', 'rtl'],
          ['left', 'right'],
          ['w-resize', 'e-resize'],
          ['sw-resize', 'se-resize'],
          ['nw-resize', 'ne-resize'],
        ]),
        v = new RegExp('(^|\\W|_)((ltr)|(rtl)|(left)|(right))(\\W|_|$)', 'g'),
        h = new RegExp('(left)|(right)');
      function m(e) {
        return Object.keys(e).reduce(
          function (r, t) {
            var o = e[t];
            if (('string' == typeof o && (o = o.trim()), l(g, t))) return ((r[t] = o), r);
            var n = b(t, o),
              a = n.key,
              i = n.value;
            return ((r[a] = i), r);
          },
          Array.isArray(e) ? [] : {},
        );
      }
      function b(e, r) {
        var t,
          o = /\/\*\s?@noflip\s?\*\//.test(r),
          n = o ? e : f[(t = e)] || t,
          a = o
            ? r
            : (function (e, r) {
                if (
                  !(function (e) {
                    return !(
                      'boolean' == typeof e ||
                      (function (e) {
                        return null == e;
                      })(e)
                    );
                  })(r)
                )
                  return r;
                if ((t = r) && 'object' == typeof t) return m(r);
                var t,
                  o,
                  n = i(r),
                  a = (function (e) {
                    return 'function' == typeof e;
                  })(r),
                  l = n || a ? r : r.replace(/ !important.*?$/, ''),
                  c = !n && l.length !== r.length,
                  s = d[e];
                return (
                  (o = s
                    ? s({
                        value: l,
                        valuesToConvert: p,
                        propertiesToConvert: f,
                        isRtl: !0,
                        bgImgDirectionRegex: v,
                        bgPosDirectionRegex: h,
                      })
                    : p[l] || l),
                  c ? o + ' !important' : o
                );
              })(n, r);
        return { key: n, value: a };
      }
      var y = t(3857),
        k = '-moz-',
        w = '-webkit-',
        B = 'comm',
        x = 'rule',
        S = 'decl',
        z = '@layer',
        _ = Math.abs,
        N = String.fromCharCode,
        P = Object.assign;
      function F(e) {
        return e.trim();
      }
      function T(e, r) {
        return (e = r.exec(e)) ? e[0] : e;
      }
      function j(e, r, t) {
        return e.replace(r, t);
      }
      function C(e, r) {
        return 0 | e.charCodeAt(r);
      }
      function E(e, r, t) {
        return e.slice(r, t);
      }
      function q(e) {
        return e.length;
      }
      function D(e) {
        return e.length;
      }
      function R(e, r) {
        return (r.push(e), e);
      }
      function H(e, r) {
        for (var t = '', o = 0; o < e.length; o++) t += r(e[o], o, e, r) || '';
        return t;
      }
      function I(e, r, t, o) {
        switch (e.type) {
          case z:
            if (e.children.length) break;
          case '@import':
          case '@namespace':
          case S:
            return (e.return = e.return || e.value);
          case B:
            return '';
          case '@keyframes':
            return (e.return = e.value + '{' + H(e.children, o) + '}');
          case x:
            if (!q((e.value = e.props.join(',')))) return '';
        }
        return q((t = H(e.children, o))) ? (e.return = e.value + '{' + t + '}') : '';
      }
      var M = 1,
        A = 1,
        L = 0,
        O = 0,
        W = 0,
        V = '';
      function X(e, r, t, o, n, a, i, l) {
        return {
          value: e,
          root: r,
          parent: t,
          type: o,
          props: n,
          children: a,
          line: M,
          column: A,
          length: i,
          return: '',
          siblings: l,
        };
      }
      function $(e, r) {
        return P(X('', null, null, '', null, null, 0, e.siblings), e, { length: -e.length }, r);
      }
      function U() {
        return ((W = O > 0 ? C(V, --O) : 0), A--, 10 === W && ((A = 1), M--), W);
      }
      function G() {
        return ((W = O < L ? C(V, O++) : 0), A++, 10 === W && ((A = 1), M++), W);
      }
      function Y() {
        return C(V, O);
      }
      function Q() {
        return O;
      }
      function K(e, r) {
        return E(V, e, r);
      }
      function J(e) {
        switch (e) {
          case 0:
          case 9:
          case 10:
          case 13:
          case 32:
            return 5;
          case 33:
          case 43:
          case 44:
          case 47:
          case 62:
          case 64:
          case 126:
          case 59:
          case 123:
          case 125:
            return 4;
          case 58:
            return 3;
          case 34:
          case 39:
          case 40:
          case 91:
            return 2;
          case 41:
          case 93:
            return 1;
        }
        return 0;
      }
      function Z(e) {
        return ((M = A = 1), (L = q((V = e))), (O = 0), []);
      }
      function ee(e) {
        return ((V = ''), e);
      }
      function re(e) {
        return F(K(O - 1, ne(91 === e ? e + 2 : 40 === e ? e + 1 : e)));
      }
      function te(e) {
        for (; (W = Y()) && W < 33;) G();
        return J(e) > 2 || J(W) > 3 ? '' : ' ';
      }
      function oe(e, r) {
        for (; --r && G() && !(W < 48 || W > 102 || (W > 57 && W < 65) || (W > 70 && W < 97)););
        return K(e, Q() + (r < 6 && 32 == Y() && 32 == G()));
      }
      function ne(e) {
        for (; G();)
          switch (W) {
            case e:
              return O;
            case 34:
            case 39:
              34 !== e && 39 !== e && ne(W);
              break;
            case 40:
              41 === e && ne(e);
              break;
            case 92:
              G();
          }
        return O;
      }
      function ae(e, r) {
        for (; G() && e + W !== 57 && (e + W !== 84 || 47 !== Y()););
        return '/*' + K(r, O - 1) + '*' + N(47 === e ? e : G());
      }
      function ie(e) {
        for (; !J(Y());) G();
        return K(e, O);
      }
      function le(e) {
        return ee(ce('', null, null, null, [''], (e = Z(e)), 0, [0], e));
      }
      function ce(e, r, t, o, n, a, i, l, c) {
        for (
          var s = 0,
            u = 0,
            d = i,
            f = 0,
            g = 0,
            p = 0,
            v = 1,
            h = 1,
            m = 1,
            b = 0,
            y = 0,
            k = '',
            w = n,
            B = a,
            x = o,
            S = k;
          h;
        )
          switch (((p = y), (y = G()))) {
            case 40:
              108 != p && 58 == C(S, d - 1) ? (b++, (S += '(')) : (S += re(y));
              break;
            case 41:
              (b--, (S += ')'));
              break;
            case 34:
            case 39:
            case 91:
              S += re(y);
              break;
            case 9:
            case 10:
            case 13:
            case 32:
              if (b > 0) {
                S += N(y);
                break;
              }
              S += te(p);
              break;
            case 92:
              S += oe(Q() - 1, 7);
              continue;
            case 47:
              switch (Y()) {
                case 42:
                case 47:
                  (R(ue(ae(G(), Q()), r, t, c), c),
                    (5 != J(p || 1) && 5 != J(Y() || 1)) || !q(S) || ' ' === E(S, -1, void 0) || (S += ' '));
                  break;
                default:
                  S += '/';
              }
              break;
            case 123 * v:
              l[s++] = q(S) * m;
            case 125 * v:
            case 59:
            case 0:
              if (b > 0 && y) {
                S += N(y);
                break;
              }
              switch (y) {
                case 0:
                case 125:
                  h = 0;
                case 59 + u:
                  (-1 == m && (S = j(S, /\f/g, '')),
                    g > 0 &&
                      (q(S) - d || 0 === v) &&
                      R(g > 32 ? de(S + ';', o, t, d - 1, c) : de(j(S, ' ', '') + ';', o, t, d - 2, c), c));
                  break;
                case 59:
                  S += ';';
                default:
                  if ((R((x = se(S, r, t, s, u, n, l, k, (w = []), (B = []), d, a)), a), 123 === y))
                    if (0 === u) ce(S, r, x, x, w, a, d, l, B);
                    else {
                      switch (f) {
                        case 99:
                          if (110 === C(S, 3)) break;
                        case 108:
                          if (97 === C(S, 2)) break;
                        default:
                          u = 0;
                        case 100:
                        case 109:
                        case 115:
                      }
                      u
                        ? ce(
                            e,
                            x,
                            x,
                            o && R(se(e, x, x, 0, 0, n, l, k, n, (w = []), d, B), B),
                            n,
                            B,
                            d,
                            l,
                            o ? w : B,
                          )
                        : ce(S, x, x, x, [''], B, 0, l, B);
                    }
              }
              ((s = u = g = 0), (v = m = 1), (k = S = ''), (d = i));
              break;
            case 58:
              ((d = 1 + q(S)), (g = p));
            default:
              if (v < 1)
                if (123 == y) --v;
                else if (125 == y && 0 == v++ && 125 == U()) continue;
              switch (((S += N(y)), y * v)) {
                case 38:
                  m = u > 0 ? 1 : ((S += '\f'), -1);
                  break;
                case 44:
                  if (b > 0) break;
                  ((l[s++] = (q(S) - 1) * m), (m = 1));
                  break;
                case 64:
                  (45 === Y() && (S += re(G())), (f = Y()), (u = d = q((k = S += ie(Q())))), y++);
                  break;
                case 45:
                  45 === p && 2 == q(S) && (v = 0);
              }
          }
        return a;
      }
      function se(e, r, t, o, n, a, i, l, c, s, u, d) {
        for (var f = n - 1, g = 0 === n ? a : [''], p = D(g), v = 0, h = 0, m = 0; v < o; ++v)
          for (var b = 0, y = E(e, f + 1, (f = _((h = i[v])))), k = e; b < p; ++b)
            (k = F(h > 0 ? g[b] + ' ' + y : j(y, /&\f/g, g[b]))) && (c[m++] = k);
        return X(e, r, t, 0 === n ? x : l, c, s, u, d);
      }
      function ue(e, r, t, o) {
        return X(e, r, t, B, N(W), E(e, 2, -2), 0, o);
      }
      function de(e, r, t, o, n) {
        return X(e, r, t, S, E(e, 0, o), E(e, o + 1, -1), o, n);
      }
      function fe(e) {
        var r = D(e);
        return function (t, o, n, a) {
          for (var i = '', l = 0; l < r; l++) i += e[l](t, o, n, a) || '';
          return i;
        };
      }
      function ge(e) {
        return function (r) {
          r.root || ((r = r.return) && e(r));
        };
      }
      const pe = (e) => {
        if (e.type === x) {
          if ('string' == typeof e.props) return;
          e.props = e.props.map((e) =>
            -1 === e.indexOf(':global(')
              ? e
              : (function (e) {
                  return ee(
                    (function (e) {
                      for (; G();)
                        switch (J(W)) {
                          case 0:
                            R(ie(O - 1), e);
                            break;
                          case 2:
                            R(re(W), e);
                            break;
                          default:
                            R(N(W), e);
                        }
                      return e;
                    })(Z(e)),
                  );
                })(e)
                  .reduce((e, r, t, o) => {
                    if ('' === r) return e;
                    if (':' === r && 'global' === o[t + 1]) {
                      const r = o[t + 2].slice(1, -1) + ' ';
                      return (e.unshift(r), (o[t + 1] = ''), (o[t + 2] = ''), e);
                    }
                    return (e.push(r), e);
                  }, [])
                  .join(''),
          );
        }
      };
      function ve(e, r, t) {
        switch (
          (function (e, r) {
            return 45 ^ C(e, 0)
              ? (((((((r << 2) ^ C(e, 0)) << 2) ^ C(e, 1)) << 2) ^ C(e, 2)) << 2) ^ C(e, 3)
              : 0;
          })(e, r)
        ) {
          case 5103:
            return w + 'print-' + e + e;
          case 3191:
          case 6645:
          case 3005:
          case 6391:
          case 5879:
          case 5623:
          case 6135:
          case 4599:
          case 4855:
            return w + e + e;
          case 4215:
            if (102 === C(e, 9)) return w + e + e;
            if (116 === C(e, r + 1)) return w + e + e;
            break;
          case 4789:
            return k + e + e;
          case 5349:
          case 4246:
          case 6968:
            return w + e + k + e + e;
          case 6187:
            if (!T(e, /grab/))
              return j(j(j(e, /(zoom-|grab)/, w + '$1'), /(image-set)/, w + '$1'), e, '') + e;
          case 5495:
          case 3959:
            return j(e, /(image-set\([^]*)/, w + '$1$`$1');
          case 4095:
          case 3583:
          case 4068:
          case 2532:
            return j(e, /(.+)-inline(.+)/, w + '$1$2') + e;
          case 8116:
          case 7059:
          case 5753:
          case 5535:
          case 5445:
          case 5701:
          case 4933:
          case 4677:
          case 5533:
          case 5789:
          case 5021:
          case 4765:
            if (q(e) - 1 - r > 6)
              switch (C(e, r + 1)) {
                case 102:
                  if (108 === C(e, r + 3))
                    return (
                      j(
                        e,
                        /(.+:)(.+)-([^]+)/,
                        '$1' + w + '$2-$3$1' + k + (108 == C(e, r + 3) ? '$3' : '$2-$3'),
                      ) + e
                    );
                case 115:
                  return ~(function (e) {
                    return e.indexOf('stretch');
                  })(e)
                    ? ve(j(e, 'stretch', 'fill-available'), r, t) + e
                    : e;
              }
        }
        return e;
      }
      function he(e, r, t, o) {
        if (e.length > -1 && !e.return)
          switch (e.type) {
            case S:
              return void (e.return = ve(e.value, e.length, t));
            case x:
              if (e.length)
                return (function (e, r) {
                  return e.map(r).join('');
                })(e.props, function (r) {
                  switch (T(r, /(::plac\w+|:read-\w+)/)) {
                    case ':read-only':
                    case ':read-write':
                      return H([$(e, { props: [j(r, /:(read-\w+)/, ':-moz-$1')] })], o);
                    case '::placeholder':
                      return H(
                        [
                          $(e, { props: [j(r, /:(plac\w+)/, ':' + w + 'input-$1')] }),
                          $(e, { props: [j(r, /:(plac\w+)/, ':-moz-$1')] }),
                        ],
                        o,
                      );
                  }
                  return '';
                });
          }
      }
      const me = (e) => {
        (function (e) {
          switch (e.type) {
            case '@container':
            case '@media':
            case '@supports':
            case z:
              return !0;
          }
          return !1;
        })(e) &&
          Array.isArray(e.children) &&
          e.children.sort((e, r) => (e.props[0] > r.props[0] ? 1 : -1));
      };
      const be = /[A-Z]/g,
        ye = /^ms-/,
        ke = {};
      function we(e) {
        return '-' + e.toLowerCase();
      }
      function Be(e) {
        if (Object.prototype.hasOwnProperty.call(ke, e)) return ke[e];
        if ('--' === e.substr(0, 2)) return e;
        const r = e.replace(be, we);
        return (ke[e] = ye.test(r) ? '-' + r : r);
      }
      function xe(e) {
        return '&' === e.charAt(0) ? e.slice(1) : e;
      }
      const Se = /,( *[^ &])/g;
      function ze(e, r) {
        return r.reduceRight((e, r) => {
          return `${((t = r), '&' + xe(t.replace(Se, ',&$1')))} { ${e} }`;
          var t;
        }, e);
      }
      function _e(e, r) {
        const {
            className: t,
            selectors: o,
            property: n,
            rtlClassName: a,
            rtlProperty: i,
            rtlValue: l,
            value: c,
          } = e,
          { container: s, layer: u, media: d, scope: f, supports: g } = r,
          p = `.${t}`,
          v = ze(Array.isArray(c) ? `${c.map((e) => `${Be(n)}: ${e}`).join(';')};` : `${Be(n)}: ${c};`, o);
        let h = f ? `@scope (${p}) ${f} { :scope{${v}} }` : `${p}{${v}}`;
        if (i && a) {
          const e = `.${a}`,
            r = ze(Array.isArray(l) ? `${l.map((e) => `${Be(i)}: ${e}`).join(';')};` : `${Be(i)}: ${l};`, o);
          h += f ? `@scope (${e}) ${f} { :scope{${r}} }` : `${e}{${r}}`;
        }
        return (
          d && (h = `@media ${d} { ${h} }`),
          u && (h = `@layer ${u} { ${h} }`),
          g && (h = `@supports ${g} { ${h} }`),
          s && (h = `@container ${s} { ${h} }`),
          (function (e) {
            const r = [];
            return (H(le(e), fe([pe, me, he, I, ge((e) => r.push(e))])), r);
          })(h)
        );
      }
      function Ne(e) {
        let r = '';
        for (const t in e) {
          const o = e[t];
          if ('string' != typeof o && 'number' != typeof o) {
            if (Array.isArray(o)) for (const e of o) r += Be(t) + ':' + e + ';';
          } else r += Be(t) + ':' + o + ';';
        }
        return r;
      }
      function Pe(e) {
        let r = '';
        for (const t in e) r += `${t}{${Ne(e[t])}}`;
        return r;
      }
      function Fe(e, r) {
        const t = [];
        return (H(le(`@keyframes ${e} {${r}}`), fe([I, he, ge((e) => t.push(e))])), t);
      }
      const Te = { 'us-w': 'w', 'us-v': 'i', nk: 'l', si: 'v', cu: 'f', ve: 'h', ti: 'a' };
      function je(e, r) {
        if (r.media) return 'm';
        if (r.layer || r.supports) return 't';
        if (r.container) return 'x';
        if (e.length > 0) {
          const r = e[0].trim();
          if (58 === r.charCodeAt(0)) return Te[r.slice(4, 8)] || Te[r.slice(3, 5)] || 'd';
        }
        return 'd';
      }
      const Ce = {
        animation: [
          -1,
          [
            'animationDelay',
            'animationDirection',
            'animationDuration',
            'animationFillMode',
            'animationIterationCount',
            'animationName',
            'animationPlayState',
            'animationTimeline',
            'animationTimingFunction',
          ],
        ],
        animationRange: [-1, ['animationRangeEnd', 'animationRangeStart']],
        background: [
          -2,
          [
            'backgroundAttachment',
            'backgroundClip',
            'backgroundColor',
            'backgroundImage',
            'backgroundOrigin',
            'backgroundPosition',
            'backgroundPositionX',
            'backgroundPositionY',
            'backgroundRepeat',
            'backgroundSize',
          ],
        ],
        backgroundPosition: [-1, ['backgroundPositionX', 'backgroundPositionY']],
        border: [
          -2,
          [
            'borderBottom',
            'borderBottomColor',
            'borderBottomStyle',
            'borderBottomWidth',
            'borderLeft',
            'borderLeftColor',
            'borderLeftStyle',
            'borderLeftWidth',
            'borderRight',
            'borderRightColor',
            'borderRightStyle',
            'borderRightWidth',
            'borderTop',
            'borderTopColor',
            'borderTopStyle',
            'borderTopWidth',
          ],
        ],
        borderBottom: [-1, ['borderBottomColor', 'borderBottomStyle', 'borderBottomWidth']],
        borderImage: [
          -1,
          [
            'borderImageOutset',
            'borderImageRepeat',
            'borderImageSlice',
            'borderImageSource',
            'borderImageWidth',
          ],
        ],
        borderLeft: [-1, ['borderLeftColor', 'borderLeftStyle', 'borderLeftWidth']],
        borderRadius: [
          -1,
          [
            'borderBottomLeftRadius',
            'borderBottomRightRadius',
            'borderTopLeftRadius',
            'borderTopRightRadius',
          ],
        ],
        borderRight: [-1, ['borderRightColor', 'borderRightStyle', 'borderRightWidth']],
        borderTop: [-1, ['borderTopColor', 'borderTopStyle', 'borderTopWidth']],
        caret: [-1, ['caretColor', 'caretShape']],
        columnRule: [-1, ['columnRuleColor', 'columnRuleStyle', 'columnRuleWidth']],
        columns: [-1, ['columnCount', 'columnWidth']],
        containIntrinsicSize: [-1, ['containIntrinsicHeight', 'containIntrinsicWidth']],
        container: [-1, ['containerName', 'containerType']],
        flex: [-1, ['flexBasis', 'flexGrow', 'flexShrink']],
        flexFlow: [-1, ['flexDirection', 'flexWrap']],
        font: [
          -1,
          ['fontFamily', 'fontSize', 'fontStretch', 'fontStyle', 'fontVariant', 'fontWeight', 'lineHeight'],
        ],
        gap: [-1, ['columnGap', 'rowGap']],
        grid: [
          -1,
          [
            'columnGap',
            'gridAutoColumns',
            'gridAutoFlow',
            'gridAutoRows',
            'gridColumnGap',
            'gridRowGap',
            'gridTemplateAreas',
            'gridTemplateColumns',
            'gridTemplateRows',
            'rowGap',
          ],
        ],
        gridArea: [-1, ['gridColumnEnd', 'gridColumnStart', 'gridRowEnd', 'gridRowStart']],
        gridColumn: [-1, ['gridColumnEnd', 'gridColumnStart']],
        gridRow: [-1, ['gridRowEnd', 'gridRowStart']],
        gridTemplate: [-1, ['gridTemplateAreas', 'gridTemplateColumns', 'gridTemplateRows']],
        inset: [-1, ['bottom', 'left', 'right', 'top']],
        insetBlock: [-1, ['insetBlockEnd', 'insetBlockStart']],
        insetInline: [-1, ['insetInlineEnd', 'insetInlineStart']],
        listStyle: [-1, ['listStyleImage', 'listStylePosition', 'listStyleType']],
        margin: [-1, ['marginBottom', 'marginLeft', 'marginRight', 'marginTop']],
        marginBlock: [-1, ['marginBlockEnd', 'marginBlockStart']],
        marginInline: [-1, ['marginInlineEnd', 'marginInlineStart']],
        mask: [
          -1,
          [
            'maskClip',
            'maskComposite',
            'maskImage',
            'maskMode',
            'maskOrigin',
            'maskPosition',
            'maskRepeat',
            'maskSize',
          ],
        ],
        maskBorder: [
          -1,
          [
            'maskBorderMode',
            'maskBorderOutset',
            'maskBorderRepeat',
            'maskBorderSlice',
            'maskBorderSource',
            'maskBorderWidth',
          ],
        ],
        offset: [-1, ['offsetAnchor', 'offsetDistance', 'offsetPath', 'offsetPosition', 'offsetRotate']],
        outline: [-1, ['outlineColor', 'outlineStyle', 'outlineWidth']],
        overflow: [-1, ['overflowX', 'overflowY']],
        overscrollBehavior: [-1, ['overscrollBehaviorX', 'overscrollBehaviorY']],
        padding: [-1, ['paddingBottom', 'paddingLeft', 'paddingRight', 'paddingTop']],
        paddingBlock: [-1, ['paddingBlockEnd', 'paddingBlockStart']],
        paddingInline: [-1, ['paddingInlineEnd', 'paddingInlineStart']],
        placeContent: [-1, ['alignContent', 'justifyContent']],
        placeItems: [-1, ['alignItems', 'justifyItems']],
        placeSelf: [-1, ['alignSelf', 'justifySelf']],
        positionTry: [-1, ['positionTryFallbacks', 'positionTryOrder']],
        scrollMargin: [
          -1,
          ['scrollMarginBottom', 'scrollMarginLeft', 'scrollMarginRight', 'scrollMarginTop'],
        ],
        scrollMarginBlock: [-1, ['scrollMarginBlockEnd', 'scrollMarginBlockStart']],
        scrollMarginInline: [-1, ['scrollMarginInlineEnd', 'scrollMarginInlineStart']],
        scrollPadding: [
          -1,
          ['scrollPaddingBottom', 'scrollPaddingLeft', 'scrollPaddingRight', 'scrollPaddingTop'],
        ],
        scrollPaddingBlock: [-1, ['scrollPaddingBlockEnd', 'scrollPaddingBlockStart']],
        scrollPaddingInline: [-1, ['scrollPaddingInlineEnd', 'scrollPaddingInlineStart']],
        scrollTimeline: [-1, ['scrollTimelineAxis', 'scrollTimelineName']],
        textDecoration: [
          -1,
          ['textDecorationColor', 'textDecorationLine', 'textDecorationStyle', 'textDecorationThickness'],
        ],
        textEmphasis: [-1, ['textEmphasisColor', 'textEmphasisStyle']],
        textWrap: [-1, ['textWrapMode', 'textWrapStyle']],
        transition: [
          -1,
          [
            'transitionBehavior',
            'transitionDelay',
            'transitionDuration',
            'transitionProperty',
            'transitionTimingFunction',
          ],
        ],
        viewTimeline: [-1, ['viewTimelineAxis', 'viewTimelineName']],
      };
      function Ee(e, r) {
        return 0 === e.length ? r : `${e} and ${r}`;
      }
      function qe(e, r) {
        return e ? r + e : e;
      }
      function De(e) {
        return (
          qe(e.container, 'c') + qe(e.media, 'm') + qe(e.layer, 'l') + qe(e.supports, 's') + qe(e.scope, 'o')
        );
      }
      function Re(e, r, t) {
        const o = e + De(t) + r,
          a = (0, n.A)(o),
          i = a.charCodeAt(0);
        return i >= 48 && i <= 57 ? String.fromCharCode(i + 17) + a.slice(1) : a;
      }
      function He({ property: e, selector: r, salt: t, value: o }, a) {
        return 'f' + (0, n.A)(t + r + De(a) + e + o.trim());
      }
      function Ie(e) {
        return '@container' === e.substring(0, 10);
      }
      function Me(e) {
        return '@layer' === e.substr(0, 6);
      }
      function Ae(e) {
        return '@media' === e.substr(0, 6);
      }
      const Le = /^(:|\[|>|&)/;
      function Oe(e) {
        return Le.test(e);
      }
      function We(e) {
        return null != e && 'object' == typeof e && !1 === Array.isArray(e);
      }
      function Ve(e) {
        return e === y.Ut;
      }
      function Xe(e) {
        return '@scope' === e.substring(0, 6);
      }
      function $e(e) {
        return '@supports' === e.substr(0, 9);
      }
      function Ue(e) {
        return e.replace(/>\s+/g, '>');
      }
      function Ge(e, r) {}
      function Ye(e, r) {}
      function Qe(e) {
        return Ce[e];
      }
      function Ke(e) {
        var r;
        return null !== (r = null == e ? void 0 : e[0]) && void 0 !== r ? r : 0;
      }
      function Je(e, r, t, o) {
        e[r] = o ? [t, o] : t;
      }
      function Ze(e, r) {
        return r.length > 0 ? [e, Object.fromEntries(r)] : e;
      }
      function er(e, r, t, o, n, a, i) {
        var l;
        const c = [];
        (0 !== i && c.push(['p', i]),
          'm' === r && n && c.push(['m', n]),
          'x' === r && a && c.push(['x', a]),
          (null !== (l = e[r]) && void 0 !== l) || (e[r] = []),
          t && e[r].push(Ze(t, c)),
          o && e[r].push(Ze(o, c)));
      }
      function rr(
        e,
        r = '',
        t = [],
        o = { container: '', layer: '', media: '', supports: '', scope: '' },
        a = {},
        i = {},
        l,
      ) {
        for (const c in e) {
          if (y.qw.hasOwnProperty(c)) {
            Ye(0, e[c]);
            continue;
          }
          const s = e[c];
          if (null != s) {
            if (Ve(s)) {
              Je(a, Re(Ue(t.join('')), c, o), 0, void 0);
              continue;
            }
            if ('string' == typeof s || 'number' == typeof s) {
              const e = Ue(t.join('')),
                n = Qe(c);
              if (n) {
                const e = n[1],
                  l = Object.fromEntries(e.map((e) => [e, y.Ut]));
                rr(l, r, t, o, a, i);
              }
              const u = Re(e, c, o),
                d = He({ value: s.toString(), salt: r, selector: e, property: c }, o),
                f = (l && { key: c, value: l }) || b(c, s),
                g = f.key !== c || f.value !== s,
                p = g ? He({ value: f.value.toString(), property: f.key, salt: r, selector: e }, o) : void 0,
                v = g ? { rtlClassName: p, rtlProperty: f.key, rtlValue: f.value } : void 0,
                h = je(t, o),
                [m, k] = _e({ className: d, selectors: t, property: c, value: s, ...v }, o);
              (Je(a, u, d, p), er(i, h, m, k, o.media, o.container, Ke(n)));
            } else if ('animationName' === c) {
              const e = Array.isArray(s) ? s : [s],
                l = [],
                c = [];
              for (const r of e) {
                const e = Pe(r),
                  t = Pe(m(r)),
                  a = 'f' + (0, n.A)(e);
                let s;
                const u = Fe(a, e);
                let d = [];
                e === t ? (s = a) : ((s = 'f' + (0, n.A)(t)), (d = Fe(s, t)));
                for (let e = 0; e < u.length; e++) er(i, 'k', u[e], d[e], o.media, o.container, 0);
                (l.push(a), c.push(s));
              }
              rr({ animationName: l.join(', ') }, r, t, o, a, i, c.join(', '));
            } else if (Array.isArray(s)) {
              if (0 === s.length) continue;
              const e = Ue(t.join('')),
                n = Qe(c);
              if (n) {
                const e = n[1],
                  l = Object.fromEntries(e.map((e) => [e, y.Ut]));
                rr(l, r, t, o, a, i);
              }
              const l = Re(e, c, o),
                u = He(
                  {
                    value: s.map((e) => (null != e ? e : '').toString()).join(';'),
                    salt: r,
                    selector: e,
                    property: c,
                  },
                  o,
                ),
                d = s.map((e) => b(c, e));
              if (d.some((e) => e.key !== d[0].key)) continue;
              const f = d[0].key !== c || d.some((e, r) => e.value !== s[r]),
                g = f
                  ? He(
                      {
                        value: d
                          .map((e) => {
                            var r;
                            return (
                              null !== (r = null == e ? void 0 : e.value) && void 0 !== r ? r : ''
                            ).toString();
                          })
                          .join(';'),
                        salt: r,
                        property: d[0].key,
                        selector: e,
                      },
                      o,
                    )
                  : void 0,
                p = f ? { rtlClassName: g, rtlProperty: d[0].key, rtlValue: d.map((e) => e.value) } : void 0,
                v = je(t, o),
                [h, m] = _e({ className: u, selectors: t, property: c, value: s, ...p }, o);
              (Je(a, l, u, g), er(i, v, h, m, o.media, o.container, Ke(n)));
            } else if (We(s))
              if (Oe(c)) rr(s, r, t.concat(xe(c)), o, a, i);
              else if (Ae(c)) {
                const e = Ee(o.media, c.slice(6).trim());
                rr(s, r, t, { ...o, media: e }, a, i);
              } else if (Me(c)) {
                const e = (o.layer ? `${o.layer}.` : '') + c.slice(6).trim();
                rr(s, r, t, { ...o, layer: e }, a, i);
              } else if ($e(c)) {
                const e = Ee(o.supports, c.slice(9).trim());
                rr(s, r, t, { ...o, supports: e }, a, i);
              } else if (Ie(c)) {
                const e = c.slice(10).trim();
                rr(s, r, t, { ...o, container: e }, a, i);
              } else if (Xe(c)) {
                if (o.scope) continue;
                const e = c.slice(6).trim();
                if ('' === e || !e.startsWith('to ')) continue;
                rr(s, r, t, { ...o, scope: e }, a, i);
              } else Ge();
          }
        }
        return [a, i];
      }
      var tr = t(1017);
      var or = t(4503),
        nr = t(1091),
        ar = t(4633);
      function ir(e) {
        const r = (function (e, r = o.A) {
          const t = r();
          let n = null,
            a = null,
            i = null,
            l = null;
          return function (r) {
            const { dir: o, renderer: c } = r;
            null === n &&
              ([n, a] = (function (e, r = '') {
                const t = {},
                  o = {};
                for (const n in e) {
                  const a = e[n],
                    [i, l] = rr(a, r);
                  ((t[n] = i),
                    Object.keys(l).forEach((e) => {
                      o[e] = (o[e] || []).concat(l[e]);
                    }));
                }
                return [t, o];
              })(e, c.classNameHashSalt));
            const s = 'ltr' === o;
            return (
              s ? null === i && (i = (0, tr.N)(n, o)) : null === l && (l = (0, tr.N)(n, o)),
              t(c, a),
              s ? i : l
            );
          };
        })(e, or.A);
        return function () {
          const e = (0, ar.m)(),
            t = (0, nr.J)();
          return r({ dir: e, renderer: t });
        };
      }
    },
    7956(e, r, t) {
      t.d(r, { SQ: () => s, bd: () => u, kG: () => l });
      const o = (e, r, t) => {
          e.addEventListener(r, t, !0);
        },
        n = (e, r, t) => {
          e.removeEventListener(r, t, !0);
        },
        a = 'keyborg:focusin',
        i = 'keyborg:focusout';
      function l(e) {
        const r = e.focus;
        r.__keyborgNativeFocus ? r.__keyborgNativeFocus.call(e) : e.focus();
      }
      let c = 0;
      function s(e) {
        const r = e,
          t = 'k' + ++c;
        let l,
          s = r;
        const u = [],
          d = r.__keyborg;
        l = d
          ? d.core
          : (function (e) {
              let r,
                t = e,
                l = !1;
              const c = (e) => {
                  l !== e &&
                    ((l = e),
                    (() => {
                      const e = t?.__keyborg?.refs;
                      if (e) for (const r of Object.keys(e)) e[r]._cb.forEach((e) => e(l));
                    })());
                },
                s = (e) => {
                  if (r) return;
                  if (l) return;
                  const t = e.detail;
                  t.relatedTarget &&
                    (t.isFocusedProgrammatically || void 0 === t.isFocusedProgrammatically || c(!0));
                },
                u = () => {
                  (t &&
                    (r && t.clearTimeout(r),
                    (r = t.setTimeout(() => {
                      r = void 0;
                    }, 1e3))),
                    c(!1));
                },
                d = (e) => {
                  0 === e.buttons ||
                    (0 === e.clientX && 0 === e.clientY && 0 === e.screenX && 0 === e.screenY) ||
                    u();
                },
                f = (e) => {
                  !l &&
                    ((e) => {
                      if ('Tab' === e.key) return !0;
                      const r = t?.document.activeElement;
                      return !(
                        r &&
                        ('INPUT' === r.tagName || 'TEXTAREA' === r.tagName || r.isContentEditable)
                      );
                    })(e) &&
                    c(!0);
                },
                g = e.document;
              return (
                o(g, a, s),
                o(g, 'mousedown', d),
                o(e, 'keydown', f),
                o(g, 'touchstart', u),
                o(g, 'touchend', u),
                o(g, 'touchcancel', u),
                (function (e) {
                  const r = e,
                    t = r.document,
                    l = r.HTMLElement.prototype,
                    c = Object.getOwnPropertyDescriptor(l, 'focus');
                  if (c?.value?.__keyborgNativeFocus) return;
                  ((p.__keyborgNativeFocus = v),
                    (p.__keyborgFocusDescriptor = c),
                    Object.defineProperty(l, 'focus', {
                      configurable: c?.configurable ?? !0,
                      enumerable: c?.enumerable ?? !1,
                      writable: !0,
                      value: p,
                    }));
                  const s = new Set(),
                    u = (e) => {
                      const r = e.target;
                      if (!r) return;
                      const t = new CustomEvent(i, {
                        cancelable: !0,
                        bubbles: !0,
                        composed: !0,
                        detail: { originalEvent: e },
                      });
                      r.dispatchEvent(t);
                    },
                    d = (e) => {
                      const r = e.target;
                      if (!r) return;
                      let t = e.composedPath()[0];
                      const o = new Set();
                      for (; t;)
                        t.nodeType === Node.DOCUMENT_FRAGMENT_NODE
                          ? (o.add(t), (t = t.host))
                          : (t = t.parentNode);
                      for (const e of s) {
                        const r = e.deref();
                        (r && o.has(r)) || (s.delete(e), r && (n(r, 'focusin', d), n(r, 'focusout', u)));
                      }
                      f(r, e.relatedTarget || void 0);
                    },
                    f = (e, r, t) => {
                      const n = e.shadowRoot;
                      if (n) {
                        for (const e of s) if (e.deref() === n) return;
                        return (o(n, 'focusin', d), o(n, 'focusout', u), void s.add(new WeakRef(n)));
                      }
                      const i = { relatedTarget: r, originalEvent: t },
                        l = new CustomEvent(a, { cancelable: !0, bubbles: !0, composed: !0, detail: i });
                      ((i.isFocusedProgrammatically = e === g[3]?.deref()),
                        (g[3] = void 0),
                        e.dispatchEvent(l));
                    },
                    g = [d, u, s];
                  function p() {
                    const e = r.__keyborgData;
                    return (e && (e[3] = new WeakRef(this)), v.apply(this, arguments));
                  }
                  function v() {
                    const e = c?.get ? c.get.call(this) : c?.value;
                    if ('function' != typeof e)
                      throw new TypeError('HTMLElement.prototype.focus is not callable');
                    return e.apply(this, arguments);
                  }
                  ((r.__keyborgData = g), o(t, 'focusin', d), o(t, 'focusout', u));
                  let h = t.activeElement;
                  for (; h && h.shadowRoot;) (f(h), (h = h.shadowRoot.activeElement));
                })(e),
                {
                  dispose: () => {
                    if (!t) return;
                    (r && (t.clearTimeout(r), (r = void 0)),
                      (function (e) {
                        const r = e,
                          t = r.HTMLElement.prototype,
                          o = Object.getOwnPropertyDescriptor(t, 'focus')?.value,
                          a = o?.__keyborgFocusDescriptor,
                          i = r.__keyborgData;
                        if (i) {
                          const e = r.document;
                          (n(e, 'focusin', i[0]), n(e, 'focusout', i[1]));
                          for (const e of i[2]) {
                            const r = e.deref();
                            r && (n(r, 'focusin', i[0]), n(r, 'focusout', i[1]));
                          }
                          (i[2].clear(), delete r.__keyborgData);
                        }
                        o?.__keyborgNativeFocus &&
                          (a ? Object.defineProperty(t, 'focus', a) : delete t.focus);
                      })(t));
                    const e = t.document;
                    (n(e, a, s),
                      n(e, 'mousedown', d),
                      n(t, 'keydown', f),
                      n(e, 'touchstart', u),
                      n(e, 'touchend', u),
                      n(e, 'touchcancel', u),
                      (t = void 0));
                  },
                  get isNavigatingWithKeyboard() {
                    return l;
                  },
                  set isNavigatingWithKeyboard(e) {
                    c(e);
                  },
                }
              );
            })(r);
        const f = {
          isNavigatingWithKeyboard: () => !!l?.isNavigatingWithKeyboard,
          subscribe(e) {
            u.push(e);
          },
          unsubscribe(e) {
            const r = u.indexOf(e);
            r >= 0 && u.splice(r, 1);
          },
          setVal(e) {
            l && (l.isNavigatingWithKeyboard = e);
          },
          _cb: u,
          dispose() {
            const e = s?.__keyborg;
            (e?.refs[t] &&
              (delete e.refs[t], 0 === Object.keys(e.refs).length && (e.core.dispose(), delete s.__keyborg)),
              (u.length = 0),
              (l = void 0),
              (s = void 0));
          },
        };
        return (d ? (d.refs[t] = f) : (r.__keyborg = { core: l, refs: { [t]: f } }), f);
      }
      function u(e) {
        e.dispose();
      }
      t.d(r, ['Oy', 0, a, 'RY', 0, i]);
    },
    9171(e, r, t) {
      t.d(r, { U6: () => n, yH: () => a });
      var o = t(8802);
      function n(e, r) {
        const t = JSON.stringify(e);
        return !0 === r ? t : { [o.h7]: t };
      }
      function a(e, r, t) {
        let a;
        if (t) {
          const r = e.getAttribute(o.h7);
          if (r)
            try {
              a = JSON.parse(r);
            } catch (e) {}
        }
        (a || (a = {}),
          (function (e, r) {
            for (const t of Object.keys(r)) {
              const o = r[t];
              o ? (e[t] = o) : delete e[t];
            }
          })(a, r),
          Object.keys(a).length > 0 ? e.setAttribute(o.h7, n(a, !0)) : e.removeAttribute(o.h7));
      }
    },
    8802(e, r, t) {
      const o = `:is(${['a[href]', 'button', 'input', 'select', 'textarea', '*[tabindex]', '*[contenteditable]', 'details > summary', 'audio[controls]', 'video[controls]'].join(', ')}):not(:disabled)`;
      t.d(r, [
        'BY',
        0,
        { EscapeGroupper: 1, Restorer: 2, Deloser: 3 },
        'CP',
        0,
        { Source: 0, Target: 1 },
        'Fy',
        0,
        o,
        'Jm',
        0,
        { Invisible: 0, PartiallyVisible: 1, Visible: 2 },
        'R5',
        0,
        'data-tabster-dummy',
        'bN',
        0,
        { Auto: 0, Inside: 1, Outside: 2 },
        'h7',
        0,
        'data-tabster',
        'iA',
        0,
        { Both: 0, Vertical: 1, Horizontal: 2, Grid: 3, GridLinear: 4 },
        'uH',
        0,
        { ArrowUp: 1, ArrowDown: 2, ArrowLeft: 3, ArrowRight: 4, PageUp: 5, PageDown: 6, Home: 7, End: 8 },
      ]);
    },
    2462(e, r, t) {
      t.d(r, { h: () => n });
      const o = {
        createMutationObserver: (e) => new MutationObserver(e),
        createTreeWalker: (e, r, t, o) => e.createTreeWalker(r, t, o),
        getParentNode: (e) => (e ? e.parentNode : null),
        getParentElement: (e) => (e ? e.parentElement : null),
        nodeContains: (e, r) => !(!r || !e?.contains(r)),
        getActiveElement: (e) => e.activeElement,
        querySelector: (e, r) => e.querySelector(r),
        querySelectorAll: (e, r) => Array.prototype.slice.call(e.querySelectorAll(r), 0),
        getElementById: (e, r) => e.getElementById(r),
        getFirstChild: (e) => e?.firstChild || null,
        getLastChild: (e) => e?.lastChild || null,
        getNextSibling: (e) => e?.nextSibling || null,
        getPreviousSibling: (e) => e?.previousSibling || null,
        getFirstElementChild: (e) => e?.firstElementChild || null,
        getLastElementChild: (e) => e?.lastElementChild || null,
        getNextElementSibling: (e) => e?.nextElementSibling || null,
        getPreviousElementSibling: (e) => e?.previousElementSibling || null,
        appendChild: (e, r) => e.appendChild(r),
        insertBefore: (e, r, t) => e.insertBefore(r, t),
        getSelection: (e) => e.ownerDocument?.getSelection() || null,
        getElementsByName: (e, r) => e.ownerDocument.getElementsByName(r),
      };
      function n(e) {
        for (const r of Object.keys(e)) o[r] = e[r];
      }
      t.d(r, ['t', 0, o]);
    },
    7086(e, r, t) {
      t.d(r, { Af: () => s, E0: () => f, Vd: () => u });
      var o = t(7956),
        n = t(8802),
        a = t(7911),
        i = t(2462),
        l = t(9093);
      class c {
        constructor(e, r, t, a, i) {
          ((this._focusIn = (e) => {
            if (this._fixedTarget) {
              const e = this._fixedTarget.get();
              return void (e && (0, o.kG)(e));
            }
            const r = this.input;
            if (this.onFocusIn && r) {
              const t = e.relatedTarget;
              this.onFocusIn(this, this._isBackward(!0, r, t), t);
            }
          }),
            (this._focusOut = (e) => {
              if (this._fixedTarget) return;
              this.useDefaultAction = !1;
              const r = this.input;
              if (this.onFocusOut && r) {
                const t = e.relatedTarget;
                this.onFocusOut(this, this._isBackward(!1, r, t), t);
              }
            }));
          const c = e(),
            s = c.document.createElement('i');
          ((s.tabIndex = 0),
            s.setAttribute('role', 'none'),
            s.setAttribute(n.R5, ''),
            s.setAttribute('aria-hidden', 'true'));
          const u = s.style;
          ((u.position = 'fixed'),
            (u.width = u.height = '1px'),
            (u.opacity = '0.001'),
            (u.zIndex = '-1'),
            u.setProperty('content-visibility', 'hidden'),
            (0, l.fD)(s),
            (this.input = s),
            (this.isFirst = t.isFirst),
            (this.isOutside = r),
            (this._isPhantom = t.isPhantom ?? !1),
            (this._fixedTarget = i),
            (0, l.ch)(s, 'focusin', this._focusIn),
            (0, l.ch)(s, 'focusout', this._focusOut),
            (s.__tabsterDummyContainer = a),
            this._isPhantom &&
              ((this._disposeTimer = c.setTimeout(() => {
                (delete this._disposeTimer, this.dispose());
              }, 0)),
              (this._clearDisposeTimeout = () => {
                (this._disposeTimer && (c.clearTimeout(this._disposeTimer), delete this._disposeTimer),
                  delete this._clearDisposeTimeout);
              })));
        }
        dispose() {
          this._clearDisposeTimeout && this._clearDisposeTimeout();
          const e = this.input;
          e &&
            (delete this._fixedTarget,
            delete this.onFocusIn,
            delete this.onFocusOut,
            delete this.input,
            (0, l.pQ)(e, 'focusin', this._focusIn),
            (0, l.pQ)(e, 'focusout', this._focusOut),
            delete e.__tabsterDummyContainer,
            i.t.getParentNode(e)?.removeChild(e));
        }
        setTopLeft(e, r) {
          const t = this.input?.style;
          t && ((t.top = `${e}px`), (t.left = `${r}px`));
        }
        _isBackward(e, r, t) {
          return e && !t
            ? !this.isFirst
            : !!(t && r.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
        }
      }
      class s {
        constructor(e, r, t, o, n, a) {
          ((this._element = r), (this._instance = new d(e, r, this, t, o, n, a)));
        }
        _setHandlers(e, r) {
          ((this._onFocusIn = e), (this._onFocusOut = r));
        }
        moveOut(e) {
          this._instance?.moveOut(e);
        }
        moveOutWithDefaultAction(e, r) {
          this._instance?.moveOutWithDefaultAction(e, r);
        }
        getHandler(e) {
          return e ? this._onFocusIn : this._onFocusOut;
        }
        setTabbable(e) {
          this._instance?.setTabbable(this, e);
        }
        dispose() {
          (this._instance && (this._instance.dispose(this), delete this._instance),
            delete this._onFocusIn,
            delete this._onFocusOut);
        }
        static moveWithPhantomDummy(e, r, t, n, s) {
          const u = new c(e.getWindow, !0, { isPhantom: !0, isFirst: !0 }).input;
          if (u) {
            let c, d;
            if ('BODY' === r.tagName)
              ((c = r), (d = (t && n) || (!t && !n) ? i.t.getFirstElementChild(r) : null));
            else {
              let o, a;
              t && (!n || (n && !e.focusable.isFocusable(r, !1, !0, !0)))
                ? ((c = r), (d = n ? r.firstElementChild : null))
                : ((c = i.t.getParentElement(r)),
                  (d = (t && n) || (!t && !n) ? r : i.t.getNextElementSibling(r)));
              do {
                ((o = (t && n) || (!t && !n) ? i.t.getPreviousElementSibling(d) : d),
                  (a = f(o)),
                  a === r ? (d = (t && n) || (!t && !n) ? o : i.t.getNextElementSibling(o)) : (a = null));
              } while (a);
            }
            c &&
              (0, l.Pt)(c, new a.hA({ by: 'root', owner: c, next: null, relatedEvent: s })) &&
              (i.t.insertBefore(c, u, d), (0, o.kG)(u));
          }
        }
        static addPhantomDummyWithTarget(e, r, t, o) {
          const n = new c(e.getWindow, !0, { isPhantom: !0, isFirst: !0 }, void 0, new l.ED(o)).input;
          if (n) {
            let e, o;
            ((0, l.Pd)(r) && !t
              ? ((e = r), (o = i.t.getFirstElementChild(r)))
              : ((e = i.t.getParentElement(r)), (o = t ? r : i.t.getNextElementSibling(r))),
              e && i.t.insertBefore(e, n, o));
          }
        }
      }
      class u {
        constructor(e) {
          ((this._updateQueue = new Set()),
            (this._lastUpdateQueueTime = 0),
            (this._changedParents = new WeakSet()),
            (this._dummyElements = []),
            (this._dummyCallbacks = new WeakMap()),
            (this._domChanged = (e) => {
              this._changedParents.has(e) ||
                (this._changedParents.add(e),
                this._updateDummyInputsTimer ||
                  (this._updateDummyInputsTimer = this._win?.().setTimeout(() => {
                    delete this._updateDummyInputsTimer;
                    for (const e of this._dummyElements) {
                      const r = e.get();
                      if (r) {
                        const e = this._dummyCallbacks.get(r);
                        if (e) {
                          const t = i.t.getParentNode(r);
                          (t && !this._changedParents.has(t)) || e();
                        }
                      }
                    }
                    this._changedParents = new WeakSet();
                  }, 100)));
            }),
            (this._win = e));
        }
        add(e, r) {
          !this._dummyCallbacks.has(e) &&
            this._win &&
            (this._dummyElements.push(new l.ED(e)),
            this._dummyCallbacks.set(e, r),
            (this.domChanged = this._domChanged));
        }
        remove(e) {
          ((this._dummyElements = this._dummyElements.filter((r) => {
            const t = r.get();
            return t && t !== e;
          })),
            this._dummyCallbacks.delete(e),
            0 === this._dummyElements.length && delete this.domChanged);
        }
        dispose() {
          const e = this._win?.();
          (this._updateTimer && (e?.clearTimeout(this._updateTimer), delete this._updateTimer),
            this._updateDummyInputsTimer &&
              (e?.clearTimeout(this._updateDummyInputsTimer), delete this._updateDummyInputsTimer),
            (this._changedParents = new WeakSet()),
            (this._dummyCallbacks = new WeakMap()),
            (this._dummyElements = []),
            this._updateQueue.clear(),
            delete this.domChanged,
            delete this._win);
        }
        updatePositions(e) {
          this._win &&
            (this._updateQueue.add(e),
            (this._lastUpdateQueueTime = Date.now()),
            this._scheduledUpdatePositions());
        }
        _scheduledUpdatePositions() {
          this._updateTimer ||
            (this._updateTimer = this._win?.().setTimeout(() => {
              if ((delete this._updateTimer, this._lastUpdateQueueTime + 100 <= Date.now())) {
                const e = new Map(),
                  r = [];
                for (const t of this._updateQueue) r.push(t(e));
                this._updateQueue.clear();
                for (const e of r) e();
                e.clear();
              } else this._scheduledUpdatePositions();
            }, 100));
        }
      }
      class d {
        constructor(e, r, t, s, u, d, f) {
          ((this._wrappers = []),
            (this._isOutside = !1),
            (this._transformElements = new Set()),
            (this._onFocusIn = (e, r, t) => {
              this._onFocus(!0, e, r, t);
            }),
            (this._onFocusOut = (e, r, t) => {
              this._onFocus(!1, e, r, t);
            }),
            (this.moveOut = (e) => {
              const r = this._firstDummy,
                t = this._lastDummy;
              if (r && t) {
                this._ensurePosition();
                const n = r.input,
                  a = t.input,
                  i = this._element?.get();
                if (n && a && i) {
                  let r;
                  (e ? ((n.tabIndex = 0), (r = n)) : ((a.tabIndex = 0), (r = a)), r && (0, o.kG)(r));
                }
              }
            }),
            (this.moveOutWithDefaultAction = (e, r) => {
              const t = this._firstDummy,
                n = this._lastDummy;
              if (t && n) {
                this._ensurePosition();
                const i = t.input,
                  c = n.input,
                  s = this._element?.get();
                if (i && c && s) {
                  let u;
                  (e
                    ? !t.isOutside && this._tabster.focusable.isFocusable(s, !0, !0, !0)
                      ? (u = s)
                      : ((t.useDefaultAction = !0), (i.tabIndex = 0), (u = i))
                    : ((n.useDefaultAction = !0), (c.tabIndex = 0), (u = c)),
                    u &&
                      (0, l.Pt)(s, new a.hA({ by: 'root', owner: s, next: null, relatedEvent: r })) &&
                      (0, o.kG)(u));
                }
              }
            }),
            (this.setTabbable = (e, r) => {
              for (const t of this._wrappers)
                if (t.manager === e) {
                  t.tabbable = r;
                  break;
                }
              const t = this._getCurrent();
              if (t) {
                const e = t.tabbable ? 0 : -1;
                let r = this._firstDummy?.input;
                (r && (r.tabIndex = e), (r = this._lastDummy?.input), r && (r.tabIndex = e));
              }
            }),
            (this._addDummyInputs = () => {
              this._addTimer ||
                (this._addTimer = this._getWindow().setTimeout(() => {
                  (delete this._addTimer, this._ensurePosition(), this._addTransformOffsets());
                }, 0));
            }),
            (this._addTransformOffsets = () => {
              this._tabster._dummyObserver.updatePositions(this._computeTransformOffsets);
            }),
            (this._computeTransformOffsets = (e) => {
              const r = this._firstDummy?.input || this._lastDummy?.input,
                t = this._transformElements,
                o = new Set();
              let n = 0,
                a = 0;
              const c = this._getWindow();
              for (let s = r; s && s.nodeType === Node.ELEMENT_NODE; s = i.t.getParentElement(s)) {
                let r = e.get(s);
                if (void 0 === r) {
                  const t = c.getComputedStyle(s).transform;
                  (t && 'none' !== t && (r = { scrollTop: s.scrollTop, scrollLeft: s.scrollLeft }),
                    e.set(s, r || null));
                }
                r &&
                  (o.add(s),
                  t.has(s) || (0, l.ch)(s, 'scroll', this._addTransformOffsets),
                  (n += r.scrollTop),
                  (a += r.scrollLeft));
              }
              for (const e of t) o.has(e) || (0, l.pQ)(e, 'scroll', this._addTransformOffsets);
              return (
                (this._transformElements = o),
                () => {
                  (this._firstDummy?.setTopLeft(n, a), this._lastDummy?.setTopLeft(n, a));
                }
              );
            }));
          const g = r.get();
          if (!g) throw new Error('No element');
          ((this._tabster = e), (this._getWindow = e.getWindow), (this._callForDefaultAction = f));
          const p = g.__tabsterDummy;
          if (((p || this)._wrappers.push({ manager: t, priority: s, tabbable: !0 }), p)) return p;
          g.__tabsterDummy = this;
          const v = u?.dummyInputsPosition,
            h = g.tagName;
          ((this._isOutside = v
            ? v === n.bN.Outside
            : (d || 'UL' === h || 'OL' === h || 'TABLE' === h) && !('LI' === h || 'TD' === h || 'TH' === h)),
            (this._firstDummy = new c(this._getWindow, this._isOutside, { isFirst: !0 }, r)),
            (this._lastDummy = new c(this._getWindow, this._isOutside, { isFirst: !1 }, r)));
          const m = this._firstDummy.input;
          (m && e._dummyObserver.add(m, this._addDummyInputs),
            (this._firstDummy.onFocusIn = this._onFocusIn),
            (this._firstDummy.onFocusOut = this._onFocusOut),
            (this._lastDummy.onFocusIn = this._onFocusIn),
            (this._lastDummy.onFocusOut = this._onFocusOut),
            (this._element = r),
            this._addDummyInputs());
        }
        dispose(e, r) {
          if (0 === (this._wrappers = this._wrappers.filter((t) => t.manager !== e && !r)).length) {
            delete (this._element?.get()).__tabsterDummy;
            for (const e of this._transformElements) (0, l.pQ)(e, 'scroll', this._addTransformOffsets);
            this._transformElements.clear();
            const e = this._getWindow();
            this._addTimer && (e.clearTimeout(this._addTimer), delete this._addTimer);
            const r = this._firstDummy?.input;
            (r && this._tabster._dummyObserver.remove(r),
              this._firstDummy?.dispose(),
              this._lastDummy?.dispose());
          }
        }
        _onFocus(e, r, t, o) {
          const n = this._getCurrent();
          !n || (r.useDefaultAction && !this._callForDefaultAction) || n.manager.getHandler(e)?.(r, t, o);
        }
        _getCurrent() {
          return (
            this._wrappers.sort((e, r) =>
              e.tabbable !== r.tabbable ? (e.tabbable ? -1 : 1) : e.priority - r.priority,
            ),
            this._wrappers[0]
          );
        }
        _ensurePosition() {
          const e = this._element?.get(),
            r = this._firstDummy?.input,
            t = this._lastDummy?.input;
          if (e && r && t)
            if (this._isOutside) {
              const o = i.t.getParentNode(e);
              if (o) {
                const n = i.t.getNextSibling(e);
                (n !== t && i.t.insertBefore(o, t, n),
                  i.t.getPreviousElementSibling(e) !== r && i.t.insertBefore(o, r, e));
              }
            } else {
              i.t.getLastElementChild(e) !== t && i.t.appendChild(e, t);
              const o = i.t.getFirstElementChild(e);
              o && o !== r && o.parentNode && i.t.insertBefore(o.parentNode, r, o);
            }
        }
      }
      function f(e) {
        return e?.__tabsterDummyContainer?.get() || null;
      }
      t.d(r, ['Qd', 0, { Root: 1, Modalizer: 2, Mover: 3, Groupper: 4 }]);
    },
    7911(e, r, t) {
      t.d(r, {
        FA: () => f,
        Hz: () => i,
        Mh: () => u,
        a_: () => l,
        fD: () => g,
        hA: () => c,
        im: () => p,
        p4: () => s,
        t: () => d,
      });
      const o = 'tabster:restorer:restore-focus',
        n = 'undefined' != typeof CustomEvent ? CustomEvent : function () {};
      class a extends n {
        constructor(e, r) {
          (super(e, { bubbles: !0, cancelable: !0, composed: !0, detail: r }), (this.details = r));
        }
      }
      class i extends a {
        constructor(e) {
          super('tabster:focusin', e);
        }
      }
      class l extends a {
        constructor(e) {
          super('tabster:focusout', e);
        }
      }
      class c extends a {
        constructor(e) {
          super('tabster:movefocus', e);
        }
      }
      class s extends a {
        constructor(e) {
          super('tabster:mover:state', e);
        }
      }
      class u extends a {
        constructor(e) {
          super('tabster:modalizer:active', e);
        }
      }
      class d extends a {
        constructor(e) {
          super('tabster:modalizer:inactive', e);
        }
      }
      class f extends a {
        constructor() {
          super(o);
        }
      }
      class g extends a {
        constructor(e) {
          super('tabster:root:focus', e);
        }
      }
      class p extends a {
        constructor(e) {
          super('tabster:root:blur', e);
        }
      }
      t.d(r, ['Vb', 0, 'tabster:mover:memorized-element', 'cD', 0, 'tabster:mover:movefocus', 'ks', 0, o]);
    },
    4785(e, r, t) {
      t.d(r, { N: () => n, g: () => a });
      var o = t(8802);
      function n(e, r) {
        return e.storageEntry(r)?.tabster;
      }
      function a(e, r, t) {
        const n = t || e._noop ? void 0 : r.getAttribute(o.h7);
        let a,
          i = e.storageEntry(r);
        if (n) {
          if (n === i?.attr?.string) return;
          try {
            const e = JSON.parse(n);
            if ('object' != typeof e) throw new Error(`Value is not a JSON object, got '${n}'.`);
            a = { string: n, object: e };
          } catch (e) {}
        } else if (!i) return;
        (i || (i = e.storageEntry(r, !0)), i.tabster || (i.tabster = {}));
        const l = i.tabster || {},
          c = i.attr?.object || {},
          s = a?.object || {};
        for (const t of Object.keys(c))
          if (!s[t]) {
            if ('root' === t) {
              const r = l[t];
              r && e.root.onRoot(r, !0);
            }
            switch (t) {
              case 'deloser':
              case 'root':
              case 'groupper':
              case 'modalizer':
              case 'restorer':
              case 'mover':
                const o = l[t];
                o && (o.dispose(), delete l[t]);
                break;
              case 'observed':
                (delete l[t], e.observedElement && e.observedElement.onObservedElementUpdate(r));
                break;
              case 'focusable':
              case 'outline':
              case 'uncontrolled':
              case 'sys':
                delete l[t];
            }
          }
        for (const t of Object.keys(s)) {
          const o = s.sys;
          switch (t) {
            case 'root':
              (l.root ? l.root.setProps(s.root) : (l.root = e.root.createRoot(r, s.root, o)),
                e.root.onRoot(l.root));
              break;
            case 'focusable':
              l.focusable = s.focusable;
              break;
            case 'observed':
              e.observedElement && ((l.observed = s.observed), e.observedElement.onObservedElementUpdate(r));
              break;
            case 'uncontrolled':
              l.uncontrolled = s.uncontrolled;
              break;
            case 'outline':
              e.outline && (l.outline = s.outline);
              break;
            case 'sys':
              l.sys = s.sys;
              break;
            default: {
              const n = e.attrHandlers.get(t);
              n && (l[t] = n(r, l[t], s[t], c?.[t], o));
            }
          }
        }
        a
          ? (i.attr = a)
          : (0 === Object.keys(l).length && (delete i.tabster, delete i.attr), e.storageEntry(r, !1));
      }
    },
    8458(e, r, t) {
      t.d(r, [
        'D',
        0,
        {
          Tab: 'Tab',
          Enter: 'Enter',
          Escape: 'Escape',
          Space: ' ',
          PageUp: 'PageUp',
          PageDown: 'PageDown',
          End: 'End',
          Home: 'Home',
          ArrowLeft: 'ArrowLeft',
          ArrowUp: 'ArrowUp',
          ArrowRight: 'ArrowRight',
          ArrowDown: 'ArrowDown',
        },
      ]);
    },
    8754(e, r, t) {
      t.d(r, { V: () => d });
      var o = t(7956),
        n = t(4785),
        a = t(7911),
        i = t(7086),
        l = t(9093),
        c = t(9171);
      class s extends i.Af {
        constructor(e, r, t, n) {
          (super(e, r, i.Qd.Root, n, void 0, !0),
            (this._onDummyInputFocus = (e) => {
              if (e.useDefaultAction) this._setFocused(!1);
              else {
                this._tabster.keyboardNavigation.setNavigatingWithKeyboard(!0);
                const r = this._element.get();
                if (r) {
                  this._setFocused(!0);
                  const t = this._tabster.focusedElement.getFirstOrLastTabbable(e.isFirst, {
                    container: r,
                    ignoreAccessibility: !0,
                  });
                  if (t) return void (0, o.kG)(t);
                }
                e.input?.blur();
              }
            }),
            this._setHandlers(this._onDummyInputFocus),
            (this._tabster = e),
            (this._setFocused = t));
        }
      }
      class u extends l.F8 {
        constructor(e, r, t, n, i) {
          (super(e, r, n),
            (this._isFocused = !1),
            (this._setFocused = (e) => {
              if (
                (this._setFocusedTimer &&
                  (this._tabster.getWindow().clearTimeout(this._setFocusedTimer),
                  delete this._setFocusedTimer),
                this._isFocused === e)
              )
                return;
              const r = this._element.get();
              r &&
                (e
                  ? ((this._isFocused = !0),
                    this._dummyManager?.setTabbable(!1),
                    (0, l.Pt)(r, new a.fD({ element: r })))
                  : (this._setFocusedTimer = this._tabster.getWindow().setTimeout(() => {
                      (delete this._setFocusedTimer,
                        (this._isFocused = !1),
                        this._dummyManager?.setTabbable(!0),
                        (0, l.Pt)(r, new a.im({ element: r })));
                    }, 0)));
            }),
            (this._onFocusIn = (e) => {
              const r = this._tabster.getParent,
                t = this._element.get();
              let o = e.composedPath()[0];
              do {
                if (o === t) return void this._setFocused(!0);
                o = o && r(o);
              } while (o);
            }),
            (this._onFocusOut = () => {
              this._setFocused(!1);
            }),
            (this._onDispose = t));
          const c = e.getWindow;
          ((this.uid = (0, l.DT)(c, r)),
            (this._sys = i),
            (e.controlTab || e.rootDummyInputs) && this.addDummyInputs());
          const s = c().document;
          ((0, l.ch)(s, o.Oy, this._onFocusIn), (0, l.ch)(s, o.RY, this._onFocusOut), this._add());
        }
        addDummyInputs() {
          this._dummyManager ||
            (this._dummyManager = new s(this._tabster, this._element, this._setFocused, this._sys));
        }
        dispose() {
          this._onDispose(this);
          const e = this._tabster.getWindow(),
            r = e.document;
          ((0, l.pQ)(r, o.Oy, this._onFocusIn),
            (0, l.pQ)(r, o.RY, this._onFocusOut),
            this._setFocusedTimer && (e.clearTimeout(this._setFocusedTimer), delete this._setFocusedTimer),
            this._dummyManager?.dispose(),
            this._remove());
        }
        moveOutWithDefaultAction(e, r) {
          const t = this._dummyManager;
          if (t) t.moveOutWithDefaultAction(e, r);
          else {
            const t = this.getElement();
            t && s.moveWithPhantomDummy(this._tabster, t, !0, e, r);
          }
        }
        _add() {}
        _remove() {}
      }
      class d {
        constructor(e, r) {
          ((this._autoRootWaiting = !1),
            (this._roots = {}),
            (this._forceDummy = !1),
            (this.rootById = {}),
            (this._autoRootCreate = () => {
              const e = this._win().document,
                r = e.body;
              if (r) {
                this._autoRootUnwait(e);
                const t = this._autoRoot;
                if (t)
                  return (
                    (0, c.yH)(r, { root: t }, !0),
                    (0, n.g)(this._tabster, r),
                    (0, n.N)(this._tabster, r)?.root
                  );
              } else
                this._autoRootWaiting ||
                  ((this._autoRootWaiting = !0), (0, l.ch)(e, 'readystatechange', this._autoRootCreate));
            }),
            (this._onRootDispose = (e) => {
              delete this._roots[e.id];
            }),
            (this._tabster = e),
            (this._win = e.getWindow),
            (this._autoRoot = r),
            e.queueInit(() => {
              this._autoRoot && this._autoRootCreate();
            }));
        }
        _autoRootUnwait(e) {
          ((0, l.pQ)(e, 'readystatechange', this._autoRootCreate), (this._autoRootWaiting = !1));
        }
        dispose() {
          const e = this._win();
          (this._autoRootUnwait(e.document),
            delete this._autoRoot,
            Object.keys(this._roots).forEach((e) => {
              this._roots[e] && (this._roots[e].dispose(), delete this._roots[e]);
            }),
            (this.rootById = {}));
        }
        createRoot(e, r, t) {
          const o = new u(this._tabster, e, this._onRootDispose, r, t);
          return ((this._roots[o.id] = o), this._forceDummy && o.addDummyInputs(), o);
        }
        addDummyInputs() {
          this._forceDummy = !0;
          const e = this._roots;
          for (const r of Object.keys(e)) e[r].addDummyInputs();
        }
        static getRootByUId(e, r) {
          const t = e().__tabsterInstance;
          return t && t.root.rootById[r];
        }
        static getTabsterContext(e, r, t = {}) {
          if (!r.ownerDocument) return;
          const { checkRtl: o, referenceElement: a } = t,
            i = e.getParent;
          let l, c, s, u;
          e.drainInitQueue();
          let d,
            f,
            g,
            p,
            v = !1,
            h = a || r;
          const m = {};
          for (; h && (!l || o);) {
            const t = (0, n.N)(e, h);
            if (o && void 0 === g) {
              const e = h.dir;
              e && (g = 'rtl' === e.toLowerCase());
            }
            if (!t) {
              h = i(h);
              continue;
            }
            const a = h.tagName;
            ((t.uncontrolled || 'IFRAME' === a || 'WEBVIEW' === a) && e.focusable.isVisible(h) && (p = h),
              u || !t.focusable?.excludeFromMover || s || (v = !0));
            const b = t.modalizer,
              y = t.groupper,
              k = t.mover;
            (!c && b && (c = b),
              s ||
                !y ||
                (c && !b) ||
                (c
                  ? (!y.isActive() &&
                      y.getProps().tabbability &&
                      c.userId !== e.modalizer?.activeId &&
                      ((c = void 0), (s = y)),
                    (f = y))
                  : (s = y)),
              u || !k || (c && !b) || (y && h === r) || !h.contains(r) || ((u = k), (d = !!s && s !== y)),
              t.root && (l = t.root),
              t.focusable?.ignoreKeydown && Object.assign(m, t.focusable.ignoreKeydown),
              (h = i(h)));
          }
          if (!l) {
            const t = e.root;
            t._autoRoot && r.ownerDocument?.body && (l = t._autoRootCreate());
          }
          return (
            s && !u && (d = !0),
            l
              ? {
                  root: l,
                  modalizer: c,
                  groupper: s,
                  mover: u,
                  groupperBeforeMover: d,
                  modalizerInGroupper: f,
                  rtl: o ? !!g : void 0,
                  uncontrolled: p,
                  excludedFromMover: v,
                  ignoreKeydown: (e) => !!m[e.key],
                }
              : void 0
          );
        }
        static getRoot(e, r) {
          const t = e.getParent;
          for (let o = r; o; o = t(o)) {
            const r = (0, n.N)(e, o)?.root;
            if (r) return r;
          }
        }
        onRoot(e, r) {
          r ? delete this.rootById[e.uid] : (this.rootById[e.uid] = e);
        }
      }
    },
    4351(e, r, t) {
      t.d(r, { T: () => p });
      var o = t(7956),
        n = t(8458),
        a = t(8754),
        i = t(8802),
        l = t(7911),
        c = t(7086),
        s = t(9093),
        u = t(4785),
        d = t(2462),
        f = t(4669);
      const g = { [i.BY.Restorer]: 0, [i.BY.Deloser]: 1, [i.BY.EscapeGroupper]: 2 };
      class p extends f.Q {
        static {
          this.isTabbing = !1;
        }
        constructor(e, r) {
          (super(),
            (this._init = () => {
              const e = this._win(),
                r = e.document;
              ((0, s.ch)(r, o.Oy, this._onFocusIn, !0),
                (0, s.ch)(r, o.RY, this._onFocusOut, !0),
                (0, s.ch)(e, 'keydown', this._onKeyDown, !0));
              const t = d.t.getActiveElement(r);
              (t && t !== r.body && this._setFocusedElement(t), this.subscribe(this._onChanged));
            }),
            (this._onFocusIn = (e) => {
              const r = e.composedPath()[0];
              r && this._setFocusedElement(r, e.detail.relatedTarget, e.detail.isFocusedProgrammatically);
            }),
            (this._onFocusOut = (e) => {
              this._setFocusedElement(void 0, e.detail?.originalEvent.relatedTarget);
            }),
            (this._validateFocusedElement = (e) => {}),
            (this._onKeyDown = (e) => {
              if (e.key !== n.D.Tab || e.ctrlKey) return;
              const r = this.getVal();
              if (!r || !r.ownerDocument || 'true' === r.contentEditable) return;
              const t = this._tabster,
                i = t.controlTab,
                f = a.V.getTabsterContext(t, r);
              if (!f || f.ignoreKeydown(e)) return;
              const g = e.shiftKey,
                v = p.findNextTabbable(t, f, void 0, r, void 0, g, !0),
                h = f.root.getElement();
              if (!h) return;
              const m = v?.element,
                b = (function (e, r) {
                  const t = e.getParent;
                  let o = r;
                  do {
                    const r = (0, u.N)(e, o)?.uncontrolled;
                    if (r && e.uncontrolled.isUncontrolledCompletely(o, !!r.completely)) return o;
                    o = t(o);
                  } while (o);
                })(t, r);
              if (m) {
                const n = v.uncontrolled;
                if (f.uncontrolled || d.t.nodeContains(n, r)) {
                  if ((!v.outOfDOMOrder && n === f.uncontrolled) || (b && !d.t.nodeContains(b, m))) return;
                  return void c.Af.addPhantomDummyWithTarget(t, r, g, m);
                }
                if ((n && t.focusable.isVisible(n)) || ('IFRAME' === m.tagName && t.focusable.isVisible(m)))
                  return void (
                    (0, s.Pt)(h, new l.hA({ by: 'root', owner: h, next: m, relatedEvent: e })) &&
                    c.Af.moveWithPhantomDummy(t, n ?? m, !1, g, e)
                  );
                (i || v?.outOfDOMOrder) &&
                  (0, s.Pt)(h, new l.hA({ by: 'root', owner: h, next: m, relatedEvent: e })) &&
                  (e.preventDefault(), e.stopImmediatePropagation(), (0, o.kG)(m));
              } else
                !b &&
                  (0, s.Pt)(h, new l.hA({ by: 'root', owner: h, next: null, relatedEvent: e })) &&
                  f.root.moveOutWithDefaultAction(g, e);
            }),
            (this._onChanged = (e, r) => {
              if (e) (0, s.Pt)(e, new l.Hz(r));
              else {
                const e = this._lastVal?.get();
                if (e) {
                  const t = { ...r },
                    o = a.V.getTabsterContext(this._tabster, e),
                    n = o?.modalizer?.userId;
                  (n && (t.modalizerId = n), (0, s.Pt)(e, new l.a_(t)));
                }
              }
            }),
            (this._tabster = e),
            (this._win = r),
            e.queueInit(this._init));
        }
        dispose() {
          super.dispose();
          const e = this._win(),
            r = e.document;
          ((0, s.pQ)(r, o.Oy, this._onFocusIn, !0),
            (0, s.pQ)(r, o.RY, this._onFocusOut, !0),
            (0, s.pQ)(e, 'keydown', this._onKeyDown, !0),
            this.unsubscribe(this._onChanged));
          const t = this._asyncFocus;
          (t && (e.clearTimeout(t.timeout), delete this._asyncFocus),
            delete p._lastResetElement,
            delete this._nextVal,
            delete this._lastVal);
        }
        static forgetMemorized(e, r) {
          let t = p._lastResetElement,
            o = t && t.get();
          (o && d.t.nodeContains(r, o) && delete p._lastResetElement,
            (o = e._nextVal?.element?.get()),
            o && d.t.nodeContains(r, o) && delete e._nextVal,
            (t = e._lastVal),
            (o = t && t.get()),
            o && d.t.nodeContains(r, o) && delete e._lastVal);
        }
        getFocusedElement() {
          return this.getVal();
        }
        getLastFocusedElement() {
          let e = this._lastVal?.get();
          return ((!e || (e && !(0, s.FS)(e.ownerDocument, e))) && (this._lastVal = e = void 0), e);
        }
        focus(e, r, t, o) {
          if (!this._tabster.focusable.isFocusable(e, r, !1, t)) return !1;
          const n = 'boolean' == typeof o ? { preventScroll: o } : o;
          return (e.focus(n), !0);
        }
        focusDefault(e) {
          const r = this._tabster.focusable.findDefault({ container: e });
          return !!r && (this._tabster.focusedElement.focus(r), !0);
        }
        getFirstOrLastTabbable(e, r) {
          const { container: t, ignoreAccessibility: o } = r;
          let n;
          if (t) {
            const r = a.V.getTabsterContext(this._tabster, t);
            r && (n = p.findNextTabbable(this._tabster, r, t, void 0, void 0, !e, o)?.element);
          }
          return (n && !d.t.nodeContains(t, n) && (n = void 0), n || void 0);
        }
        _focusFirstOrLast(e, r) {
          const t = this.getFirstOrLastTabbable(e, r);
          return !!t && (this.focus(t, !1, !0), !0);
        }
        focusFirst(e) {
          return this._focusFirstOrLast(!0, e);
        }
        focusLast(e) {
          return this._focusFirstOrLast(!1, e);
        }
        resetFocus(e) {
          if (!this._tabster.focusable.isVisible(e)) return !1;
          if (this._tabster.focusable.isFocusable(e, !0, !0, !0)) this.focus(e);
          else {
            const r = e.getAttribute('tabindex'),
              t = e.getAttribute('aria-hidden');
            ((e.tabIndex = -1),
              e.setAttribute('aria-hidden', 'true'),
              (p._lastResetElement = new s.ED(e)),
              this.focus(e, !0, !0),
              this._setOrRemoveAttribute(e, 'tabindex', r),
              this._setOrRemoveAttribute(e, 'aria-hidden', t));
          }
          return !0;
        }
        requestAsyncFocus(e, r, t) {
          const o = this._tabster.getWindow(),
            n = this._asyncFocus;
          if (n) {
            if (g[e] > g[n.source]) return;
            o.clearTimeout(n.timeout);
          }
          this._asyncFocus = {
            source: e,
            callback: r,
            timeout: o.setTimeout(() => {
              ((this._asyncFocus = void 0), r());
            }, t),
          };
        }
        cancelAsyncFocus(e) {
          const r = this._asyncFocus;
          r?.source === e && (this._tabster.getWindow().clearTimeout(r.timeout), (this._asyncFocus = void 0));
        }
        _setOrRemoveAttribute(e, r, t) {
          null === t ? e.removeAttribute(r) : e.setAttribute(r, t);
        }
        _setFocusedElement(e, r, t) {
          if (this._tabster._noop) return;
          const o = { relatedTarget: r };
          if (e) {
            const r = p._lastResetElement?.get();
            if (((p._lastResetElement = void 0), r === e || (0, s.as)(e))) return;
            o.isFocusedProgrammatically = t;
            const n = a.V.getTabsterContext(this._tabster, e),
              i = n?.modalizer?.userId;
            i && (o.modalizerId = i);
          }
          const n = (this._nextVal = { element: e ? new s.ED(e) : void 0, detail: o });
          (e && e !== this._val && this._validateFocusedElement(e),
            this._nextVal === n && this.setVal(e, o),
            (this._nextVal = void 0));
        }
        setVal(e, r) {
          (super.setVal(e, r), e && (this._lastVal = new s.ED(e)));
        }
        static findNextTabbable(e, r, t, o, n, i, l) {
          const c = t || r.root.getElement();
          if (!c) return null;
          let u = null;
          const f = p._isTabbingTimer,
            g = e.getWindow();
          (f && g.clearTimeout(f),
            (p.isTabbing = !0),
            (p._isTabbingTimer = g.setTimeout(() => {
              (delete p._isTabbingTimer, (p.isTabbing = !1));
            }, 0)));
          const v = r.modalizer,
            h = r.groupper,
            m = r.mover,
            b = (r) => {
              if (((u = r.findNextTabbable(o, n, i, l)), o && !u?.element)) {
                const n = r !== v && d.t.getParentElement(r.getElement());
                if (n) {
                  const c = a.V.getTabsterContext(e, o, { referenceElement: n });
                  if (c) {
                    const o = r.getElement(),
                      a = i ? o : (o && (0, s.j6)(o)) || o;
                    a && ((u = p.findNextTabbable(e, c, t, a, n, i, l)), u && (u.outOfDOMOrder = !0));
                  }
                }
              }
            };
          if (h && m) b(r.groupperBeforeMover ? h : m);
          else if (h) b(h);
          else if (m) b(m);
          else if (v) b(v);
          else {
            const r = {
                container: c,
                currentElement: o,
                referenceElement: n,
                ignoreAccessibility: l,
                useActiveModalizer: !0,
              },
              t = {},
              a = e.focusable[i ? 'findPrev' : 'findNext'](r, t);
            u = { element: a, outOfDOMOrder: t.outOfDOMOrder, uncontrolled: t.uncontrolled };
          }
          return u;
        }
      }
    },
    4669(e, r, t) {
      t.d(r, { Q: () => o });
      class o {
        constructor() {
          this._callbacks = [];
        }
        dispose() {
          ((this._callbacks = []), delete this._val);
        }
        subscribe(e) {
          const r = this._callbacks;
          r.indexOf(e) < 0 && r.push(e);
        }
        subscribeFirst(e) {
          const r = this._callbacks,
            t = r.indexOf(e);
          (t >= 0 && r.splice(t, 1), r.unshift(e));
        }
        unsubscribe(e) {
          const r = this._callbacks.indexOf(e);
          r >= 0 && this._callbacks.splice(r, 1);
        }
        setVal(e, r) {
          this._val !== e && ((this._val = e), this._callCallbacks(e, r));
        }
        getVal() {
          return this._val;
        }
        trigger(e, r) {
          this._callCallbacks(e, r);
        }
        _callCallbacks(e, r) {
          this._callbacks.forEach((t) => t(e, r));
        }
      }
    },
    9093(e, r, t) {
      t.d(r, {
        B5: () => k,
        CQ: () => S,
        DT: () => m,
        ED: () => s,
        F8: () => B,
        FS: () => y,
        J1: () => z,
        Jg: () => N,
        Pd: () => c,
        Pt: () => T,
        Rt: () => g,
        as: () => h,
        bN: () => u,
        cX: () => b,
        ch: () => P,
        e2: () => l,
        fD: () => v,
        h1: () => i,
        j6: () => x,
        pQ: () => F,
        qc: () => _,
        wc: () => f,
      });
      var o = t(8802),
        n = t(2462);
      let a = 0;
      function i(e) {
        const r = e();
        return (r.__tabsterInstanceContext ??= {
          elementByUId: {},
          containerBoundingRectCache: {},
          lastContainerBoundingRectCacheId: 0,
        });
      }
      function l(e) {
        const r = e,
          t = r.__tabsterInstanceContext;
        t &&
          ((t.elementByUId = {}),
          (t.containerBoundingRectCache = {}),
          t.containerBoundingRectCacheTimer && e.clearTimeout(t.containerBoundingRectCacheTimer),
          delete r.__tabsterInstanceContext);
      }
      function c(e) {
        return !!e.querySelector(o.Fy);
      }
      class s {
        constructor(e, r) {
          ((this._ref = new WeakRef(e)), (this._data = r));
        }
        get() {
          const e = this._ref;
          let r;
          return (e && ((r = e.deref()), r || delete this._ref), r);
        }
        getData() {
          return this._data;
        }
      }
      function u(e, r, t) {
        if (r.nodeType === Node.ELEMENT_NODE)
          return n.t.createTreeWalker(e, r, NodeFilter.SHOW_ELEMENT, { acceptNode: t });
      }
      function d(e, r) {
        let t = r.__tabsterCacheId;
        const o = i(e),
          n = t ? o.containerBoundingRectCache[t] : void 0;
        if (n) return n.rect;
        const a = r.ownerDocument && r.ownerDocument.documentElement;
        if (!a) return new DOMRect();
        let l = 0,
          c = 0,
          s = a.clientWidth,
          u = a.clientHeight;
        if (r !== a) {
          const e = r.getBoundingClientRect();
          ((l = Math.max(l, e.left)),
            (c = Math.max(c, e.top)),
            (s = Math.min(s, e.right)),
            (u = Math.min(u, e.bottom)));
        }
        const d = new DOMRect(l < s ? l : -1, c < u ? c : -1, l < s ? s - l : 0, c < u ? u - c : 0);
        return (
          t || ((t = 'r-' + ++o.lastContainerBoundingRectCacheId), (r.__tabsterCacheId = t)),
          (o.containerBoundingRectCache[t] = { rect: d, element: r }),
          o.containerBoundingRectCacheTimer ||
            (o.containerBoundingRectCacheTimer = window.setTimeout(() => {
              o.containerBoundingRectCacheTimer = void 0;
              for (const e of Object.keys(o.containerBoundingRectCache))
                delete o.containerBoundingRectCache[e].element.__tabsterCacheId;
              o.containerBoundingRectCache = {};
            }, 50)),
          d
        );
      }
      function f(e, r, t) {
        const o = p(r);
        if (!o) return !1;
        const n = d(e, o),
          a = r.getBoundingClientRect(),
          i = a.height * (1 - t),
          l = Math.max(0, n.top - a.top) + Math.max(0, a.bottom - n.bottom);
        return 0 === l || l <= i;
      }
      function g(e, r, t) {
        const o = p(r);
        if (o) {
          const n = d(e, o),
            a = r.getBoundingClientRect();
          o.scrollTop += t ? a.top - n.top : a.bottom - n.bottom;
        }
      }
      function p(e) {
        const r = e.ownerDocument;
        if (r) {
          for (let r = n.t.getParentElement(e); r; r = n.t.getParentElement(r))
            if (r.scrollWidth > r.clientWidth || r.scrollHeight > r.clientHeight) return r;
          return r.documentElement;
        }
        return null;
      }
      function v(e) {
        e.__shouldIgnoreFocus = !0;
      }
      function h(e) {
        return !!e.__shouldIgnoreFocus;
      }
      function m(e, r) {
        const t = i(e),
          o = (r.__tabsterElementUID ??= (function (e) {
            const r = new Uint32Array(4);
            return (
              e.crypto.getRandomValues(r),
              Array.from(r, (e) => e.toString(36)).join('') +
                '|' +
                (++a).toString(36) +
                '|' +
                Date.now().toString(36)
            );
          })(e()));
        return (!t.elementByUId[o] && y(r.ownerDocument, r) && (t.elementByUId[o] = new s(r)), o);
      }
      function b(e, r) {
        const t = i(e).elementByUId;
        for (const e of Object.keys(t)) {
          const o = t[e]?.get();
          (r && o && !n.t.nodeContains(r, o)) || delete t[e];
        }
      }
      function y(e, r) {
        return n.t.nodeContains(e?.body, r);
      }
      function k(e, r) {
        return 'function' == typeof e.matches && e.matches(r);
      }
      let w = 0;
      class B {
        constructor(e, r, t) {
          ((this._tabster = e), (this._element = new s(r)), (this._props = { ...t }), (this.id = 'i' + ++w));
        }
        getElement() {
          return this._element.get();
        }
        getProps() {
          return this._props;
        }
        setProps(e) {
          this._props = { ...e };
        }
      }
      function x(e) {
        let r = null;
        for (let t = n.t.getLastElementChild(e); t; t = n.t.getLastElementChild(t)) r = t;
        return r || void 0;
      }
      function S(e, r, t, o) {
        const n = e.storageEntry(r, !0);
        let a = !1;
        if (!n.aug) {
          if (void 0 === o) return a;
          n.aug = {};
        }
        if (void 0 === o) {
          if (t in n.aug) {
            const e = n.aug[t];
            (delete n.aug[t], null === e ? r.removeAttribute(t) : r.setAttribute(t, e), (a = !0));
          }
        } else {
          let e;
          (t in n.aug || (e = r.getAttribute(t)),
            void 0 !== e &&
              e !== o &&
              ((n.aug[t] = e), null === o ? r.removeAttribute(t) : r.setAttribute(t, o), (a = !0)));
        }
        return (void 0 === o && 0 === Object.keys(n.aug).length && (delete n.aug, e.storageEntry(r, !1)), a);
      }
      function z(e) {
        const r = e.ownerDocument,
          t = r.defaultView?.getComputedStyle(e);
        if (null === e.offsetParent && r.body !== e && 'fixed' !== t?.position) return !0;
        if ('hidden' === t?.visibility) return !0;
        if ('fixed' === t?.position) {
          if ('none' === t.display) return !0;
          if (null === e.parentElement?.offsetParent && r.body !== e.parentElement) return !0;
        }
        return !1;
      }
      function _(e) {
        return 'INPUT' === e.tagName && !!e.name && 'radio' === e.type;
      }
      function N(e) {
        if (!_(e)) return;
        const r = e.name,
          t = [];
        let o;
        for (const a of n.t.getElementsByName(e, r))
          if (_(a)) {
            const e = a;
            (t.push(e), e.checked && (o = e));
          }
        return { name: r, buttons: new Set(t), checked: o };
      }
      function P(e, r, t, o) {
        e?.addEventListener(r, t, o);
      }
      function F(e, r, t, o) {
        e?.removeEventListener(r, t, o);
      }
      function T(e, r) {
        return !!e && e.dispatchEvent(r);
      }
    },
  },
]);
