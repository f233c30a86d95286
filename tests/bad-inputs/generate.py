#!/usr/bin/env python3
"""Writes the committed hostile-input files of tests/bad-inputs/ from the clean base
document (tests/cli/data/clean.json). Rerun after changing a case; cases.json (the manifest
the test reads) is edited by hand because it holds the decided behaviour."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
BASE = json.loads((HERE.parent / "cli" / "data" / "clean.json").read_text(encoding="utf-8"))


def doc(mutate=None):
    d = json.loads(json.dumps(BASE))
    if mutate:
        mutate(d)
    return d


def text(d):
    return json.dumps(d, ensure_ascii=False, indent=1)


def with_rows(rows, columns=("total", "basic", "project")):
    def m(d):
        t = d["tables"]["general_public_expenditure"]
        t["columns"] = list(columns)
        t["rows"] = rows
    return m


def amount(value):
    """The three_public total replaced by `value`, written verbatim as JSON text."""
    return text(doc()).replace('"total": "10.00"', '"total": ' + value, 1)


CLEAN = text(doc())
files = {}

# --- encoding and syntax
files["empty.json"] = b""
files["whitespace-only.json"] = b" \n\t\r\n  \n"
files["utf8-bom.json"] = b"\xef\xbb\xbf" + CLEAN.encode()
files["utf16le-bom.json"] = CLEAN.encode("utf-16")  # Python writes a BOM
files["utf16be-no-bom.json"] = CLEAN.encode("utf-16-be")
files["utf32le-bom.json"] = CLEAN.encode("utf-32")
files["invalid-utf8-in-name.json"] = CLEAN.replace("测试单位", "测试\udcff单位").encode(
    "utf-8", "surrogateescape")
files["invalid-utf8-in-key.json"] = CLEAN.replace('"unit_name"', '"unit_\udcc3(name"').encode(
    "utf-8", "surrogateescape")
files["overlong-utf8.json"] = CLEAN.replace("测试单位", "a\udcc0\udcafb").encode(
    "utf-8", "surrogateescape")
files["utf8-encoded-surrogate.json"] = CLEAN.replace("测试单位", "\udced\udca0\udc80").encode(
    "utf-8", "surrogateescape")
files["truncated.json"] = CLEAN.encode()[: len(CLEAN.encode()) // 2]
files["truncated-in-string.json"] = CLEAN.encode()[: CLEAN.encode().index("测试".encode()) + 3]
files["trailing-garbage.json"] = (CLEAN + "\nxyz\n").encode()
files["two-documents.json"] = (CLEAN + "\n" + CLEAN).encode()
files["nul-byte-in-string.json"] = CLEAN.replace("测试单位", "测试\x00单位").encode()
files["lone-surrogate-escape.json"] = CLEAN.replace("测试单位", "\\ud800x").encode()
files["comment.json"] = ("// 部门预算\n" + CLEAN).encode()
files["single-quotes.json"] = CLEAN.replace('"测试单位"', "'测试单位'").encode()
files["trailing-comma.json"] = CLEAN.replace('"decimals": 2', '"decimals": 2,').encode()
files["crlf-line-endings.json"] = CLEAN.replace("\n", "\r\n").encode()
files["top-level-array.json"] = ("[" + CLEAN + "]").encode()
files["top-level-string.json"] = b'"budgetcheck/1"\n'
files["nesting-300-deep.json"] = (
    CLEAN[:-2] + ', "narrative": ' + "[" * 300 + "]" * 300 + "\n}").encode()

# --- numbers and amounts
files["number-1e400.json"] = amount("1e400").encode()
files["number-1e400-string.json"] = amount('"1e400"').encode()
files["minus-zero.json"] = CLEAN.replace('"vehicle_purchase": "0.00"', '"vehicle_purchase": "-0.00"').encode()
files["minus-zero-number.json"] = CLEAN.replace('"vehicle_purchase": "0.00"', '"vehicle_purchase": -0').encode()
files["nan-string.json"] = amount('"NaN"').encode()
files["infinity-string.json"] = amount('"Infinity"').encode()
files["nan-literal.json"] = amount("NaN").encode()
files["amount-20-digits.json"] = amount('"12345678901234567890.00"').encode()
files["amount-20-digits-number.json"] = amount("12345678901234567890").encode()
files["more-decimals-than-declared.json"] = amount('"10.001"').encode()
files["thousands-separator-misplaced.json"] = amount('"1,00.00"').encode()
files["thousands-separator-indian.json"] = amount('"1,00,000.00"').encode()
files["full-width-digits.json"] = amount('"２４６５.４３"').encode()
files["amount-with-spaces.json"] = amount('" 10.00"').encode()
files["amount-hex.json"] = amount('"0x10"').encode()
files["amount-boolean.json"] = amount("true").encode()
files["amount-empty-string.json"] = amount('""').encode()
files["amount-percent-sign.json"] = amount('"10.00%"').encode()
files["negative-three-public.json"] = text(doc(lambda d: d["tables"]["three_public"].update(
    {"total": "-10.00", "overseas": "-1.00", "vehicle_total": "-5.00",
     "vehicle_operation": "-5.00", "reception": "-4.00"}))).encode()
files["year-huge-integer.json"] = CLEAN.replace('"year": 2026', '"year": 1' + "0" * 30).encode()
files["year-as-string.json"] = CLEAN.replace('"year": 2026', '"year": "2026"').encode()
files["decimals-out-of-range.json"] = CLEAN.replace('"decimals": 2', '"decimals": 9').encode()

# --- structure
files["duplicate-json-key.json"] = CLEAN.replace('"year": 2026', '"year": 2026, "year": 2025').encode()
files["duplicate-code.json"] = text(doc(with_rows([
    {"code": "208", "name": "社会保障和就业支出", "total": "1.00", "basic": "1.00", "project": None},
    {"code": "208", "name": "社会保障和就业支出", "total": "1.00", "basic": "1.00", "project": None},
]))).encode()
files["code-with-letters.json"] = text(doc(with_rows([
    {"code": "2O8", "name": "社会保障和就业支出", "total": "1.00", "basic": "1.00", "project": None},
]))).encode()
files["code-wrong-length.json"] = text(doc(with_rows([
    {"code": "2080", "name": "社会保障和就业支出", "total": "1.00", "basic": "1.00", "project": None},
]))).encode()
files["code-as-number.json"] = text(doc(with_rows([
    {"code": 208, "name": "社会保障和就业支出", "total": "1.00", "basic": "1.00", "project": None},
]))).encode()
files["xiang-without-lei.json"] = text(doc(with_rows([
    {"code": "2080501", "name": "行政单位离退休", "total": "1.00", "basic": "1.00", "project": None},
]))).encode()
files["table-wrong-type.json"] = text(doc(lambda d: d["tables"].update(
    {"three_public": [1, 2, 3]}))).encode()
files["column-not-allowed.json"] = text(doc(lambda d: d["tables"]["general_public_basic"].update(
    {"columns": ["total", "project"]}))).encode()
files["unknown-table.json"] = text(doc(lambda d: d["tables"].update(
    {"general_public_expenditures": {}}))).encode()
files["missing-format.json"] = text(doc(lambda d: d.pop("format"))).encode()
files["wrong-format-version.json"] = text(doc(lambda d: d.update(
    {"format": "budgetcheck/2"}))).encode()
files["long-unknown-key.json"] = text(doc(lambda d: d["document"].update(
    {"x" * 10000: 1}))).encode()

for name, content in files.items():
    (HERE / name).write_bytes(content)
print(len(files), "files")
