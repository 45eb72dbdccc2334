#!/usr/bin/env python3
"""Hand annotations of the dev13 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://voa.pangea-cms.com/preview/en-US/a/un-chief-ban-ki-moon-makes-plea-for-additional-syrian-refugee-camp-aid/1560846.html",
   title="UN Chief Renews Plea for Syrian Refugee Aid", publishedOn="2012-12-07",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1560846 (web page corpus), by Dorian Jones; the headline is taken from the stored copy of the same article on voanews.com (http://www.voanews.com/content/un-chief-ban-ki-moon-makes-plea-for-additional-syrian-refugee-camp-aid/1560846.html), whose body text is identical as far as it is stored; the dateline 'ISTANBUL \u2014', on its own line in the copy, is joined to the lead with one space; photo captions and byline omitted; TRUNCATED: the paragraph 'Analysts say it would be politically difficult for Ankara ... But even if Turkey continu...' breaks off and was left out; date from the photo caption 'Dec. 7, 2012' and 'Friday'"),
 "002": dict(url="https://wplines.com/2017/05/who-confirms-ebola-case-in-dr-congo.html",
   title="WHO Confirms Ebola Case in DR Congo", publishedOn="2017-05-12",
   source="stored copy of a third-party reproduction (wplines.com) of a VOA News story (web page corpus; the same text is on myjoyonline.com; the voanews.com original was not found in the corpus); VOA authorship from 'tells VOA English to Africa'; no byline; the 'leave a reply' form omitted; complete as stored; date ESTIMATED: the WHO confirmed the case on Friday 12 May 2017 and teams 'should arrive by Saturday' (URL month 2017/05)"),
 "003": dict(url="https://www.voacambodia.com/a/a-40-2007-03-06-voa4-90151582/1357862.html",
   title="US: Cambodia Rights Record Remains Poor", publishedOn="2007-03-06",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation ('Accessibility links', 'Breaking News') omitted; the stored copy ends with a complete paragraph (the page may continue); date from the URL (report 'issued Tuesday', 6 March 2007)"),
 "004": dict(url="https://www.voacambodia.com/a/a-40-2006-08-01-voa5-90153107/1355970.html",
   title="Villagers Confront Police In Battambang", publishedOn="2006-08-01",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation omitted; complete as stored; spellings 'Chhean Ny'/'Chean Ny', 'wild life', 'state's property' as in the source; date from the URL"),
 "005": dict(url="https://www.voacambodia.com/a/a-40-2007-12-07-voa2-90158532/1356942.html",
   title="As Rights Day Approaches, Cambodia's Record Disappoints", publishedOn="2007-12-07",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation omitted; the stored copy ends with a complete paragraph (the page may continue); date from the URL (the groups spoke 'Friday', 7 Dec. 2007)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "observers", "INDIRECT", "the crisis could become even more dire", "warn",
   N(note="unnamed observers, no body: speaker null. 'made an appeal Friday for additional international support' (lead) and 'expressed frustration over the lack of aid' are noun-object reports and are not annotated")),
 ("ban_ki_moon", "he", "DIRECT", "I therefore call upon and appeal most urgently to the international community, and particularly the countries in this region, to provide on an urgent basis the humanitarian assistance,", "said",
   N(onBehalfOf="united_nations", note="'he' = Ban Ki-moon (the U.N. chief of the previous paragraph)")),
 ("ban_ki_moon", "he", "DIRECT", "We need your caring hands to those helpless people.", "said",
   N(onBehalfOf="united_nations", note="second span of an interrupted quote")),
 ("ban_ki_moon", "Ban", "INDIRECT", "it would be an \"outrageous crime.\"", "saying",
   N(onBehalfOf="united_nations", note="participial cue; the clause runs to the closing mark; partial quote also DIRECT. 'voiced anger at the increasing cost' and 'expressed serious concerns about reports that ...' (noun objects; the reports have no speaker) are not annotated")),
 ("ban_ki_moon", "Ban", "DIRECT", "outrageous crime.", "saying", N(onBehalfOf="united_nations")),
 ("zahid_huque", "Zahid Huque, who is helping to coordinate U.N. humanitarian efforts with the Turkish government", "INDIRECT", "Ankara's ability to meet the growing humanitarian needs is being pushed to the limit", "According to",
   N(onBehalfOf="united_nations", note="'According to X, clause': the clause after the attribution")),
 ("zahid_huque", "Huque", "DIRECT", "So far the winter came a little late, but is now getting very, very strong, and some of the capacity of the camps is actually getting exhausted,", "said", N(onBehalfOf="united_nations")),
 ("zahid_huque", "Huque", "DIRECT", "The international community needs to put in lots of resources so Turkey can really expand its facilities faster than the rate of influx of the civilians.", "said",
   N(onBehalfOf="united_nations", note="second span of an interrupted quote")),
]
S["002"] = [
 ("christian_lindmeier", "A spokesman for the World Health Organization", "INDIRECT", "officials declared an Ebola outbreak in Bas-Uele province after laboratory tests confirmed the presence of the virus", "says",
   N(onBehalfOf="who", note="BORDERLINE (cataphora): the unnamed spokesman is named in the next sentence ('The spokesman, Christian Lindmeier'), so he is the speaker (as test4 003 s2); a strict 'unnamed official -> body' reading gives 'who'")),
 ("christian_lindmeier", "The spokesman, Christian Lindmeier", "INDIRECT", "nine people in the area fell sick with what is currently listed as hemorrhagic fever", "tells", N(onBehalfOf="who")),
 ("christian_lindmeier", "He", "INDIRECT", "three people have died", "said", N(onBehalfOf="who")),
 ("who", "The WHO", "INDIRECT", "it is working with Congo\u2019s Ministry of Health to contain the outbreak", "said",
   N(note="a body speaking as a whole (on its Twitter feed)")),
 ("drc_health_ministry", "The ministry", "INDIRECT", "teams of doctors, coordinators and specialists are headed to the remote area and should arrive by Saturday", "says",
   N(note="'The ministry' = Congo's Ministry of Health (previous sentence); 'in a statement'")),
]
S["003"] = [
 ("us_state_department", "US", "INDIRECT", "Cambodia Rights Record Remains Poor", ":",
   N(note="colon headline (as test4 003); 'US' is the State Department's report (lead), so the State Department is the speaker; 'united_states' is a defensible reading")),
 ("us_state_department", "an annual human rights report issued Tuesday by the US State Department", "INDIRECT", "Cambodia's human rights record is still poor, and its government shows no political will to change that", "according to",
   N(note="clause before 'according to'; a report of a named body is credited to the body")),
 ("us_state_department", "the report", "DIRECT", "The government's human rights record remained poor,", "says",
   N(note="'the report' = the State Department's human rights report")),
 ("us_state_department", "the report", "DIRECT", "Government agents committed extrajudicial killings, and security forces acted with impunity. There was little political will to address the failure by government authorities to adhere to the rule of law.", "says",
   N(note="second span of an interrupted quote. 'Cambodian embassy officials ... could not be reached for comment' and the passive 'Cambodia was praised for ...' (no speaker, noun objects) are not annotated")),
 ("kem_sokha", "Kem Sokha, director of the Cambodia Center for Human Rights", "INDIRECT", "Cambodia's human rights situation has not changed", "saying",
   N(onBehalfOf="cchr", note="participial cue after 'mostly welcomed the report' (noun object, not annotated)")),
 ("kem_sokha", "he", "DIRECT", "The key matters especially remain,", "said", N(onBehalfOf="cchr")),
 ("kem_sokha", "he", "DIRECT", "such as blocking peaceful demonstrations, such as those in land disputes where protesters have been threatened with arrest.", "said",
   N(onBehalfOf="cchr", note="second span of an interrupted quote")),
 ("kem_sokha", "he", "DIRECT", "The matter of judicial reform is still difficult,", "said",
   N(onBehalfOf="cchr", note="'citing as well corruption and forced evictions' (noun objects) is not annotated")),
 ("kem_sokha", "Kem Sokha", "DIRECT", "That is a political issue,", "said", N(onBehalfOf="cchr")),
 ("kem_sokha", "Kem Sokha", "DIRECT", "even if they have a close relationship, [the US] never forgets to talk about human rights issues.", "said",
   N(onBehalfOf="cchr", note="a quotation in the next sentence ('But \"...\"') with no verb of its own: credited to Kem Sokha with the cue of the previous sentence; the reporter's bracket '[the US]' is kept")),
]
S["004"] = [
 (None, "human rights officials and local authorities", "INDIRECT", "About 30-40 villagers in Bovel town, Battambang province, armed with knives and axes, sat around their fellow villager who is suspected of inciting the residents to clear a strip of land", "say",
   N(note="clause before the verb; two unnamed groups, no single named body: speaker null")),
 (None, "armed authorities", "INDIRECT", "they acted by court order", "say",
   N(note="speech verb in a relative clause ('armed authorities who say ...'); unnamed authorities: speaker null")),
 (None, "They", "INDIRECT", "Chean Ny led 3,000 families to clear the land and illegally build huts", "say",
   N(note="'They' = the armed authorities of the previous sentence: speaker null")),
 (None, "The local authorities", "INDIRECT", "the villagers destroy wild life habitat and grab state's property", "saying",
   N(note="'are reported saying that ...': the local authorities are the speakers; unnamed: speaker null")),
 (None, "One villager", "INDIRECT", "he supports Mr. Chhean Ny because he cares about hungry people", "says",
   N(note="an unnamed villager: speaker null")),
 ("sim_dareth", "Bovel town mayor Sim Dareth", "INDIRECT", "his authorities do not threaten them, but instead try to have peaceful talks with them", "saying",
   N(note="participial cue after 'dismisses the villagers' charges' (noun object, not annotated). In Kun Cheth's 'appeals for the authorities to act according to the law' (next paragraph; a request with an infinitive) is not annotated")),
 ("siem_sim", "Battambang province deputy governor and committee for dispute solution's chief Siem Sim", "INDIRECT", "he will try to convey the message to the villagers of their illegal action and will appeal for their departure", "says",
   N(onBehalfOf="battambang_province")),
]
S["005"] = [
 (None, "A coalition of rights groups", "INDIRECT", "human rights remains a major concern in Cambodia", "said",
   N(note="unnamed coalition: speaker null. BORDERLINE: the trailing 'as International Human Rights Day approaches' is taken as the reporter's time frame and left out. The next paragraph ('While Cambodia has progressed economically, ...') has no speech verb and is not annotated, though it probably continues the coalition's report")),
 (None, "A group of advocates for the Khmer Kampuchea Krom ethnic minority", "INDIRECT", "the anniversary was a chance to look at the withering rights of the marginalized group", "said",
   N(note="an unnamed group of advocates (no named body): speaker null")),
 ("ang_chanrith", "Ang Chanrith, director of the Khmer Kampuchea Krom Human Rights Organization", "INDIRECT", "this year saw even more serious rights violations for members of the group than 2006", "said",
   N(onBehalfOf="kkkhro")),
]

A = actor
ACTORS = [
 A("ban_ki_moon", "PERSON", "Ban Ki-moon", "Ban", "United Nations Secretary-General Ban Ki-moon", "U.N. chief"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("zahid_huque", "PERSON", "Zahid Huque", "Huque"),
 A("bashar_al_assad", "PERSON", "Bashar al Assad", "Assad", "Bashar al-Assad"),
 A("turkey", "COUNTRY", "Turkey", "Ankara"),
 A("jordan", "COUNTRY", "Jordan"),
 A("dorian_jones", "PERSON", "Dorian Jones"),
 A("christian_lindmeier", "PERSON", "Christian Lindmeier", "Lindmeier"),
 A("who", "ORGANIZATION", "World Health Organization", "WHO"),
 A("drc_health_ministry", "GOVERNMENT", "Ministry of Health (Democratic Republic of Congo)", "Congo\u2019s Ministry of Health", "Congo's Ministry of Health"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. State Department"),
 A("kem_sokha", "PERSON", "Kem Sokha"),
 A("cchr", "ORGANIZATION", "Cambodia Center for Human Rights", "Cambodian Center for Human Rights", "CCHR"),
 A("sam_rainsy", "PERSON", "Sam Rainsy"),
 A("chhean_ny", "PERSON", "Chhean Ny", "Chean Ny", "Mr. Chhean Ny"),
 A("sim_dareth", "PERSON", "Sim Dareth"),
 A("in_kun_cheth", "PERSON", "In Kun Cheth"),
 A("siem_sim", "PERSON", "Siem Sim"),
 A("battambang_province", "GOVERNMENT", "Battambang provincial authorities", "Battambang province"),
 A("ang_chanrith", "PERSON", "Ang Chanrith"),
 A("kkkhro", "ORGANIZATION", "Khmer Kampuchea Krom Human Rights Organization", "KKKHRO"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
