#!/usr/bin/env python3
"""Hand annotations of the test23 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voanews.com/a/south-central-asia_pakistan-says-visiting-us-taliban-negotiators-hold-direct-talks/6176957.html",
   title="Pakistan Says Visiting US, Taliban Negotiators to Hold Direct Talks", publishedOn="2019-10-03",
   source="stored copy of the voanews.com page, article 6176957 (web page corpus); navigation ('Accessibility links', 'Breaking News') and the photo caption omitted; no byline or wire credit in the stored part; TRUNCATED: the stored copy breaks off inside a second photo caption ('Mullah Abdul Ghani Baradar (3rd-L), who is leading a T...'), the body ends with the last complete paragraph; date from the photo caption 'Oct. 3, 2019' and Trump speaking 'Thursday' (3 Oct. 2019 was a Thursday)"),
 "002": dict(url="http://www.voanews.com/content/south-africas-zuma-confident-about-anc-election-victory/1907817.html",
   title="S. Africa's Zuma Confident About ANC Election Victory", publishedOn="2014-05-05",
   source="stored copy of the voanews.com page, article 1907817 (web page corpus), by Anita Powell; section label ('News / Africa'), photo caption (printed twice) and byline omitted; trailing spaces after two paragraphs trimmed; TRUNCATED: the paragraph 'For Monday morning's press briefing, ... his private homestead, Nk...' breaks off and was left out; date ESTIMATED: Zuma 'told reporters Monday', the elections being 'Wednesday' 7 May 2014, so Monday 5 May 2014 (the caption's 'May 5, 2...' agrees)"),
 "003": dict(url="https://www.voanews.com/a/a-13-2007-09-27-voa27/407319.html",
   title="Violence Escalates in Burma as Monks, Others Continue Protests", publishedOn="2007-09-27",
   source="stored copy of the voanews.com page, article 407319 (web page corpus), by Luis Ramirez (Bangkok); navigation omitted; TRUNCATED: the quotation paragraph '\"They are shouting [at] people to back off, but i...' breaks off and was left out; date from the URL"),
 "004": dict(url="https://www.voanews.com/a/a-13-2007-09-23-voa8-66588612/555649.html",
   title="Protests by Monks, Nuns and Civilians Escalate in Rangoon", publishedOn="2007-09-23",
   source="stored copy of the voanews.com page, article 555649 (old id 66588612) (web page corpus), by Ron Corben (Bangkok); navigation omitted; TRUNCATED: the quotation paragraph '\"I am heavily fearful it could lead to as ...' breaks off and was left out; date from the URL (the sixth day of marches, Sunday 23 Sept. 2007)"),
 "005": dict(url="http://www.voanews.com/content/boko-harams-terror-targets/1933817.html",
   title="VOA EXCLUSIVE: Boko Haram's Terror Targets Many, Spares Few", publishedOn="2014-06-10",
   source="stored copy of the voanews.com page, article 1933817 (web page corpus), by Ibrahim Ahmed and Mike Eckel; section label ('News / Africa'), photo caption (printed twice), byline box and the subheading 'Tactics escalate' omitted; TRUNCATED: the paragraph 'The kidnapping not only highlighted ... President Goodluck Jonathan's go...' breaks off and was left out; date ESTIMATED: after the April 2014 Chibok abduction ('In April'), and the id lies between voanews 1930021 (about 5 June 2014) and 1937229 (about 16 June 2014)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("pakistan", "Pakistan", "INDIRECT", "Visiting US, Taliban Negotiators to Hold Direct Talks", "Says",
   N(note="headline 'X Says ...': the infinitive headline clause is the report; the country speaks as a whole (its foreign minister is named in the body)")),
 ("pakistan", "Pakistan", "INDIRECT", "visiting U.S. and Taliban delegates will hold a direct bilateral meeting to discuss resumption of peace talks aimed at ending to the nearly two decades of conflict in neighboring Afghanistan", "says",
   N(note="the country as speaker (the announcement is Qureshi's, next paragraph); 'ending to' as in the source")),
 ("shah_mehmood_qureshi", "Foreign Minister Shah Mehmood Qureshi", "INDIRECT", "Islamabad is optimistic the stalled U.S.-Taliban dialogue will resume soon", "told",
   N(onBehalfOf="pakistan", note="'while making the announcement told reporters' with no comma before 'told'; the clause has no 'that'")),
 ("donald_trump", "Trump", "DIRECT", "We have a real problem,", "said",
   N(onBehalfOf="united_states", note="'responding to VOA's question about whether he will revive talks' is not a report")),
 ("donald_trump", "he", "DIRECT", "We've been hitting the Taliban very, very hard. And as far as I'm concerned, they still haven't recovered from killing 12 people, one of them happens to be a great American soldier from Puerto Rico. They still have not recovered, and they probably never will,", "added",
   N(onBehalfOf="united_states", note="second quotation of the paragraph, attributed after its words with 'he added' ('he' = Trump). 'Trump was referring to Sgt. ...' (next paragraph) is not annotated")),
 ("shah_mehmood_qureshi", "Qureshi", "INDIRECT", "the U.S.-Taliban dialogue had almost finalized a peace deal in nine long rounds of meetings before the process broke down nearly a month ago", "noted",
   N(onBehalfOf="pakistan", note="'Qureshi expressed optimism after holding official talks' (previous paragraph; noun object) is not annotated")),
 ("shah_mehmood_qureshi", "the foreign minister", "DIRECT", "Pakistan is trying to help restart the dialogue process to bring it to its logical conclusion,", "said",
   N(onBehalfOf="pakistan", note="official named by title after his words ('the foreign minister' = Qureshi)")),
 ("shah_mehmood_qureshi", "Qureshi", "DIRECT", "I am happy to share with you that I have returned satisfied from my meeting with them (Taliban),", "asserted",
   N(onBehalfOf="pakistan", note="the reporter's parenthesis '(Taliban)' is kept inside the quotation")),
]
S["002"] = [
 ("jacob_zuma", "South African President Jacob Zuma", "INDIRECT", "he's confident his ANC party will win this week's elections \"overwhelmingly\"", "says",
   N(onBehalfOf="anc", note="the clause runs to the closing mark of the partial quote; the concessive 'despite a mounting cloud of corruption allegations' is taken as the reporter's framing and left out (BORDERLINE). Partial quote also DIRECT. The headline 'S. Africa's Zuma Confident About ANC Election Victory' has no speech verb and is not annotated")),
 ("jacob_zuma", "South African President Jacob Zuma", "DIRECT", "overwhelmingly", "says", N(onBehalfOf="anc", note="one-word partial quote; the comma stands outside the closing mark")),
 ("jacob_zuma", "Zuma", "INDIRECT", "he's sure they'll do it again on May 7", "told", N(onBehalfOf="anc")),
 ("jacob_zuma", "Zuma", "DIRECT", "We think the ANC will win the elections. Overwhelmingly, not just by, you know, skin of the teeth,", "said",
   N(onBehalfOf="anc", note="inverted attribution 'said Zuma'")),
 (None, "Local pollsters", "INDIRECT", "the ANC will win with 63 percent of the vote", "predicted",
   N(note="unnamed pollsters, no named body: speaker null; 'predicted' taken as a reporting verb (a forecast made public). The quoted rally name \"siyanqoba\" is not a statement")),
]
S["003"] = [
 (None, "analysts", "INDIRECT", "are the biggest challenge the military government has faced in decades", "say",
   N(note="BORDERLINE: speech verb inside a relative clause ('the protests, which analysts say are ...'); the reported clause has a gap for 'which' (as test4 002 s1). Unnamed analysts: speaker null. 'monks accused of leading the protests' (agentless passive) and the reporter credit 'VOA's Luis Ramirez reports from ...' are not annotated")),
 (None, "Witnesses", "INDIRECT", "demonstrators chanted their demands for peace, democracy, and an end to poverty", "say",
   N(note="unnamed witnesses: speaker null")),
 (None, "A Rangoon resident speaking to VOA by telephone", "INDIRECT", "she saw crowds in her neighborhood surround some trucks to prevent the authorities from taking away a group of monks", "says",
   N(note="an unnamed woman (no body): speaker null. 'monks the government accuses of leading the demonstrations' (earlier in the paragraph; 'accuse of' + gerund, no clause) is not annotated")),
 (None, "A Rangoon resident speaking to VOA by telephone", "DIRECT", "People from all the neighborhood came out and surrounded these trucks. There is still a deadlock. There were about 50,000 people surrounding the security people, including the trucks where the monks were loaded on.", "says",
   N(note="a quotation paragraph with no verb of its own, following the resident's reported speech: credited to her with the cue of the preceding sentence; speaker null")),
 (None, "various witnesses", "INDIRECT", "there were thousands", "said", N(note="unnamed witnesses: speaker null")),
 (None, "The woman", "INDIRECT", "demonstrators were outraged that authorities would mistreat monks - the most respected members of Burma's Buddhist society", "says",
   N(note="'The woman' = the Rangoon resident: speaker null; the dashed apposition is kept inside the clause")),
 (None, "She", "INDIRECT", "that anger led many people to defy security forces, even after troops threatened to shoot the demonstrators if they did not disperse", "says",
   N(note="BORDERLINE (not a complementizer): in 'She says that anger led ...' the word 'that' is a determiner ('that anger'), so it belongs to the reported clause and is kept. 'troops threatened to shoot' (infinitive) is not annotated")),
]
S["004"] = [
 ("burma_police", "Police", "INDIRECT", "marches to the residence of Burma's democracy icon, Aung San Suu Kyi, are now banned", "said",
   N(note="'Police' = Burma's police, a body speaking as a whole (null would also be defensible). Not annotated: the lead's 'Ron Corben reports from VOA's Southeast Asia bureau in Bangkok analysts are concerned ...' (reporter credit; BORDERLINE, it has a clause complement), 'the All Burma Monks Alliance ... called for nationwide prayer vigils' (noun object), 'it had urged Burmese civilians to join the clergy's protests' (request with an infinitive), and 'showed their protests ... are gaining momentum' (not a speech verb)")),
 ("carl_thayer", "A defense analyst at Australia's University of New South Wales, Carl Thayer", "INDIRECT", "Burma's military has in the past appeared determined to control the pace of political reform", "says",
   N(note="named before the verb by an appositive; an academic analyst speaking for himself: no onBehalfOf")),
 ("carl_thayer", "Thayer", "INDIRECT", "the current protests could bring a violent response", "says"),
]
S["005"] = [
 ("ijabula_seltimari", "he", "INDIRECT", "His body, he said, bounced as the bullets hit", "said",
   N(note="BORDERLINE: the attribution ', he said,' interrupts the reported clause between its subject and its verb; the whole span, attribution included, is taken, since neither part is a clause alone ('he' = Seltimari)")),
 ("ijabula_seltimari", "Seltimari", "DIRECT", "I tried getting up, but I fell. I tried again, but I fell again. So I lay on the ground and that was when people from the neighborhood arrived,", "told"),
 ("ijabula_seltimari", "Seltimari", "DIRECT", "I am lucky that I am still alive.", "told",
   N(note="second span of an interrupted quote. 'doesn't know why he was targeted' (next paragraph) is not a report")),
 ("boko_haram", "it", "INDIRECT", "are pernicious Western influences in mainly Muslim northern Nigeria", "says",
   N(note="BORDERLINE: 'battling what it says are ...': a free relative with a gap, as 003 s1; 'it' = the extremist Islamist group = Boko Haram. The colon headline 'VOA EXCLUSIVE: ...' is a label, not an attribution")),
]

A = actor
ACTORS = [
 A("pakistan", "COUNTRY", "Pakistan", "Islamabad"),
 A("shah_mehmood_qureshi", "PERSON", "Shah Mehmood Qureshi", "Qureshi", "Foreign Minister Shah Mehmood Qureshi"),
 A("donald_trump", "PERSON", "Donald Trump", "Trump", "U.S. President Donald Trump"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US"),
 A("taliban", "ORGANIZATION", "Taliban", "Afghan Taliban"),
 A("elis_barreto_ortiz", "PERSON", "Elis A. Barreto Ortiz", "Barreto Ortiz"),
 A("jacob_zuma", "PERSON", "Jacob Zuma", "Zuma", "South African President Jacob Zuma"),
 A("anc", "ORGANIZATION", "African National Congress", "ANC"),
 A("south_africa", "COUNTRY", "South Africa"),
 A("anita_powell", "PERSON", "Anita Powell"),
 A("burma", "COUNTRY", "Burma", "Myanmar"),
 A("burma_government", "GOVERNMENT", "Burma's military government", "military government", "Burmese government"),
 A("burma_police", "GOVERNMENT", "Burmese police", "Police", "Burma police"),
 A("aung_san_suu_kyi", "PERSON", "Aung San Suu Kyi"),
 A("nld", "ORGANIZATION", "National League for Democracy", "NLD"),
 A("all_burma_monks_alliance", "ORGANIZATION", "All Burma Monks Alliance"),
 A("democratic_voice_of_burma", "ORGANIZATION", "Democratic Voice of Burma", "DVB"),
 A("carl_thayer", "PERSON", "Carl Thayer", "Thayer"),
 A("unsw", "ORGANIZATION", "University of New South Wales", "UNSW"),
 A("luis_ramirez", "PERSON", "Luis Ramirez"),
 A("ron_corben", "PERSON", "Ron Corben"),
 A("ijabula_seltimari", "PERSON", "Ijabula Seltimari", "Seltimari"),
 A("boko_haram", "ORGANIZATION", "Boko Haram"),
 A("nigeria", "COUNTRY", "Nigeria"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
