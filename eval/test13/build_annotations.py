#!/usr/bin/env python3
"""Hand annotations of the test13 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voanews.com/a/a-13-2007-08-03-voa70/343481.html",
   title="US Lawmakers Engage in Bitter Quarrel Over Procedural Vote", publishedOn="2007-08-03",
   source="stored copy of the voanews.com page (web page corpus), a VOA story by Dan Robinson, Capitol Hill; navigation omitted; the deck paragraph naming the reporter is kept as article prose; TRUNCATED: the paragraph 'Before they leave for the August recess, lawmakers must approve legislation to fund the Pentagon, and a measure...' breaks off and was left out; date from the URL"),
 "002": dict(url="http://www.voatibetanenglish.com/content/voa-denies-chinese-allegations-on-tibetan-selfimmolations/1598913.html",
   title="VOA Denies Chinese Allegations on Tibetan Self-Immolations", publishedOn="2013-02-07",
   source="stored copy of the voatibetanenglish.com (VOA Tibetan, English) page (web page corpus); the page date line 'Friday 2014/07/25', the section label 'Tibet', the repeated headline of the video box and its one-line teaser ('The Voice of America has denied Chinese allegations that VOA is encouraging ...') were left out; TRUNCATED: the paragraph 'Two months later, the Tibetan gove...' breaks off and was left out; date from the video box date '07.02.2013' read as day.month.year (the story speaks of 'nearly 100' self-immolations and of cash rewards reported 'Last October', i.e. October 2012, which fits February 2013)"),
 "003": dict(url="https://www.voanews.com/a/east-asia-pacific_cambodian-governments-request-meetings-seen-intimidation/6175935.html",
   title="Cambodian Government\u2019s Request for 'Meetings' Seen as Intimidation", publishedOn="2019-09-06",
   source="stored copy of the voanews.com page (web page corpus); navigation and the photo caption ('A man is on the phone in front of the office of ... LICADHO ... November 24, 2017.') omitted; TRUNCATED: the paragraph 'Government spokesman Phay Siphan said he had called the meeting ... \u201cmisrepres...' breaks off and was left out; date ESTIMATED (no date on the copy: the meeting took place 'on September 4' and a second one had since been called and declined; the Licadho/STT report 'Collateral Damage' dates from August 2019; could be off by a week or two)"),
 "004": dict(url="https://www.voacambodia.com/a/a-40-2005-10-19-voa4-90145972/1359877.html",
   title="Human Rights Watch Criticizes PM Hun Sen on His Crackdown on Dissent", publishedOn="2005-10-19",
   source="stored copy of the voacambodia.com (VOA Khmer, English) page (web page corpus); navigation omitted; TRUNCATED: the paragraph 'The US Embassy in Phnom Penh strongly supports ... Local lawyers criticize the government f...' breaks off and was left out; date from the URL (HRW's statement reached VOA 'Wednesday', 19 Oct. 2005)"),
 "005": dict(url="https://www.voaafrica.com/a/mogadishu-marches-against-al-shabab/6915855.html",
   title="Mogadishu Marches Against al-Shabab", publishedOn="2023-01-12",
   source="stored copy of the voaafrica.com page (web page corpus); navigation and the FILE photo caption omitted; TRUNCATED: the paragraph '\"Our main objective is to say enough is enough to al-Shabab, show solidarity for our soldiers, and in the m...' breaks off and was left out (so a demonstrator's quotation is not in the body); no wire byline in the stored part; date INFERRED (no date on the copy: 'Thursday\u2019s demonstration' at Yarisow stadium; the article id lies just below 6962062, a VOA story of 14 Feb. 2023; 12 Jan. 2023 was a Thursday; could be off by a week)"),
 "006": dict(url="https://voa.pangea-cms.com/preview/en-US/a/tibetan-exiles-china-self-immolations-dalai-lama-beijing/1603729.html",
   title="Tibetan Exiles Urge World to Press China Amid Self-Immolations", publishedOn="2013-02-14",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 1603729 (web page corpus); navigation, the photo caption (vigil in Katmandu, 'Feb. 13, 2013', given twice) and the chart caption ('Tibetan self-immolations since March 2011.', given twice) omitted; TRUNCATED: the paragraph 'More than 20,000 Tibetan exiles ar...' breaks off and was left out; date INFERRED (Sangay spoke 'Thursday' after the Kathmandu self-immolation of 'just Wednesday', the eve of Losar, 13 Feb. 2013)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("roy_blunt", "Republican whip Roy Blunt", "DIRECT", "A week of violations of the principles of the House culminated last night in such an excessive way that Republicans walked off the floor, and it was a deserved walk out and I am ashamed of the House,", "said",
   N(note="quotation before its attribution (inverted 'said Republican whip Roy Blunt'); a party whip keeps his own actor with no onBehalfOf (he speaks as a lawmaker, not as a spokesman)")),
 ("steny_hoyer", "House Democratic majority leader Steny Hoyer", "DIRECT", "I don't blame the minority for being angry at what completely appeared to them, which was the impression I would have had, that they were being treated in a way that they thought was not fair,", "said",
   N(note="quotation before its attribution; the attribution ends with a colon in the source ('Steny Hoyer:')")),
]
S["002"] = [
 ("chinese_government", "Chinese government", "INDIRECT", "the broadcaster is encouraging Tibetan protesters to set themselves on fire", "allegations",
   N(note="BORDERLINE: noun-complement report ('Chinese government allegations that ...') with a named source, annotated as in eval/dev3 ('claims by Chamisa that ...'); the next sentence says the allegations were made by China Daily and Chinese state television, but the text credits them to the Chinese government here. VOA's 'has denied' takes a noun phrase and is not annotated")),
 ("david_ensor", "VOA Director David Ensor", "DIRECT", "absurd", "called", N(onBehalfOf="voa", note="quoted word after 'call' (as dev3 'stolen vote.')")),
 ("david_ensor", "VOA Director David Ensor", "DIRECT", "totally false.", "called", N(onBehalfOf="voa")),
 ("david_ensor", "Ensor", "DIRECT", "tragic", "called", N(onBehalfOf="voa")),
 ("david_ensor", "Ensor", "DIRECT", "We report about them, but do not encourage them, absolutely not.", "called",
   N(onBehalfOf="voa", note="a quotation paragraph with no attribution of its own, following 'Ensor called ...': credited to him with the cue of that sentence (as test4 001 s4)")),
 (None, "The man", "INDIRECT", "he set himself on fire after watching VOA", "saying",
   N(note="participial cue ('was depicted saying'); an unnamed man shown on CCTV, no body: speaker null")),
 ("losang_gyatso", "VOA Tibetan Service chief Losang Gyatso", "INDIRECT", "any news reports were influenced by the Dalai Lama or the Tibetan government-in-exile", "denied",
   N(onBehalfOf="voa_tibetan")),
 ("losang_gyatso", "He", "INDIRECT", "VOA Tibetan's news reports often present the views of Chinese officials", "noted", N(onBehalfOf="voa_tibetan")),
 ("losang_gyatso", "He", "DIRECT", "VOA is a totally autonomous agency within the U.S. government. We are not directed or influenced by the Dalai Lama's office or the Tibetan government-in-exile, or any NGO related to the Tibetan movement.", "noted",
   N(onBehalfOf="voa_tibetan", note="a quotation paragraph with no attribution of its own, following Losang Gyatso's reported speech: credited to him with the cue of the preceding sentence")),
 ("voa", "VOA", "INDIRECT", "China began offering large cash rewards for information on those planning or encouraging self-immolations", "reported",
   N(note="the broadcaster as a whole reporting")),
]
S["003"] = [
 ("naly_pilorge", "Licadho director Naly Pilorge", "INDIRECT", "most of the meeting was spent on pushing both organizations to sign a pre-written statement that implied that the results found in their research were not accurate", "said",
   N(onBehalfOf="licadho", note="the embedded 'a pre-written statement that implied that ...' is part of the clause and is not annotated separately")),
 ("naly_pilorge", "she", "DIRECT", "Of course, Licadho and STT refused to sign this joint statement,", "said", N(onBehalfOf="licadho")),
 ("naly_pilorge", "she", "DIRECT", "So most of the meeting was to push, to coerce, to threaten both organizations to sign on.", "said",
   N(onBehalfOf="licadho", note="second span of an interrupted quote")),
 ("naly_pilorge", "She", "INDIRECT", "she assumed that they were called to meet because the report concentrated upon the issue of debt and raised issues that investors should be wary of", "said",
   N(onBehalfOf="licadho", note="'She' = Naly Pilorge")),
 ("cambodian_government", "The government", "INDIRECT", "Cambodia\u2019s economy was growing at a steady rate", "stressed"),
]
S["004"] = [
 ("hrw", "It", "INDIRECT", "the government is looking for Prince Sisowath Thomico, former secretary of former King Sihanouk, after issuing threats to use the court for his arrest", "said",
   N(note="'It' = Human Rights Watch (its statement, first paragraph)")),
 ("brad_adams", "Mr. Brad Adams, Asia director of New York-based Human Rights Watch", "INDIRECT", "it is a violation of the activists' right to the freedom of speech and the freedom of dissent", "saying",
   N(onBehalfOf="hrw", note="participial cue after 'criticizes the government's measures' (the noun-phrase object of 'criticizes' is not annotated)")),
 ("brad_adams", "He", "DIRECT", "the donor countries and embassies to make it clear to Mr. Hun Sen that they will not tolerate the reversal of the important strides made in basic human rights during the last decade", "appeals",
   N(onBehalfOf="hrw", note="quoted words after 'appeals to' (a request; as dev3's quoted words after 'ask ... to'); the source has a space after the opening mark, trimmed; the full stop stands outside the closing mark")),
 ("khieu_kanharith", "Mr. Khieu Kanharith, government spokesman and Minister of Information", "INDIRECT", "Human Rights Organizations should reflect about the activists' opinions whether or not they are right or wrong", "said",
   N(onBehalfOf="cambodian_government")),
 ("khieu_kanharith", "He", "INDIRECT", "the Human Rights officials do not speak Khmer", "said", N(onBehalfOf="cambodian_government")),
 ("khieu_kanharith", "He", "INDIRECT", "these expressions of opinion go beyond criticisms, and point toward an act of treason", "adds", N(onBehalfOf="cambodian_government")),
 ("khieu_kanharith", "He", "INDIRECT", "the activists charge the government of selling Khmer territory to Vietnam, which is a very serious change indeed", "said",
   N(onBehalfOf="cambodian_government", note="the activists' charge embedded in the clause is not annotated separately ('charge ... of' + gerund); the next sentence ('This might incite people ...') has no speech verb and is not annotated")),
 ("khieu_kanharith", "He", "INDIRECT", "Cambodia is implementing the rule of law", "said", N(onBehalfOf="cambodian_government")),
]
S["005"] = [
 ("hassan_sheikh_mohamud", "Somali President Hassan Sheikh Mohamud", "DIRECT", "You know the government has closed down a lot of militant-connected accounts in four banks and you will hear good news from us about the ongoing investigation of the comical impact on the militants' operations,", "said",
   N(note="quotation before its attribution; a head of state keeps his own actor with no onBehalfOf")),
 ("hassan_sheikh_mohamud", "Mr. Mohamud", "DIRECT", "vigilant, reveal and foil terrorist operatives hiding among the civilians", "urged",
   N(note="quoted words inside a request ('urged ... to be'); the request itself is not INDIRECT (infinitive)")),
 ("hassan_sheikh_mohamud", "Mohamud", "DIRECT", "Be careful of the strangers that rent your houses because they could be tomorrow\u2019s suicide bombers or assassins. You should report them to the security agencies,", "warned"),
 ("hassan_sheikh_mohamud", "Mohamed", "DIRECT", "Who can tell me that al-Shabab will guarantee the safety of your children and your beloved ones once you give them money, fearing for your lives?", "asked",
   N(note="a quoted question; the source spells the name 'Mohamed' here and opens with a straight, closes with a curly mark")),
]
S["006"] = [
 ("chinese_government", "Beijing", "INDIRECT", "the self-immolations are acts of terrorism", "says",
   N(note="'Beijing' = the Chinese government; 'denies the charges of repression' takes a noun phrase and is not annotated")),
 ("lobsang_sangay", "Lobsang Sangay, head of the India-based Central Tibetan Administration", "DIRECT", "to stop the deteriorating situation in Tibet.", "called",
   N(onBehalfOf="cta", note="quoted words closing a request ('called on ... to investigate ... and work with China'); the request is not INDIRECT (infinitive)")),
 (None, "sources inside China", "INDIRECT", "the 100th person to self-immolate was 37-year-old Lobsang Namgyal, a monk formerly of the Kirti Monastery in Ngaba, or Aba in Chinese", "said",
   N(note="unnamed sources, no body: speaker null")),
]
A = actor
ACTORS = [
 A("roy_blunt", "PERSON", "Roy Blunt", "Republican whip Roy Blunt"),
 A("steny_hoyer", "PERSON", "Steny Hoyer", "House Democratic majority leader Steny Hoyer"),
 A("george_w_bush", "PERSON", "George W. Bush", "President Bush"),
 A("dan_robinson", "PERSON", "Dan Robinson"),
 A("republican_party", "ORGANIZATION", "Republican Party", "Republicans"),
 A("democratic_party", "ORGANIZATION", "Democratic Party", "Democrats"),
 A("us_house", "GOVERNMENT", "U.S. House of Representatives", "House of Representatives", "House"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA"),
 A("voa_tibetan", "ORGANIZATION", "VOA Tibetan Service", "VOA Tibetan"),
 A("david_ensor", "PERSON", "David Ensor", "Ensor", "VOA Director David Ensor"),
 A("losang_gyatso", "PERSON", "Losang Gyatso", "VOA Tibetan Service chief Losang Gyatso"),
 A("chinese_government", "GOVERNMENT", "Chinese government", "Beijing", "China"),
 A("china_daily", "COMPANY", "China Daily"),
 A("cctv", "ORGANIZATION", "CCTV", "China Central Television", "Chinese state television"),
 A("dalai_lama", "PERSON", "Dalai Lama"),
 A("naly_pilorge", "PERSON", "Naly Pilorge", "Licadho director Naly Pilorge"),
 A("licadho", "ORGANIZATION", "Licadho", "LICADHO", "Cambodian League for the Promotion and Defense of Human Rights"),
 A("stt", "ORGANIZATION", "Sahmakum Teang Tnaut", "STT"),
 A("transparency_international", "ORGANIZATION", "Transparency International", "TI"),
 A("preap_kol", "PERSON", "Preap Kol"),
 A("phay_siphan", "PERSON", "Phay Siphan"),
 A("cambodian_government", "GOVERNMENT", "Cambodian government", "government of Cambodia"),
 A("hrw", "ORGANIZATION", "Human Rights Watch", "Human Rights watch", "HRW"),
 A("brad_adams", "PERSON", "Brad Adams", "Mr. Brad Adams"),
 A("khieu_kanharith", "PERSON", "Khieu Kanharith", "Mr. Khieu Kanharith"),
 A("hun_sen", "PERSON", "Hun Sen", "Prime Minister Hun Sen", "Mr. Hun Sen"),
 A("mam_sonando", "PERSON", "Mam Sonando"),
 A("rong_chhun", "PERSON", "Rong Chhun"),
 A("sisowath_thomico", "PERSON", "Sisowath Thomico", "Prince Sisowath Thomico"),
 A("hassan_sheikh_mohamud", "PERSON", "Hassan Sheikh Mohamud", "Mohamud", "Mr. Mohamud", "Mohamed", "Somali President Hassan Sheikh Mohamud"),
 A("al_shabab", "ORGANIZATION", "al-Shabab", "al-Shabaab"),
 A("lobsang_sangay", "PERSON", "Lobsang Sangay"),
 A("cta", "ORGANIZATION", "Central Tibetan Administration", "Tibet's government in exile", "Tibetan government-in-exile"),
 A("lobsang_namgyal", "PERSON", "Lobsang Namgyal"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
