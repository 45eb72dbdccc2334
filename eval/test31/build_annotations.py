#!/usr/bin/env python3
"""Hand annotations of the test31 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of
the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voazimbabwe.com/a/a-13-56-74-2009-05-08-voa48-68965137/1459648.html",
   title="Zimbabwe's Tsvangirai Takes Long View on Power-Sharing Government", publishedOn="2009-05-08",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page (web page corpus); navigation ('Accessibility links', 'Breaking News') omitted; TRUNCATED: the paragraph 'A spokesman for Mr. Tsvangirai's MDC grouping described the arrests ... releasing most of the activists a...' breaks off and was left out; date from the URL (Tsvangirai spoke 'on Friday', 8 May 2009)"),
 "002": dict(url="https://www.voacambodia.com/a/opposition-wants-lawmakers-returned-to-assembly-seats/1682032.html",
   title="Opposition Wants Lawmakers Returned to Assembly Seats", publishedOn="2013-06-13",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation, the photo caption (printed twice) and the audio-player text omitted; the dateline 'WASHINGTON DC - ' is inline in the source; TRUNCATED: the paragraph 'Sam Rainsy Party lawmaker Son Chhay, who also joined \u201cHello VOA\u201d on Thursday, agreed. If the ruling Cambodian People\u2019s Part...' breaks off and was left out; date ESTIMATED: the expulsion of the 29 lawmakers was on 5 June 2013 ('earlier this month'), the guests spoke 'on Thursday', and the article id lies below voazimbabwe 1712975 (29-30 July 2013); Thursday 13 June 2013 is the best guess, 20 June is possible"),
 "003": dict(url="https://khmer.voanews.com/a/duch-returns-to-khmer-rouge-trial-after-four-years/3367689.html",
   title="Duch Returns to Khmer Rouge Trial After Four Years", publishedOn="2016-06-08",
   source="stored copy of the khmer.voanews.com (VOA Khmer) page, English article (web page corpus); the Khmer-language navigation lines and the standfirst (a near-copy of the second paragraph's relative clause) omitted; TRUNCATED: the paragraph '\u201cThe fact that \u2026 Uncle Nuon rejected this is wrong. In the communist party, it was the secretary and deputy secre...' breaks off and was left out; 'Duch repeated allegations ... that Duch had given direct orders' is verbatim (the source's slip for Nuon Chea); date ESTIMATED: Duch took the stand on Tuesday 7 June 2016 (Case 002/02, trial week 53) and the text says he 'returned yesterday', so it was written Wednesday 8 June 2016"),
 "004": dict(url="https://www.voazimbabwe.com/a/zimbabw-agriculture-minister-warns-against-meddling-in-food-issues-118186739/1464028.html",
   title="Zimbabwe Minister Denies Excluding United Nations From Food Assessment", publishedOn="2011-03-31",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page (web page corpus); navigation and the standfirst (a near-copy of the second paragraph) omitted; 'allow made to play politics' (lower-case 'made') verbatim; TRUNCATED: the paragraph 'For a closer look at the current...' breaks off and was left out; date ESTIMATED (no date on the copy): food aid is needed 'through the April maize harvest' after 'a dry spell in February', and the old-style id 118186739 lies between 100455184 (Aug. 2010) and 124791359 (30 June 2011), which puts it near the end of March 2011; may be off by weeks"),
 "005": dict(url="https://www.voazimbabwe.com/a/zimbabwe-elections-villagers-flee-zanu-pf-supporters/1712975.html",
   title="Villagers Abandon Homes as Zanu PF Evicts MDC-T Activists", publishedOn="2013-07-29",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page (web page corpus); navigation omitted; the unattributed quotation paragraph ends without a full stop, as in the source; TRUNCATED: the paragraph 'Elsewhere, a visit by Studio 7 to a number of polling stations ... in time for Wednesday...' breaks off and was left out; date ESTIMATED: the assault was 'Sunday night' (28 July 2013) and polling stations were ready 'in time for Wednesday' (the 31 July 2013 general election), so Monday 29 July 2013 (possibly the 30th)"),
 "006": dict(url="https://www.voazimbabwe.com/a/a-13-56-74-2008-07-02-voa57-68994682/1468157.html",
   title="Zimbabwe's Tsvangirai Throws Cold Water On Unity Government Talk", publishedOn="2008-07-02",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page (web page corpus); navigation omitted; TRUNCATED: the paragraph 'British Prime Minister Gordon Brown blasted Mr. Mugabe's \"blood-stained\" government. ... Mr Brown threatened h...' breaks off and was left out (with it a partial quote and a 'He said' statement); date from the URL (Tsvangirai spoke 'Wednesday', 2 July 2008)"),
 "007": dict(url="https://www.voazimbabwe.com/a/a-13-56-74-2008-04-23-voa57-68994272/1465360.html",
   title="Zimbabwe State Media Floats Proposal For National Unity Government", publishedOn="2008-04-23",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page (web page corpus); navigation and the closing line 'More reports from VOA's Studio 7 for Zimbabwe...' omitted; complete as stored; apostrophes as in the source (straight, one curly in 'ZANU-PF\u2019s'); date from the URL (the Herald proposal appeared 'Wednesday', 23 April 2008)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("morgan_tsvangirai", "Prime Minister Morgan Tsvangirai", "INDIRECT", "the principals in power-sharing are making progress on resolving issues still outstanding three months after the government was formed", "saying",
   N(onBehalfOf="zimbabwe_government", note="participial cue after 'downplayed ongoing divisions' (a noun-object report, not annotated)")),
 ("morgan_tsvangirai", "Tsvangirai", "INDIRECT", "setbacks to unity come at a cost in confidence", "acknowledged",
   N(onBehalfOf="zimbabwe_government", note="the clause after the interposed 'in an exclusive interview with correspondent Benedict Nhlapho ... that'")),
 ("morgan_tsvangirai", "Tsvangirai", "DIRECT", "We are very satisfied with the performance of this government,", "said", N(onBehalfOf="zimbabwe_government")),
 ("morgan_tsvangirai", "he", "DIRECT", "incremental gains", "called",
   N(onBehalfOf="zimbabwe_government", note="BORDERLINE: a quoted phrase inside 'citing what he called \"incremental gains\" in ...'; no reported clause, so DIRECT only")),
 ("morgan_tsvangirai", "Tsvangirai", "DIRECT", "So Zimbabweans see this as a positive step and they are cautiously optimistic.", "said",
   N(onBehalfOf="zimbabwe_government", note="second quotation of the same paragraph, after the participial phrase; no attribution of its own")),
 ("morgan_tsvangirai", "Tsvangirai", "DIRECT", "The challenges are many, mostly economic, but there are also political challenges,", "said",
   N(onBehalfOf="zimbabwe_government", note="'He acknowledged political difficulties.' (noun object) is not annotated")),
 ("morgan_tsvangirai", "Tsvangirai", "DIRECT", "You know that we still have outstanding issues which we have been discussing and (on) which we are making slow progress, but sometimes act as a damper to the confidence of the people because they see this as a reluctance on (the part of) some of the core signatories to implement the Global Political Agreement (signed in September 2008) and that affects the confidence", "said",
   N(onBehalfOf="zimbabwe_government", note="second span after the attribution; the quotation closes before the reporter's 'of Zimbabweans.'; bracketed insertions kept")),
]
S["002"] = [
 ("cpp", "Ruling party officials", "INDIRECT", "the expulsion was legal, since the parliamentarians switched to another party, thereby giving up their seats", "say",
   N(note="BORDERLINE: unnamed officials of 'the ruling party', credited to the Cambodian People's Party (named only in the truncated part of the story); null is defensible. 'Opposition leaders are urging ruling party lawmakers to reconsider ...' (a request with an infinitive) is not annotated")),
 (None, "Opponents", "INDIRECT", "lawmakers cannot legally be expelled from the Assembly within six months of their terms ending", "say",
   N(note="unnamed people, no body: speaker null")),
 ("us_state_department", "The US State Department", "DIRECT", "full participation of all elected representatives is essential.", "called",
   N(note="BORDERLINE: a quotation inside a 'where' clause after 'called the expulsion harmful to ...' (object complement, not a reported clause), so DIRECT only. 'Ruling party officials then called the US position unacceptable.' is not annotated (no clause, no quotation)")),
 ("son_soubert", "former speaker at the National Assembly, Son Soubert, who is the current head of the Human Rights Party", "INDIRECT", "the US has a right to issue statements on the Assembly, since it was an initiator of the Paris Peace Accords that helped form the Cambodian government", "told",
   N(onBehalfOf="hrp", note="the programme title \u201cHello VOA\u201d is not a quotation")),
 ("son_soubert", "he", "DIRECT", "They paid a lot of money, the US and the EU, for the existence of the democracy in Cambodia,", "said", N(onBehalfOf="hrp")),
 ("son_soubert", "he", "INDIRECT", "Cambodia\u2019s democratic system is supposed to be designed so that one party does not have control of the process", "said",
   N(onBehalfOf="hrp", note="clause before ', he said'")),
 ("son_soubert", "he", "DIRECT", "The communist parties, they control their members and they do whatever they wish to,", "said", N(onBehalfOf="hrp")),
]
S["003"] = [
 ("duch", "Kaing Guek Eav, the chief of Phnom Penh\u2019s notorious S-21 Khmer Rouge security center", "INDIRECT", "Nuon Chea\u2019s attempt to distance himself from atrocities committed at the jail were \u201cmeaningless\u201d", "argue",
   N(note="'returned ... to argue that ...': infinitive of purpose with a speech verb; the clause runs to the closing mark (the full stop is outside it); partial quote also DIRECT")),
 ("duch", "Kaing Guek Eav", "DIRECT", "meaningless", "argue", N(ctx="\u201cmeaningless\u201d.")),
 ("duch", "Duch", "INDIRECT", "he was surprised to learn that Chea had rejected allegations he ordered torture at S-21, also known as Toul Sleng", "said",
   N(note="'Duch repeated allegations on Tuesday that Duch had given direct orders ...' (previous paragraph) is a noun-headed report and is not annotated, by the set's convention; nor is 'Chea had rejected allegations he ordered torture' (noun object) inside this clause")),
 ("duch", "he", "DIRECT", "This rejection is meaningless,", "said"),
 ("duch", "he", "INDIRECT", "all actions taken at the prison were done under the supervision of the top Khmer Rouge leadership", "adding",
   N(note="participial cue after the attribution")),
 ("duch", "he", "DIRECT", "The rejection [of the allegations] by Uncle Nuon is a surprise to me. I\u2019m really surprised. I did not expect that. S-21 was like other security departments in Democratic Kampuchea,", "said",
   N(note="bracketed insertion kept")),
]
S["004"] = [
 ("joseph_made", "reported comments by Zimbabwean Agriculture Minister Joseph Made", "INDIRECT", "he would bar United Nations agencies from joining in food and crop assessment surveys in the country", "saying",
   N(onBehalfOf="zimbabwe_government", note="participial cue on 'comments by ... Made saying'; 'citing national security issues' (noun object) is left out")),
 ("joseph_made", "Made", "INDIRECT", "the assessment of crops and food is a matter of national security that should be treated with \u201cutmost caution and exclusivity.\u201d", "saying",
   N(onBehalfOf="zimbabwe_government", note="'IRIN quoted Made as saying that ...': Made is the speaker, IRIN the reporter; partial quote also DIRECT")),
 ("joseph_made", "Made", "DIRECT", "utmost caution and exclusivity.", "saying", N(onBehalfOf="zimbabwe_government")),
 ("joseph_made", "Made", "DIRECT", "We don\u2019t want to have politics in food.", "adding",
   N(onBehalfOf="zimbabwe_government", note="'The agency quoted Made as accusing UN agencies of circulating negative information' (gerund object, no clause) is not annotated")),
 ("fao", "officials at the FAO in Harare", "INDIRECT", "Harare had carried out its survey without them", "saying",
   N(note="unnamed officials of a named body -> the body; 'declined to comment' is not annotated")),
 ("joseph_made", "Made", "INDIRECT", "the IRIN report misquoted him", "told", N(onBehalfOf="zimbabwe_government")),
 ("joseph_made", "He", "INDIRECT", "Harare would work with UN agencies and non-governmental organizations as long as they stay out of Zimbabwean politics", "said",
   N(onBehalfOf="zimbabwe_government")),
 ("moses_jiri", "Moses Jiri, a member of Parliament\u2019s portfolio committee on agriculture", "INDIRECT", "his panel will not allow made to play politics with food at a critical time", "says",
   N(onBehalfOf="zimbabwe_parliament", note="'made' (lower case) is the source's spelling of the minister's name")),
]
S["005"] = [
 ("lillian_timveos", "Lillian Timveos, the Midlands South provincial chairperson for the Movement for Democratic Change led by Prime Minister Morgan Tsvangirai", "INDIRECT", "the villagers, who include a pregnant woman, fled their homes Sunday night following the alleged assault and harassment", "told",
   N(onBehalfOf="mdc_t", note="'told VOA Studio 7' without 'that'")),
 ("lillian_timveos", "Mrs. Timveos", "DIRECT", "It\u2019s true that there are some MDC-T supporters from about four homesteads in Ndindani village in Dayataya Ward who fled their homes after they had been assaulted by Zanu PF supporters. This happened on Sunday night,", "said",
   N(onBehalfOf="mdc_t", note="official named after her words")),
 ("lillian_timveos", "She", "INDIRECT", "the villagers were being punished for leaving a meeting called by Chief Masala early Sunday when they realized that it was a political meeting aimed at drumming up support for Zanu PF", "said",
   N(onBehalfOf="mdc_t")),
 ("lillian_timveos", "She", "DIRECT", "The villagers say Chief Masala called a public meeting insisting that all villagers should attend. When villagers from across the political divide arrived at the meeting, they realized later that it was a Zanu PF meeting which had been called under the guise of a public meeting. So, some MDC-T supporters decided to leave as they felt that it was improper for the chief to call for a political meeting", "said",
   N(onBehalfOf="mdc_t", note="a quotation paragraph with no attribution of its own, after her reported speech: credited to her with the cue of the preceding sentence; it ends without a full stop in the source")),
 (None, "The villagers", "INDIRECT", "Chief Masala called a public meeting insisting that all villagers should attend", "say",
   N(note="BORDERLINE (nested): a report inside Timveos's quotation; unnamed villagers, speaker null")),
 ("chief_masala", "Chief Masala", "INDIRECT", "all villagers should attend", "insisting",
   N(note="BORDERLINE (nested twice): participial cue inside the villagers' report inside the quotation")),
 ("lillian_timveos", "Mrs. Timveos", "INDIRECT", "she is concerned that three MDC-T youths, who were also assaulted, are in police custody", "said",
   N(onBehalfOf="mdc_t", note="the whole complement is taken (as 'said she is concerned that ...' reports her concern); 'promised to investigate' (infinitive), 'was not available for comment' and 'confirmed the incident' (noun object, an unnamed officer) are not annotated")),
]
S["006"] = [
 ("morgan_tsvangirai", "Zimbabwean opposition leader Morgan Tsvangirai", "INDIRECT", "he is not prepared to negotiate with President Robert Mugabe and his ruling party as to a government of national unity until the political violence that has claimed scores of opposition lives is halted", "said",
   N(onBehalfOf="mdc_t")),
 ("morgan_tsvangirai", "Tsvangirai", "INDIRECT", "he would not enter into such talks unless the mediation process now in the hands of South African President Thabo Mbeki were expanded", "added",
   N(onBehalfOf="mdc_t", note="'He has previously urged the African Union to appoint a full-time mediator' (request with an infinitive) is not annotated")),
 ("sylvia_manika", "Harare correspondent Sylvia Manika of VOA's Studio 7 for Zimbabwe", "INDIRECT", "Tsvangirai instead proposed a transitional government for a limited period of time", "reported",
   N(onBehalfOf="voa", note="BORDERLINE: the reporter is the speaker of the reported clause; 'proposed a transitional government' inside it is a noun object and is not annotated separately")),
 ("european_union", "European Union officials", "INDIRECT", "Tsvangirai be named head of government in any government of national unity", "urged",
   N(note="BORDERLINE: 'urged that' + subjunctive clause is annotated (a clause, unlike the infinitive requests the set leaves out); unnamed officials of a named body -> the body. 'Harare expressed readiness to open talks' and 'have rejected the outcome' (noun objects) are not annotated")),
]
S["007"] = [
 ("obediah_mazombwe", "its author", "INDIRECT", "should be headed by President Robert Mugabe", "said",
   N(note="BORDERLINE: speech verb in a relative clause with a gapped subject ('a ... government that its author said should be headed by ...'); 'its author' is taken to be Mazombwe, named in the next sentence (the text does not say so outright)")),
 ("obediah_mazombwe", "Pro-government commentator Obediah Mukura Mazombwe", "INDIRECT", "neighboring countries should help broker a deal as political tensions make a presidential runoff problematic", "said"),
 ("mdc_t", "whose party", "INDIRECT", "he won the election", "says",
   N(note="speech verb in a relative clause; 'whose party' = Tsvangirai's Movement for Democratic Change")),
 (None, "observers", "INDIRECT", "was having a significant impact on international opinion", "said",
   N(note="relative clause with a gapped subject ('a diplomatic offensive that observers said was having ...'); unnamed observers: speaker null")),
 ("patrick_chinamasa", "Justice Minister Patrick Chinamasa", "INDIRECT", "he knew nothing of such a proposal", "said",
   N(onBehalfOf="zimbabwe_government", note="'Matonga ... dismissed the idea' (noun object) is not annotated; nor are 'lent his support to the notion' and 'called for an arms embargo'")),
 ("tendai_biti", "Tsvangirai MDC Secretary General Tendai Biti", "INDIRECT", "the proposal in the Herald should not be dismissed as an opinion but was a reflection of ZANU-PF\u2019s thought process", "said",
   N(onBehalfOf="mdc_t")),
 ("tendai_biti", "Tsvangirai MDC Secretary General Tendai Biti", "INDIRECT", "it showed ZANU-PF knew Mr. Mugabe could not win a runoff", "contending",
   N(onBehalfOf="mdc_t", note="participial cue")),
]

A = actor
ACTORS = [
 A("morgan_tsvangirai", "PERSON", "Morgan Tsvangirai", "Tsvangirai", "Prime Minister Morgan Tsvangirai", "Mr. Tsvangirai"),
 A("zimbabwe_government", "GOVERNMENT", "Government of Zimbabwe", "Harare", "Zimbabwean government"),
 A("mdc_t", "ORGANIZATION", "Movement for Democratic Change (Tsvangirai)", "MDC-T", "MDC", "Movement for Democratic Change"),
 A("robert_mugabe", "PERSON", "Robert Mugabe", "Mugabe", "Mr. Mugabe", "President Robert Mugabe"),
 A("benedict_nhlapho", "PERSON", "Benedict Nhlapho"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA", "VOA's Studio 7 for Zimbabwe", "Studio 7"),
 A("cpp", "ORGANIZATION", "Cambodian People's Party", "CPP", "ruling party"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. State Department"),
 A("son_soubert", "PERSON", "Son Soubert", "Soubert"),
 A("hrp", "ORGANIZATION", "Human Rights Party", "HRP"),
 A("duch", "PERSON", "Kaing Guek Eav", "Duch", "Guek Eav"),
 A("nuon_chea", "PERSON", "Nuon Chea", "Chea", "Uncle Nuon"),
 A("khieu_samphan", "PERSON", "Khieu Samphan"),
 A("joseph_made", "PERSON", "Joseph Made", "Made"),
 A("irin", "ORGANIZATION", "IRIN", "UN news agency IRIN"),
 A("fao", "ORGANIZATION", "Food and Agriculture Organization", "FAO", "UN Food and Agriculture Organization"),
 A("sandra_nyaira", "PERSON", "Sandra Nyaira"),
 A("moses_jiri", "PERSON", "Moses Jiri"),
 A("zimbabwe_parliament", "GOVERNMENT", "Parliament of Zimbabwe", "Parliament"),
 A("lillian_timveos", "PERSON", "Lillian Timveos", "Mrs. Timveos", "Timveos"),
 A("chief_masala", "PERSON", "Chief Masala", "Masala"),
 A("zanu_pf", "ORGANIZATION", "ZANU-PF", "Zanu PF"),
 A("emmanuel_mahoko", "PERSON", "Emmanuel Mahoko", "Inspector Emmanuel Mahoko"),
 A("thabo_mbeki", "PERSON", "Thabo Mbeki", "Mr. Mbeki"),
 A("sylvia_manika", "PERSON", "Sylvia Manika"),
 A("european_union", "ORGANIZATION", "European Union", "EU"),
 A("obediah_mazombwe", "PERSON", "Obediah Mukura Mazombwe", "Mazombwe"),
 A("the_herald", "COMPANY", "The Herald (Zimbabwe)", "Herald"),
 A("patrick_chinamasa", "PERSON", "Patrick Chinamasa", "Chinamasa"),
 A("bright_matonga", "PERSON", "Bright Matonga", "Matonga"),
 A("tendai_biti", "PERSON", "Tendai Biti", "Biti"),
 A("jacob_zuma", "PERSON", "Jacob Zuma", "Zuma"),
 A("gordon_brown", "PERSON", "Gordon Brown", "Brown"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
