#!/usr/bin/env python3
"""Hand annotations of the dev25 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://www.voanews.com/a/kenyan-voices-express-election-hopes/1611438.html",
   title="Kenyan Voices on Their Election Hopes", publishedOn="2013-02-28",
   source="stored copy of voanews.com article 1611438 (web page corpus; the same text is stored at http://www.voanews.com/content/kenyan-voices-express-election-hopes/1611438.html, with a double space after '2013.'); no byline; navigation ('Accessibility links', 'Breaking News') and the photo caption omitted; quotation marks (a straight opening mark with a curly closing one in the Lumumba paragraph), the en dashes and the hyphen before 'P.L.O Lumumba' as in the source; TRUNCATED: the sixth quotation paragraph ('We are actually cautioning the political class ...' - Law Society chairman Eric Mutua o...) breaks off in its attribution and was left out; date ESTIMATED from the photo caption 'February 28, 2013' (the Kenyan general election was on 4 March 2013)"),
 "002": dict(url="http://www.voanews.com/content/egyptian-security-forces-on-standby-as-protests-heat-up/1705168.html",
   title="Pro-Morsi Protesters Pack the Streets of Cairo", publishedOn="2013-07-19",
   source="stored copy of voanews.com article 1705168 (web page corpus), by Sharon Behn; section label ('News / Middle East'), photo captions, byline, 'Story continues beneath photo gallery' and the subheading 'Dueling demonstrations' omitted; TRUNCATED: the paragraph 'Instead, for more than two weeks, they have staged sit-ins outside Rabaa al Adaweyeh mosque in Cairo's Nasr city, where hundreds o...' breaks off and was left out; date from the photo caption 'Cairo, July 19, 2013' and 'Friday' (19 July 2013 was a Friday)"),
 "003": dict(url="http://www.voanews.com/content/egypt-violence-kills-one-protests-planned/1691008.html",
   title="Protests Heat Up Across Egypt", publishedOn="2013-06-28",
   source="stored copy of voanews.com article 1691008 (web page corpus), by Edward Yeranian; section label, photo captions and byline omitted; 'Americas' (for 'Americans') as in the source; TRUNCATED: the paragraph 'At the same time, anti-Morsi protesters chanted slogans ca...' breaks off and was left out; date from the photo captions 'June 28, 2013' and 'Friday prayers' (the rally 'Sunday' is the anniversary, 30 June)"),
 "004": dict(url="https://voa.pangea-cms.com/preview/en-US/a/reports-of-more-fighting-in-libyan-capital-tripoli/4555578.html",
   title="Reports of More Fighting in Libyan Capital Tripoli", publishedOn="2018-09-03",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 4555578 (web page corpus); no byline in the stored copy; navigation and the photo caption omitted; TRUNCATED: the paragraph 'He said that National Unity Prime Minister Fayez Seraj has been unable to create a unified nation...' breaks off and was left out; date ESTIMATED: caption 'Sept. 2, 2018', 'eight days of fighting', a tweet 'Monday' (3 Sept. 2018) and talks 'Tuesday'"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("samuel_kamau", "Nakuru resident Samuel Kamau", "DIRECT", "We don\u2019t want hatred, because we know we are the ones who will lose the most.", "\u2013",
   N(note="BORDERLINE: a quotation followed by a dash and the speaker's name with no speech verb ('\u2013 Nakuru resident Samuel Kamau on his hopes for a peaceful election'); the dash is given as the cue. The lead ('share their hopes ..., and the messages they're spreading') is a noun-object report and is not annotated")),
 ("plo_lumumba", "P.L.O Lumumba, dean of law at Kabarak University", "DIRECT", "The same individuals who were present in 1992, 1997, 2002 and 2007 are the very same who are the political players in the year 2013. So the political culture may not change dramatically, but these individuals upon being elected will find that their actions are controlled and in some ways hamstrung by the new constitutional provisions.", "-",
   N(note="dash attribution without a verb (here a hyphen), as s1; straight opening and curly closing mark in the source. An academic commenting, not speaking for his university: no onBehalfOf")),
 ("ronald_makokha", "Pastor Ronald Makokha", "DIRECT", "Vote for whom you love, but you also need to be ready that you can vote for somebody that you love and they may not make it \u2026 Vote, yes, but be ready to accept the results, and be peaceful.", "explains",
   N(note="dash attribution with a verb: '\u2013 Pastor Ronald Makokha explains the message he is giving his congregation'")),
 ("john_stremlau", "John Stremlau of the Carter Center, one of the groups monitoring the elections", "DIRECT", "\u2026if we can come to a kind of consensus around the process that needs to be followed in light of what has been agreed to candidates in advance of the contest, then if there are disturbances or challenges\u2026there are mechanisms in place for resolving these differences. And our plea to everyone is stick to the process and do it peacefully.", "explaining",
   N(onBehalfOf="carter_center", note="dash attribution with a participle ('explaining how he works with other election groups'); the leading ellipsis is inside the marks and kept")),
]
S["002"] = [
 (None, "they", "DIRECT", "Morsi is our President!", "shouting",
   N(note="'they' = the tens of thousands of Morsi supporters (an unnamed crowd, though organized by the Muslim Brotherhood): speaker null. 'demanding the Islamist leader be returned to power' (lead) is a demand, not a report of a proposition, and is not annotated; nor 'vowing to die for their cause' (infinitive)")),
 (None, "they", "DIRECT", "Egypt is Islamic,", "shouting",
   N(note="second slogan of the same 'shouting \"...\" and \"...\"'. 'what they call a military power grab' and 'whom the Brotherhood calls a traitor' (naming with 'call', no clause) are not annotated")),
 ("egyptian_military", "Egypt's military", "INDIRECT", "it only responded to the will of the people", "Saying",
   N(note="fronted participial cue ('Saying that ..., Egypt's military ousted Morsi'); the military as a body is the speaker. 'calls for his release by the United States and the European Union' and 'calls by Egypt's interim president Adly Mansour to negotiate' (noun-headed requests) are not annotated")),
]
S["003"] = [
 (None, "Authorities", "INDIRECT", "two people have been killed, including a U.S. citizen stabbed to death while taking pictures of the riots", "say",
   N(note="unqualified 'Authorities' (no body named): speaker null. 'The State Department has issued a travel warning ..., telling Americas to put off non-essential travel there' is a request with an infinitive and is not annotated; nor 'calling for Morsi's departure' (noun object) or 'The opposition accuses Morsi ... of trying to undermine secular rights' (gerund object)")),
 (None, "the crowd", "DIRECT", "Islamic rule, Islamic rule.", "chants",
   N(note="BORDERLINE: quoted words after a noun cue ('broke into periodic chants of \u201c...\u201d'); the words are the crowd's, so DIRECT with speaker null (unnamed crowd of Morsi supporters). 'banners proclaiming support for the president' (noun object, written) is not annotated")),
]
S["004"] = [
 ("libya_24", "The TV", "INDIRECT", "more fighting had broken out Monday between the so-called 7th Brigade from Tarhouna and the rival \"Thawar Tripoli\" militias", "reported",
   N(note="'The TV' = the Libya 24 news channel of the previous paragraph; 'earlier' is the reporter's adverb and left out. Not annotated: 'is calling for warring parties to respect a ceasefire' (U.N. envoy; request with an infinitive), 'A health department spokesman ... has put the death toll ... at 47 dead and 129 wounded' (no speech verb with a clause), 'has invited the warring sides to talks', 'tweeted a photo ... of a delegation' (noun object), 'amateur video showed ...' (not speech)")),
 (None, "Another Tripoli resident", "INDIRECT", "he and his friends continued to play cards, and smoke the traditional Arab nargileh water pipe as they listened to the fighting in the background", "tweeted",
   N(note="an unnamed resident: speaker null; 'tweeted ... that' as a speech verb")),
 (None, "Local media", "INDIRECT", "the warring militias are vying for control over the important Yarmouk military camp", "report",
   N(note="unnamed local media, no single outlet: speaker null")),
 ("kamel_al_marash", "A Libyan analyst living in Paris, Kamel al-Marash", "INDIRECT", "the ongoing fighting was not unexpected and the various militia groups are trying to exert control over the centers of power in Tripoli", "told",
   N(note="two coordinated clauses under one 'told' without 'that': one statement. The next paragraph ('He said that National Unity Prime Minister Fayez Seraj has been unable to create a unified nation...', his second statement) breaks off in the stored copy and was left out")),
]

A = actor
ACTORS = [
 A("samuel_kamau", "PERSON", "Samuel Kamau", "Kamau"),
 A("plo_lumumba", "PERSON", "P.L.O Lumumba", "P.L.O. Lumumba", "PLO Lumumba", "Lumumba"),
 A("kabarak_university", "ORGANIZATION", "Kabarak University"),
 A("ronald_makokha", "PERSON", "Ronald Makokha", "Pastor Ronald Makokha", "Makokha"),
 A("john_stremlau", "PERSON", "John Stremlau", "Stremlau"),
 A("carter_center", "ORGANIZATION", "Carter Center", "The Carter Center"),
 A("mohamed_morsi", "PERSON", "Mohamed Morsi", "Morsi", "Mohammed Morsi"),
 A("muslim_brotherhood", "ORGANIZATION", "Muslim Brotherhood", "the Brotherhood"),
 A("hosni_mubarak", "PERSON", "Hosni Mubarak", "Mubarak"),
 A("mahmoud_tahir", "PERSON", "Mahmoud Tahir"),
 A("abdel_fattah_el_sissi", "PERSON", "Abdel Fattah el-Sissi", "el-Sissi", "Sissi"),
 A("egyptian_military", "GOVERNMENT", "Egyptian military", "Egypt's military"),
 A("adly_mansour", "PERSON", "Adly Mansour", "Mansour"),
 A("united_states", "COUNTRY", "United States", "U.S."),
 A("european_union", "ORGANIZATION", "European Union", "EU"),
 A("sharon_behn", "PERSON", "Sharon Behn"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. State Department"),
 A("edward_yeranian", "PERSON", "Edward Yeranian"),
 A("ghassan_salame", "PERSON", "Ghassan Salame", "Salame"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("libya_24", "COMPANY", "Libya 24", "Libya 24 news channel"),
 A("kamel_al_marash", "PERSON", "Kamel al-Marash", "al-Marash"),
 A("al_hurra", "ORGANIZATION", "Alhurra", "al Hurra TV", "al Hurra"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
