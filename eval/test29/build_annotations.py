#!/usr/bin/env python3
"""Hand annotations of the test29 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of
the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are
given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ARMY = "U.S. Army (army.mil)"
NG = "National Guard (nationalguard.mil)"
ART = {
 "001": dict(url="https://www.army.mil/-news/2007/06/04/3437-sergeant-major-of-the-army-visits-soldiers-in-djibouti/",
   title="Sergeant Major of the Army Visits Soldiers in Djibouti", publishedOn="2007-06-04", outlet=ARMY,
   source="stored copy of the army.mil page (web page corpus), Army News Service, by MC1 Mary Popejoy; byline line and photo caption omitted; TRUNCATED: the paragraph '\"Credit must be given to the individu...' breaks off and was left out; date from the byline and the dateline (June 4, 2007)"),
 "002": dict(url="https://www.army.mil/article-amp/26069/u_s_army_sergeant_major_helps_man_from_mangled_car",
   title=None, publishedOn="2009-07-15", outlet=ARMY,
   source="stored copy of the army.mil AMP page of article 26069 (web page corpus); the stored copy has no headline (slug 'u_s_army_sergeant_major_helps_man_from_mangled_car'), so title is null and the body starts with the dateline; no byline in the copy; TRUNCATED: the paragraph 'The driver, Jeon In-su, was driving from his home in Busan to visit friends...' breaks off and was left out; date ESTIMATED: the crash was on 'July 8' and the article id lies between army.mil 25xxx and 27737 (23 Sept. 2009), so July 2009; the day is a guess"),
 "003": dict(url="http://www.army.mil/article/28456/NCO_Academy_Gives_Local_Youngsters_Lesson_Of_Hope/",
   title="NCO Academy Gives Local Youngsters Lesson Of Hope", publishedOn="2009-10-07", outlet=ARMY,
   source="stored copy of the army.mil page (web page corpus), by Spc. Ryan Stroud, 59th Ordnance Brigade Public Affairs; byline line and photo caption ('MUCH APPRECIATED') omitted; 'preformed' as in the source; TRUNCATED: the paragraph '\"A good way for us to show these kids ...,\" she said. \"... to raise the ...' breaks off and was left out; date from the byline (October 7, 2009)"),
 "004": dict(url="http://www.army.mil/article/34130/maryland-guard-soldiers-rescue-stranded-motorist-during-snow-emergency",
   title="Guard Soldiers rescue motorist stranded in snow", publishedOn="2010-02-06", outlet=ARMY,
   source="stored copy of the army.mil page (web page corpus); photo caption and the footer 'Page last updated ...' omitted; complete as stored; date from the dateline (Feb. 6, 2010)"),
 "005": dict(url="https://www.nationalguard.mil/News/Article-View/Article/611419/national-guard-remains-vigilant-in-ongoing-flood-fight",
   title="National Guard remains vigilant in ongoing flood fight", publishedOn="2011-07-21", outlet=NG,
   source="stored copy of the nationalguard.mil page (web page corpus), 'By Courtesy Story'; site banner, navigation and byline omitted; TRUNCATED: the paragraph 'Currently, more than 300 National Guard members are on flood duty ... including about' breaks off and was left out; date from the page ('NEWS | July 21, 2011')"),
 "006": dict(url="https://www.army.mil/article/87607/SMA_tours_Fort_Sill__talks_Army_future/",
   title=None, publishedOn="2012-09-20", outlet=ARMY,
   source="stored copy of the army.mil page (web page corpus); the stored copy has no headline (slug 'SMA_tours_Fort_Sill__talks_Army_future'), so title is null and the body starts with the dateline; TRUNCATED: the paragraph '\"Our first one will be next yea...' breaks off and was left out; date from the dateline (Sept. 20, 2012)"),
 "007": dict(url="https://www.nationalguard.mil/News/Article-View/Article/630430/heavy-snow-in-colorado-brings-out-national-guard-crew",
   title="Heavy snow in Colorado brings out National Guard crew", publishedOn="2015-11-19", outlet=NG,
   source="stored copy of the nationalguard.mil page (web page corpus), 'By Colorado National Guard'; site banner, navigation and byline omitted; 'A Snow Response Team is composed of ... were dispatched' as in the source; TRUNCATED: the paragraph 'The SUSV is a fully-tracked, articulated vehicle ... These specialized vehicl...' breaks off and was left out; date from the page ('NEWS | Nov. 19, 2015')"),
 "008": dict(url="https://www.army.mil/article/202042/heavy_truck_soldiers_educate_entertain_children_at_adopted_school",
   title=None, publishedOn="2018-03-14", outlet=ARMY,
   source="stored copy of the army.mil page (web page corpus); the stored copy has no headline or byline (slug 'heavy_truck_soldiers_educate_entertain_children_at_adopted_school'), so title is null; 'Solders' (first word) as in the source; TRUNCATED: the paragraph '\"It's good for them to see someone in uniform and someone they c...' breaks off and was left out; date ESTIMATED: the visit was on 'March 9' and army.mil ids near 202042 are of early 2018, so March 2018; the day is a guess"),
 "009": dict(url="https://www.nationalguard.mil/News/Article/2367652/west-virginia-guard-aircrew-helps-fight-california-fires/",
   title="West Virginia Guard aircrew helps fight California fires", publishedOn="2020-10-01", outlet=NG,
   source="stored copy of the nationalguard.mil page (web page corpus; the same text is stored under /News/Article-View/Article/2367652/), by Edwin Wriston, West Virginia National Guard; navigation and byline omitted; TRUNCATED: the paragraph '\u201cWe typically try to position the bucket ... for maximum precisio...' breaks off and was left out; date from the page ('NEWS | Oct. 1, 2020')"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("kenneth_preston", "SMA Preston", "DIRECT", "This trip gives me the opportunity to visit the command, talk with Soldiers and see how the mission is going,", "said",
   N(onBehalfOf="us_army", note="the Sergeant Major of the Army, speaking in his official role (as test5 / test20: SMA -> us_army)")),
 ("kenneth_preston", "SMA Preston", "DIRECT", "We're an Army of 1.2 million, so being able to travel to the many locations around the world where we have Soldiers deployed helps me better communicate the needs of our Soldiers to those at the Pentagon.", "said",
   N(onBehalfOf="us_army", note="second span of an interrupted quote")),
 ("kent_chicosky", "1st Sgt. Chicosky", "DIRECT", "It's great to be able to go straight to the source and express your feelings about the changes and improvements being made in the Army,", "said",
   N(note="a soldier speaking for himself: no onBehalfOf")),
 ("leland_jones", "Staff Sgt. Jones", "DIRECT", "We have Army units stationed around the world, so for me I'd just like to know how we, in Africa, fit into the grand scheme of things,", "said",
   N(note="a soldier speaking for himself: no onBehalfOf")),
 ("kenneth_preston", "The SMA", "INDIRECT", "he likes to talk with Soldiers about recruiting, deployments, changes in the Army, and how Soldiers can better tell their stories to those back home when they return", "said",
   N(onBehalfOf="us_army", note="'The SMA' = Preston")),
 ("kenneth_preston", "he", "INDIRECT", "Having the open dialogue with the Soldiers reminded SMA Preston that the best and brightest are joining the Army", "said",
   N(onBehalfOf="us_army", note="BORDERLINE: clause before ', he said.'; 'he' = Preston, who is named inside the reported clause in the third person")),
]
S["002"] = [
 ("scott_spigelmyer", "Spigelmyer", "DIRECT", "I noticed an individual behind me lost control of his vehicle and crashed violently,", "said",
   N(note="an off-duty rescuer telling his own experience: no onBehalfOf")),
 ("scott_spigelmyer", "Spigelmyer", "DIRECT", "I watched the car flip over the guardrail and start tumbling down an embankment, and I was seeing wheels, dirt and pieces of the car flying off while it was rolling off the highway.", "said",
   N(note="second span of an interrupted quote")),
 ("scott_spigelmyer", "Spigelmyer", "DIRECT", "I was the first one on the scene. So I jumped down toward the vehicle to try to get anyone out,", "said"),
 ("scott_spigelmyer", "Spigelmyer", "DIRECT", "After shouting at him for three to four times, he finally realized that I was there and I was able to help him get out of the car and away from the vehicle,", "said"),
 ("scott_spigelmyer", "Spigelmyer", "DIRECT", "During the whole time, I was hoping that the car wouldn't catch fire.", "said",
   N(note="second span of an interrupted quote; the paragraph ends without a closing mark (the quotation continues into the next paragraph, which opens with a mark); the span ends at the paragraph end")),
 ("scott_spigelmyer", "the sergeant major", "DIRECT", "The driver had to take a knee two or three times after getting out of the car while trying to climb back up to the highway,", "said",
   N(note="'the sergeant major' = Spigelmyer (named description, attribution after the quote)")),
 ("scott_spigelmyer", "the sergeant major", "DIRECT", "He must have been wearing his seatbelt because he only had a few cuts on him from the accident itself but he was definitely hurt from the crash as well as all the toxic fumes he inhaled while trapped in the car.", "said",
   N(note="second span of an interrupted quote")),
 ("scott_spigelmyer", "Spigelmyer", "DIRECT", "I was just thankful that I had the chance to help this guy out and hoped that if the same thing happened to me, someone would do the same thing for me.", "added",
   N(note="attribution before the quote ('Spigelmyer added, \"...\"'). 'he was unaware that Spigelmyer was there' (earlier) is not speech and is not annotated")),
]
S["003"] = [
 ("melvin_allen", "executive director Melvin Allen", "INDIRECT", "The paved area will give many of the children the chance to play games and learn how to ride bicycles", "according to",
   N(onBehalfOf="harvest_youth_club", note="clause before ', according to X' (the director of the club, from the context); the previous sentence ('The Academy raised $600; and the club will use the money ...') has no speech verb and is not annotated, though it may be his")),
 ("melvin_allen", "He", "INDIRECT", "the money raised by the Academy will be matched by Old Navy, bringing the total to $1,200", "said",
   N(onBehalfOf="harvest_youth_club", note="'He' = Melvin Allen; the participial 'bringing the total to $1,200' is kept inside the clause")),
 ("nicolette_pringle", "Sgt. Nicolette Pringle, 114th Signal Battalion, who is a student at the Academy", "DIRECT", "It's important to be here. We need to let these kids know that school is extremely important,", "said",
   N(note="a student soldier speaking for herself: no onBehalfOf")),
]
S["004"] = [
 ("charles_kohler", "Lt. Col. Charles Kohler", "INDIRECT", "Page had been stuck in his car for hours", "according to",
   N(onBehalfOf="maryland_national_guard", note="clause before ', according to X'. The next sentence ('Snowplows had obviously come through ...') has no speech verb and is not annotated, though it probably continues his account")),
 ("charles_kohler", "Kohler", "DIRECT", "There were several vehicles which were abandoned on the roads, and we were checking them all to make sure that everybody was ok,", "said",
   N(onBehalfOf="maryland_national_guard")),
]
S["005"] = [
 ("ronnie_garza", "Army Sgt. Ronnie Garza, the NCOIC of Task Force Mandan levee patrol", "DIRECT", "We've got water, ice, and sunscreen. We make sure everybody's consuming water and getting breaks.", "said",
   N(onBehalfOf="north_dakota_national_guard", note="attribution before the quote ('said, \"...'); the paragraph ends without a closing mark (the quotation continues into the next paragraph); the span ends at the paragraph end. onBehalfOf: he speaks as the NCO in charge of the patrol")),
 ("ronnie_garza", "Army Sgt. Ronnie Garza", "DIRECT", "If a humvee's going any distance, we make sure they have [air conditioning] and sufficient personnel \u2013 at least three. If one has issues, one can attend and one can call [for help].", "said",
   N(onBehalfOf="north_dakota_national_guard", note="continuation paragraph of the previous quotation, no attribution of its own: Garza with the cue of the previous paragraph; the reporter's brackets are kept")),
 ("ronnie_garza", "he", "DIRECT", "Up to now, we've had no heat casualties,", "said",
   N(onBehalfOf="north_dakota_national_guard", note="'he' = Garza")),
 ("ronnie_garza", "he", "DIRECT", "We're trying to keep tight and safe.", "said",
   N(onBehalfOf="north_dakota_national_guard", note="second span of an interrupted quote")),
 ("malia_pearson", "Army Maj. Malia Pearson, the executive officer of Task Force Flood operating in Bismarck and Mandan", "INDIRECT", "Soldiers and Airmen are issued humvees with air conditioning, coolers with ice and water, and Gatorade for electrolytes", "said",
   N(onBehalfOf="north_dakota_national_guard")),
 ("malia_pearson", "Pearson", "DIRECT", "Levee walkers with long sectors use ATVs instead of walking,", "said",
   N(onBehalfOf="north_dakota_national_guard")),
 ("malia_pearson", "Pearson", "DIRECT", "and dike walkers either get breaks in the shade or go back to air-conditioned buildings. The [Army Combat Uniforms] that we wear are designed for heat.", "said",
   N(onBehalfOf="north_dakota_national_guard", note="second span of an interrupted quote (it starts with 'and', continuing the first span's sentence)")),
]
S["006"] = [
 ("raymond_chandler", "he", "INDIRECT", "he was proud of the jobs they do", "telling",
   N(onBehalfOf="us_army", note="BORDERLINE: participial cue in a fronted adverbial ('After telling the Soldiers he was proud ..., he was presented ...'); the speaker is the subject of the main clause, 'he' = Chandler")),
 ("raymond_chandler", "Chandler", "DIRECT", "My plans for the Army are to see it continue to be the best Army that our nation has ever fielded,", "said",
   N(onBehalfOf="us_army", note="'said to reporters attending the event'")),
 ("raymond_chandler", "Chandler", "DIRECT", "So, we're going to take direction from the president and the secretary of defense, and we're going to continue to make our Army even better than it is today.", "said",
   N(onBehalfOf="us_army", note="second span of an interrupted quote. 'He also discussed downsizing of the Army and retention of its best Soldiers' (next paragraph; noun-phrase objects) is not annotated")),
 ("raymond_chandler", "he", "DIRECT", "I'm very excited about it and proud of the efforts our leaders have made across the Army to retain the best qualified individuals,", "said",
   N(onBehalfOf="us_army", note="'he' = Chandler")),
 ("raymond_chandler", "he", "DIRECT", "We've done an outstanding job to this point, and I believe we'll continue it into the future. With our retention program, we have really made a strong effort in eliminating those who really aren't the best qualified folks, and I believe we've retained the best qualified folks. So I'm really, really proud with where we are.", "said",
   N(onBehalfOf="us_army", note="second span of an interrupted quote. 'Chandler also discussed the future missions of the Army' (noun-phrase object) is not annotated")),
 ("raymond_chandler", "Chandler", "DIRECT", "It's to do whatever the nation needs us to do,", "continued", N(onBehalfOf="us_army")),
 ("raymond_chandler", "Chandler", "DIRECT", "Our focus is still going to be in Central Command area of operations and more focus in the Pacific, but our real strength is going to be our ability to do things that none of the other services can do.", "continued",
   N(onBehalfOf="us_army", note="second span of an interrupted quote")),
 ("raymond_chandler", "He", "INDIRECT", "they are starting to regionally align brigades for overseas missions", "mentioned",
   N(onBehalfOf="us_army", note="'He' = Chandler; 'they' = the Army's leaders")),
]
S["007"] = [
 ("h_michael_edwards", "Air Force Maj. Gen. H. Michael Edwards, adjutant general of Colorado and commander of the Colorado National Guard", "DIRECT", "The Colorado National Guard is always ready to assist our community when called on by civil authorities,", "said",
   N(onBehalfOf="colorado_national_guard", note="'The Colorado Division of Homeland Security and Emergency Management requested assistance evacuating the driver' (a request with a noun-phrase object) is not annotated")),
 ("h_michael_edwards", "Air Force Maj. Gen. H. Michael Edwards", "DIRECT", "SUSVs have about 1.8 pounds per square inch of ground contact throughout the whole vehicle, making them a major asset during a blizzard, when they can easily maneuver on top of the snow.", "said",
   N(onBehalfOf="colorado_national_guard", note="second span of an interrupted quote")),
]
S["008"] = [
 ("kristy_hall", "Kristy Hall, Western Hills second-grade teacher", "DIRECT", "The military is an area of interest for a lot of these kids,", "said",
   N(note="a teacher speaking from her own experience: no onBehalfOf. 'The soldiers told the children about the diversity of occupations ...' (previous paragraph; noun-phrase object) is not annotated")),
 ("kristy_hall", "Kristy Hall", "DIRECT", "Many of them have family members who served or are currently serving, and a lot of them, although they are obviously still very young, want to pursue a career in the military as well.", "said",
   N(note="second span of an interrupted quote")),
 ("cherelle_hatcher", "Hatcher", "DIRECT", "These kids have so much energy, so many questions, and you can just tell that they are genuinely excited about the Army,", "said",
   N(note="'Hatcher' = Staff Sgt. Cherelle Hatcher, introduced in the previous paragraph. 'Soldiers who participated and school employees both voiced their opinions of how valuable ...' (next paragraph; noun-phrase object) is not annotated")),
 ("deborah_donofrio", "Deborah Donofrio, Western Hills school librarian", "DIRECT", "The children love to see our soldiers, and they have a lot of respect for what they do,", "said"),
 ("deborah_donofrio", "Deborah Donofrio", "DIRECT", "A lot of them have the plan to be soldiers one day, and they get excited about seeing what they do.", "said",
   N(note="second span of an interrupted quote")),
 ("kristy_hall", "Hall", "INDIRECT", "the most important part of career day is how it broadens the students' horizons and shows them opportunities they may not know existed", "said"),
]
S["009"] = [
 ("evan_dale", "Dale", "DIRECT", "Our mission here is to assist ground crews by conducting precise water drops on target from our helicopters in order to protect and save lives and property,", "said",
   N(note="Maj. Evan Dale, first named of the four crew members; he speaks of the crew's own mission: no onBehalfOf (a scorer may expect west_virginia_national_guard)")),
 ("evan_dale", "Dale", "DIRECT", "We are flying California National Guard MH-60M Black Hawks, the exact models we have back home, and utilize what are called \u2018Bambi Buckets,\u2019 which can accurately drop up to 660 gallons of water on designated and targeted fire lines per run.", "said",
   N(note="second span of an interrupted quote; the inner single marks (\u2018Bambi Buckets,\u2019) are part of the quotation and give no statement of their own")),
]

A = actor
ACTORS = [
 A("us_army", "ORGANIZATION", "U.S. Army", "Army", "United States Army"),
 A("kenneth_preston", "PERSON", "Kenneth O. Preston", "Preston", "SMA Preston", "Sgt. Maj. of the Army Kenneth O. Preston", "The SMA"),
 A("kent_chicosky", "PERSON", "Kent Chicosky", "Chicosky", "1st Sgt. Chicosky", "1st Sgt. Kent Chicosky"),
 A("leland_jones", "PERSON", "Leland Jones", "Jones", "Staff Sgt. Jones", "Staff Sgt. Leland Jones"),
 A("cjtf_hoa", "ORGANIZATION", "Combined Joint Task Force-Horn of Africa", "CJTF-HOA"),
 A("scott_spigelmyer", "PERSON", "Scott Spigelmyer", "Spigelmyer", "Sgt. Maj. Scott Spigelmyer"),
 A("jeon_in_su", "PERSON", "Jeon In-su"),
 A("melvin_allen", "PERSON", "Melvin Allen", "Allen"),
 A("harvest_youth_club", "ORGANIZATION", "Harvest Youth Club"),
 A("nicolette_pringle", "PERSON", "Nicolette Pringle", "Pringle", "Sgt. Nicolette Pringle"),
 A("nco_academy", "ORGANIZATION", "NCO Academy", "Academy"),
 A("charles_kohler", "PERSON", "Charles Kohler", "Kohler", "Lt. Col. Charles Kohler"),
 A("maryland_national_guard", "ORGANIZATION", "Maryland National Guard"),
 A("david_page", "PERSON", "David Page", "Page"),
 A("ronnie_garza", "PERSON", "Ronnie Garza", "Garza", "Army Sgt. Ronnie Garza"),
 A("malia_pearson", "PERSON", "Malia Pearson", "Pearson", "Army Maj. Malia Pearson"),
 A("north_dakota_national_guard", "ORGANIZATION", "North Dakota National Guard"),
 A("raymond_chandler", "PERSON", "Raymond Chandler III", "Chandler", "Raymond F. Chandler", "Sgt. Maj. of the Army Raymond Chandler III"),
 A("h_michael_edwards", "PERSON", "H. Michael Edwards", "Edwards", "Air Force Maj. Gen. H. Michael Edwards"),
 A("colorado_national_guard", "ORGANIZATION", "Colorado National Guard"),
 A("colorado_dhsem", "GOVERNMENT", "Colorado Division of Homeland Security and Emergency Management"),
 A("kristy_hall", "PERSON", "Kristy Hall", "Hall"),
 A("cherelle_hatcher", "PERSON", "Cherelle Hatcher", "Hatcher", "Staff Sgt. Cherelle Hatcher"),
 A("deborah_donofrio", "PERSON", "Deborah Donofrio", "Donofrio"),
 A("evan_dale", "PERSON", "Evan Dale", "Dale", "Maj. Evan Dale"),
 A("west_virginia_national_guard", "ORGANIZATION", "West Virginia National Guard"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
