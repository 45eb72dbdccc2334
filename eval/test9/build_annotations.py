#!/usr/bin/env python3
"""Hand annotations of the test9 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py (shared builder eval/annotations.py). Each statement spec:
(speaker, attribution, kind, text, cue[, opts]); opts may give ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf. Keys s1, s2, ... are given after
sorting by offset. The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402
Q1, Q2, L, R = "\u201c", "\u201d", "\u2018", "\u2019"
N = lambda **k: k

ART = {
 "001": dict(url="https://www.voanews.com/a/a-13-2005-11-14-voa72-66907062/262800.html",
   title="Ethiopians in Washington Protest For and Against VOA", publishedOn="2005-11-14",
   source="stored copy of the voanews.com page (web page corpus); navigation ('Accessibility links', 'Breaking News') omitted; TRUNCATED: the paragraph 'Near the VOA building another group of about 50 people protested ... \u201cStop your inflammatory prop...' breaks off and was left out; date from the URL (the demonstrations were 'Monday morning', 14 Nov. 2005)"),
 "002": dict(url="http://www.voanews.com/content/pakistan-afghanistan-look-to-boost-trade-and-security/3249397.html",
   title="Pakistan, Afghanistan Look to Boost Trade and Security", publishedOn="2016-03-29",
   source="stored copy of the voanews.com page, VOA story by Ayaz Gul, Islamabad (web page corpus); section label 'News / Asia', the photo caption (printed twice) and the byline omitted; the double spaces after some full stops are as in the copy; TRUNCATED: the paragraph 'Pakistani Commerce Minister Khurram Dastgir Khan says ... He says Afghan containers carrying peris...' breaks off and was left out; date ESTIMATED (no date on the copy: container shipments are given for 2014 and 'last year', so 2016; the article id 3249397 lies between 3020213 (Oct. 2015) and 3836771 (May 2017), linear estimate late March 2016; may be off by weeks)"),
 "003": dict(url="http://www.voanews.com/content/thailand-protests-corruption/1552234.html",
   title="Thousands Rally Against Thai Government", publishedOn="2012-11-24",
   source="stored copy of the voanews.com page, VOA story by Ron Corben, Bangkok (web page corpus); section label 'News / Asia', the photo caption (printed twice) and the byline omitted; the summary paragraph under the headline is kept as the lead; typos ('seveal', 'Pian Pinphut ,') and double spaces as in the copy; trailing spaces at the end of the last paragraph dropped; TRUNCATED: the quotation paragraph '\u201cNow the police with all weapons ... \"To threat...' breaks off and was left out; date from the photo caption (rally 'Saturday, Nov. 24, 2012')"),
 "004": dict(url="https://www.voanews.com/a/a-13-2007-02-16-voa26/331813.html",
   title="Liberian President Promises Results From US Aid", publishedOn="2007-02-16",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; complete as stored; date from the URL (news conference 'Friday', 16 Feb. 2007)"),
 "005": dict(url="https://voa.pangea-cms.com/preview/en-US/a/tanzania-ruling-party-faces-challenge-in-vote/3020213.html",
   title=None, publishedOn="2015-10-23",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 3020213 (web page corpus); the stored copy has no headline (URL slug 'tanzania-ruling-party-faces-challenge-in-vote'), so the body starts with the lead; its paragraphs are separated by single line breaks in the copy; the subheading 'Change' is kept as a paragraph; mixed curly/straight quotation marks as in the copy; TRUNCATED: the quotation paragraph '\u201cSome of the young people who complain the most ... we have picked a candidat...' breaks off and was left out; date ESTIMATED (no date on the copy: Tanzanians 'go to the polls Sunday', i.e. 25 Oct. 2015; 23 Oct. 2015 (Friday) is an estimate and may be off by a few days)"),
 "006": dict(url="https://www.voanews.com/a/a-13-2007-10-09-voa42-66517772/553387.html",
   title="Sudanese Rebel Leader Demands Stability Before Negotiations", publishedOn="2007-10-09",
   source="stored copy of the voanews.com page, VOA story by Nick Wadhams, Nairobi (web page corpus); navigation ('Accessibility links', 'Breaking News', 'News') omitted; TRUNCATED: the paragraph 'There had been some hope of a resolution after rebels agreed to the talks and ...' breaks off and was left out; date from the URL"),
 "007": dict(url="https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2020%2FMar%2F10%2Fcfc15e4d-e12f-4778-b87a-7aaa68215784",
   title="Attack in Cameroon by Anglophone Separatists Sows Panic", publishedOn="2020-03-10",
   source="stored copy of a third-party reproduction of a VOA story by Moki Edwin Kindzeka (a gopher feed of VOA headlines seen through a web proxy; web page corpus); the feed's notice ('Originally posted by the Voice of America. ... in the public domain.') and the byline omitted; the copy is hard-wrapped with a three-space indent: wrapped lines were joined with single spaces; TRUNCATED: the paragraph 'Daniel Eyoum, the most senior government official in Galim, ... English-speak...' breaks off and was left out; date from the feed path (2020/Mar/10); the voanews.com original was not found"),
 "008": dict(url="https://voa.pangea-cms.com/preview/en-US/a/us-house-passes-budget-senate-next/3836771.html",
   title="US House Passes Budget; Senate Next", publishedOn="2017-05-03",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 3836771 (web page corpus); navigation and section label ('USA') and the photo caption (printed twice) omitted; 'Trump's promised' as in the copy; TRUNCATED: the paragraph 'The U.S. government ha...' breaks off and was left out; date INFERRED (no date on the copy: the House vote of 3 May 2017 (309-118) on the spending bill, Trump spoke 'Tuesday', 2 May)"),
 "009": dict(url="https://learningenglish.voanews.com/a/honduran-migrant-caravan-heading-to-mexico-the-united-states/4614707.html",
   title="Honduran Migrant Caravan Heading to Mexico, the United States", publishedOn="2018-10-16",
   source="stored copy of the VOA Learning English page (web page corpus); navigation, photo caption, repeated headline and audio-player notice omitted; TRUNCATED: the paragraph 'But his threat does not mean much to people who are already extremely poor and who want...' breaks off and was left out; date ESTIMATED (no date on the copy: the caravan left San Pedro Sula on 13 Oct. 2018 and had grown to about 1,700 people; Trump's threat to cut aid was made on 16 Oct. 2018; may be off by a day or two)"),
}

S = {}
S["001"] = [
 ("samuel", "Samuel, one of the demonstrators", "DIRECT", "I came here to support what Voice of America [is] doing,", "said",
   N(note="the slogans on placards and banners in the previous paragraph ('read \u201c...\u201d', 'Yet another said, \u201c...\u201d') are not annotated: signs carried by unnamed demonstrators, no speaker act. The reporter's bracketed insertions are kept")),
 ("samuel", "Samuel, one of the demonstrators", "DIRECT", "As you know, [the] Ethiopian Government [has] shut down all free press. So the only press in Ethiopia is broadcasting from [the] USA, Voice of America, so we" + R + "re supporting for [the] free press.", "said",
   N(note="second span of an interrupted quote")),
 ("efpd", "A Washington-based organizing committee Ethiopians For Peace and Democracy", "INDIRECT", "the United States plays a " + Q1 + "constructive and even-handed" + Q2 + " role in discussing the current political issues in Ethiopia since the election in May", "saying",
   N(note="participial cue 'circulated a press release saying ...'; the committee is the speaker (its release is the medium); partial quote also DIRECT")),
 ("efpd", "A Washington-based organizing committee Ethiopians For Peace and Democracy", "DIRECT", "constructive and even-handed", "saying"),
 ("efpd", "it", "INDIRECT", "the Amharic section broadcasts inaccurate and inflammatory reports", "says",
   N(note="BORDERLINE: 'it says of the three Ethiopian languages broadcast by VOA, the Amharic section ...': the prepositional phrase after the verb is left out of the reported clause. 'it' = the committee (or its press release), credited to the committee")),
 ("efpd", "The press release", "INDIRECT", "the Amharic broadcasts appear calculated to provoke discord and conflict among the diverse elements of Ethiopian society", "says",
   N(note="a document as the grammatical subject: credited to the body that issued it")),
]
S["002"] = [
 ("pakistan", "Pakistani officials", "INDIRECT", "they want to increase business with Afghanistan", "indicating",
   N(note="BORDERLINE cue: 'are indicating' (communicating, not stating); annotated. Unnamed officials of a named country are credited to the country (see SOURCES.md)")),
 ("pakistan", "The officials", "INDIRECT", "they have taken significant steps in recent years to facilitate landlocked Afghanistan" + R + "s trade", "say"),
 ("pakistan", "The officials", "INDIRECT", "the neighboring country" + R + "s opposition to regulation of cross-border flows of people and commercial goods continues to hamper expansion in bilateral trade and transport", "insist",
   N(note="second verb of the coordinated predicate 'say ..., but insist ...'")),
 ("afghanistan", "Afghan authorities", "INDIRECT", "Islamabad has not delivered on commitments to remove impediments", "accused",
   N(note="BORDERLINE: 'have long accused Pakistan of not allowing free movement ... and that Islamabad has not delivered ...': the gerund object ('of not allowing ...') is not annotated (noun/gerund objects are not statements), the coordinated that-clause is. Unnamed authorities of a named country are credited to the country")),
 ("pakistan", "Pakistani officials", "INDIRECT", "illegal trade in the guise of legitimate business is impacting the national economy", "say"),
 ("pakistan", "They", "INDIRECT", "despite challenges, the steps they have taken to facilitate trade with Afghanistan have increased container shipments between the two countries from 40,000 in 2014 to 50,000 last year", "say",
   N(note="'They' = the Pakistani officials; the fronted 'despite challenges,' is part of the reported clause")),
]
S["003"] = [
 (None, "Authorities", "INDIRECT", "more than 100 people were arrested", "said",
   N(note="unqualified 'Authorities' (police or provincial security authorities; no single named body): speaker null. The lead's 'accusing the government of corruption and mal-administration' (gerund/noun object) and 'The government fears the protests are ...' (belief) are not annotated")),
 ("thai_police", "police", "INDIRECT", "fewer than 30,000 showed up", "said",
   N(note="BORDERLINE: 'police said' credited to the police as a body (Thailand's police); a stricter reading would give null (unnamed officers)")),
 ("boonlert", "protest leader General Boonlert Kaewprasit", "INDIRECT", "police had sought to lure the protests into violence", "saying",
   N(onBehalfOf="pitak_siam", note="participial cue after 'called off the rally'; he leads the Pitak Siam group (the 'retired army general' of the previous paragraph)")),
 ("pian_pinphut", "Pian Pinphut , a rally coordinator", "INDIRECT", "several people needed treatment at nearby hospitals for tear gas inhalation", "said",
   N(onBehalfOf="pitak_siam", note="the space before the comma is in the source; his quotation in the next paragraph is cut off in the stored copy and is not part of the body")),
]
S["004"] = [
 ("sirleaf", "Liberian President Ellen Johnson Sirleaf", "INDIRECT", "Liberians will soon see more tangible results of international efforts to help the country recover from its long civil war", "says",
   N(onBehalfOf="liberia", note="the headline 'Liberian President Promises Results From US Aid' has a noun-phrase object and is not annotated")),
 ("sirleaf", "Mrs. Johnson Sirleaf", "INDIRECT", "U.S. aid has already helped to re-establish schools and return farmers to work", "said", N(onBehalfOf="liberia")),
 ("sirleaf", "she", "INDIRECT", "her administration wants to speed up the implementation of various rebuilding projects", "said", N(onBehalfOf="liberia")),
 ("sirleaf", "She", "INDIRECT", "her administration has been in office only one year", "noted", N(onBehalfOf="liberia")),
 ("sirleaf", "The president", "INDIRECT", "in the second year, Liberians will see much more", "said",
   N(onBehalfOf="liberia", note="'said, in the second year, Liberians ...': the comma-set adverbial belongs to the reported clause (as test4 004 s4)")),
 ("sirleaf", "Mrs. Johnson Sirleaf", "INDIRECT", "if the situation there escalates into conflict, refugees could start flowing into Liberia", "saying",
   N(onBehalfOf="liberia", note="'expressed concern about unrest in Guinea' (noun object) is not annotated; the participial 'saying ...' is")),
 ("sirleaf", "She", "INDIRECT", "it had prompted other countries such as Germany to do the same", "saying",
   N(onBehalfOf="liberia", note="'thanked the U.S. for canceling ...' is not a statement; the participial 'saying ...' is")),
]
S["005"] = [
 ("otieno_ogogo", "Otieno Ogogo", "INDIRECT", "he will be voting for CCM" + R + "s presidential candidate, former minister of works John Magufuli, because CCM has done a good job in recent years", "says",
   N(note="a voter, no body: no onBehalfOf")),
 ("otieno_ogogo", "he", "DIRECT", "Look at the peace around us. In many countries, it" + R + "s not like that during election period,", "noted",
   N(note="opens curly, closes straight in the source")),
 ("otieno_ogogo", "he", "DIRECT", "You see people walking around freely, doing shopping freely. And at the same time, look at the development in our city of Dar es Salaam.", "noted",
   N(note="second span of an interrupted quote (opens straight, closes curly)")),
 ("anna_lyabandi", "She", "INDIRECT", "she will be voting for former prime minister Edward Lowassa, Chadema" + R + "s presidential candidate", "says",
   N(note="'Anna Lyabandi disagrees' (no clause) and 'Anna thinks he will make improvements' (belief) are not annotated")),
 ("anna_lyabandi", "she", "DIRECT", "Well, I think we need a change, I think the ruling party has been in power for so long, and is moving very slowly, in terms of development, so I think Chadema is the party to bring change,", "said"),
 ("january_makamba", "CCM national executive committee member January Makamba", "INDIRECT", "The perception of CCM as moving slowly has been a challenge during the campaign", "says",
   N(onBehalfOf="ccm", note="clause before the verb (inverted 'says X')")),
 ("january_makamba", "he", "INDIRECT", "Tanzania has seen much progress in the past 10 years", "argues", N(onBehalfOf="ccm")),
]
S["006"] = [
 ("suleiman_jammous", "A leader with one of Darfur's biggest rebel groups", "INDIRECT", "attacks by government backed militias must cease before peace talks scheduled for later this month can take place", "says",
   N(onBehalfOf="sla", note="cataphoric unnamed leader, named in the next paragraph as Suleiman Jammous of the SLA (as test4 003 s2). The headline ('Demands Stability', noun object) and the reporter credit ('Nick Wadhams has the story ...') are not annotated")),
 ("suleiman_jammous", "The humanitarian coordinator of the rebel Sudan Liberation Army, Suleiman Jammous", "INDIRECT", "forces allied with the Sudanese government attacked the town of Muhajeria on Monday and attacks in the region continue", "says",
   N(onBehalfOf="sla")),
 ("united_nations", "the United Nations", "INDIRECT", "was razed in recent days after rebels killed 10 African Union peacekeepers nearby", "says",
   N(note="BORDERLINE: speech report inside a relative clause ('Haskanita, which the United Nations says was razed ...'); the reported clause has a gap (its subject is 'which' = Haskanita) and is annotated as the words after 'says' (as test4 002 s1)")),
 ("sla", "SLA leaders", "INDIRECT", "a Sudanese army assault by both ground and air killed at least 40 people in Muhajeria", "said",
   N(note="unnamed leaders of a named body credited to the body; 'In a statement sent to the Reuters news agency' names the medium, not a wire byline")),
 ("sla", "It", "INDIRECT", "some of those killed may have been executed", "said",
   N(note="'It' = the SLA statement; credited to the SLA")),
 ("suleiman_jammous", "Jammous", "INDIRECT", "the recent violence jeopardizes peace talks set to begin on October 27 in Tripoli, Libya", "tells", N(onBehalfOf="sla")),
 ("suleiman_jammous", "He", "INDIRECT", "the government has ignored the Comprehensive Peace Agreement and it is impossible to negotiate under such conditions", "says",
   N(onBehalfOf="sla", note="two clauses coordinated under one verb: one statement")),
 ("suleiman_jammous", "Jammous", "DIRECT", "I think the international community needs some stability in Darfur to pull the rebels to peace talks,", "said", N(onBehalfOf="sla")),
 ("suleiman_jammous", "Jammous", "DIRECT", "The government is still targeting civilians, at least burning their villages, throwing them into bush, and I do not think the government is very keen to keep even the CPA. We need some time to defend ourselves then come back for peace talks in Libya or anywhere else.", "said",
   N(onBehalfOf="sla", note="second span of an interrupted quote")),
]
S["007"] = [
 (None, "Civilians", "INDIRECT", "they are not sure the military can protect them from the wrath of the separatists as the government claims", "say",
   N(note="unnamed civilians, no body: speaker null. The embedded 'as the government claims' stays inside the clause and is not annotated separately (embedded speech, as dev3 013 s3)")),
 ("john_tatah", "47-year-old cattle feed supplier John Tatah", "INDIRECT", "since the attack took place, the village market has been closed", "says",
   N(note="speech verb in a non-restrictive relative clause ('John Tatah, who says that ...'); the fronted adverbial clause is part of the reported clause")),
 ("john_tatah", "he", "DIRECT", "Most of us that we are doing businesses, all the businesses are grounded, so we pray for a solution to this crisis,", "said"),
 ("john_tatah", "Tatah", "INDIRECT", "most businesspeople who were about to leave the village when the attack occurred, escaped to the surrounding hills and bushes and have not been seen since", "said"),
]
S["008"] = [
 ("donald_trump", "Trump", "INDIRECT", "the government " + Q1 + "needs a good " + L + "shutdown" + R + " in September" + Q2, "said",
   N(note="partial quote: the clause is INDIRECT up to the closing mark and the quoted words DIRECT; the trailing 'when lawmakers will be debating the 2018 funding plan' is the reporter's gloss and is left out. The single quotes around 'shutdown' are inside the double-quoted span")),
 ("donald_trump", "Trump", "DIRECT", "needs a good " + L + "shutdown" + R + " in September", "said",
   N(ctx=Q1 + "needs a good " + L + "shutdown" + R + " in September" + Q2)),
 ("donald_trump", "Trump", "INDIRECT", "the reason that Republicans could not prevail on all of his priorities in the trillion-dollar budget plan that pays for government spending through Sept. 30 " + Q1 + "is that we need 60 votes in the Senate which are not there!" + Q2, "said",
   N(note="'In a Twitter comment, Trump blamed the result ... on lawmaking rules' (blame X on Y, noun objects) is not annotated; partial quote: the predicate of the reported clause is quoted")),
 ("donald_trump", "Trump", "DIRECT", "is that we need 60 votes in the Senate which are not there!", "said"),
 ("donald_trump", "The president", "INDIRECT", "his party " + Q1 + "either needs to elect more Republican Senators in 2018 or change the rules now to 51 percent. Our country needs a good " + L + "shutdown" + R + " in September to fix mess!" + Q2, "said",
   N(note="partial quote that runs on into a second sentence; the whole is one statement")),
 ("donald_trump", "The president", "DIRECT", "either needs to elect more Republican Senators in 2018 or change the rules now to 51 percent. Our country needs a good " + L + "shutdown" + R + " in September to fix mess!", "said"),
]
S["009"] = [
 ("bartolo_fuentes", "He", "INDIRECT", "the migrants are fleeing poverty and violence back home", "told",
   N(note="'He' = Bartolo Fuentes, organizer of the march (previous sentence); 'told the Reuters news agency' names the addressee, not a wire byline. The following sentences ('San Pedro Sula has one of the highest murder rates ...') have no speech verb and are not annotated")),
 ("associated_press", "The Associated Press", "INDIRECT", "some families arrived with babies", "reports",
   N(note="a news agency as source: credited to the agency")),
 ("mike_pence", "Pence", "DIRECT", "Tell your people: Don't put your families at risk by taking the dangerous journey north to attempt to enter the United States illegally.", "said",
   N(onBehalfOf="united_states", note="opens straight, closes curly in the source. 'recently told the presidents ... to put an end to the mass migrations' (request with an infinitive) and 'Trump has threatened to stop giving aid' (infinitive) are not annotated")),
]

A = actor
ACTORS = [
 A("samuel", "PERSON", "Samuel"),
 A("efpd", "ORGANIZATION", "Ethiopians For Peace and Democracy", "Ethiopians for Peace and Democracy"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA"),
 A("pakistan", "COUNTRY", "Pakistan", "Islamabad"),
 A("afghanistan", "COUNTRY", "Afghanistan", "Kabul"),
 A("thai_police", "GOVERNMENT", "Royal Thai Police", "Thai police", "police"),
 A("pitak_siam", "ORGANIZATION", "Pitak Siam", "Protect Thailand"),
 A("boonlert", "PERSON", "Boonlert Kaewprasit", "General Boonlert Kaewprasit"),
 A("pian_pinphut", "PERSON", "Pian Pinphut", "Pinphut"),
 A("yingluck", "PERSON", "Yingluck Shinawatra"),
 A("sirleaf", "PERSON", "Ellen Johnson Sirleaf", "Johnson Sirleaf", "Mrs. Johnson Sirleaf"),
 A("liberia", "COUNTRY", "Liberia"),
 A("otieno_ogogo", "PERSON", "Otieno Ogogo"),
 A("anna_lyabandi", "PERSON", "Anna Lyabandi", "Anna"),
 A("january_makamba", "PERSON", "January Makamba", "Makamba"),
 A("ccm", "ORGANIZATION", "Chama Cha Mapinduzi", "CCM"),
 A("chadema", "ORGANIZATION", "Chadema"),
 A("john_magufuli", "PERSON", "John Magufuli", "Magufuli"),
 A("edward_lowassa", "PERSON", "Edward Lowassa", "Lowassa"),
 A("suleiman_jammous", "PERSON", "Suleiman Jammous", "Jammous"),
 A("sla", "ORGANIZATION", "Sudan Liberation Army", "SLA"),
 A("minni_minawi", "PERSON", "Minni Minawi"),
 A("united_nations", "ORGANIZATION", "United Nations", "UN", "U.N."),
 A("sudan_government", "GOVERNMENT", "Sudanese government", "Government of Sudan"),
 A("john_tatah", "PERSON", "John Tatah", "Tatah"),
 A("alima_matembompo", "PERSON", "Alima Matembompo"),
 A("cameroon_government", "GOVERNMENT", "Government of Cameroon", "Cameroonian government"),
 A("donald_trump", "PERSON", "Donald Trump", "Trump", "President Donald Trump"),
 A("us_house", "GOVERNMENT", "U.S. House of Representatives", "House of Representatives", "US House"),
 A("us_senate", "GOVERNMENT", "U.S. Senate", "Senate"),
 A("bartolo_fuentes", "PERSON", "Bartolo Fuentes", "Fuentes"),
 A("associated_press", "ORGANIZATION", "Associated Press", "AP"),
 A("reuters", "ORGANIZATION", "Reuters", "Reuters news agency"),
 A("mike_pence", "PERSON", "Mike Pence", "Pence"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
