#!/usr/bin/env python3
"""Hand annotations of the dev4 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://www.voanews.com/a/zimbabwe-facing-another-drought-82253992/111616.html",
   title="Zimbabwe Facing Another Drought", publishedOn="2010-01-18",
   source="stored copy of the voanews.com page (web page corpus); navigation ('Accessibility links', 'Breaking News') omitted; TRUNCATED: the paragraph 'Zimbabwe formerly was an exporter of food, ... That exercise saw white fa...' breaks off and was left out; date ESTIMATED (no date on the copy; the article id 111616 follows 111527, a VOA story of 2010-01-17 used in eval/test, and the rainy-season context fits January; may be off by weeks)"),
 "002": dict(url="https://www.voanews.com/a/a-13-2005-09-29-voa36/303111.html",
   title="UNHCR Says Camp for Displaced People Attacked in Darfur", publishedOn="2005-09-29",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; TRUNCATED: the quotation paragraph '\"If people in camps do not even feel safe in a camp, ... of course, a pr...' breaks off and was left out; date from the URL (the attack was 'on Wednesday', 28 Sept. 2005)"),
 "003": dict(url="https://www.voanews.com/a/a-13-2008-10-09-voa60-66732247/561388.html",
   title="UNHCR: Thousands of Refugees in Camps, Urban Areas Left Without Basic Aid", publishedOn="2008-10-09",
   source="stored copy of the voanews.com page (web page corpus; VOA, Lisa Schlein, Geneva); navigation omitted; TRUNCATED: the quotation paragraph '\"And, the conditions in those collective centers could only be described as deplorable. ... grand children...' breaks off and was left out; date from the URL"),
 "004": dict(url="http://tingroom.com/print_3513.html",
   title="UN: Violence Increasing in Chad Refugee Camps", publishedOn="2004-11-15",
   source="stored copy of a third-party reproduction (tingroom.com, an English-learning site) of a VOA story by Lisa Schlein (web page corpus; the voanews.com original was not found); the site's '(在线收听) |' after the headline and the byline 'By Lisa Schlein' omitted; the copy has no paragraph breaks, so the body is one paragraph after the headline; TRUNCATED: the copy breaks off inside a quotation ('\"The High Commissioner said more needs to be done. ... UNHCR-financed projects, a...'), so the body ends with the last complete sentence before it ('... he said.'); date ESTIMATED (no date on the copy: the Darfur fighting 'broke out early last year' (2003), so 2004; 'nearly 200,000 refugees' in Chad and the High Commissioner's visit 'a few days ago' suggest late 2004; month and day are a guess)"),
 "005": dict(url="http://www.voanews.com/content/clinton-global-initiative-ngos-partner-on-elephant-poaching/1758672.html",
   title="NGOs Partner to End Elephant Poaching", publishedOn="2013-09-26",
   source="stored copy of the voanews.com page (web page corpus; VOA, Adam Phillips); the section line 'News / Africa', the photo caption (given three times) and the byline omitted; double spaces kept as in the copy; TRUNCATED: the paragraph 'The challenge of catching poachers ... like GPS ...' breaks off and was left out; date ESTIMATED (no date on the copy: the Clinton Global Initiative annual meeting in New York, September 2013, 'In 2012 alone'; the article id 1758672 lies next to 1757388 and 1759103, late-September 2013 VOA stories; may be off by days)"),
 "006": dict(url="https://learningenglish.voanews.com/a/a-23-2006-09-05-voa2-83127752/125410.html",
   title="Dry Conditions Lead to Government Aid in the West and South", publishedOn="2006-09-05",
   source="stored copy of the learningenglish.voanews.com page (web page corpus; VOA Special English Agriculture Report, a news-style script); navigation omitted; the programme line 'This is the VOA Special English Agriculture Report.' kept as article text; TRUNCATED: the paragraph 'The drought has also affected cotton, ... Direct and Counter-cyclica...' breaks off and was left out; date from the URL"),
 "007": dict(url="https://www.fs.usda.gov/about-agency/newsroom/releases/forest-service-chief-assesses-wildfires-out-west",
   title="Forest Service Chief Assesses Wildfires out West", outlet="USDA Forest Service", publishedOn="2000-08-15",
   source="stored copy of the fs.usda.gov news release (web page corpus); TRUNCATED: the quotation paragraph '\u201cWe are grateful for the cooperative support of our northern neighb...' breaks off and was left out; date ESTIMATED (no date on the copy: Mike Dombeck was Chief 1997-2001 and Dan Glickman Secretary of Agriculture 1995-2001; the Idaho and Montana fires with 'possible expansion of military involvement' fit August 2000; day unknown)"),
 "008": dict(url="http://u3aclimatestudy.pbworks.com/w/page/5216499/More%20rain%20less%20rain",
   title="First Annual Streamflow Summary Available", outlet="U.S. Geological Survey", publishedOn="2007-01-12",
   source="stored copy of a third-party reproduction (a pbworks wiki page titled 'More rain less rain') of a USGS news release (web page corpus); the wiki's notices and page title, the release line 'For release: January 12, 2007' and the contact line omitted; TRUNCATED: the paragraph 'USGS plans to provide similar summaries every year. Robert Hirsch, ... said \"These types of summaries ... on whethe...' breaks off and was left out; date from the release line"),
 "009": dict(url="https://www.brightsurf.com/news/article/030497102216/floods-continue-to-be-national-challenge.html",
   title="Floods Continue To Be National Challenge", outlet="U.S. Geological Survey", publishedOn="1997-03-04",
   source="stored copy of a third-party reproduction (brightsurf.com) of a USGS news release (web page corpus); the date line 'March 04, 1997' omitted; TRUNCATED: the paragraph 'As the Nation's largest natural science agency, ... Nearly 3,000 of th...' breaks off and was left out; date from the date line and the text ('today (Mar. 4, 1997)')"),
 "010": dict(url="https://www.fws.gov/news/ShowNews.cfm?newsId=91F696E3-D2BA-3E31-0C417AC3BD61311D",
   title="Fish and Wildlife Service Celebrates Endangered Species Day", outlet="U.S. Fish and Wildlife Service", publishedOn="2010-05-13",
   source="stored copy of the fws.gov press release (web page corpus); the lines 'Conserving the Nature of America', 'Press Release', the date line 'May 13, 2010' and the contact block (Division of Public Affairs, telephone) omitted; TRUNCATED: the paragraph 'In addition, many of the Service\u2019s field and regional offices will be hosting events in their communities and providing unique...' breaks off and was left out; date from the date line"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "Farmers in Zimbabwe", "INDIRECT", "they face another difficult agricultural season, as the dry spell that has hit the country continues", "say",
   N(note="unnamed farmers, no body named: speaker null. The 'as ...' clause is kept as part of what they say")),
 ("paul_zakariya", "Zimbabwe Farmers Union Director Paul Zakariya", "INDIRECT", "even crops that normally thrive under dry conditions are feeling the heat", "tells",
   N(onBehalfOf="zfu", note="'tells VOA' followed by the clause without 'that'")),
 ("paul_zakariya", "he", "DIRECT", "We are looking at maize [corn], we are looking at cotton and, in some instances, it's also the tobacco and the other small grains which naturally will be resisting or would be tolerant but they are already succumbing,", "said",
   N(onBehalfOf="zfu", note="reporter's bracketed gloss '[corn]' kept")),
 ("paul_zakariya", "Zakariya", "INDIRECT", "even if the country's normal rains started falling again, most of this season's crops are a write-off", "says",
   N(onBehalfOf="zfu", note="'says,' followed by a comma and the clause")),
 ("paul_zakariya", "he", "DIRECT", "Regions in the south \u2026 we could actually safely say they have lost their crop. And, if we had rains today, we would be looking at a situation where we are salvaging 50 percent to 60 percent of the crop. So it's quiet bad,", "said",
   N(onBehalfOf="zfu", note="'quiet' (for 'quite') as in the source")),
 ("paul_zakariya", "Zakariya", "INDIRECT", "although last year's harvest was better than the years before, the country would still have needed help, even if the rains had been normal this year", "added",
   N(onBehalfOf="zfu", note="'added that, although ...': the clause without 'that,'")),
 ("paul_zakariya", "he", "DIRECT", "In terms of preparedness for the season, we were prepared but probably not adequately, because fertilizers in fact generally inputs were not readily available,", "said", N(onBehalfOf="zfu")),
 ("paul_zakariya", "he", "DIRECT", "The situation would have been a lot better, but to say Zimbabwe would have had a good harvest that would satisfy the whole nation - that would be maybe stretching things a little bit.", "said",
   N(onBehalfOf="zfu", note="second span of an interrupted quote")),
]
S["002"] = [
 ("unhcr", "UNHCR", "INDIRECT", "Camp for Displaced People Attacked in Darfur", "Says", N(note="headline attribution")),
 ("unhcr", "The U.N, refugee agency", "INDIRECT", "29 people reportedly were killed and another 10 seriously wounded in what it calls an unprecedented attack on a camp for thousands of internally displaced persons in Sudan's West Darfur region", "says",
   N(note="'U.N,' (comma) as in the source; the embedded 'what it calls' is part of the clause and not annotated separately")),
 ("helene_caux", "A UNHCR spokeswoman, Helene Caux", "INDIRECT", "this is the first time since war erupted in Darfur two years ago that a camp for internally displaced people has been directly attacked", "tells",
   N(onBehalfOf="unhcr")),
 ("helene_caux", "She", "INDIRECT", "a group of 250 to 300 armed Arab men on horses and camels attacked Aro Sharow camp, in northern West Darfur on Wednesday", "says", N(onBehalfOf="unhcr")),
 ("helene_caux", "Ms. Caux", "INDIRECT", "the attackers destroyed part of the camp, burning about 80 makeshift shelters", "says", N(onBehalfOf="unhcr")),
 ("helene_caux", "she", "DIRECT", "As far as we know, most of the IDP's [internally displaced persons] from the camp have fled the camp to the nearby mountains of the Jebel Moon,", "said", N(onBehalfOf="unhcr")),
 ("helene_caux", "she", "DIRECT", "This area is mainly held by the rebel movements who emerged in 2003 and who have been basically fomenting different attacks in the area.", "said",
   N(onBehalfOf="unhcr", note="second span of an interrupted quote")),
 (None, "Aid workers familiar with the region", "INDIRECT", "the residents, for safety reasons, used to stay at night in the camp that was attacked, but would return to their nearby villages during the day to cultivate their fields", "say",
   N(note="unnamed aid workers, no body named: speaker null")),
 ("helene_caux", "Ms. Caux", "INDIRECT", "security in Darfur is deteriorating", "says", N(onBehalfOf="unhcr")),
 ("helene_caux", "She", "INDIRECT", "the international community will not be able to continue to provide assistance to the millions of people in need if aid workers do not feel safe", "says", N(onBehalfOf="unhcr")),
 ("helene_caux", "She", "INDIRECT", "the UNHCR also is afraid people will flee the country if attacks persist and humanitarian assistance is cut off", "says",
   N(onBehalfOf="unhcr", note="the reported clause states a belief of the UNHCR ('is afraid'); the speaker is Caux, who says it")),
]
S["003"] = [
 ("unhcr", "UNHCR", "INDIRECT", "Thousands of Refugees in Camps, Urban Areas Left Without Basic Aid", ":", N(note="colon headline attribution")),
 ("unhcr", "A new report", "INDIRECT", "nearly a third of refugees and other people cared for by the U.N. refugee agency are not getting their basic needs met", "finds",
   N(note="BORDERLINE: a report 'finds' (as dev3's 'Early figures show'); the report is the U.N. refugee agency's own assessment (next paragraph), so it is credited to the agency. 'Lisa Schlein reports for VOA' is a reporter credit and is not annotated")),
 ("jennifer_pagonis", "U.N. refugee spokeswoman, Jennifer Pagonis", "INDIRECT", "aid workers were unprepared for what they found", "tells", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "Pagonis", "DIRECT", "And, the startling finding, I think, was really that 30 percent of the basic needs of refugees are not being met. And, that is for education, health, sanitation,", "said", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "Pagonis", "DIRECT", "Very simple things like this that can have such a profound effect on the lives of refugees.", "said",
   N(onBehalfOf="unhcr", note="second span of an interrupted quote")),
 ("jennifer_pagonis", "Pagonis", "INDIRECT", "refugees living in camps tend to get assistance, such as food, from humanitarian agencies", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "they also live in a slightly more protected environment than do urban refugees", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "the concerns of refugees living in cities are different", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "they may be living in apartments, may lack documents and may face eviction or deportation", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "urban refugees tend to need more legal protection from the UNHCR", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "the report was done in Georgia before the latest conflict in August", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "aid workers looked at the plight of some 100,000 refugees and displaced people who fled from the breakaway regions of South Ossetia and Abkhazia in the 1990's", "says", N(onBehalfOf="unhcr")),
 ("jennifer_pagonis", "She", "INDIRECT", "they are still living in collective centers", "says", N(onBehalfOf="unhcr")),
]
S["004"] = [
 ("unhcr", "UN", "INDIRECT", "Violence Increasing in Chad Refugee Camps", ":",
   N(note="BORDERLINE: colon headline; 'UN' here is the U.N. refugee agency that the story reports (its first sentence), so it is credited to UNHCR; a scorer reading 'UN' literally would expect the United Nations")),
 ("unhcr", "The U.N. refugee agency", "INDIRECT", "three refugees have been killed in recent days", "says"),
 ("unhcr", "It", "INDIRECT", "others have been attacked and beaten, their sheep have been stolen and, in at least one case, a girl who left the camp to collect firewood was raped", "says"),
 ("ron_redmond", "Agency Spokesman Ron Redmond", "INDIRECT", "the refugees and Chad authorities blame Chadian nomads for the recent violence", "says",
   N(onBehalfOf="unhcr", note="'blame' inside the reported clause is not annotated separately")),
 ("ron_redmond", "He", "INDIRECT", "they do not hold the local people who live in villages near the camps responsible for the escalating violence", "says", N(onBehalfOf="unhcr")),
 ("ron_redmond", "he", "DIRECT", "Nevertheless, the incidents are indicative of increasing tension between the refugees and the local population, due to a lack of resources,", "noted", N(onBehalfOf="unhcr")),
 ("ron_redmond", "he", "DIRECT", "While the Sudanese refugees were openly welcomed by Chadians belonging to the same ethnic groups when they first crossed the border, there is some resentment now among local people, who say the refugees in the camps are living better than they do.", "noted",
   N(onBehalfOf="unhcr", note="second span of an interrupted quote; the embedded 'local people, who say ...' is not annotated separately")),
 ("united_nations", "U.N. officials", "INDIRECT", "refugees who were gathered at the border were subjected to attacks by the Janjaweed who crossed over from Sudan, beat them and stole their cattle", "say",
   N(note="unnamed officials of a named body (the U.N.) are credited to the body")),
 ("ron_redmond", "Mr. Redmond", "INDIRECT", "the UNHCR moved the refugees to 10 camps built at least 50 kilometers away from the border to protect them from these attacks", "says", N(onBehalfOf="unhcr")),
 ("ron_redmond", "He", "INDIRECT", "the refugees now are being victimized by Chadian nomads", "says", N(onBehalfOf="unhcr")),
 ("ron_redmond", "He", "INDIRECT", "High Commissioner for Refugees Ruud Lubbers, was made aware of these worrisome developments when he visited the camps a few days ago", "says",
   N(onBehalfOf="unhcr", note="the comma after 'Lubbers' is in the source")),
 ("ron_redmond", "he", "DIRECT", "We are doing what we can to help reduce the friction between the refugees and the local communities,", "said",
   N(onBehalfOf="unhcr", note="the quotation that follows in the source is cut off by the truncation and is not in the body")),
]
S["005"] = [
 ("john_calvelli", "he", "DIRECT", "In brief: to stop the killing,", "said",
   N(onBehalfOf="wcs", note="'he' = John Calvelli (previous paragraph); 'outlined the consortium's ... strategy' has only a noun-phrase object and is not annotated")),
 ("john_calvelli", "he", "DIRECT", "Funds will be used to support national governments to scale up anti-poaching enforcement at 50 priority elephant sites including hiring and supporting an additional 3,100 park guards. To stop the trafficking: Anti-trafficking efforts will be increased  by strengthening intelligence networks and penalties for violation and adding training and sniffer dog teams at ten key transit point. Stop the demand. New demand ruction efforts will be implemented at ten consumer markets over the next three years.", "said",
   N(onBehalfOf="wcs", note="second span of an interrupted quote; opens with a curly and closes with a straight mark in the source; the double space and 'ruction' are as in the source")),
]
S["006"] = [
 ("mike_johanns", "Mister Johanns", "INDIRECT", "the total amount of aid is about seven hundred eighty million dollars", "said",
   N(onBehalfOf="usda", note="'announced help for American farmers' (previous sentence) has only a noun-phrase object and is not annotated")),
 ("us_drought_monitor", "The Monitor", "INDIRECT", "exceptional drought conditions exist in Oklahoma, South Dakota and Texas", "reported",
   N(note="'The Monitor' = the U.S. Drought Monitor (previous paragraph)")),
 ("us_drought_monitor", "It", "INDIRECT", "parts of Alabama, Arizona, Minnesota, Mississippi, Nebraska and Wyoming have an extremely severe drought", "said"),
 ("mike_johanns", "He", "INDIRECT", "sixty-four percent of beef cows in America are in drought areas", "said",
   N(onBehalfOf="usda", note="'He' = Secretary Johanns, who 'spoke with reporters' (same paragraph). The following sentences have no speech verb and are not annotated")),
]
S["007"] = [
 ("mike_dombeck", "USDA Forest Service Chief Mike Dombeck", "INDIRECT", "the national wildfire suppression effort is working according to the national strategy", "reinforced",
   N(onBehalfOf="forest_service", note="BORDERLINE cue: 'reinforced today that ...' is read as a speech act (he stated it again)")),
 ("mike_dombeck", "Dombeck", "DIRECT", "This has been a seamless operation and I commend the more than 20,000 dedicated men and women who are working so hard in this firefighting effort,", "said", N(onBehalfOf="forest_service")),
 ("mike_dombeck", "Dombeck", "DIRECT", "This is as government and local communities ought to work.", "said",
   N(onBehalfOf="forest_service", note="second span of an interrupted quote")),
 ("mike_dombeck", "Dombeck", "DIRECT", "Because firefighter and public safety is our absolute number one concern, it is devastating to hear of the loss of a life,", "expressed",
   N(onBehalfOf="forest_service", note="unusual cue 'expressed Dombeck' (inverted)")),
 ("mike_dombeck", "Dombeck", "DIRECT", "My deepest condolences go out to the pilot\u2019s family members and loved ones.", "expressed",
   N(onBehalfOf="forest_service", note="second span; the bracketed sentence after it is the release's own note, not annotated")),
 ("mike_dombeck", "Dombeck", "INDIRECT", "NIFC has access to personnel, equipment and supplies from countless sources, which can be activated quickly and effectively", "emphasized",
   N(onBehalfOf="forest_service")),
]
S["008"] = [
 ("usgs", "the U.S. Geological Survey (USGS)", "INDIRECT", "This past year has produced some record-breaking high streamflow conditions in the Northeast, as well as some near-record lows in other areas of the country", "according to",
   N(note="clause before 'according to'")),
 ("harry_lins", "Harry Lins, hydrologist with the USGS surface-water program", "DIRECT", "Despite these regional highs and lows, however, streamflow conditions nationwide were relatively typical,", "says",
   N(onBehalfOf="usgs", note="the quoted publication title \"Streamflow of 2006 - Water Year Summary,\" in the first paragraph is a title, not a statement")),
 ("harry_lins", "Harry Lins, hydrologist with the USGS surface-water program", "DIRECT", "We expect in any given year that one percent of streamgages will experience a new all-time record high or all-time record low streamflow. In 2006, two percent of streamgages reported new record high streamflow, most of which were in New England, and one percent of streamgages experienced new record lows.", "says",
   N(onBehalfOf="usgs", note="second span of an interrupted quote; 'streamgages reported new record high streamflow' inside it is not a speech report")),
]
S["009"] = [
 ("robert_hirsch", "Dr. Robert Hirsch, Chief Hydrologist for the U.S. Geological Survey", "DIRECT", "We are proud of our role as one of the primary federal agencies that worked hard with many others to help save billions of dollars in flood damage in the Pacific Northwest during last year's flooding,", "said",
   N(onBehalfOf="usgs", note="said in testimony before a House subcommittee; the release is a news story about it, not a transcript")),
 ("robert_hirsch", "Hirsch", "DIRECT", "But the flooding now going on in the Ohio River valley is a sharp reminder that we as an agency cannot let our guard down or rest on past accomplishments. Flooding is truly a national hazard that sooner or later hits all 50 states,", "said",
   N(onBehalfOf="usgs", note="a quotation paragraph of its own, continuing the first; 'USGS scientists ... are reporting the highest flows of record' (next paragraph) has only a noun-phrase object and is not annotated")),
]
S["010"] = [
 ("rowan_gould", "Acting Service Director Rowan Gould", "DIRECT", "The Endangered Species Act is the nation\u2019s premier law protecting biodiversity today,", "said", N(onBehalfOf="fws")),
 ("rowan_gould", "Acting Service Director Rowan Gould", "DIRECT", "The bald eagle, American alligator and gray wolf are all species which once found themselves on the list, facing the brink of extinction, but have successfully rebounded. The wood stork, Kirtland\u2019s warbler, Louisiana black bear and Kemp\u2019s Ridley sea turtle are still listed species that are showing good progress towards achieving recovery \u2014 the ultimate goal of the ESA. These species and many others continue to benefit from the protections afforded by the ESA and the dedicated people who work through the Act to ensure their continued existence.", "said",
   N(onBehalfOf="fws", note="second span of an interrupted quote. 'is scheduled to speak' (Michael J. Bean, later) reports no content and is not annotated")),
]

ACTORS = [
 actor("paul_zakariya", "PERSON", "Paul Zakariya", "Zakariya"),
 actor("zfu", "ORGANIZATION", "Zimbabwe Farmers Union", "ZFU"),
 actor("zimbabwe", "COUNTRY", "Zimbabwe"),
 actor("unhcr", "ORGANIZATION", "Office of the United Nations High Commissioner for Refugees", "UNHCR", "U.N. refugee agency", "UN refugee agency", "U.N, refugee agency", "United Nations refugee agency"),
 actor("united_nations", "ORGANIZATION", "United Nations", "U.N.", "UN"),
 actor("helene_caux", "PERSON", "Helene Caux", "Caux", "Ms. Caux"),
 actor("jennifer_pagonis", "PERSON", "Jennifer Pagonis", "Pagonis"),
 actor("lisa_schlein", "PERSON", "Lisa Schlein"),
 actor("ron_redmond", "PERSON", "Ron Redmond", "Redmond", "Mr. Redmond"),
 actor("ruud_lubbers", "PERSON", "Ruud Lubbers", "High Commissioner for Refugees Ruud Lubbers", "High Commissioner"),
 actor("janjaweed", "ORGANIZATION", "Janjaweed"),
 actor("chad", "COUNTRY", "Chad"),
 actor("sudan", "COUNTRY", "Sudan"),
 actor("clinton_global_initiative", "ORGANIZATION", "Clinton Global Initiative", "CGI"),
 actor("wcs", "ORGANIZATION", "Wildlife Conservation Society", "WCS"),
 actor("john_calvelli", "PERSON", "John Calvelli", "Calvelli"),
 actor("elizabeth_bennett", "PERSON", "Elizabeth Bennett", "Bennett"),
 actor("mike_johanns", "PERSON", "Mike Johanns", "Johanns", "Mister Johanns", "Secretary Johanns", "Agriculture Secretary Mike Johanns"),
 actor("usda", "GOVERNMENT", "United States Department of Agriculture", "USDA", "Department of Agriculture", "U.S. Department of Agriculture"),
 actor("us_drought_monitor", "ORGANIZATION", "U.S. Drought Monitor", "Drought Monitor", "the Monitor"),
 actor("ndmc", "ORGANIZATION", "National Drought Mitigation Center", "NDMC"),
 actor("mike_dombeck", "PERSON", "Mike Dombeck", "Dombeck", "Forest Service Chief Mike Dombeck"),
 actor("forest_service", "GOVERNMENT", "USDA Forest Service", "Forest Service", "U.S. Forest Service", "USFS"),
 actor("dan_glickman", "PERSON", "Dan Glickman", "Glickman", "USDA Secretary Dan Glickman"),
 actor("nifc", "GOVERNMENT", "National Interagency Fire Center", "NIFC"),
 actor("usgs", "GOVERNMENT", "U.S. Geological Survey", "USGS", "United States Geological Survey"),
 actor("harry_lins", "PERSON", "Harry Lins", "Lins"),
 actor("robert_hirsch", "PERSON", "Robert Hirsch", "Hirsch", "Dr. Robert Hirsch"),
 actor("fws", "GOVERNMENT", "U.S. Fish and Wildlife Service", "Fish and Wildlife Service", "USFWS", "FWS", "the Service"),
 actor("rowan_gould", "PERSON", "Rowan Gould", "Gould", "Acting Service Director Rowan Gould"),
 actor("michael_bean", "PERSON", "Michael J. Bean", "Bean"),
 actor("endangered_species_coalition", "ORGANIZATION", "Endangered Species Coalition"),
 actor("noaa", "GOVERNMENT", "National Oceanic and Atmospheric Administration", "NOAA"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
