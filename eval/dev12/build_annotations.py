#!/usr/bin/env python3
"""Hand annotations of the dev12 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-05-16-voa15-68734572/357880.html",
   title="Sri Lankan President Declares Military Defeat of Rebels", publishedOn="2009-05-16",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 357880 (web page corpus); navigation ('Accessibility links', 'Breaking News', 'News') omitted; TRUNCATED: the paragraph 'The United Nations expressed grave c...' breaks off and was left out; 'Jordan,Saturday' (no space) as in the source; date from the URL (the president spoke Saturday, 16 May 2009)"),
 "002": dict(url="https://www.voanews.com/a/a-13-2009-01-26-voa13-68822282/413598.html",
   title="Sri Lanka Claims Rebels Now Cornered in Swath of Jungle", publishedOn="2009-01-26",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; TRUNCATED: the quotation paragraph '\"Definitely they will resort ...' breaks off and was left out; the spellings 'Nanyakkara'/'Nanayakkara' are as in the source (the same man); date from the URL"),
 "003": dict(url="https://www.voanews.com/a/a-13-a-2001-11-28-14-pentagon-66417107/550061.html",
   title="Pentagon Officials Satisfied With The War In Afghanistan - 2001-11-28", publishedOn="2001-11-28",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; the headline is kept as stored, with its date suffix; TRUNCATED: the paragraph 'Admiral Stufflebeem said leaflets being dropped ...' breaks off inside its quotation ('... a positive effect,\" he ') and was left out; the missing spaces before two opening quotation marks ('followers.\"The', 'activities.\"I') and the missing comma before the second 'he said' are as in the source; date from the URL and the headline"),
 "004": dict(url="https://www.voanews.com/a/congressional-hearing-focuses-on-usagm-on-policy-budget-personnel-issues-/7691974.html",
   title="Congressional hearing focuses on USAGM on policy, budget, personnel issues", publishedOn="2024-07-09",
   source="stored copy of the voanews.com page (web page corpus); navigation and the photo caption (given twice in the copy) omitted; TRUNCATED: the paragraph 'McCaul and other lawmakers asked about long-running issues, ... under a previous administ...' breaks off and was left out; mixed curly quotation marks and straight apostrophe ('it's') as in the source; date from the caption ('July 9, 2024', the hearing 'on Tuesday')"),
 "005": dict(url="https://qa3.lingq.com/fr/apprendre-anglais-en-ligne/courses/42669/thai-protest-leaders-press-for-ceasefir-77660",
   title="Thai Protest Leaders Press for Ceasefire as Deadly Clashes Continue", publishedOn="2010-05-14",
   source="stored copy of a third-party reproduction (LingQ language-course lesson 'VOA, Thai Protest Leaders Press for Ceasefire as Deadly Clashes Continue') of a VOA story (web page corpus; the voanews.com original and its article id were not found); the LingQ cookie notice and lesson header omitted; the stray closing quotation mark after 'as well.' and 'UDD has proposal' are as in the copy; TRUNCATED: the paragraph 'For two months they have occupied a central Bangkok commer...' breaks off and was left out; date ESTIMATED: the Friday of the Bangkok clashes in which a Canadian cameraman was badly wounded, 14 May 2010 (the protesters had occupied the commercial district 'for two months'); could be off by a week"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("rajapaksa", "Sri Lanka President Mahinda Rajapaksa", "INDIRECT", "he would be returning home to a country freed from the barbaric acts of the Liberation Tigers of Tamil Eelam", "said",
   N(onBehalfOf="sri_lanka", note="the attribution is split by the participial phrase 'speaking to a developing nations summit in Jordan,Saturday,'. The lead's 'Sri Lanka's President has already proclaimed the group's military defeat' (noun-phrase object) is not annotated")),
 ("rajapaksa", "he", "DIRECT", "My government, with the total commitment of our armed forces, has, in an unprecedented humanitarian operation, finally defeated the LTTE militarily,", "said",
   N(onBehalfOf="sri_lanka")),
 ("nanayakkara", "Brigadier Udaya Nanayakkara", "INDIRECT", "two Army divisions moving from opposite directions merged (Saturday), trapping the Tamil Tigers on a narrow and short patch of coastline", "tells",
   N(onBehalfOf="sri_lankan_military", note="'tells VOA News' with no 'that'; the bracketed '(Saturday)' is the reporter's and is kept inside the clause. He is the army's spokesman (eval/dev12 002); this text gives only his rank")),
 ("nanayakkara", "he", "DIRECT", "With the troops moving and linking up we have completely confined the LTTE Sea Tigers onto ground. So that's a significant victory. With that we have confined LTTE to less than a two-square-kilometer area and surrounded them on ground from all directions,", "said",
   N(onBehalfOf="sri_lankan_military")),
 (None, "Defense officials", "INDIRECT", "two of the top LTTE commanders died in the end-stage confrontations with troops", "say",
   N(note="BORDERLINE: unnamed officials, no defence ministry is named in the text: speaker null. The clause ends before 'but there has been no word on the fate of the group's founder ...', read as the reporter's addition (it could also be part of what the officials say)")),
 ("sri_lankan_military", "The military", "INDIRECT", "25,000 Tamils have fled the latest fighting and are now in government care", "says",
   N(note="'The official Sri Lankan Broadcasting Corporation reports an explosion of a bunker ...' (noun-phrase object) in the paragraph before is not annotated")),
]
S["002"] = [
 ("sri_lanka", "Sri Lanka", "INDIRECT", "Rebels Now Cornered in Swath of Jungle", "Claims",
   N(note="headline attribution ('X Claims ...'); the country as the headline names it (the lead shows it is the army speaking)")),
 ("sri_lankan_military", "Sri Lanka's army", "INDIRECT", "the rebel Tamil Tigers are completely cornered and one of Asia's longest-running civil wars will soon be over", "says",
   N(note="two coordinated clauses under one verb: one statement")),
 ("sri_lankan_military", "The Sri Lankan military", "INDIRECT", "it is clearing the last several villages containing Tamil Tigers and has pushed the rest of the rebel force into the jungle", "contends",
   N(note="'Sri Lanka's army' and 'The Sri Lankan military' are one actor")),
 ("nanayakkara", "Army media director Brigadier Udaya Nanyakkara", "INDIRECT", "the rebels have been squeezed into a small patch of land, effectively crushing the separatists who once ran a virtual Tamil mini-state in the north", "tells",
   N(onBehalfOf="sri_lankan_military", note="spelled 'Nanyakkara' here and in the quotation tag, 'Nanayakkara' elsewhere: the same man")),
 ("nanayakkara", "he", "DIRECT", "Presently we have confined them to 300 square kilometers. They are firing their mortars, they are firing small arms, especially operating in small pockets in forward areas,", "said",
   N(onBehalfOf="sri_lankan_military")),
 ("nanayakkara", "he", "DIRECT", "We are successfully confronting them and gaining control of the area step by step.", "said",
   N(onBehalfOf="sri_lankan_military", note="second span of an interrupted quote. The next paragraph ('It is not possible to verify ...', 'There have been no statements recently from the rebels') holds no statement")),
 ("gordon_weiss", "U.N. spokesman Gordon Weiss", "INDIRECT", "\"dozens\" of civilians were killed and injured in the cross-fire during the past few days", "tells",
   N(onBehalfOf="united_nations", note="partial quote inside reported speech: the clause (from its opening mark) is INDIRECT, the quoted word DIRECT. 'United Nations officials in Sri Lanka are expressing concern about ..., calling it a crisis' (concern with a noun-phrase object; unquoted 'calling it') is not annotated")),
 ("gordon_weiss", "U.N. spokesman Gordon Weiss", "DIRECT", "dozens", "tells", N(onBehalfOf="united_nations")),
 ("nanayakkara", "Military spokesman Nanayakkara", "INDIRECT", "a 35-square-kilometer safe zone has been established for the refugees", "says",
   N(onBehalfOf="sri_lankan_military")),
 ("nanayakkara", "Nanyakkara", "DIRECT", "People have been informed by air-dropping leaflets to them so that the people will be able to move into this safe zone,", "added",
   N(onBehalfOf="sri_lankan_military")),
 ("nanayakkara", "Nanyakkara", "DIRECT", "We are concerned about the civilians and we are not targeting any locations where civilians are stationed.", "added",
   N(onBehalfOf="sri_lankan_military", note="second span of an interrupted quote")),
 (None, "Analysts", "INDIRECT", "the remnants of the rebel force, believed led by Velupillai Prabhakaran, can be expected to engage in guerrilla tactics and urban terrorist attacks", "say",
   N(note="unnamed analysts: speaker null; the inserted 'believed led by ...' is inside the clause and kept. 'That is an assessment Army Brigadier Nanayakkara does not disagree with' has no speech verb and is not annotated")),
]
S["003"] = [
 ("pentagon", "The Pentagon", "INDIRECT", "it is too early to say when the final pockets of Taleban and al-Qaida resistance in Afghanistan will fall", "said",
   N(note="'top defense officials are upbeat about ...' (attitude, no speech verb) is not annotated")),
 ("stufflebeem", "Rear Admiral John Stufflebeem of the military's Joint Staff", "INDIRECT", "the military pressure on the Taleban and al-Qaida is breaking down the resistance of those groups' remaining followers", "said",
   N(onBehalfOf="joint_staff")),
 ("stufflebeem", "he", "DIRECT", "The pressure has been stepped up and there are fewer Taleban and al-Qaida forces that are resisting than there were days ago,", "said",
   N(onBehalfOf="joint_staff", note="the opening mark follows 'followers.' with no space, as in the source")),
 ("pentagon", "The Pentagon", "INDIRECT", "it still does not know whether Taleban leader Mullah Mohammed Omar was in the compound bombed late Tuesday", "said"),
 ("taliban", "The Taleban", "INDIRECT", "he was there", "denied",
   N(note="'denied' with a clause; 'he' inside the clause is Mullah Omar")),
 ("pentagon", "defense officials", "INDIRECT", "they had intelligence suggesting senior leaders of the group were present", "said",
   N(note="BORDERLINE: unnamed defence officials in a story about the Pentagon (named in the same paragraph and the headline 'Pentagon Officials ...'): credited to the Pentagon as officials of a named body")),
 ("stufflebeem", "He", "INDIRECT", "the concentration of the latest airstrikes on leadership targets is having an effect on the ability of Taleban and al-Qaida commanders to coordinate their forces' activities", "said",
   N(onBehalfOf="joint_staff", note="'He' = Admiral Stufflebeem (previous paragraph: 'Admiral Stufflebeem showed reporters ...')")),
 ("stufflebeem", "he", "DIRECT", "I think that to say that they are still calling the shots and are still firmly in control would be an overstatement. I think they have much less control than they have had in the past", "said",
   N(onBehalfOf="joint_staff", note="no comma before the closing mark in the source")),
]
S["004"] = [
 ("amanda_bennett", "Bennett", "DIRECT", "I will accept the definition given by the United States, which has designated Hamas as a terrorist organization.", "responded",
   N(onBehalfOf="usagm", note="the question before it ('asking Bennett if she considers Hamas to be a terrorist organization') is not annotated")),
 (None, "an emailed memo", "INDIRECT", "staff members should " + Q1 + "avoid calling Hamas and its members terrorists, except in quotes." + Q2, "saying",
   N(note="BORDERLINE: a memo of unnamed authorship circulated to VOA journalists; the text does not say who wrote or issued it, so speaker null (crediting VOA would be a guess). Partial quote: clause INDIRECT (to the closing mark), quoted words DIRECT. 'Perry grilled Bennett about ...' is not a speech report of its own")),
 (None, "an emailed memo", "DIRECT", "avoid calling Hamas and its members terrorists, except in quotes.", "saying"),
 (None, "the memo", "INDIRECT", "it was appropriate to describe Hamas\u2019 actions " + Q1 + "as terrorist attacks or acts of terror." + Q2, "said",
   N(note="the same memo: speaker null as above")),
 (None, "the memo", "DIRECT", "as terrorist attacks or acts of terror.", "said"),
 ("amanda_bennett", "Bennett", "INDIRECT", "agency policy is to use the word " + Q1 + "terrorist" + Q2 + " carefully and when it's " + Q1 + "appropriate." + Q2, "said",
   N(onBehalfOf="usagm", note="the quoted word \u201cterrorist\u201d is a mention of the word (not a statement); \u201cappropriate.\u201d is her word and is DIRECT")),
 ("amanda_bennett", "Bennett", "DIRECT", "appropriate.", "said", N(onBehalfOf="usagm")),
 ("amanda_bennett", "She", "INDIRECT", "the agency is now using artificial intelligence to ensure all 48 language services at VOA are following the agency\u2019s editorial policies", "said",
   N(onBehalfOf="usagm")),
 ("michael_mccaul", "Committee Chairman Michael McCaul", "DIRECT", "beacon of freedom, supplying the truth to those living under tyranny and oppression.", "praised",
   N(onBehalfOf="hfac", note="quoted words after 'praised USAGM as a' (like 'called it'): his words, DIRECT")),
 ("michael_mccaul", "he", "INDIRECT", "there are serious problems in how it is being managed", "said",
   N(onBehalfOf="hfac", note="'it' = USAGM")),
]
S["005"] = [
 ("sean_boonpracong", "He", "INDIRECT", "it needed to end", "said",
   N(onBehalfOf="udd", note="'He' = Sean Boonpracong (previous sentence); 'it' = the violence. 'He blamed soldiers for the violence' (blame ... for, noun phrase) is not annotated; the headline 'Thai Protest Leaders Press for Ceasefire' (noun-phrase object) is not annotated")),
 ("sean_boonpracong", "Boonpracong", "DIRECT", "With so much uncertainty, UDD has proposal to make to the government\u2026that peace is our aim. And, we would like to see a ceasefire,", "said",
   N(onBehalfOf="udd")),
 ("sean_boonpracong", "Boonpracong", "INDIRECT", "the government should also end the emergency decree that has allowed the deployment of soldiers", "says",
   N(onBehalfOf="udd")),
 ("royal_thai_army", "An Army spokesman", "INDIRECT", "they had no plan to clear the demonstrators but would try to keep them contained", "said",
   N(note="unnamed spokesman of a named body (the Army): credited to the army; 'they' = the army")),
 ("thai_government", "Thai authorities", "INDIRECT", "the protesters have used weapons against soldiers and intend to attack the public as well", "say",
   N(note="BORDERLINE: 'Thai authorities' credited to the Thai government actor (the government whose spokesman speaks next). The stray closing quotation mark after 'as well.' (as in the copy) is outside the text; 'Government spokesman Panitan Wattanayagorn spoke on national television' gives no content and is not annotated")),
 ("panitan", "Panitan", "DIRECT", "The Royal Thai government is very confident that we are able and willing and committed to stabilize the situation. And, the situation will be very much under control very soon,", "said",
   N(onBehalfOf="thai_government")),
 (None, "The protesters, mainly from the countryside,", "INDIRECT", "the government is illegitimate", "say",
   N(note="unnamed protesters: speaker null. The coordinated 'and are demanding it step down and allow new elections' (a demand) is not annotated, as requests ('called on ... to') are not in the other sets")),
]

A = actor
ACTORS = [
 A("rajapaksa", "PERSON", "Mahinda Rajapaksa", "Rajapaksa", "Sri Lanka President Mahinda Rajapaksa"),
 A("sri_lanka", "COUNTRY", "Sri Lanka", "Sri Lankan government"),
 A("nanayakkara", "PERSON", "Udaya Nanayakkara", "Nanayakkara", "Nanyakkara", "Udaya Nanyakkara", "Brigadier Udaya Nanayakkara"),
 A("sri_lankan_military", "ORGANIZATION", "Sri Lankan military", "Sri Lanka's army", "Sri Lankan army", "Sri Lanka Army", "military"),
 A("ltte", "ORGANIZATION", "Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers", "Tamil Tiger rebels"),
 A("prabhakaran", "PERSON", "Velupillai Prabhakaran", "Prabhakaran"),
 A("slbc", "ORGANIZATION", "Sri Lankan Broadcasting Corporation"),
 A("gordon_weiss", "PERSON", "Gordon Weiss", "Weiss"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("pentagon", "GOVERNMENT", "Pentagon", "U.S. Department of Defense", "Department of Defense"),
 A("stufflebeem", "PERSON", "John Stufflebeem", "Stufflebeem", "Admiral Stufflebeem", "Rear Admiral John Stufflebeem"),
 A("joint_staff", "GOVERNMENT", "Joint Staff"),
 A("taliban", "ORGANIZATION", "Taliban", "Taleban"),
 A("mullah_omar", "PERSON", "Mullah Mohammed Omar", "Mullah Omar"),
 A("al_qaida", "ORGANIZATION", "al-Qaida", "al-Qaeda"),
 A("amanda_bennett", "PERSON", "Amanda Bennett", "Bennett"),
 A("usagm", "GOVERNMENT", "U.S. Agency for Global Media", "USAGM"),
 A("michael_abramowitz", "PERSON", "Michael Abramowitz", "Abramowitz"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA"),
 A("stephen_capus", "PERSON", "Stephen Capus", "Capus"),
 A("rferl", "ORGANIZATION", "Radio Free Europe/Radio Liberty", "RFE/RL"),
 A("scott_perry", "PERSON", "Scott Perry", "Perry"),
 A("michael_mccaul", "PERSON", "Michael McCaul", "McCaul"),
 A("hfac", "GOVERNMENT", "House Foreign Affairs Committee"),
 A("hamas", "ORGANIZATION", "Hamas"),
 A("sean_boonpracong", "PERSON", "Sean Boonpracong", "Boonpracong"),
 A("udd", "ORGANIZATION", "United Front of Democracy against Dictatorship", "UDD"),
 A("royal_thai_army", "ORGANIZATION", "Royal Thai Army", "Thai army", "Army"),
 A("thai_government", "GOVERNMENT", "Thai government", "Royal Thai government", "Thai authorities"),
 A("panitan", "PERSON", "Panitan Wattanayagorn", "Panitan"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
