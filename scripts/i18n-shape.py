#!/usr/bin/env python3
"""Checks a translation file against its English template without building:
same entries in the same order, the same ids, keys and `source` lines, the
same number of items in every list (aliases excepted), and no empty text.
Usage: scripts/i18n-shape.py TEMPLATE.toml TRANSLATION.toml
Prints one line per problem; exits 1 if any. Also counts values left
identical to the English (fine for names like INTERPOL, suspicious in
sentences)."""
import sys, tomllib

KEYS = {"id", "key", "source", "from", "kind", "to"}
FREE = {"aliases"}

def walk(en, tr, at, out, same):
    if isinstance(en, dict):
        if not isinstance(tr, dict):
            out.append(f"{at}: should be a table"); return
        for k in en:
            if k not in tr:
                out.append(f"{at}.{k}: missing")
        for k in tr:
            if k not in en:
                out.append(f"{at}.{k}: not in the template")
        for k in en:
            if k in tr:
                if k in KEYS and isinstance(en[k], str):
                    if en[k] != tr[k]:
                        out.append(f"{at}.{k}: must stay {en[k]!r}, is {tr[k]!r}")
                elif k in FREE:
                    if not isinstance(tr[k], list) or not all(isinstance(x, str) and x.strip() for x in tr[k]):
                        out.append(f"{at}.{k}: should be a list of text")
                else:
                    walk(en[k], tr[k], f"{at}.{k}", out, same)
    elif isinstance(en, list):
        if not isinstance(tr, list):
            out.append(f"{at}: should be a list"); return
        if len(en) != len(tr):
            out.append(f"{at}: {len(tr)} items, the template has {len(en)}")
        for i, (a, b) in enumerate(zip(en, tr)):
            label = a.get("id") or a.get("key") or i + 1 if isinstance(a, dict) else i + 1
            walk(a, b, f"{at}[{label}]", out, same)
    elif isinstance(en, str):
        if not isinstance(tr, str) or not tr.strip():
            out.append(f"{at}: should be non-empty text")
        elif tr == en and len(en.split()) > 3:
            same.append(at)

def main():
    en = tomllib.load(open(sys.argv[1], "rb"))
    try:
        tr = tomllib.load(open(sys.argv[2], "rb"))
    except Exception as e:
        print(f"{sys.argv[2]}: not valid TOML: {e}"); sys.exit(1)
    out, same = [], []
    walk(en, tr, "", out, same)
    for o in out:
        print(o)
    for s in same:
        print(f"{s}: still the English sentence")
    print(f"{len(out)} problem(s), {len(same)} sentence(s) left in English")
    sys.exit(1 if out or same else 0)

main()
