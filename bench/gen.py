#!/usr/bin/env python3
"""Deterministic data generator for the stancegraph benchmark (Python 3 stdlib only).

Writes one CSV per table into OUT_DIR, in the column order bench/load.sh copies them:
outlet, topic, actor, actor_alias, affiliation, article, statement, statement_mention, stance.

  gen.py --scale full|quick|smoke [--seed N] OUT_DIR

full: 1,000,000 statements, 100,000 articles, 50 outlets, 20,000 actors, 200 topics.
quick: 50,000 statements (everything else scaled by 1/20, outlets and topics kept).
Speakers and topics are Zipf-skewed (s=1.0 and s=1.1), dates span 2015-01-01..2024-12-31.
The same seed and scale give byte-identical files.
"""
import argparse
import bisect
import csv
import datetime as dt
import hashlib
import itertools
import os
import random

SCALES = {
    # statements, articles, actors, topics, outlets
    "full": (1_000_000, 100_000, 20_000, 200, 50),
    "quick": (50_000, 5_000, 2_000, 200, 50),
    "smoke": (2_000, 200, 200, 20, 10),
}
START = dt.date(2015, 1, 1)
DAYS = (dt.date(2024, 12, 31) - START).days + 1

FIRST = """James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph
Jessica Thomas Sarah Charles Karen Min-jun Seo-yeon Ji-ho Ha-eun Hiroshi Yuki Wei Li Olga Ivan Fatima Omar Ana Luis
Chloe Lucas Emma Noah Amara Kofi Priya Arjun Ingrid Lars Sofia Mateo Aisha Yusuf Elena Pavel Nadia Tomas""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Tanaka Suzuki Sato Wang Zhang Liu Chen Yang Huang Zhao Ivanov
Petrov Smirnov Novak Kowalski Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Rossi Russo
Ferrari Esposito Bianchi Romano Silva Santos Oliveira Souza Costa Pereira Almeida Dubois Laurent Bernard Moreau Lefebvre
Okafor Mensah Diallo Kamau Otieno Banda Sharma Patel Singh Gupta Khan Ali Hussain Ahmed Haddad Nasser Cohen Levi""".split()
ORG_WORDS = """National Federal United Allied Global Pacific Atlantic Northern Southern Eastern Western Central Royal
Democratic Liberal Progressive Conservative Green Labour Trade Security Energy Digital Telecom Steel Motor Financial
Health Science Defence Foreign Justice Interior Agriculture Transport Maritime Aerospace Mining Chemical Media""".split()
ORG_KINDS = {
    "ORGANIZATION": ["Party", "Alliance", "Union", "Council", "Institute", "Association", "Foundation", "League"],
    "GOVERNMENT": ["Ministry", "Office", "Department", "Commission", "Agency", "Embassy", "Administration"],
    "COMPANY": ["Corp", "Group", "Holdings", "Systems", "Industries", "Networks", "Electronics", "Bank"],
    "COUNTRY": ["Republic", "Kingdom", "Federation", "Commonwealth", "State"],
}
VOCAB = """government policy security network vendor equipment risk trade tariff export import agreement sanction
minister ambassador president official company market investment economy growth inflation budget tax reform election
vote parliament law court ruling regulation privacy data cloud infrastructure supply chain chip semiconductor steel
energy oil gas nuclear climate emission carbon renewable solar wind coal price wage worker union strike health vaccine
hospital school education student border migration refugee defence military alliance treaty summit talks negotiation
deal partner ally pressure concern warning threat opportunity decision plan proposal strategy plan review inquiry
report evidence transparency accountability corruption scandal protest rally campaign poll support opposition
criticism praise commitment promise deadline delay cost benefit impact consequence future progress stability crisis
recovery pandemic lockdown restriction measure response effort cooperation competition innovation technology
telecom huawei satellite internet platform algorithm software hardware license patent standard safety quality
consumer customer farmer fisher rural urban housing rent mortgage bank interest currency debt deficit surplus
""".split()
VOCAB = list(dict.fromkeys(VOCAB))
CUES = ["said", "said", "said", "told", "warned", "argued", "insisted", "urged", "added", "claimed", "stressed"]
ROLES = ["Minister", "Spokesperson", "Chair", "Director", "Ambassador", "Member", "Adviser", "Chief Executive",
         "Secretary", "Analyst"]
LABELS = ["SUPPORT", "OPPOSE", "NEUTRAL", "MIXED"]


def zipf_cum(n, s):
    acc, out = 0.0, []
    for k in range(1, n + 1):
        acc += 1.0 / k ** s
        out.append(acc)
    return out


def pick(rng, cum, items):
    return items[bisect.bisect_left(cum, rng.random() * cum[-1])]


def day(n):
    return (START + dt.timedelta(days=n)).isoformat()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", default="quick", choices=SCALES)
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("out")
    a = ap.parse_args()
    n_st, n_art, n_act, n_top, n_out = SCALES[a.scale]
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    def writer(name):
        f = open(os.path.join(a.out, name + ".csv"), "w", newline="", encoding="utf-8")
        return f, csv.writer(f, lineterminator="\n")

    # outlets
    f, w = writer("outlet")
    for i in range(1, n_out + 1):
        w.writerow([i, f"The {rng.choice(ORG_WORDS)} {rng.choice(['Herald', 'Times', 'Post', 'Daily', 'Tribune', 'Wire', 'Journal', 'Gazette'])} {i}",
                    f"https://outlet{i}.example/"])
    f.close()

    # topics
    f, w = writer("topic")
    topics = list(range(1, n_top + 1))
    for i in topics:
        w1, w2 = rng.sample(VOCAB, 2)
        w.writerow([i, f"{w1}-{w2}-{i}", f"{w1.title()} {w2} ({i})",
                    f"The proposition that {w1} {w2} should be pursued (topic {i})."])
    f.close()

    # actors: 70% persons, the rest bodies; names unique
    f, w = writer("actor")
    fa, wa = writer("actor_alias")
    kinds = {}
    names = {}
    persons, bodies = [], []
    person_names = list(itertools.product(FIRST, LAST))
    rng.shuffle(person_names)
    pi = 0
    alias_id = 0
    for i in range(1, n_act + 1):
        r = rng.random()
        kind = "PERSON" if r < 0.70 else "ORGANIZATION" if r < 0.80 else "GOVERNMENT" if r < 0.88 \
            else "COMPANY" if r < 0.96 else "COUNTRY"
        if kind == "PERSON":
            fn, ln = person_names[pi % len(person_names)]
            suffix = "" if pi < len(person_names) else f" {chr(65 + (pi // len(person_names)) % 26)}."
            pi += 1
            name = f"{fn}{suffix} {ln}"
            aliases = [ln, f"{fn[0]}. {ln}"] if rng.random() < 0.8 else [ln]
            persons.append(i)
            desc = f"{rng.choice(ROLES)} quoted in the news"
        else:
            w1, w2 = rng.sample(ORG_WORDS, 2)
            name = f"{w1} {w2} {rng.choice(ORG_KINDS[kind])} {i}"
            aliases = ["".join(x[0] for x in name.split()[:3]) + str(i)]
            bodies.append(i)
            desc = f"A {kind.lower()} in the news"
        kinds[i], names[i] = kind, name
        w.writerow([i, kind, name, desc])
        for al in aliases:
            alias_id += 1
            wa.writerow([alias_id, i, al])
    f.close()
    fa.close()

    # affiliations: most persons belong to a body (Zipf over bodies), some bodies to a country/government
    f, w = writer("affiliation")
    body_cum = zipf_cum(len(bodies), 1.0)
    states = [b for b in bodies if kinds[b] in ("COUNTRY", "GOVERNMENT")] or bodies
    member_org = {}
    aff_id = 0
    for p in persons:
        if rng.random() < 0.7:
            org = pick(rng, body_cum, bodies)
            s = rng.randrange(DAYS)
            e = s + rng.randrange(365, 3650) if rng.random() < 0.4 else None
            aff_id += 1
            w.writerow([aff_id, p, org, rng.choice(ROLES), day(s), day(e) if e is not None and e < DAYS else ""])
            member_org[p] = org
    for b in bodies:
        if kinds[b] in ("ORGANIZATION", "GOVERNMENT", "COMPANY") and rng.random() < 0.3:
            org = rng.choice(states)
            if org != b:
                aff_id += 1
                w.writerow([aff_id, b, org, "Member", "", ""])
    f.close()

    # articles and their statements; statement counts per article average n_st / n_art
    actors_ranked = list(range(1, n_act + 1))
    rng.shuffle(actors_ranked)
    speaker_cum = zipf_cum(n_act, 1.0)
    topics_ranked = topics[:]
    rng.shuffle(topics_ranked)
    topic_cum = zipf_cum(n_top, 1.1)
    outlet_cum = zipf_cum(n_out, 0.8)
    vocab_cum = zipf_cum(len(VOCAB), 0.9)
    counts = [n_st // n_art] * n_art
    for i in range(n_st - sum(counts)):
        counts[i] += 1
    for i in range(0, n_art - 1, 2):
        d = rng.randint(-(counts[i] - 1), counts[i + 1] - 1)
        counts[i] -= d
        counts[i + 1] += d
    # base stance of each (actor, topic): a stable preference that shifts now and then
    base_label = {}

    fart, wart = writer("article")
    fst, wst = writer("statement")
    fme, wme = writer("statement_mention")
    fsn, wsn = writer("stance")
    sid = 0
    stance_id = 0
    for art in range(1, n_art + 1):
        # more news in later years: day = DAYS * sqrt(u)
        pub = int(DAYS * rng.random() ** 0.5)
        outlet = pick(rng, outlet_cum, list(range(1, n_out + 1)))
        title_words = [pick(rng, vocab_cum, VOCAB) for _ in range(rng.randint(5, 9))]
        title = " ".join(title_words).capitalize()
        body = [title + ". "]
        pos = len(body[0])
        first_sid = sid + 1
        rows = []
        for k in range(counts[art - 1]):
            sid += 1
            speaker = pick(rng, speaker_cum, actors_ranked) if rng.random() < 0.97 else None
            words = [pick(rng, vocab_cum, VOCAB) for _ in range(rng.randint(6, 18))]
            text = " ".join(words)
            cue = rng.choice(CUES)
            attribution = names[speaker] if speaker else "An official"
            prefix = f"{attribution} {cue}: \""
            start = pos + len(prefix)
            end = start + len(text)
            sentence = prefix + text + "\". "
            body.append(sentence)
            pos += len(sentence)
            r = rng.random()
            kind = "DIRECT" if r < 0.5 else "INDIRECT" if r < 0.8 else "REPORTED"
            r = rng.random()
            if r < 0.45:
                said, prec = None, None
            elif r < 0.9:
                said, prec = max(0, pub - rng.randrange(4)), "DAY"
            elif r < 0.97:
                dd = START + dt.timedelta(days=pub)
                said, prec = (dd.replace(day=1) - START).days, "MONTH"
            else:
                dd = START + dt.timedelta(days=pub)
                said, prec = (dd.replace(month=1, day=1) - START).days, "YEAR"
            eff = said if said is not None else pub
            behalf = member_org.get(speaker) if speaker in member_org and rng.random() < 0.2 else None
            responds = rng.randrange(first_sid, sid) if sid > first_sid and rng.random() < 0.05 else None
            retracted = rng.random() < 0.005
            rows.append([sid, art, speaker or "", behalf or "", attribution, kind, text, cue,
                         day(said) if said is not None else "", prec or "", start, end, responds or "",
                         day(eff), "t" if retracted else "f"])
            if rng.random() < 0.3:
                m = pick(rng, speaker_cum, actors_ranked)
                if m != speaker:
                    wme.writerow([sid, m])
            # stances: 85% of statements, 10% of those on a second topic
            if rng.random() < 0.85:
                ts = {pick(rng, topic_cum, topics_ranked)}
                if rng.random() < 0.1:
                    ts.add(pick(rng, topic_cum, topics_ranked))
                for t in sorted(ts):
                    key = (speaker, t)
                    lab = base_label.get(key)
                    if lab is None or rng.random() < 0.08:
                        lab = base_label[key] = LABELS[min(3, int(rng.random() ** 1.5 * 4))]
                    stance_id += 1
                    wsn.writerow([stance_id, sid, t, lab, round(0.5 + rng.random() / 2, 2)])
        body_text = "".join(body)
        wart.writerow([art, f"https://outlet{outlet}.example/{day(pub)}/a{art}",
                       f"https://outlet{outlet}.example/{day(pub)}/a{art}", title, outlet,
                       "{" + f"\"{rng.choice(FIRST)} {rng.choice(LAST)}\"" + "}", day(pub), "en", body_text,
                       hashlib.sha256(body_text.encode()).hexdigest()])
        for row in rows:
            wst.writerow(row)
    for x in (fart, fst, fme, fsn):
        x.close()


if __name__ == "__main__":
    main()
