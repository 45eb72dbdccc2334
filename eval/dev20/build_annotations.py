#!/usr/bin/env python3
"""Hand annotations of the dev20 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.universetoday.com/category/mars/page/221/", outlet="NASA (Ames Research Center), via Universe Today",
   title="Mystery of Martian Icecaps Explained", publishedOn="2005-05-12",
   source="stored copy of a Universe Today category page (web page corpus) whose first item reproduces a NASA Ames Research Center news release (third-party reproduction; the nasa.gov original was not found in the corpus); photo caption ('Hubble view of Mars ... Click to enlarge.') omitted; TRUNCATED: the paragraph 'The eastern hemisphere of the south pole region gets very little snow, and clear ice forms over the martian ...' breaks off and was left out; date ESTIMATED: the Nature paper (Colaprete et al.) appeared in the 12 May 2005 issue; the page gives no date"),
 "002": dict(url="http://thespacelibrary.com/mediawiki/index.php?oldid=65540&title=Apr_5_2016", outlet="NASA, via The Space Library",
   title="John Grunsfeld Announces Retirement from NASA", publishedOn="2016-04-05",
   source="stored copy of The Space Library wiki page 'Apr 5 2016' (web page corpus), which reproduces NASA MEDIA ADVISORY 16-042 (third-party reproduction); wiki chrome and the label 'MEDIA ADVISORY 16-042' omitted; TRUNCATED: the next paragraph ('Grunsfe...') breaks off and was left out; date from the page title (the wiki's day page, 5 April 2016)"),
 "003": dict(url="http://www.publicaffairs.noaa.gov/releases2001/jun01/noaa01069.html", outlet="NOAA",
   title="Team Preps for Whale Rescue", publishedOn="2001-06-01",
   source="stored copy of NOAA news release 2001-069 (web page corpus); header 'NOAA 2001-069', 'Contact: Teri Frady' omitted; the subhead 'Endangered Right Whale Still Within Reach of Medical Help' is kept as the first paragraph; TRUNCATED: the paragraph 'Biologists believe that the whale is probably following concentrations of food ... cause enough dr...' breaks off and was left out; date ESTIMATED: June 2001 from the URL (jun01), day unknown (first of the month)"),
 "004": dict(url="http://www.publicaffairs.noaa.gov/releases2005/dec05/noaa05-r136.html", outlet="NOAA",
   title="U.S Coast Guard Joins Rescue Efforts; Inclement Weather Currently Keeping Team in Port", publishedOn="2005-12-05",
   source="stored copy of NOAA news release 2005-R136 (web page corpus); 'Contact: Susan Buchanan', 'NOAA News Releases 2005' and navigation omitted; the stored copy has no main headline, so its subhead line (verbatim, 'U.S Coast Guard' without the second full stop) is used as the headline; TRUNCATED: the paragraph 'Zoodsma said that disentangling ...' breaks off and was left out; date ESTIMATED: December 2005 from the URL (dec05); the whale was first spotted 'Saturday' (3 Dec. 2005) and NOAA's story of 9 Dec. 2005 reports later positions, so the release is dated to Monday 5 Dec. 2005 (may be off by a day or two)"),
 "005": dict(url="https://www.hstoday.us/subject-matter-areas/emergency-preparedness/noaa-researchers-seek-to-learn-more-about-tornado-experiences-to-improve-safety/", outlet="NOAA, via Homeland Security Today",
   title="NOAA Researchers Seek to Learn More About Tornado Experiences to Improve Safety", publishedOn="2022-05-25",
   source="stored copy of a Homeland Security Today (hstoday.us) reproduction of a NOAA news release (web page corpus; the noaa.gov original was not found in the corpus); weather/date chrome and the site's one-line summary ('The information gathered by the Tornado Tales tool can also be used ...') omitted; TRUNCATED: the next quotation paragraph ('Understanding people's experiences ... shelter options,') breaks off before its attribution and was left out; date from EarthSky's copy of the same release ('Originally published ... on May 25, 2022, by NOAA')"),
 "006": dict(url="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1173.html", outlet="U.S. Geological Survey",
   title="Tracking Floods is Exciting Work for USGS Hydrologists", publishedOn="1998-02-03",
   source="stored copy of the archived USGS Newsroom release (web page corpus); navigation, 'Released:' line and contact block omitted; 'discharge,hydrologists' (no space) and 'but the on the other hand' verbatim; TRUNCATED: the paragraph 'To make the measureme...' breaks off and was left out; date from 'Released: 2/3/1998'"),
 "007": dict(url="https://www.brightsurf.com/news/article/061000115795/usgs-reports-increase-of-sea-otters-in-recent-survey.html", outlet="U.S. Geological Survey, via Brightsurf",
   title="USGS reports increase of sea otters in recent survey", publishedOn="2000-06-10",
   source="stored copy of a brightsurf.com reproduction of a USGS news release (web page corpus; the same text is on eurekalert.org, pub_releases/2000-06/USGS-Urio-1006100.php, whose stored copy breaks off earlier); date line 'June 10, 2000' omitted from the body; TRUNCATED: the paragraph 'Disease, contaminants, s...' breaks off and was left out; date from the date line"),
 "008": dict(url="https://webarchive.library.unt.edu/eot2008/20090507112624/http://www.werc.usgs.gov/news/2003-06-06.html", outlet="U.S. Geological Survey (Western Ecological Research Center)",
   title="California Sea Otter Numbers are Up for the 2003 Census", publishedOn="2003-06-06",
   source="stored copy of the End of Term 2008 web archive copy of a USGS WERC news release (web page corpus); release header (address, contacts, phone, fax, email) omitted; TRUNCATED: the third paragraph (with Jim Estes's reported statement) breaks off at 'abundanc...' and was left out whole; date from 'Release June 6, 2003'"),
 "009": dict(url="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=2945.html", outlet="U.S. Geological Survey",
   title="Weather Conditions Prevent California Sea Otter Annual Population Survey", publishedOn="2011-09-23",
   source="stored copy of the archived USGS Newsroom release (web page corpus); navigation, 'Released:' line and contact block omitted; the dateline 'SANTA CRUZ, Calif. \u2014Scientists' kept as in the copy (no space after the dash); trailing spaces at paragraph ends dropped; TRUNCATED: the paragraph 'This is the first incomplete result in more than two decades of contin...' breaks off and was left out; date from 'Released: 9/23/2011'"),
 "010": dict(url="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=724.html", outlet="U.S. Geological Survey",
   title="California Sea Otters\u20142005 Survey Numbers Dip But Overall Population Trend Remains Up", publishedOn="2005-07-05",
   source="stored copy of the archived USGS Newsroom release (web page corpus); navigation, 'Released:' line, contact block and the 'News Editors:' note (graph URLs, B-roll contact) omitted; TRUNCATED: the paragraph 'Greg Sanders, southern sea otter recovery coordinator for the U.S. Fish and Wildlife Service, also noted that there were large numbers of se...' breaks off and was left out; date from 'Released: 7/5/2005'"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "a scientific paper included in the May 12 issue of the journal, Nature", "INDIRECT",
   "Weather generated by the two martian regional climates creates conditions that cause the red planet\u2019s southern polar ice to freeze out into a cap whose center lies about 93 miles (150 kilometers) from the actual south pole", "according to",
   N(note="clause before 'according to'. BORDERLINE speaker: a journal paper with no named body; its lead author (Colaprete) is named only in the next paragraph, so the speaker is left null; 'anthony_colaprete' is defensible. The lead's 'by finding that ...' and 'The scientists found that ...' (research findings, not speech) are not annotated")),
 ("anthony_colaprete", "the paper\u2019s lead author, Anthony Colaprete, a space scientist from NASA Ames Research Center", "DIRECT",
   "Mars\u2019 permanent south polar cap is offset from its geographic south pole, which was a mystery going back to the first telescopic observations of Mars,", "said",
   N(onBehalfOf="nasa_ames", note="official named after his words")),
 ("anthony_colaprete", "he", "DIRECT", "We found that the offset is a result of two martian regional climates, which are on either side of the south pole,", "said",
   N(onBehalfOf="nasa_ames", note="'he' = Colaprete (previous sentence)")),
 ("anthony_colaprete", "Colaprete", "DIRECT", "The two craters\u2019 unique landscapes create winds that establish a low pressure region over the permanent ice cap in the western hemisphere,", "explained",
   N(onBehalfOf="nasa_ames")),
 ("anthony_colaprete", "Colaprete", "DIRECT", "On Mars, the craters anchor the low pressure system that dominates the southern polar ice cap, and keep it in one location,", "said",
   N(onBehalfOf="nasa_ames", note="the sentence before the quotation ('Just as on Earth, ...') is the reporter's and is not annotated")),
 (None, "the scientists", "INDIRECT", "the low-pressure system results in white fluffy snow, which appears as a very bright region over the ice cap", "According to",
   N(note="'According to X, clause': the clause after the attribution. Unnamed 'scientists' (Colaprete's team, no body named as such): speaker null; 'nasa_ames' is defensible")),
 (None, "the scientists", "INDIRECT", "\u2018black ice\u2019 forms in the eastern hemisphere, where martian skies are relatively clear and warm", "report",
   N(note="'the scientists also report that ...': speaker null as in the previous statement; the single-quoted \u2018black ice\u2019 is a scare quote, not a quotation, so no DIRECT is added")),
]
S["002"] = [
 ("charlie_bolden", "NASA Administrator Charlie Bolden", "DIRECT",
   "John leaves an extraordinary legacy of success that will forever remain a part of our nation\u2019s historic science and exploration achievements,", "said",
   N(onBehalfOf="nasa", note="official named after his words; the quotation opens with a curly mark and closes with a straight one, as in the copy")),
 ("charlie_bolden", "NASA Administrator Charlie Bolden", "DIRECT",
   "Widely known as the \u2018Hubble Repairman,\u2019 it was an honor to serve with him in the astronaut corps and watch him lead NASA's science portfolio during a time of remarkable discovery. These are discoveries that have rewritten science textbooks and inspired the next generation of space explorers.", "said",
   N(onBehalfOf="nasa", note="second span of an interrupted quote; the inner single-quoted nickname is kept")),
 ("john_grunsfeld", "Grunsfeld", "DIRECT",
   "After exploring strange new worlds and seeking out new life in the universe, I can now boldly go where I\u2019ve rarely gone before \u2013 home,", "said",
   N(onBehalfOf="nasa", note="headline 'John Grunsfeld Announces Retirement from NASA' (noun object) is not annotated")),
 ("john_grunsfeld", "Grunsfeld", "DIRECT",
   "I\u2019m grateful to have had this extraordinary opportunity to lead NASA science, and know that the agency is well-positioned to make the next giant leaps in exploration and discovery.", "said",
   N(onBehalfOf="nasa", note="second span of an interrupted quote")),
]
S["003"] = [
 ("teri_rowles", "Dr. Teri Rowles, of NOAA's National Marine Fisheries Service", "DIRECT",
   "If the line is not removed, this whale will eventually die,", "says",
   N(onBehalfOf="noaa_fisheries", note="official named after her words")),
 ("teri_rowles", "she", "DIRECT",
   "We are planning to attempt this rescue simply because losing even one reproductively active member of this rare and endangered species population is a factor in survival of the species,", "said",
   N(onBehalfOf="noaa_fisheries", note="'she' = Rowles. BORDERLINE: the next sentence 'Team experts agree that any procedure will be stressful ...' is not annotated ('agree' taken as a stance verb, and the experts are unnamed); an INDIRECT with speaker null would be defensible")),
]
S["004"] = [
 ("barb_zoodsma", "Barb Zoodsma, a marine mammal biologist and right whale recovery program coordinator for NOAA Fisheries Service Southeast", "DIRECT",
   "We\u2019ve tracked the whale\u2019s movement since Saturday and it continues to head south, which is typical behavior for right whales at this time of year,", "said",
   N(onBehalfOf="noaa_fisheries", note="official named after her words. 'The aerial survey team alerted NOAA Fisheries Service biologists' (no reported clause) is not annotated")),
 ("barb_zoodsma", "Zoodsma", "INDIRECT",
   "many right whales travel south during the winter to calving and nursery areas, and spend summers feeding off the coasts of New England and Canada", "According to",
   N(onBehalfOf="noaa_fisheries", note="'According to X, clause': the clause after the attribution")),
]
S["005"] = [
 ("justin_sharpe", "project coordinator Justin Sharpe, research scientist with the Cooperative Institute for Severe and High-Impact Weather Research and Operations (CIWRO) working at the NOAA NSSL", "DIRECT",
   "While NOAA collects a lot of physical science data about storms from satellites and radars, the weather community has much less information about what people actually do when tornadoes strike,", "said",
   N(onBehalfOf="ciwro", note="official named after his words; onBehalfOf his employer CIWRO (he works at NOAA NSSL; 'noaa_nssl' is defensible). 'NOAA scientists want to hear your story' is not a speech report")),
 ("justin_sharpe", "project coordinator Justin Sharpe", "DIRECT",
   "We created this citizen science tool so that people can come to us and share their stories. This information will help us improve weather communication used to keep people safe.", "said",
   N(onBehalfOf="ciwro", note="second span of an interrupted quote")),
]
S["006"] = [
 ("usgs", "hydrologists with the U.S. Geological Survey", "INDIRECT",
   "small stream flooding from Ventura County on the south to Eureka on the north", "are reporting",
   N(note="BORDERLINE: 'are reporting' with a noun-phrase object that states a finding ('are reporting [that there is] small stream flooding ...') is annotated as a report; unnamed officials of a named body -> the body")),
 ("robert_meyer", "USGS Surface Water Specialist, Robert Meyer, in Sacramento", "DIRECT",
   "We have concerns for our people in the field during times of flooding. On the one hand it is critical to have the accurate data to save lives, but the on the other hand collecting the data can be extremely dangerous.", "According to",
   N(onBehalfOf="usgs", note="BORDERLINE: a direct quotation introduced by 'According to X,' (no speech verb); 'but the on the other hand' verbatim")),
]
S["007"] = [
 ("james_estes", "USGS scientist Dr. James A. Estes in Santa Cruz, Calif.", "DIRECT",
   "While we are encouraged by the larger numbers, it is too soon to know if this signifies a true increase in population size,", "says",
   N(onBehalfOf="usgs", note="official named after his words. The headline 'USGS reports increase of sea otters' (noun object) and 'The spring 2000 survey ... indicates an overall increase' (data, not a speaker) are not annotated")),
 ("james_estes", "USGS scientist Dr. James A. Estes", "DIRECT",
   "Wildlife surveys are inherently imprecise and this is not the first time we have obtained counts that departed substantially from existing trends. Therefore, a sustained trend over the next several years will be required before we can say with any confidence that the period of decline is over.", "says",
   N(onBehalfOf="usgs", note="second span of an interrupted quote")),
 ("james_estes", "Estes", "INDIRECT",
   "Low population growth rate has long been a factor in the lagging recovery of the California sea otter", "says",
   N(onBehalfOf="usgs", note="clause before the verb ('..., says Estes.'); the following sentences of the paragraph have no speech verb and are not annotated, though they may continue his account")),
]
S["008"] = [
 ("usgs", "a survey led by the U.S. Geological Survey", "INDIRECT",
   "Counters tallied a total of 2,505 California sea otters in 2003, 17 percent more sea otters than the total of 2,139 otters in 2002", "according to",
   N(note="clause before 'according to'; a survey led by a named body is credited to the body (as a report of a body)")),
 ("brian_hatfield", "survey organizer Brian Hatfield, a USGS biologist in California", "DIRECT",
   "This is the highest total count and the highest count of adult and young adult sea otters, 2,270, since current standardized methods came into practice in 1983,", "said",
   N(onBehalfOf="usgs", note="official named after his words")),
]
S["009"] = [
 ("tim_tinker", "Tim Tinker of the USGS Western Ecological Research Center and chief scientist for the annual survey", "DIRECT",
   "We use two standardized methods for our visual surveys, which are telescope observations from shore and aerial observations from a small twin-engine plane,", "said",
   N(onBehalfOf="usgs", note="official named after his words")),
 ("tim_tinker", "Tim Tinker", "DIRECT",
   "Although our shore-based surveys were successful, unusually heavy marine fog or high winds throughout the spring and summer repeatedly hindered our attempts to conduct aerial surveys. Both measurements are crucial, so without the aerial observation data, we are unable to provide a reliable, standardized total count for California sea otters in 2011.", "said",
   N(onBehalfOf="usgs", note="second span of an interrupted quote")),
]
S["010"] = [
 ("brian_hatfield", "survey organizer Brian Hatfield, a USGS biologist in California", "DIRECT",
   "Despite the dip in this year\u2019s tally, the latest 3-year running average of the 3 most recent spring counts is up 8 percent over the previous average, to almost 2,700 sea otters,", "said",
   N(onBehalfOf="usgs", note="official named after his words. 'as recommended by the U.S. Fish and Wildlife Service's Southern Sea Otter Recovery Plan' (a recommendation with no clause) is not annotated")),
 ("brian_hatfield", "survey organizer Brian Hatfield", "DIRECT",
   "The meaning of the 2005 count will become clearer with additional years of averaged data points.", "said",
   N(onBehalfOf="usgs", note="second span of an interrupted quote")),
]

A = actor
ACTORS = [
 A("anthony_colaprete", "PERSON", "Anthony Colaprete", "Colaprete"),
 A("nasa_ames", "GOVERNMENT", "NASA Ames Research Center", "Ames Research Center"),
 A("nasa", "GOVERNMENT", "NASA", "National Aeronautics and Space Administration"),
 A("charlie_bolden", "PERSON", "Charlie Bolden", "Charles Bolden", "NASA Administrator Charlie Bolden", "Bolden"),
 A("john_grunsfeld", "PERSON", "John Grunsfeld", "Grunsfeld", "John M. Grunsfeld"),
 A("geoff_yoder", "PERSON", "Geoff Yoder", "Yoder"),
 A("noaa", "GOVERNMENT", "National Oceanic and Atmospheric Administration", "NOAA"),
 A("noaa_fisheries", "GOVERNMENT", "NOAA Fisheries Service", "NOAA Fisheries", "National Marine Fisheries Service", "NOAA's National Marine Fisheries Service"),
 A("teri_rowles", "PERSON", "Teri Rowles", "Dr. Teri Rowles", "Rowles"),
 A("barb_zoodsma", "PERSON", "Barb Zoodsma", "Zoodsma"),
 A("us_coast_guard", "GOVERNMENT", "United States Coast Guard", "U.S. Coast Guard", "U.S Coast Guard"),
 A("justin_sharpe", "PERSON", "Justin Sharpe", "Sharpe"),
 A("ciwro", "ORGANIZATION", "Cooperative Institute for Severe and High-Impact Weather Research and Operations", "CIWRO"),
 A("noaa_nssl", "GOVERNMENT", "NOAA National Severe Storms Laboratory", "NSSL", "NOAA NSSL"),
 A("usgs", "GOVERNMENT", "U.S. Geological Survey", "USGS", "United States Geological Survey"),
 A("robert_meyer", "PERSON", "Robert Meyer", "Meyer"),
 A("james_estes", "PERSON", "James A. Estes", "Estes", "Jim Estes", "Dr. James A. Estes"),
 A("brian_hatfield", "PERSON", "Brian Hatfield", "Hatfield"),
 A("tim_tinker", "PERSON", "Tim Tinker", "Tinker"),
 A("us_fish_and_wildlife_service", "GOVERNMENT", "U.S. Fish and Wildlife Service", "Fish and Wildlife Service"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
