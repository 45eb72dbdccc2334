#!/usr/bin/env python3
"""Hand annotations of the test24 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="http://www.voacambodia.com/content/tribunal-witness-describes-chain-of-accusations-leading-to-khmer-rouge-deaths/1456425.html",
   title="Tribunal Witness Describes \u2018Chain of Accusations\u2019 Leading to Khmer Rouge Deaths", publishedOn="2012-08-06",
   source="stored copy of the voacambodia.com (VOA Khmer) page, article 1456425 (web page corpus), by Kong Sothanarith; the same text is stored at khmer.voanews.com/amp/.../1456425.html; section label ('Khmer Rouge'), the deck 'The regime of failed policies aided in the deaths of some 1.7 million people.', the photo caption (printed several times), 'TEXT SIZE' and byline box omitted; the stored copy ends with a complete paragraph followed by a Flash-player notice and a sidebar item, so the story may continue (possibly TRUNCATED); no wire credit in the stored part; date ESTIMATED: the witness (Suong Sikoeun in the tribunal's spelling) began testifying Thursday 2 Aug. 2012 and continued Monday 6 Aug. 2012, the 'Monday' of the lead"),
 "002": dict(url="http://www.voanews.com/content/drc-rwandan-presidents-hold-talks/1550141.html",
   title="DRC Rebels Vow to Overthrow Government", publishedOn="2012-11-21",
   source="stored copy of the voanews.com page, article 1550141 (web page corpus); no byline; navigation, the photo caption (printed twice) and the sidebar box 'Who Are the M23 Rebels?' with its bullet list omitted; 'Vianny Kazarama' as in the body (the caption spells 'Vianney'); no wire credit in the stored part; TRUNCATED: the paragraph 'Kabila and Rwandan President Paul Kagame met late...' breaks off and was left out; date ESTIMATED from the caption 'November 21, 2012' and the rally 'Wednesday' (21 Nov. 2012); the slug 'drc-rwandan-presidents-hold-talks' suggests the page was updated later"),
 "003": dict(url="http://www.voanews.com/content/kenya-in-mourning-as-investigators-probe-mall-attack/1756585.html",
   title="Nairobi Mall Death Toll Expected to Rise", publishedOn="2013-09-25",
   source="stored copy of the voanews.com page, article 1756585 (web page corpus), by Roopa Gogineni; section label ('News / Africa'), two photo captions (each printed several times) and byline omitted; a trailing space after the lead trimmed; the double space in Waita's quotation kept; no wire credit in the stored part; TRUNCATED: the quotation paragraph '\"Because o...' breaks off and was left out; date from the photo caption 'Sept. 25 2013' and 'On Wednesday morning' (25 Sept. 2013)"),
 "004": dict(url="http://www.voanews.com/content/government-forces-rebels-clash-in-south-sudans-upper-nile-region/1830667.html",
   title="South Sudan Forces, Rebels Clash in Upper Nile", publishedOn="2014-01-15",
   source="stored copy of the voanews.com page, article 1830667 (web page corpus), byline 'VOA News'; section label and the photo caption (printed twice) omitted; no wire credit in the stored part (a 'VOA News' story may carry one further down); TRUNCATED: the paragraph '\"Each day the the conflict continues, ...,\" she commente...' breaks off inside its attribution and was left out; date ESTIMATED: 'on Wednesday', after the caption 'Jan. 12, 2014' and the rebels' Tuesday claim to Malakal (Wednesday 15 Jan. 2014); the id lies just above voanews 1829835 (caption 'Jan. 14, 2014')"),
 "005": dict(url="https://www.voanews.com/a/south-sudan-army-fights-recapture-key-towns-bentiu-malakal-bor/1817289.html",
   title="South Sudan Army Fights to Recapture Key Towns", publishedOn="2013-12-25",
   source="stored copy of the voanews.com page, article 1817289 (web page corpus); no byline in the stored part; navigation ('Accessibility links', 'Breaking News') and the subheading 'SPLA Fights to Retake Upper Nile Capital' omitted; quotation marks as in the source (curly in the first quotation, straight in the last two, with a curly apostrophe 'There\u2019s' and an en dash); 'defectecd' as in the source; no wire credit in the stored part; TRUNCATED: the paragraph 'The SPLA retook Bor, ... So far we don\u2019...' breaks off and was left out; date ESTIMATED: the official spoke 'Wednesday', a day after Navi Pillay's mass-grave report of Tuesday 24 Dec. 2013 (Wednesday 25 Dec. 2013)"),
 "006": dict(url="http://www.voanews.com/content/south-sudanese-take-dangerous-journey-out-of-battle-ridden-bor/1829835.html",
   title="South Sudanese Take Dangerous Journey Out of Battle-Ridden Bor", publishedOn="2014-01-14",
   source="stored copy of the voanews.com page, article 1829835 (web page corpus), by Gabe Joselow; section label, the photo caption (printed twice), a gallery label ('South Sudanese Refugees', printed four times) and the subheading 'Violent struggle' omitted; the mixed quotation marks of the last paragraph (curly open, straight close and open, curly close) are as in the source; no wire credit in the stored part; TRUNCATED: the paragraph 'A political power struggle between President Salva Kiir and his top ...' breaks off and was left out; date ESTIMATED from the photo caption 'Jan. 14, 2014' (the army was still advancing on Bor, retaken 18 Jan. 2014)"),
 "007": dict(url="http://www.voanews.com/content/people-scared-to-retun-home-in-south-sudan/1840329.html",
   title="People Frightened to Return to Homes in South Sudan", publishedOn="2014-01-30",
   source="stored copy of the voanews.com page, article 1840329 (web page corpus), by Andrew Green; section label, the photo caption (printed four times) and byline omitted; trailing spaces after two paragraphs trimmed, the double spaces inside paragraphs kept; no wire credit in the stored part; TRUNCATED: the paragraph 'Government forces regained control of the town...' breaks off and was left out; date ESTIMATED: after the caption 'Jan. 21, 2014'; the id lies just above voanews 1840139 (U.N. humanitarian chief Valerie Amos's South Sudan visit, 'said Thursday', 30 Jan. 2014)"),
 "008": dict(url="https://www.voanews.com/a/boko-haram-raid-on-nigerian-town-fuels-chilling-tale/2593311.html",
   title="Boko Haram Raid on Nigerian Town Fuels Chilling Tales", publishedOn="2015-01-10",
   source="stored copy of the voanews.com page, article 2593311 (web page corpus); no byline in the stored part; navigation, the photo caption and the subheading 'Perhaps Boko Haram\u2019s \u2018deadliest act\u2019' omitted; a line break inside the Amnesty International paragraph ('coming from the area,' / 'this could be') joined with one space; no wire credit in the stored part; TRUNCATED: the paragraph 'Boko Haram seized Baga from Nigerian troops ... pursued residents fleei...' breaks off and was left out; date ESTIMATED: 'In the week since' the 3 Jan. 2015 seizure of Baga, and Amnesty International spoke 'on Friday' (9 Jan. 2015)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("suong_sikheoun", "a witness", "INDIRECT", "Much of the death and human destruction that took place under the Khmer Rouge was the result of a \u201cchain of accusations,\u201d", "told",
   N(note="BORDERLINE (cataphora): the unnamed witness is named in the next sentence (Suong Sikheoun), so he is the speaker, as dev13 002 s1; clause before the verb, run to the closing mark (partial quote, also DIRECT). The headline's 'Describes \u2018Chain of Accusations\u2019' (noun object, single marks) is not annotated")),
 ("suong_sikheoun", "a witness", "DIRECT", "chain of accusations,", "told", N(note="partial quote inside the reported clause")),
 ("suong_sikheoun", "Suong Sikheoun, 75, a former deputy of protocol at the foreign ministry", "INDIRECT", "a series of arrests came from one person accusing another, and another, and so on", "said"),
 ("suong_sikheoun", "he", "DIRECT", "That\u2019s why there was destruction,", "said",
   N(note="'testifying in the case against ...' is not a report of content")),
 ("suong_sikheoun", "he", "INDIRECT", "Close friends wound up in the notorious torture center of Tuol Sleng", "said",
   N(note="clause before the verb. 'turned to the three men on trial and apologized' (no content) is not annotated")),
 ("suong_sikheoun", "he", "DIRECT", "It was not socialism, was neither communism nor a revolution to serve the citizens or nation,", "said"),
 ("suong_sikheoun", "he", "DIRECT", "I suffered very much.", "said", N(note="second quotation after the attribution")),
]
S["002"] = [
 ("vianney_kazarama", "Rebel spokesman Vianny Kazarama", "INDIRECT", "the rebels plan to keep on moving", "said",
   N(onBehalfOf="m23", note="the lead's 'have vowed to seize more territory and topple President Joseph Kabila' (a vow with an infinitive, no named speaker) is not annotated")),
 ("vianney_kazarama", "he", "DIRECT", "President Kabila brought war planes and big guns, but he was unable to defeat us,", "said", N(onBehalfOf="m23")),
 ("vianney_kazarama", "Kazarama", "DIRECT", "That is a clear sign that we are part of God's plan; we were sent by God and this will not end here,", "said",
   N(onBehalfOf="m23", note="speaker named after his words")),
 ("vianney_kazarama", "Kazarama", "INDIRECT", "the rebels' next goal is Bukavu, 100 kilometers to the south", "said", N(onBehalfOf="m23")),
 ("vianney_kazarama", "He", "INDIRECT", "the group already controls the town of Sake, also south of Goma, and plans to eventually reach Kinshasa, the capital, more than 1,500 kilometers to the west", "said", N(onBehalfOf="m23")),
 ("un_security_council", "The French-sponsored resolution", "INDIRECT", "the rebels immediately pull out of Goma, located on the Rwandan border", "demands",
   N(note="BORDERLINE: 'demands that' with a clause is annotated (as dev10 004 s4, 006 s5); the resolution is the Security Council's (previous sentence); the coordinated 'and condemns all foreign support for the group' (noun object) is left out. 'The DRC and U.N. experts accuse Rwanda of supporting M23' (gerund) and 'a charge Rwanda denies' (noun) are not annotated")),
]
S["003"] = [
 ("wariko_waita", "Wariko Waita, head of communications at the Kenya Red Cross", "INDIRECT", "a recovery team working with Kenyan troops has not yet learned of any hostages among the dead", "says",
   N(onBehalfOf="kenya_red_cross", note="'Nearly 70 people are still reported as missing' (agentless passive) is not annotated")),
 ("wariko_waita", "he", "DIRECT", "We were initially told there would be people still inside.  We have not received any casualties or fatalities at this point,", "said",
   N(onBehalfOf="kenya_red_cross", note="one span (the double space is in the source); the embedded 'We were initially told ...' is not annotated separately")),
 ("joseph_ole_lenku", "Interior Minister Joseph Ole Lenku", "INDIRECT", "investigators expect to find more human remains under the rubble", "said", N(onBehalfOf="kenya")),
 ("joseph_ole_lenku", "he", "INDIRECT", "the overall casualty toll would not increase significantly", "predicted",
   N(onBehalfOf="kenya", note="'predicted' with a clause taken as a speech verb")),
]
S["004"] = [
 ("philip_aguer", "Army spokesman Philip Aguer", "INDIRECT", "fighting continues in the oil town of Malakal, the capital of Upper Nile state", "told", N(onBehalfOf="spla")),
 (None, "the rebels", "INDIRECT", "they had captured Malakal", "said",
   N(note="the rebels as a group (forces backing Riek Machar), no named body: speaker null. 'a claim the government denied' (noun) is not annotated")),
 ("msf", "Doctors Without Borders", "INDIRECT", "hundreds of people have been wounded over the past few days from fighting in Upper Nile, Unity and Jonglei states", "says"),
 ("msf", "the relief group", "INDIRECT", "it had treated 116 people for gunshot wounds in Malakal and the Upper Nile state community of Nasir", "said",
   N(note="'the relief group' = Doctors Without Borders; 'In a Wednesday statement'")),
 ("ateny_wek_ateny", "Presidential spokesman Ateny Wek Ateny", "INDIRECT", "the government forces would prevail", "said",
   N(onBehalfOf="south_sudan_government", note="'called for unity' (noun object) is not annotated")),
 ("ateny_wek_ateny", "Ateny", "DIRECT", "The SPLA (Sudan People's Liberation Army) will fight courageously and will defeat the rebels within and outside South Sudan borders,", "said",
   N(onBehalfOf="south_sudan_government", note="the parenthesis is inside the quotation and kept")),
 ("ateny_wek_ateny", "Ateny", "DIRECT", "The government will defeat the rebels forever. His excellency Kiir Mayardit instructed the government to stand ready to defend the nation from internal aggression. He urged all South Sudanese to stand together and see this dark moment through.", "said",
   N(onBehalfOf="south_sudan_government", note="second quotation after the attribution; the reports inside it ('instructed', 'urged') are not annotated separately")),
 ("united_nations", "The U.N.", "INDIRECT", "the unrest has left at least 1,000 people dead and more than 400,000 displaced", "says",
   N(note="'Linda Thomas-Greenfield ... urged South Sudan's leaders to seek reconciliation' (a request with an infinitive) is not annotated; her quotation is in the left-out truncated paragraph")),
]
S["005"] = [
 ("philip_aguer", "a military official", "INDIRECT", "South Sudan government troops are preparing to launch an attack to recapture Bentiu, the capital of oil-rich Unity state, which fell to forces loyal to former Vice President Riek Machar at the weekend", "said",
   N(onBehalfOf="spla", note="BORDERLINE (cataphora): the unnamed military official is taken to be army spokesman Philip Aguer, quoted in the next paragraph; a reader who keeps them apart would credit the SPLA (unnamed official of a named body). Clause before the verb")),
 ("philip_aguer", "army spokesman Philip Aguer", "DIRECT", "The SPLA forces are in the western part of the state and the SPLA is reorganizing. Definitely they will launch an attack on Bentiu any time,", "said",
   N(onBehalfOf="spla", note="official named after his words")),
 ("james_koang_chuol", "Former SPLA Fourth Division Commander General James Koang Chuol", "INDIRECT", "he defectecd from the army, seized control of Bentiu and declared himself governor of Unity state after what he says was a government attempt to assassinate him", "said",
   N(note="the embedded 'what he says was ...' is not annotated separately (as dev3 and test6); 'early this week' belongs to 'said' and is left out; 'defectecd' as in the source")),
 ("philip_aguer", "Aguer", "INDIRECT", "the government ordered Koang's assassination", "denied",
   N(onBehalfOf="spla", note="'denied' with a clause annotated as INDIRECT (as test16)")),
 ("navi_pillay", "the United Nations High Commissioner for Human Rights, Navi Pillay", "INDIRECT", "a mass grave containing at least 75 bodies had been found near the town", "said",
   N(onBehalfOf="ohchr", note="'said in a report that'. 'was announced' (agentless passive) and UNMISS 'revised the number ...' (not a speech verb) are not annotated")),
 ("philip_aguer", "he", "DIRECT", "Yesterday, there was fighting and the SPLA controlled the fight yesterday. But toward the evening, a group of armed men started looting the market,", "said",
   N(onBehalfOf="spla", note="'he' = Aguer, who 'described the situation in the town as chaotic' (object + 'as', not annotated)")),
 ("philip_aguer", "the army spokesman", "DIRECT", "That developed until this morning, and there is still confusion in Malakal. The two groups are still inside Malakal \u2013 the loyalists to the government and the rebels seem to be in the southern part of the town. There\u2019s rampant looting and shooting,", "said",
   N(onBehalfOf="spla", note="'the army spokesman' = Philip Aguer")),
]
S["006"] = [
 ("daniel_garang", "Garang", "DIRECT", "I am carrying the bullets, but really I did not shoot anything. This is 30 [bullets in the cartridge], and 31 inside [the gun], but I did not release any bullets because I am not in a position of fighting. But I can hold it for defense,", "said",
   N(note="speaker named after his words (introduced in the previous paragraph); the reporter's brackets are kept")),
 ("daniel_garang", "He", "INDIRECT", "they hid in the wilderness around Bor for four weeks, before sneaking out by boat in the dead of night", "says"),
 ("daniel_garang", "Garang", "INDIRECT", "The gun, Garang said, gives him some measure of protection as the country becomes increasingly militarized", "said",
   N(note="attribution inside the clause: the whole span, attribution included (as test23 005 s1). 'he hopes for a peaceful solution' (not a speech verb) is not annotated")),
 ("daniel_garang", "he", "DIRECT", "Well, for me as a priest, to be peaceful is better than to be more violent. So I wish if there is a cease-fire to stop killing the civilians and the innocent people as I came with them now,", "said",
   N(note="opened with a curly mark and closed with a straight one, as in the source")),
 ("daniel_garang", "he", "DIRECT", "You can see me as military because I\u2019m military-minded, but I\u2019m a civilian.", "said",
   N(note="second quotation after the attribution")),
]
S["007"] = [
 ("united_nations", "A top U.N. official", "INDIRECT", "the humanitarian situation in South Sudan may continue to deteriorate,  as people are too frightened to move back to their homes", "warned",
   N(note="an unnamed official of a named body: the body (U.N.); the because-like 'as' clause is taken as part of the warning; the double space is in the source")),
 (None, "Aid workers there", "INDIRECT", "they expect the number of people displaced by the South Sudan conflict to keep rising, increasing the risk of disease", "say",
   N(note="unnamed aid workers, no named body: speaker null")),
 ("yusuf_anur", "He", "INDIRECT", "he is lucky to get one meal a day", "says"),
 ("yusuf_anur", "he", "DIRECT", "Right now, we are living here. We are suffering inside Malakal Teaching Hospital,", "said"),
 ("yusuf_anur", "Anur", "INDIRECT", "he is suffering because of the shortages of food and clean water", "says",
   N(note="speech verb inside a concessive clause ('though Anur says ...')")),
 ("yusuf_anur", "He", "INDIRECT", "he does not believe the fighting has really ended", "says"),
 ("united_nations", "The U.N.", "INDIRECT", "more than 64,000 people in Malakal County were displaced in two waves of fighting in the area", "reports"),
]
S["008"] = [
 (None, "local officials", "INDIRECT", "In the week since Boko Haram seized Nigeria's far northeastern town of Baga and began raiding nearby villages, militants have killed hundreds of civilians and razed entire communities", "say",
   N(note="clause before the verb, its opening time clause included (as dev13 004 s1); unnamed local officials, no named body: speaker null")),
 ("yahaya_takakumi", "he", "DIRECT", "I have not seen four of my children and my elder brother,", "said",
   N(note="'he' = Fisherman Yahaya Takakumi (previous paragraph)")),
 ("yahaya_takakumi", "he", "DIRECT", "Some people said they saw my brother near the village of Daban-Shata the day after the attack, but I now fear for his life because only God can say the number of persons that were killed....", "said",
   N(note="second quotation after the attribution; the embedded 'Some people said ...' is not annotated separately")),
 (None, "various news media", "INDIRECT", "Estimates range from the hundreds to 2,000", "according to",
   N(note="clause before 'according to'; unnamed media: speaker null. 'local officials could not provide a death toll' is not a report")),
 ("amnesty_international", "Amnesty International", "INDIRECT", "this could be the Islamist militant group\u2019s \u201cdeadliest act in a catalogue of increasingly heinous attacks.\u201d", "said",
   N(note="the clause after the parenthetical 'based on reports coming from the area,', run to the closing mark (partial quote, also DIRECT)")),
 ("amnesty_international", "Amnesty International", "DIRECT", "deadliest act in a catalogue of increasingly heinous attacks.", "said"),
 ("yahaya_takakumi", "Takakumi", "INDIRECT", "he, one of his wives and his remaining children walked from Baga to Maiduguri", "said"),
]

A = actor
ACTORS = [
 A("suong_sikheoun", "PERSON", "Suong Sikheoun", "Suong Sikoeun", "Sikheoun"),
 A("nuon_chea", "PERSON", "Nuon Chea"),
 A("khieu_samphan", "PERSON", "Khieu Samphan"),
 A("ieng_sary", "PERSON", "Ieng Sary"),
 A("eccc", "ORGANIZATION", "Extraordinary Chambers in the Courts of Cambodia", "UN-backed tribunal", "Khmer Rouge tribunal", "ECCC"),
 A("vianney_kazarama", "PERSON", "Vianney Kazarama", "Vianny Kazarama", "Kazarama"),
 A("m23", "ORGANIZATION", "M23", "M23 rebels", "March 23 Movement"),
 A("joseph_kabila", "PERSON", "Joseph Kabila", "Kabila", "President Kabila"),
 A("paul_kagame", "PERSON", "Paul Kagame", "Kagame"),
 A("un_security_council", "ORGANIZATION", "United Nations Security Council", "U.N. Security Council", "UN Security Council", "Security Council"),
 A("rwanda", "COUNTRY", "Rwanda"),
 A("drc", "COUNTRY", "Democratic Republic of Congo", "DRC", "Congo"),
 A("wariko_waita", "PERSON", "Wariko Waita", "Waita"),
 A("kenya_red_cross", "ORGANIZATION", "Kenya Red Cross", "Kenya Red Cross Society", "Kenyan Red Cross"),
 A("joseph_ole_lenku", "PERSON", "Joseph Ole Lenku", "Ole Lenku", "Lenku"),
 A("kenya", "COUNTRY", "Kenya"),
 A("roopa_gogineni", "PERSON", "Roopa Gogineni"),
 A("philip_aguer", "PERSON", "Philip Aguer", "Aguer", "Philip Aguer Panyang"),
 A("spla", "ORGANIZATION", "Sudan People's Liberation Army", "SPLA", "South Sudan army"),
 A("salva_kiir", "PERSON", "Salva Kiir", "Kiir", "Salva Kiir Mayardit", "Kiir Mayardit"),
 A("riek_machar", "PERSON", "Riek Machar", "Machar"),
 A("msf", "ORGANIZATION", "Doctors Without Borders", "M\u00e9decins Sans Fronti\u00e8res", "MSF"),
 A("ateny_wek_ateny", "PERSON", "Ateny Wek Ateny", "Ateny"),
 A("south_sudan_government", "GOVERNMENT", "Government of South Sudan", "South Sudan's government", "South Sudanese government"),
 A("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 A("linda_thomas_greenfield", "PERSON", "Linda Thomas-Greenfield", "Thomas-Greenfield"),
 A("us_state_department", "GOVERNMENT", "US State Department", "State Department", "U.S. State Department"),
 A("james_koang_chuol", "PERSON", "James Koang Chuol", "Koang", "James Koang"),
 A("navi_pillay", "PERSON", "Navi Pillay", "Pillay"),
 A("ohchr", "ORGANIZATION", "Office of the United Nations High Commissioner for Human Rights", "U.N. human rights office", "OHCHR"),
 A("unmiss", "ORGANIZATION", "United Nations Mission in South Sudan", "UN Mission in South Sudan", "UNMISS"),
 A("daniel_garang", "PERSON", "Daniel Garang", "Garang", "Reverend Daniel Garang"),
 A("gabe_joselow", "PERSON", "Gabe Joselow"),
 A("yusuf_anur", "PERSON", "Yusuf Anur", "Anur"),
 A("andrew_green", "PERSON", "Andrew Green"),
 A("yahaya_takakumi", "PERSON", "Yahaya Takakumi", "Takakumi"),
 A("boko_haram", "ORGANIZATION", "Boko Haram"),
 A("amnesty_international", "ORGANIZATION", "Amnesty International"),
 A("kong_sothanarith", "PERSON", "Kong Sothanarith"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
