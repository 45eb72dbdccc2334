#!/usr/bin/env python3
"""Hand annotations of the dev7 set as a table; computes offsets and writes NNN.json.
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
 "001": dict(url="https://www.nationalguard.mil/News/Article-View/Article/573315/fighting-floods-and-fires-national-guard-on-duty-from-coast-to-coast",
   title="Fighting floods and fires, National Guard on duty from coast-to-coast", publishedOn="2008-06-26", outlet="National Guard Bureau (U.S. Department of Defense)",
   source="stored copy of the nationalguard.mil page (web page corpus); story by Staff Sgt. Jim Greenhill, National Guard Bureau; site chrome ('An official website ...'), the 'NEWS | June 26, 2008' line and the byline omitted; TRUNCATED: the paragraph 'Maj. Gen. King Sidwell is Missouri's adjutant general. \"The Missouri National Guard continues ... our Citi...' breaks off inside a quotation and was left out; date from the date line (an army.mil copy of the same story, army.mil article 10386, was not used)"),
 "002": dict(url="https://www.globalsecurity.org/security/library/news/2005/09/sec-050915-afps05.htm",
   title="Army Corps of Engineers Fixes Levees, Drains New Orleans", publishedOn="2005-09-15", outlet="American Forces Press Service (U.S. Department of Defense)",
   source="stored copy of a third-party reproduction (globalsecurity.org) of an American Forces Press Service story by Gerry J. Gilmore (web page corpus); site banner, section label ('Homeland Security'), service name and byline omitted; the dateline 'WASHINGTON, Sept. 15, 2005' has no dash before the lead in the copy and is kept so; TRUNCATED: the paragraph 'About $440 million so far has been spent in response to Katrina's...' breaks off and was left out; date from the dateline"),
 "003": dict(url="https://www.navy.mil/Press-Office/News-Stories/display-news/Article/4311134/uss-john-l-canley-esb-6-arrives-in-koror-palau-sept-22-during-pacific-partnersh",
   title=None, publishedOn="2025-09-22", outlet="U.S. Navy (navy.mil News Stories)",
   source="stored copy of the navy.mil page (web page corpus); the copy has no headline (URL slug 'uss-john-l-canley-esb-6-arrives-in-koror-palau-sept-22-during-pacific-partnersh'), so the body starts with the dateline and lead; site chrome ('Official websites use .mil ...') omitted; the copy runs everything after the lead together as one paragraph, kept so; TRUNCATED inside that paragraph: the sentence 'In the aftermath of the December 2004 tsunami ... the United States mobilized numerous ...' breaks off and was left out, so the body ends with the last complete sentence; date from the dateline (arrival 'Sept. 22, 2025'; the page date may be a day or two later)"),
 "004": dict(url="http://www.eatonvillenews.net/rainiernews3.html",
   title="Chip Jenkins Selected as Mount Rainier Superintendent", publishedOn="2018-02-01", outlet="National Park Service (news release reproduced by Eatonville News)",
   source="stored copy of a local news site page (eatonvillenews.net, 'Mount Rainier News') that reproduces an NPS press release (labelled 'NPS Press Release', contact Kathryn Steichen, February 1, 2018), a US government work; site masthead, motto and epigraph, photo credit, the release/contact/date lines and the site's trailing '...' after the headline omitted; leading spaces of paragraphs dropped; opening straight and closing curly quotation marks as in the copy; TRUNCATED: the paragraph 'Jenkin\u2019s career began as a seasonal park ranger ... Lewis and ...' breaks off and was left out; date from the release date line"),
 "005": dict(url="https://rainiervolunteers.blogspot.com/2008/08/peak-season-for-mount-rainier-national.html",
   title="Peak season for Mount Rainier National Park's volunteer program", publishedOn="2008-08-01", outlet="National Park Service (Mount Rainier National Park news release, volunteer program blog)",
   source="stored copy of the Mount Rainier National Park volunteer program blog (rainiervolunteers.blogspot.com), which posts the park's news release ('Mount Rainier National Park News Release', contact Kevin Bacher, Volunteer Program Manager), a US government work; blog date line, release header, 'For Immediate Release' and contact lines omitted; headline with straight apostrophe, body with curly apostrophes, as in the copy; TRUNCATED: the paragraph 'Many of these opportunities arise from productive community partnerships, said Bacher. ... Aerie Backco...' breaks off and was left out (so its statement is not in the set); date from the release date line"),
 "006": dict(url="https://markey.senate.gov/news/press-releases/massachusetts-delegation-announces-225-million-in-federal-funding-to-support-critical-projects-across-bay-state",
   title=None, publishedOn="2022-12-23", outlet="Office of U.S. Senator Edward J. Markey (press release)",
   source="stored copy of the markey.senate.gov press release page (web page corpus); the stored copy starts with the quotation paragraphs: it has neither headline nor lead (URL slug 'massachusetts-delegation-announces-225-million-in-federal-funding-to-support-critical-projects-across-bay-state'), so title is null and the body starts with the first quotation paragraph; TRUNCATED: the paragraph '\u201cFrom North Adams to Dudley, ...\u201d said Rep. Neal, ... create jobs with be...' breaks off and was left out; date ESTIMATED: the FY2023 omnibus funding package passed Congress on 22-23 Dec. 2022 and Clark is 'Incoming Democratic Whip' (elected Nov. 2022, took office Jan. 2023); may be off by a few days"),
 "007": dict(url="http://www.eatonvillenews.net/rainiernews2.html",
   title="Search for Missing Snowshoer Enters Third Day", publishedOn="2012-01-16", outlet="National Park Service (Mount Rainier National Park update reproduced by Eatonville News)",
   source="stored copy of a local news site page (eatonvillenews.net, 'Mount Rainier News') that reproduces Mount Rainier National Park search updates ('from Lee Taylor', the park's public information officer, i.e. an NPS work; not verified beyond the copy); site masthead, epigraph, the 'from Lee Taylor' / '10:06 a.m.' lines and the site's trailing '...' after the headline omitted; only the first item on the page is used: the next item ('Tacoma Man Still Missing on Mount Rainier...', Jan. 15) is a separate update and is left out; complete as stored; date from the date at the start of the lead"),
 "008": dict(url="https://usinfo.org/usia/usinfo.state.gov/topical/global/hiv/02040403.htm",
   title="U.S. Signs Health Agreement with Mozambique to Fight AIDS", publishedOn="2002-04-04", outlet="Washington File (U.S. Department of State, Office of International Information Programs)",
   source="stored copy of the usinfo.org mirror of the State Department's usinfo.state.gov Washington File item (web page corpus); the copy runs the date ('04 April 2002'), the label 'Text:', headline and subheading together ('...Fight AIDSHealth ministries ...'); the headline and the subheading ('Health ministries will work together for five years') are separated here as two lines and the date and 'Text:' label omitted; the body is the Washington File's own introduction; the reproduced HHS press release that follows ('Following is the text of the HHS press release: (begin text) ...', which breaks off inside a quotation) is left out; date from the date line"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("ngb", "National Guard Bureau officials", "INDIRECT", "About 2,300 Guardmembers remained on duty in the Midwest, down from a peak of more than 5,700", "reported",
   N(note="clause before the verb; unnamed officials of a named body are credited to the body")),
 ("tamara_spicer", "Capt. Tamara Spicer, public affairs officer", "INDIRECT", "In Missouri, the National Guard was preparing for potential flooding downriver", "according to",
   N(onBehalfOf="missouri_ng", note="clause before 'according to', with its fronted adverbial 'In Missouri,'; a public affairs officer of the Missouri Guard (named in the next sentence)")),
 ("tamara_spicer", "she", "INDIRECT", "The Missouri Guard posted liaison officers to four lower Mississippi River counties in anticipation of flooding", "said",
   N(onBehalfOf="missouri_ng", note="clause before the verb; 'she' = Spicer")),
 ("ap", "The Associated Press", "INDIRECT", "only life vest-clad National Guardmembers and firefighters were allowed to stack sandbags", "reported",
   N(note="a news agency as speaker, inside the story's own sentence ('was so considered in such a tenuous position that The Associated Press reported ... that ...'; the source's wording)")),
 ("daniel_maguire", "Maguire", "DIRECT", "It's my job,", "said",
   N(note="a soldier speaking of his own duty: no onBehalfOf")),
 ("daniel_maguire", "Maguire", "DIRECT", "I'm a National Guard Soldier, and I help with state emergencies.", "said",
   N(note="second span of an interrupted quote")),
]
S["002"] = [
 ("carl_strock", "the corps' senior official", "INDIRECT", "The Army Corps of Engineers continues working with New Orleans' authorities to repair levees damaged by Hurricane Katrina and to pump out remaining floodwater in the city", "said",
   N(onBehalfOf="usace", note="BORDERLINE (cataphora): 'the corps' senior official' is named in the next sentence (Lt. Gen. Carl Strock, commanding general of the Corps), so he is the speaker, as test4 003 s2; the strict 'unnamed official -> body' rule would give usace")),
 ("carl_strock", "Army Lt. Gen. Carl Strock, commanding general of the Corps of Engineers", "INDIRECT", "The Army's military and civilian engineers are in New Orleans as part of the Federal Emergency Management Agency's response to the disaster", "said",
   N(onBehalfOf="usace", note="BORDERLINE: the source has two verbs for one attribution ('..., said Army Lt. Gen. Carl Strock, ..., told reporters at the Pentagon', an editing slip); one statement, cue the first verb 'said'")),
 ("carl_strock", "Strock", "INDIRECT", "Besides fixing damaged levees and ensuring that the Mississippi River is navigable, the engineers also are providing emergency electric power, as well as providing ice and drinking water", "said",
   N(onBehalfOf="usace", note="clause before the verb, with its fronted 'Besides ...' phrase")),
 ("carl_strock", "Strock", "INDIRECT", "the Corps is \"having very good success\" in achieving its drainage mission, with only about 40 percent of the city remaining waterlogged", "said",
   N(onBehalfOf="usace", note="partial quote inside reported speech: the clause is INDIRECT and the quoted words DIRECT; the absolute 'with only about 40 percent ...' is kept inside the clause")),
 ("carl_strock", "Strock", "DIRECT", "having very good success", "said", N(onBehalfOf="usace")),
 (None, "Officials", "INDIRECT", "most of New Orleans would be unwatered by early October", "estimated",
   N(note="BORDERLINE: 'have estimated that' reports an official estimate (a statement), so it is annotated; skipping it as a cognitive verb is defensible. Unqualified 'Officials' (no body named in the sentence): speaker null")),
 ("carl_strock", "Strock", "INDIRECT", "\"no water is currently flowing into New Orleans from any breach sites\" in the city's levee system", "said",
   N(onBehalfOf="usace", note="'Strock said, \"...\" in the city's levee system.': the quotation is followed by unquoted words of the same clause, so it is a partial quote: the clause (from the opening mark to the end of the sentence) is INDIRECT and the quoted words DIRECT")),
 ("carl_strock", "Strock", "DIRECT", "no water is currently flowing into New Orleans from any breach sites", "said", N(onBehalfOf="usace")),
 ("carl_strock", "The general", "INDIRECT", "he couldn't offer an estimate as to when the levees could be redesigned and rebuilt to better withstand a Category 4 hurricane, like Katrina, or an even more fearsome Category 5", "said",
   N(onBehalfOf="usace", note="'The general' = Strock")),
 ("carl_strock", "he", "INDIRECT", "such a feat was technically feasible", "allowed",
   N(onBehalfOf="usace", note="'allowed that' (conceded) is a speech verb here; 'he' = Strock")),
 ("carl_strock", "Strock", "INDIRECT", "A supplemental account has provided the corps with $200 million to spend in New Orleans for flood-control work, emergency response and rebuilding damaged levees", "said",
   N(onBehalfOf="usace", note="clause before the verb")),
 ("carl_strock", "he", "INDIRECT", "Another $200 million in supplemental funds has been allocated for operations and maintenance costs for the Gulf Intercoastal Waterway", "said",
   N(onBehalfOf="usace", note="clause before the verb; 'he' = Strock")),
]
S["003"] = [
 ("mark_stefanik", "Capt. Mark B. Stefanik, mission commander for Pacific Partnership", "DIRECT", "It\u2019s wonderful for our mission to return to Palau, where we look forward to working alongside our multinational allies, partners, and friends as we prepare in calm for possible future time of crisis,", "said",
   N(onBehalfOf="pacific_partnership", note="the mission commander speaks for the mission")),
 ("mark_stefanik", "Capt. Mark B. Stefanik, mission commander for Pacific Partnership", "DIRECT", "It\u2019s exciting to be here, as our nations share a rich history of collaboration and cultural ties. We look forward to strengthening that mutual cooperation and friendship in the days and years ahead.", "said",
   N(onBehalfOf="pacific_partnership", note="second span of an interrupted quote")),
 ("kamara_gray", "Lt. Kamara Gray, pharmacist with the Pacific Partnership medical team", "DIRECT", "I\u2019m excited to collaborate with the pharmacy staff in Palau, who are asking excellent clinical questions and showing strong engagement,", "said",
   N(note="a team member speaking of her own work: no onBehalfOf")),
 ("kamara_gray", "Lt. Kamara Gray, pharmacist with the Pacific Partnership medical team", "DIRECT", "One area I am particularly looking forward to is antimicrobial stewardship, training on how to use antibiotics appropriately, including knowing the right time to transition from oral to intravenous treatments. I\u2019m also eager to learn about the antibiotics that are no longer effective here due to resistance.", "said",
   N(note="second span of an interrupted quote")),
]
S["004"] = [
 ("martha_lee", "Martha Lee, acting regional director for the Pacific West Region", "DIRECT", "Chip brings with him his years of experience working in the Pacific Northwest,", "said",
   N(onBehalfOf="nps", note="opening straight, closing curly mark in the copy. The quoted nickname in 'Palmer \"Chip\" Jenkins, Jr.' (lead) is a name in quotation marks, not a statement")),
 ("martha_lee", "Martha Lee, acting regional director for the Pacific West Region", "DIRECT", "His leadership acumen and established rapport with many key partners in Washington state will serve the park well.", "said",
   N(onBehalfOf="nps", note="second span of an interrupted quote")),
 ("chip_jenkins", "Jenkins", "DIRECT", "In my current job, I\u2019m often away from home. Mount Rainier has always been a beacon of sorts for me,", "said",
   N(note="the appointee speaking of himself: no onBehalfOf")),
 ("chip_jenkins", "Jenkins", "DIRECT", "When I see it, I know I\u2019m home. And now, that cannot be more true. I am honored to have the chance to work with the professional and passionate people who make Mount Rainier a magical place.", "said",
   N(note="second span of an interrupted quote")),
]
S["005"] = [
 ("kevin_bacher", "Volunteer Program Manager Kevin Bacher", "INDIRECT", "Mount Rainier National Park\u2019s volunteer program has reached peak season, with a full calendar of opportunities for those interested in contributing to the stewardship of their national park", "said",
   N(onBehalfOf="mora", note="clause before the verb ('..., Volunteer Program Manager Kevin Bacher said today.')")),
 ("kevin_bacher", "Bacher", "DIRECT", "It\u2019s very exciting. We\u2019ve never before had this many projects, or this wide a range of opportunities to choose from,", "said", N(onBehalfOf="mora")),
 ("kevin_bacher", "Bacher", "DIRECT", "We\u2019re especially excited about some of our new options for volunteering\u2014areas we\u2019ve never worked with volunteers before,", "said",
   N(onBehalfOf="mora", note="the quoted tour name \u201cShadows of the Past\u201d later in the paragraph is a title, not a statement")),
]
S["006"] = [
 ("ed_markey", "Senator Markey", "DIRECT", "All across Massachusetts, community leaders are working tirelessly to build a brighter future for our Commonwealth, and I am proud of the funding we\u2019ve secured in this budget to help them do that important work,", "said",
   N(note="members of Congress speaking for themselves: no onBehalfOf")),
 ("ed_markey", "Senator Markey", "DIRECT", "These federal dollars will be put to good use uplifting on-the-ground work to improve our essential infrastructure, expand public transportation access, support the development of affordable housing, promote climate resiliency and our clean energy future, and ensure that families most in need have food and shelter.", "said",
   N(note="second span of an interrupted quote")),
 ("elizabeth_warren", "Senator Warren", "DIRECT", "These federal investments are part of how we build a democracy and an economy that works for everybody. I fought hard to help secure significant funding from Congress for 160 community projects in Massachusetts,", "said"),
 ("elizabeth_warren", "Senator Warren", "DIRECT", "Investments like these help advance economic opportunity for working families across the Commonwealth, and I\u2019ll ensure the federal government continues to be a dependable partner for the people of Massachusetts.", "said",
   N(note="second span of an interrupted quote")),
 ("katherine_clark", "Incoming Democratic Whip and Assistant Speaker Clark", "DIRECT", "Our local leaders know best where federal resources can make a difference on the ground, and I am proud to have partnered with them to bring home these game-changing investments,", "said",
   N(note="the text names her only as 'Assistant Speaker Clark'; the actor is Rep. Katherine Clark (MA-5)")),
 ("katherine_clark", "Incoming Democratic Whip and Assistant Speaker Clark", "DIRECT", "The FY2023 funding package includes fifteen projects in MA-5 that will improve our climate resiliency, increase child care availability, build new green community spaces, and expand access to affordable health care services. With this funding, we are addressing today\u2019s challenges and building a greener, more affordable tomorrow for families in the Fifth District.", "said",
   N(note="second span of an interrupted quote")),
]
S["007"] = [
 ("randy_king", "Park Superintendent Randy King", "DIRECT", "We are grateful for the assistance we are getting from so many different organizations,", "said", N(onBehalfOf="mora")),
 ("randy_king", "Park Superintendent Randy King", "DIRECT", "Hopefully with their help we will locate Mr. Kim today.", "said",
   N(onBehalfOf="mora", note="second span of an interrupted quote")),
]
S["008"] = [
 ("tommy_thompson", "HHS Secretary Tommy G. Thompson", "DIRECT", "The leadership of Mozambique has indicated a strong dedication to addressing the health challenges facing this country, particularly HIV/AIDS. I look forward to continuing and expanding our relationship with Mozambique, as well as with nations across Africa.", "said",
   N(onBehalfOf="hhs", note="'said of the agreement: \"...\"' (colon before the quotation); the Secretary speaks for his department")),
 ("hhs", "an April 3 HHS press release", "INDIRECT", "Thompson also met with Mozambican President Joaquim Chissano during his weeklong trip to Africa", "According to",
   N(note="a press release of a named department: credited to the department (HHS). The lead's 'signed an agreement ... that pledges the United States to work with ...' is a commitment in a document, not reported speech, and is not annotated")),
]

A = actor
ACTORS = [
 A("ngb", "GOVERNMENT", "National Guard Bureau", "NGB"),
 A("missouri_ng", "GOVERNMENT", "Missouri National Guard", "Missouri Guard"),
 A("tamara_spicer", "PERSON", "Tamara Spicer", "Capt. Tamara Spicer", "Spicer"),
 A("ap", "ORGANIZATION", "Associated Press", "The Associated Press", "AP"),
 A("daniel_maguire", "PERSON", "Daniel Maguire", "Spc. Daniel Maguire", "Maguire"),
 A("king_sidwell", "PERSON", "King Sidwell", "Maj. Gen. King Sidwell", "Sidwell"),
 A("arnold_schwarzenegger", "PERSON", "Arnold Schwarzenegger", "Gov. Arnold Schwarzenegger"),
 A("jim_greenhill", "PERSON", "Jim Greenhill", "Staff Sgt. Jim Greenhill"),
 A("usace", "GOVERNMENT", "U.S. Army Corps of Engineers", "Army Corps of Engineers", "Corps of Engineers", "the Corps", "the corps"),
 A("carl_strock", "PERSON", "Carl Strock", "Lt. Gen. Carl Strock", "Strock"),
 A("fema", "GOVERNMENT", "Federal Emergency Management Agency", "FEMA"),
 A("gerry_gilmore", "PERSON", "Gerry J. Gilmore"),
 A("pacific_partnership", "ORGANIZATION", "Pacific Partnership", "Pacific Partnership mission"),
 A("mark_stefanik", "PERSON", "Mark B. Stefanik", "Capt. Mark B. Stefanik", "Stefanik"),
 A("kamara_gray", "PERSON", "Kamara Gray", "Lt. Kamara Gray", "Gray"),
 A("us_navy", "GOVERNMENT", "U.S. Navy", "Navy"),
 A("nps", "GOVERNMENT", "National Park Service", "NPS", "Park Service"),
 A("martha_lee", "PERSON", "Martha Lee"),
 A("chip_jenkins", "PERSON", "Palmer \"Chip\" Jenkins, Jr.", "Chip Jenkins", "Jenkins", "Palmer Jenkins"),
 A("randy_king", "PERSON", "Randy King", "Park Superintendent Randy King"),
 A("mora", "GOVERNMENT", "Mount Rainier National Park", "Mount Rainier"),
 A("kevin_bacher", "PERSON", "Kevin Bacher", "Bacher"),
 A("sca", "ORGANIZATION", "Student Conservation Association", "SCA"),
 A("ed_markey", "PERSON", "Edward J. Markey", "Senator Markey", "Ed Markey", "Markey"),
 A("elizabeth_warren", "PERSON", "Elizabeth Warren", "Senator Warren", "Warren"),
 A("katherine_clark", "PERSON", "Katherine Clark", "Assistant Speaker Clark", "Clark"),
 A("richard_neal", "PERSON", "Richard Neal", "Rep. Neal", "Neal"),
 A("yong_chun_kim", "PERSON", "Yong Chun Kim", "Mr. Kim"),
 A("hhs", "GOVERNMENT", "U.S. Department of Health and Human Services", "HHS", "Department of Health and Human Services"),
 A("tommy_thompson", "PERSON", "Tommy G. Thompson", "Tommy Thompson", "Thompson", "HHS Secretary Tommy G. Thompson"),
 A("francisco_songane", "PERSON", "Francisco Songane"),
 A("joaquim_chissano", "PERSON", "Joaquim Chissano"),
 A("mozambique", "COUNTRY", "Mozambique"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
