#!/usr/bin/env python3
"""Hand annotations of the dev2 set as a table; computes offsets and writes NNN.json.
Each statement spec: (speaker, attribution, kind, text, cue[, ctx]).  `ctx` is a unique
substring of the body that contains `text` (default: `text` itself must be unique)."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
LIC = "public domain (US government work)"

ART = {
 "001": dict(url="https://blogs.voanews.com/breaking-news/2011/12/14/strong-earthquake-shakes-papua-new-guinea-2",
   title=None, publishedOn="2011-12-14",
   source="stored copy of the VOA 'Breaking News' blog page (web page corpus); an audio-widget caption line was omitted; the page has no headline in the stored copy"),
 "002": dict(url="https://voanews.com/amp/militants-attack-somalia-peacekeepers-base/2573338.html",
   title="Al-Shabab Attack in Mogadishu Leaves 9 Dead, AU Mission Says", publishedOn="2014-12-25",
   source="stored copy of the voanews.com AMP page (web page corpus); date inferred from the text"),
 "003": dict(url="http://www.voanews.com/content/imf-cuts-global-economic-growth-forecast/2855271.html",
   title="IMF Cuts Global Economic Growth Forecast", publishedOn="2015-07-09",
   source="stored copy of the voanews.com page (web page corpus); navigation, photo caption and 'VOA News' byline box omitted; date inferred from the text"),
 "004": dict(url="https://voa.pangea-cms.com/preview/en-US/a/syrian-forces-crack-down-on-protesters-128525888/144409.html",
   title=None, publishedOn="2011-08-27",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 144409 (web page corpus); no headline in the stored copy; date inferred from the text"),
 "005": dict(url="http://www.voanews.com/a/a-13-2009-05-07-voa44-68815582/413147.html",
   title="WHO: Reported Swine Flu Cases Rise to 4,379", publishedOn="2009-05-10",
   source="stored copy of the voanews.com page (web page corpus); navigation and font-size widget omitted; date inferred from the text (the URL says 2009-05-07)"),
 "006": dict(url="https://www.voacambodia.com/a/a-40-2007-08-29-voa1-90155327/1357584.html",
   title="Duch's Lawyers Launch First Tribunal Salvo", publishedOn="2007-08-29",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation omitted; date from the URL"),
 "007": dict(url="https://blogs.voanews.com/breaking-news/2011/11/25/gambian-president-wins-re-election",
   title=None, publishedOn="2011-11-25",
   source="stored copy of the VOA 'Breaking News' blog page (web page corpus); no headline in the stored copy; date from the URL"),
 "008": dict(url="https://www.voanews.com/a/a-13-a-2003-11-02-21-kenyans-67449972/385044.html",
   title="Kenyans Take Top Spots in New York City Marathon - 2003-11-02", publishedOn="2003-11-02",
   source="stored copy of the voanews.com page (web page corpus); TRUNCATED: the stored copy breaks off inside the next paragraph, so the body ends with the last complete paragraph; date from the title/URL"),
 "009": dict(url="https://www.voanews.com/a/a-13-2006-12-19-voa60/399175.html",
   title="White House Refuses Comment on Iran Report", publishedOn="2006-12-19",
   source="stored copy of the voanews.com page (web page corpus); TRUNCATED: the stored copy breaks off inside the next paragraph, so the body ends with the last complete paragraph; date from the URL"),
 "010": dict(url="https://voa.pangea-cms.com/preview/en-US/a/militants-storm-eastern-afghan-district-killing-10/1351863.html",
   title=None, publishedOn="2012-06-29",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1351863 (web page corpus); the stored page repeats the story from its second paragraph on, only the first full copy is kept; no headline; date inferred (the Kamdesh attack of Friday 29 June 2012)"),
 "011": dict(url="https://www.voacambodia.com/a/a-40-2009-05-26-voa2-90174842/1359377.html",
   title="On Trial, Duch Now More Defensive: Observer", publishedOn="2009-05-26",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation omitted; date from the URL"),
 "012": dict(url="https://www.voanews.com/a/central-african-republic-president-re-elected-115093474/157350.html",
   title=None, publishedOn="2011-02-01",
   source="stored copy of the voanews.com page (web page corpus); no headline in the stored copy; date inferred (results announced 1 February 2011; might be 2011-02-02)"),
}

S = {}
S["001"] = [
 ("usgs", "The U.S. Geological Survey", "INDIRECT", "the 7.1 magnitude earthquake hit about 89 kilometers southwest of the country second largest city, Lae", "says"),
 ("oseah_philemon", "A local journalist in Lae", "INDIRECT", "he was driving at the time of the earthquake and thought one of his tires had come off", "told"),
 ("oseah_philemon", "reporter Oseah Philemon", "DIRECT", "I felt that my vehicle was actually swaying, swaying from side to side,", "said"),
 ("oseah_philemon", "reporter Oseah Philemon", "DIRECT", "And then I noticed the power pole was moving, the power lines were actually swaying. And then I realized there was earthquake.", "said"),
 ("oseah_philemon", "He", "INDIRECT", "only minor damage is being reported at this time, but that it is unclear how the rural areas faired", "said"),
 ("oseah_philemon", "He", "INDIRECT", "there are no known injuries", "confirmed"),
 (None, "Witnesses", "INDIRECT", "buildings shook in the capital for more than a minute", "say"),
 ("oseah_philemon", "Philemon", "INDIRECT", "earthquakes happen frequently, especially in the eastern city of Lae", "says"),
]
S["002"] = [
 ("amisom", "AU Mission", "INDIRECT", "Al-Shabab Attack in Mogadishu Leaves 9 Dead", "Says"),
 ("amisom", "the AU mission", "INDIRECT", "Nine people are dead after al-Shabab militants attacked an African Union base on the edge of Mogadishu International Airport", "said"),
 ("amisom", "The African Union Mission to Somalia, or AMISOM", "INDIRECT", "al-Shabab fighters, some dressed in Somali National Army uniforms, breached the compound around midday Thursday and tried to gain access to what AMISOM called critical infrastructure", "said"),
 ("amisom", "It", "INDIRECT", "five attackers, three AU soldiers and one civilian contractor died in the ensuing struggle for control of the base, and three al-Shabab militants were captured", "said"),
 ("amisom", "AMISOM", "INDIRECT", 'it had regained control of the base and "restored normalcy."', "said"),
 ("amisom", "AMISOM", "DIRECT", "restored normalcy.", "said"),
 ("al_shabab", "al-Shabab", "INDIRECT", "the raid targeted a Christmas party at the base", "said"),
 ("al_shabab", "an al-Shabab spokesman", "INDIRECT", "the militants had killed 14 people", "saying"),
]
S["003"] = [
 ("imf", "The International Monetary Fund", "INDIRECT", "the main culprit was weaker growth in the United States, the world's largest economy", "saying"),
 ("olivier_blanchard", "he", "DIRECT", "The effects on the rest of the world economy are likely to be limited,", "said"),
 ("olivier_blanchard", "he", "INDIRECT", 'IMF analysts do not view the recent plunge in Chinese stock values "as a major macroeconomic issue."', "said"),
 ("olivier_blanchard", "he", "DIRECT", "as a major macroeconomic issue.", "said"),
 ("imf", "The IMF", "INDIRECT", "the growth in emerging market economies will slow from 4.6 percent last year to 4.2 percent in 2015, partly because of lower commodity prices", "said"),
]
S["004"] = [
 (None, "Syrian activists", "INDIRECT", "forces loyal to President Bashar al-Assad have clashed with anti-government protesters in Damascus and several other cities", "say"),
 (None, "Activists", "INDIRECT", "pro-government forces had attacked demonstrators leaving a mosque in the capital", "said"),
 (None, "They", "INDIRECT", "security forces killed one person at an opposition rally in the northern Idlib province", "say"),
 ("sana", "The state-run SANA news agency", "INDIRECT", 'foreign news organizations "fabricated" the stories', "says"),
 ("sana", "The state-run SANA news agency", "DIRECT", "fabricated", "says"),
 ("united_nations", "The United Nations", "INDIRECT", "more than 2,000 people have died in the country during the government's crackdown on dissent", "says"),
 ("bashar_al_assad", "he", "DIRECT", "gangs", "calls"),
 ("bashar_al_assad", "he", "DIRECT", "terrorists.", "calls"),
 (None, "rights groups and activists", "INDIRECT", "security forces shot at protesters in areas that included the Damascus suburb of Douma, Dara'a province in the south and the eastern town of Deir Ezzor", "said"),
 (None, "They", "INDIRECT", "at least three people were killed", "said"),
 ("syrian_government", "Syria", "INDIRECT", '"hooded gunmen" opened fire on law enforcement officers in Deir Ezzor, wounding three officers', "saying"),
 ("syrian_government", "Syria", "DIRECT", "hooded gunmen", "saying"),
 ("sana", "SANA", "INDIRECT", "law enforcement officers responded by shooting and killing two of the gunmen", "said"),
 ("sana", "The news agency", "INDIRECT", '"gunmen" attacked a security building in Douma, wounding two guards', "said"),
 ("sana", "The news agency", "DIRECT", "gunmen", "said", 'also said "gunmen" attacked'),
]
S["005"] = [
 ("who", "WHO", "INDIRECT", "Reported Swine Flu Cases Rise to 4,379", ":"),
 ("who", "The WHO", "INDIRECT", "as of Sunday, 29 countries have officially reported a total of 4,379 cases of the illness, commonly referred to as swine flu", "says"),
 ("us_government", "U.S. health officials", "INDIRECT", "there have been 2,532 confirmed cases in 44 states", "said"),
 (None, "Officials", "INDIRECT", "the man had underlying heart conditions and viral pneumonia at the time of his death", "said"),
 ("carlos_olmos", "Mexican Health Ministry spokesman Carlos Olmos", "INDIRECT", "the latest deaths happened on or before May 6 and involved previously suspected cases", "said"),
 ("british_government", "The British government", "INDIRECT", "it has decoded the genetic information of the virus", "announced"),
 ("japan_health_ministry", "Japan's Health Ministry", "INDIRECT", "it is continuing to monitor the health of airline passengers who arrived in Japan Friday on the same flight as four people who have tested positive for swine flu", "said"),
 ("who", "The World Health Organization", "INDIRECT", "there is one confirmed case in Hong Kong", "says"),
 ("chinese_government", "China's government", "INDIRECT", "it found its first suspected case in mainland China", "said"),
]
S["006"] = [
 ("eccc", "the special courts", "INDIRECT", "Lawyers for the notorious prison chief known as Duch have launched the first appeal of the tribunal process, asking that a pre-trial chamber release the suspect ahead of his hearings", "announced"),
 ("eccc", "tribunal officials", "INDIRECT", "Duch's lawyers, Kar Savuth and Francois Roux, filed the appeal against his detention Aug. 23", "said"),
 ("eccc", "the statement", "INDIRECT", 'The case was sent to the pre-trial chambers of the tribunal court, "which will deal with the matter expeditiously,"', "said"),
 ("eccc", "the statement", "DIRECT", "which will deal with the matter expeditiously,", "said"),
 ("reach_sambath", "tribunal spokesman Reach Sambath", "DIRECT", "The pre-trial chamber will decide whether [Duch] will continue to be detained,", "said"),
 ("reach_sambath", "tribunal spokesman Reach Sambath", "DIRECT", "So we will know in the near future.", "said"),
 ("sok_sam_oeun", "Sok Sam Oeun, director of the Cambodian Defenders Project, a nonprofit legal group providing legal aid to the poor", "INDIRECT", "The appeal is a test for the UN-supported tribunal", "said"),
 ("sok_sam_oeun", "he", "DIRECT", "I think the lawyers acted in accordance with regulations,", "said"),
 ("sok_sam_oeun", "he", "DIRECT", "If the lawyers are not active, they cannot make the court show its true nature. So the lawyers have to be active. We are waiting to see what the court decides. In the past, sometimes the [national] courts decided without good reason. Now we can learn what kind of reason the Khmer Rouge tribunal will give.", "said"),
]
S["007"] = [
 (None, "Election officials", "INDIRECT", "Mr. Jammeh had won with 72 percent of the vote", "announced"),
 ("ecowas", "The Economic Community of West African States", "INDIRECT", "the vote cannot be considered fair", "said"),
 ("yahya_jammeh", "Mr. Jammeh", "INDIRECT", "voters would elect him to a new five-year term based on his record since taking power in a coup 17 years ago", "said"),
 ("yahya_jammeh", "He", "INDIRECT", "he has accomplished more than the British did during 400 years of colonialism", "said"),
 (None, "The president's supporters", "INDIRECT", "he has helped improve the country's infrastructure, education and health care", "say"),
 (None, "his critics", "INDIRECT", "Gambia is still deep in poverty", "say"),
 ("mustapha_carayol", "Mustapha Carayol", "INDIRECT", "each party campaigned freely and there was no intimidation", "told"),
 ("ousainu_darboe", "Opposition candidate Ousainu Darboe", "INDIRECT", "Gambians are disenchanted with Mr. Jammeh and are ready for change", "told"),
]
S["008"] = [
 ("michael_bloomberg", "Mayor Michael Bloomberg, on hand to give the awards to the winners", "INDIRECT", "New York's marathon is a reflection of the country's spirit", "said"),
 ("michael_bloomberg", "he", "DIRECT", "Thirty-five thousand runners from 88 different countries, 12 thousand volunteers, two million plus people who stood on the sidelines and cheered, while we have problems around the world and our young men and women are trying to defend democracy, you see why we're doing it right here, in a city where everybody gets along,", "said"),
 ("carolyn_brady", "she", "DIRECT", "It was a dream come true because I am born in New York City, and that was something I always looked forward to doing,", "said"),
 ("andrew_bergman", "he", "DIRECT", "We're supporting him because he's a great neighbor and a good friend and he's running to support Sloan Kettering Cancer Hospital. And I'm a cancer survivor also. He was my doctor,", "said"),
]
S["009"] = [
 ("bush_administration", "The Bush administration", "INDIRECT", "it will not comment on reports it is considering a naval build-up off the coast of Iran", "says"),
 ("department_of_defense", "unnamed defense department officials", "INDIRECT", "the Pentagon is considering a buildup of U.S. Navy forces in the Gulf", "saying"),
 ("brian_whitman", "spokesman Brian Whitman", "INDIRECT", "the navy moves ships when necessary, but does not talk about specific moves, plans and contingencies", "said"),
 ("tony_snow", "He", "DIRECT", "We do not comment on tactical moves, reported or otherwise.", "said"),
 ("tony_snow", "he", "DIRECT", "Let there be no mistake what our position is toward the Iranians,", "said"),
 ("tony_snow", "he", "DIRECT", "But again, when it comes to describing any ongoing military activity, you bet it is not something that I am going to do.", "said"),
]
S["010"] = [
 (None, "Officials in eastern Afghanistan", "INDIRECT", "militants, including suicide bombers, stormed a remote district early Friday, sparking a gunbattle that killed 10 people", "say"),
 ("muhammad_zarin", "the provincial governor's spokesman Muhammad Zarin", "INDIRECT", "at least 17 militants crossed the border from Pakistan and attacked a compound that housed government offices and residences", "said"),
 ("afghan_government", "Afghan authorities", "INDIRECT", "the nearly 12-hour gunfight ended when security forces killed all of the attackers", "say"),
 (None, "Officials", "INDIRECT", "NATO provided air support to Afghan forces battling the militants", "said"),
]
S["011"] = [
 ("thun_saray", "Observer", "INDIRECT", "On Trial, Duch Now More Defensive", ":"),
 ("thun_saray", "a leading rights advocate and tribunal observer", "INDIRECT", "As his tribunal hearing continues, Duch has become more defensive than he was at the outset", "said"),
 ("thun_saray", "Thun Saray, head of the rights group Adhoc", "INDIRECT", "In the beginning of his trial at the UN-backed court, Duch was apologetic, but in recent days, he has begun to defend himself as a victim of the regime\u2019s leadership", "said"),
 ("thun_saray", "Thun Saray", "DIRECT", "In the beginning, Duch seemed to honestly admit his big mistakes, but later he has tended to be defensive when it came to torturing and killings, [with him] saying he just followed an order from the top,", "said"),
 ("duch", "him", "INDIRECT", "he just followed an order from the top", "saying"),
 ("thun_saray", "Thun Saray", "INDIRECT", "the tribunal was operating at international standards", "said"),
 ("thun_saray", "he", "DIRECT", "There is different way from Duch\u2019s trial compared to those of Cambodian local court hearings,", "said"),
 ("thun_saray", "he", "DIRECT", "The tribunal can be a good example for our judicial reform.", "said"),
 (None, "Some", "INDIRECT", "countries involved in the wars that brought the Khmer Rouge to power should be indicted", "said"),
 ("thany", "one caller from Banteay Meanchey, named Thany", "DIRECT", "When the Khmer Rouge forces were fighting the US-backed Lon Nol regime, I saw Vietnamese troops fighting alongside the Khmer Rouge soldiers until their victory and the start of the killings,", "said"),
 ("thany", "one caller from Banteay Meanchey, named Thany", "DIRECT", "I am sorry that they are now not indicted.", "said"),
]
S["012"] = [
 ("car_electoral_commission", "The electoral commission in the Central African Republic", "INDIRECT", "the president has been re-elected with nearly thirds of the vote", "says"),
 ("car_electoral_commission", "The electoral commission", "INDIRECT", "provisional results from January's vote show President Francois Bozize has won re-election with more than 66 percent of ballots cast", "says"),
 (None, "provisional results", "INDIRECT", "finished second with just over 20 percent of the vote", "according to"),
 (None, "An opposition coalition that includes a former prime minister and a former defense minister", "DIRECT", "masquerade.", "calling"),
 ("francois_bozize", "President Bozize's spokesman", "INDIRECT", "his re-election is a great victory for the people", "says"),
 ("car_electoral_commission", "the electoral commission", "INDIRECT", "it was not ready", "said"),
]

NOTES = {
 ("001", "s2"): "The 'local journalist in Lae' is the reporter Oseah Philemon named in the next paragraph.",
 ("001", "s5"): "One statement for the coordinated clauses 'X, but that Y' sharing one verb.",
 ("004", "s7"): "'what he calls armed \"gangs\" and \"terrorists\"': Assad's own words, quoted; annotated as DIRECT (borderline, see SOURCES.md).",
 ("005", "s3"): "Unnamed officials of a named government ('U.S. health officials') get the government as speaker.",
 ("005", "s6"): "The participle 'bringing it a step closer ...' is read as the reporter's comment and left out.",
 ("006", "s1"): "'the special courts' = the Khmer Rouge tribunal (ECCC). The request 'asking that ...' inside the reported clause is not annotated separately.",
 ("011", "s1"): "Headline attribution by colon; 'Observer' is Thun Saray.",
 ("011", "s5"): "Speech reported inside a quote: Duch saying he followed orders (nested INDIRECT).",
 ("012", "s5"): "An unnamed spokesman speaking for a named person gets that person as speaker.",
}

def build():
    man = []
    for n in sorted(ART):
        body = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
        sts = []
        for i, spec in enumerate(S[n], 1):
            sp, attr, kind, text, cue = spec[:5]
            ctx = spec[5] if len(spec) > 5 else text
            c = body.count(ctx)
            assert c == 1, (n, i, ctx, c)
            base = body.index(ctx)
            off = ctx.index(text)
            st = base + off; en = st + len(text)
            assert body[st:en] == text
            d = {"key": f"s{i}", "speaker": sp, "attribution": attr, "kind": kind,
                 "text": text, "start": st, "end": en, "cue": cue}
            if (n, f"s{i}") in NOTES: d["note"] = NOTES[(n, f"s{i}")]
            sts.append(d)
        sts.sort(key=lambda d: d["start"])
        # keys must follow text order
        a = ART[n]
        doc = {"article": {"body": n + ".txt", "url": a["url"], "title": a["title"],
                           "outlet": "Voice of America", "publishedOn": a["publishedOn"],
                           "language": "en", "license": LIC, "source": a["source"]},
               "statements": sts}
        with open(os.path.join(D, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
        man.append(n + ".json")
    with open(os.path.join(D, "manifest.json"), "w") as f:
        json.dump({"topics": "topics.json", "actors": "actors.json", "articles": man}, f); f.write("\n")
    with open(os.path.join(D, "topics.json"), "w") as f:
        json.dump({"topics": []}, f); f.write("\n")

if __name__ == "__main__":
    build()
