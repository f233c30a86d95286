#!/usr/bin/env python3
"""Synthetic budget disclosures in the budgetcheck/1 format, for the benchmark.

Each file is a fictional 部门预算 in the Shanghai-style layout of
data/tools/make_shanghai_sample.py (amounts in 元), scaled from the size of the seed up to
a large department: several hundred 功能分类 rows over the three code tables and hundreds
of 项目支出绩效目标表. Only leaf figures are drawn at random; every roll-up, total,
cross-table figure and narrative claim is computed with decimal.Decimal, so a file is
consistent by construction. A chosen fraction of the files then gets exactly one planted
error (a figure changed by far more than rounding), listed in MANIFEST.tsv.

Usage:
  generate.py OUT_DIR [--count N] [--size seed|medium|large|mixed] [--errors FRACTION]
                      [--seed S]
Writes OUT_DIR/NNNNN-<size>.json and OUT_DIR/MANIFEST.tsv (file, size, planted error or
"-"). Deterministic for a given seed. Python 3 standard library only.
"""

import argparse
import csv
import json
import os
import random
import sys
from decimal import Decimal as D

ZERO = D("0")
CENT = D("0.01")
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = os.path.join(HERE, "..", "data", "codes")

# Leaves (项) per file and projects per leaf, by size. "seed" is about the size of the
# Qijiang seed (data/qijiang-2026.json, ~100 KB); "large" a big department.
SIZES = {
    "seed": {"leaves": 16, "projects": (1, 2)},
    "medium": {"leaves": 40, "projects": (1, 3)},
    "large": {"leaves": 160, "projects": (1, 3)},
}

# 基本支出 项 fed by one economic 款 (the links check_consistency.py and BC221 know).
LINKED = {"2080505": "30108", "2080506": "30109", "2101101": "30110", "2210201": "30113",
          "2080501": "30302"}
PERSONNEL_ITEMS = ["30101", "30102", "30103", "30107", "30112"]  # to the admin 项
PUBLIC_ITEMS = ["30201", "30205", "30206", "30207", "30209", "30211", "30213", "30216",
                "30217", "30228", "30229", "30231", "30239", "30299"]

INDICATORS = [
    ("产出指标", "数量指标", "完成任务数量", "项", "≥"),
    ("产出指标", "质量指标", "任务完成合格率", "%", "≥"),
    ("产出指标", "时效指标", "按时完成率", "%", "≥"),
    ("产出指标", "成本指标", "成本控制率", "%", "≤"),
    ("效益指标", "社会效益指标", "服务覆盖率", "%", "≥"),
    ("效益指标", "经济效益指标", "带动相关投入", "万元", "≥"),
    ("效益指标", "可持续影响指标", "长效机制建立", "项", "="),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "%", "≥"),
]

PROJECT_WORDS = ["监督抽检", "信息化运维", "科普宣传", "专项整治", "执法装备购置", "标准化建设",
                 "检验检测", "培训教育", "应急处置", "风险监测", "档案数字化", "质量提升",
                 "安全巡查", "设施维护", "课题研究", "数据治理"]


def f(d):
    """Published form: thousands separators, two decimals."""
    return None if d is None else f"{d:,.2f}"


def read_catalogue(name):
    with open(os.path.join(CODES, name), encoding="utf-8", newline="") as fh:
        return {r["code"]: r["name"] for r in csv.DictReader(fh)}


FUNC = read_catalogue("functional-2026.csv")
ECON = read_catalogue("economic-2026.csv")


def money(rng, low, high):
    """A random amount in 元 with cents."""
    return D(rng.randrange(int(low * 100), int(high * 100))) / 100


def split(rng, total, parts):
    """`total` as `parts` positive amounts (cents) that add up exactly."""
    if parts == 1:
        return [total]
    cents = int(total * 100)
    cuts = sorted(rng.sample(range(1, cents), parts - 1))
    bounds = [0] + cuts + [cents]
    return [D(bounds[i + 1] - bounds[i]) / 100 for i in range(parts)]


def pick_leaves(rng, count):
    """`count` 项 codes: the linked ones, the listed ones, then unlisted 项 under listed 款
    (real departments use codes our small catalogue does not list: BC501 reports them as
    information only). Returns code -> name, and the admin 项 that carries 公用经费."""
    names = {}
    listed = sorted(c for c in FUNC if len(c) == 7)
    chosen = list(LINKED) + ["2013802"]
    others = [c for c in listed if c not in chosen]
    rng.shuffle(others)
    chosen += others[: max(0, count - len(chosen))]
    for c in chosen:
        names[c] = FUNC[c]
    kuan = sorted(c for c in FUNC if len(c) == 5)
    n = 0
    while len(names) < count:
        k = kuan[n % len(kuan)]
        suffix = 90 - n // len(kuan)
        code = f"{k}{suffix:02d}"
        if code not in FUNC:
            names[code] = f"其他{FUNC[k]}支出{suffix}"
        n += 1
    for c in list(names):
        names.setdefault(c[:5], FUNC[c[:5]])
        names.setdefault(c[:3], FUNC[c[:3]])
    return names


def build(rng, size, index):
    spec = SIZES[size]
    unit = f"示例市第{index + 1}号综合管理局"
    names = pick_leaves(rng, spec["leaves"])
    leaves = sorted(c for c in names if len(c) == 7)

    # --- 基本支出 by economic 款, then by functional 项 -------------------------------------
    scale = {"seed": 1, "medium": 3, "large": 10}[size]
    econ = {}
    for code in PERSONNEL_ITEMS + list(LINKED.values()):
        econ[code] = money(rng, 50_000 * scale, 3_000_000 * scale)
    for code in PUBLIC_ITEMS:
        econ[code] = money(rng, 5_000 * scale, 400_000 * scale)
    public = sum((econ[c] for c in PUBLIC_ITEMS), ZERO)
    basic = {c: (ZERO, ZERO) for c in leaves}  # 项 -> (personnel, public)
    for leaf, item in LINKED.items():
        basic[leaf] = (econ[item], ZERO)
    basic["2013802"] = (sum((econ[c] for c in PERSONNEL_ITEMS), ZERO), public)

    # --- projects ---------------------------------------------------------------------------
    projects = []  # (code, name, leaf, fiscal, other)
    for leaf in leaves:
        lo, hi = spec["projects"]
        for _ in range(rng.randint(lo, hi) if leaf not in LINKED else 0):
            n = len(projects) + 1
            word = PROJECT_WORDS[rng.randrange(len(PROJECT_WORDS))]
            fiscal = money(rng, 100_000, 5_000_000 * scale)
            other = money(rng, 10_000, 800_000) if rng.random() < 0.2 else ZERO
            projects.append((f"3100{index:05d}-2026-{n:04d}", f"{names[leaf]}{word}项目{n}",
                             leaf, fiscal, other))

    def leaf_figures(include_other):
        out = {}
        for code in leaves:
            pers, pub = basic[code]
            proj = sum((p[3] + (p[4] if include_other else ZERO) for p in projects
                        if p[2] == code), ZERO)
            out[code] = {"personnel": pers, "public": pub, "basic": pers + pub,
                         "project": proj, "total": pers + pub + proj}
        return out

    def rolled(values, columns):
        sums = {}
        for code, v in values.items():
            for c in (code[:3], code[:5], code):
                acc = sums.setdefault(c, {k: ZERO for k in columns})
                for k in columns:
                    acc[k] += v[k]
        totals = {k: sum((sums[c][k] for c in sums if len(c) == 3), ZERO) for k in columns}
        return sums, totals

    def cells(values, columns):
        return {k: (f(values[k]) if values[k] != 0 else None) for k in columns}

    def code_table(title, columns, values):
        sums, totals = rolled(values, columns)
        t = {"title": title, "amount_unit": "元", "columns": columns,
             "totals": cells(totals, columns),
             "rows": [{"code": c, "name": names[c], **cells(sums[c], columns)}
                      for c in sorted(sums)]}
        return t, sums, totals

    exp_cols = ["total", "basic", "personnel", "public", "project"]
    dept_leaves = leaf_figures(True)
    fiscal_leaves = leaf_figures(False)
    dept_exp, dept_sums, dept_totals = code_table("部门支出预算总表", exp_cols, dept_leaves)
    gp_exp, gp_sums, gp_totals = code_table("一般公共预算支出功能分类预算表", exp_cols,
                                            fiscal_leaves)
    inc_cols = ["total", "fiscal_appropriation", "business", "business_operation", "other"]
    inc_leaves = {}
    for code in leaves:
        other = sum((p[4] for p in projects if p[2] == code), ZERO)
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
    for cls in ("301", "302", "303"):
        items = sorted(c for c in econ if c.startswith(cls))
        kind = "public" if cls == "302" else "personnel"
        s = sum((econ[c] for c in items), ZERO)
        for code, amount in [(cls, s)] + [(c, econ[c]) for c in items]:
            econ_rows.append({"code": code, "name": ECON[code], "total": f(amount),
                              "personnel": f(amount) if kind == "personnel" else None,
                              "public": f(amount) if kind == "public" else None})
        econ_tot["total"] += s
        econ_tot[kind] += s
    assert econ_tot["total"] == gp_totals["basic"] and econ_tot["public"] == gp_totals["public"]

    vehicle_operation = econ["30231"]
    reception = econ["30217"]
    three_total = vehicle_operation + reception

    procurement = []  # (name, category, fiscal, other)
    for p in projects:
        if rng.random() < 0.3:
            share = (p[3] * D(rng.randint(20, 90)) / 100).quantize(CENT)
            procurement.append((f"{p[1]}采购", rng.choice(["货物", "服务", "工程"]), share,
                                ZERO))
    procurement.append(("物业管理服务", "服务", econ["30209"], ZERO))
    proc_total = sum((a + b for _, _, a, b in procurement), ZERO)
    by_cat = {c: sum((a + b for _, k, a, b in procurement if k == c), ZERO)
              for c in ("货物", "工程", "服务")}

    tables = {
        "department_summary": {
            "title": "财务收支预算总表", "amount_unit": "元",
            "income": {
                "sources": ["fiscal_appropriation", "business", "business_operation", "other",
                            "prior_carryover"],
                "fiscal_appropriation": f(fiscal_total), "business": None,
                "business_operation": None, "other": f(other_total) if other_total else None,
                "prior_carryover": None, "total": f(income_total),
            },
            "expenditure": {
                "columns": exp_cols,
                "rows": [{"code": c, "name": names[c], **cells(dept_sums[c], exp_cols)}
                         for c in classes],
                "carry_forward": {k: None for k in exp_cols},
                "totals": cells(dept_totals, exp_cols),
            },
        },
        "department_income": dept_inc,
        "department_expenditure": dept_exp,
        "fiscal_summary": {
            "title": "财政拨款收支预算总表", "amount_unit": "元",
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
                "rows": [{"code": c, "name": names[c], "total": f(gp_sums[c]["total"]),
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
            "totals": {k: f(v) for k, v in econ_tot.items()}, "rows": econ_rows,
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
            "office_operation": f(public),
        },
        "procurement": {
            "title": "政府采购预算表", "amount_unit": "元",
            "columns": ["total", "fiscal_appropriation", "other"],
            "totals": {"total": f(proc_total), "fiscal_appropriation": f(proc_total),
                       "other": None},
            "rows": [{"name": n, "category": c, "total": f(a + b), "fiscal_appropriation": f(a),
                      "other": None} for n, c, a, b in procurement],
        },
        "performance_projects": [],
    }

    perf_total = ZERO
    for code, name, _, fiscal, other in projects:
        perf_total += fiscal + other
        chosen = [INDICATORS[0], INDICATORS[1], INDICATORS[4], INDICATORS[7]]
        chosen += rng.sample([INDICATORS[i] for i in (2, 3, 5, 6)], rng.randint(0, 3))
        weights = [10] * len(chosen)
        for _ in range(90 - 10 * len(chosen)):
            weights[rng.randrange(len(chosen))] += 1
        tables["performance_projects"].append({
            "code": code, "name": name, "department": unit, "category": "一般性项目",
            "amount_unit": "元", "execution_weight": 10, "budget": f(fiscal + other),
            "summary": f"围绕{name}开展相关工作，保障年度任务完成。",
            "basis": "本单位三定方案及年度工作计划",
            "objective": f"按期完成{name}年度任务，提升履职效能。",
            "indicators": [{"level1": a, "level2": b, "level3": c, "weight": w, "unit": u,
                            "nature": n, "value": str(rng.randint(80, 100)) if u == "%" else
                            str(rng.randint(1, 500)), "core": i < 2}
                           for i, ((a, b, c, u, n), w) in enumerate(zip(chosen, weights))],
        })

    # --- narrative --------------------------------------------------------------------------
    claims = []

    def claim(subject, sentence, **kw):
        c = {"subject": subject}
        c.update(kw)
        c["sentence"] = sentence
        claims.append(c)

    prior_income = (income_total * D(rng.randint(85, 98)) / 100).quantize(CENT)
    change = income_total - prior_income
    pct = (change / prior_income * 100).quantize(CENT)
    s_inc = f"2026年，本单位收入预算{f(income_total)}元，其中：财政拨款收入{f(fiscal_total)}元"
    s_inc += f"，其他收入{f(other_total)}元。" if other_total else "。"
    s_inc_change = (f"收入预算比2025年预算{f(prior_income)}元增加{f(change)}元，增长{pct}%，"
                    f"主要是项目支出增加。")
    claim("income_total", s_inc + s_inc_change, amount=f(income_total), prior=f(prior_income),
          change={"direction": "增加", "amount": f(change), "percent": float(pct)})
    claim("income_source", s_inc, source="fiscal_appropriation", amount=f(fiscal_total))
    if other_total:
        claim("income_source", s_inc, source="other", amount=f(other_total))
    parts = "，".join(f"{names[c]}{f(dept_sums[c]['total'])}元" for c in classes)
    s_exp = f"支出预算{f(dept_totals['total'])}元，其中：{parts}。"
    claim("expenditure_total", s_exp, amount=f(dept_totals["total"]))
    for c in classes:
        claim("expenditure_class", s_exp, code=c, name=names[c], amount=f(dept_sums[c]["total"]))
    s_bp = f"按支出性质分，基本支出{f(dept_totals['basic'])}元，项目支出{f(dept_totals['project'])}元。"
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
    s_tp = f"2026年“三公”经费预算{f(three_total)}元。"
    s_tp_parts = (f"其中：因公出国（境）费0.00元；公务接待费{f(reception)}元；"
                  f"公务用车购置及运行费{f(vehicle_operation)}元，其中公务用车购置费0.00元，"
                  f"公务用车运行费{f(vehicle_operation)}元。")
    claim("three_public_total", s_tp, amount=f(three_total))
    claim("three_public_overseas", s_tp_parts, amount="0.00")
    claim("three_public_reception", s_tp_parts, amount=f(reception))
    claim("three_public_vehicle", s_tp_parts, amount=f(vehicle_operation))
    claim("three_public_vehicle_purchase", s_tp_parts, amount="0.00")
    claim("three_public_vehicle_operation", s_tp_parts, amount=f(vehicle_operation))
    s_oo = f"2026年本单位机关运行经费预算{f(public)}元。"
    claim("office_operation", s_oo, amount=f(public))
    s_pr = (f"2026年本单位政府采购预算{f(proc_total)}元，其中：货物类{f(by_cat['货物'])}元，"
            f"工程类{f(by_cat['工程'])}元，服务类{f(by_cat['服务'])}元。")
    claim("procurement_total", s_pr, amount=f(proc_total))
    claim("procurement_goods", s_pr, amount=f(by_cat["货物"]))
    claim("procurement_works", s_pr, amount=f(by_cat["工程"]))
    claim("procurement_services", s_pr, amount=f(by_cat["服务"]))
    s_pf = (f"2026年本单位{len(projects)}个项目全部实行绩效目标管理，"
            f"涉及项目预算资金{f(perf_total)}元。")
    claim("performance_amount", s_pf, amount=f(perf_total))
    general = rng.randint(1, 5)
    enforcement = rng.randint(0, 10)
    s_v = (f"截至2025年12月31日，本单位共有车辆{general + enforcement}辆，其中一般公务用车"
           f"{general}辆、执勤执法用车{enforcement}辆。")
    claim("vehicles_total", s_v, count=general + enforcement)
    claim("vehicles_general", s_v, count=general)
    claim("vehicles_law_enforcement", s_v, count=enforcement)
    s_vp = "2026年本单位无购置车辆预算。"
    claim("vehicle_purchases_total", s_vp, count=0)

    sections = [
        {"heading": "一、主要职能",
         "text": f"{unit}是市政府工作部门。（本文件为 budgetcheck 基准测试生成的虚构数据。）"},
        {"heading": "二、机构设置", "text": "本单位为行政单位，纳入2026年部门预算编制范围的为本级。"},
        {"heading": "三、2026年部门预算编制说明",
         "text": "\n".join([s_inc + s_inc_change, s_exp + s_bp, s_fis + s_gp, s_gf])},
        {"heading": "四、其他相关情况说明",
         "text": "\n".join(["（一）“三公”经费预算情况", s_tp + s_tp_parts,
                            "（二）机关运行经费预算", s_oo, "（三）政府采购预算情况", s_pr,
                            "（四）绩效目标设置情况", s_pf, "（五）国有资产占有使用情况",
                            s_v + s_vp])},
        {"heading": "五、名词解释",
         "text": "财政拨款收入：指市级财政当年拨付的资金。\n"
                 "“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。"},
    ]
    return {
        "format": "budgetcheck/1",
        "document": {"unit_code": f"3100{index:05d}", "unit_name": unit, "level": "部门",
                     "year": 2026, "amount_unit": "元", "decimals": 2, "unit_type": "行政",
                     "region": "示例市",
                     "source": "synthetic benchmark data (bench/generate.py); not a real disclosure"},
        "narrative": {"sections": sections, "claims": claims},
        "tables": tables,
    }


def bump(text, by):
    return f(D(text.replace(",", "")) + by)


def plant(rng, doc):
    """One error far outside rounding; returns what was changed."""
    t = doc["tables"]
    kind = rng.choice(["row", "total", "three_public", "claim", "weight", "summary"])
    if kind == "row":
        rows = [r for r in t["general_public_expenditure"]["rows"] if len(r["code"]) == 7]
        row = rng.choice(rows)
        row["total"] = bump(row["total"], D("100.00"))
        return f"general_public_expenditure {row['code']} total +100.00"
    if kind == "total":
        tot = t["department_expenditure"]["totals"]
        tot["project"] = bump(tot["project"], D("-250.00"))
        return "department_expenditure totals.project -250.00"
    if kind == "three_public":
        t["three_public"]["total"] = bump(t["three_public"]["total"], D("1000.00"))
        return "three_public total +1000.00"
    if kind == "claim":
        c = next(c for c in doc["narrative"]["claims"] if c["subject"] == "expenditure_total")
        c["amount"] = bump(c["amount"], D("10000.00"))
        return "claim expenditure_total +10000.00"
    if kind == "weight":
        p = rng.choice(t["performance_projects"])
        p["indicators"][0]["weight"] += 5
        return f"performance {p['code']} weight +5"
    inc = t["department_summary"]["income"]
    inc["total"] = bump(inc["total"], D("500.00"))
    return "department_summary income.total +500.00"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--size", choices=list(SIZES) + ["mixed"], default="seed")
    ap.add_argument("--errors", type=float, default=0.2, help="fraction with a planted error")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    manifest = []
    for i in range(args.count):
        rng = random.Random(args.seed * 1_000_003 + i)
        size = args.size
        if size == "mixed":  # mostly small units, some departments, a few large ones
            size = rng.choices(["seed", "medium", "large"], weights=[70, 25, 5])[0]
        doc = build(rng, size, i)
        planted = plant(rng, doc) if rng.random() < args.errors else "-"
        name = f"{i:05d}-{size}.json"
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append((name, size, planted))
    with open(os.path.join(args.out, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
