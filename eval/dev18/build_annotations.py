#!/usr/bin/env python3
"""Hand annotations of the dev18 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

WF = "Washington File (US Department of State, Bureau of International Information Programs)"
ART = {
 "001": dict(url="https://usinfo.org/usia/usinfo.state.gov/topical/pol/arms/stories/00091206.htm",
   title="Thompson Says He Supports PNTR, But Pushes Amendment", publishedOn="2000-09-11", outlet=WF,
   source="stored copy of the usinfo.org archive of the Washington File (usinfo.state.gov) story 00091206 (web page corpus); no byline; the header lines 'International Information Programs', 'Washington File' and the date line '11 September 2000' omitted; hard line wraps joined; TRUNCATED: the stored copy breaks off in the paragraph 'Thompson reminded senators that on \"the eve of the Senate's consideration of PNTR for ...', which was left out; date from the date line"),
 "002": dict(url="http://iwar.org.uk/news-archive/2003/05-14-5.htm",
   title="Rice Says Recent Attacks Show Need for Global Anti-Terror Effort", publishedOn="2003-05-14", outlet=WF,
   source="stored copy of a third-party reproduction (iwar.org.uk news archive) of a Washington File story (web page corpus); the Washington File origin is shown by its format (date line, headline, parenthesised deck and word count '(NSC advisor briefs foreign journalists) (5680)', the same as usinfo.state.gov items); deck, word count and site navigation omitted; no byline; TRUNCATED: the paragraph 'In response to another question, she said there is \"broadscale agreement\" ... \"that a peaceful resolution is possib...' breaks off and was left out; date from the date line '14 May 2003'"),
 "003": dict(url="http://hri.org/news/usa/usia/1996/96-12-13.usia.html",
   title="TRANSCRIPT: U.S.-EU SUMMIT BACKGROUND BRIEFING DECEMBER 13", publishedOn="1996-12-13",
   outlet="United States Information Agency (USIA Washington File)",
   source="stored copy of the hri.org mirror of a USIA Gopher item (web page corpus; 'From: The United States Information Agency (USIA) Gopher at <gopher://gopher.usia.gov>'), the staff-written lead of a USIA Washington File transcript item; the mirror's header lines, the deck '(New Transatlantic Agenda yields \"initial harvest\") (5470)' omitted; hard line wraps joined (paragraph ends read from the short lines); headline kept in capitals as in the source; TRUNCATED: the paragraph 'The first set of MRAs would cover pharaceutical ... If' breaks off and was left out (the transcript itself is beyond the stored part); date from the URL and 'told reporters December 13'"),
 "004": dict(url="https://japan2.usembassy.gov/e/p/2007/tp-20070702-01.html",
   title="Africa Health, Education Programs Get Boost from U.S. First Lady", publishedOn="2007-07-02",
   outlet="USINFO (US Department of State), on the US Embassy Tokyo site",
   source="stored copy of the US Embassy Tokyo (japan2.usembassy.gov) copy of a USINFO story by Lea Terhune, USINFO Staff Writer (web page corpus); byline omitted; the stored copy ends with a complete paragraph, but the story probably continues (TRUNCATED); date from the URL (tp-20070702; the tour ended 'June 29', so the USINFO original may be dated 2007-06-29 to 07-02)"),
 "005": dict(url="https://www.globalsecurity.org/wmd/library/news/iraq/2005/06/iraq-050628-usia01.htm",
   title="Rice Sees Iraq's Political Process as Key to Defeating Insurgents", publishedOn="2005-06-28", outlet=WF,
   source="stored copy of the globalsecurity.org reproduction of a Washington File story (file name 'usia01', as globalsecurity names its Washington File items; web page corpus); the site banner, the date line '28 June 2005' and the deck 'Secretary calls Iraq opportunity to change \"poisonous politics\" in Mideast' omitted; double spaces after full stops kept as in the source; TRUNCATED: the paragraph 'Rice said that the stakes are high in Iraq because it represents an opportunity to change what ...' breaks off and was left out; date from the date line"),
 "006": dict(url="https://www.globalsecurity.org/wmd/library/news/iraq/2004/02/iraq-040203-usia02.htm",
   title="Powell Defends Invasion of Iraq Despite Absence of WMD", publishedOn="2004-02-03", outlet=WF,
   source="stored copy of the globalsecurity.org reproduction of a Washington File story (file name 'usia02'; web page corpus); the site banner, the date line '03 February 2004' and the deck 'Tells Washington Post Iraq Had Capability, Intent to Develop WMD' omitted; TRUNCATED: the paragraph 'When asked if he would have recommended an invasion of Iraq ...' breaks off and was left out; date from the date line"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("fred_thompson", "Senator Fred Thompson (Republican of Tennessee)", "INDIRECT", "it was \"inconceivable\" that they would not address \"what China is doing to endanger our country\" while \"we discuss trade issues and a new relationship with China.\"", "said",
   N(note="partial quotes: the clause to the closing mark is INDIRECT, each quoted span DIRECT")),
 ("fred_thompson", "Senator Fred Thompson (Republican of Tennessee)", "DIRECT", "inconceivable", "said", N(ctx="\"inconceivable\"")),
 ("fred_thompson", "Senator Fred Thompson (Republican of Tennessee)", "DIRECT", "what China is doing to endanger our country", "said"),
 ("fred_thompson", "Senator Fred Thompson (Republican of Tennessee)", "DIRECT", "we discuss trade issues and a new relationship with China.", "said"),
 ("fred_thompson", "Thompson", "INDIRECT", "he supports legislation granting China Permanent Normal Trade Relations (PNTR) status", "said",
   N(note="speech verb in a relative clause ('Thompson, who said ...'). 'urged his colleagues to support his amendment' (a request with an infinitive) is not annotated")),
 ("fred_thompson", "The Tennessee legislator", "INDIRECT", "he introduced Amendment 4132 to H.R. 4444, the China PNTR bill, because he had been unable to bring his China Non-Proliferation Act before the Senate any other way", "said"),
 ("fred_thompson", "Thompson", "DIRECT", "I support PNTR,", "said"),
 ("fred_thompson", "he", "INDIRECT", "the United States cannot ignore China's proliferation activities because \"if we ever signal to the world that we are more concerned with the trade dollar than we are with our own national security, we will not remain a superpower for very long.\"", "added",
   N(note="'But, he added, clause': the clause after the attribution, to the closing mark; the quoted part is also DIRECT")),
 ("fred_thompson", "he", "DIRECT", "if we ever signal to the world that we are more concerned with the trade dollar than we are with our own national security, we will not remain a superpower for very long.", "added"),
 ("fred_thompson", "Thompson", "INDIRECT", "\"provides for an annual report to Congress and to the American people as to the proliferation activities\" of China, Russia, and North Korea", "explained",
   N(note="BORDERLINE (subject before the attribution): 'The amendment, Thompson explained, \"provides ...\" of China, ...' - the predicate after the attribution is taken; the subject 'The amendment' is left out; the quoted part is also DIRECT")),
 ("fred_thompson", "Thompson", "DIRECT", "provides for an annual report to Congress and to the American people as to the proliferation activities", "explained"),
 ("fred_thompson", "he", "INDIRECT", "The three countries \"have already been identified as key suppliers,\"", "added",
   N(note="clause before the verb, to the closing mark; the quoted predicate is also DIRECT")),
 ("fred_thompson", "he", "DIRECT", "have already been identified as key suppliers,", "added"),
 ("fred_thompson", "Thompson", "DIRECT", "I know people in this body want to pass PNTR,", "said"),
 ("fred_thompson", "Thompson", "DIRECT", "They do not want any complications.", "said", N(note="second span of an interrupted quote")),
 ("fred_thompson", "he", "INDIRECT", "should the Senate's primary question be \"whether or not the House would ratify what we do? Since when does the Senate vote on an item simply because they are afraid of what the House of Representatives might or might not do?\"", "asked",
   N(note="BORDERLINE: a reported question in direct word order after 'But, he asked,'; annotated as INDIRECT (to the closing mark) plus the quoted part as DIRECT; skipping the INDIRECT is defensible")),
 ("fred_thompson", "he", "DIRECT", "whether or not the House would ratify what we do? Since when does the Senate vote on an item simply because they are afraid of what the House of Representatives might or might not do?", "asked"),
 ("fred_thompson", "Thompson", "DIRECT", "included provisions in their bill regarding prison labor, import surges, religious freedom, increases in funding for Radio Free Asia. All of that was in their bill.", "noted",
   N(note="'House Members, Thompson noted, \"...\"': the whole predicate is quoted, so DIRECT only")),
 ("fred_thompson", "he", "DIRECT", "Are we going to tell the world that nuclear proliferation is not as much a concern as is funding for Radio Free Asia?", "asked"),
]
RICE_NSA = dict(onBehalfOf="united_states")
S["002"] = [
 ("condoleezza_rice", "Condoleezza Rice, President Bush's national security advisor", "INDIRECT", "Recent terrorist actions have reminded the world once again that a united global effort will be needed for some time to come in the ongoing war against terrorism", "says",
   N(note="clause before the verb", **RICE_NSA)),
 ("condoleezza_rice", "Rice", "INDIRECT", "the recent bombings of western targets in Riyadh, Saudi Arabia -- as well as terrorist actions in Chechnya earlier this week -- clearly show that \"there is hard work ahead\" to curb terrorism in which all nations \"must participate to the fullest.\"", "said",
   N(note="the dashed aside is kept inside the clause; partial quotes also DIRECT", **RICE_NSA)),
 ("condoleezza_rice", "Rice", "DIRECT", "there is hard work ahead", "said", N(**RICE_NSA)),
 ("condoleezza_rice", "Rice", "DIRECT", "must participate to the fullest.", "said", N(**RICE_NSA)),
 ("condoleezza_rice", "The national security advisor", "INDIRECT", "cooperation with Saudi Arabia has been \"very good\" on such matters as stopping the financing of terrorism, and \"we expect to have even more intensive discussions\" in the wake of the recent attacks", "said",
   N(note="two coordinated clauses under one 'said' taken as one statement", **RICE_NSA)),
 ("condoleezza_rice", "The national security advisor", "DIRECT", "very good", "said", N(**RICE_NSA)),
 ("condoleezza_rice", "The national security advisor", "DIRECT", "we expect to have even more intensive discussions", "said", N(**RICE_NSA)),
 ("condoleezza_rice", "Rice", "INDIRECT", "\"no one should be willing to give in to the kind of blackmail that the North Koreans have been practicing on the world for a number of years.\"", "said",
   N(note="BORDERLINE: a whole clause quoted after 'said that': INDIRECT (with the marks) and DIRECT (inside them)", **RICE_NSA)),
 ("condoleezza_rice", "Rice", "DIRECT", "no one should be willing to give in to the kind of blackmail that the North Koreans have been practicing on the world for a number of years.", "said", N(**RICE_NSA)),
 ("condoleezza_rice", "She", "INDIRECT", "this is a problem between North Korea and the world, \"and that's why we've insisted on multilateral talks\" that include North Korea's neighbors and the most affected states", "reiterated",
   N(**RICE_NSA)),
 ("condoleezza_rice", "She", "DIRECT", "and that's why we've insisted on multilateral talks", "reiterated", N(**RICE_NSA)),
 ("condoleezza_rice", "she", "INDIRECT", "The United States was \"specially appreciative\" of China's participation in the Beijing talks", "said",
   N(note="clause before the verb", **RICE_NSA)),
 ("condoleezza_rice", "she", "DIRECT", "specially appreciative", "said", N(**RICE_NSA)),
 ("condoleezza_rice", "she", "DIRECT", "we believe that those talks will only be really effective and fruitful", "said",
   N(note="BORDERLINE: a quotation in the next sentence ('However, \"...\" when ...') with no verb of its own: credited to Rice with the cue of the previous sentence (as dev13 003 s10); the unquoted rest of the sentence is not annotated as INDIRECT", **RICE_NSA)),
]
OFF = dict(onBehalfOf="clinton_administration")
S["003"] = [
 ("clinton_administration", "A senior administration official", "INDIRECT", "the leaders will cover a broad set of economic, trade and political issues, ranging from Bosnia to unitary testing standards for telecommunications equipment", "told",
   N(note="BORDERLINE (unnamed official): 'A senior administration official' is credited to the body he speaks for, the (Clinton) administration, as 'an unnamed official of a named body -> the body'; null is defensible, since the body is named only by 'administration'. The lead's \"the initial harvest\" (a quoted phrase with no speech verb, before the official is introduced) is not annotated")),
 ("clinton_administration", "The official", "INDIRECT", "meetings between American presidents and European leaders have been \"part of an on-going process\" for years", "recalled",
   N(note="'The official' = the senior administration official; speaker as s1")),
 ("clinton_administration", "The official", "DIRECT", "part of an on-going process", "recalled"),
 ("clinton_administration", "he", "INDIRECT", "since Clinton's proposal for a New Transatlantic Agenda was adopted, \"we are trying to change\" from sessions intended to air points of view \"to something where we're actually doing concrete things together on the ground.\"", "noted",
   N(note="'he' = the official; clause after 'noted that', to the closing mark")),
 ("clinton_administration", "he", "DIRECT", "we are trying to change", "noted"),
 ("clinton_administration", "he", "DIRECT", "to something where we're actually doing concrete things together on the ground.", "noted"),
 ("clinton_administration", "he", "INDIRECT", "will be asked to bless one such cooperative arrangement, the Mutual Recognition Agreements (MRA), which would simplify testing standards for a range of products covering $40,000 million in trade", "said",
   N(note="BORDERLINE (subject before the attribution): 'The leaders, he said, will be asked ...' - the predicate after the attribution is taken, the subject 'The leaders' left out")),
 ("clinton_administration", "the official", "DIRECT", "We're quite close to agreement,", "said"),
 ("clinton_administration", "the official", "DIRECT", "and we hope the leaders will verify and confirm this agreement, an agreement in principle with details to be worked out in six weeks, on the initial set of sectors.", "said",
   N(note="second span of an interrupted quote")),
]
S["004"] = [
 ("mark_dybul", "U.S. Global AIDS Coordinator Mark Dybul", "INDIRECT", "U.S. aid to that country would be increased by $266 million over five years", "announced",
   N(onBehalfOf="us_state_department", note="the Global AIDS Coordinator heads a State Department office (PEPFAR). 'voiced support and promised more aid for nations ...' (lead, Laura Bush; noun objects) is not annotated")),
 ("mark_dybul", "he", "DIRECT", "We need broader efforts to fight the AIDS pandemic and to prevent new infections especially in Africa because this is where there are 70 percent of AIDS orphans,", "told",
   N(onBehalfOf="us_state_department", note="'he' = Mark Dybul")),
 ("mark_dybul", "he", "INDIRECT", "Zambia originally was slated to receive $534 million in the first four years of the PEPFAR program, but that amount will be increased to $800 million", "said",
   N(onBehalfOf="us_state_department", note="clause before the verb; 'he' = Dybul")),
 ("laura_bush", "The first lady", "INDIRECT", "500,000 mosquito nets would be distributed to protect people from malaria", "announced",
   N(note="the appositive on malaria that follows is a separate report ('according to the Zambia Malaria Foundation') and is left out")),
 ("zambia_malaria_foundation", "the Zambia Malaria Foundation", "INDIRECT", "a disease that often takes a greater toll than AIDS in Zambia", "according to",
   N(note="BORDERLINE: 'according to X' attached to an appositive noun phrase, not a clause; annotated as the foundation's report; skipping it is defensible")),
]
RICE_SEC = dict(onBehalfOf="us_state_department")
S["005"] = [
 ("condoleezza_rice", "Secretary of State Condoleezza Rice", "INDIRECT", "The ongoing political process in Iraq is the key to defeating the insurgency, achieving stability in the country and bringing an end to the need for coalition forces", "according to",
   N(note="clause before 'according to'", **RICE_SEC)),
 ("condoleezza_rice", "Rice", "DIRECT", "[I]t is very important to keep focused on that political process because when the Iraqis are taking control of their own future that way, and when their security forces are taking more responsibility, there's no doubt that our own coalition forces will be less needed,", "said",
   N(note="the reporter's bracket '[I]' is kept", **RICE_SEC)),
 ("condoleezza_rice", "Rice", "INDIRECT", "political reconciliation between different ethnic and sectarian groups would not be easy, given the historic tensions", "said",
   N(note="the trailing 'given the historic tensions' is kept inside the clause (comma-joined adjunct)", **RICE_SEC)),
 ("condoleezza_rice", "she", "DIRECT", "They are coming to terms with their own politics.  They are coming to terms with the poisonous atmosphere that was left among them by Saddam Hussein,", "said",
   N(note="one quotation of two sentences (double space as in the source)", **RICE_SEC)),
 ("condoleezza_rice", "She", "INDIRECT", "as the groups begin to see their future in the political process rather than in continued violence, the insurgents will lose popular support", "said",
   N(note="'She said, however, that ...': the clause after 'that'", **RICE_SEC)),
 ("condoleezza_rice", "Rice", "INDIRECT", "the administration is relying on Iraqi officials to help it understand what groups and individuals from that community would be influential and constructive players in the political process", "said",
   N(note="'Responding to recent reports about ...' (reports with no speaker) is not annotated", **RICE_SEC)),
 ("condoleezza_rice", "She", "INDIRECT", "this is part of an effort to bring all parties into the process", "said", N(**RICE_SEC)),
 ("condoleezza_rice", "She", "INDIRECT", "the United States is not in negotiations with terrorists", "added",
   N(note="second coordinated report verb of the same sentence ('but added that')", **RICE_SEC)),
 ("condoleezza_rice", "She", "INDIRECT", "murderers of innocent people do not belong in a political process", "said", N(**RICE_SEC)),
]
POW = dict(onBehalfOf="us_state_department")
S["006"] = [
 ("colin_powell", "Powell", "INDIRECT", "the former Iraqi regime had personnel capable of developing the weapons, laboratories and facilities for their production, and was developing longer-range missiles capable of delivering WMD", "said",
   N(note="the lead ('has defended the decision to invade Iraq ... on the grounds that ...', a noun object) is not annotated", **POW)),
 ("colin_powell", "Powell", "DIRECT", "With respect to intent, Saddam Hussein and his regime clearly had the intent. They never lost it,", "said", N(**POW)),
 ("colin_powell", "Powell", "DIRECT", "It's an intent that manifested itself many years ago when they actually used such horrible weapons against their enemies in Iran, and against their own people. It's a fact.", "said",
   N(note="second span of an interrupted quote ('said Powell')", **POW)),
 ("colin_powell", "Powell", "INDIRECT", "U.S. and coalition officials were not alone in assuming that, based upon the available intelligence, Iraq possessed a WMD stockpile", "said",
   N(note="'the secretary acknowledged ... David Kay's report that an actual stockpile of WMD has not been found' (previous paragraph) is a noun-object report and is not annotated", **POW)),
 ("colin_powell", "Powell", "DIRECT", "The UN accepted it as something that was fact for a period of many years and had no reason to believe after the inspectors came out that there might not still be stockpiles that were within the country,", "said", N(**POW)),
 ("colin_powell", "The secretary", "INDIRECT", "Kay had found Iraq to be \"in clear violation of the terms of [U.N.S.C.] Resolution 1441,\" based upon documents his team had found, physical evidence, and testimony by Iraqi witnesses", "added",
   N(note="the whole clause after 'added that'; the partial quote is also DIRECT. Powell is the speaker; the clause reports Kay's finding", **POW)),
 ("colin_powell", "The secretary", "DIRECT", "in clear violation of the terms of [U.N.S.C.] Resolution 1441,", "added",
   N(note="the reporter's bracket '[U.N.S.C.]' is kept", **POW)),
 ("colin_powell", "Powell", "DIRECT", "[T]here was a lot they wanted to hide because it showed that what they were doing was illegal,", "said", N(**POW)),
 ("colin_powell", "Powell", "DIRECT", "I hope we find more evidence of that, and we have to keep looking.", "said",
   N(note="second span of an interrupted quote", **POW)),
]

A = actor
ACTORS = [
 A("fred_thompson", "PERSON", "Fred Thompson", "Thompson", "Senator Fred Thompson"),
 A("us_senate", "GOVERNMENT", "United States Senate", "Senate", "U.S. Senate"),
 A("us_house", "GOVERNMENT", "United States House of Representatives", "House of Representatives", "House"),
 A("china", "COUNTRY", "China", "People's Republic of China"),
 A("russia", "COUNTRY", "Russia"),
 A("north_korea", "COUNTRY", "North Korea"),
 A("condoleezza_rice", "PERSON", "Condoleezza Rice", "Rice", "Secretary of State Condoleezza Rice"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US"),
 A("george_w_bush", "PERSON", "George W. Bush", "President Bush"),
 A("saudi_arabia", "COUNTRY", "Saudi Arabia"),
 A("bill_clinton", "PERSON", "Bill Clinton", "Clinton", "President Clinton"),
 A("clinton_administration", "GOVERNMENT", "Clinton administration", "administration", "U.S. administration"),
 A("european_union", "ORGANIZATION", "European Union", "EU", "Union"),
 A("john_bruton", "PERSON", "John Bruton"),
 A("jacques_santer", "PERSON", "Jacques Santer"),
 A("european_commission", "ORGANIZATION", "European Commission"),
 A("laura_bush", "PERSON", "Laura Bush", "Bush", "first lady"),
 A("mark_dybul", "PERSON", "Mark Dybul", "Dybul"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. Department of State"),
 A("zambia_malaria_foundation", "ORGANIZATION", "Zambia Malaria Foundation"),
 A("usaid", "GOVERNMENT", "U.S. Agency for International Development", "USAID"),
 A("jenna_bush", "PERSON", "Jenna Bush"),
 A("zambia", "COUNTRY", "Zambia"),
 A("colin_powell", "PERSON", "Colin Powell", "Powell", "Secretary of State Colin Powell"),
 A("saddam_hussein", "PERSON", "Saddam Hussein", "Hussein"),
 A("david_kay", "PERSON", "David Kay", "Kay"),
 A("iraq", "COUNTRY", "Iraq"),
 A("united_nations", "ORGANIZATION", "United Nations", "UN", "U.N."),
 A("washington_post", "COMPANY", "Washington Post"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
