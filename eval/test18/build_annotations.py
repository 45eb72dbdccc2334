#!/usr/bin/env python3
"""Hand annotations of the test18 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/test17/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are
given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voanews.com/a/a-13-a-2002-08-16-17-conflicting-67436232/384437.html",
   title="Conflicting Reports Emerge from Liberia about Fighting at Rebel Stronghold - 2002-08-16", publishedOn="2002-08-16",
   source="stored copy of the voanews.com page, article 384437 (web page corpus); navigation ('Accessibility links', 'Breaking News', 'News') omitted; TRUNCATED: the paragraph 'The defense minister's statements were contradict...' breaks off and was left out; date from the title and URL"),
 "002": dict(url="https://www.voanews.com/a/a-13-a-2002-11-07-3-uganda-67410292/383411.html",
   title="Uganda Denies Sending Troops to Congo", publishedOn="2002-11-07",
   source="stored copy of the voanews.com page, article 383411 (web page corpus); navigation omitted; TRUNCATED: the paragraph 'Last month, a United Nations panel accused high-ran...' breaks off and was left out; date from the URL (2002-11-07; the agency report was 'Thursday', i.e. the same day)"),
 "003": dict(url="https://www.voaafrica.com/a/south-sudan-soldiers-accused-village-rampage/3756533.html",
   title="[headline not in the stored copy; URL slug: south-sudan-soldiers-accused-village-rampage]", publishedOn="2017-03-09",
   source="stored copy of the voaafrica.com page, article 3756533 (web page corpus); the stored copy begins with the first paragraph (no headline), so the body has no headline and the title field gives the URL slug; the in-text subhead 'Commander killed' is kept as printed; TRUNCATED: the subhead 'Negative rumors' and the paragraph 'SPLA spokesman Koang denied the accusations, saying he had no information that soldiers had gone on a rampage. H...' break off and were left out; date ESTIMATED (no date in the stored part): interpolating voanews ids 3756533 between 3836771 (2017-05-03) and 3908347 (2017-06-20) gives about 9 March 2017, which fits Imatong State (2015-2020); may be off by a week or more"),
 "004": dict(url="https://voanews.com/a/a-13-a-2003-07-09-14-burundi-67315612/381583.html",
   title="[headline not in the stored copy; URL slug: a-13-a-2003-07-09-14-burundi]", publishedOn="2003-07-09",
   source="stored copy of the voanews.com page, article 381583 (web page corpus); the stored copy begins with the first paragraph (no headline), so the body has no headline and the title field gives the URL slug; TRUNCATED: the paragraph 'Last October's peace accord ended most of the fighting ... But the National Liberation Forces refused to accept the peace deal an...' breaks off and was left out; date from the URL (fighting 'on Wednesday', 9 July 2003)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("liberia_defense_ministry", "Liberian defense officials", "INDIRECT", "government troops captured the town, following what they say was a fierce gun battle this week", "say",
   N(note="BORDERLINE: unnamed 'defense officials' of Liberia credited to the Liberian Defense Ministry (unnamed officials of a named body, read as the ministry the minister heads later in the text); a strict reading gives null. The embedded 'what they say was a fierce gun battle' is the same speakers' and kept inside the clause. 'Rebels deny the claim' (deny with a noun-phrase object) is not annotated")),
 (None, "witnesses in Voinjama", "INDIRECT", "the insurgents retained control of the town", "said",
   N(note="unnamed witnesses: speaker null; clause after 'on Friday said'")),
 ("lurd", "Rebels with the group, Liberians United for Reconciliation and Democracy, LURD", "INDIRECT", "they remain in control of Voinjama", "said",
   N(note="rebels of a named group speaking as the group: credited to LURD; clause after 'said Friday'")),
 ("daniel_chea", "Liberian Defense Minister Daniel Chea", "INDIRECT", "his forces were in control of Voinjama", "saying",
   N(onBehalfOf="liberia_defense_ministry", note="'Press reports ... quoted X as saying ...': the statement is the minister's (as 'quoted unnamed sources as saying' in eval/test17), the press reports only relay it")),
 ("daniel_chea", "Mr. Chea", "INDIRECT", "government troops are still battling with rebels over the town", "told",
   N(onBehalfOf="liberia_defense_ministry")),
 ("daniel_chea", "Mr. Chea", "DIRECT", "Our forces are inside Voinjama,", "said",
   N(onBehalfOf="liberia_defense_ministry", note="interrupted quotation (inverted 'said Mr. Chea'): first span")),
 ("daniel_chea", "Mr. Chea", "DIRECT", "We are in the city center. We have pushed them to the outskirts, and as I speak to you, our forces are in the middle of Voinjama. The only reason why we have not announced the actual taking of Voinjama is because, from a military standpoint, even though we are inside the city of Voinjama, we are still fighting them on the outskirts. We are inside, but militarily, before you can talk about control, you have to have consolidation of forces in there. They were in the town, [and] we pushed them out. They are still on the outskirts, battling government forces.", "said",
   N(onBehalfOf="liberia_defense_ministry", note="second span of the interrupted quotation, cue of the shared attribution; the bracketed '[and]' is kept")),
]
S["002"] = [
 ("kahinda_otafirre", "Uganda's minister of state for foreign affairs, Kahinda Otafirre", "INDIRECT", "the government has not sent fresh troops into the Ituri region of northeast Congo", "tells",
   N(onBehalfOf="uganda_government", note="the trailing 'as reported by a news agency Thursday' is the reporter's and left out. The lead 'Uganda is denying media reports that the country has begun sending ...' and the headline 'Uganda Denies Sending Troops to Congo' are not annotated: the that-clause gives the content of the media reports, not a statement by Uganda (deny with a noun-phrase object)")),
 (None, "The news agency", "INDIRECT", "it received a statement from the Ugandan-backed rebel group, Rally for Congolese Democracy Liberation Movement, which claimed that 750 Ugandan soldiers had arrived in Ituri on Monday, and that another battalion was on its way", "says",
   N(note="an unnamed news agency (no body named): speaker null. The group's claim inside the clause is annotated separately")),
 ("rcd_ml", "Rally for Congolese Democracy Liberation Movement", "INDIRECT", "750 Ugandan soldiers had arrived in Ituri on Monday, and that another battalion was on its way", "claimed",
   N(note="claim in a statement relayed by the agency (embedded in the agency's statement); attribution is the group named before 'which claimed'")),
 ("rcd_ml", "A rebel spokesman", "INDIRECT", "the Ugandan redeployment follows a recent bloody clash between his group and a rival rebel faction in Ituri", "says",
   N(note="unnamed spokesman of a named group (his group = the RCD-ML just named): credited to the group")),
 ("kahinda_otafirre", "Mr. Otafirre", "INDIRECT", "the troops arriving in Ituri are actually soldiers being moved from the northeastern town of Bunia, near the Ugandan border", "says",
   N(onBehalfOf="uganda_government")),
 ("kahinda_otafirre", "Kahinda Otafirre", "DIRECT", "We never pulled out of those areas,", "said",
   N(onBehalfOf="uganda_government", note="interrupted quotation (inverted 'said Kahinda Otafirre'): first span")),
 ("kahinda_otafirre", "Kahinda Otafirre", "DIRECT", "We agreed that we would keep troops on the western slopes of Mount Rwenzori because of the security threat. We agreed that we would stay there until Congo is able to control that place completely.", "said",
   N(onBehalfOf="uganda_government", note="second span, cue of the shared attribution")),
 ("kahinda_otafirre", "Mr. Otafirre", "INDIRECT", "the security threat now is coming from Allied Defense Forces, a Ugandan rebel group that for years has used bases in Congo to launch attacks against Ugandan forces and their allies", "says",
   N(onBehalfOf="uganda_government", note="the appositive describing the ADF is kept inside the clause (to the end of the sentence)")),
 ("uganda_government", "The government in Kampala", "INDIRECT", "the group has been stepping up its campaign in recent weeks", "says",
   N(note="'The government in Kampala' = the Ugandan government as a whole (GOVERNMENT)")),
]
S["003"] = [
 (None, "Villagers in southern South Sudan", "INDIRECT", "SPLA soldiers went on a rampage in the Oming area this week after unidentified gunmen had earlier staged an attack that killed eight troops and wounded five others", "said",
   N(note="unnamed villagers: speaker null")),
 ("alberio_oromo", "Imatong State's governor", "INDIRECT", "the soldiers went on a rampage", "denied",
   N(onBehalfOf="imatong_state", note="'denied' with a that-less clause (as in other sets); the governor is named (Alberio Oromo) in the next section")),
 ("alberio_oromo", "he", "INDIRECT", "a commander and a soldier had been killed in an attack", "confirm",
   N(onBehalfOf="imatong_state", note="'he did confirm that ...'; cue as written ('confirm')")),
 (None, "Oming-area residents in Torit East County", "INDIRECT", "suspected rebels over the weekend had raided a police station about 50 kilometers from Torit and had stolen several rifles", "said",
   N(note="unnamed residents: speaker null")),
 (None, "the villagers", "INDIRECT", "Sudan People's Liberation Army (SPLA) soldiers were sent to the area Tuesday to track down the suspected rebels, but they were ambushed at Okuma Mafi", "said",
   N(note="statement before its attribution (', the villagers said'); unnamed villagers: speaker null")),
 ("alberio_oromo", "Imatong State Governor Alberio Oromo", "INDIRECT", "the soldiers had been sent to the area to search for the suspects", "denied",
   N(onBehalfOf="imatong_state", note="'denied' with a that-less clause. The subhead 'Commander killed' before this paragraph is not a statement")),
 ("alberio_oromo", "he", "INDIRECT", "an SPLA commander, Colonel James Wor, had been killed by rebels as he traveled to a base in Kapoeta, about 120 kilometers east of Torit", "said",
   N(onBehalfOf="imatong_state")),
 ("alberio_oromo", "Oromo", "DIRECT", "He was shot. His bodyguards were also wounded. A rescue team went from Kiyala to rescue him,", "said",
   N(onBehalfOf="imatong_state", note="quotation before its attribution")),
 ("alberio_oromo", "he", "INDIRECT", "Wor was reported dead at Torit Civil Hospital", "added",
   N(onBehalfOf="imatong_state", note="statement before its attribution (', he added'); 'he' = Oromo")),
 ("alberio_oromo", "Oromo", "INDIRECT", "one other soldier was killed in the attack", "said",
   N(onBehalfOf="imatong_state")),
 ("lul_ruai_koang", "SPLA spokesman Brigadier General Lul Ruai Koang", "INDIRECT", "two SPLA soldiers, including Wor, had been killed in the attack", "confirmed",
   N(onBehalfOf="spla")),
 ("lul_ruai_koang", "Koang", "INDIRECT", "\"some armed elements\" had blocked the road between Torit and Kapoeta and were \"harassing civilians on the road.\"", "said",
   N(onBehalfOf="spla", note="two partial quotes: the clause is INDIRECT (running to the closing mark) and the quoted words DIRECT")),
 ("lul_ruai_koang", "Koang", "DIRECT", "some armed elements", "said",
   N(onBehalfOf="spla", ctx="\"some armed elements\"")),
 ("lul_ruai_koang", "Koang", "DIRECT", "harassing civilians on the road.", "said",
   N(onBehalfOf="spla")),
 ("lul_ruai_koang", "He", "INDIRECT", "the soldiers had been sent to clear the roadway, and that is when the ambush occurred", "said",
   N(onBehalfOf="spla", note="'He' = Koang (the previous sentence's speaker)")),
 ("alberio_oromo", "the governor", "INDIRECT", "The bodies were flown to Juba on Tuesday for burial", "said",
   N(onBehalfOf="imatong_state", note="statement before its attribution (', the governor said'). The last paragraph ('Oming villagers ... accused the SPLA soldiers of going on a rampage ...': accuse with a gerund, no clause) is not annotated")),
]
S["004"] = [
 ("burundi_government", "the government", "INDIRECT", "it has pushed the rebels away from the capital", "says",
   N(note="the Burundian government as a whole (GOVERNMENT)")),
 ("fnl", "the rebels", "INDIRECT", "they are still in the city and will continue to fight", "say",
   N(note="BORDERLINE: 'the rebels' are the National Liberation Forces, named three paragraphs later (as eval/test17's 'Police', named later); a reading as unnamed rebels gives null")),
 ("bonaventure_gashikanyi", "The chief of Burundi's cabinet, Bonaventure Gashikanyi", "INDIRECT", "government troops were using helicopter gunships to push back the rebels into the hills overlooking Bujumbura", "told",
   N(onBehalfOf="burundi_government")),
 ("bonaventure_gashikanyi", "Mr. Gashikanyi", "DIRECT", "The situation is still now tense because there is some shelling from helicopters and the rebels are still fighting up hill,", "said",
   N(onBehalfOf="burundi_government", note="interrupted quotation (inverted 'said Mr. Gashikanyi'): first span, before its attribution")),
 ("bonaventure_gashikanyi", "Mr. Gashikanyi", "DIRECT", "But for the moment the rebels have gone a bit backwards towards the hill.", "said",
   N(onBehalfOf="burundi_government", note="second span, cue of the shared attribution")),
 ("bonaventure_gashikanyi", "Mr. Gashikanyi", "INDIRECT", "the rebels lobbed about 10 rocket-propelled grenades into parts of the capital on Wednesday", "said",
   N(onBehalfOf="burundi_government")),
 ("bonaventure_gashikanyi", "He", "INDIRECT", "casualty figures were not known", "said",
   N(onBehalfOf="burundi_government")),
 (None, "other sources", "INDIRECT", "13 more people were killed Wednesday, bringing the total death toll in three days of fighting to about 43", "say",
   N(note="unnamed 'other sources': speaker null; the trailing participle ('bringing the total death toll ...') is kept inside the clause, though it may be the reporter's arithmetic")),
 ("bonaventure_gashikanyi", "Mr. Gashikanyi", "INDIRECT", "the Forces for the Defense of Democracy, the FDD, which signed the accord is also involved in the fighting", "says",
   N(onBehalfOf="burundi_government")),
 ("bonaventure_gashikanyi", "he", "DIRECT", "We are convinced that they are doing this action together with FDD,", "said",
   N(onBehalfOf="burundi_government", note="'he' = Gashikanyi (the previous paragraph's speaker); quotation before its attribution")),
 ("bonaventure_gashikanyi", "he", "DIRECT", "FDD has already signed the cease fire but it looks like they really don't want to implement this accord.", "said",
   N(onBehalfOf="burundi_government", note="second span after the attribution, cue of the shared attribution")),
 ("pasteur_hakimana", "A spokesman for the National Liberation Forces, Pasteur Hakimana", "INDIRECT", "his group is being helped by the FDD", "denies",
   N(onBehalfOf="fnl", note="'denies' with a that-less clause")),
 ("pasteur_hakimana", "Mr. Hakimana", "INDIRECT", "the two groups are not working together", "said",
   N(onBehalfOf="fnl")),
 ("pasteur_hakimana", "he", "INDIRECT", "his fighters have not been pushed out of Bujumbura", "says",
   N(onBehalfOf="fnl", note="second verb of the same sentence ('and he says ...')")),
 ("pasteur_hakimana", "The rebel spokesman", "INDIRECT", "the fighting will continue", "says",
   N(onBehalfOf="fnl")),
]

ACTORS = [
 actor("liberia_defense_ministry", "GOVERNMENT", "Liberian Defense Ministry", "Liberian defense officials"),
 actor("daniel_chea", "PERSON", "Daniel Chea", "Liberian Defense Minister Daniel Chea", "Mr. Chea", "The defense minister"),
 actor("lurd", "ORGANIZATION", "Liberians United for Reconciliation and Democracy", "LURD", "Rebels with the group"),
 actor("charles_taylor", "PERSON", "Charles Taylor", "President Charles Taylor"),
 actor("liberia", "COUNTRY", "Liberia"),
 actor("uganda_government", "GOVERNMENT", "Ugandan government", "The government in Kampala", "Uganda"),
 actor("kahinda_otafirre", "PERSON", "Kahinda Otafirre", "Uganda's minister of state for foreign affairs, Kahinda Otafirre", "Mr. Otafirre"),
 actor("rcd_ml", "ORGANIZATION", "Rally for Congolese Democracy Liberation Movement", "the Ugandan-backed rebel group", "A rebel spokesman"),
 actor("allied_defense_forces", "ORGANIZATION", "Allied Defense Forces", "a Ugandan rebel group"),
 actor("monuc", "ORGANIZATION", "United Nations Mission in Congo", "the United Nations Mission in Congo"),
 actor("imatong_state", "GOVERNMENT", "Imatong State government", "Imatong State"),
 actor("alberio_oromo", "PERSON", "Alberio Oromo", "Imatong State Governor Alberio Oromo", "Imatong State's governor", "Oromo", "the governor"),
 actor("spla", "GOVERNMENT", "Sudan People's Liberation Army", "SPLA", "Sudan People's Liberation Army (SPLA)"),
 actor("lul_ruai_koang", "PERSON", "Lul Ruai Koang", "SPLA spokesman Brigadier General Lul Ruai Koang", "Koang"),
 actor("james_wor", "PERSON", "James Wor", "Colonel James Wor", "Wor"),
 actor("burundi_government", "GOVERNMENT", "Burundian government", "the government"),
 actor("bonaventure_gashikanyi", "PERSON", "Bonaventure Gashikanyi", "The chief of Burundi's cabinet, Bonaventure Gashikanyi", "Mr. Gashikanyi"),
 actor("fnl", "ORGANIZATION", "National Liberation Forces", "the National Liberation Forces", "the rebels"),
 actor("fdd", "ORGANIZATION", "Forces for the Defense of Democracy", "FDD", "the FDD"),
 actor("pasteur_hakimana", "PERSON", "Pasteur Hakimana", "A spokesman for the National Liberation Forces, Pasteur Hakimana", "Mr. Hakimana", "The rebel spokesman"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
