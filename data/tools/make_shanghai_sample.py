#!/usr/bin/env python3
"""Write data/shanghai-sample-2026.json: a FICTIONAL, fully consistent disclosure in a
Shanghai-style layout (amounts in 元, one aggregated 财政拨款收入 column, "三公" table with
机关运行经费, separate 国有资本经营预算支出表).

Only the leaf figures below are chosen by hand; every roll-up, total and cross-table
figure is computed here with decimal.Decimal, so the file is consistent by construction.
check_consistency.py verifies it independently.

Usage: make_shanghai_sample.py [OUT.json]   (Python 3 standard library only)
"""

import json
import sys
from decimal import Decimal as D

UNIT = "上海市示例区市场监督管理局"
ZERO = D("0")


def f(d):
    """Published form: thousands separators, two decimals."""
    return None if d is None else f"{d:,.2f}"


# --- leaf figures (元) ------------------------------------------------------------------------
# 部门预算支出经济分类 (基本支出): code -> (name, amount); 301/303 are 人员经费, 302 公用经费.
ECON = {
    "301": ("工资福利支出", {
        "30101": ("基本工资", D("2856420.00")),
        "30102": ("津贴补贴", D("1932816.00")),
        "30103": ("奖金", D("238035.00")),
        "30107": ("绩效工资", D("1745600.00")),
        "30108": ("机关事业单位基本养老保险缴费", D("1082459.52")),
        "30109": ("职业年金缴费", D("541229.76")),
        "30110": ("职工基本医疗保险缴费", D("649475.71")),
        "30112": ("其他社会保障缴费", D("52108.43")),
        "30113": ("住房公积金", D("812744.00")),
    }),
    "302": ("商品和服务支出", {
        "30201": ("办公费", D("186400.00")),
        "30205": ("水费", D("12600.00")),
        "30206": ("电费", D("96800.00")),
        "30207": ("邮电费", D("58320.00")),
        "30209": ("物业管理费", D("412650.00")),
        "30211": ("差旅费", D("45000.00")),
        "30213": ("维修(护)费", D("38500.00")),
        "30216": ("培训费", D("24000.00")),
        "30217": ("公务接待费", D("8000.00")),
        "30228": ("工会经费", D("134266.40")),
        "30229": ("福利费", D("67133.20")),
        "30231": ("公务用车运行维护费", D("52800.00")),
        "30239": ("其他交通费用", D("296880.00")),
        "30299": ("其他商品和服务支出", D("43760.17")),
    }),
    "303": ("对个人和家庭的补助", {
        "30302": ("退休费", D("326540.00")),
    }),
}
E = {code: amount for _, (_, items) in ECON.items() for code, (_, amount) in items.items()}
PUBLIC = sum(ECON["302"][1][c][1] for c in ECON["302"][1])

# Projects: (code, name, functional 项, fiscal part, other-income part, category info)
PROJECTS = [
    ("310115-2026-SCJG-0001", "食品安全抽检监测", "2013802", D("3200000.00"), ZERO),
    ("310115-2026-SCJG-0002", "市场监管信息化系统运行维护", "2013802", D("950000.00"), D("500000.00")),
    ("310115-2026-SCJG-0003", "食品安全科普宣传", "2060702", D("180000.00"), ZERO),
]

# 支出功能分类 项 -> (name, personnel, public) of 基本支出 (all financed by 财政拨款).
FUNC_NAMES = {
    "201": "一般公共服务支出", "20138": "市场监督管理事务", "2013802": "一般行政管理事务",
    "206": "科学技术支出", "20607": "科学技术普及", "2060702": "科普活动",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}
BASIC = {  # 项 -> (personnel, public)
    "2013802": (E["30101"] + E["30102"] + E["30103"] + E["30107"] + E["30112"], PUBLIC),
    "2080501": (E["30302"], ZERO),
    "2080505": (E["30108"], ZERO),
    "2080506": (E["30109"], ZERO),
    "2101101": (E["30110"], ZERO),
    "2210201": (E["30113"], ZERO),
}

# Prior-year (2025) figures stated in the narrative.
PRIOR = {
    "income_total": D("15982400.00"),
    "three_public": D("62800.00"),
    "vehicle_operation": D("54800.00"),
    "reception": D("8000.00"),
    "office_operation": D("1436520.00"),
}

# Procurement rows: (name, category, fiscal, other)
PROCUREMENT = [
    ("台式计算机", "货物", D("86400.00"), ZERO),
    ("食品安全抽检检验服务", "服务", D("2600000.00"), ZERO),
    ("信息系统运行维护服务", "服务", D("700000.00"), D("500000.00")),
    ("物业管理服务", "服务", D("412650.00"), ZERO),
]


# --- derived figures --------------------------------------------------------------------------
def leaf_figures(include_other):
    """项 -> dict(total, basic, personnel, public, project)."""
    out = {}
    for code in sorted(set(BASIC) | {p[2] for p in PROJECTS}):
        pers, pub = BASIC.get(code, (ZERO, ZERO))
        proj = sum((p[3] + (p[4] if include_other else ZERO) for p in PROJECTS if p[2] == code),
                   ZERO)
        out[code] = {"personnel": pers, "public": pub, "basic": pers + pub, "project": proj,
                     "total": pers + pub + proj}
    return out


def rolled(leaves, columns):
    """All 类/款/项 rows with roll-ups, in code order, plus the 合计 row."""
    sums = {}
    for code, v in leaves.items():
        for c in (code[:3], code[:5], code):
            acc = sums.setdefault(c, {k: ZERO for k in columns})
            for k in columns:
                acc[k] += v[k]
    totals = {k: sum((sums[c][k] for c in sums if len(c) == 3), ZERO) for k in columns}
    return sums, totals


def cells(values, columns):
    # A zero in a column that has no figure for this row is published blank.
    return {k: (f(values[k]) if values[k] != 0 else None) for k in columns}


def code_table(title, columns, leaves, label=None, note=None):
    sums, totals = rolled(leaves, columns)
    t = {"title": title}
    if label:
        t["label"] = label
    t.update({"amount_unit": "元", "columns": columns, "totals": cells(totals, columns),
              "rows": [{"code": c, "name": FUNC_NAMES[c], **cells(sums[c], columns)}
                       for c in sorted(sums)]})
    if note:
        t["note"] = note
    return t, sums, totals


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "data/shanghai-sample-2026.json"
    exp_cols = ["total", "basic", "personnel", "public", "project"]

    dept_leaves = leaf_figures(include_other=True)
    fiscal_leaves = leaf_figures(include_other=False)
    dept_exp, dept_sums, dept_totals = code_table("部门支出预算总表", exp_cols, dept_leaves)
    gp_exp, gp_sums, gp_totals = code_table("一般公共预算支出功能分类预算表", exp_cols,
                                            fiscal_leaves)

    # 部门收入预算总表: 财政拨款收入 (one column) + 事业收入 + 事业单位经营收入 + 其他收入.
    inc_cols = ["total", "fiscal_appropriation", "business", "business_operation", "other"]
    inc_leaves = {}
    for code in dept_leaves:
        other = sum((p[4] for p in PROJECTS if p[2] == code), ZERO)
        inc_leaves[code] = {"total": dept_leaves[code]["total"],
                            "fiscal_appropriation": fiscal_leaves[code]["total"],
                            "business": ZERO, "business_operation": ZERO, "other": other}
    dept_inc, _, inc_totals = code_table("部门收入预算总表", inc_cols, inc_leaves)

    income_total = inc_totals["total"]
    fiscal_total = inc_totals["fiscal_appropriation"]
    other_total = inc_totals["other"]
    classes = sorted(c for c in dept_sums if len(c) == 3)

    # 一般公共预算基本支出经济分类预算表
    econ_rows = []
    econ_tot = {"total": ZERO, "personnel": ZERO, "public": ZERO}
    for cls, (name, items) in ECON.items():
        kind = "public" if cls == "302" else "personnel"
        s = sum((a for _, a in items.values()), ZERO)
        econ_rows.append({"code": cls, "name": name, "total": f(s),
                          "personnel": f(s) if kind == "personnel" else None,
                          "public": f(s) if kind == "public" else None})
        for code, (n, a) in items.items():
            econ_rows.append({"code": code, "name": n, "total": f(a),
                              "personnel": f(a) if kind == "personnel" else None,
                              "public": f(a) if kind == "public" else None})
        econ_tot["total"] += s
        econ_tot[kind] += s
    assert econ_tot["total"] == gp_totals["basic"] and econ_tot["public"] == gp_totals["public"]

    vehicle_operation = E["30231"]
    reception = E["30217"]
    three_total = vehicle_operation + reception

    proc_cols = ["total", "fiscal_appropriation", "other"]
    proc_rows = [{"name": n, "category": cat, "total": f(a + b), "fiscal_appropriation": f(a),
                  "other": f(b) if b else None} for n, cat, a, b in PROCUREMENT]
    proc_total = sum((a + b for _, _, a, b in PROCUREMENT), ZERO)
    proc_fiscal = sum((a for _, _, a, _ in PROCUREMENT), ZERO)
    proc_other = sum((b for _, _, _, b in PROCUREMENT), ZERO)
    goods = sum((a + b for _, c, a, b in PROCUREMENT if c == "货物"), ZERO)
    services = sum((a + b for _, c, a, b in PROCUREMENT if c == "服务"), ZERO)

    tables = {
        "department_summary": {
            "title": "财务收支预算总表",
            "amount_unit": "元",
            "income": {
                "sources": ["fiscal_appropriation", "business", "business_operation", "other",
                            "prior_carryover"],
                "fiscal_appropriation": f(fiscal_total), "business": None,
                "business_operation": None, "other": f(other_total), "prior_carryover": None,
                "total": f(income_total),
            },
            "expenditure": {
                "columns": exp_cols,
                "rows": [{"code": c, "name": FUNC_NAMES[c], **cells(dept_sums[c], exp_cols)}
                         for c in classes],
                "carry_forward": {k: None for k in exp_cols},
                "totals": cells(dept_totals, exp_cols),
            },
        },
        "department_income": dept_inc,
        "department_expenditure": dept_exp,
        "fiscal_summary": {
            "title": "财政拨款收支预算总表",
            "amount_unit": "元",
            "income": {
                "current_total": f(fiscal_total), "general_public": f(fiscal_total),
                "government_fund": None, "state_capital": None, "carryover_total": None,
                "carryover_general_public": None, "carryover_government_fund": None,
                "carryover_state_capital": None, "grand_total": f(fiscal_total),
            },
            "expenditure": {
                "columns": ["total", "general_public", "government_fund", "state_capital"],
                "current_total": {"total": f(fiscal_total), "general_public": f(fiscal_total),
                                  "government_fund": None, "state_capital": None},
                "rows": [{"code": c, "name": FUNC_NAMES[c], "total": f(gp_sums[c]["total"]),
                          "general_public": f(gp_sums[c]["total"]), "government_fund": None,
                          "state_capital": None} for c in classes],
                "carry_forward": {"total": None, "general_public": None,
                                  "government_fund": None, "state_capital": None},
                "grand_total": {"total": f(fiscal_total), "general_public": f(fiscal_total),
                                "government_fund": None, "state_capital": None},
            },
        },
        "general_public_expenditure": gp_exp,
        "general_public_basic": {
            "title": "一般公共预算基本支出经济分类预算表", "amount_unit": "元",
            "columns": ["total", "personnel", "public"],
            "totals": {k: f(v) for k, v in econ_tot.items()},
            "rows": econ_rows,
        },
        "government_fund_expenditure": {
            "title": "政府性基金预算支出功能分类预算表", "amount_unit": "元",
            "columns": ["total", "basic", "project"],
            "totals": {"total": None, "basic": None, "project": None}, "rows": [],
            "note": "注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。",
        },
        "state_capital_expenditure": {
            "title": "国有资本经营预算支出功能分类预算表", "amount_unit": "元",
            "columns": ["total", "basic", "project"],
            "totals": {"total": None, "basic": None, "project": None}, "rows": [],
            "note": "注:本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。",
        },
        "three_public": {
            "title": "一般公共预算“三公”经费和机关运行经费预算表", "amount_unit": "元",
            "total": f(three_total), "overseas": "0.00",
            "vehicle_total": f(vehicle_operation), "vehicle_purchase": "0.00",
            "vehicle_operation": f(vehicle_operation), "reception": f(reception),
            "office_operation": f(PUBLIC),
        },
        "procurement": {
            "title": "政府采购预算表", "amount_unit": "元", "columns": proc_cols,
            "totals": {"total": f(proc_total), "fiscal_appropriation": f(proc_fiscal),
                       "other": f(proc_other)},
            "rows": proc_rows,
        },
        "performance_projects": [],
    }

    perf_specs = {
        "食品安全抽检监测": (
            "按照国家和本市食品安全抽检监测计划，对辖区内生产、流通、餐饮环节食品开展监督抽检和风险监测。",
            "《中华人民共和国食品安全法》及本市年度食品安全抽检监测计划",
            "完成辖区食品安全监督抽检任务，及时核查处置不合格食品，守住不发生区域性、系统性食品安全风险底线。",
            [("产出指标", "数量指标", "食品抽检批次", 30, "批次", "≥", "3200", True),
             ("产出指标", "质量指标", "不合格食品核查处置率", 20, "%", "=", "100", True),
             ("产出指标", "时效指标", "检验报告按时出具率", 10, "%", "≥", "95", False),
             ("效益指标", "社会效益指标", "食品安全抽检合格率", 20, "%", "≥", "97", True),
             ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "%", "≥", "90", False)]),
        "市场监管信息化系统运行维护": (
            "保障市场监管业务系统、网络和机房设备全年稳定运行。",
            "本单位三定方案及信息化建设相关文件",
            "业务系统全年稳定运行，故障及时修复。",
            [("产出指标", "数量指标", "运维系统数量", 30, "个", "=", "12", True),
             ("产出指标", "质量指标", "系统可用率", 30, "%", "≥", "99", True),
             ("效益指标", "社会效益指标", "网上办件按时办结率", 20, "%", "≥", "98", False),
             ("满意度指标", "服务对象满意度指标", "使用人员满意度", 10, "%", "≥", "90", False)]),
        "食品安全科普宣传": (
            "开展食品安全宣传周、进社区、进校园等科普活动。",
            "本市食品安全宣传教育工作要求",
            "提高公众食品安全知识知晓率。",
            [("产出指标", "数量指标", "科普活动场次", 30, "场", "≥", "24", True),
             ("效益指标", "社会效益指标", "食品安全知识知晓率", 40, "%", "≥", "85", True),
             ("满意度指标", "服务对象满意度指标", "参与群众满意度", 20, "%", "≥", "90", False)]),
    }
    perf_total = ZERO
    for code, name, _, fiscal, other in PROJECTS:
        summary, basis, objective, inds = perf_specs[name]
        perf_total += fiscal + other
        assert sum(i[3] for i in inds) + 10 == 100, name
        tables["performance_projects"].append({
            "code": code, "name": name, "department": UNIT, "category": "一般性项目",
            "amount_unit": "元", "execution_weight": 10, "budget": f(fiscal + other),
            "summary": summary, "basis": basis, "objective": objective,
            "indicators": [{"level1": a, "level2": b, "level3": c, "weight": w, "unit": u,
                            "nature": n, "value": v, "core": k}
                           for a, b, c, w, u, n, v, k in inds],
        })

    # --- narrative -------------------------------------------------------------------------------
    claims = []

    def claim(subject, sentence, **kw):
        c = {"subject": subject}
        c.update(kw)
        c["sentence"] = sentence
        claims.append(c)
        return sentence

    change = income_total - PRIOR["income_total"]
    pct = (change / PRIOR["income_total"] * 100).quantize(D("0.01"))
    s_inc = (f"2026年，本单位收入预算{f(income_total)}元，其中：财政拨款收入{f(fiscal_total)}元，"
             f"其他收入{f(other_total)}元。")
    s_inc_change = (f"收入预算比2025年预算{f(PRIOR['income_total'])}元增加{f(change)}元，增长{pct}%，"
                    f"主要是食品安全抽检监测批次增加。")
    claim("income_total", s_inc + s_inc_change, amount=f(income_total),
          prior=f(PRIOR["income_total"]),
          change={"direction": "增加", "amount": f(change), "percent": float(pct)})
    claim("income_source", s_inc, source="fiscal_appropriation", amount=f(fiscal_total))
    claim("income_source", s_inc, source="other", amount=f(other_total))
    parts = "，".join(f"{FUNC_NAMES[c]}{f(dept_sums[c]['total'])}元" for c in classes)
    s_exp = f"支出预算{f(dept_totals['total'])}元，其中：{parts}。"
    claim("expenditure_total", s_exp, amount=f(dept_totals["total"]))
    for c in classes:
        claim("expenditure_class", s_exp, code=c, name=FUNC_NAMES[c],
              amount=f(dept_sums[c]["total"]))
    s_bp = (f"按支出性质分，基本支出{f(dept_totals['basic'])}元，项目支出{f(dept_totals['project'])}元。")
    claim("basic_expenditure", s_bp, amount=f(dept_totals["basic"]))
    claim("project_expenditure", s_bp, amount=f(dept_totals["project"]))
    s_fis = (f"2026年财政拨款收入预算{f(fiscal_total)}元，均为一般公共预算财政拨款，"
             f"财政拨款支出预算{f(fiscal_total)}元。")
    claim("fiscal_income_total", s_fis, amount=f(fiscal_total))
    claim("general_public_income", s_fis, amount=f(fiscal_total))
    claim("fiscal_expenditure_total", s_fis, amount=f(fiscal_total))
    s_gp = f"一般公共预算财政拨款支出预算{f(gp_totals['total'])}元。"
    claim("general_public_expenditure", s_gp, amount=f(gp_totals["total"]))
    s_gf = "本单位2026年无政府性基金预算财政拨款安排的支出，也无国有资本经营预算财政拨款安排的支出。"
    claim("government_fund_expenditure", s_gf, amount="0")
    claim("state_capital_expenditure", s_gf, amount="0")

    tp_change = PRIOR["three_public"] - three_total
    s_tp = (f"2026年“三公”经费预算{f(three_total)}元，比2025年预算减少{f(tp_change)}元。")
    vo_change = PRIOR["vehicle_operation"] - vehicle_operation
    s_tp_parts = (f"其中：因公出国（境）费0.00元，与2025年持平；公务接待费{f(reception)}元，与2025年持平；"
                  f"公务用车购置及运行费{f(vehicle_operation)}元，比2025年预算减少{f(vo_change)}元，"
                  f"其中公务用车购置费0.00元，公务用车运行费{f(vehicle_operation)}元。")
    claim("three_public_total", s_tp, amount=f(three_total), prior=f(PRIOR["three_public"]),
          change={"direction": "减少", "amount": f(tp_change)})
    claim("three_public_overseas", s_tp_parts, amount="0.00", change={"direction": "持平"})
    claim("three_public_reception", s_tp_parts, amount=f(reception), change={"direction": "持平"})
    claim("three_public_vehicle", s_tp_parts, amount=f(vehicle_operation),
          prior=f(PRIOR["vehicle_operation"]), change={"direction": "减少", "amount": f(vo_change)})
    claim("three_public_vehicle_purchase", s_tp_parts, amount="0.00")
    claim("three_public_vehicle_operation", s_tp_parts, amount=f(vehicle_operation))

    oo_change = PUBLIC - PRIOR["office_operation"]
    s_oo = (f"2026年本单位机关运行经费预算{f(PUBLIC)}元，比2025年预算增加{f(oo_change)}元，"
            f"主要是物业管理费增加。")
    claim("office_operation", s_oo, amount=f(PUBLIC), prior=f(PRIOR["office_operation"]),
          change={"direction": "增加", "amount": f(oo_change)})
    s_pr = (f"2026年本单位政府采购预算{f(proc_total)}元，其中：货物类{f(goods)}元，工程类0.00元，"
            f"服务类{f(services)}元。")
    claim("procurement_total", s_pr, amount=f(proc_total))
    claim("procurement_goods", s_pr, amount=f(goods))
    claim("procurement_works", s_pr, amount="0.00")
    claim("procurement_services", s_pr, amount=f(services))
    s_pf = (f"2026年本单位{len(PROJECTS)}个项目全部实行绩效目标管理，涉及项目预算资金{f(perf_total)}元。")
    claim("performance_amount", s_pf, amount=f(perf_total))
    s_v = "截至2025年12月31日，本单位共有车辆3辆，其中一般公务用车1辆、执勤执法用车2辆。"
    claim("vehicles_total", s_v, count=3)
    claim("vehicles_general", s_v, count=1)
    claim("vehicles_law_enforcement", s_v, count=2)
    s_vp = "2026年本单位无购置车辆预算。"
    claim("vehicle_purchases_total", s_vp, count=0)

    sections = [
        {"heading": "一、主要职能",
         "text": "上海市示例区市场监督管理局是区政府工作部门，负责本区市场综合监督管理、"
                 "食品安全监督管理和质量技术监督等工作。（本文件为 budgetcheck 的虚构示例，不是真实公开件。）"},
        {"heading": "二、机构设置",
         "text": "本单位为行政单位，纳入2026年单位预算编制范围的为本级。"},
        {"heading": "三、2026年单位预算编制说明",
         "text": "\n".join([s_inc + s_inc_change, s_exp + s_bp, s_fis + s_gp, s_gf])},
        {"heading": "四、其他相关情况说明",
         "text": "\n".join(["（一）“三公”经费预算情况", s_tp + s_tp_parts,
                            "（二）机关运行经费预算", s_oo,
                            "（三）政府采购预算情况", s_pr,
                            "（四）绩效目标设置情况", s_pf,
                            "（五）国有资产占有使用情况", s_v + s_vp])},
        {"heading": "五、名词解释",
         "text": "\n".join(["财政拨款收入：指区级财政当年拨付的资金。",
                            "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
                            "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
                            "“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
                            "机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"])},
    ]
    for c in claims:
        assert any(c["sentence"] in s["text"] for s in sections), c["subject"]

    doc = {
        "format": "budgetcheck/1",
        "document": {
            "unit_code": "310115001",
            "unit_name": UNIT,
            "level": "单位",
            "year": 2026,
            "amount_unit": "元",
            "decimals": 2,
            "unit_type": "行政",
            "region": "上海市示例区",
            "source": "fictional sample in a Shanghai-style layout, written for budgetcheck by "
                      "data/tools/make_shanghai_sample.py; not a real disclosure",
        },
        "narrative": {"sections": sections, "claims": claims},
        "tables": tables,
    }
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
