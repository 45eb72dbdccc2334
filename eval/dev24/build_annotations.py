#!/usr/bin/env python3
"""Hand annotations of the dev24 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are
given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.21voa.com/VOA_Special_English/migrants-bring-attention-to-us-mexican-border-policies-17417.html",
   title="Migrants Bring Attention to US-Mexican Border Policies", publishedOn="2018-04-03",
   source="stored copy of a third-party reproduction (21voa.com) of a VOA Learning English ('VOA Special English') story (web page corpus); no VOA article id (17417 is the mirror's own number); the site label 'VOA Special English' and the map caption ('A map showing the proposed trip by the \"caravan.\"', doubled in the copy) omitted; the four-space paragraph indents of the copy dropped; curly quotation marks as in the copy; the story cites The Associated Press once ('The Associated Press reports that ...') but is VOA's own text with no wire byline or credit line; TRUNCATED: the paragraph 'The group has said that some of the members from Honduras were there because of political crises caused \u201cin large part by the policie...' breaks off and was left out; date ESTIMATED: the Mexican ministries' statement of 'Monday night' is that of Monday 2 April 2018 on the Pueblo Sin Fronteras caravan; the story is dated the day after"),
 "002": dict(url="https://pakistanisforpeace.wordpress.com/tag/abbottabad/page/2/",
   title="Obama, Zardari Discuss Strained US-Pakistani Ties", publishedOn="2011-06-22",
   source="stored copy of a blog's reproduction ('As Reported by The Voice of America') of a VOA News story (web page corpus); no VOA id; the blog's tag line ('Posts Tagged \u2018 Abbottabad \u2019') and the credit line 'As Reported by The Voice of America' omitted; double spaces after some full stops kept as in the copy; TRUNCATED: the paragraph 'The discovery of Osama bin Laden in Pakistan has rais...' breaks off and was left out; date ESTIMATED: the Obama-Zardari call and the army's questioning of four majors were on Wednesday 22 June 2011, a day after the army announced Brigadier Ali Khan's detention"),
 "003": dict(url="http://www.defense-aerospace.com/articles-view/release/3/185028/%E2%80%9Cfailed%E2%80%9D-north-korea-missile-test-validates-some-icbm-traits.html",
   title="Reports: North Korea Fires Ballistic Missile", publishedOn="2017-07-03",
   source="stored copy of a third-party compilation page (defense-aerospace.com) that reproduces this short VOA News item under '(Source: Voice of America News; issued June 03, 2017)'; only the VOA item is taken (the Korea Times item that follows it on the page is not VOA and was left out); the source line omitted; complete as reproduced; no VOA id; date ESTIMATED: the page says 'June 03, 2017', a Saturday, but the item reports a launch on 'Tuesday morning' and the page pairs it with North Korea's ICBM test of Tuesday 4 July 2017 (Korea time), i.e. the evening of 3 July in Washington"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("mexican_government", "The Mexican government", "INDIRECT", "it is offering refugee status to some members of a group of migrants from Central America marching north through the country", "says",
   N(note="a national government speaking as a whole")),
 ("mexican_government", "The Mexican ministries", "INDIRECT", "the migrants are mainly from Honduras", "say",
   N(note="BORDERLINE: 'The Mexican ministries' = the interior and foreign affairs ministries, whose joint statement the next paragraph calls 'The government statement': credited to the Mexican government (one speaker field cannot hold two ministries). 'Some are from Guatemala and El Salvador.' has no speech verb and is not annotated")),
 ("mexican_government", "The government statement", "DIRECT", "Mexico\u2019s migration policy is a sovereign one, through which it seeks to ensure legal, safe and orderly migration with full respect for people\u2019s rights.", "said",
   N(note="a statement of a body credited to the body; full stop inside the closing mark kept")),
 ("mexican_government", "it", "INDIRECT", "the Mexican government did not support, in its words, \u201cirregular migration.\u201d", "added",
   N(note="'it' = the government statement; the clause runs to the closing mark; partial quote also DIRECT")),
 ("mexican_government", "it", "DIRECT", "irregular migration.", "added"),
 ("mexican_government", "The ministries", "INDIRECT", "officials had sent 400 members of the caravan back to their countries", "added",
   N(note="as s2: the ministries' joint statement credited to the Mexican government")),
 ("people_without_borders", "People Without Borders", "DIRECT", "punitive and unjust.", "called",
   N(note="quoted words after 'has called the asylum process ...': DIRECT of the speaker (dev3 convention for 'call'); a group speaking as a whole")),
 ("gina_gribo", "A spokesperson for the group, Gina Gribo", "INDIRECT", "the organization supports migrants fighting for their rights", "told",
   N(onBehalfOf="people_without_borders")),
 ("associated_press", "The Associated Press", "INDIRECT", "the group\u2019s director, Irineo Mujica, said that the group is not meant to march all the way to the U.S. border", "reports",
   N(note="a news agency's report credited to the agency (as 'egyptian_state_tv' in an earlier set); the nested statement of Mujica is annotated as well")),
 ("irineo_mujica", "the group\u2019s director, Irineo Mujica", "INDIRECT", "the group is not meant to march all the way to the U.S. border", "said",
   N(onBehalfOf="people_without_borders", note="nested inside the AP report")),
 ("alex_mensing", "a coordinator with the group, Alex Mensing", "INDIRECT", "the caravan is seeking to pressure Mexico", "said",
   N(onBehalfOf="people_without_borders", note="'said on Twitter that ...'")),
 ("alex_mensing", "He", "INDIRECT", "members want Mexico to give them \u201cpermission to travel to places where they can seek asylum.\u201d", "said",
   N(onBehalfOf="people_without_borders", note="'He' = Alex Mensing; the clause runs to the closing mark; partial quote also DIRECT")),
 ("alex_mensing", "He", "DIRECT", "permission to travel to places where they can seek asylum.", "said", N(onBehalfOf="people_without_borders")),
]
S["002"] = [
 ("pakistan", "A Pakistani statement", "INDIRECT", "the two leaders agreed to take appropriate action to repair the ties between Washington and Islamabad on the basis of mutual respect and mutual benefit", "said",
   N(note="BORDERLINE: an unattributed 'Pakistani statement' (of the government / presidency) credited to the country, as 'unnamed people of a named country -> country'. The nested 'agreed to take ...' is a commitment with an infinitive and is not annotated. The lead's 'called ... to discuss' (a telephone call) is not a statement")),
 ("pakistan", "It", "INDIRECT", "President Obama appreciated Pakistan\u2019s effort in the fight against militancy", "said",
   N(note="'It' = the Pakistani statement")),
 ("asif_ali_zardari", "President Zardari", "INDIRECT", "the fight against extremism was in Pakistan\u2019s own interest and that it had to fight it to the finish", "said",
   N(onBehalfOf="pakistan", note="two coordinated complement clauses ('... and that ...') kept as one statement")),
 (None, "The two presidents", "DIRECT", "regular contacts and interaction at appropriate levels for the resolution of issues.", "agreed on",
   N(note="BORDERLINE: 'agreed on' + a quotation (presumably from the Pakistani statement): the quoted words are annotated as DIRECT; two speakers (Obama and Zardari), one speaker field: speaker null. A reading that treats 'agreed on' as a noun-object report would annotate nothing here")),
 ("pakistan_army", "Pakistan\u2019s army", "INDIRECT", "it was questioning four more officers about suspected ties to the banned Islamic extremist group, Hizb-ut-Tahrir", "said",
   N(note="a body speaking as a whole")),
 ("athar_abbas", "Army spokesman Major General Athar Abbas", "INDIRECT", "the four army majors are being questioned for suspected links with the group, but have not been detained", "said",
   N(onBehalfOf="pakistan_army")),
 ("pakistan_army", "the army", "INDIRECT", "it detained Brigadier General Ali Khan over his links to the group", "said",
   N(note="speech verb in a subordinate 'a day after the army said ...' clause. 'calls for a return to a pan-Islamic Caliphate' (noun object) and the passive 'it is believed to have links' (belief, no speaker) in the next paragraph are not annotated")),
 (None, "Many critics in Pakistan and around the world", "INDIRECT", "the Pakistani military is deeply infiltrated by extremist groups, making suspect its loyalty in the international effort against terrorism", "say",
   N(note="unnamed critics, no body: speaker null; the participial 'making suspect ...' is kept as part of the critics' claim")),
]
S["003"] = [
 ("south_korea_military", "South Korea's military", "INDIRECT", "North Korea has launched another ballistic missile Tuesday morning", "says",
   N(note="a body speaking as a whole. 'It wasn't immediately clear ...' has no speaker and is not annotated")),
 ("north_korea", "It", "INDIRECT", "it is \"not far away\" from test-firing an intercontinental ballistic missile with the potential of hitting the U.S. mainland", "said",
   N(note="'It' = North Korea (subject of the previous sentence); 'has said'; partial quote also DIRECT")),
 ("north_korea", "It", "DIRECT", "not far away", "said"),
 ("donald_trump", "U.S. President Donald Trump", "INDIRECT", "all options including military force are available to combat threats from North Korea", "said",
   N(onBehalfOf="united_states", note="'has said'")),
]

A = actor
ACTORS = [
 A("mexican_government", "GOVERNMENT", "Mexican government", "The Mexican government", "Mexican ministries", "Mexican interior and foreign affairs ministries"),
 A("mexico", "COUNTRY", "Mexico"),
 A("people_without_borders", "ORGANIZATION", "People Without Borders", "Pueblo Sin Fronteras"),
 A("gina_gribo", "PERSON", "Gina Gribo"),
 A("irineo_mujica", "PERSON", "Irineo Mujica", "Mujica"),
 A("alex_mensing", "PERSON", "Alex Mensing", "Mensing"),
 A("associated_press", "COMPANY", "The Associated Press", "Associated Press", "AP"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US", "Washington"),
 A("barack_obama", "PERSON", "Barack Obama", "Obama", "President Obama", "U.S. President Barack Obama"),
 A("asif_ali_zardari", "PERSON", "Asif Ali Zardari", "Zardari", "President Zardari"),
 A("pakistan", "COUNTRY", "Pakistan", "Islamabad", "Pakistani government"),
 A("pakistan_army", "ORGANIZATION", "Pakistan Army", "Pakistan\u2019s army", "Pakistan's army", "Pakistani military", "army"),
 A("athar_abbas", "PERSON", "Athar Abbas", "Major General Athar Abbas"),
 A("ali_khan", "PERSON", "Ali Khan", "Brigadier General Ali Khan"),
 A("hizb_ut_tahrir", "ORGANIZATION", "Hizb-ut-Tahrir"),
 A("osama_bin_laden", "PERSON", "Osama bin Laden", "bin Laden"),
 A("south_korea_military", "GOVERNMENT", "South Korean military", "South Korea's military", "Joint Chiefs of Staff (South Korea)"),
 A("south_korea", "COUNTRY", "South Korea"),
 A("north_korea", "COUNTRY", "North Korea", "Pyongyang"),
 A("donald_trump", "PERSON", "Donald Trump", "Trump", "U.S. President Donald Trump"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
