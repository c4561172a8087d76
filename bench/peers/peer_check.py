#!/usr/bin/env python3
"""The script a data-savvy office would write instead of the CLI (the peer of `npm run bench`).

pandas + openpyxl: read the ledger's person sheet, find the header row, then check what the CLI checks first —
ID numbers (GB 11643 check digit, birth date), one 户主 per household, 家庭人口数 against the members counted,
人均纯收入 against 家庭纯收入 / 人数 — and print the counts. Run: python3 peer_check.py <台账.xlsx>
"""
import sys
from datetime import date

import pandas as pd

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
HEADER_WORDS = ("证件号码", "身份证号码", "公民身份号码")


def id_problem(v):
    s = str(v).strip().upper()
    if len(s) != 18 or not s[:17].isdigit():
        return "format"
    if CHECK[sum(int(c) * w for c, w in zip(s[:17], WEIGHTS)) % 11] != s[17]:
        return "checksum"
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return "birth"
    return None


def find(cols, *names):
    for n in names:
        for c in cols:
            if n in str(c):
                return c
    return None


def main(path):
    sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="openpyxl")
    problems = {}
    persons = 0
    for name, raw in sheets.items():
        header = None
        for i in range(min(15, len(raw))):
            if any(any(w in str(x) for w in HEADER_WORDS) for x in raw.iloc[i].tolist()):
                header = i
                break
        if header is None:
            continue
        df = raw.iloc[header + 1 :].copy()
        df.columns = [str(c) for c in raw.iloc[header].tolist()]
        id_col = find(df.columns, *HEADER_WORDS)
        hh_col = find(df.columns, "户编号", "家庭编号")
        rel_col = find(df.columns, "与户主关系")
        size_col = find(df.columns, "家庭人口数", "人数")
        net_col = find(df.columns, "家庭纯收入", "纯收入")
        pc_col = find(df.columns, "人均纯收入")
        df = df[df[id_col].notna()]
        persons += len(df)
        for v in df[id_col]:
            p = id_problem(v)
            if p:
                problems[p] = problems.get(p, 0) + 1
        dup = df[id_col].astype(str).str.strip().duplicated().sum()
        problems["duplicate"] = problems.get("duplicate", 0) + int(dup)
        if hh_col and rel_col:
            g = df.groupby(hh_col)
            heads = g[rel_col].apply(lambda s: (s.astype(str).str.strip() == "户主").sum())
            problems["heads"] = problems.get("heads", 0) + int((heads != 1).sum())
            if size_col:
                counted = g.size()
                stated = pd.to_numeric(g[size_col].first(), errors="coerce")
                problems["size"] = problems.get("size", 0) + int((counted != stated).sum())
                if net_col and pc_col:
                    net = pd.to_numeric(g[net_col].first(), errors="coerce")
                    pc = pd.to_numeric(g[pc_col].first(), errors="coerce")
                    bad = ((net / stated) - pc).abs() > 1
                    problems["per-capita"] = problems.get("per-capita", 0) + int(bad.sum())
    print(f"persons {persons}; " + ", ".join(f"{k} {v}" for k, v in sorted(problems.items())))


if __name__ == "__main__":
    main(sys.argv[1])
