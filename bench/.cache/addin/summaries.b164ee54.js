'use strict';
(self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []).push([
  [553],
  {
    2446(e, t, o) {
      o.d(t, { C: () => i });
      const n = [
        { region: '', year: 2010, povertyLine: 2300 },
        { region: '', year: 2011, povertyLine: 2536 },
        { region: '', year: 2012, povertyLine: 2625 },
        { region: '', year: 2013, povertyLine: 2736 },
        { region: '', year: 2014, povertyLine: 2800 },
        { region: '', year: 2015, povertyLine: 2855 },
        { region: '', year: 2016, povertyLine: 2952 },
        { region: '', year: 2017, povertyLine: 2952 },
        { region: '', year: 2018, povertyLine: 2995 },
        { region: '', year: 2019, povertyLine: 3218 },
        { region: '', year: 2020, povertyLine: 4e3, monitoringLine: 6e3 },
        { region: '', year: 2021, povertyLine: 4e3, monitoringLine: 6e3 },
      ];
      function i(e, t) {
        const o = [...e.lines, ...n],
          i = (e) =>
            o.find((o) => o.region === e && o.year === t) ||
            o.filter((o) => o.region === e && o.year < t).sort((e, t) => t.year - e.year)[0],
          r = (e.region ? i(e.region) : void 0) ?? i('') ?? n[0],
          s = r.year !== t,
          l = e.povertyLine ?? r.povertyLine,
          a = e.monitoringLine ?? r.monitoringLine ?? Math.round(l * e.edgeFactor),
          u = r.region || '全国';
        return {
          povertyLine: l,
          monitoringLine: a,
          source:
            void 0 !== e.povertyLine ? '设置中的贫困线' : `${u}${r.year}年标准${s ? `（沿用至${t}年）` : ''}`,
          warning:
            s && t > 2021 && void 0 === e.povertyLine
              ? `${t}年的贫困线、监测线沿用${r.year}年标准，请按本省标准设置`
              : void 0,
        };
      }
    },
    4053(e, t, o) {
      o.d(t, { parseConfig: () => u });
      var n = o(6542);
      const i = n.YjP().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
        r = n.k5n(['error', 'warning', 'info']),
        s = n.Ikc({
          region: n.YjP().default(''),
          year: n.aig().int(),
          povertyLine: n.aig().positive(),
          monitoringLine: n.aig().positive().optional(),
        }),
        l = n
          .Ikc({
            year: n.aig().int().min(2010).max(2100).optional(),
            region: n.YjP().default(''),
            povertyLine: n.aig().positive().optional(),
            monitoringLine: n.aig().positive().optional(),
            edgeFactor: n.aig().positive().default(1.5),
            helperMaxHouseholds: n.aig().int().positive().default(5),
            compulsoryEducationAges: n.PVZ([n.aig().int(), n.aig().int()]).default([6, 15]),
            referenceDate: i.optional(),
            incomeTolerance: n.aig().min(0).default(1),
            publicityMinDays: n.aig().int().min(0).default(10),
            industryShareMin: n.aig().min(0).max(100).default(60),
            incidenceDenominator: n
              .k5n(['agriPopulation', 'ruralPopulation', 'totalPopulation', 'residentPopulation'])
              .default('agriPopulation'),
            villagePopulation: n.g1P(n.YjP(), n.aig().nonnegative()).default({}),
            householdSizeBasis: n.k5n(['auto', 'yearSize', 'currentSize', 'memberRows']).default('auto'),
            lines: n.YOg(s).default([]),
            severity: n.g1P(n.YjP(), r).default({}),
            disabledRules: n.YOg(n.YjP()).default([]),
            columnSynonyms: n.g1P(n.YjP(), n.YOg(n.YjP())).default({}),
            codeLists: n.g1P(n.YjP(), n.YOg(n.YjP())).default({}),
            incomeBands: n.YOg(n.aig()).optional(),
            totalsPosition: n.k5n(['first', 'last']).default('last'),
            reportingUnit: n.YjP().default(''),
            rectificationDays: n.aig().int().min(0).default(30),
          })
          .strict(),
        a = l.parse({});
      function u(e) {
        const t = l.safeParse(e ?? {});
        return t.success
          ? { ok: !0, config: t.data }
          : {
              ok: !1,
              errors: t.error.issues.map((e) => `配置项 ${e.path.join('.') || '(根)'} 无效：${e.message}`),
            };
      }
      o.d(t, ['Qn', 0, l, 'sb', 0, a]);
    },
    6400(e, t, o) {
      const n = (e) => ({ severity: 'error', title: e }),
        i = (e) => ({ severity: 'warning', title: e }),
        r = (e) => ({ severity: 'info', title: e }),
        s = {
          'sheet.header-not-found': n('未找到台账表头'),
          'sheet.column-missing': i('缺少必要的列'),
          'sheet.totals-row': r('合计/小计行已跳过'),
          'sheet.blank-row': r('数据中的空行已跳过'),
          'sheet.merged-cells': r('数据区有合并单元格'),
          'sheet.formula-cells': r('数据区含公式'),
          'sheet.error-values': n('单元格为错误值'),
          'id.missing': n('证件号码为空'),
          'id.length': n('证件号码位数错误'),
          'id.numeric-precision': n('证件号码以数字存储，末位已丢失'),
          'id.checksum': n('证件号码校验码错误'),
          'id.birthdate': n('证件号码中出生日期无效'),
          'id.region': n('证件号码地区码无效'),
          'id.lowercase-x': r('校验码为小写x'),
          'id.old-15-digit': i('15位旧证件号码'),
          'id.duplicate': n('证件号码重复'),
          'person.gender-mismatch': n('性别与证件号码不符'),
          'person.birthdate-mismatch': n('出生日期与证件号码不符'),
          'person.relation-gender': i('与户主关系与性别矛盾'),
          'household.no-head': n('家庭无户主'),
          'household.multiple-heads': n('家庭有多个户主'),
          'household.multiple-spouses': n('家庭有多个配偶'),
          'household.size-mismatch': n('家庭人口数与成员数不符'),
          'household.inconsistent': n('同户信息不一致'),
          'household.head-mismatch': n('户表户主与成员表不符'),
          'household.no-members': n('户无成员'),
          'household.orphan-member': n('成员无对应户'),
          'field.required': n('必填项为空'),
          'field.code': n('取值不在代码表内'),
          'field.number': n('数值格式错误'),
          'field.date': n('日期格式错误'),
          'field.text-number': r('数字以文本存储'),
          'field.phone': i('电话号码格式错误'),
          'edu.out-of-school': n('义务教育适龄未在校'),
          'edu.grade-age': i('在校年级与年龄不符'),
          'edu.status-conflict': i('文化程度与在校生状况冲突'),
          'medical.uninsured': n('未参加基本医疗保险'),
          'medical.double-insured': i('重复参加基本医疗保险'),
          'housing.unsafe': n('住房不安全'),
          'water.unsafe': n('饮水不安全'),
          'labor.work-months': n('务工时间超出范围'),
          'labor.child-worker': i('未成年人务工'),
          'income.negative': n('收入或支出为负数'),
          'income.net-mismatch': n('纯收入计算不符'),
          'income.per-capita-mismatch': n('人均纯收入计算不符'),
          'income.subtotal-mismatch': n('收入分项合计不符'),
          'income.implausible': i('人均纯收入异常'),
          'income.below-poverty-line': n('脱贫户收入低于贫困线'),
          'income.below-monitoring-line': i('收入低于监测线'),
          'income.business-no-expense': i('有经营收入无经营支出'),
          'income.wage-no-worker': i('工资性收入与务工情况不符'),
          'helper.missing': n('未落实帮扶责任人'),
          'helper.overload': i('帮扶责任人联系户过多'),
          'monitor.category-missing': n('监测对象类别为空'),
          'monitor.date-order': n('风险消除时间早于识别时间'),
          'monitor.no-measures': i('监测对象无帮扶措施'),
          'fund.spent-exceeds-allocated': n('支出超过拨付'),
          'fund.allocated-exceeds-planned': n('拨付超过计划'),
          'fund.subsidy-exceeds-investment': n('补助超过总投资'),
          'fund.sources-mismatch': n('资金来源合计不符'),
          'fund.progress-mismatch': n('支出进度计算不符'),
          'fund.total-mismatch': n('合计/小计不符'),
          'fund.date-order': n('项目日期顺序错误'),
          'fund.publicity-short': i('公示期不足'),
          'fund.no-beneficiaries': i('产业就业项目无带贫户数'),
          'fund.unit-suspect': i('金额与单位不符'),
          'fund.paid-not-accepted': i('已支付未验收'),
          'fund.duplicate-project': i('项目重复'),
          'fund.industry-share': i('产业发展资金占比不足'),
          'fund.continuation-row': r('项目续行已合并'),
          'village.population-missing': i('缺少村人口数'),
          'village.count-mismatch': n('村户数人数与台账不符'),
        };
      o.d(t, ['y0', 0, s]);
    },
    7676(e, t, o) {
      function n(e, t) {
        if (!Number.isFinite(e)) return e;
        const o = 10 ** t,
          n = Number((Math.abs(e) * o).toPrecision(15)),
          i = Math.round(n) / o;
        return e < 0 ? -i : i;
      }
      function i(e, t, o = 100) {
        return t ? ((e ?? 0) / t) * o : null;
      }
      function r(e) {
        let t = 0;
        for (const o of e) 'number' == typeof o && Number.isFinite(o) && (t += o);
        return n(t, 8);
      }
      function s(e, t) {
        const o = n(e, t).toFixed(t);
        return o.includes('.') ? o.replace(/0+$/, '').replace(/\.$/, '') : o;
      }
      function l(e, t = 4) {
        return s(e, t);
      }
      function a(e) {
        const t = Math.abs(e);
        return 0 === t ? '0' : s(e, t >= 0.1 ? 2 : 1 - Math.floor(Math.log10(t)));
      }
      function u(e, t) {
        return `${(function (e) {
          let t = '',
            o = e + 1;
          for (; o > 0;) {
            const e = (o - 1) % 26;
            ((t = String.fromCharCode(65 + e) + t), (o = Math.floor((o - 1) / 26)));
          }
          return t;
        })(t)}${e + 1}`;
      }
      function d(e, t) {
        return `'${e.replace(/'/g, "''")}'!${t}`;
      }
      function c(e) {
        let t = e
          .replace(/[[\]:*?/\\]/g, '')
          .replace(/^'+|'+$/g, '')
          .trim();
        if (t.length > 31) {
          const e = Array.from(t);
          for (; e.join('').length > 31;) e.pop();
          t = e.join('');
        }
        return t || 'Sheet';
      }
      function p(e) {
        const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e ?? '');
        return t ? { y: Number(t[1]), m: Number(t[2]), d: Number(t[3]) } : null;
      }
      function h(e) {
        const t = p(e);
        return t ? `${t.y}年${t.m}月${t.d}日` : '    年  月  日';
      }
      o.d(t, { buildAllSummaries: () => K });
      const g = {
          index: '0',
          label: void 0,
          text: void 0,
          count: '0',
          yuan: '0.00',
          wan: '0.00##',
          percent: '0.00',
          average: '0.00',
        },
        m = { index: 6, label: 14, text: 16, count: 8, yuan: 13, wan: 11, percent: 9, average: 11 };
      function f(e) {
        return 'object' == typeof e && null !== e;
      }
      function y(e) {
        return 'number' == typeof e ? e : f(e) && 'number' == typeof e.v ? e.v : null;
      }
      function v(e, t) {
        const o = t?.totals?.[e.key];
        return (
          o ||
          (e.total
            ? e.total
            : 'label' === e.kind
              ? 'label'
              : e.ratio
                ? 'ratio'
                : 'count' === e.kind || 'yuan' === e.kind || 'wan' === e.kind
                  ? 'sum'
                  : 'none')
        );
      }
      function $(e) {
        const t = e.columns,
          o = t.length,
          i = Math.max(o - 1, 1),
          s = new Map(t.map((e, t) => [e.key, t])),
          l = [],
          a = [],
          d = (e) => {
            const t = l.length;
            (l.push([e]), a.push({ r1: t, c1: 0, r2: t, c2: i }));
          },
          p = e.codeBlock;
        if (p) {
          const e = [
              p.tableNo ? `表号：${p.tableNo}` : '',
              p.authority ? `制表机关：${p.authority}` : '',
              p.docNo ? `文号：${p.docNo}` : '',
            ].filter(Boolean),
            t = Math.max(0, i - Math.max(2, Math.floor(o / 3)) + 1);
          for (const o of e) {
            const e = l.length,
              n = [];
            ((n[t] = { v: o, style: 'code', align: 'left' }),
              l.push(n),
              i > t && a.push({ r1: e, c1: t, r2: e, c2: i }));
          }
        }
        if ((d({ v: e.title, style: 'title', align: 'center' }), null !== e.reportingUnit)) {
          const t = l.length,
            n = Math.max(1, Math.ceil((3 * o) / 5)),
            r = [];
          ((r[0] = { v: `填报单位：${e.reportingUnit}（盖章）`, style: 'info', align: 'left' }),
            (r[n] = {
              v: `${e.dateLabel ?? '截至'}：${e.dateText ?? '    年  月  日'}`,
              style: 'info',
              align: 'right',
            }),
            l.push(r),
            n - 1 > 0 && a.push({ r1: t, c1: 0, r2: t, c2: n - 1 }),
            i > n && a.push({ r1: t, c1: n, r2: t, c2: i }));
        }
        for (const t of e.preamble ?? []) d({ v: t, style: 'info', align: 'left' });
        e.unitLine && d({ v: e.unitLine, style: 'unit', align: 'right' });
        const h = l.length,
          $ = (function (e, t) {
            const o = Math.max(1, ...e.map((e) => e.length)),
              n = Array.from({ length: o }, () => e.map(() => ({ style: 'header' }))),
              i = [],
              r = (e, t, o) => {
                for (let n = 0; n <= o; n++) if (e[n] !== t[n]) return !1;
                return !0;
              };
            for (let s = 0; s < o; s++) {
              let l = 0;
              for (; l < e.length;) {
                const a = e[l];
                if (s >= a.length) {
                  l++;
                  continue;
                }
                const u = s < a.length - 1;
                let d = l;
                if (u) for (; d + 1 < e.length && e[d + 1].length - 1 > s && r(a, e[d + 1], s);) d++;
                n[s][l] = { v: a[s], style: 'header' };
                const c = u ? s : o - 1;
                ((d > l || c > s) && i.push({ r1: t + s, c1: l, r2: t + c, c2: d }), (l = d + 1));
              }
            }
            return { rows: n, merges: i, depth: o };
          })(
            t.map((e) => e.path),
            h,
          );
        (l.push(...$.rows), a.push(...$.merges));
        const k = [h, h + $.depth - 1],
          b = l.length,
          P = (e) => e.numFmt ?? g[e.kind],
          w = (e) =>
            e.align ??
            ('index' === e.kind ? 'center' : 'label' === e.kind || 'text' === e.kind ? 'left' : 'right'),
          x = (e, t, o, i, r) => {
            const l = e.ratio,
              a = 'percent' === e.kind ? 100 : 1,
              d = e.decimals ?? 2,
              c = u(t, s.get(l.num)),
              p = u(t, s.get(l.den)),
              h = `IF(${p}=0,"",ROUND(${c}/${p}${100 === a ? '*100' : ''},${d}))`,
              g = (function (e, t, o = 100, i = 2) {
                return t ? n(((e ?? 0) / t) * o, i) : null;
              })(o, i, a, d);
            return { v: g ?? '', f: h, style: r, numFmt: P(e), align: w(e) };
          },
          L = (e, t, o) => {
            const n = { style: o, align: w(e) },
              i = P(e);
            return f(t)
              ? { ...n, ...(i && 'number' == typeof t.v ? { numFmt: i } : {}), ...t, style: o }
              : null == t || '' === t
                ? n
                : 'string' == typeof t
                  ? { ...n, v: t }
                  : { ...n, v: t, ...(i ? { numFmt: i } : {}) };
          };
        let M = null,
          H = null;
        for (const o of e.blocks) {
          if (o.caption) {
            const e = l.length;
            (l.push(
              t.map((e, t) =>
                0 === t ? { v: o.caption, style: 'total', align: 'left' } : { style: 'total' },
              ),
            ),
              a.push({ r1: e, c1: 0, r2: e, c2: i }),
              M ?? (M = e));
          }
          const n = !o.noTotal,
            s = n && 'first' === e.totalsPosition,
            d = l.length + (s ? 1 : 0),
            c = d + o.rows.length - 1,
            p = n ? (s ? l.length : c + 1) : -1,
            h = o.rows.map((e, o) => {
              const n = d + o;
              return t.map((t) =>
                'index' === t.kind
                  ? L(t, e[t.key] ?? o + 1, 'body')
                  : t.ratio
                    ? x(t, n, y(e[t.ratio.num]), y(e[t.ratio.den]), 'body')
                    : L(t, e[t.key], 'body'),
              );
            });
          let g = null;
          if (n) {
            const e = new Map();
            for (const n of t) {
              const t = v(n, o),
                i = o.rows.map((e) => y(e[n.key]));
              'sum' === t
                ? e.set(n.key, r(i))
                : 'max' === t
                  ? e.set(n.key, i.some((e) => null !== e) ? Math.max(...i.filter((e) => null !== e)) : 0)
                  : 'object' == typeof t && e.set(n.key, 'number' == typeof t.value ? t.value : null);
            }
            const n = o.rows.length > 0;
            g = t.map((t, i) => {
              const r = v(t, o),
                s = n ? `${u(d, i)}:${u(c, i)}` : '';
              if ('label' === r) return { v: o.totalLabel ?? '合计', style: 'total', align: 'center' };
              if ('ratio' === r)
                return x(t, p, e.get(t.ratio.num) ?? null, e.get(t.ratio.den) ?? null, 'total');
              if ('sum' === r || 'max' === r) {
                const o = { v: e.get(t.key) ?? 0, style: 'total', numFmt: P(t), align: w(t) };
                return (n && (o.f = `${'sum' === r ? 'SUM' : 'MAX'}(${s})`), o);
              }
              return 'object' == typeof r ? L(t, r.value, 'total') : { style: 'total' };
            });
          }
          (g && s && l.push(g),
            l.push(...h),
            g && !s && l.push(g),
            l.length > b && (M ?? (M = b), (H = l.length - 1)));
        }
        for (const t of e.notes ?? [])
          d(
            'string' == typeof t
              ? { v: t, style: 'note', align: 'left' }
              : { style: 'note', align: 'left', ...t },
          );
        null !== e.footer &&
          (l.push([]),
          d({
            v:
              e.footer ??
              '单位负责人：            审核人：            填表人：            联系电话：            填报日期：      年    月    日',
            style: 'footer',
            align: 'left',
          }));
        const j = t.findIndex((e) => 'label' === e.kind),
          S = e.freezeCols ?? (j >= 0 ? j + 1 : 0);
        return {
          name: c(e.name),
          title: e.title,
          rows: l,
          merges: a,
          columnWidths: t.map((e) => e.width ?? m[e.kind]),
          headerRowRange: k,
          dataRowRange: null !== M && null !== H ? [M, H] : null,
          freeze: { row: b, col: S },
          print: { orientation: 'landscape', paper: 'A4', fitToWidth: !0 },
          ...(e.narrative ? { narrative: e.narrative } : {}),
        };
      }
      var k = o(4053),
        b = o(2446);
      function P(e, t) {
        return `${e.area}${e.yearText}${t}`;
      }
      const w = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'];
      function x(e) {
        const t = e.trim();
        return t
          ? /不稳定|脱贫监测/.test(t)
            ? '脱贫不稳定户'
            : /边缘/.test(t)
              ? '边缘易致贫户'
              : /突发|严重困难/.test(t)
                ? '突发严重困难户'
                : t
          : '未注明类别';
      }
      const L = {
        id: '身份信息',
        person: '身份信息',
        household: '家庭结构',
        field: '字段规范',
        edu: '两不愁三保障',
        medical: '两不愁三保障',
        housing: '两不愁三保障',
        water: '两不愁三保障',
        labor: '劳动务工',
        income: '收入',
        helper: '帮扶与监测',
        monitor: '帮扶与监测',
        fund: '项目资金',
        village: '村级数据',
        sheet: '表格结构',
      };
      function M(e) {
        return L[e.split('.')[0]] ?? '其他';
      }
      const H = {
        身份信息: '核对户口簿、身份证原件，更正证件号码及相关信息',
        家庭结构: '入户核实家庭成员及与户主关系，更正户信息',
        字段规范: '按填报规范更正该单元格内容',
        两不愁三保障: '入户核实，落实相应保障政策后更新台账',
        劳动务工: '核实务工情况，更正务工时间或劳动力状态',
        收入: '重新核算家庭收入，更正收入数据',
        帮扶与监测: '落实帮扶责任人及帮扶措施，完善监测信息',
        项目资金: '核对项目资金台账及拨付、支出凭证，更正数据',
        村级数据: '核对村级基础数据并更新',
        表格结构: '按台账模板调整表格结构',
        其他: '核实后更正',
      };
      function j(e) {
        return e.fix?.label ? `${e.fix.label}（可一键修正）` : (H[M(e.rule)] ?? '核实后更正');
      }
      const S = { error: '错误', warning: '警告', info: '提示' };
      function I(e, t) {
        return e.openNote ? [...t, e.openNote] : t;
      }
      const _ = {
          agriPopulation: '农业户籍人口',
          ruralPopulation: '乡村总人口',
          totalPopulation: '总人口',
          residentPopulation: '常住人口',
        },
        C = (e) => ({ households: r(e.map((e) => e.households)), persons: r(e.map((e) => e.persons)) }),
        N = (e) => (e.some((e) => null !== e) ? r(e) : null);
      function T(e) {
        const t = e.report.villages.map((t) =>
            (function (e, t) {
              const o = {};
              for (const [t, n] of Object.entries(e.monitored ?? {})) {
                const e = x(t),
                  i = o[e] ?? (o[e] = { households: 0, persons: 0 });
                ((i.households += n.households), (i.persons += n.persons));
              }
              return {
                village: e.village,
                totalHouseholds: e.totalHouseholds ?? null,
                totalPopulation: e.totalPopulation ?? null,
                population: e.population,
                exited: { households: e.exitedHouseholds, persons: e.exitedPersons },
                monitored: { households: e.monitoredHouseholds, persons: e.monitoredPersons },
                categories: o,
                riskEliminated: { households: e.riskEliminatedHouseholds, persons: e.riskEliminatedPersons },
                riskOpen: { households: e.riskOpenHouseholds, persons: e.riskOpenPersons },
                stillPoor: { households: e.stillPoorHouseholds, persons: e.stillPoorPersons },
                incidencePersons: t ? e.stillPoorPersons : e.riskOpenPersons,
              };
            })(t, e.legacy),
          ),
          o = new Set();
        for (const e of t) for (const t of Object.keys(e.categories)) o.add(t);
        const n = [...w, ...[...o].filter((e) => !w.includes(e))],
          s = {};
        for (const e of n) s[e] = C(t.map((t) => t.categories[e] ?? { households: 0, persons: 0 }));
        const l = {
            village: '合计',
            totalHouseholds: N(t.map((e) => e.totalHouseholds)),
            totalPopulation: N(t.map((e) => e.totalPopulation)),
            population: N(t.map((e) => e.population)),
            exited: C(t.map((e) => e.exited)),
            monitored: C(t.map((e) => e.monitored)),
            categories: s,
            riskEliminated: C(t.map((e) => e.riskEliminated)),
            riskOpen: C(t.map((e) => e.riskOpen)),
            stillPoor: C(t.map((e) => e.stillPoor)),
            incidencePersons: r(t.map((e) => e.incidencePersons)),
          },
          a = _[e.config.incidenceDenominator] ?? '农业户籍人口';
        return {
          rows: t,
          total: l,
          categories: n,
          incidencePercent: i(l.incidencePersons, l.population),
          denominatorLabel: a,
          incidenceLabel: e.legacy ? '贫困发生率' : '监测对象（风险未消除）人口占比',
        };
      }
      var B = o(6400);
      function O(e) {
        const t = e.options.rectificationSeverities ?? ['error', 'warning'];
        return e.report.findings.filter((e) => t.includes(e.severity));
      }
      const U = { released: '下达', planned: '计划投资' };
      function Y(e, t) {
        const o = new Map();
        for (const t of e.report.villages) o.set(t.village, []);
        for (const e of t) {
          const t = e.village || '（未注明村）';
          (o.has(t) || o.set(t, []), o.get(t).push(e));
        }
        return [...o.entries()];
      }
      const D = (e) => e.size ?? e.members,
        E = (e) => ({
          totalsPosition: e.totalsPosition,
          reportingUnit: e.reportingUnit,
          dateText: e.dateText,
          codeBlock: e.options.codeBlock,
        }),
        z = { key: 'idx', path: ['序号'], kind: 'index' },
        A = { key: 'village', path: ['行政村'], kind: 'label' },
        F = (e, t, o) => ({ key: e, path: t, kind: 'count', width: o }),
        R = (e, t, o, n) => ({ key: e, path: t, kind: 'percent', ratio: { num: o, den: n } }),
        W = [
          ['wageIncome', '工资性收入'],
          ['businessIncome', '生产经营性收入'],
          ['propertyIncome', '财产性收入'],
          ['transferIncome', '转移性收入'],
          ['businessExpense', '生产经营性支出'],
        ];
      function Q(e) {
        return Math.round(100 * e) / 100;
      }
      function q(e, t) {
        return e.findIndex((e) => (null === e.from || t >= e.from) && (null === e.to || t < e.to));
      }
      const V = [
          '因病',
          '因残',
          '因学',
          '因灾',
          '因意外事故',
          '因产业失败',
          '因务工就业不稳',
          '缺劳动力',
          '缺劳力',
          '缺土地',
          '缺水',
          '缺技术',
          '缺资金',
          '交通条件落后',
          '自身发展动力不足',
          '因婚',
          '因丧',
          '其他',
        ],
        X = (e) => (V.includes(`因${e}`) ? `因${e}` : e.trim()),
        Z = ['中央', '省级', '市级', '县级', '乡镇', '村级', '未注明'];
      function G(e) {
        const t = (e ?? '').trim();
        return t
          ? /^(中央|国家)/.test(t)
            ? '中央'
            : /^省/.test(t)
              ? '省级'
              : /^市/.test(t)
                ? '市级'
                : /^县/.test(t)
                  ? '县级'
                  : /^(乡|镇|街道)/.test(t)
                    ? '乡镇'
                    : /^村/.test(t)
                      ? '村级'
                      : /中央/.test(t)
                        ? '中央'
                        : /省/.test(t)
                          ? '省级'
                          : /市/.test(t)
                            ? '市级'
                            : /县/.test(t)
                              ? '县级'
                              : '未注明'
          : '未注明';
      }
      const J = (e) => `${e.households}户${e.persons}人`;
      function K(e, t, o = {}) {
        const n = (function (e, t, o = {}) {
            const n = (function (e) {
                const t = k.Qn.safeParse(e ?? {});
                return t.success ? t.data : { ...k.sb, ...('object' == typeof e && e ? e : {}) };
              })(t),
              i = o.reportingUnit ?? n.reportingUnit ?? '',
              r = o.areaName ?? i.replace(/(人民政府|政府|办事处|委员会|村委会).*$/, ''),
              s = r.slice(-1),
              l = /[乡镇县村区市]/.test(s) ? `全${s}` : '全镇',
              a = o.date ?? n.referenceDate ?? (n.year ? `${n.year}-12-31` : void 0),
              u = p(a),
              d = o.year ?? u?.y ?? n.year,
              c = n.year ?? (u ? u.y - 1 : 2021),
              g = (0, b.C)(n, c),
              m = e.config ?? {},
              f = 'number' == typeof m.povertyLine ? m.povertyLine : g.povertyLine,
              y = 'number' == typeof m.monitoringLine ? m.monitoringLine : g.monitoringLine,
              v = e.findings.filter((e) => 'error' === e.severity).length,
              $ = e.findings.filter((e) => 'warning' === e.severity).length,
              P =
                e.villages.some((e) => e.stillPoorHouseholds > 0) ||
                /未脱贫|返贫/.test(e.incidenceBasis ?? '');
            return {
              config: n,
              report: e,
              options: o,
              reportingUnit: i,
              area: r,
              scope: l,
              date: a,
              dateText: h(a),
              year: d,
              yearText: d ? `${d}年` : '',
              totalsPosition: o.totalsPosition ?? n.totalsPosition ?? 'last',
              povertyLine: f,
              monitoringLine: y,
              linesSource: 'number' == typeof m.povertyLine ? '核查所用标准' : g.source,
              openErrors: v,
              openWarnings: $,
              openNote: v + $ > 0 ? `本表依据的台账仍有${v}条错误、${$}条警告未整改，数据仅供参考` : null,
              legacy: P,
            };
          })(e, t, o),
          s = [];
        (e.villages.length > 0 &&
          s.push(
            (function (e, t) {
              const o = T(e),
                n = (e, t) => [
                  { key: `${e}H`, path: [...t, '户数'], kind: 'count' },
                  { key: `${e}P`, path: [...t, '人数'], kind: 'count' },
                ],
                i = (e) => `cat${e}`,
                r = [
                  { key: 'idx', path: ['序号'], kind: 'index' },
                  { key: 'village', path: ['行政村'], kind: 'label' },
                  { key: 'totalHouseholds', path: ['总户数'], kind: 'count' },
                  { key: 'totalPopulation', path: ['总人口'], kind: 'count' },
                  { key: 'population', path: [o.denominatorLabel], kind: 'count', width: 10 },
                  ...n('exited', ['脱贫户']),
                  ...(e.legacy ? n('stillPoor', ['未脱贫/返贫']) : []),
                  ...n('monitored', ['监测对象', '小计']),
                  ...o.categories.flatMap((e, t) =>
                    n(i(t), ['监测对象', '未注明类别' === e ? e : `其中：${e}`]),
                  ),
                  ...n('eliminated', ['监测对象', '风险已消除']),
                  ...n('open', ['监测对象', '风险未消除']),
                  {
                    key: 'incidence',
                    path: [`${o.incidenceLabel}（%）`],
                    kind: 'percent',
                    width: 12,
                    ratio: { num: e.legacy ? 'stillPoorP' : 'openP', den: 'population' },
                  },
                ],
                s = o.rows.filter((e) => !e.population).map((e) => e.village),
                l = [
                  `注：${o.incidenceLabel} = ${e.legacy ? '未脱贫/返贫人数' : '风险未消除人数'} ÷ ${o.denominatorLabel} × 100，合计行按合计数计算。` +
                    (e.report.incidenceBasis ? `（${e.report.incidenceBasis}）` : ''),
                ];
              return (
                s.length > 0 &&
                  l.push(
                    `${s.join('、')}缺少${o.denominatorLabel}，占比留空；合计行的基数不含这些村，其占比仅供参考。`,
                  ),
                $({
                  name: '基本情况汇总表',
                  title: P(
                    e,
                    e.legacy ? '建档立卡贫困人口基本情况汇总表' : '脱贫人口和监测对象基本情况汇总表',
                  ),
                  columns: r,
                  blocks: [
                    {
                      rows: o.rows.map((e) => {
                        const t = {
                          village: e.village,
                          totalHouseholds: e.totalHouseholds,
                          totalPopulation: e.totalPopulation,
                          population: e.population,
                          exitedH: e.exited.households,
                          exitedP: e.exited.persons,
                          stillPoorH: e.stillPoor.households,
                          stillPoorP: e.stillPoor.persons,
                          monitoredH: e.monitored.households,
                          monitoredP: e.monitored.persons,
                          eliminatedH: e.riskEliminated.households,
                          eliminatedP: e.riskEliminated.persons,
                          openH: e.riskOpen.households,
                          openP: e.riskOpen.persons,
                        };
                        return (
                          o.categories.forEach((o, n) => {
                            ((t[`${i(n)}H`] = e.categories[o]?.households ?? 0),
                              (t[`${i(n)}P`] = e.categories[o]?.persons ?? 0));
                          }),
                          t
                        );
                      }),
                    },
                  ],
                  totalsPosition: e.totalsPosition,
                  reportingUnit: e.reportingUnit,
                  dateText: e.dateText,
                  codeBlock: e.options.codeBlock,
                  unitLine: '单位：户、人',
                  notes: I(e, l),
                  narrative: t,
                })
              );
            })(
              n,
              (function (e) {
                const t = [],
                  o = e.date ? `截至${e.dateText}` : '截至目前';
                if (e.report.villages.length > 0) {
                  const i = T(e),
                    s = i.total;
                  let l;
                  if (
                    ((l = e.legacy
                      ? `${o}，${e.scope}共有建档立卡贫困户${J(((n = s.exited), (r = s.stillPoor), { households: n.households + r.households, persons: n.persons + r.persons }))}，其中已脱贫${J(s.exited)}、未脱贫（返贫）${J(s.stillPoor)}`
                      : `${o}，${e.scope}共有脱贫户${J(s.exited)}`),
                    s.monitored.households > 0)
                  ) {
                    const e = i.categories
                      .filter((e) => (s.categories[e]?.households ?? 0) > 0)
                      .map((e) => `${e}${J(s.categories[e])}`);
                    ((l += `；监测对象${J(s.monitored)}`),
                      e.length > 0 && (l += `，其中${e.join('、')}`),
                      s.riskEliminated.households > 0 &&
                        (l +=
                          s.riskEliminated.households === s.monitored.households
                            ? `，风险均已消除（${J(s.riskEliminated)}）`
                            : `，风险已消除${J(s.riskEliminated)}`),
                      (l += '。'));
                  } else l += '；暂无监测对象。';
                  (t.push(l),
                    null !== i.incidencePercent && t.push(`${i.incidenceLabel}${a(i.incidencePercent)}%。`));
                }
                var n, r;
                const s = e.report.fundRollup;
                if (s && s.total.projects > 0) {
                  const e = s.total,
                    o = s.unit,
                    n = i(e.spent, 'released' === s.progressBase ? e.released : e.planned);
                  let r = `衔接资金计划投资${l(e.planned)}${o}，已支出${l(e.spent)}${o}`;
                  if (
                    (null !== n && (r += `，支出进度${a(n)}%`),
                    t.push(`${r}。`),
                    null !== s.industrySharePercent)
                  ) {
                    const e = 'central' === s.industryShareBase ? '中央衔接资金' : '衔接资金';
                    t.push(`产业发展资金占${e}比重${a(s.industrySharePercent)}%。`);
                  }
                }
                return (t.push(`本次核查发现问题${O(e).length}条，已整改0条。`), t);
              })(n),
            ),
          ),
          e.households.length > 0 &&
            s.push(
              (function (e) {
                const t = e.report.households.filter((e) => null !== e.netIncome),
                  o = e.report.households.length - t.length,
                  n = [
                    z,
                    A,
                    F('households', ['户数']),
                    F('persons', ['人数']),
                    ...[...W, ['netIncome', '纯收入']].flatMap(([e, t]) => [
                      { key: e, path: [t, '合计（元）'], kind: 'yuan' },
                      {
                        key: `${e}Avg`,
                        path: [t, '户均（元）'],
                        kind: 'average',
                        ratio: { num: e, den: 'households' },
                      },
                    ]),
                    {
                      key: 'perCapita',
                      path: ['人均纯收入（元）'],
                      kind: 'average',
                      width: 12,
                      ratio: { num: 'netIncome', den: 'persons' },
                    },
                    F('belowMonH', ['低于监测线', '户数']),
                    F('belowMonP', ['低于监测线', '人数']),
                    F('belowPovH', ['低于贫困线', '户数']),
                    F('belowPovP', ['低于贫困线', '人数']),
                  ],
                  i = Y(e, t).map(([t, o]) => {
                    const n = { village: t, households: o.length, persons: o.reduce((e, t) => e + D(t), 0) };
                    for (const [e] of W) n[e] = Q(o.reduce((t, o) => t + (o.components?.[e] ?? 0), 0));
                    n.netIncome = Q(o.reduce((e, t) => e + (t.netIncome ?? 0), 0));
                    const i = (e) =>
                        o.filter((t) => null !== t.perCapitaNetIncome && t.perCapitaNetIncome < e),
                      r = i(e.monitoringLine),
                      s = i(e.povertyLine);
                    return (
                      (n.belowMonH = r.length),
                      (n.belowMonP = r.reduce((e, t) => e + D(t), 0)),
                      (n.belowPovH = s.length),
                      (n.belowPovP = s.reduce((e, t) => e + D(t), 0)),
                      n
                    );
                  }),
                  r = [
                    '注：人均纯收入 = 纯收入合计 ÷ 人数合计（按人口加权），不是各户人均纯收入的平均数；户均 = 合计 ÷ 户数。',
                    `贫困线${e.povertyLine}元、监测线${e.monitoringLine}元（${e.linesSource}），按户人均纯收入比较。`,
                  ];
                return (
                  o > 0 && r.push(`另有${o}户缺少纯收入，未计入本表。`),
                  $({
                    ...E(e),
                    name: '收入情况汇总表',
                    title: P(e, '脱贫户和监测对象收入情况汇总表'),
                    columns: n,
                    blocks: [{ rows: i }],
                    unitLine: '单位：户、人、元',
                    notes: I(e, r),
                  })
                );
              })(n),
              (function (e) {
                const t = (function (e) {
                    const t = e.config.incomeBands ?? [e.povertyLine, e.monitoringLine, 1e4, 15e3, 2e4],
                      o = [...new Set(t)].sort((e, t) => e - t),
                      n = [];
                    n.push({ from: null, to: o[0], label: `${o[0]}元（不含）以下` });
                    for (let e = 0; e + 1 < o.length; e++)
                      n.push({ from: o[e], to: o[e + 1], label: `${o[e]}-${o[e + 1]}元` });
                    return (
                      n.push({ from: o[o.length - 1], to: null, label: `${o[o.length - 1]}元及以上` }),
                      n
                    );
                  })(e),
                  o = e.report.households.filter((e) => null !== e.perCapitaNetIncome),
                  n = e.report.households.length - o.length,
                  i = [
                    z,
                    A,
                    F('households', ['总户数']),
                    ...t.flatMap((e, t) => [
                      F(`b${t}`, [e.label, '户数（户）']),
                      R(`b${t}Pct`, [e.label, '占比（%）'], `b${t}`, 'households'),
                    ]),
                  ],
                  r = Y(e, o).map(([e, o]) => {
                    const n = { village: e, households: o.length };
                    t.forEach((e, t) => (n[`b${t}`] = 0));
                    for (const e of o) {
                      const o = `b${q(t, e.perCapitaNetIncome)}`;
                      n[o] = n[o] + 1;
                    }
                    return n;
                  }),
                  s = [
                    `注：按户人均纯收入分组，各组含下限、不含上限，每户只计入一组；默认分组界限取自贫困线${e.povertyLine}元、监测线${e.monitoringLine}元，可在设置中修改。`,
                  ];
                return (
                  n > 0 && s.push(`另有${n}户缺少人均纯收入，未计入本表。`),
                  $({
                    ...E(e),
                    name: '人均纯收入分组表',
                    title: P(e, '脱贫户和监测对象人均纯收入分组情况统计表'),
                    columns: i,
                    blocks: [{ rows: r }],
                    unitLine: '单位：户',
                    notes: I(e, s),
                  })
                );
              })(n),
              (function (e) {
                const t = e.options.causeMode ?? 'main',
                  o = e.report.households,
                  n = (e) => {
                    if ('main' === t) {
                      const t = e.mainCause ?? e.causes?.[0];
                      return [t ? X(t) : '未注明'];
                    }
                    const o = [
                      ...new Set((e.causes ?? (e.mainCause ? [e.mainCause] : [])).map(X).filter(Boolean)),
                    ];
                    return o.length ? o : ['未注明'];
                  },
                  i = new Map();
                for (const e of o) for (const t of n(e)) i.set(t, (i.get(t) ?? 0) + 1);
                const r = [...i.keys()].sort(
                    (e, t) =>
                      ('未注明' === e ? 1e9 : V.indexOf(e) >= 0 ? V.indexOf(e) : 1e6 - i.get(e)) -
                        ('未注明' === t ? 1e9 : V.indexOf(t) >= 0 ? V.indexOf(t) : 1e6 - i.get(t)) ||
                      e.localeCompare(t),
                  ),
                  s = e.legacy ? '致贫' : '',
                  l = [
                    z,
                    A,
                    F('households', ['总户数']),
                    ...r.flatMap((e, t) => [
                      F(`c${t}`, [`${e}${'未注明' === e ? '' : s}`, '户数（户）']),
                      R(`c${t}Pct`, [`${e}${'未注明' === e ? '' : s}`, '占比（%）'], `c${t}`, 'households'),
                    ]),
                  ],
                  a = Y(e, o).map(([e, t]) => {
                    const o = { village: e, households: t.length };
                    r.forEach((e, t) => (o[`c${t}`] = 0));
                    for (const e of t)
                      for (const t of n(e)) {
                        const e = `c${r.indexOf(t)}`;
                        o[e] = o[e] + 1;
                      }
                    return o;
                  }),
                  u = e.legacy ? '致贫原因' : '致贫返贫风险',
                  d =
                    'main' === t
                      ? `注：按${e.legacy ? '主要致贫原因' : '致贫返贫风险1（主要风险）'}统计，每户计一次，占比合计为100%。`
                      : `注：按全部${u}统计（每户可计多项），占比合计可能超过100%。`;
                return $({
                  ...E(e),
                  name: e.legacy ? '致贫原因统计表' : '致贫原因风险类型统计表',
                  title: P(
                    e,
                    e.legacy ? '贫困户主要致贫原因情况统计表' : '脱贫户和监测对象致贫返贫风险类型统计表',
                  ),
                  columns: l,
                  blocks: [{ rows: a }],
                  unitLine: '单位：户',
                  notes: I(e, [d]),
                });
              })(n),
              (function (e, t) {
                const o = e.report.households.filter((e) => e.covered),
                  n = [
                    z,
                    A,
                    F('households', ['覆盖户数']),
                    F('persons', ['覆盖人数']),
                    F('eduAge', ['义务教育', '适龄人数']),
                    F('dropout', ['义务教育', '失学辍学人数']),
                    R('dropoutPct', ['义务教育', '占比（%）'], 'dropout', 'eduAge'),
                    F('uninsured', ['基本医疗', '未参加基本医疗保险人数'], 12),
                    R('uninsuredPct', ['基本医疗', '占比（%）'], 'uninsured', 'persons'),
                    F('unsafeHousing', ['住房安全', '危房户数']),
                    R('unsafeHousingPct', ['住房安全', '占比（%）'], 'unsafeHousing', 'households'),
                    F('unsafeWater', ['饮水安全', '未解决安全饮用水户数'], 12),
                    R('unsafeWaterPct', ['饮水安全', '占比（%）'], 'unsafeWater', 'households'),
                    F('waterDifficulty', ['饮水安全', '饮水困难户数']),
                    R('waterDifficultyPct', ['饮水安全', '占比（%）'], 'waterDifficulty', 'households'),
                  ],
                  i = (e, t) => e.reduce((e, o) => e + t(o), 0),
                  r = Y(e, o).map(([e, t]) => ({
                    village: e,
                    households: t.length,
                    persons: i(t, D),
                    eduAge: i(t, (e) => e.compulsoryAgeMembers ?? 0),
                    dropout: i(t, (e) => e.outOfSchoolMembers ?? 0),
                    uninsured: i(t, (e) => e.uninsuredMembers ?? 0),
                    unsafeHousing: t.filter((e) => e.unsafeHousing).length,
                    unsafeWater: t.filter((e) => e.unsafeWater).length,
                    waterDifficulty: t.filter((e) => e.waterDifficulty).length,
                  })),
                  s = [
                    '注：统计覆盖户（脱贫户及风险未消除的监测对象）；危房户指是否危房户为“是”或危房级别为C、D级。各项应动态清零，非零项需逐户核实。',
                  ];
                return (
                  t && s.push({ v: `非零项的具体户见「${t}」（点击跳转）`, link: d(t, 'A1') }),
                  $({
                    ...E(e),
                    name: '两不愁三保障及饮水安全情况表',
                    title: P(e, '“两不愁三保障”及饮水安全情况表'),
                    columns: n,
                    blocks: [{ rows: r }],
                    unitLine: '单位：户、人',
                    notes: [...s, ...I(e, [])],
                  })
                );
              })(n, '问题整改清单'),
              (function (e) {
                const t = e.report.households.filter((e) => e.covered),
                  o = e.config.helperMaxHouseholds,
                  n = (e) => `${e.helperName.trim()}|${e.helperAffiliation ?? ''}`,
                  i = (e) => {
                    const t = e.filter((e) => e.helperName && e.helperName.trim()),
                      i = new Map();
                    for (const e of t) {
                      const t = n(e),
                        o = i.get(t) ?? { n: 0, level: G(e.helperAffiliation) };
                      (o.n++, i.set(t, o));
                    }
                    const r = {};
                    for (const { level: e } of i.values()) r[e] = (r[e] ?? 0) + 1;
                    const s = [...i.values()].map((e) => e.n);
                    return {
                      helped: t.length,
                      helpers: i.size,
                      byLevel: r,
                      maxPerHelper: s.length ? Math.max(...s) : 0,
                      over: s.filter((e) => e > o).length,
                    };
                  },
                  r = Z.filter(
                    (e) =>
                      '未注明' !== e || t.some((e) => e.helperName && '未注明' === G(e.helperAffiliation)),
                  ),
                  s = i(t),
                  l = [
                    z,
                    A,
                    F('households', ['总户数']),
                    F('helped', ['落实帮扶责任人户数']),
                    R('helpedPct', ['占比（%）'], 'helped', 'households'),
                    { ...F('helpers', ['帮扶责任人人数', '小计']), total: { value: s.helpers } },
                    ...r.map((e) => ({
                      ...F(`lv_${e}`, ['帮扶责任人人数', e]),
                      total: { value: s.byLevel[e] ?? 0 },
                    })),
                    {
                      key: 'avg',
                      path: ['人均联系户数'],
                      kind: 'average',
                      ratio: { num: 'helped', den: 'helpers' },
                    },
                    { ...F('maxPer', ['最多联系户数']), total: { value: s.maxPerHelper } },
                    { ...F('over', [`联系超过${o}户的人数`], 12), total: { value: s.over } },
                  ],
                  a = Y(e, t).map(([e, t]) => {
                    const o = i(t),
                      n = {
                        village: e,
                        households: t.length,
                        helped: o.helped,
                        helpers: o.helpers,
                        maxPer: o.maxPerHelper,
                        over: o.over,
                      };
                    for (const e of r) n[`lv_${e}`] = o.byLevel[e] ?? 0;
                    return n;
                  }),
                  u = [
                    `注：统计覆盖户；帮扶责任人按姓名及隶属关系识别，跨村联系的责任人在合计中只计一次，其联系户数按全部联系户计算；每人联系户数上限${o}户。`,
                  ];
                return $({
                  ...E(e),
                  name: '帮扶责任人落实情况表',
                  title: P(e, '帮扶责任人落实情况表'),
                  columns: l,
                  blocks: [{ rows: a }],
                  unitLine: '单位：户、人',
                  notes: I(e, u),
                });
              })(n),
            ),
          e.fundRollup &&
            e.fundRollup.total.projects > 0 &&
            s.push(
              (function (e, t) {
                const o = t.unit,
                  n = (e, t) => ({ key: e, path: [`${t}（${o}）`], kind: '万元' === o ? 'wan' : 'yuan' }),
                  i = t.progressBase,
                  s = r(t.bySource.map((e) => e.projects)),
                  l = [
                    { key: 'idx', path: ['序号'], kind: 'index' },
                    { key: 'label', path: ['项目'], kind: 'label', width: 22 },
                    { key: 'projects', path: ['项目个数'], kind: 'count' },
                    n('planned', '计划投资'),
                    n('released', '下达'),
                    n('disbursed', '已拨付'),
                    n('spent', '已支出'),
                    {
                      key: 'progress',
                      path: ['支出进度（%）'],
                      kind: 'percent',
                      width: 10,
                      ratio: { num: 'spent', den: i },
                    },
                    { key: 'beneficiaries', path: ['带贫户数（受益脱贫户数）'], kind: 'count', width: 14 },
                  ],
                  u = (e) => ({
                    label: e.label,
                    projects: e.projects,
                    planned: e.planned,
                    released: e.released,
                    disbursed: e.disbursed,
                    spent: e.spent,
                    beneficiaries: e.beneficiaryHouseholds,
                  }),
                  d = [],
                  c = 'central' === t.industryShareBase ? '中央衔接资金' : '衔接资金';
                (null !== t.industrySharePercent &&
                  d.push(
                    `产业发展资金占${c}比重${a(t.industrySharePercent)}%（要求≥${e.config.industryShareMin}%）${'all' === t.industryShareBase ? '；资金来源未分列，以全部衔接资金为基数' : ''}。`,
                  ),
                  d.push(
                    `支出进度 = 已支出 ÷ ${U[i]} × 100${'planned' === i ? '（台账无“下达”列，以计划投资为基数）' : ''}。`,
                  ),
                  s !== t.total.projects &&
                    d.push(
                      `同一项目可有多个资金来源，“按资金来源”合计的项目个数按项目计（${t.total.projects}个）。`,
                    ),
                  t.convertedNote && d.push(t.convertedNote));
                const p = [
                  {
                    caption: '一、按资金来源',
                    rows: t.bySource.map(u),
                    totals: s !== t.total.projects ? { projects: { value: t.total.projects } } : void 0,
                  },
                  { caption: '二、按项目类型', rows: t.byType.map(u) },
                ];
                return $({
                  name: '资金使用情况汇总表',
                  title: P(e, '衔接资金使用情况汇总表'),
                  columns: l,
                  blocks: p,
                  totalsPosition: e.totalsPosition,
                  reportingUnit: e.reportingUnit,
                  dateText: e.dateText,
                  codeBlock: e.options.codeBlock,
                  unitLine: `单位：个、${o}、户`,
                  notes: I(e, d),
                });
              })(n, e.fundRollup),
            ),
          s.push(
            (function (e) {
              const t = O(e),
                o = (function (e) {
                  const t = new Map(),
                    o = new Map();
                  for (const n of e)
                    (n.householdId && n.village && t.set(n.householdId, n.village),
                      n.village && o.set(`${n.sheet}\0${n.row}`, n.village));
                  return (e) =>
                    (e.householdId ? t.get(e.householdId) : void 0) ?? o.get(`${e.sheet}\0${e.row}`) ?? '';
                })(e.report.households),
                n = e.date
                  ? (function (e, t) {
                      const o = p(e);
                      if (!o) return null;
                      const n = new Date(Date.UTC(o.y, o.m - 1, o.d + t)),
                        i = (e) => String(e).padStart(2, '0');
                      return `${n.getUTCFullYear()}-${i(n.getUTCMonth() + 1)}-${i(n.getUTCDate())}`;
                    })(e.date, e.config.rectificationDays)
                  : null,
                i = n ? h(n) : '',
                r = (e, t, o) => ({ key: e, path: [t], kind: 'text', width: o }),
                s = [
                  { key: 'idx', path: ['序号'], kind: 'index' },
                  r('source', '问题来源', 8),
                  r('type', '问题类型', 10),
                  { key: 'severity', path: ['严重程度'], kind: 'text', width: 8, align: 'center' },
                  r('message', '问题描述', 34),
                  r('where', '位置', 14),
                  r('householdId', '户编号', 12),
                  r('measure', '整改措施', 22),
                  r('unit', '责任单位', 10),
                  r('person', '责任人', 7),
                  r('deadline', '整改时限', 12),
                  { key: 'status', path: ['整改状态'], kind: 'text', width: 8, align: 'center' },
                  r('closed', '销号日期', 9),
                  r('remark', '备注', 14),
                ],
                l = t.map((t) => ({
                  source: e.options.problemSource ?? '自查',
                  type: M(t.rule),
                  severity: S[t.severity],
                  message: t.message,
                  where: { v: `${t.sheet}!${t.cell}`, link: d(t.sheet, t.cell) },
                  householdId: t.householdId ?? '',
                  measure: j(t),
                  unit: o(t),
                  person: '',
                  deadline: i,
                  status: '未整改',
                  remark: t.rule,
                })),
                a = t.length;
              return $({
                name: '问题整改清单',
                title: P(e, '扶贫（衔接）台账问题整改清单'),
                columns: s,
                blocks: [{ rows: l, noTotal: !0 }],
                totalsPosition: e.totalsPosition,
                reportingUnit: e.reportingUnit,
                dateText: e.dateText,
                dateLabel: '填报日期',
                codeBlock: e.options.codeBlock,
                preamble: [`共发现问题${a}条，已整改0条，整改中0条，整改率0%`],
                unitLine: null,
                freezeCols: 1,
                notes: I(e, [
                  `注：整改时限默认为填报日期后${e.config.rectificationDays}天；问题来源、整改措施、责任单位、责任人可直接修改，整改完成后将整改状态改为“已整改”并填写销号日期。备注为规则编号。`,
                ]),
              });
            })(n),
            (function (e) {
              const t = ['error', 'warning', 'info'],
                o = new Map();
              for (const t of e.report.findings) {
                const e = `${t.rule}\0${t.severity}`,
                  n = o.get(e) ?? { rule: t.rule, severity: t.severity, n: 0, households: new Set() };
                (n.n++, t.householdId && n.households.add(`${t.sheet}\0${t.householdId}`), o.set(e, n));
              }
              const n = [...o.values()].sort(
                  (e, o) =>
                    t.indexOf(e.severity) - t.indexOf(o.severity) ||
                    o.n - e.n ||
                    e.rule.localeCompare(o.rule),
                ),
                i = [
                  { key: 'idx', path: ['序号'], kind: 'index' },
                  { key: 'rule', path: ['规则编号'], kind: 'label', width: 28 },
                  { key: 'type', path: ['错误类型'], kind: 'text', width: 14 },
                  { key: 'severity', path: ['严重程度'], kind: 'text', width: 9, align: 'center' },
                  { key: 'n', path: ['错误条数'], kind: 'count', width: 10 },
                  {
                    key: 'households',
                    path: ['涉及户数'],
                    kind: 'count',
                    width: 10,
                    total: {
                      value: new Set(
                        e.report.findings
                          .filter((e) => e.householdId)
                          .map((e) => `${e.sheet}\0${e.householdId}`),
                      ).size,
                    },
                  },
                ],
                r = n.map((e) => ({
                  rule: e.rule,
                  type: B.y0[e.rule]?.title ?? M(e.rule),
                  severity: S[e.severity],
                  n: e.n,
                  households: e.households.size,
                }));
              return $({
                name: '问题汇总',
                title: P(e, '台账疑点数据统计表'),
                columns: i,
                blocks: [{ rows: r }],
                totalsPosition: e.totalsPosition,
                reportingUnit: e.reportingUnit,
                dateText: e.dateText,
                codeBlock: e.options.codeBlock,
                unitLine: '单位：条、户',
                notes: I(e, ['注：涉及户数按户编号去重，合计行中同一户只计一次；明细见「问题整改清单」。']),
              });
            })(n),
          ),
          e.households.length > 0 &&
            s.push(
              (function (e) {
                const t = e.options.publicityFilter ?? (() => !0),
                  o = e.report.households.filter(t),
                  n = new Map(e.report.villages.map((e, t) => [e.village, t])),
                  i = o
                    .map((e, t) => ({ h: e, i: t }))
                    .sort(
                      (e, t) =>
                        (n.get(e.h.village) ?? 1e9) - (n.get(t.h.village) ?? 1e9) ||
                        e.h.village.localeCompare(t.h.village) ||
                        e.i - t.i,
                    )
                    .map((e) => e.h),
                  r = [...new Set(i.map((e) => e.village))],
                  s = r.length > 1,
                  l = !0 === e.options.publicityIdNumbers,
                  a = (e) => [
                    { key: `${e}idx`, path: ['序号'], kind: 'index' },
                    ...(s ? [{ key: `${e}village`, path: ['行政村'], kind: 'text', width: 10 }] : []),
                    { key: `${e}group`, path: ['村民小组'], kind: 'text', width: 9 },
                    { key: `${e}head`, path: ['户主姓名'], kind: 'text', width: 10 },
                    { key: `${e}size`, path: ['家庭人口数'], kind: 'count', width: 7 },
                    { key: `${e}type`, path: ['户类型/监测对象类别'], kind: 'text', width: 14 },
                    ...(l ? [{ key: `${e}id`, path: ['证件号码'], kind: 'text', width: 21 }] : []),
                  ],
                  u = (e, t, o, n) => {
                    ((e[`${t}idx`] = o ? n : ''),
                      o &&
                        (s && (e[`${t}village`] = o.village),
                        (e[`${t}group`] = o.group ?? ''),
                        (e[`${t}head`] = o.headName ?? ''),
                        (e[`${t}size`] = D(o)),
                        (e[`${t}type`] = o.monitorCategory ? x(o.monitorCategory) : (o.householdType ?? '')),
                        l &&
                          (e[`${t}id`] = o.headIdNumber
                            ? (function (e) {
                                const t = e.trim();
                                return t.length <= 10
                                  ? '*'.repeat(t.length)
                                  : t.slice(0, 6) + '*'.repeat(t.length - 10) + t.slice(-4);
                              })(o.headIdNumber)
                            : '')));
                  },
                  d = Math.ceil(i.length / 2),
                  c = [];
                for (let e = 0; e < d; e++) {
                  const t = {};
                  (u(t, 'L', i[e], e + 1), u(t, 'R', i[d + e], d + e + 1), c.push(t));
                }
                const p = (1 === r.length ? r[0] : '').replace(/村$/, ''),
                  h = e.area.replace(/[乡镇]$/, '');
                return $({
                  name: '公示名单',
                  title: P(e, '脱贫户和监测对象公示名单'),
                  columns: [...a('L'), ...a('R')],
                  blocks: [{ rows: c, noTotal: !0 }],
                  totalsPosition: e.totalsPosition,
                  reportingUnit: null,
                  preamble: [
                    `${e.options.publicityCounty ?? '________'}县(市、区)  ${h || '________'}乡(镇)  ${p || '________'}村    年度：${e.year ?? '____'}年(上半年/下半年)    共${i.length}户`,
                  ],
                  unitLine: '单位：人',
                  freezeCols: 0,
                  notes: I(e, [
                    '注：本名单县、乡、村各留存一份。' + (l ? '证件号码仅显示前6位和后4位。' : ''),
                  ]),
                  footer: '乡(镇)人民政府(盖章)                                        年    月    日',
                });
              })(n),
            ));
        const u = (function (e) {
          const t = new Set();
          return e.map((e) => {
            const o = c(e);
            let n = o;
            for (let e = 2; t.has(n.toLowerCase()); e++) {
              const t = `(${e})`;
              n = c(o.slice(0, 31 - t.length) + t);
            }
            return (t.add(n.toLowerCase()), n);
          });
        })(s.map((e) => e.name));
        return s.map((e, t) => ({ ...e, name: u[t] }));
      }
    },
  },
]);
