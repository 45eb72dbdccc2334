#!/usr/bin/env python3
"""Check the seed annotations in this folder (stdlib only).

Verifies: every JSON file parses; actor keys, topic slugs and statement keys are unique; every
body[start:end] == text (Python indexing equals UTF-16 offsets for these BMP-only texts, which is
also checked); actor, topic, affiliation and respondsTo references resolve; kinds, labels and
precisions are valid; confidences are in 0..1; dates are ISO dates (MONTH/YEAR on the period's
first day); statements are in text order. Prints a table of statements per kind per article.
Exit status 1 when anything is wrong.

Usage: python3 check.py [folder]   (default: the folder this script is in)
"""
import datetime
import glob
import json
import os
import re
import sys

ACTOR_KINDS = {"PERSON", "ORGANIZATION", "GOVERNMENT", "COMPANY", "COUNTRY"}
STATEMENT_KINDS = ("DIRECT", "INDIRECT", "REPORTED")
LABELS = {"SUPPORT", "OPPOSE", "NEUTRAL", "MIXED"}
PRECISIONS = {"DAY", "MONTH", "YEAR"}
ARTICLE_FIELDS = {"body", "url", "title", "outlet", "outletUrl", "authors", "publishedOn", "language", "note"}
STATEMENT_FIELDS = {"key", "speaker", "onBehalfOf", "attribution", "kind", "text", "start", "end", "cue",
                    "saidOn", "saidOnPrecision", "stances", "mentions", "respondsTo", "note"}
ARTICLE_RE = re.compile(r"^\d{3}_[0-9a-f]{16}$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        err(os.path.basename(path), f"cannot load JSON: {e}")
        return None


def check_date(where, value, precision=None):
    if not isinstance(value, str):
        err(where, f"date {value!r} is not a string")
        return None
    try:
        d = datetime.date.fromisoformat(value)
    except ValueError:
        err(where, f"date {value!r} is not yyyy-MM-dd")
        return None
    if len(value) != 10:
        err(where, f"date {value!r} is not yyyy-MM-dd")
    if precision == "MONTH" and d.day != 1:
        err(where, f"MONTH date {value} is not the first day of the month")
    if precision == "YEAR" and (d.month, d.day) != (1, 1):
        err(where, f"YEAR date {value} is not January 1")
    return d


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def check_actors(data):
    keys = {}
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        err("actors.json", "expected an object with an 'actors' list")
        return keys
    for i, a in enumerate(data["actors"]):
        where = f"actors.json[{i}]"
        if not isinstance(a, dict):
            err(where, "not an object")
            continue
        key = a.get("key")
        where = f"actors.json {key!r}"
        if not isinstance(key, str) or not key:
            err(where, "missing key")
            continue
        if key in keys:
            err(where, "duplicate key")
        keys[key] = a
        if a.get("kind") not in ACTOR_KINDS:
            err(where, f"bad kind {a.get('kind')!r}")
        if not isinstance(a.get("name"), str) or not a["name"].strip():
            err(where, "missing name")
        aliases = a.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(x, str) and x.strip() for x in aliases):
            err(where, "aliases must be a list of non-empty strings")
        elif len({x.lower() for x in aliases}) != len(aliases):
            err(where, "duplicate alias")
        wd = a.get("wikidataId")
        if wd is not None and not re.fullmatch(r"Q[1-9]\d*", str(wd)):
            err(where, f"bad wikidataId {wd!r}")
    # second pass: affiliations, and uniqueness of names / aliases / Wikidata ids across actors
    seen_names = {}
    seen_wd = {}
    for key, a in keys.items():
        where = f"actors.json {key!r}"
        for n in [a.get("name", "")] + list(a.get("aliases", []) or []):
            norm = re.sub(r"[\W_]+", "", str(n).lower())
            if norm in seen_names and seen_names[norm] != key:
                err(where, f"name/alias {n!r} also names {seen_names[norm]!r} (the loader matches on it)")
            seen_names.setdefault(norm, key)
        wd = a.get("wikidataId")
        if wd:
            if wd in seen_wd:
                err(where, f"wikidataId {wd} also on {seen_wd[wd]!r}")
            seen_wd[wd] = key
        affs = a.get("affiliations", [])
        if not isinstance(affs, list):
            err(where, "affiliations must be a list")
            continue
        for j, af in enumerate(affs):
            w = f"{where} affiliation[{j}]"
            org = af.get("organization") if isinstance(af, dict) else None
            if org not in keys:
                err(w, f"unknown organization {org!r}")
            elif org == key:
                err(w, "actor affiliated with itself")
            start = check_date(w, af["startedOn"]) if af.get("startedOn") is not None else None
            end = check_date(w, af["endedOn"]) if af.get("endedOn") is not None else None
            if start and end and end < start:
                err(w, "endedOn before startedOn")
    return keys


def check_topics(data):
    slugs = set()
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        err("topics.json", "expected an object with a 'topics' list")
        return slugs
    for i, t in enumerate(data["topics"]):
        where = f"topics.json[{i}]"
        slug = t.get("slug") if isinstance(t, dict) else None
        if not isinstance(slug, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
            err(where, f"bad slug {slug!r}")
            continue
        if slug in slugs:
            err(where, f"duplicate slug {slug!r}")
        slugs.add(slug)
        for field in ("name", "description"):
            if not isinstance(t.get(field), str) or not t[field].strip():
                err(where, f"missing {field}")
    return slugs


def check_article(path, actors, topics, all_keys):
    stem = os.path.splitext(os.path.basename(path))[0]
    name = os.path.basename(path)
    data = load_json(path)
    counts = {k: 0 for k in STATEMENT_KINDS}
    if data is None:
        return counts
    art = data.get("article")
    sts = data.get("statements")
    if not isinstance(art, dict) or not isinstance(sts, list):
        err(name, "expected 'article' object and 'statements' list")
        return counts
    for f in set(art) - ARTICLE_FIELDS:
        err(name, f"unknown article field {f!r}")
    if art.get("body") != stem + ".txt":
        err(name, f"article.body should be {stem + '.txt'!r}")
    try:
        with open(os.path.join(os.path.dirname(path), stem + ".txt"), encoding="utf-8") as f:
            body = f.read()
    except OSError as e:
        err(name, f"cannot read body: {e}")
        return counts
    if any(ord(c) > 0xFFFF for c in body):
        err(name, "body has non-BMP characters: Python offsets would differ from UTF-16 offsets")
    for f in ("url", "title", "outlet", "language"):
        if not isinstance(art.get(f), str) or not art[f].strip():
            err(name, f"article.{f} missing")
    if not isinstance(art.get("authors"), list) or not all(isinstance(a, str) for a in art["authors"]):
        err(name, "article.authors must be a list of strings")
    published = check_date(f"{name} article.publishedOn", art.get("publishedOn"))

    keys = {}
    for i, s in enumerate(sts):
        where = f"{name} statements[{i}]"
        if not isinstance(s, dict):
            err(where, "not an object")
            continue
        key = s.get("key")
        where = f"{name} {key!r}"
        if not isinstance(key, str) or not key:
            err(where, "missing key")
            continue
        if key in keys:
            err(where, "duplicate key")
        keys[key] = s
    all_keys[stem] = set(keys)

    prev = None
    for s in sts:
        if not isinstance(s, dict) or not isinstance(s.get("key"), str):
            continue
        where = f"{name} {s['key']!r}"
        for f in set(s) - STATEMENT_FIELDS:
            err(where, f"unknown field {f!r}")
        kind = s.get("kind")
        if kind not in STATEMENT_KINDS:
            err(where, f"bad kind {kind!r}")
        else:
            counts[kind] += 1
        for f in ("speaker", "onBehalfOf"):
            v = s.get(f)
            if v is not None and v not in actors:
                err(where, f"{f} {v!r} is not an actor key")
        if "speaker" not in s:
            err(where, "speaker missing (use null when the text does not say)")
        for f in ("attribution", "cue", "note"):
            v = s.get(f)
            if v is not None and (not isinstance(v, str) or not v.strip()):
                err(where, f"{f} must be a non-empty string or null")
        text, start, end = s.get("text"), s.get("start"), s.get("end")
        if not isinstance(text, str) or not text:
            err(where, "missing text")
        elif not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
            err(where, "start/end must be integers")
        elif not (0 <= start < end <= len(body)):
            err(where, f"offsets {start}..{end} out of range")
        elif body[start:end] != text:
            err(where, f"body[{start}:{end}] = {body[start:end]!r} != text {text!r}")
        else:
            if utf16_len(body[:start]) != start or utf16_len(body[:end]) != end:
                err(where, "Python offsets differ from UTF-16 offsets")
            if text != text.strip():
                err(where, "text has leading/trailing whitespace")
            if kind == "DIRECT" and (text[0] in "\"“”" or text[-1] in "\"“”"):
                err(where, "DIRECT text must not include its quotation marks")
            if prev is not None and (start, end) < prev:
                err(where, "statements are not in text order")
            prev = (start, end)
        said, prec = s.get("saidOn"), s.get("saidOnPrecision")
        if (said is None) != (prec is None):
            err(where, "saidOn and saidOnPrecision go together")
        if prec is not None and prec not in PRECISIONS:
            err(where, f"bad saidOnPrecision {prec!r}")
        if said is not None:
            d = check_date(where, said, prec)
            if d and published and d > published:
                err(where, f"saidOn {said} is after the article's publishedOn")
        stances = s.get("stances")
        if not isinstance(stances, list):
            err(where, "stances must be a list")
        else:
            seen = set()
            for st in stances:
                if not isinstance(st, dict):
                    err(where, "stance is not an object")
                    continue
                if st.get("topic") not in topics:
                    err(where, f"unknown topic {st.get('topic')!r}")
                if st.get("topic") in seen:
                    err(where, f"two stances on {st.get('topic')!r}")
                seen.add(st.get("topic"))
                if st.get("label") not in LABELS:
                    err(where, f"bad label {st.get('label')!r}")
                c = st.get("confidence")
                if c is not None and (isinstance(c, bool) or not isinstance(c, (int, float)) or not 0 <= c <= 1):
                    err(where, f"confidence {c!r} not in 0..1")
        mentions = s.get("mentions", [])
        if not isinstance(mentions, list):
            err(where, "mentions must be a list")
        else:
            for m in mentions:
                if m not in actors:
                    err(where, f"mention {m!r} is not an actor key")
            if len(set(mentions)) != len(mentions):
                err(where, "duplicate mention")
        r = s.get("respondsTo")
        if r is not None:
            if not isinstance(r, str):
                err(where, "respondsTo must be a string")
            elif "#" not in r:
                if r not in keys:
                    err(where, f"respondsTo {r!r} is not a key in this file")
                elif r == s["key"]:
                    err(where, "statement responds to itself")
    return counts


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    actors_data = load_json(os.path.join(folder, "actors.json"))
    topics_data = load_json(os.path.join(folder, "topics.json"))
    actors = check_actors(actors_data) if actors_data is not None else {}
    topics = check_topics(topics_data) if topics_data is not None else set()

    articles = sorted(p for p in glob.glob(os.path.join(folder, "*.json"))
                      if ARTICLE_RE.match(os.path.splitext(os.path.basename(p))[0]))
    for txt in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        if os.path.splitext(txt)[0] + ".json" not in articles:
            err(os.path.basename(txt), "body without an annotation file")

    all_keys = {}
    table = {}
    for p in articles:
        table[os.path.basename(p)] = check_article(p, actors, topics, all_keys)

    # cross-file respondsTo ("<other-file-stem>#<key>")
    for p in articles:
        data = load_json(p) or {}
        for s in data.get("statements", []) or []:
            r = s.get("respondsTo") if isinstance(s, dict) else None
            if isinstance(r, str) and "#" in r:
                stem, _, key = r.partition("#")
                if key not in all_keys.get(stem, set()):
                    err(f"{os.path.basename(p)} {s.get('key')!r}", f"respondsTo {r!r} does not resolve")

    # summary table
    header = ["article", *STATEMENT_KINDS, "total"]
    rows = [[name, *(str(c[k]) for k in STATEMENT_KINDS), str(sum(c.values()))] for name, c in table.items()]
    totals = [sum(c[k] for c in table.values()) for k in STATEMENT_KINDS]
    rows.append(["all", *(str(t) for t in totals), str(sum(totals))])
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    fmt = lambda r: "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))
    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))
    print(f"\n{len(actors)} actors, {len(topics)} topics, {len(articles)} articles")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
