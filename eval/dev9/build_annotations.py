#!/usr/bin/env python3
"""Hand annotations of the dev9 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)
Q1, Q2, AP = "\u201c", "\u201d", "\u2019"

ART = {
 "001": dict(url="https://voa.pangea-cms.com/preview/en-US/a/buddhist-monk-self-immolates-in-tibet-protest/1788176.html",
   title=None, publishedOn="2013-05-21",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1788176 (web page corpus); the stored copy has no headline (URL slug 'buddhist-monk-self-immolates-in-tibet-protest'), so the body starts with the lead; after the credit line 'This report was produced in collaboration with the VOA Tibetan service.' (left out) the stored copy repeats paragraphs 2-4 and breaks off: the repetition was left out, so the body is the complete story as stored; date ESTIMATED (no date on the copy: the monk set himself on fire 'Monday evening' and the count is 'More than 120'; the self-immolation of Tsering Gyal of Pema county is usually dated Monday 20 May 2013; the article id would point to late 2013 instead, so the date may be off by months)"),
 "002": dict(url="https://voatibetan.com/amp/tibetan-man-self-immolates-in-ngaba-county/1850796.html",
   title="Tibetan Man Self-immolates in Ngaba Tibetan Autonomous Prefecture", publishedOn="2014-02-13",
   source="stored copy of the AMP page of voatibetan.com (VOA Tibetan, English) article 1850796 (web page corpus); the audio widget lines ('Your browser doesn\u2019t support HTML5', 'Self-immolation Amdo Ngaba (In Tibetan)') left out; complete as stored; date ESTIMATED (no date on the copy: 'Thursday evening', 'the second self-immolation this year', 127 in all: Thursday 13 Feb. 2014; the id lies just below 1851426 (Feb. 2014))"),
 "003": dict(url="https://voazimbabwe.com/amp/a-13-56-74-2009-08-31-voa31-68979362/1463284.html",
   title=None, publishedOn="2009-08-31",
   source="stored copy of the AMP page of voazimbabwe.com (VOA Studio 7 for Zimbabwe) article 1463284 (web page corpus); the stored copy has no headline, so the body starts with the lead; TRUNCATED: the last paragraph ('Zimbabwe's six-month-old national unity government ... Teachers and most other state employees are being paid less than US$200 a month') breaks off and was left out; 'told VOA said' (para. 2) is as in the source; date from the URL (the meeting failed 'on Monday', 31 Aug. 2009)"),
 "004": dict(url="https://www.voazimbabwe.com/a/a-13-56-74-2009-02-09-voa46-68965477/1465374.html",
   title="Striking Zimbabwe Teachers Defy Directive to Return to Work", publishedOn="2009-02-09",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page (web page corpus); navigation ('Accessibility links', 'Breaking News') and the link line 'More reports from VOA's Studio 7 for Zimbabwe...' left out; complete as stored; date from the URL"),
 "005": dict(url="http://khmernz.blogspot.com/2009/08/lawmaker-worried-over-recent-hun-sen.html",
   title=None, publishedOn="2009-08-14",
   source="stored copy of a third-party reproduction (khmernz.blogspot.com) of a VOA Khmer story by Men Kimseng, Washington (web page corpus; the VOA original was not found); the byline, 'Original report from Washington' and the date line '14 August 2009' left out; the blog copy shows no headline (URL slug 'lawmaker-worried-over-recent-hun-sen'), so the body starts with the lead; the blog repeats the story from 'Original report from Washington' onward: the repetition was left out; complete as stored; date from the date line"),
 "006": dict(url="http://khmernz.blogspot.com/2009/01/more-groups-ready-for-inauguration.html",
   title=None, publishedOn="2009-01-19",
   source="stored copy of a third-party reproduction (khmernz.blogspot.com) of a VOA Khmer story by Taing Sarada (web page corpus; the VOA original was not found); the byline, 'Original report from Phnom Penh' and the date line '19 January 2009' left out; the blog copy shows no headline (URL slug 'more-groups-ready-for-inauguration'), so the body starts with the lead; the blog repeats the story and the repetition breaks off: it was left out, so the body is the complete story as stored; date from the date line"),
 "007": dict(url="https://www.voacambodia.com/a/a-40-2006-02-08-voa1-90152417/1360454.html",
   title="Mr. Khieu Kanharith Refutes Cambodians Living in The U.S.", publishedOn="2006-02-08",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation omitted; complete as stored (the non-native English, e.g. 'international aids', 'a genius in leadership', is as in the source); date from the URL (the official spoke 'Wednesday', 8 Feb. 2006)"),
 "008": dict(url="http://khmernz.blogspot.com/2008/07/biased-courts-close-doors-to-sam-rainsy.html",
   title=None, publishedOn="2008-07-09",
   source="stored copy of a third-party reproduction (khmernz.blogspot.com) of a VOA Khmer story by Heng Reaksmey, Phnom Penh (web page corpus; the VOA original was not found); the byline, 'Original report from Phnom Penh' and the date line '09 July 2008' left out; the blog copy shows no headline (URL slug 'biased-courts-close-doors-to-sam-rainsy'), so the body starts with the lead; the blog repeats the story: the repetition was left out; 'not immediately available to for comment' is as in the source; complete as stored; date from the date line"),
 "009": dict(url="https://tstrr.blogspot.com/2012/05/two-tibetans-set-themselves-on-fire-in.html",
   title=None, publishedOn="2012-05-27",
   source="stored copy of a third-party reproduction (tstrr.blogspot.com) of a VOA Tibetan Service story (web page corpus; attributed to VOA from the text, which reports what sources 'told VOA Tibetan Service', and the VOA audio widget; the VOA original was not found); the blog copy shows no headline (URL slug 'two-tibetans-set-themselves-on-fire-in'), so the body starts with the lead; the audio lines (a Tibetan-script title, 'Download: MP3', 'Right click (Control click for Mac) and choose Save Link/Target As') left out; spellings as in the source ('19- year \u2013old', 'fathe\u2019s', 'Gedun Sonam'/'Gedun Sonaam', '(SP?)', 'immediate of cutting'); TRUNCATED: the paragraph 'The self-immolation came as China has once again banned ... specia...' breaks off and was left out; date ESTIMATED as the day of the event (Sunday 27 May 2012), the post may be a day later"),
 "010": dict(url="https://blogs.voanews.com/breaking-news/2012/04/19/2-more-tibetans-self-immolate-in-china",
   title=None, publishedOn="2012-04-19",
   source="stored copy of a post on VOA's 'Breaking News' blog (blogs.voanews.com; web page corpus; no numeric article id); the stored copy has no headline (URL slug '2-more-tibetans-self-immolate-in-china'), so the body starts with the lead; complete as stored; date from the URL"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "Tibetan sources", "INDIRECT", "another person has set himself on fire in western China, to protest Beijing's policies in ethnic Tibetan areas", "say",
   N(note="unnamed sources of no named body: speaker null")),
 (None, "Sources in the Tibetan exile community", "INDIRECT", "20-year-old monk Tsering Gyal set himself on fire Monday evening in Qinhai province", "tell",
   N(note="unnamed sources ('the Tibetan exile community' is not a body): speaker null. The next paragraph ('Chinese officials quickly arrived ...') has no speech verb")),
 ("tsangyang_gyatso", "Tsangyang Gyatso", "INDIRECT", "he has been told by local sources that monks from Tsering Gyal's monastery gathered to demand information on the victim's condition", "says",
   N(note="the embedded report of the 'local sources' ('told by local sources that ...') is part of his statement and is not annotated separately")),
 ("tsangyang_gyatso", "Gyatso", "DIRECT", "Local people, including monks from the Achong Monastery, gathered in the capital of Pema County to protest and demanded they hand over Tsering Gyal. Under pressure, local authorities accepted two relatives of the self-immolator to accompany him to Xining for further treatment,", "said",
   N(note="the quotation comes before its attribution; the comma inside the closing mark is kept. 'has not commented' in the next paragraph is negated speech and is not annotated")),
 ("china", "China", "INDIRECT", "the suicide protests are acts of terrorism", "says",
   N(note="second verb after 'China denies the charges' (noun-phrase object, not annotated). BORDERLINE, not annotated: 'what they say is Chinese repression of their culture' in the previous sentence (a free relative with a gap, speaker the self-immolators as a group)")),
]
S["002"] = [
 (None, "Sources", "INDIRECT", "the action was an apparent protest against Chinese rule", "tell",
   N(note="unnamed sources: speaker null. The next sentence ('This is the second self-immolation this year ...') is the reporter's")),
 ("palden", "Palden, a Tibetan exile who has close contacts in the area", "INDIRECT", "there are not many details known about Thursday's self-immolation, including the man's name, his whereabouts, or weather he is dead or alive", "tells",
   N(note="'weather' (for 'whether') is as in the source")),
 (None, "Tibetan sources", "INDIRECT", "a number of Chinese security personnel have arrived in the area and local communications lines have been reportedly restricted", "say",
   N(note="unnamed sources: speaker null. Not annotated in the same paragraph: 'has urged Tibetans not to take such drastic actions' and 'has called on China to resolve the Tibetan issue ...' (requests with an infinitive); 'have not commented' in the last paragraph (negated speech)")),
]
S["003"] = [
 ("david_coltart", "Education Minister David Coltart", "INDIRECT", "his ministry could not reach senior officials of the Zimbabwe Teachers Association in time to invite them to the proposed meeting", "said",
   N(onBehalfOf="education_ministry", note="the source has 'told VOA said' (a doubled verb); the verb that takes the clause, 'said', is the cue")),
 ("david_coltart", "Coltart", "INDIRECT", "he met Monday with Finance Minister Tendai Biti seeking a solution", "said", N(onBehalfOf="education_ministry")),
 ("david_coltart", "Coltart", "INDIRECT", "he hoped Biti would be present if and when he meets with teachers on Tuesday", "adding",
   N(onBehalfOf="education_ministry", note="participial cue ('adding that ...') sharing the subject of 'Coltart said'. 'has called a strike Wednesday' in the next paragraph is not a speech report")),
 ("tendai_chikowore", "ZIMTA President Tendai Chikowore", "INDIRECT", "her members will go ahead with the announced strike as her organization had so far received no official government communication on negotiations", "told",
   N(onBehalfOf="zimta", note="the reporter named as the addressee (Jonga Kandemiiri) is not a speaker")),
]
S["004"] = [
 ("ptuz", "The Progressive Teachers Union of Zimbabwe", "INDIRECT", "teachers were prepared to be sacked by the ministry rather than return to work", "said",
   N(note="a named union speaking as a whole is its own speaker. Not annotated in the previous paragraphs: 'threatened them with dismissal' (noun-phrase object), 'ordered teachers back to work', 'promised to pay part of their wages ...' (infinitive), 'turned down the offer, reiterating their demand for ...' (noun-phrase object)")),
 ("sifiso_ndlovu", "Acting Chief Executive Officer Sifiso Ndlovu of the Zimbabwe Teachers Association", "INDIRECT", "teachers will only go back to work if the government meets their demands", "told",
   N(onBehalfOf="zimta")),
 ("taurai_shava", "correspondent Taurai Shava", "INDIRECT", "Classrooms in the high density suburbs or townships of the Midlands capital of Gweru were mostly empty Monday morning as teachers stayed home despite the government ultimatum to report for duty or be sacked", "reported",
   N(note="BORDERLINE: clause before the verb, reported by a VOA correspondent (not a reporter credit such as 'X reports from Y', which the sets leave out); annotated because it is a clause attributed to a named person")),
 ("blessing_vava", "National Spokesman Blessing Vava of the Zimbabwe National Students Union", "INDIRECT", "three student leaders were severely beaten then taken into police custody", "told",
   N(onBehalfOf="zinasu")),
]
S["005"] = [
 ("hun_sen", "Hun Sen", "INDIRECT", "he had the power to eliminate the opposition through force in only two hours but hadn" + AP + "t", "saying",
   N(note="'responded to critics ... by saying ...': the participle 'saying' takes the clause. Not annotated in the lead: 'cautioning the premier to curb rhetoric ...' (request with an infinitive)")),
 ("hun_sen", "Hun Sen", "DIRECT", "I as the prime minister use the court of law, and it is the same as the armed forces if it is not allowed,", "told"),
 ("hun_sen", "Hun Sen", "DIRECT", "Is it the rifles or what? I only need two hours to take over all of Phnom Penh. If you want to try, from this hour, I only need two hours, not longer than that, to grab you all.", "told",
   N(note="second quotation after the attribution sentence, with no verb of its own: credited to Hun Sen with the cue of the preceding sentence")),
 ("mu_sochua", "Mu Sochua, who is in the US", "INDIRECT", "she was " + Q1 + "horrified" + Q2 + " by the comments", "told",
   N(note="partial quote inside reported speech: the clause is INDIRECT and the quoted word DIRECT")),
 ("mu_sochua", "Mu Sochua, who is in the US", "DIRECT", "horrified", "told"),
 ("mu_sochua", "she", "DIRECT", "I think that such language should not be used at all, especially by a leader,", "said"),
 ("mu_sochua", "she", "INDIRECT", "he had defamed her in a derogatory speech in April", "charged",
   N(note="'after she charged he had defamed her ...': speech verb 'charged' with a clause; 'he' (inside the statement) is Hun Sen")),
 ("mu_sochua", "She", "INDIRECT", "she will appeal the decision", "said",
   N(note="'She has said ...' (cue without the auxiliary). BORDERLINE: the non-restrictive relative clause after the comma (', which spot-lighted alleged political bias in the courts') is the reporter's comment on the decision and is left out")),
 (None, "critics", "INDIRECT", "could mark a crackdown on government dissent", "say",
   N(note="BORDERLINE: speech report inside a relative clause ('court cases ... that critics say could mark a crackdown ...'); the reported clause has a gap (its subject is the court cases) and is annotated as the words after 'say', as eval/test4 002 s1. Unnamed critics: speaker null")),
]
S["006"] = [
 ("cambodian_embassy", "Cambodian embassy officials in Washington", "INDIRECT", "they won" + AP + "t hold a special event for the inauguration of president-elect Barack Obama, but they have been invited to Tuesday" + AP + "s event", "say",
   N(note="unnamed officials of a named body (the Cambodian Embassy in Washington) are credited to the body")),
 ("nay_meng_eang", "Nay Meng Eang, deputy chief of mission at the Cambodian Embassy", "DIRECT", "The Cambodian Embassy, like the representatives all of the countries" + AP + " embassies based in the US, has been invited by the US State Department to join president Obama" + AP + "s inauguration,", "said",
   N(onBehalfOf="cambodian_embassy", note="quotation before the attribution; 'the representatives all of the countries' embassies' is as in the source")),
 ("nay_meng_eang", "Nay Meng Eang", "DIRECT", "We haven" + AP + "t seen any confirmation yet,", "said", N(onBehalfOf="cambodian_embassy")),
 ("nay_meng_eang", "he", "INDIRECT", "Cambodian Embassy officials have also requested the establishment of a military attach\u00e9 with the US, as well as a consulate office in Lowell, Mass., where many Cambodians live, but they have not received responses", "said",
   N(onBehalfOf="cambodian_embassy", note="clause before the verb; 'he' = Nay Meng Eang (the last person quoted). 'have also requested the establishment of ...' (noun-phrase object) inside the clause is not annotated separately")),
 ("kkf", "the Khmer Kampuchea Krom Federation, an advocacy group based in New Jersey", "INDIRECT", "it had sent a letter of congratulations to the incoming president", "said",
   N(note="a named group speaking as a whole is its own speaker")),
 ("thach_ngoc_thach", "Thach Ngoc Thach, president of the group", "INDIRECT", "Attached to the letter was an eight-page report on restrictions by the Vietnamese government against members of the Khmer Krom minority there, including the persecution of liberty, human rights and religion", "said",
   N(onBehalfOf="kkf", note="clause before the verb (inverted subject); the relative clause after the name ('who met with State Department officials last week') is not part of the statement")),
 ("thach_ngoc_thach", "he", "DIRECT", "I think the new government will be able to continue the cooperation from [George W. Bush] administration" + AP + "s work,", "said",
   N(onBehalfOf="kkf", note="'he' = Thach Ngoc Thach; the reporter's bracketed insertion is kept")),
 ("thach_ngoc_thach", "he", "DIRECT", "We strongly hope that the relationship between the Khmer Kampuchea Krom Federation and Obama" + AP + "s administration will comprehensively continue.", "said",
   N(onBehalfOf="kkf", note="second span of an interrupted quote")),
]
S["007"] = [
 ("khieu_kanharith", "A government high ranking official", "INDIRECT", "the most important goal which the government wants is national unification, and reconciliation not a trick to get international aids", "clarifying",
   N(onBehalfOf="cambodian_government", note="BORDERLINE: cataphoric unnamed official, named in the third paragraph (Khieu Kanharith, government spokesman), so credited to him (as eval/test4 003 s2); a scorer following the unnamed-official rule strictly would expect the government. Cue: the participle 'clarifying' ('reacts ... by clarifying that ...'). The headline ('Refutes Cambodians Living in The U.S.', noun-phrase object) and 'criticized the Hun Sen-led government' (para. 2, noun-phrase object) are not annotated")),
 ("khieu_kanharith", "Mr. Khieu Kanharith, government spokesman and Minister of Information", "INDIRECT", "these Cambodians in the U.S. think that the government changes its position in a maneuver to make the people forget about the border issues, the immigration issue with millions of Vietnamese emigrating to Cambodia, and to evade international pressure so that this government can receive foreign aids", "alleges",
   N(onBehalfOf="cambodian_government", note="the belief of the Cambodians in the U.S. ('think that ...') is part of his statement and is not annotated separately")),
 ("khieu_kanharith", "Mr. Khieu", "INDIRECT", "these people do not understand the real situation in Cambodia", "saying",
   N(onBehalfOf="cambodian_government", note="'responds to these criticisms saying ...': participial cue")),
 ("khieu_kanharith", "He", "INDIRECT", "the ruling leaders solve this tense political stalemate so that the Cambodian people can enjoy peace and well-being", "saying",
   N(onBehalfOf="cambodian_government", note="'reacts to the allegations that the government uses maneuvers by saying that ...': the noun complement of 'allegations' (no named speaker) is not annotated")),
 ("khieu_kanharith", "He", "INDIRECT", "the ending of this rift is for the people's happiness and peace of mind", "says", N(onBehalfOf="cambodian_government")),
 ("khieu_kanharith", "He", "INDIRECT", "international aids are not important if the leaders quarrel", "saying",
   N(onBehalfOf="cambodian_government", note="'He goes on saying that ...'. The last paragraph ('Ms. Chea Vannath calls this detente a genius in leadership ...') has no reported clause (a 'call X Y' construction without quotation marks) and is not annotated")),
]
S["008"] = [
 ("sam_rainsy", "he", "INDIRECT", "is evidence of Foreign Minister Hor Namhong's involvement in a Khmer Rouge prison camp", "says",
   N(note="BORDERLINE: speech report inside a free relative ('what he says is evidence of ...'); the reported clause has a gap (its subject is 'what') and is annotated as the words after 'says', as eval/test4 002 s1; 'he' = Sam Rainsy. 'refused to meet with' is not speech")),
 ("sam_rainsy", "he", "INDIRECT", "he had gone of his own volition Wednesday", "said",
   N(note="'he' = Sam Rainsy. In the next paragraph, 'testimony ... that accuses Hor Namhong of being the chief of the prison' (gerund object) is not annotated")),
 ("hor_namhong", "Hor Namhong", "INDIRECT", "he was a prisoner at the camp", "maintained",
   N(note="speech report in a relative clause on the subject ('Hor Namhong, who has maintained he was a prisoner at the camp, sued ...'); 'similar accusations' (noun) is not annotated")),
 ("sam_rainsy", "Sam Rainsy", "INDIRECT", "the courts were \"cheap\" and \"biased\" to the ruling Cambodian People's Party", "said",
   N(note="two partial quotes inside reported speech: the clause is INDIRECT and each quoted word DIRECT. 'were not immediately available to for comment' in the last paragraph is not a statement")),
 ("sam_rainsy", "Sam Rainsy", "DIRECT", "cheap", "said"),
 ("sam_rainsy", "Sam Rainsy", "DIRECT", "biased", "said"),
]
S["009"] = [
 (None, "sources", "INDIRECT", "At around 2 pm local time on Sunday, 27 May 2012, two young Tibetan men set themselves on fire in front of the Jokhang temple in Lhasa", "told",
   N(note="clause before the verb ('..., sources have told VOA.'); the cue is the verb without its auxiliary, as elsewhere in the sets; unnamed sources: speaker null")),
 (None, "the sources", "INDIRECT", "the security forces, armed with firefighting equipment, arrived rapidly on the scene and extinguished the raging fires and took away the two men", "According to",
   N(note="'the sources' refers back to the unnamed sources of the lead: speaker null. 'It is believed that ...' (next sentence) has no speaker and is not annotated")),
 (None, "a Tibetan source", "INDIRECT", "Both men had lived in Lhasa for some time and worked at Nyima Ling restaurant", "told",
   N(note="clause before the verb; only the sentence carrying the attribution is annotated (the previous sentence, with 'reportedly' and 'the source couldn\u2019t confirm', is not: hedged and negated)")),
 (None, "Sources in Tibet", "INDIRECT", "although eyewitnesses have taken pictures of the self-immolation in Lhasa, but they were not able send them out because of China" + AP + "s immediate of cutting of information links to the outside world", "told",
   N(note="unnamed sources: speaker null; the ungrammatical 'although ..., but ...' and 'immediate of cutting' are as in the source")),
 ("gedun_sonam", "Gedun Sonam, a monk from Drepung Gomang in South India", "INDIRECT", "Dorjee Tseten is the youngest child of the three", "told",
   N(note="'told VOA Tibetan Service, Dorjee Tseten is ...': the clause follows a comma instead of 'that' (as eval/dev3 015 s2). The next sentence ('His mother\u2019s name is ...') has no speech verb and is not annotated, although it probably continues his report")),
 ("gedun_sonam", "Gedun Sonaam, who is also from Amdo Bora", "INDIRECT", "the two self-immolators were shouting something as they were engulfed with fire", "said",
   N(note="'Gedun Sonaam' is a variant spelling of 'Gedun Sonam' in the same text: the same person. 'called for return of the Dalai Lama and freedom for Tibet' (last paragraph, noun-phrase object) is not annotated")),
]
S["010"] = [
 (None, "Sources with contacts in the region", "INDIRECT", "the Tibetans, both in their 20s, set themselves ablaze near a monastery in the Sichuan provincial city known as Aba to Tibetans and Ngawa to ethnic Chinese", "tell",
   N(note="'tell VOA the Tibetans ...' (no 'that'); unnamed sources: speaker null. 'Both later died.' has no speech verb. Not annotated in the next paragraphs: 'were described as supporters of Tibetan autonomy' (passive, no speaker), 'were demanding that China allow the return of ...' (a description of the protesters' cause, not a report of what they said on an occasion), 'has not commented' (negated speech)")),
 (None, "Western advocacy groups and many governments", "INDIRECT", "the protests are a direct response to ethnic Chinese indifference to Tibetan religious practices and cultural norms", "say",
   N(note="unnamed groups and governments: speaker null. 'Beijing has described the protests as barbaric and terrorist acts' (previous sentence, 'describe X as Y' without quotation marks) is not annotated")),
 ("china", "China", "DIRECT", "splittist", "refers",
   N(note="China's own term in quotation marks after 'refers to the Dalai Lama as a' (treated as quoted words after 'call'/'term', eval/dev3); the reporter's gloss '(separatist)' is outside. 'accuses pro-Tibetan exile groups of inciting separatism' (gerund object) is not annotated")),
]

A = actor
ACTORS = [
 A("tsangyang_gyatso", "PERSON", "Tsangyang Gyatso", "Gyatso"),
 A("tsering_gyal", "PERSON", "Tsering Gyal"),
 A("china", "COUNTRY", "China", "Beijing", "People's Republic of China"),
 A("palden", "PERSON", "Palden"),
 A("central_tibetan_administration", "ORGANIZATION", "Central Tibetan Administration", "Tibetan Administration in Dharmsala", "Tibetan Administration", "Tibetan government-in-exile"),
 A("united_states", "COUNTRY", "United States", "U.S. government", "US"),
 A("dalai_lama", "PERSON", "Dalai Lama"),
 A("david_coltart", "PERSON", "David Coltart", "Coltart", "Education Minister David Coltart"),
 A("education_ministry", "GOVERNMENT", "Ministry of Education (Zimbabwe)", "Ministry of Education", "Education Ministry"),
 A("tendai_biti", "PERSON", "Tendai Biti", "Biti"),
 A("tendai_chikowore", "PERSON", "Tendai Chikowore", "Chikowore"),
 A("zimta", "ORGANIZATION", "Zimbabwe Teachers Association", "ZIMTA"),
 A("ptuz", "ORGANIZATION", "Progressive Teachers Union of Zimbabwe", "PTUZ"),
 A("stephen_mahere", "PERSON", "Stephen Mahere"),
 A("sifiso_ndlovu", "PERSON", "Sifiso Ndlovu"),
 A("taurai_shava", "PERSON", "Taurai Shava"),
 A("blessing_vava", "PERSON", "Blessing Vava"),
 A("zinasu", "ORGANIZATION", "Zimbabwe National Students Union", "ZINASU"),
 A("hun_sen", "PERSON", "Hun Sen", "Prime Minister Hun Sen"),
 A("mu_sochua", "PERSON", "Mu Sochua"),
 A("srp", "ORGANIZATION", "Sam Rainsy Party", "SRP"),
 A("cambodian_embassy", "GOVERNMENT", "Embassy of Cambodia in Washington", "Cambodian Embassy", "Cambodian embassy"),
 A("nay_meng_eang", "PERSON", "Nay Meng Eang"),
 A("kkf", "ORGANIZATION", "Khmer Kampuchea Krom Federation", "KKF"),
 A("thach_ngoc_thach", "PERSON", "Thach Ngoc Thach"),
 A("barack_obama", "PERSON", "Barack Obama", "Obama"),
 A("khieu_kanharith", "PERSON", "Khieu Kanharith", "Mr. Khieu Kanharith", "Mr. Khieu"),
 A("cambodian_government", "GOVERNMENT", "Royal Government of Cambodia", "Cambodian government", "Hun Sen-led government"),
 A("chea_vannath", "PERSON", "Chea Vannath", "Ms. Chea Vannath"),
 A("sam_rainsy", "PERSON", "Sam Rainsy"),
 A("hor_namhong", "PERSON", "Hor Namhong", "Foreign Minister Hor Namhong"),
 A("phnom_penh_court", "GOVERNMENT", "Phnom Penh Municipal Court"),
 A("gedun_sonam", "PERSON", "Gedun Sonam", "Gedun Sonaam"),
 A("dorjee_tseten", "PERSON", "Dorjee Tseten"),
 A("ict", "ORGANIZATION", "International Campaign for Tibet"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
