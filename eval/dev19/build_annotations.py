#!/usr/bin/env python3
"""Hand annotations of the dev19 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://www.voanews.com/a/european-leaders-struggle-to-resolve-debt-crisis-at-summit-132632993/147230.html",
   title="European Leaders Struggle to Resolve Debt Crisis at Summit", publishedOn="2011-10-26",
   source="stored copy of the voanews.com page, article 147230 (web page corpus; the same text is on hxen.net); navigation ('Accessibility links', 'Breaking News') and the photo caption omitted; no byline in the stored copy; the stored copy ends with a complete paragraph (the page may continue); date from the caption ('Brussels, October 26, 2011') and 'Wednesday'"),
 "002": dict(url="http://www.voanews.com/content/eu_economy_meeting/938361.html",
   title="EU Leaders Meet Amid More Grim Economic News", publishedOn="2012-05-23",
   source="stored copy of the voanews.com page, article 938361, by Lisa Bryant (web page corpus; the same text is reproduced on ecfr.eu); the 'News / Europe' label, the photo caption (printed twice) and the byline line omitted; TRUNCATED: Pier Carlo Padoan's quotation ('\"Things have begun to deteriorate again recently. ... serious repercussions w') breaks off and was left out; date from the caption ('Brussels, May 23, 2012') and 'Wednesday'"),
 "003": dict(url="https://www.voanews.com/a/marathoners-disappointed-but-understanding-of-new-york-cancellation/1538910.html",
   title="Marathoners Disappointed, But Understanding of New York Cancellation", publishedOn="2012-11-03",
   source="stored copy of the voanews.com page, article 1538910, by Margaret Besheer (byline from the voanews.com/content copy of the same id; web page corpus); navigation and the photo caption omitted; quotation marks as in the source (each quotation opens with a curly mark and closes with a straight one); TRUNCATED: the paragraph on Abdi Abdirahman ('... said the main thing is that the people of New York recover.') is cut in the stored copy and was left out; date from the caption ('Saturday, Nov. 3, 2012') and 'on Saturday'"),
 "004": dict(url="http://www.voanews.com/content/new-icc-chief-prosecutor-discusses-tribunal-work/1528452.html",
   title="New ICC Chief Prosecutor Discusses Work of Tribunal", publishedOn="2012-10-17",
   source="stored copy of the voanews.com page, article 1528452, by Peter Clottey (web page corpus; several stored copies with the same text); the 'News / Africa' label, the photo caption and the byline line omitted; one leading space before a paragraph dropped; TRUNCATED: the paragraph 'In July, Mali's minister of justice, Malick Coulibaly, ... The request cited international' breaks off and was left out; date ESTIMATED: not in the stored text; Bensouda 'became chief prosecutor last June' (June 2012) and the article id lies between 1520709 (early Oct. 2012) and 1538910 (3 Nov. 2012), so mid-October 2012"),
 "005": dict(url="https://testbig.com/voa/copacabana-beach-draws-world-cup-fans-near-far",
   title="Copacabana Beach Draws World Cup Fans Near, Far", publishedOn="2014-06-16",
   source="stored copy of a third-party reproduction (testbig.com, 'voa' section) of a VOA story (web page corpus); no VOA article id (the voanews.com original was not found in the corpus); the headline is reconstructed from the URL slug (the stored text starts with the page widget 'Reading audio' and the date, both omitted); the subheading 'Rooting interests' omitted; TRUNCATED: the last paragraph ('He said being here in Rio is the culmination of a life-long dream. \u201cI love football. I just wanted to ma') breaks off and was left out; date from the page ('June 16,2014')"),
 "006": dict(url="https://www.voanews.com/americas/world-cup-celebrations-subdued-rio-working-class-neighborhood",
   title="World Cup Celebrations Subdued in Rio Working-Class Neighborhood", publishedOn="2014-06-11",
   source="stored copy of the voanews.com page (new-style URL without a numeric article id; web page corpus; the same text is on 360newlife.cn and tingroom.com), by Scott Bobb (VOA Khmer's copy of the companion video, voacambodia 1935347, names him); the headline is reconstructed from the URL slug (the stored text starts with the dateline); the map caption ('2014 World Cup, Host stadiums in Brazil', printed twice) and the subheadings 'Neglecting essentials' and 'Corruption charges' omitted; TRUNCATED: Gatti's last quotation ('\u201cAs far as the Cup goes, ... if those who govern do not change and begin to') breaks off and was left out; date ESTIMATED: the Cup opens 'on Thursday' (12 June 2014), and the companion video id 1935347 lies just after voanews 1933141 (10 June 2014)"),
 "007": dict(url="https://www.voanews.com/a/mht-kepler-space-telescope-discovers-104-exoplanets/3424622.html",
   title="Kepler Space Telescope Discovers 104 Exoplanets", publishedOn="2016-07-19",
   source="stored copy of the voanews.com page, article 3424622, 'VOA News' byline (web page corpus); navigation, the photo caption and the byline box (whose boilerplate says VOA News stories 'may contain information from wire service reports'; no wire credit is given) omitted; 'calledK2-72c' as in the source; complete as stored; date ESTIMATED: the K2-72 discoveries were announced on 18 July 2016; the page gives no date in the stored text"),
 "008": dict(url="https://www.voanews.com/a/rescuers-work-to-find-mexico-earthquake-survivors/4038114.html",
   title="Mexico: Search for Quake Survivors Continues", publishedOn="2017-09-21",
   source="stored copy of the voanews.com page, article 4038114 (web page corpus); navigation, the 'update' label, two photo captions and the subheading 'Dozens die at school' omitted; Ruvalcava's quotation ends without a full stop, as in the source; TRUNCATED: the stored copy ends inside a photo caption after the last kept paragraph; date: 'worked Thursday' after the 19 Sept. 2017 earthquake ('hit Tuesday'), i.e. 21 Sept. 2017"),
 "009": dict(url="https://www.voanews.com/science-health/nasa-spacex-send-four-astronauts-international-space-station",
   title="NASA, SpaceX Send Four Astronauts to International Space Station", publishedOn="2020-11-16",
   source="stored copy of the voanews.com page (new-style URL without a numeric article id; 'By VOA News'; web page corpus); section label, byline/date line and photo caption omitted; the double space after 'leukemia drugs.' is kept as in the source; the stored copy ends with a complete paragraph (the page may continue); date from the page ('Updated November 16, 2020'; the launch was on Sunday 15 Nov. US time)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "Analysts", "INDIRECT", "that is one essential step in solving the crisis", "say",
   N(note="unnamed analysts, no body: speaker null; 'that' here is the demonstrative subject of the clause, not a complementizer, so it is kept")),
 ("angela_merkel", "Merkel", "INDIRECT", "the EU leaders need to resolve a series of sticking points and work on moving forward", "said",
   N(onBehalfOf="germany", note="'urged fellow heads of state to reach an accord' (previous paragraph; a request with an infinitive) is not annotated")),
 ("george_papandreou", "Greek Prime Minister George Papandreou", "INDIRECT", "it is vital not only to save the euro currency but European ideals", "said",
   N(onBehalfOf="greece")),
 ("george_papandreou", "he", "DIRECT", "Now is the time for the European leadership collectively to take decisions, to end the uncertainty and the crisis, turn the page and make sure we make a big step forward for the better future, prosperity and security of our peoples in Europe,", "said",
   N(onBehalfOf="greece", note="'he' = Papandreou. 'German and French leaders have vowed to reach a sustainable solution' (infinitive) is not annotated")),
]
S["002"] = [
 ("thomas_klau", "Thomas Klau, who heads the Paris office of the European Council on Foreign Relations", "DIRECT", "I don't think the eurozone has turned the corner,", "said",
   N(onBehalfOf="ecfr", note="speaker named after his words ('said Thomas Klau, who ...')")),
 ("thomas_klau", "Thomas Klau, who heads the Paris office of the European Council on Foreign Relations", "DIRECT", "It's turned the corner in terms of the political will. I think the mainstream parties across the eurozone are very strongly committed to keeping the eurozone intact and see it through this crisis. But I don't think they've done enough to make that commitment work in practice.", "said",
   N(onBehalfOf="ecfr", note="second span of an interrupted quote")),
 ("oecd", "A report by the Paris-based Organization for Economic Cooperation and Development", "INDIRECT", "the eurozone risked severe recession", "warned",
   N(note="a report of a named body is credited to the body. 'Padoan called for swift action' (noun object) is not annotated; his quotation is cut off by the stored copy")),
]
S["003"] = [
 ("gebre_gebremariam", "he", "INDIRECT", "he understood why the mayor had decided to cancel the race which was to take place this Sunday and follow a 42-kilometer course through all of New York's five boroughs", "said",
   N(note="'he' = Gebre Gebremariam (same paragraph). The lead's 'they expressed understanding that the time was not right' (noun object, unnamed runners) is not annotated")),
 ("gebre_gebremariam", "he", "DIRECT", "It's the right decision. We saw the damage. We saw that people are without homes, they lost their lives, they lost their homes, they lost their businesses, and we are part of them,", "said",
   N(note="opening curly and closing straight quotation mark, as in the source")),
 ("abderrahime_bouramdane", "Moroccan Abderrahime Bouramdane, who finished fifth in the 2008 and 2009 marathons and tenth in 2010", "INDIRECT", "he understood the cancellation", "said"),
 ("abderrahime_bouramdane", "Moroccan Abderrahime Bouramdane, who finished fifth in the 2008 and 2009 marathons and tenth in 2010", "INDIRECT", "the city should have made the decision earlier in the week to spare the approximately 20,000 runners who come from abroad from expensive and lengthy travel", "felt",
   N(note="BORDERLINE: 'felt that' is a belief verb, but it is coordinated under 'said' ('said he understood ..., but felt that ...'), so the clause is taken as reported speech with the cue 'felt'; a stricter reading leaves it out")),
 ("abderrahime_bouramdane", "he", "DIRECT", "I said it's Friday night, it's too late to make the change and cancel the race, not for only me [but] for all people and all athletes, coming to run, [and] people running for fun,", "said",
   N(note="'he' = Bouramdane; the reporter's brackets are kept")),
]
S["004"] = [
 ("fatou_bensouda", "The chief prosecutor of the International Criminal Court (ICC)", "INDIRECT", "she rejects any suggestion that the tribunal has unfairly targeted African countries", "says",
   N(onBehalfOf="icc", note="BORDERLINE (cataphora): the lead's 'chief prosecutor' is named in the next sentence (Fatou Bensouda), so she is the speaker; a strict 'official of a named body -> body' reading would give 'icc'")),
 ("fatou_bensouda", "Fatou Bensouda, who became chief prosecutor last June after eight years as deputy chief prosecutor", "INDIRECT", "it will take a lot of work to correct suspicions of bias against Africa", "said",
   N(onBehalfOf="icc", note="'said in an interview it will ...' (no 'that')")),
 ("fatou_bensouda", "Bensouda, a native of Gambia", "DIRECT", "Changing this perception of course will not depend solely on myself, it will depend on other actors, it will depend on the organs of the court, it will depend on states, parties [and] it will depend on international partners. But, I do intend to play my part,", "said",
   N(onBehalfOf="icc", note="speaker named after her words. 'She blamed accused persons ... for spreading allegations that the ICC targets Africans' (next paragraph; noun objects, the allegations' authors unnamed) is not annotated")),
 ("fatou_bensouda", "Bensouda", "DIRECT", "I think what we need to do here is to move the focus away from those who perpetuate these crimes. They perpetuate these crimes and they send this propaganda that ICC is targeting Africa, and by so doing, the focus that we should have on the victims of their crimes is moved away,", "said",
   N(onBehalfOf="icc")),
 ("fatou_bensouda", "Bensouda", "DIRECT", "The ICC is working with Africa and in fact Africa has been coming towards the ICC from the time of establishing this court from the very beginning. In fact this idea that Africa is being targeted was demystified, by the recent referral we received from Mali.", "said",
   N(onBehalfOf="icc", note="a quotation paragraph with no attribution of its own, following Bensouda's quotation: credited to her with the cue of the previous paragraph")),
]
S["005"] = [
 ("vincent_brughuis", "he", "DIRECT", "We just got the feeling now, so it\u2019s nice. We watched last night at a small bar on the beach, so I thought for this event, Holland playing, we would watch here,", "said",
   N(note="'he' = Vincent Brughuis (same paragraph)")),
 ("ruffin_tanner", "Tanner", "DIRECT", "Everyone has been so friendly. The first night, I ate with four Austrian guys. Today I ate lunch with nine Argentineans. I came here alone, and everyone has been so friendly with me,", "said",
   N(note="speaker named after his words ('said Tanner')")),
 ("lionel_fan", "he", "DIRECT", "I have faith. I always have faith. Especially with [Lionel] Messi,", "said",
   N(note="'he' = Lionel, the Argentine fan of the previous paragraph (known only by his first name), not Lionel Messi, who is mentioned in the quotation")),
 (None, "Another man from Istanbul", "DIRECT", "Yesterday, I arrived, and I met a huge Bosnian group on the plane. So I\u2019m hanging out with them. We have a historical connection, as well, so this is my team at the moment. I\u2019m supporting Bosnia,", "said",
   N(note="an unnamed fan: speaker null ('he' = 'Another man from Istanbul')")),
]
S["006"] = [
 (None, "Shoppers", "INDIRECT", "prices keep going up", "say",
   N(note="'they' = the unnamed shoppers: speaker null")),
 ("luiz_henrique", "vegetable vendor Luiz Henrique", "INDIRECT", "This neighborhood was always known for its fierce football [soccer] fans", "according to",
   N(note="clause before 'according to X'; the reporter's bracket is kept")),
 ("luiz_henrique", "Henrique", "DIRECT", "In the old days, there used to be a competition for the most decorated street, and this street [Jorge Rudge] won many times. There used to be so many people out on the street that you couldn\u2019t even get through,", "said",
   N(note="speaker named after his words ('said Henrique')")),
 ("luiz_henrique", "He", "INDIRECT", "people cannot afford the decorations anymore", "said",
   N(note="'He' = Henrique")),
 ("vera_lucia_gatti", "Retired schoolteacher Vera Lucia Gatti", "INDIRECT", "many are angry with the government for spending billions of dollars on stadiums while hospitals and schools have been left to deteriorate", "said"),
 ("vera_lucia_gatti", "she", "DIRECT", "So I think the money should have been spread around, some for the Cup, a little for the schools, a little for the hospitals,", "said",
   N(note="'she' = Gatti; opening curly, closing straight mark as in the source")),
 ("vera_lucia_gatti", "she", "DIRECT", "This was the way to go, but it wasn\u2019t done that way.", "said",
   N(note="second span of an interrupted quote (opening straight, closing curly mark)")),
 (None, "Some Brazilians", "INDIRECT", "they will boycott the games", "say",
   N(note="unnamed Brazilians: speaker null. 'Some hope the international attention will lead to change' (belief) and 'Henrique doubts this' (no reported clause) are not annotated")),
 ("luiz_henrique", "he", "DIRECT", "You know, a country like this with so many corrupt people that you can\u2019t trust anyone, where even the most honest person in politics is on the take, there is no law. So for me, there is no solution,", "said",
   N(note="'he' = Henrique, named in the previous paragraph ('Henrique doubts this.')")),
 ("vera_lucia_gatti", "Gatti", "INDIRECT", "Brazil\u2019s leaders need to change", "said"),
]
S["007"] = [
 (None, "Astronomers", "INDIRECT", "they have discovered 104 exoplanets, two of which could support life", "say",
   N(note="unnamed astronomers, no body: speaker null")),
 (None, "astronomers", "INDIRECT", "The planets, which were discovered by using NASA\u2019s Kepler space telescope, are 20 to 50 percent larger than Earth in diameter", "said",
   N(note="clause before the verb; unnamed astronomers: speaker null")),
 (None, "researchers", "INDIRECT", "are exposed to irradiation levels similar to Earth's", "said",
   N(note="BORDERLINE: subject before an interrupting attribution ('Two of the planets, researchers said, are exposed ...'): the predicate after the attribution is taken, the subject left out (as eval/dev18 and eval/dev16 do). The quotation '\u201cby measuring the subtle dip ...\u201d' later in the text has no speaker and no speech verb and is not annotated")),
]
S["008"] = [
 ("rodolfo_ruvalcava", "rescue worker Rodolfo Ruvalcava", "DIRECT", "The girl told us her name, Frida,", "told",
   N(note="speaker named after his words ('rescue worker Rodolfo Ruvalcava told FORO TV'); the girl's report inside the quotation is not annotated")),
 ("rodolfo_ruvalcava", "rescue worker Rodolfo Ruvalcava", "DIRECT", "Apart from just her name, she told us there were two other kids, and that there were other bodies. We don\u2019t know if the others are alive", "told",
   N(note="second span of an interrupted quote; it ends without a full stop in the source. The nested 'she told us there were two other kids ...' (the trapped girl's words, reported inside the quotation) is not annotated")),
 ("mexico_education_ministry", "Mexico\u2019s education secretary", "INDIRECT", "was more than 5,000 schools damaged by the earthquake", "said",
   N(note="BORDERLINE: speech verb inside a relative clause ('one of what Mexico's education secretary said was more than 5,000 schools damaged'): the reported predicate is taken. The unnamed secretary is credited to the ministry (Secretariat of Public Education), following the 'unnamed official of a named body -> body' rule; an annotator who treats 'education secretary' as an individual might create a person instead")),
]
S["009"] = [
 ("mike_hopkins", "Commander Mike Hopkins", "DIRECT", "By working together through these difficult times, you\u2019ve inspired the nation, the world, and in no small part the name of this incredible vehicle, Resilience,", "said",
   N(onBehalfOf="nasa", note="speaker named after his words")),
 ("mike_pence", "Pence", "DIRECT", "I didn\u2019t start breathing until about a minute after it took off,", "said",
   N(onBehalfOf="united_states")),
 ("nasa", "NASA", "INDIRECT", "will help prepare for future missions to the Moon and Mars", "says",
   N(note="BORDERLINE: speech verb inside a relative clause ('a new, redesigned toilet that NASA says will help prepare ...'); the reported predicate is taken, its subject (the relative pronoun) being outside the clause; a body speaking as a whole")),
]

A = actor
ACTORS = [
 A("brazil", "COUNTRY", "Brazil"),
 A("angela_merkel", "PERSON", "Angela Merkel", "Merkel", "German Chancellor Angela Merkel"),
 A("germany", "COUNTRY", "Germany"),
 A("george_papandreou", "PERSON", "George Papandreou", "Papandreou", "Greek Prime Minister George Papandreou"),
 A("greece", "COUNTRY", "Greece", "Athens"),
 A("european_union", "ORGANIZATION", "European Union", "EU"),
 A("thomas_klau", "PERSON", "Thomas Klau", "Klau"),
 A("ecfr", "ORGANIZATION", "European Council on Foreign Relations", "ECFR"),
 A("oecd", "ORGANIZATION", "Organization for Economic Cooperation and Development", "OECD"),
 A("pier_carlo_padoan", "PERSON", "Pier Carlo Padoan", "Padoan"),
 A("francois_hollande", "PERSON", "Francois Hollande", "Hollande"),
 A("lisa_bryant", "PERSON", "Lisa Bryant"),
 A("gebre_gebremariam", "PERSON", "Gebre Gebremariam", "Gebremariam"),
 A("abderrahime_bouramdane", "PERSON", "Abderrahime Bouramdane", "Bouramdane"),
 A("geoffrey_mutai", "PERSON", "Geoffrey Mutai", "Mutai"),
 A("margaret_besheer", "PERSON", "Margaret Besheer"),
 A("fatou_bensouda", "PERSON", "Fatou Bensouda", "Bensouda"),
 A("icc", "ORGANIZATION", "International Criminal Court", "ICC"),
 A("peter_clottey", "PERSON", "Peter Clottey"),
 A("vincent_brughuis", "PERSON", "Vincent Brughuis", "Brughuis"),
 A("ruffin_tanner", "PERSON", "Ruffin Tanner", "Tanner"),
 A("lionel_fan", "PERSON", "Lionel"),
 A("lionel_messi", "PERSON", "Lionel Messi", "Messi"),
 A("luiz_henrique", "PERSON", "Luiz Henrique", "Henrique"),
 A("vera_lucia_gatti", "PERSON", "Vera Lucia Gatti", "Gatti"),
 A("scott_bobb", "PERSON", "Scott Bobb"),
 A("nasa", "GOVERNMENT", "NASA", "National Aeronautics and Space Administration"),
 A("rodolfo_ruvalcava", "PERSON", "Rodolfo Ruvalcava", "Ruvalcava"),
 A("mexico_education_ministry", "GOVERNMENT", "Secretariat of Public Education (Mexico)", "Mexico's education secretary", "Mexico\u2019s education secretary"),
 A("mike_hopkins", "PERSON", "Mike Hopkins", "Commander Mike Hopkins", "Hopkins"),
 A("mike_pence", "PERSON", "Mike Pence", "Pence", "U.S. Vice President Mike Pence"),
 A("united_states", "COUNTRY", "United States", "U.S."),
 A("jim_bridenstine", "PERSON", "Jim Bridenstine", "Bridenstine"),
 A("spacex", "COMPANY", "SpaceX"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
