#!/usr/bin/env python3
"""Hand annotations of the dev22 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

NAV = "navigation ('Accessibility links', 'Breaking News') omitted"
ART = {
 "001": dict(url="http://www.voanews.com/content/ghana-opposition-not-mortal-enemy-of-ruling-party-says-leader/1527150.html",
   title="Ghana Opposition Not \u2018Mortal Enemy\u2019 of Ruling Party, Says Leader", publishedOn="2012-10-01",
   source="stored copy of the voanews.com page, article 1527150 (web page corpus), by Peter Clottey; the section label 'News / Africa', the photo caption (printed twice) and the byline omitted; quotation marks and apostrophes curly as in the source; no wire credit in the stored part; TRUNCATED: the paragraph 'Analysts say it appears the NDP leadership, ... could help the bi...' breaks off and was left out; date ESTIMATED (month only, given as its first day): after Atta-Mills's death ('the late president', July 2012) and the NDP's choice of its candidate, before 'the December 7 election' of 2012; the article id lies below 1560846 (7 Dec. 2012)"),
 "002": dict(url="http://www.voanews.com/content/south-sudan-ex-vp-backs-agreement-to-end-violence/1823826.html",
   title="South Sudan Ex-VP Backs Agreement to End Violence", publishedOn="2014-01-06",
   source="stored copy of the voanews.com page, article 1823826 (web page corpus), by Peter Clottey; the section label 'News / Africa', the photo caption ('FILE - ...', printed twice), the byline and the photo-gallery captions that follow the text were omitted; double spaces between sentences and 'Macher' as in the source; no wire credit in the stored part; TRUNCATED: the stored copy ends in the photo gallery, so the article may continue; date ESTIMATED: the gallery's latest photo is of 4 Jan. 2014 (opening of the Addis Ababa talks, covered by article 1821597) and the id is a little higher, so early January 2014 (given as 2014-01-06)"),
 "003": dict(url="http://www.voanews.com/content/south-sudan-machar-interview/1845824.html",
   title="Machar Says He Wants to Bring Democracy, Equality to South Sudan", publishedOn="2014-02-05",
   source="stored copy of the voanews.com page, article 1845824 (web page corpus; two stored copies, same text), by John Tanza; the section label 'News / Africa', the photo caption (printed twice) and the byline omitted; straight double quotation marks, curly apostrophes, 'natIon' as in the source; no wire credit in the stored part; TRUNCATED: the paragraph 'In his interview with VOA, Machar said creating a multi-party system would be a key step towards installing a democratic system of go...' breaks off and was left out; date ESTIMATED: the caption's photo is of 1 Feb. 2014, and the id is just above 1844285 (the government's reply, given 'Tuesday' 4 Feb. 2014), so about 5 Feb. 2014"),
 "004": dict(url="http://www.voanews.com/content/south-sudan-ex-vp-rejects-president-kiir-offer-to-end-conflict/2416258.html",
   title="South Sudan Ex-VP Rejects President Kiir\u2019s Offer to End Conflict", publishedOn="2014-08-15",
   source="stored copy of the voanews.com page, article 2416258 (web page corpus), by Peter Clottey; the section label 'News / Africa', the photo caption (printed twice) and the byline omitted; the stray opening quotation mark after 'said Machar.' at the end of the fourth paragraph, the double spaces and '... and former detainees' are as in the source; no wire credit in the stored part; TRUNCATED: the paragraph 'Machar says as a demonstration of his commitment to t...' breaks off and was left out; date ESTIMATED: after the missed 'August 10 deadline' and before the extended 'August 28' one, in the 'eight-month conflict' (Dec. 2013 + 8 months), so mid-August 2014 (given as 2014-08-15)"),
 "005": dict(url="https://www.voanews.com/a/liberian-politician-football-legend-george-weah-seeks-senate-seat/2516884.html",
   title=None, publishedOn="2014-11-12",
   source="stored copy of the voanews.com page, article 2516884 (web page corpus); the stored copy has NO HEADLINE (it starts with the lead), so none was made up: title is null and the body starts with the lead (slug 'liberian-politician-football-legend-george-weah-seeks-senate-seat'); paragraphs are separated by single line breaks in the copy and by blank lines here; curly quotation marks and apostrophes, one straight apostrophe ('party's chairman') as in the source; no byline or wire credit in the stored part; TRUNCATED: the paragraph 'Weah described the cri...' breaks off and was left out; date ESTIMATED: Weah's resignation was announced 'late Tuesday' (11 Nov. 2014, also reported by Liberian papers), so the story is of 12 Nov. 2014"),
 "006": dict(url="https://www.voanews.com/a/a-13-a-2003-11-04-5-defector/392908.html",
   title="Defector Believes Pyongyang Would Not Use Weapons of Mass Destruction", publishedOn="2003-11-04",
   source="stored copy of the voanews.com page, article 392908 (web page corpus); " + NAV + "; no byline or wire credit in the stored part; straight quotation marks; the spellings 'Hwang Jong Yop' (lead) and 'Hwang Jang Yop' (third paragraph) and 'Mr. Hwang, was' are as in the source; TRUNCATED: the paragraph 'The former Pyongyang official has offered a rare glimpse into life under the ...' breaks off and was left out; date from the URL (2003-11-04)"),
 "007": dict(url="http://www.voanews.com/a/iran-world-powers-resume-nuclear-talks/1794002.html",
   title="Iran, World Powers Resume Nuclear Talks", publishedOn="2013-11-20",
   source="stored copy of the voanews.com page, article 1794002 (web page corpus); " + NAV + "; the end mark '###' omitted; 'Khameni' as in the source; straight quotation marks; no byline in the stored part (VOA News); complete as stored; date ESTIMATED: Ashton met Zarif in Geneva 'on Wednesday', 'just 10 days after the last round' (7-9 Nov. 2013), i.e. 20 Nov. 2013"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("josiah_nii_armah_ayeh", "Leader", "INDIRECT", "Ghana Opposition Not \u2018Mortal Enemy\u2019 of Ruling Party", "Says",
   N(onBehalfOf="ndp_ghana", note="headline 'X, Says Leader': the clause before the verb; 'Leader' = the NDP chairman named in the second paragraph. The single marks \u2018Mortal Enemy\u2019 are not taken as a DIRECT quotation (the sets take double marks only). The lead's 'has denied reports that the party was formed ...' is a noun-object report (the reports are not his claim) and is not annotated")),
 ("josiah_nii_armah_ayeh", "Josiah Nii Armah Ayeh", "INDIRECT", "the NDP does not pose an existential threat to the ruling party", "said",
   N(onBehalfOf="ndp_ghana")),
 ("josiah_nii_armah_ayeh", "Ayeh", "DIRECT", "The ruling National Democratic Congress has taken the view that the NDP is their mortal enemy. They behave as though we are an existential threat to them. We are not,", "said",
   N(onBehalfOf="ndp_ghana", note="official named after his words ('said Ayeh')")),
 ("josiah_nii_armah_ayeh", "he", "DIRECT", "We have nothing untoward [and], we have nothing against them,", "added",
   N(onBehalfOf="ndp_ghana", note="reporter's bracket '[and]' kept")),
 ("josiah_nii_armah_ayeh", "he", "DIRECT", "We simply want to have competitive politics.", "added",
   N(onBehalfOf="ndp_ghana", note="third span of the quotation, after ', he added.': same speaker and cue")),
]
S["002"] = [
 ("riek_machar", "Former South Sudan vice president Riek Machar", "INDIRECT", "groups demanding the immediate cessation of hostilities are \u201cjumping the gun,\u201d", "says",
   N(note="the clause runs to the closing mark (comma inside it); partial quote also DIRECT")),
 ("riek_machar", "Former South Sudan vice president Riek Machar", "DIRECT", "jumping the gun,", "says"),
 ("riek_machar", "Former South Sudan vice president Riek Machar", "INDIRECT", "representatives of the two warring factions holding peace talks in Ethiopia need to agree on the mechanisms to end the conflict", "insisting",
   N(note="participial cue. Next paragraph: 'Ban Ki-Moon has called for the prosecution of ...' (noun object) and 'some observers are calling for the ICC to investigate ...' (request with an infinitive) are not annotated")),
 ("riek_machar", "Machar", "INDIRECT", "he backs the prosecution of those who commit gross human rights abuses and crimes against humanity in South Sudan\u2019s ongoing conflict", "says",
   N(note="'He blames President Salva Kiir for the ongoing conflict' (blame X for Y, no clause) is not annotated")),
 ("riek_machar", "Machar", "DIRECT", "Salva Kiir should go to the ICC,", "said", N(note="speaker named after his words")),
 ("riek_machar", "Machar", "DIRECT", "He has targeted one ethnic group.  He has embarked on ethnic cleansing resulting in the Juba massacre.", "said",
   N(note="second span of an interrupted quote; the double spaces are in the source")),
 ("riek_machar", "Machar", "DIRECT", "There was no coup d\u2019\u00e9tat,", "said",
   N(note="'Kiir ... accused ... Riek Machar ... of attempting a coup' (accuse X of -ing) and 'Macher ... denied the accusation' (noun object) in the previous paragraph are not annotated")),
 ("riek_machar", "Machar", "DIRECT", "I am committed to a democratic process.  It is Salva Kiir who did not want the democratic process in the party, nor does he want to go for the elections in 2015...  There was no plan at all for a coup.", "said",
   N(note="second span of an interrupted quote")),
]
S["003"] = [
 ("riek_machar", "Machar", "INDIRECT", "He Wants to Bring Democracy, Equality to South Sudan", "Says", N(note="headline 'X Says clause'")),
 ("riek_machar", "Former South Sudan Vice President Riek Machar", "INDIRECT", "his newly created SPLM/SPLA resistance movement will work to move the young country to democracy and equality", "says"),
 ("riek_machar", "he", "INDIRECT", "The movement would \"dedicate our time to the liberation of South Sudan so that we have a democratic, peaceful, prosperous natIon where elections would not be rigged, where people would not be intimidated, where there would be no one group trying to control others,\"", "told",
   N(note="BORDERLINE: clause before the verb with a partial quote that runs to the end of the clause; the clause (to the closing mark) is INDIRECT and the quoted words DIRECT. 'he' = Machar")),
 ("riek_machar", "he", "DIRECT", "dedicate our time to the liberation of South Sudan so that we have a democratic, peaceful, prosperous natIon where elections would not be rigged, where people would not be intimidated, where there would be no one group trying to control others,", "told"),
 ("riek_machar", "Machar", "DIRECT", "South Sudan needs to be liberated from the current dictatorship being established by Salva Kiir,", "said",
   N(note="'reiterating an accusation he made last year' (noun object) is not annotated")),
 ("riek_machar", "Machar", "DIRECT", "dictatorial tendencies", "accused",
   N(note="BORDERLINE: a quoted phrase in a noun-object report ('accused Kiir of having \"...\"'); the words in double marks are DIRECT, but no INDIRECT is annotated (no reported clause)")),
 ("barnaba_marial_benjamin", "Barnaba Marial Benjamin, who was then South Sudan\u2019s Minister of Information and government spokesman", "INDIRECT", "Kiir acted within the constitution", "said",
   N(onBehalfOf="south_sudan_government")),
 ("barnaba_marial_benjamin", "Marial, who was re-appointed to the government, where he currently serves as foreign affairs minister", "INDIRECT", "it was likely the restructuring of the government would generate heated debate within the ruling Sudan People\u2019s Liberation Movement (SPLM)", "said",
   N(onBehalfOf="south_sudan_government", note="'also said'")),
]
S["004"] = [
 ("riek_machar", "Machar who heads the rebellion against the government in Juba", "INDIRECT", "his representatives at the talks want direct face-to-face peace talks with officials of the government at the negotiations in neighboring Ethiopia to resolve the conflict", "says",
   N(note="the lead's 'has rejected President Salva Kiir\u2019s proposal to ...' (noun object) is not annotated")),
 ("riek_machar", "He", "INDIRECT", "the involvement of other parties in the negotiations has often hampered efforts to reach an agreement to end the conflict", "says"),
 ("riek_machar", "Machar", "DIRECT", "I believe that direct talks between us and the government will yield quicker results and will ensure the peace agreement arrives faster than having others on the roundtable,", "said",
   N(note="the stray opening mark after 'said Machar.' (source error) opens no quotation and is not annotated")),
 ("riek_machar", "Machar", "INDIRECT", "IGAD is to blame for failure to meet the deadline", "said",
   N(note="'He blames mediators from ... (IGAD) after the talks failed ...' (blame X, no clause) in the previous paragraph is not annotated")),
 ("riek_machar", "Machar", "DIRECT", "Personally, I blame the mediators because at times they would suspend the peace talks without a good reason, particularly, when the chief mediator went to New York, we could have continued the peace talks,", "said"),
 ("riek_machar", "Machar", "DIRECT", "We were saying, we want to have direct talks, but now the mediators are insisting that there would be round table talks with five others; the civil society organizations ... and former detainees with the two parties.", "said",
   N(note="second span of an interrupted quote; the reports nested inside the quotation ('We were saying, ...', 'the mediators are insisting that ...') are not annotated")),
]
S["005"] = [
 ("george_weah", "Two-time Liberian presidential candidate and football legend George Oppong Weah", "INDIRECT", "he will be a candidate in a special election for the Senate in Montserrado County", "said"),
 ("liberia_presidency", "President Ellen Johnson Sirleaf\u2019s office", "INDIRECT", "she had received Weah\u2019s resignation", "announced",
   N(note="a named office speaking as a whole is its own speaker (the president's office, not Sirleaf herself)")),
 ("george_weah", "Weah", "INDIRECT", "while not underestimating the other candidates, he is confident of victory", "said",
   N(note="attribution inside the sentence ('But, Weah said, ...'): the reported clause after it")),
 ("george_weah", "he", "DIRECT", "I ran against the most powerful woman in Africa as stated by many of you in the media, and the first female president, and she could not beat me in Montserrado County. So, I don\u2019t think those who are running against me will beat me,", "said"),
 ("george_weah", "Weah", "INDIRECT", "he does not want to be complacent, but he has his own strategy to once again conquer Montserrado County", "said",
   N(note="two coordinated clauses under one verb: one statement. 'there were rumors that Weah had been paid ...' (next paragraph; no speaker, noun) is not annotated")),
 ("george_weah", "Weah", "INDIRECT", "neither he nor his CDC party extort money from people for leadership of the party", "said"),
 ("george_weah", "Weah", "DIRECT", "No one ever tried to bribe me or told me they want to give me money to leave a race, and Winston Tubman can attest to that. When Winston Tubman became the leader of the party, it was [a] party decision. He did not give me a dime,", "said",
   N(note="speaker named after his words; reporter's bracket '[a]' kept")),
 ("george_weah", "He", "INDIRECT", "it was the decision of CDC strategists in 2011 that Tubman should become the standard bearer of the party, and not Charles Brumskine of the Liberty Party", "said"),
 (None, "some", "INDIRECT", "Weah lacks leadership skills", "suggest",
   N(note="BORDERLINE: 'leaving some to suggest Weah lacks ...': a speech verb with a clause, but in an infinitive under 'leaving'; unnamed people ('some'), no body: speaker null. An extractor that skips it is defensible")),
]
S["006"] = [
 ("hwang_jang_yop", "North Korea's highest-ranking defector", "INDIRECT", "Pyongyang will not dare to use weapons of mass destruction, including nuclear arms, if it believes the United States and other democratic nations would stage a decisive counter-attack", "says",
   N(note="the description is named in the next sentence (Hwang)")),
 ("hwang_jang_yop", "Hwang Jong Yop", "INDIRECT", "Pyongyang's problems would be resolved if Kim Jong Il was removed as the country's leader", "says",
   N(note="'In an interview with VOA, Hwang Jong Yop says'; the spelling differs from 'Hwang Jang Yop' later (an alias). 'Mr. Hwang urged the United States to continue to pressure North Korea for change' (request with an infinitive) is not annotated")),
 ("hwang_jang_yop", "the slight, soft-spoken man who is the highest-ranking North Korean official ever to defect from the communist state", "DIRECT", "Tell North Koreans the truth.", "came from",
   N(note="BORDERLINE: a quotation opening the paragraph with no speech verb; the next sentence credits it ('Those words came from the ... man ...'), and the one after names him (Hwang Jang Yop's comments)")),
 ("hwang_jang_yop", "he", "DIRECT", "If we can tell the truth to North Koreans - what difference it is to live in the free world and live under the dictatorship, under the authoritarian regime,", "said",
   N(note="'he' = Mr. Hwang, though the paragraph before it is about the delegation")),
 ("hwang_jang_yop", "he", "DIRECT", "If we can tell the difference that will make a great difference to the North Koreans.", "said",
   N(note="second span of an interrupted quote")),
 ("hwang_jang_yop", "Mr. Hwang", "INDIRECT", "Western resolve can overcome the threat of nuclear blackmail from North Korea", "told"),
 ("hwang_jang_yop", "He", "INDIRECT", "Pyongyang would not dare use weapons of mass destruction, including nuclear arms, if the United States and other democratic nations are united and make it clear they would stage a decisive counter-attack", "said"),
]
S["007"] = [
 ("ali_khamenei", "Iran's supreme leader", "INDIRECT", "his country would not retreat on what he called the country's nuclear rights during negotiations with the six world powers", "said",
   N(onBehalfOf="iran", note="role description named in the next sentence ('Ayatollah Ali Khameni'); 'what he called' stays inside the clause")),
 ("ali_khamenei", "Ayatollah Ali Khameni", "INDIRECT", "he set \"red lines\" for his negotiators", "said",
   N(onBehalfOf="iran", note="partial quote: clause INDIRECT and quoted words DIRECT")),
 ("ali_khamenei", "Ayatollah Ali Khameni", "DIRECT", "red lines", "said", N(onBehalfOf="iran")),
 ("ali_khamenei", "Ayatollah Ali Khameni", "INDIRECT", "Iran wants to be friendly with all nations, including the United States", "said",
   N(onBehalfOf="iran", note="second reported clause under the same verb ('but also that ...'), a statement of its own. The next paragraph's 'want an interim agreement' is not a speech report")),
 ("michael_mann", "Michael Mann, spokesman for Ashton", "INDIRECT", "while it is hard to predict the outcome, it is clear the talks are serious", "told",
   N(onBehalfOf="eu", note="a spokesman for the EU foreign policy chief: onBehalfOf the EU")),
 ("michael_mann", "Michael Mann, spokesman for Ashton", "DIRECT", "I think the fact that we've come back to Geneva so soon after -- it was just 10 days after the last round -- shows how serious the negotiations are.", "told",
   N(onBehalfOf="eu", note="a quotation paragraph with no attribution of its own after Mann's reported speech: credited to him with the cue of the previous sentence. The next paragraph's 'Both sides have expressed hope that a deal can be worked out' (noun object) is not annotated")),
 ("javad_zarif", "Iranian Foreign Minister Javad Zarif", "INDIRECT", "there is \"every possibility\" of coming to an agreement", "said", N(onBehalfOf="iran")),
 ("javad_zarif", "Iranian Foreign Minister Javad Zarif", "DIRECT", "every possibility", "said", N(onBehalfOf="iran")),
 ("uk_pm_office", "British Prime Minister David Cameron's office", "INDIRECT", "he and Iranian President Hassan Rouhani agreed in a telephone call Tuesday that \"significant progress\" was made in the last round of talks earlier this month", "said",
   N(note="a named office speaking as a whole; the nested 'agreed ... that' is not a separate statement")),
 ("uk_pm_office", "British Prime Minister David Cameron's office", "DIRECT", "significant progress", "said",
   N(note="BORDERLINE: the quoted words are those of the office's statement (agreed by Cameron and Rouhani); credited to the office that reports them")),
 ("uk_pm_office", "The statement", "INDIRECT", "Mr. Cameron also stressed the need for Iran to address the concerns of the international community, which has called for assurances that Iran is not trying to develop nuclear weapons", "said",
   N(note="'The statement' = the office's statement; the nested 'stressed the need for' and 'has called for assurances that' (noun objects) are not annotated")),
 ("iran", "Iran", "INDIRECT", "its nuclear activity is solely for peaceful purposes", "saying",
   N(note="participial cue; 'has repeatedly denied those accusations' (noun object) is not annotated")),
]

A = actor
ACTORS = [
 A("josiah_nii_armah_ayeh", "PERSON", "Josiah Nii Armah Ayeh", "Ayeh"),
 A("ndp_ghana", "ORGANIZATION", "National Democratic Party (Ghana)", "National Democratic Party", "NDP"),
 A("ndc_ghana", "ORGANIZATION", "National Democratic Congress", "NDC"),
 A("nana_konadu_agyeman_rawlings", "PERSON", "Nana Konadu Agyeman-Rawlings", "Agyeman-Rawlings"),
 A("jerry_rawlings", "PERSON", "Jerry Rawlings"),
 A("john_atta_mills", "PERSON", "John Evans Atta-Mills", "Atta-Mills", "John Atta Mills"),
 A("riek_machar", "PERSON", "Riek Machar", "Machar", "Macher"),
 A("salva_kiir", "PERSON", "Salva Kiir", "Kiir", "Mr. Kiir"),
 A("ban_ki_moon", "PERSON", "Ban Ki-moon", "Ban Ki-Moon"),
 A("icc", "ORGANIZATION", "International Criminal Court", "ICC"),
 A("barnaba_marial_benjamin", "PERSON", "Barnaba Marial Benjamin", "Marial"),
 A("south_sudan_government", "GOVERNMENT", "Government of South Sudan", "South Sudan government"),
 A("splm", "ORGANIZATION", "Sudan People\u2019s Liberation Movement", "SPLM", "Sudan People's Liberation Movement"),
 A("igad", "ORGANIZATION", "Intergovernmental Authority on Development", "IGAD"),
 A("george_weah", "PERSON", "George Weah", "George Oppong Weah", "Weah"),
 A("cdc_liberia", "ORGANIZATION", "Congress for Democratic Change", "CDC"),
 A("ellen_johnson_sirleaf", "PERSON", "Ellen Johnson Sirleaf", "Sirleaf"),
 A("liberia_presidency", "GOVERNMENT", "Office of the President of Liberia", "President Ellen Johnson Sirleaf\u2019s office", "President Ellen Johnson Sirleaf's office"),
 A("robert_sirleaf", "PERSON", "Robert Sirleaf"),
 A("winston_tubman", "PERSON", "Winston Tubman", "Tubman"),
 A("charles_brumskine", "PERSON", "Charles Brumskine"),
 A("george_solo", "PERSON", "George Solo"),
 A("hwang_jang_yop", "PERSON", "Hwang Jang Yop", "Hwang Jong Yop", "Mr. Hwang", "Hwang Jang-yop"),
 A("kim_jong_il", "PERSON", "Kim Jong Il"),
 A("north_korea", "COUNTRY", "North Korea", "Pyongyang"),
 A("ali_khamenei", "PERSON", "Ali Khamenei", "Ayatollah Ali Khameni", "Khameni", "Iran's supreme leader"),
 A("iran", "COUNTRY", "Iran", "Tehran"),
 A("catherine_ashton", "PERSON", "Catherine Ashton", "Ashton"),
 A("eu", "ORGANIZATION", "European Union", "EU"),
 A("michael_mann", "PERSON", "Michael Mann"),
 A("javad_zarif", "PERSON", "Javad Zarif", "Mohammad Javad Zarif", "Zarif"),
 A("uk_pm_office", "GOVERNMENT", "Office of the British Prime Minister", "David Cameron's office", "British Prime Minister David Cameron's office"),
 A("david_cameron", "PERSON", "David Cameron", "Mr. Cameron"),
 A("hassan_rouhani", "PERSON", "Hassan Rouhani", "Rouhani"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
