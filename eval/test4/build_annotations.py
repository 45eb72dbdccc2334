#!/usr/bin/env python3
"""Hand annotations of the test4 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test3/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)
Q1, Q2 = "\u201c", "\u201d"

ART = {
 "001": dict(url="https://voa.pangea-cms.com/preview/en-US/a/verdict-date-set-in-cambodias-un-backed-khmer-rouge-trial/1925405.html",
   title=None, publishedOn="2014-05-15",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1925405 (web page corpus); the stored copy has no headline (URL slug 'verdict-date-set-in-cambodias-un-backed-khmer-rouge-trial'), so the body starts with the lead; the dateline 'PHNOM PENH \u2014', on its own line in the copy, is joined to the lead with one space; TRUNCATED: the paragraph 'Former Khmer Rouge prison chief Kaing Guek Eav, better kn...' breaks off and was left out; date ESTIMATED (no date on the copy: officials spoke 'Thursday' about the 7 Aug. 2014 verdict; the article id lies between 1851426 (Feb. 2014) and 1969628 (July 2014); 15 May 2014 was a Thursday; may be off by weeks)"),
 "002": dict(url="https://www.voacambodia.com/a/a-40-2009-10-14-voa4-90171122/1355935.html",
   title="Hundreds of Factory Workers Faint on Job", publishedOn="2009-10-14",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation ('Accessibility links', 'Breaking News') omitted; TRUNCATED: the paragraph 'Pok Vanthat, director of t...' breaks off and was left out; the spellings 'Chhuon Malay'/'Chuon Malay' and 'Sem Sokunthea'/'Sem Sokhunthea' are as in the source; date from the URL"),
 "003": dict(url="https://www.voacambodia.com/a/a-40-2008-07-29-voa4-90167052/1356813.html",
   title="No Re-Vote Likely: Election Official", publishedOn="2008-07-29",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation omitted; complete as stored; date from the URL (the official spoke 'Monday', 28 July 2008)"),
 "004": dict(url="http://testbig.com/voa/african-athletes-win-40-olympic-medals",
   title="African Athletes Win 40 Olympic Medals", publishedOn="2008-08-24",
   source="stored copy of a third-party reproduction (testbig.com) of a VOA story by Scott Bobb, Beijing (web page corpus; the voanews.com original was not found, as for eval/test 003); the 'Reading audio' widget and the date line '24 August 2008' omitted; TRUNCATED: the paragraph 'He noted that the football team was undefeated ... four-by-100-mete...' breaks off and was left out; date from the date line"),
 "005": dict(url="https://khmer.voanews.com/a/biased-policies-jeopardizing-july-election-opposition-says/1590999.html",
   title=None, publishedOn="2013-02-14",
   source="stored copy of the khmer.voanews.com (VOA Khmer, English) page (web page corpus); the stored copy has no headline (URL slug 'biased-policies-jeopardizing-july-election-opposition-says'), so the body starts with the lead and its dateline 'WASHINGTON DC - '; TRUNCATED: the paragraph 'The Rescue Party will train monitors to help prevent fraud and misconduct during the p...' breaks off and was left out; date ESTIMATED (no date on the copy: Yim Sovann spoke 'Thursday' before the 28 July 2013 election, while the opposition parties were still to merge; the article id lies between 1553657 (Nov. 2012) and 1658497 (May 2013); could be off by weeks)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("eccc", "Officials at the U.N.-backed Khmer Rouge tribunal", "INDIRECT", "they will announce a verdict in August in the atrocity crimes trial against former leaders Nuon Chea and Khieu Samphan", "say",
   N(note="unnamed officials of a named body (the tribunal) are credited to the body")),
 ("eccc", "officials", "INDIRECT", "they would pronounce a judgment for the first phase on Aug. 7", "said",
   N(note="'officials' refers back to the officials at the tribunal (previous sentence): credited to the body. The next sentence ('That phase focused mainly on ...') has no speech verb and is not annotated")),
 ("neth_pheaktra", "Tribunal spokesman Neth Pheaktra", "INDIRECT", "the verdict is expected to bring justice for all parties involved", "said", N(onBehalfOf="eccc")),
 ("neth_pheaktra", "Tribunal spokesman Neth Pheaktra", "DIRECT", "The day of issuing the verdict is the day the justice will be given to all parties, the victims who have been waiting for justice for so long and the detained accused who want the verdict to be issued soon so that they know whether or not they will be convicted for the crimes.", "said",
   N(onBehalfOf="eccc", note="a quotation paragraph with no attribution of its own, following 'Tribunal spokesman Neth Pheaktra said ...': credited to him, with the cue of that sentence")),
 ("sum_rithy", "Sum Rithy, a Khmer Rouge survivor and civil party complainant", "INDIRECT", "the decision will be " + Q1 + "crucial" + Q2 + " for victims", "told",
   N(note="partial quote inside reported speech: the clause is INDIRECT and the quoted word DIRECT")),
 ("sum_rithy", "Sum Rithy, a Khmer Rouge survivor and civil party complainant", "DIRECT", "crucial", "told"),
 ("sum_rithy", "he", "DIRECT", "It is important for victims because convicting both [the] detained [and] accused according to national and international laws means to bring justice to the victims,", "said",
   N(note="opening curly, closing straight mark in the source; the bracketed insertions are the reporter's and are kept")),
 ("sum_rithy", "he", "DIRECT", "For more than 30 years, the victims have been waiting for justice from the crimes committed by Khmer Rouge regime.", "said",
   N(note="second span of an interrupted quote (opening straight, closing curly mark)")),
 ("kong_som_on", "Kong Som On, a lawyer for Khieu Samphan", "INDIRECT", "his client should not be convicted", "said",
   N(onBehalfOf="khieu_samphan", note="a defence lawyer speaking for his client: onBehalfOf the client")),
 ("kong_som_on", "he", "DIRECT", "Based on statements by Khieu Samphan and his lawyers, Khieu Samphan is not guilty,", "said", N(onBehalfOf="khieu_samphan")),
 ("kong_som_on", "he", "DIRECT", "The accusation of co-prosecutors is based on insufficient evidence on the responsibility of Khieu Samphan for any crimes. Therefore, Khieu Samphan should not be guilty.", "said",
   N(onBehalfOf="khieu_samphan", note="second span of an interrupted quote")),
]
S["002"] = [
 ("chhuon_malay", "she", "INDIRECT", "she can rarely afford", "said",
   N(ctx="a luxury she said she can rarely afford", note="BORDERLINE: a speech report inside a relative clause ('a luxury she said she can rarely afford'); the reported clause has a gap (its object is 'a luxury') and is annotated as the words after 'said'. 'she' = Chhuon Malay")),
 ("chhuon_malay", "she", "DIRECT", "My health used to be strong, but at that time I fainted unexpectedly,", "told"),
 ("chhuon_malay", "she", "DIRECT", "I am afraid that my health would be weak in the future.", "told",
   N(note="second span of an interrupted quote")),
 (None, "a leading union representative", "INDIRECT", "The mass fainting" + "\u2014caused apparently by noxious fumigation chemicals\u2014" + "underscores an ongoing problem in Cambodia\u2019s factories", "said",
   N(note="clause before the verb; an unnamed union representative of no named union: speaker null. The dashed aside is inside the clause and is kept. The next sentence ('As many as 30,000 workers ...') has no speech verb and is not annotated")),
 ("chhuon_malay", "she", "DIRECT", "I\u2019m still tired until now,", "said",
   N(note="'she' = Chuon Malay (spelled so in the previous paragraph; 'Chhuon Malay' earlier)")),
 (None, "dozens of workers", "INDIRECT", "they were still too ill to work", "claiming",
   N(note="participial speech verb ('claiming') with a clause; unnamed workers: speaker null")),
 ("sem_sokunthea", "Willbes human resource manager Sem Sokunthea", "INDIRECT", "the factory allowed ill workers a day off on Wednesday without a dock in pay, after doctors confirmed their ill health", "said",
   N(onBehalfOf="willbes")),
 ("sem_sokunthea", "Sem Sokhunthea", "DIRECT", "We regret that unexpected event,", "said",
   N(onBehalfOf="willbes", note="spelled 'Sem Sokhunthea' here, 'Sem Sokunthea' in the previous paragraph: the same person")),
 ("sem_sokunthea", "Sem Sokhunthea", "DIRECT", "We also regret that our company lost a lot.", "said",
   N(onBehalfOf="willbes", note="second span of an interrupted quote")),
 ("sem_sokunthea", "she", "INDIRECT", "The fainting spell cost the factory thousands of dollars in lost production and wages, as well as medical treatment", "said",
   N(onBehalfOf="willbes", note="clause before the verb; 'she' = Sem Sokunthea")),
 ("sem_sokunthea", "she", "INDIRECT", "The factory had employed an unnamed company to fumigate two weeks ago", "said",
   N(onBehalfOf="willbes", note="BORDERLINE: the reported clause is interrupted by ', she said,' and continues with ', to prevent insects from damaging clothes'; only the span before the attribution is annotated (the continuation is a purpose phrase, not a clause of its own)")),
]
S["003"] = [
 ("heu_rong", "Election Official", "INDIRECT", "No Re-Vote Likely", ":",
   N(onBehalfOf="nec", note="colon headline; the election official is Heu Rong of the National Election Committee (named in the second paragraph)")),
 ("heu_rong", "an election official", "INDIRECT", "The Cambodian People's Party apparent election sweep will not likely be contested by a second round of voting, despite calls from the opposition party and others that the election was tainted", "said",
   N(onBehalfOf="nec", note="clause before the verb. 'an election official' is identified in the next sentence as Heu Rong (cataphora), so he is the speaker. The noun phrase 'calls from the opposition party and others that the election was tainted' (a noun-headed report) is not annotated separately")),
 ("heu_rong", "Heu Rong, head of the National Election Committee's operations department", "DIRECT", "There is not a possibility of having a re-vote unless you have particular evidence to prove irregularities,", "said",
   N(onBehalfOf="nec", note="the quoted programme title \"Hello VOA.\" at the end of the sentence is not a statement. 'Four main parties have alleged irregularities ...' (noun-phrase object) in the next paragraph is not annotated")),
 ("mar_sophal", "Mar Sophal, monitoring chief for the Committee for Free and Fair Elections", "DIRECT", "Voters' names were deleted, and names were missing from the list,", "said", N(onBehalfOf="comfrel")),
 ("mar_sophal", "Mar Sophal, monitoring chief for the Committee for Free and Fair Elections", "DIRECT", "Right now we can't evaluate the election process. We'll wait and see if the NEC tackles the issues, such as complaints from parties, first.", "said",
   N(onBehalfOf="comfrel", note="second span of an interrupted quote")),
 ("heu_rong", "Heu Rong", "INDIRECT", "the NEC was investigating the allegations, but they had not received official complaints yet at the national level", "said", N(onBehalfOf="nec")),
 ("heu_rong", "he", "INDIRECT", "Some complaints may still be held at the commune or provincial levels", "added",
   N(onBehalfOf="nec", note="clause before the verb; 'he' = Heu Rong")),
]
S["004"] = [
 ("david_okeyo", "The head of the Kenyan Committee in Beijing, David Okeyo", "INDIRECT", "the team performed much better than at the previous Olympics in Athens, Greece", "noted",
   N(onBehalfOf="nock", note="'VOA's Scott Bobb reports from Beijing' in the lead is a reporter credit and is not annotated. 'the Kenyan Committee' is Kenya's National Olympic Committee")),
 ("david_okeyo", "The head of the Kenyan Committee in Beijing, David Okeyo", "INDIRECT", "this was due to its training program for young athletes", "said",
   N(onBehalfOf="nock", note="second verb of a coordinated attribution ('noted that ... and said ...')")),
 ("david_okeyo", "Okeyo", "DIRECT", "Our youth program has really increased and it's really helping. It's a very good buildup toward these kinds of Games and the Championships,", "said", N(onBehalfOf="nock")),
 ("david_okeyo", "Okeyo", "INDIRECT", "in anticipation, Kenya is working hard on the sprints and field events", "says",
   N(onBehalfOf="nock", note="'says in anticipation, Kenya is ...': the comma makes 'in anticipation' part of the reported clause, so it is kept")),
 ("tony_nezianya", "Nigeria team spokesman Tony Nezianya", "INDIRECT", "Nigeria also expected to do better in athletics, especially the relay events", "said",
   N(onBehalfOf="nigeria_team")),
 ("tony_nezianya", "Nezianya", "DIRECT", "We had expected that we would have performed much, much better than we have done but on the whole we are not totally disappointed,", "said",
   N(onBehalfOf="nigeria_team")),
]
S["005"] = [
 (None, "Opposition leaders", "INDIRECT", "Cambodia faces critical problems in its election procedures that must be addressed ahead of July polls", "say",
   N(note="unnamed leaders of several opposition parties (no single named body): speaker null")),
 ("yim_sovann", "Yim Sovann, a lawmaker for the Sam Rainsy Party", "INDIRECT", "the ruling Cambodian People\u2019s Party is making decisions on its own, leading toward an election that will not be free and fair", "told",
   N(onBehalfOf="srp", note="the quoted programme title \u201cHello VOA\u201d is not a statement")),
 ("yim_sovann", "he", "DIRECT", "Only in Cambodia does the ruling party make its own decisions and compete in its own boxing match,", "said",
   N(onBehalfOf="srp", note="'Opposition leaders are calling on the National Election Committee ... to make changes' (a request with an infinitive) and 'which they see as biased' (belief) in the next paragraph are not annotated")),
 ("yim_sovann", "Yim Sovann", "INDIRECT", "This year\u2019s parliamentary election, which is slated for July 28, may not be recognized by the international community", "said",
   N(onBehalfOf="srp", note="clause before the verb; the relative clause 'which is slated for July 28' (probably the reporter's gloss) is inside the clause and is kept")),
 ("yim_sovann", "he", "INDIRECT", "The electoral system is plagued with " + Q1 + "fraud" + Q2 + " and " + Q1 + "cheating," + Q2, "said",
   N(onBehalfOf="srp", note="clause before the verb with two partial quotes; the clause runs to the closing mark (as test3 002 s5)")),
 ("yim_sovann", "he", "DIRECT", "fraud", "said", N(onBehalfOf="srp")),
 ("yim_sovann", "he", "DIRECT", "cheating,", "said", N(onBehalfOf="srp", note="the comma inside the closing mark is kept, as for full quotations")),
 ("yim_sovann", "he", "INDIRECT", "the election will not be seen as " + Q1 + "free and fair and credible." + Q2, "said",
   N(onBehalfOf="srp", note="BORDERLINE: second reported clause coordinated after the attribution ('..., he said, and the election will not be seen as ...'); annotated as a statement of its own with the same cue; partial quote also DIRECT")),
 ("yim_sovann", "he", "DIRECT", "free and fair and credible.", "said", N(onBehalfOf="srp")),
 ("yim_sovann", "he", "INDIRECT", "The Sam Rainsy Party has counted some 700,000 suspicious names", "said",
   N(onBehalfOf="srp", note="clause before the verb. The next sentence ('And the NEC does not have equal representation ...') has no speech verb and is not annotated, although it probably continues his report")),
 ("yem_ponhearith", "Yem Ponhearith, a lawmaker for the opposition Human Rights Party", "INDIRECT", "after an election that is not credible, " + Q1 + "voters really cannot quietly stand to watch the country dying." + Q2, "said",
   N(onBehalfOf="hrp", note="partial quote: the quotation covers only the main clause, after an unquoted adverbial, so the whole clause is INDIRECT and the quoted words DIRECT")),
 ("yem_ponhearith", "Yem Ponhearith, a lawmaker for the opposition Human Rights Party", "DIRECT", "voters really cannot quietly stand to watch the country dying.", "said", N(onBehalfOf="hrp")),
 ("yem_ponhearith", "he", "DIRECT", "Leaders, as well as the NEC, have an obligation to organize a free and fair election if we do not want a problem occurring after the election,", "said",
   N(onBehalfOf="hrp", note="'he' = Yem Ponhearith (previous paragraph)")),
 ("yem_ponhearith", "he", "DIRECT", "The parties are not merging together for power, not merging to share power,", "said",
   N(onBehalfOf="hrp", note="BORDERLINE: 'he' comes after a narrative paragraph without a person; the last man named is Yem Ponhearith, so he is the speaker (Yim Sovann is a possible but less likely reading)")),
 ("yem_ponhearith", "he", "DIRECT", "The sun rises: get up and rescue our country. We should not be allowed to be numbed, to be confused, through sarongs, seasoning, money, or empty positions, by people who betray their conscience.", "said",
   N(onBehalfOf="hrp", note="second span of an interrupted quote")),
]

A = actor
ACTORS = [
 A("eccc", "ORGANIZATION", "Extraordinary Chambers in the Courts of Cambodia", "ECCC", "Khmer Rouge tribunal", "U.N.-backed Khmer Rouge tribunal", "UN-backed Khmer Rouge tribunal"),
 A("neth_pheaktra", "PERSON", "Neth Pheaktra", "Tribunal spokesman Neth Pheaktra"),
 A("sum_rithy", "PERSON", "Sum Rithy"),
 A("kong_som_on", "PERSON", "Kong Som On", "Kong Sam On"),
 A("khieu_samphan", "PERSON", "Khieu Samphan"),
 A("nuon_chea", "PERSON", "Nuon Chea"),
 A("khmer_rouge", "ORGANIZATION", "Khmer Rouge"),
 A("pol_pot", "PERSON", "Pol Pot"),
 A("ieng_sary", "PERSON", "Ieng Sary"),
 A("chhuon_malay", "PERSON", "Chhuon Malay", "Chuon Malay"),
 A("sem_sokunthea", "PERSON", "Sem Sokunthea", "Sem Sokhunthea", "Willbes human resource manager Sem Sokunthea"),
 A("willbes", "COMPANY", "Willbes Cambodia Co., Ltd.", "Willbes", "Willbes Cambodia"),
 A("heu_rong", "PERSON", "Heu Rong"),
 A("nec", "GOVERNMENT", "National Election Committee", "NEC", "National Election Committee (Cambodia)"),
 A("mar_sophal", "PERSON", "Mar Sophal"),
 A("comfrel", "ORGANIZATION", "Committee for Free and Fair Elections", "COMFREL", "Committee for Free and Fair Elections in Cambodia"),
 A("cpp", "ORGANIZATION", "Cambodian People's Party", "CPP", "Cambodian People\u2019s Party", "Cambodian Peoples Party"),
 A("david_okeyo", "PERSON", "David Okeyo", "Okeyo"),
 A("nock", "ORGANIZATION", "National Olympic Committee of Kenya", "Kenyan Committee", "NOCK", "Kenyan Olympic Committee"),
 A("tony_nezianya", "PERSON", "Tony Nezianya", "Nezianya"),
 A("nigeria_team", "ORGANIZATION", "Nigerian Olympic team", "Nigeria team", "Nigeria Olympic team"),
 A("scott_bobb", "PERSON", "Scott Bobb"),
 A("yim_sovann", "PERSON", "Yim Sovann"),
 A("srp", "ORGANIZATION", "Sam Rainsy Party", "SRP"),
 A("yem_ponhearith", "PERSON", "Yem Ponhearith"),
 A("hrp", "ORGANIZATION", "Human Rights Party", "HRP"),
 A("cnrp", "ORGANIZATION", "Cambodia National Rescue Party", "CNRP", "Rescue Party"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
