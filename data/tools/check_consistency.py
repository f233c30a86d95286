#!/usr/bin/env python3
"""Independent arithmetic check of a budgetcheck/1 JSON disclosure (stdlib only).

A cross-check for the sample data, not the product: it verifies roll-ups (类=Σ款, 款=Σ项,
合计=Σ类), row identities (合计=基本+项目, 基本=人员+公用, income 合计=Σ sources), balances,
cross-table equalities, "三公" identities, 机关运行经费, narrative claims and the
performance tables. All arithmetic uses decimal.Decimal; blank cells count as 0 in sums.

A sum of n published parts agrees "within rounding" when |total − Σ| ≤ ½·10^-d·(n+1)
(the project's RoundingRule); the same figure published twice must be identical.

Usage: check_consistency.py FILE.json [--strict]
Exit status: 1 if any mismatch (with --strict, also if any difference within rounding).
"""

import json
import re
import sys
from decimal import Decimal

ZERO = Decimal(0)
INCOME_SOURCES = ["general_public", "government_fund", "state_capital", "fiscal_appropriation",
                  "special_account", "business", "higher_subsidy", "subordinate_remit",
                  "business_operation", "other", "prior_carryover"]
# 基本支出 functional 项 ↔ economic 款 links observed in real disclosures (reference/README.md).
FUNC_ECON_LINKS = [
    (["2080505"], ["30108"]),
    (["2080506"], ["30109"]),
    (["2101101", "2101102"], ["30110"]),
    (["2210201"], ["30113"]),
]


def amt(v):
    if v is None:
        return None
    if isinstance(v, Decimal):  # JSON numbers: json.load(parse_float=Decimal, parse_int=Decimal)
        return v
    s = v.replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", s):
        raise ValueError(f"not an amount: {v!r}")
    return Decimal(s)


def z(v):
    return ZERO if v is None else v


def fmt(d):
    return "blank" if d is None else f"{d:,}"


class Checker:
    def __init__(self, doc):
        self.doc = doc
        self.decimals = doc["document"]["decimals"]
        self.half = Decimal(1).scaleb(-self.decimals) / 2
        self.exact = 0
        self.rounding = []
        self.mismatch = []
        self.notes = []
        self.tables = doc.get("tables", {})

    # --- primitive judgements -------------------------------------------------------------
    def sum_check(self, where, total, parts, what):
        """total (a published figure) against the sum of published parts."""
        if total is None and all(p is None for p in parts):
            return
        s = sum((z(p) for p in parts), ZERO)
        diff = z(total) - s
        if diff == 0:
            self.exact += 1
            return
        tol = self.half * (len(parts) + 1)
        msg = f"{where}: {fmt(total)} vs Σ {what} = {s:,} (difference {diff:+,})"
        if abs(diff) <= tol:
            self.rounding.append(msg + f", within rounding ±{tol}")
        else:
            self.mismatch.append(msg)

    def same(self, where, a, b, what):
        """One figure published in two places: identical (blank counts as 0)."""
        if a is None and b is None:
            self.exact += 1
            return
        if z(a) == z(b):
            self.exact += 1
            return
        self.mismatch.append(f"{where}: {fmt(a)} vs {what} {fmt(b)} (difference {z(a) - z(b):+,})")

    def at_most(self, where, part, whole, what):
        if z(part) <= z(whole):
            self.exact += 1
        else:
            self.mismatch.append(f"{where}: {fmt(part)} exceeds {what} {fmt(whole)}")

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def row_amounts(row, columns):
        return {c: amt(row.get(c)) for c in columns}

    def classified(self, key):
        t = self.tables.get(key)
        if not t or "columns" not in t:
            return None
        return t

    def by_code(self, key):
        t = self.classified(key)
        return {r["code"]: r for r in t["rows"] if "code" in r} if t else {}

    def identities(self, where, row, columns, key):
        a = self.row_amounts(row, columns)
        if {"total", "basic", "project"} <= set(columns):
            self.sum_check(where, a["total"], [a["basic"], a["project"]], "基本+项目")
        if {"basic", "personnel", "public"} <= set(columns):
            self.sum_check(where, a["basic"], [a["personnel"], a["public"]], "人员+公用")
        if key == "general_public_basic":
            self.sum_check(where, a["total"], [a["personnel"], a["public"]], "人员+公用")
        if key in ("department_income", "procurement"):
            src = [c for c in columns if c in INCOME_SOURCES]
            self.sum_check(where, a["total"], [a[c] for c in src], "sources")

    # --- table checks -------------------------------------------------------------------------
    def check_classified(self, key):
        t = self.classified(key)
        if not t:
            return
        cols = t["columns"]
        rows = t.get("rows", [])
        name = t.get("title", key)
        codes = [r.get("code") for r in rows if r.get("code")]
        for c in set(codes):
            if codes.count(c) > 1:
                self.mismatch.append(f"{name}: code {c} appears {codes.count(c)} times")
        coded = {r["code"]: r for r in rows if r.get("code")}
        for c in coded:
            if len(c) > 3 and c[:-2] not in coded:
                self.mismatch.append(f"{name}: {c} has no parent row {c[:-2]}")
        # roll-ups
        for code, row in coded.items():
            children = [r for c, r in coded.items() if len(c) == len(code) + 2 and c.startswith(code)]
            if not children:
                continue
            for col in cols:
                self.sum_check(f"{name} · {code} {row['name']} · {col}", amt(row.get(col)),
                               [amt(r.get(col)) for r in children], f"{len(children)} children")
        if t.get("totals") is not None:
            top = [r for r in rows if key == "procurement" or len(r.get("code", "")) == 3]
            for col in cols:
                self.sum_check(f"{name} · 合计 · {col}", amt(t["totals"].get(col)),
                               [amt(r.get(col)) for r in top], "类" if key != "procurement" else "rows")
            self.identities(f"{name} · 合计", t["totals"], cols, key)
        for r in rows:
            self.identities(f"{name} · {r.get('code', '')} {r['name']}", r, cols, key)

    def check_department_summary(self):
        t = self.tables.get("department_summary")
        if not t:
            return
        inc, exp = t["income"], t["expenditure"]
        self.sum_check("部门收支总表 · 收入总计", amt(inc.get("total")),
                       [amt(inc.get(s)) for s in inc["sources"]], "income sources")
        cols = exp["columns"]
        rows = exp.get("rows", [])
        cf = exp.get("carry_forward") or {}
        for col in cols:
            self.sum_check(f"部门收支总表 · 支出总计 · {col}", amt(exp["totals"].get(col)),
                           [amt(r.get(col)) for r in rows] + [amt(cf.get(col))],
                           "类 + 结转下年")
        for r in rows:
            self.identities(f"部门收支总表 · {r['name']}", r, cols, "department_summary")
        self.identities("部门收支总表 · 支出总计", exp["totals"], cols, "department_summary")
        self.same("部门收支总表 · 收入总计 = 支出总计", amt(inc.get("total")),
                  amt(exp["totals"].get("total")), "支出总计")
        # per 类 against 部门支出总表 (by code, else by name)
        dx = self.classified("department_expenditure")
        if dx:
            by_code = {r["code"]: r for r in dx["rows"] if len(r["code"]) == 3}
            by_name = {r["name"]: r for r in by_code.values()}
            for r in rows:
                other = by_code.get(r.get("code")) or by_name.get(r["name"])
                if other is None:
                    self.mismatch.append(f"部门收支总表 · {r['name']}: no such 类 in 部门支出总表")
                    continue
                for col in cols:
                    if col in dx["columns"]:
                        self.same(f"部门收支总表 · {r['name']} · {col}", amt(r.get(col)),
                                  amt(other.get(col)), "部门支出总表")
            for col in cols:
                if col in dx["columns"]:
                    self.same(f"部门收支总表 · 本年支出 · {col}",
                              sum((z(amt(r.get(col))) for r in rows), ZERO),
                              amt(dx["totals"].get(col)), "部门支出总表 合计")
        di = self.classified("department_income")
        if di:
            for s in inc["sources"]:
                if s in di["columns"]:
                    self.same(f"部门收支总表 · 收入 · {s}", amt(inc.get(s)),
                              amt(di["totals"].get(s)), "部门收入总表 合计")
                elif amt(inc.get(s)):
                    self.mismatch.append(f"部门收支总表 · 收入 · {s}: {inc.get(s)} but 部门收入总表 has no such column")

    def check_fiscal_summary(self):
        t = self.tables.get("fiscal_summary")
        if not t:
            return
        i, e = t["income"], t["expenditure"]
        g = lambda k: amt(i.get(k))  # noqa: E731
        self.sum_check("财政拨款收支总表 · 本年收入", g("current_total"),
                       [g("general_public"), g("government_fund"), g("state_capital")], "funds")
        self.sum_check("财政拨款收支总表 · 上年结转", g("carryover_total"),
                       [g("carryover_general_public"), g("carryover_government_fund"),
                        g("carryover_state_capital")], "funds")
        self.sum_check("财政拨款收支总表 · 收入合计", g("grand_total"),
                       [g("current_total"), g("carryover_total")], "本年收入 + 上年结转")
        cols = e["columns"]
        funds = [c for c in cols if c != "total"]
        rows = e.get("rows", [])
        for r in rows + [e.get("current_total") or {}, e.get("grand_total") or {}]:
            self.sum_check(f"财政拨款收支总表 · {r.get('name', '合计行')} · total", amt(r.get("total")),
                           [amt(r.get(f)) for f in funds], "funds")
        cf = e.get("carry_forward") or {}
        for col in cols:
            self.sum_check(f"财政拨款收支总表 · 本年支出 · {col}", amt(e["current_total"].get(col)),
                           [amt(r.get(col)) for r in rows], "类")
            self.sum_check(f"财政拨款收支总表 · 支出合计 · {col}", amt(e["grand_total"].get(col)),
                           [amt(e["current_total"].get(col)), amt(cf.get(col))], "本年支出 + 结转下年")
        self.same("财政拨款收支总表 · 收入合计 = 支出合计", g("grand_total"),
                  amt(e["grand_total"].get("total")), "支出合计")
        for fund, table in [("general_public", "general_public_expenditure"),
                            ("government_fund", "government_fund_expenditure"),
                            ("state_capital", "state_capital_expenditure")]:
            if fund not in cols:
                continue
            self.same(f"财政拨款收支总表 · 收入 {fund} (本年+结转)",
                      z(g(fund)) + z(g("carryover_" + fund)),
                      amt(e["grand_total"].get(fund)), "支出合计")
            tt = self.classified(table)
            if not tt:
                if any(amt(r.get(fund)) for r in rows):
                    self.mismatch.append(f"财政拨款收支总表 · {fund} has figures but {table} is absent")
                continue
            self.same(f"财政拨款收支总表 · 本年支出 · {fund}", amt(e["current_total"].get(fund)),
                      amt(tt["totals"].get("total")) if tt.get("totals") else None, f"{table} 合计")
            classes = {r["code"]: r for r in tt["rows"] if len(r["code"]) == 3}
            names = {r["name"]: r for r in classes.values()}
            for r in rows:
                other = classes.get(r.get("code")) or names.get(r["name"])
                self.same(f"财政拨款收支总表 · {r['name']} · {fund}", amt(r.get(fund)),
                          amt(other.get("total")) if other else None, table)

    def check_cross(self):
        gp = self.classified("general_public_expenditure")
        gb = self.classified("general_public_basic")
        if gp and gb:
            self.same("一般公共预算支出表 基本支出 合计 = 基本支出表 合计",
                      amt(gp["totals"].get("basic")), amt(gb["totals"].get("total")), "基本支出表")
            for col in ("personnel", "public"):
                if col in gp["columns"]:
                    self.same(f"一般公共预算支出表 {col} 合计 = 基本支出表", amt(gp["totals"].get(col)),
                              amt(gb["totals"].get(col)), "基本支出表")
            f, e = self.by_code("general_public_expenditure"), self.by_code("general_public_basic")
            for funcs, econs in FUNC_ECON_LINKS:
                if any(c in f for c in funcs) or any(c in e for c in econs):
                    self.same(f"功能 {'+'.join(funcs)} 基本支出 = 经济 {'+'.join(econs)}",
                              sum((z(amt(f[c].get("basic"))) for c in funcs if c in f), ZERO),
                              sum((z(amt(e[c].get("total"))) for c in econs if c in e), ZERO),
                              "经济分类")
        di, dx = self.classified("department_income"), self.classified("department_expenditure")
        if di and dx:
            ci, cx = self.by_code("department_income"), self.by_code("department_expenditure")
            for code in sorted(set(ci) | set(cx)):
                self.same(f"部门收入总表 {code} total = 部门支出总表", amt(ci.get(code, {}).get("total")),
                          amt(cx.get(code, {}).get("total")), "部门支出总表")
            self.same("部门收入总表 合计 = 部门支出总表 合计", amt(di["totals"].get("total")),
                      amt(dx["totals"].get("total")), "部门支出总表")
        if di:
            # financial-appropriation income per code = the fiscal expenditure tables
            fiscal = {}
            for table in ("general_public_expenditure", "government_fund_expenditure",
                          "state_capital_expenditure"):
                for code, r in self.by_code(table).items():
                    fiscal[code] = z(fiscal.get(code)) + z(amt(r.get("total")))
            ci = self.by_code("department_income")
            for code in sorted(set(ci) | set(fiscal)):
                r = ci.get(code, {})
                got = sum((z(amt(r.get(c))) for c in ("general_public", "government_fund",
                                                       "state_capital", "fiscal_appropriation")), ZERO)
                self.same(f"部门收入总表 {code} 财政拨款 = 财政拨款支出表", got, fiscal.get(code),
                          "一般公共预算+政府性基金+国有资本经营 支出表")
        if gp and dx:
            cx = self.by_code("department_expenditure")
            for code, r in self.by_code("general_public_expenditure").items():
                for col in gp["columns"]:
                    if col in dx["columns"]:
                        self.at_most(f"一般公共预算支出表 {code} {col}", amt(r.get(col)),
                                     amt(cx.get(code, {}).get(col)), "部门支出总表")

    def check_three_public(self):
        t = self.tables.get("three_public")
        if not t:
            return
        g = lambda k: amt(t.get(k))  # noqa: E731
        self.sum_check("三公 · 合计", g("total"), [g("overseas"), g("vehicle_total"), g("reception")],
                       "出国+车+接待")
        self.sum_check("三公 · 公务用车购置及运行费", g("vehicle_total"),
                       [g("vehicle_purchase"), g("vehicle_operation")], "购置+运行")
        econ = self.by_code("general_public_basic")
        for code, key in (("30231", "vehicle_operation"), ("30217", "reception")):
            if code in econ:
                self.at_most(f"基本支出表 {code} ≤ 三公 {key}", amt(econ[code].get("total")), g(key),
                             "三公")
        gb = self.classified("general_public_basic")
        if "office_operation" in t and gb and self.doc["document"].get("unit_type") in ("行政", "参公"):
            self.same("三公表 机关运行经费 = 基本支出表 公用经费 合计", g("office_operation"),
                      amt(gb["totals"].get("public")), "公用经费")

    def check_performance(self):
        projects = self.tables.get("performance_projects", [])
        total = ZERO
        unknown = 0
        for p in projects:
            label = f"绩效目标表 {p.get('code') or '(no code)'} {p.get('name') or ''}".strip()
            w = sum((Decimal(str(i["weight"])) for i in p.get("indicators", []) if "weight" in i),
                    ZERO)
            if "execution_weight" in p:
                w += Decimal(str(p["execution_weight"]))
                self.same(f"{label} · 权重合计", w, Decimal(100), "100")
            else:
                self.notes.append(f"{label}: no 预算执行率权重; indicator weights sum to {w}")
            if "budget" in p and p["budget"] is not None:
                total += amt(p["budget"])
                if "own_arrangement" in p or "higher_subsidy" in p:
                    self.sum_check(f"{label} · 当年预算", amt(p["budget"]),
                                   [amt(p.get("own_arrangement")), amt(p.get("higher_subsidy"))],
                                   "本级安排+上级补助")
            else:
                unknown += 1
        if projects:
            dx = self.classified("department_expenditure") or self.classified("general_public_expenditure")
            proj = amt(dx["totals"].get("project")) if dx else None
            msg = f"Σ 当年预算 of {len(projects)} project tables = {total:,}"
            if unknown:
                msg += f" ({unknown} without a budget)"
            if proj is not None:
                msg += f"; 项目支出 合计 = {proj:,} (gap {proj - total:+,})"
                if unknown == 0:
                    self.same("Σ 项目绩效目标表 当年预算 = 项目支出", total, proj, "项目支出 合计")
            self.notes.append(msg)
        self.perf_total = total if projects and unknown == 0 else None

    def check_claims(self):
        t = self.tables
        ds = t.get("department_summary", {})
        dx = self.classified("department_expenditure") or {}
        fs = t.get("fiscal_summary", {})
        tp = t.get("three_public", {})
        gb = self.classified("general_public_basic") or {}
        pr = self.classified("procurement")

        def tot(key, col="total"):
            tt = self.classified(key)
            if tt is None:
                return "absent"
            return z(amt((tt.get("totals") or {}).get(col)))

        def proc(category=None, scope=None):
            if pr is None:
                return "absent"
            col = scope or "total"
            if scope and scope not in pr["columns"] and "fiscal_appropriation" in pr["columns"]:
                col = "fiscal_appropriation"
            rows = [r for r in pr.get("rows", []) if category is None or r.get("category") == category]
            return sum((z(amt(r.get(col))) for r in rows), ZERO)

        for n, c in enumerate(self.doc.get("narrative", {}).get("claims", [])):
            s = c["subject"]
            where = f"claim {n} {s}" + (f" {c.get('source') or c.get('name') or ''}" if
                                         s in ("income_source", "expenditure_class") else "") \
                + (f" [{c['scope']}]" if c.get("scope") else "")
            a = amt(c.get("amount"))
            ch = c.get("change")
            if ch and c.get("prior") is not None and a is not None:
                sign = {"增加": 1, "减少": -1, "持平": 0}[ch["direction"]]
                self.same(f"{where} · prior + change", amt(c["prior"]) + sign * z(amt(ch.get("amount"))),
                          a, "stated amount")
            if ch and ch.get("percent") is not None and c.get("prior") and ch.get("amount"):
                stated = Decimal(str(ch["percent"]))
                computed = z(amt(ch["amount"])) / amt(c["prior"]) * 100
                half = Decimal(1).scaleb(stated.as_tuple().exponent) / 2
                if abs(computed - stated) <= half:
                    self.exact += 1
                else:
                    self.mismatch.append(f"{where}: stated {stated}% but change/prior = {computed:.4f}%")
            if a is None:
                continue
            targets = []
            if s == "income_total":
                targets = [("部门收支总表 收入总计", amt(ds.get("income", {}).get("total")))]
            elif s == "income_source":
                targets = [("部门收支总表", z(amt(ds.get("income", {}).get(c["source"]))))]
            elif s == "expenditure_total":
                targets = [("部门收支总表 支出总计", amt(ds.get("expenditure", {}).get("totals", {}).get("total"))),
                           ("部门支出总表 合计", tot("department_expenditure"))]
            elif s == "expenditure_class":
                r = self.by_code("department_expenditure").get(c.get("code"))
                targets = [("部门支出总表 " + str(c.get("code")), amt(r.get("total")) if r else None)]
            elif s == "fiscal_income_total":
                targets = [("财政拨款收支总表 收入合计", amt(fs.get("income", {}).get("grand_total")))]
            elif s == "fiscal_expenditure_total":
                targets = [("财政拨款收支总表 支出合计", amt(fs.get("expenditure", {}).get("grand_total", {}).get("total")))]
            elif s == "general_public_income":
                targets = [("财政拨款收支总表 一般公共预算", amt(fs.get("income", {}).get("general_public")))]
            elif s == "general_public_expenditure":
                targets = [("一般公共预算支出表 合计", tot("general_public_expenditure"))]
            elif s == "government_fund_expenditure":
                targets = [("政府性基金预算支出表 合计", tot("government_fund_expenditure"))]
            elif s == "state_capital_expenditure":
                targets = [("国有资本经营预算支出表 合计", tot("state_capital_expenditure"))]
            elif s in ("basic_expenditure", "project_expenditure"):
                col = "basic" if s == "basic_expenditure" else "project"
                if c.get("scope") == "general_public":
                    targets = [(f"一般公共预算支出表 {col}", tot("general_public_expenditure", col))]
                else:
                    targets = [(f"部门支出总表 {col}", z(amt(dx.get("totals", {}).get(col))))]
            elif s.startswith("three_public"):
                key = {"three_public_total": "total", "three_public_overseas": "overseas",
                       "three_public_reception": "reception", "three_public_vehicle": "vehicle_total",
                       "three_public_vehicle_operation": "vehicle_operation",
                       "three_public_vehicle_purchase": "vehicle_purchase"}[s]
                targets = [("三公表 " + key, z(amt(tp.get(key))))]
            elif s == "office_operation":
                if "office_operation" in tp:
                    targets.append(("三公表 机关运行经费", amt(tp["office_operation"])))
                if gb and self.doc["document"].get("unit_type") in ("行政", "参公"):
                    targets.append(("基本支出表 公用经费 合计", amt(gb["totals"].get("public"))))
            elif s.startswith("procurement_"):
                cat = {"procurement_total": None, "procurement_goods": "货物",
                       "procurement_works": "工程", "procurement_services": "服务"}.get(s, "n/a")
                if cat != "n/a":
                    if cat is None and pr is not None and not c.get("scope"):
                        targets = [("政府采购表 合计", z(amt((pr.get("totals") or {}).get("total"))))]
                    else:
                        targets = [(f"政府采购表 {cat or '合计'}", proc(cat, c.get("scope")))]
            elif s == "performance_amount":
                if getattr(self, "perf_total", None) is not None:
                    targets = [("Σ 项目绩效目标表 当年预算", self.perf_total)]
                targets.append(("项目支出 合计", z(amt(dx.get("totals", {}).get("project")))))
            for what, value in targets:
                if value == "absent":
                    self.notes.append(f"{where}: {what.split()[0]} not published")
                    continue
                self.same(where, a, value, what)

    def check_vehicle_counts(self):
        counts = {c["subject"]: Decimal(c["count"]) for c in self.doc.get("narrative", {}).get("claims", [])
                  if "count" in c}
        for total, parts in (("vehicles_total", ("vehicles_general", "vehicles_law_enforcement",
                                                   "vehicles_special", "vehicles_other")),
                             ("vehicle_purchases_total", ("vehicle_purchases_general",
                                                          "vehicle_purchases_law_enforcement"))):
            stated = [counts[p] for p in parts if p in counts]
            if total in counts and stated:
                self.sum_check(f"narrative {total}", counts[total], stated, "stated kinds")
        tp = self.tables.get("three_public")
        if tp and counts.get("vehicle_purchases_total") == 0 and z(amt(tp.get("vehicle_purchase"))):
            self.mismatch.append("narrative: no vehicle purchase, but 三公表 公务用车购置费 "
                                 f"{tp.get('vehicle_purchase')}")

    def run(self):
        for key in ("department_income", "department_expenditure", "general_public_expenditure",
                    "general_public_basic", "government_fund_expenditure",
                    "state_capital_expenditure", "procurement"):
            self.check_classified(key)
        self.check_department_summary()
        self.check_fiscal_summary()
        self.check_cross()
        self.check_three_public()
        self.check_performance()
        self.check_claims()
        self.check_vehicle_counts()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    strict = "--strict" in sys.argv
    if len(args) != 1:
        print(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as f:
        doc = json.load(f, parse_float=Decimal, parse_int=Decimal)
    doc["document"]["decimals"] = int(doc["document"]["decimals"])
    c = Checker(doc)
    c.run()
    for m in c.mismatch:
        print("MISMATCH  " + m)
    for m in c.rounding:
        print("ROUNDING  " + m)
    for m in c.notes:
        print("NOTE      " + m)
    print(f"{args[0]}: {c.exact} checks exact, {len(c.rounding)} within rounding, "
          f"{len(c.mismatch)} mismatches")
    return 1 if c.mismatch or (strict and c.rounding) else 0


if __name__ == "__main__":
    sys.exit(main())
