#!/usr/bin/env python3
"""Transcribe the seed disclosure (綦江区经济和信息化委员会 2026 单位预算) into
budgetcheck/1 JSON, faithfully: nothing is corrected.

The only normalisation: whitespace that text extraction put inside amounts is removed
("2, 465. 43" -> "2,465.43"). Blank cells become null.

Usage: transcribe_qijiang.py SEED.txt OUT.json
Python 3 standard library only.
"""

import json
import re
import sys

SEED_DEFAULT = "/work/shared/seeds/000_2b7b38b2db384d80.txt"


def amount(cell):
    """Published amount text -> string with extraction whitespace removed; blank -> None."""
    s = re.sub(r"\s+", "", cell)
    if s == "":
        return None
    if not re.fullmatch(r"-?\d{1,3}(,\d{3})*(\.\d+)?|-?\d+(\.\d+)?", s):
        raise ValueError(f"not an amount: {cell!r}")
    return s


class Seed:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")

    def line(self, n):  # 1-based, as `cat -n` shows
        return self.lines[n - 1]

    def find(self, text, start=1):
        for i in range(start, len(self.lines) + 1):
            if self.line(i).strip() == text:
                return i
        raise KeyError(text)

    def cells(self, n, width):
        parts = self.line(n).split("\t")
        parts += [""] * (width - len(parts))
        return parts


def classified(seed, first, last, columns, width):
    """Rows `first`..`last` (inclusive) of a code x column table; 合计 row -> totals."""
    totals = None
    rows = []
    for n in range(first, last + 1):
        if seed.line(n).strip() == "":
            continue
        c = seed.cells(n, width)
        values = {col: amount(c[2 + i]) for i, col in enumerate(columns)}
        if c[0] == "合计":
            totals = values
            continue
        if not re.fullmatch(r"\d{3}|\d{5}|\d{7}", c[0]):
            raise ValueError(f"line {n}: unexpected code {c[0]!r}")
        rows.append({"code": c[0], "name": c[1], **values})
    return totals, rows


def fiscal_summary(seed):
    top = seed.find("财政拨款收支总表")
    assert seed.line(top + 2) == "单位：万元"
    c = lambda n: seed.cells(n, 7)  # noqa: E731
    n0 = top + 6  # 一、本年收入
    assert c(n0)[0] == "一、本年收入" and c(n0)[2] == "一、本年支出"
    cols = ["total", "general_public", "government_fund", "state_capital"]

    def exp_amounts(cells):
        return {k: amount(cells[3 + i]) for i, k in enumerate(cols)}

    income_lines = {c(n)[0]: c(n)[1] for n in range(n0, n0 + 11) if c(n)[0]}
    rows = []
    for n in range(n0 + 1, n0 + 6):
        rows.append({"name": c(n)[2], **exp_amounts(c(n))})
    assert c(n0 + 6)[2] == "二、结转下年" and c(n0 + 10)[2] == "支出合计"
    return {
        "title": "财政拨款收支总表",
        "amount_unit": "万元",
        "income": {
            "current_total": amount(income_lines["一、本年收入"]),
            "general_public": amount(income_lines["一般公共预算资金"]),
            "government_fund": amount(income_lines["政府性基金预算资金"]),
            "state_capital": amount(income_lines["国有资本经营预算资金"]),
            "carryover_total": amount(income_lines["二、上年结转"]),
            "carryover_general_public": amount(income_lines["一般公共预算拨款"]),
            "carryover_government_fund": amount(income_lines["政府性基金预算拨款"]),
            "carryover_state_capital": amount(income_lines["国有资本经营收入"]),
            "grand_total": amount(income_lines["收入合计"]),
        },
        "expenditure": {
            "columns": cols,
            "current_total": exp_amounts(c(n0)),
            "rows": rows,
            "carry_forward": exp_amounts(c(n0 + 6)),
            "grand_total": exp_amounts(c(n0 + 10)),
        },
    }


def code_table(seed, title, label, columns, width, header_lines):
    top = seed.find(title)
    if label:
        assert seed.line(top - 2) == label, (title, seed.line(top - 2))
    assert seed.line(top + 2) == "单位：万元"
    first = top + 4 + header_lines
    last = first
    while last + 1 <= len(seed.lines) and seed.line(last + 1).strip() != "":
        last += 1
    totals, rows = classified(seed, first, last, columns, width)
    table = {"title": title}
    if label:
        table["label"] = label
    table.update({"amount_unit": "万元", "columns": columns, "totals": totals, "rows": rows})
    # A published note follows the table after one blank line.
    after = seed.line(last + 2) if last + 2 <= len(seed.lines) else ""
    if after.startswith("备注："):
        table["note"] = after[len("备注："):]
    return table


def department_summary(seed):
    top = seed.find("部门收支总表")
    assert seed.line(top - 2) == "表六" and seed.line(top + 2) == "单位：万元"
    first = top + 6
    assert seed.cells(first, 4)[0] == "合计"
    names = {
        "一般公共预算资金": "general_public",
        "政府性基金预算资金": "government_fund",
        "国有资本经营预算资金": "state_capital",
        "财政专户管理资金": "special_account",
        "事业收入资金": "business",
        "上级补助收入资金": "higher_subsidy",
        "附属单位上缴收入资金": "subordinate_remit",
        "事业单位经营收入资金": "business_operation",
        "其他收入资金": "other",
    }
    income = {"sources": []}
    rows = []
    n = first + 1
    while seed.line(n).strip():
        c = seed.cells(n, 4)
        key = names[c[0]]
        income["sources"].append(key)
        income[key] = amount(c[1])
        if c[2]:
            rows.append({"name": c[2], "total": amount(c[3])})
        n += 1
    total_row = seed.cells(first, 4)
    income["total"] = amount(total_row[1])
    return {
        "title": "部门收支总表",
        "label": "表六",
        "amount_unit": "万元",
        "income": income,
        "expenditure": {
            "columns": ["total"],
            "rows": rows,
            "totals": {"total": amount(total_row[3])},
        },
    }


def three_public(seed):
    top = seed.find("一般公共预算“三公”经费支出表")
    assert seed.line(top - 2) == "表四" and seed.line(top + 2) == "单位：万元"
    c = seed.cells(top + 7, 6)
    return {
        "title": "一般公共预算“三公”经费支出表",
        "label": "表四",
        "amount_unit": "万元",
        "total": amount(c[0]),
        "overseas": amount(c[1]),
        "vehicle_total": amount(c[2]),
        "vehicle_purchase": amount(c[3]),
        "vehicle_operation": amount(c[4]),
        "reception": amount(c[5]),
    }


def performance_overall(seed):
    top = seed.find("部门（单位）整体绩效目标表")
    assert seed.line(top + 2) == "单位：万元"
    # Published with its headers only: no name, no figure, no objective, no indicator, no note.
    for n in range(top + 4, top + 7):
        assert all(not x for x in seed.line(n).split("\t")[1:] if x not in (
            "部门支出预算数", "一级指标", "二级指标", "三级指标", "指标权重", "计量单位",
            "指标性质", "指标值", "是否核心指标")), seed.line(n)
    return {
        "title": "部门（单位）整体绩效目标表",
        "amount_unit": "万元",
        "unit_name": "",
        "budget": None,
        "objective": "",
        "indicators": [],
    }


LABELS = {
    "项目名称": "name",
    "业务主管部门": "department",
    "预算执行率 权重": "execution_weight",
    "项目分类": "category",
    "当年预算 （万元）": "budget",
    "本级安排 （万元）": "own_arrangement",
    "上级补助 （万元）": "higher_subsidy",
}
MISSING_HEADER_NOTE = (
    "提取文本中此表缺少表头：“2026年项目支出绩效目标表”标题、编制单位、单位、项目名称（项目编码）、"
    "业务主管部门、预算执行率权重、项目分类、当年预算、本级安排、上级补助和项目概述均未出现，"
    "只有立项依据、当年绩效目标和绩效指标；项目编码、名称和预算无从得知。"
)


def performance_projects(seed):
    start = seed.find("2026年项目支出绩效目标表")
    projects = []
    cur = None
    pending = {}
    for n in range(start, len(seed.lines) + 1):
        raw = seed.line(n)
        if not raw.strip():
            continue
        tokens = [t.strip() for t in raw.split("\t")]
        head = tokens[0]
        if head == "2026年项目支出绩效目标表":
            pending = {}
            continue
        if head.startswith("编制单位："):
            pending["preparer"] = head[len("编制单位："):]
            continue
        if head == "单位：万元":
            pending["amount_unit"] = "万元"
            continue
        if head == "项目名称":  # starts a table; its 编制单位/单位 lines came just before
            cur = {"code": "", "name": "", "department": "", "category": "",
                   "preparer": pending.get("preparer", ""),
                   "amount_unit": pending.get("amount_unit")}
            projects.append(cur)
            pending = {}
        if next((t for t in tokens if t), "") in LABELS:
            # label value label value ...; a label without a value is a blank cell
            toks = [t for t in tokens if t]
            i = 0
            while i < len(toks):
                label = toks[i]
                key = LABELS[label]
                value = None
                if i + 1 < len(toks) and toks[i + 1] not in LABELS:
                    value = toks[i + 1]
                    i += 1
                i += 1
                if key == "name":
                    code, name = value.split("-", 1)
                    cur["code"], cur["name"] = code, name
                elif key == "execution_weight":
                    cur[key] = int(value)
                elif key in ("budget", "own_arrangement", "higher_subsidy"):
                    cur[key] = amount(value) if value is not None else None
                else:
                    cur[key] = value
            continue
        if head == "项目概述":
            cur["summary"] = tokens[1]
            continue
        if head == "立项依据":
            if cur is None or "basis" in cur:
                # A second 立项依据 in one block: the next table lost its header.
                cur = {"code": "", "name": "", "note": MISSING_HEADER_NOTE}
                projects.append(cur)
            cur["basis"] = tokens[1]
            continue
        if head == "当年绩效目标":
            cur["objective"] = tokens[1]
            continue
        if head == "绩效指标":
            cur["indicators"] = []
            continue
        if head == "" and len(tokens) >= 9:
            _, l1, l2, l3, weight, unit, nature, value, core = tokens[:9]
            assert core in ("是", "否"), (n, raw)
            cur["indicators"].append({
                "level1": l1, "level2": l2, "level3": l3,
                "weight": int(weight) if weight.isdigit() else float(weight),
                "unit": unit, "nature": nature, "value": value,
                "core": core == "是",
            })
            continue
        raise ValueError(f"line {n}: unexpected {raw!r}")
    # Key order as in format.md, note last.
    order = ["code", "name", "department", "category", "preparer", "amount_unit",
             "execution_weight", "budget", "own_arrangement", "higher_subsidy", "summary",
             "basis", "objective", "indicators", "note"]
    out = []
    for p in projects:
        if p.get("amount_unit") is None:
            p.pop("amount_unit", None)
        out.append({k: p[k] for k in order if k in p})
    return out


def narrative(seed):
    first = seed.find("一、单位基本情况")
    last = next(n for n in range(first, len(seed.lines) + 1)
                if seed.line(n).startswith("单位预算公开联系人"))
    sections = []
    for n in range(first, last + 1):
        text = seed.line(n).strip()
        if not text:
            continue
        if re.match(r"^[一二三四五六七八九十]+、", text):
            sections.append({"heading": text, "lines": []})
        else:
            sections[-1]["lines"].append(text)
    return [{"heading": s["heading"], "text": "\n".join(s["lines"])} for s in sections]


def sentence_of(sections, start, end=None):
    """The whole sentence(s) from the one containing `start` through the one containing
    `end` (default: the same), delimited by 。 or the paragraph boundary."""
    for s in sections:
        for para in s["text"].split("\n"):
            i = para.find(start)
            if i < 0:
                continue
            b = para.rfind("。", 0, i) + 1
            j = para.find(end, i) if end else i
            assert j >= 0, (start, end)
            e = para.find("。", j + len(end or start))
            e = len(para) if e < 0 else e + 1
            return para[b:e]
    raise KeyError(start)


def claims(sections):
    S = lambda a, b=None: sentence_of(sections, a, b)  # noqa: E731
    dec = lambda a: {"direction": "减少", "amount": a}  # noqa: E731
    inc = lambda a: {"direction": "增加", "amount": a}  # noqa: E731
    same = {"direction": "持平"}
    out = []

    def add(subject, sentence, **kw):
        c = {"subject": subject}
        c.update(kw)
        c["sentence"] = sentence
        for key in ("amount",):
            if key in c:
                assert c[key] in sentence, (subject, c[key], sentence)
        out.append(c)

    inc_first = S("（一）收入预算")
    inc_both = S("（一）收入预算", "收入比 2025 年减少")
    add("income_total", inc_both, amount="2,465.43", change=dec("6,171.12"))
    for key, zh, amt in [
        ("general_public", "一般公共预算拨款", "2,465.43"),
        ("government_fund", "政府性基金预算拨款", "0"),
        ("state_capital", "国有资本经营预算拨款", "0"),
        ("special_account", "财政专户管理资金", "0"),
        ("business", "事业收入", "0"),
        ("business_operation", "事业单位经营收入", "0"),
        ("other", "其他收入", "0"),
    ]:
        assert f"{zh} {amt} 万元" in inc_first, zh
        add("income_source", inc_first, source=key, amount=amt)

    exp_first = S("（二）支出预算")
    exp_change = S("支出预算比 2025 年减少")
    add("expenditure_total", S("（二）支出预算", "支出预算比 2025 年减少"),
        amount="2,465.43", change=dec("6,171.12"))
    for code, zh, amt in [
        ("208", "社会保障和就业支出", "188.69"),
        ("210", "卫生健康支出", "24.21"),
        ("215", "资源勘探工业信息等支出", "2,137.68"),
        ("217", "金融支出", "84"),
        ("221", "住房保障支出", "30.85"),
    ]:
        assert f"{zh} {amt} 万元" in exp_first, zh
        add("expenditure_class", exp_first, code=code, name=zh, amount=amt)
    add("basic_expenditure", exp_change, change=dec("132"))
    add("project_expenditure", exp_change, change=dec("6,039.12"))

    gp = S("2026 年一般公共预算财政拨款收入")
    add("general_public_income", gp, amount="2,465.43", change=dec("6,171.12"))
    add("general_public_expenditure", gp, amount="2,465.43", change=dec("6,171.12"))
    bp = S("基本支出 587.84 万元")
    # Section 三 speaks of 一般公共预算财政拨款支出 only: the fund is stated, so it is a scope.
    add("basic_expenditure", bp, scope="general_public", amount="587.84", change=dec("132"))
    add("project_expenditure", bp, scope="general_public", amount="1,877.59",
        change=dec("6,039.12"))
    add("government_fund_expenditure", S("2026 年无使用政府性基金预算拨款安排的支出"),
        amount="0")

    tp = S("2026 年“三公”经费预算")
    add("three_public_total", tp, amount="17", change=inc("1"))
    parts = S("其中：因公出国（境）费用")
    add("three_public_overseas", parts, amount="0", change=same)
    add("three_public_reception", parts, amount="10", change=same)
    add("three_public_vehicle_operation", parts, amount="7", change=inc("1"))
    add("three_public_vehicle_purchase", parts, amount="0", change=same)

    add("office_operation", S("2026 年一般公共预算财政拨款运行经费"), amount="113.83",
        change=dec("21.47"))

    pr = S("本单位政府采购预算总额")
    for scope in (None, "general_public"):
        kw = {"scope": scope} if scope else {}
        add("procurement_total", pr, amount="0", **kw)
        add("procurement_goods", pr, amount="0", **kw)
        add("procurement_works", pr, amount="0", **kw)
        add("procurement_services", pr, amount="0", **kw)

    add("performance_amount", S("2026 年项目支出均实行了绩效目标管理"), scope="general_public",
        amount="1,877.59")  # "涉及一般公共预算财政拨款 1,877.59 万元"

    v = S("本单位共有车辆")
    add("vehicles_total", v, count=2)
    add("vehicles_general", v, count=2)
    add("vehicles_law_enforcement", v, count=0)
    vp = S("2026 年一般公共预算安排购置车辆")
    add("vehicle_purchases_total", vp, count=0)
    add("vehicle_purchases_general", vp, count=0)
    add("vehicle_purchases_law_enforcement", vp, count=0)
    return out


def main():
    seed_path = sys.argv[1] if len(sys.argv) > 1 else SEED_DEFAULT
    out_path = sys.argv[2] if len(sys.argv) > 2 else "data/qijiang-2026.json"
    seed = Seed(seed_path)
    sections = narrative(seed)
    income_cols = ["total", "general_public", "government_fund", "state_capital",
                   "special_account", "business", "higher_subsidy", "subordinate_remit",
                   "business_operation", "other"]
    tables = {
        "fiscal_summary": fiscal_summary(seed),
        "general_public_expenditure": code_table(
            seed, "一般公共预算财政拨款支出预算表", "表二", ["total", "basic", "project"], 5, 2),
        "general_public_basic": code_table(
            seed, "一般公共预算财政拨款基本支出预算表", "表三", ["total", "personnel", "public"],
            5, 2),
        "three_public": three_public(seed),
        "government_fund_expenditure": code_table(
            seed, "政府性基金预算支出表", None, ["total", "basic", "project"], 5, 2),
        "department_summary": department_summary(seed),
        "department_income": code_table(seed, "部门收入总表", None, income_cols, 12, 2),
        "department_expenditure": code_table(
            seed, "部门支出总表", "表八", ["total", "basic", "project"], 5, 1),
        "procurement": code_table(seed, "政府采购预算明细表", "表九", income_cols, 12, 1),
        "performance_overall": performance_overall(seed),
        "performance_projects": performance_projects(seed),
    }
    doc = {
        "format": "budgetcheck/1",
        "document": {
            "unit_code": "206001",
            "unit_name": "重庆市綦江区经济和信息化委员会（本级）",
            "level": "单位",
            "year": 2026,
            "amount_unit": "万元",
            "decimals": 2,
            "unit_type": "行政",
            "region": "重庆市綦江区",
            "source": "seed file /work/shared/seeds/000_2b7b38b2db384d80.txt: text extracted "
                      "from the published 重庆市綦江区经济和信息化委员会（本级）2026 年单位预算情况说明; "
                      "transcribed by data/tools/transcribe_qijiang.py",
        },
        "narrative": {"sections": sections, "claims": claims(sections)},
        "tables": tables,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
