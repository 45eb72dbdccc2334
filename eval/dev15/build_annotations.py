#!/usr/bin/env python3
"""Hand annotations of the dev15 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://voa.pangea-cms.com/preview/en-US/a/rural-cambodians-angry-over-massive-logging-operations/1935654.html",
   title="Rural Cambodians Angry Over Massive Logging Operations", publishedOn="2014-06-01",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1935654 (web page corpus); no byline in the stored copy; navigation ('Accessibility links', 'Breaking News'), the repeated video title and the media-player text ('please wait', 'No media source currently available', '0:00 0:02:19 0:00') omitted; 'a operations' as in the source; TRUNCATED: the stored copy breaks off inside the next paragraph ('\"The companies logging the forests are in line with the law ... But, when you the peop'), which was left out; date ESTIMATED to the month (first day of the month, as seeds/README.md prescribes for MONTH precision) from the neighbouring VOA ids 1928013 (Prey Lang logging) and 1930615 (South Sudan symposium, 5 June 2014)"),
 "002": dict(url="http://www.voanews.com/content/south-sudan-uganda-refugee-unhcr-dream-of-home-peace/1829226.html",
   title="In Uganda Camp, South Sudan Refugees Dream of Peace", publishedOn="2014-01-14",
   source="stored copy of the voanews.com page (web page corpus), by Philip Aleu; section label 'News / Africa', photo-gallery captions, the video title 'South Sudan Refugees Pour into Uganda' and the byline omitted; the dateline survives only as a lone dash ('\u2014 Diing Kon has a wish'), which was dropped; one curly apostrophe ('don\u2019t') as in the source; TRUNCATED: the stored copy breaks off inside the paragraph 'The bulk of the refugees -- more than 23,000 -- have gone to Uganda and continue to cross into the cou', which was left out; date ESTIMATED: fighting 'erupted ... four weeks ago' (15 Dec. 2013), Bentiu was recaptured 'last week' (10 Jan. 2014), gallery captions of 6-7 Jan. 2014, and the neighbouring VOA id 1829524 is dated January 14, 2014"),
 "003": dict(url="http://www.voanews.com/content/former-central-african-republican-rebels-go-missing/1839384.html",
   title="Former Rebel Fighters Go Missing in CAR", publishedOn="2014-01-29",
   source="stored copy of the voanews.com page (web page corpus), by Nick Long; section label, photo captions and byline omitted; spacing as in the source (two spaces after full stops in paragraph 6, 'country .'); TRUNCATED: the stored copy breaks off inside the paragraph 'He says all their fighters are ready to join a national army.  Some, he said, are also ready to be disarmed and demobilized, while others are determined to join the army b', which was left out; date ESTIMATED: the photo caption is dated January 27, 2014, the fighters left 'over the last two days', and the neighbouring VOA id 1836732 is dated 24 Jan. 2014"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "the villagers", "INDIRECT", "their livelihoods are under threat by the loss of the surrounding forests", "say",
   N(note="unnamed villagers, no body: speaker null. The lead's 'are voicing anger at companies and officials' is a noun-object report and is not annotated")),
 ("vanna_khveurk", "Vanna Khveurk", "INDIRECT", "there is nothing locals can do to stop a operations by a Vietnamese company called Bin Peuk I", "says",
   N(note="'a operations' as in the source")),
 ("vanna_khveurk", "Vanna", "DIRECT", "They said the government already allowed them to log, how can you protest against them? So, what can we as the people do? With the forest lost, we can only live on the streets and let the passing cars run over us as we have no more trust [on the government] now,", "said",
   N(note="the reporter's bracket '[on the government]' is kept. The report nested inside the quotation ('They said the government already allowed them to log', 'They' = the company) is not annotated separately")),
 ("treup_theurm", "Treup Theurm, deputy head of the Indigenous Land Community", "INDIRECT", "police, forestry officials and local authorities have not just turned a blind eye to the problem", "says",
   N(onBehalfOf="indigenous_land_community")),
 ("treup_theurm", "he", "DIRECT", "The authority are the ones who want to destroy the people,", "said",
   N(onBehalfOf="indigenous_land_community", note="'he' = Treup Theurm (previous paragraph)")),
 ("treup_theurm", "he", "DIRECT", "They are the most corrupt as they took bribes from the company. We no longer regard them as authority.", "said",
   N(onBehalfOf="indigenous_land_community", note="second quotation of the same paragraph, after the attribution, with no verb of its own: credited to the same speaker with the same cue")),
 ("keo_savuth", "Local police leader Keo Savuth", "INDIRECT", "he was just following orders from his chief", "says", N()),
 ("pcheub_pe", "Pcheub Pe, the Sre Preah commune chief", "INDIRECT", "he barred the journalists because they did not have permission from his superiors", "says", N()),
 ("yim_lux", "Vice Governor Yim Lux", "INDIRECT", "the company has logging rights", "said",
   N(onBehalfOf="mondulkiri_province", note="'Vice Governor' of Mondulkiri province (the province named in the second paragraph)")),
]
S["002"] = [
 ("spla", "a spokesman for the army", "INDIRECT", "The next target of South Sudanese troops would be Bor", "said",
   N(note="clause before the verb; an unnamed spokesman of a named body is credited to the body (South Sudan's army); the participial 'presaging heavy fighting ...' is the reporter's comment and is left out")),
 ("diing_kon", "Kon", "INDIRECT", "They eventually ended up at the Dzaipi transit camp in northern Uganda, with \"no luggage, no shoes for the children, no utensils,\"", "told",
   N(note="BORDERLINE: the sentence before 'Kon told VOA' is her report (a partial quotation closes it), so the clause before the verb is INDIRECT, running to the closing mark, and the quoted words are DIRECT as well; a reader taking the first part as narration would keep only the DIRECT span")),
 ("diing_kon", "Kon", "DIRECT", "no luggage, no shoes for the children, no utensils,", "told", N(note="partial quotation")),
 ("diing_kon", "Kon", "DIRECT", "We are looking for a place to stay because I have never been in exile before. I don\u2019t know where my husband is... He ran away,", "said", N()),
 ("unhcr", "the United Nations' refugee agency (UNHCR)", "INDIRECT", "At least 32,000 South Sudanese have fled to neighboring countries to escape deadly clashes that erupted in the world's newest nation four weeks ago", "said",
   N(note="clause before 'has said'; cue is the lexical verb 'said'")),
]
S["003"] = [
 ("misca", "the African Union military mission in the country", "INDIRECT", "A large group of ex-rebel fighters appears to have gone missing in the Central African Republic", "according to",
   N(note="clause before 'according to'; the AU mission (MISCA) as a body is the speaker")),
 ("eloi_yao", "A spokesman for the African Union mission", "INDIRECT", "a number of combatants from Seleka, the largely Muslim ex-rebel movement, left the C.A.R. capital over the last two days with a convoy of AU Chadian troops, heading towards the north of the country", "says",
   N(onBehalfOf="misca", note="BORDERLINE (cataphora): the unnamed spokesman is named in the next paragraph ('But spokesman Eloi Yao said'), so he is the speaker (as dev13 002 s1, test4 003 s2); a strict 'unnamed official -> body' reading gives 'misca'. The source's ' .' before the full stop is left outside the span")),
 ("eloi_yao", "spokesman Eloi Yao", "INDIRECT", "when the Chadians arrived at Bossangoa, 350 kilometers north of Bangui, the Seleka fighters were no longer with them", "said",
   N(onBehalfOf="misca")),
 (None, "Numerous reports", "INDIRECT", "many of the Seleka are in fact Chadian or Sudanese mercenaries", "suggested",
   N(note="unnamed reports, no speaker: null. BORDERLINE: only the first clause is taken; 'so they may have felt ... to leave too' reads as the reporter's inference. The agentless passive 'have ... been accused of taking sides' (next paragraph) is not annotated")),
 ("eloi_yao", "Yao", "INDIRECT", "there are estimates of hundreds of Seleka leaving Bangui with the Chadians this week", "said", N(onBehalfOf="misca")),
 ("eloi_yao", "he", "INDIRECT", "most probably remain in Bangui", "said",
   N(onBehalfOf="misca", note="clause before ', he said'; the sentence-initial connective 'But' is left out. 'Their number was put at 6,000.' (agentless passive) is not annotated")),
 ("mahamat_doungba", "A military spokesman for the Seleka in Bangui, Mahamat Doungba", "INDIRECT", "the soldiers want to join the C.A.R. army", "said",
   N(onBehalfOf="seleka", note="'said in an interview with VOA that ...'")),
]

A = actor
ACTORS = [
 A("vanna_khveurk", "PERSON", "Vanna Khveurk", "Vanna"),
 A("treup_theurm", "PERSON", "Treup Theurm"),
 A("indigenous_land_community", "ORGANIZATION", "Indigenous Land Community"),
 A("keo_savuth", "PERSON", "Keo Savuth"),
 A("pcheub_pe", "PERSON", "Pcheub Pe"),
 A("yim_lux", "PERSON", "Yim Lux"),
 A("mondulkiri_province", "GOVERNMENT", "Mondulkiri provincial authorities", "Mondulkiri province"),
 A("bin_peuk", "COMPANY", "Bin Peuk I", "Bin Peuk"),
 A("cambodia", "COUNTRY", "Cambodia"),
 A("diing_kon", "PERSON", "Diing Kon", "Kon"),
 A("spla", "GOVERNMENT", "South Sudan's army (SPLA)", "SPLA", "South Sudanese army", "Sudan People's Liberation Army"),
 A("unhcr", "ORGANIZATION", "United Nations refugee agency", "UNHCR", "U.N. refugee agency"),
 A("south_sudan", "COUNTRY", "South Sudan"),
 A("uganda", "COUNTRY", "Uganda"),
 A("misca", "ORGANIZATION", "African Union mission in the Central African Republic", "MISCA", "African Union military mission", "African Union mission", "AU mission"),
 A("african_union", "ORGANIZATION", "African Union", "AU"),
 A("eloi_yao", "PERSON", "Eloi Yao", "Yao"),
 A("mahamat_doungba", "PERSON", "Mahamat Doungba"),
 A("seleka", "ORGANIZATION", "Seleka"),
 A("anti_balaka", "ORGANIZATION", "anti-Balaka"),
 A("central_african_republic", "COUNTRY", "Central African Republic", "C.A.R.", "CAR"),
 A("chad", "COUNTRY", "Chad"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
