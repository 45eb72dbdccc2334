#!/usr/bin/env python3
"""Hand annotations of the test28 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ...
are given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.usaid.gov/results-data/success-stories/road-project-reveals-benefits",
   title="Road Project Reveals Benefits", publishedOn="2011-01-01", outlet="USAID",
   source="stored copy of the usaid.gov success story (web page corpus); photo captions and the two summary lines under the headline omitted; TRUNCATED: the paragraph 'Because the road had a direct impact on Sayed\u2019s farm, ... He is happy that he will be able to get his wheat crop ' breaks off and was left out (it holds one more quotation, '\u201cThe road compaction ...,\u201d said Sayed.'); date ESTIMATED (year only): the page shows none; USAID stabilization cash-for-work in Kandahar's Daman District, about 2010-2011"),
 "002": dict(url="https://2012-2017.usaid.gov/km/news-information/press-releases/usaid-sends-flood-aid-and-relief-experts-pakistan",
   title="USAID Sends Flood Aid and Relief Experts to Pakistan", publishedOn="2010-08-03", outlet="USAID",
   source="stored copy of the USAID press release on the 2012-2017 usaid.gov archive (web page corpus); the release box ('For Immediate Release', date, 'USAID Press Office', telephone) omitted; TRUNCATED: the paragraph 'The United States has also provided a total of 316,584 halal meals ... In addition, 11' breaks off and was left out; date from the release line 'Tuesday, August 3, 2010'"),
 "003": dict(url="https://af.usembassy.gov/u-s-embassy-kabul-special-charge-daffaires-ambassador-hugo-llorens-visits-herat/",
   title="U.S. Embassy Kabul Special Charg\u00e9 d\u2019Affaires Ambassador Hugo Llorens Visits Herat", publishedOn="2017-01-01", outlet="U.S. Embassy Kabul",
   source="stored copy of the U.S. Embassy Kabul news page (web page corpus); double spaces after full stops kept as in the source; appears complete as stored; date ESTIMATED (year only): the copy shows none; Hugo Llorens was the embassy's Special Charg\u00e9 d'Affaires in 2016-2017"),
 "004": dict(url="https://jo.usembassy.gov/access-english-students-graduation/",
   title="Access English Students Graduation", publishedOn="2015-01-01", outlet="U.S. Embassy Amman",
   source="stored copy of the U.S. Embassy Amman news page (web page corpus); complete as stored; 'Micro scholarship' and the unclosed quotation of Ambassador Wells as in the source; date ESTIMATED (year only): the copy shows none; Alice G. Wells was ambassador to Jordan 2014-2017"),
 "005": dict(url="https://it.usembassy.gov/strengthening-cooperatives-supports-workers-worldwide/",
   title="Strengthening cooperatives supports workers worldwide", publishedOn="2021-07-03", outlet="U.S. Embassy and Consulates in Italy (ShareAmerica)",
   source="stored copy of the U.S. Mission Italy page (web page corpus), a ShareAmerica (State Department) story; two photo captions omitted; TRUNCATED: the paragraph 'Working in partnership with the Global Shea Alliance, USAID has als...' breaks off and was left out; date ESTIMATED: the story marks the International Day of Cooperatives 'On July 3' of a 'post-pandemic' year, which fits 3 July 2021"),
 "006": dict(url="https://2017-2020-uat.usaid.gov/mali/news/growing-opportunity-farmer-farmer-mali",
   title="Growing Opportunity: Farmer-to-Farmer in Mali", publishedOn="2020-01-01", outlet="USAID Mali",
   source="stored copy of the USAID Mali news page on the 2017-2020 archive (staging host 2017-2020-uat.usaid.gov; web page corpus); the stored copy has no headline: the headline is RECONSTRUCTED from the URL slug on the model of the sibling story 'Resilient Together: Farmer-to-farmer in Mali' (010) and is not verbatim; 'Speeches Shim' omitted; TRUNCATED: the paragraph 'The John Ogonowski and Doug Bereuter Farmer-to-Farmer Program (F2F) is a long-standing program funded by the' breaks off and was left out; date ESTIMATED (year only): none on the copy; the archive covers 2017-2020 and a partner's version of the same story is dated Nov. 2020"),
 "007": dict(url="http://2007-2017-blogs.state.gov/stories/2016/06/30/department-officials-engageamerica-global-refugee-crisis.html",
   title="Department Officials #EngageAmerica on the Global Refugee Crisis", publishedOn="2016-06-30", outlet="U.S. Department of State (DipNote)",
   source="stored copy of the State Department's DipNote blog archive (web page corpus); 'to meet with met with' and 'U.S Diplomacy Center' as in the source; TRUNCATED: the paragraph 'These are just a few of several events ... where she discussed the signifi' breaks off and was left out; date from the URL"),
 "008": dict(url="http://blog.usaid.gov/2010/08/saving-mothers-and-newborns-in-afghanistan/",
   title="Saving Mothers and Newborns in Afghanistan", publishedOn="2010-08-01", outlet="USAID Impact blog",
   source="stored copy of USAID's official blog (blog.usaid.gov; web page corpus); the stored copy has no headline: the headline is RECONSTRUCTED from the URL slug and is not verbatim; the credit line 'Submitted by the USAID Maternal and Child Health Integrated Project (MCHIP)' and a photo caption omitted; TRUNCATED: the paragraph 'USAID\u2019s Health Services Support Project, ... have been est' breaks off and was left out; date from the URL (month only: 2010/08; the day is set to the 1st)"),
 "009": dict(url="https://2017-2020-uat.usaid.gov/egypt/press-releases/sep-9-2018-united-states-commits-138-million-water-sector-support",
   title="United States Commits $13.8 Million for Water Sector Support", publishedOn="2018-09-09", outlet="USAID Egypt",
   source="stored copy of the USAID Egypt press release on the 2017-2020 archive (staging host; web page corpus); the archive banner and the 'Comment' form omitted; the stored copy has no headline: the headline is RECONSTRUCTED from the URL slug and is not verbatim; complete as stored; date from the URL ('signed ... today')"),
 "010": dict(url="https://2017-2020.usaid.gov/mali/news/resilient-together-farmer-farmer-mali",
   title="Resilient Together: Farmer-to-farmer in Mali", publishedOn="2020-11-24", outlet="USAID Mali",
   source="stored copy of the USAID Mali news page on the 2017-2020 archive (web page corpus); 'Speeches Shim', the date line and the photo caption omitted; the double space in 'Feed the Future  Farmer-to-Farmer' kept as in the source; TRUNCATED: the paragraph 'The change was remarkable. ... among the members\u2019 ' breaks off and was left out; date from the date line 'Tuesday, November 24, 2020'"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("sayed_rakhmat", "he", "DIRECT", "The road is always in terrible condition,", "declared",
   N(note="'he' = Sayed Rakhmat (named in the same paragraph). The lead's 'they will tell you exactly what they think of the roads' (a hypothetical report with a wh-object) and 'asked USAID to rehabilitate' (a request with an infinitive) are not annotated")),
 ("sayed_rakhmat", "he", "DIRECT", "Because of this, I\u2019m forced to watch most of my wheat crop spoil every year,", "added",
   N(note="'he added bitterly'")),
]
S["002"] = [
 ("rajiv_shah", "Dr. Rajiv Shah, administrator of the United States Agency for International Development", "DIRECT", "We stand by the people of Pakistan in their time of need and are working with the Pakistani government to learn what assistance we can best provide,", "said",
   N(onBehalfOf="usaid", note="named official after his words ('said Dr. Rajiv Shah, administrator of ...')")),
 ("rajiv_shah", "Dr. Rajiv Shah, administrator of the United States Agency for International Development", "DIRECT", "To help expedite our aid, I am deploying USAID humanitarian relief experts to work in support of the Government of Pakistan and manage the overall U.S. response effort. These experts will include staff who have worked so successfully with Lt. Gen. (R) Nadeem Ahmed, the Chairman of Pakistan's National Disaster Management Authority, since the 2005 earthquake.", "said",
   N(onBehalfOf="usaid", note="second span of an interrupted quote")),
]
S["003"] = [
 ("hugo_llorens", "Llorens", "DIRECT", "The United States and our NATO partners stand together with the people of Afghanistan,", "said",
   N(onBehalfOf="us_embassy_kabul", note="'highlighted the ongoing partnership ...', 'cited the gains made ...' and 'stressing the continued efforts at ...' (previous paragraph) are noun-object reports and are not annotated")),
 ("hugo_llorens", "Llorens", "DIRECT", "We support our Afghan military and police partners, who are leading the fight against extremist violence, as well as our many civilian partners, who are building Afghanistan\u2019s economy and shaping the next generation\u2019s leaders.  I am impressed with the vitality of Herat and its leadership.", "said",
   N(onBehalfOf="us_embassy_kabul", note="second span of an interrupted quote; the double space inside is the source's")),
]
S["004"] = [
 (None, "One graduate", "DIRECT", "The day I was informed that I was admitted into the program, was one of the luckiest and happiest days of my life. I knew back then that this was the start of a new phase of my life. A phase that is full of hope, the hope of a better present and better future.", "stating",
   N(note="unnamed graduate: speaker null; 'described the program\u2019s impact on his life' (noun object) is not annotated. BORDERLINE (previous paragraph): Ambassador Wells' quotation after 'encouraged the graduates noting:' is never closed in the source, so it cannot be a DIRECT span (check.py requires a closing mark) and is not annotated")),
 (None, "Another graduate", "INDIRECT", "she had learned personal responsibility through the Access program", "spoke",
   N(note="BORDERLINE: 'spoke of how <clause>' read as a speech report; unnamed graduate: speaker null")),
 (None, "Another graduate", "DIRECT", "Access is part of me now. Throughout this journey, we have learned to be responsible; that the fate of our education is in our hands. We do our own work, our own research, and we write our own essays. With time, Access students become one family. We have a mission of working together to make this world a better place\u2026", "spoke",
   N(note="quotation appended after a comma to 'spoke of how ...'; credited to the same unnamed graduate with that cue; the ellipsis inside the closing mark is kept")),
]
S["005"] = [
 ("radhika_bolakhe", "Bolakhe", "INDIRECT", "she can now cut feed in 20 minutes", "says",
   N(note="surname of Radhika Bolakhe, named in the previous sentence")),
 ("radhika_bolakhe", "Bolakhe", "DIRECT", "We could not afford the machinery needed to chop hay and straw on our own,", "said", N()),
 ("radhika_bolakhe", "Bolakhe", "DIRECT", "Thanks to the support from the cooperative, my workload has now decreased and my livestock receives nutritious feed.", "said",
   N(note="second span of an interrupted quote")),
 ("united_nations", "the U.N.", "INDIRECT", "The jointly owned and democratically controlled enterprises can help restart post-pandemic economies and increase prosperity while reducing inequality", "says",
   N(note="clause before the verb ('..., the U.N. says.'); a body speaking as a whole")),
]
S["006"] = [
 ("amadou_diaby", "Amadou Diaby, President of the Cooperative", "DIRECT", "Honestly, I will need a few hours to explain my satisfaction.", "responded",
   N(onBehalfOf="katibougou_cooperative", note="quotation after 'responded' with no comma; the asker of 'When asked about the impact' is not named and is not annotated")),
 ("amadou_diaby", "Diaby", "DIRECT", "Now I can farm staple crops such as peanuts and cowpeas for my family consumption and use the crop byproducts to support my primary animal husbandry business. Each year I am selling goats at a profit and have more orders for my goats than I can deliver. Having been trained by the American F2F volunteers, I am now providing fee-for-services to other herders and planting forage trees to improve my animals\u2019 productivity and therefore increase my profit!", "states",
   N(onBehalfOf="katibougou_cooperative", note="'Diaby proudly states, \u201c...\u201d'. 'Neighbors frequently ask him for advice' (a request, no content) is not annotated")),
]
S["007"] = [
 (None, "The participants", "INDIRECT", "their personal experiences informed their decision to serve their country", "emphasizing",
   N(note="BORDERLINE: participial 'emphasizing how <clause>' read as a speech report (participial cues are annotated, as 'saying'); the participants are State Department employees who are former refugees, speaking for themselves: speaker null. 'shared their individual histories' (noun object) is not annotated")),
 ("john_kerry", "the Secretary", "DIRECT", "a huge effort is being made to respond to this crisis, but I have to tell you my friends, all of our efforts still fall short of the need. Every nation, every sector, every individual has a responsibility to try to do more,", "stress",
   N(onBehalfOf="us_state_department", note="'the Secretary' = Secretary of State John Kerry. BORDERLINE: the whole complement of 'stress that' is quoted (first person inside); annotated as DIRECT only, not also as an INDIRECT clause, since the reported clause and the quotation coincide")),
 ("john_kerry", "the Secretary", "DIRECT", "the refugee story, at its heart, is not about statistics. It\u2019s about people.", "stress",
   N(onBehalfOf="us_state_department", note="second quotation joined by 'because,' to the same 'took the opportunity to stress that'; credited to Kerry with that cue")),
]
S["008"] = [
 ("sadiqa_husseini", "Sadiqa", "DIRECT", "When I saw this happen in my own family, I wanted to become a midwife,", "said",
   N(note="'Sadiqa' = Sadiqa Husseini (named in the first paragraph)")),
 ("sadiqa_husseini", "Sadiqa", "DIRECT", "I didn\u2019t want other women to suffer like my sister and her family.", "said",
   N(note="second span of an interrupted quote")),
]
S["009"] = [
 ("sherry_carlin", "U.S. Agency for International Development (USAID) Mission Director to Egypt Sherry F. Carlin", "DIRECT", "In support of the Government of Egypt\u2019s strategic vision to reform water and wastewater utilities, USAID will provide technical assistance with a focus on operational efficiency and quality of service,", "said",
   N(onBehalfOf="usaid", note="named official after her words, with a long title before the name")),
 ("sherry_carlin", "U.S. Agency for International Development (USAID) Mission Director to Egypt Sherry F. Carlin", "DIRECT", "This will help HCWW and its subsidiaries reach self-sufficiency and ensure the continuation of services vital for the health and well-being of Egyptian families.", "said",
   N(onBehalfOf="usaid", note="second span of an interrupted quote")),
]
S["010"] = [
 ("yacouba_diarra", "Diarra", "DIRECT", "I have a deep gratitude to the Farmer-to-Farmer program,", "says",
   N(note="quotation before 'says Diarra' (present tense, inverted)")),
 ("nelson_mandela", "the Nelson Mandela quote", "DIRECT", "Education is the most powerful weapon which you can use to change the world.", "quote",
   N(note="BORDERLINE: a quotation attributed by the noun 'the Nelson Mandela quote' with no speech verb, cited as a maxim Diarra 'has lived by'; annotated as Mandela's DIRECT words with cue 'quote'. An extractor that skips it is defensible. Not annotated: 'struggled to convince people that ...' (attempted persuasion, no report of what was said), 'felt that ...' (belief), 'asked to host', 'lobbied the BFC members to engage ...' (requests with an infinitive)")),
]

A = actor
ACTORS = [
 A("sayed_rakhmat", "PERSON", "Sayed Rakhmat", "Sayed"),
 A("kandahar_municipality", "GOVERNMENT", "Kandahar Municipality"),
 A("usaid", "GOVERNMENT", "U.S. Agency for International Development", "USAID", "United States Agency for International Development"),
 A("rajiv_shah", "PERSON", "Rajiv Shah", "Dr. Rajiv Shah", "Shah"),
 A("nadeem_ahmed", "PERSON", "Nadeem Ahmed", "Lt. Gen. (R) Nadeem Ahmed"),
 A("pakistan_ndma", "GOVERNMENT", "National Disaster Management Authority (Pakistan)", "Pakistan's National Disaster Management Authority"),
 A("government_of_pakistan", "GOVERNMENT", "Government of Pakistan", "Pakistani government"),
 A("hugo_llorens", "PERSON", "Hugo Llorens", "Llorens", "Ambassador Llorens"),
 A("us_embassy_kabul", "GOVERNMENT", "U.S. Embassy Kabul", "U.S. Embassy in Kabul"),
 A("mohammad_jumma_adil", "PERSON", "Mohammad Jumma Adil"),
 A("nato", "ORGANIZATION", "NATO", "NATO coalition"),
 A("alice_wells", "PERSON", "Alice G. Wells", "Ambassador Wells", "Wells"),
 A("us_embassy_amman", "GOVERNMENT", "U.S. Embassy Amman"),
 A("radhika_bolakhe", "PERSON", "Radhika Bolakhe", "Bolakhe"),
 A("patikhoriya_cooperative", "ORGANIZATION", "Patikhoriya Cooperative"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("amadou_diaby", "PERSON", "Amadou Diaby", "Diaby"),
 A("katibougou_cooperative", "ORGANIZATION", "Katibougou Farmer\u2019s Cooperative", "Katibougou Farmer's Cooperative"),
 A("john_kerry", "PERSON", "John Kerry", "Secretary Kerry", "Kerry"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. Department of State"),
 A("angelina_jolie_pitt", "PERSON", "Angelina Jolie Pitt", "Jolie Pitt", "Ms. Jolie Pitt"),
 A("anne_c_richard", "PERSON", "Anne C. Richard", "Assistant Secretary Richard"),
 A("sadiqa_husseini", "PERSON", "Sadiqa Husseini", "Sadiqa"),
 A("sherry_carlin", "PERSON", "Sherry F. Carlin", "Sherry Carlin", "Carlin"),
 A("hcww", "COMPANY", "Holding Company for Water and Wastewater", "HCWW"),
 A("government_of_egypt", "GOVERNMENT", "Government of Egypt"),
 A("yacouba_diarra", "PERSON", "Yacouba Diarra", "Diarra"),
 A("bougouni_farmers_cooperative", "ORGANIZATION", "Bougouni Farmers\u2019 Cooperative", "BFC", "Bougouni Farmers' Cooperative"),
 A("nelson_mandela", "PERSON", "Nelson Mandela", "Mandela"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
