#!/usr/bin/env python3
"""Hand annotations of the test5 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)
Q1, Q2 = "\u201c", "\u201d"

ARMY = "U.S. Army (Army News Service)"
NGB = "National Guard Bureau"
ART = {
 "001": dict(url="https://www.army.mil/article/3782/reservists_carry_heavy_load_in_humanitarian_reconstruction_missions",
   title="Reservists Carry Heavy Load in Humanitarian, Reconstruction Missions", publishedOn="2007-06-26", outlet=ARMY,
   source="stored copy of the army.mil article 3782 (web page corpus), Army News Service story by Elizabeth M. Lorge; that copy starts with the dateline, so the headline is taken from a second stored copy of the same article (http://www.army.mil/-news/2007/06/26/3782-reservists-carry-heavy-load-in-humanitarian-reconstruction-missions/, whose byline, date line and photo caption were left out); TRUNCATED: the paragraph '\"A lot of their newspapers called us 'ang...' breaks off and was left out, so the last quotation of the body (\"I gave a pair of my gloves ... overwhelmed.) has no closing mark: it runs on into the cut paragraph; date from the dateline"),
 "002": dict(url="https://www.nationalguard.mil/News/Article-View/Article/1794723/guard-members-respond-to-midwests-historic-flooding",
   title="Guard members respond to Midwest's historic flooding", publishedOn="2019-03-25", outlet=NGB,
   source="stored copy of the nationalguard.mil article 1794723 (web page corpus), story by Tech. Sgt. Erich B. Smith and Sgt. 1st Class Jon Soucy, National Guard Bureau; site banner, breadcrumb, date line and byline left out; TRUNCATED: the paragraph '\u201cWe pushed hay out the back of one of our helicop...' breaks off and was left out; date from the date line 'March 25, 2019'"),
 "003": dict(url="http://www.army.mil/article/41598/National_Guard_battles_flood_waters_in_four_states/",
   title="National Guard battles flood waters in four states", publishedOn="2010-06-29", outlet=ARMY,
   source="stored copy of the army.mil article 41598 (web page corpus); the photo caption under the headline ('Sgt. Bernard Friend of the Missouri National Guard provides security ...') was left out; TRUNCATED: the paragraph '\"Soldiers and Airmen are conducting a variety of missions ...,\" said 2nd Lt. John Quin, ... \"Guardsmen are also serving as liaison officers with local emergency operations cente...' breaks off and was left out (so Quin's quotations are not in the body); date from the dateline"),
 "004": dict(url="https://www.nationalguard.mil/News/Article-View/Article/1384972/national-guard-wraps-up-busy-hurricane-season/",
   title="National Guard wraps up busy hurricane season", publishedOn="2017-12-01", outlet=NGB,
   source="stored copy of the nationalguard.mil article 1384972 (web page corpus), story by Tech. Sgt. Erich B. Smith, National Guard Bureau; site banner, breadcrumb, date line and byline left out; TRUNCATED: the paragraph 'When Harvey made its second landfall in Louisiana, the Texas Guard supplemented the Louisiana National Guard in res...' breaks off and was left out; date from the date line 'Dec. 1, 2017'"),
 "005": dict(url="https://www.army.mil/article/127831/Division_honors_NCO_induction_tradition_in_Afghanistan/?from=RSS",
   title=None, publishedOn="2014-06-06", outlet="U.S. Army",
   source="stored copy of the army.mil article 127831 (web page corpus); the stored copy has no headline (URL slug 'Division_honors_NCO_induction_tradition_in_Afghanistan'), so the body starts with the lead; the paragraph 'It was Studevan's first ceremony ...' follows the previous one after a single line break in the copy and is kept as a paragraph; TRUNCATED: the paragraph 'The Soldier's requests meant a lot to Sgt. Brian Smith, a medic assig...' breaks off and was left out; date ESTIMATED: the ceremony was 'Friday' on 'the 70th anniversary of D-Day', i.e. Friday 6 June 2014; the page itself may be a few days later"),
 "006": dict(url="https://www.army.mil/article/20064/preston_recognizes_nco_success",
   title=None, publishedOn="2009-04-16", outlet="U.S. Army",
   source="stored copy of the army.mil article 20064 (web page corpus); the stored copy has no headline (URL slug 'preston_recognizes_nco_success'), so the body starts with the lead; 'espirit de corps' as in the source; TRUNCATED: the paragraph 'Preston later cheered on 18 new sergeants ... Many of the Soldiers being inducted said they felt the ceremony' breaks off and was left out; date ESTIMATED: the events were on 16 April, in the Army's 'Year of the Noncommissioned Officer' (2009); the page itself may be days later"),
 "007": dict(url="https://www.defense.gov/News/News-Stories/Article/Article/1953292/guardsmen-ready-to-respond-to-hurricane-dorian/",
   title="Guardsmen Ready to Respond to Hurricane Dorian", publishedOn="2019-09-05", outlet="DoD News (U.S. Department of Defense)",
   source="stored copy of the defense.gov news story 1953292 by Jim Garamone (web page corpus); the section label, date/byline line, the 'historical collection' notice, the photo block (caption, credit, VIRIN) and a pull quote box (a repeated quotation without its opening mark, followed by Lengyel's name and title) were left out, and the trailing space of the second paragraph removed; TRUNCATED: the paragraph 'The guardsmen provide aviation assets, medical aid, ... Planning for these natural disasters occurs we...' breaks off and was left out; date from the date line 'Sept. 5, 2019'"),
 "008": dict(url="https://www.globalsecurity.org/military/library/news/2012/08/mil-120824-afps03.htm",
   title="Sailors: Early Deployment Tough, but \u2018We\u2019re Needed\u2019", publishedOn="2012-08-24", outlet="American Forces Press Service (U.S. Department of Defense)",
   source="stored copy of a third-party reproduction (globalsecurity.org) of an American Forces Press Service story by Karen Parrish (web page corpus; the defense.gov original was not found); the site banner, the service name and the byline were left out; the spacing and dashes ('-\u2013 ... --', '\u2026') are as in the copy; TRUNCATED: the paragraph '\u201cI know we are needed there. I know there\u2019s a carrier presence t...' breaks off and was left out; date from the dateline"),
 "009": dict(url="https://www.mcrdsd.marines.mil/News/Stories/Article/529790/only-the-beginning/",
   title="Only the beginning", publishedOn="2013-07-17", outlet="Marine Corps Recruit Depot San Diego (U.S. Marine Corps)",
   source="stored copy of the mcrdsd.marines.mil story 529790 by Sgt. Liz Gleason (web page corpus); the photo information block and the date/byline line were left out; 'platoon\u2019s' and the missing comma before the closing mark of the first quotation are as in the source; TRUNCATED: the paragraph 'The formal introduction of the drill instructors to the recruits all...' breaks off and was left out; date from the date line '17 Jul 2013'"),
 "010": dict(url="https://www.mcrdsd.marines.mil/In-The-News/Stories/Article/529536/company-e-recruits-arrive-for-marine-corps-basic-training",
   title="Company E recruits arrive for Marine Corps basic training", publishedOn="2012-06-27", outlet="Marine Corps Recruit Depot San Diego (U.S. Marine Corps)",
   source="stored copy of the mcrdsd.marines.mil story 529536 by Lance Cpl. Crystal J. Druery (web page corpus); the photo information block and the date/byline line were left out, as was the leading indentation of the paragraphs; the double space in 'food.  Unaware' is as in the source; TRUNCATED: the paragraph 'After the yellow footprints recruits are read the Uniform Code of Military Justice. ... by signing their name upon the' breaks off and was left out; date from the date line '27 Jun 2012'"),
 "011": dict(url="http://countynewsonline.org/news/2015/dec/fbi120515.html",
   title="FBI Will Investigate San Bernardino Shootings as Terrorist Act", publishedOn="2015-12-04", outlet="Federal Bureau of Investigation",
   source="stored copy of a third-party reproduction (countynewsonline.org) of an FBI news story (web page corpus; the fbi.gov original was not found); the copy is hard-wrapped at about 70 characters with no blank lines: the wrapped lines were joined with single spaces (including the headline, split after 'FBI Will'), and paragraph breaks were RECONSTRUCTED at four sentence boundaries (before '\u201cThis is now', 'Comey cautioned', 'The FBI is in possession', 'Comey assured'); the photo caption ('FBI Director James Comey and Attorney General Loretta Lynch speak to reporters ... | High-res image') was left out; TRUNCATED: the paragraph '\u201cOur hearts continue to ache for the people lost and wounded i...' breaks off and was left out; date from the caption (press availability held 4 December 2015; 'The FBI announced today')"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "Maj. Christopher Matson, Sgt. Robert Rose and Spc. Miles Noonan", "INDIRECT", "they were extremely proud of their roles in combat and humanitarian missions across the world", "said",
   N(note="three named soldiers speak together ('all said'); one speaker field cannot hold them: speaker null (as dev3 011's 'Afghan Leaders')")),
 (None, "two Iraqi sergeants", "INDIRECT", "it was too dangerous and they would take care of it", "telling",
   N(note="BORDERLINE: unnamed soldiers of an unnamed Iraqi Army battalion, speaking for themselves: speaker null (crediting 'Iraqi Army' is a possible reading). Participial cue 'telling him that'; the phrase 'before running into the alley themselves' is narration and left out")),
 ("christopher_matson", "Maj. Matson", "DIRECT", "I'll never forget the Iraqis that I worked with. They're some of my best friends and will always be with me. It was tough to leave them,", "said"),
 ("christopher_matson", "Maj. Matson", "INDIRECT", "he keeps in contact with Iraqi soldiers who have e-mail access", "adding",
   N(note="participial cue 'adding that' after the attribution")),
 ("christopher_matson", "he", "DIRECT", "They considered us brothers, and when an Iraqi calls you his brother, it's a sign that he's willing to sacrifice his life for you,", "said",
   N(note="'he' = Matson (previous paragraph)")),
 ("robert_rose", "The sergeant", "INDIRECT", "he saw unimaginable destruction that was compounded by the cold and snow", "said",
   N(note="'The sergeant' = Sgt. Robert Rose (previous paragraph)")),
 ("robert_rose", "he", "DIRECT", "I had a lot of clothing on, but children were wearing only thin clothes and sandals,", "said",
   N(note="the second span of this interrupted quote (\"I gave a pair of my gloves ... just overwhelmed.) runs on into the next paragraph, which the stored copy cuts off; it has no closing mark in the body and is NOT annotated (as dev3 015's unclosed span); an extractor may legitimately find it")),
]
S["002"] = [
 ("joseph_lengyel", "Air Force Gen. Joseph Lengyel, the chief of the National Guard Bureau", "DIRECT", "As I always am, I was struck by how quickly the National Guard, the state first responders, the local police came together to immediately get to saving lives and mitigating suffering throughout the impacted area,", "said",
   N(onBehalfOf="ngb", note="attribution after the quote, with the addressees after it ('to members of the Nebraska National Guard')")),
 ("joseph_lengyel", "Lengyel", "INDIRECT", "he was impressed by the response efforts he\u2019s seen", "said", N(onBehalfOf="ngb")),
 ("joseph_lengyel", "he", "DIRECT", "Clearly, the response phase of this thing was really well done,", "said", N(onBehalfOf="ngb")),
 ("joseph_lengyel", "he", "DIRECT", "This says so much. It just demonstrates who we are and what we do as Guard [members].", "said",
   N(onBehalfOf="ngb", note="second span of an interrupted quote; the reporter's bracketed '[members]' is kept")),
 ("national_guard", "Guard officials", "INDIRECT", "More than 300 Nebraska Guard members have responded in helicopters, Humvees and other trucks with high-ground clearance as they continue to work with state and local officials to conduct search and rescue operations, distribute food and water and transport first responders to affected areas", "said",
   N(note="clause before the verb (inverted 'said Guard officials'); unnamed officials of a named body: credited to the National Guard (which level of the Guard, Nebraska or the Bureau, the text does not say)")),
]
S["003"] = [
 ("stephen_danner", "Danner", "INDIRECT", "the Guard is one of many groups working hard to protect the area", "said",
   N(onBehalfOf="missouri_ng", note="Brig. Gen. Stephen L. Danner, adjutant general (of Missouri, from the context: he toured with the Missouri governor)")),
 ("stephen_danner", "Danner", "DIRECT", "We have state and local responders, as well as the Civil Air Patrol, Army and Air here,", "said", N(onBehalfOf="missouri_ng")),
 ("stephen_danner", "Danner", "DIRECT", "It's been a great operation.", "said", N(onBehalfOf="missouri_ng", note="second span of an interrupted quote")),
 ("national_guard", "Guard officials", "INDIRECT", "the dams in the Dakotas are full and the Army Corps of Engineers plans to let out water to release pressure on them, which will increase the water flow in the Missouri River", "said",
   N(note="unnamed officials of a named body: credited to the National Guard; two coordinated clauses under one verb are one statement; the relative clause 'which will increase ...' is part of what was said")),
]
S["004"] = [
 ("roberto_rivera", "Pfc. Roberto Rivera, a military police officer with the Puerto Rico Army National Guard's 480th Military Police Company", "DIRECT", "A lot of people need our help and I joined to serve,", "said",
   N(note="a soldier speaking of himself: no onBehalfOf")),
 ("roberto_rivera", "Rivera", "INDIRECT", "as soon as the hurricane passed, he came to the aid of his fellow Puerto Ricans affected by the storm", "said",
   N(note="BORDERLINE: clause before the verb ('..., said Rivera'); the sentence-initial connective 'But' is left out, and the previous sentence ('Like many residents of Puerto Rico, his house was destroyed ...') is narration without a speech verb, though it may also come from him")),
 ("roberto_rivera", "he", "DIRECT", "I just believe [other] people need more help than I do,", "said", N(note="'he' = Rivera; bracketed insertion kept")),
 ("patrick_hamilton", "Army Brig. Gen. Patrick M. Hamilton, commander of the Texas National Guard's Domestic Operations Task Force", "DIRECT", "This is what we train for,", "said", N(onBehalfOf="texas_ng")),
 ("patrick_hamilton", "Army Brig. Gen. Patrick M. Hamilton, commander of the Texas National Guard's Domestic Operations Task Force", "DIRECT", "And we're proud to stand beside our civilian partners, first responders and volunteers to serve the citizens of Texas.", "said",
   N(onBehalfOf="texas_ng", note="second span of an interrupted quote")),
]
S["005"] = [
 ("jerry_charles", "Command Sgt. Maj. Jerry Charles, HHBN's senior enlisted leader", "INDIRECT", "During more than a decade of combat, the U.S. has focused more and more on unit readiness and has started to lose the tradition and the pride that came with it", "told",
   N(onBehalfOf="hhbn", note="clause before the verb ('..., X told the group ...'); the fronted adverbial 'During more than a decade of combat' belongs to the clause. Command Sgt. Maj. Ray Lewis 'spoke to the new NCOs about his personal experience ..., recounting both good and bad examples ...' (noun-phrase objects) in the fourth paragraph is not annotated")),
 ("kyra_studevan", "Studevan", "DIRECT", "When he spoke about the old Army and the new Army, he spoke about how leadership has changed,", "said",
   N(note="'he' inside the quote is Lewis; his 'spoke about how leadership has changed' (a wh-complement inside her quote) is not annotated as a statement of his. The quoted segment title \"The Soldier's Request.\" and the recited passage (\"for the elements\", \"learn to fight and win in the cold, the wet and the desert.\", words of a set text she recited, whose subject is 'a passage') in the next two paragraphs are not annotated")),
 ("kyra_studevan", "she", "INDIRECT", "she gained a stronger sense of pride in the corps and has further motivated her to want to join the noncommissioned officer ranks", "said",
   N(note="'she' = Studevan; the clause is kept as written (its second conjunct lacks a fitting subject)")),
 ("kyra_studevan", "she", "DIRECT", "I was proud and moved by the ceremony,", "said"),
]
S["006"] = [
 ("soriama_bergantino", "Bergantino, who serves with HHC, 1st Battalion, 110th Aviation Brigade", "INDIRECT", "her biggest challenge in getting to this point was completing warrior tasks and the vast amount of studying and preparation required to go before various boards", "said",
   N(note="'received kudos from Sgt. Maj. of the Army Kenneth O. Preston' and 'by congratulating numerous Fort Rucker Soldiers' (noun-phrase objects) earlier are not annotated")),
 ("robert_felder", "Garrison Command Sgt. Maj. Robert Felder", "INDIRECT", "what ultimately set the Soldiers apart from their peers was their outstanding dedication and commitment to positively influencing other Soldiers' lives", "said",
   N(onBehalfOf="fort_rucker", note="the fronted 'Besides the academic and physical aspects,' stands before the attribution and is left out; the clause is a pseudo-cleft ('what ... was ...') after 'said' without 'that'")),
 ("alfredo_valdes", "Valdes", "DIRECT", "It's definitely an honor,", "said"),
 ("alfredo_valdes", "Valdes", "DIRECT", "(Murphy was) the epitome of what an American Soldier should be.", "said",
   N(note="second span of an interrupted quote; the reporter's parenthetical '(Murphy was)' is kept, as bracketed insertions are")),
]
S["007"] = [
 ("joseph_lengyel", "the chief of the National Guard Bureau", "INDIRECT", "National Guardsmen all along the East Coast are on duty, ready to do what needs to be done in response to Hurricane Dorian", "said",
   N(onBehalfOf="ngb", note="clause before the verb. Cataphora: the unnamed chief is named in the next sentence (Gen. Joseph L. Lengyel), so the statement is his, not the Bureau's (as test4 003 s2)")),
 ("joseph_lengyel", "Air Force Gen. Joseph L. Lengyel", "INDIRECT", "guardsmen from Florida to Virginia are assisting civilian agencies across a range of capabilities", "told", N(onBehalfOf="ngb")),
 ("joseph_lengyel", "the general", "DIRECT", "It is still a very dangerous and unpredictable storm,", "said",
   N(onBehalfOf="ngb", note="'projected tracks show it affecting southern and eastern Virginia' earlier in the paragraph (data, no speaker, no finite clause) is not annotated")),
 ("joseph_lengyel", "Lengyel", "INDIRECT", "Overall, more than 8,000 Army and Air National Guardsmen \u2014 about 5,000 in Florida, 1,400 in Georgia, 1,400 in South Carolina and about 1,000 in North Carolina \u2014 are engaged in response activities in response to Hurricane Dorian", "said",
   N(onBehalfOf="ngb", note="clause before the verb, with its sentence adverb 'Overall,' and the dashed breakdown kept. The next sentence ('All of the guardsmen called up have been called by the governors ...') has no speech verb and is not annotated")),
]
S["008"] = [
 ("stennis", "Sailors", "INDIRECT", "Early Deployment Tough, but \u2018We\u2019re Needed\u2019", ":",
   N(note="BORDERLINE: colon headline ('X: ...', as test4 003). 'Sailors' are the Stennis crew of the story, credited to the ship (a named body) rather than null. The single-quoted \u2018We\u2019re Needed\u2019 is not a DIRECT statement (the sets mark DIRECT only between double marks)")),
 ("stennis", "they", "INDIRECT", "they\u2019re ready to go", "report",
   N(ctx="they report they\u2019re ready to go", note="BORDERLINE: 'they' = the crew of the aircraft carrier USS John C. Stennis, a collective credited to the ship (actor 'stennis'); cue 'report'. 'some of the crew discussed with American Forces Press Service what their summer has involved' (wh-complement) in the next paragraph is not annotated")),
 ("alex_armour", "he", "DIRECT", "We went from place to place [for] port visits,", "said", N(note="'he' = Petty Officer 1st Class Alex Armour (previous paragraph); a sailor speaking of his own experience: no onBehalfOf")),
 ("alex_armour", "he", "DIRECT", "but we spent the majority of our time in the [Persian] Gulf.", "said", N(note="second span of an interrupted quote")),
 ("alex_armour", "he", "INDIRECT", "Word of the next deployment -\u2013 back to the Middle East -- came in July", "said",
   N(note="BORDERLINE: the reported clause is interrupted by ', he said,' and continues with ', while the ship was underway for training'; only the span before the attribution is annotated (the continuation is an adverbial clause, not a statement of its own; as test4 002 s11). The odd dashes are as in the copy")),
 ("alex_armour", "Armour", "INDIRECT", "Many of the sailors were anticipating the deployment that had been previously announced, which would have taken the Stennis carrier strike group to the Pacific later in the year", "added",
   N(note="clause before the verb")),
 ("alex_armour", "he", "DIRECT", "A lot of people had made plans; they weren\u2019t planning on being out to sea [again] so quickly,", "said"),
 ("alex_armour", "he", "DIRECT", "The turn-around was really quick for us. \u2026 We had to qualify the carrier and the strike group once again; just all this stuff got crunched into a four-month period. And that, I know, weighed a lot of stress [on] the personnel on board, as well as the chain of command.", "said",
   N(note="second span of an interrupted quote; the ellipsis and bracketed insertions are kept")),
 ("alex_armour", "Armour", "INDIRECT", "he understands why the Stennis carrier strike group is headed out to the Gulf region again", "said"),
]
S["009"] = [
 ("jevon_hudson", "Recruit Jevon Hudson, Platoon 1034", "DIRECT", "Receiving was the hardest week, it felt like it was the longest, however, I feel accomplished after making it through those first days", "said",
   N(note="no comma before the closing mark in the source")),
 ("ricky_broadway", "Staff Sgt. Ricky Broadway, senior drill instructor", "INDIRECT", "Recruits must pass the test in order to commence the rigorous three month training regimen required to become a Marine", "according to",
   N(note="BORDERLINE: 'according to' at the end of the paragraph is taken to cover its own sentence only; the two sentences before it (what the IST is and what it is for) have no attribution of their own and may also come from him. A drill instructor explaining training: no onBehalfOf")),
 ("jevon_hudson", "Hudson", "DIRECT", "To know that the drill instructors are here for me and the other recruits fills me with pride,", "said"),
 ("jevon_hudson", "Hudson", "DIRECT", "Although I know it will be challenging, I\u2019m ready to take it on. I think these next weeks will be the best weeks of our lives.", "said",
   N(note="second span of an interrupted quote")),
]
S["010"] = [
 (None, "drill instructors", "DIRECT", "Get on my yellow footprints, move faster,", "scream",
   N(note="BORDERLINE: a typical shout of unnamed receiving drill instructors (habitual present, 'scream'): speaker null (no spokesman of a body; 'Receiving Company' would be a stretch). An extractor may skip it as non-statement speech")),
 ("justin_hansen", "Staff Sgt. Justin Hansen, chief drill instructor, Receiving Company, Support Battalion", "DIRECT", "Their faces are scared and nervous,", "said"),
 ("justin_hansen", "Staff Sgt. Justin Hansen, chief drill instructor, Receiving Company, Support Battalion", "DIRECT", "They shake a lot of the time. Their recruiters can brief them all they want but they don\u2019t (understand) until they\u2019re in the environment, coming off the bus.", "said",
   N(note="second span of an interrupted quote; the reporter's '(understand)' is kept. 'They also explain how they will address any Marine, Sailor or civilian ...' in the next paragraph (instruction, wh-complement) is not annotated")),
 ("justin_hansen", "Hansen", "DIRECT", "The new recruits look around, touch their face and do everything we tell them not to do,", "said"),
 ("justin_hansen", "Hansen", "DIRECT", "It really makes you angry but we tell ourselves they\u2019re still civilians. They\u2019re fresh off the streets.", "said",
   N(note="second span of an interrupted quote; 'we tell ourselves they\u2019re still civilians' inside it (self-address) is not annotated separately")),
]
S["011"] = [
 ("fbi", "The FBI", "INDIRECT", "it is assuming a leadership role in the investigation into the mass shooting that occurred earlier this week in San Bernardino, California, and that the attack that killed 14 people and injured 21 others has been deemed an act of terrorism", "announced",
   N(note="two coordinated that-clauses under one verb are one statement (the second keeps its 'that')")),
 ("james_comey", "Director James Comey", "DIRECT", "This is now a federal terrorism investigation, led by the FBI,", "said", N(onBehalfOf="fbi")),
 ("james_comey", "Comey", "DIRECT", "The reason for that,", "said", N(onBehalfOf="fbi", note="a quotation split inside its sentence: one statement per span")),
 ("james_comey", "Comey", "DIRECT", "is that the investigation so far has developed indications of radicalization by the killers and of the potential inspiration by foreign terrorist organizations.", "said",
   N(onBehalfOf="fbi", note="second span of an interrupted quote. 'The Bureau\u2019s work, however, continues ...' after it is the FBI's own narration ('our ... partners') without a speech verb and is not annotated")),
 ("james_comey", "Comey", "INDIRECT", "it is early in the investigation, " + Q1 + "but so far, there is no indication that these killers are part of an organized larger group." + Q2, "cautioned",
   N(onBehalfOf="fbi", note="partial quote: the reported clause runs on into a quotation; the whole clause is INDIRECT (to the closing mark) and the quoted words DIRECT")),
 ("james_comey", "Comey", "DIRECT", "but so far, there is no indication that these killers are part of an organized larger group.", "cautioned", N(onBehalfOf="fbi")),
 ("james_comey", "He", "INDIRECT", "hundreds of FBI personnel are following leads all over the world", "added", N(onBehalfOf="fbi")),
 ("james_comey", "He", "DIRECT", "We are trying to understand the motives of these killers and trying to understand every detail of their lives.", "added",
   N(onBehalfOf="fbi", note="a free-standing quotation with no attribution of its own after Comey's reported speech: credited to him with the cue of the preceding sentence (as test4 001 s4)")),
 ("james_comey", "Comey", "INDIRECT", "the couple tried to conceal and destroy electronic evidence before they were killed in a shootout with police Wednesday", "said", N(onBehalfOf="fbi")),
 ("james_comey", "Comey", "INDIRECT", "the FBI is working as fast as it can to find answers", "assured", N(onBehalfOf="fbi", note="'assured the public that ...'")),
 ("james_comey", "he", "DIRECT", "We aspire to do it quickly,", "said", N(onBehalfOf="fbi")),
 ("james_comey", "he", "DIRECT", "but we most of all aspire to do it well and do it carefully.", "said", N(onBehalfOf="fbi", note="second span of an interrupted quote")),
]

A = actor
ACTORS = [
 A("christopher_matson", "PERSON", "Christopher Matson", "Maj. Christopher Matson", "Maj. Matson", "Matson"),
 A("robert_rose", "PERSON", "Robert Rose", "Sgt. Robert Rose", "Sgt. Rose", "Rose"),
 A("miles_noonan", "PERSON", "Miles Noonan", "Spc. Miles Noonan"),
 A("jack_stultz", "PERSON", "Jack C. Stultz", "Lt. Gen. Jack C. Stultz", "Stultz"),
 A("army_reserve", "ORGANIZATION", "U.S. Army Reserve", "Army Reserve"),
 A("iraqi_army", "ORGANIZATION", "Iraqi Army"),
 A("joseph_lengyel", "PERSON", "Joseph L. Lengyel", "Joseph Lengyel", "Gen. Joseph Lengyel", "Lengyel"),
 A("ngb", "GOVERNMENT", "National Guard Bureau", "NGB"),
 A("national_guard", "ORGANIZATION", "National Guard", "Guard", "U.S. National Guard"),
 A("nebraska_ng", "ORGANIZATION", "Nebraska National Guard", "Nebraska Guard", "Nebraska Army National Guard"),
 A("stephen_danner", "PERSON", "Stephen L. Danner", "Brig. Gen. Stephen L. Danner", "Danner"),
 A("missouri_ng", "ORGANIZATION", "Missouri National Guard", "Missouri Guard"),
 A("jay_nixon", "PERSON", "Jay Nixon", "Gov. Jay Nixon"),
 A("army_corps_of_engineers", "GOVERNMENT", "U.S. Army Corps of Engineers", "Army Corps of Engineers"),
 A("roberto_rivera", "PERSON", "Roberto Rivera", "Pfc. Roberto Rivera", "Rivera"),
 A("puerto_rico_ng", "ORGANIZATION", "Puerto Rico Army National Guard", "Puerto Rico National Guard"),
 A("patrick_hamilton", "PERSON", "Patrick M. Hamilton", "Brig. Gen. Patrick M. Hamilton", "Hamilton"),
 A("texas_ng", "ORGANIZATION", "Texas National Guard", "Texas Guard"),
 A("jerry_charles", "PERSON", "Jerry Charles", "Command Sgt. Maj. Jerry Charles", "Charles"),
 A("hhbn", "ORGANIZATION", "Headquarters and Headquarters Battalion, 10th Mountain Division", "HHBN"),
 A("ray_lewis", "PERSON", "Ray Lewis", "Command Sgt. Maj. Ray Lewis", "Lewis"),
 A("kyra_studevan", "PERSON", "Kyra Studevan", "Spc. Kyra Studevan", "Studevan"),
 A("kenneth_preston", "PERSON", "Kenneth O. Preston", "Sgt. Maj. of the Army Kenneth O. Preston", "Preston"),
 A("james_barclay", "PERSON", "James O. Barclay III", "Maj. Gen. James O. Barclay III", "Barclay"),
 A("soriama_bergantino", "PERSON", "Soriama Bergantino", "Spc. Soriama Bergantino", "Bergantino"),
 A("robert_felder", "PERSON", "Robert Felder", "Garrison Command Sgt. Maj. Robert Felder", "Felder"),
 A("fort_rucker", "ORGANIZATION", "Fort Rucker garrison", "Fort Rucker", "U.S. Army Garrison Fort Rucker"),
 A("alfredo_valdes", "PERSON", "Alfredo Valdes", "Sgt. 1st Class Alfredo Valdes", "Valdes"),
 A("stennis", "ORGANIZATION", "USS John C. Stennis", "Stennis", "John C. Stennis"),
 A("alex_armour", "PERSON", "Alex Armour", "Petty Officer 1st Class Alex Armour", "Armour"),
 A("leon_panetta", "PERSON", "Leon E. Panetta", "Leon Panetta", "Panetta"),
 A("jevon_hudson", "PERSON", "Jevon Hudson", "Recruit Jevon Hudson", "Hudson"),
 A("ricky_broadway", "PERSON", "Ricky Broadway", "Staff Sgt. Ricky Broadway", "Broadway"),
 A("mcrd_sd", "ORGANIZATION", "Marine Corps Recruit Depot San Diego", "MCRD San Diego", "the Depot"),
 A("justin_hansen", "PERSON", "Justin Hansen", "Staff Sgt. Justin Hansen", "Hansen"),
 A("fbi", "GOVERNMENT", "Federal Bureau of Investigation", "FBI", "the Bureau"),
 A("james_comey", "PERSON", "James Comey", "Director James Comey", "James B. Comey", "Comey"),
 A("loretta_lynch", "PERSON", "Loretta Lynch", "Attorney General Loretta Lynch", "Lynch"),
 A("syed_rizwan_farook", "PERSON", "Syed Rizwan Farook", "Farook"),
 A("tashfeen_malik", "PERSON", "Tashfeen Malik", "Malik"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
