#!/usr/bin/env python3
"""Hand annotations of the dev23 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are
given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

NGB = "National Guard Bureau (nationalguard.mil)"
ARMY = "U.S. Army (army.mil)"
USMC = "U.S. Marine Corps Forces Reserve (marforres.marines.mil)"
ART = {
 "001": dict(url="https://www.nationalguard.mil/News/Article-View/Article/582045/chief-governors-visit-guardsmen-in-middle-east",
   title="Chief, governors visit Guardsmen in Middle East", publishedOn="2010-07-19", outlet=NGB,
   source="stored copy of the nationalguard.mil news article 582045 (web page corpus), by Capt. Anthony Deiss, Task Force Rushmore Public Affairs; site banner, 'Home : News : Article View', date line and byline omitted; TRUNCATED: the paragraph 'The following day, the delegation visited National Guard men and women at Camp Vic...' breaks off and was left out; date from the page's date line 'NEWS | July 19, 2010'"),
 "002": dict(url="https://www.nationalguard.mil/News/Article-View/Article/573668/guard-chief-time-for-our-people-to-stand-out",
   title="Guard chief: Time for our people to stand out", publishedOn="2008-12-03", outlet=NGB,
   source="stored copy of the nationalguard.mil news article 573668 (web page corpus), by Tech. Sgt. Thomas Kielbasa, Florida National Guard; site banner, date line and byline omitted; TRUNCATED: the paragraph '\"My experience tells me Soldiers and Airmen like to be busy, they like to use the skills and ...' breaks off and was left out; date from the page's date line 'NEWS | Dec. 3, 2008'"),
 "003": dict(url="http://www.army.mil/article/44664/States_activate_Guard_ahead_of_hurricane/",
   title=None, publishedOn="2010-09-02", outlet=ARMY,
   source="stored copy of army.mil article 44664 (web page corpus), Army News Service; NO HEADLINE: the stored copy opens with a photo title and caption ('Guard responds to hurricane aftermath' / 'Rescue operations are just one type of mission ...'), which were left out, and the headline itself is not stored (the URL slug reads 'States_activate_Guard_ahead_of_hurricane'), so title is null and the body starts with the lead; TRUNCATED: the paragraph 'More than 200 Soldiers and Airmen from the Virginia Guard ... should Hur...' breaks off and was left out; date from the dateline 'Army News Service, Sept. 2, 2010'"),
 "004": dict(url="https://www.army.mil/article/140768/CSA__SMA_hold_virtual_town_hall/",
   title="CSA, SMA hold virtual town hall", publishedOn="2015-01-07", outlet=ARMY,
   source="stored copy of army.mil article 140768 (web page corpus), by Lisa Ferdinando (Army News Service); site banner, byline line and photo caption omitted; TRUNCATED: the paragraph '\"I would ask that you ensure, based off the resources ... as they possibly can to exec...' breaks off and was left out; date from the byline line 'January 7, 2015' (dateline 'Jan. 6, 2015', the day of the town hall)"),
 "005": dict(url="https://www.army.mil/article/67845/",
   title=None, publishedOn="2011-10-24", outlet=ARMY,
   source="stored copy of army.mil article 67845 (web page corpus); NO HEADLINE: the stored copy starts with the lead, so title is null; no byline stored; TRUNCATED: the paragraph 'As the coin ceremony came to a close, Chandler took time ... and reminded troops of ...' breaks off and was left out; date from the dateline 'Oct. 24, 2011'"),
 "006": dict(url="https://www.hqmc.marines.mil/News/News-Article-Display/Article/551878/parris-island-instructors-mold-recruits-into-marines/",
   title="Parris Island Instructors Mold Recruits Into Marines", publishedOn="2004-11-08", outlet="Headquarters Marine Corps (hqmc.marines.mil)",
   source="stored copy of the hqmc.marines.mil news article 551878 (web page corpus), by Gerry J. Gilmore (a Defense Department writer; the story is carried on marines.mil); date/byline line omitted; a line break inside the first paragraph ('experience' / 'romantic') is joined with one space; TRUNCATED: the paragraph 'Now, after 13 years in the Corps, James is, in his words, \"a maker of Marines\" ... \"need somebody to mentor them, somebody they can look up to as a positive role...' breaks off and was left out; date from the date line '8 Nov 2004'"),
 "007": dict(url="https://www.marforres.marines.mil/News-Photos/MARFORRES-News/Article/558125/president-first-lady-volunteer-at-toys-for-tots-event/",
   title="President, First Lady Volunteer at Toys for Tots Event", publishedOn="2014-12-12", outlet=USMC,
   source="stored copy of the marforres.marines.mil news article 558125 (web page corpus), by Cpl. J. Gage Karwick, U.S. Marine Corps Forces Reserve; the 'Photo Information' block, photo credit and date/byline line omitted; TRUNCATED: the paragraph '\u201cTheir role is to collect the toys ...\u201d said Maj. Angel Torres, Joint Improvised Explosive Device Defeat O...' breaks off and was left out; date from the date line '12 Dec 2014'"),
 "008": dict(url="https://www.marforres.marines.mil/News-Photos/MARFORRES-News/Article/805282/evening-parade-highlights-partnership-between-marine-corps-reserve-and-toys-for",
   title=None, publishedOn="2016-06-03", outlet=USMC,
   source="stored copy of the marforres.marines.mil news article 805282 (web page corpus); NO HEADLINE: the stored copy starts with the dateline and lead, so title is null (the cut-off URL slug reads 'evening-parade-highlights-partnership-between-marine-corps-reserve-and-toys-for'); no byline stored; TRUNCATED: the paragraph '\u201cThere were young children, from toddlers to young teenagers, ... due to their circumst...' breaks off and was left out; date ESTIMATED: the parade was on Friday June 3, 2016 (the story says 'Friday\u2019s Evening Parade' and 'On Aug. 29th of this year'), publication within days of it"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("craig_mckinley", "McKinley", "DIRECT", "It's a great pleasure and privilege to visit with Soldiers and Airmen here,", "said",
   N(onBehalfOf="national_guard_bureau", note="'said McKinley' after the quote (inverted). 'thanking them for their service' (previous paragraph) is not annotated")),
 ("craig_mckinley", "McKinley", "DIRECT", "(The governors) are all keenly interested in seeing the Soldiers and Airmen from their state and those from other states and territories as well.", "said",
   N(onBehalfOf="national_guard_bureau", note="second span of an interrupted quote; the reporter's parenthesis '(The governors)' is kept, like bracketed insertions")),
 ("mike_rounds", "Rounds", "INDIRECT", "was a \"privilege\" to visit with them", "told",
   N(onBehalfOf="south_dakota", note="BORDERLINE: 'told the Guardsmen that was a \"privilege\" to visit with them' lacks a subject ('that [it] was'); 'that' is read as the complementizer and left out. Partial quote: also DIRECT")),
 ("mike_rounds", "Rounds", "DIRECT", "privilege", "told", N(ctx="a \"privilege\" to", onBehalfOf="south_dakota", note="one-word partial quote")),
 ("mike_rounds", "he", "DIRECT", "Being considered the commander and chief of the National Guard for our home state comes with the realization that nothing gets done unless the Guard is involved and we are proud of what you're doing,", "said",
   N(onBehalfOf="south_dakota", note="'he' = Rounds (South Dakota governor), the subject of the previous sentence; 'commander and chief' as in the source")),
]
S["002"] = [
 ("craig_mckinley", "Guard chief", "INDIRECT", "Time for our people to stand out", ":",
   N(onBehalfOf="national_guard_bureau", note="colon headline (as test4 003, dev13 003); 'Guard chief' = McKinley, named in the body")),
 ("craig_mckinley", "the Guard's senior officer", "INDIRECT", "The National Guard is relevant and will continue to be relevant under the new administration", "said",
   N(onBehalfOf="national_guard_bureau", note="BORDERLINE (cataphora): clause before 'said the Guard's senior officer'; the officer is named in the next sentence (Gen. Craig McKinley, chief of the National Guard Bureau), so he is the speaker; a strict 'unnamed official -> body' reading gives national_guard_bureau. 'spoke to a reporter ... about the future relevance ...' and 'credited the nearly 468,000 members ... with keeping the force relevant' are noun-object reports and are not annotated")),
 ("craig_mckinley", "McKinley", "DIRECT", "You have to give credit to the men and women of the National Guard at a significant point in our history where the National Guard has been used so effectively and efficiently by our services,", "said",
   N(onBehalfOf="national_guard_bureau")),
 ("craig_mckinley", "McKinley", "DIRECT", "We're a nation at war. Our National Guard - both Army and Air - are heavily involved in our overseas operations, but because of Sept. 11, 2001, defense of our homeland became very important for us. That is our main reason for being; we protect our homeland, we protect our communities, we work for our governors and our nation needs us.", "said",
   N(onBehalfOf="national_guard_bureau", note="a quotation paragraph with no attribution of its own, following McKinley's quote: credited to him with the cue of the preceding sentence (test4 convention)")),
 ("craig_mckinley", "The general", "INDIRECT", "although the Guard has experienced an exceptional number of diverse missions over the past eight years - including overseas deployments and disaster relief at home - he does not feel the organization is over-extended", "said",
   N(onBehalfOf="national_guard_bureau", note="'The general' = McKinley; 'said that' + clause, 'that' left out; the dashed aside is kept inside the clause")),
]
S["003"] = [
 ("jack_harrison", "Jack Harrison, director of communications for the National Guard Bureau", "DIRECT", "Every state along the East Coast from North Carolina to New England is trying to figure out what this storm is going to do,", "said",
   N(onBehalfOf="national_guard_bureau")),
 ("jack_harrison", "Jack Harrison, director of communications for the National Guard Bureau", "DIRECT", "In advance of that, each state's National Guard is preparing for what may eventually come from the storm.", "said",
   N(onBehalfOf="national_guard_bureau", note="second span of an interrupted quote. 'The National Weather Service has listed Earl as a Category-4 hurricane' (next paragraph) has no speech verb and is not annotated")),
 ("jack_harrison", "Harrison", "DIRECT", "The key along the Eastern Seaboard is identifying the assets available should they be needed to respond,", "said",
   N(onBehalfOf="national_guard_bureau")),
 ("jack_harrison", "Harrison", "DIRECT", "If the storm stays real close to the coast and produces high winds, they will need high water vehicles and engineers. The states are identifying those capabilities.", "said",
   N(onBehalfOf="national_guard_bureau", note="second span of an interrupted quote")),
 ("matt_handley", "Maj. Matt Handley, the state public affairs officer", "INDIRECT", "In North Carolina, about 90 Guardsmen on state active duty will report to the Edenton Armory tonight", "said",
   N(onBehalfOf="north_carolina_national_guard", note="clause before 'said X'; the introductory 'In North Carolina,' is kept (it is inside the clause, before its subject). 'Another 150 will be on standby.' probably continues the report but has no speech verb and is not annotated")),
 ("north_carolina_national_guard", "The North Carolina Guard", "INDIRECT", "it will have plenty of manpower ready along with equipment, including two UH-60 Black Hawk helicopters, to help supply food and water", "reports",
   N(note="a body speaking as a whole is its own speaker")),
 ("matt_handley", "Handley", "DIRECT", "Mainly, we use transportation and then we use kind of our most versatile, the combat soldiers can be used for route clearance, chainsaw crews and things like that if they are needed,", "told",
   N(onBehalfOf="north_carolina_national_guard", note="'Handley told local media earlier this week': a quote the Army News Service took from other reporting; still Handley's words")),
]
S["004"] = [
 ("ray_odierno", "Odierno", "INDIRECT", "The Iraqi and Kurdish forces will \"take the fight to ISIS,\"", "said",
   N(onBehalfOf="us_army", note="partial quote: the clause runs to the closing mark (comma inside kept); also DIRECT. The preceding 'About 3,000 U.S. forces are training and advising ...' has no speech verb and is not annotated")),
 ("ray_odierno", "Odierno", "DIRECT", "take the fight to ISIS,", "said", N(onBehalfOf="us_army")),
 ("ray_odierno", "he", "DIRECT", "We're starting to see some progress, but it's going to take a long time. I think this is a two-or three-year process at least that's going to take us to have some success,", "said",
   N(onBehalfOf="us_army", note="'he' = Odierno (previous sentence); 'two-or three-year' as in the source")),
 ("ray_odierno", "Odierno", "DIRECT", "Ultimately, it's their nation and they need to be the ones who fight for it,", "said", N(onBehalfOf="us_army")),
 ("ray_odierno", "He", "INDIRECT", "there are \"no plans to put U.S. forces on the ground other than to do training and advising.\"", "added",
   N(onBehalfOf="us_army", note="'He' = Odierno; partial quote: clause to the closing mark, also DIRECT")),
 ("ray_odierno", "He", "DIRECT", "no plans to put U.S. forces on the ground other than to do training and advising.", "added", N(onBehalfOf="us_army")),
 ("ray_odierno", "Odierno", "INDIRECT", "The military is \"still determining\" how many U.S. forces will be used to train the Syrians", "said",
   N(onBehalfOf="us_army", note="clause before ', Odierno said'; the preceding sentence 'Additionally, the United States is working on a training program ...' has no speech verb and is not annotated (it may continue his report)")),
 ("ray_odierno", "Odierno", "DIRECT", "still determining", "said", N(onBehalfOf="us_army", note="partial quote inside s7's clause")),
 ("ray_odierno", "he", "DIRECT", "We'll have to continue to assess that and play it by ear,", "said", N(onBehalfOf="us_army")),
 ("ray_odierno", "he", "DIRECT", "I'm not going to ever take off the table that we might not have to put some of our own Soldiers on the ground fighting, but right now, that in fact is not the plan.", "said",
   N(onBehalfOf="us_army", note="second span of an interrupted quote")),
 ("raymond_chandler", "he", "INDIRECT", "Soldiers must be prepared to operate in a \"vague and ambiguous environment,\"", "said",
   N(onBehalfOf="us_army", note="'he' = Chandler (previous sentence); partial quote, also DIRECT. 'Chandler stressed the importance of Soldiers maintaining their readiness ...' is a noun-object report and is not annotated")),
 ("raymond_chandler", "he", "DIRECT", "vague and ambiguous environment,", "said", N(onBehalfOf="us_army")),
]
S["005"] = [
 ("raymond_chandler", "Chandler", "DIRECT", "I need Soldiers' opinions on what changes need to be made in order to better the Army,", "said",
   N(onBehalfOf="us_army", note="'briefed more than 500 Third Army Soldiers on upcoming changes' and 'questions and concerns voiced by Soldiers' (previous paragraph) are noun-object reports and are not annotated")),
 ("raymond_chandler", "Chandler", "DIRECT", "The American people have put their trust in you. The Army is going to keep bringing the fight while making sure our Soldiers are ready to perform full-spectrum operations at all times.", "said",
   N(onBehalfOf="us_army", note="second span of an interrupted quote")),
 ("raymond_chandler", "Chandler", "INDIRECT", "there will be a reduction in total force size in the near future", "informing",
   N(onBehalfOf="us_army", note="participial cue 'informing troops' + clause (as 'saying'). 'Chandler informed Third Army Soldiers of upcoming changes to ...' and 'addressed Third Army Soldiers on upcoming changes ...' are noun-object reports and are not annotated")),
 ("raymond_chandler", "Chandler", "DIRECT", "Our objective is to get rid of those who don't cut the mustard,", "explained",
   N(onBehalfOf="us_army", note="inverted 'explained Chandler'")),
 ("raymond_chandler", "Chandler", "DIRECT", "This will be one of the challenges our Army faces. We're implementing several systems to make sure we retain the best soldiers who have the most to offer our country.", "explained",
   N(onBehalfOf="us_army", note="second span of an interrupted quote")),
 ("thomas_wing", "Wing", "INDIRECT", "being presented a coin by the Sergeant Major of the Army was a shining moment in his military career", "said",
   N(note="Sgt. Thomas A. Wing, 994th Medical Detachment; speaking for himself, no onBehalfOf")),
 ("thomas_wing", "Wing", "DIRECT", "This is a rare honor,", "explained", N()),
 ("thomas_wing", "Wing", "DIRECT", "This is something I would have never expected. I'm flabbergasted.", "explained",
   N(note="second span of an interrupted quote")),
]
S["006"] = [
 ("matthew_james", "he", "INDIRECT", "James, a Riverside, Calif., native, joined the Marines at age 17", "said",
   N(onBehalfOf="us_marine_corps", note="BORDERLINE: 'X joined the Marines at age 17, he said, \"to get a new way of life.\"' - the reported clause is interrupted by the attribution; the span before ', he said,' is INDIRECT (as test4 002 s11) and the quoted purpose phrase after it is DIRECT. 'he' = James")),
 ("matthew_james", "he", "DIRECT", "to get a new way of life.", "said", N(onBehalfOf="us_marine_corps")),
 ("matthew_james", "James", "INDIRECT", "he'd asked the recruiter what the Marine Corps could do for him", "recalled",
   N(onBehalfOf="us_marine_corps", note="'recalled that' + clause, read as a report of his own words; 'James quickly learned of ...' (previous sentence) is not a speech report")),
 ("matthew_james", "he", "INDIRECT", "was taken aback, and then asked James what he could do for the Marine Corps", "said",
   N(onBehalfOf="us_marine_corps", note="BORDERLINE: 'The recruiter, he said, was taken aback, and then asked ...' - the attribution splits subject and predicate; the predicate after ', he said,' is annotated (the subject alone, 'The recruiter', is not a clause). The recruiter's reported question inside it ('asked James what he could do ...') is not annotated separately (unnamed recruiter, embedded report)")),
 ("matthew_james", "James", "INDIRECT", "he realized the Marine Corps offered something special", "said",
   N(onBehalfOf="us_marine_corps", note="'At that moment, James said, he realized ...': the clause after the parenthetical attribution; the fronted adverbial 'At that moment' is left out")),
 ("matthew_james", "he", "DIRECT", "made me realize to be responsible for my actions.", "said",
   N(onBehalfOf="us_marine_corps", note="'The Marine Corps, he said, \"made me ...\"': only the quoted predicate is annotated (DIRECT); no INDIRECT for the split clause")),
]
S["007"] = [
 ("byron_harley", "Byron D. Harley, a physical security specialist for the Bureau of Diplomatic Security with the U.S. State Department", "DIRECT", "It is a great opportunity to be able to provide to a child,", "said",
   N(onBehalfOf="us_state_department", note="inverted 'said X' with a long apposition")),
 ("byron_harley", "Byron D. Harley, a physical security specialist for the Bureau of Diplomatic Security with the U.S. State Department", "DIRECT", "I don\u2019t have any of my own so having the opportunity is a great feeling that I get when I see these kids\u2019 smiling faces.", "said",
   N(onBehalfOf="us_state_department", note="second span of an interrupted quote")),
 ("byron_harley", "Harley", "INDIRECT", "the State Department has been donating toys to Toys for Tots since 2001 and donations come from the employees of each bureau", "According to",
   N(onBehalfOf="us_state_department", note="'According to X, clause': the clause after the attribution. 'knowing that just one toy from them brings smiles ...' (next paragraph) is belief, not speech, and is not annotated")),
]
S["008"] = [
 ("david_brandon", "Brandon", "DIRECT", "We\u2019re very proud of this partnership,", "said",
   N(onBehalfOf="toys_r_us", note="inverted 'said Brandon'; Brandon = David Brandon, chairman and CEO of Toys \u201cR\u201d Us (previous paragraph)")),
 ("david_brandon", "Brandon", "DIRECT", "We\u2019re grateful for the 14 years and $50 million of contributions we\u2019ve been able to generate. It\u2019s meaningful to us \u2013 the connection we have with the military. There is no better place to find passion and commitment and discipline and competitiveness \u2026 than from our military.", "said",
   N(onBehalfOf="toys_r_us", note="second span of an interrupted quote; the ellipsis is the source's")),
 ("rex_mcmillian", "Lt. Gen. Rex McMillian, commander, Marine Forces Reserve and Marine Forces North", "DIRECT", "[Toys for Tots] is a very treasured tradition for the Marine Corps Reserve, started by a Reservist, post World War II,", "said",
   N(onBehalfOf="marine_forces_reserve", note="the reporter's bracket '[Toys for Tots]' is kept")),
 ("rex_mcmillian", "Lt. Gen. Rex McMillian, commander, Marine Forces Reserve and Marine Forces North", "DIRECT", "We carry on that tradition, and it\u2019s very sacred to us.", "said",
   N(onBehalfOf="marine_forces_reserve", note="second span of an interrupted quote. 'McMillian addressed the crowd reminiscing on a personal experience' (next paragraph) has no reported clause and is not annotated")),
]

A = actor
ACTORS = [
 A("craig_mckinley", "PERSON", "Craig McKinley", "Gen. Craig McKinley", "Craig R. McKinley", "McKinley", "Guard chief"),
 A("national_guard_bureau", "GOVERNMENT", "National Guard Bureau", "NGB"),
 A("mike_rounds", "PERSON", "Mike Rounds", "Rounds", "South Dakota Gov. Mike Rounds"),
 A("south_dakota", "GOVERNMENT", "State of South Dakota", "South Dakota"),
 A("deval_patrick", "PERSON", "Deval Patrick", "Massachusetts Gov. Deval Patrick"),
 A("tim_pawlenty", "PERSON", "Tim Pawlenty", "Minnesota Gov. Tim Pawlenty"),
 A("jay_nixon", "PERSON", "Jay Nixon", "Missouri Gov. Jay Nixon"),
 A("jim_douglas", "PERSON", "Jim Douglas", "Vermont Gov. Jim Douglas"),
 A("william_lynn", "PERSON", "William Lynn", "Deputy Secretary of Defense William Lynn"),
 A("anthony_deiss", "PERSON", "Anthony Deiss", "Capt. Anthony Deiss"),
 A("thomas_kielbasa", "PERSON", "Thomas Kielbasa", "Tech. Sgt. Thomas Kielbasa"),
 A("florida_times_union", "COMPANY", "Florida Times-Union"),
 A("jack_harrison", "PERSON", "Jack Harrison", "Harrison"),
 A("matt_handley", "PERSON", "Matt Handley", "Maj. Matt Handley", "Handley"),
 A("north_carolina_national_guard", "GOVERNMENT", "North Carolina National Guard", "North Carolina Guard"),
 A("national_weather_service", "GOVERNMENT", "National Weather Service"),
 A("virginia_national_guard", "GOVERNMENT", "Virginia National Guard", "Virginia Guard"),
 A("ray_odierno", "PERSON", "Ray Odierno", "Gen. Ray Odierno", "Raymond Odierno", "Odierno"),
 A("raymond_chandler", "PERSON", "Raymond F. Chandler III", "Raymond Chandler", "Chandler", "Sgt. Maj. of the Army Raymond F. Chandler III"),
 A("us_army", "GOVERNMENT", "U.S. Army", "Army", "United States Army"),
 A("lisa_ferdinando", "PERSON", "Lisa Ferdinando"),
 A("isis", "ORGANIZATION", "Islamic State in Iraq and Syria", "ISIS", "Islamic State"),
 A("free_syrian_army", "ORGANIZATION", "Free Syrian Army"),
 A("michael_schultz", "PERSON", "Michael Schultz", "Command Sgt. Maj. of the Army Reserve Michael Schultz"),
 A("richard_burch", "PERSON", "Richard Burch", "Command Sgt. Maj. of the Army National Guard Richard Burch"),
 A("thomas_wing", "PERSON", "Thomas A. Wing", "Sgt. Thomas A. Wing", "Wing"),
 A("matthew_james", "PERSON", "Matthew M. James", "Staff Sgt. Matthew M. James", "James"),
 A("us_marine_corps", "GOVERNMENT", "U.S. Marine Corps", "Marine Corps", "Marines", "the Corps"),
 A("gerry_gilmore", "PERSON", "Gerry J. Gilmore"),
 A("byron_harley", "PERSON", "Byron D. Harley", "Harley"),
 A("us_state_department", "GOVERNMENT", "U.S. Department of State", "State Department", "U.S. State Department"),
 A("john_kerry", "PERSON", "John Kerry", "Secretary of State John Kerry"),
 A("angel_torres", "PERSON", "Angel Torres", "Maj. Angel Torres"),
 A("marine_forces_reserve", "GOVERNMENT", "Marine Forces Reserve", "MARFORRES", "Marine Corps Reserve"),
 A("toys_for_tots", "ORGANIZATION", "Toys for Tots", "Toys for Tots Foundation", "Marine Toys for Tots Foundation"),
 A("gage_karwick", "PERSON", "J. Gage Karwick", "Cpl. J. Gage Karwick"),
 A("david_brandon", "PERSON", "David Brandon", "Brandon"),
 A("toys_r_us", "COMPANY", "Toys \u201cR\u201d Us", "Toys R Us", "Toys \"R\" Us"),
 A("rex_mcmillian", "PERSON", "Rex McMillian", "Lt. Gen. Rex McMillian", "McMillian"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
