'use strict';
(self.webpackChunkbangfu_taizhang = self.webpackChunkbangfu_taizhang || []).push([
  [209],
  {
    2446(e, n, t) {
      t.d(n, { C: () => s });
      const o = [
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
      function s(e, n) {
        const t = [...e.lines, ...o],
          s = (e) =>
            t.find((t) => t.region === e && t.year === n) ||
            t.filter((t) => t.region === e && t.year < n).sort((e, n) => n.year - e.year)[0],
          r = (e.region ? s(e.region) : void 0) ?? s('') ?? o[0],
          i = r.year !== n,
          l = e.povertyLine ?? r.povertyLine,
          a = e.monitoringLine ?? r.monitoringLine ?? Math.round(l * e.edgeFactor),
          u = r.region || '全国';
        return {
          povertyLine: l,
          monitoringLine: a,
          source:
            void 0 !== e.povertyLine ? '设置中的贫困线' : `${u}${r.year}年标准${i ? `（沿用至${n}年）` : ''}`,
          warning:
            i && n > 2021 && void 0 === e.povertyLine
              ? `${n}年的贫困线、监测线沿用${r.year}年标准，请按本省标准设置`
              : void 0,
        };
      }
    },
    4053(e, n, t) {
      t.d(n, { parseConfig: () => u });
      var o = t(6542);
      const s = o.YjP().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
        r = o.k5n(['error', 'warning', 'info']),
        i = o.Ikc({
          region: o.YjP().default(''),
          year: o.aig().int(),
          povertyLine: o.aig().positive(),
          monitoringLine: o.aig().positive().optional(),
        }),
        l = o
          .Ikc({
            year: o.aig().int().min(2010).max(2100).optional(),
            region: o.YjP().default(''),
            povertyLine: o.aig().positive().optional(),
            monitoringLine: o.aig().positive().optional(),
            edgeFactor: o.aig().positive().default(1.5),
            helperMaxHouseholds: o.aig().int().positive().default(5),
            compulsoryEducationAges: o.PVZ([o.aig().int(), o.aig().int()]).default([6, 15]),
            referenceDate: s.optional(),
            incomeTolerance: o.aig().min(0).default(1),
            publicityMinDays: o.aig().int().min(0).default(10),
            industryShareMin: o.aig().min(0).max(100).default(60),
            incidenceDenominator: o
              .k5n(['agriPopulation', 'ruralPopulation', 'totalPopulation', 'residentPopulation'])
              .default('agriPopulation'),
            villagePopulation: o.g1P(o.YjP(), o.aig().nonnegative()).default({}),
            householdSizeBasis: o.k5n(['auto', 'yearSize', 'currentSize', 'memberRows']).default('auto'),
            lines: o.YOg(i).default([]),
            severity: o.g1P(o.YjP(), r).default({}),
            disabledRules: o.YOg(o.YjP()).default([]),
            columnSynonyms: o.g1P(o.YjP(), o.YOg(o.YjP())).default({}),
            codeLists: o.g1P(o.YjP(), o.YOg(o.YjP())).default({}),
            incomeBands: o.YOg(o.aig()).optional(),
            totalsPosition: o.k5n(['first', 'last']).default('last'),
            reportingUnit: o.YjP().default(''),
            rectificationDays: o.aig().int().min(0).default(30),
          })
          .strict(),
        a = l.parse({});
      function u(e) {
        const n = l.safeParse(e ?? {});
        return n.success
          ? { ok: !0, config: n.data }
          : {
              ok: !1,
              errors: n.error.issues.map((e) => `配置项 ${e.path.join('.') || '(根)'} 无效：${e.message}`),
            };
      }
      t.d(n, ['Qn', 0, l, 'sb', 0, a]);
    },
    9960(e, n, t) {
      t.d(n, { analyzeWorkbook: () => On });
      var o = t(4053),
        s = t(2446),
        r = t(8466);
      const i = /[\u200B-\u200D\uFEFF\u00A0]/g;
      function l(e) {
        let n = '';
        for (let t = 0; t < e.length; t++) {
          const o = e.charCodeAt(t);
          n += o >= 65281 && o <= 65374 ? String.fromCharCode(o - 65248) : 12288 === o ? ' ' : e[t];
        }
        return n;
      }
      function a(e) {
        for (let n = 0; n < e.length; n++) if (e.charCodeAt(n) > 126) return !1;
        return !0;
      }
      function u(e) {
        if (null == e) return '';
        if ('string' == typeof e) {
          const n = e.trim();
          return 0 === n.length || a(n) ? n : n.replace(i, '').trim();
        }
        return 'boolean' == typeof e ? (e ? 'TRUE' : 'FALSE') : String(e);
      }
      function c(e) {
        return null == e || '' === e || ('string' == typeof e && '' === e.trim());
      }
      function d(e) {
        const n = u(e);
        return '' === n
          ? ''
          : a(n)
            ? n.replace(/\s+/g, '')
            : l(n).replace(/\s+/g, '').replace(/其它/g, '其他');
      }
      function f(e) {
        return (
          'string' == typeof e &&
          /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/.test(
            e.trim(),
          )
        );
      }
      const h = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
        m = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
      function p(e) {
        if ('number' == typeof e)
          return Number.isFinite(e) ? { kind: 'number', value: e } : { kind: 'invalid', value: null };
        if ('boolean' == typeof e) return { kind: 'invalid', value: null };
        if (c(e)) return { kind: 'empty', value: null };
        if (f(e)) return { kind: 'error', value: null };
        let n,
          t = l(u(e)).replace(/\s+/g, '');
        if (
          (t.startsWith("'") && (t = t.slice(1)),
          t.endsWith('万元')
            ? ((n = '万元'), (t = t.slice(0, -2)))
            : t.endsWith('万')
              ? ((n = '万元'), (t = t.slice(0, -1)))
              : t.endsWith('元')
                ? ((n = '元'), (t = t.slice(0, -1)))
                : t.endsWith('%') && ((n = '%'), (t = t.slice(0, -1))),
          (t.startsWith('¥') || t.startsWith('￥')) && (t = t.slice(1)),
          m.test(t) && (t = t.replace(/,/g, '')),
          !h.test(t))
        )
          return { kind: 'invalid', value: null };
        const o = Number(t);
        return Number.isFinite(o)
          ? { kind: 'text-number', value: o, unit: n }
          : { kind: 'invalid', value: null };
      }
      function g(e, n, t) {
        return (
          !!(Number.isInteger(e) && Number.isInteger(n) && Number.isInteger(t)) &&
          !(e < 1e3 || e > 9999 || n < 1 || n > 12 || t < 1) &&
          t <=
            [
              31,
              (e % 4 == 0 && e % 100 != 0) || e % 400 == 0 ? 29 : 28,
              31,
              30,
              31,
              30,
              31,
              31,
              30,
              31,
              30,
              31,
            ][n - 1]
        );
      }
      const y = [
        /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/,
        /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
        /^(\d{4})(\d{2})(\d{2})$/,
      ];
      function b(e) {
        if (c(e)) return { kind: 'empty', date: null };
        if ('boolean' == typeof e) return { kind: 'invalid', date: null };
        if ('number' == typeof e) {
          if (e >= 19000101 && e <= 21001231 && Number.isInteger(e)) {
            const n = Math.floor(e / 1e4),
              t = Math.floor(e / 100) % 100,
              o = e % 100;
            if (g(n, t, o)) return { kind: 'text', date: { y: n, m: t, d: o }, precision: 'day' };
          }
          const n = (function (e) {
            if (!Number.isFinite(e) || e < 1 || e >= 2958466) return null;
            let n = Math.floor(e);
            n >= 60 && (n -= 1);
            const t = Date.UTC(1899, 11, 31) + 864e5 * n,
              o = new Date(t);
            return { y: o.getUTCFullYear(), m: o.getUTCMonth() + 1, d: o.getUTCDate() };
          })(e);
          return n ? { kind: 'serial', date: n, precision: 'day' } : { kind: 'invalid', date: null };
        }
        let n = l(u(e)).replace(/\s+/g, '');
        n.startsWith("'") && (n = n.slice(1));
        for (const e of y) {
          const t = e.exec(n);
          if (t) {
            const e = Number(t[1]),
              n = Number(t[2]),
              o = Number(t[3]);
            return g(e, n, o)
              ? { kind: 'text', date: { y: e, m: n, d: o }, precision: 'day' }
              : { kind: 'invalid', date: null };
          }
        }
        const t = /^(\d{4})(?:年|[-/.])(\d{1,2})月?$/.exec(n);
        if (t) {
          const e = Number(t[1]),
            n = Number(t[2]);
          if (g(e, n, 1)) return { kind: 'text', date: { y: e, m: n, d: 1 }, precision: 'month' };
        }
        return { kind: 'invalid', date: null };
      }
      function $(e, n) {
        return e.y - n.y || e.m - n.m || e.d - n.d;
      }
      function v(e) {
        return `${e.y}-${String(e.m).padStart(2, '0')}-${String(e.d).padStart(2, '0')}`;
      }
      function k(e, n) {
        let t = n.y - e.y;
        return ((n.m < e.m || (n.m === e.m && n.d < e.d)) && (t -= 1), t);
      }
      function w(e, n) {
        return Math.round((Date.UTC(n.y, n.m - 1, n.d) - Date.UTC(e.y, e.m - 1, e.d)) / 864e5);
      }
      function S(e) {
        if ('boolean' == typeof e) return e;
        if ('number' == typeof e) return 1 === e || (0 !== e && null);
        const n = d(e);
        return '' === n
          ? null
          : !!/^(是|有|参加|已参加|已解决|已消除|Y|YES|TRUE|√)$/i.test(n) ||
              (!/^(否|无|没参加|未参加|未解决|未消除|N|NO|FALSE|×)$/i.test(n) && null);
      }
      function x(e, n = 2) {
        const t = 10 ** n,
          o = Math.abs(e) * t,
          s = Math.round(Number(o.toPrecision(15)));
        return (Math.sign(e) * s) / t || 0;
      }
      const I = (e, n) => ({ key: e, level: 'P', headers: n, label: n[0] }),
        M = (e, n) => ({ key: e, level: 'H', headers: n, label: n[0] }),
        P = (e, n) => ({ key: e, level: 'V', headers: n, label: n[0] }),
        C = (e, n) => ({ key: e, level: 'F', headers: n, label: n[0] }),
        N = [
          M('province', ['省', '省份']),
          M('city', ['市', '市(州)', '地市']),
          M('county', ['县(市、区、旗)', '县', '旗区', '县(市、区)', 'county']),
          M('township', ['乡(镇)', '乡', '乡镇', '苏木乡', '乡(镇、街道)']),
          M('village', ['行政村', '村', '嘎查村', '村名', '所在村', '村(社区)']),
          M('naturalVillage', ['自然村']),
          M('group', ['村民小组', '所在组', '组', 'aar007']),
          M('householdId', ['户编号', '贫困户编号', '家庭编号', '户码', 'aac001']),
          I('personId', ['人编号', '人口编号', '个人编号']),
          M('headPersonId', ['户主编号', '户主个人编号', 'aac025']),
          M('year', ['年度', '分区年度', 'aar040']),
          M('dataDate', ['数据日期']),
          I('name', ['姓名', '成员姓名']),
          I('gender', ['性别']),
          I('idType', ['证件类型']),
          I('idNumber', ['证件号码', '公民身份号码', '公民身份号码或残疾号码', '身份证号码', '身份证号']),
          I('birthDate', ['出生日期']),
          I('ethnicity', ['民族']),
          I('relationToHead', ['与户主关系', '户主关系']),
          I('politicalStatus', ['政治面貌']),
          I('education', ['文化程度']),
          I('schoolStatus', ['在校生状况', '在校生情况']),
          I('notInSchoolReason', ['义务教育阶段未上学原因', '失学或辍学原因', '未上学原因']),
          I('health', ['健康状况']),
          I('laborSkill', ['劳动技能', '劳动能力']),
          I('workStatus', ['务工状况', '务工情况']),
          I('workMonths', ['务工时间(月)', '务工时间', '务工月数']),
          I('publicWelfareJob', ['公益性岗位', '公益性岗位类型']),
          I('publicWelfareJobMonths', ['公益性岗位(月数)']),
          I('residentMedical', [
            '是否参加城乡居民基本医疗保险',
            '是否参加新型农村合作医疗(城乡居民基本医疗保险)',
            '参加新农合',
            '城乡居民基本医疗保险',
          ]),
          I('employeeMedical', ['是否参加城镇职工基本医疗保险', '城镇职工基本医疗保险']),
          I('seriousIllnessInsurance', ['是否参加大病保险', '参加大病医疗']),
          I('personPhone', ['人联系电话', '成员联系电话', '家庭成员联系电话']),
          M('householdSize', ['人数', '家庭人口数', '当前家庭人口数', '家庭人口', 'aac017']),
          M('householdSizeYear', ['年度家庭人口数']),
          M('headName', ['户主姓名', 'aac029']),
          M('headIdNumber', ['户主证件号码', '户主身份证号', '户主身份证号码', 'aac031']),
          M('householdPhone', ['户联系电话', '联系电话', 'aar012']),
          M('householdType', ['户类型']),
          M('monitorCategory', ['监测对象类别', '易返贫致贫户(监测对象)类型', '监测对象类型', '监测类型']),
          M('povertyAttribute', ['贫困户属性', 'aac006']),
          M('exitStatus', ['脱贫属性', '脱贫标志', '脱贫状态', 'aar010']),
          M('exitYear', ['脱贫年度', 'aac023']),
          M('firstIdentifiedDate', ['首次识别时间', 'aar041']),
          M('monitorStart', ['识别监测时间', '风险识别时间', '纳入监测时间']),
          M('riskEliminated', ['风险是否消除', '风险是否已消除']),
          M('riskEliminatedDate', ['风险消除时间']),
          M('mainCause', ['主要致贫原因', '致贫原因1', '致贫原因', 'aac007']),
          M('otherCause', ['其他致贫原因', '次要致贫原因', 'aac008']),
          M('risk1', ['致贫/返贫风险1', '致贫返贫风险1', '风险类型', '返贫致贫风险']),
          M('risk2', ['致贫/返贫风险2', '致贫返贫风险2']),
          M('risk3', ['致贫/返贫风险3', '致贫返贫风险3']),
          M('risk4', ['致贫/返贫风险4', '致贫返贫风险4']),
          M('risk5', ['致贫/返贫风险5', '致贫返贫风险5']),
          M('unsafeHousing', ['是否危房户', '危房户', '是否危房']),
          M('housingGrade', ['危房级别', '危房等级']),
          M('safeWater', ['是否解决安全饮用水', '饮水安全', '饮水是否安全']),
          M('waterDifficulty', ['饮水困难', '饮水是否困难']),
          M('wageIncome', ['工资性收入', '工资性收入合计']),
          M('publicWelfareJobIncome', ['公益性岗位收入']),
          M('otherWageIncome', ['其他工资性收入']),
          M('businessIncome', ['生产经营性收入', '家庭经营性收入', '生产经营性收入合计']),
          M('propertyIncome', ['财产性收入', '财产性收入合计']),
          M('dividendIncome', ['资产收益扶贫分红收入']),
          M('otherPropertyIncome', ['其他财产性收入', '其他财产性收入(旧指标)']),
          M('transferIncome', ['转移性收入', '转移性收入合计']),
          M('familyPlanning', ['计划生育金']),
          M('minimumLiving', ['低保金', '最低生活保障金']),
          M('extremePovertySupport', ['特困供养金', '五保金', '特困人员救助供养金']),
          M('pension', ['养老金或离退休金', '养老保险金', '养老金']),
          M('ecoCompensation', ['生态补偿金']),
          M('otherTransfer', ['其他转移性收入']),
          M('businessExpense', ['生产经营性支出', '生产经营费用总支出', '生产经营性支出(合计)']),
          M('grossIncome', ['年收入', '家庭总收入', '家庭收入合计', '总收入', '年总收入']),
          M('netIncome', ['纯收入', '家庭纯收入', '家庭年纯收入', '年纯收入']),
          M('perCapitaNetIncome', ['人均纯收入', '家庭年人均纯收入', '家庭人均纯收入', '年人均纯收入']),
          M('helperName', ['帮扶责任人', '帮扶联系人', '帮扶干部', '帮扶责任人姓名']),
          M('helperPhone', ['帮扶责任人手机号', '帮扶责任人电话', '帮扶责任人联系电话']),
          M('helperAffiliation', ['隶属关系', '帮扶责任人隶属关系', '帮扶单位隶属关系']),
          M('measures', ['帮扶措施', '实施开发式帮扶措施情况', '已落实帮扶措施', '落实帮扶措施']),
          P('villageCode', ['行政编码', '贫困村编号', '行政区划代码', 'aad001']),
          P('totalHouseholds', ['总户数', '户数']),
          P('totalPopulation', ['总人口', '总人口数', '户籍人口']),
          P('agriPopulation', ['农业户籍人口', '农业人口']),
          P('ruralPopulation', ['乡村总人口']),
          P('residentPopulation', ['常住人口']),
          P('coveredHouseholds', [
            '脱贫户及监测对象户数',
            '脱贫户和监测对象户数',
            '建档立卡户数',
            '覆盖户数',
          ]),
          P('coveredPersons', ['脱贫户及监测对象人数', '脱贫户和监测对象人数', '建档立卡人数', '覆盖人数']),
          C('seq', ['序号']),
          C('project', ['项目名称']),
          C('projectType', ['项目类型', '项目类别']),
          C('nature', ['建设性质']),
          C('location', ['建设地点', '项目地点', '实施地点', '镇、村', '实施村']),
          C('content', ['建设内容', '项目内容', '主要内容', '建设规模']),
          C('owner', ['责任单位', '实施单位', '建设单位']),
          C('supervisor', ['监管单位']),
          C('planned', ['计划投资', '总投资', '投资规模', '资金投入', '计划投资总额', '投资及资金来源']),
          C('sourceCentral', ['中央', '中央衔接资金', '中央资金', '中央财政衔接资金']),
          C('sourceProvince', ['省级', '省级衔接资金', '省级资金', '省']),
          C('sourceCity', ['市级', '市级衔接资金', '市级资金']),
          C('sourceCounty', ['县级', '县级衔接资金', '县级资金']),
          C('sourceOther', [
            '其他',
            '自筹',
            '整合资金',
            '结余资金',
            '其他资金',
            '其他/自筹',
            '其他(自筹)',
            '自筹资金',
          ]),
          C('sourceDoc', ['文号', '资金文号']),
          C('subsidy', ['补助金额', '财政资金', '补助资金']),
          C('released', ['下达', '下达资金', '已下达', '下达金额']),
          C('disbursed', ['拨付', '已拨付', '到位资金', '拨付金额']),
          C('spent', ['已支出', '支出', '报账金额', '支出金额']),
          C('progress', ['支出进度', '支出进度(%)', '资金支出进度']),
          C('beneficiaryHouseholds', ['带贫户数', '受益脱贫户数', '受益户数', '带动户数']),
          C('beneficiaryPersons', ['受益脱贫人口', '受益人数']),
          C('beneficiaries', ['预期受益', '受益对象']),
          C('startDate', ['开工时间', '开工日期']),
          C('completionDate', ['完工时间', '竣工时间', '完工日期']),
          C('acceptanceDate', ['验收时间', '验收日期']),
          C('publicityStart', ['公示开始时间', '公示开始日期', '公示开始']),
          C('publicityEnd', ['公示结束时间', '公示结束日期', '公示结束']),
          C('publicityPeriod', ['公示时间', '公告期', '公示期']),
          C('remark', ['备注']),
        ],
        j = new Set([
          '金额(元)',
          '金额',
          '小计',
          '合计',
          '户数',
          '人数',
          '占比(%)',
          '占比',
          '数额',
          '收入明细',
        ]),
        R = /[(（]\s*(元|万元|亩|%|人|户|公里|月|个|元\/人)\s*[)）]$/,
        D = Object.fromEntries(N.map((e) => [e.key, e]));
      function T(e) {
        return D[e]?.label ?? e;
      }
      function L(e, n) {
        const t = d(n);
        if (!t) return [];
        const o = e.byText.get(t);
        if (o) return o;
        const s = t.replace(R, '');
        return s !== t ? (e.byText.get(s) ?? []) : [];
      }
      const K = /(填报单位|填表单位|单位[:：]|截至|截止|统计时点|数据日期[:：]|制表)/,
        H = /^(合计|小计|总计|总合计|全镇合计|全乡合计|全县合计|累计)$|^(合计|小计|总计)[:：]?|小计$|合计$/,
        F = /^(单位负责人|审核人|填表人|制表人|填报日期|说明|注[:：]|备注[:：]|负责人)/;
      function E(e) {
        if (!e) return 0;
        let n = 0;
        for (const t of e) 'string' == typeof t && '' !== t.trim() && n++;
        return n;
      }
      function W(e) {
        if (!e) return 0;
        let n = 0;
        for (const t of e) c(t) || n++;
        return n;
      }
      function A(e, n) {
        if (!n) return 0;
        let t = 0;
        for (const o of n) 'string' == typeof o && L(e, o).length > 0 && t++;
        return t;
      }
      function Y(e) {
        if (!e) return !0;
        const n = W(e);
        if (0 === n) return !0;
        const t = e.find((e) => !c(e));
        return (
          !!(n <= 3 && e.some((e) => 'string' == typeof e && K.test(e))) ||
          (1 === n && 'string' == typeof t && t.length >= 6)
        );
      }
      const O = {
        person: ['P', 'H'],
        household: ['H', 'P'],
        village: ['V', 'H'],
        fund: ['F', 'H'],
        unknown: ['H', 'P', 'V', 'F'],
      };
      function U(e, n, t) {
        const o = t ? O[t] : O.unknown,
          s = [];
        return (
          n.forEach((n, i) => {
            if (0 === n.length) return;
            const { defs: l, header: a } = (function (e, n) {
              if (0 === n.length) return { defs: [], header: '' };
              const t = n[n.length - 1],
                o = j.has(d(t).replace(R, '')) || j.has(d(t));
              if (!o || 1 === n.length) {
                const o = L(e, t);
                if (o.length || 1 === n.length) return { defs: o, header: t };
              }
              for (let s = n.length - 2; s >= 0; s--) {
                const r = L(e, n[s] + t);
                if (r.length) return { defs: r, header: n[s] + t };
                const i = L(e, n[s]);
                if (i.length && o && !/^(户数|人数|占比)/.test(d(t))) return { defs: i, header: n[s] };
              }
              if (!o)
                for (let o = n.length - 2; o >= 0; o--) {
                  const s = L(e, n[o]);
                  if (s.length && 'F' === s[0].level && /^(中央|省级|市级|县级|其他)/.test(d(t)))
                    return { defs: s, header: n[o] };
                }
              return { defs: [], header: t };
            })(e, n);
            let u;
            for (const e of o) if (((u = l.find((n) => n.level === e)), u)) break;
            (u || null !== t || (u = l[0]),
              u && t && 'unknown' !== t && !o.includes(u.level) && (u = void 0),
              s.push({
                index: i,
                letter: (0, r.FN)(i),
                key: u?.key ?? '',
                path: n,
                header: u ? a : n[n.length - 1],
              }));
          }),
          s
        );
      }
      function B(e, n) {
        if (!e) return !1;
        for (const t of n) {
          const n = d(e[t]);
          if (n && H.test(n)) return !0;
        }
        return !1;
      }
      function z(e) {
        if (!e) return !1;
        const n = e.find((e) => !c(e));
        return 'string' == typeof n && F.test(d(n));
      }
      const G = {
          relationToHead: [
            '户主',
            '配偶',
            '之子',
            '之女',
            '之儿媳',
            '之女婿',
            '之孙子',
            '之孙女',
            '之外孙子',
            '之外孙女',
            '之父',
            '之母',
            '之岳父',
            '之岳母',
            '之公公',
            '之婆婆',
            '之祖父',
            '之祖母',
            '之外祖父',
            '之外祖母',
            '其他',
            '之兄弟姐妹',
            '之曾孙子',
            '之曾孙女',
            '之侄儿',
            '之侄女',
            '之兄弟媳妇',
            '之叔伯',
          ],
          gender: ['男', '女', '男性', '女性', '未说明的性别'],
          ethnicity: [
            '汉族',
            '蒙古族',
            '回族',
            '藏族',
            '维吾尔族',
            '苗族',
            '彝族',
            '壮族',
            '布依族',
            '朝鲜族',
            '满族',
            '侗族',
            '瑶族',
            '白族',
            '土家族',
            '哈尼族',
            '哈萨克族',
            '傣族',
            '黎族',
            '傈僳族',
            '佤族',
            '畲族',
            '高山族',
            '拉祜族',
            '水族',
            '东乡族',
            '纳西族',
            '景颇族',
            '柯尔克孜族',
            '土族',
            '达斡尔族',
            '仫佬族',
            '羌族',
            '布朗族',
            '撒拉族',
            '毛南族',
            '仡佬族',
            '锡伯族',
            '阿昌族',
            '普米族',
            '塔吉克族',
            '怒族',
            '乌孜别克族',
            '俄罗斯族',
            '鄂温克族',
            '德昂族',
            '保安族',
            '裕固族',
            '京族',
            '塔塔尔族',
            '独龙族',
            '鄂伦春族',
            '赫哲族',
            '门巴族',
            '珞巴族',
            '基诺族',
            '其他',
            '穿青人',
          ],
          education: [
            '文盲或半文盲',
            '小学',
            '初中',
            '高中',
            '大专',
            '本科及以上',
            '大专及以上',
            '学龄前儿童',
          ],
          schoolStatus: [
            '学龄前儿童',
            '学前教育',
            '小学',
            '七年级',
            '八年级',
            '九年级',
            '普通高中一年级',
            '普通高中二年级',
            '普通高中三年级',
            '中职一年级',
            '中职二年级',
            '中职三年级',
            '高职高专一年级',
            '高职高专二年级',
            '高职高专三年级',
            '技师学院一年级',
            '技师学院二年级',
            '技师学院三年级',
            '技师学院四年级',
            '本科一年级',
            '本科二年级',
            '本科三年级',
            '本科四年级',
            '本科五年级',
            '硕士研究生及以上',
            '非在校生',
            '高中一年级',
            '高中二年级',
            '高中三年级',
            '高职一年级',
            '高职二年级',
            '高职三年级',
            '大专及以上',
          ],
          health: ['健康', '长期慢性病', '患有大病', '残疾'],
          laborSkill: ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力'],
          workStatus: ['乡(镇)内务工', '乡(镇)外县内务工', '县外省内务工', '省外务工', '其他', '未外出务工'],
          politicalStatus: ['中共党员', '中共预备党员', '共青团员', '群众'],
          monitorCategory: ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '脱贫监测户', '边缘户'],
          riskEliminated: ['是', '否'],
          povertyAttribute: [
            '一般贫困户',
            '低保户',
            '五保户',
            '低保贫困户',
            '低收入农户',
            '扶贫户',
            '扶贫低保户',
            '低保脱贫户',
            '特困供养脱贫户',
            '一般脱贫户',
            '特困供养贫困户',
            '低保特困供养贫困户',
            '低保特困供养户',
          ],
          mainCause: [
            '因病',
            '因残',
            '因学',
            '因灾',
            '缺土地',
            '缺水',
            '缺技术',
            '缺劳力',
            '缺资金',
            '交通条件落后',
            '自身发展动力不足',
            '其他',
            '因婚',
            '因丧',
          ],
          housingGrade: ['A', 'B', 'C', 'D', 'A级', 'B级', 'C级', 'D级'],
        },
        J = {
          gender: { 1: '男', 2: '女', 9: '未说明的性别' },
          ethnicity: { 1: '汉族', 99: '其他' },
          workStatus: { 99: '其他' },
          mainCause: { 99: '其他' },
        },
        V = { 脱贫监测户: '脱贫不稳定户', 边缘户: '边缘易致贫户' };
      function q(e = {}) {
        const n = {};
        for (const [t, o] of Object.entries({ ...G, ...e }))
          n[t] = { values: o, normalised: new Set(o.map((e) => d(e))) };
        return n;
      }
      function X(e, n) {
        const t = d(n);
        return J[e]?.[t] ?? t;
      }
      function _(e, n) {
        const t = d(n);
        let o,
          s = 1 / 0;
        for (const n of e.values) {
          const e = Q(t, d(n));
          (e < s || (e === s && void 0 !== o && n.length < o.length)) && ((s = e), (o = n));
        }
        return void 0 !== o && s <= Math.max(1, Math.ceil(t.length / 2)) ? o : void 0;
      }
      function Q(e, n) {
        const t = e.length,
          o = n.length;
        let s = Array.from({ length: o + 1 }, (e, n) => n);
        for (let r = 1; r <= t; r++) {
          const t = [r];
          for (let i = 1; i <= o; i++)
            t[i] = Math.min(s[i] + 1, t[i - 1] + 1, s[i - 1] + (e[r - 1] === n[i - 1] ? 0 : 1));
          s = t;
        }
        return s[o];
      }
      function Z(e, n) {
        const t = e.sheet.byKey[n];
        if (t) return e.sheet.grid[e.r]?.[t.index] ?? '';
      }
      function ee(e, n) {
        return void 0 !== e.byKey[n];
      }
      function ne(e, n) {
        if (e.householdRow && ee(e.householdRow.sheet, n)) return Z(e.householdRow, n);
        for (const t of e.members) if (ee(t.sheet, n)) return Z(t, n);
        return ee(e.main.sheet, n) ? Z(e.main, n) : void 0;
      }
      function te(e, n) {
        if (n) {
          if (e.householdRow && ee(e.householdRow.sheet, n)) return e.householdRow;
          const t = e.members.find((e) => ee(e.sheet, n));
          if (t) return t;
        }
        return e.householdRow ?? e.members[0] ?? e.main;
      }
      function oe(e, n) {
        return (
          (void 0 !== e.householdRow && ee(e.householdRow.sheet, n)) || e.members.some((e) => ee(e.sheet, n))
        );
      }
      function se(e) {
        return '户主' === d(e);
      }
      const re = new Set(['未脱贫', '返贫', '0', '3']);
      const ie = new Set(
          Object.keys({
            11: '北京市',
            12: '天津市',
            13: '河北省',
            14: '山西省',
            15: '内蒙古自治区',
            21: '辽宁省',
            22: '吉林省',
            23: '黑龙江省',
            31: '上海市',
            32: '江苏省',
            33: '浙江省',
            34: '安徽省',
            35: '福建省',
            36: '江西省',
            37: '山东省',
            41: '河南省',
            42: '湖北省',
            43: '湖南省',
            44: '广东省',
            45: '广西壮族自治区',
            46: '海南省',
            50: '重庆市',
            51: '四川省',
            52: '贵州省',
            53: '云南省',
            54: '西藏自治区',
            61: '陕西省',
            62: '甘肃省',
            63: '青海省',
            64: '宁夏回族自治区',
            65: '新疆维吾尔自治区',
            71: '台湾省',
            81: '香港特别行政区',
            82: '澳门特别行政区',
          }),
        ),
        le = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2],
        ae = new Set([15, 18, 20, 22]);
      function ue(e) {
        if (!/^\d{17}$/.test(e)) throw new RangeError(`checkChar needs 17 digits, got "${e}"`);
        let n = 0;
        for (let t = 0; t < 17; t++) n += (e.charCodeAt(t) - 48) * le[t];
        return '10X98765432'[n % 11];
      }
      function ce(e) {
        if ('number' == typeof e)
          return (function (e) {
            if (!Number.isFinite(e)) return String(e);
            if (!Number.isInteger(e) || Math.abs(e) < 1e15) return String(e);
            const [n, t] = Math.abs(e).toPrecision(15).split('e'),
              o = n.replace('.', ''),
              s = Number(t ?? '0') + 1;
            return (e < 0 ? '-' : '') + (o.length >= s ? o.slice(0, s) : o.padEnd(s, '0'));
          })(e);
        if ('boolean' == typeof e) return e ? 'TRUE' : 'FALSE';
        let n = (function (e) {
          return e.replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (e) =>
            String.fromCharCode(e.charCodeAt(0) - 65248),
          );
        })(e).replace(/[\s\u3000\u00a0\u200b\ufeff]/g, '');
        const t = /^="(.*)"$/.exec(n);
        return (t && (n = t[1]), n.replace(/^['‘’＇`]+/, ''));
      }
      function de(e) {
        return `${e.y}年${e.m}月${e.d}日`;
      }
      function fe(e, n, t, o) {
        const s = Number(e.slice(0, 4)),
          r = Number(e.slice(4, 6)),
          i = Number(e.slice(6, 8)),
          l = 15 === t.length ? '第7–12位' : '第7–14位';
        if (
          !/^\d{8}$/.test(e) ||
          !(function (e, n, t) {
            return (
              !(n < 1 || n > 12 || t < 1) &&
              t <=
                [
                  31,
                  (e % 4 == 0 && e % 100 != 0) || e % 400 == 0 ? 29 : 28,
                  31,
                  30,
                  31,
                  30,
                  31,
                  31,
                  30,
                  31,
                  30,
                  31,
                ][n - 1]
            );
          })(s, r, i)
        )
          return void o.push({
            rule: 'id.birthdate',
            message: `证件号码“${t}”${l}的出生日期“${e}”不是有效日期，应为年月日（如19850307）。请按证件原件核对号码。`,
          });
        const a = { y: s, m: r, d: i };
        if (s < 1900)
          o.push({
            rule: 'id.birthdate',
            message: `证件号码“${t}”中的出生日期${de(a)}早于1900年，不可能有效。请按证件原件核对号码。`,
          });
        else {
          var u, c;
          if (!(((u = a).y - (c = n).y || u.m - c.m || u.d - c.d) > 0)) return a;
          o.push({
            rule: 'id.birthdate',
            message: `证件号码“${t}”中的出生日期${de(a)}晚于参考日期${de(n)}，应为已出生的日期。请按证件原件核对号码。`,
          });
        }
      }
      function he(e, n) {
        const t = e.slice(0, 2);
        ie.has(t) ||
          n.push({
            rule: 'id.region',
            message: `证件号码“${e}”前两位“${t}”不是省级行政区划代码（应为11–15、21–23、31–37、41–46、50–54、61–65、71、81、82之一）。请按证件原件核对号码。`,
          });
      }
      function me(e) {
        if (/^\d$/.test(e)) return Number(e) % 2 == 1 ? '男' : '女';
      }
      function pe(e, n) {
        const t = ce(e),
          o = [],
          s = { text: t, issues: o };
        if ('' === t)
          return (
            o.push({
              rule: 'id.missing',
              message: '证件号码为空，应填写18位公民身份号码。请按证件原件补录。',
            }),
            s
          );
        if ('number' == typeof e && t.replace('-', '').length > 15)
          return (
            o.push({
              rule: 'id.numeric-precision',
              message: `证件号码以数字形式存储（显示为“${t}”），Excel只保留15位有效数字，后几位已丢失，无法从表中恢复。应为文本格式的18位号码：请将该列设为“文本”格式后按证件原件重新录入。`,
            }),
            s
          );
        if (!ae.has(t.length))
          return (
            o.push({
              rule: 'id.length',
              message: `证件号码“${t}”为${t.length}位，应为18位（旧号码15位，残疾人证号20或22位）。请按证件原件核对，补齐或删去多余字符。`,
            }),
            s
          );
        if (15 === t.length) {
          if (!/^\d{15}$/.test(t))
            return (
              o.push({
                rule: 'id.checksum',
                message: `15位证件号码“${t}”含非数字字符，应全部为数字。请按证件原件核对号码。`,
              }),
              s
            );
          (he(t, o), (s.birth = fe('19' + t.slice(6, 12), n, t, o)), (s.gender = me(t[14])));
          const e = (function (e) {
            if (!/^\d{15}$/.test(e)) throw new RangeError(`convert15to18 needs 15 digits, got "${e}"`);
            const n = e.slice(0, 6) + '19' + e.slice(6);
            return n + ue(n);
          })(t);
          s.key18 = e;
          const r = void 0 !== s.birth && !o.some((e) => 'id.region' === e.rule);
          return (
            o.push({
              rule: 'id.old-15-digit',
              message: r
                ? `“${t}”是15位旧身份证号码，应换为18位号码“${e}”。可一键替换，或按新证件核对后录入。`
                : `“${t}”是15位旧身份证号码，应换为18位号码；因号码本身有误，无法自动换算，请按新证件录入。`,
              fix: r ? e : void 0,
            }),
            s
          );
        }
        const r = t.slice(0, 18);
        if (((s.key18 = r.toUpperCase()), !/^\d{17}[\dXx]$/.test(r)))
          return (
            o.push({
              rule: 'id.checksum',
              message: `证件号码“${t}”${t.length > 18 ? '前18位' : ''}格式不对：前17位应全部为数字，第18位为数字或X。请按证件原件核对号码。`,
            }),
            /^\d{2}/.test(r) && he(r, o),
            /^\d{14}/.test(r) && (s.birth = fe(r.slice(6, 14), n, t, o)),
            s
          );
        (he(r, o), (s.birth = fe(r.slice(6, 14), n, t, o)), (s.gender = me(r[16])));
        const i = ue(r.slice(0, 17));
        if (r[17].toUpperCase() !== i)
          o.push({
            rule: 'id.checksum',
            message: `证件号码“${t}”校验码（第18位）为${r[17]}，按前17位计算应为${i}，号码中有错位或错字。请按证件原件核对证件号码（常见原因：某一位录错或相邻两位颠倒）。`,
          });
        else if ('x' === r[17]) {
          const e = t.slice(0, 17) + 'X' + t.slice(18);
          o.push({
            rule: 'id.lowercase-x',
            message: `证件号码“${t}”末位校验码为小写x，应为大写X：“${e}”。可一键改为大写。`,
            fix: e,
          });
        }
        return s;
      }
      var ge = t(6400);
      const ye = {
          之子: '男',
          之女婿: '男',
          之孙子: '男',
          之外孙子: '男',
          之父: '男',
          之岳父: '男',
          之公公: '男',
          之祖父: '男',
          之外祖父: '男',
          之侄儿: '男',
          之曾孙子: '男',
          之女: '女',
          之儿媳: '女',
          之孙女: '女',
          之外孙女: '女',
          之母: '女',
          之岳母: '女',
          之婆婆: '女',
          之祖母: '女',
          之外祖母: '女',
          之侄女: '女',
          之曾孙女: '女',
          之兄弟媳妇: '女',
        },
        be = { 男: '男', 男性: '男', 女: '女', 女性: '女' },
        $e = [
          ['非在校生', 'none'],
          ['学龄前儿童', 'preschool'],
          ['学前教育', 'preschool'],
          ['小学', 'primary'],
          ['七年级', 'junior'],
          ['八年级', 'junior'],
          ['九年级', 'junior'],
          ['普通高中', 'senior'],
          ['高中', 'senior'],
          ['中职', 'senior'],
          ['高职', 'senior'],
          ['技师学院', 'senior'],
          ['本科', 'senior'],
          ['硕士', 'senior'],
          ['大专', 'senior'],
        ],
        ve = new Set(['primary', 'junior', 'senior']),
        ke = {
          primary: { min: 6, max: 14, label: '小学一般为6–14岁' },
          senior: { min: 15, label: '高中及以上一般在15岁及以上' },
          preschool: { max: 19, label: '学前阶段不应在20岁及以上' },
        },
        we = new Set(['非在校生']),
        Se = new Set(['学龄前儿童']),
        xe = {
          person: [
            { key: 'name' },
            { key: 'relationToHead' },
            { key: 'householdId', ifPresent: !0 },
            { key: 'village' },
          ],
          household: [{ key: 'householdId' }, { key: 'headName' }],
          village: [{ key: 'village' }],
        },
        Ie = [
          'relationToHead',
          'gender',
          'ethnicity',
          'education',
          'schoolStatus',
          'health',
          'laborSkill',
          'workStatus',
          'politicalStatus',
          'monitorCategory',
          'riskEliminated',
          'povertyAttribute',
          'mainCause',
          'housingGrade',
        ],
        Me = { health: /[,，、;；]/ },
        Pe = {
          povertyAttribute: {
            '01': '一般贫困户',
            '02': '低保脱贫户',
            '03': '特困供养脱贫户',
            '04': '低保贫困户',
            '05': '一般脱贫户',
            '06': '特困供养贫困户',
            '07': '低保特困供养贫困户',
            '08': '低保特困供养户',
          },
        },
        Ce = [
          'wageIncome',
          'publicWelfareJobIncome',
          'otherWageIncome',
          'businessIncome',
          'propertyIncome',
          'dividendIncome',
          'otherPropertyIncome',
          'transferIncome',
          'familyPlanning',
          'minimumLiving',
          'extremePovertySupport',
          'pension',
          'ecoCompensation',
          'otherTransfer',
          'industryReward',
          'employmentReward',
          'businessExpense',
          'businessExpenseGross',
          'expenseReductionSubsidy',
          'grossIncome',
          'netIncome',
          'perCapitaNetIncome',
          'claimIncome',
          'compliantSelfPaid',
        ],
        Ne = [
          'householdSize',
          'householdSizeYear',
          'workMonths',
          'publicWelfareJobMonths',
          'cultivatedLand',
          'forestLand',
          'returnedFarmland',
          'orchardLand',
          'pastureLand',
          'waterSurface',
        ],
        je = [
          'birthDate',
          'firstIdentifiedDate',
          'monitorStart',
          'riskEliminatedDate',
          'personIdentifiedDate',
          'dataDate',
        ],
        Re = ['personPhone', 'householdPhone', 'helperPhone'],
        De = new Set(['无', '/', '-', '—', '暂无']),
        Te = new Set(['普通劳动力', '技能劳动力']),
        Le = new Set(['否', '无']),
        Ke = new Set(['C', 'D']),
        He = [
          'id.missing',
          'id.length',
          'id.numeric-precision',
          'id.checksum',
          'id.birthdate',
          'id.region',
          'id.lowercase-x',
          'id.old-15-digit',
          'id.duplicate',
          'person.gender-mismatch',
          'person.birthdate-mismatch',
        ],
        Fe = new Set(['id.lowercase-x', 'id.old-15-digit']),
        Ee = { 'id.lowercase-x': '小写x改为大写X', 'id.old-15-digit': '15位旧号码换为18位' };
      function We(e) {
        return null !== e && e.issues.every((e) => Fe.has(e.rule));
      }
      function Ae(e) {
        const n = Z(e, 'gender');
        if (void 0 !== n && !c(n)) return be[X('gender', u(n))];
      }
      function Ye(e, n) {
        const t = e.person(n).id,
          o = We(t) ? t.gender : void 0,
          s = Ae(n);
        if (!o || !s || o === s) return o ?? s;
      }
      function Oe(e, n, t, o, s, r, i) {
        for (const l of r.issues)
          e.emit({
            rule: l.rule,
            sheet: n,
            r: t,
            col: o,
            value: s,
            householdId: i,
            message: 'headIdNumber' === o ? `户主证件号码：${l.message}` : l.message,
            ...(void 0 !== l.fix ? { fixTo: l.fix, fixLabel: Ee[l.rule] ?? '修正证件号码' } : {}),
          });
      }
      const Ue = /^1[3-9]\d{9}$/,
        Be = /^(0\d{2,3}-?|\(0\d{2,3}\))\d{7,8}(-\d{1,5})?$/,
        ze = (e, n) => u(Z({ sheet: e, r: n }, 'householdId'));
      function Ge(e) {
        return [...e.ledger.personSheets, ...e.ledger.householdSheets];
      }
      function Je(e, n) {
        const t = d(n);
        return Pe[e]?.[t] ?? X(e, t);
      }
      function Ve(e) {
        const n = e.replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
        return Ue.test(n) || Be.test(n);
      }
      function qe(e) {
        return l(u(e)).replace(/^'/, '').replace(/\s+/g, '');
      }
      const Xe = (e) => e.id || e.key,
        _e = (e) => (e.id ? `户编号${e.id}：` : '');
      function Qe(e, n, t, o) {
        return !!n.byKey[t] || (e.missingColumn(n, t, o), !1);
      }
      function Ze(e, n) {
        const t = n.sheet,
          o = Xe(n.household),
          s = Qe(e, t, 'schoolStatus', ['edu.out-of-school', 'edu.grade-age', 'edu.status-conflict']),
          r = Qe(e, t, 'education', ['edu.status-conflict']);
        if (!s) return;
        const i = Z(n, 'schoolStatus'),
          l = d(i),
          a =
            '' === l
              ? 'none'
              : (function (e) {
                  let n;
                  for (const t of $e) e.startsWith(t[0]) && (!n || t[0].length > n[0].length) && (n = t);
                  return n?.[1];
                })(l),
          f = e.person(n),
          h = f.age,
          m = u(Z(n, 'name')),
          p = m ? `${m}（${h ?? '?'}岁）` : `该成员（${h ?? '?'}岁）`,
          [g, y] = e.config.compulsoryEducationAges;
        if (void 0 !== h && h >= g && h < y && void 0 !== a && !ve.has(a)) {
          const s = Z(n, 'notInSchoolReason');
          (void 0 === s || c(s)) &&
            e.emit({
              rule: 'edu.out-of-school',
              sheet: t,
              r: n.r,
              col: 'schoolStatus',
              value: i,
              householdId: o,
              message: `${p}处于义务教育年龄（${g}–${y - 1}岁），在校生状况为“${l || '空'}”，不是在读年级，也未填写未上学原因。请核实是否失学辍学：在读的填写所在年级，确因病残等未上学的填写未上学原因。`,
            });
        }
        const b = void 0 !== a ? ke[a] : void 0;
        if (void 0 !== h && b && ((void 0 !== b.min && h < b.min) || (void 0 !== b.max && h > b.max))) {
          const s = We(f.id) ? '按证件号码' : '按出生日期';
          e.emit({
            rule: 'edu.grade-age',
            sheet: t,
            r: n.r,
            col: 'schoolStatus',
            value: i,
            householdId: o,
            message: `${p}在校生状况为“${l}”，与年龄不符（${b.label}；年龄${s}计算至${e.ref.y}年${e.ref.m}月${e.ref.d}日）。请核对在校生状况或证件号码、出生日期。`,
          });
        }
        if (!r) return;
        const $ = d(Z(n, 'education')),
          v = '' !== $ && !Se.has($);
        v === (('' !== l && !we.has(l)) || Se.has($)) &&
          e.emit({
            rule: 'edu.status-conflict',
            sheet: t,
            r: n.r,
            col: 'education',
            value: Z(n, 'education'),
            householdId: o,
            message: v
              ? `${p}文化程度为“${$}”，在校生状况又为“${l}”，两项只应填一项（在校生填在校生状况，非在校生填文化程度）。请核对并清空不适用的一项。`
              : `${p}文化程度和在校生状况都为空，应填写其中一项（在校生填在校生状况，非在校生填文化程度）。请补录。`,
          });
      }
      function en(e, n) {
        const t = n.sheet,
          o = !!t.byKey.residentMedical,
          s = !!t.byKey.employeeMedical;
        if (!o && !s)
          return void e.missingColumn(t, 'residentMedical', ['medical.uninsured', 'medical.double-insured']);
        const r = !!o && !0 === S(Z(n, 'residentMedical')),
          i = !!s && !0 === S(Z(n, 'employeeMedical')),
          l = o ? 'residentMedical' : 'employeeMedical',
          a = u(Z(n, 'name')) || '该成员';
        if (r || i)
          r &&
            i &&
            e.emit({
              rule: 'medical.double-insured',
              sheet: t,
              r: n.r,
              col: l,
              value: Z(n, l),
              householdId: Xe(n.household),
              message: `${a}同时登记参加了城乡居民基本医疗保险和城镇职工基本医疗保险，一般只应参加一种。请核实，重复参保的应办理退保或更正登记。`,
            });
        else {
          const r = [
            o ? `城乡居民基本医疗保险“${u(Z(n, 'residentMedical')) || '空'}”` : '',
            s ? `城镇职工基本医疗保险“${u(Z(n, 'employeeMedical')) || '空'}”` : '',
          ]
            .filter(Boolean)
            .join('、');
          e.emit({
            rule: 'medical.uninsured',
            sheet: t,
            r: n.r,
            col: l,
            value: Z(n, l),
            householdId: Xe(n.household),
            message: `${a}未参加基本医疗保险（${r}），脱贫人口和监测对象应做到应保尽保。请核实参保情况：已参保的改为“是”，未参保的督促参保。`,
          });
        }
      }
      function nn(e, n) {
        const t = oe(n, 'unsafeHousing'),
          o = oe(n, 'housingGrade');
        if (!t && !o) return void e.missingColumn(te(n).sheet, 'unsafeHousing', ['housing.unsafe']);
        const s = t ? S(ne(n, 'unsafeHousing')) : null,
          r = o ? d(ne(n, 'housingGrade')).toUpperCase().replace(/级$/, '') : '',
          i = Ke.has(r);
        if (!0 !== s && !i) return;
        const l = !0 === s ? 'unsafeHousing' : 'housingGrade',
          a = te(n, l),
          c =
            !0 === s
              ? `是否危房户为“${u(ne(n, 'unsafeHousing'))}”`
              : `危房级别为“${u(ne(n, 'housingGrade'))}”`;
        e.emit({
          rule: 'housing.unsafe',
          sheet: a.sheet,
          r: a.r,
          col: l,
          value: ne(n, l),
          householdId: Xe(n),
          message: `${_e(n)}${c}，住房安全未保障。应纳入危房改造等住房安全保障措施；已改造或已鉴定安全的，请更新为“否”或A/B级。`,
        });
      }
      function tn(e, n) {
        if (!oe(n, 'safeWater')) return void e.missingColumn(te(n).sheet, 'safeWater', ['water.unsafe']);
        if (!1 !== S(ne(n, 'safeWater'))) return;
        const t = te(n, 'safeWater');
        e.emit({
          rule: 'water.unsafe',
          sheet: t.sheet,
          r: t.r,
          col: 'safeWater',
          value: ne(n, 'safeWater'),
          householdId: Xe(n),
          message: `${_e(n)}${t.sheet.byKey.safeWater?.header ?? '饮水安全'}为“${u(ne(n, 'safeWater'))}”，饮水安全未保障。应落实安全饮水措施；已解决的请更新为“是”。`,
        });
      }
      function on(e, n) {
        const t = p(Z(e, n));
        return 'number' === t.kind || ('text-number' === t.kind && void 0 === t.unit) ? t.value : null;
      }
      const sn = [
          'planned',
          'subsidy',
          'sourceCentral',
          'sourceProvince',
          'sourceCity',
          'sourceCounty',
          'sourceOther',
          'released',
          'disbursed',
          'spent',
        ],
        rn = ['beneficiaryHouseholds', 'beneficiaryPersons'],
        ln = ['sourceCentral', 'sourceProvince', 'sourceCity', 'sourceCounty', 'sourceOther'],
        an = ['startDate', 'completionDate', 'acceptanceDate', 'publicityStart', 'publicityEnd'];
      function un(e, n) {
        return Math.round(Number((e * ('万元' === n ? 1e6 : 100)).toPrecision(15)));
      }
      function cn(e, n) {
        return Number((e / ('万元' === n ? 1e6 : 100)).toPrecision(15));
      }
      function dn(e, n) {
        const t = p(e);
        if ('empty' === t.kind || 'error' === t.kind) return null;
        if ('number' === t.kind) return { kind: 'number', value: t.value };
        if ('invalid' === t.kind || null === t.value || '%' === t.unit)
          return { kind: 'invalid', value: null, cellUnit: t.unit };
        if (void 0 === t.unit || t.unit === n) return { kind: 'text', value: t.value, cellUnit: t.unit };
        const o = '万元' === t.unit ? 1e4 * t.value : t.value / 1e4;
        return { kind: 'converted', value: Number(o.toPrecision(15)), cellUnit: t.unit };
      }
      function fn(e) {
        const n = p(e);
        return 'empty' === n.kind || 'error' === n.kind
          ? null
          : 'number' === n.kind
            ? { kind: 'number', value: n.value }
            : 'invalid' === n.kind || null === n.value || void 0 !== n.unit
              ? { kind: 'invalid', value: null, cellUnit: n.unit }
              : { kind: 'text', value: n.value };
      }
      function hn(e, n) {
        return e.date && n.date
          ? 'month' === e.precision || 'month' === n.precision
            ? 12 * e.date.y + e.date.m - (12 * n.date.y + n.date.m)
            : e.date.y - n.date.y || e.date.m - n.date.m || e.date.d - n.date.d
          : 0;
      }
      const mn = new WeakMap();
      function pn(e, n) {
        const t = mn.get(e);
        if (t && t.tolFen === n) return t;
        const o = (function (e, n) {
          const t = e.unit ?? '万元',
            o = (n) => e.byKey[n]?.index,
            s = (n, t) => {
              const s = o(t);
              return void 0 === s ? '' : (e.grid[n]?.[s] ?? '');
            },
            r = (e, n) => u(s(e, n)),
            i = [],
            a = [],
            h = [...e.dataRows, ...e.totalRows].sort((e, n) => e - n);
          let m = !1;
          if (void 0 !== o('progress')) {
            let e = 0,
              n = !0;
            for (const t of h) {
              const o = p(s(t, 'progress'));
              null !== o.value && '%' !== o.unit && (e++, (o.value < 0 || o.value > 1.5) && (n = !1));
            }
            m = e > 0 && n;
          }
          const y = (e) => {
              const n = {};
              for (const r of [...sn, ...rn]) {
                if (void 0 === o(r)) continue;
                const l = s(e, r);
                if (f(l)) continue;
                const a = sn.includes(r) ? dn(l, t) : fn(l);
                a && (i.push({ r: e, key: r, raw: l, ...a }), null !== a.value && (n[r] = a.value));
              }
              let r = null;
              if (void 0 !== o('progress')) {
                const n = s(e, 'progress'),
                  t = p(n);
                if ('empty' !== t.kind && 'error' !== t.kind)
                  if ('invalid' === t.kind || null === t.value || (void 0 !== t.unit && '%' !== t.unit))
                    i.push({ r: e, key: 'progress', raw: n, kind: 'invalid', value: null, cellUnit: t.unit });
                  else {
                    const o =
                      '%' === t.unit ? t.value : m ? Number((100 * t.value).toPrecision(15)) : t.value;
                    (i.push({
                      r: e,
                      key: 'progress',
                      raw: n,
                      kind: 'number' === t.kind ? 'number' : 'text',
                      value: o,
                      cellUnit: t.unit,
                    }),
                      (r = { value: o, r: e }));
                  }
              }
              return { nums: n, progress: r };
            },
            $ = (e) => {
              const n = {};
              for (const t of an) {
                if (void 0 === o(t)) continue;
                const r = s(e, t);
                if (c(r) || f(r)) continue;
                const i = b(r);
                i.date
                  ? (n[t] = { r: e, col: t, date: i.date, precision: i.precision ?? 'day' })
                  : a.push({ r: e, col: t, raw: r, reason: 'date' });
              }
              if (void 0 !== o('publicityPeriod') && !n.publicityStart && !n.publicityEnd) {
                const t = s(e, 'publicityPeriod');
                if (!c(t) && !f(t)) {
                  const o = (function (e) {
                    if ('string' != typeof e) return null;
                    const n = l(u(e)).replace(/\s+/g, '');
                    let t = null;
                    for (const e of ['至', '——', '—', '–', '~']) {
                      const o = n.indexOf(e);
                      if (o > 0) {
                        t = [n.slice(0, o), n.slice(o + e.length)];
                        break;
                      }
                    }
                    if (!t) {
                      const e = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/.exec(n);
                      if (e) t = [e[1], e[2]];
                      else {
                        const e = n.indexOf('-');
                        e > 0 && n.indexOf('-', e + 1) < 0 && (t = [n.slice(0, e), n.slice(e + 1)]);
                      }
                    }
                    if (!t) return null;
                    const o = b(t[0]);
                    if (!o.date || 'day' !== o.precision) return null;
                    const s = o.date,
                      r = b(t[1]);
                    let i = r.date && 'day' === r.precision ? r.date : null;
                    if (!i) {
                      let e;
                      (e = /^(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/.exec(t[1]))
                        ? (i = { y: s.y, m: Number(e[1]), d: Number(e[2]) })
                        : (e = /^(\d{1,2})日?$/.exec(t[1])) && (i = { y: s.y, m: s.m, d: Number(e[1]) });
                    }
                    return i && g(i.y, i.m, i.d) ? { start: s, end: i } : null;
                  })(t);
                  o
                    ? ((n.publicityStart = { r: e, col: 'publicityPeriod', date: o.start, precision: 'day' }),
                      (n.publicityEnd = { r: e, col: 'publicityPeriod', date: o.end, precision: 'day' }))
                    : a.push({ r: e, col: 'publicityPeriod', raw: t, reason: 'period' });
                }
              }
              return n;
            },
            v = new Set();
          for (const n of e.dataMerges) {
            const e = [o('project'), o('seq')].filter((e) => void 0 !== e);
            if (n.r2 > n.r1 && e.some((e) => e >= n.c1 && e <= n.c2))
              for (let e = n.r1 + 1; e <= n.r2; e++) v.add(e);
          }
          const k = new Set(e.totalRows),
            w = [],
            S = [],
            x = [],
            I = [];
          let M = [];
          const P = (e, n) => {
            let o = 0;
            for (const s of e) void 0 !== s.nums[n] && (o += un(s.nums[n], t));
            return o;
          };
          for (const s of h) {
            if (k.has(s)) {
              const n =
                  (e.grid[s] ?? []).map((e) => u(e)).find((e) => /合计|小计|总计|累计/.test(d(e))) ?? '合计',
                t = /小计/.test(n) ? 'subtotal' : 'grand',
                { nums: o, progress: r } = y(s);
              (S.push({
                r: s,
                kind: t,
                labelled: !0,
                label: n,
                nums: o,
                progress: r,
                members: 'subtotal' === t ? M : [],
              }),
                (M = []));
              continue;
            }
            const i = r(s, 'project'),
              l = r(s, 'seq'),
              a = w[w.length - 1];
            if (v.has(s) && a) {
              (gn(a, s, y(s), $(s), e, o), x.push({ r: s, into: a.r, merged: !0 }));
              continue;
            }
            if ('' === i) {
              const u = y(s);
              if (M.length > 0) {
                let e = 0,
                  o = !1,
                  r = !0;
                for (const s of sn) {
                  const i = u.nums[s];
                  void 0 !== i && (e++, 0 !== i && (o = !0), Math.abs(un(i, t) - P(M, s)) > n && (r = !1));
                }
                if (e > 0 && o && r) {
                  (S.push({
                    r: s,
                    kind: 'subtotal',
                    labelled: !1,
                    label: '',
                    nums: u.nums,
                    progress: u.progress,
                    members: M,
                  }),
                    (M = []));
                  continue;
                }
              }
              if ('' === l && a) {
                (gn(a, s, u, $(s), e, o), x.push({ r: s, into: a.r, merged: !1 }));
                continue;
              }
              I.push(s);
              const c = {
                r: s,
                rows: [s],
                seq: l,
                name: i,
                type: r(s, 'projectType'),
                location: r(s, 'location'),
                nums: u.nums,
                progress: u.progress,
                dates: $(s),
              };
              (w.push(c), M.push(c));
              continue;
            }
            const c = y(s),
              f = {
                r: s,
                rows: [s],
                seq: l,
                name: i,
                type: r(s, 'projectType'),
                location: r(s, 'location'),
                nums: c.nums,
                progress: c.progress,
                dates: $(s),
              };
            (w.push(f), M.push(f));
          }
          const C = S[S.length - 1];
          C &&
            !C.labelled &&
            C.members.length === w.length &&
            C.r > (w[w.length - 1]?.r ?? -1) &&
            (C.kind = 'grand');
          for (const e of S) 'grand' === e.kind && (e.members = w);
          return {
            sheet: e,
            unit: t,
            unitStated: void 0 !== e.unit,
            fractionProgress: m,
            projects: w,
            totals: S,
            cells: i,
            badDates: a,
            continuations: x,
            unnamed: I,
            tolFen: n,
          };
        })(e, n);
        return (mn.set(e, o), o);
      }
      function gn(e, n, t, o, s, r) {
        e.rows.push(n);
        const i = s.unit ?? '万元',
          l = (e) => {
            const t = r(e);
            return void 0 !== t && s.dataMerges.some((e) => n > e.r1 && n <= e.r2 && t >= e.c1 && t <= e.c2);
          };
        for (const [n, o] of Object.entries(t.nums)) {
          if (l(n)) continue;
          const t = e.nums[n];
          e.nums[n] = void 0 === t ? o : cn(un(t, i) + un(o, i), i);
        }
        !e.progress && t.progress && (e.progress = t.progress);
        for (const [n, t] of Object.entries(o)) e.dates[n] || (e.dates[n] = t);
        (e.type || (e.type = u(s.grid[n]?.[r('projectType') ?? -1])),
          e.location || (e.location = u(s.grid[n]?.[r('location') ?? -1])));
      }
      function yn(e, n) {
        let t = null,
          o = null;
        e.byKey.released && void 0 !== n.released
          ? ([t, o] = ['released', n.released])
          : e.byKey.planned && void 0 !== n.planned && ([t, o] = ['planned', n.planned]);
        const s = n.spent;
        return void 0 === s || null === o || 0 === o
          ? { percent: null, base: t, baseValue: o }
          : { percent: (s / o) * 100, base: t, baseValue: o };
      }
      function bn(e, n) {
        for (const t of ['released', 'subsidy', 'planned']) if (e.byKey[t]) return n.nums[t] ?? 0;
        return 0;
      }
      const $n = [
          { label: '产业发展', re: /产业/ },
          { label: '就业', re: /就业|务工|技能培训|公益性岗位/ },
          { label: '乡村建设（基础设施）', re: /乡村建设|基础设施|人居环境|农村道路|饮水/ },
          { label: '项目管理费', re: /项目管理/ },
          { label: '其他', re: /.*/ },
        ],
        vn = /产业/,
        kn = /产业|就业/,
        wn = [
          { key: 'sourceCentral', id: 'central', label: '中央衔接资金' },
          { key: 'sourceProvince', id: 'province', label: '省级衔接资金' },
          { key: 'sourceCity', id: 'city', label: '市级衔接资金' },
          { key: 'sourceCounty', id: 'county', label: '县级衔接资金' },
          { key: 'sourceOther', id: 'other', label: '其他（自筹/整合/结余）' },
        ];
      function Sn(e) {
        return String(Number(e.toFixed(6)));
      }
      function xn(e) {
        return String(Number(e.toFixed(2)));
      }
      function In(e) {
        const n = String(Number(e.toPrecision(15)));
        if (/e/i.test(n)) return 0;
        const t = n.indexOf('.');
        return t < 0 ? 0 : n.length - t - 1;
      }
      function Mn(e, n) {
        const t = e.byKey[n];
        return (t && t.path[t.path.length - 1]) || T(n);
      }
      function Pn(e, n) {
        const { sheet: t, unit: o } = n;
        for (const s of n.cells) {
          const n = Mn(t, s.key),
            r = sn.includes(s.key),
            i = u(s.raw);
          if ('invalid' === s.kind) {
            const l = r
              ? `准确的金额（单位：${o}），不能写“约”“左右”等字样`
              : 'progress' === s.key
                ? '百分数（如94.8或94.8%）'
                : '准确的整数';
            e.emit({
              rule: 'field.number',
              sheet: t,
              r: s.r,
              col: s.key,
              value: s.raw,
              message: `“${n}”填写为“${i}”，不是有效数字，本行与之相关的核对已跳过。应填写${l}。请改为准确数字。`,
            });
          } else
            'converted' === s.kind
              ? e.emit({
                  rule: 'field.text-number',
                  sheet: t,
                  r: s.r,
                  col: s.key,
                  value: s.raw,
                  fixTo: s.value,
                  fixLabel: `换算为${o}`,
                  message: `“${n}”填写为“${i}”，自带单位${s.cellUnit}，本表单位为${o}，已换算为${Sn(s.value)}${o}读取。建议只填数字，单位统一按表头上方的“单位：${o}”。`,
                })
              : 'text' === s.kind &&
                '%' !== s.cellUnit &&
                e.emit({
                  rule: 'field.text-number',
                  sheet: t,
                  r: s.r,
                  col: s.key,
                  value: s.raw,
                  fixTo: s.value,
                  fixLabel: '文本转为数字',
                  message: `“${n}”的“${i}”是以文本存储的数字，已按${Sn(s.value)}读取。建议转为数字格式，以免求和出错。`,
                });
        }
        for (const o of n.badDates) {
          const n = Mn(t, o.col);
          e.emit({
            rule: 'field.date',
            sheet: t,
            r: o.r,
            col: o.col,
            value: o.raw,
            message:
              'period' === o.reason
                ? `“${n}”填写为“${u(o.raw)}”，无法识别为起止日期，公示期检查已跳过。请按“2023年6月9日—6月19日”或“2023-06-09至2023-06-19”填写。`
                : `“${n}”填写为“${u(o.raw)}”，无法识别为日期。请按“2024-03-05”或“2024年3月5日”填写。`,
          });
        }
        for (const o of n.unnamed)
          e.emit({
            rule: 'field.required',
            sheet: t,
            r: o,
            col: 'project',
            message: `第${o + 1}行有序号“${u(t.grid[o]?.[t.byKey.seq?.index ?? -1])}”但“项目名称”为空。请补录项目名称；如该行是上一项目的续行，请删除序号。`,
          });
        const s = new Map(n.projects.map((e) => [e.r, e]));
        for (const o of n.continuations) {
          const n = s.get(o.into);
          e.emit({
            rule: 'fund.continuation-row',
            sheet: t,
            r: o.r,
            col: 'project',
            message: o.merged
              ? `第${o.r + 1}行的项目名称与第${o.into + 1}行合并，已作为同一项目“${n?.name ?? ''}”读取（金额相加）。建议取消合并，一个项目只占一行。`
              : `第${o.r + 1}行没有项目名称和序号，已作为第${o.into + 1}行项目“${n?.name ?? ''}”的续行合并读取（金额相加，其余内容补入空项）。建议把该行内容并入项目所在行，一个项目只占一行。`,
          });
        }
        for (const o of n.totals) {
          if (o.labelled) continue;
          const n = o.members[0]?.r ?? o.r,
            s = o.members[o.members.length - 1]?.r ?? o.r;
          e.emit({
            rule: 'sheet.totals-row',
            sheet: t,
            r: o.r,
            message: `第${o.r + 1}行没有“小计/合计”字样，但各金额等于第${n + 1}—${s + 1}行${o.members.length}个项目之和，已识别为${'grand' === o.kind ? '合计' : '小计'}行，不作为项目统计。建议在该行注明“${'grand' === o.kind ? '合计' : '小计'}”。`,
          });
        }
      }
      function Cn(e, n) {
        const { sheet: t, unit: o } = n,
          s = (e) => void 0 !== t.byKey[e],
          r = n.tolFen,
          i = (e) => un(e, o),
          l = (e) => `${Sn(e)}${o}`,
          a = (e) => Mn(t, e);
        (s('spent')
          ? s('disbursed') ||
            s('released') ||
            e.missingColumn(t, 'disbursed', ['fund.spent-exceeds-allocated'])
          : e.missingColumn(t, 'spent', [
              'fund.spent-exceeds-allocated',
              'fund.progress-mismatch',
              'fund.paid-not-accepted',
            ]),
          s('planned') ||
            (!s('released') && !s('subsidy')) ||
            e.missingColumn(
              t,
              'planned',
              [
                s('released') ? 'fund.allocated-exceeds-planned' : '',
                s('subsidy') ? 'fund.subsidy-exceeds-investment' : '',
              ].filter(Boolean),
            ),
          s('projectType')
            ? s('beneficiaryHouseholds') ||
              s('beneficiaryPersons') ||
              e.missingColumn(t, 'beneficiaryHouseholds', ['fund.no-beneficiaries'])
            : e.missingColumn(t, 'projectType', ['fund.no-beneficiaries', 'fund.industry-share']));
        const u = new Set(n.cells.filter((e) => 'invalid' === e.kind).map((e) => `${e.r}:${e.key}`)),
          c = new Set(n.projects.flatMap((e) => e.rows)),
          f = ln.filter(s),
          h = e.config.publicityMinDays;
        for (const s of n.cells)
          c.has(s.r) &&
            null !== s.value &&
            sn.includes(s.key) &&
            ('万元' === o && s.value > 1e5
              ? e.emit({
                  rule: 'fund.unit-suspect',
                  sheet: t,
                  r: s.r,
                  col: s.key,
                  value: s.raw,
                  message: `“${a(s.key)}”为${Sn(s.value)}，本表单位为万元，即${Sn(s.value / 1e4)}亿元，明显偏大，疑似按元填写（按元应为${Sn(s.value / 1e4)}万元）。请核对金额及单位。`,
                })
              : '元' === o &&
                In(s.value) >= 4 &&
                e.emit({
                  rule: 'fund.unit-suspect',
                  sheet: t,
                  r: s.r,
                  col: s.key,
                  value: s.raw,
                  message: `“${a(s.key)}”为${Sn(s.value)}元，有${In(s.value)}位小数（以元为单位最多到分，2位小数），疑似按万元填写。请核对表头上方的单位（“单位：元/万元”）和本金额。`,
                }));
        for (const c of n.projects) {
          const m = c.nums,
            p = (e) => u.has(`${c.r}:${e}`),
            g = s('disbursed') ? 'disbursed' : s('released') ? 'released' : null;
          g &&
            void 0 !== m.spent &&
            void 0 !== m[g] &&
            i(m.spent) - i(m[g]) > r &&
            e.emit({
              rule: 'fund.spent-exceeds-allocated',
              sheet: t,
              r: c.r,
              col: 'spent',
              value: m.spent,
              message: `${a('spent')}${l(m.spent)}超过${a(g)}${l(m[g])}（多${l(cn(i(m.spent) - i(m[g]), o))}）。已支出不能大于已拨付（到位）资金，请核对两项金额。`,
            });
          let y = null;
          if (
            s('released') &&
            s('planned') &&
            void 0 !== m.released &&
            void 0 !== m.planned &&
            i(m.released) - i(m.planned) > r
          )
            y = {
              col: 'released',
              text: `${a('released')}${l(m.released)}超过${a('planned')}${l(m.planned)}`,
            };
          else if (s('disbursed') && void 0 !== m.disbursed) {
            const e =
              s('released') && void 0 !== m.released
                ? 'released'
                : s('planned') && void 0 !== m.planned
                  ? 'planned'
                  : null;
            e &&
              i(m.disbursed) - i(m[e]) > r &&
              (y = { col: 'disbursed', text: `${a('disbursed')}${l(m.disbursed)}超过${a(e)}${l(m[e])}` });
          }
          if (
            (y &&
              e.emit({
                rule: 'fund.allocated-exceeds-planned',
                sheet: t,
                r: c.r,
                col: y.col,
                value: m[y.col],
                message: `${y.text}。应满足 已拨付 ≤ 下达 ≤ 计划投资，请核对各项金额，计划调整的应先调整计划投资。`,
              }),
            s('subsidy') &&
              s('planned') &&
              void 0 !== m.subsidy &&
              void 0 !== m.planned &&
              i(m.subsidy) - i(m.planned) > r &&
              e.emit({
                rule: 'fund.subsidy-exceeds-investment',
                sheet: t,
                r: c.r,
                col: 'subsidy',
                value: m.subsidy,
                message: `${a('subsidy')}${l(m.subsidy)}超过${a('planned')}${l(m.planned)}。补助（财政）资金不能大于项目总投资，请核对补助金额或总投资。`,
              }),
            f.length >= 2 && f.some((e) => void 0 !== m[e]) && !f.some(p))
          ) {
            const n = ['planned', 'released', 'subsidy'].find((e) => s(e) && void 0 !== m[e]);
            if (n) {
              const u = f.reduce((e, n) => e + i(m[n] ?? 0), 0),
                d = u - i(m[n]),
                h = !s('sourceOther') && void 0 !== m.subsidy && Math.abs(u - i(m.subsidy)) <= r;
              if (Math.abs(d) > r && !h) {
                const s = f.map((e) => `${a(e)}${Sn(m[e] ?? 0)}`).join('+');
                e.emit({
                  rule: 'fund.sources-mismatch',
                  sheet: t,
                  r: c.r,
                  col: n,
                  value: m[n],
                  message: `资金来源合计${l(cn(u, o))}（${s}）与${a(n)}${l(m[n])}不符，${d > 0 ? '多' : '少'}${l(cn(Math.abs(d), o))}。请核对各资金来源金额或${a(n)}。`,
                });
              }
            }
          }
          Nn(e, n, c.r, m, c.progress);
          const b = c.dates,
            $ = (n, o, s, r) => {
              !n?.date ||
                !o?.date ||
                hn(n, o) <= 0 ||
                e.emit({
                  rule: 'fund.date-order',
                  sheet: t,
                  r: o.r,
                  col: o.col,
                  message: `${r}${v(o.date)}早于${s}${v(n.date)}。应为 开工 ≤ 完工 ≤ 验收，请核对两个日期。`,
                });
            };
          ($(b.startDate, b.completionDate, a('startDate'), a('completionDate')),
            $(b.completionDate, b.acceptanceDate, a('completionDate'), a('acceptanceDate')));
          const k = b.publicityStart,
            S = b.publicityEnd;
          if (k?.date && S?.date) {
            const n = w(k.date, S.date),
              o = 'publicityPeriod' === S.col ? a('publicityPeriod') : '';
            n < 0
              ? e.emit({
                  rule: 'fund.date-order',
                  sheet: t,
                  r: S.r,
                  col: S.col,
                  message: `${o}公示结束日期${v(S.date)}早于开始日期${v(k.date)}。请核对公示起止日期。`,
                })
              : n < h &&
                e.emit({
                  rule: 'fund.publicity-short',
                  sheet: t,
                  r: S.r,
                  col: S.col,
                  message: `${o}公示期${v(k.date)}至${v(S.date)}共${n}天（按日历日之差计算），少于规定的${h}天。请核对公示日期，公示期不足的应补足公示。`,
                });
          }
          if (s('projectType') && kn.test(d(c.type))) {
            const n = s('beneficiaryHouseholds')
              ? 'beneficiaryHouseholds'
              : s('beneficiaryPersons')
                ? 'beneficiaryPersons'
                : null;
            !n ||
              p(n) ||
              m[n] ||
              e.emit({
                rule: 'fund.no-beneficiaries',
                sheet: t,
                r: c.r,
                col: n,
                message: `${c.type}项目“${c.name}”的${a(n)}${0 === m[n] ? '为0' : '为空'}。产业、就业项目应填写带动（受益）的脱贫户、监测户数量，请补录；确无带贫的请在备注中说明。`,
              });
          }
          if (
            s('acceptanceDate') &&
            !b.acceptanceDate &&
            !n.badDates.some((e) => c.rows.includes(e.r) && 'acceptanceDate' === e.col)
          ) {
            const { baseValue: n, base: o } = yn(t, m);
            o &&
              null !== n &&
              n > 0 &&
              void 0 !== m.spent &&
              i(n) - i(m.spent) <= r &&
              e.emit({
                rule: 'fund.paid-not-accepted',
                sheet: t,
                r: c.r,
                col: 'acceptanceDate',
                message: `项目“${c.name}”已支出${l(m.spent)}，已达${a(o)}${l(n)}（资金已全部支付），但${a('acceptanceDate')}为空。项目应验收后再全额支付，请补录验收时间或核实支付情况。`,
              });
          }
        }
      }
      function Nn(e, n, t, o, s) {
        if (!s) return;
        const { sheet: r } = n,
          { percent: i, base: l, baseValue: a } = yn(r, o);
        if (null === i || !l || null === a) return;
        const u = s.value - i;
        if (Math.abs(u) <= 0.1 + 1e-9) return;
        const c = (e) => Mn(r, e),
          d = [];
        if (
          (!n.fractionProgress &&
            Math.abs(100 * s.value - i) <= 0.1 &&
            d.push('该值像是以小数填写的比例，而本列其他行是百分数'),
          'released' === l && o.planned)
        ) {
          const e = ((o.spent ?? 0) / o.planned) * 100;
          Math.abs(s.value - e) <= 0.1 &&
            d.push(`它等于按${c('planned')}计算的进度，请统一按${c('released')}计算`);
        }
        const f = r.grid[s.r]?.[r.byKey.progress.index],
          h = Number(i.toFixed(2)),
          m =
            'string' == typeof f && f.includes('%')
              ? `${h}%`
              : n.fractionProgress
                ? Number((i / 100).toFixed(4))
                : h;
        e.emit({
          rule: 'fund.progress-mismatch',
          sheet: r,
          r: s.r,
          col: 'progress',
          value: f,
          fixTo: m,
          fixLabel: '按已支出重算支出进度',
          message: `${c('progress')}填写为${xn(s.value)}%，按${c('spent')}${Sn(o.spent ?? 0)} ÷ ${c(l)}${Sn(a)} × 100 计算应为${xn(i)}%（相差${xn(Math.abs(u))}个百分点）${d.length ? `；${d.join('；')}` : ''}。请更正支出进度。`,
        });
      }
      function jn(e, n) {
        const { sheet: t, unit: o } = n;
        for (const s of n.totals) {
          if (s.members.length > 0) {
            const r = s.members[0].r + 1,
              i = s.members[s.members.length - 1].r + 1,
              l =
                'grand' === s.kind
                  ? `全部${s.members.length}个项目`
                  : `第${r}—${i}行${s.members.length}个项目`,
              a = n.totals.filter((e) => 'subtotal' === e.kind);
            for (const r of [...sn, ...rn]) {
              const i = s.nums[r];
              if (void 0 === i) continue;
              const u = sn.includes(r),
                c = u ? n.tolFen : 0,
                d = s.members.reduce((e, n) => e + un(n.nums[r] ?? 0, o), 0),
                f = un(i, o) - d;
              if (Math.abs(f) <= c) continue;
              const h = u ? o : '';
              let m = '';
              if ('grand' === s.kind && a.length > 0) {
                const e = a.reduce((e, n) => e + un(n.nums[r] ?? 0, o), 0);
                Math.abs(un(i, o) - e) <= c && (m = '（它等于各小计之和，说明有小计行求和有误）');
              }
              e.emit({
                rule: 'fund.total-mismatch',
                sheet: t,
                r: s.r,
                col: r,
                value: i,
                message: `“${s.label || '小计'}”行的${Mn(t, r)}为${Sn(i)}${h}，但${l}之和为${Sn(cn(d, o))}${h}，${f > 0 ? '多' : '少'}${Sn(cn(Math.abs(f), o))}${h}${m}。请按所属各行重新求和。`,
              });
            }
          }
          Nn(e, n, s.r, s.nums, s.progress);
        }
      }
      function Rn(e, n) {
        const { sheet: t } = n,
          o = new Map(),
          s = void 0 !== t.byKey.location;
        for (const r of n.projects) {
          const n = d(r.name);
          if (!n) continue;
          const i = `${n}\0${s ? d(r.location) : ''}`,
            l = o.get(i);
          void 0 !== l
            ? e.emit({
                rule: 'fund.duplicate-project',
                sheet: t,
                r: r.r,
                col: 'project',
                value: r.name,
                message: `项目“${r.name}”${s ? `（${Mn(t, 'location')}：${r.location || '空'}）` : ''}与第${l + 1}行重复。同一项目不应重复列示，请删除重复行或在项目名称中区分（如分期、分批）。`,
              })
            : o.set(i, r.r);
        }
      }
      function Dn(e, n) {
        const { sheet: t, unit: o } = n,
          s = (function (e, n) {
            if (!e.sheet.byKey.projectType) return null;
            const t = e.sheet.byKey.sourceCentral ? 'central' : 'all';
            let o = 0,
              s = 0;
            for (const r of e.projects) {
              const i = un('central' === t ? (r.nums.sourceCentral ?? 0) : bn(e.sheet, r), e.unit);
              ((s += i), n.test(d(r.type)) && (o += i));
            }
            return s <= 0 ? null : { numerator: cn(o, e.unit), denominator: cn(s, e.unit), base: t };
          })(n, vn);
        if (!s) return;
        const r = (s.numerator / s.denominator) * 100,
          i = e.config.industryShareMin;
        if (r >= i) return;
        const l = 'central' === s.base ? '中央衔接资金' : '衔接资金（资金来源未分列，按全部项目资金计）',
          a = n.totals.find((e) => 'grand' === e.kind),
          u = 'central' === s.base ? 'sourceCentral' : 'projectType';
        e.emit({
          rule: 'fund.industry-share',
          sheet: t,
          r: a ? a.r : (t.headerRows[t.headerRows.length - 1] ?? 1) - 1,
          col: u,
          message: `产业发展项目使用${'central' === s.base ? '中央衔接资金' : '资金'}${Sn(s.numerator)}${o}，占${l}${Sn(s.denominator)}${o}的${xn(r)}%，低于要求的${i}%。请核对项目类型是否填写准确，或按要求调整资金安排。`,
        });
      }
      const Tn = [
          [
            'structure',
            function (e) {
              for (const n of e.ledger.sheets) {
                if ('unknown' === n.kind) continue;
                for (const t of n.totalRows) {
                  const o = n.grid[t]?.map(u).find((e) => /合计|小计|总计|累计/.test(e)) ?? '合计';
                  e.emit({
                    rule: 'sheet.totals-row',
                    sheet: n,
                    r: t,
                    message: `第${t + 1}行是“${o}”行，已识别为合计行，不作为数据参与检查和统计。`,
                  });
                }
                for (const t of n.blankRows)
                  e.emit({
                    rule: 'sheet.blank-row',
                    sheet: n,
                    r: t,
                    message: `第${t + 1}行是数据中的空行，已跳过。如无用可删除该行。`,
                  });
                if (n.ignoredAfter) {
                  const { blankFrom: t, contentRow: o } = n.ignoredAfter;
                  e.emit({
                    rule: 'sheet.blank-row',
                    sheet: n,
                    r: t,
                    message: `第${t + 1}行起是连续的空行，表格到此结束；第${o + 1}行及以后的内容未作为台账数据读取。如那里还有数据，请删除中间的空行。`,
                  });
                }
                for (const t of n.dataMerges)
                  e.emit({
                    rule: 'sheet.merged-cells',
                    sheet: n,
                    r: t.r1,
                    col: t.c1,
                    message: `数据区 ${(0, r.a1)(t.r1, t.c1)}:${(0, r.a1)(t.r2, t.c2)} 是合并单元格，已按每行都填写了“${u(n.grid[t.r1]?.[t.c1])}”读取。建议取消合并并逐行填写，以便系统导入。`,
                  });
                const t = n.columns;
                for (const o of n.dataRows) {
                  const s = n.grid[o];
                  if (s)
                    for (const r of t) {
                      const t = s[r.index];
                      'string' == typeof t &&
                        t.length > 0 &&
                        35 === t.charCodeAt(0) &&
                        f(t) &&
                        e.emit({
                          rule: 'sheet.error-values',
                          sheet: n,
                          r: o,
                          col: r.index,
                          value: t,
                          message: `“${r.header}”为错误值 ${t}，无法检查。请修正产生该值的公式，或直接录入正确数值。`,
                        });
                    }
                }
                const o =
                  n.input.formulaCells?.filter(
                    ([e]) => e > (n.headerRows[n.headerRows.length - 1] ?? 0) - 1,
                  ) ?? [];
                if (o.length > 0) {
                  const [t, s] = o[0];
                  e.emit({
                    rule: 'sheet.formula-cells',
                    sheet: n,
                    r: t,
                    col: s,
                    message: `数据区有${o.length}个单元格是公式（首个在 ${(0, r.a1)(t, s)}），已按公式的计算结果检查。导入系统前建议“选择性粘贴为数值”。`,
                  });
                }
              }
            },
          ],
          [
            'identity',
            function (e) {
              (!(function (e) {
                for (const n of e.ledger.personSheets)
                  if (n.byKey.idNumber)
                    for (const t of n.dataRows) {
                      const o = { sheet: n, r: t },
                        s = Z(o, 'idNumber') ?? '';
                      if (f(s)) continue;
                      const r = e.person(o).id;
                      r && Oe(e, n, t, 'idNumber', s, r, u(Z(o, 'householdId')));
                    }
                  else e.missingColumn(n, 'idNumber', He);
                for (const n of e.ledger.householdSheets)
                  if (n.byKey.headIdNumber)
                    for (const t of n.dataRows) {
                      const o = { sheet: n, r: t },
                        s = Z(o, 'headIdNumber') ?? '';
                      f(s) || Oe(e, n, t, 'headIdNumber', s, pe(s, e.ref), u(Z(o, 'householdId')));
                    }
              })(e),
                (function (e) {
                  const n = new Map();
                  for (const t of e.ledger.personSheets)
                    if (t.byKey.idNumber)
                      for (const o of t.dataRows) {
                        const s = { sheet: t, r: o },
                          i = e.person(s).id?.key18;
                        if (!i) continue;
                        const l = n.get(i);
                        if (!l) {
                          n.set(i, s);
                          continue;
                        }
                        const a = `“${l.sheet.name}”表 ${(0, r.a1)(l.r, l.sheet.byKey.idNumber.index)}`,
                          c = Z(s, 'idNumber') ?? '';
                        e.emit({
                          rule: 'id.duplicate',
                          sheet: t,
                          r: o,
                          col: 'idNumber',
                          value: c,
                          householdId: u(Z(s, 'householdId')),
                          message: `证件号码“${u(c)}”与${a}（${u(Z(l, 'name')) || '另一人'}）重复，同一人不应登记两次。请核对是否重复录入或号码录错，删除重复行或更正号码。`,
                        });
                      }
                })(e),
                (function (e) {
                  for (const n of e.ledger.personSheets) {
                    const t = !!n.byKey.gender,
                      o = !!n.byKey.birthDate;
                    if (n.byKey.idNumber && (t || o))
                      for (const s of n.dataRows) {
                        const r = { sheet: n, r: s },
                          i = e.person(r).id;
                        if (!We(i)) continue;
                        const l = u(Z(r, 'householdId')),
                          a = Ae(r);
                        if (
                          (t &&
                            a &&
                            i.gender &&
                            a !== i.gender &&
                            e.emit({
                              rule: 'person.gender-mismatch',
                              sheet: n,
                              r: s,
                              col: 'gender',
                              value: Z(r, 'gender'),
                              householdId: l,
                              message: `性别填写为“${u(Z(r, 'gender'))}”，但证件号码“${i.text}”第17位表示${i.gender}性。请按证件原件核对性别或证件号码。`,
                            }),
                          o && i.birth)
                        ) {
                          const t = Z(r, 'birthDate'),
                            o = b(t);
                          if (!o.date) continue;
                          ('month' === o.precision
                            ? o.date.y !== i.birth.y || o.date.m !== i.birth.m
                            : 0 !== $(o.date, i.birth)) &&
                            e.emit({
                              rule: 'person.birthdate-mismatch',
                              sheet: n,
                              r: s,
                              col: 'birthDate',
                              value: t,
                              householdId: l,
                              message: `出生日期填写为${v(o.date)}，但证件号码“${i.text}”中的出生日期为${v(i.birth)}。请按证件原件核对出生日期或证件号码。`,
                            });
                        }
                      }
                  }
                })(e),
                (function (e) {
                  for (const n of e.ledger.households) {
                    const t = n.members.filter((e) => e.sheet.byKey.relationToHead);
                    if (0 === t.length) continue;
                    const o = t.filter((e) => '户主' === d(Z(e, 'relationToHead'))),
                      s = 1 === o.length ? Ye(e, o[0]) : void 0;
                    for (const o of t) {
                      const t = X('relationToHead', u(Z(o, 'relationToHead')));
                      let r = ye[t],
                        i = `“${t}”应为${r}性`;
                      if (
                        ('配偶' === t &&
                          s &&
                          ((r = '男' === s ? '女' : '男'), (i = `户主为${s}性，“配偶”应为${r}性`)),
                        !r)
                      )
                        continue;
                      const l = Ye(e, o);
                      if (!l || l === r) continue;
                      const a = Ae(o) ? `性别为“${u(Z(o, 'gender'))}”` : '证件号码显示为' + l + '性';
                      e.emit({
                        rule: 'person.relation-gender',
                        sheet: o.sheet,
                        r: o.r,
                        col: 'relationToHead',
                        value: Z(o, 'relationToHead'),
                        householdId: n.id || n.key,
                        message: `与户主关系为“${t}”，${a}，${i}。请核对与户主关系或性别。`,
                      });
                    }
                  }
                })(e));
            },
          ],
          [
            'fields',
            function (e) {
              (!(function (e) {
                const n = e.ledger.twoSheet && e.ledger.householdSheets.some((e) => e.byKey.village);
                for (const t of [...Ge(e), ...e.ledger.villageSheets])
                  for (const o of xe[t.kind] ?? [])
                    if (t.byKey[o.key])
                      for (const n of t.dataRows) {
                        if (!c(Z({ sheet: t, r: n }, o.key))) continue;
                        const s = T(o.key);
                        e.emit({
                          rule: 'field.required',
                          sheet: t,
                          r: n,
                          col: o.key,
                          householdId: ze(t, n),
                          message: `“${s}”为空，此项为必填。请补录${s}。`,
                        });
                      }
                    else
                      o.ifPresent ||
                        ('person' === t.kind && 'village' === o.key && n) ||
                        e.missingColumn(t, o.key, ['field.required']);
              })(e),
                (function (e) {
                  for (const n of Ge(e))
                    for (const t of Ie) {
                      const o = e.codes[t];
                      if (!o || !n.byKey[t]) continue;
                      const s = T(t);
                      for (const r of n.dataRows) {
                        const i = Z({ sheet: n, r }, t);
                        if (void 0 === i || c(i) || f(i)) continue;
                        const l = u(i),
                          a = Me[t],
                          d = (
                            a
                              ? l
                                  .split(a)
                                  .map((e) => e.trim())
                                  .filter((e) => '' !== e)
                              : [l]
                          ).filter((e) => !o.normalised.has(Je(t, e)));
                        if (0 === d.length) continue;
                        const h = d.map((e) => {
                            const n = _(o, Je(t, e));
                            return n ? `“${e}”应为“${n}”？` : `“${e}”无相近的标准值`;
                          }),
                          m = o.values.length <= 12 ? `标准值：${o.values.join('、')}。` : '';
                        e.emit({
                          rule: 'field.code',
                          sheet: n,
                          r,
                          col: t,
                          value: i,
                          householdId: ze(n, r),
                          message: `“${s}”填写为“${l}”，不在代码表内（${h.join('；')}）。${m}请改为代码表中的值。`,
                        });
                      }
                    }
                })(e),
                (function (e) {
                  const n = new Set(Ce);
                  for (const t of Ge(e))
                    for (const o of [...Ce, ...Ne]) {
                      if (!t.byKey[o]) continue;
                      const s = T(o),
                        r = n.has(o);
                      for (const n of t.dataRows) {
                        const i = Z({ sheet: t, r: n }, o),
                          l = p(i);
                        if ('empty' === l.kind || 'error' === l.kind || 'number' === l.kind) continue;
                        let a = l.value;
                        '万元' === l.unit && r && null !== a
                          ? (a = x(1e4 * a, 2))
                          : void 0 === l.unit || ('元' === l.unit && r) || (a = null);
                        const c = ze(t, n);
                        'invalid' !== l.kind && null !== a
                          ? e.emit({
                              rule: 'field.text-number',
                              sheet: t,
                              r: n,
                              col: o,
                              value: i,
                              householdId: c,
                              fixTo: a,
                              fixLabel: '文本转为数字',
                              message: `“${s}”的“${u(i)}”是以文本存储的数字，已按${a}读取。建议转为数字格式，以免求和、导入时出错。`,
                            })
                          : e.emit({
                              rule: 'field.number',
                              sheet: t,
                              r: n,
                              col: o,
                              value: i,
                              householdId: c,
                              message: `“${s}”填写为“${u(i)}”，不是有效数字${r ? '（金额应为以元为单位的准确数字，不能写“约”“千”“万”等字样）' : ''}。请填写准确数字。`,
                            });
                      }
                    }
                })(e),
                (function (e) {
                  for (const n of Ge(e))
                    for (const t of je) {
                      if (!n.byKey[t]) continue;
                      const o = T(t);
                      for (const s of n.dataRows) {
                        const r = Z({ sheet: n, r: s }, t);
                        if (void 0 === r || c(r) || f(r)) continue;
                        const i = 'number' == typeof r && Number.isInteger(r) && r >= 1900 && r <= 2100;
                        (!i && b(r).date) ||
                          e.emit({
                            rule: 'field.date',
                            sheet: n,
                            r: s,
                            col: t,
                            value: r,
                            householdId: ze(n, s),
                            message: i
                              ? `“${o}”填写为${r}，像是年份而不是日期。请填写完整日期，如“${r}-03-05”或“${r}年3月”。`
                              : `“${o}”填写为“${u(r)}”，不是有效日期。应为如“2021-03-05”“2021年3月5日”的日期，请更正。`,
                          });
                      }
                    }
                })(e),
                (function (e) {
                  for (const n of Ge(e))
                    for (const t of Re) {
                      if (!n.byKey[t]) continue;
                      const o = T(t);
                      for (const s of n.dataRows) {
                        const r = Z({ sheet: n, r: s }, t);
                        if (void 0 === r || c(r) || f(r)) continue;
                        const i = qe(r);
                        if (De.has(i)) continue;
                        const l = i.split(/[/、,，;；]/).filter((e) => '' !== e);
                        (l.length > 0 && l.every(Ve)) ||
                          e.emit({
                            rule: 'field.phone',
                            sheet: n,
                            r: s,
                            col: t,
                            value: r,
                            householdId: ze(n, s),
                            message: `“${o}”填写为“${u(r)}”，既不是11位手机号码（1开头，第二位3–9），也不是带区号的固定电话（如0851-1234567）。请核对后更正。`,
                          });
                      }
                    }
                })(e));
            },
          ],
          [
            'security',
            function (e) {
              for (const n of e.ledger.households)
                if (e.status(n).covered) {
                  for (const t of n.members) (Ze(e, t), en(e, t));
                  (nn(e, n), tn(e, n));
                }
            },
          ],
          [
            'labor',
            function (e) {
              for (const n of e.ledger.personSheets) {
                const t = !!n.byKey.workMonths;
                t || e.missingColumn(n, 'workMonths', ['labor.work-months']);
                const o = ['laborSkill', 'workMonths', 'publicWelfareJob', 'publicWelfareJobMonths'].some(
                  (e) => n.byKey[e],
                );
                o || e.missingColumn(n, 'laborSkill', ['labor.child-worker']);
                for (const s of n.dataRows) {
                  const r = { sheet: n, r: s },
                    i = u(Z(r, 'householdId')),
                    l = t ? on(r, 'workMonths') : null;
                  if (
                    (null !== l &&
                      (l < 0 || l > 12) &&
                      e.emit({
                        rule: 'labor.work-months',
                        sheet: n,
                        r: s,
                        col: 'workMonths',
                        value: Z(r, 'workMonths'),
                        householdId: i,
                        message: `务工时间填写为${l}个月，应在0–12个月之间（一年内的务工月数）。请核对后更正。`,
                      }),
                    !o)
                  )
                    continue;
                  const a = e.person(r).age;
                  if (void 0 === a || a >= 16 || a < 0) continue;
                  const f = [],
                    h = d(Z(r, 'laborSkill'));
                  (Te.has(h) && f.push(['laborSkill', `劳动技能为“${h}”`]),
                    null !== l && l > 0 && f.push(['workMonths', `务工时间为${l}个月`]));
                  const m = Z(r, 'publicWelfareJob');
                  void 0 === m ||
                    c(m) ||
                    Le.has(d(m)) ||
                    f.push(['publicWelfareJob', `公益性岗位为“${u(m)}”`]);
                  const p = on(r, 'publicWelfareJobMonths');
                  if (
                    (null !== p && p > 0 && f.push(['publicWelfareJobMonths', `公益性岗位${p}个月`]),
                    0 === f.length)
                  )
                    continue;
                  const g = u(Z(r, 'name')) || '该成员';
                  e.emit({
                    rule: 'labor.child-worker',
                    sheet: n,
                    r: s,
                    col: f[0][0],
                    value: Z(r, f[0][0]),
                    householdId: i,
                    message: `${g}${a}岁，未满16周岁，但${f.map((e) => e[1]).join('、')}。未成年人不应登记为劳动力或务工、公益性岗位人员。请核对年龄（证件号码）或改为“无劳动力”并清空务工信息。`,
                  });
                }
              }
            },
          ],
          ['household', function (e) {}],
          ['income', function (e) {}],
          ['assistance', function (e) {}],
          ['village', function (e) {}],
          [
            'fund',
            function (e) {
              const n = Math.round(100 * e.config.incomeTolerance);
              for (const t of e.ledger.fundSheets) {
                const o = pn(t, n);
                (Pn(e, o), Cn(e, o), jn(e, o), Rn(e, o), Dn(e, o));
              }
            },
          ],
        ],
        Ln = (e) => ({
          label: e,
          projects: 0,
          planned: 0,
          released: 0,
          disbursed: 0,
          spent: 0,
          base: 0,
          baseSpent: 0,
          beneficiaryHouseholds: 0,
        });
      function Kn(e, n, t, o) {
        const s = (e) => (void 0 === e ? 0 : un(e, t));
        ((e.released += s(n.nums.released)),
          (e.disbursed += s(n.nums.disbursed)),
          (e.spent += s(n.nums.spent)),
          (e.base += s(o ? n.nums.released : n.nums.planned)),
          (e.baseSpent += s(n.nums.spent)),
          (e.beneficiaryHouseholds += n.nums.beneficiaryHouseholds ?? 0));
      }
      function Hn(e, n) {
        return {
          label: e.label,
          projects: e.projects,
          planned: cn(e.planned, n),
          released: cn(e.released, n),
          disbursed: cn(e.disbursed, n),
          spent: cn(e.spent, n),
          progressPercent: e.base > 0 ? x((e.baseSpent / e.base) * 100, 2) : null,
          beneficiaryHouseholds: e.beneficiaryHouseholds,
        };
      }
      function Fn(e) {
        const n = $n.findIndex((n) => n.re.test(e));
        return n < 0 ? $n.length : n;
      }
      const En = { name: 'bangfu', version: '0.1.0' },
        Wn = ['问题清单', '_bangfu'];
      class An extends Error {
        constructor(e) {
          (super(e.join('；')), (this.problems = e));
        }
      }
      function Yn(e, n, t = {}) {
        const i = (0, o.parseConfig)(n ?? {});
        if (!i.ok) throw new An(i.errors);
        const l = i.config,
          a = t.onPhase ?? (() => {}),
          f =
            t.today ??
            (function () {
              const e = new Date();
              return { y: e.getFullYear(), m: e.getMonth() + 1, d: e.getDate() };
            })(),
          h = (function (e = {}) {
            const n = new Map(),
              t = (e, t, o = !1) => {
                const s = d(e);
                if (!s) return;
                const r = n.get(s) ?? [];
                (r.includes(t) || (o ? r.unshift(t) : r.push(t)), n.set(s, r));
              };
            for (const e of N) for (const n of e.headers) t(n, e);
            for (const [n, o] of Object.entries(e)) {
              const e = N.find((e) => e.key === n) ?? { key: n, level: 'H', headers: o, label: o[0] ?? n };
              for (const n of o) t(n, e, !0);
            }
            return { byText: n };
          })(l.columnSynonyms),
          m = t.sheets ? new Set(t.sheets) : null,
          p = e.filter((e) => !Wn.some((n) => e.name.startsWith(n)) && (!m || m.has(e.name))),
          g = [];
        p.forEach((e, n) => {
          (a('读取表头', n, p.length),
            g.push(
              (function (e, n) {
                const t = e.values,
                  o = e.merges ?? [],
                  s = (function (e, n, t = []) {
                    const o = Math.min(15, e.length);
                    let s = -1,
                      r = 0;
                    for (let t = 0; t < o; t++) {
                      const o = A(n, e[t]);
                      o > r && ((s = t), (r = o));
                    }
                    if (s < 0 || r < 2) return null;
                    let i = s,
                      l = s;
                    for (; i > 0 && s - i < 2;) {
                      const t = e[i - 1];
                      if (Y(t) || E(t) < 2 || (0 === A(n, t) && E(t) < 3)) break;
                      i--;
                    }
                    for (; l + 1 < o && l - i < 2;) {
                      const t = e[l + 1];
                      if (!t || 0 === W(t)) break;
                      if (t.some((e) => 'number' == typeof e)) break;
                      const o = A(n, t),
                        s = t.filter((e) => 'string' == typeof e && j.has(d(e))).length;
                      if (o + s === 0) break;
                      if (2 * (o + s) < W(t)) break;
                      l++;
                    }
                    for (const e of t)
                      e.r1 >= i && e.r1 <= l && e.r2 > l && e.r2 - i < 3 && e.r2 < o && (l = e.r2);
                    return { first: i, last: l };
                  })(t, n, o),
                  r = {
                    name: e.name,
                    kind: 'unknown',
                    headerRows: [],
                    columns: [],
                    byKey: {},
                    dataRows: [],
                    totalRows: [],
                    blankRows: [],
                    dataMerges: [],
                    grid: t,
                    input: e,
                  };
                if (!s) return r;
                const i = (function (e, n, t = []) {
                    let o = 0;
                    for (let t = n.first; t <= n.last; t++) o = Math.max(o, e[t]?.length ?? 0);
                    const s = (n, t) => u(e[n]?.[t]),
                      r = [];
                    for (let e = n.first; e <= n.last; e++) {
                      const n = [];
                      for (let t = 0; t < o; t++) n.push(s(e, t));
                      r.push(n);
                    }
                    for (const e of t) {
                      if (e.r2 < n.first || e.r1 > n.last) continue;
                      const t = s(e.r1, e.c1);
                      for (let s = Math.max(e.r1, n.first); s <= Math.min(e.r2, n.last); s++)
                        for (let i = e.c1; i <= Math.min(e.c2, o - 1); i++) {
                          const o = s - n.first;
                          '' === r[o][i] && e.c2 > e.c1 && (r[o][i] = t);
                        }
                    }
                    for (let e = 0; e < r.length - 1; e++)
                      for (let n = 1; n < o; n++) {
                        if ('' !== r[e][n]) continue;
                        const t = r.slice(e + 1).some((e) => '' !== e[n]),
                          o = r[e][n - 1],
                          s = r.slice(e + 1).some((e) => '' !== e[n - 1]);
                        t && '' !== o && s && (r[e][n] = o);
                      }
                    const i = [];
                    for (let e = 0; e < o; e++) {
                      const n = [];
                      for (let t = 0; t < r.length; t++) {
                        const o = r[t][e];
                        '' !== o && n[n.length - 1] !== o && n.push(o);
                      }
                      i.push(n);
                    }
                    return i;
                  })(t, s, o),
                  l = U(n, i, null),
                  a = (function (e) {
                    const n = (...n) => n.some((n) => e.has(n));
                    return n('project') &&
                      n('planned', 'spent', 'released', 'disbursed', 'subsidy', 'sourceCentral')
                      ? 'fund'
                      : n('idNumber') || (n('name') && n('relationToHead'))
                        ? 'person'
                        : n('householdId', 'headName', 'headIdNumber') &&
                            n(
                              'householdSize',
                              'netIncome',
                              'perCapitaNetIncome',
                              'wageIncome',
                              'headIdNumber',
                            )
                          ? 'household'
                          : n('village') &&
                              n(
                                'totalPopulation',
                                'agriPopulation',
                                'totalHouseholds',
                                'ruralPopulation',
                                'residentPopulation',
                              )
                            ? 'village'
                            : 'unknown';
                  })(new Set(l.map((e) => e.key).filter(Boolean))),
                  f = U(n, i, a),
                  h = {};
                for (const e of f) e.key && !h[e.key] && (h[e.key] = e);
                let m = t;
                const p = o.filter((e) => e.r1 > s.last && (e.r2 > e.r1 || e.c2 > e.c1));
                if (p.length) {
                  m = t.slice();
                  for (const e of p) {
                    const n = t[e.r1]?.[e.c1] ?? '';
                    for (let o = e.r1; o <= e.r2; o++) {
                      m[o] === t[o] && (m[o] = (t[o] ?? []).slice());
                      for (let t = e.c1; t <= e.c2; t++) (o === e.r1 && t === e.c1) || (m[o][t] = n);
                    }
                  }
                }
                const g = f.slice(0, 4).map((e) => e.index),
                  y = [],
                  b = [];
                let $ = m.length - 1;
                for (; $ > s.last && 0 === W(m[$]);) $--;
                let v,
                  k = 0;
                for (let e = s.last + 1; e <= $; e++) {
                  const n = m[e];
                  if (n && 0 !== W(n))
                    if (((k = 0), B(n, g))) b.push(e);
                    else {
                      if (z(n)) break;
                      y.push(e);
                    }
                  else {
                    if ((k++, k > 50)) {
                      let n = e + 1;
                      for (; n <= $ && 0 === W(m[n]);) n++;
                      v = { blankFrom: e - k + 1, contentRow: n };
                      for (let e = 0; e < k - 1; e++) y.pop();
                      break;
                    }
                    y.push(-e - 1);
                  }
                }
                const w = t
                    .slice(0, s.first)
                    .map((e) => (e ?? []).find((e) => !c(e)))
                    .find((e) => 'string' == typeof e),
                  S =
                    'fund' === a
                      ? (function (e, n, t) {
                          for (let t = 0; t < n.first; t++)
                            for (const n of e[t] ?? []) {
                              const e = d(n),
                                t = /单位[:：]?.*?(万元|元)/.exec(e);
                              if (t) return '万元' === t[1] ? '万元' : '元';
                            }
                          for (const e of t)
                            if (['planned', 'spent', 'released', 'disbursed'].includes(e.key)) {
                              const n = d(e.path.join(''));
                              if (n.includes('(万元)')) return '万元';
                              if (n.includes('(元)')) return '元';
                            }
                        })(t, s, f)
                      : void 0,
                  x = [];
                for (let e = s.first; e <= s.last; e++) x.push(e + 1);
                return {
                  ...r,
                  kind: a,
                  headerRows: x,
                  columns: f,
                  byKey: h,
                  dataRows: y.filter((e) => e >= 0),
                  blankRows: y.filter((e) => e < 0).map((e) => -e - 1),
                  totalRows: b,
                  dataMerges: p,
                  ignoredAfter: v,
                  unit: S,
                  title: 'string' == typeof w ? w.trim() : void 0,
                  grid: m,
                };
              })(e, h),
            ));
        });
        const y = (function (e, n, t) {
            if (void 0 !== e.year) return e.year;
            const o = new Map();
            for (const e of n) {
              for (const n of ['year', 'dataDate'])
                if (e.byKey[n])
                  for (const t of e.dataRows.slice(0, 2e3)) {
                    const s = Z({ sheet: e, r: t }, n);
                    let r;
                    if ('year' === n) {
                      const e = /^(\d{4})/.exec(d(s));
                      e && (r = Number(e[1]));
                    } else r = b(s).date?.y;
                    r && r >= 2010 && r <= 2100 && o.set(r, (o.get(r) ?? 0) + 1);
                  }
              const n = /((?:19|20)\d{2})年/.exec(e.title ?? '');
              n && o.set(Number(n[1]), (o.get(Number(n[1])) ?? 0) + 1);
            }
            let s,
              r = 0;
            for (const [e, n] of o) n > r && ([s, r] = [e, n]);
            return s ?? t.y - 1;
          })(l, g, f),
          $ = l.referenceDate
            ? (function (e) {
                const [n, t, o] = e.split('-').map(Number);
                return { y: n, m: t, d: o };
              })(l.referenceDate)
            : { y, m: 12, d: 31 },
          v = (0, s.C)(l, y),
          w = (function (e) {
            const n = e.filter((e) => 'person' === e.kind),
              t = e.filter((e) => 'household' === e.kind),
              o = e.filter((e) => 'village' === e.kind),
              s = e.filter((e) => 'fund' === e.kind),
              r = new Map(),
              i = [],
              l = [],
              a = [],
              c = n.some((e) => ee(e, 'householdId')) && t.some((e) => ee(e, 'householdId'));
            for (const e of t)
              for (const n of e.dataRows) {
                const t = { sheet: e, r: n },
                  o = u(Z(t, 'householdId')),
                  s = '' !== o ? `id:${o}` : `row:${e.name}:${n}`;
                if (r.has(s)) continue;
                const l = { key: s, id: o, main: t, householdRow: t, members: [], inferred: !1 };
                (r.set(s, l), i.push(l));
              }
            for (const e of n) {
              const n = ee(e, 'householdId');
              let t,
                o = 0;
              for (const s of e.dataRows) {
                const d = { sheet: e, r: s };
                let f;
                if (n) {
                  const n = u(Z(d, 'householdId')),
                    t = '' !== n ? `id:${n}` : `row:${e.name}:${s}`;
                  if (((f = r.get(t)), !f)) {
                    if (c && '' !== n) {
                      const o = { key: t, id: n, main: d, members: [], inferred: !1 },
                        r = { sheet: e, r: s, household: o };
                      (o.members.push(r), a.push(r), l.push(r));
                      continue;
                    }
                    ((f = { key: t, id: n, main: d, members: [], inferred: !1 }), r.set(t, f), i.push(f));
                  }
                } else
                  ((t && !se(Z(d, 'relationToHead')) && ee(e, 'relationToHead')) ||
                    (o++,
                    (t = { key: `block:${e.name}:${o}`, id: '', main: d, members: [], inferred: !0 }),
                    i.push(t)),
                    (f = t));
                const h = { sheet: e, r: s, household: f };
                (f.members.push(h), l.push(h));
              }
            }
            return {
              sheets: e,
              personSheets: n,
              householdSheets: t,
              villageSheets: o,
              fundSheets: s,
              households: i,
              persons: l,
              orphans: a,
              twoSheet: c,
            };
          })(g),
          I = (function (e) {
            const n = [],
              t = new Set(e.config.disabledRules),
              o = new Map(),
              s = new Map(),
              i = new Map(),
              l = {
                ...e,
                findings: n,
                enabled: (e) => !t.has(e),
                emit(o) {
                  if (t.has(o.rule)) return;
                  let s = 0;
                  s =
                    'number' == typeof o.col
                      ? o.col
                      : 'string' == typeof o.col
                        ? (o.sheet.byKey[o.col]?.index ?? o.sheet.columns[0]?.index ?? 0)
                        : (o.sheet.columns[0]?.index ?? 0);
                  const i = (0, r.a1)(o.r, s),
                    l = o.severity ?? e.config.severity[o.rule] ?? ge.y0[o.rule]?.severity ?? 'error',
                    a = {
                      sheet: o.sheet.name,
                      cell: i,
                      row: o.r + 1,
                      column: (0, r.FN)(s),
                      rule: o.rule,
                      severity: l,
                      message: o.message,
                    };
                  if (
                    (void 0 !== o.householdId && '' !== o.householdId && (a.householdId = o.householdId),
                    void 0 !== o.value && '' !== o.value && (a.value = o.value),
                    void 0 !== o.fixTo)
                  ) {
                    const e = {
                      sheet: o.sheet.name,
                      cell: i,
                      from: o.sheet.grid[o.r]?.[s] ?? '',
                      to: o.fixTo,
                      label: o.fixLabel ?? '修正',
                    };
                    a.fix = e;
                  }
                  n.push(a);
                },
                person(n) {
                  let t = o.get(n.sheet);
                  t || o.set(n.sheet, (t = new Map()));
                  const s = t.get(n.r);
                  if (s) return s;
                  const r = Z(n, 'idNumber'),
                    i = void 0 === r ? null : pe(r, e.ref);
                  let l = i?.birth;
                  const a = i?.gender;
                  if (!l) {
                    const e = b(Z(n, 'birthDate'));
                    e.date && (l = e.date);
                  }
                  const u = { id: i, birth: l, age: l ? k(l, e.ref) : void 0, idGender: a };
                  return (t.set(n.r, u), u);
                },
                status(e) {
                  let n = s.get(e);
                  return (
                    n ||
                      s.set(
                        e,
                        (n = (function (e) {
                          const n = (function (e) {
                              const n = ne(e, 'householdType');
                              return void 0 === n || c(n) ? '' : u(n);
                            })(e),
                            t = d(n),
                            o = d(ne(e, 'monitorCategory')),
                            s = V[o] ?? o,
                            r = t.includes('脱贫户') && !t.includes('监测'),
                            i = '' !== s || t.includes('监测') || t.includes('边缘') || t.includes('突发'),
                            l = S(ne(e, 'riskEliminated')),
                            a = i && !0 !== l,
                            f = d(ne(e, 'exitStatus')),
                            h = re.has(f);
                          return {
                            type: n,
                            exited: r,
                            monitored: i,
                            category: s,
                            riskEliminated: l,
                            riskOpen: a,
                            stillPoor: h,
                            covered: !oe(e, 'householdType') || r || a || h,
                          };
                        })(e)),
                      ),
                    n
                  );
                },
                missingColumn(e, n, o) {
                  const s = `${e.name}\0${n}`,
                    r = i.get(s) ?? { sheet: e, key: n, rules: new Set() };
                  for (const e of o) t.has(e) || r.rules.add(e);
                  i.set(s, r);
                },
                flushMissing: () => {},
              };
            return (
              (l.flushMissing = () => {
                for (const { sheet: e, key: n, rules: t } of i.values()) {
                  if (0 === t.size) continue;
                  const o = (e.headerRows[e.headerRows.length - 1] ?? 1) - 1;
                  l.emit({
                    rule: 'sheet.column-missing',
                    sheet: e,
                    r: o,
                    col: e.columns[0]?.index ?? 0,
                    message: `本表缺少“${T(n)}”列，以下检查已跳过：${[...t].map((e) => ge.y0[e]?.title ?? e).join('、')}。如表中有此列但表头写法不同，请在“设置—列名映射”中添加该表头。`,
                  });
                }
                i.clear();
              }),
              l
            );
          })({ config: l, ref: $, year: y, lines: v, ledger: w, codes: q(l.codeLists) }),
          M = g.filter((e) => 'unknown' !== e.kind);
        for (const e of g)
          'unknown' === e.kind &&
            e.grid.some((e) => e?.some((e) => !c(e))) &&
            I.emit({
              rule: 'sheet.header-not-found',
              sheet: e,
              r: 0,
              col: 0,
              severity: M.length > 0 ? 'info' : void 0,
              message:
                M.length > 0
                  ? `工作表“${e.name}”前15行未找到台账表头，已跳过（不是台账可忽略）。`
                  : `工作表“${e.name}”前15行未找到台账表头（如“证件号码”“户编号”“项目名称”等）。请确认表头在前15行内，或在“设置—列名映射”中添加本表的表头写法。`,
            });
        (Tn.forEach(([e, n], t) => {
          (a(`检查：${e}`, t, Tn.length), n(I));
        }),
          I.flushMissing(),
          a('计算', 0, 1));
        const {
            villages: P,
            total: C,
            incidenceBasis: R,
          } = { villages: [], total: null, incidenceBasis: '' },
          { funds: D, rollup: L } = (function (e) {
            const n = Math.round(100 * e.config.incomeTolerance),
              t = e.ledger.fundSheets;
            if (0 === t.length) return { funds: [], rollup: null };
            const o = t.map((e) => pn(e, n)),
              s = o.flatMap((e) =>
                e.projects.map((n) =>
                  (function (e, n) {
                    const t = n.nums,
                      { percent: o, base: s } = yn(e.sheet, t),
                      r = {};
                    for (const e of wn) void 0 !== t[e.key] && (r[e.id] = t[e.key]);
                    const i = (n) => void 0 !== e.sheet.byKey[n];
                    return {
                      sheet: e.sheet.name,
                      row: n.r + 1,
                      project: n.name,
                      ...(i('projectType') ? { projectType: n.type } : {}),
                      ...(i('location') ? { location: n.location } : {}),
                      unit: e.unit,
                      planned: t.planned ?? null,
                      released: t.released ?? null,
                      disbursed: t.disbursed ?? null,
                      spent: t.spent ?? null,
                      ...(Object.keys(r).length ? { sources: r } : {}),
                      ...(i('beneficiaryHouseholds')
                        ? { beneficiaryHouseholds: t.beneficiaryHouseholds ?? null }
                        : {}),
                      progressPercent: null === o ? null : x(o, 2),
                      progressBase: s,
                    };
                  })(e, n),
                ),
              ),
              r = 1 === new Set(o.map((e) => e.unit)).size ? o[0].unit : '万元',
              i = o.filter((e) => e.unit !== r).map((e) => `“${e.sheet.name}”`),
              l = i.length
                ? `工作表${i.join('、')}的金额单位为元，汇总时已换算为万元（÷10000）；逐项目数据仍为各表原单位。`
                : void 0,
              a = o.every((e) => void 0 !== e.sheet.byKey.released),
              u = Ln('合计'),
              c = new Map();
            for (const e of wn) o.some((n) => n.sheet.byKey[e.key]) && c.set(e.key, Ln(e.label));
            let f = null,
              h = null;
            const m = new Map();
            let p = 0,
              g = 0;
            const y = o.every((e) => !e.sheet.byKey.projectType || e.sheet.byKey.sourceCentral),
              b = o.some((e) => e.sheet.byKey.projectType);
            for (const e of o) {
              const n = (n) => (void 0 === n ? 0 : un(n, e.unit)),
                t = wn.filter((n) => e.sheet.byKey[n.key]);
              for (const o of e.projects) {
                if ((u.projects++, (u.planned += n(o.nums.planned)), Kn(u, o, e.unit, a), t.length > 0)) {
                  const s = t.filter((e) => 0 !== (o.nums[e.key] ?? 0));
                  for (const e of s) {
                    const t = c.get(e.key);
                    (t.projects++, (t.planned += n(o.nums[e.key])));
                  }
                  1 === s.length
                    ? Kn(c.get(s[0].key), o, e.unit, a)
                    : s.length > 1
                      ? (f ?? (f = Ln('多来源项目（执行数未按来源拆分）')), f.projects++, Kn(f, o, e.unit, a))
                      : (h ?? (h = Ln('（未填资金来源）')),
                        h.projects++,
                        (h.planned += n(o.nums.planned)),
                        Kn(h, o, e.unit, a));
                }
                if (e.sheet.byKey.projectType) {
                  const t = o.type.trim() || '（未填项目类型）',
                    s = d(t);
                  let r = m.get(s);
                  (r || m.set(s, (r = { ...Ln(t), order: m.size, group: Fn(s) })),
                    r.projects++,
                    (r.planned += n(o.nums.planned)),
                    Kn(r, o, e.unit, a));
                  const i = n(y ? o.nums.sourceCentral : bn(e.sheet, o));
                  ((g += i), vn.test(s) && (p += i));
                }
              }
            }
            const $ = [...c.values()].map((e) => Hn(e, r));
            (f && $.push(Hn(f, r)), h && $.push(Hn(h, r)));
            const v = [...m.values()]
              .sort((e, n) => e.group - n.group || e.order - n.order)
              .map((e) => Hn(e, r));
            return {
              funds: s,
              rollup: {
                unit: r,
                progressBase: a ? 'released' : 'planned',
                bySource: $,
                byType: v,
                total: Hn(u, r),
                industrySharePercent: b && g > 0 ? x((p / g) * 100, 2) : null,
                industryShareBase: y ? 'central' : 'all',
                ...(l ? { convertedNote: l } : {}),
              },
            };
          })(I),
          K = new Map(e.map((e, n) => [e.name, n])),
          H = (function (e, n) {
            return e
              .map((e, n) => ({ f: e, i: n }))
              .sort(
                (e, t) =>
                  (n.get(e.f.sheet) ?? 0) - (n.get(t.f.sheet) ?? 0) ||
                  e.f.row - t.f.row ||
                  Un(e.f.column) - Un(t.f.column) ||
                  e.i - t.i,
              )
              .map((e) => e.f);
          })(I.findings, K),
          F = { error: 0, warning: 0, info: 0 };
        for (const e of H) F[e.severity]++;
        const O = g.map((e) => ({
          name: e.name,
          kind: e.kind,
          headerRows: e.headerRows,
          dataRows: e.dataRows.length,
          ...('fund' === e.kind ? { unit: e.unit ?? '万元' } : {}),
          columnsFound: Object.keys(e.byKey),
        }));
        return {
          report: {
            tool: En,
            config: {
              ...l,
              year: y,
              referenceDate: `${$.y}-${String($.m).padStart(2, '0')}-${String($.d).padStart(2, '0')}`,
              povertyLine: v.povertyLine,
              monitoringLine: v.monitoringLine,
              linesSource: v.source,
              ...(v.warning ? { linesWarning: v.warning } : {}),
            },
            findings: H,
            sheets: O,
            households: [],
            villages: P,
            total: C,
            incidenceBasis: R,
            funds: D,
            fundRollup: L,
            counts: F,
          },
          config: l,
          parsed: g,
          ctx: I,
        };
      }
      function On(e, n, t = {}) {
        return Yn(e, n, t).report;
      }
      function Un(e) {
        let n = 0;
        for (const t of e) n = 26 * n + (t.charCodeAt(0) - 64);
        return n;
      }
    },
    8466(e, n, t) {
      function o(e) {
        let n = e + 1,
          t = '';
        for (; n > 0;) {
          const e = (n - 1) % 26;
          ((t = String.fromCharCode(65 + e) + t), (n = Math.floor((n - 1) / 26)));
        }
        return t;
      }
      function s(e, n) {
        return o(n) + String(e + 1);
      }
      t.d(n, { FN: () => o, a1: () => s });
    },
    6400(e, n, t) {
      const o = (e) => ({ severity: 'error', title: e }),
        s = (e) => ({ severity: 'warning', title: e }),
        r = (e) => ({ severity: 'info', title: e }),
        i = {
          'sheet.header-not-found': o('未找到台账表头'),
          'sheet.column-missing': s('缺少必要的列'),
          'sheet.totals-row': r('合计/小计行已跳过'),
          'sheet.blank-row': r('数据中的空行已跳过'),
          'sheet.merged-cells': r('数据区有合并单元格'),
          'sheet.formula-cells': r('数据区含公式'),
          'sheet.error-values': o('单元格为错误值'),
          'id.missing': o('证件号码为空'),
          'id.length': o('证件号码位数错误'),
          'id.numeric-precision': o('证件号码以数字存储，末位已丢失'),
          'id.checksum': o('证件号码校验码错误'),
          'id.birthdate': o('证件号码中出生日期无效'),
          'id.region': o('证件号码地区码无效'),
          'id.lowercase-x': r('校验码为小写x'),
          'id.old-15-digit': s('15位旧证件号码'),
          'id.duplicate': o('证件号码重复'),
          'person.gender-mismatch': o('性别与证件号码不符'),
          'person.birthdate-mismatch': o('出生日期与证件号码不符'),
          'person.relation-gender': s('与户主关系与性别矛盾'),
          'household.no-head': o('家庭无户主'),
          'household.multiple-heads': o('家庭有多个户主'),
          'household.multiple-spouses': o('家庭有多个配偶'),
          'household.size-mismatch': o('家庭人口数与成员数不符'),
          'household.inconsistent': o('同户信息不一致'),
          'household.head-mismatch': o('户表户主与成员表不符'),
          'household.no-members': o('户无成员'),
          'household.orphan-member': o('成员无对应户'),
          'field.required': o('必填项为空'),
          'field.code': o('取值不在代码表内'),
          'field.number': o('数值格式错误'),
          'field.date': o('日期格式错误'),
          'field.text-number': r('数字以文本存储'),
          'field.phone': s('电话号码格式错误'),
          'edu.out-of-school': o('义务教育适龄未在校'),
          'edu.grade-age': s('在校年级与年龄不符'),
          'edu.status-conflict': s('文化程度与在校生状况冲突'),
          'medical.uninsured': o('未参加基本医疗保险'),
          'medical.double-insured': s('重复参加基本医疗保险'),
          'housing.unsafe': o('住房不安全'),
          'water.unsafe': o('饮水不安全'),
          'labor.work-months': o('务工时间超出范围'),
          'labor.child-worker': s('未成年人务工'),
          'income.negative': o('收入或支出为负数'),
          'income.net-mismatch': o('纯收入计算不符'),
          'income.per-capita-mismatch': o('人均纯收入计算不符'),
          'income.subtotal-mismatch': o('收入分项合计不符'),
          'income.implausible': s('人均纯收入异常'),
          'income.below-poverty-line': o('脱贫户收入低于贫困线'),
          'income.below-monitoring-line': s('收入低于监测线'),
          'income.business-no-expense': s('有经营收入无经营支出'),
          'income.wage-no-worker': s('工资性收入与务工情况不符'),
          'helper.missing': o('未落实帮扶责任人'),
          'helper.overload': s('帮扶责任人联系户过多'),
          'monitor.category-missing': o('监测对象类别为空'),
          'monitor.date-order': o('风险消除时间早于识别时间'),
          'monitor.no-measures': s('监测对象无帮扶措施'),
          'fund.spent-exceeds-allocated': o('支出超过拨付'),
          'fund.allocated-exceeds-planned': o('拨付超过计划'),
          'fund.subsidy-exceeds-investment': o('补助超过总投资'),
          'fund.sources-mismatch': o('资金来源合计不符'),
          'fund.progress-mismatch': o('支出进度计算不符'),
          'fund.total-mismatch': o('合计/小计不符'),
          'fund.date-order': o('项目日期顺序错误'),
          'fund.publicity-short': s('公示期不足'),
          'fund.no-beneficiaries': s('产业就业项目无带贫户数'),
          'fund.unit-suspect': s('金额与单位不符'),
          'fund.paid-not-accepted': s('已支付未验收'),
          'fund.duplicate-project': s('项目重复'),
          'fund.industry-share': s('产业发展资金占比不足'),
          'fund.continuation-row': r('项目续行已合并'),
          'village.population-missing': s('缺少村人口数'),
          'village.count-mismatch': o('村户数人数与台账不符'),
        };
      t.d(n, ['y0', 0, i]);
    },
  },
]);
