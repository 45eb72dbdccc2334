#!/usr/bin/env python3
"""Hand annotations for eval/test2 as a table; writes NNN.txt, NNN.json, actors.json, topics.json, manifest.json.
Offsets are found by searching the body for the annotated text (after an optional anchor string)."""
import json, os
from texts import TEXTS

D = os.path.dirname(os.path.abspath(__file__))
LIC = "public domain (US government work)"

ARTICLES = {
 "001": dict(url="http://www.voanews.com/content/somali-president-unharmed-in-palace-attack-17-killed/1856776.html",
             title="Somali President Unharmed in Palace Attack; 17 Killed", publishedOn="2014-02-21",
             source="stored copy of the voanews.com page (web page corpus); 'World News' header and 'Feature Story' widget omitted",
             note="date inferred: the Villa Somalia attack was on Friday 21 February 2014 and the story reports it as 'Friday'"),
 "002": dict(url="https://www.voanews.com/a/a-13-2006-03-14-voa37/319716.html",
             title="Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader", publishedOn="2006-03-14",
             source="stored copy of the voanews.com page (web page corpus); page furniture omitted", note="date from URL"),
 "003": dict(url="http://www.voanews.com/content/indonesian-volcano-causes-chaos-3-deaths/1851426.html",
             title="Indonesian Volcano Causes Chaos, 3 Deaths", publishedOn="2014-02-14",
             source="stored copy of the voanews.com page (web page corpus); 'World News' header and 'Feature Story' widget omitted; contributor lines kept",
             note="date inferred: Mount Kelud erupted late Thursday 13 February 2014; the story reports Friday's cabinet meeting"),
 "004": dict(url="https://www.voanews.com/europe/djokovic-wins-french-open-clinching-19th-grand-slam",
             title="Djokovic Wins French Open, Clinching 19th Grand Slam", publishedOn="2021-06-14",
             source="stored copy of the voanews.com page (web page corpus); photo caption, byline box and 'Latest News' list omitted; a line break inside the last quote kept as stored",
             note="date from the page ('Updated June 14, 2021'); the final was on Sunday 13 June 2021, so first publication may be 2021-06-13"),
 "005": dict(url="https://www.eurasiareview.com/02122011-us-unemployment-rate-drops/",
             title="US Unemployment Rate Drops", publishedOn="2011-12-02",
             source="stored copy of Eurasia Review's reproduction of the VOA story (credited 'The VOA is the Voice of America'; web page corpus); credit line and comment form omitted",
             note="date from the mirror's URL (the November 2011 jobs report was released Friday 2 December 2011)"),
 "006": dict(url="https://www.voacambodia.com/a/a-40-2007-06-25-voa2-90148282/1359263.html",
             title="Tribunal Indictments Discussed on 'Hello VOA'", publishedOn="2007-06-25",
             source="stored copy of the voacambodia.com page (VOA Khmer; web page corpus); page furniture omitted", note="date from URL"),
 "007": dict(url="http://www.voanews.com/content/liberia-sets-december-25-goal-no-new-ebola-cases/2522437.html",
             title="Liberia Sets December 25 Goal: No New Ebola Cases", publishedOn="2014-11-16",
             source="stored copy of the voanews.com page (web page corpus); photo caption and byline box omitted",
             note="date inferred: President Sirleaf's Sunday radio address and Dr. Martin Salia's treatment in Nebraska place the story on Sunday 16 November 2014"),
 "008": dict(url="https://www.voanews.com/a/a-13-a-2004-03-21-2-pakistani/300593.html",
             title="Pakistani Troops Search for Islamic Militants", publishedOn="2004-03-21",
             source="stored copy of the voanews.com page (web page corpus); page furniture omitted; source line kept", note="date from URL"),
 "009": dict(url="https://www.voazimbabwe.com/a/zimbabwe-mdc-t-accuses-zanu-pf-of-using-state-agents-in-abuduction-of-dzamara/2679472.html",
             title="MDC-T Says Zanu PF Used State Agents to 'Abduct' Dzamara", publishedOn="2015-03-13",
             source="stored copy of the voazimbabwe.com page (VOA Studio 7; web page corpus); photo caption omitted",
             note="date estimated, day uncertain: Itai Dzamara was abducted on 9 March 2015 and the story follows two days of police cordon; mid-March 2015"),
 "010": dict(url="https://voa.pangea-cms.com/preview/en-US/a/africa_guinea-president-appears-have-won-controversial-3rd-term-office/6197499.html",
             title="Guinea President Appears to Have Won Controversial 3rd Term in Office", publishedOn="2020-10-22",
             source="stored copy of the VOA page on VOA's CMS preview mirror (voa.pangea-cms.com; web page corpus); photo caption and byline box omitted",
             note="date estimated: written after the Sunday 18 October 2020 vote and before the final results 'expected on Saturday' (24 October); 2020-10-19..23"),
}

def S(speaker, attribution, kind, text, cue, anchor=None, note=None):
    return dict(speaker=speaker, attribution=attribution, kind=kind, text=text, cue=cue, anchor=anchor, note=note)

STATEMENTS = {
 "001": [
  S(None, "Witnesses", "INDIRECT", "the attack began with a car bomb explosion, then gunmen stormed the palace compound", "say"),
  S(None, "A Somali security official", "INDIRECT", "the dead include seven soldiers, at least eight attackers and two others", "tells",
    note="official of no named body: speaker null"),
  S("nick_kay", "He", "INDIRECT", "he heard from President Hassan Sheikh Mohamud soon after the attack", "says"),
  S("nick_kay", "He", "DIRECT", "The first I heard of it this morning actually as a phone call from the president just after the attack had happened. He wanted to reassure me that he was unharmed, unhurt and that the attack had been unsuccessful.", "says",
    note="the quote paragraph has no attribution of its own; speaker, attribution and cue are those of the preceding sentence ('He says ...')"),
  S("hassan_sheikh_mohamud", "President Mohamud", "INDIRECT", "the Somali government and African Union forces would \"eliminate\" the group", "vowed",
    note="the quoted word inside the reported clause is not annotated separately"),
  S("us_state_department", "The U.S. State Department", "INDIRECT", "the attack shows once again that al-Shabab stands only for death and destruction", "said"),
 ],
 "002": [
  S("mdc", "Zimbabwe\u2019s main opposition group, the Movement for Democratic Change", "INDIRECT", "President Robert Mugabe\u2019s ZANU-PF government is panicking", "says"),
  S("mdc", "the MDC", "INDIRECT", "for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking", "said"),
  S("mdc", "The statement", "INDIRECT", "the dictatorship is suffering from a guilty conscience over its authorship of the Zimbabwean crises and is now engaged in shameful acts of shadow boxing and shadow chasing", "added",
    note="'The statement' is the MDC's press statement of the previous sentence"),
  S("nelson_chamisa", "he", "DIRECT", "What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.", "said"),
  S("nelson_chamisa", "Chamisa", "DIRECT", "If you look at what they are now doing, they deliberately planted some arms. And what they forget is that in the MDC, we are not a rebel movement; we are a legitimate opposition political party.", "said"),
  S("nelson_chamisa", "He", "INDIRECT", "there is glaring evidence that suggests the government wants to eliminate MDC leader Morgan Tsvangirai", "added"),
 ],
 "003": [
  S("susilo_bambang_yudhoyono", "Indonesian President Susilo Bambang Yudhoyono", "DIRECT", "I have spoken with the Governor Sukarwo of East Java, who is currently at the disaster zone. I have also given instructions to the Commander-in-Chief of the Armed Forces and the Chief of the National Police - whose members have been deployed to help the refugees - to intensify assistance in the affected zones.", "declared",
    note="the quote paragraph has no attribution or speech verb; speaker from the preceding sentence, whose verb ('declared' a state of emergency) is given as cue"),
  S("hadi_rudyatmo", "Hadi Rudyatmo, mayor of Surakarta in Central Java", "INDIRECT", "everything is shut down in his city", "tells"),
  S("hadi_rudyatmo", "Hadi Rudyatmo, mayor of Surakarta in Central Java", "DIRECT", "It's all paralyzed. All economic activities, shopping centers, trade centers in Surakarta are closed. Traditional markets are open but not a single individual has come. No transactions have taken place. All activities related to teaching and learning in all schools throughout the area have been suspended through Saturday as well.", "tells",
    note="the quote paragraph has no attribution of its own; speaker, attribution and cue from the preceding sentence"),
 ],
 "004": [
  S("novak_djokovic", "Djokovic", "DIRECT", "I want to thank my team, my box, my family, my coach,", "said"),
  S("novak_djokovic", "Djokovic", "INDIRECT", "while the game was \u201cphysically and mentally very difficult\u201d he knew he was capable of the win", "acknowledging",
    note="the quoted phrase inside the reported clause is not annotated separately"),
  S("novak_djokovic", "he", "DIRECT", "electric ambiance", "called",
    note="quoted phrase with its own speech verb ('what he called') and no reported clause: annotated as DIRECT"),
  S("novak_djokovic", "Djokovic", "DIRECT", "I found that very cute and very nice,", "said"),
  S("novak_djokovic", "Djokovic", "DIRECT", "To give the racket to the best person was him. That was my gratitude for him sticking with me and\nsupporting me.", "said",
    note="second span of an interrupted quote; contains the line break of the stored copy"),
 ],
 "005": [
  S("us_labor_department", "the U.S. Labor Department", "INDIRECT", "the national unemployment rate dropped last month to the lowest level in more than two years", "said"),
  S("john_boehner", "U.S. House speaker John Boehner", "INDIRECT", "any job creation is welcome news", "said"),
  S("john_boehner", "U.S. House speaker John Boehner", "INDIRECT", "the unemployment rate still remains \u201cunacceptably high.\u201d", "said",
    note="second coordinated reported clause ('but that ...') of the same verb; the quoted phrase is not annotated separately"),
  S("us_labor_department", "It", "INDIRECT", "government employment continued to shrink, with job losses in state and local governments", "says"),
 ],
 "006": [
  S("youk_chhang", "Youk Chhang", "INDIRECT", "the 2003 UN-Cambodian agreement only called for indictments of \"senior leaders of Democratic Kampuchea.\"", "told"),
  S("youk_chhang", "he", "INDIRECT", "It's up to the courts to decide who that would be", "said"),
  S("sok_samoeun", "Sok Samoeun", "INDIRECT", "the courts had only built 8 detention rooms so it was not likely more than ten cadre would be indicted", "said"),
  S("youk_chhang", "Youk Chhang", "INDIRECT", "That Cambodians participate actively in the process was most important", "said",
    note="'That' here opens a subject clause placed before the verb; it is part of the reported clause"),
  S("sok_samoeun", "Sok Samoeun", "INDIRECT", "he hoped Cambodia's judicial system would be strengthened by a tribunal where Cambodian judges might gain important experience from their international counterparts", "said"),
 ],
 "007": [
  S("ellen_johnson_sirleaf", "President Ellen Johnson Sirleaf", "INDIRECT", "her country's path to recovery will be difficult", "said"),
  S("ellen_johnson_sirleaf", "She", "INDIRECT", "Liberia's health care system must be better prepared for any future disease epidemic, with sharp improvements also needed in the country's economy and governance", "said"),
  S("ellen_johnson_sirleaf", "She", "INDIRECT", "it was necessary to appoint a team of officials \"that is understanding of the prevailing challenges.\"", "saying",
    note="the quoted phrase inside the reported clause is not annotated separately"),
  S(None, "U.S. health officials", "INDIRECT", "travelers from Mali will be subject to the same screening and monitoring as people arriving from Liberia, Sierra Leone and Guinea", "said",
    note="officials of no named body: speaker null"),
  S(None, "authorities", "INDIRECT", "a surgeon, Doctor Martin Salia, who contracted Ebola while working in Sierra Leone, is \"extremely ill.\"", "reported"),
 ],
 "008": [
  S(None, "Local residents", "INDIRECT", "13 civilians died Saturday when Pakistani fire hit their vehicles", "say"),
  S("pakistani_military", "Pakistani military officials", "INDIRECT", "the fighters appear to be protecting a militant leader, but it may not be Osama bin Laden's top deputy of the al-Qaida terror network, Ayman al-Zawahiri, as some reports have suggested", "said",
    note="verb as written 'have said'; anonymous officials of a named body (the Pakistani military) get the body"),
  S("safdar_hussein", "A Pakistani general, Safdar Hussein", "INDIRECT", "the man militants are protecting may be a Chechen or Uzbek", "says"),
  S(None, "Pakistani officials", "INDIRECT", "more than 100 suspected Islamic militants, including foreign fighters, arrested in recent days are now undergoing questioning", "say",
    note="nationality + 'officials', no body named: speaker null"),
 ],
 "009": [
  S("mdc", "the MDC", "INDIRECT", "Zanu PF youths disrupted its meetings resulting in some women being stripped naked", "alleged"),
  S("zanu_pf", "senior Zanu-PF officials", "INDIRECT", "the party is trying to seek relevance", "saying"),
  S("obert_gutu", "MDC spokesman Obert Gutu", "INDIRECT", "the situation is far from being normal", "told"),
 ],
 "010": [
  S("alpha_conde", "A spokesman for Conde", "INDIRECT", "the campaign is satisfied with the first results, which gives the president's team hope and confidence for a certain victory", "told",
    note="unnamed spokesman of a named person: speaker is that person (as for anonymous officials of a named body)"),
  S("cellou_dalein_diallo", "whose spokesman", "INDIRECT", "the vote included alleged fraud and will be challenged in court", "said",
    note="'whose' refers to Cellou Dalein Diallo; unnamed spokesman of a named person: speaker is that person"),
 ],
}

ACTORS = [
 dict(key="nick_kay", kind="PERSON", name="Nick Kay", aliases=[], description="U.N. secretary-general's special representative to Somalia"),
 dict(key="hassan_sheikh_mohamud", kind="PERSON", name="Hassan Sheikh Mohamud", aliases=["President Mohamud", "Mohamud"], description="President of Somalia"),
 dict(key="us_state_department", kind="GOVERNMENT", name="U.S. State Department", aliases=[]),
 dict(key="mdc", kind="ORGANIZATION", name="Movement for Democratic Change", aliases=["MDC", "MDC-T", "the opposition MDC", "Zimbabwe\u2019s main opposition group"], description="Zimbabwe's main opposition party (MDC-T: the Tsvangirai formation)"),
 dict(key="nelson_chamisa", kind="PERSON", name="Nelson Chamisa", aliases=["Chamisa"], affiliations=[dict(organization="mdc", role="spokesman")]),
 dict(key="susilo_bambang_yudhoyono", kind="PERSON", name="Susilo Bambang Yudhoyono", aliases=[], description="President of Indonesia"),
 dict(key="hadi_rudyatmo", kind="PERSON", name="Hadi Rudyatmo", aliases=[], description="mayor of Surakarta, Central Java"),
 dict(key="novak_djokovic", kind="PERSON", name="Novak Djokovic", aliases=["Djokovic"]),
 dict(key="us_labor_department", kind="GOVERNMENT", name="U.S. Labor Department", aliases=["Labor Department", "The Labor Department"]),
 dict(key="john_boehner", kind="PERSON", name="John Boehner", aliases=[], description="Speaker of the U.S. House of Representatives"),
 dict(key="youk_chhang", kind="PERSON", name="Youk Chhang", aliases=[], affiliations=[dict(organization="documentation_center_of_cambodia", role="director")]),
 dict(key="documentation_center_of_cambodia", kind="ORGANIZATION", name="Documentation Center of Cambodia", aliases=[]),
 dict(key="sok_samoeun", kind="PERSON", name="Sok Samoeun", aliases=[], affiliations=[dict(organization="cambodian_defenders_project", role="director")]),
 dict(key="cambodian_defenders_project", kind="ORGANIZATION", name="Cambodian Defenders Project", aliases=[]),
 dict(key="ellen_johnson_sirleaf", kind="PERSON", name="Ellen Johnson Sirleaf", aliases=[], description="President of Liberia"),
 dict(key="pakistani_military", kind="GOVERNMENT", name="Pakistani military", aliases=[]),
 dict(key="safdar_hussein", kind="PERSON", name="Safdar Hussein", aliases=[], description="Pakistani general"),
 dict(key="zanu_pf", kind="ORGANIZATION", name="Zanu PF", aliases=["Zanu-PF", "ZANU-PF"], description="Zimbabwe's ruling party"),
 dict(key="obert_gutu", kind="PERSON", name="Obert Gutu", aliases=[], affiliations=[dict(organization="mdc", role="spokesman")]),
 dict(key="alpha_conde", kind="PERSON", name="Alpha Conde", aliases=["Conde", "Guinea President Alpha Conde"], description="President of Guinea"),
 dict(key="cellou_dalein_diallo", kind="PERSON", name="Cellou Dalein Diallo", aliases=[], description="Guinean opposition presidential candidate"),
]

def main():
    names = sorted(TEXTS)
    for n in names:
        body = TEXTS[n]
        with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        sts = []; pos = 0
        for i, s in enumerate(STATEMENTS[n], 1):
            frm = body.index(s["anchor"], pos) if s["anchor"] else pos
            start = body.find(s["text"], frm)
            assert start >= 0, (n, i, s["text"][:40])
            assert body.count(s["text"]) == 1 or s["anchor"], f"{n} s{i} ambiguous text"
            # UTF-16 offsets (texts are BMP-only, so code points == code units)
            assert all(ord(c) < 0x10000 for c in body)
            end = start + len(s["text"])
            assert body[start:end] == s["text"]
            st = dict(key=f"s{i}", speaker=s["speaker"], attribution=s["attribution"], kind=s["kind"],
                      text=s["text"], start=start, end=end, cue=s["cue"])
            assert s["attribution"] in body and s["cue"] in body, (n, i)
            if s["note"]: st["note"] = s["note"]
            sts.append(st); pos = start
        a = ARTICLES[n]
        art = dict(body=n + ".txt", url=a["url"], title=a["title"], outlet="Voice of America", publishedOn=a["publishedOn"],
                   language="en", license=LIC, source=a["source"], note=a["note"])
        with open(os.path.join(D, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(dict(article=art, statements=sts), f, ensure_ascii=False, indent=1); f.write("\n")
    with open(os.path.join(D, "actors.json"), "w", encoding="utf-8") as f:
        json.dump(dict(actors=ACTORS), f, ensure_ascii=False, indent=1); f.write("\n")
    with open(os.path.join(D, "topics.json"), "w", encoding="utf-8") as f:
        json.dump(dict(topics=[]), f); f.write("\n")
    with open(os.path.join(D, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(dict(topics="topics.json", actors="actors.json", articles=[n + ".json" for n in names]), f); f.write("\n")

if __name__ == "__main__":
    main()
