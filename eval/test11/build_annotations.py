#!/usr/bin/env python3
"""Hand annotations of the test11 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

NNS = "Navy NewsStand (U.S. Navy)"
ART = {
 "001": dict(url="http://www.navy.mil/submit/display.asp?story_id=28367",
   title="Lincoln Sailors Judge School Science Fair", publishedOn="2007-03-18", outlet=NNS,
   source="stored copy of the navy.mil Navy NewsStand story NNS070318-01 by MC Seaman Kathleen Corona, USS Abraham Lincoln Public Affairs (web page corpus); story number, release-date line, font-size/e-mail/print widgets and byline omitted; TRUNCATED: the paragraph '\"The children really loved the Sailors,\" said Julie Wasserburger, the school's ...' breaks off and was left out; date from the release-date line (3/18/2007)"),
 "002": dict(url="https://www.globalsecurity.org/military/library/news/2007/08/mil-070803-nns09.htm",
   title="USS Shoup Receives Visit from Homeport Mayor", publishedOn="2007-08-03", outlet=NNS,
   source="stored copy of a globalsecurity.org reproduction of Navy NewsStand story NNS070803-18 by MC3 Quinn Liford, Fleet Public Affairs Center Det. Northwest (web page corpus; navy.mil original not found); 'Navy NewsStand', story number, release date and byline omitted; TRUNCATED: the paragraph '\u201cI was raised here and I think...' breaks off and was left out; date from the release-date line (8/3/2007)"),
 "003": dict(url="https://www.dvidshub.net/news/80036/spartans-switch-roles-waigali-village",
   title=None, publishedOn="2011-11-15", outlet="DVIDS (U.S. Army)",
   source="stored copy of the dvidshub.net news page 80036 (web page corpus); the stored copy has no headline (URL slug 'spartans-switch-roles-waigali-village'), so the body starts with the lead; 'tak- ing' (a hyphenation left in the source) kept; TRUNCATED: the paragraph 'Valencia and Lee acted as news reporters ... Spartans who were patrolling' breaks off and was left out; date ESTIMATED (no date in the copy; the training was 'at the start of the month'; DVIDS ids 64707 (Feb. 2011) and 115301 (Sept. 2013) bracket 80036; may be off by months)"),
 "004": dict(url="http://terrorism-online.blogspot.com/2009/05/airlift-squadron-members-embrace.html",
   title="Airlift Squadron Members Embrace Pakistan Humanitarian Mission", publishedOn="2009-05-20", outlet="American Forces Press Service",
   source="stored copy of a blog reproduction (terrorism-online.blogspot.com) of an American Forces Press Service story by Air Force Staff Sgt. Stacia Zachary (web page corpus; defense.gov original not found); blog header and byline omitted; the first two paragraphs of the story are run together in the copy and kept so, with the date line 'May 20, 2009 - ' at the start; TRUNCATED: the paragraph 'Of the airlift assets available for this mission, the C-17 ... better suited for pro...' breaks off and was left out; date from the date line"),
 "005": dict(url="https://www.nationalguard.mil/News/Article-View/Article/574181/north-dakota-guard-soldiers-keep-watch",
   title=None, publishedOn="2009-03-27", outlet="National Guard Bureau",
   source="stored copy of the nationalguard.mil article 574181 (web page corpus); the stored copy has no headline (URL slug 'north-dakota-guard-soldiers-keep-watch'), so the body starts with the lead; Mattson's quotation is broken over two lines in the copy ('...if it gets worse.' / 'Also, I think...') and was joined with one space into one paragraph; complete as stored; date ESTIMATED (no date in the copy: Red River flood at Moorhead, soldiers back from Iraq 2006-2007; nearby id 573315 is June 2008; the 2009 flood crested on 28 March 2009; a 2010 or 2011 flood is possible)"),
 "006": dict(url="http://military-online.blogspot.com/2015/05/national-guard-responds-to-floods-in.html",
   title="National Guard Responds to Floods in Texas, Oklahoma", publishedOn="2015-05-28", outlet="DoD News (Texas National Guard)",
   source="stored copy of a blog reproduction (military-online.blogspot.com) of a DoD News story by Army Capt. Martha Nigrelle, Texas National Guard (web page corpus); blog date header and byline omitted; the subheading 'Stranded Car' kept as a paragraph; the dashes '\u2013-' and '--' as in the copy; TRUNCATED: the paragraph '\u201cThis is the first...' breaks off and was left out; date from the dateline"),
 "007": dict(url="http://thesop.org/story/20170831/texas-guardsmen-partners-neighbors-rescue-1000-from-floods.html",
   title="Texas Guardsmen, Partners, Neighbors Rescue 1,000 From Floods", publishedOn="2017-08-31", outlet="DoD News (Texas National Guard)",
   source="stored copy of a newswire reproduction (thesop.org, 'SOP newswire3') of a DoD / Texas National Guard story (web page corpus; the defense.gov original was not found); site navigation, publication line and newswire byline omitted; backquotes used as apostrophes in the copy (they`d, we`re, isn`t, it`s, don`t) kept verbatim; the subheading 'Neighbors Helping Neighbors' kept as a paragraph; TRUNCATED: the paragraph 'The te...' breaks off and was left out; date from the copy's publication line (31 Aug. 2017); the original release ('yesterday' = the rescue day) may be a day earlier"),
 "008": dict(url="https://www.dvidshub.net/news/220397/okinawa-based-marines-recognized-yokosuka-mayor-heroic-actions",
   title=None, publishedOn="2017-01-16", outlet="DVIDS (U.S. Marine Corps)",
   source="stored copy of the dvidshub.net news page 220397 (web page corpus); the stored copy has no headline (URL slug 'okinawa-based-marines-recognized-yokosuka-mayor-heroic-actions'); the photo caption and 'read more/see less' widgets before the lead omitted; the quotation opens with a straight mark and its first span closes with a curly one, as in the copy; TRUNCATED: the paragraph 'The Marines are assigned to 3rd Battalion, ... Combined Arms Train...' breaks off and was left out; date from the page's date field and caption ('Monday, Jan. 16, 2017', 'Earlier today')"),
 "009": dict(url="https://www.epa.gov/newsreleases/epa-announces-2018-annual-superfund-accomplishments-including-successes-region-7",
   title="EPA Announces 2018 Annual Superfund Accomplishments, Including Successes in Region 7", publishedOn="2019-03-04", outlet="U.S. Environmental Protection Agency",
   source="stored copy of the epa.gov news release (News Releases from Region 07) (web page corpus); the date field, 'Contact Information' line, 'Environmental News' and 'FOR IMMEDIATE RELEASE' omitted; TRUNCATED: the line 'Other highlights of EPA Region 7\u2019s 2018 accomplishments include:' and the list after it (cut in the copy) were left out; date from the dateline"),
 "010": dict(url="https://www.afrc.af.mil/News/Article/157688/refuelers-deliver-warmth-for-people-in-afghanistan",
   title="Refuelers deliver warmth for people in Afghanistan", publishedOn="2009-09-15", outlet="Air Force Reserve Command (514th Air Mobility Wing Public Affairs)",
   source="stored copy of the afrc.af.mil article 157688 by Staff Sgt. Shawn J. Jones, 514th Air Mobility Wing Public Affairs (web page corpus); site banner, 'Published' and byline omitted; TRUNCATED: the paragraph 'Tech. Sgt. Victor Torres was among those ... to be' breaks off and was left out; date ESTIMATED (the copy gives only 'Sept. 3 - 4' and 'later in September', no year; the year is a guess from the Afghanistan context and may be off by years)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 (None, "each one", "INDIRECT", "they enjoyed their time spent with the students", "said",
   N(note="BORDERLINE: 'each one' = each of the five volunteering Sailors from USS Abraham Lincoln, speaking for themselves, not for the ship; several people and no single speaker: null")),
 ("christian_blanco", "Fire Controlman 3rd Class (AW/SW) Christian Blanco", "DIRECT", "I thought (the projects) were really well thought out,", "said",
   N(note="the reporter's parenthetical insertion '(the projects)' is kept, as bracketed insertions in test4")),
 ("christian_blanco", "Fire Controlman 3rd Class (AW/SW) Christian Blanco", "DIRECT", "I was really impressed by the students' work.", "said", N(note="second span of an interrupted quote")),
 ("jeffrey_borja", "Senior Chief Aviation Machinist's Mate (AW/SW) Jeffrey Borja", "DIRECT", "You could tell the students put a lot of effort into their projects,", "said"),
 ("jeffrey_borja", "Borja", "DIRECT", "I'm a geographical bachelor,", "said"),
 ("jeffrey_borja", "Borja", "DIRECT", "My 13-year-old son lives in Florida, and I really miss him. I remember helping him with his seventh-grade science project and how excited he was for it to be judged. It's a good feeling to get out and to become a part of the community.", "said",
   N(note="second span of an interrupted quote")),
 ("keashia_garner", "Hospital Corpsman 2nd Class Keashia Garner", "DIRECT", "My oldest son is seven,", "said"),
 ("keashia_garner", "Hospital Corpsman 2nd Class Keashia Garner", "DIRECT", "He's very into science, so it's nice to come out and see what students in this area are doing. It's great to know that the state of Washington really cares about what its students are learning. I try to volunteer as much as possible.", "said",
   N(note="second span of an interrupted quote")),
 ("shemira_washington", "Shemira Washington, a fourth grader at NAES", "DIRECT", "I think (the Sailors) were awesome, and I really liked their uniforms,", "said"),
]
S["002"] = [
 ("dustin_woelfle", "Fire Controlman 2nd Class (SW) Dustin Woelfle", "DIRECT", "It\u2019s pretty cool, the mayor coming out here to see our ship,", "said"),
 ("ray_stephanson", "Stephanson", "DIRECT", "It\u2019s a great thing to be here, because this is a great ship and good people,", "said"),
 ("ray_stephanson", "Stephanson", "DIRECT", "I enjoyed the tour and I appreciate all that these young men and women do for us.", "said", N(note="second span of an interrupted quote")),
]
S["003"] = [
 ("scott_lee", "Pfc. Scott Lee of B Company, 1st Bn., 36th Inf. Regt.", "DIRECT", "Charlie Company, 1-36th, is introducing their tactics along with civilians on the battlefield as they make a key leader engagement with Motar, the village elder, in a mud hut,", "said"),
 ("scott_lee", "Pfc. Scott Lee of B Company, 1st Bn., 36th Inf. Regt.", "DIRECT", "They will be tak- ing sniper and small-arms fire from high in the ridgeline.", "said",
   N(note="second span of an interrupted quote; 'tak- ing' verbatim")),
 ("martinos_brown", "Brown", "DIRECT", "My key role is playing a regular civilian on a battlefield,", "said"),
 ("martinos_brown", "Brown", "DIRECT", "I pretty much wave the Americans away from the town. The benefit of this training is that the companies will know how to quarantine off a village, interact with local nationals and how to make and break contact within the village.", "said",
   N(note="second span of an interrupted quote")),
 ("fernando_valencia", "Sgt. Fernando Valencia of B Company, 1st Bn., 36th Inf. Regt.", "DIRECT", "When we do deploy, the companies are getting the training on how to interact by getting information with the local population,", "said"),
 ("fernando_valencia", "Sgt. Fernando Valencia of B Company, 1st Bn., 36th Inf. Regt.", "DIRECT", "The companies link up with the guy in charge of the village to see what areas need improvement.", "said",
   N(note="second span of an interrupted quote")),
]
S["004"] = [
 ("third_as", "airmen in the unit", "INDIRECT", "The kind of fast-action, humanitarian outreach used this week to help more than a million Pakistanis displaced by war is exactly the type of mission the Air Force's 3rd Airlift Squadron was glad to take on", "said",
   N(note="BORDERLINE: clause before the verb (the date line 'May 20, 2009 - ' is left out); unnamed members of a named unit ('airmen in the unit' = the 3rd Airlift Squadron) are credited to the unit, as unnamed officials of a named body; a strict reading (members, not officials) would give null")),
 ("christopher_williams", "Air Force Staff Sgt. Christopher Williams, a C-17 loadmaster deployed from the 3rd AS, Dover Air Force Base, Del.", "DIRECT", "It's got a different aspect to it than our other missions,", "said"),
 ("christopher_williams", "Air Force Staff Sgt. Christopher Williams, a C-17 loadmaster deployed from the 3rd AS, Dover Air Force Base, Del.", "DIRECT", "Instead of bringing bullets and ammo, we're bringing supplies and hope to people affected by war. It's one of the reasons why I joined the military - to help others in any situation.", "said",
   N(note="second span of an interrupted quote")),
 ("ryan_theiss", "Air Force Capt. Ryan Theiss, a C-17 Globemaster III pilot deployed from the 3rd AS", "DIRECT", "The speed with which this mission came together attests to the rapid, global mobility assets available for wartime and humanitarian missions,", "said"),
 ("ryan_theiss", "Air Force Capt. Ryan Theiss, a C-17 Globemaster III pilot deployed from the 3rd AS", "DIRECT", "Without airlift, humanitarian relief wouldn't be possible.", "said", N(note="second span of an interrupted quote")),
]
S["005"] = [
 ("shawn_sims", "Sims", "DIRECT", "I try to keep the mood light with a joke or just friendly small talk in hopes of helping to lift spirits,", "said"),
 ("robin_mattson", "Staff Sgt. Mattson", "DIRECT", "The Guard is here in ready reserve to provide support if it gets worse. Also, I think that the mere presence of guard members gives residents a better feeling of the situation,", "said",
   N(note="one quotation broken over two lines in the stored copy, joined with one space")),
 ("shawn_sims", "Sims", "DIRECT", "Riding in this seat brings back memories of Iraq. It's a whole new feeling though, being able to help out people here, back home,", "said"),
]
S["006"] = [
 ("max_perez", "1st Lt. Max Perez of the Texas Army National Guard\u2019s 236th Engineer Company, 111th Engineer Battalion", "DIRECT", "We got a call around midnight from the local sheriff\u2019s department,", "said",
   N(onBehalfOf="texas_guard")),
 ("max_perez", "1st Lt. Max Perez of the Texas Army National Guard\u2019s 236th Engineer Company, 111th Engineer Battalion", "DIRECT", "They asked us to check a neighborhood near the Brazos River for flooded homes and anyone in need.", "said",
   N(onBehalfOf="texas_guard", note="second span of an interrupted quote; the sheriff's department's request reported inside the quotation is not annotated separately")),
 ("max_perez", "Perez", "DIRECT", "The soldiers responded very quickly. They only took 10 or 15 minutes to get ready to go,", "said", N(onBehalfOf="texas_guard")),
 ("max_perez", "Perez", "DIRECT", "They were pretty motivated about the mission \u2013- eager to save lives.", "said", N(onBehalfOf="texas_guard", note="second span of an interrupted quote")),
 ("max_perez", "Perez", "DIRECT", "We found a stranded car that couldn\u2019t move,", "said", N(onBehalfOf="texas_guard")),
 ("max_perez", "Perez", "DIRECT", "There was water up to the window of the car.", "said", N(onBehalfOf="texas_guard", note="second span of an interrupted quote")),
 ("max_perez", "Perez", "INDIRECT", "The engineers immediately stopped and got out to help, being sure to first secure themselves to a safety line attached to their military vehicle or another stationary object", "said",
   N(onBehalfOf="texas_guard", note="clause before the verb")),
 ("max_perez", "he", "DIRECT", "We saw a family \u2013- a woman, her daughter, about 3 or 4, and a man -- stuck in the car,", "added",
   N(onBehalfOf="texas_guard", note="'he' = Perez")),
 ("max_perez", "Perez", "INDIRECT", "Once all three people were safe, the team pulled the vehicle to dry land to ensure that it wouldn\u2019t wash away", "said",
   N(onBehalfOf="texas_guard", note="BORDERLINE: clause before the verb; only the sentence carrying ', Perez said' is annotated; the previous sentence (Kennington pulling the girl and her mother from the car) has no speech verb of its own, although it probably comes from Perez's account")),
]
S["007"] = [
 ("adelisa_fuentes", "Pfc. Adelisa Fuentes, 386th Engineer Battalion", "DIRECT", "Today was a day no one ever thought they`d see,", "said"),
 ("adelisa_fuentes", "Pfc. Adelisa Fuentes, 386th Engineer Battalion", "DIRECT", "There was water rising up to your hips, and the further the road went, the deeper the flood was.", "said", N(note="second span of an interrupted quote")),
 ("patrick_hamilton", "Texas Army National Guard Brig. Gen. Patrick M. Hamilton, dual-status commander for Hurricane Harvey recovery efforts", "DIRECT", "This is what we train for,", "said", N(onBehalfOf="texas_guard")),
 ("patrick_hamilton", "Texas Army National Guard Brig. Gen. Patrick M. Hamilton, dual-status commander for Hurricane Harvey recovery efforts", "DIRECT", "And we`re proud to stand beside our civilian partners, first responders and volunteers to serve the citizens of Texas.", "said",
   N(onBehalfOf="texas_guard", note="second span of an interrupted quote")),
 ("patrick_hamilton", "Hamilton", "DIRECT", "This is Texans helping Texans - neighbors helping neighbors,", "said", N(onBehalfOf="texas_guard")),
 ("patrick_hamilton", "Hamilton", "DIRECT", "While we don`t want to have to put our training to the test during a tragedy, our citizen-guardsmen remain prepared to help save lives and property, when called.", "said",
   N(onBehalfOf="texas_guard", note="second span of an interrupted quote")),
]
S["008"] = [
 ("yuto_yoshida", "Yoshida", "DIRECT", "I really felt the goodness of the community, including the people of the U.S. Navy and Marine Corps, who helped and that gives us the strong confidence this community is working with,", "said",
   N(onBehalfOf="yokosuka", note="opens with a straight mark and closes with a curly one, as in the copy; the mayor speaks for his city")),
 ("yuto_yoshida", "Yoshida", "DIRECT", "I received a report from the fire department and the fire chief that the immediate action that you've taken at that time had led to the early response, which resulted in the rescue of the people who were involved in the accident. I would like to thank you again for your devotion and your courageous act during the incident.", "said",
   N(onBehalfOf="yokosuka", note="second span of an interrupted quote; the fire chief's report mentioned inside the quotation ('a report ... that the immediate action ... had led to the early response') is not annotated separately")),
]
S["009"] = [
 ("andrew_wheeler", "EPA Administrator Andrew Wheeler", "DIRECT", "We are proud to report that in fiscal year 2018, EPA deleted all or part of 22 sites from the National Priorities List, the largest number of deletions in one year since 2005,", "said",
   N(onBehalfOf="epa")),
 ("andrew_wheeler", "EPA Administrator Andrew Wheeler", "DIRECT", "By renewing and elevating our focus on Superfund under President Trump, we are accelerating cleanups, returning sites to productive reuse, and revitalizing communities across the country.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
 ("jim_gulliford", "EPA Region 7 Administrator Jim Gulliford", "DIRECT", "The Region 7 staff, along with the community members and partners who work with us, have accomplished much in FY 2018,", "said", N(onBehalfOf="epa")),
 ("jim_gulliford", "EPA Region 7 Administrator Jim Gulliford", "DIRECT", "My top regional priority is the West Lake Landfill Superfund Site in Bridgeton, Missouri, and the team now has a final cleanup decision. While this fiscal year was successful, we never forget that a lot of work remains. In addition to West Lake, we are focused on continued lead cleanups in residential yards and other properties at Superfund sites in the region to reduce childhood lead exposure.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
]
S["010"] = [
 ("mike_brown", "Lt. Col. Mike Brown, the crew's mission commander", "INDIRECT", "his squadron sought out this particular mission", "said",
   N(onBehalfOf="ars76", note="the next sentence ('He is glad his crew got the training ...') has no speech verb and is not annotated")),
 ("mike_brown", "he", "DIRECT", "It's a great opportunity to use our expertise to help ease the burden of the Afghan people,", "said",
   N(onBehalfOf="ars76", note="'he' = Lt. Col. Mike Brown")),
]

A = actor
ACTORS = [
 A("christian_blanco", "PERSON", "Christian Blanco", "Blanco"),
 A("jeffrey_borja", "PERSON", "Jeffrey Borja", "Borja"),
 A("keashia_garner", "PERSON", "Keashia Garner", "Garner"),
 A("shemira_washington", "PERSON", "Shemira Washington"),
 A("julie_wasserburger", "PERSON", "Julie Wasserburger"),
 A("uss_abraham_lincoln", "ORGANIZATION", "USS Abraham Lincoln", "USS Abraham Lincoln (CVN 72)", "Lincoln"),
 A("naes", "ORGANIZATION", "Naval Avenue Elementary School", "NAES"),
 A("dustin_woelfle", "PERSON", "Dustin Woelfle", "Woelfle"),
 A("ray_stephanson", "PERSON", "Ray Stephanson", "Stephanson", "Mayor Ray Stephanson"),
 A("mark_johnson", "PERSON", "Mark Johnson", "Johnson", "Cmdr. Mark Johnson"),
 A("pat_mcclain", "PERSON", "Pat McClain", "McClain"),
 A("uss_shoup", "ORGANIZATION", "USS Shoup", "USS Shoup (DDG-86)", "Shoup"),
 A("everett", "GOVERNMENT", "City of Everett", "Everett"),
 A("scott_lee", "PERSON", "Scott Lee", "Lee"),
 A("martinos_brown", "PERSON", "Martinos Brown", "Brown"),
 A("fernando_valencia", "PERSON", "Fernando Valencia", "Valencia"),
 A("kevin_admiral", "PERSON", "Kevin Admiral", "Admiral"),
 A("corbett_whitmore", "PERSON", "Corbett Whitmore", "Whitmore"),
 A("inf_1_36", "ORGANIZATION", "1st Battalion, 36th Infantry Regiment", "Spartans", "1-36th", "1st Bn., 36th Inf. Regt."),
 A("third_as", "ORGANIZATION", "3rd Airlift Squadron", "3rd AS", "Air Force's 3rd Airlift Squadron"),
 A("christopher_williams", "PERSON", "Christopher Williams", "Williams"),
 A("ryan_theiss", "PERSON", "Ryan Theiss", "Theiss"),
 A("us_air_force", "ORGANIZATION", "United States Air Force", "Air Force", "U.S. Air Force"),
 A("dod", "GOVERNMENT", "United States Department of Defense", "Defense Department", "DoD", "Pentagon"),
 A("pakistan", "COUNTRY", "Pakistan", "Pakistani government"),
 A("robin_mattson", "PERSON", "Robin Mattson", "Mattson", "Staff Sgt. Mattson"),
 A("shawn_sims", "PERSON", "Shawn Sims", "Sims"),
 A("national_guard", "ORGANIZATION", "National Guard", "Guard"),
 A("max_perez", "PERSON", "Max Perez", "Perez"),
 A("thomas_kennington", "PERSON", "Thomas Kennington", "Kennington"),
 A("texas_guard", "ORGANIZATION", "Texas National Guard", "Texas Guard", "Texas Army National Guard"),
 A("adelisa_fuentes", "PERSON", "Adelisa Fuentes", "Fuentes"),
 A("patrick_hamilton", "PERSON", "Patrick M. Hamilton", "Hamilton", "Patrick Hamilton"),
 A("texas_task_force_1", "ORGANIZATION", "Texas Task Force 1"),
 A("yuto_yoshida", "PERSON", "Yuto Yoshida", "Yoshida", "Mayor Yuto Yoshida"),
 A("yokosuka", "GOVERNMENT", "City of Yokosuka", "Yokosuka"),
 A("usmc", "ORGANIZATION", "United States Marine Corps", "Marine Corps", "U.S. Marines"),
 A("andrew_wheeler", "PERSON", "Andrew Wheeler", "Wheeler"),
 A("jim_gulliford", "PERSON", "Jim Gulliford", "Gulliford"),
 A("epa", "GOVERNMENT", "United States Environmental Protection Agency", "EPA", "U.S. Environmental Protection Agency", "Environmental Protection Agency"),
 A("donald_trump", "PERSON", "Donald Trump", "President Trump", "Trump"),
 A("mike_brown", "PERSON", "Mike Brown", "Lt. Col. Mike Brown"),
 A("ars76", "ORGANIZATION", "76th Air Refueling Squadron"),
 A("victor_torres", "PERSON", "Victor Torres", "Torres"),
 A("jeremiah_denton", "PERSON", "Jeremiah Denton", "Denton"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
