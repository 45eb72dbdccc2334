#!/usr/bin/env python3
"""Hand annotations of the test30 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

NAV = "navigation ('Accessibility links', 'Breaking News'), the 'update' label, photo captions and byline boxes omitted"
ART = {
 "001": dict(url="http://www.voanews.com/articleprintview/1949889.html",
   title="Israel Moves Reinforcements to Gaza Border", publishedOn="2014-07-03",
   source="stored copy of the voanews.com print view of article 1949889 (web page corpus); " + NAV + "; the map caption 'Sderot' omitted; the subheading 'Residents anxious' kept as its own paragraph; TRUNCATED: the copy breaks off after the subheading 'Netanyahu, US condemn murder' ('Israeli Prime Minister Be...'), both left out; date ESTIMATED: jets struck 'Thursday' and Mohammed Abu Khudair's body was found 'on Wednesday' (2 July 2014), so Thursday 3 July 2014"),
 "002": dict(url="http://www.voanews.com/content/on-the-scene-in-ukraines-east-fears-of-showdown-loom/1900481.html",
   title="ON THE SCENE: In Ukraine\u2019s East, Fears of Showdown Loom", publishedOn="2014-04-24",
   source="stored copy of voanews.com article 1900481 (web page corpus); section label 'News / Europe' and the photo caption omitted; the subheading 'Separatists dig in' kept; no byline in the stored part; TRUNCATED: the paragraph 'Barricades inside the building are being strengthened ... masked armed gunmen dresse...' breaks off and was left out; date ESTIMATED: caption dated April 23, 2014 and forces 'on Thursday reportedly killed five', so Thursday 24 April 2014"),
 "003": dict(url="http://www.voanews.com/content/donetsk-russians-say-putin-only-one-to-save-them/1874365.html",
   title="Donetsk Russians Say Only Putin Can Save Them", publishedOn="2014-03-19",
   source="stored copy of voanews.com article 1874365 (web page corpus); section label and photo caption omitted; TRUNCATED: the paragraph 'Kyiv's politicians claim Moscow has been infiltrating Russian provocateurs to incite mu...' breaks off and was left out; date ESTIMATED: separatists 'stormed Wednesday' a naval base in Sevastopol 'a day after' the Crimea treaty (18 March 2014), so Wednesday 19 March 2014 (caption dated March 17)"),
 "004": dict(url="https://www.voanews.com/a/eastern-congolese-opposition-join-forces-135377973/159297.html",
   title="Eastern Congolese Opposition Join Forces to Protest Election", publishedOn="2011-12-10",
   source="stored copy of voanews.com article 159297 (web page corpus), reporting from Goma (photo credit 'VOA Photo H. Murdock'); " + NAV + "; TRUNCATED: the stored copy ends with a photo caption after the paragraph '... It says Tshisekedi won 32 percent of ballots cast.' (the page continues); date ESTIMATED: goats slaughtered 'Saturday' for Kabila's re-election, declared 9 Dec. 2011, so Saturday 10 Dec. 2011"),
 "005": dict(url="https://voa.pangea-cms.com/preview/en-US/a/east-congo-opposition-to-protest-kabila-election-135436508/149439.html",
   title="East Congo Opposition to Protest Kabila Election", publishedOn="2011-12-12",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 149439 (web page corpus); " + NAV + " (the caption quoting Felix Badila, printed twice, is left out); TRUNCATED: the paragraph 'Other opposition officials say despite their non-vi...' breaks off and was left out; date ESTIMATED: protests planned 'beginning Tuesday morning' after the 28 Nov. 2011 vote, i.e. Tuesday 13 Dec. 2011, so probably Monday 12 Dec. 2011"),
 "006": dict(url="http://www.voanews.com/a/al-qaida-in-iraq-claims-deadly-bombing-wave/1624961.html",
   title="Al-Qaida in Iraq Claims Deadly Bombing Wave", publishedOn="2013-03-20",
   source="stored copy of voanews.com article 1624961 (web page corpus), VOA News byline; " + NAV + "; complete as stored (the byline box follows the last paragraph); date from the text: attacks 'Tuesday' (19 March 2013, caption), statement posted 'Wednesday', 20 March 2013"),
 "007": dict(url="http://www.voanews.com/a/survivors-found-in-taiwan-quake-rescue-effort/3181275.html",
   title="Survivors Found in Taiwan Quake Rescue Effort", publishedOn="2016-02-08",
   source="stored copy of voanews.com article 3181275 (web page corpus), VOA News byline; " + NAV + "; the line 'WATCH: Video footage of people rescued from quake rubble' omitted; TRUNCATED: the paragraph 'Taiwan's official Central News Agency says nine buildings were destroyed ... forcing mass evacuations' breaks off and was left out; date from the photo caption 'Monday, Feb. 8, 2016' (survivor found 'Monday morning')"),
 "008": dict(url="https://voa.pangea-cms.com/preview/en-US/a/aid-groups-fear-worsening-conditions-for-thousands-fleeing-rakhine-violence/4011021.html",
   title=None, publishedOn="2017-09-01",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 4011021 (web page corpus); the copy starts with the lead: no headline was made up (title null; slug 'aid-groups-fear-worsening-conditions-for-thousands-fleeing-rakhine-violence'); the subheading 'Hindus among those fleeing' kept; TRUNCATED: the paragraph 'In Myanmar, journalists were allowed to reach the Rakhine village of Myothagyi on Thursday. A VOA journalist reported the com...' breaks off and was left out; date ESTIMATED: flight began 25 Aug. 2017, Hindus crossed 'in the past three days', journalists reached Myothagyi 'on Thursday' (31 Aug.); a copy on hxen.net is dated 2017-09-02"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("israeli_military", "The Israeli military", "INDIRECT", "its jets targeted 15 \"Hamas terror sites\" in the Gaza Strip", "said",
   N(note="a body speaking as a whole; the clause runs past the quoted words; partial quote also DIRECT")),
 ("israeli_military", "The Israeli military", "DIRECT", "Hamas terror sites", "said"),
 (None, "Palestinian officials", "INDIRECT", "10 civilians were wounded", "say",
   N(note="unnamed officials of no named body: speaker null (an extractor crediting 'Palestinian' officials to the Palestinians is defensible)")),
 ("ahmad_al_hatoum", "he", "DIRECT", "My wife was preparing [the morning meal during Ramadan], when we suddenly heard a big explosion. I felt the fire inside my house come towards me and my daughters,", "said",
   N(note="'he' = Ahmad al-Hatoum, named at the end of the previous paragraph; reporter's bracketed insertion kept")),
 ("ahmad_al_hatoum", "he", "DIRECT", "We ran outside the house and found our damaged car, as you can see it, and all the houses around were damaged. It is completely damaged.", "said",
   N(note="second span of an interrupted quote")),
 (None, "Israeli officials", "INDIRECT", "the strikes were in response to over 20 rockets fired at Israel since Wednesday", "say",
   N(note="unnamed officials: speaker null")),
 ("avihai_giorno", "Sderot resident Avihai Giorno", "INDIRECT", "his family is on edge", "said"),
 ("avihai_giorno", "Giorno", "DIRECT", "It's impossible not to start each day with fear. And the children, even though I tell them not to be afraid, when it reaches you it changes everything, the whole situation,", "said"),
 (None, "Palestinian officials", "INDIRECT", "it is revenge for the kidnapping and murder of three Israeli teens who were buried this week", "saying",
   N(note="participial cue; 'blame Israeli settlers for the alleged attack' (noun object) and 'Israel blames that attack on Hamas' / 'It denies the charge' (no reported clause) are not annotated")),
]
S["002"] = [
 ("vladimir_makovich", "separatist leader Vladimir Makovich", "INDIRECT", "they won\u2019t blink", "insists",
   N(note="'all sides are accusing each other of failing to observe ...' (gerund object), 'fear that a showdown is looming' (not speech) and 'announced Tuesday a resumption of what the government calls \u201canti-terrorist\u201d operations' (noun object; a scare-quoted label) are not annotated")),
 ("vladimir_makovich", "he", "DIRECT", "We expect an attack any time,", "said",
   N(note="'he' = Vladimir Makovich (previous paragraph)")),
]
S["003"] = [
 (None, "Donetsk Russians", "INDIRECT", "Only Putin Can Save Them", "Say",
   N(ctx="Donetsk Russians Say Only Putin Can Save Them", note="headline; an unnamed group of people: speaker null")),
 (None, "They", "INDIRECT", "they want to follow Crimea and break with Ukraine and join the Russian Federation", "say",
   N(note="'They' = the small crowd of protesters: speaker null")),
 ("denis", "Denis, 70", "INDIRECT", "the new government in Kyiv is making everyone poorer and the people of eastern Ukraine can't live with the politicians of the capital anymore", "says",
   N(note="a protester named by first name only")),
 ("vera", "Vera, 62", "INDIRECT", "she'd like Donetsk to stay in Ukraine", "says",
   N(note="BORDERLINE: 'says X but that Y' is split into two statements, one per complement clause")),
 ("vera", "Vera, 62", "INDIRECT", "ethnic Russians are being forced to ask Putin to help because the politicians in Kyiv don't care about the east of Ukraine and they just think of themselves", "says",
   N(note="second complement clause ('but that ...'), without 'that'")),
]
S["004"] = [
 (None, "Competing opposition parties in the region", "INDIRECT", "they are joining forces to support the main opposition candidate's claim that he, in fact, won the election", "say",
   N(note="several parties, no single body: speaker null; the campaign slogan \"100 percent for the president.\" is not a statement and is not annotated")),
 (None, "a few supporters", "INDIRECT", "they are drinking \"Ka-beer-a.\"", "say",
   N(note="unnamed supporters: speaker null; partial quote also DIRECT")),
 (None, "a few supporters", "DIRECT", "Ka-beer-a.", "say"),
 ("paul_katakala", "He", "INDIRECT", "Kabila is a moderate leader who ended, or at least slowed, the conflict in this eastern province", "says",
   N(note="'He' = Paul Katakala (previous sentence)")),
 ("paul_katakala", "Katakala", "INDIRECT", "he expects as many as 1,500 people to fill this marketplace celebration out of love for their president, who he calls \"the man who united Congo.\"", "says",
   N(note="the clause runs to the closing mark; the quoted words are also DIRECT")),
 ("paul_katakala", "he", "DIRECT", "the man who united Congo.", "calls",
   N(note="BORDERLINE: quoted words introduced by 'who he calls'")),
 (None, "He", "INDIRECT", "the celebration is for a criminal, who robbed the rightful Congolese president, Etienne Tshisekedi of his post", "says",
   N(note="'He' = an unnamed young man in a tie: speaker null")),
 ("etienne_tshisekedi", "Tshisekedi", "INDIRECT", "he considers himself president by the people's will", "says",
   N(note="BORDERLINE: the concessive 'although Congo's electoral commission has declared Kabila re-elected ...' is read as the reporter's framing and left out; 'has declared Kabila re-elected' (object complement, no clause) is not annotated")),
 ("ceni", "It", "INDIRECT", "Tshisekedi won 32 percent of ballots cast", "says",
   N(note="'It' = Congo's electoral commission (previous sentence)")),
]
S["005"] = [
 (None, "organizers", "INDIRECT", "the protests will be peaceful", "say",
   N(note="unnamed organizers: speaker null")),
 (None, "some opposition supporters", "INDIRECT", "they fear rallies will spark violence", "say",
   N(note="unnamed supporters: speaker null")),
 (None, "opposition leaders", "DIRECT", "mock election.", "called",
   N(note="BORDERLINE: quoted words introduced by 'that opposition leaders called a'; several parties' leaders, no single body: speaker null")),
 (None, "Protesters", "INDIRECT", "they will demand the government recognize the authority of Etienne Tshisekedi, the self-proclaimed elected president of Congo", "say",
   N(note="unnamed protesters: speaker null")),
 ("rubens_mikindo", "Mikindo", "INDIRECT", "the police and local authorities are prepared for the rally, and protesters will be protected by the considerable show of military might already on the streets of Goma", "says",
   N(onBehalfOf="udps", note="a leader of the UDPS in Goma (previous paragraph)")),
 ("rubens_mikindo", "He", "INDIRECT", "supporters of Mr. Tshisekedi will be joined by members of the Union for the Nation of Congo, the party of Vital Kamerhe, who came in third in the presidential race with 7.7 percent of the vote", "says",
   N(onBehalfOf="udps", note="'He' = Mikindo; the next sentence 'Other, smaller parties will take part as well.' has no speech verb and is not annotated")),
 ("rubens_mikindo", "Mikindo", "INDIRECT", "protesters have been instructed to be peaceful, and not damage any properties", "says", N(onBehalfOf="udps")),
 ("rubens_mikindo", "He", "INDIRECT", "does not know how many people may attend", "says",
   N(onBehalfOf="udps", note="verbatim 'He says does not know ...' (the source omits the subject 'he')")),
]
S["006"] = [
 ("islamic_state_of_iraq", "Al-Qaida's Iraqi affiliate", "INDIRECT", "it carried out the wave of attacks Tuesday that killed around 60 people, mainly in Shi'ite areas in and around the capital, Baghdad", "says",
   N(note="the group speaking as a whole (named 'The Islamic State of Iraq' in the next paragraph); the headline 'Claims Deadly Bombing Wave' has a noun object and is not annotated")),
 ("islamic_state_of_iraq", "The Islamic State of Iraq", "INDIRECT", "the attacks were a \"first stage\" that will be followed by \"revenge.\"", "saying",
   N(note="participial cue ('posted a statement ... claiming responsibility, saying'); the clause runs to the closing mark; both quoted phrases are also DIRECT")),
 ("islamic_state_of_iraq", "The Islamic State of Iraq", "DIRECT", "first stage", "saying"),
 ("islamic_state_of_iraq", "The Islamic State of Iraq", "DIRECT", "revenge.", "saying"),
 ("barack_obama", "U.S. President Barack Obama", "DIRECT", "in one of our nation's longest wars,", "issued a statement",
   N(onBehalfOf="united_states", note="BORDERLINE: a quoted phrase inside 'paying tribute to the 1.5 million Americans who served ...' (noun-object report, not INDIRECT); credited to Obama's statement")),
 ("barack_obama", "Obama", "INDIRECT", "the 4,475 U.S. military personnel who died \"made the ultimate sacrifice to give the Iraqi people an opportunity to forge their own future after many years of hardship.\"", "said",
   N(onBehalfOf="united_states", note="partial quote: the clause to the closing mark, and the quoted words DIRECT")),
 ("barack_obama", "Obama", "DIRECT", "made the ultimate sacrifice to give the Iraqi people an opportunity to forge their own future after many years of hardship.", "said",
   N(onBehalfOf="united_states")),
 ("iraqi_government", "The Iraqi government", "INDIRECT", "it is postponing local elections scheduled for next month in the provinces of Anbar and Ninevah by up to six months, because of security threats to electoral workers and candidates", "said",
   N(note="a government speaking as a whole; the 'because of' phrase is kept (part of the reported clause)")),
]
S["007"] = [
 (None, "Authorities", "INDIRECT", "a woman named Tsao Wei-ling was discovered lying under the body of her husband Monday morning", "say",
   N(note="unnamed authorities: speaker null")),
 ("lai_ching_te", "Mayor Lai Ching-te", "INDIRECT", "was conscious and talking to rescuers", "said",
   N(onBehalfOf="tainan_city_government", note="BORDERLINE: speech verb inside a relative clause ('who Mayor Lai Ching-te said was conscious ...'): the clause with its gap, as test4 002 'she can rarely afford'")),
 ("liu_shih_chung", "Liu Shih Chung, the deputy secretary general of Tainan's city government", "INDIRECT", "over 300 people have been rescued from the wreckage, with about 100 others still missing", "tells",
   N(onBehalfOf="tainan_city_government")),
 ("liu_shih_chung", "Liu", "INDIRECT", "they are \"entering into the most difficult part\" of the rescue effort", "says",
   N(onBehalfOf="tainan_city_government", note="BORDERLINE: the trailing time clause 'as the 72-hour window to find any survivors quickly winds down' is read as the reporter's framing and left out; partial quote also DIRECT")),
 ("liu_shih_chung", "Liu", "DIRECT", "entering into the most difficult part", "says", N(onBehalfOf="tainan_city_government")),
]
S["008"] = [
 ("vivian_tan", "Vivian Tan, the Asia press director for the U.N. refugee agency", "INDIRECT", "there is a shortage of shelter for the more than 18,000 people who have fled over the border from Myanmar", "told",
   N(onBehalfOf="unhcr", note="'International refugee agencies and relief workers ... are concerned about' (no speech verb) is not annotated")),
 ("iom", "The International Organization for Migration and other aid groups", "INDIRECT", "as many as 20,000 more people are staged just inside Myanmar, hoping to enter Bangladesh", "told",
   N(note="BORDERLINE: a named body plus unnamed others; credited to the IOM (null would also be defensible)")),
 ("voa", "a VOA journalist", "INDIRECT", "In Myanmar, some communities are packed with internally displaced people, and relief workers fear that the lack of food safety and personal hygiene facilities could spread infectious diseases", "reported",
   N(note="clause before the verb; an unnamed journalist of a named body, credited to VOA; the embedded 'relief workers fear that ...' is belief, not speech, and is not annotated separately")),
 ("shapawn_sharma_roni", "the leader of a Hindu community in Bangladesh", "INDIRECT", "Members of Myanmar\u2019s Hindu minority also have fled", "told",
   N(note="BORDERLINE (cataphora): the unnamed community leader is named in the next sentence (Shapawn Sharma Roni), so he is the speaker, as dev13 002 s1")),
 ("shapawn_sharma_roni", "Shapawn Sharma Roni", "INDIRECT", "412 Hindus, mostly women and children, have crossed the border in the past three days", "said"),
 ("shapawn_sharma_roni", "Sharma", "INDIRECT", "his community is helping the refugees and has arranged for shelter for them", "said"),
 (None, "The Hindu refugees", "INDIRECT", "at least 86 relatives have died in attacks in Myanmar, but they don\u2019t know who the attackers were", "said",
   N(note="unnamed refugees: speaker null; the coordinated 'but they don\u2019t know ...' is kept inside the reported clause")),
 (None, "A Hindu woman who entered Bangladesh two days ago", "INDIRECT", "a few hundred more members of her community remain stranded at the border", "said",
   N(note="an unnamed woman: speaker null")),
]

A = actor
ACTORS = [
 A("israeli_military", "GOVERNMENT", "Israeli military", "Israeli army", "Israel Defense Forces", "IDF"),
 A("israel", "COUNTRY", "Israel"),
 A("hamas", "ORGANIZATION", "Hamas"),
 A("ahmad_al_hatoum", "PERSON", "Ahmad al-Hatoum", "al-Hatoum"),
 A("avihai_giorno", "PERSON", "Avihai Giorno", "Giorno"),
 A("mohammed_abu_khudair", "PERSON", "Mohammed Abu Khudair", "Abu Khudair"),
 A("vladimir_makovich", "PERSON", "Vladimir Makovich", "Makovich"),
 A("oleksandr_turchynov", "PERSON", "Oleksandr Turchynov", "Turchynov"),
 A("ukraine", "COUNTRY", "Ukraine", "Kyiv"),
 A("russia", "COUNTRY", "Russia", "Moscow", "Russian Federation"),
 A("denis", "PERSON", "Denis"),
 A("vera", "PERSON", "Vera"),
 A("vladimir_putin", "PERSON", "Vladimir Putin", "Putin"),
 A("joseph_kabila", "PERSON", "Joseph Kabila", "Kabila", "Mr. Kabila"),
 A("etienne_tshisekedi", "PERSON", "Etienne Tshisekedi", "Tshisekedi", "Mr. Tshisekedi"),
 A("paul_katakala", "PERSON", "Paul Katakala", "Katakala"),
 A("ceni", "GOVERNMENT", "Independent National Electoral Commission (Democratic Republic of Congo)", "Congo's electoral commission", "CENI", "electoral commission"),
 A("rubens_mikindo", "PERSON", "Rubens Mikindo", "Mikindo"),
 A("udps", "ORGANIZATION", "Union for Democracy and Social Progress", "UDPS"),
 A("vital_kamerhe", "PERSON", "Vital Kamerhe", "Kamerhe"),
 A("unc", "ORGANIZATION", "Union for the Nation of Congo", "UNC"),
 A("islamic_state_of_iraq", "ORGANIZATION", "Islamic State of Iraq", "Al-Qaida in Iraq", "al-Qaida's Iraqi affiliate"),
 A("barack_obama", "PERSON", "Barack Obama", "Obama", "U.S. President Barack Obama"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US"),
 A("iraqi_government", "GOVERNMENT", "Iraqi government", "Government of Iraq"),
 A("lai_ching_te", "PERSON", "Lai Ching-te", "Mayor Lai Ching-te"),
 A("liu_shih_chung", "PERSON", "Liu Shih Chung", "Liu", "Liu Shih-chung"),
 A("tainan_city_government", "GOVERNMENT", "Tainan city government", "Tainan's city government"),
 A("tsao_wei_ling", "PERSON", "Tsao Wei-ling"),
 A("central_news_agency", "ORGANIZATION", "Central News Agency", "CNA"),
 A("vivian_tan", "PERSON", "Vivian Tan"),
 A("unhcr", "ORGANIZATION", "UN Refugee Agency", "U.N. refugee agency", "UNHCR", "United Nations High Commissioner for Refugees"),
 A("iom", "ORGANIZATION", "International Organization for Migration", "IOM"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA"),
 A("shapawn_sharma_roni", "PERSON", "Shapawn Sharma Roni", "Sharma", "Shapawn Sharma"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
