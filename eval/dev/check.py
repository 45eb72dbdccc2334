#!/usr/bin/env python3
"""Validate the stancegraph quote-extraction dev set in this folder (stdlib only).

Checks: every JSON file parses; manifest lists existing files; actor keys are unique and have a
valid kind, a name and a list of aliases; each article has the required metadata (ISO date,
language, licence, source) and an existing UTF-8 body; every statement has a unique key, a kind
of DIRECT or INDIRECT, a speaker that is null or a known actor key, integer offsets with
body[start:end] == text, a non-empty text without surrounding whitespace, DIRECT texts that do
not start or end with a quotation mark, INDIRECT texts that do not start with the complementizer "that " (lower case; a
sentence-initial demonstrative "That" is allowed); statements
are in text order (start non-decreasing). Bodies must be BMP-only so that Python string offsets
equal UTF-16 offsets. Prints statement counts per article and per kind.

Usage: python3 check.py [folder]      (default: the folder this script is in)
Exit status 1 when anything is wrong.
"""
import datetime
import json
import os
import sys

ACTOR_KINDS = {"PERSON", "ORGANIZATION", "GOVERNMENT", "COMPANY", "COUNTRY"}
KINDS = ("DIRECT", "INDIRECT")
ARTICLE_REQUIRED = ("body", "url", "title", "outlet", "publishedOn", "language", "license", "source")
STATEMENT_REQUIRED = ("key", "speaker", "attribution", "kind", "text", "start", "end", "cue")
QUOTE_CHARS = "\"“”‘’'"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load_json(folder, name):
    path = os.path.join(folder, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        err(name, f"cannot load JSON: {e}")
        return None


def check_actors(folder, name):
    data = load_json(folder, name)
    keys = set()
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        err(name, "expected an object with an 'actors' list")
        return keys
    for i, a in enumerate(data["actors"]):
        where = f"{name}[{i}]"
        if not isinstance(a, dict):
            err(where, "actor is not an object")
            continue
        key = a.get("key")
        if not isinstance(key, str) or not key:
            err(where, "missing key")
        elif key in keys:
            err(where, f"duplicate actor key {key!r}")
        else:
            keys.add(key)
        if a.get("kind") not in ACTOR_KINDS:
            err(where, f"bad kind {a.get('kind')!r}")
        if not isinstance(a.get("name"), str) or not a["name"].strip():
            err(where, "missing name")
        if not isinstance(a.get("aliases"), list) or not all(isinstance(x, str) for x in a["aliases"]):
            err(where, "aliases must be a list of strings")
    return keys


def check_article(folder, name, actor_keys):
    data = load_json(folder, name)
    if not isinstance(data, dict):
        return None
    art = data.get("article")
    sts = data.get("statements")
    if not isinstance(art, dict) or not isinstance(sts, list):
        err(name, "expected 'article' object and 'statements' list")
        return None
    for field in ARTICLE_REQUIRED:
        if not isinstance(art.get(field), str) or not art[field].strip():
            err(name, f"article.{field} missing or empty")
    try:
        datetime.date.fromisoformat(art.get("publishedOn", ""))
        if len(art.get("publishedOn", "")) != 10:
            raise ValueError
    except (TypeError, ValueError):
        err(name, f"article.publishedOn {art.get('publishedOn')!r} is not yyyy-mm-dd")
    body = None
    body_name = art.get("body")
    if isinstance(body_name, str):
        try:
            with open(os.path.join(folder, body_name), encoding="utf-8") as f:
                body = f.read()
        except (OSError, UnicodeDecodeError) as e:
            err(name, f"cannot read body {body_name!r}: {e}")
    if body is not None:
        if any(ord(c) > 0xFFFF for c in body):
            err(name, "body has characters outside the BMP (offsets would differ in UTF-16)")
        first, _, rest = body.partition("\n")
        if not first.strip() or not rest.startswith("\n"):
            err(name, "body must start with a headline line followed by a blank line")
        if art.get("title") and first.strip() != art["title"].strip():
            err(name, "article.title differs from the body's headline line")
    keys = set()
    counts = {k: 0 for k in KINDS}
    prev_start = -1
    for i, s in enumerate(sts):
        where = f"{name} statement[{i}]"
        if not isinstance(s, dict):
            err(where, "not an object")
            continue
        missing = [f for f in STATEMENT_REQUIRED if f not in s]
        if missing:
            err(where, f"missing fields {missing}")
            continue
        where = f"{name} {s['key']}"
        if s["key"] in keys:
            err(where, "duplicate statement key")
        keys.add(s["key"])
        if s["kind"] not in KINDS:
            err(where, f"bad kind {s['kind']!r}")
        else:
            counts[s["kind"]] += 1
        if s["speaker"] is not None and s["speaker"] not in actor_keys:
            err(where, f"unknown speaker {s['speaker']!r}")
        if s["attribution"] is not None and not isinstance(s["attribution"], str):
            err(where, "attribution must be a string or null")
        if s["cue"] is not None and not isinstance(s["cue"], str):
            err(where, "cue must be a string or null")
        text, start, end = s["text"], s["start"], s["end"]
        if not (isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool)
                and not isinstance(end, bool)):
            err(where, "start/end must be integers")
            continue
        if not isinstance(text, str) or not text:
            err(where, "empty text")
            continue
        if text != text.strip():
            err(where, "text has leading/trailing whitespace")
        if body is not None:
            if not (0 <= start < end <= len(body)):
                err(where, f"offsets {start}..{end} outside body (len {len(body)})")
            elif body[start:end] != text:
                err(where, f"body[{start}:{end}] = {body[start:end]!r} != text {text!r}")
        if s["kind"] == "DIRECT" and (text[0] in QUOTE_CHARS[:3] or text[-1] in "\"“”"):
            err(where, "DIRECT text should exclude the surrounding quotation marks")
        if s["kind"] == "INDIRECT" and text.startswith("that "):
            err(where, "INDIRECT text should not include the leading 'that'")
        if start < prev_start:
            err(where, "statements are not in text order")
        prev_start = max(prev_start, start)
    return counts


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    manifest = load_json(folder, "manifest.json")
    if not isinstance(manifest, dict):
        print("\n".join(errors))
        return 1
    topics = load_json(folder, manifest.get("topics", "topics.json"))
    if not isinstance(topics, dict) or not isinstance(topics.get("topics"), list):
        err("topics.json", "expected an object with a 'topics' list")
    actor_keys = check_actors(folder, manifest.get("actors", "actors.json"))
    totals = {k: 0 for k in KINDS}
    rows = []
    for name in manifest.get("articles", []):
        counts = check_article(folder, name, actor_keys)
        if counts is None:
            continue
        rows.append((name, counts))
        for k in KINDS:
            totals[k] += counts[k]
    print(f"{'article':<12}{'DIRECT':>8}{'INDIRECT':>10}{'total':>8}")
    for name, c in rows:
        print(f"{name:<12}{c['DIRECT']:>8}{c['INDIRECT']:>10}{sum(c.values()):>8}")
    print(f"{'TOTAL':<12}{totals['DIRECT']:>8}{totals['INDIRECT']:>10}{sum(totals.values()):>8}")
    print(f"{len(rows)} articles, {len(actor_keys)} actors")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        print("\n".join(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
