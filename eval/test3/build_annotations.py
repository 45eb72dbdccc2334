#!/usr/bin/env python3
"""Hand annotations of the test3 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev3/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voanews.com/a/tropical-storm-erika-dissipates/2938162.html",
   title="Tropical Storm Erika Dissipates After Killing 21", publishedOn="2015-08-29",
   source="stored copy of the voanews.com page (web page corpus); navigation, photo caption and the 'VOA News' byline box omitted; complete as stored; date inferred (photo caption dated Aug. 29, 2015; Florida's emergency was declared 'Friday', 28 August 2015)"),
 "002": dict(url="https://www.voanews.com/a/suspected-al-shabab-terrorist-kills-4-police-officers-hold-hostages/3417916.html",
   title="Kenyan Police Officer Fatally Shoots Six Colleagues", publishedOn="2016-07-14",
   source="stored copy of the voanews.com page (web page corpus; the URL slug is an earlier headline); navigation and photo caption omitted; TRUNCATED: the paragraph 'Al-Shabab has been behind several terrorist attacks ...' breaks off and was left out; date inferred (caption dated July 14, 2016, a Thursday; the shooting was 'on Thursday')"),
 "003": dict(url="https://www.voanews.com/a/a-13-2007-08-17-voa9/338366.html",
   title="Ground Operations Suspended After Rescue Workers Killed in Utah Mine Collapse", publishedOn="2007-08-17",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; the lead paragraph (VOA's summary) kept; TRUNCATED: the next quote paragraph of Governor Huntsman ('\"We, as a state, don't want any more injuries,\" ...') breaks off and was left out; date from the URL"),
 "004": dict(url="http://www.voanews.com/content/search-for-survivors-offers-small-glimmer-of-hope-as-aid-trickles-to-haiti-81954137/111527.html",
   title="Search for Survivors Offers Small Glimmer of Hope as Aid Trickles to Haiti", publishedOn="2010-01-17",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; TRUNCATED: the quote paragraph of Rajiv Shah ('\"We are talking about 3.5-million people in need ...') breaks off and was left out; typo 'Hatian' and double spaces as in the source; date inferred (Christensen was rescued 'on Sunday' after five days under the rubble of the 12 January 2010 quake, i.e. Sunday 17 January 2010)"),
 "005": dict(url="https://www.voanews.com/world-news/middle-east-dont-use/aid-workers-struggle-cope-syrian-refugee-influx",
   title="Aid Workers Struggle to Cope with Syrian Refugee Influx", publishedOn="2012-10-15",
   source="stored copy of the voanews.com page (web page corpus); the contributor line 'Sebastian Meyer in Bab Al-Salama Camp, Syria, contributed to this report.' and the page widgets omitted; complete as stored; the dateline 'BAB AL-SALAMA CAMP, NORTHERN SYRIA - ' kept as the start of the first paragraph; date ESTIMATED (no date on the page: the UN projection of 700,000 refugees by the end of the year, Turkey hosting 100,000 and 'winter is coming' point to October 2012; could be off by weeks)"),
 "006": dict(url="http://www.voanews.com/content/syrian-military-bombs-factory-in-north/1553657.html",
   title="Fighting Rages in Syria; UNHCR Warns of Growing Trauma", publishedOn="2012-11-27",
   source="stored copy of the voanews.com page (web page corpus; the URL slug is an earlier headline); navigation, photo caption and the 'VOA News' byline omitted; TRUNCATED: the paragraph 'The UNHCR's Amos said ...' breaks off and was left out; date inferred (caption dated November 26, 2012, a Monday; the events are 'Tuesday')"),
 "007": dict(url="http://www.voanews.com/content/aquino-vows-to-stay-in-typhoon-hit-central-philippines/1791958.html",
   title="Aquino Vows to Stay in Typhoon-hit Central Philippines", publishedOn="2013-11-18",
   source="stored copy of the voanews.com page (web page corpus); navigation, the video box (its caption repeats the lead sentence; time stamp 'November 18, 2013 10:19 AM') and the byline omitted; TRUNCATED: the stored copy continues with a photo gallery and breaks off, so the body ends with the fourth paragraph; double spaces as in the source; date from the video time stamp (Aquino spoke 'Sunday', 17 November 2013)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("roosevelt_skerrit", "Dominica Prime Minister Roosevelt Skerrit", "INDIRECT", 'Erika brought "monumental destruction" to the tiny island (751 square kilometers, or 290 square miles) of nearly 75,000 people', "said",
   N(onBehalfOf="dominica", note="the parenthetical conversion sits inside the reported clause and is kept (it is probably the reporter's, but cannot be cut without splitting the clause)")),
 ("roosevelt_skerrit", "Dominica Prime Minister Roosevelt Skerrit", "DIRECT", "monumental destruction", "said", N(onBehalfOf="dominica")),
 ("roosevelt_skerrit", "Skerrit", "DIRECT", "The visual damage I saw today, I fear, may have set our development process back by 20 years,", "said", N(onBehalfOf="dominica")),
 ("national_hurricane_center", "The National Hurricane Center in Miami", "INDIRECT", "while the storm has weakened, it could rebuild as it passes over the Gulf of Mexico", "said",
   N(note="'At least 20 people were reported killed' (passive, no source) and 'declared a state of emergency' (noun-phrase object) are not annotated")),
 (None, "Forecasters", "INDIRECT", "Ignacio's path was uncertain, but it could cause widespread damage because of the storm's dangerous surf, winds and rain", "said",
   N(note="unnamed forecasters, no named body: speaker null")),
]
S["002"] = [
 (None, "witnesses", "INDIRECT", "A gunman who shot dead six Kenyan police officers inside a police station in western Kenya on Thursday is a police officer himself", "said",
   N(note="clause before the verb; unnamed witnesses: speaker null")),
 (None, "Initial reports widely spread by both local and international media outlets", "INDIRECT", "the man was a suspected recruiter for al-Shabab", "said",
   N(note="unnamed reports: speaker null. Ends before the appositive ', an armed militant group based in neighboring Somalia' (the reporter's gloss)")),
 ("kenya_police", "two Kenyan police officers in the area", "INDIRECT", "the killer was a Kenyan police officer", "told",
   N(note="anonymous members of a named body (the Kenyan police) are credited to the body, as 'a Foreign Ministry spokesman' is in eval/test; they spoke on condition of anonymity, not for the police, so this is a borderline case (see SOURCES.md)")),
 ("kenya_police", "one Kenyan police officer", "DIRECT", "The shooter was a police officer named Maslah. As soon as he came to his shift at the station around 4:00 a.m. local time this morning, he took his gun and shot five of his fellow police officers and later he killed another police officer,", "told",
   N(note="anonymous police officer: credited to the body, as s3")),
 ("kenya_police", "He", "INDIRECT", 'the man was a "disgruntled policeman."', "said",
   N(note="'He' = 'Another police officer who declined to give his name' (previous sentence); credited to the body, as s3")),
 ("kenya_police", "He", "DIRECT", "disgruntled policeman.", "said"),
 ("kenya_police", "the anonymous officer", "DIRECT", "I knew the man. His name was Maslah. He was Somali Kenyan police officer at the station,", "said",
   N(note="opening straight quote, closing curly quote, as in the source")),
 ("kenya_police", "the anonymous officer", "DIRECT", "He had submitted a resignation letter to leave the police to his superiors. \u2026 So I think the attack resulted from the fact that he was disgruntled.", "said",
   N(note="second span of an interrupted quote (opening curly, closing straight mark in the source)")),
 ("joseph_boinnet", "Police Inspector General Joseph Boinnet", "INDIRECT", "commandos had surrounded the police station in an attempt to bring the standoff to an end", "said",
   N(onBehalfOf="kenya_police")),
 ("joseph_boinnet", "Boinnet", "INDIRECT", "the man tried to escape after shooting the officers, but his attempt was thwarted by other members of the police force who arrived on the scene", "said",
   N(onBehalfOf="kenya_police")),
]
S["003"] = [
 ("jon_huntsman", "Governor Huntsman", "DIRECT", "Yesterday we went from a tragedy to a catastrophe,", "said",
   N(onBehalfOf="utah", note="the lead's 'VOA's Cindy Saine reports ... that the governor ... has called the accident a turning point' is a reporter credit, and 'called the accident a turning point' has no clause or quotation: not annotated. 'summed up the feeling of many' (noun phrase) is not annotated")),
 ("richard_stickler", "he", "DIRECT", "We have suspended indefinitely the underground portion of the rescue effort,", "said",
   N(onBehalfOf="msha", note="'he' = Richard Stickler (previous sentence); 'announced the suspension of underground rescue operations' (noun phrase) is not annotated")),
 ("richard_stickler", "he", "DIRECT", "We had put in the strongest ground support system to try to protect the rescue workers, that is available and practical to use.", "said",
   N(onBehalfOf="msha", note="second span of an interrupted quote")),
 ("jon_huntsman", "Governor Huntsman", "INDIRECT", "the safety of the miners and rescue workers has to be the top priority from now on", "made clear",
   N(onBehalfOf="utah", note="'made clear that ...' with 'Speaking earlier Friday' is a speech act with a reported clause: INDIRECT, cue 'made clear'")),
]
S["004"] = [
 ("united_states", "U.S. officials", "INDIRECT", "a trickle of international aid is beginning to reach survivors of Haiti's massive earthquake, but impassable roads, limited airlift capability and other challenges are complicating that effort", "say",
   N(note="unnamed officials of a named country: credited to the country (the body the text names), see SOURCES.md")),
 ("dave_hutcheson", "Dave Hutcheson, a U.S. rescue worker", "INDIRECT", "Christensen appeared to be in good shape", "says"),
 ("dave_hutcheson", "he", "DIRECT", "It took us four hours to get to him,", "said"),
 ("dave_hutcheson", "he", "DIRECT", "We saw him, we got a visual on him in about three [hours] and we had him out in four. He wasn't trapped physically around his body. He was trapped in an area.", "said",
   N(note="second span of an interrupted quote; the bracketed '[hours]' is the reporter's insertion inside the quotation and is kept")),
 ("ban_ki_moon", "Mr. Ban", "INDIRECT", "right now, the first priority of the U.N. is to save as many lives as possible", "says",
   N(onBehalfOf="united_nations", note="reported clause after 'says,' with a comma instead of 'that' (as dev3 015 s2)")),
 ("ban_ki_moon", "he", "DIRECT", "The destruction, the loss of life, are just overwhelming.  Therefore, we need unprecedented international support to Haitian people,", "said",
   N(onBehalfOf="united_nations", note="'outlined some of the obstacles' (Shah, noun phrase) is not annotated; the programme title \"This Week\" is not a statement")),
]
S["005"] = [
 ("united_nations", "The United Nations", "INDIRECT", "the number of Syrian refugees is likely to triple to 700,000 by the end of the year", "says"),
 ("turkish_government", "It", "INDIRECT", "it can only admit refugees when it has room for them", "says",
   N(note="'It' = 'The Turkish government' (previous sentence)")),
 ("sarken_oktem", "Sarken Oktem, the coordinator for Turkey's Foundation for Human Rights, Freedom and Humanitarian Relief", "INDIRECT", "this is increasingly hard to do", "says", N(onBehalfOf="ihh")),
 ("sarken_oktem", "he", "DIRECT", "We have about 6,500 people here. For every 500 people we send to Turkey, 1,000 more come in,", "said", N(onBehalfOf="ihh")),
 ("sarken_oktem", "He", "INDIRECT", "sanitation is becoming a major problem", "says",
   N(onBehalfOf="ihh", note="the next sentence ('There is an outbreak of diarrhea ...') has no speech verb and no quotation marks and is not annotated, although it may continue Oktem's report. 'Others worry that ...' (belief, unnamed) is not annotated")),
 ("abdelkader_kaptur", "Abdelkader Kaptur, with a Syrian relief group", "INDIRECT", "they have not had milk for the camp's babies in the past 11 days", "says",
   N(note="the relief group is not named, so no onBehalfOf")),
 ("abdelkader_kaptur", "he", "DIRECT", "We worry most about the food because there is not enough of it. And now winter is coming and it's cold and you see people without covers and some are sleeping on the ground,", "said",
   N(note="opening curly, closing straight mark in the source. 'The United Nations has appealed for one half billion dollars' (noun phrase) is not annotated")),
]
S["006"] = [
 (None, "Activists", "INDIRECT", "Syrian government warplanes targeted an olive press factory near the city of Idlib Tuesday, in the country's north, killing at least 20 people", "say",
   N(note="unnamed activists: speaker null")),
 (None, "They", "INDIRECT", "dozens more have been wounded", "say", N(note="'They' = the activists")),
 ("sohr", "The Syrian Observatory for Human Rights", "INDIRECT", "violence across the country has killed more than 40,000 people since the uprising against President Bashar al-Assad began in March of last year", "says",
   N(note="'The United Nations fears the crisis is only going to worsen' (belief verb) and 'Amos described the situation as bleak' (no clause) are not annotated; nor is the headline 'UNHCR Warns of Growing Trauma' (noun-phrase object)")),
 ("valerie_amos", "she", "DIRECT", "This camp already hosts over 30,000 people, we anticipate that more will come, half of them are children, you can see the anger, the fear, the resentment, there is considerable trauma here,", "said",
   N(onBehalfOf="united_nations")),
 (None, "Many of those at the refugee camp", "INDIRECT", "there are barely enough supplies to meet their most basic needs", "say",
   N(note="unnamed refugees: speaker null. The next paragraph's quotation of refugee Mohammed Ali Samara closes with two apostrophes ('') instead of a double quotation mark; the set marks DIRECT only between double marks (check.py requires it), so it is NOT annotated (see SOURCES.md); the extractor may legitimately find it")),
]
S["007"] = [
 ("benigno_aquino", "Philippine President Benigno Aquino", "DIRECT", "stay", "vowed",
   N(onBehalfOf="philippine_government", note="quoted words inside a vow with an infinitive ('has vowed to \"stay\" ... until he is \"satisfied\" ...'): the quoted words are DIRECT (as dev3 010 s5 'asked ... to focus \"...\"'); the infinitive vow itself is not an INDIRECT statement. The headline 'Aquino Vows to Stay ...' (infinitive) is not annotated either")),
 ("benigno_aquino", "Philippine President Benigno Aquino", "DIRECT", "satisfied", "vowed", N(onBehalfOf="philippine_government")),
 ("philippine_government", "the Philippine government", "INDIRECT", "the typhoon killed at least 3,974 people and left about 1,200 others missing", "said",
   N(note="'Aquino made the pledge Sunday' (noun phrase) is not annotated")),
]

A = actor
ACTORS = [
 A("roosevelt_skerrit", "PERSON", "Roosevelt Skerrit", "Skerrit", "Dominica Prime Minister Roosevelt Skerrit"),
 A("dominica", "COUNTRY", "Dominica"),
 A("national_hurricane_center", "GOVERNMENT", "National Hurricane Center", "NHC", "The National Hurricane Center in Miami"),
 A("rick_scott", "PERSON", "Rick Scott", "Florida Governor Rick Scott"),
 A("kenya_police", "GOVERNMENT", "Kenya Police", "Kenyan police", "National Police Service (Kenya)"),
 A("joseph_boinnet", "PERSON", "Joseph Boinnet", "Boinnet", "Police Inspector General Joseph Boinnet"),
 A("al_shabab", "ORGANIZATION", "al-Shabab", "Al-Shabab"),
 A("jon_huntsman", "PERSON", "Jon Huntsman", "Huntsman", "Governor Huntsman", "Utah Governor Jon Huntsman"),
 A("utah", "GOVERNMENT", "State of Utah", "Utah"),
 A("richard_stickler", "PERSON", "Richard Stickler", "Stickler"),
 A("msha", "GOVERNMENT", "Mine Safety and Health Administration", "MSHA", "federal Mine Safety and Health Administration"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US", "United States of America"),
 A("dave_hutcheson", "PERSON", "Dave Hutcheson", "Hutcheson"),
 A("jens_christensen", "PERSON", "Jens Christensen", "Christensen"),
 A("ban_ki_moon", "PERSON", "Ban Ki-moon", "Mr. Ban", "Ban", "United Nations Secretary General Ban Ki-moon"),
 A("united_nations", "ORGANIZATION", "United Nations", "UN", "U.N."),
 A("rajiv_shah", "PERSON", "Rajiv Shah", "Shah"),
 A("usaid", "GOVERNMENT", "U.S. Agency for International Development", "USAID"),
 A("turkish_government", "GOVERNMENT", "Government of Turkey", "Turkish government", "The Turkish government"),
 A("sarken_oktem", "PERSON", "Sarken Oktem", "Oktem"),
 A("ihh", "ORGANIZATION", "Foundation for Human Rights, Freedom and Humanitarian Relief", "IHH", "Turkey's Foundation for Human Rights, Freedom and Humanitarian Relief"),
 A("abdelkader_kaptur", "PERSON", "Abdelkader Kaptur", "Kaptur"),
 A("sohr", "ORGANIZATION", "Syrian Observatory for Human Rights", "SOHR", "The Syrian Observatory for Human Rights"),
 A("bashar_al_assad", "PERSON", "Bashar al-Assad", "President Bashar al-Assad", "Assad"),
 A("valerie_amos", "PERSON", "Valerie Amos", "Amos", "U.N. Under-Secretary-General for Humanitarian Affairs Valerie Amos"),
 A("mohammed_ali_samara", "PERSON", "Mohammed Ali Samara", "Samara"),
 A("benigno_aquino", "PERSON", "Benigno Aquino", "Aquino", "Philippine President Benigno Aquino"),
 A("philippine_government", "GOVERNMENT", "Government of the Philippines", "Philippine government"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
