#!/usr/bin/env python3
"""Hand annotations of the test17 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)
Q1, Q2, AP = "\u201c", "\u201d", "\u2019"

ART = {
 "001": dict(url="https://www.voanews.com/a/taliban-attack-afghanistan/4343648.html",
   title="Taliban Kills Afghan District Governor, 7 Police Guards", publishedOn="2018-04-12",
   source="stored copy of the voanews.com page, article 4343648 (web page corpus); navigation ('Accessibility links', 'Breaking News') and the FILE photo caption omitted; TRUNCATED: the paragraph 'The figures reflec...' breaks off and was left out; 'Ghzani', 'Ghanzi' and 'issue inflate battlefield claims' are as in the source; date ESTIMATED from the content (the Khawaja Omari attack and UNAMA's first-quarter report were on Thursday 12 April 2018)"),
 "002": dict(url="https://www.voanews.com/a/south-korean-delegation-north-korea-for-talks/4280620.html",
   title="Seoul: North Korea's Kim Jong Un Meets with South Korean Officials", publishedOn="2018-03-05",
   source="stored copy of the voanews.com page, article 4280620 (web page corpus); navigation and the Blue House/Yonhap photo caption omitted; TRUNCATED: the quotation paragraph '\"We are not going to make the same mistakes as previous administrations,\" Adams said ... the complete and verifiable de...' breaks off and was left out; the curly opening and straight closing mark around Chung's partial quote are as in the source; date ESTIMATED from the content (the dinner 'late Monday', 5 March 2018)"),
 "003": dict(url="https://www.voanews.com/a/middle-east_militants-kill-10-iraqi-militiamen-most-lethal-attack-months/6188600.html",
   title="IS Militants Kill 10 Iraqi Militiamen in Most Lethal Attack in Months", publishedOn="2020-05-02",
   source="stored copy of the voanews.com page, article 6188600 (web page corpus); navigation and the FILE photo caption omitted; TRUNCATED: the paragraph 'Iraqi military analyst Fadel Abou Ragheef said on Iraqi TV that government forces \"have launched more than 90 pre-empt...' breaks off and was left out; 'Hushd' and 'adding that expected' are as in the source; date ESTIMATED from the content (attack 'early Saturday' while Mustafa al-Kadhimi was prime minister-designate: Saturday 2 May 2020)"),
 "004": dict(url="http://www.voanews.com/content/us-congress-returns-after-election-shake-up-108266149/174400.html",
   title="US Congress Returns After Election Shake-Up", publishedOn="2010-11-15",
   source="stored copy of the voanews.com page, article 174400 (web page corpus); section label ('News / USA'), the photo caption (printed twice) and the 'Multimedia'/'Audio' labels omitted; TRUNCATED: the paragraph 'The Kentucky senator on Monday announced a reversal ... McConnell said Republicans no long...' breaks off and was left out; 'more interested us in getting things done' is as in the source; date from the caption ('15 Nov 2010') and 'returned to work on Monday'"),
 "005": dict(url="https://www.voanews.com/a/a-13-2007-08-05-voa9-66577377/555359.html",
   title="Bush, Karzai Meet at Camp David", publishedOn="2007-08-05",
   source="stored copy of the voanews.com page, article 555359 (web page corpus); navigation omitted; TRUNCATED: the paragraph 'In the interview, President Karzai also appeared to go out of his way ... But this time, the A...' breaks off and was left out; date from the URL"),
 "006": dict(url="http://www.voanews.com/content/indonesia-arrests-3-terror-suspects/1811481.html",
   title="Indonesia Arrests 3 Terror Suspects", publishedOn="2013-12-16",
   source="stored copy of the voanews.com page, article 1811481 (web page corpus); navigation, the closing credit line 'This report was produced in collaboration with VOA's Indonesian Service' and the 'VOA News' byline box omitted; complete as stored; 'have been be charged' is as in the source; date ESTIMATED (no date in the stored part: arrests 'Sunday', Christmas ahead, Sutarman national police chief since Oct. 2013; interpolating between voanews 1775888 (about 24 Oct. 2013) and 1937927 (18 June 2014) gives mid-December 2013; may be off by a week or more)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("united_nations", "the United Nations", "INDIRECT", "the number of conflict-related civilian casualties in the first three months of 2018 remained at the same high level recorded last year", "cautioned",
   N(note="'cautioned' with a that-less clause; the United Nations speaking as a body (its Afghanistan mission, UNAMA, is named later)")),
 (None, "Officials in Ghzani", "INDIRECT", "scores of heavily armed insurgents participated in Thursday" + AP + "s coordinated assault on the governor" + AP + "s office in Khawaja Omari and they overran the district center", "said",
   N(note="BORDERLINE: unnamed officials of a place (Ghazni province), not of a named body: speaker null; crediting a Ghazni provincial government would be a possible reading")),
 ("mohammad_zaman", "Provincial police chief Mohammad Zaman", "INDIRECT", "the timely arrival of reinforcements and air support enabled Afghan forces to push Taliban assailants out of the area early in the day, following hours of intense clashes", "told",
   N(onBehalfOf="ghazni_police")),
 (None, "Local authorities", "INDIRECT", "the counter offensive also killed 27 Taliban rebels", "said",
   N(note="unnamed 'local authorities': speaker null. The next sentence ('They identified the slain district governor as Ali Dost Shams') has no speech verb with a clause and is not annotated")),
 ("taliban", "A Taliban spokesman", "INDIRECT", "more than 20 government police personnel and officers were killed in the attack", "claimed",
   N(note="unnamed spokesman of a named body: credited to the Taliban. 'confirming only three insurgent fatalities' (participle with a noun-phrase object) is not annotated")),
 (None, "unnamed sources", "INDIRECT", "the insurgent attack left 15 security personnel dead, including area police and intelligence chiefs", "saying",
   N(note="'Afghan media quoted unnamed sources as saying ...': the statement is the sources' (speaker null, as eval/test3 'quoted the report as saying'); the media only relay it")),
 (None, "Provincial officials", "INDIRECT", "the Taliban has assaulted two districts in Ghanzi this week, but failed to capture them because of a strong response from Afghan forces there", "said",
   N(note="unnamed provincial officials: speaker null (as 'Officials in Ghzani')")),
 ("unama", "the U.N. Assistance Mission in Afghanistan, or UNAMA", "INDIRECT", "the armed conflict has caused nearly 2,260 civilian casualties, including 763 deaths, this year", "noted",
   N(note="'noted Thursday in its quarterly report' with a that-less clause")),
]
S["002"] = [
 ("south_korea", "Seoul", "INDIRECT", "North Korea's Kim Jong Un Meets with South Korean Officials", ":",
   N(note="colon headline 'X: ...' (INDIRECT with cue ':', eval/test4 and dev3 convention); 'Seoul' = the South Korean government")),
 ("south_korea", "Officials in Seoul", "INDIRECT", "North Korean leader Kim Jong Un hosted a dinner late Monday to welcome top aides of South Korean President Moon Jae-in, in the latest diplomatic effort that some hope will pave the way for direct talks between the U.S. and North Korea", "say",
   N(note="BORDERLINE: 'Officials in Seoul' read as unnamed South Korean government officials (the headline credits 'Seoul'), so the country; a strict reading (officials of no named body) gives null. 'some hope will pave the way' (belief) is kept inside the clause and not annotated")),
 ("chung_eui_yong", "Chung", "INDIRECT", "he would " + Q1 + "deliver President Moon's strong determination and willingness for denuclearizing the Korean Peninsula, and making genuine and permanent peace (on the Peninsula).\"", "said",
   N(onBehalfOf="moon_jae_in", note="partial quote: the clause is INDIRECT (running to the closing mark) and the quoted words DIRECT. Chung is President Moon's national security adviser carrying Moon's message: onBehalfOf Moon (as a presidential spokesman in eval/test16)")),
 ("chung_eui_yong", "Chung", "DIRECT", "deliver President Moon's strong determination and willingness for denuclearizing the Korean Peninsula, and making genuine and permanent peace (on the Peninsula).", "said",
   N(onBehalfOf="moon_jae_in", note="curly opening and straight closing mark, as in the source; the bracketed '(on the Peninsula)' is kept")),
 ("chung_eui_yong", "Chung", "INDIRECT", "he will push for \"in-depth\" talks to find ways to help arrange the restart of dialogue between Pyongyang and Washington", "said", N(onBehalfOf="moon_jae_in")),
 ("chung_eui_yong", "Chung", "DIRECT", "in-depth", "said",
   N(onBehalfOf="moon_jae_in", ctx="push for \"in-depth\" talks", note="BORDERLINE: a one-word partial quote, taken as Chung's own word (he uses it in the next quotation, 'in-depth discussions') rather than a scare quote")),
 ("chung_eui_yong", "Chung", "DIRECT", "For this, we plan to have in-depth discussions not only on South-North talks, but also ways to continue talks between North Korea and the international community, including the United States,", "said",
   N(onBehalfOf="moon_jae_in", note="quotation before its attribution")),
 ("katina_adams", "State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams", "INDIRECT", "Washington is in close contact with Seoul on a \"unified response to North Korea, including the need to maintain maximum pressure to achieve a denuclearized Korean peninsula.\"", "said",
   N(onBehalfOf="state_department", note="clause after 'said Monday'; partial quote: INDIRECT to the closing mark and the quoted words DIRECT. 'When asked about ...' is the reporters' question and is not annotated")),
 ("katina_adams", "State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams", "DIRECT", "unified response to North Korea, including the need to maintain maximum pressure to achieve a denuclearized Korean peninsula.", "said",
   N(onBehalfOf="state_department")),
]
S["003"] = [
 ("iraq_government", "a statement by the Iraqi government", "INDIRECT", "Hushd militiamen traded gunfire with IS attackers overnight in Salahuddin province, when the 10 dead militiamen were killed and a number of them wounded", "according to",
   N(note="clause before 'according to'; a national government speaking as a whole: its own actor (GOVERNMENT). The quoted 'Hushd' in the lead is a name, not a statement")),
 ("mustafa_al_kadhimi", "Prime Minister-designate Mustapha al Kadhimi", "INDIRECT", "the IS attack was \"a desperate attempt [by IS] to exploit the country's political disagreements,\"", "said",
   N(note="clause after 'said in a statement Saturday'; partial quote: INDIRECT to the closing mark (the comma inside it kept) and the quoted words DIRECT. The trailing 'as he prepares to assemble ...' is the reporter's. No onBehalfOf: he is not yet in office")),
 ("mustafa_al_kadhimi", "Prime Minister-designate Mustapha al Kadhimi", "DIRECT", "a desperate attempt [by IS] to exploit the country's political disagreements,", "said",
   N(note="the bracketed '[by IS]' insertion is kept")),
 ("mustafa_al_kadhimi", "He", "INDIRECT", "the best response would be to \"approve his new government quickly.\"", "indicated",
   N(note="'He' = Kadhimi; 'indicated' with a that-less clause; partial quote as above")),
 ("mustafa_al_kadhimi", "He", "DIRECT", "approve his new government quickly.", "indicated"),
 ("tahsin_khafaji", "The spokesman for Iraq's joint military operations command, Gen. Tahsin Khafaji", "INDIRECT", "the country's military forces have launched a number of air and ground attacks on IS positions in several parts of the country and will launch further attacks in the future", "told",
   N(onBehalfOf="iraq_joc")),
 ("tahsin_khafaji", "He", "INDIRECT", "terrorist fighters are under serious pressure from government forces in many places, including Salahuddin, Diyala and Samarra, and IS terrorists have been reduced to hideouts in mostly unpopulated areas", "said",
   N(onBehalfOf="iraq_joc", note="'He' = Khafaji; two coordinated clauses under one verb: one statement")),
 ("mushtaq_al_hassani", "A Hushd militia spokesman, Mushtaq al Hassani", "INDIRECT", "his forces were \"prepared to make sacrifices\" to destroy the IS militants", "told",
   N(onBehalfOf="hashd", note="partial quote inside the clause: INDIRECT and the quoted words DIRECT")),
 ("mushtaq_al_hassani", "A Hushd militia spokesman, Mushtaq al Hassani", "DIRECT", "prepared to make sacrifices", "told", N(onBehalfOf="hashd")),
 ("mushtaq_al_hassani", "A Hushd militia spokesman, Mushtaq al Hassani", "INDIRECT", "expected \"more attacks to be launched in the near future to go after IS sleeper cells.\"", "adding",
   N(onBehalfOf="hashd", note="participial cue 'adding that'; the clause lacks its subject ('adding that expected', as in the source) and runs to the closing mark")),
 ("mushtaq_al_hassani", "A Hushd militia spokesman, Mushtaq al Hassani", "DIRECT", "more attacks to be launched in the near future to go after IS sleeper cells.", "adding", N(onBehalfOf="hashd")),
]
S["004"] = [
 ("harry_reid", "Senate Majority Leader, Nevada Democrat Harry Reid", "INDIRECT", "Congress is facing a new reality", "said",
   N(note="a legislator speaking for himself: no onBehalfOf (as eval/test13 001). The quoted 'lame-duck' in the previous paragraph is a term (scare quotes), not a statement")),
 ("harry_reid", "he", "DIRECT", "American voters sent us a message two Tuesdays ago,", "said",
   N(note="quotation before its attribution; 'he' = Reid (previous paragraph)")),
 ("harry_reid", "he", "DIRECT", "That message is that they want us to deliver. They want us to work together. Voters did not elect only Republicans, they did not elect only Democrats. And they did not want either party to govern stubbornly, demanding 'their way or the highway.' When the heat of the campaign season cools, our constituents are more interested us in getting things done. They would rather we work with each other, than talk past each other.", "said",
   N(note="second span of an interrupted quote; the single-quoted 'their way or the highway.' inside it is a saying, not a separate statement")),
 ("mitch_mcconnell", "Senate Minority Leader, Republican Mitch McConnell", "INDIRECT", "voters made clear they do not want to hear talk about change, they want real change", "said",
   N(note="the voters' 'made clear' inside McConnell's clause is embedded speech and is not annotated separately")),
]
S["005"] = [
 ("hamid_karzai", "President Karzai", "INDIRECT", "more must be done to stabilize Afghanistan and help its people", "makes clear",
   N(onBehalfOf="afghanistan", note="'makes clear' with a that-less clause (as 'made clear' in other sets). 'VOA's Paula Wolfson reports security matters are topping the agenda' in the lead is a reporter credit and is not annotated (eval/test4 convention). Karzai as head of state: onBehalfOf Afghanistan")),
 ("hamid_karzai", "he", "DIRECT", "The security situation in Afghanistan has definitely deteriorated over the last few years. There is no doubt about that,", "said",
   N(onBehalfOf="afghanistan", note="quotation before its attribution; 'he' = Karzai")),
 ("hamid_karzai", "He", "INDIRECT", "their two days of discussions at Camp David will cover fighting terror, combating the opium trade, strengthening the Afghan military and curbing civilian casualties", "said",
   N(onBehalfOf="afghanistan", note="'He' = 'the Afghan leader' of the previous sentence ('spelled out his agenda', a noun-phrase object, is not annotated)")),
 ("afghan_government", "Afghan officials", "INDIRECT", "all too often Afghan men, women and children have been killed by coalition forces targeting terrorists and remnants of the ousted Taleban regime", "complaining",
   N(note="BORDERLINE: unnamed officials of a named country credited to the Afghan government (GOVERNMENT); other sets leave such statements null")),
 ("hamid_karzai", "President Karzai", "INDIRECT", "if nothing is done the coalition could lose the hearts and minds of the Afghan public", "indicated",
   N(onBehalfOf="afghanistan", note="'indicated' with a that-less clause")),
 ("hamid_karzai", "he", "DIRECT", "We have to do everything, everything that we can to reduce civilian casualties,", "said", N(onBehalfOf="afghanistan")),
 ("hamid_karzai", "he", "DIRECT", "They are allies in the war against terror and allies have to be protected.", "said",
   N(onBehalfOf="afghanistan", note="second span of an interrupted quote")),
 ("hamid_karzai", "He", "INDIRECT", "the United States and its allies are no closer to finding bin Laden than they were a few years ago", "said",
   N(onBehalfOf="afghanistan", note="'was also asked about the hunt for ... bin Laden' (the question) is not annotated")),
 ("hamid_karzai", "He", "INDIRECT", "he is sure bin Laden is no longer in Afghanistan", "added",
   N(onBehalfOf="afghanistan", note="'but refused to speculate on his precise whereabouts' (refusal with an infinitive) is not part of the clause and not annotated")),
]
S["006"] = [
 ("indonesia", "Indonesia", "INDIRECT", "it has arrested three more members of a terrorist network linked to the August bombing of a Buddhist temple in Jakarta", "says",
   N(note="a country speaking as a whole: its own actor (COUNTRY)")),
 ("indonesian_police", "Police", "INDIRECT", "the three, arrested Sunday in Java, are suspected members of the Abu Umar terrorist group", "say",
   N(note="'Police' = the Indonesian National Police (named two paragraphs later): credited to the body. 'the group is also accused of involvement in ...' (passive, no speaker) is not annotated")),
 ("sutarman", "Indonesian National Police Chief, Police General Sutarman", "INDIRECT", "authorities are ready for those who seek to disrupt the Christian holiday", "says",
   N(onBehalfOf="indonesian_police")),
 ("sutarman", "Sutarman", "DIRECT", "We have indications of several movements from one area to another. It is likely that they are building home made bombs. I would like to plea to them not to break the law, and we will take hard actions to those who threaten public safety,", "said",
   N(onBehalfOf="indonesian_police", note="quotation before its attribution ('said Sutarman', inverted). 'Jakarta urged Rangoon to grant legal status ...' at the end (a request with an infinitive) is not annotated")),
]

ACTORS = [
 actor("united_nations", "ORGANIZATION", "United Nations", "the United Nations", "U.N."),
 actor("unama", "ORGANIZATION", "U.N. Assistance Mission in Afghanistan", "the U.N. Assistance Mission in Afghanistan", "UNAMA"),
 actor("mohammad_zaman", "PERSON", "Mohammad Zaman", "Provincial police chief Mohammad Zaman"),
 actor("ghazni_police", "ORGANIZATION", "Ghazni provincial police", "provincial police"),
 actor("taliban", "ORGANIZATION", "Taliban", "A Taliban spokesman", "Taleban"),
 actor("ali_dost_shams", "PERSON", "Ali Dost Shams", "the slain district governor"),
 actor("south_korea", "COUNTRY", "South Korea", "Seoul", "Officials in Seoul"),
 actor("moon_jae_in", "PERSON", "Moon Jae-in", "South Korean President Moon Jae-in", "Moon", "President Moon"),
 actor("chung_eui_yong", "PERSON", "Chung Eui-Yong", "Chung", "Moon's top national security advisor"),
 actor("kim_jong_un", "PERSON", "Kim Jong Un", "North Korean leader Kim Jong Un"),
 actor("katina_adams", "PERSON", "Katina Adams", "State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams", "Adams"),
 actor("state_department", "GOVERNMENT", "U.S. State Department", "State Department"),
 actor("iraq_government", "GOVERNMENT", "Iraqi government", "the Iraqi government"),
 actor("mustafa_al_kadhimi", "PERSON", "Mustafa al-Kadhimi", "Prime Minister-designate Mustapha al Kadhimi", "Mustapha al Kadhimi"),
 actor("tahsin_khafaji", "PERSON", "Tahsin Khafaji", "Gen. Tahsin Khafaji", "The spokesman for Iraq's joint military operations command"),
 actor("iraq_joc", "GOVERNMENT", "Iraqi Joint Operations Command", "Iraq's joint military operations command"),
 actor("mushtaq_al_hassani", "PERSON", "Mushtaq al Hassani", "A Hushd militia spokesman, Mushtaq al Hassani"),
 actor("hashd", "ORGANIZATION", "Popular Mobilization Forces (Hashd)", "Hushd", "Hushd militiamen"),
 actor("islamic_state", "ORGANIZATION", "Islamic State", "IS"),
 actor("harry_reid", "PERSON", "Harry Reid", "Senate Majority Leader, Nevada Democrat Harry Reid", "Reid"),
 actor("mitch_mcconnell", "PERSON", "Mitch McConnell", "Senate Minority Leader, Republican Mitch McConnell", "McConnell", "The Kentucky senator"),
 actor("us_congress", "GOVERNMENT", "U.S. Congress", "Congress", "The U.S. Congress"),
 actor("hamid_karzai", "PERSON", "Hamid Karzai", "President Karzai", "the Afghan leader", "The Afghan president"),
 actor("george_w_bush", "PERSON", "George W. Bush", "U.S. President George W. Bush", "President Bush"),
 actor("afghanistan", "COUNTRY", "Afghanistan"),
 actor("afghan_government", "GOVERNMENT", "Afghan government", "Afghan officials", "the Afghan government"),
 actor("osama_bin_laden", "PERSON", "Osama bin Laden", "al-Qaida leader Osama bin Laden", "bin Laden"),
 actor("indonesia", "COUNTRY", "Indonesia", "Jakarta"),
 actor("indonesian_police", "GOVERNMENT", "Indonesian National Police", "Police"),
 actor("sutarman", "PERSON", "Sutarman", "Indonesian National Police Chief, Police General Sutarman"),
 actor("abu_umar", "PERSON", "Abu Umar", "the leader of the terrorist group"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
