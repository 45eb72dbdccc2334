#!/usr/bin/env python3
"""Validate an annotated evaluation set (stdlib only): offsets, references, kinds, order.
Usage: python3 eval/check.py eval/dev3      (one folder; eval/dev has its own, stricter check.py)"""
import json, os, sys

if len(sys.argv) != 2:
    sys.exit("usage: python3 eval/check.py <folder>")
D = sys.argv[1]
errors = []
def err(m): errors.append(m)
def load(name):
    try:
        with open(os.path.join(D, name), encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:
        err(f"{name}: cannot load JSON: {e}"); return None

man = load("manifest.json") or {}
for k in ("topics", "actors", "articles"):
    if k not in man: err(f"manifest.json: missing '{k}'")
topics = load(man.get("topics", "topics.json")) or {}
if not isinstance(topics.get("topics"), list): err("topics.json: 'topics' must be a list")
actors = (load(man.get("actors", "actors.json")) or {}).get("actors", [])
akeys = set()
for a in actors:
    for k in ("key", "kind", "name", "aliases"):
        if k not in a: err(f"actors.json: actor {a.get('key')} missing '{k}'")
    if a.get("key") in akeys: err(f"actors.json: duplicate key {a.get('key')}")
    akeys.add(a.get("key"))
    if a.get("kind") not in ("PERSON", "ORGANIZATION", "GOVERNMENT", "COMPANY", "COUNTRY"):
        err(f"actors.json: {a.get('key')} bad kind {a.get('kind')}")
    if not isinstance(a.get("aliases"), list): err(f"actors.json: {a.get('key')} aliases not a list")

used = set(); tot = {"DIRECT": 0, "INDIRECT": 0}
for name in man.get("articles", []):
    doc = load(name)
    if doc is None: continue
    art = doc.get("article", {})
    for k in ("body", "url", "title", "outlet", "publishedOn", "language", "license", "source"):
        if k not in art: err(f"{name}: article missing '{k}'")
    pub = art.get("publishedOn") or ""
    if not (len(pub) == 10 and pub[4] == "-" and pub[7] == "-" and pub.replace("-", "").isdigit()):
        err(f"{name}: publishedOn not yyyy-mm-dd: {pub!r}")
    try:
        with open(os.path.join(D, art.get("body", "")), encoding="utf-8") as f: body = f.read()
    except Exception as e:
        err(f"{name}: cannot read body: {e}"); continue
    if "\r" in body: err(f"{name}: body has CR characters")
    cnt = {"DIRECT": 0, "INDIRECT": 0}; keys = set(); prev = -1
    for s in doc.get("statements", []):
        k = s.get("key")
        for f in ("key", "speaker", "attribution", "kind", "text", "start", "end", "cue"):
            if f not in s: err(f"{name}:{k}: missing '{f}'")
        if k in keys: err(f"{name}: duplicate key {k}")
        keys.add(k)
        if s.get("kind") not in cnt: err(f"{name}:{k}: bad kind {s.get('kind')}"); continue
        cnt[s["kind"]] += 1
        sp = s.get("speaker")
        if sp is not None:
            if sp not in akeys: err(f"{name}:{k}: unknown speaker {sp}")
            used.add(sp)
        st, en = s.get("start"), s.get("end")
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(body)):
            err(f"{name}:{k}: bad offsets {st},{en}"); continue
        if body[st:en] != s.get("text"):
            err(f"{name}:{k}: body[{st}:{en}]={body[st:en]!r} != text {s.get('text')!r}")
        if s.get("text") != s.get("text", "").strip(): err(f"{name}:{k}: text has surrounding whitespace")
        if st < prev: err(f"{name}:{k}: statements not in text order")
        prev = st
        if s["kind"] == "DIRECT":
            before = body[:st].rstrip()[-1:]; after = body[en:].lstrip()[:1]
            if before not in '"“' or after not in '"”':
                err(f"{name}:{k}: DIRECT text not enclosed by quotation marks")
        if not s.get("attribution"): err(f"{name}:{k}: empty attribution")
        if not s.get("cue"): err(f"{name}:{k}: empty cue")
    print(f"{name}: DIRECT={cnt['DIRECT']} INDIRECT={cnt['INDIRECT']} total={sum(cnt.values())}")
    for x in cnt: tot[x] += cnt[x]
unused = akeys - used
print(f"TOTAL: DIRECT={tot['DIRECT']} INDIRECT={tot['INDIRECT']} total={sum(tot.values())}; actors={len(akeys)} (not used as speaker: {sorted(unused)})")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
