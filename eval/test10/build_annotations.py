#!/usr/bin/env python3
"""Hand annotations of the test10 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="http://www.voabangla.com/a/a-16-2010-04-07-voa5-94464894/1399977.html",
   title="At Least 12 Dead in Kyrgyz Opposition Protests", publishedOn="2010-04-07",
   source="stored copy of the English VOA News story as carried on voabangla.com (VOA Bangla), article 1399977 (web page corpus); the Bengali 'Accessibility links' label and the size widget omitted; complete as stored; date from the URL (2010-04-07). The text says the 12 'may have been killed Tuesday' but describes Wednesday's shooting: kept as in the source"),
 "002": dict(url="https://voa.pangea-cms.com/preview/en-US/a/kerry-israel-palestinians-peace-talks/1728551.html",
   title="Kerry: Israeli Settlements Should Not Derail Peace Talks", publishedOn="2013-08-12",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1728551 (web page corpus); navigation, the photo caption (printed twice) and the 'VOA News' byline box omitted; complete as stored; date from the caption (Bogota, Aug. 12, 2013) and 'on Monday'. 'ahead the talks' is as in the source"),
 "003": dict(url="http://www.voanews.com/content/un-israeli-settlement-construction-imperils-peace-process/1793686.html",
   title="UN: Israeli Settlement Construction Imperils Peace Process", publishedOn="2013-11-26",
   source="stored copy of the voanews.com page, article 1793686 (web page corpus); navigation, the caption 'FILE - Jeffrey Feltman' (printed twice) and the 'VOA News' byline box omitted; complete as stored; date INFERRED: Feltman spoke to the Security Council 'Tuesday', after the E1 housing announcements 'earlier this month' (November 2013) and Netanyahu's freeze; the article id fits late November 2013; 26 Nov. 2013 was a Tuesday, may be off by a week"),
 "004": dict(url="https://voa.pangea-cms.com/preview/en-US/a/colombia-resumes-peace-talks-with-farc/1736490.html",
   title="Colombia Resumes Peace Talks with FARC", publishedOn="2013-08-25",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1736490 (web page corpus); navigation, the photo caption (printed twice) and the 'VOA News' byline box omitted; complete as stored; the typo 'sais' (twice) and the mixed 'De la Calle'/'De La Calle' are as in the source; date INFERRED: the caption dates the suspension to Friday 23 Aug. 2013, the talks 're-open Monday' and De la Calle speaks of returning 'tomorrow', so Sunday 25 Aug. 2013"),
 "005": dict(url="https://www.voanews.com/a/a-13-2005-12-05-voa34-67520082/284276.html",
   title="OSCE: Kazakh Election Flawed", publishedOn="2005-12-05",
   source="stored copy of the voanews.com page, article 284276 (web page corpus); navigation omitted; TRUNCATED: the paragraph 'Previous elections in Kazakhstan have been marred ... the observers say Kazakhstan also fell short, acco...' breaks off and was left out; date from the URL; 'opposition candidates ability' (no apostrophe) is as in the source"),
 "006": dict(url="http://www.voanews.com/content/eu-considering-further-sanctions-against-russia/1875201.html",
   title="Obama Expands Sanctions Against Russia", publishedOn="2014-03-20",
   source="stored copy of the voanews.com page, article 1875201 (web page corpus; the URL slug is that of an earlier version of the story); the section label 'News / Europe', the photo caption (printed twice), the 'VOA News' byline and an embedded video box ('Obama Announces Expansion of Sanctions Against Russia ... VIDEO: President Obama's statement (Click to enlarge)') omitted; TRUNCATED: the paragraph 'In Brussels, meanwhile, European Union leaders added 12 peop...' breaks off and was left out; date from the caption (March 20, 2014) and 'on Thursday'. The quotation closed by two apostrophes (\"...Ukraine,'') is as in the source"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "Witnesses and police reports from Bishkek", "INDIRECT", "as many as 12 people may have been killed Tuesday", "say",
   N(note="unnamed witnesses plus police reports (no named body as speaker): null. The concessive 'although the figure could not be confirmed' is the reporter's and is left out. 'has declared a state of emergency' in the lead has a noun-phrase object and is not annotated")),
 (None, "Witnesses", "INDIRECT", "police first used tear gas and stun grenades Wednesday before opening fire to disperse thousands of demonstrators in Bishkek", "say",
   N(note="unnamed witnesses: null. 'Protesters demanding the resignation of ...' (noun-phrase object) is not annotated")),
 (None, "activists", "INDIRECT", "are repressive policies of President Bakiyev", "say",
   N(ctx="what activists say are repressive policies of President Bakiyev", note="BORDERLINE: speech report in a free relative ('what activists say are ...'), annotated like test4 002 s1 as the words after the verb (a clause with a gap); unnamed activists: null. An extractor that skips it is defensible")),
 (None, "witnesses", "INDIRECT", "demonstrators tried to storm the local police headquarters Wednesday, a day after hundreds of protesters clashed with police", "say",
   N(note="clause after a fronted adverbial ('In Talas, witnesses say ...'); the time adjunct 'a day after ...' belongs to the clause and is kept")),
 ("kyrgyzstan", "Kyrgyz officials", "INDIRECT", "at least 85 police officers were injured in Tuesday's clashes in Talas", "say",
   N(note="BORDERLINE: unnamed officials of a named country credited to the country (as test9 002 'Pakistani officials' and test3 004 'U.S. officials'); some sets leave such statements null")),
 ("daniyar_usenov", "Prime Minister Daniyar Usenov", "DIRECT", "bandits", "called",
   N(onBehalfOf="kyrgyzstan", note="quoted word after 'call' is the speaker's word (dev3 convention for 'call'/'term')")),
 ("us_embassy_kyrgyzstan", "The U.S. embassy in Kyrgyzstan", "INDIRECT", "it was deeply concerned by the unrest", "said",
   N(note="the coordinated 'and urged all parties to engage in talks ...' is a request with an infinitive and is not annotated (test4 convention)")),
]
S["002"] = [
 ("john_kerry", "Kerry", "INDIRECT", "Israeli Settlements Should Not Derail Peace Talks", ":",
   N(onBehalfOf="us_state_department", note="colon headline (dev3/test4 convention)")),
 ("john_kerry", "U.S. Secretary of State John Kerry", "INDIRECT", "new Israeli settlement activity should not derail peace talks with the Palestinians", "says",
   N(onBehalfOf="us_state_department")),
 ("john_kerry", "Kerry", "DIRECT", "the United States of America views all of the settlements as illegitimate.", "said",
   N(onBehalfOf="us_state_department", note="whole-clause quotation after 'said ... that': annotated once, as DIRECT (dev3 convention)")),
 ("john_kerry", "he", "INDIRECT", "the issue of settlements is best resolved by solving the problems of security and borders during talks", "added",
   N(onBehalfOf="us_state_department", note="'he' = Kerry")),
 ("palestinian_authority", "Palestinian officials", "INDIRECT", "the move is an attempt to undermine the peace process", "say",
   N(note="BORDERLINE: unnamed Palestinian officials credited to the Palestinian Authority, the body they speak for; a strict reading of 'no named body' would give null")),
 ("israeli_government", "An Israeli government spokesman", "INDIRECT", "the new homes will be in areas Israel will likely keep in any peace deal", "says",
   N(note="unnamed spokesman of a named body: credited to the body. 'Israel agreed to free 104 inmates' (infinitive) and 'Opponents of the prisoner release call it a reward for terrorism' (unquoted 'call' + noun phrase) are not annotated")),
]
S["003"] = [
 ("united_nations", "UN", "INDIRECT", "Israeli Settlement Construction Imperils Peace Process", ":",
   N(note="colon headline")),
 ("united_nations", "The United Nations", "INDIRECT", "chances for a negotiated two-state deal ending the decades-long Israeli-Palestinian conflict may be \"irreparably damaged\" unless Israel stops new settlement construction in the occupied West Bank", "says",
   N(note="partial quote inside reported speech: the clause is INDIRECT (closing mark included), the quoted words DIRECT")),
 ("united_nations", "The United Nations", "DIRECT", "irreparably damaged", "says",
   N(note="credited to the body the sentence names; the words are presumably Feltman's (next paragraph)")),
 ("jeffrey_feltman", "He", "INDIRECT", "Israeli and Palestinian envoys have made some progress \"toward narrowing their differences\" during ongoing talks", "told",
   N(onBehalfOf="united_nations", note="'He' = U.N. political chief Jeffrey Feltman (previous sentence); partial quote")),
 ("jeffrey_feltman", "He", "DIRECT", "toward narrowing their differences", "told", N(onBehalfOf="united_nations")),
 ("jeffrey_feltman", "Feltman", "DIRECT", "strains", "cited",
   N(onBehalfOf="united_nations", note="BORDERLINE: a quoted word as the object of 'cited' ('cited \"strains\" triggered by ...'), treated like quoted words after 'call' (dev3): his word, DIRECT. Could be read as a scare quote")),
 ("jeffrey_feltman", "Feltman", "DIRECT", "the consequences of failure [in the ongoing talks] would be dire for Israelis and Palestinians alike.", "said",
   N(onBehalfOf="united_nations", note="whole-clause quotation after 'said' (no 'that'): DIRECT only (dev3 convention); the reporter's bracketed insertion is kept. 'Feltman faulted a series of Israeli announcements ...' (noun-phrase object) in the next paragraph is not annotated")),
 (None, "Palestinians", "INDIRECT", "the construction would close one of the last open spaces between East Jerusalem and the West Bank", "say",
   N(note="BORDERLINE: 'Palestinians' as a people, no named body: null (one could credit the Palestinian side's officials)")),
 ("jeffrey_feltman", "Feltman", "INDIRECT", "U.N. Secretary-General Ban Ki-moon expects the Israeli government to make the housing freeze permanent", "said",
   N(onBehalfOf="united_nations", note="Feltman reports Ban's expectation; the embedded report is not annotated separately. 'promising to carry on those negotiations' (infinitive) and 'rejects those settlements as illegal' (noun phrase) are not annotated")),
]
S["004"] = [
 ("colombia", "Colombia", "INDIRECT", "it will resume peace talks with the Revolutionary Armed Forces of Colombia, or FARC", "says",
   N(note="the country speaking as a whole (through its government)")),
 ("humberto_de_la_calle", "Colombian government lead negotiator Humberto De la Calle", "INDIRECT", "the talks with the rebels will re-open Monday in Havana", "said",
   N(onBehalfOf="colombia")),
 ("humberto_de_la_calle", "De La Calle", "DIRECT", "After a meeting, it was carefully noted that the FARC had made the decision to return on Monday at half past eight in the morning to the talks table to continue deliberations as normal,", "sais",
   N(onBehalfOf="colombia", note="cue as written (typo 'sais' for 'says'); the impersonal 'it was carefully noted that' inside the quotation is not a separate statement")),
 ("humberto_de_la_calle", "De La Calle", "DIRECT", "Because of that, after noting it, the president has instructed us on the decision to return tomorrow to Havana to continue talks on a search for an end to the conflict.", "sais",
   N(onBehalfOf="colombia", note="second span of an interrupted quote")),
 ("farc", "FARC", "INDIRECT", "it would need time to study the government's draft bill that would require any peace deal with the guerrillas to be put to a popular vote", "said",
   N(note="speech report inside a temporal clause ('were suspended Friday when FARC said ...')")),
 ("humberto_de_la_calle", "De la Calle", "INDIRECT", "it should be the Colombian people who make the final decision on the agreements reached from the talks", "saying",
   N(onBehalfOf="colombia", note="participial cue; 'defended the referendum' (noun phrase) is not annotated")),
 ("humberto_de_la_calle", "He", "INDIRECT", "FARC has acknowledged the pain suffered by their victims and the need for reparations", "said",
   N(onBehalfOf="colombia", note="'He' = De la Calle; 'said however, that' as in the source; the embedded 'FARC has acknowledged' (noun-phrase object) is not annotated separately")),
 ("humberto_de_la_calle", "De La Calle", "DIRECT", "(The FARC have) acknowledged how they have caused pain in Colombia and there is an attitude (meaning an openness) for reparations to victims. That is an issue that is very important for us,", "sais",
   N(onBehalfOf="colombia", note="the parenthesised words are the reporter's/translator's insertions and are kept, like bracketed insertions")),
 ("humberto_de_la_calle", "De La Calle", "DIRECT", "And therefore, after all these considerations, we will return to Havana", "sais",
   N(onBehalfOf="colombia", note="second span of an interrupted quote; the full stop stands outside the closing mark in the source")),
]
S["005"] = [
 ("osce", "OSCE", "INDIRECT", "Kazakh Election Flawed", ":",
   N(note="colon headline. In the lead, 'has characterized Sunday's presidential vote as flawed' (noun phrase + as-predicate) is not annotated")),
 ("kazakhstan_cec", "The Central Election Commission", "INDIRECT", "incumbent President Nursultan Nazarbayev has been re-elected by an overwhelming 91 percent of the vote", "announced"),
 ("bruce_george", "The president of the OSCE's Parliamentary Assembly, Bruce George", "INDIRECT", "it gave him no joy to report that despite some improvements during the pre-election campaign, Kazakhstan's presidential elections did not meet a number of OSCE and Western standards for democratic elections", "told",
   N(onBehalfOf="osce_pa", note="BORDERLINE: the reported clause contains a second speech verb ('it gave him no joy to report that ...'); annotated once, the whole clause after 'told reporters', as dev3 does for embedded speech")),
 ("bruce_george", "Mr. George", "INDIRECT", "the vote was marred by three significant shortcomings", "says",
   N(onBehalfOf="osce_pa", note="'Namely,' before the attribution is not part of the clause")),
 ("bruce_george", "Mr. George", "DIRECT", "There was an overall media bias in favor of the incumbent and legal restrictions on freedom of expression and dissemination of information, which diminished the possibility for electors to make a fully informed choice,", "said",
   N(onBehalfOf="osce_pa")),
 ("bruce_george", "Mr. George", "DIRECT", "There were restrictions on the opposition candidates ability to campaign freely and there was harassment, some intimidation, and detention of campaign staff and supporters of opposition candidates.", "said",
   N(onBehalfOf="osce_pa", note="second span of an interrupted quote")),
 ("bruce_george", "Mr. George", "INDIRECT", "there also was evidence of faculty leaders exerting pressure on students and doctors, among others, to vote in favor of one of the candidates", "says",
   N(onBehalfOf="osce_pa")),
]
S["006"] = [
 ("barack_obama", "Obama", "INDIRECT", "the U.S. will impose more sanctions on Russian government officials, including individuals tied to Russia's Crimea efforts, and Bank Rossiya, which handles financial transactions for many in the Russian leadership elite", "said",
   N(onBehalfOf="united_states", note="the relative clause 'which handles ...' (probably the reporter's gloss) is inside the clause and is kept (test4 convention). The lead's 'announced ... a series of expanded sanctions' (noun phrase) is not annotated")),
 ("barack_obama", "Obama", "DIRECT", "Russia must know that further escalation will only isolate it further from the international community,", "said",
   N(onBehalfOf="united_states")),
 ("barack_obama", "Obama", "INDIRECT", "sanctions will possibly be expanded to impact more areas of the Russian economy", "adding",
   N(onBehalfOf="united_states", note="participial cue after the quotation's attribution")),
 ("barack_obama", "Obama", "DIRECT", "dangerous risks of escalation, including threats", "citing",
   N(onBehalfOf="united_states", note="quoted words as the object of 'citing' (treated like quoted words after 'call'). NOT ANNOTATED in this sentence: the quotation \"Over the last several days, we've continued to be deeply concerned by events in Ukraine,'' is Obama's words (cue 'said') but is closed by two apostrophes, which check.py does not accept as a closing mark (as dev3 015's unclosed quote); an extractor may legitimately find it. 'citing what he called an illegal referendum ...' (unquoted) and 'He cited threats ...' (noun phrase) are not annotated")),
 ("barack_obama", "Obama", "DIRECT", "These are all choices that the Russian government has made, choices that have been rejected by the international community as well as the government of Ukraine,", "added",
   N(onBehalfOf="united_states")),
 ("united_states", "it", "INDIRECT", "were involved with the Crimean annexation", "said",
   N(ctx="it said were involved with the Crimean annexation", note="BORDERLINE: speech report in a relative clause with a gap ('eleven people, including seven Russians, it said were involved ...'), as test4 002 s1; 'it' = 'Washington' (the US government), credited to the United States")),
]

A = actor
ACTORS = [
 A("kyrgyzstan", "COUNTRY", "Kyrgyzstan", "Kyrgyz", "Kyrgyz government", "Kyrgyz officials"),
 A("daniyar_usenov", "PERSON", "Daniyar Usenov", "Usenov", "Prime Minister Daniyar Usenov"),
 A("kurmanbek_bakiyev", "PERSON", "Kurmanbek Bakiyev", "Bakiyev", "President Kurmanbek Bakiyev"),
 A("us_embassy_kyrgyzstan", "GOVERNMENT", "U.S. Embassy in Kyrgyzstan", "U.S. embassy in Kyrgyzstan", "U.S. embassy", "US Embassy Bishkek"),
 A("almazbek_atambayev", "PERSON", "Almazbek Atambayev", "Atambayev"),
 A("omurbek_tekebayev", "PERSON", "Omurbek Tekebayev", "Tekebayev"),
 A("temir_sariyev", "PERSON", "Temir Sariyev", "Sariyev"),
 A("john_kerry", "PERSON", "John Kerry", "Kerry", "Secretary of State John Kerry"),
 A("us_state_department", "GOVERNMENT", "U.S. Department of State", "State Department", "US State Department"),
 A("palestinian_authority", "GOVERNMENT", "Palestinian Authority", "PA", "Palestinian officials"),
 A("israeli_government", "GOVERNMENT", "Israeli government", "Government of Israel", "Israel"),
 A("martin_indyk", "PERSON", "Martin Indyk", "Indyk"),
 A("united_nations", "ORGANIZATION", "United Nations", "UN", "U.N."),
 A("jeffrey_feltman", "PERSON", "Jeffrey Feltman", "Feltman", "U.N. political chief Jeffrey Feltman"),
 A("ban_ki_moon", "PERSON", "Ban Ki-moon", "Ban", "U.N. Secretary-General Ban Ki-moon"),
 A("un_security_council", "ORGANIZATION", "United Nations Security Council", "U.N. Security Council", "UN Security Council", "Security Council"),
 A("benjamin_netanyahu", "PERSON", "Benjamin Netanyahu", "Netanyahu"),
 A("colombia", "COUNTRY", "Colombia", "Colombian government"),
 A("humberto_de_la_calle", "PERSON", "Humberto De la Calle", "De la Calle", "De La Calle", "Humberto de la Calle"),
 A("farc", "ORGANIZATION", "Revolutionary Armed Forces of Colombia", "FARC", "the FARC"),
 A("osce", "ORGANIZATION", "Organization for Security and Cooperation in Europe", "OSCE"),
 A("osce_pa", "ORGANIZATION", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the OSCE", "OSCE's Parliamentary Assembly"),
 A("bruce_george", "PERSON", "Bruce George", "Mr. George", "George"),
 A("kazakhstan_cec", "GOVERNMENT", "Central Election Commission (Kazakhstan)", "Central Election Commission", "CEC"),
 A("nursultan_nazarbayev", "PERSON", "Nursultan Nazarbayev", "Nazarbayev", "President Nursultan Nazarbayev"),
 A("barack_obama", "PERSON", "Barack Obama", "Obama", "President Barack Obama"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US", "Washington", "United States of America"),
 A("russia", "COUNTRY", "Russia", "Russian government", "Russian Federation"),
 A("bank_rossiya", "COMPANY", "Bank Rossiya", "Rossiya"),
 A("european_union", "ORGANIZATION", "European Union", "EU"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
