#!/usr/bin/env python3
"""Hand annotations of the dev17 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://www.voazimbabwe.com/a/mdc-formations-dismiss-zanu-pf-critics-morgan-tsvangirai-welshman-ncube/1764764.html",
   title="MDC Formations Dismiss Zanu PF Critics", publishedOn="2013-10-07",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page 1764764 (web page corpus); navigation ('Accessibility links', 'Breaking News') omitted; no byline in the stored part; TRUNCATED: the stored copy (about 2,000 characters) ends with a complete paragraph and the page probably continues; date ESTIMATED: the parties spoke 'on Monday', after Mnangagwa became Justice Minister again (cabinet of 10 Sept. 2013) and between voanews ids 1762985 (4 Oct. 2013, eval/test22) and 1776963 (25 Oct. 2013, eval/test8), so Monday 7 Oct. 2013 is taken"),
 "002": dict(url="https://www.voatibetanenglish.com/a/tibetan-exile-officials-warn-chinese-violence-against-protesters-unsustainable-138318749/1267126.html",
   title="Tibetan Exile Officials Warn Chinese Violence Against Protesters \u201cUnsustainable\u201d", publishedOn="2012-01-30",
   source="stored copy of the voatibetanenglish.com page 1267126 (web page corpus); navigation omitted; no byline in the stored part; TRUNCATED: the paragraph 'Cabinet Minister Chhoyang says there is a definite risk of escalation, if the Chines...' breaks off and was left out; date from the stored copy of a shorter VOA blog version of the same story (blogs.voanews.com, 'Posted January 30th, 2012') and the China Daily editorial of Monday 30 Jan. 2012"),
 "003": dict(url="http://www.voanews.com/content/al-shabab-attacks-somalias-presidential-palace-143483526/179336.html",
   title="Al-Shabab Launches New Attacks on Somalia's Presidential Palace", publishedOn="2012-03-20",
   source="stored copy of the voanews.com page 179336 (web page corpus); the photo caption (printed twice) and the subheadings 'Attempt to spread fear' and 'Arrests made, security increased' omitted; double spaces after full stops and the mixed curly/straight quotation marks of Osman's quotation kept as in the source; TRUNCATED: the quotation '\u201cRemnants of al-Shabab are within the population. They try to seize an opportunity to...' breaks off and its paragraph was left out; date ESTIMATED: caption dated 'March 19, 2012', first mortars 'early Monday morning' (19 March) and 'two nights in a row', so Tuesday 20 March 2012"),
 "004": dict(url="https://www.voanews.com/a/a-13-2006-02-17-voa1/328910.html",
   title="US Official Praises International Exchange Programs", publishedOn="2006-02-17",
   source="stored copy of the voanews.com page 328910 (web page corpus); navigation omitted; no byline in the stored part; 'media professions' as in the source; TRUNCATED: the paragraph 'She also pointed to a new initiative ... \"I'm always humbled, frankly, in Europe, when I'm at a dinner tabl...' breaks off and was left out; date from the URL (she spoke 'Thursday', 16 Feb. 2006)"),
 "005": dict(url="https://www.voanews.com/a/outside-congolese-activists-denounce-election-results-as-fraudulent-135384568/159294.html",
   title="Outside Congolese Activists Denounce Election Results as Fraudulent", publishedOn="2011-12-10",
   source="stored copy of the voanews.com page 159294 (web page corpus); navigation and the photo caption (printed twice) omitted; no byline in the stored part; TRUNCATED: the paragraph 'It said some pro-Kabila areas reported impossibly high rate...' breaks off and was left out; date from the caption 'Saturday, December 10, 2011' and the protests of 'Saturday'"),
 "006": dict(url="https://voa.pangea-cms.com/preview/en-US/a/first-world-cup-in-south-africa-creates-unique-enthusiasm-among-africans-foreigners-95620439/118838.html",
   title="Exuberant South African Football Fans Fired Up for 2010 World Cup", publishedOn="2010-06-01",
   source="stored copy of VOA's CMS preview mirror voa.pangea-cms.com of voanews.com article 118838 (web page corpus); navigation omitted; no byline in the stored part; 'it so infectious', 'bended out' as in the source; TRUNCATED: the paragraph 'The hats became so popular ... produce thousands of hats a month' breaks off and was left out; date ESTIMATED, month only (first-day convention): before the World Cup kick-off of 11 June 2010, and the id lies between voanews 116647 (21 April 2010, eval/test7) and 119260 (published hours before the kick-off), nearest early June 2010"),
 "007": dict(url="https://www.voanews.com/a/a-13-2006-07-28-voa45/327772.html",
   title="UN World Food Program Appeals for Help in Kenya", publishedOn="2006-07-28",
   source="stored copy of the voanews.com page 327772 (web page corpus; VOA English to Africa, reporter Cole Mallard); navigation and the closing reader-feedback line ('Let us know what you think of this report ...') omitted; 'The WFP' with a capital T mid-sentence and 'feeds million children' as in the source; the stored copy ends with that feedback line, so the story itself is complete as stored; date from the URL"),
 "008": dict(url="https://www.voanews.com/a/a-13-a-2002-02-19-3-pentagon-67259267/267306.html",
   title="Pentagon Investigates Recent Attack in Afghanistan", publishedOn="2002-02-19",
   source="stored copy of the voanews.com page 267306 (web page corpus); navigation and the text-size widget ('XS SM MD LG') omitted; no byline in the stored part; complete as stored; date from the URL"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("zanu_pf", "Zanu-PF officials", "INDIRECT", "the parties have become irrelevant in Zimbabwean politics following their defeat in the July 31 elections", "claiming",
   N(note="participial cue; unnamed officials of a named party are credited to the party. 'scoffed at Zanu-PF officials' (the MDC formations) has no clause and is not annotated")),
 ("emmerson_mnangagwa", "Justice Minister Emmerson Mnangagwa", "DIRECT", "the MDC formations are now dead and buried,", "told",
   N(onBehalfOf="zanu_pf", note="BORDERLINE: a whole clause quoted after 'told ... that' is annotated once, as DIRECT (as dev3); an INDIRECT reading of the same clause with its marks is defensible")),
 ("emmerson_mnangagwa", "Justice Minister Emmerson Mnangagwa", "INDIRECT", "Zanu-PF has become the party for the future", "adding",
   N(onBehalfOf="zanu_pf", note="participial cue 'adding' after a report")),
 ("douglas_mwonzora", "MDC-T spokesman Douglas Mwonzora", "INDIRECT", "those predicting his party's demise are day dreaming", "told",
   N(onBehalfOf="mdc_t")),
 ("douglas_mwonzora", "Mwonzora", "DIRECT", "As long as what the MDC stands for is not gone, then the MDC will never die,", "said", N(onBehalfOf="mdc_t")),
 ("douglas_mwonzora", "Mwonzora", "DIRECT", "The MDC stands for all those things that Zanu-PF is unable to offer, the MDC stands for jobs for our people, it stands for democracy, the rule of law, good governance and a broad-based economic empowerment which benefits all Zimbabweans.", "said",
   N(onBehalfOf="mdc_t", note="quotation paragraph with no attribution of its own after Mwonzora's quotation: credited to him with the cue of the previous paragraph")),
 ("nhlanhla_dube", "Dube", "DIRECT", "We expect less from a Zanu-PF official,", "said",
   N(onBehalfOf="mdc_ncube", note="'Mwonzora's sentiments were echoed by Nhlanhla Dube' (noun object) is not annotated")),
 ("nhlanhla_dube", "Dube", "DIRECT", "We are not expecting a Zanu-PF official to appreciate that politics is about healthy competition ... We are not dead, we are alive and restrategizing.", "said",
   N(onBehalfOf="mdc_ncube", note="second quotation after the attribution, no verb of its own; the reporter's ellipsis is kept. 'alleging electoral fraud' (last paragraph, noun object) is not annotated")),
]
S["002"] = [
 ("central_tibetan_administration", "Tibetan Exile Officials", "DIRECT", "Unsustainable", "Warn",
   N(note="BORDERLINE: headline; the quoted word is the officials' own term for the violence (small clause, no that-clause), so DIRECT only, no INDIRECT; unnamed exile officials are credited to the exile administration. A scorer may treat it as a scare quote")),
 ("central_tibetan_administration", "the India-hosted administration that claims to speak for all Tibetans", "INDIRECT", "the protests may increase if Beijing favors using bullets rather than dialogue for its regional security", "says",
   N(note="'Chinese official media are accusing ... of distorting ...' (gerund object) is not annotated; 'that claims to speak for all Tibetans' is a claim with an infinitive and is not annotated")),
 ("china_daily", "The official newspaper China Daily", "DIRECT", "agenda against China", "blames",
   N(note="BORDERLINE: a quoted phrase inside a noun-object report ('blames ... for pursuing an \u201cagenda against China\u201d'); the newspaper's own words, so DIRECT (as test sets' 'refers to ... as a \u201csplittist\u201d'); the report itself is not annotated")),
 ("central_tibetan_administration", "Tibetan exile officials, hosted in the northern Indian city, Dharamsala", "INDIRECT", "China shot to death at least six peaceful protesters last week in areas it controls", "say",
   N(note="unnamed officials of the exile administration credited to it. 'China admits to killing one protester' (gerund object) and 'whom Beijing describes as a rioter' (small clause) are not annotated")),
 ("china", "Officials", "DIRECT", "mobs", "describe",
   N(note="BORDERLINE: 'Officials describe the recent protests as \u201cmobs\u201d': the officials are Chinese (the sentence continues China's account), credited to the country as unnamed officials of a named country; speaker null is defensible")),
 ("dekyi_chhoyang", "Spokeswoman and Cabinet minister for the Tibetan administration in exile Dekyi Chhoyang", "DIRECT", "Absolutely not, absolutely not. The unrest that we are seeing now in the Tibetan region, it is really a reaction by the Tibetan people to the repressive policies of the Chinese government. And, what we are saying to them [China] is listen to the people.", "dismisses",
   N(onBehalfOf="central_tibetan_administration", note="quotation paragraph with no verb of its own after 'dismisses suggestions ... that ...' (noun-headed report, not annotated itself): credited to Chhoyang with that cue; the bracketed '[China]' is kept")),
 ("central_tibetan_administration", "The Tibetan-exile administration", "INDIRECT", "it has never encouraged its fellow Tibetans under Chinese control to protest, but is sensitive to their concerns", "says",
   N(note="coordinated predicates under one verb are one statement. 'to protest what they view as repressive policies' (belief) is not annotated")),
]
S["003"] = [
 ("al_shabab", "A senior al-Shabab commander", "INDIRECT", "the group is trying to switch tactics", "says",
   N(note="unnamed official of a named group: credited to the group")),
 ("abdirahman_omar_osman", "Somali government spokesman Abdirahman Omar Osman", "INDIRECT", "these are the first mortar attacks he's seen in Mogadishu since the African Union force, or AMISOM, drove the militants out of the capital last year", "told",
   N(onBehalfOf="somali_government", note="'The Somali government described the latest incidents as a desperate attempt ...' (small clause, no that-clause) is not annotated")),
 ("abdirahman_omar_osman", "Osman", "DIRECT", "[In the last] couple of nights, we have witnessed mortar attacks coming and targeting civilians.  As a result of that have caused injuries and deaths to civilians,", "stated",
   N(onBehalfOf="somali_government", note="curly opening mark, straight closing mark as in the source; the reporter's bracket and the double space are kept")),
 ("abdirahman_omar_osman", "Osman", "DIRECT", "This is something that is new to Mogadishu since we have liberated the city from al-Shabab.  Now this seems to be new tactics al-Shabab are trying to deploy, which they are always good at continuing harming civilians.", "stated",
   N(onBehalfOf="somali_government", note="second span of an interrupted quote (straight opening mark, curly closing mark)")),
 (None, "Witnesses", "INDIRECT", "the first mortars, early Monday morning, landed on a displaced persons camp next to the presidential compound and killed five people", "say",
   N(note="unnamed witnesses, no body: speaker null")),
 ("abdirahman_omar_osman", "Osman", "INDIRECT", "security officials have made some arrests and have also doubled security in the city", "says",
   N(onBehalfOf="somali_government")),
]
S["004"] = [
 ("karen_hughes", "U.S. Undersecretary of State Karen Hughes", "INDIRECT", "international exchange programs are the most effective and successful part of U.S. public diplomacy", "says",
   N(onBehalfOf="us_state_department", note="'She made her comments Thursday' (noun object) is not annotated")),
 ("karen_hughes", "One of the top U.S. diplomats, Karen Hughes", "INDIRECT", "in less than one year on the job, she has been distressed to see that people in other parts of the world often have mistaken impressions of Americans", "said",
   N(onBehalfOf="us_state_department", note="the fronted 'in less than one year on the job' is inside the reported clause (no 'that' after 'said')")),
 ("karen_hughes", "she", "DIRECT", "You'll ask them what do you value most and what do you think Americans value most? And there's a big disconnect. They say they value most faith and honor and honesty and family. Well, we value honor those things most too. If you ask Americans, that's what they value most. But if you ask people in different parts of the world, they'll say, \"oh no, they value money and power and work,", "said",
   N(onBehalfOf="us_state_department", note="BORDERLINE: the quotation holds a nested quotation (\"oh no, ...) that shares the single closing mark; the span runs from the first opening mark to that closing mark. The reports inside the quotation ('They say ...', 'they'll say, \"oh no ...') are speech reported inside a quotation and are not annotated")),
 ("karen_hughes", "She", "INDIRECT", "as she prepared for her job, one message she heard over and over was that exchange programs, which send Americans abroad and bring foreigners to the United States, have been the most effective and successful part of U.S. public diplomacy", "said",
   N(onBehalfOf="us_state_department", note="the whole clause after 'said' (no 'that'); the message she heard has no speaker and is not annotated separately")),
 ("karen_hughes", "Hughes", "INDIRECT", "this year, the State Department is aiming new initiatives at what she called \"key influencers\", which includes journalists, religious leaders, women and teachers", "said",
   N(onBehalfOf="us_state_department", note="partial quote: the clause (with the quoted words, the comma after the closing mark and the relative clause) is INDIRECT and the quoted words DIRECT")),
 ("karen_hughes", "she", "DIRECT", "key influencers", "called",
   N(onBehalfOf="us_state_department", note="'what she called \"key influencers\"': a quoted phrase with its own speech verb")),
 ("karen_hughes", "she", "DIRECT", "This partnership will bring more than 100 international media professions to the United States, to work side by side with American journalists, and to attend classes at many of our outstanding institutions,", "said",
   N(onBehalfOf="us_state_department")),
]
S["005"] = [
 (None, "they", "INDIRECT", "were fraudulent", "said",
   N(ctx="which they said were fraudulent", note="BORDERLINE: speech verb in a relative clause ('vote results ... which they said were fraudulent'), a clause with a gap (as test4 002 s1); 'they' = the Congolese protesters, no body: speaker null. 'denouncing vote results' (noun object) and the headline 'Denounce Election Results as Fraudulent' (small clause) are not annotated")),
 ("blaise_kazadi", "One of the protesters, Blaise Kazadi", "DIRECT", "Right now, the Congolese they wanted to go to these elections to elect someone that they trust, the one that can bring peace in the country, and now they see that their voice and their opinion has been stolen. That is why people are angry, everywhere in Brussels, in America, in France, everybody is angry, because we did not elect Joseph Kabila. We need a change.", "(no verb)",
   N(note="BORDERLINE: a quotation paragraph with no speech verb anywhere, right after the sentence that introduces Kazadi ('drove several hours ... to take part'); credited to him; the cue field says so")),
 (None, "They", "INDIRECT", "Congolese were in national mourning", "said",
   N(note="'They' = the angry youths in Kinshasa who supported Tshisekedi (no body): speaker null")),
 ("carter_center", "The U.S. election monitoring group the Carter Center", "INDIRECT", "the results of Congo\u2019s 2011 presidential election lacked credibility", "said",
   N(note="'Congo's electoral commission Friday declared President Kabila re-elected' (small clause) is not annotated")),
]
S["006"] = [
 (None, "Experts", "INDIRECT", "because it so infectious, the hundreds of thousands of visiting foreign fans are likely to catch this unique enthusiasm for the game", "say",
   N(note="unnamed experts: speaker null; the fronted 'because it so infectious' (as in the source) is inside the clause")),
 ("saddam_maake", "he", "DIRECT", "I like soccer. I am a soccer slave,", "said",
   N(note="'he' = Saddam Maake, introduced in the previous paragraph ('bills himself as ...', not a report)")),
 ("saddam_maake", "he", "DIRECT", "I drink soccer, sleep soccer, eat soccer. That's why I love soccer.", "said",
   N(note="second span of an interrupted quote")),
 ("alfred_baloyi", "Baloyi", "DIRECT", "When I go to the stadium I wear it to save my head,", "said",
   N(note="the quoted \"hard hat\" of the previous paragraph is a name, not speech, and is not annotated")),
 ("alfred_baloyi", "Baloyi", "DIRECT", "So when days go on [as time goes by] I paint it. I go to the stadium, the people, they like it.", "said",
   N(note="second span of an interrupted quote; the reporter's bracket is kept")),
]
S["007"] = [
 ("wfp", "The UN World Food Program (WFP)", "INDIRECT", "it\u2019s quickly running out of emergency food aid for millions of people in Kenya affected by drought", "says",
   N(note="a body speaking as a whole. 'the WFP is appealing to donors for new contributions' (noun object) and the headline 'Appeals for Help' are not annotated")),
 ("penny_ferguson", "She", "INDIRECT", "people in Kenya are still recovering from the long drought", "told",
   N(onBehalfOf="wfp", note="'She' = Penny Ferguson, WFP spokesperson (previous sentence, copular)")),
 ("penny_ferguson", "She", "INDIRECT", "the WFP has only enough food assistance to feed people through September", "says",
   N(onBehalfOf="wfp", note="the sentence before ('Although long rains have come, ...') has no speech verb and is not annotated, though it is probably hers")),
 ("penny_ferguson", "She", "INDIRECT", "the WFP appealed for $225 million in February to feed people through the rest of 2006, and still needs $90 million, despite generous contributions from the United States, the United Kingdom, and the government of Kenya itself", "says",
   N(onBehalfOf="wfp")),
 ("penny_ferguson", "Ferguson", "INDIRECT", "in March and April, The WFP had to cut vegetable oil from the rations of 3 million people, illustrating that one item, routine in nature, can cause severe hardship", "says",
   N(onBehalfOf="wfp", note="the participial 'illustrating that ...' is kept inside the clause (it is hers or the reporter's; not a separate statement)")),
 ("penny_ferguson", "She", "INDIRECT", "it\u2019s hard to predict what may come as a result of the appeal, but she hopes that keeping the public informed will help, \u201cgiven the time it can take to buy commodities in bulk and get them transported up into some of these very remote areas in Kenya, short notice can just be too late.\u201d", "says",
   N(onBehalfOf="wfp", note="BORDERLINE: the clause after 'says' coordinates a statement and her hope ('she hopes that ...', attitude, not annotated separately) and ends in a partial quote; the INDIRECT runs to the closing mark and the quoted words are DIRECT too")),
 ("penny_ferguson", "She", "DIRECT", "given the time it can take to buy commodities in bulk and get them transported up into some of these very remote areas in Kenya, short notice can just be too late.", "says",
   N(onBehalfOf="wfp")),
 ("penny_ferguson", "She", "INDIRECT", "if the money doesn\u2019t come, the WFP will continue to do the best it can in this emergency operation to feed 3.6 million people, covering 25 of Kenya\u2019s 70 districts", "says",
   N(onBehalfOf="wfp")),
 ("penny_ferguson", "She", "DIRECT", "3.1 million people receive monthly rations and more than half a million school children are given school meals through this same emergency operation, in addition to the regular school meals program that feeds million children in Kenya, so it\u2019s a very big operation.", "says",
   N(onBehalfOf="wfp", note="'She says, \u201c...\u201d': a quotation introduced by the verb")),
]
S["008"] = [
 ("pentagon", "Defense officials", "INDIRECT", "they are investigating an incident in which air-strikes were called in on hostile forces that attacked a group of U.S. and Afghan troops", "say",
   N(note="unnamed US defense officials (the story is the Pentagon's) credited to the Pentagon; 'united_states' is defensible. 'what are termed \"enemy forces\"' (agentless passive) is not annotated")),
 ("pentagon", "A Pentagon spokesman", "INDIRECT", "the coalition troops consisted of friendly Afghan troops accompanied by American soldiers", "says",
   N(note="unnamed spokesman of a named body: credited to the body. The next sentence ('They were fired upon on Saturday ...') has no speech verb and is not annotated")),
 ("pentagon", "The Pentagon", "INDIRECT", "coalition forces attempted to negotiate the surrender of the estimated 40 enemy gunmen but the effort was rejected", "says",
   N(note="a body speaking as a whole")),
 ("new_york_times", "The New York Times", "INDIRECT", "the strikes appear to differ from previous American bombing raids", "says",
   N(note="a newspaper reporting: credited to it")),
 (None, "Afghan commanders in the area", "INDIRECT", "the strikes were aimed at controlling clashes among rival militia groups -- not at hitting Taleban or al-Qaida forces", "saying",
   N(note="BORDERLINE: 'It quotes Afghan commanders in the area as saying ...': the commanders are the speakers (unnamed, no body: null); the newspaper's quoting is not annotated separately. 'The Pentagon is not commenting on the report' is not annotated")),
 ("pentagon", "a spokesman", "INDIRECT", "any forces that fire on U.S. troops and the Afghan fighters with them are deemed to be hostile and can expect retaliation", "says",
   N(note="'a spokesman' = a Pentagon spokesman (the previous sentence is about the Pentagon)")),
]

A = actor
ACTORS = [
 A("zanu_pf", "ORGANIZATION", "ZANU-PF", "Zanu-PF", "Zanu PF", "ZANU PF"),
 A("emmerson_mnangagwa", "PERSON", "Emmerson Mnangagwa", "Mnangagwa", "Justice Minister Emmerson Mnangagwa"),
 A("mdc_t", "ORGANIZATION", "MDC-T", "Movement for Democratic Change", "MDC"),
 A("douglas_mwonzora", "PERSON", "Douglas Mwonzora", "Mwonzora"),
 A("nhlanhla_dube", "PERSON", "Nhlanhla Dube", "Dube"),
 A("mdc_ncube", "ORGANIZATION", "MDC (Welshman Ncube)", "MDC-N"),
 A("welshman_ncube", "PERSON", "Welshman Ncube", "Ncube"),
 A("robert_mugabe", "PERSON", "Robert Mugabe", "Mugabe"),
 A("morgan_tsvangirai", "PERSON", "Morgan Tsvangirai", "Tsvangirai"),
 A("central_tibetan_administration", "GOVERNMENT", "Central Tibetan Administration", "Tibetan administration in exile", "Tibetan-exile administration", "Tibetan government-in-exile"),
 A("dekyi_chhoyang", "PERSON", "Dekyi Chhoyang", "Chhoyang"),
 A("china_daily", "COMPANY", "China Daily"),
 A("china", "COUNTRY", "China", "Beijing"),
 A("al_shabab", "ORGANIZATION", "al-Shabab", "al-Shabaab", "Al-Shabab"),
 A("abdirahman_omar_osman", "PERSON", "Abdirahman Omar Osman", "Osman"),
 A("somali_government", "GOVERNMENT", "Somali government", "Government of Somalia"),
 A("amisom", "ORGANIZATION", "African Union Mission in Somalia", "AMISOM", "African Union force"),
 A("karen_hughes", "PERSON", "Karen Hughes", "Hughes", "Karen P. Hughes"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. State Department"),
 A("nciv", "ORGANIZATION", "National Council for International Visitors"),
 A("blaise_kazadi", "PERSON", "Blaise Kazadi", "Kazadi"),
 A("joseph_kabila", "PERSON", "Joseph Kabila", "Kabila", "Mr. Kabila"),
 A("etienne_tshisekedi", "PERSON", "Etienne Tshisekedi", "Tshisekedi", "Mr. Tshisekedi"),
 A("carter_center", "ORGANIZATION", "Carter Center", "the Carter Center"),
 A("ceni", "GOVERNMENT", "Independent National Electoral Commission (DR Congo)", "Congo\u2019s electoral commission", "Congo's electoral commission"),
 A("saddam_maake", "PERSON", "Saddam Maake", "Maake"),
 A("alfred_baloyi", "PERSON", "Alfred Baloyi", "Baloyi"),
 A("wfp", "ORGANIZATION", "World Food Programme", "UN World Food Program", "WFP", "World Food Program"),
 A("penny_ferguson", "PERSON", "Penny Ferguson", "Ferguson"),
 A("pentagon", "GOVERNMENT", "Pentagon", "US Department of Defense", "Defense Department"),
 A("new_york_times", "COMPANY", "The New York Times", "New York Times"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
