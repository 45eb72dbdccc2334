#!/usr/bin/env python3
"""Hand annotations of the test15 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)
Q1, Q2, AP = "\u201c", "\u201d", "\u2019"

ART = {
 "001": dict(url="http://southsudan.usembassy.gov/consulate-news/pr07132011.html",
   title="New American Embassy in the New Nation of South Sudan", publishedOn="2011-07-12",
   outlet="U.S. Embassy Juba (U.S. Department of State)",
   source="stored copy of the U.S. Embassy Juba 'Embassy News' page (web page corpus); navigation ('Skip Global Navigation ...', 'Embassy News'), the date line 'July 12, 2011' and the line 'Head of U.S. Delegation, Ambassador Susan Rice, hosts inauguration and ribbon cutting ceremony' (given twice in the copy: deck and photo caption) omitted; TRUNCATED: the paragraph 'Ambassador Rice and Assistant Secretary Carson were joined at the July 9 ceremony by ... House Foreign Affair' breaks off and was left out; date from the date line"),
 "002": dict(url="http://www.publicaffairs.noaa.gov/releases2000/may00/noaa00042.html",
   title=None, publishedOn="2000-05-15",
   outlet="National Oceanic and Atmospheric Administration",
   source="stored copy of NOAA news release NOAA 2000-042 (web page corpus); the stored copy has no headline (header lines 'NOAA 2000-042' and 'Contact: Curtis Carey' omitted), so the body starts with the lead; TRUNCATED: the paragraph '\"The greatest influences in this forecast ...,\" said NOAA Administrator D. James Baker. \"La Ni\u00f1a is defined by ... the central and eastern tropical P' breaks off and was left out; 'Issued' capitalised as in the source; date ESTIMATED: May 2000 from the URL (releases2000/may00), the day is not given; 15 May is a placeholder and may be off by two weeks"),
 "003": dict(url="https://www.peacecorps.gov/news/library/congressional-delegation-meets-with-peace-corps-volunteers/",
   title="Congressional Delegation Meets With Peace Corps Volunteers", publishedOn="2003-10-08",
   outlet="Peace Corps",
   source="stored copy of the peacecorps.gov news library page (web page corpus); a markup artifact ({'html': \") before the dateline omitted; TRUNCATED: the paragraph 'The delegation a...' breaks off and was left out; curly and straight apostrophes mixed as in the source ('America\u2019s', 'today's'); date from the dateline"),
 "004": dict(url="http://military-online.blogspot.com/2010_09_02_archive.html",
   title="Bethesda Promotes Prostate Cancer Awareness", publishedOn="2010-09-02",
   outlet="Navy NewsStand (National Naval Medical Center Public Affairs)",
   source="stored copy of a blog archive page reproducing the Navy NewsStand (NNS) story by Mass Communication Specialist 3rd Class Timothy Wilson (web page corpus; the navy.mil original was not found); blog date line and byline omitted; TRUNCATED: the paragraph '\"You can get painful spine and bone lesions,\" said Koff. \"After that, ... infecti' breaks off and was left out; date: the blog's post date (Thursday, September 02, 2010); the NNS original may be a day earlier"),
 "005": dict(url="https://www.af.mil/News/Article-Display/Article/129815/airmen-deploy-from-mountain-home-afb",
   title="Airmen deploy from Mountain Home AFB", publishedOn="2006-09-12",
   outlet="Air Force (366th Fighter Wing Public Affairs)",
   source="stored copy of the af.mil article (web page corpus); 'Published' line and byline (Staff Sgt. Jasmine Reif, 366th Fighter Wing Public Affairs) omitted; trailing spaces at paragraph ends dropped; TRUNCATED: the paragraph '\"It's part of the job, but it's never easy,\" said Lt. Col. Alvin Vann, 726th ACS commander. \"We take care ... take care o' breaks off and was left out; date ESTIMATED: the copy gives 'Sept. 10' but no year; an Operation Iraqi Freedom deployment to Balad, Kirkuk and Ali with 'air (and space) expeditionary force' wording (c. 2005-2007); 2006 is a guess and may be off by a year or more"),
 "006": dict(url="https://www.mcconnell.af.mil/News/Article/225762/airmen-volunteer-for-iraq-deployment/",
   title="Airmen volunteer for Iraq deployment", publishedOn="2005-08-15",
   outlet="Air Force Reserve (931st Air Refueling Group Public Affairs)",
   source="stored copy of the mcconnell.af.mil article (web page corpus); byline (Tech. Sgt. Jason Schapp, 931st Air Refueling Group Public Affairs) omitted; trailing spaces at paragraph ends dropped, the double space in 'crying  throughout' kept; TRUNCATED: the paragraph '\"She supports me,\" Airman Strange was quoted in the Wichita Eagle. \"She support' breaks off and was left out; date ESTIMATED: the copy gives 'Aug. 12' but no year (a 931st Air Refueling Group deployment to Kirkuk during Operation Iraqi Freedom, 2004-2008); 2005 is a guess and may be off by years"),
 "007": dict(url="https://dvidshub.net/news/440094/creating-connections-through-community-relations",
   title=None, publishedOn="2023-02-15",
   outlet="DVIDS (USS Ronald Reagan, U.S. Navy)",
   source="stored copy of the DVIDS news page (web page corpus); the stored copy has no headline (URL slug 'creating-connections-through-community-relations'), so the body starts with the lead; TRUNCATED: the paragraph '\u201cI enjoy volunteering because it gives me a chance to connect with other people,\u201d sa' breaks off and was left out; date ESTIMATED: no date in the copy; DVIDS id 440094 lies below 453378 (Sept. 2023, eval/dev set) and Ronald Reagan was homeported at Yokosuka; early 2023 is a guess and may be off by months"),
 "008": dict(url="https://securitynews.spectator.co.nz/2023/02/page/77",
   title="Defense News: USS Leyte Gulf (CG 55) Sailors Volunteer in Crete, Greece", publishedOn="2023-02-08",
   outlet="U.S. Navy",
   source="stored copy of a third-party news-aggregator page (securitynews.spectator.co.nz) reproducing a U.S. Navy story ('Source: United States Navy'; web page corpus; the navy.mil original was not found); the headline is given as in the copy, with the aggregator's 'Defense News:' prefix; the 'Source:' line omitted; the copy starts with 'The first COMREL ...' (the story's own lead is not in the copy); TRUNCATED: the paragraph 'In total, 20 USS Leyte Gulf Sailors pa...' breaks off and was left out; 'Support Market an establishment' without comma as in the source; date ESTIMATED: the COMRELs were on Feb. 4 and Feb. 6 and the aggregator's URL is dated 2023/02; 8 Feb. 2023 is a guess"),
 "009": dict(url="https://www.usafe.af.mil/News/Article-Display/Article/256138/csaf-visits-combat-airpower-hub-downrange",
   title="CSAF visits combat airpower hub downrange", publishedOn="2007-02-07",
   outlet="Air Force (332nd Air Expeditionary Wing Public Affairs)",
   source="stored copy of the usafe.af.mil article (web page corpus); 'Published' line and byline (Tech. Sgt. Jennifer Gregoire, 332nd Air Expeditionary Wing) omitted; trailing spaces at paragraph ends dropped; the copy has a single line break between 'held an Airmen's Call.' and 'The general cited ...', rendered as a paragraph break; TRUNCATED: the paragraph '\"Do we go back to 90-day rotations? ... security forces and' breaks off and was left out; date ESTIMATED: the visit was on 'Feb. 4' while Gen. Moseley was Chief of Staff (2005-2008) and the 332nd AEW was at Balad; 2007 is a guess and may be off by a year"),
 "010": dict(url="https://guard339.rssing.com/chan-4981703/all_p210.html",
   title="***UPDATE*** Coast Guard suspends search for missing diver near Andrea Doria wreck; 7th death in 10 years", publishedOn="2015-07-22",
   outlet="U.S. Coast Guard (First District)",
   source="stored copy of a third-party feed mirror (rssing.com) of the U.S. Coast Guard Digital Newsroom (web page corpus; the uscg.mil original was not found); feed chrome ('Quantcast', 'Channel: ...', '$ 0 0') omitted; trailing spaces dropped; complete as stored (the next feed item 'Coast Guard rescues woman from Missouri River' follows); Gherardi's second quotation opens curly and closes straight as in the source; date ESTIMATED: the search was suspended on a Wednesday; the neighbouring feed page all_p212 carries items of 28 July 2015, so mid or late July 2015; 22 July 2015 (a Wednesday) is a guess and may be off by weeks"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("susan_rice", "Ambassador Rice", "DIRECT", "What a great day to turn a consulate into an embassy. To all of our Sudanese sisters and brothers, congratulations. What a remarkable day and it is so wonderful that you are here to celebrate with us. Thank you for all you are doing every day to build your new nation. It is yours, but we will be here as always, as partners. It is your leadership and responsibility that has brought your dream to fruition,", "announced",
   N(onBehalfOf="united_states", note="head of the U.S. delegation, U.S. Ambassador to the United Nations (first paragraph): onBehalfOf the United States")),
 ("johnnie_carson", "State Department Assistant Secretary for African Affairs Johnnie Carson", "DIRECT", "This is a wonderful day for all of us who have tried to help the people of South Sudan realize their dream of full independence. It is a wonderful day for all the Americans who have labored so hard over so many years, carrying our diplomacy in support of what has happened over the last six years. We look at this as a joyous occasion,", "said",
   N(onBehalfOf="us_state_department")),
]
S["002"] = [
 ("nws", "a forecast Issued today by scientists at NOAA's National Weather Service", "INDIRECT", "Residents along the East and Gulf Coasts and in the Caribbean Islands should brace for an expected above-average 2000 Atlantic hurricane season", "according to",
   N(note="BORDERLINE: the source is a forecast issued by unnamed scientists of a named body; credited to the body (National Weather Service), as unnamed officials of a named body are. Clause before 'according to'")),
 ("nws", "The forecast", "INDIRECT", "stronger, longer-lasting storms are possible", "indicates",
   N(note="BORDERLINE: a document ('The forecast', the NWS forecast of the previous clause) as subject of 'indicates' (cf. dev3's 'results show'); credited to the National Weather Service that issued it")),
 ("nws", "The forecast", "INDIRECT", "some could pose a threat to land during the hurricane season, which begins June 1", "warns",
   N(note="second verb of the same subject ('indicates ... and warns ...'); the relative clause 'which begins June 1' is kept inside the reported clause")),
 ("william_daley", "Secretary of Commerce William M. Daley, who oversees NOAA", "DIRECT", "The potential for economic catastrophe in coastal cities and towns has increased dramatically in recent years because more and more people are moving to the coasts. These conditions threaten life and property, and can take a severe economic toll on the local and national economy. It is imperative that local residents and businesses be prepared to protect themselves and their property.", "said",
   N(onBehalfOf="us_commerce", note="quotation after 'said' without a comma, as in the source")),
 ("william_daley", "Daley", "DIRECT", "Fortunately,", "added", N(onBehalfOf="us_commerce", note="first span of an interrupted quote")),
 ("william_daley", "Daley", "DIRECT", "we have a strong team of expert hurricane forecasters, specialists, and technical personnel at the National Hurricane Center. I am pleased to recognize Max Mayfield as the new director of the Center. Max is well known and respected as a leader in his field, and will play a vital role in carrying out the National Weather Service's mission of protecting public safety.", "added",
   N(onBehalfOf="us_commerce", note="second span of an interrupted quote")),
]
S["003"] = [
 ("jim_kolbe", "Rep. Kolbe", "DIRECT", "Peace Corps volunteers are America" + AP + "s true ambassadors,", "said",
   N(note="'praised the volunteers for their efforts' in the same paragraph has a noun-phrase object and is not annotated")),
 ("jim_kolbe", "Rep. Kolbe", "DIRECT", "It is heart-warming and inspirational to hear the Peace Corps volunteers talk about both their work and their connection to their communities. Volunteers have a significant role to play in helping promote a more positive image of America, a task that is critically needed in today's world.", "said",
   N(note="a second quotation after the attribution sentence, with no verb of its own: same speaker and cue")),
]
S["004"] = [
 ("stacey_koff", "Army Lt. Col. Stacey Koff, a staff urologist at NNMC", "DIRECT", "Prostate cancer is the second most common cancer in men, after skin cancer,", "said"),
 ("stacey_koff", "Army Lt. Col. Stacey Koff, a staff urologist at NNMC", "DIRECT", "The American Urologic Association [Foundation] recommends screening starting at age 40.", "said",
   N(note="second span of an interrupted quote; the reporter's bracketed insertion is kept; the association's recommendation, reported inside the quotation, is not annotated separately")),
 ("nci", "the National Cancer Institute (NCI)", "INDIRECT", "Two types of analysis are performed to test for cancer, including testing for a prostate specific antigen (PSA) which is a protein produced by the cells of the prostate gland", "according to",
   N(note="BORDERLINE: the whole clause before 'according to' is annotated; the attribution may cover only the definition of PSA")),
 ("stacey_koff", "Koff", "DIRECT", "It's a blood test and the prostate is the only part of your body that produces PSA,", "said"),
 ("stacey_koff", "Koff", "DIRECT", "Normally, a little [PSA enters] the blood stream, but when the architecture of the prostate changes because of cancer, trauma or infections, more PSA will [enter] the blood stream, so it is a way to check for possible prostate cancer.", "said",
   N(note="second span of an interrupted quote")),
 ("stacey_koff", "Koff", "DIRECT", "About 20 to 25 percent of prostate cancers are diagnosed [through] PSA value, so you really need to put those two together in order to take optimum care of the men,", "said"),
 ("stacey_koff", "Koff", "INDIRECT", "Prostate cancer tends to progress slowly, so it is possible many men will not notice the effects of the disease if their life expectancy is within approximately 10 to 15 years", "said",
   N(note="clause before ', said Koff' (reported speech without quotation marks); the two following sentences have no speech verb and are not annotated, although they continue his account")),
]
S["005"] = [
 ("todd_kern", "Master Sgt. Todd Kern, the 726th ACS first sergeant who did not deploy with the unit", "DIRECT", "We are self-sufficient and are comprised of 27 Air Force specialty codes. We are capable of going into the middle of nowhere and supporting ourselves,", "said",
   N(onBehalfOf="acs726", note="the squadron's first sergeant speaking for the unit ('We ...'): onBehalfOf the squadron")),
 ("todd_kern", "Master Sgt. Todd Kern, the 726th ACS first sergeant who did not deploy with the unit", "DIRECT", "We consider ourselves a mini Air Force. We have our own vehicles, mechanics, services personnel and even our own independent duty medical technicians. We are always prepared to go.", "said",
   N(onBehalfOf="acs726", note="second span of an interrupted quote")),
 ("todd_kern", "Sergeant Kern", "DIRECT", "We have been doing a lot of preparation, but not as much as when we deploy to a bare base,", "said", N(onBehalfOf="acs726")),
 ("todd_kern", "Sergeant Kern", "DIRECT", "The squadron has been deploying regularly and we were deployed in support of OIF last year from May to September. We are not part of the standard air (and space) expeditionary force rotations. We rotate with the other air control squadrons as enablers.", "said",
   N(onBehalfOf="acs726", note="second span of an interrupted quote")),
 ("yzonya_maull", "Senior Airman Yzonya Maull, 726th ACS air warning and control system technician", "DIRECT", "They understand that mommy has to go and mommy will be back, so I told them we have a standing Valentine's Day date,", "said",
   N(note="speaking of her own family: no onBehalfOf; her own report inside the quotation ('I told them we have ...') is not annotated separately")),
]
S["006"] = [
 ("tyrel_askren", "Staff Sgt. Tyrel Askren, 931st SFS", "DIRECT", "It's my job,", "said",
   N(note="quotation before 'NAME said about why ...'")),
 ("luke_mahoney", "Senior Airman Luke Mahoney, 931st SFS", "DIRECT", "This is why I signed up,", "said",
   N(note="the scare-quoted \"volunteering\" later in the text is not a statement")),
]
S["007"] = [
 ("onisha_simmons", "Religious Program Specialist 2nd Class Onisha Simmons, the Reagan COMREL coordinator", "DIRECT", "I feel that COMRELs are about helping others,", "said"),
 ("onisha_simmons", "Religious Program Specialist 2nd Class Onisha Simmons, the Reagan COMREL coordinator", "DIRECT", "We talked to a group of boys and they said that their teachers are educating them about financing and how college works \u2026 so I gave my thoughts on that, because they are interested about college and different opportunities.", "said",
   N(note="second span of an interrupted quote; the boys' report inside it ('they said that ...') is not annotated separately")),
 ("jacob_meyer", "Lt. Jacob Meyer, a Navy chaplain aboard Ronald Reagan", "DIRECT", "The schools love every minute of the COMREL visits,", "said"),
 ("jacob_meyer", "Lt. Jacob Meyer, a Navy chaplain aboard Ronald Reagan", "DIRECT", "At mass, many of the kids in the school will mention the Sailors and want to see them. When we put on the uniform, we are role models that represent the nation. When we leave the school, the kids think we are the coolest people on the planet.", "said",
   N(note="second span of an interrupted quote")),
]
S["008"] = [
 ("heather_karel", "Operations Specialist 1st Class Heather Karel", "DIRECT", "I think it" + AP + "s great to have COMRELS because we can continue to build relationships and foster partnerships through community engagement,", "said"),
 ("heather_karel", "Operations Specialist 1st Class Heather Karel", "DIRECT", "It feels good to know that our help is going to a good place. I have a dog myself, so it really brought that warm-fuzzy feeling of being back at home.", "said",
   N(note="second span of an interrupted quote")),
 ("elizabeth_iliakis", "Souda Shelter Project Administrator Elizabeth Iliakis", "DIRECT", "It is a big joy for me to host volunteer programs like this for our service members,", "said",
   N(onBehalfOf="souda_shelter")),
 ("elizabeth_iliakis", "Souda Shelter Project Administrator Elizabeth Iliakis", "DIRECT", "Having them here so they can decompress and get away from everything else outside is the best, and they have been very productive for us. This is hard work that would take us a couple of weeks to complete, but they can do it in just a few hours. It" + AP + "s a win-win situation for everyone \u2013 including the dogs!", "said",
   N(onBehalfOf="souda_shelter", note="second span of an interrupted quote")),
 ("mary_olsen", "Orange Grove Owner Mary Olsen", "DIRECT", "It reminds me of what generous souls Americans can have,", "said"),
 ("mary_olsen", "Orange Grove Owner Mary Olsen", "DIRECT", "They are collecting some for themselves, but multiply the number they collect for themselves by 10 and that is how many they will be donating to the locals in need. That" + AP + "s really America at its best. Watching this happen as it rains \u2013 well their enthusiasm is not dampened, so to speak.", "said",
   N(note="second span of an interrupted quote")),
]
S["009"] = [
 ("michael_moseley", "The general", "INDIRECT", "the wing's mission in Balad is critical to defending the United States", "cited",
   N(onBehalfOf="usaf", note="BORDERLINE: 'cited terrorist attacks ... and how the wing's mission in Balad is critical ...': the noun-phrase object is not annotated; the coordinated 'how'-clause reports what he said and is annotated without 'how'. 'The general' = Gen. T. Michael Moseley, Air Force Chief of Staff: onBehalfOf the Air Force")),
 ("michael_moseley", "The general", "DIRECT", "This is not a social experiment - these people want us dead. They hate everything America stands for.", "cited",
   N(onBehalfOf="usaf", note="free-standing quotation after the sentence that introduces the speaker: cue of that sentence ('cited')")),
 ("michael_moseley", "General Moseley", "INDIRECT", "his job was making sure the Air Force was trained and equipped the best way possible to fight the Global War on Terror and answer the nation's call", "explained",
   N(onBehalfOf="usaf")),
]
S["010"] = [
 ("marcus_gherardi", "Marcus Gherardi, chief of response at Coast Guard Sector Southeastern New England", "DIRECT", "The primary goal of every man and woman who serves in the Coast Guard is to rescue those in need and save lives,", "said",
   N(onBehalfOf="sector_sene")),
 ("marcus_gherardi", "Marcus Gherardi, chief of response at Coast Guard Sector Southeastern New England", "DIRECT", "This is why we serve. It is extremely disheartening anytime we are unable to accomplish this goal.", "said",
   N(onBehalfOf="sector_sene", note="second span of an interrupted quote; opens curly and closes straight in the source")),
 (None, "Crew aboard the commercial diving boat John Jack", "INDIRECT", "the man did not resurface from his dive", "reporting",
   N(note="BORDERLINE: participial speech verb ('notified ... watchstanders ... reporting ...'); the crew of a private boat is not a body speaking through officials: speaker null (crediting the boat, as test11 credited 'airmen in the unit' to the unit, is a possible reading)")),
]

A = actor
ACTORS = [
 A("susan_rice", "PERSON", "Susan Rice", "Ambassador Rice", "Ambassador Susan Rice"),
 A("johnnie_carson", "PERSON", "Johnnie Carson", "Assistant Secretary Carson"),
 A("united_states", "COUNTRY", "United States", "U.S.", "US", "United States of America"),
 A("us_state_department", "GOVERNMENT", "U.S. Department of State", "State Department", "Department of State"),
 A("south_sudan", "COUNTRY", "South Sudan", "Republic of South Sudan"),
 A("nws", "GOVERNMENT", "National Weather Service", "NOAA's National Weather Service", "NWS"),
 A("noaa", "GOVERNMENT", "National Oceanic and Atmospheric Administration", "NOAA"),
 A("william_daley", "PERSON", "William M. Daley", "Daley", "William Daley", "Secretary of Commerce William M. Daley"),
 A("us_commerce", "GOVERNMENT", "U.S. Department of Commerce", "Department of Commerce", "Commerce Department"),
 A("nhc", "GOVERNMENT", "National Hurricane Center"),
 A("max_mayfield", "PERSON", "Max Mayfield", "Max"),
 A("jim_kolbe", "PERSON", "Jim Kolbe", "Rep. Kolbe", "Kolbe"),
 A("peace_corps", "GOVERNMENT", "Peace Corps"),
 A("usaid", "GOVERNMENT", "U.S. Agency for International Development", "USAID"),
 A("stacey_koff", "PERSON", "Stacey Koff", "Koff", "Army Lt. Col. Stacey Koff"),
 A("nnmc", "GOVERNMENT", "National Naval Medical Center", "NNMC"),
 A("nci", "GOVERNMENT", "National Cancer Institute", "NCI"),
 A("todd_kern", "PERSON", "Todd Kern", "Sergeant Kern", "Master Sgt. Todd Kern", "Kern"),
 A("acs726", "GOVERNMENT", "726th Air Control Squadron", "726th ACS"),
 A("yzonya_maull", "PERSON", "Yzonya Maull", "Senior Airman Yzonya Maull"),
 A("alvin_vann", "PERSON", "Alvin Vann", "Lt. Col. Alvin Vann"),
 A("tyrel_askren", "PERSON", "Tyrel Askren", "Sergeant Askren", "Staff Sgt. Tyrel Askren", "Askren"),
 A("luke_mahoney", "PERSON", "Luke Mahoney", "Airman Mahoney", "Senior Airman Luke Mahoney", "Mahoney"),
 A("patrick_strange", "PERSON", "Patrick Strange", "Airman Strange", "Senior Airman Patrick Strange"),
 A("sfs931", "GOVERNMENT", "931st Security Forces Squadron", "931st SFS", "931st Air Refueling Group's Security Forces Squadron"),
 A("onisha_simmons", "PERSON", "Onisha Simmons", "Religious Program Specialist 2nd Class Onisha Simmons"),
 A("jacob_meyer", "PERSON", "Jacob Meyer", "Lt. Jacob Meyer"),
 A("uss_ronald_reagan", "GOVERNMENT", "USS Ronald Reagan", "Ronald Reagan", "Reagan"),
 A("heather_karel", "PERSON", "Heather Karel", "Operations Specialist 1st Class Heather Karel"),
 A("elizabeth_iliakis", "PERSON", "Elizabeth Iliakis", "Souda Shelter Project Administrator Elizabeth Iliakis"),
 A("souda_shelter", "ORGANIZATION", "Souda Shelter Project"),
 A("mary_olsen", "PERSON", "Mary Olsen", "Orange Grove Owner Mary Olsen"),
 A("uss_leyte_gulf", "GOVERNMENT", "USS Leyte Gulf", "USS Leyte Gulf (CG 55)"),
 A("michael_moseley", "PERSON", "T. Michael Moseley", "General Moseley", "Gen. T. Michael Moseley", "Moseley"),
 A("usaf", "GOVERNMENT", "U.S. Air Force", "Air Force", "USAF"),
 A("robin_rand", "PERSON", "Robin Rand", "Brig. Gen. Robin Rand"),
 A("marcus_gherardi", "PERSON", "Marcus Gherardi", "Gherardi"),
 A("sector_sene", "GOVERNMENT", "Coast Guard Sector Southeastern New England", "Sector Southeastern New England"),
 A("uscg", "GOVERNMENT", "U.S. Coast Guard", "Coast Guard", "USCG"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
