#!/usr/bin/env python3
"""Hand annotations of the test19 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
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
 "001": dict(url="https://voazimbabwe.com/amp/zanu-pf-threatens-private-radio-stations-again/1563803.html",
   title="Zanu PF Threatens External Radio Stations Again", publishedOn="2012-12-14",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) AMP page, article 1563803 (web page corpus); the audio widget lines ('Your browser doesn\u2019t support HTML5', 'Interview with Rugare Gumbo') omitted; TRUNCATED: the quotation paragraph '\u201cIt\u2019s an intolerable nonsense. ... must resist such nonsense,\u201d' breaks off before its attribution and was left out; date ESTIMATED (no date on the copy: the story follows the 'recently-concluded' ZANU-PF national conference of 7-8 Dec. 2012, 'ahead of elections next year' (2013); the article id lies between 1553657 (Nov. 2012) and 1590999 (early 2013); may be off by weeks)"),
 "002": dict(url="http://www.voazimbabwe.com/a/zimbabwe-zanu-pf-vows-no-more-concessions-until-sanctions-lifted-28jan10-82965232/1471521.html",
   title="Zimbabwe's Former Ruling Party Digs in Demanding Lifting of Western Sanctions", publishedOn="2010-01-28",
   source="stored copy of the voazimbabwe.com (VOA Studio 7 for Zimbabwe) page, article 1471521 (web page corpus); navigation omitted, and so is the summary deck under the headline ('Statements linking progress ... formally adopted this position', which repeats the third paragraph); TRUNCATED: the paragraph 'He told the pro-ZANU-PF Herald that the politburo had ordered negotiators ... London-based Shortwave Radio Af...' breaks off and was left out; date from the URL ('28jan10')"),
 "003": dict(url="https://www.voanews.com/a/a-13-2009-03-31-voa52-68774592/410891.html",
   title="Pakistani Taliban Claims Responsibility in Lahore Police Attack", publishedOn="2009-03-31",
   source="stored copy of the voanews.com page, article 410891 (web page corpus); navigation omitted; the trailing space of the headline dropped; TRUNCATED: the paragraph 'In interviews with other news organizations, the militant leader said ... He says militants o...' breaks off and was left out; date from the URL"),
 "004": dict(url="https://www.voatibetanenglish.com/a/a-28-2008-09-23-voa3-90307532/1273551.html",
   title="Spokesman Restates Dalai Lama's Desire for Autonomy Ahead of Next Month's Talks with China", publishedOn="2008-09-23",
   source="stored copy of the voatibetanenglish.com (VOA Tibetan, English) page, article 1273551 (web page corpus); the Tibetan-script navigation, date line and language link omitted; TRUNCATED: the paragraph 'But the Tibetan government-in-exile says it has not had any communication with Chinese officials since their last roun...' breaks off and was left out; date from the URL (the speakers spoke 'Monday', 22 Sept. 2008)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("zanu_pf", "Zanu PF", "INDIRECT", "it wants to jam external radio stations broadcasting to Zimbabwe from the United States and the United Kingdom", "says",
   N(note="BORDERLINE: the sentence ends 'according to the party\u2019s spokesman' (Rugare Gumbo, named in the next paragraph), so the report comes through the spokesman; credited to the party as the text's subject says. The concessive 'although it claims to not currently have the technology or money to do so' (infinitive complement, no clause) is not part of the statement and not annotated")),
 ("rugare_gumbo", "Zanu PF spokesman Rugare Gumbo", "INDIRECT", "his party accuses Studio 7, SW Radio Africa and Voice of the People of promoting what he termed an " + Q1 + "illegal regime change" + Q2 + " agenda", "told",
   N(onBehalfOf="zanu_pf", note="the comma before 'told' is in the source; the reported clause runs to the end of the sentence and contains a partial quote")),
 ("rugare_gumbo", "he", "DIRECT", "illegal regime change", "termed",
   N(onBehalfOf="zanu_pf", note="quoted words after 'what he termed' are the speaker's words: DIRECT (as test4's partial quotes and dev3's 'what he called')")),
 ("olivia_muchena", "Zanu PF head of Media, Science and Technology, Olivia Muchena", "INDIRECT", "it was particularly important to jam what she labeled " + Q1 + "hostile foreign media in areas where state-run radio and television services are not available." + Q2, "told",
   N(onBehalfOf="zanu_pf", note="partial quote: the clause runs to the closing mark (as test4 005 s5); 'Delegates ... called for the muzzling of these private radio stations' in the previous paragraph (noun object) is not annotated")),
 ("olivia_muchena", "she", "DIRECT", "hostile foreign media in areas where state-run radio and television services are not available.", "labeled",
   N(onBehalfOf="zanu_pf")),
 ("rugare_gumbo", "Gumbo", "INDIRECT", "his party wishes to jam these broadcasts", "confirmed", N(onBehalfOf="zanu_pf")),
 ("rugare_gumbo", "Gumbo", "INDIRECT", "Zanu PF does not have the capability to do so at this time", "claimed",
   N(onBehalfOf="zanu_pf", note="second coordinated verb of the same subject ('confirmed that ..., but claimed that ...')")),
 ("rugare_gumbo", "Gumbo", "DIRECT", "The technology that we have, whether it will be able to do that or not, is difficult to say,", "revealed",
   N(onBehalfOf="zanu_pf", note="quote before its attribution; the impersonal 'difficult to say' inside it is not a statement")),
 ("rugare_gumbo", "Gumbo", "DIRECT", "I can boycott if you want me to boycott. I can boycott your station.", "saying",
   N(onBehalfOf="zanu_pf", note="'responded by saying:' + quotation; 'the radio stations they accuse of being part of a western regime change agenda' (gerund) in the question is not annotated")),
 ("andrew_moyse", "Media Monitoring Project Zimbabwe director, Andrew Moyse", "INDIRECT", "Zanu PF does not accept the concept of a free media and a democratic society", "said",
   N(onBehalfOf="mmpz", note="the next sentence, 'Moyse called the effort ... an attempt to suppress non-Zanu PF voices' (unquoted 'call' + noun phrase), is not annotated")),
]
S["002"] = [
 ("zanu_pf", "Zimbabwe's former ruling party ZANU-PF", "INDIRECT", "it will make no further concessions in settling issues troubling the Harare power-sharing arrangement until governing partners secure the lifting of sanctions on party brass", "declared"),
 ("ephraim_masawi", "party spokesman Ephraim Masawi", "INDIRECT", "the party\u2019s politburo has now formally adopted this position in response to a statement last week by British foreign secretary David Miliband saying that he would consult the Movement for Democratic Change, among others, on lifting the sanctions", "told",
   N(onBehalfOf="zanu_pf", note="the reported clause contains Miliband's own reported statement (annotated separately). 'Statements linking progress ... have emanated from ZANU-PF before' has no speech verb with a clause and is not annotated")),
 ("david_miliband", "British foreign secretary David Miliband", "INDIRECT", "he would consult the Movement for Democratic Change, among others, on lifting the sanctions", "saying",
   N(onBehalfOf="uk_government", note="participial cue ('a statement ... by ... David Miliband saying that ...'), nested inside Masawi's reported clause; the foreign secretary speaks for the British government")),
 ("ephraim_masawi", "Masawi", "INDIRECT", "this confirmed ZANU-PF\u2019s charge that the former opposition party had a hand in setting the sanctions and therefore should be held responsible for removing them", "said",
   N(onBehalfOf="zanu_pf", note="the noun-headed 'ZANU-PF\u2019s charge that ...' inside the clause is not annotated separately")),
 ("mdc", "The MDC", "INDIRECT", "it has no control in the matter of sanctions", "said",
   N(note="'The MDC' = Tsvangirai's Movement for Democratic Change, 'the former opposition party'. 'Masawi refused to speak with a reporter' (next paragraph) is not a statement")),
]
S["003"] = [
 ("pakistan", "Pakistani officials", "INDIRECT", "Monday's deadly assault on a police training center outside Lahore was planned by a top Pakistani Taliban commander who is now threatening attacks inside the United States", "say",
   N(note="BORDERLINE: unnamed officials of a named country are credited to the country (as most earlier sets and the README describe); a strict 'no named body' reading would give null. The headline and 'has claimed responsibility for ...' (noun object) are not annotated")),
 (None, "they", "INDIRECT", "was an Afghan from eastern Paktika province", "said",
   N(ctx="who they said was an Afghan from eastern Paktika province", note="BORDERLINE: speech report inside a relative clause ('one of the gunmen, who they said was an Afghan ...'); the reported clause has a gap (its subject is the relative pronoun) and is annotated as the words after 'said' (as test4 002 s1). 'they' = 'Security forces', unnamed and of no named body: speaker null")),
 ("rehman_malik", "The chief of the Interior Ministry, Rehman Malik", "INDIRECT", "the captured gunman gave authorities details of the plot", "said",
   N(onBehalfOf="interior_ministry")),
 ("rehman_malik", "Malik", "INDIRECT", "the planning of the attack was done under Baitullah Mehsud in the South Waziristan region and all of those involved traveled to Lahore from South Waziristan some 15 days ago", "says",
   N(onBehalfOf="interior_ministry", note="two coordinated clauses under one verb: one statement")),
 (None, "Reporters", "INDIRECT", "they recognized Mehsud's voice from previous interviews", "said",
   N(note="unnamed reporters of no named body: speaker null. 'Baitullah Mehsud claimed responsibility for the attack' (noun object) and the Fedayeen al-Islam spokesman who 'also took responsibility for the attack' are not annotated")),
 ("baitullah_mehsud", "Mehsud", "INDIRECT", "Monday's assault, as well as a suicide bombing on an Islamabad police station last week and a previous bombing in the western town Bannu, were in retaliation for U.S. drone strikes in the tribal regions", "said",
   N(onBehalfOf="ttp", note="the leader of the Pakistani Taliban speaks for it")),
 ("baitullah_mehsud", "He", "INDIRECT", "the main reason for these attacks is the drone strikes which kill innocent people, particularly women and children", "says",
   N(onBehalfOf="ttp")),
 ("baitullah_mehsud", "He", "INDIRECT", "more attacks are planned", "says", N(onBehalfOf="ttp")),
]
S["004"] = [
 ("tenzin_taklha", "Spokesman Tenzin Taklha", "INDIRECT", "the Dalai Lama desires a realistic solution to the Tibet issue within China's constitutional framework", "told",
   N(onBehalfOf="dalai_lama", note="the headline 'Spokesman Restates Dalai Lama's Desire ...' and the lead 'A spokesperson for the Dalai Lama has restated the ... desire for an autonomous status ...' (noun objects) are not annotated")),
 ("tsering_woeser", "Beijing-based Tibetan writer Tsering Woeser", "INDIRECT", "China has no genuine desire to resolve the Tibet issue", "says"),
 ("tsering_woeser", "She", "DIRECT", "Each round of talks has shown us that the Chinese side still does not have any good faith in resolving the Tibet issue, but instead is still playing a kind of public relations move, declaring its dominant stance. So, under these circumstances, as far as Tibetans are concerned, each round of talks has been a failure, which makes them feel frustrated. The protest movement that erupted across all Tibetan areas in March of this year, was actually related to the repeated failure of the talks.", "told",
   N(note="quote after its attribution ('She told VOA Monday, \"...\"'). The next paragraph's 'China strongly rejected an appeal ...' (noun object) and 'China's Foreign Ministry accused the United States of interfering ...' (accuse ... of + gerund) are not annotated")),
 ("us_senate", "The U.S. Senate resolution passed last week", "INDIRECT", "talks proposed for October should address Tibetans' legitimate grievances and not just the status of the Dalai Lama", "said",
   N(note="a document (the Senate's resolution) as the subject of 'said': credited to the body that passed it")),
]

A = actor
ACTORS = [
 A("zanu_pf", "ORGANIZATION", "ZANU-PF", "Zanu PF", "Zanu-PF", "Zimbabwe African National Union-Patriotic Front"),
 A("rugare_gumbo", "PERSON", "Rugare Gumbo", "Gumbo", "Zanu PF spokesman Rugare Gumbo"),
 A("olivia_muchena", "PERSON", "Olivia Muchena", "Muchena"),
 A("andrew_moyse", "PERSON", "Andrew Moyse", "Moyse"),
 A("mmpz", "ORGANIZATION", "Media Monitoring Project Zimbabwe", "MMPZ"),
 A("studio7", "ORGANIZATION", "Studio 7", "VOA Studio 7", "VOA's Studio 7"),
 A("sw_radio_africa", "ORGANIZATION", "SW Radio Africa"),
 A("voice_of_the_people", "ORGANIZATION", "Voice of the People"),
 A("ephraim_masawi", "PERSON", "Ephraim Masawi", "Masawi"),
 A("david_miliband", "PERSON", "David Miliband", "Miliband"),
 A("uk_government", "GOVERNMENT", "British government", "Britain", "United Kingdom"),
 A("mdc", "ORGANIZATION", "Movement for Democratic Change", "MDC"),
 A("robert_mugabe", "PERSON", "Robert Mugabe", "President Robert Mugabe", "Mugabe"),
 A("herald", "COMPANY", "The Herald", "Herald", "state-run Herald newspaper"),
 A("pakistan", "COUNTRY", "Pakistan"),
 A("rehman_malik", "PERSON", "Rehman Malik", "Malik"),
 A("interior_ministry", "GOVERNMENT", "Interior Ministry (Pakistan)", "Interior Ministry", "Pakistan's Interior Ministry"),
 A("baitullah_mehsud", "PERSON", "Baitullah Mehsud", "Mehsud"),
 A("ttp", "ORGANIZATION", "Tehrik-e-Taliban Pakistan", "Pakistani Taliban", "TTP"),
 A("fedayeen_al_islam", "ORGANIZATION", "Fedayeen al-Islam"),
 A("dalai_lama", "PERSON", "Dalai Lama", "the Dalai Lama"),
 A("tenzin_taklha", "PERSON", "Tenzin Taklha", "Taklha"),
 A("tsering_woeser", "PERSON", "Tsering Woeser", "Woeser"),
 A("china_foreign_ministry", "GOVERNMENT", "Ministry of Foreign Affairs of China", "China's Foreign Ministry", "Chinese Foreign Ministry"),
 A("china", "COUNTRY", "China"),
 A("us_senate", "GOVERNMENT", "U.S. Senate", "United States Senate", "US Senate", "Senate"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
