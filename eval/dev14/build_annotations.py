#!/usr/bin/env python3
"""Hand annotations of the dev14 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are
given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="http://www.voanews.com/content/nigeria-police-investigating-kano-attacks-137976633/151080.html",
   title="Nigeria Police Investigating Kano Attacks", publishedOn="2012-01-24",
   source="stored copy of the voanews.com page, article 151080 (web page corpus); section label 'News / Africa' and the photo caption (given twice) omitted; no byline in the stored part; the double spaces after two sentences are as in the copy; TRUNCATED: the paragraph 'There is less visibility of police on the ...' breaks off and was left out; date ESTIMATED from the photo caption 'January 24, 2012' (the attacks were 'Friday', 20 Jan. 2012, and the story says 'Days after')"),
 "002": dict(url="https://editorials.voa.gov/a/a-41-a-2004-12-30-1-1-83099757/1478622.html",
   title="12/29/04 - U.S. AIDS TSUNAMI VICTIMS - 2004-12-30", publishedOn="2004-12-30",
   source="stored copy of the editorials.voa.gov page, article 1478622 (web page corpus): a VOA editorial ('reflecting the views of the U.S. Government'), not a news story; navigation ('Accessibility links', 'Breaking News') omitted; the headline is kept as it stands, date code included; complete as stored; date from the URL and headline"),
 "003": dict(url="https://editorials.voa.gov/a/a-41-2005-12-30-voa1-83103832/1479270.html",
   title="Tsunami Anniversary", publishedOn="2005-12-30",
   source="stored copy of the editorials.voa.gov page, article 1479270 (web page corpus): a VOA editorial, not a news story; navigation omitted; TRUNCATED: the paragraph 'In the Maldives, the U.S. provided ... cooperating with UNESCO's International Oceanographic Commi...' breaks off and was left out; date from the URL"),
 "004": dict(url="https://www.voazimbabwe.com/amp/a-13-56-74-2008-02-19-voa47-69000142/1470600.html",
   title="Zimbabwe Maize Farmers Concerned As Dry Spell Stretches Out", publishedOn="2008-02-19",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) AMP page, article 1470600 (web page corpus); the closing link line 'More reports from VOA's Studio 7 for Zimbabwe...' omitted; complete as stored; date from the URL (cloud seeding 'Tuesday', 19 Feb. 2008)"),
 "005": dict(url="https://www.insidevoa.com/a/voice-of-america-hosting-global-immigration-debate/1688232.html",
   title="Voice of America Hosting Global Immigration Debate", publishedOn="2013-06-21",
   source="stored copy of the insidevoa.com page, article 1688232 (web page corpus): a VOA public-relations release, as dev3 004-009 and test12 004; navigation omitted; curly quotation marks as in the copy; TRUNCATED: the paragraph 'VOA\u2019s TV special looks at ... All six profile...' breaks off and was left out; date ESTIMATED: the release announces a programme for 'Tuesday, June 25th' (25 June 2013 was a Tuesday), so it was published a few days before; 2013-06-21 may be off by days"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "news agencies", "INDIRECT", "it could be much higher", "suggest",
   N(note="unnamed news agencies: speaker null. 'Abuja reports the attacks revealed ...' (a reporter credit whose name is missing in the copy) is the reporter's framing and is not annotated, as test4's reporter credits")),
 ("salisu_fage", "Reporter Salisu Fage of the Leadership newspaper in Kano", "INDIRECT", "the ease with which the attackers overwhelmed the police has left many citizens feeling defenseless", "says",
   N(note="a reporter giving his own view: no onBehalfOf")),
 ("salisu_fage", "Fage", "DIRECT", "Certainly everybody is surprised at the kind of sophistication they have because even the police couldn't have the weapons that can fight back,", "said",
   N(note="speaker named after his words ('said Fage')")),
 ("salisu_fage", "Fage", "DIRECT", "People are wondering from where and how they are getting their weapons and the kind of training they are having.", "said",
   N(note="second quotation of the same paragraph with no attribution of its own: the cue of the first")),
 ("yunus_zakaria_yau", "Yunus Zakaria Ya'u of Kano's Center for Information Technology and Development", "INDIRECT", "officers who normally wear uniforms have switched to plain clothes to avoid notice by the unseen enemy", "says",
   N(note="'Police officials have been conspicuously silent ..., declining interview requests' (previous paragraph) is not a statement")),
]
S["002"] = [
 ("george_w_bush", "President George W. Bush", "DIRECT", "the American people are shocked and. . .saddened by the terrible loss of life from the recent earthquake and tsunamis in the Indian Ocean.", "said",
   N(onBehalfOf="united_states", note="'As X said, \"...\"': the quotation is the whole complement, so DIRECT only; the reporter's ellipsis '. . .' is kept. The agentless passive 'At least eighty-thousand people are reported to have been killed' is not annotated")),
 ("george_w_bush", "President Bush", "INDIRECT", "the U.S. has made an initial pledge of thirty-five million dollars in assistance", "says",
   N(onBehalfOf="united_states", note="the clause ends at the colon that introduces the quotation of the next paragraph")),
 ("george_w_bush", "President Bush", "DIRECT", "We have deployed disaster experts to the region. . . . As well, we're dispatching a Marine expeditionary unit, the aircraft carrier Abraham Lincoln, and the Maritime pre-position squadron from Guam to the area to help with relief efforts.", "says",
   N(onBehalfOf="united_states", note="quotation paragraph introduced by the colon of the previous sentence ('President Bush says ...:'): credited to Bush with that cue")),
 ("colin_powell", "Mr. Powell", "DIRECT", "the lingering effects will be there for years", "says",
   N(onBehalfOf="us_state_department", note="BORDERLINE: 'While tens of thousands ... moments, says Mr. Powell, \"...\":' - the attribution interrupts the reported sentence; only the quoted words are annotated (no INDIRECT for the adverbial clause before the attribution). No comma or full stop inside the closing mark (the colon follows it)")),
 ("colin_powell", "Mr. Powell", "DIRECT", "The rebuilding of schools and other facilities, will take time. So you need a quick infusion to stabilize the situation, take care of those who have been injured, get immediate relief supplies in, and then you begin planning for the longer haul.", "says",
   N(onBehalfOf="us_state_department", note="quotation paragraph introduced by the colon of the previous sentence; the comma after 'facilities' is in the source")),
 ("george_w_bush", "President Bush", "DIRECT", "These past few days have brought loss and grief to the world that is beyond our comprehension", "says",
   N(onBehalfOf="united_states", note="closing mark followed by a colon")),
 ("george_w_bush", "President Bush", "DIRECT", "The United States will continue to stand with the affected governments as they care for the victims. We will stand with them as they start to rebuild their communities.", "says",
   N(onBehalfOf="united_states", note="quotation paragraph introduced by the colon of the previous sentence")),
 ("george_w_bush", "Mr. Bush", "DIRECT", "we will prevail over this destruction.", "says",
   N(onBehalfOf="united_states", note="'Together, says Mr. Bush, \"...\"': only the quoted words are annotated; the adverb before the attribution is left out")),
]
S["003"] = [
 ("center_on_philanthropy", "the Center on Philanthropy at Indiana University", "INDIRECT", "private contributors in the U.S. have donated an additional one-billion-eight-hundred million dollars", "According to",
   N(note="'According to X, clause': the clause after the attribution; a body as its own speaker")),
 ("george_w_bush", "President George W. Bush", "DIRECT", "The world has united behind this urgent cause", "said",
   N(onBehalfOf="united_states", note="closing mark followed by a colon")),
 ("george_w_bush", "President George W. Bush", "DIRECT", "We are rushing food, medicine, and other vital supplies to the region. And we are focusing efforts on helping the women and children who need special attention, including protection from the evil of human trafficking.", "said",
   N(onBehalfOf="united_states", note="quotation paragraph introduced by the colon of the previous sentence: credited to Bush with that cue. The rest (aid figures without speech verbs) is not annotated")),
]
S["004"] = [
 (None, "Zimbabwean farmers", "INDIRECT", "too much rain was drowning their crops", "were complaining",
   N(note="unnamed farmers: speaker null; 'complaining that' is a speech verb with a clause. 'had farmers worried about yields' and 'have left them wondering if ...' are states of mind, not annotated")),
 ("thomas_nherera", "Agronomist Thomas Nherera, a former head of the Indigenous Commercial Farmers Union", "INDIRECT", "although maize farmers are unhappy, dry weather is welcome to tobacco and cotton growers", "told",
   N(note="a former head: no onBehalfOf; the clause after 'that' includes the concessive 'although ...'")),
]
S["005"] = [
 ("david_ensor", "VOA Director David Ensor", "DIRECT", "These immigrant profiles, which are being broadcast on our satellite streams around the world in many of our 45 languages, form the basis for a wider debate that we are encouraging and hosting online,", "said",
   N(onBehalfOf="voa", note="official named after his words ('said VOA Director David Ensor')")),
 ("david_ensor", "Ensor", "DIRECT", "Visitors to our website will find a wealth of information about immigration that helps explain it in human terms. It provides a way for our audience to ask questions and share ideas and personal stories,", "said",
   N(onBehalfOf="voa", note="surname after the quotation ('Ensor said')")),
]

A = actor
ACTORS = [
 A("salisu_fage", "PERSON", "Salisu Fage", "Fage"),
 A("leadership_newspaper", "COMPANY", "Leadership (Nigerian newspaper)", "Leadership newspaper", "the Leadership newspaper"),
 A("yunus_zakaria_yau", "PERSON", "Yunus Zakaria Ya'u", "Ya'u"),
 A("citad", "ORGANIZATION", "Center for Information Technology and Development", "Kano's Center for Information Technology and Development", "CITAD"),
 A("boko_haram", "ORGANIZATION", "Boko Haram"),
 A("nigeria_police", "GOVERNMENT", "Nigeria Police Force", "Nigerian police", "Police in Nigeria"),
 A("george_w_bush", "PERSON", "George W. Bush", "President George W. Bush", "President Bush", "Mr. Bush", "Bush"),
 A("colin_powell", "PERSON", "Colin Powell", "Secretary of State Colin Powell", "Mr. Powell", "Powell"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. State Department"),
 A("center_on_philanthropy", "ORGANIZATION", "Center on Philanthropy at Indiana University", "Center on Philanthropy"),
 A("thomas_nherera", "PERSON", "Thomas Nherera", "Nherera"),
 A("icfu", "ORGANIZATION", "Indigenous Commercial Farmers Union", "ICFU"),
 A("zimbabwe_met_department", "GOVERNMENT", "Meteorological Services Department (Zimbabwe)", "Zimbabwe's Meteorological Services Department"),
 A("david_ensor", "PERSON", "David Ensor", "Ensor", "VOA Director David Ensor"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
