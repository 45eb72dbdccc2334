#!/usr/bin/env python3
"""Hand annotations of the test22 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py and eval/test4/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ...
are given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="http://www.friends-of-tibet.org.nz/current-news/",
   title="US Congressman Calls for New US Policy on Tibet", publishedOn="2017-06-01",
   source="stored copy of a third-party reproduction (friends-of-tibet.org.nz, 'current news' page) of a VOA story (web page corpus); VOA authorship from 'told VOA Mandarin'; the VOA original is taken to be voa.pangea-cms.com article 3891655 (https://voa.pangea-cms.com/preview/en-US/a/us-congressman-new-tibet-policy/3891655.html), whose slug 'us-congressman-new-tibet-policy' matches this headline; the stored copy of that preview holds only a lead paragraph worded differently (a later version headed 'US Congressman: US Firms Can Raise Issue of Tibet With Chinese Counterparts'), so the reproduction's text is used; the copy prints the headline twice (kept once) and runs several paragraphs of the original together; they are kept as in the copy, and 'Congressional visit' is a subheading of the copy; TRUNCATED: the copy breaks off inside its last run-together paragraph ('... McGovern is the sponsor of the Reciprocal Access to Tibet Act of 2017. He introduced the bipartisan bill in t'); the body ends with the last complete sentence before it; date ESTIMATED, see SOURCES.md"),
 "002": dict(url="https://www.voanews.com/a/taliban-suicide-bomber-leads-attack-on-police-hq-afghanistan/4904375.html",
   title="Taliban Stage Deadly Attack on Afghan Provincial Police Headquarters", publishedOn="2019-05-05",
   source="stored copy of the voanews.com page, article 4904375 (web page corpus); navigation and the photo caption omitted; 'US-Taliban talks' is a subheading of the page; TRUNCATED: the paragraph 'The U.S. side would have to agree ... before the Taliban decides to declare a ceasefire and particip...' breaks off and was left out; date ESTIMATED: the attack began 'around midday Sunday' (5 May 2019, the day of the Pul-e-Khumri attack)"),
 "003": dict(url="https://voa.pangea-cms.com/preview/en-US/a/guineas-opposition-demands-election-annulment/1762985.html",
   title=None, publishedOn="2013-10-04",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1762985 (web page corpus); the copy has no headline (slug 'guineas-opposition-demands-election-annulment'), so title is null and the body starts with the lead; after the paragraph 'The voting had been postponed ...' the copy repeats the story from its second paragraph and breaks off inside the repeat; the repeat is left out (TRUNCATED as stored); date ESTIMATED: the opposition's 'Friday statement' after the 28 September 2013 vote (and 'On Thursday' for the day before) puts it on Friday 4 October 2013"),
 "004": dict(url="http://www.voanews.com/content/donetsk-governor-says-kyiv-has-not-lost-control-of-east/1911145.html",
   title="Donetsk Governor Says Kyiv Has Not Lost Control of East", publishedOn="2014-05-09",
   source="stored copy of the voanews.com page, article 1911145 (web page corpus); navigation ('News / Europe'), the photo caption (printed twice) and an embedded video box ('Watch related video report by Michael Eckels for VOA', 'Russia Celebrates Victory Day', dated May 10, 2014) omitted; TRUNCATED: the paragraph 'Taruta said the...' breaks off and was left out; date ESTIMATED: 'Separatist leaders announced Thursday' (8 May 2014) and the embedded video of 10 May 2014"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("jim_mcgovern", "Congressman Jim McGovern", "DIRECT", "the status quo isn\u2019t working", "saying",
   N(ctx="saying \u201cthe status quo isn\u2019t working\u201d",
     note="BORDERLINE: the whole reported clause after 'saying' is quoted, so it is annotated as DIRECT only (no separate INDIRECT of the same span). 'urging U.S. businesses to raise the issue ...' (a request with an infinitive) is not annotated")),
 ("jim_mcgovern", "McGovern, a Democrat from Massachusetts", "DIRECT", "It\u2019s important that the U.S. have a policy toward Tibet because the status quo isn\u2019t working,", "told",
   N(note="speaker named after his words ('..., McGovern, a Democrat from Massachusetts, told VOA Mandarin')")),
 ("jim_mcgovern", "McGovern, a Democrat from Massachusetts", "DIRECT", "The Chinese government is just getting worse on a whole range of issues \u2014 jailing more and more Tibetans in Tibet and in the Tibetan region, so I think we need to re-assess. \u2026 We need to start walking the walk.", "told",
   N(note="a second quotation following the attributed one, with no verb of its own: credited to McGovern with the cue of the previous sentence (as dev13 003); the reporter's ellipsis is kept")),
 ("china", "China", "INDIRECT", "the Himalayan region has been part of its realm for more than seven centuries", "says",
   N(note="'and considers the Dalai Lama ... to be a dangerous separatist' (belief, coordinated with 'says') is left out; including it is defensible")),
 (None, "Many Tibetans", "INDIRECT", "they were essentially independent for most of that time", "insist",
   N(note="unnamed Tibetans, no body: speaker null. 'and have protested what they regard as ...' is not a report of speech")),
 ("jim_mcgovern", "McGovern", "DIRECT", "His Holiness is not a separatist \u2026 but he wants to go home and so do his people,", "said",
   N(note="'His Holiness' = the Dalai Lama. 'wanted to make China aware that they would not stand down' (the delegation's aim) is not annotated")),
 ("jim_mcgovern", "he", "DIRECT", "China is one of the great powers of the world, they\u2019re doing great things on climate change,", "said",
   N(note="'he' = McGovern")),
 ("jim_mcgovern", "he", "INDIRECT", "he\u2019s always puzzled that China \u201cis paranoid over this monk, and paranoid over his message.\u201d", "adding",
   N(note="participial cue 'adding'; the clause runs to the closing mark; partial quote also DIRECT")),
 ("jim_mcgovern", "he", "DIRECT", "is paranoid over this monk, and paranoid over his message.", "adding"),
]
S["002"] = [
 (None, "Afghan officials", "INDIRECT", "the assault in Pul-e-Khumri, the capital of Baghlan province, began around midday Sunday with a Taliban bomber detonating an explosive-laden U.S.-made humvee military vehicle at the main entrance before a group of seven heavily armed insurgents stormed the facility", "said",
   N(note="BORDERLINE: unnamed officials with no named body: speaker null (dev13 convention); a scorer crediting unnamed officials of a country to the country would expect 'afghanistan'")),
 ("nasrat_rahimi", "an Afghan interior ministry spokesman, Nasrat Rahimi", "INDIRECT", "Afghan security forces quickly engaged the assailants in a gunfight and neutralized all of them to end the siege that lasted six hours", "said",
   N(onBehalfOf="afghan_interior_ministry", note="clause before the verb; the official is named after his words (inverted 'said an ... spokesman, Nasrat Rahimi')")),
 ("nasrat_rahimi", "He", "INDIRECT", "20 civilians were also among those injured", "noted",
   N(onBehalfOf="afghan_interior_ministry", note="'He' = Nasrat Rahimi")),
 ("taliban", "The Taliban", "INDIRECT", "its fighters inflicted heavy casualties on Afghan security forces", "saying",
   N(note="participial cue; 'claimed responsibility for the attack' (noun object) is not annotated")),
 ("zabihullah_mujahid", "The group\u2019s chief spokesman, Zabihullah Mujahid", "INDIRECT", "the initial massive explosion destroyed most of the building and \u201cmultiple\u201d Taliban attackers were engaged in gun battles with Afghan forces", "claimed",
   N(onBehalfOf="taliban", note="partial quote inside the clause, also DIRECT. 'He rejected official claims the siege had ended' (noun object; the officials' claim has no speaker named) is not annotated")),
 ("zabihullah_mujahid", "The group\u2019s chief spokesman, Zabihullah Mujahid", "DIRECT", "multiple", "claimed",
   N(onBehalfOf="taliban", note="a one-word partial quote. 'neither side has reported any significant outcome' and 'has rejected latest appeals ... to cease hostilities' (noun objects) are not annotated")),
]
S["003"] = [
 (None, "Guinea's political opposition", "INDIRECT", "the voting was marred by \"massive fraud.\"", "saying",
   N(note="BORDERLINE: 'the opposition' is several parties, no single named body: speaker null (as test4's 'Opposition leaders'); a scorer treating the opposition as a body would expect an actor. Participial cue; the clause runs to the closing mark; partial quote also DIRECT. 'has called for the annulment of ...' (noun object) is not annotated")),
 (None, "Guinea's political opposition", "DIRECT", "massive fraud.", "saying"),
 (None, "The opposition", "INDIRECT", "there was fraud organized \"before, during and after\" the vote, including ballot stuffing, substitutions of vote counts sent to the electoral commission, and interference by government officials and army officers in the collecting of votes", "says",
   N(note="partial quote inside the clause, also DIRECT")),
 (None, "The opposition", "DIRECT", "before, during and after", "says"),
 (None, "the opposition", "INDIRECT", "the goal was to give President Alpha Conde's ruling party an \"excessive parliamentary majority\" and allow him to set up an \"authoritarian regime.\"", "says",
   N(note="'In a Friday statement, the opposition says ...'; two partial quotes, also DIRECT")),
 (None, "the opposition", "DIRECT", "excessive parliamentary majority", "says"),
 (None, "the opposition", "DIRECT", "authoritarian regime.", "says"),
 (None, "The opponents", "INDIRECT", "if the polling results are not invalidated, they will urge their supporters to launch protests", "say",
   N(note="'The opponents' = the opposition: speaker null")),
 (None, "the opposition", "INDIRECT", "it was rejecting partial election results, which showed Mr. Conde's Rally of the Guinean People (RPG) party had taken a lead in several districts", "said",
   N(note="the relative clause 'which showed ...' is kept inside the reported clause. The passive 'had been touted as the completion of ...' (no speaker) is not annotated")),
]
S["004"] = [
 ("serhiy_taruta", "Donetsk Governor", "INDIRECT", "Kyiv Has Not Lost Control of East", "Says",
   N(onBehalfOf="donetsk_regional_administration", note="headline report ('X Says ...'); the governor is named in the second paragraph")),
 ("serhiy_taruta", "The Kyiv-appointed governor of Donetsk", "INDIRECT", "the Ukrainian government has not lost control of the troubled region", "said",
   N(onBehalfOf="donetsk_regional_administration", note="BORDERLINE (cataphora): the governor is named in the next sentence ('Businessman Serhiy Taruta'), so he is the speaker (as dev13 002 s1); 'said in an interview with VOA that ...'")),
 ("serhiy_taruta", "Businessman Serhiy Taruta", "INDIRECT", "progress is being made in the government\u2019s campaign to restore order", "says",
   N(onBehalfOf="donetsk_regional_administration", note="'rejects accusations that the Kyiv government isn't doing enough ...' (noun object; the accusations have no speaker) is not annotated")),
 (None, "Separatist leaders", "INDIRECT", "they plan to go ahead with a referendum to decide whether to secede from Ukraine", "announced",
   N(note="unnamed separatist leaders, no named body: speaker null; the appositive after the dash ('\u2013 a referendum Kyiv politicians have denounced as contrived and illegal') is the reporter's and is left out; 'have denounced as' (object complement) is not annotated")),
]

A = actor
ACTORS = [
 A("jim_mcgovern", "PERSON", "Jim McGovern", "McGovern", "Congressman Jim McGovern", "U.S. Congressman Jim McGovern"),
 A("us_congress", "GOVERNMENT", "United States Congress", "U.S. Congress", "Congress"),
 A("china", "COUNTRY", "China", "People's Republic of China", "Beijing", "Chinese government"),
 A("dalai_lama", "PERSON", "Dalai Lama", "His Holiness"),
 A("nancy_pelosi", "PERSON", "Nancy Pelosi", "Pelosi", "Rep. Nancy Pelosi"),
 A("jim_sensenbrenner", "PERSON", "Jim Sensenbrenner", "Sensenbrenner"),
 A("taliban", "ORGANIZATION", "Taliban", "The Taliban"),
 A("zabihullah_mujahid", "PERSON", "Zabihullah Mujahid", "Mujahid"),
 A("nasrat_rahimi", "PERSON", "Nasrat Rahimi", "Rahimi"),
 A("afghan_interior_ministry", "GOVERNMENT", "Afghan Interior Ministry", "Afghan interior ministry", "Ministry of Interior Affairs (Afghanistan)"),
 A("afghanistan", "COUNTRY", "Afghanistan", "Afghan government"),
 A("zalmay_khalilzad", "PERSON", "Zalmay Khalilzad", "Khalilzad"),
 A("ashraf_ghani", "PERSON", "Ashraf Ghani", "Ghani", "Afghan President Ashraf Ghani"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("alpha_conde", "PERSON", "Alpha Conde", "Conde", "Mr. Conde", "President Alpha Conde"),
 A("rpg_guinea", "ORGANIZATION", "Rally of the Guinean People", "RPG"),
 A("guinea", "COUNTRY", "Guinea"),
 A("lansana_conte", "PERSON", "Lansana Conte", "Conte"),
 A("serhiy_taruta", "PERSON", "Serhiy Taruta", "Taruta", "Businessman Serhiy Taruta"),
 A("donetsk_regional_administration", "GOVERNMENT", "Donetsk regional administration", "Donetsk governor"),
 A("ukraine", "COUNTRY", "Ukraine", "Kyiv", "Ukrainian government", "Kyiv government"),
 A("russia", "COUNTRY", "Russia"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
