"""Shared by the build_annotations.py scripts of dev3, test3 and test4: each holds its set's annotations as a
table, and this turns the table into the seed format, computing every offset from the text (stdlib only).

A statement spec is (speaker, attribution, kind, text, cue[, opts]); opts may give ctx (a unique substring of
the body that contains text; default: text itself must be unique), note and onBehalfOf. Keys s1, s2, ... are
given after sorting by offset."""
import json, os

LIC = "public domain (US government work)"
VOA = "Voice of America"


def actor(key, kind, name, *aliases):
    return {"key": key, "kind": kind, "name": name, "aliases": list(aliases)}


def build(folder, articles, statements, actors):
    """Writes NNN.json for every article, and manifest.json, topics.json and actors.json, into folder."""
    man = []; seen = set()
    for n in sorted(articles):
        body = open(os.path.join(folder, n + ".txt"), encoding="utf-8").read()
        assert all(ord(c) < 0x10000 for c in body), n
        sts = []
        for i, spec in enumerate(statements[n], 1):
            sp, attr, kind, text, cue = spec[:5]
            o = spec[5] if len(spec) > 5 else {}
            ctx = o.get("ctx", text)
            c = body.count(ctx)
            assert c == 1, (n, i, ctx, c)
            st = body.index(ctx) + ctx.index(text); en = st + len(text)
            assert body[st:en] == text
            assert (n, st, en, kind) not in seen, (n, text); seen.add((n, st, en, kind))
            d = {"speaker": sp}
            if o.get("onBehalfOf"): d["onBehalfOf"] = o["onBehalfOf"]
            d.update({"attribution": attr, "kind": kind, "text": text, "start": st, "end": en, "cue": cue, "stances": []})
            if o.get("note"): d["note"] = o["note"]
            sts.append(d)
        sts.sort(key=lambda d: (d["start"], -d["end"]))
        sts = [dict([("key", f"s{k}")] + list(d.items())) for k, d in enumerate(sts, 1)]
        a = articles[n]
        doc = {"article": {"body": n + ".txt", "url": a["url"], "title": a["title"], "outlet": a.get("outlet", VOA),
                           "publishedOn": a["publishedOn"], "language": "en", "license": LIC, "source": a["source"]},
               "statements": sts}
        with open(os.path.join(folder, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
        man.append(n + ".json")
    with open(os.path.join(folder, "manifest.json"), "w") as f:
        json.dump({"topics": "topics.json", "actors": "actors.json", "articles": man}, f); f.write("\n")
    with open(os.path.join(folder, "topics.json"), "w") as f:
        json.dump({"topics": []}, f); f.write("\n")
    with open(os.path.join(folder, "actors.json"), "w", encoding="utf-8") as f:
        f.write('{"actors": [\n' + ",\n".join(" " + json.dumps(a, ensure_ascii=False) for a in actors) + "\n]}\n")
