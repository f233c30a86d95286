#!/usr/bin/env python3
"""The peer a team would otherwise write: a plain Python checker (standard library only)
of the core roll-up and cross-table checks of budgetcheck/1 disclosures, for the
benchmark. It does much less than budgetcheck (no positions, no rounding explanations,
no narrative parsing, no code catalogue, no performance rules beyond weights), so the
comparison flatters the peer.

Checks: 类 = Σ款, 款 = Σ项, 合计 = Σ类 in every code table; 合计 = 基本 + 项目 and
基本 = 人员 + 公用 by row; income 合计 = Σ sources (部门收入总表, 部门收支总表); totals
that must agree across tables; "三公" sums; a few narrative totals; performance weights.
A sum of n parts may be off by ½·10^-d·(n+1) (rounding).

Usage: peer.py FILE|DIR...   Exit 2 if any file is unreadable, else 1 if any fails, else 0.
"""

import json
import os
import sys
from decimal import Decimal

ZERO = Decimal(0)
CODE_TABLES = ["department_income", "department_expenditure", "general_public_expenditure",
               "government_fund_expenditure", "state_capital_expenditure"]
SOURCES = ["general_public", "government_fund", "state_capital", "fiscal_appropriation",
           "special_account", "business", "higher_subsidy", "subordinate_remit",
           "business_operation", "other", "prior_carryover"]


def amount(v):
    if v is None:
        return ZERO
    if isinstance(v, (int, Decimal)):
        return Decimal(v)
    return Decimal(v.replace(",", ""))


class Check:
    def __init__(self, doc):
        self.doc = doc
        self.half = Decimal(1).scaleb(-doc["document"]["decimals"]) / 2
        self.problems = []

    def sum_of(self, where, total, parts):
        diff = amount(total) - sum((amount(p) for p in parts), ZERO)
        if abs(diff) > self.half * (len(parts) + 1):
            self.problems.append(f"{where}: differs by {diff}")

    def same(self, where, a, b):
        if amount(a) != amount(b):
            self.problems.append(f"{where}: {a} != {b}")

    def code_table(self, name, t):
        rows = t.get("rows", [])
        columns = t.get("columns", [])
        by_code = {r["code"]: r for r in rows if r.get("code")}
        for col in columns:
            for code, row in by_code.items():
                if len(code) in (3, 5):
                    kids = [r.get(col) for c, r in by_code.items()
                            if len(c) == len(code) + 2 and c.startswith(code)]
                    if kids:
                        self.sum_of(f"{name} {code} {col}", row.get(col), kids)
            if "totals" in t:
                self.sum_of(f"{name} 合计 {col}", t["totals"].get(col),
                            [r.get(col) for c, r in by_code.items() if len(c) == 3])
        for row in rows + ([t["totals"]] if "totals" in t else []):
            if {"basic", "project"} <= set(columns):
                self.sum_of(f"{name} {row.get('code')} 合计=基本+项目", row.get("total"),
                            [row.get("basic"), row.get("project")])
            if {"personnel", "public", "basic"} <= set(columns):
                self.sum_of(f"{name} {row.get('code')} 基本=人员+公用", row.get("basic"),
                            [row.get("personnel"), row.get("public")])
            if name == "department_income":
                self.sum_of(f"{name} {row.get('code')} 合计=Σ来源", row.get("total"),
                            [row.get(c) for c in columns if c in SOURCES])

    def run(self):
        t = self.doc.get("tables", {})
        for name in CODE_TABLES:
            if name in t:
                self.code_table(name, t[name])
        gpb = t.get("general_public_basic")
        if gpb:
            rows = gpb["rows"]
            classes = [r for r in rows if len(r["code"]) == 3]
            for col in gpb["columns"]:
                self.sum_of(f"general_public_basic 合计 {col}", gpb["totals"].get(col),
                            [r.get(col) for r in classes])
                for cls in classes:
                    self.sum_of(f"general_public_basic {cls['code']} {col}", cls.get(col),
                                [r.get(col) for r in rows
                                 if len(r["code"]) == 5 and r["code"].startswith(cls["code"])])
        ds = t.get("department_summary")
        if ds:
            inc = ds["income"]
            self.sum_of("department_summary 收入总计", inc.get("total"),
                        [inc.get(s) for s in inc.get("sources", [])])
            if "department_income" in t:
                self.same("收入总计 = 部门收入总表合计", inc.get("total"),
                          t["department_income"]["totals"].get("total"))
            if "department_expenditure" in t:
                self.same("支出总计 = 部门支出总表合计", ds["expenditure"]["totals"].get("total"),
                          t["department_expenditure"]["totals"].get("total"))
        fs = t.get("fiscal_summary")
        gpe = t.get("general_public_expenditure")
        if fs and gpe:
            self.same("财政拨款一般公共预算 = 一般公共预算支出表合计",
                      fs["expenditure"]["current_total"].get("general_public"),
                      gpe["totals"].get("total"))
        if gpb and gpe:
            self.same("基本支出 = 经济分类合计", gpe["totals"].get("basic"),
                      gpb["totals"].get("total"))
        tp = t.get("three_public")
        if tp:
            self.sum_of("三公 合计", tp.get("total"),
                        [tp.get("overseas"), tp.get("vehicle_total"), tp.get("reception")])
            self.sum_of("公务用车", tp.get("vehicle_total"),
                        [tp.get("vehicle_purchase"), tp.get("vehicle_operation")])
        published = {
            "expenditure_total": (t.get("department_expenditure") or {}).get("totals", {}).get("total"),
            "income_total": (t.get("department_income") or {}).get("totals", {}).get("total"),
            "three_public_total": (tp or {}).get("total"),
        }
        for claim in self.doc.get("narrative", {}).get("claims", []):
            subject = claim.get("subject")
            if published.get(subject) is not None and "amount" in claim:
                self.same(f"情况说明 {subject}", claim["amount"], published[subject])
        for p in t.get("performance_projects", []):
            weights = sum(i.get("weight", 0) for i in p.get("indicators", []))
            if weights + p.get("execution_weight", 0) != 100:
                self.problems.append(f"绩效 {p.get('code')}: weights add up to {weights}")
        return self.problems


def files_of(args):
    for arg in args:
        if os.path.isdir(arg):
            found = []
            for root, dirs, names in os.walk(arg):
                found += [os.path.join(root, n) for n in names if n.lower().endswith(".json")]
            yield from sorted(found)
        else:
            yield arg


def main():
    passed = failed = unreadable = 0
    for path in files_of(sys.argv[1:]):
        try:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh, parse_float=Decimal)
            problems = Check(doc).run()
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            print(f"{path}: unreadable: {e}")
            unreadable += 1
            continue
        if problems:
            failed += 1
            print(f"{path}: failed")
            for p in problems:
                print(f"  {p}")
        else:
            passed += 1
    print(f"{passed + failed + unreadable} files: {passed} passed, {failed} failed, "
          f"{unreadable} unreadable")
    return 2 if unreadable else 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
