#!/usr/bin/env python3
"""Checks content/<lang>/ui.toml against the English catalogue without
building, by the rules build/ui.rs applies: every key present and none extra,
no empty text, the same {placeholders}, and plural tables with exactly the
categories the language needs (CLDR). Usage: scripts/i18n-ui-check.py LANG
Prints one line per problem; exits 1 if any."""
import re, sys, tomllib

CATS = {"ru": ["one", "few", "many", "other"],
        "ar": ["zero", "one", "two", "few", "many", "other"],
        "zh": ["other"]}
ALL = ["zero", "one", "two", "few", "many", "other"]

def ph(s):
    return sorted(set(re.findall(r"\{([^}]*)\}", s)))

def main():
    lang = sys.argv[1]
    en = tomllib.load(open("content/en/ui.toml", "rb"))
    try:
        tr = tomllib.load(open(f"content/{lang}/ui.toml", "rb"))
    except Exception as e:
        print(f"content/{lang}/ui.toml: not valid TOML: {e}"); sys.exit(1)
    want = CATS.get(lang, ["one", "other"])
    out = []
    def entries(sec, t):
        if sec == "label":
            return {f"{e}.{s}": v for e, tt in t.items() for s, v in tt.items()}
        return t
    for sec, et in en.items():
        if sec not in tr:
            out.append(f"[{sec}] is missing"); continue
        e_ent, t_ent = entries(sec, et), entries(sec, tr[sec])
        for k, ev in e_ent.items():
            at = f"{sec}.{k}"
            if k not in t_ent:
                out.append(f"{at}: is missing"); continue
            tv = t_ent[k]
            if isinstance(ev, str):
                if not isinstance(tv, str) or not tv.strip():
                    out.append(f"{at}: should be non-empty text"); continue
                if ph(ev) != ph(tv):
                    out.append(f"{at}: should use the placeholders {ph(ev)}")
            else:
                if not isinstance(tv, dict):
                    out.append(f"{at}: should be a table of plural forms"); continue
                eph = ph(ev.get("other", ""))
                for c in want:
                    if c not in tv:
                        out.append(f"{at}: lacks the plural form `{c}`")
                for c, s in tv.items():
                    if c not in ALL:
                        out.append(f"{at}: `{c}` is not a plural category")
                    elif any(p not in eph for p in ph(s)):
                        out.append(f"{at}.{c}: uses a placeholder the English lacks")
        for k in t_ent:
            if k not in e_ent:
                out.append(f"{sec}.{k}: is not in the English catalogue")
    for sec in tr:
        if sec not in en:
            out.append(f"[{sec}] is not in the English catalogue")
    for o in out:
        print(f"content/{lang}/ui.toml: {o}")
    print(f"{len(out)} problem(s)")
    sys.exit(1 if out else 0)

main()
