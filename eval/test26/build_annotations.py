#!/usr/bin/env python3
"""Hand annotations of the test26 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ...
are given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor as A, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="http://www.afcent.af.mil/Units/332nd-Air-Expeditionary-Wing/News/Article/1286767/af-leadership-visits-historic-wing-glimpses-332nd-aew-future/",
   title="AF leadership visits historic wing, glimpses 332nd AEW future", publishedOn="2017-08-21", outlet="Air Forces Central Command (332nd Air Expeditionary Wing Public Affairs)",
   source="stored copy of the afcent.af.mil article 1286767 (web page corpus), by Senior Airman Damon Kasberg, 332nd Air Expeditionary Wing Public Affairs; site banner ('An official website ...'), 'Published' and byline lines omitted; the empty lines between paragraphs in the copy become one blank line; TRUNCATED: the paragraph '\u201cYou\u2019re not only impacting the base, ...\u201d Wilson said. \u201cThank you ... proud of their accom' breaks off and was left out; date ESTIMATED: the visit took place 21 Aug. 2017 (the copy's 'Published' line has no date); the story was probably posted a day or a few days later"),
 "002": dict(url="https://www.dvidshub.net/news/480282/355th-wing-commanders-call",
   title=None, publishedOn="2024-09-06", outlet="DVIDS (355th Wing, Davis-Monthan AFB)",
   source="stored copy of the DVIDS news page 480282 (web page corpus); the copy starts with the dateline and lead, no headline (slug '355th-wing-commanders-call'), so title is null; TRUNCATED: the paragraph '\u201cThere is a fight coming,\u201d Mi...' breaks off and was left out; mixed apostrophes as in the copy ('commander\u2019s call' in the lead, 'commander's call' and 'you've' straight); date ESTIMATED: the commander's call was on 'Sept. 6, 2024' per the lead, while the copy's metadata line says 'date 2024-08-27'; the story cannot predate the event, so 2024-09-06 is a lower bound"),
 "003": dict(url="https://www.dvidshub.net/news/72401/deployed-service-members-commemorate-celebrate-armys-236th-birthday",
   title=None, publishedOn="2011-06-14", outlet="DVIDS (United States Forces \u2013 Iraq)",
   source="stored copy of the DVIDS news page 72401 (web page corpus); the copy starts with the dateline and lead, no headline (slug 'deployed-service-members-commemorate-celebrate-armys-236th-birthday'), so title is null; TRUNCATED: the paragraph 'The Army is indeed evolving professionally and technologicall...' breaks off and was left out; date ESTIMATED: the Army's 236th birthday, June 14 (2011), the day of the celebration; the story may be a day or two later"),
 "004": dict(url="https://www.dvidshub.net/news/printable/40975",
   title="Falcons conduct humanitarian assistance for October training mission", publishedOn="2009-11-02", outlet="DVIDS (82nd Airborne Division Public Affairs Office)",
   source="stored copy of the DVIDS printable page of news 40975 (web page corpus), story by Sgt. Kissta DiGregorio, 82nd Airborne Division Public Affairs Office; the unit, byline, 'Date: 10.29.2009', 'Posted: 11.02.2009 15:04', 'News ID' lines and the repeated headline were omitted; TRUNCATED: the paragraph 'The citizens filled cups with water ... passed the meals arou' breaks off and was left out; date from the 'Posted' line (the event was 29 Oct. 2009); the exercise and its country 'North Keelung' are fictional, as the text says"),
 "005": dict(url="https://www.dvidshub.net/news/101239/freedom-food-and-cpo-365-initiative",
   title="Freedom, food, and the CPO 365 Initiative", publishedOn="2013-01-29", outlet="DVIDS (Naval Station Norfolk Public Affairs Office)",
   source="stored copy of the DVIDS news page 101239 (web page corpus), courtesy story of the Naval Station Norfolk Public Affairs Office; site banners (maintenance notice, log-in form), place and date lines omitted; the copy's indentation removed; TRUNCATED: the paragraph 'Everyone in attendance was pleased to be a part of t...' breaks off and was left out; date from the date line '01.29.2013' (the event was 'Jan. 29'); spellings 'class room', 'hand and hand', 'Core values' as in the source"),
 "006": dict(url="http://www.navy.mil/submit/display.asp?story_id=73395",
   title=None, publishedOn="2013-04-12", outlet="Navy NewsStand (NNS)",
   source="stored copy of the Navy NewsStand story 73395 (web page corpus); the copy starts with the dateline and lead, no headline, so title is null; CUT SHORT DELIBERATELY (besides TRUNCATED): the body ends after the 'According to ... Deirdre Parker' paragraph; the next paragraph of the copy, '\"It is amazing to see how dusty it is, but it feels good to be here,' said Parker. \"You can really see ...\"', opens a quotation with a double mark and closes it with a single straight one, which eval/check.py cannot take as DIRECT, so it and the three paragraphs after it (more Parker and Myers quotations and reports) were left out; the copy itself breaks off further on ('... knowing I h'); date ESTIMATED: the project was on 'April 12', year 2013 from the NNS story-id sequence (story 71602 is Jan. 2013, 73732 late April 2013)"),
 "007": dict(url="http://www.navy.mil/submit/display.asp?story_id=73732",
   title=None, publishedOn="2013-04-29", outlet="Navy NewsStand (NNS)",
   source="stored copy of the Navy NewsStand story 73732 (web page corpus); the copy starts with the dateline and lead, no headline, so title is null; TRUNCATED: the paragraph '\"Becoming a chief in the Navy is a special accomplishment,\" explained Senior Chief Yeo...' breaks off and was left out; verbatim oddities kept: 'first classe', 'Volunteer events like VA Alive! food drive as a teambuilding and morale building event as well.' (no verb), 'ALexandrians InVolved Ecumenically'; date ESTIMATED: the food drive was Saturday 'April 27' (27 April 2013 was a Saturday; year from the NNS story-id sequence); the story was probably posted the following Monday"),
 "008": dict(url="http://www.26thmeu.marines.mil/News/Article/516731/swansboro-school-gets-marine-reinforcements/",
   title="Swansboro school gets Marine reinforcements", publishedOn="2014-03-24", outlet="26th Marine Expeditionary Unit (marines.mil)",
   source="stored copy of the 26thmeu.marines.mil article 516731 (web page corpus), by Lance Cpl. Joshua W. Brown; site navigation, byline and 'SHARE' lines omitted; TRUNCATED: the paragraph 'Volunteers commit their own leisure time ... Marines and sa' breaks off and was left out; date from the byline line 'March 24, 2014'"),
 "009": dict(url="https://www.mcipac.marines.mil/Media-Room/News/Article/532173/service-members-unselfishness-shines",
   title="Service members\u2019 unselfishness shines", publishedOn="2013-06-27", outlet="Marine Corps Installations Pacific (marines.mil)",
   source="stored copy of the mcipac.marines.mil article 532173 (web page corpus), by Lance Cpl. Pete Sanders, Marine Corps Installations Pacific; site banner, photo caption and photo credit lines omitted; TRUNCATED: the paragraph '\u201cIt\u2019s great that we came out here to get dirty and clean up the school,\u201d said Cpl. Kandice Barney, a motor transport operator' is cut inside its attribution by the copy and was left out; date from the byline line '27 Jun 2013'"),
}
S = {}
N = lambda **k: k
AF = dict(onBehalfOf="us_air_force")
S["001"] = [
 ("david_goldfein", "Goldfein", "DIRECT", "We have Airmen throughout the world accomplishing remarkable missions every day,", "said", AF),
 ("david_goldfein", "Goldfein", "DIRECT", "It\u2019s important to take the time to meet these service members who put everything else on hold to combat the threats we face.", "said",
   N(onBehalfOf="us_air_force", note="second quotation after the attribution, same speaker")),
 ("heather_wilson", "Wilson", "DIRECT", "I wasn\u2019t aware of all the pieces of this wing,", "said", AF),
 ("heather_wilson", "Wilson", "DIRECT", "It was good to learn about where it\u2019s been and the impact it makes now.", "said",
   N(onBehalfOf="us_air_force", note="second quotation after the attribution. 'learned about its heritage' (previous paragraph) is not a speech report")),
]
W355 = dict(onBehalfOf="wing_355")
S["002"] = [
 ("scott_mills", "Mills", "DIRECT", "My expectation is that you are going to show up every day and be ready to fight,", "said",
   N(onBehalfOf="wing_355", note="'speak on his expectations' (previous paragraph) is a noun-object report, not annotated")),
 ("scott_mills", "Mills", "DIRECT", "That is a core principle I believe in, and something I ask myself every single day is \u2018What is my fight today, and how am I going to step up and be great in that moment?\u2019", "said",
   N(onBehalfOf="wing_355", note="the quotation ends with a nested single-quoted question; the text runs to the double closing mark, so it ends with the closing single mark")),
 ("scott_mills", "Mills", "INDIRECT", "in performing their duties they will make mistakes, but learning from those mistakes is key in being ready for any fight", "reminded",
   N(onBehalfOf="wing_355", note="'reminded base members that ...': a speech verb with an object and a that-clause, annotated like 'told X that'")),
 ("scott_mills", "Mills", "DIRECT", "If you are moving at the speed I want you to, you are going to make mistakes,", "said", W355),
 ("scott_mills", "Mills", "DIRECT", "When you are taking the right risks and you do fail, we are going to be there to tell you not only is it okay, but you've got to learn from it. We have a lot of changes coming to us as a base and a lot coming at us as a nation. The people who will solve those problems are the people in this room wearing this uniform.", "said", W355),
 ("michael_becker", "Becker", "DIRECT", "We are focused on the transition of becoming a deployable combat wing,", "said",
   N(onBehalfOf="wing_355", note="'The wing command team spoke with attendees on the many changes' (previous paragraph) is a noun-object report, not annotated")),
 ("michael_becker", "Becker", "DIRECT", "One of the big pieces of that is the consolidation of more Air Force rescue assets here at Davis-Monthan. We are already the largest concentration of rescue in the Air Force, and we are going to get bigger.", "said", W355),
]
USFI = dict(onBehalfOf="usf_iraq")
S["003"] = [
 ("lloyd_austin", "Gen. Lloyd J. Austin III, commanding general for United States Forces \u2013 Iraq", "DIRECT", "Our Army is older than our country,", "said",
   N(onBehalfOf="usf_iraq", note="official named after his words ('said Gen. ...'), with a long apposition and a 'when' clause before the second span")),
 ("lloyd_austin", "Gen. Lloyd J. Austin III", "DIRECT", "We should be very proud of our Army heritage.", "said",
   N(onBehalfOf="usf_iraq", note="second quotation after the attribution and its 'when he spoke ...' clause")),
 ("lloyd_austin", "Austin", "INDIRECT", "this military branch has become the most professional, educated, and lethal Army in the world since its transition to an all-volunteer Army in 1973", "said",
   N(onBehalfOf="usf_iraq", note="BORDERLINE: the fronted participle 'Stemming from a conscripted Army,' before the speaker belongs to the report in meaning but is left out (the clause after the verb is taken)")),
 ("lloyd_austin", "he", "INDIRECT", "The overhaul of the Army doctrine, personnel and training took years to mature, but the Army has reached a level of proficiency and lethality that has never been achieved before", "said",
   N(onBehalfOf="usf_iraq", note="clause before ', he said'; 'he' = Austin")),
 ("lloyd_austin", "he", "DIRECT", "Our Army is resilient,", "said", N(onBehalfOf="usf_iraq", note="'he' = Austin")),
 ("lloyd_austin", "he", "DIRECT", "The all-volunteer Army has been essential to our success in this period of persistent conflicts and our soldiers are what make our Army great.", "said",
   N(onBehalfOf="usf_iraq", note="second span")),
 ("james_snyder", "Col. James Snyder, commander of 804th Medical Brigade", "INDIRECT", "he was extremely honored and privileged to be a part of the ceremony", "said",
   N(note="speaks of his own feelings as the oldest soldier present: no onBehalfOf")),
 ("aaron_johnston", "Pvt. 1st Class Aaron Johnston, the youngest Army service member on VBC and a chemical operations specialist with 145th Brigade Support Battalion", "INDIRECT", "it was a pleasure to take part in the event alongside Austin and Command Sgt. Maj. Joseph R. Allen, senior enlisted advisor, USF-I", "said",
   N(note="the clause runs to the end of the sentence (Allen's apposition included)")),
]
S["004"] = [
 ("daniel_noble", "Sgt. First Class Daniel Noble, a treatment platoon sergeant with C Company, 407th Brigade Support Battalion, 2nd Brigade Combat Team, 82nd Airborne Division", "DIRECT", "I've done quite a few humanitarian assistance missions before,", "said",
   N(note="quotation interrupted by the attribution, which is named after the first span and carries a long apposition")),
 ("daniel_noble", "Sgt. First Class Daniel Noble", "DIRECT", "but this is a worst-case scenario.", "said",
   N(note="second span of the interrupted quotation (one sentence, lower-case continuation)")),
 ("dustin_sinkes", "Sinkes", "INDIRECT", "The citizens were happy that the soldiers brought food and water, as well as medics to treat the wounded", "said",
   N(note="clause before ', Sinkes said'")),
 ("dustin_sinkes", "he", "INDIRECT", "Due to the excitement of the crowd, the soldiers had to hold the people back until they were ready to organize them", "said",
   N(note="clause before ', he said'; 'he' = Sinkes")),
]
S["005"] = [
 ("nicholas_josshua", "Culinary Specialist 1st Class Nicholas D. Josshua, a participant", "DIRECT", "This takes training outside the class room,", "said"),
 ("nicholas_josshua", "Culinary Specialist 1st Class Nicholas D. Josshua", "DIRECT", "The chief\u2019s mess and the first class mess worked together hand and hand to be Navy ambassadors for our community.", "said",
   N(note="second quotation after the attribution")),
 ("eric_johnson", "Chief Culinary Specialist Eric Johnson, the project coordinator", "INDIRECT", "the Sailors are taking their training outside the base into the surrounding communities", "said",
   N(note="the project coordinator speaks of the project; no body is named for it, so no onBehalfOf")),
 ("eric_johnson", "Johnson", "DIRECT", "This boils down to Core values and who you are as a leader,", "said"),
 ("eric_johnson", "Johnson", "DIRECT", "As a chief petty officer you\u2019re expected to lead from the front, set the example and be the example.", "said"),
 ("michael_sandberg", "Mass Communication Specialist 1st Class Michael Jon Sandberg, a comrel participant", "DIRECT", "It is really a great opportunity to provide this kind of service to the community,", "said"),
 ("michael_sandberg", "Mass Communication Specialist 1st Class Michael Jon Sandberg", "DIRECT", "I hope this can be a trend for us.", "said"),
]
S["006"] = [
 ("alexander_myers", "Chief Machinist's Mate Alexander Myers", "DIRECT", "It's great to be out here giving back with my brothers and sisters as well as the first class mess,", "said"),
 ("alexander_myers", "Chief Machinist's Mate Alexander Myers", "DIRECT", "Being able to restore a ship with so much history is special because we are preserving memories.", "said"),
 ("alexander_myers", "Myers", "INDIRECT", "time spent giving back to the community is time well spent", "said"),
 ("alexander_myers", "Myers", "DIRECT", "Any time our ship wants to do something like this I'll be here,", "said"),
 ("alexander_myers", "Myers", "DIRECT", "COMRELs are rewarding to all those involved. They benefit the community, the Navy and your career.", "said"),
 ("deirdre_parker", "Chief Cryptologic Technician (Technical) Deirdre Parker, CPO 365 community service committee chairman aboard Truman", "INDIRECT", "her team dedicated more than four hours to the restoration project, starting with the 22-year accumulation of dust that blanketed the majority of the berthing", "According to",
   N(note="'According to X, clause': the clause after the attribution, its participial tail included. She chairs a committee on the ship; no onBehalfOf (the committee is not a named body of its own)")),
]
S["007"] = [
 ("ryan_wheeler", "Coast Guard 2nd Class Petty Officer Ryan Wheeler, One Brick event manager and coordinator", "DIRECT", "It makes you feel good when you are out here. You can help out 'one brick' at a time,", "said",
   N(onBehalfOf="one_brick", note="a Coast Guardsman speaking as One Brick's event manager: onBehalfOf One Brick. The single-quoted 'one brick' inside is a name, not a quotation. The scare quotes around \"orders\" (paragraph 3) are not a statement and are not annotated")),
 ("ryan_wheeler", "Coast Guard 2nd Class Petty Officer Ryan Wheeler", "DIRECT", "You might feel like just staying at home on a Saturday, but you get out here and get some physical work in. I mean I could do cardio later or I could just come here and get stuff in boxes and give it to people.", "said",
   N(onBehalfOf="one_brick", note="second quotation after the attribution")),
 ("detrick_richardson", "Information Systems Technician 1st Class Detrick Richardson, one of the petty officers who came out to help", "DIRECT", "It grooms us and takes petty officers first classe to the next level,", "said",
   N(note="'first classe' as in the source")),
]
MEU = dict(onBehalfOf="meu_26")
S["008"] = [
 ("wayne_hall", "Hall", "DIRECT", "Many kids out in the community may not be aware what Marines and sailors do,", "said",
   N(onBehalfOf="meu_26", note="the MEU chaplain who arranged the unit's sponsorship, speaking of the unit's aim: onBehalfOf 26th MEU. 'encouraged volunteer involvement' (previous paragraph) is not a speech report")),
 ("wayne_hall", "Hall", "DIRECT", "We want to show them.", "said", MEU),
 ("wayne_hall", "Hall", "INDIRECT", "volunteering is beneficial to both MEU personnel and Swansboro Elementary School students", "said", MEU),
 ("wayne_hall", "Hall", "DIRECT", "It\u2019s professionally and personally rewarding,", "said", MEU),
 ("wayne_hall", "Hall", "DIRECT", "Getting out and helping a child learn how to read is pretty cool.", "said", MEU),
 ("wayne_hall", "Hall", "DIRECT", "The school staff is positive, and the volunteers help them focus on their objectives,", "said", MEU),
 ("wayne_hall", "Hall", "INDIRECT", "the relationship between the school and the MEU is meant to be long lasting and continue to benefit and reward both parties", "said", MEU),
 ("matthew_davies", "Sgt. Matthew Davies, 26th MEU radio supervisor", "DIRECT", "The best part of volunteering is exercising selflessness \u2026 with only the reward of seeing kids, in a variety of situations, having fun learning,", "said",
   N(note="the ellipsis inside the quotation is the reporter's and is kept. 'Those who volunteered expressed joy after ...' (previous paragraph) is a noun-object report, not annotated")),
]
FUT = dict(onBehalfOf="hhs_mcas_futenma")
S["009"] = [
 ("wesley_scholtz", "Navy Lt. Wesley E. Scholtz, the chaplain with Headquarters and Headquarters Squadron, Marine Corps Air Station Futenma, Marine Corps Installations Pacific", "INDIRECT", "The volunteer service was an effort to strengthen the ties between service members and the surrounding community", "according to",
   N(onBehalfOf="hhs_mcas_futenma", note="clause before ', according to X' (official named after his words); the squadron chaplain speaks of the squadron's project ('Our goal'): onBehalfOf the squadron")),
 ("wesley_scholtz", "Scholtz", "DIRECT", "Our goal is to show our host country that we can be a blessing to them, and by extending that blessing to them our relationship is infinitely better,", "said", FUT),
 ("wesley_scholtz", "Scholtz", "INDIRECT", "The good will demonstrated by participating in events like this serves as proof of the true nature of the U.S. military", "according to",
   N(onBehalfOf="hhs_mcas_futenma", note="clause before ', according to Scholtz'")),
 ("wesley_scholtz", "Scholtz", "DIRECT", "These community relations projects show that the Marines and sailors are caring, good neighbors,", "said", FUT),
 ("wesley_scholtz", "Scholtz", "DIRECT", "This is the true, accurate representation of our armed services.", "said", FUT),
]

ACTORS = [
 A("david_goldfein", "PERSON", "David L. Goldfein", "Goldfein", "Gen. David L. Goldfein", "David Goldfein"),
 A("heather_wilson", "PERSON", "Heather Wilson", "Wilson", "Secretary of the Air Force Heather Wilson"),
 A("us_air_force", "GOVERNMENT", "U.S. Air Force", "Air Force", "USAF", "United States Air Force"),
 A("wing_332", "ORGANIZATION", "332nd Air Expeditionary Wing", "332nd AEW"),
 A("damon_kasberg", "PERSON", "Damon Kasberg"),
 A("scott_mills", "PERSON", "Scott Mills", "Mills", "Col. Scott Mills"),
 A("michael_becker", "PERSON", "Michael Becker", "Becker", "Chief Master Sgt. Michael Becker"),
 A("wing_355", "ORGANIZATION", "355th Wing"),
 A("lloyd_austin", "PERSON", "Lloyd J. Austin III", "Austin", "Gen. Lloyd J. Austin III", "Lloyd Austin"),
 A("usf_iraq", "ORGANIZATION", "United States Forces \u2013 Iraq", "USF-I", "United States Forces - Iraq", "U.S. Forces-Iraq"),
 A("james_snyder", "PERSON", "James Snyder", "Col. James Snyder", "Snyder"),
 A("aaron_johnston", "PERSON", "Aaron Johnston", "Pvt. 1st Class Aaron Johnston", "Johnston"),
 A("joseph_allen", "PERSON", "Joseph R. Allen", "Command Sgt. Maj. Joseph R. Allen"),
 A("us_army", "GOVERNMENT", "U.S. Army", "Army"),
 A("daniel_noble", "PERSON", "Daniel Noble", "Sgt. First Class Daniel Noble", "Noble"),
 A("dustin_sinkes", "PERSON", "Dustin Sinkes", "Sinkes", "Sgt. First Class Dustin Sinkes"),
 A("division_82nd_airborne", "ORGANIZATION", "82nd Airborne Division", "2nd Brigade Combat Team, 82nd Airborne Division", "2nd BCT"),
 A("kissta_digregorio", "PERSON", "Kissta DiGregorio"),
 A("nicholas_josshua", "PERSON", "Nicholas D. Josshua", "Josshua"),
 A("eric_johnson", "PERSON", "Eric Johnson", "Johnson", "Chief Culinary Specialist Eric Johnson"),
 A("michael_sandberg", "PERSON", "Michael Jon Sandberg", "Sandberg"),
 A("naval_station_norfolk", "ORGANIZATION", "Naval Station Norfolk"),
 A("foodbank_sevirginia", "ORGANIZATION", "Foodbank of Southeastern Virginia and the Eastern Shore"),
 A("alexander_myers", "PERSON", "Alexander Myers", "Myers", "Chief Machinist's Mate Alexander Myers"),
 A("deirdre_parker", "PERSON", "Deirdre Parker", "Parker"),
 A("uss_harry_s_truman", "ORGANIZATION", "USS Harry S. Truman", "Truman", "USS Harry S. Truman (CVN 75)"),
 A("ryan_wheeler", "PERSON", "Ryan Wheeler", "Wheeler", "Coast Guard 2nd Class Petty Officer Ryan Wheeler"),
 A("one_brick", "ORGANIZATION", "One Brick"),
 A("alive_alexandria", "ORGANIZATION", "ALIVE!", "ALexandrians InVolved Ecumenically", "VA Alive!"),
 A("detrick_richardson", "PERSON", "Detrick Richardson", "Richardson"),
 A("us_navy", "GOVERNMENT", "U.S. Navy", "Navy"),
 A("wayne_hall", "PERSON", "Wayne Hall", "Hall", "Lt. Cmdr. Wayne Hall"),
 A("meu_26", "ORGANIZATION", "26th Marine Expeditionary Unit", "26th MEU", "MEU"),
 A("matthew_davies", "PERSON", "Matthew Davies", "Sgt. Matthew Davies", "Davies"),
 A("swansboro_elementary", "ORGANIZATION", "Swansboro Elementary School"),
 A("wesley_scholtz", "PERSON", "Wesley E. Scholtz", "Scholtz", "Navy Lt. Wesley E. Scholtz"),
 A("hhs_mcas_futenma", "ORGANIZATION", "Headquarters and Headquarters Squadron, Marine Corps Air Station Futenma", "MCAS Futenma"),
 A("us_marine_corps", "GOVERNMENT", "U.S. Marine Corps", "Marine Corps", "Marines"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
