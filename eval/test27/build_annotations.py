#!/usr/bin/env python3
"""Hand annotations of the test27 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4 and eval/dev13. Each statement spec: (speaker, attribution, kind, text, cue[, opts]).
opts is a dict with optional keys: ctx (a unique substring of the body that contains text; default: text itself
must be unique), note, onBehalfOf.  Keys s1, s2, ... are given after sorting by offset.  The bodies NNN.txt are
written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voanews.com/a/brazil-in-grip-of-historic-vote-104232963/127198.html",
   title="Brazil in Grip of Historic Vote", publishedOn="2010-10-03",
   source="stored copy of the voanews.com page, article 127198 (web page corpus; an older stored copy at http://www.voanews.com/content/brazil-in-grip-of-historic-vote-104232963/127198.html has the same text); navigation ('Accessibility links', 'Breaking News'), the photo caption and the deck 'Voters will elect president, 27 state governors, ...' omitted; TRUNCATED: the paragraph 'Rocha - an engineer - says he does appreciate that democrac...' breaks off and was left out; the quotation '\" I have to wake up early. ...' has a space after the opening mark in the source; date ESTIMATED from the text: Brazilians 'are voting ... today' in the general election of Sunday 3 Oct. 2010 (the caption is dated Saturday 2 Oct. 2010)"),
 "002": dict(url="http://www.voanews.com/content/despite-protests-world-cup-excitement-building-in-brazil/1933141.html",
   title="Despite Protests, World Cup Excitement Building in Brazil", publishedOn="2014-06-10",
   source="stored copy of the voanews.com page, article 1933141 (web page corpus), by Scott Bobb, Rio de Janeiro; navigation ('News / Americas'), the video block and its summary paragraph, and the byline omitted; double spaces after two full stops and the mixed curly/straight quotation marks of the quotation are as in the source; TRUNCATED: the paragraph 'Rio resident Ale...' breaks off and was left out; date from the page stamp 'June 10, 2014 12:06 AM' (the story is set on 'the last Sunday before the World Cup', 8 June 2014)"),
 "003": dict(url="http://www.voanews.com/content/ukraine-protesters-prepare-for-the-long-haul/1804055.html",
   title="Ukraine\u2019s Protesters Prepare for Long Haul", publishedOn="2013-12-05",
   source="stored copy of the voanews.com page, article 1804055 (web page corpus), by James Brooke, Kyiv; navigation ('News / Europe'), the video block and its summary paragraph, and the byline omitted; the crosshead '\"Excessive force\"' (a subheading, not a paragraph) was left out; double space after 'In Brussels,' as in the source; TRUNCATED: the stored copy ends after the Rasmussen paragraph (a third-party copy on sofiaglobe.com shows the story continues); date from the page stamp 'December 05, 2013 6:06 PM'"),
 "004": dict(url="https://www.voanews.com/a/ukraines-protesters-vow-to-remain-encamped-until-2015/1870073.html",
   title="Ukraine's Protesters Vow to Remain Encamped Until 2015", publishedOn="2014-03-12",
   source="stored copy of the voanews.com page, article 1870073 (web page corpus), by Daniel Schearf, Kyiv (byline from the older stored copy http://www.voanews.com/content/ukraines-protesters-vow-to-remain-encamped-until-2015/1870073.html, which breaks off earlier); navigation and the video player omitted; the sentence 'But, while there are some marauding ...' follows 'a hundred lives.' after a single line break in the stored copy and is kept as its own paragraph; TRUNCATED: the paragraph 'Police lieutenant colonel Oleksandr Bilkonnyy, ... said the joint patrols restored faith in police and dropped street crime to levels not s...' breaks off and was left out; date from the older copy's stamp 'March 12, 2014 10:11 PM'"),
 "005": dict(url="http://www.voanews.com/content/anti-un-protests-turn-deadly-in-haiti-108408339/130647.html",
   title="Over 1,000 Haitians Dead From Cholera", publishedOn="2010-11-16",
   source="stored copy of the voanews.com page, article 130647 (web page corpus; the URL slug 'anti-un-protests-turn-deadly-in-haiti' is that of an earlier version, the stored headline is 'Over 1,000 Haitians Dead From Cholera'); navigation ('News / Americas') and the photo caption (twice) omitted; no byline; TRUNCATED: the paragraph 'Cholera is spread through fecal-contaminated food and water.  It causes vomiting and diarrhea, and can ...' breaks off and was left out; date ESTIMATED: health officials announced the toll 'Tuesday' (16 Nov. 2010), the day after the protests of 'Monday' 15 Nov. 2010 shown in the caption"),
 "006": dict(url="https://www.voanews.com/a/a-13-2004-11-02-voa40-67331037/382139.html",
   title="Polls Open in Hotly-Contested US Presidential Election", publishedOn="2004-11-02",
   source="stored copy of the voanews.com page, article 382139 (old id 67331037) (web page corpus); navigation omitted; no byline; TRUNCATED: the paragraph 'The VOA reporter with the Kerry campaign described the senator as 'relaxed' on Tuesday. The Democratic presidential candidate joked with reporters and posed for pictures before boa...' breaks off and was left out; date from the URL (Election Day, Tuesday 2 Nov. 2004)"),
 "007": dict(url="https://learningenglish.voanews.com/a/a-23-a-2004-09-10-2-1-83118752/122253.html",
   title="ECONOMICS REPORT - Measuring Jobs in U.S. - 2004-09-10", publishedOn="2004-09-10",
   source="stored copy of the VOA Learning English (VOA Special English) page, article 122253 (web page corpus), read by Gwen Outen; navigation and the line 'Broadcast: September 10, 2004' omitted; the broadcaster's opening line 'This is Gwen Outen with the VOA Special English Economics Report.' is kept as prose; TRUNCATED: the paragraph 'The number of Americans counted as employed is about eight million higher in the household survey. The Republicans use numbers from this survey to point to job growth among the self-empl...' breaks off and was left out; date from the URL and the broadcast line"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("ana_paula_vale_de_santos", "The resident of a nearby slum, or favela", "INDIRECT", "she is paid 150 Brazilian reals, or about $90 a week, to sit there", "says",
   N(note="'The resident of a nearby slum' = Ana Paula Vale de Santos (previous paragraph); the clause stops at the full stop ('All she has to do is guard the sign.' has no speech verb)")),
 ("ana_paula_vale_de_santos", "she", "DIRECT", "I've never had any problems, but some friends of mine went to the bathroom and when they came back their sign was gone,", "said",
   N(note="'she' = Ana Paula Vale de Santos")),
 ("helio_rocha", "Helio Rocha", "INDIRECT", "he resents that he is obliged by law to vote", "says",
   N(note="the whole clause after 'says' (the reported content includes 'resents that ...')")),
 ("helio_rocha", "Rocha", "DIRECT", "I have to wake up early. It's one thing more to do,", "said",
   N(note="the source has a space after the opening quotation mark; the text starts at 'I'")),
]
S["002"] = [
 ("teresa_christina", "seamstress Teresa Christina", "INDIRECT", "The excitement is building", "says",
   N(note="clause before the verb ('The excitement is building, says seamstress Teresa Christina, although ...'). BORDERLINE: the trailing 'although it was slow to start because there is a lot of popular discontent' continues her report but stands after the attribution; left out, as test4 002 s11 leaves out the part after ', she said,'")),
 ("teresa_christina", "she", "DIRECT", "There is, but it\u2019s relative. There\u2019s a lot of disbelief because there\u2019s a lot of violent crime,", "said",
   N(note="opened with a curly mark, closed with a straight one, as in the source")),
 ("teresa_christina", "she", "DIRECT", "They say there\u2019s no money for certain social needs yet there\u2019s money for the Cup. Of course there should be a World Cup but there should be money for other things. But people need some fun, too.", "said",
   N(note="second span of an interrupted quote (straight opening mark, curly closing mark). The 'They say ...' inside her quotation is not a statement of its own. 'But people complain about poor public services, low pay and the high cost of living' (last paragraph; noun objects) is not annotated")),
]
S["003"] = [
 ("roman_turiy", "He", "DIRECT", "I hope we are not here until my beard is down here.", "says",
   N(note="'He' = Roman Turiy; quotation introduced by 'says:'. 'predicts a long fight' (noun object) is not annotated")),
 ("grigori_koziy", "Koziy", "DIRECT", "We are in Europe,", "said",
   N(note="'He cites the protesters' main complaint: ...' (previous paragraph; a noun object after 'cites') is not annotated")),
 ("grigori_koziy", "Koziy", "DIRECT", "We want to live under European laws.", "said",
   N(note="second span of an interrupted quote")),
 ("anders_fogh_rasmussen", "NATO Secretary-General Anders Fogh Rasmussen", "DIRECT", "We condemn the use of excessive force against peaceful demonstrators in Ukraine. We call on all parties to refrain from provocations and violence.", "said",
   N(onBehalfOf="nato", note="quotation introduced by 'said:'; one span of two sentences")),
]
S["004"] = [
 ("russia", "Moscow", "INDIRECT", "the Ukrainian capital is in chaos, with extremists controlling the government and streets", "claims",
   N(note="'Moscow' = the Russian government; credited to the country actor (aliases Moscow, Russia)")),
 (None, "police", "INDIRECT", "volunteers have helped drop crime to levels not seen since the Soviet era", "say",
   N(note="unnamed police (Kyiv police; no body named): speaker null")),
 (None, "Hundreds of protesters, who helped oust President Viktor Yanukovich", "INDIRECT", "they will not leave until corrupt politics in Ukraine are reformed", "say",
   N(note="unnamed protesters: speaker null. '\"Maidan,\"' in the same paragraph is a quoted name, not a statement")),
 ("volodymir_pak", "he", "DIRECT", "At a minimum, [we will stay] until the end of the presidential election [May 25], as well as parliamentary elections at the end of 2015,", "said",
   N(onBehalfOf="maidan_self_defense_14", note="'he' = Volodymir Pak, head of the 14th Maidan Self Defense group (previous sentence); reporter's brackets kept")),
 ("russia", "Moscow", "INDIRECT", "extremists took over Kyiv during clashes with security forces that cost nearly a hundred lives", "saying",
   N(note="'justifies its moves in Crimea by saying ...': participial cue, annotated")),
 ("sergey_kolchanov", "Sergey Kolchanov, who helped organize them", "INDIRECT", "Joint patrols of volunteer self-defense groups and police are largely responsible", "according to",
   N(note="clause before 'according to'")),
 ("sergey_kolchanov", "Kolchanov", "DIRECT", "We called all the guys who were already patrolling the streets, organized a common meeting, and agreed among ourselves to set aside our differences because there are all kinds of people here and all kinds of political views,", "said",
   N(note="speaker named after the quotation ('said Kolchanov')")),
]
S["005"] = [
 (None, "The authorities", "INDIRECT", "more than 16,700 people have been hospitalized since the outbreak was first reported late last month", "said",
   N(note="'The authorities' = the unnamed Haitian health officials of the previous sentence (no body named): speaker null. 'Health officials made the announcement Tuesday, reporting an official figure of 1,034 deaths' (noun objects) is not annotated; nor 'Angry protesters have accused United Nations peacekeepers from Nepal of bringing the waterborne disease' (accuse X of -ing, no clause)")),
 ("minustah", "The U.N. mission in Haiti, MINUSTAH", "DIRECT", "politically motivated,", "dismissed",
   N(onBehalfOf="united_nations", note="BORDERLINE: a quoted phrase in 'dismissed the demonstrations as \"politically motivated,\"' with no reported clause; annotated DIRECT (the mission's own words), no INDIRECT. A scorer that takes only quotations with a speech verb and a clause may skip it")),
 ("nigel_fisher", "The U.N.'s humanitarian coordinator in Haiti, Nigel Fisher", "INDIRECT", "cholera has been detected in every province", "told",
   N(onBehalfOf="united_nations")),
 ("nigel_fisher", "Fisher", "INDIRECT", "Haiti has never had a cholera outbreak before and that the U.S. Centers for Disease Control and Prevention has identified this strain as one that has its origins in South Asia", "said",
   N(onBehalfOf="united_nations", note="BORDERLINE: two coordinated clauses ('X and that Y') after one 'said' are kept as one statement; splitting at 'and that' is defensible")),
 ("nigel_fisher", "he", "INDIRECT", "it is nearly impossible to identify a precise source", "said",
   N(onBehalfOf="united_nations", note="'he' = Fisher. 'Health workers fear an explosion of the disease' (noun object) and 'The United Nations is calling for $164 million' (request, noun object) are not annotated")),
 ("who", "The World Health Organization", "INDIRECT", "the bacteria that causes cholera will be in the country for years", "says",
   N(note="a body speaking as a whole")),
]
S["006"] = [
 ("george_w_bush", "he", "DIRECT", "I trust the judgment of the American people,", "said",
   N(note="'he' = President Bush ('Afterwards, the president spoke with reporters.'). 'experts predict a near-record turnout' (noun object) and 'Opinion polls ... showed' (no speech) are not annotated")),
 ("george_w_bush", "he", "DIRECT", "I love our democracy and I have got great faith in the wisdom of the people of this country.", "said",
   N(note="second span of an interrupted quote")),
 ("john_kerry", "Mr. Kerry", "DIRECT", "It's that magic moment when the greatest democracy on the face of the planet gets to show the world how we work. And together we're going to change the direction of this country,", "commented",
   N(note="speaker named after the quotation, with cue 'commented'")),
]
S["007"] = [
 ("us_labor_department", "The report", "INDIRECT", "the number of unemployed people and the unemployment rate were both about the same as in July", "said",
   N(note="'The report' = the Labor Department's employment report (previous sentence), credited to the department")),
 ("us_labor_department", "The report", "INDIRECT", "the number of jobs increased by one hundred forty-four thousand in August", "said"),
 ("us_labor_department", "The Labor Department", "INDIRECT", "almost sixty thousand more jobs were created in June and July than first reported", "said"),
 ("george_w_bush", "President Bush", "INDIRECT", "the new information shows that the \"economy is strong and getting stronger.\"", "said",
   N(note="partial quote: the clause runs to the closing mark; the quoted words are also DIRECT")),
 ("george_w_bush", "President Bush", "DIRECT", "economy is strong and getting stronger.", "said"),
 ("john_kerry", "He", "INDIRECT", "Mister Bush is now sure to be, in his words, \"the first president since the Great Depression to face re-election without creating a single job.\"", "said",
   N(note="'He' = John Kerry (previous sentence); 'in his words' kept inside the clause; partial quote also DIRECT. 'saw the numbers differently' is not a report")),
 ("john_kerry", "He", "DIRECT", "the first president since the Great Depression to face re-election without creating a single job.", "said",
   N(note="the quoted words after 'in his words,'. 'Sixty thousand households are asked if anyone ... had worked' (a survey question, no speaker) is not annotated")),
]

A = actor
ACTORS = [
 A("ana_paula_vale_de_santos", "PERSON", "Ana Paula Vale de Santos"),
 A("helio_rocha", "PERSON", "Helio Rocha", "Rocha"),
 A("dilma_rousseff", "PERSON", "Dilma Rousseff", "Rousseff"),
 A("lula_da_silva", "PERSON", "Luiz Inacio Lula da Silva", "Lula", "Lula da Silva"),
 A("brazil", "COUNTRY", "Brazil"),
 A("teresa_christina", "PERSON", "Teresa Christina"),
 A("scott_bobb", "PERSON", "Scott Bobb"),
 A("roman_turiy", "PERSON", "Roman Turiy", "Turiy"),
 A("grigori_koziy", "PERSON", "Grigori Koziy", "Koziy"),
 A("anders_fogh_rasmussen", "PERSON", "Anders Fogh Rasmussen", "Rasmussen", "NATO Secretary-General Anders Fogh Rasmussen"),
 A("nato", "ORGANIZATION", "NATO", "North Atlantic Treaty Organization"),
 A("viktor_yanukovych", "PERSON", "Viktor Yanukovych", "Yanukovych", "Viktor Yanukovich", "Yanukovich"),
 A("european_union", "ORGANIZATION", "European Union", "EU"),
 A("ukraine", "COUNTRY", "Ukraine", "Kyiv"),
 A("james_brooke", "PERSON", "James Brooke"),
 A("russia", "COUNTRY", "Russia", "Moscow"),
 A("volodymir_pak", "PERSON", "Volodymir Pak", "Pak"),
 A("maidan_self_defense_14", "ORGANIZATION", "14th Maidan Self Defense group", "Maidan Self Defense"),
 A("sergey_kolchanov", "PERSON", "Sergey Kolchanov", "Kolchanov"),
 A("oleksandr_bilkonnyy", "PERSON", "Oleksandr Bilkonnyy", "Bilkonnyy"),
 A("daniel_schearf", "PERSON", "Daniel Schearf"),
 A("haiti", "COUNTRY", "Haiti"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("minustah", "ORGANIZATION", "MINUSTAH", "U.N. mission in Haiti", "United Nations Stabilization Mission in Haiti"),
 A("nigel_fisher", "PERSON", "Nigel Fisher", "Fisher"),
 A("us_cdc", "GOVERNMENT", "U.S. Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention", "CDC"),
 A("who", "ORGANIZATION", "World Health Organization", "WHO"),
 A("george_w_bush", "PERSON", "George W. Bush", "Bush", "President Bush", "Mister Bush", "Mr. Bush"),
 A("john_kerry", "PERSON", "John Kerry", "Kerry", "Senator John Kerry", "Mr. Kerry", "Senator Kerry"),
 A("us_labor_department", "GOVERNMENT", "US Labor Department", "Labor Department", "United States Labor Department", "Department of Labor"),
 A("gwen_outen", "PERSON", "Gwen Outen"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
