#!/usr/bin/env python3
"""Benchmark helpers (stdlib only): pick query variables from the data, build request bodies, check responses,
count SQL statements per request, run ingestion, write the results table.

  harness.py vars DB OURS_URL PG_URL|-         -> .work/vars.json
  harness.py bodies                            -> .work/body-{ours,pg}-Qn.json
  harness.py check URL BODY                    exit 1 when the response is not 200 or carries "errors"
  harness.py sqlcount OURS_URL N               SQL statements per request for each query (service metric)
  harness.py ingest OURS_URL TOKEN N CLIENTS EXTRACT   articles/s through ingestArticle
  harness.py report MODE RESULTS_TSV OUT_MD    Markdown table and the per-query summary lines
"""
import base64
import concurrent.futures
import datetime as dt
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(BENCH, ".work")
QUERIES = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]


def psql(db, sql):
    out = subprocess.run(["psql", "-X", "-At", "-F", "\t", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def post(url, body, token=None, timeout=120):
    data = json.dumps(body).encode() if not isinstance(body, (bytes, str)) else (
        body.encode() if isinstance(body, str) else body)
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, json.loads(r.read())


def gid(type_, key):
    return base64.urlsafe_b64encode(f"{type_}:{key}".encode()).decode().rstrip("=")


def doc(path):
    return open(path).read()


def cmd_vars(db, ours, pg):
    topic = int(psql(db, "select topic_id from stance group by 1 order by count(*) desc, 1 limit 1")[0][0])
    actor_id, name = psql(db, """select a.id, a.name from statement s join actor a on a.id = s.speaker_id
        where not s.retracted and a.merged_into_id is null group by 1, 2 order by count(*) desc, 1 limit 1""")[0]
    n = int(psql(db, "select count(*) from statement")[0][0])
    # a word in about 1% of statements (a sample of 2% of them is enough to find one)
    word = psql(db, f"""select word from ts_stat('select search_vector from statement where id % 50 = 0')
        order by abs(ndoc - {max(1, n // 50)} * 0.01), word limit 1""")[0][0]
    last = psql(db, "select max(effective_on) from statement")[0][0]
    to = dt.date.fromisoformat(last)
    frm = to.replace(year=to.year - 2) + dt.timedelta(days=1)
    v = {"topic": topic, "topicId": gid("Topic", topic), "actor": int(actor_id), "name": name, "search": word,
         "from": frm.isoformat(), "to": to.isoformat()}
    # the deep cursor: page through 5,000 rows, newest first, as a client would
    depth = 5000 if n > 20000 else max(100, n // 4)
    after, seen = None, 0
    while seen < depth:
        q = "query($after: String) { statements(first: 100, after: $after) { pageInfo { endCursor } nodes { id } } }"
        _, r = post(ours, {"query": q, "variables": {"after": after}})
        page = r["data"]["statements"]
        seen += len(page["nodes"])
        after = page["pageInfo"]["endCursor"]
        last_id = page["nodes"][-1]["id"]
    v["after"] = after
    v["depth"] = seen
    key = int(base64.urlsafe_b64decode(last_id + "=" * (-len(last_id) % 4)).decode().split(":")[1])
    eff = psql(db, f"select coalesce(effective_on, '-infinity'::date) from statement where id = {key}")[0][0]
    v["cursorDate"], v["cursorId"] = eff, key
    if pg != "-":
        pafter, seen = None, 0
        while seen < depth:
            q = """query($after: Cursor) { allStatements(first: 100, after: $after, condition: {retracted: false},
                   orderBy: [EFFECTIVE_ON_DESC, ID_ASC]) { pageInfo { endCursor } nodes { id } } }"""
            _, r = post(pg, {"query": q, "variables": {"after": pafter}})
            page = r["data"]["allStatements"]
            seen += len(page["nodes"])
            pafter = page["pageInfo"]["endCursor"]
        v["pgAfter"] = pafter
    json.dump(v, open(os.path.join(WORK, "vars.json"), "w"), indent=1)
    print(json.dumps(v))


def variables(q, v, pg):
    if q in ("Q1", "Q3", "Q5"):
        return {"topicId": v["topic"] if pg else v["topicId"]}
    if q == "Q2":
        return {"name": v["name"]}
    if q == "Q4":
        return {"search": v["search"]}
    if q == "Q6":
        return {"after": v.get("pgAfter") if pg else v["after"]}
    if q == "Q7":
        return {"topicId": v["topic"] if pg else v["topicId"], "from": v["from"], "to": v["to"]}


def cmd_bodies():
    v = json.load(open(os.path.join(WORK, "vars.json")))
    for q in QUERIES:
        for side, path in (("ours", f"{q}.graphql"), ("pg", f"postgraphile/{q}.graphql")):
            p = os.path.join(BENCH, "queries", path)
            if not os.path.exists(p):
                continue
            body = {"query": doc(p), "variables": variables(q, v, side == "pg")}
            json.dump(body, open(os.path.join(WORK, f"body-{side}-{q}.json"), "w"))


def rows_in(data):
    """Total list items in a response: proves the query returned something."""
    if isinstance(data, list):
        return len(data) + sum(rows_in(x) for x in data)
    if isinstance(data, dict):
        return sum(rows_in(x) for x in data.values())
    return 0


def cmd_check(url, body_file):
    status, r = post(url, open(body_file, "rb").read())
    if status != 200 or "errors" in r or not r.get("data"):
        print(f"FAIL {body_file}: status {status}: {json.dumps(r)[:800]}")
        sys.exit(1)
    n = rows_in(r["data"])
    if n == 0:
        print(f"FAIL {body_file}: empty result: {json.dumps(r)[:400]}")
        sys.exit(1)
    print(f"ok {os.path.basename(body_file)}: {n} list items, {len(json.dumps(r))} bytes")


def metric(base):
    text = urllib.request.urlopen(base + "/q/metrics", timeout=30).read().decode()
    m = re.search(r"^stancegraph_read_sql_statements_total(?:\{[^}]*\})? ([0-9.eE+]+)", text, re.M)
    return float(m.group(1))


def cmd_sqlcount(url, n):
    base = url.rsplit("/graphql", 1)[0]
    out = {}
    for q in QUERIES:
        body = open(os.path.join(WORK, f"body-ours-{q}.json"), "rb").read()
        before = metric(base)
        for _ in range(n):
            post(url, body)
        out[q] = (metric(base) - before) / n
    json.dump(out, open(os.path.join(WORK, "sqlcount.json"), "w"))
    print(json.dumps(out))


def cmd_ingest(url, token, n, clients, extract):
    extract = extract == "true"
    rng = random.Random(7)
    words = "government said policy security network trade minister deal pressure risk equipment".split()
    stamp = f"{time.time_ns()}"
    mutation = """mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
        created article { id } extracted { id } userErrors { code message } } }"""

    def body(i):
        sents = []
        for k in range(8):
            w = " ".join(rng.choice(words) for _ in range(10))
            sents.append(f"Minister Jane Roe{k} said \"the {w} will not change\". "
                         f"The ministry said that {w} mattered. ")
        return {"query": mutation, "variables": {"input": {
            "url": f"https://ingest.example/{stamp}/{extract}/{i}", "title": f"Bench article {i}",
            "outlet": "Bench Wire", "publishedOn": "2024-05-01", "language": "en",
            "body": "".join(sents), "extract": extract}}}

    # the first articles warm the service's JIT up and are not measured: a cold JVM measures the compiler
    warm = [body(n + i) for i in range(min(n, 100))]
    bodies = [body(i) for i in range(n)]
    errors = []

    def one(b):
        status, r = post(url, b, token)
        p = (r.get("data") or {}).get("ingestArticle")
        if status != 200 or "errors" in r or not p or p["userErrors"] or not p["created"]:
            errors.append(json.dumps(r)[:300])
        return len((p or {}).get("extracted") or [])

    with concurrent.futures.ThreadPoolExecutor(clients) as ex:
        list(ex.map(one, warm))
    errors.clear()
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(clients) as ex:
        extracted = sum(ex.map(one, bodies))
    secs = time.time() - t0
    res = {"articles_per_s": round(n / secs, 1), "n": n, "errors": len(errors), "extracted": extracted,
           "first_error": errors[0] if errors else None}
    print(json.dumps(res))


def cmd_report(mode, tsv, out_md):
    """tsv lines: system query conns rps p50 p99 requests non2xx gql_errors socket_errors"""
    res = {}
    for line in open(tsv):
        f = line.rstrip("\n").split("\t")
        res[(f[0], f[1], int(f[2]))] = f[3:]
    extra = json.load(open(os.path.join(WORK, "extra.json")))
    sqlc = json.load(open(os.path.join(WORK, "sqlcount.json"))) if os.path.exists(
        os.path.join(WORK, "sqlcount.json")) else {}
    v = json.load(open(os.path.join(WORK, "vars.json")))
    conns = sorted({k[2] for k in res})
    head = 8 if 8 in conns else conns[0]
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    L = [f"# stancegraph benchmark, {mode}, {now}", ""]
    L += ["| | |", "|---|---|"]
    for k, val in extra["machine"].items():
        L.append(f"| {k} | {val} |")
    L.append(f"| variables | topic {v['topic']}, actor '{v['name']}', search '{v['search']}', "
             f"Q6 after row {v['depth']}, Q7 {v['from']}..{v['to']} |")
    L += ["", "## Read queries", "",
          "req/s (p50 / p99 ms) per connection count; errors = non-2xx + GraphQL errors + socket errors.", "",
          "| query | conns | ours req/s | ours p50 | ours p99 | errors | PostGraphile req/s | PG p99 | pgbench tps "
          "| ours/PG | ours/SQL | SQL stmts/request |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|"]

    def g(sys_, q, c, i, cast=float):
        r = res.get((sys_, q, c))
        return cast(r[i]) if r else None

    def fmt(x, d=0):
        return "—" if x is None else f"{x:.{d}f}"

    summary = []
    for q in QUERIES:
        for c in conns:
            o, p, s = g("ours", q, c, 0), g("pg", q, c, 0), g("sql", q, c, 0)
            err = sum(int(x) for x in res[("ours", q, c)][4:7]) if ("ours", q, c) in res else None
            L.append(f"| {q} | {c} | {fmt(o)} | {fmt(g('ours', q, c, 1), 1)} | {fmt(g('ours', q, c, 2), 1)} | "
                     f"{fmt(err)} | {fmt(p)} | {fmt(g('pg', q, c, 2), 1)} | {fmt(s)} | "
                     f"{fmt(o / p if o and p else None, 2)} | {fmt(o / s if o and s else None, 2)} | "
                     f"{fmt(sqlc.get(q), 1)} |")
        o, p, s = g("ours", q, head, 0), g("pg", q, head, 0), g("sql", q, head, 0)
        summary.append(f"{q} ours={fmt(o)} postgraphile={fmt(p)} sql={fmt(s)} "
                       f"ratio_pg={fmt(o / p if o and p else None, 2)} ratio_sql={fmt(o / s if o and s else None, 2)} "
                       f"p99_ms={fmt(g('ours', q, head, 2), 1)}")
    L += ["", "## Service", "", "| measure | value |", "|---|---|"]
    for k, val in extra["service"].items():
        L.append(f"| {k} | {val} |")
    L += ["", f"## Summary ({head} connections)", "", "```"] + summary + ["```", ""]
    open(out_md, "w").write("\n".join(L))
    print("\n".join(summary))


if __name__ == "__main__":
    c, a = sys.argv[1], sys.argv[2:]
    if c == "vars":
        cmd_vars(*a)
    elif c == "bodies":
        cmd_bodies()
    elif c == "check":
        cmd_check(*a)
    elif c == "sqlcount":
        cmd_sqlcount(a[0], int(a[1]))
    elif c == "ingest":
        cmd_ingest(a[0], a[1], int(a[2]), int(a[3]), a[4])
    elif c == "report":
        cmd_report(*a)
    else:
        sys.exit(__doc__)
